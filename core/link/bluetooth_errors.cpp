#include "link/bluetooth_errors.h"

namespace omt::link {

namespace {

using Kind = TransportError::Kind;

TransportError lost(const QString& text) {
    return {Kind::PortLost, QStringLiteral("Bluetooth connection lost: ") + text};
}

}  // namespace

TransportError rfcommError(QBluetoothSocket::SocketError error, const QString& text,
                           bool whileOpen) {
    using E = QBluetoothSocket::SocketError;
    if (whileOpen) {
        return lost(text);
    }
    switch (error) {
        case E::HostNotFoundError:
            return {Kind::NotFound, QStringLiteral("device not found: ") + text};
        case E::ServiceNotFoundError:
            return {Kind::ServiceNotFound,
                    QStringLiteral("no serial port service (RFCOMM) on the device: ") + text};
        case E::MissingPermissionsError:
            return {Kind::PermissionDenied, text};
        case E::RemoteHostClosedError:
            return {Kind::RemoteClosed, text};
        default:
            break;
    }
    // BlueZ hands the connect() errno through as UnknownSocketError: read it.
    if (text.contains(QLatin1String("Permission denied"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("authenticat"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("pair"), Qt::CaseInsensitive)) {
        return {Kind::PairingRequired,
                QStringLiteral("pairing needed or refused (pair the head first): ") + text};
    }
    if (text.contains(QLatin1String("Host is down"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("No route to host"), Qt::CaseInsensitive)) {
        return {Kind::NotFound, QStringLiteral("device not found (off or out of range): ") + text};
    }
    if (text.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive)) {
        return {Kind::ServiceNotFound,
                QStringLiteral("no serial port service on that RFCOMM channel: ") + text};
    }
    if (text.contains(QLatin1String("timed out"), Qt::CaseInsensitive)) {
        return {Kind::Timeout, text};
    }
    return {Kind::OpenFailed, text};
}

TransportError bleControllerError(QLowEnergyController::Error error, const QString& text,
                                  bool whileOpen) {
    using E = QLowEnergyController::Error;
    if (error == E::InvalidBluetoothAdapterError) {
        return {Kind::NoAdapter, text};
    }
    if (whileOpen) {
        return lost(text);
    }
    switch (error) {
        case E::UnknownRemoteDeviceError:
        case E::ConnectionError:
            return {
                Kind::NotFound,
                QStringLiteral("device not found (off, out of range or not advertising): ") + text};
        case E::AuthorizationError:
            return {Kind::PairingRequired,
                    QStringLiteral("pairing needed or refused (pair the head first): ") + text};
        case E::MissingPermissionsError:
            return {Kind::PermissionDenied, text};
        case E::RemoteHostClosedError:
            return {Kind::RemoteClosed, text};
        default:
            return {Kind::OpenFailed, text};
    }
}

TransportError bleServiceError(QLowEnergyService::ServiceError error) {
    using E = QLowEnergyService::ServiceError;
    switch (error) {
        case E::CharacteristicWriteError:
            return {Kind::WriteFailed, QStringLiteral("the head refused a BLE write")};
        case E::DescriptorWriteError:
            return {Kind::OpenFailed,
                    QStringLiteral("could not subscribe to the head's notifications")};
        default:
            return {Kind::ReadFailed,
                    QStringLiteral("BLE service error %1").arg(static_cast<int>(error))};
    }
}

TransportError discoveryError(QBluetoothDeviceDiscoveryAgent::Error error, const QString& text) {
    using E = QBluetoothDeviceDiscoveryAgent::Error;
    switch (error) {
        case E::PoweredOffError:
            return {Kind::AdapterOff, text};
        case E::InvalidBluetoothAdapterError:
            return {Kind::NoAdapter, text};
        case E::InputOutputError:
            // BlueZ says "Cannot find valid Bluetooth adapter." this way.
            return {text.contains(QLatin1String("adapter"), Qt::CaseInsensitive) ? Kind::NoAdapter
                                                                                 : Kind::ReadFailed,
                    text};
        case E::MissingPermissionsError:
        case E::LocationServiceTurnedOffError:
            return {Kind::PermissionDenied, text};
        case E::UnsupportedPlatformError:
        case E::UnsupportedDiscoveryMethod:
            return {Kind::Unsupported, text};
        default:
            return {Kind::OpenFailed, text};
    }
}

}  // namespace omt::link

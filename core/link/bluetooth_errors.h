#pragma once
// How QtBluetooth's error codes become TransportError kinds, in one place so the mapping can be
// read and tested without a radio. Used by BluetoothTransport and BluetoothScanner.
//
//   rfcommError(QBluetoothSocket::SocketError::ServiceNotFoundError, text, false).kind
//       == TransportError::Kind::ServiceNotFound
//
// `whileOpen` tells a failure to connect from the loss of an established connection: the latter
// is always PortLost ("connection lost", the head went out of range or was switched off),
// whatever the stack calls it, so the user sees one clear message. `text` is Qt's errorString();
// it becomes the detail (with a hint) and, where Qt's code is too vague (BlueZ reports
// authentication failures as UnknownSocketError with errno text), helps pick the kind.

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothSocket>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QString>

#include "link/transport_error.h"

namespace omt::link {

/// RFCOMM socket errors: HostNotFoundError -> NotFound, ServiceNotFoundError -> ServiceNotFound,
/// MissingPermissionsError -> PermissionDenied, RemoteHostClosedError -> RemoteClosed; errno texts
/// "Permission denied" / "authentication" -> PairingRequired, "Host is down" -> NotFound,
/// "Connection refused" -> ServiceNotFound, "timed out" -> Timeout; anything else OpenFailed.
TransportError rfcommError(QBluetoothSocket::SocketError error, const QString& text,
                           bool whileOpen);

/// BLE controller errors: UnknownRemoteDeviceError and ConnectionError -> NotFound (no device
/// answered at that address), InvalidBluetoothAdapterError -> NoAdapter, AuthorizationError ->
/// PairingRequired, MissingPermissionsError -> PermissionDenied, RemoteHostClosedError ->
/// RemoteClosed; anything else OpenFailed.
TransportError bleControllerError(QLowEnergyController::Error error, const QString& text,
                                  bool whileOpen);

/// BLE service errors once the UART service is in use: CharacteristicWriteError -> WriteFailed,
/// DescriptorWriteError (subscribing to the head's TX) -> OpenFailed, anything else ReadFailed.
TransportError bleServiceError(QLowEnergyService::ServiceError error);

/// Discovery errors: PoweredOffError -> AdapterOff, InvalidBluetoothAdapterError (and
/// InputOutputError naming the adapter, as BlueZ does) -> NoAdapter, other InputOutputError ->
/// ReadFailed, MissingPermissionsError and LocationServiceTurnedOffError ->
/// PermissionDenied, UnsupportedPlatformError and UnsupportedDiscoveryMethod -> Unsupported;
/// anything else OpenFailed.
TransportError discoveryError(QBluetoothDeviceDiscoveryAgent::Error error, const QString& text);

}  // namespace omt::link

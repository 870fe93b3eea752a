#include "link/session/session_error.h"

#include <QCoreApplication>

namespace omt::link {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("omt::link", text);
}

}  // namespace

const char* nameOf(SessionError::Kind kind) {
    using K = SessionError::Kind;
    switch (kind) {
        case K::NoAnswer:
            return "no-answer";
        case K::SignOnFailed:
            return "sign-on-failed";
        case K::LinkRefused:
            return "link-refused";
        case K::LinkLost:
            return "link-lost";
        case K::WrongPassword:
            return "wrong-password";
        case K::WrongKeys:
            return "wrong-keys";
        case K::AnswerFailsAuthentication:
            return "answer-fails-authentication";
        case K::InvocationCounterTooLow:
            return "invocation-counter-too-low";
        case K::AssociationRejected:
            return "association-rejected";
        case K::ObjectUndefined:
            return "object-undefined";
        case K::AccessDenied:
            return "access-denied";
        case K::MeterRefused:
            return "meter-refused";
        case K::ServiceError:
            return "service-error";
        case K::ProtocolError:
            return "protocol-error";
        case K::PortNotFound:
            return "port-not-found";
        case K::PortInUse:
            return "port-in-use";
        case K::PermissionDenied:
            return "permission-denied";
        case K::PortError:
            return "port-error";
        case K::ConnectionRefused:
            return "connection-refused";
        case K::HostNotFound:
            return "host-not-found";
        case K::Cancelled:
            return "cancelled";
        case K::NotReady:
            return "not-ready";
        case K::BluetoothUnavailable:
            return "bluetooth-unavailable";
        case K::BluetoothOff:
            return "bluetooth-off";
        case K::PairingRequired:
            return "pairing-required";
        case K::NotAnOpticalHead:
            return "not-an-optical-head";
        case K::ReadoutOnly:
            return "readout-only";
    }
    return "unknown";
}

QString describe(const SessionError& error) {
    using K = SessionError::Kind;
    const QString& c = error.context;
    switch (error.kind) {
        case K::NoAnswer:
            return tr("No answer on %1: check that the head is on the optical port and the "
                      "cable, and that the meter is powered.")
                .arg(c);
        case K::SignOnFailed:
            return tr("The meter's sign-on answer was not usable (%1).").arg(c);
        case K::LinkRefused:
            return tr("The meter refused the HDLC connection (%1): check the client and server "
                      "addresses.")
                .arg(c);
        case K::LinkLost:
            return tr("The link to the meter was lost (%1).").arg(c);
        case K::WrongPassword:
            return tr("The meter rejected the association: wrong password (LLS).");
        case K::WrongKeys:
            return tr(
                "The meter rejected the association: the encryption or authentication key "
                "is wrong.");
        case K::AnswerFailsAuthentication:
            return tr(
                "The meter's answer fails authentication: the encryption or authentication "
                "key is wrong.");
        case K::InvocationCounterTooLow:
            return tr("Invocation counter too low (%1): the frame counter must be read and set "
                      "again.")
                .arg(c);
        case K::AssociationRejected:
            return tr("The meter rejected the association (%1).").arg(c);
        case K::ObjectUndefined:
            return tr("Object %1 is not in this meter's association.").arg(c);
        case K::AccessDenied:
            return tr("Access to %1 is denied in this association.").arg(c);
        case K::MeterRefused:
            return tr("The meter refused %1.").arg(c);
        case K::ServiceError:
            return tr("The meter refused the request (%1).").arg(c);
        case K::ProtocolError:
            return tr("The meter's answer could not be understood (%1).").arg(c);
        case K::PortNotFound:
            return tr("Port %1 does not exist.").arg(c);
        case K::PortInUse:
            return tr("Port %1 is in use by another program.").arg(c);
        case K::PermissionDenied:
            return tr("No permission to open %1.").arg(c);
        case K::PortError:
            return tr("Port error: %1.").arg(c);
        case K::ConnectionRefused:
            return tr("Nobody accepts connections at %1.").arg(c);
        case K::HostNotFound:
            return tr("Host %1 not found.").arg(c);
        case K::Cancelled:
            return tr("Cancelled.");
        case K::NotReady:
            return tr("The connection is not ready for this request (%1).").arg(c);
        case K::BluetoothUnavailable:
            return tr(
                "No Bluetooth adapter found on this computer (or the Bluetooth service is "
                "not running).");
        case K::BluetoothOff:
            return tr("The Bluetooth adapter is switched off: switch it on and try again.");
        case K::PairingRequired:
            return tr("Pair the Bluetooth head with this computer first (%1).").arg(c);
        case K::NotAnOpticalHead:
            return tr("The Bluetooth device %1 offers no serial service: is it an optical head?")
                .arg(c);
        case K::ReadoutOnly:
            return tr("The meter (%1) offers only an IEC 62056-21 mode C data readout, no DLMS "
                      "on this port: only its data readout can be read.")
                .arg(c);
    }
    return c;
}

SessionError fromTransportError(const TransportError& error) {
    using K = SessionError::Kind;
    using T = TransportError::Kind;
    switch (error.kind) {
        case T::NotFound:
            return {K::PortNotFound, error.detail};
        case T::PortInUse:
            return {K::PortInUse, error.detail};
        case T::PermissionDenied:
            return {K::PermissionDenied, error.detail};
        case T::PortLost:
        case T::RemoteClosed:
            return {K::LinkLost, QString::fromLatin1(nameOf(error.kind))};
        case T::ConnectionRefused:
            return {K::ConnectionRefused, error.detail};
        case T::HostNotFound:
            return {K::HostNotFound, error.detail};
        case T::Timeout:
            return {K::NoAnswer, error.detail};
        case T::NoAdapter:
            return {K::BluetoothUnavailable, error.detail};
        case T::AdapterOff:
            return {K::BluetoothOff, error.detail};
        case T::PairingRequired:
            return {K::PairingRequired, error.detail};
        case T::ServiceNotFound:
            return {K::NotAnOpticalHead, error.detail};
        default:
            return {K::PortError,
                    QString::fromLatin1(nameOf(error.kind)) +
                        (error.detail.isEmpty() ? QString() : QStringLiteral(": ") + error.detail)};
    }
}

SessionError fromDataAccessResult(dlms::DataAccessResult result, const QString& object) {
    using K = SessionError::Kind;
    switch (result) {
        case dlms::DataAccessResult::ObjectUndefined:
            return {K::ObjectUndefined, object};
        case dlms::DataAccessResult::ReadWriteDenied:
            return {K::AccessDenied, object};
        default:
            return {K::MeterRefused,
                    object + QStringLiteral(": ") + QString::fromLatin1(dlms::nameOf(result))};
    }
}

}  // namespace omt::link

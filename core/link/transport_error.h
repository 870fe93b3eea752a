#pragma once
// The typed error every transport reports: what went wrong on the line, not what the meter said.
//
//   connect(transport, &Transport::errorOccurred, this, [](const TransportError& e) {
//       if (e.kind == TransportError::Kind::PortLost) { ... offer to reconnect ... }
//   });
//
// Text for a person is made in ui/ from `kind`; `detail` is for traces and logs.

#include <QMetaType>
#include <QString>

namespace omt::link {

struct TransportError {
    enum class Kind {
        OpenFailed,         ///< the port or socket could not be opened, for no more specific reason
        PortInUse,          ///< another program holds the port
        PermissionDenied,   ///< the user may not open the device
        NotFound,           ///< no device at that name or path
        PortLost,           ///< the device vanished while open (USB head unplugged, pty gone)
        WriteFailed,        ///< bytes could not be written
        ReadFailed,         ///< bytes could not be read
        ConnectionRefused,  ///< TCP: nobody listens at host:port
        HostNotFound,       ///< TCP: the host name does not resolve
        Timeout,            ///< the connection was not established in time
        RemoteClosed,       ///< the other end closed the connection
        NoAdapter,          ///< Bluetooth: no adapter on this machine
        AdapterOff,         ///< Bluetooth: the adapter is powered off
        PairingRequired,    ///< Bluetooth: the device must be paired first
        Unsupported,        ///< the operation is not available on this transport
        ServiceNotFound,    ///< Bluetooth: the device offers no serial port / BLE UART service
    };

    Kind kind = Kind::OpenFailed;
    QString detail;  ///< context for traces: OS message, path, host:port ...

    friend bool operator==(const TransportError& a, const TransportError& b) = default;
};

/// Stable kebab-case identifier of a kind, for traces and tests: nameOf(Kind::PortLost) is
/// "port-lost". Never null. (Not called toString: QTest would pick that up by ADL.)
const char* nameOf(TransportError::Kind kind);

}  // namespace omt::link

Q_DECLARE_METATYPE(omt::link::TransportError)

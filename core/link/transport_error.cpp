#include "link/transport_error.h"

namespace omt::link {

const char* nameOf(TransportError::Kind kind) {
    using Kind = TransportError::Kind;
    switch (kind) {
        case Kind::OpenFailed:
            return "open-failed";
        case Kind::PortInUse:
            return "port-in-use";
        case Kind::PermissionDenied:
            return "permission-denied";
        case Kind::NotFound:
            return "not-found";
        case Kind::PortLost:
            return "port-lost";
        case Kind::WriteFailed:
            return "write-failed";
        case Kind::ReadFailed:
            return "read-failed";
        case Kind::ConnectionRefused:
            return "connection-refused";
        case Kind::HostNotFound:
            return "host-not-found";
        case Kind::Timeout:
            return "timeout";
        case Kind::RemoteClosed:
            return "remote-closed";
        case Kind::NoAdapter:
            return "no-adapter";
        case Kind::AdapterOff:
            return "adapter-off";
        case Kind::PairingRequired:
            return "pairing-required";
        case Kind::Unsupported:
            return "unsupported";
        case Kind::ServiceNotFound:
            return "service-not-found";
    }
    return "unknown";
}

}  // namespace omt::link

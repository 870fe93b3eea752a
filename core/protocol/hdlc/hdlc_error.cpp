#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

const char* nameOf(HdlcError e) {
    switch (e) {
        case HdlcError::MissingFlag:
            return "missing-flag";
        case HdlcError::BadFormatType:
            return "bad-format-type";
        case HdlcError::BadLength:
            return "bad-length";
        case HdlcError::LengthMismatch:
            return "length-mismatch";
        case HdlcError::Truncated:
            return "truncated";
        case HdlcError::AddressTooLong:
            return "address-too-long";
        case HdlcError::InvalidAddress:
            return "invalid-address";
        case HdlcError::BadHcs:
            return "bad-hcs";
        case HdlcError::BadFcs:
            return "bad-fcs";
        case HdlcError::FrameTooLong:
            return "frame-too-long";
        case HdlcError::MissingLlcHeader:
            return "missing-llc-header";
        case HdlcError::BadParameterFormat:
            return "bad-parameter-format";
        case HdlcError::BadParameterValue:
            return "bad-parameter-value";
        case HdlcError::ApduTooLarge:
            return "apdu-too-large";
        case HdlcError::NotConnected:
            return "not-connected";
        case HdlcError::InvalidState:
            return "invalid-state";
        case HdlcError::ConnectionRefused:
            return "connection-refused";
        case HdlcError::LinkLost:
            return "link-lost";
        case HdlcError::FrameRejected:
            return "frame-rejected";
        case HdlcError::ProtocolError:
            return "protocol-error";
    }
    return "unknown";
}

}  // namespace omt::hdlc

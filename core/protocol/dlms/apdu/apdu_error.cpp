#include "protocol/dlms/apdu/apdu_error.h"

namespace omt::dlms {

const char* nameOf(ApduError e) {
    switch (e) {
        case ApduError::EmptyInput:
            return "empty-input";
        case ApduError::Truncated:
            return "truncated";
        case ApduError::TrailingBytes:
            return "trailing-bytes";
        case ApduError::UnknownTag:
            return "unknown-tag";
        case ApduError::CipheredApdu:
            return "ciphered-apdu";
        case ApduError::UnsupportedApdu:
            return "unsupported-apdu";
        case ApduError::UnknownChoice:
            return "unknown-choice";
        case ApduError::ListTooLong:
            return "list-too-long";
        case ApduError::LengthExceedsInput:
            return "length-exceeds-input";
        case ApduError::BadLength:
            return "bad-length";
        case ApduError::UnexpectedTag:
            return "unexpected-tag";
        case ApduError::MissingField:
            return "missing-field";
        case ApduError::BadValue:
            return "bad-value";
        case ApduError::BadData:
            return "bad-data";
    }
    return "unknown";
}

}  // namespace omt::dlms

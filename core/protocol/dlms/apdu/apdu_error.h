#pragma once
// Typed errors of the xDLMS / ACSE APDU codec (omt::dlms). Every decoder of this module returns
// Expected<T, ApduFailure>; the failure carries the byte offset in the input and a short detail.
//
//   auto apdu = decodeApdu(bytes);
//   if (!apdu && apdu.error().code == ApduError::CipheredApdu) { /* decipher, then decode */ }

#include <cstddef>

#include "protocol/common/failure.h"

namespace omt::dlms {

enum class ApduError {
    EmptyInput,          ///< no byte at all
    Truncated,           ///< the input ends inside a field
    TrailingBytes,       ///< bytes left after a complete APDU (or after an explicit BER value)
    UnknownTag,          ///< the first byte is no APDU tag defined by DLMS
    CipheredApdu,        ///< a glo-/ded-/general-ciphered APDU: decipher it first
    UnsupportedApdu,     ///< a valid DLMS APDU this codec does not handle (SN, GBT, notifications)
    UnknownChoice,       ///< a CHOICE tag out of range (GET-Request type 4, ServiceError 11 ...)
    ListTooLong,         ///< a SEQUENCE OF count above kMaxListItems
    LengthExceedsInput,  ///< a length field claims more bytes than remain
    BadLength,           ///< a malformed length (BER indefinite form, more than 4 length bytes)
    UnexpectedTag,       ///< a BER tag not allowed here (wrong inner tag, out of order, duplicate)
    MissingField,        ///< a mandatory ACSE field is absent
    BadValue,            ///< a field outside its domain (OID not DLMS, conformance not 24 bits ...)
    BadData,             ///< an A-XDR Data value failed to decode or encode (detail: axdr error)
};

/// Stable kebab-case identifier ("truncated", "ciphered-apdu", ...); "unknown" for other values.
const char* nameOf(ApduError e);

using ApduFailure = omt::Failure<ApduError>;

/// Upper bound of every SEQUENCE OF count (attribute lists, result lists ...) accepted by the
/// decoders and produced by the encoders. Real meters use a few dozen at most.
inline constexpr std::size_t kMaxListItems = 1024;

}  // namespace omt::dlms

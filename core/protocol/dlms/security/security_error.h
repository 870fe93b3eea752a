#pragma once
// Typed failures of the DLMS/COSEM security layer (security suite 0: AES-GCM-128, AES key wrap).
//
//   auto plain = decipherApdu(frame, context);
//   if (!plain && plain.error().code == SecurityError::AuthenticationFailed) { ... }

#include "protocol/common/failure.h"

namespace omt::dlms::security {

/// Everything that can go wrong while protecting or unprotecting a DLMS APDU. None of them ever
/// comes with plaintext: a failure means the input was not accepted at all.
enum class SecurityError {
    Truncated,                   ///< the input ends inside a field
    BadLength,                   ///< a length field disagrees with the data, or bytes trail
    UnknownTag,                  ///< not a ciphered APDU tag / no ciphered form for a plain tag
    UnsupportedSuite,            ///< security control names a suite other than 0
    UnsupportedSecurityControl,  ///< compression, broadcast key, or neither bit 4 nor bit 5 set
    PolicyViolation,             ///< weaker protection than the context requires
    AuthenticationFailed,        ///< GCM tag / GMAC mismatch: wrong key or tampered bytes
    InvocationCounterTooLow,     ///< replay: received IC not greater than the last accepted one
    InvocationCounterExhausted,  ///< own IC reached 0xFFFFFFFF: a new key is needed
    MissingKey,                  ///< dedicated key needed but not set
    MissingSystemTitle,          ///< the peer system title is not known yet
    SystemTitleMismatch,         ///< general-*-ciphering names a sender other than the peer
    ContentMismatch,             ///< deciphered APDU does not match its glo-/ded- wrapper tag
    BadChallenge,                ///< HLS challenge length outside 8..64 octets
    BadKeyLength,                ///< a key or wrapped key of the wrong size
    KeyUnwrapFailed,             ///< RFC 3394 integrity check failed
    CryptoFailure,               ///< OpenSSL refused an operation (not input related)
    RandomFailure,               ///< RAND_bytes failed
};

using SecurityFailure = omt::Failure<SecurityError>;

/// Stable kebab-case identifier of an error, e.g. "authentication-failed".
const char* nameOf(SecurityError error);

}  // namespace omt::dlms::security

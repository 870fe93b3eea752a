#include "protocol/dlms/security/security_error.h"

namespace omt::dlms::security {

const char* nameOf(SecurityError error) {
    switch (error) {
        case SecurityError::Truncated:
            return "truncated";
        case SecurityError::BadLength:
            return "bad-length";
        case SecurityError::UnknownTag:
            return "unknown-tag";
        case SecurityError::UnsupportedSuite:
            return "unsupported-suite";
        case SecurityError::UnsupportedSecurityControl:
            return "unsupported-security-control";
        case SecurityError::PolicyViolation:
            return "policy-violation";
        case SecurityError::AuthenticationFailed:
            return "authentication-failed";
        case SecurityError::InvocationCounterTooLow:
            return "invocation-counter-too-low";
        case SecurityError::InvocationCounterExhausted:
            return "invocation-counter-exhausted";
        case SecurityError::MissingKey:
            return "missing-key";
        case SecurityError::MissingSystemTitle:
            return "missing-system-title";
        case SecurityError::SystemTitleMismatch:
            return "system-title-mismatch";
        case SecurityError::ContentMismatch:
            return "content-mismatch";
        case SecurityError::BadChallenge:
            return "bad-challenge";
        case SecurityError::BadKeyLength:
            return "bad-key-length";
        case SecurityError::KeyUnwrapFailed:
            return "key-unwrap-failed";
        case SecurityError::CryptoFailure:
            return "crypto-failure";
        case SecurityError::RandomFailure:
            return "random-failure";
    }
    return "unknown";
}

}  // namespace omt::dlms::security

#include "protocol/dlms/client/client_error.h"

namespace omt::dlms {

const char* nameOf(ClientError error) {
    switch (error) {
        case ClientError::InvalidState:
            return "invalid-state";
        case ClientError::InvalidRequest:
            return "invalid-request";
        case ClientError::AuthenticationFailure:
            return "authentication-failure";
        case ClientError::AuthenticationRequired:
            return "authentication-required";
        case ClientError::ContextNotSupported:
            return "context-not-supported";
        case ClientError::AssociationRejected:
            return "association-rejected";
        case ClientError::InitiateRejected:
            return "initiate-rejected";
        case ClientError::HlsRejectedByMeter:
            return "hls-rejected-by-meter";
        case ClientError::MeterAuthenticationFailed:
            return "meter-authentication-failed";
        case ClientError::MalformedResponse:
            return "malformed-response";
        case ClientError::UnexpectedResponse:
            return "unexpected-response";
        case ClientError::ResponseAuthenticationFailed:
            return "response-authentication-failed";
        case ClientError::InvocationCounterTooLow:
            return "invocation-counter-too-low";
        case ClientError::MeterInvocationCounterError:
            return "meter-invocation-counter-error";
        case ClientError::DecipheringFailed:
            return "deciphering-failed";
        case ClientError::ExceptionResponse:
            return "exception-response";
        case ClientError::ConfirmedServiceError:
            return "confirmed-service-error";
        case ClientError::ResponseTooLarge:
            return "response-too-large";
        case ClientError::BlockTransferFailed:
            return "block-transfer-failed";
    }
    return "unknown";
}

}  // namespace omt::dlms

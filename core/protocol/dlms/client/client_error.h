#pragma once
// Typed errors of the DLMS client association engine (ClientAssociation): what the meter
// refused, what did not authenticate, and what the client itself was asked to do wrongly.
// Text for a person is made in the layers above from the code; `detail` is for traces and logs
// and never contains a password or a key.
//
//   auto step = client.receive(aare);
//   if (!step && step.error().code == ClientError::AuthenticationFailure) { /* wrong secret */ }

#include "protocol/common/failure.h"

namespace omt::dlms {

enum class ClientError {
    // Misuse of the engine (no input involved)
    InvalidState,    ///< an operation while another runs, or before / after the association
    InvalidRequest,  ///< an empty list, a missing key or title for HLS, an unencodable value
    // Association (AARE)
    AuthenticationFailure,      ///< AARE diagnostic authentication-failure: wrong password / keys
    AuthenticationRequired,     ///< the meter wants (another) authentication mechanism
    ContextNotSupported,        ///< application-context-name-not-supported (ciphered or not)
    AssociationRejected,        ///< any other rejection; detail names the diagnostic
    InitiateRejected,           ///< the xDLMS context was refused (ConfirmedServiceError)
    HlsRejectedByMeter,         ///< the meter refused our f(StoC) (pass 3)
    MeterAuthenticationFailed,  ///< the meter's f(CtoS) does not verify (pass 4): wrong keys
    // Responses
    MalformedResponse,             ///< an APDU that does not decode
    UnexpectedResponse,            ///< a valid APDU that does not answer the pending request
    ResponseAuthenticationFailed,  ///< a ciphered answer fails authentication: wrong EK/AK
    InvocationCounterTooLow,       ///< the meter's invocation counter went backwards (replay)
    MeterInvocationCounterError,   ///< the meter found our invocation counter too low
    DecipheringFailed,             ///< other deciphering failures (policy, title, suite)
    ExceptionResponse,             ///< EXCEPTION-Response; detail "state-error/service-error"
    ConfirmedServiceError,         ///< ConfirmedServiceError outside the AARE
    ResponseTooLarge,              ///< a block transfer above the configured bound
    BlockTransferFailed,           ///< a block transfer aborted by the meter or out of sequence
};

using ClientFailure = omt::Failure<ClientError>;

/// Stable kebab-case identifier: nameOf(ClientError::AuthenticationFailure) is
/// "authentication-failure".
const char* nameOf(ClientError error);

}  // namespace omt::dlms

#pragma once
// Result codes and error APDUs of xDLMS (IEC 62056-5-3): Data-Access-Result, Action-Result,
// ConfirmedServiceError (tag 0x0E) and EXCEPTION-Response (tag 0xD8), each with its standard name.
//
//   nameOf(DataAccessResult::ReadWriteDenied);             // "read-write-denied"
//   ConfirmedServiceError e{ConfirmedServiceChoice::InitiateError,
//                           {ServiceErrorKind::Initiate, 1}};
//   serviceErrorValueName(e.error);                          // "dlms-version-too-low"
//
// Enumerated values are kept as the raw byte, so an undefined value a meter sends survives a
// decode/encode round trip; its name is then "unknown".

#include <cstdint>

namespace omt::dlms {

/// Data-Access-Result ::= ENUMERATED (GET/SET results).
enum class DataAccessResult : std::uint8_t {
    Success = 0,
    HardwareFault = 1,
    TemporaryFailure = 2,
    ReadWriteDenied = 3,
    ObjectUndefined = 4,
    ObjectClassInconsistent = 9,
    ObjectUnavailable = 11,
    TypeUnmatched = 12,
    ScopeOfAccessViolated = 13,
    DataBlockUnavailable = 14,
    LongGetAborted = 15,
    NoLongGetInProgress = 16,
    LongSetAborted = 17,
    NoLongSetInProgress = 18,
    DataBlockNumberInvalid = 19,
    OtherReason = 250,
};
/// "success", "hardware-fault", ... "other-reason"; "unknown" for undefined values.
const char* nameOf(DataAccessResult r);

/// Action-Result ::= ENUMERATED (ACTION results).
enum class ActionResult : std::uint8_t {
    Success = 0,
    HardwareFault = 1,
    TemporaryFailure = 2,
    ReadWriteDenied = 3,
    ObjectUndefined = 4,
    ObjectClassInconsistent = 9,
    ObjectUnavailable = 11,
    TypeUnmatched = 12,
    ScopeOfAccessViolated = 13,
    DataBlockUnavailable = 14,
    LongActionAborted = 15,
    NoLongActionInProgress = 16,
    OtherReason = 250,
};
/// "success", ... "long-action-aborted", "no-long-action-in-progress", "other-reason".
const char* nameOf(ActionResult r);

/// The CHOICE of ServiceError: which family the error value belongs to.
enum class ServiceErrorKind : std::uint8_t {
    ApplicationReference = 0,
    HardwareResource = 1,
    VdeStateError = 2,
    Service = 3,
    Definition = 4,
    Access = 5,
    Initiate = 6,
    LoadDataSet = 7,
    Task = 9,
};
/// "application-reference", "hardware-resource", "vde-state-error", "service", "definition",
/// "access", "initiate", "load-data-set", "task".
const char* nameOf(ServiceErrorKind k);

/// ServiceError: the family and its ENUMERATED value (e.g. Initiate / 1 = dlms-version-too-low).
struct ServiceError {
    ServiceErrorKind kind = ServiceErrorKind::Initiate;
    std::uint8_t value = 0;
    friend bool operator==(const ServiceError&, const ServiceError&) = default;
};
/// Standard name of the value within its family: "other", "dlms-version-too-low",
/// "incompatible-conformance", "pdu-size-too-short", "refused-by-the-vde-handler",
/// "deciphering-error", "scope-of-access-violated", ... ; "unknown" for undefined values.
const char* serviceErrorValueName(const ServiceError& e);

/// The CHOICE of ConfirmedServiceError: which service failed.
enum class ConfirmedServiceChoice : std::uint8_t {
    InitiateError = 1,
    GetStatus = 2,
    GetNameList = 3,
    GetVariableAttribute = 4,
    Read = 5,
    Write = 6,
    GetDataSetAttribute = 7,
    GetTiAttribute = 8,
    ChangeScope = 9,
    Start = 10,
    Stop = 11,
    Resume = 12,
    MakeUsable = 13,
    InitiateLoad = 14,
    LoadSegment = 15,
    TerminateLoad = 16,
    InitiateUpLoad = 17,
    UpLoadSegment = 18,
    TerminateUpLoad = 19,
};
/// "initiate-error", "get-status", "read", "write", ... "terminate-up-load".
const char* nameOf(ConfirmedServiceChoice c);

/// ConfirmedServiceError (tag 0x0E): e.g. `0E 01 06 01` = initiateError, initiate,
/// dlms-version-too-low, sent in the AARE user-information when the xDLMS context is refused.
struct ConfirmedServiceError {
    ConfirmedServiceChoice service = ConfirmedServiceChoice::InitiateError;
    ServiceError error;
    friend bool operator==(const ConfirmedServiceError&, const ConfirmedServiceError&) = default;
};

/// EXCEPTION-Response state-error.
enum class StateError : std::uint8_t {
    ServiceNotAllowed = 1,
    ServiceUnknown = 2,
};
/// "service-not-allowed", "service-unknown".
const char* nameOf(StateError s);

/// EXCEPTION-Response service-error CHOICE.
enum class ExceptionServiceError : std::uint8_t {
    OperationNotPossible = 1,
    ServiceNotSupported = 2,
    OtherReason = 3,
    PduTooLong = 4,
    DecipheringError = 5,
    InvocationCounterError = 6,  ///< carries the server's expected invocation counter
};
/// "operation-not-possible", "service-not-supported", "other-reason", "pdu-too-long",
/// "deciphering-error", "invocation-counter-error".
const char* nameOf(ExceptionServiceError s);

/// EXCEPTION-Response (tag 0xD8): `D8 01 02` = service-not-allowed, service-not-supported.
struct ExceptionResponse {
    StateError stateError = StateError::ServiceNotAllowed;
    ExceptionServiceError serviceError = ExceptionServiceError::OperationNotPossible;
    /// Only meaningful (and only on the wire) for InvocationCounterError; 0 otherwise.
    std::uint32_t invocationCounter = 0;
    friend bool operator==(const ExceptionResponse&, const ExceptionResponse&) = default;
};

}  // namespace omt::dlms

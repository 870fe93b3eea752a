#include "protocol/dlms/apdu/service_error.h"

namespace omt::dlms {

const char* nameOf(DataAccessResult r) {
    switch (r) {
        case DataAccessResult::Success:
            return "success";
        case DataAccessResult::HardwareFault:
            return "hardware-fault";
        case DataAccessResult::TemporaryFailure:
            return "temporary-failure";
        case DataAccessResult::ReadWriteDenied:
            return "read-write-denied";
        case DataAccessResult::ObjectUndefined:
            return "object-undefined";
        case DataAccessResult::ObjectClassInconsistent:
            return "object-class-inconsistent";
        case DataAccessResult::ObjectUnavailable:
            return "object-unavailable";
        case DataAccessResult::TypeUnmatched:
            return "type-unmatched";
        case DataAccessResult::ScopeOfAccessViolated:
            return "scope-of-access-violated";
        case DataAccessResult::DataBlockUnavailable:
            return "data-block-unavailable";
        case DataAccessResult::LongGetAborted:
            return "long-get-aborted";
        case DataAccessResult::NoLongGetInProgress:
            return "no-long-get-in-progress";
        case DataAccessResult::LongSetAborted:
            return "long-set-aborted";
        case DataAccessResult::NoLongSetInProgress:
            return "no-long-set-in-progress";
        case DataAccessResult::DataBlockNumberInvalid:
            return "data-block-number-invalid";
        case DataAccessResult::OtherReason:
            return "other-reason";
    }
    return "unknown";
}

const char* nameOf(ActionResult r) {
    switch (r) {
        case ActionResult::Success:
            return "success";
        case ActionResult::HardwareFault:
            return "hardware-fault";
        case ActionResult::TemporaryFailure:
            return "temporary-failure";
        case ActionResult::ReadWriteDenied:
            return "read-write-denied";
        case ActionResult::ObjectUndefined:
            return "object-undefined";
        case ActionResult::ObjectClassInconsistent:
            return "object-class-inconsistent";
        case ActionResult::ObjectUnavailable:
            return "object-unavailable";
        case ActionResult::TypeUnmatched:
            return "type-unmatched";
        case ActionResult::ScopeOfAccessViolated:
            return "scope-of-access-violated";
        case ActionResult::DataBlockUnavailable:
            return "data-block-unavailable";
        case ActionResult::LongActionAborted:
            return "long-action-aborted";
        case ActionResult::NoLongActionInProgress:
            return "no-long-action-in-progress";
        case ActionResult::OtherReason:
            return "other-reason";
    }
    return "unknown";
}

const char* nameOf(ServiceErrorKind k) {
    switch (k) {
        case ServiceErrorKind::ApplicationReference:
            return "application-reference";
        case ServiceErrorKind::HardwareResource:
            return "hardware-resource";
        case ServiceErrorKind::VdeStateError:
            return "vde-state-error";
        case ServiceErrorKind::Service:
            return "service";
        case ServiceErrorKind::Definition:
            return "definition";
        case ServiceErrorKind::Access:
            return "access";
        case ServiceErrorKind::Initiate:
            return "initiate";
        case ServiceErrorKind::LoadDataSet:
            return "load-data-set";
        case ServiceErrorKind::Task:
            return "task";
    }
    return "unknown";
}

namespace {

template <std::size_t N>
const char* pick(const char* const (&names)[N], std::uint8_t value) {
    return value < N ? names[value] : "unknown";
}

}  // namespace

const char* serviceErrorValueName(const ServiceError& e) {
    static const char* const kApplicationReference[] = {
        "other",
        "time-elapsed",
        "application-unreachable",
        "application-reference-invalid",
        "application-context-unsupported",
        "provider-communication-error",
        "deciphering-error",
    };
    static const char* const kHardwareResource[] = {
        "other",
        "memory-unavailable",
        "processor-resource-unavailable",
        "mass-storage-unavailable",
        "other-resource-unavailable",
    };
    static const char* const kVdeState[] = {
        "other", "no-dlms-context", "loading-data-set", "status-nochange", "status-inoperable",
    };
    static const char* const kService[] = {"other", "pdu-size", "service-unsupported"};
    static const char* const kDefinition[] = {
        "other",
        "object-undefined",
        "object-class-inconsistent",
        "object-attribute-inconsistent",
    };
    static const char* const kAccess[] = {
        "other",          "scope-of-access-violated", "object-access-violated",
        "hardware-fault", "object-unavailable",
    };
    static const char* const kInitiate[] = {
        "other",
        "dlms-version-too-low",
        "incompatible-conformance",
        "pdu-size-too-short",
        "refused-by-the-vde-handler",
    };
    static const char* const kLoadDataSet[] = {
        "other",
        "primitive-out-of-sequence",
        "not-loadable",
        "dataset-size-too-large",
        "not-awaited-segment",
        "interpretation-failure",
        "storage-failure",
        "data-set-not-ready",
    };
    static const char* const kTask[] = {
        "other", "no-remote-control", "ti-stopped", "ti-running", "ti-unusable",
    };
    switch (e.kind) {
        case ServiceErrorKind::ApplicationReference:
            return pick(kApplicationReference, e.value);
        case ServiceErrorKind::HardwareResource:
            return pick(kHardwareResource, e.value);
        case ServiceErrorKind::VdeStateError:
            return pick(kVdeState, e.value);
        case ServiceErrorKind::Service:
            return pick(kService, e.value);
        case ServiceErrorKind::Definition:
            return pick(kDefinition, e.value);
        case ServiceErrorKind::Access:
            return pick(kAccess, e.value);
        case ServiceErrorKind::Initiate:
            return pick(kInitiate, e.value);
        case ServiceErrorKind::LoadDataSet:
            return pick(kLoadDataSet, e.value);
        case ServiceErrorKind::Task:
            return pick(kTask, e.value);
    }
    return "unknown";
}

const char* nameOf(ConfirmedServiceChoice c) {
    switch (c) {
        case ConfirmedServiceChoice::InitiateError:
            return "initiate-error";
        case ConfirmedServiceChoice::GetStatus:
            return "get-status";
        case ConfirmedServiceChoice::GetNameList:
            return "get-name-list";
        case ConfirmedServiceChoice::GetVariableAttribute:
            return "get-variable-attribute";
        case ConfirmedServiceChoice::Read:
            return "read";
        case ConfirmedServiceChoice::Write:
            return "write";
        case ConfirmedServiceChoice::GetDataSetAttribute:
            return "get-data-set-attribute";
        case ConfirmedServiceChoice::GetTiAttribute:
            return "get-ti-attribute";
        case ConfirmedServiceChoice::ChangeScope:
            return "change-scope";
        case ConfirmedServiceChoice::Start:
            return "start";
        case ConfirmedServiceChoice::Stop:
            return "stop";
        case ConfirmedServiceChoice::Resume:
            return "resume";
        case ConfirmedServiceChoice::MakeUsable:
            return "make-usable";
        case ConfirmedServiceChoice::InitiateLoad:
            return "initiate-load";
        case ConfirmedServiceChoice::LoadSegment:
            return "load-segment";
        case ConfirmedServiceChoice::TerminateLoad:
            return "terminate-load";
        case ConfirmedServiceChoice::InitiateUpLoad:
            return "initiate-up-load";
        case ConfirmedServiceChoice::UpLoadSegment:
            return "up-load-segment";
        case ConfirmedServiceChoice::TerminateUpLoad:
            return "terminate-up-load";
    }
    return "unknown";
}

const char* nameOf(StateError s) {
    switch (s) {
        case StateError::ServiceNotAllowed:
            return "service-not-allowed";
        case StateError::ServiceUnknown:
            return "service-unknown";
    }
    return "unknown";
}

const char* nameOf(ExceptionServiceError s) {
    switch (s) {
        case ExceptionServiceError::OperationNotPossible:
            return "operation-not-possible";
        case ExceptionServiceError::ServiceNotSupported:
            return "service-not-supported";
        case ExceptionServiceError::OtherReason:
            return "other-reason";
        case ExceptionServiceError::PduTooLong:
            return "pdu-too-long";
        case ExceptionServiceError::DecipheringError:
            return "deciphering-error";
        case ExceptionServiceError::InvocationCounterError:
            return "invocation-counter-error";
    }
    return "unknown";
}

}  // namespace omt::dlms

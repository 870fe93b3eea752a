#include "protocol/dlms/apdu/initiate.h"

namespace omt::dlms {

const char* nameOf(ConformanceBit bit) {
    switch (bit) {
        case ConformanceBit::ReservedZero:
            return "reserved-zero";
        case ConformanceBit::GeneralProtection:
            return "general-protection";
        case ConformanceBit::GeneralBlockTransfer:
            return "general-block-transfer";
        case ConformanceBit::Read:
            return "read";
        case ConformanceBit::Write:
            return "write";
        case ConformanceBit::UnconfirmedWrite:
            return "unconfirmed-write";
        case ConformanceBit::DeltaValueEncoding:
            return "delta-value-encoding";
        case ConformanceBit::ReservedSeven:
            return "reserved-seven";
        case ConformanceBit::Attribute0SupportedWithSet:
            return "attribute0-supported-with-set";
        case ConformanceBit::PriorityMgmtSupported:
            return "priority-mgmt-supported";
        case ConformanceBit::Attribute0SupportedWithGet:
            return "attribute0-supported-with-get";
        case ConformanceBit::BlockTransferWithGetOrRead:
            return "block-transfer-with-get-or-read";
        case ConformanceBit::BlockTransferWithSetOrWrite:
            return "block-transfer-with-set-or-write";
        case ConformanceBit::BlockTransferWithAction:
            return "block-transfer-with-action";
        case ConformanceBit::MultipleReferences:
            return "multiple-references";
        case ConformanceBit::InformationReport:
            return "information-report";
        case ConformanceBit::DataNotification:
            return "data-notification";
        case ConformanceBit::Access:
            return "access";
        case ConformanceBit::ParameterizedAccess:
            return "parameterized-access";
        case ConformanceBit::Get:
            return "get";
        case ConformanceBit::Set:
            return "set";
        case ConformanceBit::SelectiveAccess:
            return "selective-access";
        case ConformanceBit::EventNotification:
            return "event-notification";
        case ConformanceBit::Action:
            return "action";
    }
    return "unknown";
}

std::vector<ConformanceBit> Conformance::bits() const {
    std::vector<ConformanceBit> out;
    for (std::uint8_t i = 0; i < 24; ++i) {
        const auto bit = static_cast<ConformanceBit>(i);
        if (has(bit)) {
            out.push_back(bit);
        }
    }
    return out;
}

}  // namespace omt::dlms

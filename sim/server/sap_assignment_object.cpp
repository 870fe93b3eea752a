#include "sim/server/sap_assignment_object.h"

#include <algorithm>

namespace omt::sim {

SapAssignmentObject::SapAssignmentObject(cosem::ObisCode logicalName, cosem::SapAssignmentList list)
    : AttributeTableObject(logicalName, 17, 0, 1) {
    addAttribute(list.toData());
}

Expected<std::optional<Data>, ActionResult> SapAssignmentObject::invokeMethod(
    std::int8_t /*methodIndex*/, const std::optional<Data>& parameters,
    RequestContext& /*context*/) {
    if (!parameters) {
        return ActionResult::TypeUnmatched;
    }
    auto entry = cosem::SapAssignmentEntry::fromData(*parameters);
    if (!entry) {
        return actionResultOf(entry.error());
    }
    auto list = cosem::SapAssignmentList::fromData(*attribute(2));
    if (!list) {
        return ActionResult::OtherReason;
    }
    auto& entries = list->entries;
    if (entry->sap != 0 && std::any_of(entries.begin(), entries.end(), [&](const auto& e) {
            return e.sap == entry->sap && e.logicalDeviceName != entry->logicalDeviceName;
        })) {
        return ActionResult::OtherReason;
    }
    std::erase_if(entries,
                  [&](const auto& e) { return e.logicalDeviceName == entry->logicalDeviceName; });
    if (entry->sap != 0) {
        entries.push_back(*entry);
    }
    setAttributeValue(2, list->toData());
    return std::optional<Data>{};
}

}  // namespace omt::sim

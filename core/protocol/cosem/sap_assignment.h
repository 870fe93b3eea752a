#pragma once
// SAP assignment (class 17): the SAP_assignment_list attribute.
//
//   auto list = SapAssignmentList::fromData(attribute2);
//   list->entries[0].sap;                 // 1 (the management logical device)
//   list->entries[0].logicalDeviceName;   // e.g. "KAM" + serial number, as octets
//
// asslist_element: structure{SAP long-unsigned, logical_device_name octet-string}.
// Example: {1, "KAM"} -> 02 02 12 00 01 09 03 4B 41 4D.

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

struct SapAssignmentEntry {
    std::uint16_t sap = 0;
    Bytes logicalDeviceName;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount.
    static Expected<SapAssignmentEntry, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("asslist_element"));
    friend bool operator==(const SapAssignmentEntry&, const SapAssignmentEntry&) = default;
};

inline constexpr char kSapAssignmentListName[] = "SAP_assignment_list";
/// SAP_assignment_list (attribute 2).
using SapAssignmentList = ArrayOf<SapAssignmentEntry, kSapAssignmentListName>;

}  // namespace omt::cosem

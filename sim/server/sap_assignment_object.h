#pragma once
// SAP assignment (class 17, version 0): which logical device answers at which server SAP, and
// connect_logical_device to change it.
//
//   SapAssignmentObject saps(cosem::ObisCode(0, 0, 41, 0, 0, 255), {{{1, bytesOf("KAM...")}}});
//   saps.get(2, std::nullopt, ctx);   // array{structure{long-unsigned 1, octet-string "KAM..."}}

#include "protocol/cosem/sap_assignment.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class SapAssignmentObject : public AttributeTableObject {
public:
    /// Attribute 2 SAP_assignment_list, read-only (changed by method 1 only).
    SapAssignmentObject(cosem::ObisCode logicalName, cosem::SapAssignmentList list);

protected:
    /// 1 connect_logical_device(asslist_element): SAP 0 disconnects the named logical device,
    /// another SAP (re)assigns it; a SAP already used by another device is OtherReason.
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;
};

}  // namespace omt::sim

#include "protocol/cosem/sap_assignment.h"

namespace omt::cosem {

using dlms::Data;

Data SapAssignmentEntry::toData() const {
    return Data::structure({Data::longUnsigned(sap), Data::octetString(logicalDeviceName)});
}

Expected<SapAssignmentEntry, CosemFailure> SapAssignmentEntry::fromData(const Data& d,
                                                                        const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto sap = readLongUnsigned(m[0], at.member("SAP"));
    if (!sap) {
        return sap.error();
    }
    auto name = readOctetString(m[1], at.member("logical_device_name"));
    if (!name) {
        return name.error();
    }
    return SapAssignmentEntry{*sap, std::move(*name)};
}

}  // namespace omt::cosem

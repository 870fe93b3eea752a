#include "protocol/cosem/special_days_table.h"

namespace omt::cosem {

using dlms::Data;

Data SpecialDayEntry::toData() const {
    return Data::structure({Data::longUnsigned(index), dateOctets(date), Data::unsigned8(dayId)});
}

Expected<SpecialDayEntry, CosemFailure> SpecialDayEntry::fromData(const Data& d,
                                                                  const FieldPath& at) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto index = readLongUnsigned(m[0], at.member("index"));
    if (!index) {
        return index.error();
    }
    auto date = readDateOctets(m[1], at.member("specialday_date"));
    if (!date) {
        return date.error();
    }
    auto dayId = readUnsigned8(m[2], at.member("day_id"));
    if (!dayId) {
        return dayId.error();
    }
    return SpecialDayEntry{*index, *date, *dayId};
}

}  // namespace omt::cosem

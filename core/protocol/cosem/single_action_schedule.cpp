#include "protocol/cosem/single_action_schedule.h"

namespace omt::cosem {

using dlms::Data;

Expected<SingleActionType, CosemFailure> singleActionTypeFromData(const Data& d,
                                                                  const FieldPath& at) {
    return readEnumIn<SingleActionType>(d, 1, 5, at);
}

Data ExecutionTime::toData() const {
    return Data::structure({timeOctets(time), dateOctets(date)});
}

Expected<ExecutionTime, CosemFailure> ExecutionTime::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto time = readTimeOctets(m[0], at.member("time"));
    if (!time) {
        return time.error();
    }
    auto date = readDateOctets(m[1], at.member("date"));
    if (!date) {
        return date.error();
    }
    return ExecutionTime{*time, *date};
}

}  // namespace omt::cosem

#include "protocol/cosem/activity_calendar.h"

namespace omt::cosem {

using dlms::Data;

namespace {
constexpr std::array<const char*, 7> kDayNames{"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
}  // namespace

Data Season::toData() const {
    return Data::structure(
        {Data::octetString(name), dateTimeOctets(start), Data::octetString(weekName)});
}

Expected<Season, CosemFailure> Season::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    Season s;
    auto name = readOctetString(m[0], at.member("season_profile_name"));
    if (!name) {
        return name.error();
    }
    s.name = std::move(*name);
    auto start = readDateTimeOctets(m[1], at.member("season_start"));
    if (!start) {
        return start.error();
    }
    s.start = *start;
    auto week = readOctetString(m[2], at.member("week_name"));
    if (!week) {
        return week.error();
    }
    s.weekName = std::move(*week);
    return s;
}

Data WeekProfile::toData() const {
    DataList m;
    m.reserve(8);
    m.push_back(Data::octetString(name));
    for (auto id : dayIds) {
        m.push_back(Data::unsigned8(id));
    }
    return Data::structure(std::move(m));
}

Expected<WeekProfile, CosemFailure> WeekProfile::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 8, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    WeekProfile w;
    auto name = readOctetString(m[0], at.member("week_profile_name"));
    if (!name) {
        return name.error();
    }
    w.name = std::move(*name);
    for (std::size_t i = 0; i < 7; ++i) {
        auto id = readUnsigned8(m[i + 1], at.member(kDayNames[i]));
        if (!id) {
            return id.error();
        }
        w.dayIds[i] = *id;
    }
    return w;
}

Data DayProfileAction::toData() const {
    return Data::structure({timeOctets(startTime), logicalNameData(scriptLogicalName),
                            Data::longUnsigned(scriptSelector)});
}

Expected<DayProfileAction, CosemFailure> DayProfileAction::fromData(const Data& d,
                                                                    const FieldPath& at) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto start = readTimeOctets(m[0], at.member("start_time"));
    if (!start) {
        return start.error();
    }
    auto script = readLogicalName(m[1], at.member("script_logical_name"));
    if (!script) {
        return script.error();
    }
    auto selector = readLongUnsigned(m[2], at.member("script_selector"));
    if (!selector) {
        return selector.error();
    }
    return DayProfileAction{*start, *script, *selector};
}

Data DayProfile::toData() const {
    return Data::structure({Data::unsigned8(dayId), arrayData(daySchedule)});
}

Expected<DayProfile, CosemFailure> DayProfile::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto id = readUnsigned8(m[0], at.member("day_id"));
    if (!id) {
        return id.error();
    }
    auto schedule = readArrayOf<DayProfileAction>(m[1], at.member("day_schedule"));
    if (!schedule) {
        return std::move(schedule).error();
    }
    return DayProfile{*id, std::move(*schedule)};
}

}  // namespace omt::cosem

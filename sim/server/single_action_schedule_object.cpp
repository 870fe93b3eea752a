#include "sim/server/single_action_schedule_object.h"

#include <algorithm>

namespace omt::sim {

namespace {
bool dateHasWildcard(const dlms::CosemDate& d) {
    return d.year == dlms::CosemDate::kYearNotSpecified ||
           d.month == dlms::CosemDate::kNotSpecified ||
           d.dayOfMonth == dlms::CosemDate::kNotSpecified || d.month > 12 || d.dayOfMonth > 31;
}
}  // namespace

bool SingleActionScheduleObject::consistent(cosem::SingleActionType type,
                                            const std::vector<cosem::ExecutionTime>& times) {
    using T = cosem::SingleActionType;
    if (type == T::SingleWildcardDate && times.size() != 1) {
        return false;
    }
    if (type == T::SameTimeNoWildcards || type == T::SameTimeWildcards) {
        for (const auto& t : times) {
            if (!(t.time == times.front().time)) {
                return false;
            }
        }
    }
    if (type == T::SameTimeNoWildcards || type == T::DifferentTimesNoWildcards) {
        for (const auto& t : times) {
            if (dateHasWildcard(t.date)) {
                return false;
            }
        }
    }
    return true;
}

SingleActionScheduleObject::SingleActionScheduleObject(cosem::ObisCode logicalName,
                                                       cosem::ScriptReference script,
                                                       cosem::SingleActionType type,
                                                       std::vector<cosem::ExecutionTime> times)
    : AttributeTableObject(logicalName, 22, 0, 0) {
    addAttribute(script.toData(), viewValidator<cosem::ScriptReference>());
    addAttribute(cosem::enumData(type), [this](const Data& v) {
        auto newType = cosem::singleActionTypeFromData(v);
        if (!newType) {
            return accessResultOf(newType.error());
        }
        return consistent(*newType, executionTimes()) ? DataAccessResult::Success
                                                      : DataAccessResult::OtherReason;
    });
    addAttribute(cosem::ExecutionTimes{std::move(times)}.toData(), [this](const Data& v) {
        auto newTimes = cosem::ExecutionTimes::fromData(v);
        if (!newTimes) {
            return accessResultOf(newTimes.error());
        }
        auto current = cosem::singleActionTypeFromData(*attribute(3));
        return current && consistent(*current, newTimes->entries) ? DataAccessResult::Success
                                                                  : DataAccessResult::OtherReason;
    });
}

cosem::ScriptReference SingleActionScheduleObject::script() const {
    auto s = cosem::ScriptReference::fromData(*attribute(2));
    return s ? *s : cosem::ScriptReference{};
}

std::vector<cosem::ExecutionTime> SingleActionScheduleObject::executionTimes() const {
    auto t = cosem::ExecutionTimes::fromData(*attribute(4));
    return t ? t->entries : std::vector<cosem::ExecutionTime>{};
}

int SingleActionScheduleObject::dueBetween(std::chrono::sys_seconds from,
                                           std::chrono::sys_seconds to, std::int16_t deviation,
                                           std::size_t* lastIndex) const {
    using namespace std::chrono;
    if (to <= from) {
        return 0;
    }
    from = std::max(from, to - days{7});
    const seconds shift{-std::int64_t{deviation} * 60};  // local = UTC - deviation
    const auto localFrom = from + shift;
    const auto localTo = to + shift;
    const auto times = executionTimes();
    int count = 0;
    sys_seconds lastAt{};
    for (auto day = floor<days>(localFrom); day <= floor<days>(localTo); day += days{1}) {
        const year_month_day ymd{day};
        const unsigned isoWeekday = std::chrono::weekday{day}.iso_encoding();
        for (std::size_t i = 0; i < times.size(); ++i) {
            const auto& t = times[i];
            const auto& d = t.date;
            if ((d.year != dlms::CosemDate::kYearNotSpecified && d.year != int{ymd.year()}) ||
                (d.month != dlms::CosemDate::kNotSpecified && d.month != unsigned{ymd.month()}) ||
                (d.dayOfMonth != dlms::CosemDate::kNotSpecified &&
                 d.dayOfMonth != unsigned{ymd.day()}) ||
                (d.dayOfWeek != dlms::CosemDate::kNotSpecified && d.dayOfWeek != isoWeekday) ||
                t.time.hour > 23) {
                continue;
            }
            const auto at = sys_seconds{day} + hours{t.time.hour} +
                            minutes{t.time.minute > 59 ? 0 : t.time.minute} +
                            seconds{t.time.second > 59 ? 0 : t.time.second};
            if (at > localFrom && at <= localTo) {
                ++count;
                if (lastIndex != nullptr && at >= lastAt) {
                    lastAt = at;
                    *lastIndex = i;
                }
            }
        }
    }
    return count;
}

}  // namespace omt::sim

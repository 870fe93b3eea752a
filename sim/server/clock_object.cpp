#include "sim/server/clock_object.h"

#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::sim {

namespace {
DataAccessResult resultOf(const cosem::CosemFailure& failure) {
    switch (failure.code) {
        case cosem::CosemError::WrongType:
        case cosem::CosemError::WrongElementCount:
        case cosem::CosemError::BadLength:
            return DataAccessResult::TypeUnmatched;
        default:
            return DataAccessResult::OtherReason;
    }
}
}  // namespace

ClockObject::ClockObject(ClockSource source, cosem::Clock attributes)
    : CosemObject(attributes.logicalName),
      m_source(std::move(source)),
      m_clock(std::move(attributes)) {}

std::chrono::sys_seconds ClockObject::now() const {
    const auto base = m_source ? m_source() : std::chrono::sys_seconds{};
    return base + m_offset;
}

std::optional<std::chrono::sys_seconds> ClockObject::switchInstant(const dlms::CosemDateTime& when,
                                                                   int year, int deviation) {
    using namespace std::chrono;
    const dlms::CosemDate& d = when.date;
    if (d.year != dlms::CosemDate::kYearNotSpecified && d.year != year) {
        return std::nullopt;
    }
    if (d.month < 1 || d.month > 12) {
        return std::nullopt;
    }
    const year_month ym{std::chrono::year{year}, month{d.month}};
    const auto lastDay = static_cast<int>(static_cast<unsigned>((ym / last).day()));
    const auto weekdayOf = [&](int day) {
        return weekday{sys_days{ym / std::chrono::day{static_cast<unsigned>(day)}}};
    };
    int day = 0;
    if (d.dayOfWeek >= 1 && d.dayOfWeek <= 7) {
        const weekday wanted{static_cast<unsigned>(d.dayOfWeek)};  // 7 is Sunday too
        if (d.dayOfMonth == dlms::kDayLast || d.dayOfMonth == dlms::kDaySecondLast) {
            day = lastDay;
            while (weekdayOf(day) != wanted) {
                --day;
            }
            day -= d.dayOfMonth == dlms::kDaySecondLast ? 7 : 0;
        } else {
            day = d.dayOfMonth == dlms::CosemDate::kNotSpecified ? 1 : d.dayOfMonth;
            if (day > lastDay) {
                return std::nullopt;
            }
            while (day <= lastDay && weekdayOf(day) != wanted) {
                ++day;
            }
        }
    } else if (d.dayOfMonth == dlms::kDayLast) {
        day = lastDay;
    } else if (d.dayOfMonth == dlms::kDaySecondLast) {
        day = lastDay - 1;
    } else {
        day = d.dayOfMonth;
    }
    if (day < 1 || day > lastDay) {
        return std::nullopt;
    }
    const auto field = [](std::uint8_t v) {
        return v == dlms::CosemTime::kNotSpecified ? 0 : static_cast<int>(v);
    };
    const sys_seconds local = sys_days{ym / std::chrono::day{static_cast<unsigned>(day)}} +
                              hours{field(when.time.hour)} + minutes{field(when.time.minute)} +
                              seconds{field(when.time.second)};
    return local + minutes{deviation};
}

bool ClockObject::daylightSavingActiveAt(std::chrono::sys_seconds utc) const {
    using namespace std::chrono;
    if (!m_clock.daylightSavingsEnabled) {
        return false;
    }
    const int zone = m_clock.timeZone == cosem::Clock::kTimeZoneNotSpecified ? 0 : m_clock.timeZone;
    const int daylight = zone - m_clock.daylightSavingsDeviation;
    const year_month_day standard{floor<days>(utc - minutes{zone})};
    const int year = static_cast<int>(standard.year());
    const auto begin = switchInstant(m_clock.daylightSavingsBegin, year, zone);
    const auto end = switchInstant(m_clock.daylightSavingsEnd, year, daylight);
    if (!begin || !end) {
        return false;
    }
    if (*begin <= *end) {
        return utc >= *begin && utc < *end;
    }
    return utc >= *begin || utc < *end;
}

std::int16_t ClockObject::currentDeviation() const {
    const std::int16_t zone = m_clock.timeZone == cosem::Clock::kTimeZoneNotSpecified
                                  ? std::int16_t{0}
                                  : m_clock.timeZone;
    const int dst = daylightSavingActiveAt(now()) ? m_clock.daylightSavingsDeviation : 0;
    return static_cast<std::int16_t>(zone - dst);
}

cosem::ClockStatus ClockObject::currentStatus() const {
    cosem::ClockStatus status = m_clock.status;
    status.set(cosem::ClockStatus::kDaylightSavingActive, daylightSavingActiveAt(now()));
    return status;
}

Expected<Data, DataAccessResult> ClockObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 2) {
        auto local = dlms::fromSysSeconds(now(), currentDeviation(), currentStatus().bits());
        if (!local) {
            return DataAccessResult::TemporaryFailure;
        }
        return Data::octetString(local->toBytes());
    }
    if (attributeIndex == 4) {
        return currentStatus().toData();
    }
    auto value = m_clock.attribute(attributeIndex);
    if (!value) {
        return DataAccessResult::ObjectUndefined;
    }
    return *value;
}

DataAccessResult ClockObject::set(std::int8_t attributeIndex,
                                  const std::optional<dlms::SelectiveAccessDescriptor>& access,
                                  const Data& value, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return DataAccessResult::ReadWriteDenied;
    }
    if (attributeIndex == 2) {
        const auto* octets = value.as<Bytes>();
        if (value.type() != dlms::DataType::OctetString || octets == nullptr ||
            octets->size() != dlms::kCosemDateTimeSize) {
            return DataAccessResult::TypeUnmatched;
        }
        auto dateTime = dlms::CosemDateTime::fromBytes(*octets);
        if (!dateTime) {
            return DataAccessResult::OtherReason;
        }
        auto utc = dlms::toSysSeconds(*dateTime, currentDeviation());
        if (!utc) {
            return DataAccessResult::OtherReason;
        }
        const auto base = m_source ? m_source() : std::chrono::sys_seconds{};
        m_offset = *utc - base;
        return DataAccessResult::Success;
    }
    auto done = m_clock.setAttribute(attributeIndex, value);
    return done ? DataAccessResult::Success : resultOf(done.error());
}

Expected<std::optional<Data>, ActionResult> ClockObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    using std::chrono::seconds;
    if (methodIndex < 1 || methodIndex > methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    const auto utc = now().time_since_epoch().count();
    switch (methodIndex) {
        case 1:    // adjust_to_quarter: to the nearest quarter of an hour
        case 3: {  // adjust_to_minute: to the nearest minute
            if (parameters && parameters->type() != dlms::DataType::Integer) {
                return ActionResult::TypeUnmatched;
            }
            const std::int64_t step = methodIndex == 1 ? 900 : 60;
            const std::int64_t rounded = (utc + step / 2) / step * step;
            m_offset += seconds{rounded - utc};
            return std::optional<Data>{};
        }
        case 6: {  // shift_time: long, -900..900 seconds
            const auto* shift = parameters ? parameters->as<std::int64_t>() : nullptr;
            if (shift == nullptr || parameters->type() != dlms::DataType::Long) {
                return ActionResult::TypeUnmatched;
            }
            if (*shift < -900 || *shift > 900) {
                return ActionResult::OtherReason;
            }
            m_offset += seconds{*shift};
            return std::optional<Data>{};
        }
        default:
            return ActionResult::OtherReason;
    }
}

}  // namespace omt::sim

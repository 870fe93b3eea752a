#include "sim/server/activity_calendar_object.h"

#include <algorithm>

#include "protocol/dlms/axdr/cosem_datetime.h"
#include "sim/server/special_days_object.h"

namespace omt::sim {

namespace {
DataAccessResult octetStringOnly(const Data& v) {
    return v.type() == dlms::DataType::OctetString ? DataAccessResult::Success
                                                   : DataAccessResult::TypeUnmatched;
}

DataAccessResult activationTimeRule(const Data& v) {
    auto bytes = v.as<Bytes>();
    if (v.type() != dlms::DataType::OctetString || bytes == nullptr || bytes->size() != 12) {
        return DataAccessResult::TypeUnmatched;
    }
    return dlms::CosemDateTime::fromBytes(*bytes) ? DataAccessResult::Success
                                                  : DataAccessResult::OtherReason;
}

int monthDayKey(std::uint8_t month, std::uint8_t day) {
    const int m = month >= 1 && month <= 12 ? month : 1;
    const int d = day >= 1 && day <= 31 ? day : 1;
    return m * 100 + d;
}

int timeKey(const dlms::CosemTime& t) {
    auto field = [](std::uint8_t v) { return v == dlms::CosemTime::kNotSpecified ? 0 : int{v}; };
    return field(t.hour) * 3600 + field(t.minute) * 60 + field(t.second);
}
}  // namespace

ActivityCalendarObject::ActivityCalendarObject(cosem::ObisCode logicalName,
                                               const CalendarTables& tables)
    : AttributeTableObject(logicalName, 20, 0, 1) {
    addAttribute(Data::octetString(tables.name));
    addAttribute(tables.seasons.toData());
    addAttribute(tables.weeks.toData());
    addAttribute(tables.days.toData());
    addAttribute(Data::octetString(tables.name), octetStringOnly);
    addAttribute(tables.seasons.toData(), viewValidator<cosem::SeasonProfile>());
    addAttribute(tables.weeks.toData(), viewValidator<cosem::WeekProfileTable>());
    addAttribute(tables.days.toData(), viewValidator<cosem::DayProfileTable>());
    addAttribute(Data::octetString(dlms::CosemDateTime{}.toBytes()), activationTimeRule);
}

Expected<void, ActionResult> ActivityCalendarObject::activate() {
    auto seasons = cosem::SeasonProfile::fromData(*attribute(7));
    auto weeks = cosem::WeekProfileTable::fromData(*attribute(8));
    auto days = cosem::DayProfileTable::fromData(*attribute(9));
    if (!seasons || !weeks || !days) {
        return ActionResult::OtherReason;
    }
    for (const auto& season : seasons->entries) {
        if (std::none_of(weeks->entries.begin(), weeks->entries.end(),
                         [&](const auto& w) { return w.name == season.weekName; })) {
            return ActionResult::OtherReason;
        }
    }
    for (const auto& week : weeks->entries) {
        for (std::uint8_t id : week.dayIds) {
            if (std::none_of(days->entries.begin(), days->entries.end(),
                             [&](const auto& d) { return d.dayId == id; })) {
                return ActionResult::OtherReason;
            }
        }
    }
    for (std::int8_t i = 2; i <= 5; ++i) {
        setAttributeValue(i, *attribute(static_cast<std::int8_t>(i + 4)));
    }
    setAttributeValue(10, Data::octetString(dlms::CosemDateTime{}.toBytes()));
    return {};
}

bool ActivityCalendarObject::activateIfDue(std::chrono::sys_seconds now, std::int16_t deviation) {
    const auto* bytes = attribute(10)->as<Bytes>();
    if (bytes == nullptr) {
        return false;
    }
    auto when = dlms::CosemDateTime::fromBytes(*bytes);
    if (!when || !dlms::isFullySpecified(when->date) || !dlms::isFullySpecified(when->time)) {
        return false;
    }
    auto at = dlms::toSysSeconds(*when, deviation);
    if (!at || *at > now) {
        return false;
    }
    return activate().hasValue();
}

std::optional<cosem::ScriptReference> ActivityCalendarObject::scriptAt(
    const dlms::CosemDateTime& local, const SpecialDaysObject* specialDays) const {
    const Active* tables = active();
    if (tables == nullptr || tables->seasons.entries.empty()) {
        return std::nullopt;
    }
    const auto* seasons = &tables->seasons;
    const auto* weeks = &tables->weeks;
    const auto* days = &tables->days;
    const int today = monthDayKey(local.date.month, local.date.dayOfMonth);
    const cosem::Season* season = nullptr;
    int best = -1;
    const cosem::Season* latest = nullptr;
    int latestKey = -1;
    for (const auto& s : seasons->entries) {
        const int key = monthDayKey(s.start.date.month, s.start.date.dayOfMonth);
        if (key <= today && key > best) {
            best = key;
            season = &s;
        }
        if (key > latestKey) {
            latestKey = key;
            latest = &s;
        }
    }
    if (season == nullptr) {
        season = latest;
    }
    auto week = std::find_if(weeks->entries.begin(), weeks->entries.end(),
                             [&](const auto& w) { return w.name == season->weekName; });
    if (week == weeks->entries.end() || local.date.dayOfWeek < 1 || local.date.dayOfWeek > 7) {
        return std::nullopt;
    }
    std::uint8_t dayId = week->dayIds[local.date.dayOfWeek - 1U];
    if (specialDays != nullptr) {
        if (auto special = specialDays->dayIdFor(local.date)) {
            dayId = *special;
        }
    }
    auto day = std::find_if(days->entries.begin(), days->entries.end(),
                            [&](const auto& d) { return d.dayId == dayId; });
    if (day == days->entries.end() || day->daySchedule.empty()) {
        return std::nullopt;
    }
    const int now = timeKey(local.time);
    const cosem::DayProfileAction* chosen = nullptr;
    const cosem::DayProfileAction* last = nullptr;
    for (const auto& action : day->daySchedule) {
        const int start = timeKey(action.startTime);
        if (start <= now && (chosen == nullptr || start >= timeKey(chosen->startTime))) {
            chosen = &action;
        }
        if (last == nullptr || start >= timeKey(last->startTime)) {
            last = &action;
        }
    }
    if (chosen == nullptr) {
        chosen = last;
    }
    return cosem::ScriptReference{chosen->scriptLogicalName, chosen->scriptSelector};
}

void ActivityCalendarObject::attributeChanged(std::int8_t index) {
    if (index >= 2 && index <= 5) {
        m_active.reset();
    }
}

const ActivityCalendarObject::Active* ActivityCalendarObject::active() const {
    if (!m_active) {
        auto seasons = cosem::SeasonProfile::fromData(*attribute(3));
        auto weeks = cosem::WeekProfileTable::fromData(*attribute(4));
        auto days = cosem::DayProfileTable::fromData(*attribute(5));
        if (!seasons || !weeks || !days) {
            return nullptr;
        }
        m_active = Active{std::move(*seasons), std::move(*weeks), std::move(*days)};
    }
    return &*m_active;
}

Expected<std::optional<Data>, ActionResult> ActivityCalendarObject::invokeMethod(
    std::int8_t /*methodIndex*/, const std::optional<Data>& parameters,
    RequestContext& /*context*/) {
    if (parameters && parameters->type() != dlms::DataType::Integer) {
        return ActionResult::TypeUnmatched;
    }
    auto done = activate();
    if (!done) {
        return done.error();
    }
    return std::optional<Data>{};
}

}  // namespace omt::sim

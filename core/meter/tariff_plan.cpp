#include "meter/tariff_plan.h"

#include <algorithm>
#include <set>
#include <utility>

#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/special_days_table.h"
#include "protocol/cosem/view_support.h"

namespace omt::meter {

using json = nlohmann::ordered_json;
using nlohmann::ordered_json;

namespace {

constexpr std::uint16_t kActivityCalendarClass = 20;
constexpr std::uint16_t kSpecialDaysClass = 11;
constexpr std::uint16_t kScriptTableClass = 9;
constexpr std::uint16_t kDataClass = 1;
constexpr int kFormatVersion = 1;
constexpr char kFormat[] = "omt-tariff-plan";

constexpr std::array<const char*, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

TariffFailure failAt(TariffError code, const std::string& path, const std::string& reason) {
    return TariffFailure{code, 0, path + ": " + reason};
}

int minutesOf(const TariffSwitch& s) {
    return s.hour * 60 + s.minute;
}

void checkCount(std::size_t count, std::size_t limit, const std::string& path, const char* what,
                std::vector<TariffFailure>& out) {
    if (count > limit) {
        out.push_back(failAt(TariffError::TooMany, path,
                             std::to_string(count) + " " + what + ", the meter takes at most " +
                                 std::to_string(limit)));
    }
}

void validateCalendar(const TariffCalendar& c, const std::string& root, const TariffLimits& limits,
                      std::vector<TariffFailure>& out) {
    const std::string seasonsPath = root + ".seasons";
    const std::string weeksPath = root + ".week_profiles";
    const std::string daysPath = root + ".day_profiles";
    checkCount(c.seasons.size(), limits.seasons, seasonsPath, "seasons", out);
    checkCount(c.weekProfiles.size(), limits.weekProfiles, weeksPath, "week profiles", out);
    checkCount(c.dayProfiles.size(), limits.dayProfiles, daysPath, "day profiles", out);

    if (c.seasons.empty()) {
        out.push_back(failAt(TariffError::NoSeason, seasonsPath, "a calendar needs a season"));
    }
    std::set<std::string> weekNames;
    for (const TariffWeekProfile& w : c.weekProfiles) {
        weekNames.insert(w.name);
    }
    std::set<std::uint8_t> dayIds;
    for (const TariffDayProfile& d : c.dayProfiles) {
        dayIds.insert(d.id);
    }

    for (std::size_t i = 0; i < c.seasons.size(); ++i) {
        const TariffSeason& s = c.seasons[i];
        const std::string at = jsonElement(seasonsPath, i);
        if (!s.start.isValid()) {
            out.push_back(failAt(TariffError::BadDate, at + ".start",
                                 s.start.text() + " is not a possible date"));
        }
        if (i > 0 && !(c.seasons[i - 1].start.month < s.start.month ||
                       (c.seasons[i - 1].start.month == s.start.month &&
                        c.seasons[i - 1].start.day < s.start.day))) {
            out.push_back(
                failAt(TariffError::SeasonsNotOrdered, at + ".start",
                       s.start.text() + " does not follow " + c.seasons[i - 1].start.text()));
        }
        if (weekNames.count(s.week) == 0) {
            out.push_back(failAt(TariffError::UnknownWeekProfile, at + ".week",
                                 "week profile \"" + s.week + "\" does not exist"));
        }
    }

    std::set<std::string> seenWeeks;
    for (std::size_t i = 0; i < c.weekProfiles.size(); ++i) {
        const TariffWeekProfile& w = c.weekProfiles[i];
        const std::string at = jsonElement(weeksPath, i);
        if (!seenWeeks.insert(w.name).second) {
            out.push_back(failAt(TariffError::DuplicateWeekProfile, at + ".name",
                                 "week profile \"" + w.name + "\" defined twice"));
        }
        for (std::size_t d = 0; d < w.days.size(); ++d) {
            if (dayIds.count(w.days[d]) == 0) {
                out.push_back(
                    failAt(TariffError::UnknownDayProfile, jsonElement(at + ".days", d),
                           "day profile " + std::to_string(w.days[d]) + " does not exist"));
            }
        }
    }

    std::set<std::uint8_t> seenDays;
    for (std::size_t i = 0; i < c.dayProfiles.size(); ++i) {
        const TariffDayProfile& d = c.dayProfiles[i];
        const std::string at = jsonElement(daysPath, i);
        if (!seenDays.insert(d.id).second) {
            out.push_back(failAt(TariffError::DuplicateDayProfile, at + ".id",
                                 "day profile " + std::to_string(d.id) + " defined twice"));
        }
        if (d.switches.empty()) {
            out.push_back(failAt(TariffError::EmptyDayProfile, at + ".switches", "no switch time"));
        }
        checkCount(d.switches.size(), limits.switchesPerDay, at + ".switches", "switch times", out);
        for (std::size_t k = 0; k < d.switches.size(); ++k) {
            const TariffSwitch& s = d.switches[k];
            const std::string sat = jsonElement(at + ".switches", k);
            if (s.hour > 23 || s.minute > 59) {
                out.push_back(failAt(TariffError::SwitchOutOfDay, sat + ".time",
                                     std::to_string(s.hour) + ":" + std::to_string(s.minute) +
                                         " is not a time of day"));
            } else if (k > 0 && minutesOf(d.switches[k - 1]) >= minutesOf(s)) {
                out.push_back(
                    failAt(TariffError::SwitchesNotOrdered, sat + ".time",
                           formatClockTime(s.hour, s.minute) + " does not follow " +
                               formatClockTime(d.switches[k - 1].hour, d.switches[k - 1].minute)));
            }
            if (s.tariff < 1 || s.tariff > kMaxTariff) {
                out.push_back(failAt(TariffError::TariffOutOfRange, sat + ".tariff",
                                     "tariff " + std::to_string(s.tariff) + " not in 1..4"));
            }
        }
    }
}

// ---- COSEM ----

Bytes bytesOfText(const std::string& s) {
    return Bytes(s.begin(), s.end());
}
std::string textOfBytes(const Bytes& b) {
    return std::string(b.begin(), b.end());
}

dlms::CosemDate cosemDateOf(const PlanDate& d) {
    return dlms::CosemDate{d.year, d.month, d.day, dlms::CosemDate::kNotSpecified};
}

dlms::CosemDateTime seasonStartOf(const PlanDate& d) {
    dlms::CosemDateTime dt;
    dt.date = cosemDateOf(d);
    dt.time = dlms::CosemTime{0, 0, 0, 0};
    return dt;
}

std::vector<dlms::Data> calendarData(const TariffCalendar& c, const TariffObjects& objects) {
    cosem::SeasonProfile seasons;
    for (const TariffSeason& s : c.seasons) {
        seasons.entries.push_back(
            cosem::Season{bytesOfText(s.name), seasonStartOf(s.start), bytesOfText(s.week)});
    }
    cosem::WeekProfileTable weeks;
    for (const TariffWeekProfile& w : c.weekProfiles) {
        weeks.entries.push_back(cosem::WeekProfile{bytesOfText(w.name), w.days});
    }
    cosem::DayProfileTable days;
    for (const TariffDayProfile& d : c.dayProfiles) {
        cosem::DayProfile day;
        day.dayId = d.id;
        for (const TariffSwitch& s : d.switches) {
            day.daySchedule.push_back(cosem::DayProfileAction{
                dlms::CosemTime{s.hour, s.minute, 0, 0}, objects.tariffScripts, s.tariff});
        }
        days.entries.push_back(std::move(day));
    }
    return {dlms::Data::octetString(bytesOfText(c.name)), seasons.toData(), weeks.toData(),
            days.toData()};
}

TariffFailure cosemFailure(const cosem::CosemFailure& f) {
    return TariffFailure{TariffError::BadCosemValue, 0, f.detail};
}

omt::Expected<PlanDate, TariffFailure> planDateOf(const dlms::CosemDate& d,
                                                  const std::string& path) {
    if (d.dayOfWeek != dlms::CosemDate::kNotSpecified || d.month < 1 || d.month > 12 ||
        d.dayOfMonth < 1 || d.dayOfMonth > 31) {
        return failAt(TariffError::BadCosemValue, path,
                      "only a month and a day (optionally a year) can be represented");
    }
    return PlanDate{d.year, d.month, d.dayOfMonth};
}

bool isZeroOrUnspecified(std::uint8_t v) {
    return v == 0 || v == dlms::CosemTime::kNotSpecified;
}

omt::Expected<TariffCalendar, TariffFailure> calendarFrom(std::span<const AttributeValue> values,
                                                          const TariffObjects& objects,
                                                          std::int8_t first,
                                                          const std::string& root) {
    const AttributeValue* attrs[4] = {};
    for (std::int8_t i = 0; i < 4; ++i) {
        attrs[i] =
            findAttribute(values, objects.activityCalendar, static_cast<std::int8_t>(first + i));
        if (attrs[i] == nullptr) {
            return failAt(TariffError::MissingAttribute, objects.activityCalendar.toString(),
                          "attribute " + std::to_string(first + i) + " not given");
        }
    }
    TariffCalendar c;
    auto name = cosem::readOctetString(attrs[0]->value, cosem::FieldPath(root + ".name"));
    if (!name) {
        return cosemFailure(name.error());
    }
    c.name = textOfBytes(*name);
    auto seasons = cosem::SeasonProfile::fromData(attrs[1]->value);
    if (!seasons) {
        return cosemFailure(seasons.error());
    }
    for (std::size_t i = 0; i < seasons->entries.size(); ++i) {
        const cosem::Season& s = seasons->entries[i];
        const std::string at = jsonElement(root + ".seasons", i);
        const auto& t = s.start.time;
        const bool midnight = (t.hour == 0 && t.minute == 0 && isZeroOrUnspecified(t.second) &&
                               isZeroOrUnspecified(t.hundredths)) ||
                              (t.hour == 0xFF && t.minute == 0xFF && t.second == 0xFF);
        if (!midnight) {
            return failAt(TariffError::BadCosemValue, at + ".start",
                          "seasons starting other than at midnight cannot be represented");
        }
        auto start = planDateOf(s.start.date, at + ".start");
        if (!start) {
            return std::move(start).error();
        }
        c.seasons.push_back(TariffSeason{textOfBytes(s.name), *start, textOfBytes(s.weekName)});
    }
    auto weeks = cosem::WeekProfileTable::fromData(attrs[2]->value);
    if (!weeks) {
        return cosemFailure(weeks.error());
    }
    for (const cosem::WeekProfile& w : weeks->entries) {
        c.weekProfiles.push_back(TariffWeekProfile{textOfBytes(w.name), w.dayIds});
    }
    auto days = cosem::DayProfileTable::fromData(attrs[3]->value);
    if (!days) {
        return cosemFailure(days.error());
    }
    for (std::size_t i = 0; i < days->entries.size(); ++i) {
        const cosem::DayProfile& d = days->entries[i];
        TariffDayProfile day;
        day.id = d.dayId;
        for (std::size_t k = 0; k < d.daySchedule.size(); ++k) {
            const cosem::DayProfileAction& a = d.daySchedule[k];
            const std::string at =
                jsonElement(jsonElement(root + ".day_profiles", i) + ".switches", k);
            if (a.scriptLogicalName != objects.tariffScripts) {
                return failAt(TariffError::WrongScript, at,
                              "script table " + a.scriptLogicalName.toString() + " instead of " +
                                  objects.tariffScripts.toString());
            }
            const auto& t = a.startTime;
            if (t.hour > 23 || t.minute > 59 || !isZeroOrUnspecified(t.second) ||
                !isZeroOrUnspecified(t.hundredths)) {
                return failAt(TariffError::BadCosemValue, at + ".time",
                              "only whole minutes can be represented");
            }
            if (a.scriptSelector > 0xFF) {
                return failAt(TariffError::BadCosemValue, at + ".tariff",
                              "script " + std::to_string(a.scriptSelector) + " is no tariff");
            }
            day.switches.push_back(
                TariffSwitch{t.hour, t.minute, static_cast<std::uint8_t>(a.scriptSelector)});
        }
        c.dayProfiles.push_back(std::move(day));
    }
    return c;
}

// ---- JSON ----

ordered_json calendarJson(const TariffCalendar& c) {
    ordered_json j;
    j["name"] = c.name;
    j["seasons"] = ordered_json::array();
    for (const TariffSeason& s : c.seasons) {
        j["seasons"].push_back({{"name", s.name}, {"start", s.start.text()}, {"week", s.week}});
    }
    j["week_profiles"] = ordered_json::array();
    for (const TariffWeekProfile& w : c.weekProfiles) {
        j["week_profiles"].push_back({{"name", w.name}, {"days", w.days}});
    }
    j["day_profiles"] = ordered_json::array();
    for (const TariffDayProfile& d : c.dayProfiles) {
        ordered_json switches = ordered_json::array();
        for (const TariffSwitch& s : d.switches) {
            switches.push_back({{"time", formatClockTime(s.hour, s.minute)}, {"tariff", s.tariff}});
        }
        j["day_profiles"].push_back({{"id", d.id}, {"switches", switches}});
    }
    return j;
}

PlanDate readDate(JsonReader& r, const json& value, const std::string& path, std::string_view key) {
    const std::string text = r.string(value, path, key);
    if (!r.ok()) {
        return {};
    }
    auto date = PlanDate::parse(text);
    if (!date) {
        r.fail(DocumentError::BadValue, jsonMember(path, key),
               "\"" + text + "\" is not a date *-MM-DD or YYYY-MM-DD");
        return {};
    }
    return *date;
}

TariffCalendar readCalendar(JsonReader& r, const json& j, const std::string& path) {
    TariffCalendar c;
    if (!r.isObject(j, path)) {
        return c;
    }
    r.allowOnly(j, path, {"name", "seasons", "week_profiles", "day_profiles"});
    c.name = r.optionalString(j, path, "name", "");
    forEachElement(r, j, path, "seasons", [&](const json& s, const std::string& at) {
        r.allowOnly(s, at, {"name", "start", "week"});
        TariffSeason season;
        season.name = r.string(s, at, "name");
        season.start = readDate(r, s, at, "start");
        season.week = r.string(s, at, "week");
        c.seasons.push_back(std::move(season));
    });
    forEachElement(r, j, path, "week_profiles", [&](const json& w, const std::string& at) {
        r.allowOnly(w, at, {"name", "days"});
        TariffWeekProfile week;
        week.name = r.string(w, at, "name");
        const json* days = r.member(w, at, "days");
        const std::string daysPath = jsonMember(at, "days");
        if (days != nullptr && r.isArray(*days, daysPath)) {
            if (days->size() != 7) {
                r.fail(DocumentError::BadValue, daysPath, "needs 7 day ids, Monday to Sunday");
            } else {
                for (std::size_t d = 0; d < 7; ++d) {
                    week.days[d] = static_cast<std::uint8_t>(
                        r.integerValue((*days)[d], jsonElement(daysPath, d), 0, 255));
                }
            }
        }
        c.weekProfiles.push_back(std::move(week));
    });
    forEachElement(r, j, path, "day_profiles", [&](const json& d, const std::string& at) {
        r.allowOnly(d, at, {"id", "switches"});
        TariffDayProfile day;
        day.id = static_cast<std::uint8_t>(r.integer(d, at, "id", 0, 255));
        forEachElement(r, d, at, "switches", [&](const json& s, const std::string& sat) {
            r.allowOnly(s, sat, {"time", "tariff"});
            TariffSwitch sw;
            readClockTime(r, s, sat, "time", sw.hour, sw.minute);
            sw.tariff = static_cast<std::uint8_t>(r.integer(s, sat, "tariff", 0, 255));
            day.switches.push_back(sw);
        });
        c.dayProfiles.push_back(std::move(day));
    });
    return c;
}

// ---- words ----

using Entries = DescribedEntries;

void calendarEntries(const TariffCalendar& c, const std::string& root, Entries& out) {
    out.emplace_back(root + ".name", "\"" + c.name + "\"");
    for (const TariffSeason& s : c.seasons) {
        out.emplace_back(root + ".season[" + s.name + "]",
                         "from " + s.start.text() + " week profile \"" + s.week + "\"");
    }
    for (const TariffWeekProfile& w : c.weekProfiles) {
        std::string text;
        for (std::size_t d = 0; d < 7; ++d) {
            text += (d == 0 ? "" : ", ") + std::string(kWeekdays[d]) + " day " +
                    std::to_string(w.days[d]);
        }
        out.emplace_back(root + ".week[" + w.name + "]", text);
    }
    for (const TariffDayProfile& d : c.dayProfiles) {
        std::string text;
        for (const TariffSwitch& s : d.switches) {
            text += (text.empty() ? "" : ", ") + formatClockTime(s.hour, s.minute) + " T" +
                    std::to_string(s.tariff);
        }
        out.emplace_back(root + ".day[" + std::to_string(d.id) + "]",
                         text.empty() ? "no switch" : text);
    }
}

Entries entriesOf(const TariffPlan& p) {
    Entries out;
    if (!p.tariffControlCode.empty()) {
        out.emplace_back("tariff_control",
                         p.tariffControlCode + " (" + nameOf(p.tariffControl()) + ")");
    }
    calendarEntries(p.active, "active", out);
    if (p.passive) {
        calendarEntries(*p.passive, "passive", out);
    } else {
        out.emplace_back("passive", "none");
    }
    out.emplace_back("passive_activation",
                     p.passiveActivation ? p.passiveActivation->text() : "not scheduled");
    for (const SpecialDay& d : p.specialDays) {
        out.emplace_back("special_day[" + d.date.text() + "]",
                         "day profile " + std::to_string(d.dayProfile));
    }
    return out;
}

}  // namespace

// ---- dates ----

bool PlanDate::isValid() const {
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    if (year != kEveryYear && (year < 2000 || year > 2099)) {
        return false;
    }
    static constexpr std::array<std::uint8_t, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                           31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1U]) {
        return false;
    }
    if (month == 2 && day == 29 && year != kEveryYear) {
        return year % 4 == 0;  // 2000..2099: every fourth year, 2000 included
    }
    return true;
}

std::string PlanDate::text() const {
    auto two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    return (year == kEveryYear ? std::string("*") : std::to_string(year)) + "-" + two(month) + "-" +
           two(day);
}

std::optional<PlanDate> PlanDate::parse(std::string_view text) {
    PlanDate d;
    std::string_view rest;
    if (text.size() == 7 && text[0] == '*' && text[1] == '-') {
        rest = text.substr(2);
    } else if (text.size() == 10 && text[4] == '-') {
        unsigned y = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return std::nullopt;
            }
            y = y * 10 + static_cast<unsigned>(text[i] - '0');
        }
        d.year = static_cast<std::uint16_t>(y);
        rest = text.substr(5);
    } else {
        return std::nullopt;
    }
    if (rest.size() != 5 || rest[2] != '-') {
        return std::nullopt;
    }
    for (std::size_t i : {0U, 1U, 3U, 4U}) {
        if (rest[i] < '0' || rest[i] > '9') {
            return std::nullopt;
        }
    }
    d.month = static_cast<std::uint8_t>((rest[0] - '0') * 10 + (rest[1] - '0'));
    d.day = static_cast<std::uint8_t>((rest[3] - '0') * 10 + (rest[4] - '0'));
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d;
}

std::string PlanDateTime::text() const {
    return date.text() + "T" + formatClockTime(hour, minute);
}

std::optional<PlanDateTime> PlanDateTime::parse(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T') {
        return std::nullopt;
    }
    auto date = PlanDate::parse(text.substr(0, 10));
    if (!date || date->year == PlanDate::kEveryYear) {
        return std::nullopt;
    }
    PlanDateTime out;
    out.date = *date;
    if (!parseClockTime(text.substr(11), out.hour, out.minute)) {
        return std::nullopt;
    }
    return out;
}

// ---- names ----

const char* nameOf(TariffControl control) {
    switch (control) {
        case TariffControl::NotApplicable:
            return "not-applicable";
        case TariffControl::Disabled:
            return "disabled";
        case TariffControl::ModulePort:
            return "module-port";
        case TariffControl::Register:
            return "register";
        case TariffControl::OrderForm:
            return "order-form";
    }
    return "unknown";
}

TariffControl tariffControlOf(std::string_view z13Code) {
    if (z13Code.empty()) {
        return TariffControl::NotApplicable;
    }
    if (z13Code == "000") {
        return TariffControl::Disabled;
    }
    if (z13Code == "001") {
        return TariffControl::ModulePort;
    }
    if (z13Code == "002") {
        return TariffControl::Register;
    }
    return TariffControl::OrderForm;
}

const char* nameOf(TariffError error) {
    switch (error) {
        case TariffError::NoSeason:
            return "no-season";
        case TariffError::TooMany:
            return "too-many";
        case TariffError::DuplicateDayProfile:
            return "duplicate-day-profile";
        case TariffError::DuplicateWeekProfile:
            return "duplicate-week-profile";
        case TariffError::DuplicateSpecialDay:
            return "duplicate-special-day";
        case TariffError::UnknownDayProfile:
            return "unknown-day-profile";
        case TariffError::UnknownWeekProfile:
            return "unknown-week-profile";
        case TariffError::SeasonsNotOrdered:
            return "seasons-not-ordered";
        case TariffError::SwitchesNotOrdered:
            return "switches-not-ordered";
        case TariffError::SwitchOutOfDay:
            return "switch-out-of-day";
        case TariffError::EmptyDayProfile:
            return "empty-day-profile";
        case TariffError::TariffOutOfRange:
            return "tariff-out-of-range";
        case TariffError::BadDate:
            return "bad-date";
        case TariffError::ActivationWithoutPassive:
            return "activation-without-passive";
        case TariffError::MissingAttribute:
            return "missing-attribute";
        case TariffError::BadCosemValue:
            return "bad-cosem-value";
        case TariffError::WrongScript:
            return "wrong-script";
        case TariffError::MissingScript:
            return "missing-script";
    }
    return "unknown";
}

// ---- plan ----

std::vector<TariffFailure> TariffPlan::validate(const TariffLimits& limits) const {
    std::vector<TariffFailure> out;
    validateCalendar(active, "active", limits, out);
    if (passive) {
        validateCalendar(*passive, "passive", limits, out);
    }
    if (passiveActivation) {
        if (!passive) {
            out.push_back(failAt(TariffError::ActivationWithoutPassive, "passive_activation",
                                 "there is no passive calendar to activate"));
        }
        const PlanDateTime& a = *passiveActivation;
        if (!a.date.isValid() || a.date.year == PlanDate::kEveryYear || a.hour > 23 ||
            a.minute > 59) {
            out.push_back(failAt(TariffError::BadDate, "passive_activation",
                                 a.text() + " is not a possible time"));
        }
    }
    checkCount(specialDays.size(), limits.specialDays, "special_days", "special days", out);
    std::set<std::uint8_t> dayIds;
    for (const TariffDayProfile& d : active.dayProfiles) {
        dayIds.insert(d.id);
    }
    std::set<PlanDate> dates;
    for (std::size_t i = 0; i < specialDays.size(); ++i) {
        const SpecialDay& s = specialDays[i];
        const std::string at = jsonElement("special_days", i);
        if (!s.date.isValid()) {
            out.push_back(failAt(TariffError::BadDate, at + ".date",
                                 s.date.text() + " is not a possible date"));
        }
        if (!dates.insert(s.date).second) {
            out.push_back(failAt(TariffError::DuplicateSpecialDay, at + ".date",
                                 s.date.text() + " listed twice"));
        }
        if (dayIds.count(s.dayProfile) == 0) {
            out.push_back(failAt(TariffError::UnknownDayProfile, at + ".day_profile",
                                 "day profile " + std::to_string(s.dayProfile) +
                                     " does not exist in the active calendar"));
        }
    }
    return out;
}

dlms::Data tariffScriptsData(const TariffObjects& objects) {
    cosem::Scripts scripts;
    for (std::uint8_t n = 1; n <= kMaxTariff; ++n) {
        cosem::ScriptAction action;
        action.serviceId = cosem::ScriptService::WriteAttribute;
        action.classId = kDataClass;
        action.logicalName = objects.activeTariff;
        action.index = 2;
        action.parameter = dlms::Data::unsigned8(n);
        scripts.entries.push_back(cosem::Script{n, {action}});
    }
    return scripts.toData();
}

std::vector<AttributeValue> TariffPlan::toCosem(const TariffObjects& objects) const {
    std::vector<AttributeValue> out;
    auto add = [&](std::int8_t attribute, dlms::Data value) {
        out.push_back(
            AttributeValue{kActivityCalendarClass, objects.activityCalendar, attribute, value});
    };
    std::int8_t index = 2;
    for (dlms::Data& d : calendarData(active, objects)) {
        add(index++, std::move(d));
    }
    for (dlms::Data& d : calendarData(passive.value_or(TariffCalendar{}), objects)) {
        add(index++, std::move(d));
    }
    dlms::CosemDateTime activation;
    if (passiveActivation) {
        activation.date = cosemDateOf(passiveActivation->date);
        activation.time = dlms::CosemTime{passiveActivation->hour, passiveActivation->minute, 0, 0};
    }
    add(10, cosem::dateTimeOctets(activation));

    cosem::SpecialDaysEntries entries;
    for (std::size_t i = 0; i < specialDays.size(); ++i) {
        entries.entries.push_back(cosem::SpecialDayEntry{static_cast<std::uint16_t>(i + 1),
                                                         cosemDateOf(specialDays[i].date),
                                                         specialDays[i].dayProfile});
    }
    out.push_back(AttributeValue{kSpecialDaysClass, objects.specialDays, 2, entries.toData()});
    out.push_back(
        AttributeValue{kScriptTableClass, objects.tariffScripts, 2, tariffScriptsData(objects)});
    return out;
}

std::vector<WriteStep> TariffPlan::writeSteps(const TariffObjects& objects,
                                              const TariffPlan* current) const {
    std::vector<WriteStep> steps;
    auto writePassive = [&](const TariffCalendar& c) {
        std::int8_t index = 6;
        for (dlms::Data& d : calendarData(c, objects)) {
            steps.emplace_back(AttributeValue{kActivityCalendarClass, objects.activityCalendar,
                                              index++, std::move(d)});
        }
    };
    // After an activation the meter's passive set is what was activated (Blue Book: the passive
    // calendar is copied, not moved), so it counts as differing unless the plan wants the same.
    std::optional<TariffCalendar> meterPassive = current ? current->passive : std::nullopt;
    std::optional<PlanDateTime> meterActivation =
        current ? current->passiveActivation : std::nullopt;
    bool passiveKnown = current != nullptr;
    if (current == nullptr || !(current->active == active)) {
        writePassive(active);
        steps.emplace_back(MethodCall{kActivityCalendarClass, objects.activityCalendar, 1,
                                      dlms::Data::integer(0), std::nullopt});
        meterPassive = active;
    }
    if (!passiveKnown ||
        meterPassive.value_or(TariffCalendar{}) != passive.value_or(TariffCalendar{})) {
        writePassive(passive.value_or(TariffCalendar{}));
    }
    if (!passiveKnown || meterActivation != passiveActivation) {
        dlms::CosemDateTime activation;
        if (passiveActivation) {
            activation.date = cosemDateOf(passiveActivation->date);
            activation.time =
                dlms::CosemTime{passiveActivation->hour, passiveActivation->minute, 0, 0};
        }
        steps.emplace_back(AttributeValue{kActivityCalendarClass, objects.activityCalendar, 10,
                                          cosem::dateTimeOctets(activation)});
    }
    if (current == nullptr || current->specialDays != specialDays) {
        cosem::SpecialDaysEntries entries;
        for (std::size_t i = 0; i < specialDays.size(); ++i) {
            entries.entries.push_back(cosem::SpecialDayEntry{static_cast<std::uint16_t>(i + 1),
                                                             cosemDateOf(specialDays[i].date),
                                                             specialDays[i].dayProfile});
        }
        steps.emplace_back(
            AttributeValue{kSpecialDaysClass, objects.specialDays, 2, entries.toData()});
    }
    return steps;
}

omt::Expected<TariffPlan, TariffFailure> TariffPlan::fromCosem(
    std::span<const AttributeValue> values, const TariffObjects& objects, std::string_view z13) {
    TariffPlan plan;
    plan.tariffControlCode = std::string(z13);
    auto activeCal = calendarFrom(values, objects, 2, "active");
    if (!activeCal) {
        return std::move(activeCal).error();
    }
    plan.active = std::move(*activeCal);
    auto passiveCal = calendarFrom(values, objects, 6, "passive");
    if (!passiveCal) {
        return std::move(passiveCal).error();
    }
    if (!(*passiveCal == TariffCalendar{})) {
        plan.passive = std::move(*passiveCal);
    }

    const AttributeValue* activation = findAttribute(values, objects.activityCalendar, 10);
    if (activation == nullptr) {
        return failAt(TariffError::MissingAttribute, objects.activityCalendar.toString(),
                      "attribute 10 not given");
    }
    auto when = cosem::readDateTimeOctets(activation->value,
                                          cosem::FieldPath("activate_passive_calendar_time"));
    if (!when) {
        return cosemFailure(when.error());
    }
    const dlms::CosemDateTime& w = *when;
    const bool unspecified = w.date.year == dlms::CosemDate::kYearNotSpecified &&
                             w.date.month == dlms::CosemDate::kNotSpecified &&
                             w.date.dayOfMonth == dlms::CosemDate::kNotSpecified &&
                             w.time.hour == dlms::CosemTime::kNotSpecified;
    if (!unspecified) {
        auto date = planDateOf(w.date, "passive_activation");
        if (!date || date->year == PlanDate::kEveryYear || w.time.hour > 23 || w.time.minute > 59) {
            return failAt(TariffError::BadCosemValue, "passive_activation",
                          "only a fully specified date and time can be represented");
        }
        plan.passiveActivation = PlanDateTime{*date, w.time.hour, w.time.minute};
    }

    const AttributeValue* special = findAttribute(values, objects.specialDays, 2);
    if (special == nullptr) {
        return failAt(TariffError::MissingAttribute, objects.specialDays.toString(),
                      "attribute 2 not given");
    }
    auto entries = cosem::SpecialDaysEntries::fromData(special->value);
    if (!entries) {
        return cosemFailure(entries.error());
    }
    auto sorted = entries->entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.index < b.index; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && sorted[i - 1].index == sorted[i].index) {
            return failAt(TariffError::BadCosemValue, "special_days",
                          "index " + std::to_string(sorted[i].index) + " used twice");
        }
        auto date = planDateOf(sorted[i].date, jsonElement("special_days", i) + ".date");
        if (!date) {
            return std::move(date).error();
        }
        plan.specialDays.push_back(SpecialDay{*date, sorted[i].dayId});
    }

    if (const AttributeValue* scripts = findAttribute(values, objects.tariffScripts, 2)) {
        auto table = cosem::Scripts::fromData(scripts->value);
        if (!table) {
            return cosemFailure(table.error());
        }
        for (std::uint16_t n = 1; n <= kMaxTariff; ++n) {
            const bool present =
                std::any_of(table->entries.begin(), table->entries.end(),
                            [n](const auto& s) { return s.scriptIdentifier == n; });
            if (!present) {
                return failAt(
                    TariffError::MissingScript, objects.tariffScripts.toString(),
                    "no script " + std::to_string(n) + " for tariff T" + std::to_string(n));
            }
        }
    }
    return plan;
}

std::vector<PlanChange> diffDescribed(const DescribedEntries& before,
                                      const DescribedEntries& after) {
    auto find = [](const DescribedEntries& in, const std::string& key) -> const std::string* {
        for (const auto& [k, text] : in) {
            if (k == key) {
                return &text;
            }
        }
        return nullptr;
    };
    std::vector<PlanChange> out;
    for (const auto& [key, text] : after) {
        const std::string* old = find(before, key);
        if (old == nullptr) {
            out.push_back(PlanChange{key, "", text});
        } else if (*old != text) {
            out.push_back(PlanChange{key, *old, text});
        }
    }
    for (const auto& [key, text] : before) {
        if (find(after, key) == nullptr) {
            out.push_back(PlanChange{key, text, ""});
        }
    }
    return out;
}

std::vector<std::string> TariffPlan::describe() const {
    std::vector<std::string> out;
    for (const auto& [key, text] : entriesOf(*this)) {
        out.push_back(key + ": " + text);
    }
    return out;
}

std::vector<PlanChange> TariffPlan::diffFrom(const TariffPlan& before) const {
    return diffDescribed(entriesOf(before), entriesOf(*this));
}

std::string TariffPlan::toJson() const {
    ordered_json j;
    j["format"] = kFormat;
    j["version"] = kFormatVersion;
    if (!tariffControlCode.empty()) {
        j["tariff_control"] = tariffControlCode;
    }
    j["active"] = calendarJson(active);
    if (passive) {
        j["passive"] = calendarJson(*passive);
    }
    if (passiveActivation) {
        j["passive_activation"] = passiveActivation->text();
    }
    j["special_days"] = ordered_json::array();
    for (const SpecialDay& d : specialDays) {
        j["special_days"].push_back({{"date", d.date.text()}, {"day_profile", d.dayProfile}});
    }
    return j.dump(2) + "\n";
}

omt::Expected<TariffPlan, DocumentFailure> TariffPlan::fromJson(std::string_view text) {
    auto doc = parseStrictJson(text);
    if (!doc) {
        return std::move(doc).error();
    }
    const json& j = *doc;
    JsonReader r;
    r.checkVersion(j, "$", kFormat, kFormatVersion);
    r.allowOnly(j, "$",
                {"format", "version", "tariff_control", "active", "passive", "passive_activation",
                 "special_days"});
    TariffPlan plan;
    if (r.ok()) {
        plan.tariffControlCode = r.optionalString(j, "$", "tariff_control", "");
        if (!plan.tariffControlCode.empty() &&
            (plan.tariffControlCode.size() != 3 ||
             !std::all_of(plan.tariffControlCode.begin(), plan.tariffControlCode.end(),
                          [](char c) { return c >= '0' && c <= '9'; }))) {
            r.fail(DocumentError::BadValue, "$.tariff_control", "a Z13 code is 3 digits");
        }
        if (const json* a = r.member(j, "$", "active")) {
            plan.active = readCalendar(r, *a, "$.active");
        }
        if (const json* p = r.member(j, "$", "passive", false)) {
            plan.passive = readCalendar(r, *p, "$.passive");
        }
        if (j.contains("passive_activation")) {
            const std::string when = r.string(j, "$", "passive_activation");
            plan.passiveActivation = PlanDateTime::parse(when);
            if (r.ok() && !plan.passiveActivation) {
                r.fail(DocumentError::BadValue, "$.passive_activation",
                       "\"" + when + "\" is not YYYY-MM-DDThh:mm");
            }
        }
        forEachElement(r, j, "$", "special_days", [&](const json& s, const std::string& at) {
            r.allowOnly(s, at, {"date", "day_profile"});
            SpecialDay day;
            day.date = readDate(r, s, at, "date");
            day.dayProfile = static_cast<std::uint8_t>(r.integer(s, at, "day_profile", 0, 255));
            plan.specialDays.push_back(day);
        });
    }
    if (r.failure) {
        return *r.failure;
    }
    return plan;
}

}  // namespace omt::meter

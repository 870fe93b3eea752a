// Specification of the tariff plan (core/meter/tariff_plan.h): the activity calendar, special
// days, passive calendar and Z13 tariff control; one test per validation rule, the COSEM
// attribute values byte by byte, the JSON template format and its refusals, diff and words.

#include "meter/tariff_plan.h"

#include <QTest>

#include <string>

#include "protocol/common/bytes.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/special_days_table.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/axdr.h"

using namespace omt::meter;
using omt::Bytes;
using omt::cosem::ObisCode;
namespace dlms = omt::dlms;

namespace {

// A two-season plan: weekdays T1 at night and T2 from 07:00, weekends T1 all day.
const char* const kPlanJson = R"({
  "format": "omt-tariff-plan", "version": 1, "tariff_control": "002",
  "active": {
    "name": "std",
    "seasons": [{"name": "winter", "start": "*-01-01", "week": "w"},
                {"name": "summer", "start": "*-04-01", "week": "w"}],
    "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 2, 2]}],
    "day_profiles": [{"id": 1, "switches": [{"time": "00:00", "tariff": 1},
                                            {"time": "07:00", "tariff": 2},
                                            {"time": "22:00", "tariff": 1}]},
                     {"id": 2, "switches": [{"time": "00:00", "tariff": 1}]}]
  },
  "passive": {
    "name": "new",
    "seasons": [{"name": "year", "start": "*-01-01", "week": "w"}],
    "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 1, 1]}],
    "day_profiles": [{"id": 1, "switches": [{"time": "06:00", "tariff": 3}]}]
  },
  "passive_activation": "2027-01-01T00:00",
  "special_days": [{"date": "*-12-25", "day_profile": 2}, {"date": "2026-12-31", "day_profile": 2}]
})";

TariffPlan samplePlan() {
    return *TariffPlan::fromJson(kPlanJson);
}

/// A small valid plan built in code.
TariffPlan smallPlan() {
    TariffPlan p;
    p.active.name = "c";
    p.active.seasons = {{"S", PlanDate{PlanDate::kEveryYear, 3, 1}, "W"}};
    p.active.weekProfiles = {{"W", {1, 1, 1, 1, 1, 1, 1}}};
    p.active.dayProfiles = {{1, {{0, 0, 1}, {7, 0, 2}}}};
    return p;
}

Bytes wire(const dlms::Data& d) {
    return *dlms::encode(d);
}

std::string hex(const dlms::Data& d) {
    return omt::toHex(wire(d));
}

/// The single failure code of a plan, or a marker when there is not exactly one.
std::vector<TariffError> codes(const TariffPlan& p, const TariffLimits& limits = {}) {
    std::vector<TariffError> out;
    for (const auto& f : p.validate(limits)) {
        out.push_back(f.code);
    }
    return out;
}

std::string firstDetail(const TariffPlan& p, const TariffLimits& limits = {}) {
    const auto problems = p.validate(limits);
    return problems.empty() ? std::string() : problems.front().detail;
}

}  // namespace

class TstMeterTariff : public QObject {
    Q_OBJECT

private slots:
    void jsonReadsEveryElement() {
        const auto plan = TariffPlan::fromJson(kPlanJson);
        QVERIFY(plan);
        QCOMPARE(plan->tariffControl(), TariffControl::Register);
        QCOMPARE(plan->active.seasons.size(), std::size_t{2});
        QCOMPARE(plan->active.seasons[1].start, (PlanDate{PlanDate::kEveryYear, 4, 1}));
        QCOMPARE(plan->active.weekProfiles[0].days[5], std::uint8_t{2});
        QCOMPARE(plan->active.dayProfiles[0].switches[1], (TariffSwitch{7, 0, 2}));
        QVERIFY(plan->passive.has_value());
        QCOMPARE(plan->passive->dayProfiles[0].switches[0].tariff, std::uint8_t{3});
        QCOMPARE(plan->passiveActivation,
                 std::optional<PlanDateTime>(PlanDateTime{{2027, 1, 1}, 0, 0}));
        QCOMPARE(plan->specialDays[1].date, (PlanDate{2026, 12, 31}));
        QVERIFY(plan->validate(TariffLimits{}).empty());
        // toJson and back gives the same plan.
        const auto again = TariffPlan::fromJson(plan->toJson());
        QVERIFY(again);
        QCOMPARE(*again, *plan);
    }

    void tariffControlFromZ13() {
        QCOMPARE(tariffControlOf("000"), TariffControl::Disabled);
        QCOMPARE(tariffControlOf("001"), TariffControl::ModulePort);
        QCOMPARE(tariffControlOf("002"), TariffControl::Register);
        QCOMPARE(tariffControlOf("117"), TariffControl::OrderForm);
        QCOMPARE(tariffControlOf(""), TariffControl::NotApplicable);
        QCOMPARE(std::string(nameOf(TariffControl::ModulePort)), std::string("module-port"));
    }

    void datesAndTimesText() {
        QCOMPARE(PlanDate::parse("*-02-29"), std::optional<PlanDate>(PlanDate{0xFFFF, 2, 29}));
        QVERIFY(PlanDate::parse("2028-02-29"));
        QVERIFY(!PlanDate::parse("2027-02-29"));  // not a leap year
        QVERIFY(!PlanDate::parse("*-04-31"));
        QVERIFY(!PlanDate::parse("*-13-01"));
        QVERIFY(!PlanDate::parse("*-00-10"));
        QVERIFY(!PlanDate::parse("1999-01-01"));
        QVERIFY(!PlanDate::parse("*-1-01"));
        QCOMPARE(PlanDate({2026, 3, 9}).text(), std::string("2026-03-09"));
        QCOMPARE(PlanDateTime({{2027, 1, 1}, 6, 5}).text(), std::string("2027-01-01T06:05"));
        QVERIFY(!PlanDateTime::parse("*-01-01T00:00"));  // an activation needs a year
        QVERIFY(!PlanDateTime::parse("2027-01-01T24:00"));
    }

    // ---- one test per validation rule ----

    void ruleNoSeason() {
        auto p = smallPlan();
        p.active.seasons.clear();
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::NoSeason});
    }

    void ruleWeekProfileMustExist() {
        auto p = smallPlan();
        p.active.seasons[0].week = "X";
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::UnknownWeekProfile});
        QCOMPARE(firstDetail(p),
                 std::string("active.seasons[0].week: week profile \"X\" does not exist"));
    }

    void ruleDayProfileMustExist() {
        auto p = smallPlan();
        p.active.weekProfiles[0].days[6] = 3;
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::UnknownDayProfile});
        QCOMPARE(firstDetail(p),
                 std::string("active.week_profiles[0].days[6]: day profile 3 does not exist"));
        // A special day refers to the active calendar's day profiles too.
        auto q = smallPlan();
        q.specialDays = {{PlanDate{0xFFFF, 12, 25}, 9}};
        QCOMPARE(codes(q), std::vector<TariffError>{TariffError::UnknownDayProfile});
    }

    void ruleSwitchTimesStrictlyOrdered() {
        auto p = smallPlan();
        p.active.dayProfiles[0].switches = {{7, 0, 2}, {7, 0, 1}};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::SwitchesNotOrdered});
        QCOMPARE(
            firstDetail(p),
            std::string("active.day_profiles[0].switches[1].time: 07:00 does not follow 07:00"));
        p.active.dayProfiles[0].switches = {{8, 0, 2}, {7, 59, 1}};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::SwitchesNotOrdered});
    }

    void ruleSwitchWithinDay() {
        auto p = smallPlan();
        p.active.dayProfiles[0].switches = {{24, 0, 1}};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::SwitchOutOfDay});
        p.active.dayProfiles[0].switches = {{23, 60, 1}};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::SwitchOutOfDay});
        p.active.dayProfiles[0].switches = {{23, 59, 1}};
        QVERIFY(codes(p).empty());
    }

    void ruleTariffsOneToFour() {
        auto p = smallPlan();
        p.active.dayProfiles[0].switches[1].tariff = 5;
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::TariffOutOfRange});
        p.active.dayProfiles[0].switches[1].tariff = 0;
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::TariffOutOfRange});
        p.active.dayProfiles[0].switches[1].tariff = 4;
        QVERIFY(codes(p).empty());
    }

    void ruleLimits() {
        TariffLimits limits;
        limits.seasons = 1;
        limits.weekProfiles = 1;
        limits.dayProfiles = 1;
        limits.switchesPerDay = 1;
        limits.specialDays = 0;
        auto p = smallPlan();
        QCOMPARE(codes(p, limits), std::vector<TariffError>{TariffError::TooMany});  // 2 switches
        QCOMPARE(firstDetail(p, limits),
                 std::string("active.day_profiles[0].switches: 2 switch times, the meter takes "
                             "at most 1"));
        // The default limits: 4 seasons, 8 day profiles, 8 switches, 32 special days.
        auto big = smallPlan();
        for (std::uint8_t m = 4; m <= 7; ++m) {
            big.active.seasons.push_back({"S" + std::to_string(m), {0xFFFF, m, 1}, "W"});
        }
        QCOMPARE(codes(big), std::vector<TariffError>{TariffError::TooMany});
        auto many = smallPlan();
        for (std::uint8_t h = 8; h <= 14; ++h) {
            many.active.dayProfiles[0].switches.push_back({h, 0, 1});
        }
        QCOMPARE(many.active.dayProfiles[0].switches.size(), std::size_t{9});
        QCOMPARE(codes(many), std::vector<TariffError>{TariffError::TooMany});
        auto specials = smallPlan();
        for (std::uint8_t d = 1; d <= 31; ++d) {
            specials.specialDays.push_back({{0xFFFF, 1, d}, 1});
        }
        specials.specialDays.push_back({{0xFFFF, 2, 1}, 1});
        QVERIFY(codes(specials).empty());  // 32 is allowed
        specials.specialDays.push_back({{0xFFFF, 2, 2}, 1});
        QCOMPARE(codes(specials), std::vector<TariffError>{TariffError::TooMany});
    }

    void ruleDuplicates() {
        auto p = smallPlan();
        p.active.dayProfiles.push_back({1, {{0, 0, 3}}});
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::DuplicateDayProfile});
        auto q = smallPlan();
        q.active.weekProfiles.push_back({"W", {1, 1, 1, 1, 1, 1, 1}});
        QCOMPARE(codes(q), std::vector<TariffError>{TariffError::DuplicateWeekProfile});
        auto r = smallPlan();
        r.specialDays = {{{0xFFFF, 5, 1}, 1}, {{0xFFFF, 5, 1}, 1}};
        QCOMPARE(codes(r), std::vector<TariffError>{TariffError::DuplicateSpecialDay});
    }

    void ruleSeasonsAscending() {
        auto p = smallPlan();
        p.active.seasons.push_back({"early", {0xFFFF, 2, 1}, "W"});
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::SeasonsNotOrdered});
        QCOMPARE(firstDetail(p),
                 std::string("active.seasons[1].start: *-02-01 does not follow *-03-01"));
    }

    void ruleDayProfileNotEmpty() {
        auto p = smallPlan();
        p.active.dayProfiles[0].switches.clear();
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::EmptyDayProfile});
    }

    void rulePossibleDates() {
        auto p = smallPlan();
        p.active.seasons[0].start = {0xFFFF, 2, 30};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::BadDate});
    }

    void ruleActivationNeedsPassive() {
        auto p = smallPlan();
        p.passiveActivation = PlanDateTime{{2027, 1, 1}, 0, 0};
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::ActivationWithoutPassive});
        p.passive = smallPlan().active;
        QVERIFY(codes(p).empty());
        // The passive calendar follows the same rules as the active one.
        p.passive->dayProfiles[0].switches[0].tariff = 9;
        QCOMPARE(codes(p), std::vector<TariffError>{TariffError::TariffOutOfRange});
        QCOMPARE(firstDetail(p).substr(0, 8), std::string("passive."));
    }

    // ---- COSEM ----

    void cosemAttributeBytes() {
        auto p = smallPlan();
        p.specialDays = {{{0xFFFF, 12, 25}, 1}};
        const auto values = p.toCosem(TariffObjects{});
        QCOMPARE(values.size(), std::size_t{11});
        const ObisCode calendar{0, 0, 13, 0, 0, 255};
        // calendar_name_active "c".
        QCOMPARE(hex(findAttribute(values, calendar, 2)->value), std::string("09 01 63"));
        // season_profile_active: {"S", *-03-01 00:00:00.00 (deviation, status unspecified), "W"}.
        QCOMPARE(hex(findAttribute(values, calendar, 3)->value),
                 std::string("01 01 02 03 09 01 53 09 0C FF FF 03 01 FF 00 00 00 00 80 00 FF "
                             "09 01 57"));
        // week_profile_table_active: {"W", 1 x 7}.
        QCOMPARE(hex(findAttribute(values, calendar, 4)->value),
                 std::string("01 01 02 08 09 01 57 11 01 11 01 11 01 11 01 11 01 11 01 11 01"));
        // day_profile_table_active: day 1, {00:00 -> script 1 of 0.0.10.0.100.255},
        // {07:00 -> script 2}.
        QCOMPARE(hex(findAttribute(values, calendar, 5)->value),
                 std::string("01 01 02 02 11 01 01 02 "
                             "02 03 09 04 00 00 00 00 09 06 00 00 0A 00 64 FF 12 00 01 "
                             "02 03 09 04 07 00 00 00 09 06 00 00 0A 00 64 FF 12 00 02"));
        // No passive calendar: empty name and tables.
        QCOMPARE(hex(findAttribute(values, calendar, 6)->value), std::string("09 00"));
        QCOMPARE(hex(findAttribute(values, calendar, 9)->value), std::string("01 00"));
        // No activation time: every field "not specified".
        QCOMPARE(hex(findAttribute(values, calendar, 10)->value),
                 std::string("09 0C FF FF FF FF FF FF FF FF FF 80 00 FF"));
        // Special days entries: {1, *-12-25, 1}.
        const auto* special = findAttribute(values, ObisCode{0, 0, 11, 0, 0, 255}, 2);
        QVERIFY(special != nullptr);
        QCOMPARE(special->classId, std::uint16_t{11});
        QCOMPARE(hex(special->value),
                 std::string("01 01 02 03 12 00 01 09 05 FF FF 0C 19 FF 11 01"));
        // Tariff script table: script 3 writes 3 to 0.0.96.14.0.255 attribute 2.
        const auto* scripts = findAttribute(values, ObisCode{0, 0, 10, 0, 100, 255}, 2);
        QVERIFY(scripts != nullptr);
        const auto table = omt::cosem::Scripts::fromData(scripts->value);
        QVERIFY(table);
        QCOMPARE(table->entries.size(), std::size_t{4});
        QCOMPARE(table->entries[2].scriptIdentifier, std::uint16_t{3});
        QCOMPARE(hex(table->entries[2].toData()),
                 std::string("02 02 12 00 03 01 01 02 05 16 01 12 00 01 09 06 00 00 60 0E 00 FF "
                             "0F 02 11 03"));
    }

    void writeStepsGoThroughThePassiveCalendar() {
        const TariffObjects objects;
        const ObisCode calendar{0, 0, 13, 0, 0, 255};
        const auto plan = samplePlan();
        auto attributeOf = [](const WriteStep& s) {
            return std::holds_alternative<AttributeValue>(s) ? std::get<AttributeValue>(s).attribute
                                                             : std::int8_t{-1};
        };
        // Unknown meter state: new active calendar into the passive set, activate, then the
        // plan's passive calendar, its activation time and the special days.
        const auto all = plan.writeSteps(objects, nullptr);
        QCOMPARE(all.size(), std::size_t{11});
        std::vector<std::int8_t> order;
        for (const auto& s : all) {
            order.push_back(attributeOf(s));
        }
        QCOMPARE(order, (std::vector<std::int8_t>{6, 7, 8, 9, -1, 6, 7, 8, 9, 10, 2}));
        const auto& activate = std::get<MethodCall>(all[4]);
        QCOMPARE(activate.classId, std::uint16_t{20});
        QCOMPARE(activate.obis, calendar);
        QCOMPARE(activate.method, std::int8_t{1});
        QCOMPARE(hex(activate.parameter), std::string("0F 00"));
        QCOMPARE(hex(std::get<AttributeValue>(all[0]).value),
                 std::string("09 03 73 74 64"));  // "std"
        QCOMPARE(hex(std::get<AttributeValue>(all[5]).value),
                 std::string("09 03 6E 65 77"));  // "new"
        // The same plan on the meter: nothing to write.
        QVERIFY(plan.writeSteps(objects, &plan).empty());
        // Only a special day more: one step.
        auto holiday = plan;
        holiday.specialDays.push_back({{0xFFFF, 1, 1}, 2});
        const auto one = holiday.writeSteps(objects, &plan);
        QCOMPARE(one.size(), std::size_t{1});
        QCOMPARE(std::get<AttributeValue>(one[0]).obis, (ObisCode{0, 0, 11, 0, 0, 255}));
        // A new active calendar without passive: activate it, then empty the passive set again
        // (the activation time was already "not scheduled").
        auto before = smallPlan();
        auto after = smallPlan();
        after.active.dayProfiles[0].switches[1].hour = 8;
        const auto swap = after.writeSteps(objects, &before);
        order.clear();
        for (const auto& s : swap) {
            order.push_back(attributeOf(s));
        }
        QCOMPARE(order, (std::vector<std::int8_t>{6, 7, 8, 9, -1, 6, 7, 8, 9}));
        QCOMPARE(hex(std::get<AttributeValue>(swap[5]).value), std::string("09 00"));
        QCOMPARE(hex(std::get<AttributeValue>(swap[8]).value), std::string("01 00"));
    }

    void cosemRoundTrip() {
        const auto plan = samplePlan();
        const auto values = plan.toCosem(TariffObjects{});
        const auto back = TariffPlan::fromCosem(values, TariffObjects{}, "002");
        QVERIFY(back);
        QCOMPARE(*back, plan);
        // Through the wire encoding as well.
        std::vector<AttributeValue> decoded;
        for (const auto& v : values) {
            decoded.push_back({v.classId, v.obis, v.attribute, *dlms::decodeAll(wire(v.value))});
        }
        QCOMPARE(*TariffPlan::fromCosem(decoded, TariffObjects{}, "002"), plan);
        // Objects elsewhere (a device profile that differs) are followed.
        TariffObjects moved;
        moved.activityCalendar = ObisCode{0, 0, 13, 0, 1, 255};
        moved.tariffScripts = ObisCode{0, 0, 10, 0, 101, 255};
        const auto movedValues = plan.toCosem(moved);
        QCOMPARE(movedValues[0].obis, moved.activityCalendar);
        QCOMPARE(*TariffPlan::fromCosem(movedValues, moved, "002"), plan);
    }

    void cosemRefusals() {
        const TariffObjects objects;
        const auto values = samplePlan().toCosem(objects);
        auto without = [&](std::int8_t attribute) {
            std::vector<AttributeValue> out;
            for (const auto& v : values) {
                if (!(v.obis == objects.activityCalendar && v.attribute == attribute)) {
                    out.push_back(v);
                }
            }
            return out;
        };
        auto replaced = [&](const ObisCode& obis, std::int8_t attribute, dlms::Data d) {
            auto out = values;
            for (auto& v : out) {
                if (v.obis == obis && v.attribute == attribute) {
                    v.value = d;
                }
            }
            return out;
        };
        auto missing = TariffPlan::fromCosem(without(5), objects);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, TariffError::MissingAttribute);
        QCOMPARE(missing.error().detail, std::string("0.0.13.0.0.255: attribute 5 not given"));

        // Wrong type: a season profile that is not an array.
        auto wrongType = TariffPlan::fromCosem(
            replaced(objects.activityCalendar, 3, dlms::Data::unsigned8(1)), objects);
        QVERIFY(!wrongType);
        QCOMPARE(wrongType.error().code, TariffError::BadCosemValue);

        using omt::cosem::DayProfile;
        using omt::cosem::DayProfileAction;
        using omt::cosem::DayProfileTable;
        // A day action that runs another script table.
        DayProfileTable other{
            {DayProfile{1, {DayProfileAction{{0, 0, 0, 0}, ObisCode{0, 0, 10, 0, 106, 255}, 1}}}}};
        auto wrongScript =
            TariffPlan::fromCosem(replaced(objects.activityCalendar, 5, other.toData()), objects);
        QVERIFY(!wrongScript);
        QCOMPARE(wrongScript.error().code, TariffError::WrongScript);
        // A switch time with seconds cannot be represented.
        DayProfileTable seconds{
            {DayProfile{1, {DayProfileAction{{6, 0, 30, 0}, objects.tariffScripts, 1}}}}};
        auto withSeconds =
            TariffPlan::fromCosem(replaced(objects.activityCalendar, 5, seconds.toData()), objects);
        QVERIFY(!withSeconds);
        QCOMPARE(withSeconds.error().code, TariffError::BadCosemValue);
        QCOMPARE(withSeconds.error().detail,
                 std::string("active.day_profiles[0].switches[0].time: only whole minutes can be "
                             "represented"));
        // A season starting at 06:00.
        dlms::CosemDateTime six;
        six.date = {0xFFFF, 3, 1, 0xFF};
        six.time = {6, 0, 0, 0};
        omt::cosem::SeasonProfile late{{omt::cosem::Season{Bytes{'S'}, six, Bytes{'w'}}}};
        auto lateSeason =
            TariffPlan::fromCosem(replaced(objects.activityCalendar, 3, late.toData()), objects);
        QVERIFY(!lateSeason);
        QCOMPARE(lateSeason.error().code, TariffError::BadCosemValue);
        // A special day given by day of week.
        omt::cosem::SpecialDaysEntries weekday{{{1, {0xFFFF, 12, 25, 5}, 2}}};
        auto byWeekday =
            TariffPlan::fromCosem(replaced(objects.specialDays, 2, weekday.toData()), objects);
        QVERIFY(!byWeekday);
        QCOMPARE(byWeekday.error().code, TariffError::BadCosemValue);
        // A script table without script 4.
        omt::cosem::Scripts three{{{1, {}}, {2, {}}, {3, {}}}};
        auto noT4 =
            TariffPlan::fromCosem(replaced(objects.tariffScripts, 2, three.toData()), objects);
        QVERIFY(!noT4);
        QCOMPARE(noT4.error().code, TariffError::MissingScript);
        QCOMPARE(noT4.error().detail, std::string("0.0.10.0.100.255: no script 4 for tariff T4"));
        // A tariff 7 decodes, and validate() reports it.
        DayProfileTable seven{
            {DayProfile{1, {DayProfileAction{{0, 0, 0, 0}, objects.tariffScripts, 7}}},
             DayProfile{2, {DayProfileAction{{0, 0, 0, 0}, objects.tariffScripts, 1}}}}};
        auto t7 =
            TariffPlan::fromCosem(replaced(objects.activityCalendar, 5, seven.toData()), objects);
        QVERIFY(t7);
        QCOMPARE(codes(*t7), std::vector<TariffError>{TariffError::TariffOutOfRange});
    }

    // ---- JSON refusals ----

    void jsonRefusals_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const std::string plan = kPlanJson;
        auto with = [&](const std::string& from, const std::string& to) {
            std::string s = plan;
            s.replace(s.find(from), from.size(), to);
            return QString::fromStdString(s);
        };
        QTest::newRow("future version")
            << with("\"version\": 1", "\"version\": 2") << int(DocumentError::FutureVersion)
            << "$.version: version 2 is newer than 1, the newest this program reads";
        QTest::newRow("other document")
            << with("omt-tariff-plan", "omt-load-control-plan") << int(DocumentError::WrongFormat)
            << "$.format: expected \"omt-tariff-plan\"";
        QTest::newRow("unknown top field")
            << with("\"tariff_control\"", "\"tarif_control\"") << int(DocumentError::UnknownField)
            << "$.tarif_control: unknown field";
        QTest::newRow("unknown nested field")
            << with("{\"time\": \"07:00\", \"tariff\": 2}",
                    "{\"time\": \"07:00\", \"tariff\": 2, \"x\": 1}")
            << int(DocumentError::UnknownField)
            << "$.active.day_profiles[0].switches[1].x: unknown field";
        QTest::newRow("duplicate key")
            << with("\"name\": \"std\",", "\"name\": \"std\", \"name\": \"b\",")
            << int(DocumentError::DuplicateKey) << "$.active.name: duplicate key";
        QTest::newRow("bad time")
            << with("\"07:00\"", "\"7:00\"") << int(DocumentError::BadValue)
            << "$.active.day_profiles[0].switches[1].time: \"7:00\" is not a time hh:mm";
        QTest::newRow("bad date")
            << with("\"*-04-01\"", "\"*-02-30\"") << int(DocumentError::BadValue)
            << "$.active.seasons[1].start: \"*-02-30\" is not a date *-MM-DD or YYYY-MM-DD";
        QTest::newRow("six week days")
            << with("[1, 1, 1, 1, 1, 2, 2]", "[1, 1, 1, 1, 1, 2]") << int(DocumentError::BadValue)
            << "$.active.week_profiles[0].days: needs 7 day ids, Monday to Sunday";
        QTest::newRow("tariff as text")
            << with("\"tariff\": 2", "\"tariff\": \"2\"") << int(DocumentError::WrongType)
            << "$.active.day_profiles[0].switches[1].tariff: expected an integer";
        QTest::newRow("no active calendar")
            << with("\"active\"", "\"pasive\"") << int(DocumentError::UnknownField)
            << "$.pasive: unknown field";
        QTest::newRow("bad activation")
            << with("2027-01-01T00:00", "2027-01-01") << int(DocumentError::BadValue)
            << "$.passive_activation: \"2027-01-01\" is not YYYY-MM-DDThh:mm";
        QTest::newRow("z13 letters") << with("\"002\"", "\"two\"") << int(DocumentError::BadValue)
                                     << "$.tariff_control: a Z13 code is 3 digits";
        QTest::newRow("syntax") << QString("{\"format\": ") << int(DocumentError::Syntax) << "";
        QTest::newRow("not an object")
            << QString("[1]") << int(DocumentError::WrongType) << "$: expected an object";
    }

    void jsonRefusals() {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto plan = TariffPlan::fromJson(text.toStdString());
        QVERIFY(!plan);
        QCOMPARE(int(plan.error().code), code);
        if (!detail.isEmpty()) {
            QCOMPARE(QString::fromStdString(plan.error().detail), detail);
        }
    }

    void hostileDocuments() {
        // Nesting deeper than any plan: refused, not recursed into.
        const std::string deep = std::string(5000, '[') + std::string(5000, ']');
        auto nested = TariffPlan::fromJson(deep);
        QVERIFY(!nested);
        QCOMPARE(nested.error().code, DocumentError::Syntax);
        QCOMPARE(nested.error().detail, std::string("$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                                                    "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                                                    "[0][0]: nested deeper than 32 levels"));
        // Numbers beyond every integer type.
        auto huge = TariffPlan::fromJson(R"({"format": "omt-tariff-plan", "version": 1e999})");
        QVERIFY(!huge);
        auto big = TariffPlan::fromJson(
            R"({"format": "omt-tariff-plan", "version": 18446744073709551615})");
        QVERIFY(!big);
        QCOMPARE(big.error().code, DocumentError::FutureVersion);
        auto negative = TariffPlan::fromJson(R"({"format": "omt-tariff-plan", "version": 0})");
        QVERIFY(!negative);
        QCOMPARE(negative.error().code, DocumentError::BadValue);
        // Text that is not UTF-8 inside a string.
        auto latin1 = TariffPlan::fromJson("{\"format\": \"omt-tariff-plan\xE9\"}");
        QVERIFY(!latin1);
        QCOMPARE(latin1.error().code, DocumentError::Syntax);
    }

    void missingActiveCalendar() {
        const auto plan = TariffPlan::fromJson(R"({"format": "omt-tariff-plan", "version": 1})");
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, DocumentError::MissingField);
        QCOMPARE(plan.error().detail, std::string("$.active: required field missing"));
    }

    // ---- diff and words ----

    void diffNamesEachChangedElement() {
        const auto before = samplePlan();
        auto after = before;
        after.active.dayProfiles[0].switches[1].hour = 6;
        after.specialDays.push_back({{0xFFFF, 1, 1}, 2});
        after.passive.reset();
        after.passiveActivation.reset();
        const auto changes = after.diffFrom(before);
        QCOMPARE(changes.size(), std::size_t{8});
        QCOMPARE(changes[0], (PlanChange{"active.day[1]", "00:00 T1, 07:00 T2, 22:00 T1",
                                         "00:00 T1, 06:00 T2, 22:00 T1"}));
        QCOMPARE(changes[1], (PlanChange{"passive", "", "none"}));
        QCOMPARE(changes[2],
                 (PlanChange{"passive_activation", "2027-01-01T00:00", "not scheduled"}));
        QCOMPARE(changes[3], (PlanChange{"special_day[*-01-01]", "", "day profile 2"}));
        QCOMPARE(changes[4].key, std::string("passive.name"));
        QCOMPARE(changes[4].after, std::string());
        QVERIFY(before.diffFrom(before).empty());
    }

    void describeInWords() {
        const auto lines = samplePlan().describe();
        QCOMPARE(lines.front(), std::string("tariff_control: 002 (register)"));
        QVERIFY(std::find(lines.begin(), lines.end(),
                          std::string("active.season[summer]: from *-04-01 week profile \"w\"")) !=
                lines.end());
        QVERIFY(std::find(lines.begin(), lines.end(),
                          std::string("active.week[w]: Mon day 1, Tue day 1, Wed day 1, Thu day 1, "
                                      "Fri day 1, Sat day 2, Sun day 2")) != lines.end());
        QCOMPARE(lines.back(), std::string("special_day[2026-12-31]: day profile 2"));
    }
};

QTEST_GUILESS_MAIN(TstMeterTariff)
#include "tst_meter_tariff.moc"

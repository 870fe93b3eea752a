// The interface classes of the virtual meters beyond Data / Register / Clock / Association LN
// (sim/server): profile generic with selective access, extended and demand registers, script
// table, special days, activity calendar, single action schedule, SAP assignment, register
// monitor, disconnect control, limiter, security setup and the port setups. Each test is the
// object's answer to GET / SET / ACTION, with the values the Blue Book types give.
#include <QTest>

#include <chrono>

#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/security/key_wrap.h"
#include "sim/server/activity_calendar_object.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/association_secrets.h"
#include "sim/server/data_object.h"
#include "sim/server/demand_register_object.h"
#include "sim/server/disconnect_control_object.h"
#include "sim/server/extended_register_object.h"
#include "sim/server/object_directory.h"
#include "sim/server/profile_generic_object.h"
#include "sim/server/register_monitor_object.h"
#include "sim/server/register_object.h"
#include "sim/server/sap_assignment_object.h"
#include "sim/server/script_table_object.h"
#include "sim/server/security_setup_object.h"
#include "sim/server/setup_objects.h"
#include "sim/server/single_action_schedule_object.h"
#include "sim/server/special_days_object.h"

using namespace omt;
using namespace omt::dlms;
using omt::cosem::ObisCode;
using omt::sim::RequestContext;
using std::chrono::seconds;
using std::chrono::sys_seconds;

namespace {

constexpr ObisCode kClockLn{0, 0, 1, 0, 0, 255};
constexpr ObisCode kEnergyLn{1, 0, 1, 8, 0, 255};
constexpr ObisCode kProfileLn{1, 0, 99, 1, 0, 255};
/// 2026-03-29T00:00:00Z.
constexpr std::int64_t kMidnight = 1774742400;

Data clockAt(std::int64_t utc, std::int16_t deviation = 0) {
    return cosem::dateTimeOctets(
        dlms::fromSysSeconds(sys_seconds{seconds{utc}}, deviation, 0x00).value());
}

std::uint64_t unsignedOf(const Data& d) {
    const auto* v = d.as<std::uint64_t>();
    return v != nullptr ? *v : 0xFFFFFFFFFFFFFFFFULL;
}

std::size_t sizeOf(const Data& d) {
    return d.elements() != nullptr ? d.elements()->size() : 9999;
}

/// A 15-minute profile of clock + energy with 5 rows: 00:15 .. 01:15 UTC, 10, 20 .. 50 Wh.
std::unique_ptr<omt::sim::ProfileGenericObject> profileWithRows(std::uint32_t depth = 10) {
    omt::sim::ProfileGenericObject::Config config;
    config.captureObjects = {{8, kClockLn, 2, 0}, {3, kEnergyLn, 2, 0}};
    config.capturePeriod = 900;
    config.profileEntries = depth;
    config.allowedPeriods = {900, 1800, 3600};
    config.entriesForPeriod = [](std::uint32_t p) { return 86400U / p; };
    auto profile = std::make_unique<omt::sim::ProfileGenericObject>(kProfileLn, config);
    for (int i = 1; i <= 5; ++i) {
        profile->append({clockAt(kMidnight + 900 * i),
                         Data::doubleLongUnsigned(static_cast<std::uint32_t>(10 * i))});
    }
    return profile;
}

}  // namespace

class TstSimClasses : public QObject {
    Q_OBJECT

private slots:
    // --- class 7 ---------------------------------------------------------------------------
    void profileGeneric_attributes() {
        auto profilePtr = profileWithRows();
        auto& profile = *profilePtr;
        RequestContext ctx;
        QCOMPARE(profile.classId(), std::uint16_t{7});
        QCOMPARE(profile.version(), std::uint8_t{1});
        // capture_period 900 s: 06 00 00 03 84
        QCOMPARE(encode(*profile.get(4, std::nullopt, ctx)).value(), *fromHex("06 00 00 03 84"));
        // sort_method FIFO: 16 01
        QCOMPARE(encode(*profile.get(5, std::nullopt, ctx)).value(), *fromHex("16 01"));
        QCOMPARE(unsignedOf(*profile.get(7, std::nullopt, ctx)), 5ULL);
        QCOMPARE(unsignedOf(*profile.get(8, std::nullopt, ctx)), 10ULL);
        // capture_objects: first column is the clock {8, 0.0.1.0.0.255, 2, 0}
        const Data columns = *profile.get(3, std::nullopt, ctx);
        QCOMPARE(sizeOf(columns), std::size_t{2});
        QCOMPARE(encode(columns.elements()->front()).value(),
                 *fromHex("02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00"));
        // the whole buffer: 5 structures of 2
        const Data buffer = *profile.get(2, std::nullopt, ctx);
        QCOMPARE(sizeOf(buffer), std::size_t{5});
        QCOMPARE(buffer.elements()->back(),
                 Data::structure({clockAt(kMidnight + 4500), Data::doubleLongUnsigned(50)}));
        QCOMPARE(profile.get(9, std::nullopt, ctx).error(), DataAccessResult::ObjectUndefined);
        // selective access on another attribute
        QCOMPARE(profile.get(3, makeEntryDescriptor({}), ctx).error(),
                 DataAccessResult::ScopeOfAccessViolated);
    }

    void profileGeneric_entrySelector() {
        auto profilePtr = profileWithRows();
        auto& profile = *profilePtr;
        RequestContext ctx;
        // entries 2..3, column 2 only
        auto rows = profile.get(2, makeEntryDescriptor({2, 3, 2, 2}), ctx);
        QVERIFY(rows.hasValue());
        QCOMPARE(*rows, Data::array({Data::structure({Data::doubleLongUnsigned(20)}),
                                     Data::structure({Data::doubleLongUnsigned(30)})}));
        // to_entry 0 = up to the last; to_selected_value 0 = up to the last column
        auto tail = profile.get(2, makeEntryDescriptor({4, 0, 1, 0}), ctx);
        QCOMPARE(sizeOf(*tail), std::size_t{2});
        QCOMPARE(sizeOf(tail->elements()->front()), std::size_t{2});
        // beyond the buffer: empty array; from_entry 0 and from > to: scope violated
        QCOMPARE(*profile.get(2, makeEntryDescriptor({7, 9, 1, 0}), ctx), Data::array({}));
        QCOMPARE(profile.get(2, makeEntryDescriptor({0, 2, 1, 0}), ctx).error(),
                 DataAccessResult::ScopeOfAccessViolated);
        QCOMPARE(profile.get(2, makeEntryDescriptor({3, 2, 1, 0}), ctx).error(),
                 DataAccessResult::ScopeOfAccessViolated);
        // an unknown selector; parameters that are not the selector's structure
        SelectiveAccessDescriptor odd{7, Data::null()};
        QCOMPARE(profile.get(2, odd, ctx).error(), DataAccessResult::ScopeOfAccessViolated);
        SelectiveAccessDescriptor notRange{1, Data::unsigned8(1)};
        QCOMPARE(profile.get(2, notRange, ctx).error(), DataAccessResult::ScopeOfAccessViolated);
        SelectiveAccessDescriptor badEntry{
            2, Data::structure({Data::longUnsigned(1), Data::longUnsigned(2), Data::longUnsigned(1),
                                Data::longUnsigned(0)})};
        QCOMPARE(profile.get(2, badEntry, ctx).error(), DataAccessResult::ScopeOfAccessViolated);
    }

    void profileGeneric_rangeSelector() {
        auto profilePtr = profileWithRows();
        auto& profile = *profilePtr;
        RequestContext ctx;
        // 00:30 .. 01:00 UTC given in CET (deviation -60): rows 2, 3, 4
        RangeDescriptor range{{8, kClockLn, 2, 0},
                              clockAt(kMidnight + 1800, -60),
                              clockAt(kMidnight + 3600, -60),
                              {}};
        auto rows = profile.get(2, makeRangeDescriptor(range), ctx);
        QVERIFY(rows.hasValue());
        QCOMPARE(sizeOf(*rows), std::size_t{3});
        QCOMPARE(rows->elements()->front().elements()->back(), Data::doubleLongUnsigned(20));
        // selected values: the energy column only
        range.selectedValues = {{3, kEnergyLn, 2, 0}};
        rows = profile.get(2, makeRangeDescriptor(range), ctx);
        QCOMPARE(rows->elements()->back(), Data::structure({Data::doubleLongUnsigned(40)}));
        // a restricting object that is no column
        range.restrictingObject = {3, ObisCode(1, 0, 2, 8, 0, 255), 2, 0};
        QCOMPARE(profile.get(2, makeRangeDescriptor(range), ctx).error(),
                 DataAccessResult::ScopeOfAccessViolated);
        // a range with a wildcard date cannot be compared
        range.restrictingObject = {8, kClockLn, 2, 0};
        range.selectedValues = {};
        range.fromValue = Data::octetString(CosemDateTime{}.toBytes());
        QCOMPARE(profile.get(2, makeRangeDescriptor(range), ctx).error(),
                 DataAccessResult::ScopeOfAccessViolated);
    }

    void profileGeneric_fifoAndCapturePeriod() {
        auto profilePtr = profileWithRows(3);
        auto& profile = *profilePtr;
        RequestContext ctx;
        // depth 3: the two oldest rows were dropped
        QCOMPARE(profile.rows().size(), std::size_t{3});
        QCOMPARE(profile.rows().front()[1], Data::doubleLongUnsigned(30));
        // a row of the wrong width is refused
        QVERIFY(!profile.append({Data::null()}));
        // the same period: nothing happens
        QCOMPARE(profile.set(4, std::nullopt, Data::doubleLongUnsigned(900), ctx),
                 DataAccessResult::Success);
        QCOMPARE(profile.rows().size(), std::size_t{3});
        // a period not offered; a wrong type
        QCOMPARE(profile.set(4, std::nullopt, Data::doubleLongUnsigned(600), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(profile.set(4, std::nullopt, Data::longUnsigned(1800), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(profile.rows().size(), std::size_t{3});
        // a new period clears the buffer and sets the depth for it
        int notified = 0;
        profile.setChangeListener([&](std::int8_t a) { notified = a; });
        QCOMPARE(profile.set(4, std::nullopt, Data::doubleLongUnsigned(3600), ctx),
                 DataAccessResult::Success);
        QCOMPARE(profile.rows().size(), std::size_t{0});
        QCOMPARE(profile.profileEntries(), 24U);
        QCOMPARE(notified, 4);
        // without a rule, capture objects are read-only; entries_in_use is never written
        QCOMPARE(profile.set(3, std::nullopt, cosem::CaptureObjects{}.toData(), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(profile.set(7, std::nullopt, Data::doubleLongUnsigned(0), ctx),
                 DataAccessResult::ReadWriteDenied);
    }

    void profileGeneric_captureObjectsRuleAndMethods() {
        omt::sim::ObjectDirectory directory;
        directory.add(std::make_unique<omt::sim::RegisterObject>(
            kEnergyLn, Data::doubleLongUnsigned(777), cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        omt::sim::ProfileGenericObject::Config config;
        config.captureObjects = {{3, kEnergyLn, 2, 0}, {3, kEnergyLn, 3, 2}};
        config.profileEntries = 4;
        config.captureObjectsRule = [](const cosem::CaptureObjects& c) {
            return c.entries.size() <= 2 ? DataAccessResult::Success
                                         : DataAccessResult::OtherReason;
        };
        omt::sim::ProfileGenericObject profile(ObisCode(0, 0, 99, 1, 0, 255), config);
        RequestContext ctx;
        ctx.directory = &directory;
        // capture: the value, and data index 2 of scaler_unit (the unit enum 30)
        QVERIFY(profile.invoke(2, Data::integer(0), ctx).hasValue());
        QCOMPARE(profile.rows().back(),
                 (std::vector<Data>{Data::doubleLongUnsigned(777), Data::enumValue(30)}));
        QCOMPARE(profile.invoke(2, Data::octetString({}), ctx).error(),
                 ActionResult::TypeUnmatched);
        // the rule refuses three columns; a malformed list is type-unmatched
        cosem::CaptureObjects three{
            {{3, kEnergyLn, 2, 0}, {3, kEnergyLn, 2, 0}, {8, kClockLn, 2, 0}}};
        QCOMPARE(profile.set(3, std::nullopt, three.toData(), ctx), DataAccessResult::OtherReason);
        QCOMPARE(profile.set(3, std::nullopt, Data::array({Data::unsigned8(1)}), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(profile.rows().size(), std::size_t{1});
        // a valid list is taken and clears the buffer
        cosem::CaptureObjects one{{{8, kClockLn, 2, 0}}};
        QCOMPARE(profile.set(3, std::nullopt, one.toData(), ctx), DataAccessResult::Success);
        QCOMPARE(*profile.get(3, std::nullopt, ctx), one.toData());
        QCOMPARE(profile.rows().size(), std::size_t{0});
        // capture of a missing object gives null-data; reset empties
        QVERIFY(profile.invoke(2, std::nullopt, ctx).hasValue());
        QCOMPARE(profile.rows().back(), std::vector<Data>{Data::null()});
        QVERIFY(profile.invoke(1, Data::integer(0), ctx).hasValue());
        QCOMPARE(profile.rows().size(), std::size_t{0});
        QCOMPARE(profile.invoke(3, std::nullopt, ctx).error(), ActionResult::ObjectUndefined);
    }

    // --- classes 4 and 5 -------------------------------------------------------------------
    void extendedRegister_captureTimeAndReset() {
        omt::sim::ExtendedRegisterObject peak(ObisCode(1, 0, 1, 6, 0, 255),
                                              Data::doubleLongUnsigned(0), {0, cosem::Unit::Watt});
        RequestContext ctx;
        QCOMPARE(peak.classId(), std::uint16_t{4});
        QCOMPARE(peak.attributeCount(), std::int8_t{5});
        const auto at = dlms::fromSysSeconds(sys_seconds{seconds{kMidnight}}, -60, 0).value();
        peak.update(Data::doubleLongUnsigned(41250), at);
        QCOMPARE(*peak.get(2, std::nullopt, ctx), Data::doubleLongUnsigned(41250));
        // capture time 2026-03-29 01:00:00, deviation -60 (C4 = -60)
        QCOMPARE(encode(*peak.get(5, std::nullopt, ctx)).value(),
                 *fromHex("09 0C 07 EA 03 1D 07 01 00 00 00 FF C4 00"));
        QCOMPARE(peak.set(5, std::nullopt, Data::octetString({}), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(peak.set(2, std::nullopt, Data::longUnsigned(1), ctx),
                 DataAccessResult::TypeUnmatched);
        QVERIFY(peak.invoke(1, Data::integer(0), ctx).hasValue());
        QCOMPARE(*peak.get(2, std::nullopt, ctx), Data::doubleLongUnsigned(0));
        QCOMPARE(*peak.get(5, std::nullopt, ctx), Data::octetString(CosemDateTime{}.toBytes()));
    }

    void demandRegister_periodAndNextPeriod() {
        omt::sim::DemandRegisterObject demand(
            ObisCode(1, 0, 1, 4, 0, 255), Data::doubleLongUnsigned(0), {0, cosem::Unit::Watt}, 900);
        RequestContext ctx;
        QCOMPARE(demand.classId(), std::uint16_t{5});
        QCOMPARE(demand.attributeCount(), std::int8_t{9});
        QCOMPARE(demand.set(8, std::nullopt, Data::doubleLongUnsigned(0), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(demand.set(8, std::nullopt, Data::longUnsigned(1800), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(demand.set(8, std::nullopt, Data::doubleLongUnsigned(1800), ctx),
                 DataAccessResult::Success);
        QCOMPARE(demand.period(), 1800U);
        QCOMPARE(demand.set(9, std::nullopt, Data::longUnsigned(0), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(demand.set(2, std::nullopt, Data::doubleLongUnsigned(1), ctx),
                 DataAccessResult::ReadWriteDenied);
        demand.update(Data::doubleLongUnsigned(1200), Data::doubleLongUnsigned(1100), {}, {});
        QVERIFY(demand.invoke(2, Data::integer(0), ctx).hasValue());  // next_period
        QCOMPARE(*demand.get(3, std::nullopt, ctx), Data::doubleLongUnsigned(1200));
        QCOMPARE(*demand.get(2, std::nullopt, ctx), Data::doubleLongUnsigned(0));
        QVERIFY(demand.invoke(1, std::nullopt, ctx).hasValue());  // reset
        QCOMPARE(*demand.get(3, std::nullopt, ctx), Data::doubleLongUnsigned(0));
    }

    // --- class 9 ---------------------------------------------------------------------------
    void scriptTable_executeWritesThroughTheObjects() {
        omt::sim::ObjectDirectory directory;
        const ObisCode tariffLn(0, 0, 96, 14, 0, 255);
        directory.add(std::make_unique<omt::sim::DataObject>(tariffLn, Data::unsigned8(1)));
        cosem::Scripts scripts;
        scripts.entries = {
            {1, {{cosem::ScriptService::WriteAttribute, 1, tariffLn, 2, Data::unsigned8(3)}}},
            {2, {{cosem::ScriptService::WriteAttribute, 1, tariffLn, 2, Data::long16(3)}}},
            {3, {{cosem::ScriptService::WriteAttribute, 3, tariffLn, 2, Data::unsigned8(4)}}}};
        auto table =
            std::make_unique<omt::sim::ScriptTableObject>(ObisCode(0, 0, 10, 0, 100, 255), scripts);
        auto* raw = table.get();
        directory.add(std::move(table));
        RequestContext ctx;
        ctx.directory = &directory;
        QVERIFY(raw->invoke(1, Data::longUnsigned(1), ctx).hasValue());
        QCOMPARE(*directory.find(tariffLn)->get(2, std::nullopt, ctx), Data::unsigned8(3));
        // the object refuses the value (type), the class does not match, no such script
        QCOMPARE(raw->invoke(1, Data::longUnsigned(2), ctx).error(), ActionResult::OtherReason);
        QCOMPARE(raw->invoke(1, Data::longUnsigned(3), ctx).error(), ActionResult::OtherReason);
        QCOMPARE(raw->invoke(1, Data::longUnsigned(9), ctx).error(), ActionResult::OtherReason);
        QCOMPARE(raw->invoke(1, Data::unsigned8(1), ctx).error(), ActionResult::TypeUnmatched);
        QCOMPARE(*directory.find(tariffLn)->get(2, std::nullopt, ctx), Data::unsigned8(3));
        // scripts are written through the view: a bad service id is refused
        const Data bad = Data::array({Data::structure(
            {Data::longUnsigned(1),
             Data::array({Data::structure({Data::enumValue(9), Data::longUnsigned(1),
                                           cosem::logicalNameData(tariffLn), Data::integer(2),
                                           Data::null()})})})});
        QCOMPARE(raw->set(2, std::nullopt, bad, ctx), DataAccessResult::OtherReason);
    }

    // --- class 11 --------------------------------------------------------------------------
    void specialDays_insertDeleteAndLookup() {
        omt::sim::SpecialDaysObject days(ObisCode(0, 0, 11, 0, 0, 255), {});
        RequestContext ctx;
        const cosem::SpecialDayEntry christmas{1, {0xFFFF, 12, 25, 0xFF}, 3};
        QVERIFY(days.invoke(1, christmas.toData(), ctx).hasValue());
        QCOMPARE(days.dayIdFor({2026, 12, 25, 5}), std::optional<std::uint8_t>(3));
        QCOMPARE(days.dayIdFor({2026, 12, 24, 4}), std::optional<std::uint8_t>());
        // insert with the same index replaces
        QVERIFY(days.invoke(1, cosem::SpecialDayEntry{1, {0xFFFF, 12, 26, 0xFF}, 2}.toData(), ctx)
                    .hasValue());
        QCOMPARE(sizeOf(*days.get(2, std::nullopt, ctx)), std::size_t{1});
        QCOMPARE(days.dayIdFor({2026, 12, 26, 6}), std::optional<std::uint8_t>(2));
        QVERIFY(days.invoke(2, Data::longUnsigned(1), ctx).hasValue());
        QCOMPARE(sizeOf(*days.get(2, std::nullopt, ctx)), std::size_t{0});
        QCOMPARE(days.invoke(2, Data::unsigned8(1), ctx).error(), ActionResult::TypeUnmatched);
        // SET: two entries with one index are refused
        const Data twice = Data::array({christmas.toData(), christmas.toData()});
        QCOMPARE(days.set(2, std::nullopt, twice, ctx), DataAccessResult::OtherReason);
    }

    // --- class 20 --------------------------------------------------------------------------
    void activityCalendar_scriptAtAndActivation() {
        const ObisCode scriptsLn(0, 0, 10, 0, 100, 255);
        omt::sim::CalendarTables tables;
        tables.name = bytesOf("A");
        CosemDateTime winter;
        winter.date = {0xFFFF, 1, 1, 0xFF};
        winter.time = {0, 0, 0, 0};
        CosemDateTime summer = winter;
        summer.date = {0xFFFF, 4, 1, 0xFF};
        tables.seasons.entries = {{bytesOf("W"), winter, bytesOf("WK")},
                                  {bytesOf("S"), summer, bytesOf("SK")}};
        tables.weeks.entries = {{bytesOf("WK"), {1, 1, 1, 1, 1, 2, 2}},
                                {bytesOf("SK"), {2, 2, 2, 2, 2, 2, 2}}};
        tables.days.entries = {{1, {{{6, 0, 0, 0}, scriptsLn, 1}, {{22, 0, 0, 0}, scriptsLn, 2}}},
                               {2, {{{0, 0, 0, 0}, scriptsLn, 3}}}};
        omt::sim::ActivityCalendarObject calendar(ObisCode(0, 0, 13, 0, 0, 255), tables);
        RequestContext ctx;
        auto at = [](std::uint16_t y, std::uint8_t mo, std::uint8_t d, std::uint8_t wd,
                     std::uint8_t h) {
            CosemDateTime t;
            t.date = {y, mo, d, wd};
            t.time = {h, 0, 0, 0};
            return t;
        };
        // winter Monday 2026-03-02: 05:00 still the previous day's last action (script 2)
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 5), nullptr)->scriptSelector,
                 std::uint16_t{2});
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 12), nullptr)->scriptSelector,
                 std::uint16_t{1});
        QCOMPARE(calendar.scriptAt(at(2026, 3, 7, 6, 12), nullptr)->scriptSelector,
                 std::uint16_t{3});
        // summer: every day is day 2
        QCOMPARE(calendar.scriptAt(at(2026, 6, 1, 1, 12), nullptr)->scriptSelector,
                 std::uint16_t{3});
        // a special day overrides the week
        omt::sim::SpecialDaysObject holidays(ObisCode(0, 0, 11, 0, 0, 255),
                                             {{{1, {0xFFFF, 3, 2, 0xFF}, 2}}});
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 12), &holidays)->scriptSelector,
                 std::uint16_t{3});
        // active tables are read-only; passive ones go through the views
        QCOMPARE(calendar.set(5, std::nullopt, tables.days.toData(), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(calendar.set(9, std::nullopt, Data::array({Data::unsigned8(1)}), ctx),
                 DataAccessResult::TypeUnmatched);
        cosem::DayProfileTable flat{
            {{1, {{{0, 0, 0, 0}, scriptsLn, 4}}}, {2, {{{0, 0, 0, 0}, scriptsLn, 4}}}}};
        QCOMPARE(calendar.set(9, std::nullopt, flat.toData(), ctx), DataAccessResult::Success);
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 12), nullptr)->scriptSelector,
                 std::uint16_t{1});
        QVERIFY(calendar.invoke(1, Data::integer(0), ctx).hasValue());
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 12), nullptr)->scriptSelector,
                 std::uint16_t{4});
        // an incomplete passive calendar (day id 2 missing) is not activated
        cosem::DayProfileTable partial{{{1, {{{0, 0, 0, 0}, scriptsLn, 1}}}}};
        QCOMPARE(calendar.set(9, std::nullopt, partial.toData(), ctx), DataAccessResult::Success);
        QCOMPARE(calendar.invoke(1, Data::integer(0), ctx).error(), ActionResult::OtherReason);
        QCOMPARE(calendar.scriptAt(at(2026, 3, 2, 1, 12), nullptr)->scriptSelector,
                 std::uint16_t{4});
        // activation at a time: due only once the time has come
        QCOMPARE(calendar.set(9, std::nullopt, flat.toData(), ctx), DataAccessResult::Success);
        QCOMPARE(calendar.set(10, std::nullopt, clockAt(kMidnight + 3600), ctx),
                 DataAccessResult::Success);
        QVERIFY(!calendar.activateIfDue(sys_seconds{seconds{kMidnight}}, 0));
        QVERIFY(calendar.activateIfDue(sys_seconds{seconds{kMidnight + 3600}}, 0));
        QCOMPARE(calendar.set(10, std::nullopt, Data::octetString({1, 2}), ctx),
                 DataAccessResult::TypeUnmatched);
    }

    // --- class 22 --------------------------------------------------------------------------
    void singleActionSchedule_typeRulesAndDue() {
        const dlms::CosemDate anyDay{0xFFFF, 0xFF, 0xFF, 0xFF};
        omt::sim::SingleActionScheduleObject schedule(
            ObisCode(0, 1, 15, 0, 1, 255), {ObisCode(0, 0, 10, 0, 106, 255), 1},
            cosem::SingleActionType::DifferentTimesWildcards,
            {{{6, 0, 0, 0}, anyDay}, {{22, 0, 0, 0}, anyDay}});
        RequestContext ctx;
        // type 1 allows one execution time only; type 4 no wildcard dates
        QCOMPARE(schedule.set(3, std::nullopt, Data::enumValue(1), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(schedule.set(3, std::nullopt, Data::enumValue(4), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(schedule.set(3, std::nullopt, Data::enumValue(6), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(schedule.set(3, std::nullopt, Data::enumValue(3), ctx),
                 DataAccessResult::OtherReason);  // times differ
        // between 05:00 and 23:00 local (deviation -60): both times, the last is index 1
        std::size_t last = 99;
        const sys_seconds from{seconds{kMidnight + 4 * 3600}};
        QCOMPARE(schedule.dueBetween(from, from + std::chrono::hours{18}, -60, &last), 2);
        QCOMPARE(last, std::size_t{1});
        QCOMPARE(schedule.dueBetween(from, from + std::chrono::minutes{59}, -60), 0);
        QCOMPARE(schedule.dueBetween(from, from + std::chrono::hours{1}, -60),
                 1);  // 06:00 included
        QCOMPARE(schedule.dueBetween(from, from, -60), 0);
        // the script reference is written through its view
        QCOMPARE(schedule.set(2, std::nullopt, Data::structure({Data::longUnsigned(1)}), ctx),
                 DataAccessResult::TypeUnmatched);
    }

    // --- class 17 and 21 -------------------------------------------------------------------
    void sapAssignment_connectLogicalDevice() {
        omt::sim::SapAssignmentObject saps(ObisCode(0, 0, 41, 0, 0, 255),
                                           {{{1, bytesOf("KAMOMNIA00000001")}}});
        RequestContext ctx;
        QCOMPARE(saps.set(2, std::nullopt, Data::array({}), ctx),
                 DataAccessResult::ReadWriteDenied);
        // another device at SAP 1 is refused; a new SAP is added
        QCOMPARE(
            saps.invoke(1, cosem::SapAssignmentEntry{1, bytesOf("OTHER")}.toData(), ctx).error(),
            ActionResult::OtherReason);
        QVERIFY(saps.invoke(1, cosem::SapAssignmentEntry{17, bytesOf("OTHER")}.toData(), ctx)
                    .hasValue());
        QCOMPARE(sizeOf(*saps.get(2, std::nullopt, ctx)), std::size_t{2});
        // SAP 0 disconnects
        QVERIFY(saps.invoke(1, cosem::SapAssignmentEntry{0, bytesOf("OTHER")}.toData(), ctx)
                    .hasValue());
        QCOMPARE(sizeOf(*saps.get(2, std::nullopt, ctx)), std::size_t{1});
    }

    void registerMonitor_thresholdsMatchActions() {
        const cosem::ScriptReference s{ObisCode(0, 0, 10, 0, 106, 255), 1};
        omt::sim::RegisterMonitorObject monitor(ObisCode(0, 0, 16, 0, 0, 255),
                                                {{Data::doubleLongUnsigned(5000)}},
                                                {3, ObisCode(1, 0, 1, 7, 0, 255), 2}, {{{s, s}}});
        RequestContext ctx;
        QCOMPARE(monitor.classId(), std::uint16_t{21});
        QCOMPARE(monitor.set(2, std::nullopt, Data::array({Data::doubleLongUnsigned(6000)}), ctx),
                 DataAccessResult::Success);
        // two thresholds but one action set
        QCOMPARE(monitor.set(
                     2, std::nullopt,
                     Data::array({Data::doubleLongUnsigned(1), Data::doubleLongUnsigned(2)}), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(monitor.set(2, std::nullopt, Data::array({Data::structure({})}), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(*monitor.get(2, std::nullopt, ctx), Data::array({Data::doubleLongUnsigned(6000)}));
    }

    // --- class 70 --------------------------------------------------------------------------
    void disconnectControl_modes() {
        cosem::DisconnectControl state;
        state.controlMode = cosem::ControlMode::Mode0;
        omt::sim::DisconnectControlObject breaker(state);
        RequestContext ctx;
        QCOMPARE(breaker.invoke(1, Data::integer(0), ctx).error(), ActionResult::ReadWriteDenied);
        QCOMPARE(breaker.set(3, std::nullopt, Data::enumValue(0), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(breaker.set(4, std::nullopt, Data::enumValue(7), ctx),
                 DataAccessResult::OtherReason);
        // mode 1: disconnect, reconnect -> ready for reconnection, manual -> connected
        QCOMPARE(breaker.set(4, std::nullopt, Data::enumValue(1), ctx), DataAccessResult::Success);
        QVERIFY(breaker.invoke(1, Data::integer(0), ctx).hasValue());
        QCOMPARE(*breaker.get(2, std::nullopt, ctx), Data::boolean(false));
        QCOMPARE(*breaker.get(3, std::nullopt, ctx), Data::enumValue(0));
        QVERIFY(breaker.invoke(2, Data::integer(0), ctx).hasValue());
        QCOMPARE(*breaker.get(3, std::nullopt, ctx), Data::enumValue(2));
        QCOMPARE(*breaker.get(2, std::nullopt, ctx), Data::boolean(false));
        QVERIFY(breaker.manualReconnect());
        QCOMPARE(*breaker.get(2, std::nullopt, ctx), Data::boolean(true));
        // mode 2: remote reconnection connects at once
        QCOMPARE(breaker.set(4, std::nullopt, Data::enumValue(2), ctx), DataAccessResult::Success);
        QVERIFY(breaker.invoke(1, std::nullopt, ctx).hasValue());
        QVERIFY(breaker.invoke(2, std::nullopt, ctx).hasValue());
        QCOMPARE(*breaker.get(3, std::nullopt, ctx), Data::enumValue(1));
        QCOMPARE(breaker.invoke(3, std::nullopt, ctx).error(), ActionResult::ObjectUndefined);
    }

    // --- classes 19, 23, 64, 71 ------------------------------------------------------------
    void viewObjects_setThroughViews() {
        RequestContext ctx;
        auto port = omt::sim::makeIecLocalPortSetupObject(cosem::IecLocalPortSetup{});
        QCOMPARE(port->classId(), std::uint16_t{19});
        QCOMPARE(port->set(3, std::nullopt, Data::enumValue(5), ctx), DataAccessResult::Success);
        QCOMPARE(port->set(3, std::nullopt, Data::enumValue(12), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(port->set(3, std::nullopt, Data::unsigned8(5), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(port->set(1, std::nullopt, cosem::logicalNameData(kClockLn), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(*port->get(3, std::nullopt, ctx), Data::enumValue(5));
        auto hdlc = omt::sim::makeIecHdlcSetupObject(cosem::IecHdlcSetup{});
        QCOMPARE(hdlc->set(3, std::nullopt, Data::unsigned8(8), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(hdlc->set(3, std::nullopt, Data::unsigned8(7), ctx), DataAccessResult::Success);
        cosem::Limiter view;
        view.thresholdNormal = Data::doubleLongUnsigned(1000);
        auto limiter = omt::sim::makeLimiterObject(view);
        QCOMPARE(limiter->classId(), std::uint16_t{71});
        QCOMPARE(limiter->set(4, std::nullopt, Data::doubleLongUnsigned(2000), ctx),
                 DataAccessResult::Success);
        QCOMPARE(limiter->set(4, std::nullopt, Data::array({}), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(limiter->set(10, std::nullopt, Data::boolean(true), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(limiter->get(12, std::nullopt, ctx).error(), DataAccessResult::ObjectUndefined);
        // security setup: the policy only grows
        cosem::SecuritySetup setup;
        setup.securityPolicy = 0x24;
        omt::sim::SecuritySetupObject security(setup);
        QCOMPARE(security.set(2, std::nullopt, Data::enumValue(0x04), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(security.invoke(1, Data::enumValue(0x6C), ctx).hasValue(), true);
        QCOMPARE(*security.get(2, std::nullopt, ctx), Data::enumValue(0x6C));
        QCOMPARE(security.invoke(1, Data::enumValue(0x24), ctx).error(),
                 ActionResult::ReadWriteDenied);
        QCOMPARE(security.set(3, std::nullopt, Data::enumValue(1), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(security.invoke(2, std::nullopt, ctx).error(), ActionResult::ReadWriteDenied);
    }

    // --- class 64 global_key_transfer, class 15 secret (issue 3) -------------------------------

    void securitySetup_globalKeyTransfer_rfc3394Vector() {
        namespace sec = omt::dlms::security;
        // RFC 3394 4.1: KEK 000102..0F wraps key 00112233..FF into these 24 octets.
        const Bytes wrapped = fromHex("1FA68B0A8112B447 AEF34BD8FB5A7B82 9D3E862371D2CFE5").value();
        auto secrets = std::make_shared<omt::sim::AssociationSecrets>(
            bytesOf("12345678"),
            sec::SecurityKeys{*sec::Key128::fromHex("000102030405060708090A0B0C0D0E0F"),
                              *sec::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
                              std::nullopt},
            *sec::Key128::fromHex("000102030405060708090A0B0C0D0E0F"));
        secrets->noteInvocationCounter(5);
        QCOMPARE(secrets->invocationCounter(), 5U);
        QCOMPARE(secrets->reservedInvocationCounter(), 5U + omt::sim::kInvocationCounterReserve);
        cosem::SecuritySetup setup;
        setup.securityPolicy = 0x6C;
        omt::sim::SecuritySetupObject security(setup, secrets);
        RequestContext ctx;
        const auto keyData = [](std::uint8_t id, Bytes key) {
            return Data::structure({Data::enumValue(id), Data::octetString(std::move(key))});
        };
        // key_data: array of structure {key_id enum, key_wrapped octet-string}
        QCOMPARE(security.invoke(2, Data::array({keyData(0, wrapped)}), ctx).hasValue(), true);
        QVERIFY(secrets->keys().globalEk ==
                *sec::Key128::fromHex("00112233445566778899AABBCCDDEEFF"));
        QVERIFY(secrets->keys().ak == *sec::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"));
        // a new EK restarts the meter's invocation counter
        QCOMPARE(secrets->invocationCounter(), 0U);
        QCOMPARE(secrets->reservedInvocationCounter(), 0U);

        // one bit changed in the integrity block: does not unwrap, nothing changes
        Bytes altered = wrapped;
        altered[0] ^= 0x01;
        const auto kek = *sec::Key128::fromHex("000102030405060708090A0B0C0D0E0F");
        const Bytes newAk =
            sec::wrapKey(kek, *sec::Key128::fromHex("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF")).value();
        QCOMPARE(
            security.invoke(2, Data::array({keyData(2, newAk), keyData(0, altered)}), ctx).error(),
            ActionResult::OtherReason);
        QVERIFY(secrets->keys().ak == *sec::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"));
        // the broadcast key is not used by this meter; an id above 3; the same id twice
        QCOMPARE(security.invoke(2, Data::array({keyData(1, newAk)}), ctx).error(),
                 ActionResult::OtherReason);
        QCOMPARE(security.invoke(2, Data::array({keyData(4, newAk)}), ctx).error(),
                 ActionResult::OtherReason);
        QCOMPARE(
            security.invoke(2, Data::array({keyData(2, newAk), keyData(2, newAk)}), ctx).error(),
            ActionResult::OtherReason);
        // a wrapped key of 16 octets (not wrapped at all)
        QCOMPARE(security.invoke(2, Data::array({keyData(2, Bytes(16, 0xA0))}), ctx).error(),
                 ActionResult::OtherReason);
        // wrong shapes
        QCOMPARE(security.invoke(2, Data::array({}), ctx).error(), ActionResult::TypeUnmatched);
        QCOMPARE(security.invoke(2, keyData(2, newAk), ctx).error(), ActionResult::TypeUnmatched);
        QCOMPARE(security
                     .invoke(2,
                             Data::array(
                                 {Data::structure({Data::unsigned8(2), Data::octetString(newAk)})}),
                             ctx)
                     .error(),
                 ActionResult::TypeUnmatched);
        QCOMPARE(security.invoke(2, std::nullopt, ctx).error(), ActionResult::TypeUnmatched);
        QVERIFY(secrets->keys().ak == *sec::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"));
        // AK and a new master key together; the next transfer needs the new master key
        const auto newKek = *sec::Key128::fromHex("202122232425262728292A2B2C2D2E2F");
        QCOMPARE(security
                     .invoke(2,
                             Data::array({keyData(2, newAk),
                                          keyData(3, sec::wrapKey(kek, newKek).value())}),
                             ctx)
                     .hasValue(),
                 true);
        QVERIFY(secrets->keys().ak == *sec::Key128::fromHex("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF"));
        QVERIFY(secrets->kek() == newKek);
        QCOMPARE(security.invoke(2, Data::array({keyData(0, wrapped)}), ctx).error(),
                 ActionResult::OtherReason);
    }

    void registerMonitor_evaluateRunsCrossedThresholds() {
        // A voltage register, a flag written by scripts 1 (on) and 2 (off), and a monitor that
        // switches the flag on below 207.0 V (action_down) and off above it (action_up).
        omt::sim::ObjectDirectory directory;
        const ObisCode voltageLn(1, 0, 32, 7, 0, 255);
        const ObisCode flagLn(0, 0, 97, 98, 130, 255);
        const ObisCode scriptsLn(0, 0, 10, 0, 128, 255);
        const ObisCode monitorLn(0, 0, 16, 1, 1, 255);
        QVERIFY(directory.add(std::make_unique<omt::sim::RegisterObject>(
            voltageLn, Data::longUnsigned(2300), cosem::ScalerUnit{-1, cosem::Unit::Volt})));
        QVERIFY(directory.add(std::make_unique<omt::sim::DataObject>(flagLn, Data::boolean(true))));
        cosem::Scripts scripts;
        scripts.entries = {
            {1, {{cosem::ScriptService::WriteAttribute, 1, flagLn, 2, Data::boolean(true)}}},
            {2, {{cosem::ScriptService::WriteAttribute, 1, flagLn, 2, Data::boolean(false)}}}};
        QVERIFY(directory.add(std::make_unique<omt::sim::ScriptTableObject>(scriptsLn, scripts)));
        cosem::RegisterMonitorActions actions;
        actions.entries = {{{scriptsLn, 2}, {scriptsLn, 1}}};
        QVERIFY(directory.add(std::make_unique<omt::sim::RegisterMonitorObject>(
            monitorLn, cosem::Thresholds{{Data::longUnsigned(2070)}},
            cosem::ValueDefinition{3, voltageLn, 2}, actions)));
        auto* voltage = dynamic_cast<omt::sim::RegisterObject*>(directory.find(voltageLn));
        auto* flag = dynamic_cast<omt::sim::DataObject*>(directory.find(flagLn));
        auto* monitor = dynamic_cast<omt::sim::RegisterMonitorObject*>(directory.find(monitorLn));
        QVERIFY(voltage && flag && monitor);
        RequestContext ctx;
        ctx.directory = &directory;
        // first evaluation: 230.0 V is above, action_up (flag off) runs
        QCOMPARE(monitor->evaluate(ctx), 1);
        QCOMPARE(flag->value(), Data::boolean(false));
        // no crossing, nothing runs
        voltage->setValue(Data::longUnsigned(2100));
        QCOMPARE(monitor->evaluate(ctx), 0);
        // 206.9 V: crossed downwards, action_down (flag on)
        voltage->setValue(Data::longUnsigned(2069));
        QCOMPARE(monitor->evaluate(ctx), 1);
        QCOMPARE(flag->value(), Data::boolean(true));
        // exactly on the threshold is not above it: still down
        voltage->setValue(Data::longUnsigned(2070));
        QCOMPARE(monitor->evaluate(ctx), 0);
        QCOMPARE(flag->value(), Data::boolean(true));
        voltage->setValue(Data::longUnsigned(2071));
        QCOMPARE(monitor->evaluate(ctx), 1);
        QCOMPARE(flag->value(), Data::boolean(false));
        // a value that is not a number runs nothing and is forgotten: the next evaluation is a
        // first one again
        voltage->setValue(Data::octetString({1}));
        QCOMPARE(monitor->evaluate(ctx), 0);
        voltage->setValue(Data::longUnsigned(1000));
        QCOMPARE(monitor->evaluate(ctx), 1);
        QCOMPARE(flag->value(), Data::boolean(true));
        // without a directory nothing happens
        RequestContext none;
        QCOMPARE(monitor->evaluate(none), 0);
        QCOMPARE(omt::sim::numericValueOf(Data::long16(-5)), std::optional<double>(-5.0));
        QCOMPARE(omt::sim::numericValueOf(Data::visibleString("5")), std::optional<double>());
    }

    void associationLn_describedAssociationSecret() {
        namespace sec = omt::dlms::security;
        auto secrets = std::make_shared<omt::sim::AssociationSecrets>(
            bytesOf("12345678"), sec::SecurityKeys{}, sec::Key128{});
        omt::sim::AccessPolicy readerPolicy;
        readerPolicy.grantAll(kClockLn, 9, cosem::AttributeAccessMode::ReadOnly);
        omt::sim::AssociationLnObject reader(ObisCode(0, 0, 40, 0, 2, 255), secrets);
        reader.describe(omt::sim::AssociationConfig::reader(bytesOf("12345678"), readerPolicy));
        RequestContext ctx;
        // attributes of the described (reader) association, not of the one asking
        QCOMPARE(*reader.get(3, std::nullopt, ctx),
                 Data::structure({Data::integer(0x20), Data::longUnsigned(1)}));
        QCOMPARE(*reader.get(8, std::nullopt, ctx), Data::enumValue(0));      // non-associated
        QCOMPARE(sizeOf(*reader.get(2, std::nullopt, ctx)), std::size_t{0});  // no directory
        // the secret: write-only, an octet-string of 1..32 octets
        QCOMPARE(reader.get(7, std::nullopt, ctx).error(), DataAccessResult::ReadWriteDenied);
        QCOMPARE(reader.set(7, std::nullopt, Data::visibleString("87654321"), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(reader.set(7, std::nullopt, Data::octetString({}), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(reader.set(7, std::nullopt, Data::octetString(Bytes(33, 0x31)), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(secrets->llsPassword(), bytesOf("12345678"));
        QCOMPARE(reader.set(7, std::nullopt, Data::octetString(bytesOf("87654321")), ctx),
                 DataAccessResult::Success);
        QCOMPARE(secrets->llsPassword(), bytesOf("87654321"));
        QCOMPARE(reader.set(6, std::nullopt, Data::octetString({}), ctx),
                 DataAccessResult::ReadWriteDenied);
        // change_HLS_secret: no HLS secret on these associations
        QCOMPARE(reader.invoke(2, Data::octetString(Bytes(16, 0)), ctx).error(),
                 ActionResult::ReadWriteDenied);
        QCOMPARE(reader.invoke(2, Data::long16(1), ctx).error(), ActionResult::TypeUnmatched);
        // a described association is never the one replying to HLS
        QCOMPARE(reader.invoke(1, Data::octetString(Bytes(17, 0)), ctx).error(),
                 ActionResult::ReadWriteDenied);
    }
};

QTEST_GUILESS_MAIN(TstSimClasses)
#include "tst_sim_classes.moc"

// Specification of the load-control plan (core/meter/load_control_plan.h): relay modes
// on-demand / calendar / follow-tariff, schedules, follow-tariff masks, the OMNIA supply control
// switch; what each meter offers (OMNIA FLEX relays and breaker, OMNIPOWER CT Z3/Z14 outputs),
// one test per validation rule, the COSEM values byte by byte, JSON and its refusals, diff.

#include "meter/load_control_plan.h"

#include <QTest>

#include <string>

#include "protocol/common/bytes.h"
#include "protocol/cosem/single_action_schedule.h"
#include "protocol/dlms/axdr/axdr.h"

using namespace omt::meter;
using omt::cosem::ControlMode;
using omt::cosem::ControlState;
using omt::cosem::ObisCode;
namespace dlms = omt::dlms;

namespace {

const char* const kPlanJson = R"({
  "format": "omt-load-control-plan", "version": 1,
  "relays": [
    {"relay": 1, "mode": "calendar",
     "schedule": [{"time": "06:00", "on": true}, {"time": "09:30", "on": false},
                  {"time": "17:00", "on": true}, {"time": "22:00", "on": false}],
     "tariffs": []},
    {"relay": 2, "mode": "follow-tariff", "tariffs": [2, 3]}
  ],
  "supply_control": {"state": "connected", "mode": 1}
})";

LoadControlPlan samplePlan() {
    return *LoadControlPlan::fromJson(kPlanJson);
}

LoadControlCapabilities omnia() {
    return LoadControlCapabilities{2, true, 8};
}

std::string hex(const dlms::Data& d) {
    return omt::toHex(*dlms::encode(d));
}

std::vector<LoadControlError> codes(const LoadControlPlan& p,
                                    const LoadControlCapabilities& caps = omnia()) {
    std::vector<LoadControlError> out;
    for (const auto& f : p.validate(caps)) {
        out.push_back(f.code);
    }
    return out;
}

LoadControlPlan onDemand(std::uint8_t relay, bool state) {
    LoadControlPlan p;
    p.relays.push_back(RelayPlan{relay, RelayMode::OnDemand, state, {}, 0});
    return p;
}

}  // namespace

class TstMeterLoadControl : public QObject {
    Q_OBJECT

private slots:
    void jsonReadsEveryElement() {
        const auto plan = LoadControlPlan::fromJson(kPlanJson);
        QVERIFY(plan);
        QCOMPARE(plan->relays.size(), std::size_t{2});
        QCOMPARE(plan->relays[0].mode, RelayMode::Calendar);
        QCOMPARE(plan->relays[0].schedule[1], (RelaySwitch{9, 30, false}));
        QCOMPARE(plan->relays[1].tariffMask, std::uint8_t{0x06});  // T2 and T3
        QVERIFY(!plan->relays[1].state.has_value());
        QCOMPARE(plan->supplyControl,
                 std::optional<SupplyControlPlan>({ControlState::Connected, ControlMode::Mode1}));
        QVERIFY(plan->validate(omnia()).empty());
        const auto again = LoadControlPlan::fromJson(plan->toJson());
        QVERIFY(again);
        QCOMPARE(*again, *plan);
    }

    void capabilitiesFromTheMeter() {
        // OMNIA FLEX "AA" (APS + 2x load ctrl + 1x pulse out), X4 = 1 integrated breaker.
        const auto withRelays = TypeNumber::decode("68 4-2-11P-1342AAD1-1B24XXX");
        QVERIFY(withRelays);
        QCOMPARE(capabilitiesOf(*withRelays, nullptr), (LoadControlCapabilities{2, true, 8}));
        // FLEX "00", no breaker: nothing to control.
        const auto plain = TypeNumber::decode("68 4-2-10P-134200D1-1B24XXX");
        QVERIFY(plain);
        QCOMPARE(capabilitiesOf(*plain, nullptr), (LoadControlCapabilities{0, false, 8}));
        // OMNIPOWER CT: outputs from Z3 once Z14 enables load control.
        QCOMPARE(omnipowerOutputs("26", "001"), std::uint8_t{2});  // Load control 1 / 2
        QCOMPARE(omnipowerOutputs("17", "001"), std::uint8_t{1});  // Load control / Status
        QCOMPARE(omnipowerOutputs("27", "001"), std::uint8_t{1});  // Pulse in / Load control
        QCOMPARE(omnipowerOutputs("28", "001"), std::uint8_t{1});  // Toggle load control 1 & 2
        QCOMPARE(omnipowerOutputs("18", "001"), std::uint8_t{1});  // Load tariff sync
        QCOMPARE(omnipowerOutputs("05", "001"), std::uint8_t{0});  // Pulse in / A+ out
        QCOMPARE(omnipowerOutputs("26", "000"), std::uint8_t{0});  // Load control disabled
        const auto ct = TypeNumber::decode("68 51 13 5 BD 2 40 1 1 1 XXX");
        QVERIFY(ct);
        SoftwareConfiguration config;
        QVERIFY(config.setCode(ZField::Z3, "26"));
        QVERIFY(config.setCode(ZField::Z14, "001"));
        QCOMPARE(capabilitiesOf(*ct, &config), (LoadControlCapabilities{2, false, 8}));
        QCOMPARE(capabilitiesOf(*ct, nullptr).relays, std::uint8_t{0});
    }

    // ---- one test per validation rule ----

    void ruleRelayMustExist() {
        QCOMPARE(codes(onDemand(3, true)),
                 std::vector<LoadControlError>{LoadControlError::NoSuchRelay});
        QCOMPARE(onDemand(3, true).validate(omnia()).front().detail,
                 std::string("relays[0].relay: relay 3 does not exist; the meter has 2"));
        QCOMPARE(codes(onDemand(1, true), LoadControlCapabilities{}),
                 std::vector<LoadControlError>{LoadControlError::NoSuchRelay});
        QVERIFY(codes(onDemand(2, true)).empty());
    }

    void ruleRelayOnce() {
        auto p = onDemand(1, true);
        p.relays.push_back(RelayPlan{1, RelayMode::OnDemand, false, {}, 0});
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::DuplicateRelay});
    }

    void ruleStateOnlyOnDemand() {
        auto p = samplePlan();
        p.relays[1].state = true;
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::StateNotOnDemand});
        QCOMPARE(
            p.validate(omnia()).front().detail,
            std::string("relays[1].state: the state is set by the meter in follow-tariff mode"));
    }

    void ruleScheduleOnlyInCalendarMode() {
        auto p = samplePlan();
        p.relays[1].schedule = {{6, 0, true}};
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::ScheduleNotCalendar});
        auto q = samplePlan();
        q.relays[0].schedule.clear();
        QCOMPARE(codes(q), std::vector<LoadControlError>{LoadControlError::EmptySchedule});
    }

    void ruleScheduleOrderedAndWithinDay() {
        auto p = samplePlan();
        std::swap(p.relays[0].schedule[1], p.relays[0].schedule[2]);
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::SwitchesNotOrdered});
        QCOMPARE(p.validate(omnia()).front().detail,
                 std::string("relays[0].schedule[2].time: 09:30 does not follow 17:00"));
        auto q = samplePlan();
        q.relays[0].schedule[3].hour = 24;
        QCOMPARE(codes(q), std::vector<LoadControlError>{LoadControlError::SwitchOutOfDay});
    }

    void ruleScheduleLimit() {
        auto p = samplePlan();
        LoadControlCapabilities caps = omnia();
        caps.maxSwitchesPerRelay = 1;  // two "on" and two "off" times
        QCOMPARE(codes(p, caps),
                 (std::vector<LoadControlError>{LoadControlError::TooManySwitches,
                                                LoadControlError::TooManySwitches}));
        caps.maxSwitchesPerRelay = 2;
        QVERIFY(codes(p, caps).empty());
    }

    void ruleTariffMask() {
        auto p = samplePlan();
        p.relays[1].tariffMask = 0x10;  // T5
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::BadTariffMask});
        p.relays[1].tariffMask = 0;  // follows nothing
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::BadTariffMask});
        p.relays[1].tariffMask = 0x0F;
        QVERIFY(codes(p).empty());
    }

    void ruleSupplyControlSwitch() {
        auto p = samplePlan();
        QCOMPARE(codes(p, LoadControlCapabilities{2, false, 8}),
                 std::vector<LoadControlError>{LoadControlError::NoSupplyControlSwitch});
        p.supplyControl = SupplyControlPlan{ControlState::Disconnected, ControlMode::Mode0};
        QCOMPARE(codes(p), std::vector<LoadControlError>{LoadControlError::DisconnectNotAllowed});
        p.supplyControl = SupplyControlPlan{ControlState::Connected, ControlMode::Mode0};
        QVERIFY(codes(p).empty());
    }

    // ---- COSEM ----

    void cosemAttributeBytes() {
        const auto values = samplePlan().toCosem(LoadControlObjects{});
        // Relay 1: mode, mask, and two schedules of 3 attributes each; relay 2: mode, mask;
        // supply control: control_mode.
        QCOMPARE(values.size(), std::size_t{2 + 6 + 2 + 1});
        QCOMPARE(values[0].classId, std::uint16_t{1});
        QCOMPARE(values[0].obis, (ObisCode{0, 1, 96, 3, 128, 255}));
        QCOMPARE(hex(values[0].value), std::string("16 01"));  // enum 1 calendar
        QCOMPARE(values[1].obis, (ObisCode{0, 1, 96, 3, 130, 255}));
        QCOMPARE(hex(values[1].value), std::string("11 00"));
        // Switch-on schedule: executed_script {0.0.10.0.106.255, 1} (relay 1 on), type 5,
        // execution_time {06:00, *-*-*}, {17:00, *-*-*}.
        QCOMPARE(values[2].classId, std::uint16_t{22});
        QCOMPARE(values[2].obis, (ObisCode{0, 1, 15, 0, 1, 255}));
        QCOMPARE(hex(values[2].value), std::string("02 02 09 06 00 00 0A 00 6A FF 12 00 01"));
        QCOMPARE(hex(values[3].value), std::string("16 05"));
        QCOMPARE(hex(values[4].value),
                 std::string("01 02 02 02 09 04 06 00 00 00 09 05 FF FF FF FF FF "
                             "02 02 09 04 11 00 00 00 09 05 FF FF FF FF FF"));
        // Switch-off schedule runs script 2 (relay 1 off).
        QCOMPARE(values[5].obis, (ObisCode{0, 1, 15, 0, 2, 255}));
        QCOMPARE(hex(values[5].value), std::string("02 02 09 06 00 00 0A 00 6A FF 12 00 02"));
        QCOMPARE(hex(values[7].value),
                 std::string("01 02 02 02 09 04 09 1E 00 00 09 05 FF FF FF FF FF "
                             "02 02 09 04 16 00 00 00 09 05 FF FF FF FF FF"));
        // Relay 2 follows T2 and T3: mask 0b0110.
        QCOMPARE(values[8].obis, (ObisCode{0, 2, 96, 3, 128, 255}));
        QCOMPARE(hex(values[8].value), std::string("16 02"));
        QCOMPARE(hex(values[9].value), std::string("11 06"));
        // Supply control switch: control_mode 1.
        QCOMPARE(values[10].classId, std::uint16_t{70});
        QCOMPARE(values[10].attribute, std::int8_t{4});
        QCOMPARE(hex(values[10].value), std::string("16 01"));
        // An on-demand relay writes its state.
        const auto state = onDemand(2, true).toCosem(LoadControlObjects{});
        QCOMPARE(state.size(), std::size_t{3});
        QCOMPARE(state[2].obis, (ObisCode{0, 2, 96, 3, 129, 255}));
        QCOMPARE(hex(state[2].value), std::string("03 01"));
    }

    void supplyControlMethods() {
        const LoadControlObjects objects;
        auto p = samplePlan();
        QVERIFY(!p.supplyControlAction(objects, ControlState::Connected));
        const auto reconnect = p.supplyControlAction(objects, ControlState::Disconnected);
        QVERIFY(reconnect);
        QCOMPARE(reconnect->method, std::int8_t{2});  // remote_reconnect
        QCOMPARE(reconnect->obis, (ObisCode{0, 0, 96, 3, 10, 255}));
        QCOMPARE(hex(reconnect->parameter), std::string("0F 00"));
        p.supplyControl->state = ControlState::Disconnected;
        const auto disconnect = p.supplyControlAction(objects, ControlState::Connected);
        QVERIFY(disconnect);
        QCOMPARE(disconnect->method, std::int8_t{1});  // remote_disconnect
        QVERIFY(!LoadControlPlan{}.supplyControlAction(objects, ControlState::Connected));
    }

    void writeStepsEndWithTheSupplyAction() {
        auto plan = samplePlan();
        plan.supplyControl->state = ControlState::Disconnected;
        const auto steps = plan.writeSteps(LoadControlObjects{}, ControlState::Connected);
        QCOMPARE(steps.size(), std::size_t{12});
        QCOMPARE(std::get<AttributeValue>(steps[0]).obis, (ObisCode{0, 1, 96, 3, 128, 255}));
        QCOMPARE(std::get<MethodCall>(steps[11]).method, std::int8_t{1});
        QCOMPARE(plan.writeSteps(LoadControlObjects{}, ControlState::Disconnected).size(),
                 std::size_t{11});
        // An on-demand relay: the mode is written before the state.
        const auto relay =
            onDemand(1, true).writeSteps(LoadControlObjects{}, ControlState::Connected);
        QCOMPARE(std::get<AttributeValue>(relay[0]).obis, (ObisCode{0, 1, 96, 3, 128, 255}));
        QCOMPARE(std::get<AttributeValue>(relay[2]).obis, (ObisCode{0, 1, 96, 3, 129, 255}));
    }

    void cosemRoundTrip() {
        auto plan = samplePlan();
        plan.relays[1].tariffMask = 0x09;
        auto values = plan.toCosem(LoadControlObjects{});
        // What a meter reads back also holds the state of attribute 3 of the breaker.
        values.push_back({70, ObisCode{0, 0, 96, 3, 10, 255}, 3, dlms::Data::enumValue(1)});
        const auto back = LoadControlPlan::fromCosem(values, LoadControlObjects{}, 2, true);
        QVERIFY(back);
        QCOMPARE(*back, plan);
        const auto relay = onDemand(1, false);
        const auto single = LoadControlPlan::fromCosem(relay.toCosem({}), {}, 1, false);
        QVERIFY(single);
        QCOMPARE(*single, relay);
    }

    void cosemRefusals() {
        const LoadControlObjects objects;
        auto values = samplePlan().toCosem(objects);
        values.push_back({70, objects.supplyControl, 3, dlms::Data::enumValue(1)});
        auto replaced = [&](const ObisCode& obis, std::int8_t attribute, dlms::Data d) {
            auto out = values;
            for (auto& v : out) {
                if (v.obis == obis && v.attribute == attribute) {
                    v.value = d;
                }
            }
            return out;
        };
        // Relay mode 3 is not defined.
        auto badMode = LoadControlPlan::fromCosem(
            replaced(objects.relay(1).mode, 2, dlms::Data::enumValue(3)), objects, 2, true);
        QVERIFY(!badMode);
        QCOMPARE(badMode.error().code, LoadControlError::BadCosemValue);
        QCOMPARE(badMode.error().detail, std::string("0.1.96.3.128.255: enum 3 not defined"));
        // A switch-on schedule that runs the off script.
        omt::cosem::ScriptReference off{objects.relayScripts, 2};
        auto swapped = LoadControlPlan::fromCosem(
            replaced(objects.relay(1).scheduleOn, 2, off.toData()), objects, 2, true);
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().code, LoadControlError::BadCosemValue);
        // A schedule on a given date is not a daily time.
        omt::cosem::ExecutionTimes dated{{{{6, 0, 0, 0}, {2026, 5, 1, 0xFF}}}};
        auto onDate = LoadControlPlan::fromCosem(
            replaced(objects.relay(1).scheduleOn, 4, dated.toData()), objects, 2, true);
        QVERIFY(!onDate);
        QCOMPARE(onDate.error().detail,
                 std::string("0.1.15.0.1.255.execution_time[0]: only daily times (date *-*-*) "
                             "can be represented"));
        // Everything given decodes; without the breaker's state it is refused.
        QVERIFY(LoadControlPlan::fromCosem(values, objects, 2, true));
        auto noBreakerState = values;
        noBreakerState.pop_back();
        auto noState = LoadControlPlan::fromCosem(noBreakerState, objects, 2, true);
        QVERIFY(!noState);
        QCOMPARE(noState.error().code, LoadControlError::MissingAttribute);
        QCOMPARE(noState.error().detail, std::string("0.0.96.3.10.255: attribute 3 not given"));
        // Wrong type: a boolean where the mask (unsigned) is.
        auto boolMask = LoadControlPlan::fromCosem(
            replaced(objects.relay(2).tariffMask, 2, dlms::Data::boolean(true)), objects, 2, true);
        QVERIFY(!boolMask);
        QCOMPARE(boolMask.error().code, LoadControlError::BadCosemValue);
    }

    // ---- JSON ----

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
            << with("\"version\": 1", "\"version\": 7") << int(DocumentError::FutureVersion)
            << "$.version: version 7 is newer than 1, the newest this program reads";
        QTest::newRow("unknown mode")
            << with("\"follow-tariff\"", "\"sometimes\"") << int(DocumentError::BadValue)
            << "$.relays[1].mode: \"sometimes\" is not on-demand, calendar or follow-tariff";
        QTest::newRow("tariff 5") << with("[2, 3]", "[2, 5]") << int(DocumentError::BadValue)
                                  << "$.relays[1].tariffs[1]: 5 not in 1..4";
        QTest::newRow("unknown field")
            << with("\"relay\": 2,", "\"relay\": 2, \"inverted\": true,")
            << int(DocumentError::UnknownField) << "$.relays[1].inverted: unknown field";
        QTest::newRow("on as text")
            << with("\"on\": true}, {\"time\": \"09:30\"", "\"on\": \"yes\"}, {\"time\": \"09:30\"")
            << int(DocumentError::WrongType)
            << "$.relays[0].schedule[0].on: expected true or false";
        QTest::newRow("bad breaker state")
            << with("\"connected\"", "\"open\"") << int(DocumentError::BadValue)
            << "$.supply_control.state: \"open\" is not connected, disconnected or "
               "ready-for-reconnection";
        QTest::newRow("control mode 7")
            << with("\"mode\": 1}", "\"mode\": 7}") << int(DocumentError::BadValue)
            << "$.supply_control.mode: 7 not in 0..6";
        QTest::newRow("relay 0") << with("\"relay\": 1", "\"relay\": 0")
                                 << int(DocumentError::BadValue)
                                 << "$.relays[0].relay: 0 not in 1..255";
        QTest::newRow("tariff plan given")
            << with("omt-load-control-plan", "omt-tariff-plan") << int(DocumentError::WrongFormat)
            << "$.format: expected \"omt-load-control-plan\"";
        QTest::newRow("duplicate key")
            << with("\"relay\": 2,", "\"relay\": 2, \"relay\": 1,")
            << int(DocumentError::DuplicateKey) << "$.relays[1].relay: duplicate key";
    }

    void jsonRefusals() {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto plan = LoadControlPlan::fromJson(text.toStdString());
        QVERIFY(!plan);
        QCOMPARE(int(plan.error().code), code);
        QCOMPARE(QString::fromStdString(plan.error().detail), detail);
    }

    // ---- diff and words ----

    void diffAndWords() {
        const auto before = samplePlan();
        auto after = before;
        after.relays[1].tariffMask = 0x01;
        after.supplyControl->state = ControlState::Disconnected;
        const auto changes = after.diffFrom(before);
        QCOMPARE(changes.size(), std::size_t{2});
        QCOMPARE(changes[0], (PlanChange{"relay[2]", "follow-tariff, tariffs T2, T3",
                                         "follow-tariff, tariffs T1"}));
        QCOMPARE(changes[1], (PlanChange{"supply_control", "connected, control mode 1",
                                         "disconnected, control mode 1"}));
        QCOMPARE(before.describe().front(),
                 std::string("relay[1]: calendar, on 06:00, off 09:30, on 17:00, off 22:00, "
                             "tariffs none"));
        QCOMPARE(onDemand(1, true).describe().front(),
                 std::string("relay[1]: on-demand, on, tariffs none"));
    }
};

QTEST_GUILESS_MAIN(TstMeterLoadControl)
#include "tst_meter_load_control.moc"

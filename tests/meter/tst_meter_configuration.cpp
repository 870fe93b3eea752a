// MeterConfiguration and configuration templates (core/meter/configuration.h): a whole meter
// configuration read from attribute values and written back, compared in words, and the
// "omt-configuration" template with its refusals.
#include <QTest>

#include "meter/configuration.h"
#include "meter/write_plan.h"

using namespace omt;
using namespace omt::meter;
using cosem::ObisCode;
using dlms::Data;

namespace {

// The virtual OMNIPOWER CT's factory configuration (sim/meters/kamstrup_meter.cpp).
constexpr char kZ[] =
    "1-2-26-2-000-01-01-1-000-01-00-002-001-001-000-000-000-000-200-1-1-0-1-000-1-1-04-1";
constexpr char kType[] = "68 51 13 5 BD 2 40 1 1 1 XXX";

DeviceProfile profileOf(MeterFamily family) {
    auto p = loadDeviceProfile(family, OMT_SOURCE_DIR "/resources");
    if (!p) {
        qFatal("profile: %s", p.error().detail.c_str());
    }
    return *p;
}

Data column(std::uint16_t classId, const ObisCode& obis) {
    return cosem::CaptureObjectDefinition{classId, obis, 2, 0}.toData();
}

/// What `omt` reads from an OMNIPOWER CT at 200/5 A, unlocked, 15-minute load profile.
std::vector<AttributeValue> ctMeterValues() {
    return {
        {1, {0, 0, 96, 1, 0, 255}, 2, Data::octetString(bytesOf("71234567"))},
        {1, {0, 0, 96, 1, 1, 255}, 2, Data::visibleString(kType)},
        {1, {0, 0, 96, 1, 128, 255}, 2, Data::visibleString(kZ)},
        {3, {1, 0, 0, 4, 2, 255}, 2, Data::longUnsigned(200)},
        {3, {1, 0, 0, 4, 5, 255}, 2, Data::longUnsigned(5)},
        {1, {1, 0, 0, 4, 128, 255}, 2, Data::boolean(false)},
        {7, {1, 0, 99, 1, 0, 255}, 4, Data::doubleLongUnsigned(900)},
        {7,
         {0, 0, 21, 0, 1, 255},
         3,
         Data::array({column(3, {1, 0, 1, 8, 0, 255}), column(1, {0, 0, 96, 1, 0, 255})})},
        {7,
         {0, 0, 21, 0, 2, 255},
         3,
         Data::array({column(3, {1, 0, 1, 8, 0, 255}), column(3, {1, 0, 2, 8, 0, 255})})},
    };
}

MeterConfiguration ctMeter() {
    auto c = MeterConfiguration::fromValues(profileOf(MeterFamily::OmnipowerCt), ctMeterValues());
    if (!c) {
        qFatal("fromValues: %s", c.error().detail.c_str());
    }
    return *c;
}

constexpr char kOmniaType[] = "68 4-2-11P-1342AAD1-1B24XXX";

/// What `omt` reads from an OMNIA e-meter with load profile 1 at `lp1` and load profile 2 at
/// `lp2` seconds. It also answers the OMNIPOWER CT's Z-code object with a Z string, as the
/// virtual OMNIA did before issue 18: the OMNIA's profile does not locate it, so it is ignored.
std::vector<AttributeValue> omniaMeterValues(std::uint32_t lp1 = 300, std::uint32_t lp2 = 900) {
    return {
        {1, {0, 0, 96, 1, 0, 255}, 2, Data::visibleString("71230001")},
        {1, {0, 0, 96, 1, 1, 255}, 2, Data::visibleString(kOmniaType)},
        {1, {0, 0, 96, 1, 128, 255}, 2, Data::visibleString(kZ)},
        {7, {1, 0, 99, 1, 0, 255}, 4, Data::doubleLongUnsigned(lp1)},
        {7, {1, 0, 99, 2, 0, 255}, 4, Data::doubleLongUnsigned(lp2)},
        {7,
         {0, 0, 21, 0, 1, 255},
         3,
         Data::array({column(3, {1, 0, 1, 8, 0, 255}), column(1, {0, 0, 96, 1, 0, 255})})},
        {7,
         {0, 0, 21, 0, 2, 255},
         3,
         Data::array({column(3, {1, 0, 1, 8, 0, 255}), column(3, {1, 0, 2, 8, 0, 255})})},
    };
}

MeterConfiguration omniaMeter(std::uint32_t lp1 = 300, std::uint32_t lp2 = 900) {
    auto c = MeterConfiguration::fromValues(profileOf(MeterFamily::OmniaEMeter),
                                            omniaMeterValues(lp1, lp2));
    if (!c) {
        qFatal("fromValues: %s", c.error().detail.c_str());
    }
    return *c;
}

/// A template of `meter` with `body` (", ..." members), of format version `version`.
Expected<ConfigurationTemplate, ConfigurationFailure> parseFor(const char* meter,
                                                               const std::string& body,
                                                               int version = 2) {
    return ConfigurationTemplate::fromJson(R"({"format": "omt-configuration", "version": )" +
                                           std::to_string(version) + R"(, "meter": ")" + meter +
                                           "\"" + body + "}");
}

Expected<ConfigurationTemplate, ConfigurationFailure> parse(const std::string& body) {
    return ConfigurationTemplate::fromJson(
        R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct")" + body + "}");
}

}  // namespace

class TstMeterConfiguration : public QObject {
    Q_OBJECT

private slots:
    void readsEverySettingFromTheValues();
    void aValueThatDoesNotDecodeIsNamedNotFatal();
    void toValuesReadsBackToTheSameConfiguration();
    void readListAsksForEverySettingOnce();
    void templateRoundTripsThroughJson();
    void templateRefusals_data();
    void templateRefusals();
    void ctRatioMovesZ21AndPeriodMovesZ4();
    void contradictionsAreRefused();
    void displayReadingsTakeTheirClassFromMeterOrProfile();
    void templateForAnotherMeterIsRefused();
    void diffNamesEachChange();
    void debitingIntervalsOfZ7();
    void issue18_omniaLoadProfilesAt5And10Minutes();
    void issue18_aZCodeTemplateLeavesTheLoadProfileAlone();
    void issue18_theOmniaHasNoZCodes();
    void issue18_theOmniasSecondLoadProfilePeriod();
    void issue18_templateVersions();
    void issue18_describeDecodesTheZCodes();
    void issue18_oneSettingWritesExactlyThatSetting_data();
    void issue18_oneSettingWritesExactlyThatSetting();
};

void TstMeterConfiguration::readsEverySettingFromTheValues() {
    const MeterConfiguration c = ctMeter();
    QCOMPARE(c.meter, MeterFamily::OmnipowerCt);
    QCOMPARE(c.serialNumber, std::string("71234567"));
    QCOMPARE(c.typeNumber, std::string(kType));
    QVERIFY(c.software.has_value());
    QCOMPARE(c.software->format(), std::string(kZ));
    QVERIFY(c.ct.has_value());
    QCOMPARE(c.ct->factor, std::uint16_t{200});
    QCOMPARE(c.ct->locked, false);
    QCOMPARE(c.ct->secondary, ct::Secondary::FiveAmp);
    QCOMPARE(c.loadProfilePeriod, std::optional<std::uint32_t>(900));
    QCOMPARE(c.displayLists.size(), std::size_t{2});
    const auto& automatic = c.displayLists.at(DisplayListKind::Automatic);
    QCOMPARE(automatic.size(), std::size_t{2});
    QCOMPARE(automatic[1].classId, std::uint16_t{1});
    QCOMPARE(automatic[1].logicalName, ObisCode(0, 0, 96, 1, 0, 255));
    // No tariff or relay values given: those settings are absent, not errors.
    QVERIFY(!c.tariff);
    QVERIFY(!c.loadControl);
    QVERIFY(c.unreadable.empty());
}

void TstMeterConfiguration::aValueThatDoesNotDecodeIsNamedNotFatal() {
    auto values = ctMeterValues();
    values[2].value = Data::longUnsigned(7);                 // Z codes as a number
    values[3].value = Data::longUnsigned(601);               // no ratio
    values[7].value = Data::array({Data::longUnsigned(1)});  // not capture objects
    auto c = MeterConfiguration::fromValues(profileOf(MeterFamily::OmnipowerCt), values);
    QVERIFY(c.hasValue());
    QVERIFY(!c->software);
    QVERIFY(!c->ct);
    QVERIFY(!c->displayLists.contains(DisplayListKind::Automatic));
    QCOMPARE(c->unreadable.size(), std::size_t{3});
    QVERIFY(c->unreadable[0].starts_with("software-configuration: "));
    QVERIFY(c->unreadable[1].starts_with("ct-ratio: "));
    QVERIFY(c->unreadable[2].starts_with("display-list-automatic: "));
}

void TstMeterConfiguration::toValuesReadsBackToTheSameConfiguration() {
    const auto profile = profileOf(MeterFamily::OmnipowerCt);
    const MeterConfiguration c = ctMeter();
    auto values = c.toValues(profile);
    // Settings only: serial and type number are not written; the CT secondary is wiring.
    QVERIFY(findAttribute(values, ObisCode(0, 0, 96, 1, 0, 255), 2) == nullptr);
    QVERIFY(findAttribute(values, ObisCode(1, 0, 0, 4, 5, 255), 2) == nullptr);
    const auto* ratio = findAttribute(values, ObisCode(1, 0, 0, 4, 2, 255), 2);
    QVERIFY(ratio != nullptr);
    QCOMPARE(ratio->classId, std::uint16_t{3});
    QCOMPARE(ratio->value, Data::longUnsigned(200));
    QCOMPARE(findAttribute(values, ObisCode(1, 0, 99, 1, 0, 255), 4)->value,
             Data::doubleLongUnsigned(900));
    values.push_back(ctMeterValues()[0]);
    values.push_back(ctMeterValues()[1]);
    values.push_back(ctMeterValues()[4]);
    auto again = MeterConfiguration::fromValues(profile, values);
    QVERIFY(again.hasValue());
    QCOMPARE(*again, c);
}

void TstMeterConfiguration::readListAsksForEverySettingOnce() {
    const auto list = configurationReadList(profileOf(MeterFamily::OmnipowerCt));
    auto has = [&](std::uint16_t cls, ObisCode obis, std::int8_t a) {
        return std::count(list.begin(), list.end(), AttributeAddress{cls, obis, a}) == 1;
    };
    QVERIFY(has(3, {1, 0, 0, 4, 2, 255}, 2));
    QVERIFY(!has(3, {1, 0, 0, 4, 2, 255}, 3));  // scaler_unit is no setting
    QVERIFY(has(1, {1, 0, 0, 4, 128, 255}, 2));
    QVERIFY(has(7, {0, 0, 21, 0, 3, 255}, 3));
    QVERIFY(has(7, {1, 0, 99, 1, 0, 255}, 4));
    QVERIFY(has(20, {0, 0, 13, 0, 0, 255}, 10));
    QVERIFY(has(1, {0, 2, 96, 3, 128, 255}, 2));
    // Registers and logs are no configuration.
    QVERIFY(!has(3, {1, 0, 1, 8, 0, 255}, 2));
    QVERIFY(!has(7, {0, 0, 99, 98, 0, 255}, 2));
}

void TstMeterConfiguration::templateRoundTripsThroughJson() {
    const auto t = ConfigurationTemplate::of(ctMeter(), {});
    const std::string json = t.toJson();
    QVERIFY(json.find(R"("format": "omt-configuration")") != std::string::npos);
    QVERIFY(json.find(R"("factor": 200)") != std::string::npos);
    QVERIFY(json.find(R"("1/0.0.96.1.0.255")") != std::string::npos);
    auto back = ConfigurationTemplate::fromJson(json);
    QVERIFY2(back.hasValue(), back ? "" : back.error().detail.c_str());
    QCOMPARE(*back, t);
    // Subsets: only the CT ratio.
    ConfigurationTemplate::Subsets onlyCt{false, true, false, false, false, false};
    const auto ct = ConfigurationTemplate::of(ctMeter(), onlyCt);
    QVERIFY(!ct.software && !ct.loadProfilePeriod && ct.displayLists.empty());
    QCOMPARE(ct.ctFactor, std::optional<std::uint16_t>(200));
}

void TstMeterConfiguration::templateRefusals_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    using E = ConfigurationError;
    const QString head =
        QStringLiteral(R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct")");
    QTest::newRow("not json") << QStringLiteral("{\"format\": ") << int(E::Syntax) << QString();
    QTest::newRow("duplicate key") << head + QStringLiteral(R"(, "meter": "omnia-e-meter"})")
                                   << int(E::DuplicateKey) << QStringLiteral("$.meter");
    QTest::newRow("unknown field")
        << head + QStringLiteral(R"(, "colour": "red"})") << int(E::UnknownField)
        << QStringLiteral("$.colour: unknown field");
    QTest::newRow("future version")
        << QStringLiteral(R"({"format": "omt-configuration", "version": 3, "meter": "omnia"})")
        << int(E::FutureVersion) << QStringLiteral("$.version");
    QTest::newRow("another format")
        << QStringLiteral(R"({"format": "omt-tariff-plan", "version": 1})") << int(E::WrongFormat)
        << QStringLiteral("$.format");
    QTest::newRow("unknown meter")
        << QStringLiteral(R"({"format": "omt-configuration", "version": 1, "meter": "ax"})")
        << int(E::BadValue) << QStringLiteral("$.meter");
    QTest::newRow("ratio 601") << head + QStringLiteral(R"(, "ct-ratio": {"factor": 601}})")
                               << int(E::BadValue) << QStringLiteral("$.ct-ratio.factor");
    QTest::newRow("ratio field") << head + QStringLiteral(R"(, "ct-ratio": {"ratio": 6}})")
                                 << int(E::UnknownField) << QStringLiteral("$.ct-ratio.ratio");
    QTest::newRow("empty ratio") << head + QStringLiteral(R"(, "ct-ratio": {}})")
                                 << int(E::MissingField) << QStringLiteral("$.ct-ratio");
    QTest::newRow("bad z") << head + QStringLiteral(R"(, "software-configuration": "1-2-x"})")
                           << int(E::BadValue) << QStringLiteral("$.software-configuration");
    QTest::newRow("bad reading") << head + QStringLiteral(
                                               R"(, "display-lists": {"automatic": ["1.0.1.8"]}})")
                                 << int(E::BadValue)
                                 << QStringLiteral("$.display-lists.automatic[0]");
    QTest::newRow("reading number")
        << head + QStringLiteral(R"(, "display-lists": {"manual": [1]}})") << int(E::WrongType)
        << QStringLiteral("$.display-lists.manual[0]");
    QTest::newRow("unknown list") << head +
                                         QStringLiteral(R"(, "display-lists": {"scrolling": []}})")
                                  << int(E::UnknownField)
                                  << QStringLiteral("$.display-lists.scrolling");
    QTest::newRow("nested tariff")
        << head + QStringLiteral(R"(, "tariff": {"format": "omt-tariff-plan", "version": 1,)"
                                 R"( "colour": 1}})")
        << int(E::UnknownField) << QStringLiteral("$.tariff.colour");
    QTest::newRow("nested load control")
        << head + QStringLiteral(R"(, "load-control": {"format": "omt-tariff-plan",)"
                                 R"( "version": 1}})")
        << int(E::WrongFormat) << QStringLiteral("$.load-control.format");
}

void TstMeterConfiguration::templateRefusals() {
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, detail);
    auto t = ConfigurationTemplate::fromJson(text.toStdString());
    QVERIFY(!t.hasValue());
    QCOMPARE(int(t.error().code), code);
    QVERIFY2(QString::fromStdString(t.error().detail).startsWith(detail), t.error().detail.c_str());
}

void TstMeterConfiguration::ctRatioMovesZ21AndPeriodMovesZ4() {
    const auto profile = profileOf(MeterFamily::OmnipowerCt);
    auto t = parse(R"(, "ct-ratio": {"factor": 300}, "load-profile-period": 1800)");
    QVERIFY(t.hasValue());
    auto target = t->applyTo(ctMeter(), profile);
    QVERIFY2(target.hasValue(), target ? "" : target.error().detail.c_str());
    QCOMPARE(target->ct->factor, std::uint16_t{300});
    QCOMPARE(target->software->code(ZField::Z21), std::string_view("300"));
    QCOMPARE(target->software->code(ZField::Z4), std::string_view("3"));
    QCOMPARE(target->loadProfilePeriod, std::optional<std::uint32_t>(1800));
    // Untouched settings stay as read.
    QCOMPARE(target->displayLists, ctMeter().displayLists);
    // The Z codes alone move the ratio, the lock and the period.
    std::string z = kZ;
    z.replace(z.find("-200-1-"), 7, "-040-2-");
    auto zt = parse(R"(, "software-configuration": ")" + z + "\"");
    QVERIFY(zt.hasValue());
    auto zTarget = zt->applyTo(ctMeter(), profile);
    QVERIFY(zTarget.hasValue());
    QCOMPARE(zTarget->ct->factor, std::uint16_t{40});
    QCOMPARE(zTarget->ct->locked, true);
    // A period the Z4 codes cannot express.
    auto odd = parse(R"(, "load-profile-period": 300)");
    QVERIFY(odd.hasValue());
    auto refused = odd->applyTo(ctMeter(), profile);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, ConfigurationError::BadValue);
}

void TstMeterConfiguration::contradictionsAreRefused() {
    const auto profile = profileOf(MeterFamily::OmnipowerCt);
    // Z21 says 200, ct-ratio says 300.
    auto t = parse(std::string(R"(, "software-configuration": ")") + kZ +
                   R"(", "ct-ratio": {"factor": 300})");
    QVERIFY(t.hasValue());
    auto target = t->applyTo(ctMeter(), profile);
    QVERIFY(!target.hasValue());
    QCOMPARE(target.error().code, ConfigurationError::Contradiction);
    QVERIFY(target.error().detail.find("Z21") != std::string::npos);
    // Z4 says 15 minutes (2), the period 3600.
    auto p = parse(std::string(R"(, "software-configuration": ")") + kZ +
                   R"(", "load-profile-period": 3600)");
    QVERIFY(p.hasValue());
    auto pTarget = p->applyTo(ctMeter(), profile);
    QVERIFY(!pTarget.hasValue());
    QCOMPARE(pTarget.error().code, ConfigurationError::Contradiction);
    // Agreeing values are fine.
    auto ok = parse(std::string(R"(, "software-configuration": ")") + kZ +
                    R"(", "ct-ratio": {"factor": 200, "locked": false})");
    QVERIFY(ok.hasValue());
    QVERIFY(ok->applyTo(ctMeter(), profile).hasValue());
}

void TstMeterConfiguration::displayReadingsTakeTheirClassFromMeterOrProfile() {
    const auto profile = profileOf(MeterFamily::OmnipowerCt);
    auto t = parse(R"(, "display-lists": {"automatic": ["1.0.1.8.0.255", "1-0:3.8.0*255",)"
                   R"( "4/1.0.1.6.0.255", "0.0.96.1.0.255"]})");
    QVERIFY(t.hasValue());
    auto target = t->applyTo(ctMeter(), profile);
    QVERIFY2(target.hasValue(), target ? "" : target.error().detail.c_str());
    const auto& list = target->displayLists.at(DisplayListKind::Automatic);
    QCOMPARE(list.size(), std::size_t{4});
    QCOMPARE(list[0].classId, std::uint16_t{3});  // from the meter's lists
    QCOMPARE(list[1].classId, std::uint16_t{3});  // from the profile (energy registers)
    QCOMPARE(list[2].classId, std::uint16_t{4});  // given
    QCOMPARE(list[3].classId, std::uint16_t{1});  // from the meter's automatic list
    QCOMPARE(list[3].attributeIndex, std::int8_t{2});
    // An object nobody knows needs its class.
    auto unknown = parse(R"(, "display-lists": {"manual": ["1.0.99.99.0.255"]})");
    QVERIFY(unknown.hasValue());
    auto refused = unknown->applyTo(ctMeter(), profile);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, ConfigurationError::UnknownObject);
    // A list the meter has not got (nothing read for backup-powered here).
    auto backup = parse(R"(, "display-lists": {"backup-powered": ["1.0.1.8.0.255"]})");
    QVERIFY(backup.hasValue());
    QCOMPARE(backup->applyTo(ctMeter(), profile).error().code, ConfigurationError::NotForMeter);
}

void TstMeterConfiguration::templateForAnotherMeterIsRefused() {
    auto omnia = ConfigurationTemplate::fromJson(
        R"({"format": "omt-configuration", "version": 1, "meter": "omnia-e-meter",)"
        R"( "ct-ratio": {"factor": 20}})");
    QVERIFY(omnia.hasValue());
    auto target = omnia->applyTo(ctMeter(), profileOf(MeterFamily::OmnipowerCt));
    QVERIFY(!target.hasValue());
    QCOMPARE(target.error().code, ConfigurationError::WrongMeter);
    QCOMPARE(target.error().detail,
             std::string("the template is for omnia-e-meter, this meter is omnipower-ct"));
    // An OMNIA has no CT ratio: a template for it naming one is refused on the OMNIA.
    const auto omniaProfile = profileOf(MeterFamily::OmniaEMeter);
    auto plain = MeterConfiguration::fromValues(omniaProfile, {});
    QVERIFY(plain.hasValue());
    QCOMPARE(omnia->applyTo(*plain, omniaProfile).error().code, ConfigurationError::NotForMeter);
}

void TstMeterConfiguration::diffNamesEachChange() {
    auto t = parse(R"(, "ct-ratio": {"factor": 300, "locked": true},)"
                   R"( "display-lists": {"manual": ["1.0.1.8.0.255"]})");
    QVERIFY(t.hasValue());
    const MeterConfiguration before = ctMeter();
    auto after = t->applyTo(before, profileOf(MeterFamily::OmnipowerCt));
    QVERIFY(after.hasValue());
    const auto changes = after->diffFrom(before);
    const std::vector<ConfigurationChange> expected = {
        {"software-configuration Z21", "200 (1000 A/5 A or 200 A/1 A)",
         "300 (1500 A/5 A or 300 A/1 A)"},
        {"software-configuration Z22", "1 (Unlocked)", "2 (Locked)"},
        {"ct-ratio", "200 (1000/5 A)", "300 (1500/5 A)"},
        {"ct-lock", "unlocked", "locked"},
        {"display-list manual", "1.0.1.8.0.255, 1.0.2.8.0.255", "1.0.1.8.0.255"},
    };
    QCOMPARE(changes, expected);
    QVERIFY(before.diffFrom(before).empty());
}

void TstMeterConfiguration::debitingIntervalsOfZ7() {
    // Z6, the stop day, goes with it: 01..28
    QCOMPARE(stopDayOfZ6("01"), std::optional(1));
    QCOMPARE(stopDayOfZ6("28"), std::optional(28));
    for (const char* bad : {"00", "29", "1", "", "1A"}) {
        QVERIFY2(!stopDayOfZ6(bad), bad);
    }
    QCOMPARE(debitingIntervalOfZ7("00"), std::optional(DebitingInterval{0, 1}));
    QCOMPARE(debitingIntervalOfZ7("01"), std::optional(DebitingInterval{1, 1}));
    QCOMPARE(debitingIntervalOfZ7("03"), std::optional(DebitingInterval{2, 2}));
    QCOMPARE(debitingIntervalOfZ7("06"), std::optional(DebitingInterval{3, 3}));
    QCOMPARE(debitingIntervalOfZ7("07"), std::optional(DebitingInterval{6, 1}));
    QCOMPARE(debitingIntervalOfZ7("12"), std::optional(DebitingInterval{6, 6}));
    QCOMPARE(debitingIntervalOfZ7("13"), std::optional(DebitingInterval{12, 1}));
    QCOMPARE(debitingIntervalOfZ7("24"), std::optional(DebitingInterval{12, 12}));
    for (const char* bad : {"25", "99", "1", "", "0A", "-1"}) {
        QVERIFY2(!debitingIntervalOfZ7(bad), bad);
    }
    // the months a period ends in, for every code: the data sheet's names
    const std::pair<const char*, std::vector<int>> months[] = {
        {"00", {}},
        {"01", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
        {"02", {1, 3, 5, 7, 9, 11}},
        {"03", {2, 4, 6, 8, 10, 12}},
        {"05", {2, 5, 8, 11}},
        {"09", {3, 9}},
        {"23", {11}},
    };
    for (const auto& [code, expected] : months) {
        const auto interval = *debitingIntervalOfZ7(code);
        std::vector<int> ends;
        for (int m = 1; m <= 12; ++m) {
            if (interval.endsIn(m)) {
                ends.push_back(m);
            }
        }
        QCOMPARE(ends, expected);
    }
    // the period index changes exactly on the stop day of those months, over three years
    for (const char* code : {"01", "02", "05", "10", "13", "24"}) {
        const auto interval = *debitingIntervalOfZ7(code);
        for (const int stopDay : {1, 15, 28}) {
            std::int64_t previous = interval.periodIndex(2025, 1, 1, stopDay);
            for (int year = 2025; year <= 2027; ++year) {
                for (int month = 1; month <= 12; ++month) {
                    for (int day = 1; day <= 28; ++day) {
                        const std::int64_t index = interval.periodIndex(year, month, day, stopDay);
                        const bool boundary = day == stopDay && interval.endsIn(month);
                        if (year == 2025 && month == 1 && day == 1) {
                            previous = index;
                            continue;
                        }
                        QVERIFY2((index != previous) == boundary,
                                 qPrintable(QStringLiteral("%1 stop %2: %3-%4-%5")
                                                .arg(QLatin1String(code))
                                                .arg(stopDay)
                                                .arg(year)
                                                .arg(month)
                                                .arg(day)));
                        QVERIFY(index >= previous);
                        previous = index;
                    }
                }
            }
        }
    }
    // none: a period never ends on its own
    const DebitingInterval none{0, 1};
    QCOMPARE(none.periodIndex(2025, 3, 1, 1), none.periodIndex(2027, 11, 17, 1));
}

// Issue 18, item 1. OMNIA data sheet, line 173: "Kamstrup OMNIA e-meter has two load profile
// loggers, each configurable to 5, 10, 15, 30 or 60 min. integration periods." The periods a
// meter offers are its device profile's rule, not the OMNIPOWER CT's Z4 table.
void TstMeterConfiguration::issue18_omniaLoadProfilesAt5And10Minutes() {
    const auto omnia = profileOf(MeterFamily::OmniaEMeter);
    QCOMPARE(omnia.rules().loadProfilePeriods,
             (std::vector<std::uint32_t>{300, 600, 900, 1800, 3600}));
    for (const std::uint32_t seconds : {300U, 600U, 900U, 1800U, 3600U}) {
        for (const char* key : {"load-profile-period", "load-profile-2-period"}) {
            auto t = parseFor("omnia-e-meter",
                              std::string(", \"") + key + "\": " + std::to_string(seconds));
            QVERIFY(t.hasValue());
            auto target = t->applyTo(omniaMeter(3600, 3600), omnia);
            QVERIFY2(target.hasValue(), target ? key : target.error().detail.c_str());
            QCOMPARE(std::string(key) == "load-profile-period" ? target->loadProfilePeriod
                                                               : target->loadProfile2Period,
                     std::optional<std::uint32_t>(seconds));
        }
    }
    // 20 minutes is no OMNIA period; 5 minutes no OMNIPOWER CT period (its sheet: "Load
    // profiles can be configured to 15, 30 or 60 min.")
    auto twenty = parseFor("omnia-e-meter", R"(, "load-profile-period": 1200)");
    const auto refused = twenty->applyTo(omniaMeter(), omnia);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, ConfigurationError::BadValue);
    QCOMPARE(refused.error().detail,
             std::string("load-profile-period: 1200 s is not a period this meter offers (300, "
                         "600, 900, 1800 or 3600 s)"));
    auto five = parse(R"(, "load-profile-period": 300)");
    const auto ct = five->applyTo(ctMeter(), profileOf(MeterFamily::OmnipowerCt));
    QVERIFY(!ct.hasValue());
    QCOMPARE(ct.error().detail,
             std::string("load-profile-period: 300 s is not a period this meter offers (900, "
                         "1800 or 3600 s)"));
}

// Issue 18, item 2: a template that changes only a Z code never writes the load profile period
// (nor the CT ratio or lock) the meter holds, even where that period has no Z4 code or Z4 does
// not say it. OMNIA data sheet line 173 (5-minute periods); the OMNIPOWER CT's Z4 table has
// "15 min. 2, 30 min. 3, 60 min. 4" only.
void TstMeterConfiguration::issue18_aZCodeTemplateLeavesTheLoadProfileAlone() {
    const auto ctProfile = profileOf(MeterFamily::OmnipowerCt);
    // A CT whose period (30 min) is not what its Z4 ("2", 15 min) says.
    auto values = ctMeterValues();
    values[6].value = Data::doubleLongUnsigned(1800);
    const auto meter = *MeterConfiguration::fromValues(ctProfile, values);
    std::string z = kZ;
    z.replace(z.find("-01-00-002-"), 11, "-02-00-002-");  // Z11 01 -> 02
    auto t = parse(R"(, "software-configuration": ")" + z + "\"");
    QVERIFY(t.hasValue());
    auto target = t->applyTo(meter, ctProfile);
    QVERIFY2(target.hasValue(), target ? "" : target.error().detail.c_str());
    QCOMPARE(target->loadProfilePeriod, std::optional<std::uint32_t>(1800));
    QCOMPARE(target->ct, meter.ct);
    const auto changes = target->diffFrom(meter);
    QCOMPARE(changes.size(), std::size_t{1});
    QCOMPARE(changes[0].key, std::string("software-configuration Z11"));
    auto plan = WritePlan::make(ctProfile, meter, *target);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(plan->steps.size(), std::size_t{1});
    QCOMPARE(plan->steps[0].setting, std::string("software-configuration"));
    QVERIFY(plan->warnings().empty());
    // A Z4 the template does change still moves the period.
    z.replace(0, 9, "1-2-26-4-");  // Z4 2 -> 4
    auto four = parse(R"(, "software-configuration": ")" + z + "\"");
    QCOMPARE(four->applyTo(meter, ctProfile)->loadProfilePeriod,
             std::optional<std::uint32_t>(3600));
    // On an OMNIA at 5 minutes a Z-code template is not for this meter: nothing derived.
    auto omniaZ = parseFor("omnia-e-meter", R"(, "software-configuration": ")" + z + "\"");
    QVERIFY(omniaZ.hasValue());
    const auto omniaTarget = omniaZ->applyTo(omniaMeter(300), profileOf(MeterFamily::OmniaEMeter));
    QVERIFY(!omniaTarget.hasValue());
    QCOMPARE(omniaTarget.error().code, ConfigurationError::NotForMeter);
}

// Issue 18, item 3. The OMNIA data sheet has "Configuration - hardware" (the type number) and no
// software configuration table: the OMNIA has no Z1-Z30. Its settings are its COSEM objects.
void TstMeterConfiguration::issue18_theOmniaHasNoZCodes() {
    const auto omnia = profileOf(MeterFamily::OmniaEMeter);
    QVERIFY(omnia.find(Setting::SoftwareConfiguration) == nullptr);
    QCOMPARE(needOf(settingSpec(Setting::SoftwareConfiguration), MeterFamily::OmniaEMeter),
             SettingNeed::Absent);
    const auto list = configurationReadList(omnia);
    QVERIFY(std::none_of(list.begin(), list.end(), [](const AttributeAddress& a) {
        return a.obis == ObisCode(0, 0, 96, 1, 128, 255);
    }));
    // What an old virtual OMNIA served as Z codes is not its configuration.
    const MeterConfiguration c = omniaMeter();
    QVERIFY(!c.software);
    QVERIFY(!c.ct);
    QVERIFY(c.unreadable.empty());
    for (const auto& line : c.describe()) {
        QVERIFY2(line.find("software-configuration") == std::string::npos, line.c_str());
    }
    // A tariff plan on the OMNIA has no Z13 ("tariff_control" stays empty).
    const std::string json = ConfigurationTemplate::of(c, {}).toJson();
    QVERIFY(json.find("software-configuration") == std::string::npos);
}

// Issue 18, item 4: load profile 2's period is read, templated, compared and written like
// load profile 1's (OMNIA data sheet line 173: "two load profile loggers, each configurable").
void TstMeterConfiguration::issue18_theOmniasSecondLoadProfilePeriod() {
    const auto omnia = profileOf(MeterFamily::OmniaEMeter);
    const auto list = configurationReadList(omnia);
    QCOMPARE(
        std::count(list.begin(), list.end(), AttributeAddress{7, ObisCode(1, 0, 99, 2, 0, 255), 4}),
        std::ptrdiff_t{1});
    const MeterConfiguration c = omniaMeter(300, 900);
    QCOMPARE(c.loadProfilePeriod, std::optional<std::uint32_t>(300));
    QCOMPARE(c.loadProfile2Period, std::optional<std::uint32_t>(900));
    QCOMPARE(findAttribute(c.toValues(omnia), ObisCode(1, 0, 99, 2, 0, 255), 4)->value,
             Data::doubleLongUnsigned(900));
    const auto t = ConfigurationTemplate::of(c, {});
    QCOMPARE(t.loadProfile2Period, std::optional<std::uint32_t>(900));
    const std::string json = t.toJson();
    QVERIFY(json.find(R"("load-profile-2-period": 900)") != std::string::npos);
    QCOMPARE(*ConfigurationTemplate::fromJson(json), t);
    auto lp2 = parseFor("omnia-e-meter", R"(, "load-profile-2-period": 600)");
    auto target = lp2->applyTo(c, omnia);
    QVERIFY(target.hasValue());
    QCOMPARE(target->loadProfilePeriod, std::optional<std::uint32_t>(300));
    const auto changes = target->diffFrom(c);
    QCOMPARE(changes,
             (std::vector<ConfigurationChange>{{"load-profile-2-period", "900 s", "600 s"}}));
    QVERIFY(std::find(c.describe().begin(), c.describe().end(),
                      std::string("load-profile-2-period: 900 s")) != c.describe().end());
    // The OMNIPOWER CT has one load profile.
    auto ct = parseFor("omnipower-ct", R"(, "load-profile-2-period": 900)");
    QVERIFY(ct.hasValue());
    QCOMPARE(ct->applyTo(ctMeter(), profileOf(MeterFamily::OmnipowerCt)).error().code,
             ConfigurationError::NotForMeter);
}

// Templates are versioned: version 2 adds "load-profile-2-period" and the informative
// "software-configuration-meanings"; version 1 documents are read as before, newer ones refused.
void TstMeterConfiguration::issue18_templateVersions() {
    auto v1 = parseFor("omnipower-ct", R"(, "load-profile-period": 1800)", 1);
    QVERIFY(v1.hasValue());
    QCOMPARE(v1->loadProfilePeriod, std::optional<std::uint32_t>(1800));
    auto v1Lp2 = parseFor("omnia-e-meter", R"(, "load-profile-2-period": 300)", 1);
    QVERIFY(!v1Lp2.hasValue());
    QCOMPARE(v1Lp2.error().code, ConfigurationError::UnknownField);
    QCOMPARE(v1Lp2.error().detail, std::string("$.load-profile-2-period: unknown field"));
    auto v1Meanings = parseFor("omnipower-ct", R"(, "software-configuration-meanings": [])", 1);
    QCOMPARE(v1Meanings.error().code, ConfigurationError::UnknownField);
    auto v3 = parseFor("omnia-e-meter", "", 3);
    QVERIFY(!v3.hasValue());
    QCOMPARE(v3.error().code, ConfigurationError::FutureVersion);
    // Version 2: the meanings are informative, never applied, but need the string.
    auto lonely = parseFor("omnipower-ct", R"(, "software-configuration-meanings": [])");
    QCOMPARE(lonely.error().code, ConfigurationError::MissingField);
    const std::string json = ConfigurationTemplate::of(ctMeter(), {}).toJson();
    QVERIFY(json.find(R"("version": 2)") != std::string::npos);
    QVERIFY(json.find(R"("software-configuration-meanings")") != std::string::npos);
    auto back = ConfigurationTemplate::fromJson(json);
    QVERIFY2(back.hasValue(), back ? "" : back.error().detail.c_str());
    QCOMPARE(*back, ConfigurationTemplate::of(ctMeter(), {}));
}

// Issue 18, item 9: `omt config show` decodes the Z string with the meanings, as `config diff`
// does (CT data sheet, "Configuration - software": "Z4 Integration period / Load profile period
// ... 15 min. 2").
void TstMeterConfiguration::issue18_describeDecodesTheZCodes() {
    const auto lines = ctMeter().describe();
    const auto has = [&](const std::string& line) {
        return std::find(lines.begin(), lines.end(), line) != lines.end();
    };
    QVERIFY(has(std::string("software-configuration: ") + kZ));
    QVERIFY(has("software-configuration Z4 Integration period / Load profile period: 2 (15 min.)"));
    QVERIFY(has("software-configuration Z21 Transformer ratio: 200 (1000 A/5 A or 200 A/1 A)"));
    QVERIFY(has("software-configuration Z29 Load profile configuration: 04 (A+/A-/R+/R-)"));
    const std::string json = ConfigurationTemplate::of(ctMeter(), {}).toJson();
    QVERIFY(json.find(R"("meaning": "15 min.")") != std::string::npos);
    QVERIFY(json.find(R"("name": "Integration period / Load profile period")") !=
            std::string::npos);
    // A code the profile lists as its order form reads as such.
    auto values = ctMeterValues();
    std::string z = kZ;
    z.replace(z.find("-1-000-01-"), 10, "-1-123-01-");  // Z10 000 -> 123
    values[2].value = Data::visibleString(z);
    const auto odd = *MeterConfiguration::fromValues(profileOf(MeterFamily::OmnipowerCt), values);
    const auto plain = odd.describe();
    QVERIFY(std::find(plain.begin(), plain.end(),
                      "software-configuration Z10 Analysis logger setup: 123 (unknown code)") !=
            plain.end());
    const auto listed = odd.describe({{ZField::Z10, {"123"}}});
    QVERIFY(std::find(listed.begin(), listed.end(),
                      "software-configuration Z10 Analysis logger setup: 123 (order-form specific "
                      "setting (device profile))") != listed.end());
}

// "A template changing one setting writes exactly that setting and nothing derived from it":
// for each setting of each meter, a template naming only that setting plans one step, of that
// setting, and the meter's other settings are neither changed nor written.
void TstMeterConfiguration::issue18_oneSettingWritesExactlyThatSetting_data() {
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("step");
    const int ct = int(MeterFamily::OmnipowerCt);
    const int omnia = int(MeterFamily::OmniaEMeter);
    std::string z = kZ;
    z.replace(z.find("-01-00-002-"), 11, "-02-00-002-");  // Z11 only
    QTest::newRow("ct z11") << ct
                            << QString::fromStdString(R"(, "software-configuration": ")" + z + "\"")
                            << QStringLiteral("software-configuration");
    QTest::newRow("ct ratio") << ct << QStringLiteral(R"(, "ct-ratio": {"factor": 300})")
                              << QStringLiteral("ct-ratio");
    QTest::newRow("ct period") << ct << QStringLiteral(R"(, "load-profile-period": 3600)")
                               << QStringLiteral("load-profile-period");
    QTest::newRow("ct list")
        << ct
        << QStringLiteral(R"(, "display-lists": {"manual": ["1.0.2.8.0.255", "1.0.1.8.0.255"]})")
        << QStringLiteral("display-list manual");
    QTest::newRow("omnia lp1") << omnia << QStringLiteral(R"(, "load-profile-period": 600)")
                               << QStringLiteral("load-profile-period");
    QTest::newRow("omnia lp2") << omnia << QStringLiteral(R"(, "load-profile-2-period": 300)")
                               << QStringLiteral("load-profile-2-period");
    QTest::newRow("omnia list") << omnia
                                << QStringLiteral(
                                       R"(, "display-lists": {"automatic": ["1.0.1.8.0.255"]})")
                                << QStringLiteral("display-list automatic");
}

void TstMeterConfiguration::issue18_oneSettingWritesExactlyThatSetting() {
    QFETCH(int, family);
    QFETCH(QString, body);
    QFETCH(QString, step);
    const auto f = MeterFamily(family);
    const auto profile = profileOf(f);
    // Meters whose period is one their Z codes do not say (the CT) or have none for (the OMNIA
    // at 5 minutes): nothing may move them but a template that names them.
    auto values = f == MeterFamily::OmnipowerCt ? ctMeterValues() : omniaMeterValues(300, 900);
    if (f == MeterFamily::OmnipowerCt) {
        values[6].value = Data::doubleLongUnsigned(1800);
    }
    const auto meter = *MeterConfiguration::fromValues(profile, values);
    auto t = parseFor(f == MeterFamily::OmnipowerCt ? "omnipower-ct" : "omnia-e-meter",
                      body.toStdString());
    QVERIFY2(t.hasValue(), t ? "" : t.error().detail.c_str());
    auto target = t->applyTo(meter, profile);
    QVERIFY2(target.hasValue(), target ? "" : target.error().detail.c_str());
    auto plan = WritePlan::make(profile, meter, *target);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(plan->steps.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(plan->steps[0].setting), step);
    // Every attribute written and verified is the setting's own (the CT ratio's Z21 excepted,
    // which is the ratio again and is verified, not written).
    for (const auto& w : plan->steps[0].writes) {
        const auto* set = std::get_if<AttributeValue>(&w);
        QVERIFY(set != nullptr);
        const auto* was = findAttribute(values, set->obis, set->attribute);
        QVERIFY(was == nullptr || !(was->value == set->value));
    }
    // What the target holds besides: as read.
    MeterConfiguration rest = *target;
    rest.displayLists = meter.displayLists;
    rest.ct = meter.ct;
    rest.software = meter.software;
    if (step == QLatin1String("load-profile-period")) {
        rest.loadProfilePeriod = meter.loadProfilePeriod;
    }
    if (step == QLatin1String("load-profile-2-period")) {
        rest.loadProfile2Period = meter.loadProfile2Period;
    }
    QCOMPARE(rest, meter);
    if (step != QLatin1String("load-profile-period")) {
        QCOMPARE(target->loadProfilePeriod, meter.loadProfilePeriod);
    }
    // The Z codes move only with what they hold (Z21 the ratio, Z4 the period), which the meter
    // moves itself: no Z-code write.
    if (step != QLatin1String("ct-ratio") && step != QLatin1String("software-configuration") &&
        step != QLatin1String("load-profile-period")) {
        QCOMPARE(target->software, meter.software);
    }
}

QTEST_APPLESS_MAIN(TstMeterConfiguration)
#include "tst_meter_configuration.moc"

// Specification of core/meter against the OMNIPOWER CT and OMNIA e-meter data sheets: the Z1..Z30
// software configuration codes and the hardware type numbers. Expectations are typed from the data
// sheets here, independently of the catalogue under test.

#include "meter/software_config.h"
#include "meter/type_number.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace omt::meter;

Q_DECLARE_METATYPE(omt::meter::ZField)
Q_DECLARE_METATYPE(omt::meter::ConfigError)
Q_DECLARE_METATYPE(omt::meter::TypeNumberError)

namespace {

// A variant 1 configuration, every field in data-sheet order:
// Z1 1 (7.0) | Z2 2 (LED on) | Z3 00 (no function) | Z4 2 (15 min) | Z5 000 | Z6 01 | Z7 01 monthly
// | Z8 1 | Z10 000 | Z11 01 (+1 h) | Z12 00 | Z13 000 | Z14 000 | Z15 001 (EU) | Z16 000 | Z17 000
// | Z18 000 | Z20 000 | Z21 001 (5 A/5 A) | Z22 1 unlocked | Z23 1 | Z24 0 | Z25 1 | Z26 000 | Z27
// 1 | Z28 0 (N/A, variant 1) | Z29 04 | Z30 1
const char* const kBaseV1 =
    "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1";
// The same for variant 2 except Z28 1 (encryption enabled).
const char* const kBaseV2 =
    "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-001-1-1-0-1-000-1-1-04-1";

SoftwareConfiguration parsed(const char* text) {
    auto r = SoftwareConfiguration::parse(text);
    if (!r) {
        qFatal("fixture does not parse: %s", text);
    }
    return *r;
}

std::vector<ConfigViolation> violationsOf(const SoftwareConfiguration& c, Variant v, ZField f) {
    std::vector<ConfigViolation> out;
    for (const ConfigViolation& x : c.validate(v)) {
        if (x.field == f) {
            out.push_back(x);
        }
    }
    return out;
}

std::string pad(int value, int width) {
    std::string s = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - s.size(), '0') + s;
}

// Availability typed from the data sheet: 3 both variants, 1 only variant 1, 2 only variant 2.
struct Listed {
    ZField field;
    std::vector<std::pair<std::string, int>> codes;
};

std::vector<Listed> listedCodes() {
    std::vector<Listed> l;
    l.push_back({ZField::Z1, {{"1", 3}, {"2", 3}, {"3", 3}}});
    l.push_back({ZField::Z2, {{"1", 3}, {"2", 3}}});
    Listed z3{ZField::Z3, {}};
    for (int i = 0; i <= 28; ++i) {
        if (i != 24 && i != 25) {
            z3.codes.push_back({pad(i, 2), 3});
        }
    }
    l.push_back(z3);
    l.push_back({ZField::Z4, {{"2", 3}, {"3", 3}, {"4", 3}}});
    Listed z6{ZField::Z6, {}};
    for (int i = 1; i <= 28; ++i) {
        z6.codes.push_back({pad(i, 2), 3});
    }
    l.push_back(z6);
    Listed z7{ZField::Z7, {}};
    for (int i = 0; i <= 24; ++i) {
        z7.codes.push_back({pad(i, 2), 3});
    }
    l.push_back(z7);
    l.push_back({ZField::Z8, {{"1", 3}, {"2", 3}, {"3", 3}, {"4", 3}}});
    l.push_back({ZField::Z10, {{"000", 3}}});
    Listed z11{ZField::Z11, {}};
    for (int i = 0; i <= 23; ++i) {
        z11.codes.push_back({pad(i, 2), 3});
    }
    l.push_back(z11);
    l.push_back({ZField::Z12, {{"00", 3}, {"01", 3}, {"02", 3}, {"03", 3}}});
    l.push_back({ZField::Z13, {{"000", 3}, {"001", 3}, {"002", 3}}});
    l.push_back({ZField::Z14, {{"000", 3}, {"001", 3}}});
    l.push_back({ZField::Z15, {{"000", 3}, {"001", 3}}});
    Listed z16{ZField::Z16, {{"000", 3}}};
    for (const char* c : {"318", "319", "326", "328", "329", "337", "338", "339", "348", "349",
                          "359", "369", "378", "379"}) {
        z16.codes.push_back({c, 3});
    }
    l.push_back(z16);
    l.push_back({ZField::Z17, {{"000", 3}}});
    l.push_back({ZField::Z18, {{"000", 3}, {"001", 1}, {"002", 1}}});
    Listed z21{ZField::Z21, {}};
    for (int i = 1; i <= 600; ++i) {
        z21.codes.push_back({pad(i, 3), 3});
    }
    l.push_back(z21);
    l.push_back({ZField::Z22, {{"1", 3}, {"2", 3}}});
    l.push_back({ZField::Z23, {{"1", 3}, {"2", 3}}});
    l.push_back({ZField::Z24, {{"0", 3}, {"1", 3}}});
    l.push_back({ZField::Z25, {{"1", 3}, {"2", 3}, {"3", 3}}});
    l.push_back({ZField::Z26, {{"000", 3}}});
    l.push_back({ZField::Z27, {{"1", 3}, {"2", 2}}});
    l.push_back({ZField::Z28, {{"0", 1}, {"1", 2}, {"2", 2}}});
    l.push_back({ZField::Z29,
                 {{"01", 3},
                  {"02", 3},
                  {"03", 3},
                  {"04", 3},
                  {"05", 2},
                  {"06", 2},
                  {"11", 3},
                  {"12", 3},
                  {"13", 3},
                  {"14", 3},
                  {"15", 2},
                  {"16", 2}}});
    l.push_back({ZField::Z30, {{"1", 3}, {"2", 2}}});
    return l;
}

}  // namespace

class TestMeterConfig : public QObject {
    Q_OBJECT

private slots:
    // Which family a meter is, from its type number or else its logical device name.
    void familyFromWhatTheMeterSays() {
        QCOMPARE(familyOf("68 51 13 5 BD 2 40 1 1 1 XXX", "").value(), MeterFamily::OmnipowerCt);
        QCOMPARE(familyOf("68 4-2-11P-1342AAD1-1B24XXX", "KAMOMPCT1").value(),
                 MeterFamily::OmniaEMeter);  // the type number wins
        QCOMPARE(familyOf("", "KAMOMPCT71234567").value(), MeterFamily::OmnipowerCt);
        QCOMPARE(familyOf("garbage", "KAMOMNIA71234567").value(), MeterFamily::OmniaEMeter);
        QVERIFY(!familyOf("", "KAM71234567").has_value());
        QVERIFY(!familyOf("", "").has_value());
    }

    // ---- the catalogue ----

    void catalogueHasTheDataSheetFieldsInOrderWithTheirWidths() {
        // id and digit width read from the codes in the data sheet tables (Z5, Z20: 3, see header)
        const std::vector<std::pair<std::string, int>> expected = {
            {"Z1", 1},  {"Z2", 1},  {"Z3", 2},  {"Z4", 1},  {"Z5", 3},  {"Z6", 2},  {"Z7", 2},
            {"Z8", 1},  {"Z10", 3}, {"Z11", 2}, {"Z12", 2}, {"Z13", 3}, {"Z14", 3}, {"Z15", 3},
            {"Z16", 3}, {"Z17", 3}, {"Z18", 3}, {"Z20", 3}, {"Z21", 3}, {"Z22", 1}, {"Z23", 1},
            {"Z24", 1}, {"Z25", 1}, {"Z26", 3}, {"Z27", 1}, {"Z28", 1}, {"Z29", 2}, {"Z30", 1}};
        const auto cat = zCatalogue();
        QCOMPARE(cat.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(std::string(cat[i].id), expected[i].first);
            QCOMPARE(int(cat[i].width), expected[i].second);
        }
        QCOMPARE(std::string(zSpec(ZField::Z1).name), std::string("Decimals in display"));
        QCOMPARE(std::string(zSpec(ZField::Z21).name), std::string("Transformer ratio"));
    }

    void noZ9AndNoZ19() {
        QVERIFY(!zFieldFromId("Z9"));
        QVERIFY(!zFieldFromId("Z19"));
        QVERIFY(!zFieldFromId("Z31"));
        QVERIFY(!zFieldFromId("Z"));
        QVERIFY(!zFieldFromId("X1"));
        QCOMPARE(*zFieldFromId("Z18"), ZField::Z18);
        QCOMPARE(*zFieldFromId("z21"), ZField::Z21);
    }

    void writeRulesOfTheRatioFields() {
        QCOMPARE(zSpec(ZField::Z21).writeRule, ZWriteRule::WhileRatioUnlocked);
        QCOMPARE(zSpec(ZField::Z22).writeRule, ZWriteRule::LockOnly);
        QCOMPARE(zSpec(ZField::Z3).writeRule, ZWriteRule::Free);
    }

    // ---- allowed values and variants ----

    void everyListedCodeIsAcceptedOnItsVariants() {
        int checked = 0;
        for (const Listed& l : listedCodes()) {
            for (const auto& [code, mask] : l.codes) {
                for (Variant v : {Variant::One, Variant::Two}) {
                    SoftwareConfiguration c = parsed(v == Variant::One ? kBaseV1 : kBaseV2);
                    QVERIFY(c.setCode(l.field, code));
                    const auto found = violationsOf(c, v, l.field);
                    const bool allowed = (mask & int(v)) != 0;
                    const QByteArray what =
                        QByteArray(zSpec(l.field).id.data(), int(zSpec(l.field).id.size())) + "=" +
                        code.c_str() + " on variant " + QByteArray::number(int(v));
                    if (allowed) {
                        QVERIFY2(found.empty(), what.constData());
                    } else {
                        QVERIFY2(found.size() == 1, what.constData());
                        QCOMPARE(found[0].issue, ConfigIssue::NotForVariant);
                        QCOMPARE(found[0].code, code);
                    }
                    QVERIFY2(meaningOf(l.field, code) != "unknown code", what.constData());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    void catalogueListsNoCodeBeyondTheDataSheet() {
        for (const Listed& l : listedCodes()) {
            if (l.field == ZField::Z21) {
                continue;  // the table lists 17 common ratios; 001..600 are all allowed
            }
            const auto listed = zSpec(l.field).codes;
            QCOMPARE(listed.size(), l.codes.size());
            for (const ZCode& c : listed) {
                const bool expected =
                    std::any_of(l.codes.begin(), l.codes.end(),
                                [&c](const auto& e) { return e.first == c.code; });
                QVERIFY2(expected, c.code.data());
            }
        }
        QCOMPARE(zSpec(ZField::Z21).codes.size(), std::size_t(17));
        QVERIFY(zSpec(ZField::Z5).codes.empty());   // display order form only
        QVERIFY(zSpec(ZField::Z20).codes.empty());  // calendar order form only
    }

    void neighbourCodesAreRejected_data() {
        QTest::addColumn<ZField>("field");
        QTest::addColumn<QString>("code");
        const std::vector<std::pair<ZField, std::vector<const char*>>> rows = {
            {ZField::Z1, {"0", "4"}},
            {ZField::Z2, {"0", "3"}},
            {ZField::Z3, {"24", "25", "29", "99"}},
            {ZField::Z4, {"1", "5"}},
            {ZField::Z6, {"00", "29"}},
            {ZField::Z7, {"25"}},
            {ZField::Z8, {"0", "5"}},
            {ZField::Z11, {"24"}},
            {ZField::Z12, {"04"}},
            {ZField::Z15, {"002"}},
            {ZField::Z16, {"001", "317", "320", "380"}},
            {ZField::Z22, {"0", "3"}},
            {ZField::Z23, {"0", "3"}},
            {ZField::Z24, {"2"}},
            {ZField::Z25, {"0", "4"}},
            {ZField::Z27, {"0", "3"}},
            {ZField::Z28, {"3"}},
            {ZField::Z29, {"00", "07", "10", "17"}},
            {ZField::Z30, {"0", "3"}},
        };
        for (const auto& [field, codes] : rows) {
            for (const char* code : codes) {
                QTest::addRow("%s=%s", zSpec(field).id.data(), code) << field << QString(code);
            }
        }
    }
    void neighbourCodesAreRejected() {
        QFETCH(ZField, field);
        QFETCH(QString, code);
        for (Variant v : {Variant::One, Variant::Two}) {
            SoftwareConfiguration c = parsed(v == Variant::One ? kBaseV1 : kBaseV2);
            QVERIFY(c.setCode(field, code.toStdString()));
            const auto found = violationsOf(c, v, field);
            QCOMPARE(found.size(), std::size_t(1));
            QCOMPARE(found[0].issue, ConfigIssue::UnknownCode);
            QCOMPARE(QString::fromStdString(found[0].code), code);
            QCOMPARE(meaningOf(field, code.toStdString()), std::string("unknown code"));
        }
    }

    void ratioOutsideOneTo600IsOutOfRange() {
        for (const char* code : {"000", "601", "999"}) {
            SoftwareConfiguration c = parsed(kBaseV1);
            QVERIFY(c.setCode(ZField::Z21, code));
            const auto found = violationsOf(c, Variant::One, ZField::Z21);
            QCOMPARE(found.size(), std::size_t(1));
            QCOMPARE(found[0].issue, ConfigIssue::OutOfRange);
        }
    }

    void orderFormFieldsAcceptOtherCodesAsOrderFormSettings() {
        // Z5, Z13, Z14, Z17, Z18, Z20: "See ... order form or contact Kamstrup".
        for (ZField f :
             {ZField::Z5, ZField::Z13, ZField::Z14, ZField::Z17, ZField::Z18, ZField::Z20}) {
            SoftwareConfiguration c = parsed(kBaseV2);
            QVERIFY(c.setCode(f, "123"));
            QVERIFY(violationsOf(c, Variant::Two, f).empty());
            QCOMPARE(meaningOf(f, "123"), std::string("order-form specific setting"));
        }
        // Listed ones keep their text.
        QCOMPARE(meaningOf(ZField::Z13, "001"), std::string("Module Port control"));
        // Wrong width is never an order-form code.
        QCOMPARE(meaningOf(ZField::Z5, "12"), std::string("unknown code"));
    }

    // Issue 18, item 5. The data sheet's tables for Z10 and Z26 list one code each and name no
    // order form (unlike Z5, Z13, Z14, Z17, Z18, Z20):
    //   "Z10 Analysis logger setup / Default setup 000"
    //   "Z26 - Alarm configuration / No alarms enabled 000"
    // so any other code is refused, unless the meter's device profile lists it (its order form).
    void issue18_z10AndZ26TakeOnlyTheirListedCodeOrTheProfiles() {
        for (ZField f : {ZField::Z10, ZField::Z26}) {
            SoftwareConfiguration c = parsed(kBaseV2);
            QVERIFY(violationsOf(c, Variant::Two, f).empty());  // 000
            QVERIFY(c.setCode(f, "123"));
            const auto found = violationsOf(c, Variant::Two, f);
            QCOMPARE(found.size(), std::size_t(1));
            QCOMPARE(found[0].issue, ConfigIssue::UnknownCode);
            QCOMPARE(meaningOf(f, "123"), std::string("unknown code"));
            QCOMPARE(zSpec(f).domain, ZDomain::ListedOnly);
            // A device profile that lists the code (a real meter's order form) admits it, on
            // both variants, and says where the meaning comes from.
            const OrderFormCodes orderForm{{f, {"123"}}};
            QVERIFY(c.validate(Variant::Two, orderForm).empty());
            QVERIFY(violationsOf(parsed(kBaseV1), Variant::One, f).empty());
            SoftwareConfiguration v1 = parsed(kBaseV1);
            QVERIFY(v1.setCode(f, "123"));
            QVERIFY(v1.validate(Variant::One, orderForm).empty());
            QCOMPARE(meaningOf(f, "123", orderForm),
                     std::string("order-form specific setting (device profile)"));
            QCOMPARE(meaningOf(f, "124", orderForm), std::string("unknown code"));
            QCOMPARE(meaningOf(f, "000", orderForm), std::string(meaningOf(f, "000")));
        }
        QCOMPARE(meaningOf(ZField::Z10, "000"), std::string("Default setup"));
        QCOMPARE(meaningOf(ZField::Z26, "000"), std::string("No alarms enabled"));
    }

    void variantRestrictionsFromTheDataSheet() {
        // Z28 = 1 "Enabled [only available for variant 2]" on variant 1.
        SoftwareConfiguration c = parsed(kBaseV1);
        QVERIFY(c.setCode(ZField::Z28, "1"));
        QVERIFY(c.setCode(ZField::Z29, "05"));  // A+/A-/R1/R2/R3/R4, variant 2 only
        QVERIFY(c.setCode(ZField::Z27, "2"));   // delta values, variant 2 only
        QVERIFY(c.setCode(ZField::Z30, "2"));   // profile 02, variant 2 only
        const auto v1 = c.validate(Variant::One);
        QCOMPARE(v1.size(), std::size_t(4));
        QCOMPARE(v1[0].field, ZField::Z27);
        QCOMPARE(v1[1].field, ZField::Z28);
        QCOMPARE(v1[2].field, ZField::Z29);
        QCOMPARE(v1[3].field, ZField::Z30);
        for (const auto& x : v1) {
            QCOMPARE(x.issue, ConfigIssue::NotForVariant);
            QCOMPARE(x.reason, std::string("only available for variant 2"));
        }
        QVERIFY(c.validate(Variant::Two).empty());

        // Z18 = 001 "Mode A and C, UD (only available for variant 1)" on variant 2, and Z28 = 0
        // "N/A [only for variant 1]".
        SoftwareConfiguration d = parsed(kBaseV2);
        QVERIFY(d.setCode(ZField::Z18, "001"));
        QVERIFY(d.setCode(ZField::Z28, "0"));
        const auto v2 = d.validate(Variant::Two);
        QCOMPARE(v2.size(), std::size_t(2));
        QCOMPARE(v2[0].field, ZField::Z18);
        QCOMPARE(v2[0].reason, std::string("only available for variant 1"));
        QCOMPARE(v2[1].field, ZField::Z28);
        QVERIFY(d.validate(Variant::One).empty());
    }

    void baseConfigurationsAreValidOnTheirVariantOnly() {
        QVERIFY(parsed(kBaseV1).validate(Variant::One).empty());
        QVERIFY(parsed(kBaseV2).validate(Variant::Two).empty());
        QCOMPARE(parsed(kBaseV1).validate(Variant::Two).size(), std::size_t(1));  // Z28 = 0
        QCOMPARE(parsed(kBaseV2).validate(Variant::One).size(), std::size_t(1));  // Z28 = 1
        // The all-zero default is not a valid configuration: many fields have no code 0.
        QVERIFY(!SoftwareConfiguration().validate(Variant::One).empty());
    }

    // ---- meanings and the CT ratio ----

    void meaningsAreTheDataSheetTexts() {
        QCOMPARE(meaningOf(ZField::Z1, "1"), std::string("7.0 [Default]"));
        QCOMPARE(meaningOf(ZField::Z3, "05"),
                 std::string("Pulse in / A+ out (I/O 1: input, I/O 2: output)"));
        QCOMPARE(meaningOf(ZField::Z7, "13"), std::string("Yearly, January"));
        QCOMPARE(meaningOf(ZField::Z11, "13"), std::string("- 11 Hours"));
        QCOMPARE(meaningOf(ZField::Z16, "348"), std::string("DK 348 K"));
        QCOMPARE(meaningOf(ZField::Z22, "2"), std::string("Locked"));
        QCOMPARE(meaningOf(ZField::Z29, "16"), std::string("Secondary A+/A-/R+/R-/R1/R2/R3/R4"));
    }

    void ctRatioMapping() {
        const auto r1 = ctRatioOf("001");
        QVERIFY(r1);
        QCOMPARE(r1->factor, 1);
        QCOMPARE(r1->primaryFor5A, 5);
        QCOMPARE(r1->primaryFor1A, 1);
        const auto r600 = ctRatioOf("600");
        QVERIFY(r600);
        QCOMPARE(r600->primaryFor5A, 3000);
        QCOMPARE(r600->primaryFor1A, 600);
        QVERIFY(!ctRatioOf("000"));
        QVERIFY(!ctRatioOf("601"));
        QVERIFY(!ctRatioOf("60"));
        QVERIFY(!ctRatioOf("6a0"));
        // Listed rows of the table.
        QCOMPARE(meaningOf(ZField::Z21, "300"), std::string("1500 A/5 A or 300 A/1 A"));
        QCOMPARE(meaningOf(ZField::Z21, "024"), std::string("120 A/5 A or 24 A/1 A"));
        // Unlisted but allowed ("The ratio can be configured from 1 to 600").
        QCOMPARE(meaningOf(ZField::Z21, "123"), std::string("615 A/5 A or 123 A/1 A"));
        QCOMPARE(meaningOf(ZField::Z21, "601"), std::string("unknown code"));
    }

    // ---- parse / format ----

    void parseReadsEveryField() {
        const SoftwareConfiguration c = parsed(kBaseV1);
        QCOMPARE(c.code(ZField::Z1), std::string_view("1"));
        QCOMPARE(c.code(ZField::Z3), std::string_view("00"));
        QCOMPARE(c.code(ZField::Z15), std::string_view("001"));
        QCOMPARE(c.code(ZField::Z21), std::string_view("001"));
        QCOMPARE(c.code(ZField::Z29), std::string_view("04"));
        QCOMPARE(c.code(ZField::Z30), std::string_view("1"));
        QCOMPARE(c.format(), std::string(kBaseV1));
        QCOMPARE(c.formatCompact(),
                 std::string("12002000010110000100000000001000000000000001110100010041"));
    }

    void compactAndSeparatedFormsAreEqual() {
        const SoftwareConfiguration a = parsed(kBaseV2);
        const auto b = SoftwareConfiguration::parse(a.formatCompact());
        QVERIFY(b);
        QCOMPARE(*b, a);
        QCOMPARE(a.formatCompact().size(), std::size_t(56));
    }

    void randomRoundTrip() {
        std::mt19937 rng(20261121);
        std::uniform_int_distribution<int> digit(0, 9);
        for (int n = 0; n < 2000; ++n) {
            SoftwareConfiguration c;
            for (const ZFieldSpec& s : zCatalogue()) {
                std::string code;
                for (int k = 0; k < s.width; ++k) {
                    code += char('0' + digit(rng));
                }
                QVERIFY(c.setCode(s.field, code));
            }
            const auto p1 = SoftwareConfiguration::parse(c.format());
            const auto p2 = SoftwareConfiguration::parse(c.formatCompact());
            QVERIFY(p1);
            QVERIFY(p2);
            QCOMPARE(*p1, c);
            QCOMPARE(*p2, c);
        }
    }

    void malformedStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ConfigError>("error");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("detailContains");
        const QString base = kBaseV1;
        const QString compact = parsed(kBaseV1).formatCompact().c_str();
        QTest::newRow("empty") << QString() << ConfigError::Empty << 0 << "";
        QTest::newRow("letter in Z3")
            << QString(base).replace(4, 1, "A") << ConfigError::NotDigit << 4 << "A";
        QTest::newRow("space") << QString(base).replace(1, 1, " ") << ConfigError::NotDigit << 1
                               << "";
        QTest::newRow("compact one digit short")
            << compact.left(55) << ConfigError::WrongLength << 55 << "55";
        QTest::newRow("compact one digit long")
            << compact + "1" << ConfigError::WrongLength << 57 << "57";
        // "1-2-0-2-..." : Z3 written with one digit, at offset 4
        QTest::newRow("Z3 one digit")
            << QString(base).remove(4, 1) << ConfigError::WrongFieldWidth << 4 << "Z3";
        // last field Z30 missing
        QTest::newRow("missing Z30") << base.left(base.size() - 2) << ConfigError::WrongFieldCount
                                     << int(base.size() - 2) << "27 fields";
        QTest::newRow("extra field")
            << base + "-1" << ConfigError::WrongFieldCount << int(base.size() + 1) << "more than";
        QTest::newRow("empty Z1") << "-" + base.mid(1) << ConfigError::WrongFieldWidth << 0 << "Z1";
        QTest::newRow("trailing dash")
            << base + "-" << ConfigError::WrongFieldCount << int(base.size() + 1) << "";
        QTest::newRow("double dash")
            << QString(base).replace(1, 1, "--") << ConfigError::WrongFieldWidth << 2 << "Z2";
    }
    void malformedStrings() {
        QFETCH(QString, text);
        QFETCH(ConfigError, error);
        QFETCH(int, offset);
        QFETCH(QString, detailContains);
        const auto r = SoftwareConfiguration::parse(text.toStdString());
        QVERIFY(!r);
        QCOMPARE(nameOf(r.error().code), nameOf(error));
        QCOMPARE(r.error().offset, std::size_t(offset));
        QVERIFY2(QString::fromStdString(r.error().detail).contains(detailContains),
                 r.error().detail.c_str());
    }

    void setCodeChecksWidthAndDigits() {
        SoftwareConfiguration c;
        const auto w = c.setCode(ZField::Z3, "1");
        QVERIFY(!w);
        QCOMPARE(w.error().code, ConfigError::WrongFieldWidth);
        const auto d = c.setCode(ZField::Z21, "1x0");
        QVERIFY(!d);
        QCOMPARE(d.error().code, ConfigError::NotDigit);
        QCOMPARE(d.error().offset, std::size_t(1));
        QCOMPARE(c.code(ZField::Z21), std::string_view("000"));  // unchanged
    }

    void errorNamesAreStable() {
        QCOMPARE(std::string(nameOf(ConfigError::NotDigit)), std::string("not-digit"));
        QCOMPARE(std::string(nameOf(ConfigError::WrongFieldWidth)),
                 std::string("wrong-field-width"));
        QCOMPARE(std::string(nameOf(ConfigIssue::NotForVariant)), std::string("not-for-variant"));
        QCOMPARE(std::string(nameOf(ConfigIssue::LockIrreversible)),
                 std::string("lock-irreversible"));
        QCOMPARE(std::string(nameOf(TypeNumberError::UnknownCode)), std::string("unknown-code"));
        QCOMPARE(std::string(nameOf(MeterFamily::OmniaEMeter)), std::string("omnia-e-meter"));
    }

    // ---- describe / diff / optical write rules ----

    void describeGivesEveryFieldInWords() {
        const auto d = parsed(kBaseV1).describe();
        QCOMPARE(d.size(), std::size_t(28));
        QCOMPARE(std::string(d[0].id), std::string("Z1"));
        QCOMPARE(d[0].meaning, std::string("7.0 [Default]"));
        QCOMPARE(std::string(d[4].name), std::string("Display configuration"));
        QCOMPARE(d[4].meaning, std::string("order-form specific setting"));  // Z5 000
        QCOMPARE(d[18].field, ZField::Z21);
        QCOMPARE(d[18].meaning, std::string("5 A/5 A or 1 A/1 A"));
        QCOMPARE(d[27].code, std::string("1"));
        QCOMPARE(d[27].meaning, std::string("Profile 01"));
    }

    void diffListsChangedFieldsWithMeanings() {
        const SoftwareConfiguration before = parsed(kBaseV1);
        SoftwareConfiguration after = before;
        QVERIFY(after.diffFrom(before).empty());
        QVERIFY(after.setCode(ZField::Z3, "05"));
        QVERIFY(after.setCode(ZField::Z21, "300"));
        const auto changes = after.diffFrom(before);
        QCOMPARE(changes.size(), std::size_t(2));
        QCOMPARE(changes[0],
                 (FieldChange{ZField::Z3, "00", "No function (I/O 1: -, I/O 2: -)", "05",
                              "Pulse in / A+ out (I/O 1: input, I/O 2: output)"}));
        QCOMPARE(changes[1], (FieldChange{ZField::Z21, "001", "5 A/5 A or 1 A/1 A", "300",
                                          "1500 A/5 A or 300 A/1 A"}));
        // The reverse diff swaps old and new.
        const auto back = before.diffFrom(after);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[1].oldCode, std::string("300"));
        QCOMPARE(back[1].newCode, std::string("001"));
    }

    void opticalWriteHonoursTheRatioLock() {
        SoftwareConfiguration unlocked = parsed(kBaseV1);  // Z22 = 1
        SoftwareConfiguration target = unlocked;
        QVERIFY(target.setCode(ZField::Z21, "200"));
        QVERIFY(checkOpticalWrite(unlocked, target).empty());  // ratio change while unlocked
        QVERIFY(target.setCode(ZField::Z22, "2"));
        QVERIFY(checkOpticalWrite(unlocked, target).empty());  // locking it

        SoftwareConfiguration locked = target;  // Z21 200, Z22 2
        SoftwareConfiguration again = locked;
        QVERIFY(again.setCode(ZField::Z3, "01"));
        QVERIFY(checkOpticalWrite(locked, again).empty());  // other fields stay writable
        QVERIFY(again.setCode(ZField::Z21, "100"));
        QVERIFY(again.setCode(ZField::Z22, "1"));
        const auto v = checkOpticalWrite(locked, again);
        QCOMPARE(v.size(), std::size_t(2));
        QCOMPARE(v[0].field, ZField::Z21);
        QCOMPARE(v[0].issue, ConfigIssue::RatioLocked);
        QCOMPARE(v[1].field, ZField::Z22);
        QCOMPARE(v[1].issue, ConfigIssue::LockIrreversible);
    }

    // Issue 18, item 6. The data sheet lists "Z22 Transformer ratio (unlocked / locked):
    // Unlocked 1, Locked 2" and nothing more: whether a lock can be undone is the device
    // profile's rule, and the reason given says what the tool knows.
    void issue18_unlockingIsTheProfilesRule() {
        SoftwareConfiguration locked = parsed(kBaseV1);
        QVERIFY(locked.setCode(ZField::Z21, "200"));
        QVERIFY(locked.setCode(ZField::Z22, "2"));
        SoftwareConfiguration unlocked = locked;
        QVERIFY(unlocked.setCode(ZField::Z22, "1"));
        SoftwareConfiguration changed = unlocked;
        QVERIFY(changed.setCode(ZField::Z21, "300"));

        const auto notStated = checkOpticalWrite(locked, unlocked);
        QCOMPARE(notStated.size(), std::size_t(1));
        QCOMPARE(notStated[0].issue, ConfigIssue::LockIrreversible);
        QVERIFY(notStated[0].reason.find("does not say") != std::string::npos);
        QVERIFY(notStated[0].reason.find("cannot be unlocked") == std::string::npos);

        const auto refused = checkOpticalWrite(locked, unlocked, CtUnlock::Refused);
        QCOMPARE(refused.size(), std::size_t(1));
        QCOMPARE(refused[0].reason,
                 std::string("this meter type does not allow unlocking from the optical port "
                             "(device profile)"));

        // Allowed: unlocking, and the ratio with it, is no violation; a locked ratio that stays
        // locked still cannot change.
        QVERIFY(checkOpticalWrite(locked, unlocked, CtUnlock::Allowed).empty());
        QVERIFY(checkOpticalWrite(locked, changed, CtUnlock::Allowed).empty());
        SoftwareConfiguration lockedOther = locked;
        QVERIFY(lockedOther.setCode(ZField::Z21, "300"));
        const auto stays = checkOpticalWrite(locked, lockedOther, CtUnlock::Allowed);
        QCOMPARE(stays.size(), std::size_t(1));
        QCOMPARE(stays[0].issue, ConfigIssue::RatioLocked);
        QCOMPARE(std::string(nameOf(CtUnlock::NotStated)), std::string("not-stated"));
        QCOMPARE(std::string(nameOf(CtUnlock::Refused)), std::string("refused"));
        QCOMPARE(std::string(nameOf(CtUnlock::Allowed)), std::string("allowed"));
    }

    // ---- type numbers ----

    void omnipowerCtTypeNumber() {
        // 68 | 5 CT meter, 1 OMNIPOWER | 1 standard housing, 3 systems | 5: 0.05-5(6) A |
        // B class B, D generation | 2 variant 2 | 4 A+/A-/R+/R-, 0 no breaker | 0 no radio |
        // 1 supercap + battery | 1 S0 output | 123 country code
        const auto t = TypeNumber::decode("68 51 13 5 BD 2 40 0 1 1 123");
        QVERIFY(t);
        QCOMPARE(t->family(), MeterFamily::OmnipowerCt);
        QCOMPARE(t->familyText(), std::string("OMNIPOWER CT"));
        QCOMPARE(t->measuringSystems(), 3);
        QCOMPARE(t->currentRange(), std::string("0.05 - 5(6) A"));
        QCOMPARE(t->accuracyClass(), std::string("Class B"));
        QCOMPARE(t->variant(), 2);
        QCOMPARE(t->energyTypes(), (EnergyTypes{true, true, true, true}));
        QVERIFY(!t->hasBreaker());
        QCOMPARE(t->communication(), std::string("No radio"));
        QCOMPARE(t->supplyBackup(), std::string("Supercap + battery"));
        QCOMPARE(t->interfaces(), std::string("S0 output"));
        QCOMPARE(t->loadControlRelays(), 0);
        QCOMPARE(t->countryCode(), std::string("123"));
        QCOMPARE(t->han(), std::string("None"));
        QCOMPARE(t->positions().size(), std::size_t(14));
        QCOMPARE(t->positions()[5], (TypePosition{"X6", "B", "Class B"}));
        QCOMPARE(t->format(), std::string("68 51 13 5 BD 2 40 0 1 1 123"));
    }

    void omnipowerCtAronVariant1Compact() {
        // 68 51 12 1 CD 1 10 1 1 1 XXX: Aron, 0.01-1(6) A, class C, variant 1, A+, radio
        const auto t = TypeNumber::decode("6851121cd1101 11xxx");
        QVERIFY(t);
        QCOMPARE(t->measuringSystems(), 2);
        QCOMPARE(t->currentRange(), std::string("0.01 - 1(6) A"));
        QCOMPARE(t->accuracyClass(), std::string("Class C"));
        QCOMPARE(t->variant(), 1);
        QCOMPARE(t->energyTypes(), (EnergyTypes{true, false, false, false}));
        QCOMPARE(t->communication(), std::string("Radio (for OMNIA)"));
        QCOMPARE(t->countryCode(), std::string("XXX"));
        QCOMPARE(t->format(), std::string("68 51 12 1 CD 1 10 1 1 1 XXX"));
        const auto again = TypeNumber::decode(t->format());
        QVERIFY(again);
        QCOMPARE(*again, *t);
    }

    void omniaThreePhaseTypeNumber() {
        // 68 | 4 three-phase - 2 revision 2 - 1 housing, 1 breaker, P OMNIA |
        // 1 variant 1, 3 systems, 4 LTE-M/NB, 2 DSMR P1, AA APS + 2 load ctrl + pulse out,
        // D supercap 7 days + last gasp, 1 hot swap | 1 5(100)A, B2, 4 A+/A-/R+/R-, XXX
        const auto t = TypeNumber::decode("68 4-2-11P-1342AAD1-1B24XXX");
        QVERIFY(t);
        QCOMPARE(t->family(), MeterFamily::OmniaEMeter);
        QCOMPARE(t->familyText(), std::string("OMNIA e-meter, three-phase"));
        QVERIFY(t->hasBreaker());
        QCOMPARE(t->variant(), 1);
        QCOMPARE(t->measuringSystems(), 3);
        QCOMPARE(t->communication(), std::string("LTE cat. M1/NB2"));
        QCOMPARE(t->han(), std::string("DSMR P1"));
        QCOMPARE(t->interfaces(), std::string("APS + 2x load ctrl + 1x pulse out"));
        QCOMPARE(t->loadControlRelays(), 2);
        QVERIFY(t->hasAuxPowerSupply());
        QCOMPARE(t->supplyBackup(), std::string("Supercap, 7 days capacity and last gasp"));
        QVERIFY(t->hasHotSwap());
        QCOMPARE(t->currentRange(), std::string("5(100)A"));
        QCOMPARE(t->accuracyClass(), std::string("Active B / reactive 2 (MID)"));
        QCOMPARE(t->energyTypes(), (EnergyTypes{true, true, true, true}));
        QCOMPARE(t->countryCode(), std::string("XXX"));
        QCOMPARE(t->positions().size(), std::size_t(16));
        QCOMPARE(t->format(), std::string("68 4-2-11P-1342AAD1-1B24XXX"));
    }

    void omniaSinglePhaseTypeNumbers() {
        // 6 single-phase, no breaker, 1 system, no comm, P1 Lite, AH APS + pulse out, 7 days,
        // no hot swap, 5(80)A, active 1 / reactive 2, country 208
        const auto t = TypeNumber::decode("68 6-2-10P-1101AH70-8124208");
        QVERIFY(t);
        QCOMPARE(t->familyText(), std::string("OMNIA e-meter, single-phase"));
        QVERIFY(!t->hasBreaker());
        QCOMPARE(t->measuringSystems(), 1);
        QCOMPARE(t->communication(), std::string("None"));
        QCOMPARE(t->han(), std::string("DSMR P1 Lite"));
        QCOMPARE(t->loadControlRelays(), 0);
        QVERIFY(t->hasAuxPowerSupply());
        QVERIFY(!t->hasHotSwap());
        QCOMPARE(t->currentRange(), std::string("5(80)A"));
        QCOMPARE(t->accuracyClass(), std::string("Active 1 / reactive 2 (IEC)"));
        QCOMPARE(t->countryCode(), std::string("208"));
        // AB: two load control relays without APS
        const auto ab = TypeNumber::decode("68 6-2-10P-1100AB30-1A24208");
        QVERIFY(ab);
        QCOMPARE(ab->loadControlRelays(), 2);
        QVERIFY(!ab->hasAuxPowerSupply());
        QCOMPARE(ab->accuracyClass(), std::string("Active A / reactive 2 (MID)"));
    }

    void everyTypeNumberPositionAcceptsOnlyItsListedCodes_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("index");  // index after "68"
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("allowed");  // single characters allowed there
        const QString ct = "6851135BD240011";
        const std::vector<std::tuple<int, const char*, const char*>> ctRows = {
            {0, "X1", "5"},    {1, "X2", "1"},    {2, "X3", "1"},    {3, "X4", "23"},
            {4, "X5", "15"},   {5, "X6", "BC15"}, {6, "X7", "D"},    {7, "X8", "12"},
            {8, "X9", "1234"}, {9, "X10", "0"},   {10, "X11", "01"}, {11, "X12", "1"},
            {12, "X13", "1"}};
        for (const auto& [i, label, allowed] : ctRows) {
            QTest::addRow("CT %s", label) << ct + "123" << i << label << allowed;
        }
        const QString om = "684211P1342AAD11B24XXX";
        const std::vector<std::tuple<int, const char*, const char*>> omRows = {
            {1, "X2", "2"},        {2, "X3", "1"},    {3, "X4", "01"},   {4, "X5", "P"},
            {5, "X6", "1"},        {6, "X7", "13"},   {7, "X8", "04"},   {8, "X9", "012"},
            {11, "X12", "37BCDE"}, {12, "X13", "01"}, {13, "X14", "18"}, {16, "X17", "4"}};
        for (const auto& [i, label, allowed] : omRows) {
            QTest::addRow("OMNIA %s", label) << om << i << label << allowed;
        }
    }
    void everyTypeNumberPositionAcceptsOnlyItsListedCodes() {
        QFETCH(QString, base);
        QFETCH(int, index);
        QFETCH(QString, label);
        QFETCH(QString, allowed);
        const QString alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (const QChar ch : alphabet) {
            QString text = base;
            text[2 + index] = ch;
            const auto t = TypeNumber::decode(text.toStdString());
            if (allowed.contains(ch)) {
                QVERIFY2(t, qPrintable(text));
                continue;
            }
            QVERIFY2(!t, qPrintable(text));
            if (index == 0) {
                continue;  // another X1 is another family or none: see malformedTypeNumbers
            }
            QCOMPARE(t.error().code, TypeNumberError::UnknownCode);
            QCOMPARE(t.error().offset, std::size_t(2 + index));
            QVERIFY(QString::fromStdString(t.error().detail).startsWith(label + " '"));
        }
    }

    void omniaTwoCharacterPositions() {
        // X10X11 FLEX: 00, AA, AB, AH; X15X16 accuracy: 11, 12, 22, B1, B2, A2
        const std::string head = "68 4-2-11P-1342";
        for (const char* flex : {"00", "AA", "AB", "AH"}) {
            QVERIFY(TypeNumber::decode(head + flex + "D1-1B24XXX"));
        }
        for (const char* flex : {"AC", "A0", "0A", "BA", "01"}) {
            const auto t = TypeNumber::decode(head + flex + "D1-1B24XXX");
            QVERIFY(!t);
            QCOMPARE(t.error().code, TypeNumberError::UnknownCode);
            QCOMPARE(t.error().detail, "X10X11 '" + std::string(flex) + "'");
            QCOMPARE(t.error().offset, std::size_t(15));
        }
        for (const char* acc : {"11", "12", "22", "B1", "B2", "A2"}) {
            QVERIFY(TypeNumber::decode("68 4-2-11P-1342AAD1-1" + std::string(acc) + "4XXX"));
        }
        for (const char* acc : {"21", "A1", "B3", "13", "C2"}) {
            const auto t = TypeNumber::decode("68 4-2-11P-1342AAD1-1" + std::string(acc) + "4XXX");
            QVERIFY(!t);
            QCOMPARE(t.error().detail, "X15X16 '" + std::string(acc) + "'");
        }
    }

    void malformedTypeNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TypeNumberError>("error");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << "" << TypeNumberError::Empty << 0;
        QTest::newRow("only separators") << " - " << TypeNumberError::Empty << 0;
        QTest::newRow("prefix 67")
            << "67 51 13 5 BD 2 40 0 1 1 123" << TypeNumberError::BadPrefix << 0;
        QTest::newRow("only 6") << "6" << TypeNumberError::BadPrefix << 0;
        QTest::newRow("only 68") << "68" << TypeNumberError::WrongLength << 2;
        QTest::newRow("X1 = 7") << "68 71 13 5 BD 2 40 0 1 1 123" << TypeNumberError::UnknownFamily
                                << 3;
        QTest::newRow("CT one short")
            << "68 51 13 5 BD 2 40 0 1 1 12" << TypeNumberError::WrongLength << 27;
        QTest::newRow("CT one long")
            << "68 51 13 5 BD 2 40 0 1 1 1234" << TypeNumberError::WrongLength << 29;
        QTest::newRow("OMNIA with CT length")
            << "68 4-2-11P-1342AAD1-1B2" << TypeNumberError::WrongLength << 23;
        QTest::newRow("bad character")
            << "68 51 13 5 BD 2 40 0 1 1 12*" << TypeNumberError::BadCharacter << 27;
        QTest::newRow("underscore") << "68_51" << TypeNumberError::BadCharacter << 2;
        QTest::newRow("CT breaker 1")
            << "68 51 13 5 BD 2 41 0 1 1 123" << TypeNumberError::UnknownCode << 17;
        QTest::newRow("OMNIA variant 2")
            << "68 4-2-11P-2342AAD1-1B24XXX" << TypeNumberError::UnknownCode << 11;
    }
    void malformedTypeNumbers() {
        QFETCH(QString, text);
        QFETCH(TypeNumberError, error);
        QFETCH(int, offset);
        const auto t = TypeNumber::decode(text.toStdString());
        QVERIFY(!t);
        QCOMPARE(nameOf(t.error().code), nameOf(error));
        QCOMPARE(t.error().offset, std::size_t(offset));
    }
};

QTEST_GUILESS_MAIN(TestMeterConfig)
#include "tst_meter_config.moc"

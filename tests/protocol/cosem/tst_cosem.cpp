// COSEM interface classes (core/protocol/cosem): the class catalogue, the unit table and
// scaler-unit rendering, and the typed views of structured attribute values. Every view is
// checked against hand-written A-XDR bytes (commented per field), through random round trips,
// and against malformed values whose typed error must name the offending field.
#include <QTest>

#include <array>
#include <compare>
#include <functional>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/iec_hdlc_setup.h"
#include "protocol/cosem/iec_local_port_setup.h"
#include "protocol/cosem/interface_class.h"
#include "protocol/cosem/limiter.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/register_monitor.h"
#include "protocol/cosem/sap_assignment.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/security_setup.h"
#include "protocol/cosem/single_action_schedule.h"
#include "protocol/cosem/special_days_table.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"

using namespace omt;
using namespace omt::cosem;
using dlms::CosemDate;
using dlms::CosemDateTime;
using dlms::CosemTime;
using dlms::Data;
using dlms::DataType;

// Error codes are compared by their names (QCOMPARE on the enum would need a toString overload
// Qt Test does not expect).
#define QCOMPARE_CODE(actual, expected) \
    QCOMPARE(QByteArray(nameOf(actual)), QByteArray(nameOf(expected)))

namespace {

Bytes hex(const char* text) {
    auto b = fromHex(text);
    if (!b) {
        qFatal("bad hex in test: %s", text);
    }
    return *b;
}

Bytes wire(const Data& d) {
    auto r = dlms::encode(d);
    if (!r) {
        qWarning("encode failed: %s", r.error().detail.c_str());
        return {};
    }
    return *r;
}

Data decoded(const char* hexText) {
    auto r = dlms::decodeAll(hex(hexText));
    if (!r) {
        qWarning("decode failed: %s", r.error().detail.c_str());
        return Data::dontCare();
    }
    return *r;
}

QString hexOf(const Bytes& b) {
    return QString::fromStdString(toHex(b));
}

// Fails the test with the failure's detail when `r` holds an error.
template <class T>
const T& ok(const Expected<T, CosemFailure>& r) {
    if (!r) {
        qFatal("unexpected failure %s: %s", nameOf(r.error().code), r.error().detail.c_str());
    }
    return *r;
}

// The failure of `r`; fails the test when `r` succeeded.
template <class T>
CosemFailure failure(const Expected<T, CosemFailure>& r) {
    if (r) {
        qFatal("expected a failure, got a value");
    }
    return r.error();
}

CosemFailure failure(const Expected<void, CosemFailure>& r) {
    if (r) {
        qFatal("expected a failure, got success");
    }
    return r.error();
}

QString pathOf(const CosemFailure& f) {
    return QString::fromStdString(std::string(fieldPathOf(f)));
}

CosemDateTime dateTime(std::uint16_t y, std::uint8_t mo, std::uint8_t d, std::uint8_t h,
                       std::uint8_t mi, std::int16_t deviation, std::uint8_t status = 0) {
    CosemDateTime dt;
    dt.date = {y, mo, d, 0xFF};
    dt.time = {h, mi, 0, 0};
    dt.deviation = deviation;
    dt.clockStatus = status;
    return dt;
}

// --- random values for the round trips (all valid) --------------------------------------------

struct Gen {
    std::mt19937 rng{20260529};

    unsigned pick(unsigned lo, unsigned hi) {
        return std::uniform_int_distribution<unsigned>(lo, hi)(rng);
    }
    bool coin() { return pick(0, 1) == 1; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(pick(0, 255)); }
    std::uint16_t u16() { return static_cast<std::uint16_t>(pick(0, 65535)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(rng()); }
    std::int8_t i8() { return static_cast<std::int8_t>(u8()); }
    Bytes bytes(unsigned maxLen) {
        Bytes b(pick(0, maxLen));
        for (auto& x : b) {
            x = u8();
        }
        return b;
    }
    ObisCode obis() { return ObisCode(u8(), u8(), u8(), u8(), u8(), u8()); }
    std::uint8_t orFF(unsigned lo, unsigned hi) {
        return pick(0, 5) == 0 ? 0xFF : static_cast<std::uint8_t>(pick(lo, hi));
    }
    CosemDate date() {
        CosemDate d;
        d.year = pick(0, 5) == 0 ? 0xFFFF : static_cast<std::uint16_t>(pick(1990, 2100));
        d.month = pick(0, 6) == 0 ? static_cast<std::uint8_t>(pick(0xFD, 0xFF))
                                  : static_cast<std::uint8_t>(pick(1, 12));
        d.dayOfMonth = pick(0, 6) == 0 ? static_cast<std::uint8_t>(pick(0xFD, 0xFF))
                                       : static_cast<std::uint8_t>(pick(1, 28));
        d.dayOfWeek = orFF(1, 7);
        return d;
    }
    CosemTime time() { return {orFF(0, 23), orFF(0, 59), orFF(0, 59), orFF(0, 99)}; }
    CosemDateTime dateTime() {
        CosemDateTime dt;
        dt.date = date();
        dt.time = time();
        dt.deviation = pick(0, 4) == 0
                           ? CosemDateTime::kDeviationNotSpecified
                           : static_cast<std::int16_t>(static_cast<int>(pick(0, 1440)) - 720);
        dt.clockStatus = u8();
        return dt;
    }
    Data simpleValue() {
        switch (pick(0, 5)) {
            case 0:
                return Data::doubleLongUnsigned(u32());
            case 1:
                return Data::long16(static_cast<std::int16_t>(u16()));
            case 2:
                return Data::unsigned8(u8());
            case 3:
                return Data::octetString(bytes(6));
            case 4:
                return Data::boolean(coin());
            default:
                return Data::null();
        }
    }
    ScriptReference script() { return {obis(), u16()}; }
};

// toData -> A-XDR -> decode -> fromData gives the same value, and encodes to the same bytes.
template <class T, class... Args>
void checkRoundTrip(const T& value, Args... args) {
    const Bytes first = wire(value.toData());
    QVERIFY(!first.empty());
    auto data = dlms::decodeAll(first);
    QVERIFY(data.hasValue());
    auto back = T::fromData(*data, args...);
    if (!back) {
        QFAIL(back.error().detail.c_str());
    }
    QVERIFY(*back == value);
    QCOMPARE(hexOf(wire(back->toData())), hexOf(first));
}

// Every attribute of an object survives attribute() -> A-XDR -> setAttribute() on a default
// object, which then equals the original.
template <class T>
void checkObjectRoundTrip(const T& object, std::int8_t attributeCount) {
    T copy{};
    for (std::int8_t i = 1; i <= attributeCount; ++i) {
        auto d = object.attribute(i);
        QVERIFY(d.hasValue());
        auto back = dlms::decodeAll(wire(*d));
        QVERIFY(back.hasValue());
        auto set = copy.setAttribute(i, *back);
        if (!set) {
            QFAIL(set.error().detail.c_str());
        }
    }
    QVERIFY(copy == object);
    QCOMPARE_CODE(failure(object.attribute(0)).code, CosemError::UnknownAttribute);
    QCOMPARE_CODE(failure(object.attribute(static_cast<std::int8_t>(attributeCount + 1))).code,
                  CosemError::UnknownAttribute);
}

// The Clock object list element of the specification tests (association version 3 access bits).
const char* const kClockElement =
    "02 04"                     // object_list_element: structure of 4
    " 12 00 08"                 // class_id: long-unsigned 8 (Clock)
    " 11 00"                    // version: unsigned 0
    " 09 06 00 00 01 00 00 FF"  // logical_name 0.0.1.0.0.255
    " 02 02"                    // access_rights: structure of 2
    "  01 09"                   // attribute_access: array of 9
    "   02 03 0F 01 16 01 00"   // {1 logical_name, read, access_selectors null}
    "   02 03 0F 02 16 03 00"   // {2 time, read + write, null}
    "   02 03 0F 03 16 01 00"   // {3 time_zone, read}
    "   02 03 0F 04 16 01 00"   // {4 status, read}
    "   02 03 0F 05 16 01 00"   // {5 daylight_savings_begin, read}
    "   02 03 0F 06 16 01 00"   // {6 daylight_savings_end, read}
    "   02 03 0F 07 16 01 00"   // {7 daylight_savings_deviation, read}
    "   02 03 0F 08 16 01 00"   // {8 daylight_savings_enabled, read}
    "   02 03 0F 09 16 00 00"   // {9 clock_base, no access}
    "  01 06"                   // method_access: array of 6
    "   02 02 0F 01 16 01"      // {1 adjust_to_quarter, access}
    "   02 02 0F 02 16 01"      // {2 adjust_to_measuring_period, access}
    "   02 02 0F 03 16 01"      // {3 adjust_to_minute, access}
    "   02 02 0F 04 16 00"      // {4 adjust_to_preset_time, no access}
    "   02 02 0F 05 16 00"      // {5 preset_adjusting_time, no access}
    "   02 02 0F 06 16 05";     // {6 shift_time, access + authenticated request}

ObjectListElement clockElement() {
    ObjectListElement e;
    e.classId = 8;
    e.version = 0;
    e.logicalName = ObisCode(0, 0, 1, 0, 0, 255);
    for (std::int8_t i = 1; i <= 9; ++i) {
        const std::uint8_t mode = i == 2 ? 3 : (i == 9 ? 0 : 1);
        e.accessRights.attributeAccess.push_back({i, mode, std::nullopt});
    }
    const std::uint8_t methodModes[] = {1, 1, 1, 0, 0, 5};
    for (std::int8_t i = 1; i <= 6; ++i) {
        e.accessRights.methodAccess.push_back({i, methodModes[i - 1], false});
    }
    return e;
}

}  // namespace

class TestCosem : public QObject {
    Q_OBJECT
private slots:
    // A client reading a clock and setting it (omt clock --sync, the GUI's sync button).
    void clockReadAndSetByAClient() {
        // 2026-11-21 14:00:00, deviation -60 (CET), status 0: 13:00 UTC.
        const auto time = Data::octetString(fromHex("07EA0B1506 0E000000 FFC4 00").value());
        auto r = readClock(time);
        QVERIFY(r.hasValue());
        QCOMPARE(r->deviation, std::int16_t(-60));
        QCOMPARE(dlms::toIsoString(r->time), std::string("2026-11-21T14:00:00+01:00"));
        const auto utc = r->utc;
        // No deviation in the time: the time zone stands in; neither: refused.
        auto noDeviation = Data::octetString(fromHex("07EA0B1506 0E000000 8000 80").value());
        const auto zone = Data::long16(-120);
        auto withZone = readClock(noDeviation, &zone);
        QVERIFY(withZone.hasValue());
        QCOMPARE(withZone->deviation, std::int16_t(-120));
        QCOMPARE((utc - withZone->utc).count(), 3600);
        QCOMPARE(readClock(noDeviation).error().code, CosemError::BadDateTime);
        QCOMPARE(readClock(Data::visibleString("x")).error().code, CosemError::WrongType);
        QCOMPARE(readClock(Data::octetString({1, 2, 3})).error().code, CosemError::BadLength);
        const auto notLong = Data::unsigned8(1);
        QCOMPARE(readClock(time, &notLong).error().code, CosemError::WrongType);
        // Setting it 90 s later keeps the meter's deviation and its daylight saving bit.
        auto set = clockTimeFor(*withZone, utc + std::chrono::seconds(90));
        QVERIFY(set.hasValue());
        QCOMPARE(toHex(*set->as<Bytes>()), std::string("07 EA 0B 15 06 0F 01 1E 00 FF 88 80"));
    }
    // --- catalogue ---------------------------------------------------------------------------

    void catalogueKnowsEveryClassWithItsVersion_data() {
        QTest::addColumn<int>("classId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("attributes");
        QTest::addColumn<int>("methods");
        QTest::newRow("1") << 1 << "Data" << 0 << 2 << 0;
        QTest::newRow("3") << 3 << "Register" << 0 << 3 << 1;
        QTest::newRow("4") << 4 << "Extended register" << 0 << 5 << 1;
        QTest::newRow("5") << 5 << "Demand register" << 0 << 9 << 2;
        QTest::newRow("6") << 6 << "Register activation" << 0 << 4 << 3;
        QTest::newRow("7") << 7 << "Profile generic" << 1 << 8 << 2;
        QTest::newRow("8") << 8 << "Clock" << 0 << 9 << 6;
        QTest::newRow("9") << 9 << "Script table" << 0 << 2 << 1;
        QTest::newRow("10") << 10 << "Schedule" << 0 << 2 << 3;
        QTest::newRow("11") << 11 << "Special days table" << 0 << 2 << 2;
        QTest::newRow("12") << 12 << "Association SN" << 4 << 6 << 7;
        QTest::newRow("15") << 15 << "Association LN" << 3 << 11 << 6;
        QTest::newRow("17") << 17 << "SAP assignment" << 0 << 2 << 1;
        QTest::newRow("18") << 18 << "Image transfer" << 0 << 7 << 4;
        QTest::newRow("19") << 19 << "IEC local port setup" << 1 << 9 << 0;
        QTest::newRow("20") << 20 << "Activity calendar" << 0 << 10 << 1;
        QTest::newRow("21") << 21 << "Register monitor" << 0 << 4 << 0;
        QTest::newRow("22") << 22 << "Single action schedule" << 0 << 4 << 0;
        QTest::newRow("23") << 23 << "IEC HDLC setup" << 1 << 9 << 0;
        QTest::newRow("40") << 40 << "Push setup" << 2 << 13 << 2;
        QTest::newRow("64") << 64 << "Security setup" << 1 << 6 << 8;
        QTest::newRow("70") << 70 << "Disconnect control" << 0 << 4 << 2;
        QTest::newRow("71") << 71 << "Limiter" << 0 << 11 << 0;
    }
    void catalogueKnowsEveryClassWithItsVersion() {
        QFETCH(int, classId);
        QFETCH(QString, name);
        QFETCH(int, version);
        QFETCH(int, attributes);
        QFETCH(int, methods);
        const ClassInfo* c = findClass(static_cast<std::uint16_t>(classId));
        QVERIFY(c != nullptr);
        QCOMPARE(static_cast<int>(c->id), classId);
        QCOMPARE(QString::fromUtf8(c->name.data(), static_cast<int>(c->name.size())), name);
        QCOMPARE(int(c->version), version);
        QCOMPARE(int(c->attributes.size()), attributes);
        QCOMPARE(int(c->methods.size()), methods);
        // Attributes are numbered 1..n in order, logical_name first and static octet-string.
        for (std::size_t i = 0; i < c->attributes.size(); ++i) {
            QCOMPARE(int(c->attributes[i].index), int(i) + 1);
            QVERIFY(!c->attributes[i].name.empty());
        }
        QCOMPARE(c->attributes[0].name, std::string_view("logical_name"));
        QVERIFY(c->attributes[0].isStatic);
        QVERIFY(c->attributes[0].types.contains(DataType::OctetString));
        QVERIFY(!c->attributes[0].types.contains(DataType::VisibleString));
        // The class version has all attributes; findClass by enum gives the same entry.
        QCOMPARE(int(c->attributeCountOf(c->version)), attributes);
        QCOMPARE(findClass(c->id), c);
    }

    void catalogueNamesAttributesAndMethods() {
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 2), std::string_view("buffer"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 3), std::string_view("capture_objects"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 4), std::string_view("capture_period"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 5), std::string_view("sort_method"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 6), std::string_view("sort_object"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 7), std::string_view("entries_in_use"));
        QCOMPARE(attributeName(ClassId::ProfileGeneric, 8), std::string_view("profile_entries"));
        QCOMPARE(attributeName(ClassId::Register, 3), std::string_view("scaler_unit"));
        QCOMPARE(attributeName(ClassId::Clock, 2), std::string_view("time"));
        QCOMPARE(attributeName(ClassId::Clock, 3), std::string_view("time_zone"));
        QCOMPARE(attributeName(ClassId::Clock, 4), std::string_view("status"));
        QCOMPARE(attributeName(ClassId::Clock, 5), std::string_view("daylight_savings_begin"));
        QCOMPARE(attributeName(8, 9), std::string_view("clock_base"));
        QCOMPARE(attributeName(ClassId::AssociationLn, 5), std::string_view("xDLMS_context_info"));
        QCOMPARE(attributeName(ClassId::IecHdlcSetup, 7), std::string_view("inter_octet_time_out"));
        QCOMPARE(attributeName(ClassId::Limiter, 9),
                 std::string_view("emergency_profile_group_id_list"));
        QCOMPARE(methodName(ClassId::Register, 1), std::string_view("reset"));
        QCOMPARE(methodName(ClassId::ProfileGeneric, 2), std::string_view("capture"));
        QCOMPARE(methodName(ClassId::Clock, 1), std::string_view("adjust_to_quarter"));
        QCOMPARE(methodName(ClassId::Clock, 2), std::string_view("adjust_to_measuring_period"));
        QCOMPARE(methodName(ClassId::Clock, 3), std::string_view("adjust_to_minute"));
        QCOMPARE(methodName(ClassId::Clock, 4), std::string_view("adjust_to_preset_time"));
        QCOMPARE(methodName(ClassId::Clock, 5), std::string_view("preset_adjusting_time"));
        QCOMPARE(methodName(ClassId::Clock, 6), std::string_view("shift_time"));
        QCOMPARE(methodName(ClassId::ScriptTable, 1), std::string_view("execute"));
        QCOMPARE(methodName(ClassId::ActivityCalendar, 1),
                 std::string_view("activate_passive_calendar"));
        QCOMPARE(methodName(15, 1), std::string_view("reply_to_HLS_authentication"));
        QCOMPARE(methodName(15, 2), std::string_view("change_HLS_secret"));
        QCOMPARE(methodName(ClassId::AssociationSn, 8),
                 std::string_view("reply_to_HLS_authentication"));
        QCOMPARE(methodName(ClassId::DisconnectControl, 1), std::string_view("remote_disconnect"));
        QCOMPARE(methodName(ClassId::DisconnectControl, 2), std::string_view("remote_reconnect"));
        QCOMPARE(methodName(ClassId::SecuritySetup, 1), std::string_view("security_activate"));
        QCOMPARE(methodName(ClassId::SecuritySetup, 2), std::string_view("key_transfer"));
        // Unknown class, attribute or method: empty.
        QVERIFY(findClass(999) == nullptr);
        QVERIFY(findClass(std::uint16_t{0}) == nullptr);
        QVERIFY(attributeName(999, 1).empty());
        QVERIFY(attributeName(ClassId::Clock, 10).empty());
        QVERIFY(attributeName(ClassId::Clock, 0).empty());
        QVERIFY(methodName(ClassId::Clock, 7).empty());
        QVERIFY(methodName(ClassId::Limiter, 1).empty());
        QVERIFY(methodName(ClassId::AssociationSn, 1).empty());  // reserved
        QCOMPARE(className(70), std::string_view("Disconnect control"));
        QVERIFY(className(2).empty());
    }

    void catalogueGivesTypesAndStaticness() {
        const ClassInfo* clock = findClass(ClassId::Clock);
        const AttributeInfo* tz = clock->findAttribute(3);
        QVERIFY(tz->types.contains(DataType::Long));
        QVERIFY(!tz->types.contains(DataType::LongUnsigned));
        QVERIFY(tz->isStatic);
        QVERIFY(!clock->findAttribute(2)->isStatic);  // time is dynamic
        QVERIFY(clock->findAttribute(2)->types.contains(DataType::OctetString));
        const ClassInfo* reg = findClass(ClassId::Register);
        QVERIFY(reg->findAttribute(2)->types.any());  // value: CHOICE
        QVERIFY(reg->findAttribute(2)->types.contains(DataType::Float64));
        QVERIFY(reg->findAttribute(3)->types.contains(DataType::Structure));
        QVERIFY(!reg->findAttribute(3)->types.contains(DataType::Array));
        // Older versions have fewer attributes.
        const ClassInfo* ln = findClass(ClassId::AssociationLn);
        QCOMPARE(int(ln->attributeCountOf(0)), 8);
        QCOMPARE(int(ln->attributeCountOf(1)), 9);
        QCOMPARE(int(findClass(ClassId::PushSetup)->attributeCountOf(0)), 7);
        QCOMPARE(int(findClass(ClassId::SecuritySetup)->attributeCountOf(0)), 5);
        // Class ids are unique and ascending.
        std::set<int> ids;
        int last = 0;
        for (const auto& c : allClasses()) {
            QVERIFY(static_cast<int>(c.id) > last);
            last = static_cast<int>(c.id);
            ids.insert(last);
        }
        QCOMPARE(int(ids.size()), 23);
    }

    // --- units -------------------------------------------------------------------------------

    void unitTableMatchesTheBlueBook_data() {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("symbol");
        const std::pair<int, const char*> rows[] = {
            {1, "a"},
            {2, "mo"},
            {3, "wk"},
            {4, "d"},
            {5, "h"},
            {6, "min"},
            {7, "s"},
            {8, "°"},
            {9, "°C"},
            {10, "currency"},
            {11, "m"},
            {12, "m/s"},
            {13, "m³"},
            {14, "m³"},
            {15, "m³/h"},
            {16, "m³/h"},
            {17, "m³/d"},
            {18, "m³/d"},
            {19, "l"},
            {20, "kg"},
            {21, "N"},
            {22, "Nm"},
            {23, "Pa"},
            {24, "bar"},
            {25, "J"},
            {26, "J/h"},
            {27, "W"},
            {28, "VA"},
            {29, "var"},
            {30, "Wh"},
            {31, "VAh"},
            {32, "varh"},
            {33, "A"},
            {34, "C"},
            {35, "V"},
            {36, "V/m"},
            {37, "F"},
            {38, "Ω"},
            {39, "Ωm²/m"},
            {40, "Wb"},
            {41, "T"},
            {42, "A/m"},
            {43, "H"},
            {44, "Hz"},
            {45, "1/(Wh)"},
            {46, "1/(varh)"},
            {47, "1/(VAh)"},
            {48, "V²h"},
            {49, "A²h"},
            {50, "kg/s"},
            {51, "S"},
            {52, "K"},
            {53, "1/(V²h)"},
            {54, "1/(A²h)"},
            {55, "1/m³"},
            {56, "%"},
            {57, "Ah"},
            {60, "Wh/m³"},
            {61, "J/m³"},
            {62, "Mol %"},
            {63, "g/m³"},
            {64, "Pa s"},
            {65, "J/kg"},
            {66, "g/cm²"},
            {67, "atm"},
            {70, "dBm"},
            {71, "dBμV"},
            {72, "dB"},
            {128, "in"},
            {129, "ft"},
            {130, "lb"},
            {131, "°F"},
            {132, "°R"},
            {133, "sq in"},
            {134, "sq ft"},
            {135, "ac"},
            {136, "cu in"},
            {137, "cu ft"},
            {138, "ac-ft"},
            {139, "gal (imp)"},
            {140, "gal (US)"},
            {141, "lbf"},
            {142, "psi"},
            {143, "lb/cu ft"},
            {144, "lb/(ft s)"},
            {145, "sq ft/s"},
            {146, "Btu"},
            {147, "thm (EU)"},
            {148, "thm (US)"},
            {149, "Btu/lb"},
            {150, "Btu/cu ft"},
            {151, "cu ft"},
            {152, "ft/s"},
            {153, "cu ft/s"},
            {154, "cu ft/min"},
            {155, "cu ft/h"},
            {156, "cu ft/d"},
            {157, "ac-ft/s"},
            {158, "ac-ft/min"},
            {159, "ac-ft/h"},
            {160, "ac-ft/d"},
            {161, "imp gal"},
            {162, "imp gal/s"},
            {163, "imp gal/min"},
            {164, "imp gal/h"},
            {165, "imp gal/d"},
            {166, "US gal"},
            {167, "US gal/s"},
            {168, "US gal/min"},
            {169, "US gal/h"},
            {170, "US gal/d"},
            {171, "Btu/s"},
            {172, "Btu/min"},
            {173, "Btu/h"},
            {174, "Btu/d"},
            {254, ""},
            {255, ""},
        };
        for (const auto& [value, symbol] : rows) {
            QTest::newRow(std::to_string(value).c_str()) << value << QString::fromUtf8(symbol);
        }
    }
    void unitTableMatchesTheBlueBook() {
        QFETCH(int, value);
        QFETCH(QString, symbol);
        QVERIFY(isKnownUnit(static_cast<std::uint8_t>(value)));
        const auto s = unitSymbol(static_cast<Unit>(value));
        QCOMPARE(QString::fromUtf8(s.data(), static_cast<int>(s.size())), symbol);
        QVERIFY(!unitQuantity(static_cast<Unit>(value)).empty());
    }

    void unitTableHasNothingElse() {
        // 57 + 8 + 3 + 47 + 2 defined values (1..57, 60..67, 70..72, 128..174, 254, 255).
        QCOMPARE(int(allUnits().size()), 117);
        for (int v : {0, 58, 59, 68, 69, 73, 100, 127, 175, 200, 253}) {
            QVERIFY2(!isKnownUnit(static_cast<std::uint8_t>(v)), std::to_string(v).c_str());
            QVERIFY(unitSymbol(static_cast<Unit>(v)).empty());
        }
        int count = 0;
        for (int v = 0; v < 256; ++v) {
            count += isKnownUnit(static_cast<std::uint8_t>(v)) ? 1 : 0;
        }
        QCOMPARE(count, 117);
        QCOMPARE(unitQuantity(Unit::VarHour), std::string_view("reactive energy"));
        QCOMPARE(unitQuantity(Unit::Count), std::string_view("no unit, unitless, count"));
    }

    void scalerUnitWireBytes() {
        // Given scaler -3 and unit Wh,
        const ScalerUnit su{-3, Unit::WattHour};
        // then: structure of 2, integer -3, enum 30.
        QCOMPARE(hexOf(wire(su.toData())), QString("02 02 0F FD 16 1E"));
        QVERIFY(ok(ScalerUnit::fromData(decoded("02 02 0F FD 16 1E"))) == su);
        QVERIFY(ok(ScalerUnit::fromData(decoded("02 02 0F 00 16 FF"))) ==
                (ScalerUnit{0, Unit::Count}));
        QVERIFY(ok(ScalerUnit::fromData(decoded("02 02 0F 7F 16 23"))) ==
                (ScalerUnit{127, Unit::Volt}));
    }

    void scalerUnitRejectsMalformedValues_data() {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("unit 0 undefined")
            << "02 02 0F FD 16 00" << QByteArray("unknown-enum") << "scaler_unit.unit";
        QTest::newRow("unit 58 undefined")
            << "02 02 0F FD 16 3A" << QByteArray("unknown-enum") << "scaler_unit.unit";
        QTest::newRow("unit as unsigned")
            << "02 02 0F FD 11 1E" << QByteArray("wrong-type") << "scaler_unit.unit";
        QTest::newRow("scaler as unsigned")
            << "02 02 11 03 16 1E" << QByteArray("wrong-type") << "scaler_unit.scaler";
        QTest::newRow("three members")
            << "02 03 0F FD 16 1E 00" << QByteArray("wrong-element-count") << "scaler_unit";
        QTest::newRow("array") << "01 02 0F FD 16 1E" << QByteArray("wrong-type") << "scaler_unit";
    }
    void scalerUnitRejectsMalformedValues() {
        QFETCH(QString, bytes);
        QFETCH(QByteArray, code);
        QFETCH(QString, path);
        const auto f = failure(ScalerUnit::fromData(decoded(bytes.toLatin1().constData())));
        QCOMPARE(QByteArray(nameOf(f.code)), code);
        QCOMPARE(pathOf(f), path);
        QCOMPARE(int(f.offset), 0);
    }

    void formatScaledIsExact_data() {
        QTest::addColumn<qlonglong>("mantissa");
        QTest::addColumn<int>("scaler");
        QTest::addColumn<QString>("text");
        QTest::newRow("12345e-3") << 12345LL << -3 << "12.345";
        QTest::newRow("12340e-3 keeps resolution") << 12340LL << -3 << "12.340";
        QTest::newRow("5e2") << 5LL << 2 << "500";
        QTest::newRow("-5e-3") << -5LL << -3 << "-0.005";
        QTest::newRow("-12345e-2") << -12345LL << -2 << "-123.45";
        QTest::newRow("0e-2") << 0LL << -2 << "0.00";
        QTest::newRow("0e3") << 0LL << 3 << "0000";
        QTest::newRow("7e0") << 7LL << 0 << "7";
        QTest::newRow("1e-1") << 1LL << -1 << "0.1";
        QTest::newRow("999e-3") << 999LL << -3 << "0.999";
        QTest::newRow("1000e-3") << 1000LL << -3 << "1.000";
        QTest::newRow("int64 min")
            << std::numeric_limits<qlonglong>::min() << -4 << "-922337203685477.5808";
        QTest::newRow("int64 max")
            << std::numeric_limits<qlonglong>::max() << 1 << "92233720368547758070";
        QTest::newRow("scaler -128") << 1LL << -128 << ("0." + QString(127, '0') + "1");
    }
    void formatScaledIsExact() {
        QFETCH(qlonglong, mantissa);
        QFETCH(int, scaler);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(
                     formatScaled(std::int64_t{mantissa}, static_cast<std::int8_t>(scaler))),
                 text);
    }

    void formatRegisterValueWithUnit() {
        auto render = [](const Data& v, ScalerUnit su, MetricPrefix p = MetricPrefix::None) {
            return QString::fromStdString(ok(formatRegisterValue(v, su, p)));
        };
        const ScalerUnit wh{0, Unit::WattHour};
        QCOMPARE(render(Data::doubleLongUnsigned(12345), {-3, Unit::WattHour}), "12.345 Wh");
        QCOMPARE(render(Data::doubleLongUnsigned(12345), wh, MetricPrefix::Allowed), "12.345 kWh");
        QCOMPARE(
            render(Data::doubleLongUnsigned(12345), {-3, Unit::WattHour}, MetricPrefix::Allowed),
            "12.345 Wh");
        QCOMPARE(render(Data::doubleLongUnsigned(999), wh, MetricPrefix::Allowed), "999 Wh");
        QCOMPARE(render(Data::doubleLongUnsigned(1000), wh, MetricPrefix::Allowed), "1.000 kWh");
        QCOMPARE(render(Data::doubleLongUnsigned(4294967295U), {2, Unit::VarHour},
                        MetricPrefix::Allowed),
                 "429.4967295 Gvarh");
        QCOMPARE(render(Data::long64Unsigned(123456789), {0, Unit::Watt}, MetricPrefix::Allowed),
                 "123.456789 MW");
        QCOMPARE(render(Data::doubleLong(-1500), {0, Unit::Watt}, MetricPrefix::Allowed),
                 "-1.500 kW");
        QCOMPARE(render(Data::long16(2301), {-1, Unit::Volt}), "230.1 V");
        QCOMPARE(render(Data::long16(-5), {-1, Unit::Ampere}), "-0.5 A");
        QCOMPARE(render(Data::integer(0), {-2, Unit::DegreeCelsius}), "0.00 °C");
        QCOMPARE(render(Data::unsigned8(17), {0, Unit::Count}), "17");
        QCOMPARE(render(Data::longUnsigned(5000), {-2, Unit::Hertz}), "50.00 Hz");
        QCOMPARE(render(Data::longUnsigned(0), {0, Unit::Watt}, MetricPrefix::Allowed), "0 W");
        // Prefixes only for power / energy / electrical units: m³ stays.
        QCOMPARE(
            render(Data::doubleLongUnsigned(12345), {0, Unit::CubicMetre}, MetricPrefix::Allowed),
            "12345 m³");
        // Floats: shortest digits, shifted exactly.
        QCOMPARE(render(Data::float32(1.5F), {-3, Unit::WattHour}), "0.0015 Wh");
        QCOMPARE(render(Data::float32(0.1F), {0, Unit::Percent}), "0.1 %");
        QCOMPARE(render(Data::float64(-2.25), {2, Unit::Second}), "-225 s");
        QCOMPARE(render(Data::float64(std::numeric_limits<double>::infinity()), wh), "inf Wh");
        QCOMPARE(render(Data::float64(std::numeric_limits<double>::quiet_NaN()), wh), "nan Wh");
        // Not a number: typed error naming the value.
        const auto f = failure(formatRegisterValue(Data::octetString({1}), wh));
        QCOMPARE_CODE(f.code, CosemError::WrongType);
        QCOMPARE(pathOf(f), QString("value"));
        // A hand-built value outside its tag's range is refused, not wrapped.
        const Data bad(DataType::LongUnsigned, std::uint64_t{70000});
        QCOMPARE_CODE(failure(formatRegisterValue(bad, wh)).code, CosemError::ValueOutOfRange);
    }

    // --- profile generic ---------------------------------------------------------------------

    void captureObjectsWireBytes() {
        CaptureObjects columns;
        columns.entries = {{8, ObisCode(0, 0, 1, 0, 0, 255), 2, 0},
                           {3, ObisCode(1, 0, 1, 8, 0, 255), 2, 0}};
        const char* expected =
            "01 02"                                                   // capture_objects: array of 2
            " 02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00"  // {8, clock, 2, 0}
            " 02 04 12 00 03 09 06 01 00 01 08 00 FF 0F 02 12 00 00";  // {3, A+, 2, 0}
        QCOMPARE(hexOf(wire(columns.toData())), hexOf(hex(expected)));
        QVERIFY(ok(CaptureObjects::fromData(decoded(expected))) == columns);
        QCOMPARE(ok(sortMethodFromData(Data::enumValue(2))), SortMethod::Lifo);
        QCOMPARE_CODE(failure(sortMethodFromData(Data::enumValue(0))).code,
                      CosemError::UnknownEnum);
        QCOMPARE_CODE(failure(sortMethodFromData(Data::enumValue(7))).code,
                      CosemError::UnknownEnum);
        // Conversion to and from the APDU module's descriptor type.
        const auto apdu = columns.entries[1].toApdu();
        QCOMPARE(apdu.classId, std::uint16_t{3});
        QVERIFY(CaptureObjectDefinition::fromApdu(apdu) == columns.entries[1]);
    }

    void captureObjectsErrorsNameTheField_data() {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("ln of 5") << "01 01 02 04 12 00 08 09 05 00 00 01 00 00 0F 02 12 00 00"
                                 << QByteArray("bad-length") << "capture_objects[0].logical_name";
        QTest::newRow("attribute as unsigned")
            << "01 01 02 04 12 00 08 09 06 00 00 01 00 00 FF 11 02 12 00 00"
            << QByteArray("wrong-type") << "capture_objects[0].attribute_index";
        QTest::newRow("class id as unsigned")
            << "01 02 02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00"
               " 02 04 11 03 09 06 01 00 01 08 00 FF 0F 02 12 00 00"
            << QByteArray("wrong-type") << "capture_objects[1].class_id";
        QTest::newRow("three members") << "01 01 02 03 12 00 08 09 06 00 00 01 00 00 FF 0F 02"
                                       << QByteArray("wrong-element-count") << "capture_objects[0]";
        QTest::newRow("structure not array")
            << "02 00" << QByteArray("wrong-type") << "capture_objects";
    }
    void captureObjectsErrorsNameTheField() {
        QFETCH(QString, bytes);
        QFETCH(QByteArray, code);
        QFETCH(QString, path);
        const auto f = failure(CaptureObjects::fromData(decoded(bytes.toLatin1().constData())));
        QCOMPARE(QByteArray(nameOf(f.code)), code);
        QCOMPARE(pathOf(f), path);
    }

    void rangeSelectionPicksRowsByClockTime() {
        CaptureObjects columns;
        columns.entries = {{8, ObisCode(0, 0, 1, 0, 0, 255), 2, 0},
                           {3, ObisCode(1, 0, 1, 8, 0, 255), 2, 0}};
        // Four quarter-hour rows of 2026-01-10 in CET (deviation -60).
        std::vector<Data> rows;
        for (std::uint8_t q = 0; q < 4; ++q) {
            rows.push_back(Data::structure(
                {dateTimeOctets(dateTime(2026, 1, 10, 0, static_cast<std::uint8_t>(q * 15), -60)),
                 Data::doubleLongUnsigned(1000U + q)}));
        }
        const Data buffer = Data::array(rows);
        dlms::RangeDescriptor range;
        range.restrictingObject = columns.entries[0].toApdu();
        // From 01:15 CEST-style deviation -120 (= 00:15 CET) to 00:30 with unspecified deviation
        // (read with the assumed -60): rows 1 and 2, both ends included.
        range.fromValue = dateTimeOctets(dateTime(2026, 1, 10, 1, 15, -120));
        auto to = dateTime(2026, 1, 10, 0, 30, CosemDateTime::kDeviationNotSpecified);
        range.toValue = dateTimeOctets(to);
        auto picked = ok(selectRowsInRange(buffer, columns, range, -60));
        QCOMPARE(picked, (std::vector<std::size_t>{1, 2}));
        // The same with an assumed deviation of 0 moves "to" one hour later: rows 1..3.
        QCOMPARE(ok(selectRowsInRange(buffer, columns, range, 0)),
                 (std::vector<std::size_t>{1, 2, 3}));
        // Columns: all, or those selected, in the order asked.
        QCOMPARE(ok(selectColumns(columns, {})), (std::vector<std::size_t>{0, 1}));
        QCOMPARE(ok(selectColumns(columns, {columns.entries[1].toApdu()})),
                 (std::vector<std::size_t>{1}));
        // A restricting object that is not captured, a selected value that is not a column.
        dlms::RangeDescriptor other = range;
        other.restrictingObject.attributeIndex = 3;
        QCOMPARE_CODE(failure(selectRowsInRange(buffer, columns, other)).code,
                      CosemError::UnknownAttribute);
        const auto sel =
            failure(selectColumns(columns, {columns.entries[0].toApdu(), other.restrictingObject}));
        QCOMPARE(pathOf(sel), QString("selected_values[1]"));
        // A row with the wrong number of members names the row.
        std::vector<Data> badRows = rows;
        badRows[2] = Data::structure({rows[2].elements()->at(0)});
        const auto rowFail = failure(selectRowsInRange(Data::array(badRows), columns, range, -60));
        QCOMPARE_CODE(rowFail.code, CosemError::WrongElementCount);
        QCOMPARE(pathOf(rowFail), QString("buffer[2]"));
    }

    void rangeComparisonRules() {
        // Equal instants in different zones compare equal; hundredths break ties.
        auto a = dateTime(2026, 3, 29, 3, 0, -120);
        auto b = dateTime(2026, 3, 29, 2, 0, -60);
        QVERIFY(ok(compareDateTimes(a, b)) == std::strong_ordering::equal);
        b.time.hundredths = 1;
        QVERIFY(ok(compareDateTimes(a, b)) == std::strong_ordering::less);
        b.time.hundredths = 0xFF;  // not specified on one side: seconds decide
        QVERIFY(ok(compareDateTimes(a, b)) == std::strong_ordering::equal);
        // Wildcards cannot be ordered.
        auto wild = a;
        wild.date.year = CosemDate::kYearNotSpecified;
        QCOMPARE_CODE(failure(compareDateTimes(wild, b)).code, CosemError::NotComparable);
        // Integer ranges of mixed widths and signs.
        QVERIFY(ok(isInRange(Data::longUnsigned(5), Data::integer(-1), Data::long64(5))));
        QVERIFY(!ok(isInRange(Data::long16(-2), Data::integer(-1), Data::long64(5))));
        QVERIFY(ok(
            isInRange(Data::long64Unsigned(~0ULL), Data::long64(0), Data::long64Unsigned(~0ULL))));
        // Mixed kinds and other types are not comparable; bad octets name the field.
        const Data t = dateTimeOctets(a);
        const auto mixed = failure(isInRange(t, Data::unsigned8(0), t));
        QCOMPARE_CODE(mixed.code, CosemError::NotComparable);
        QCOMPARE(pathOf(mixed), QString("value"));
        QCOMPARE_CODE(failure(isInRange(Data::boolean(true), t, t)).code,
                      CosemError::NotComparable);
        const auto bad = failure(isInRange(t, Data::octetString(hex("07 EA 0D 01")), t));
        QCOMPARE_CODE(bad.code, CosemError::BadLength);
        QCOMPARE(pathOf(bad), QString("from_value"));
        // date-time typed Data is accepted too.
        QVERIFY(ok(isInRange(Data::dateTime(a), t, t)));
    }

    // --- association LN ----------------------------------------------------------------------

    void objectListElementOfTheClock() {
        // Given the Clock element of an object list,
        const Data d = decoded(kClockElement);
        // when read with association version 3 rules,
        const auto e = ok(ObjectListElement::fromData(d));
        // then every field is typed,
        QVERIFY(e == clockElement());
        QVERIFY(e.findAttributeAccess(2)->readable(3));
        QVERIFY(e.findAttributeAccess(2)->writable(3));
        QVERIFY(!e.findAttributeAccess(3)->writable(3));
        QVERIFY(!e.findAttributeAccess(9)->readable(3));
        QVERIFY(e.findMethodAccess(6)->permitted(3));
        QVERIFY(!e.findMethodAccess(5)->permitted(3));
        QVERIFY(e.findAttributeAccess(10) == nullptr);
        // and it encodes back to the same bytes.
        QCOMPARE(hexOf(wire(e.toData())), hexOf(hex(kClockElement)));
    }

    void objectListAccessSelectorsAndOlderVersions() {
        // Profile generic buffer with access selectors {1, 2}; method access as boolean (v0).
        const char* bytes =
            "02 04 12 00 07 11 01 09 06 01 00 63 01 00 FF"  // class 7, version 1, 1.0.99.1.0.255
            " 02 02"
            "  01 01 02 03 0F 02 16 01"   // {2 buffer, read-only,
            "   01 02 0F 01 0F 02"        //  selectors [1, 2]}
            "  01 02 02 02 0F 01 03 00"   // {1 reset, false}
            "        02 02 0F 02 03 01";  // {2 capture, true}
        const auto e = ok(ObjectListElement::fromData(decoded(bytes), FieldPath("e"), 2));
        const auto* buffer = e.findAttributeAccess(2);
        QVERIFY(buffer->accessSelectors.has_value());
        QCOMPARE(*buffer->accessSelectors, (std::vector<std::int8_t>{1, 2}));
        QVERIFY(buffer->readable(2));
        QVERIFY(!buffer->writable(2));
        QVERIFY(e.findMethodAccess(1)->asBoolean);
        QVERIFY(!e.findMethodAccess(1)->permitted(2));
        QVERIFY(e.findMethodAccess(2)->permitted(2));
        QCOMPARE(hexOf(wire(e.toData())), hexOf(hex(bytes)));
        // Version 0..2 enumerations: authenticated-read-and-write (6) is readable and writable.
        AttributeAccessItem item{2, 6, std::nullopt};
        QVERIFY(item.readable(2) && item.writable(2));
        QVERIFY(!item.readable(3));  // as a v3 bit set, 6 = write + authenticated request
        QVERIFY(item.writable(3));
        MethodAccessItem m{1, 2, false};  // authenticated_access (v1/v2)
        QVERIFY(m.permitted(2));
    }

    void objectListErrorsNameTheField_data() {
        QTest::addColumn<QString>("element3");
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("path");
        // Element 3 of a four-element list is broken in one place each time.
        const QString head = "02 04 12 00 03 11 00 09 06 01 00 01 08 00 FF 02 02 01 02";
        const QString attr0 = " 02 03 0F 01 16 01 00";
        QTest::newRow("access mode 9 in v2")
            << head + attr0 + " 02 03 0F 02 16 09 00 01 00" << 2 << QByteArray("unknown-enum")
            << "object_list[3].access_rights.attribute_access[1].access_mode";
        QTest::newRow("access mode as long-unsigned")
            << head + attr0 + " 02 03 0F 02 12 00 01 00 01 00" << 3 << QByteArray("wrong-type")
            << "object_list[3].access_rights.attribute_access[1].access_mode";
        QTest::newRow("selectors not an array")
            << head + attr0 + " 02 03 0F 02 16 01 0F 01 01 00" << 3 << QByteArray("wrong-type")
            << "object_list[3].access_rights.attribute_access[1].access_selectors";
        QTest::newRow("selector not integer")
            << head + attr0 + " 02 03 0F 02 16 01 01 01 11 01 01 00" << 3
            << QByteArray("wrong-type")
            << "object_list[3].access_rights.attribute_access[1].access_selectors[0]";
        QTest::newRow("method access 3 in v2")
            << head + attr0 + " 02 03 0F 02 16 01 00 01 01 02 02 0F 01 16 03" << 2
            << QByteArray("unknown-enum")
            << "object_list[3].access_rights.method_access[0].access_mode";
        QTest::newRow("method access bit 1 in v3")
            << head + attr0 + " 02 03 0F 02 16 01 00 01 01 02 02 0F 01 16 02" << 3
            << QByteArray("unknown-enum")
            << "object_list[3].access_rights.method_access[0].access_mode";
        QTest::newRow("method access as unsigned")
            << head + attr0 + " 02 03 0F 02 16 01 00 01 01 02 02 0F 01 11 01" << 3
            << QByteArray("wrong-type")
            << "object_list[3].access_rights.method_access[0].access_mode";
        QTest::newRow("method item of 3")
            << head + attr0 + " 02 03 0F 02 16 01 00 01 01 02 03 0F 01 16 01 00" << 3
            << QByteArray("wrong-element-count") << "object_list[3].access_rights.method_access[0]";
        QTest::newRow("logical name of 7")
            << QString("02 04 12 00 03 11 00 09 07 01 00 01 08 00 FF 00 02 02 01 00 01 00") << 3
            << QByteArray("bad-length") << "object_list[3].logical_name";
        QTest::newRow("version as enum")
            << QString("02 04 12 00 03 16 00 09 06 01 00 01 08 00 FF 02 02 01 00 01 00") << 3
            << QByteArray("wrong-type") << "object_list[3].version";
    }
    void objectListErrorsNameTheField() {
        QFETCH(QString, element3);
        QFETCH(int, version);
        QFETCH(QByteArray, code);
        QFETCH(QString, path);
        // A Data object 0.0.42.0.0.255 whose logical name is readable: valid in every version.
        const Data good = decoded(
            "02 04 12 00 01 11 00 09 06 00 00 2A 00 00 FF 02 02 01 01 02 03 0F 01 16 01 00 01 00");
        const Data bad = decoded(element3.toLatin1().constData());
        QVERIFY(bad.type() == DataType::Structure);
        const Data list = Data::array({good, good, good, bad});
        const auto f = failure(ObjectList::fromData(list, static_cast<std::uint8_t>(version)));
        QCOMPARE(QByteArray(nameOf(f.code)), code);
        QCOMPARE(pathOf(f), path);
        // The good elements alone are fine, and found by class and logical name.
        const auto three = ok(ObjectList::fromData(Data::array({good, good, good})));
        QVERIFY(three.find(1, ObisCode(0, 0, 42, 0, 0, 255)) == &three.entries[0]);
        QVERIFY(three.find(3, ObisCode(0, 0, 42, 0, 0, 255)) == nullptr);
    }

    void associationLnPlainAttributes() {
        // associated_partners_id {client 16, server 1}
        const AssociatedPartnersId partners{16, 1};
        QCOMPARE(hexOf(wire(partners.toData())), QString("02 02 0F 10 12 00 01"));
        QVERIFY(ok(AssociatedPartnersId::fromData(decoded("02 02 0F 10 12 00 01"))) == partners);
        QCOMPARE(pathOf(failure(AssociatedPartnersId::fromData(decoded("02 02 11 10 12 00 01")))),
                 QString("associated_partners_id.client_SAP"));

        // application_context_name as BER OID in an octet-string: 2.16.756.5.8.1.1 (LN).
        const auto ctx = ApplicationContextName::dlmsUa(1, 1);
        QCOMPARE(hexOf(wire(ctx.toData())), QString("09 07 60 85 74 05 08 01 01"));
        const auto parsed =
            ok(ApplicationContextName::fromData(decoded("09 07 60 85 74 05 08 01 03")));
        QCOMPARE(*parsed.id(), std::uint8_t{3});  // LN with ciphering
        QCOMPARE(*parsed.components(), (ApplicationContextName::Arcs{2, 16, 756, 5, 8, 1, 3}));
        // ... or as a structure of seven elements (older meters).
        const char* structForm =
            "02 07 11 02 11 10 12 02 F4 11 05 11 08 11 01 11 01";  // 2 16 756 5 8 1 1
        const auto s = ok(ApplicationContextName::fromData(decoded(structForm)));
        QVERIFY(s.asStructure);
        QCOMPARE(*s.components(), (ApplicationContextName::Arcs{2, 16, 756, 5, 8, 1, 1}));
        QCOMPARE(hexOf(wire(s.toData())), hexOf(hex(structForm)));
        const auto badCtx = failure(ApplicationContextName::fromData(
            decoded("02 07 11 02 11 10 11 02 11 05 11 08 11 01 11 01")));
        QCOMPARE(pathOf(badCtx), QString("application_context_name.country_name_element"));
        const auto badMech = failure(AuthenticationMechanismName::fromData(
            decoded("02 07 11 02 11 10 12 02 F4 11 05 11 08 11 02 16 05")));
        QCOMPARE(pathOf(badMech), QString("authentication_mechanism_name.mechanism_id_element"));
        QCOMPARE_CODE(failure(ApplicationContextName::fromData(Data::unsigned8(1))).code,
                      CosemError::WrongType);
        // An octet-string that is not a seven-arc OID is kept but has no components.
        const auto odd = ok(AuthenticationMechanismName::fromData(decoded("09 02 60 85")));
        QVERIFY(!odd.components().has_value());
        QVERIFY(!odd.id().has_value());
        // authentication_mechanism_name: HLS GMAC = mechanism 5.
        QCOMPARE(hexOf(wire(AuthenticationMechanismName::dlmsUa(2, 5).toData())),
                 QString("09 07 60 85 74 05 08 02 05"));

        // xDLMS_context_info
        const char* xdlms =
            "02 06"
            " 04 18 00 1E 1D"  // conformance bit-string(24) 00 1E 1D
            " 12 04 B0"        // max_receive_pdu_size 1200
            " 12 04 B0"        // max_send_pdu_size 1200
            " 11 06"           // dlms_version_number 6
            " 0F 00"           // quality_of_service 0
            " 09 00";          // cyphering_info empty
        const auto info = ok(XdlmsContextInfo::fromData(decoded(xdlms)));
        QCOMPARE(info.conformance.wire(), std::uint32_t{0x001E1D});
        QVERIFY(info.conformance.has(dlms::ConformanceBit::Get));
        QCOMPARE(info.maxReceivePduSize, std::uint16_t{1200});
        QCOMPARE(hexOf(wire(info.toData())), hexOf(hex(xdlms)));
        const auto shortConf =
            failure(XdlmsContextInfo::fromData(decoded("02 06 04 10 00 1E 12 04 B0 12 04 B0 11 06 "
                                                       "0F 00 09 00")));
        QCOMPARE_CODE(shortConf.code, CosemError::BadLength);
        QCOMPARE(pathOf(shortConf), QString("xDLMS_context_info.conformance"));

        QCOMPARE(ok(associationStatusFromData(Data::enumValue(2))), AssociationStatus::Associated);
        QCOMPARE_CODE(failure(associationStatusFromData(Data::enumValue(3))).code,
                      CosemError::UnknownEnum);
    }

    // --- clock -------------------------------------------------------------------------------

    void clockAttributesWireBytes() {
        Clock clock;
        clock.time = dateTime(2026, 3, 29, 2, 0, -60, 0x00);
        clock.time.date.dayOfWeek = 7;
        clock.timeZone = -60;
        clock.status = ClockStatus().set(ClockStatus::kDaylightSavingActive);
        clock.daylightSavingsBegin = {
            {0xFFFF, 3, 0xFE, 7}, {2, 0, 0, 0}, CosemDateTime::kDeviationNotSpecified, 0xFF};
        clock.daylightSavingsEnd = {
            {0xFFFF, 10, 0xFE, 7}, {3, 0, 0, 0}, CosemDateTime::kDeviationNotSpecified, 0xFF};
        clock.daylightSavingsDeviation = 60;
        clock.daylightSavingsEnabled = true;
        clock.clockBase = ClockBase::InternalCrystal;
        const std::pair<int, const char*> expected[] = {
            {1, "09 06 00 00 01 00 00 FF"},
            {2, "09 0C 07 EA 03 1D 07 02 00 00 00 FF C4 00"},  // 2026-03-29 Sun 02:00 CET
            {3, "10 FF C4"},                                   // long -60
            {4, "11 80"},                                      // daylight saving active
            {5, "09 0C FF FF 03 FE 07 02 00 00 00 80 00 FF"},  // last Sunday of March 02:00
            {6, "09 0C FF FF 0A FE 07 03 00 00 00 80 00 FF"},  // last Sunday of October 03:00
            {7, "0F 3C"},                                      // 60 minutes
            {8, "03 01"},                                      // enabled
            {9, "16 01"},                                      // internal crystal
        };
        for (const auto& [index, bytes] : expected) {
            QCOMPARE(hexOf(wire(ok(clock.attribute(static_cast<std::int8_t>(index))))),
                     hexOf(hex(bytes)));
        }
        checkObjectRoundTrip(clock, 9);
        // Status flags.
        const auto st = ok(ClockStatus::fromData(decoded("11 8F")));
        QVERIFY(st.invalidValue() && st.doubtfulValue() && st.differentClockBase() &&
                st.invalidClockStatus() && st.daylightSavingActive());
        QVERIFY(!ClockStatus(0x70).invalidValue());
        QCOMPARE(ClockStatus(0x70).bits(), std::uint8_t{0x70});  // reserved bits are kept
    }

    void clockRejectsMalformedAttributes_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("time zone as long-unsigned")
            << 3 << "12 00 3C" << QByteArray("wrong-type") << "time_zone";
        QTest::newRow("time zone 721")
            << 3 << "10 02 D1" << QByteArray("value-out-of-range") << "time_zone";
        QTest::newRow("time of 11 octets")
            << 2 << "09 0B 07 EA 03 1D 07 02 00 00 00 FF C4" << QByteArray("bad-length") << "time";
        QTest::newRow("time month 13") << 2 << "09 0C 07 EA 0D 1D 07 02 00 00 00 FF C4 00"
                                       << QByteArray("bad-date-time") << "time";
        QTest::newRow("time as date-time tag")
            << 2 << "19 07 EA 03 1D 07 02 00 00 00 FF C4 00" << QByteArray("wrong-type") << "time";
        QTest::newRow("deviation 121")
            << 7 << "0F 79" << QByteArray("value-out-of-range") << "daylight_savings_deviation";
        QTest::newRow("clock base 6") << 9 << "16 06" << QByteArray("unknown-enum") << "clock_base";
        QTest::newRow("status as enum") << 4 << "16 00" << QByteArray("wrong-type") << "status";
        QTest::newRow("enabled as unsigned")
            << 8 << "11 01" << QByteArray("wrong-type") << "daylight_savings_enabled";
        QTest::newRow("attribute 10") << 10 << "00" << QByteArray("unknown-attribute") << "clock";
    }
    void clockRejectsMalformedAttributes() {
        QFETCH(int, index);
        QFETCH(QString, bytes);
        QFETCH(QByteArray, code);
        QFETCH(QString, path);
        Clock clock;
        const Clock before = clock;
        const auto f = failure(clock.setAttribute(static_cast<std::int8_t>(index),
                                                  decoded(bytes.toLatin1().constData())));
        QCOMPARE(QByteArray(nameOf(f.code)), code);
        QCOMPARE(pathOf(f), path);
        QVERIFY(clock == before);  // nothing changed
    }

    // --- activity calendar, special days -----------------------------------------------------

    void activityCalendarWireBytes() {
        const char* seasons =
            "01 01 02 03"
            " 09 01 01"                                   // season_profile_name 01
            " 09 0C FF FF 04 01 FF 00 00 00 00 80 00 FF"  // season_start *-04-01 00:00
            " 09 01 02";                                  // week_name 02
        const auto sp = ok(SeasonProfile::fromData(decoded(seasons)));
        QCOMPARE(int(sp.entries.size()), 1);
        QCOMPARE(sp.entries[0].start.date.month, std::uint8_t{4});
        QCOMPARE(sp.entries[0].weekName, Bytes{2});
        QCOMPARE(hexOf(wire(sp.toData())), hexOf(hex(seasons)));

        const char* weeks =
            "01 01 02 08 09 01 02"            // week_profile_name 02
            " 11 01 11 01 11 01 11 01 11 01"  // Monday..Friday day 1
            " 11 02 11 03";                   // Saturday 2, Sunday 3
        const auto wp = ok(WeekProfileTable::fromData(decoded(weeks)));
        QCOMPARE(wp.entries[0].dayIds, (std::array<std::uint8_t, 7>{1, 1, 1, 1, 1, 2, 3}));
        QCOMPARE(hexOf(wire(wp.toData())), hexOf(hex(weeks)));

        const char* days =
            "01 01 02 02 11 01"                     // day_id 1
            " 01 02"                                // day_schedule of 2
            "  02 03 09 04 06 00 00 00"             // 06:00:00.00
            "   09 06 00 00 0A 00 64 FF 12 00 01"   // tariff script, selector 1
            "  02 03 09 04 16 00 00 00"             // 22:00:00.00
            "   09 06 00 00 0A 00 64 FF 12 00 02";  // selector 2
        const auto dp = ok(DayProfileTable::fromData(decoded(days)));
        QCOMPARE(dp.entries[0].daySchedule[1].startTime.hour, std::uint8_t{22});
        QCOMPARE(dp.entries[0].daySchedule[1].scriptSelector, std::uint16_t{2});
        QVERIFY(dp.entries[0].daySchedule[0].scriptLogicalName == ObisCode(0, 0, 10, 0, 100, 255));
        QCOMPARE(hexOf(wire(dp.toData())), hexOf(hex(days)));

        // Errors name the member.
        QCOMPARE(pathOf(failure(WeekProfileTable::fromData(decoded(
                     "01 01 02 08 09 01 02 11 01 11 01 11 01 11 01 11 01 11 02 12 00 03")))),
                 QString("week_profile_table[0].sunday"));
        QCOMPARE(pathOf(failure(DayProfileTable::fromData(
                     decoded("01 01 02 02 11 01 01 01 02 03 09 04 18 00 00 00 "
                             "09 06 00 00 0A 00 64 FF 12 00 01")))),
                 QString("day_profile_table[0].day_schedule[0].start_time"));
        QCOMPARE(pathOf(failure(SeasonProfile::fromData(
                     decoded("01 01 02 03 09 01 01 09 05 FF FF 04 01 FF 09 01 02")))),
                 QString("season_profile[0].season_start"));
        QCOMPARE_CODE(failure(WeekProfileTable::fromData(decoded("01 01 02 07 09 01 02 11 01 11 01 "
                                                                 "11 01 11 01 11 01 11 02")))
                          .code,
                      CosemError::WrongElementCount);
    }

    void specialDaysWireBytes() {
        const char* bytes =
            "01 02"
            " 02 03 12 00 01 09 05 FF FF 0C 19 FF 11 03"   // {1, every 25 December, day 3}
            " 02 03 12 00 02 09 05 07 EA 04 06 01 11 03";  // {2, 2026-04-06 Monday, day 3}
        const auto e = ok(SpecialDaysEntries::fromData(decoded(bytes)));
        QCOMPARE(int(e.entries.size()), 2);
        QVERIFY(e.entries[0].date == (CosemDate{0xFFFF, 12, 25, 0xFF}));
        QCOMPARE(e.entries[1].date.year, std::uint16_t{2026});
        QCOMPARE(hexOf(wire(e.toData())), hexOf(hex(bytes)));
        const auto f = failure(
            SpecialDaysEntries::fromData(decoded("01 02 02 03 12 00 01 09 05 FF FF 0C 19 FF 11 03 "
                                                 "02 03 12 00 02 09 05 07 EA 04 20 01 11 03")));
        QCOMPARE_CODE(f.code, CosemError::BadDateTime);  // 32 April
        QCOMPARE(pathOf(f), QString("entries[1].specialday_date"));
    }

    // --- scripts, schedules, monitors --------------------------------------------------------

    void scriptTableWireBytes() {
        const char* bytes =
            "01 02"
            " 02 02 12 00 01 01 01"                    // script 1, one action:
            "  02 05 16 01 12 00 01"                   //  write attribute, class 1,
            "   09 06 00 00 60 32 00 FF 0F 02 11 05"   //  0.0.96.50.0.255 attr 2 := 5
            " 02 02 12 00 02 01 01"                    // script 2, one action:
            "  02 05 16 02 12 00 46"                   //  execute method, class 70,
            "   09 06 00 00 60 03 0A FF 0F 01 0F 00";  //  breaker method 1 (integer 0)
        const auto scripts = ok(Scripts::fromData(decoded(bytes)));
        QCOMPARE(scripts.entries[1].scriptIdentifier, std::uint16_t{2});
        const auto& a = scripts.entries[1].actions[0];
        QCOMPARE(a.serviceId, ScriptService::ExecuteMethod);
        QCOMPARE(a.classId, std::uint16_t{70});
        QVERIFY(a.parameter == Data::integer(0));
        QCOMPARE(hexOf(wire(scripts.toData())), hexOf(hex(bytes)));
        const auto f =
            failure(Scripts::fromData(decoded("01 01 02 02 12 00 01 01 01 02 05 16 03 12 00 01 09 "
                                              "06 00 00 60 32 00 FF 0F 02 11 05")));
        QCOMPARE_CODE(f.code, CosemError::UnknownEnum);
        QCOMPARE(pathOf(f), QString("scripts[0].actions[0].service_id"));
    }

    void singleActionScheduleWireBytes() {
        const ScriptReference executed{ObisCode(0, 0, 10, 0, 1, 255), 1};
        QCOMPARE(hexOf(wire(executed.toData())), QString("02 02 09 06 00 00 0A 00 01 FF 12 00 01"));
        QVERIFY(ok(ScriptReference::fromData(decoded("02 02 09 06 00 00 0A 00 01 FF 12 00 01"),
                                             FieldPath("executed_script"))) == executed);
        QCOMPARE(ok(singleActionTypeFromData(decoded("16 01"))),
                 SingleActionType::SingleWildcardDate);
        QCOMPARE_CODE(failure(singleActionTypeFromData(decoded("16 06"))).code,
                      CosemError::UnknownEnum);
        const char* times =
            "01 01 02 02"
            " 09 04 00 00 00 00"      // time 00:00:00.00
            " 09 05 FF FF FF FF FF";  // date: every day
        const auto t = ok(ExecutionTimes::fromData(decoded(times)));
        QVERIFY(t.entries[0].date == CosemDate{});
        QCOMPARE(hexOf(wire(t.toData())), hexOf(hex(times)));
        QCOMPARE(pathOf(failure(ExecutionTimes::fromData(
                     decoded("01 01 02 02 09 05 00 00 00 00 00 09 05 FF FF FF FF FF")))),
                 QString("execution_time[0].time"));
    }

    void registerMonitorWireBytes() {
        const char* monitored = "02 03 12 00 03 09 06 01 00 01 07 00 FF 0F 02";
        const auto v = ok(ValueDefinition::fromData(decoded(monitored)));
        QVERIFY(v == (ValueDefinition{3, ObisCode(1, 0, 1, 7, 0, 255), 2}));
        QCOMPARE(hexOf(wire(v.toData())), hexOf(hex(monitored)));
        const auto th = ok(Thresholds::fromData(decoded("01 02 06 00 00 27 10 06 00 00 4E 20")));
        QVERIFY(th.values[1] == Data::doubleLongUnsigned(20000));
        const auto badTh = failure(Thresholds::fromData(decoded("01 02 06 00 00 27 10 02 00")));
        QCOMPARE(pathOf(badTh), QString("thresholds[1]"));
        const char* actions =
            "01 01 02 02"
            " 02 02 09 06 00 00 0A 00 6A FF 12 00 01"   // action_up: script 0.0.10.0.106.255 #1
            " 02 02 09 06 00 00 0A 00 6A FF 12 00 02";  // action_down: #2
        const auto a = ok(RegisterMonitorActions::fromData(decoded(actions)));
        QCOMPARE(a.entries[0].actionDown.scriptSelector, std::uint16_t{2});
        QCOMPARE(hexOf(wire(a.toData())), hexOf(hex(actions)));
        QCOMPARE(pathOf(failure(RegisterMonitorActions::fromData(
                     decoded("01 01 02 02 02 02 09 06 00 00 0A 00 6A FF 12 00 01 "
                             "02 02 09 06 00 00 0A 00 6A FF 11 02")))),
                 QString("actions[0].action_down.script_selector"));
    }

    void sapAssignmentWireBytes() {
        const char* bytes = "01 01 02 02 12 00 01 09 03 4B 41 4D";  // {SAP 1, "KAM"}
        const auto list = ok(SapAssignmentList::fromData(decoded(bytes)));
        QCOMPARE(list.entries[0].logicalDeviceName, bytesOf("KAM"));
        QCOMPARE(hexOf(wire(list.toData())), hexOf(hex(bytes)));
        QCOMPARE(pathOf(failure(
                     SapAssignmentList::fromData(decoded("01 01 02 02 12 00 01 0A 03 4B 41 4D")))),
                 QString("SAP_assignment_list[0].logical_device_name"));
    }

    // --- setup classes -----------------------------------------------------------------------

    void iecLocalPortSetupAttributes() {
        IecLocalPortSetup port;
        port.defaultMode = ProtocolMode::Iec62056_46;
        port.defaultBaud = BaudRate::Baud300;
        port.propBaud = BaudRate::Baud19200;
        port.responseTime = ResponseTime::Ms20;
        port.deviceAddress = bytesOf("12345678");
        port.passP1 = bytesOf("00000000");
        QCOMPARE(hexOf(wire(ok(port.attribute(2)))), QString("16 01"));
        QCOMPARE(hexOf(wire(ok(port.attribute(4)))), QString("16 06"));
        QCOMPARE(hexOf(wire(ok(port.attribute(5)))), QString("16 00"));
        QCOMPARE(hexOf(wire(ok(port.attribute(6)))), QString("09 08 31 32 33 34 35 36 37 38"));
        QCOMPARE(hexOf(wire(ok(port.attribute(9)))), QString("09 00"));
        checkObjectRoundTrip(port, 9);
        QCOMPARE(baudRateValue(BaudRate::Baud9600), std::uint32_t{9600});
        QCOMPARE(baudRateValue(BaudRate::Baud115200), std::uint32_t{115200});
        auto f = failure(port.setAttribute(3, Data::enumValue(10)));
        QCOMPARE_CODE(f.code, CosemError::UnknownEnum);
        QCOMPARE(pathOf(f), QString("default_baud"));
        QCOMPARE(pathOf(failure(port.setAttribute(8, Data::visibleString("x")))),
                 QString("pass_p2"));
        QCOMPARE_CODE(failure(port.setAttribute(2, Data::enumValue(3))).code,
                      CosemError::UnknownEnum);
    }

    void iecHdlcSetupAttributes() {
        IecHdlcSetup hdlc;
        hdlc.windowSizeTransmit = 7;
        hdlc.maxInfoFieldLengthReceive = 0x0400;
        QCOMPARE(hexOf(wire(ok(hdlc.attribute(2)))), QString("16 05"));  // 9600
        QCOMPARE(hexOf(wire(ok(hdlc.attribute(3)))), QString("11 07"));
        QCOMPARE(hexOf(wire(ok(hdlc.attribute(6)))), QString("12 04 00"));
        QCOMPARE(hexOf(wire(ok(hdlc.attribute(7)))), QString("12 00 19"));  // 25 ms
        QCOMPARE(hexOf(wire(ok(hdlc.attribute(9)))), QString("12 00 10"));
        checkObjectRoundTrip(hdlc, 9);
        auto f = failure(hdlc.setAttribute(4, Data::unsigned8(8)));
        QCOMPARE_CODE(f.code, CosemError::ValueOutOfRange);
        QCOMPARE(pathOf(f), QString("window_size_receive"));
        QCOMPARE(pathOf(failure(hdlc.setAttribute(8, Data::doubleLongUnsigned(1)))),
                 QString("inactivity_time_out"));
        QCOMPARE_CODE(failure(hdlc.setAttribute(0, Data::null())).code,
                      CosemError::UnknownAttribute);
    }

    void securitySetupAttributes() {
        SecuritySetup sec;
        sec.securityPolicy = static_cast<std::uint8_t>(SecurityPolicy::kAuthenticatedRequest |
                                                       SecurityPolicy::kEncryptedRequest);
        sec.serverSystemTitle = hex("4B 41 4D 12 34 56 78 9A");
        QCOMPARE(hexOf(wire(ok(sec.attribute(2)))), QString("16 0C"));
        QCOMPARE(hexOf(wire(ok(sec.attribute(3)))), QString("16 00"));
        QCOMPARE(hexOf(wire(ok(sec.attribute(5)))), QString("09 08 4B 41 4D 12 34 56 78 9A"));
        QCOMPARE(hexOf(wire(ok(sec.attribute(6)))), QString("01 00"));
        QVERIFY(sec.policy().authenticatedRequest());
        QVERIFY(sec.policy().encryptedRequest());
        QVERIFY(!sec.policy().authenticatedResponse());
        sec.certificates = Data::array({Data::structure({Data::enumValue(0)})});
        checkObjectRoundTrip(sec, 6);
        QCOMPARE_CODE(failure(sec.setAttribute(3, Data::enumValue(3))).code,
                      CosemError::UnknownEnum);
        QCOMPARE(pathOf(failure(sec.setAttribute(6, Data::structure({})))),
                 QString("certificates"));
    }

    void disconnectControlAttributes() {
        DisconnectControl breaker;
        breaker.outputState = false;
        breaker.controlState = ControlState::ReadyForReconnection;
        breaker.controlMode = ControlMode::Mode4;
        QCOMPARE(hexOf(wire(ok(breaker.attribute(1)))), QString("09 06 00 00 60 03 0A FF"));
        QCOMPARE(hexOf(wire(ok(breaker.attribute(2)))), QString("03 00"));
        QCOMPARE(hexOf(wire(ok(breaker.attribute(3)))), QString("16 02"));
        QCOMPARE(hexOf(wire(ok(breaker.attribute(4)))), QString("16 04"));
        checkObjectRoundTrip(breaker, 4);
        QCOMPARE(pathOf(failure(breaker.setAttribute(3, Data::enumValue(3)))),
                 QString("control_state"));
        QCOMPARE(pathOf(failure(breaker.setAttribute(4, Data::enumValue(7)))),
                 QString("control_mode"));
        QCOMPARE(pathOf(failure(breaker.setAttribute(2, Data::enumValue(1)))),
                 QString("output_state"));
    }

    void limiterAttributes() {
        Limiter limiter;
        limiter.monitoredValue = {3, ObisCode(1, 0, 1, 7, 0, 255), 2};
        limiter.thresholdActive = Data::doubleLongUnsigned(10000);
        limiter.thresholdNormal = Data::doubleLongUnsigned(10000);
        limiter.thresholdEmergency = Data::doubleLongUnsigned(5000);
        limiter.minOverThresholdDuration = 60;
        limiter.minUnderThresholdDuration = 30;
        limiter.emergencyProfile = {1, dateTime(2026, 6, 1, 12, 0, -120), 3600};
        limiter.emergencyProfileGroupIdList = {1, 2};
        limiter.emergencyProfileActive = false;
        limiter.actions = {{ObisCode(0, 0, 10, 0, 106, 255), 1},
                           {ObisCode(0, 0, 10, 0, 106, 255), 2}};
        QCOMPARE(hexOf(wire(ok(limiter.attribute(8)))),
                 hexOf(hex("02 03 12 00 01"                              // id 1
                           " 09 0C 07 EA 06 01 FF 0C 00 00 00 FF 88 00"  // 2026-06-01 12:00
                           " 06 00 00 0E 10")));                         // 3600 s
        QCOMPARE(hexOf(wire(ok(limiter.attribute(9)))), QString("01 02 12 00 01 12 00 02"));
        QCOMPARE(hexOf(wire(ok(limiter.attribute(11)))),
                 hexOf(hex("02 02 02 02 09 06 00 00 0A 00 6A FF 12 00 01"
                           " 02 02 09 06 00 00 0A 00 6A FF 12 00 02")));
        checkObjectRoundTrip(limiter, 11);
        QCOMPARE(pathOf(failure(limiter.setAttribute(9, decoded("01 02 12 00 01 11 02")))),
                 QString("emergency_profile_group_id_list[1]"));
        QCOMPARE(pathOf(failure(limiter.setAttribute(4, Data::array({})))),
                 QString("threshold_normal"));
        QCOMPARE(pathOf(failure(limiter.setAttribute(11, decoded("02 02 02 02 09 06 00 00 0A 00 6A "
                                                                 "FF 12 00 01 02 01 00")))),
                 QString("actions.action_under_threshold"));
        QCOMPARE(
            pathOf(failure(limiter.setAttribute(8, decoded("02 03 12 00 01 09 0C 07 EA 06 01 "
                                                           "FF 0C 00 00 00 FF 88 00 12 0E 10")))),
            QString("emergency_profile.emergency_duration"));
    }

    // --- generic properties ------------------------------------------------------------------

    void readersRejectValuesThatDoNotMatchTheirTag() {
        const FieldPath at("x");
        // A hand-built Data whose alternative does not belong to its tag.
        QCOMPARE_CODE(failure(readUnsigned8(Data(DataType::Unsigned, std::int64_t{1}), at)).code,
                      CosemError::WrongType);
        QCOMPARE_CODE(failure(readInteger8(Data(DataType::Integer, std::int64_t{200}), at)).code,
                      CosemError::ValueOutOfRange);
        QCOMPARE_CODE(
            failure(readLongUnsigned(Data(DataType::LongUnsigned, std::uint64_t{65536}), at)).code,
            CosemError::ValueOutOfRange);
        QCOMPARE_CODE(failure(readStructure(Data(DataType::Structure, Bytes{}), 0, at)).code,
                      CosemError::WrongType);
        // A neighbour type is not accepted.
        QCOMPARE_CODE(failure(readLongUnsigned(Data::unsigned8(1), at)).code,
                      CosemError::WrongType);
        QCOMPARE(QString::fromStdString(failure(readLongUnsigned(Data::unsigned8(1), at)).detail),
                 QString("x: expected long-unsigned, got unsigned"));
        // Paths render members and elements.
        const FieldPath root("object_list");
        const FieldPath item = root.element(3);
        const FieldPath rights = item.member("access_rights");
        QCOMPARE(QString::fromStdString(rights.element(0).member("mode").toString()),
                 QString("object_list[3].access_rights[0].mode"));
        CosemFailure noColon{CosemError::WrongType, 0, "plain"};
        QCOMPARE(pathOf(noColon), QString("plain"));
        QCOMPARE(QByteArray(nameOf(CosemError::NotComparable)), QByteArray("not-comparable"));
        QCOMPARE(QByteArray(nameOf(CosemError::BadDateTime)), QByteArray("bad-date-time"));
    }

    void droppingAStructureMemberIsAlwaysAnError() {
        // For every structure node of every representative value, removing its last member
        // must make the view fail (no view silently accepts a short structure).
        const std::vector<std::pair<const char*, std::function<bool(const Data&)>>> views = {
            {kClockElement,
             [](const Data& d) { return ObjectListElement::fromData(d).hasValue(); }},
            {"02 02 0F FD 16 1E", [](const Data& d) { return ScalerUnit::fromData(d).hasValue(); }},
            {"01 01 02 03 09 01 01 09 0C FF FF 04 01 FF 00 00 00 00 80 00 FF 09 01 02",
             [](const Data& d) { return SeasonProfile::fromData(d).hasValue(); }},
            {"01 01 02 02 11 01 01 01 02 03 09 04 06 00 00 00 09 06 00 00 0A 00 64 FF 12 00 01",
             [](const Data& d) { return DayProfileTable::fromData(d).hasValue(); }},
            {"01 01 02 02 12 00 01 01 01 02 05 16 01 12 00 01 09 06 00 00 60 32 00 FF 0F 02 11 05",
             [](const Data& d) { return Scripts::fromData(d).hasValue(); }},
            {"02 06 04 18 00 1E 1D 12 04 B0 12 04 B0 11 06 0F 00 09 00",
             [](const Data& d) { return XdlmsContextInfo::fromData(d).hasValue(); }},
        };
        for (const auto& [bytes, accepts] : views) {
            const Data good = decoded(bytes);
            QVERIFY2(accepts(good), bytes);
            int mutations = 0;
            // Walk every structure node by index path and drop its last member.
            std::function<void(Data&, const std::function<void()>&)> walk;
            walk = [&](Data& node, const std::function<void()>& check) {
                auto* members = std::get_if<std::vector<Data>>(&node.value());
                if (members == nullptr) {
                    return;
                }
                if (node.type() == DataType::Structure && !members->empty()) {
                    Data last = members->back();
                    members->pop_back();
                    check();
                    ++mutations;
                    members->push_back(std::move(last));
                }
                for (auto& child : *members) {
                    walk(child, check);
                }
            };
            Data copy = good;
            walk(copy, [&] { QVERIFY2(!accepts(copy), bytes); });
            QVERIFY(mutations >= 1);
            QVERIFY(copy == good);
        }
    }

    void randomRoundTrips() {
        Gen g;
        for (int round = 0; round < 300; ++round) {
            // Capture objects
            CaptureObjects columns;
            for (unsigned i = g.pick(0, 4); i > 0; --i) {
                columns.entries.push_back({g.u16(), g.obis(), g.i8(), g.u16()});
            }
            checkRoundTrip(columns);
            // Object list (version 3 and version 2 rules)
            for (std::uint8_t version : {std::uint8_t{2}, std::uint8_t{3}}) {
                ObjectList list;
                for (unsigned i = g.pick(0, 3); i > 0; --i) {
                    ObjectListElement e{g.u16(), g.u8(), g.obis(), {}};
                    for (unsigned k = g.pick(0, 4); k > 0; --k) {
                        AttributeAccessItem a{
                            g.i8(), version >= 3 ? g.u8() : static_cast<std::uint8_t>(g.pick(0, 6)),
                            std::nullopt};
                        if (g.coin()) {
                            std::vector<std::int8_t> sel(g.pick(0, 3));
                            for (auto& s : sel) {
                                s = g.i8();
                            }
                            a.accessSelectors = sel;
                        }
                        e.accessRights.attributeAccess.push_back(a);
                    }
                    for (unsigned k = g.pick(0, 3); k > 0; --k) {
                        MethodAccessItem m{g.i8(), 0, g.coin()};
                        m.accessMode = m.asBoolean ? static_cast<std::uint8_t>(g.pick(0, 1))
                                       : version >= 3
                                           ? static_cast<std::uint8_t>(g.u8() & ~kAccessWrite)
                                           : static_cast<std::uint8_t>(g.pick(0, 2));
                        e.accessRights.methodAccess.push_back(m);
                    }
                    list.entries.push_back(e);
                }
                checkRoundTrip(list, version);
            }
            checkRoundTrip(ScalerUnit{
                g.i8(), allUnits()[g.pick(0, static_cast<unsigned>(allUnits().size() - 1))].unit});
            checkRoundTrip(AssociatedPartnersId{g.i8(), g.u16()});
            checkRoundTrip(ApplicationContextName::dlmsUa(g.u8(), g.u8()));
            AuthenticationMechanismName mech;
            mech.asStructure = true;
            mech.arcs = {g.u8(), g.u8(), g.u16(), g.u8(), g.u8(), g.u8(), g.u8()};
            checkRoundTrip(mech);
            checkRoundTrip(XdlmsContextInfo{dlms::Conformance::fromWire(g.u32()), g.u16(), g.u16(),
                                            g.u8(), g.i8(), g.bytes(8)});
            // Calendar
            SeasonProfile seasons;
            WeekProfileTable weeks;
            DayProfileTable days;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                seasons.entries.push_back({g.bytes(4), g.dateTime(), g.bytes(4)});
                weeks.entries.push_back(
                    {g.bytes(4), {g.u8(), g.u8(), g.u8(), g.u8(), g.u8(), g.u8(), g.u8()}});
                DayProfile day{g.u8(), {}};
                for (unsigned k = g.pick(0, 4); k > 0; --k) {
                    day.daySchedule.push_back({g.time(), g.obis(), g.u16()});
                }
                days.entries.push_back(day);
            }
            checkRoundTrip(seasons);
            checkRoundTrip(weeks);
            checkRoundTrip(days);
            SpecialDaysEntries special;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                special.entries.push_back({g.u16(), g.date(), g.u8()});
            }
            checkRoundTrip(special);
            // Scripts, schedules, monitors
            Scripts scripts;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                Script s{g.u16(), {}};
                for (unsigned k = g.pick(0, 3); k > 0; --k) {
                    s.actions.push_back(
                        {g.coin() ? ScriptService::WriteAttribute : ScriptService::ExecuteMethod,
                         g.u16(), g.obis(), g.i8(), g.simpleValue()});
                }
                scripts.entries.push_back(s);
            }
            checkRoundTrip(scripts);
            ExecutionTimes times;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                times.entries.push_back({g.time(), g.date()});
            }
            checkRoundTrip(times);
            checkRoundTrip(g.script());
            checkRoundTrip(ValueDefinition{g.u16(), g.obis(), g.i8()});
            Thresholds th;
            RegisterMonitorActions actions;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                th.values.push_back(g.simpleValue());
                actions.entries.push_back({g.script(), g.script()});
            }
            checkRoundTrip(th);
            checkRoundTrip(actions);
            SapAssignmentList sap;
            for (unsigned i = g.pick(0, 3); i > 0; --i) {
                sap.entries.push_back({g.u16(), g.bytes(16)});
            }
            checkRoundTrip(sap);
            checkRoundTrip(EmergencyProfile{g.u16(), g.dateTime(), g.u32()});
            checkRoundTrip(LimiterActions{g.script(), g.script()});
            // Objects
            Clock clock;
            clock.logicalName = g.obis();
            clock.time = g.dateTime();
            clock.timeZone = static_cast<std::int16_t>(static_cast<int>(g.pick(0, 1440)) - 720);
            clock.status = ClockStatus(g.u8());
            clock.daylightSavingsBegin = g.dateTime();
            clock.daylightSavingsEnd = g.dateTime();
            clock.daylightSavingsDeviation =
                static_cast<std::int8_t>(static_cast<int>(g.pick(0, 240)) - 120);
            clock.daylightSavingsEnabled = g.coin();
            clock.clockBase = static_cast<ClockBase>(g.pick(0, 5));
            checkObjectRoundTrip(clock, 9);
            IecHdlcSetup hdlc{g.obis(),
                              static_cast<BaudRate>(g.pick(0, 9)),
                              static_cast<std::uint8_t>(g.pick(1, 7)),
                              static_cast<std::uint8_t>(g.pick(1, 7)),
                              g.u16(),
                              g.u16(),
                              g.u16(),
                              g.u16(),
                              g.u16()};
            checkObjectRoundTrip(hdlc, 9);
            DisconnectControl breaker{g.obis(), g.coin(), static_cast<ControlState>(g.pick(0, 2)),
                                      static_cast<ControlMode>(g.pick(0, 6))};
            checkObjectRoundTrip(breaker, 4);
            Limiter limiter;
            limiter.thresholdActive = g.simpleValue();
            limiter.emergencyProfile = {g.u16(), g.dateTime(), g.u32()};
            limiter.emergencyProfileGroupIdList = {g.u16()};
            limiter.actions = {g.script(), g.script()};
            checkObjectRoundTrip(limiter, 11);
            if (QTest::currentTestFailed()) {
                qWarning("round %d failed", round);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCosem)
#include "tst_cosem.moc"

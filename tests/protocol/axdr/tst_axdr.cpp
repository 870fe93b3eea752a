// A-XDR encoding of DLMS data (IEC 62056-6-2 Data CHOICE), COSEM date/time helpers and the
// one-line display form. Byte vectors are commented field by field.
#include <QTest>

#include <bit>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/axdr/data.h"
#include "protocol/dlms/axdr/display.h"

using namespace omt;
using namespace omt::dlms;
using namespace std::chrono;

// Error codes are compared by their names. (QCOMPARE on the enum itself would, on failure, find
// omt::dlms::nameOf(AxdrError) by argument-dependent lookup and free its static string.)
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

std::string describe(const AxdrFailure& f) {
    return std::string(nameOf(f.code)) + " at " + std::to_string(f.offset) + ": " + f.detail;
}

// Decodes `wire` completely and fails the test with the error when it does not decode.
Data decoded(const Bytes& wire, const DecodeOptions& o = {}) {
    auto r = decodeAll(wire, o);
    if (!r) {
        qWarning("decode failed: %s", describe(r.error()).c_str());
        return Data::dontCare();
    }
    return *r;
}

Bytes encoded(const Data& d) {
    auto r = encode(d);
    if (!r) {
        qWarning("encode failed: %s", describe(r.error()).c_str());
        return {};
    }
    return *r;
}

// The error of decoding `wire`, or nullopt when it decoded.
std::optional<AxdrFailure> decodeError(const Bytes& wire, const DecodeOptions& o = {}) {
    auto r = decodeAll(wire, o);
    if (r) {
        return std::nullopt;
    }
    return r.error();
}

std::optional<AxdrFailure> encodeError(const Data& d) {
    auto r = encode(d);
    if (r) {
        return std::nullopt;
    }
    return r.error();
}

CosemDateTime dateTime(std::uint16_t y, std::uint8_t mo, std::uint8_t d, std::uint8_t dow,
                       std::uint8_t h, std::uint8_t mi, std::uint8_t s, std::uint8_t hs,
                       std::int16_t dev, std::uint8_t status) {
    return CosemDateTime{CosemDate{y, mo, d, dow}, CosemTime{h, mi, s, hs}, dev, status};
}

sys_seconds utcOf(int y, unsigned mo, unsigned d, int h, int mi, int s) {
    return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}

// ---- random Data trees for the round-trip property ------------------------------------------

class RandomData {
public:
    explicit RandomData(std::uint32_t seed) : m_g(seed) {}

    Data value(int depth) {
        static const DataType kLeafTypes[] = {DataType::NullData,
                                              DataType::Boolean,
                                              DataType::BitString,
                                              DataType::DoubleLong,
                                              DataType::DoubleLongUnsigned,
                                              DataType::OctetString,
                                              DataType::VisibleString,
                                              DataType::Utf8String,
                                              DataType::Bcd,
                                              DataType::Integer,
                                              DataType::Long,
                                              DataType::Unsigned,
                                              DataType::LongUnsigned,
                                              DataType::Long64,
                                              DataType::Long64Unsigned,
                                              DataType::Enum,
                                              DataType::Float32,
                                              DataType::Float64,
                                              DataType::DateTime,
                                              DataType::Date,
                                              DataType::Time,
                                              DataType::DontCare};
        // containers half of the time while depth remains, leaves otherwise
        const int choice = depth > 0 && pick(0, 1) == 0 ? pick(22, 29) : pick(0, 21);
        if (choice <= 21) {
            return leaf(kLeafTypes[choice]);
        }
        if (choice <= 25) {
            std::vector<Data> elems;
            const int n = pick(0, 5);
            for (int i = 0; i < n; ++i) {
                elems.push_back(value(depth - 1));
            }
            return choice <= 23 ? Data::array(std::move(elems)) : Data::structure(std::move(elems));
        }
        return compactArray(depth);
    }

    Data leaf(DataType t) {
        switch (t) {
            case DataType::NullData:
                return Data::null();
            case DataType::DontCare:
                return Data::dontCare();
            case DataType::Boolean:
                return Data::boolean(pick(0, 1) == 1);
            case DataType::BitString: {
                BitString bs;
                bs.bitCount = static_cast<std::size_t>(pick(0, 40));
                bs.bits = bytes((bs.bitCount + 7) / 8);
                if (bs.bitCount % 8 != 0) {
                    bs.bits.back() =
                        static_cast<std::uint8_t>(bs.bits.back() & (0xFF << (8 - bs.bitCount % 8)));
                }
                return Data::bitString(std::move(bs));
            }
            case DataType::Integer:
                return Data::integer(static_cast<std::int8_t>(bits64()));
            case DataType::Long:
                return Data::long16(static_cast<std::int16_t>(bits64()));
            case DataType::DoubleLong:
                return Data::doubleLong(static_cast<std::int32_t>(bits64()));
            case DataType::Long64:
                return Data::long64(static_cast<std::int64_t>(bits64()));
            case DataType::Unsigned:
                return Data::unsigned8(static_cast<std::uint8_t>(bits64()));
            case DataType::LongUnsigned:
                return Data::longUnsigned(static_cast<std::uint16_t>(bits64()));
            case DataType::DoubleLongUnsigned:
                return Data::doubleLongUnsigned(static_cast<std::uint32_t>(bits64()));
            case DataType::Long64Unsigned:
                return Data::long64Unsigned(bits64());
            case DataType::Enum:
                return Data::enumValue(static_cast<std::uint8_t>(bits64()));
            case DataType::Float32: {
                float f = std::numeric_limits<float>::quiet_NaN();
                while (std::isnan(f)) {
                    f = std::bit_cast<float>(static_cast<std::uint32_t>(bits64()));
                }
                return Data::float32(f);
            }
            case DataType::Float64: {
                double d = std::numeric_limits<double>::quiet_NaN();
                while (std::isnan(d)) {
                    d = std::bit_cast<double>(bits64());
                }
                return Data::float64(d);
            }
            case DataType::OctetString:
                return Data::octetString(bytes(static_cast<std::size_t>(pick(0, 300))));
            case DataType::VisibleString: {
                std::string s;
                const int n = pick(0, 40);
                for (int i = 0; i < n; ++i) {
                    s += static_cast<char>(pick(0x20, 0x7E));
                }
                return Data::visibleString(s);
            }
            case DataType::Utf8String: {
                static const char* const kPieces[] = {"a",
                                                      "Z",
                                                      " ",
                                                      "\xC3\xBC",
                                                      "\xE2\x82\xAC",
                                                      "\xF0\x9D\x84\x9E",
                                                      "\xED\x9F\xBF",
                                                      "\xEE\x80\x80",
                                                      "\xF4\x8F\xBF\xBF"};
                std::string s;
                const int n = pick(0, 12);
                for (int i = 0; i < n; ++i) {
                    s += kPieces[pick(0, 8)];
                }
                return Data::utf8String(s);
            }
            case DataType::Bcd:
                return Data::bcd(bytes(1));
            case DataType::DateTime:
                return Data::dateTime(CosemDateTime{date(), time(), deviation(), byte()});
            case DataType::Date:
                return Data::date(date());
            case DataType::Time:
                return Data::time(time());
            default:
                return Data::null();
        }
    }

    TypeDescription description(int depth) {
        const int choice = pick(0, depth > 0 ? 8 : 6);
        static const DataType kSimple[] = {DataType::Unsigned,    DataType::LongUnsigned,
                                           DataType::OctetString, DataType::DoubleLong,
                                           DataType::BitString,   DataType::DateTime,
                                           DataType::Utf8String};
        if (choice <= 6) {
            return TypeDescription{kSimple[choice], 0, {}};
        }
        if (choice == 7) {
            return TypeDescription{
                DataType::Array, static_cast<std::uint16_t>(pick(1, 3)), {description(depth - 1)}};
        }
        TypeDescription td{DataType::Structure, 0, {}};
        const int n = pick(1, 4);
        for (int i = 0; i < n; ++i) {
            td.children.push_back(description(depth - 1));
        }
        return td;
    }

    Data conforming(const TypeDescription& td) {
        if (td.type == DataType::Array || td.type == DataType::Structure) {
            std::vector<Data> elems;
            const std::size_t n = td.type == DataType::Array ? td.arrayCount : td.children.size();
            for (std::size_t i = 0; i < n; ++i) {
                elems.push_back(
                    conforming(td.type == DataType::Array ? td.children[0] : td.children[i]));
            }
            return Data(td.type, std::move(elems));
        }
        return leaf(td.type);
    }

    Data compactArray(int depth) {
        CompactArray ca;
        ca.elementType = description(depth - 1);
        const int n = pick(0, 4);
        for (int i = 0; i < n; ++i) {
            ca.elements.push_back(conforming(ca.elementType));
        }
        return Data::compactArray(std::move(ca));
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_g); }
    std::uint64_t bits64() { return (std::uint64_t{m_g()} << 32) | m_g(); }
    std::uint8_t byte() { return static_cast<std::uint8_t>(m_g()); }
    Bytes bytes(std::size_t n) {
        Bytes b(n);
        for (auto& x : b) {
            x = byte();
        }
        return b;
    }
    std::uint8_t orUnspecified(int lo, int hi) {
        return pick(0, 4) == 0 ? 0xFF : static_cast<std::uint8_t>(pick(lo, hi));
    }
    CosemDate date() {
        CosemDate d;
        d.year = pick(0, 4) == 0 ? 0xFFFF : static_cast<std::uint16_t>(pick(0, 0xFFFE));
        d.month = pick(0, 5) == 0 ? static_cast<std::uint8_t>(pick(0xFD, 0xFF))
                                  : static_cast<std::uint8_t>(pick(1, 12));
        d.dayOfMonth = pick(0, 5) == 0 ? static_cast<std::uint8_t>(pick(0xFD, 0xFF))
                                       : static_cast<std::uint8_t>(pick(1, 31));
        d.dayOfWeek = orUnspecified(1, 7);
        return d;
    }
    CosemTime time() {
        return CosemTime{orUnspecified(0, 23), orUnspecified(0, 59), orUnspecified(0, 59),
                         orUnspecified(0, 99)};
    }
    std::int16_t deviation() {
        return pick(0, 4) == 0 ? CosemDateTime::kDeviationNotSpecified
                               : static_cast<std::int16_t>(pick(-720, 720));
    }

    std::mt19937 m_g;
};

void collectTypes(const Data& d, std::set<DataType>& seen) {
    seen.insert(d.type());
    if (const auto* elems = d.elements()) {
        for (const auto& e : *elems) {
            collectTypes(e, seen);
        }
    }
    if (const auto* ca = d.as<CompactArray>()) {
        for (const auto& e : ca->elements) {
            collectTypes(e, seen);
        }
    }
}

}  // namespace

class TestAxdr : public QObject {
    Q_OBJECT
private slots:
    // ---- length encoding ------------------------------------------------------------------

    void lengthEncodingOfEverySize() {
        struct Case {
            std::size_t n;
            const char* wire;
        };
        const Case cases[] = {
            {0x00, "00"},
            {0x7F, "7F"},     // largest short form
            {0x80, "81 80"},  // 0x81: one length byte follows
            {0xFF, "81 FF"},
            {0x100, "82 01 00"},  // 0x82: two length bytes
            {0xFFFF, "82 FF FF"},
            {0x10000, "83 01 00 00"},  // 0x83: three length bytes
            {0xFFFFFF, "83 FF FF FF"},
            {0x1000000, "84 01 00 00 00"},  // 0x84: four length bytes
            {0xFFFFFFFF, "84 FF FF FF FF"},
        };
        for (const auto& c : cases) {
            ByteWriter w;
            QVERIFY(encodeLength(w, c.n));
            QCOMPARE(toHex(w.data()), toHex(hex(c.wire)));
            ByteReader r(w.data());
            auto back = decodeLength(r);
            QVERIFY2(back.hasValue(), c.wire);
            QCOMPARE(*back, c.n);
            QVERIFY(r.atEnd());
        }
        if constexpr (sizeof(std::size_t) > 4) {
            ByteWriter w;
            QVERIFY(!encodeLength(w, std::size_t{0x100000000}));
            QCOMPARE(w.size(), std::size_t{0});
        }
    }

    void lengthDecodeAcceptsNonMinimalForms() {
        const Bytes oneByteLong = hex("81 05");         // 5 in the one-byte long form
        const Bytes fourBytes = hex("84 00 00 00 05");  // 5 in four bytes
        ByteReader a(oneByteLong);
        ByteReader b(fourBytes);
        QCOMPARE(*decodeLength(a), std::size_t{5});
        QCOMPARE(*decodeLength(b), std::size_t{5});
        QVERIFY(a.atEnd() && b.atEnd());
    }

    void lengthDecodeRejectsIndefiniteLongAndTruncatedForms() {
        struct Case {
            const char* wire;
            AxdrError code;
        };
        const Case cases[] = {
            {"80", AxdrError::BadLength},                 // indefinite form
            {"85 00 00 00 00 01", AxdrError::BadLength},  // five length bytes
            {"FF", AxdrError::BadLength},                 // 127 length bytes
            {"", AxdrError::Truncated},                   // nothing at all
            {"81", AxdrError::Truncated},                 // length byte missing
            {"82 01", AxdrError::Truncated},              // second length byte missing
            {"84 FF FF FF", AxdrError::Truncated},
        };
        for (const auto& c : cases) {
            const Bytes in = hex(c.wire);
            ByteReader r(in);
            auto res = decodeLength(r);
            QVERIFY2(!res.hasValue(), c.wire);
            QCOMPARE(res.error().code, c.code);
            QCOMPARE(res.error().offset, std::size_t{0});
        }
    }

    // ---- every type, exact bytes --------------------------------------------------------

    void everyTypeEncodesToExactBytesAndBack() {
        struct Case {
            const char* what;
            Data value;
            const char* wire;
        };
        const Case cases[] = {
            {"null-data", Data::null(), "00"},
            {"boolean false", Data::boolean(false), "03 00"},
            {"boolean true", Data::boolean(true), "03 01"},
            // tag 04, length 0A = 10 bits, 1011 0011 01.. ....: 2 bytes, unused bits 0
            {"bit-string", Data::bitString({10, hex("B3 40")}), "04 0A B3 40"},
            {"bit-string empty", Data::bitString({0, {}}), "04 00"},
            // tag 05, int32 big-endian two's complement
            {"double-long min", Data::doubleLong(INT32_MIN), "05 80 00 00 00"},
            {"double-long -1", Data::doubleLong(-1), "05 FF FF FF FF"},
            {"double-long-unsigned", Data::doubleLongUnsigned(0x12345678), "06 12 34 56 78"},
            {"double-long-unsigned max", Data::doubleLongUnsigned(UINT32_MAX), "06 FF FF FF FF"},
            // tag 09, length 06, logical name 1.0.1.8.0.255
            {"octet-string", Data::octetString(hex("01 00 01 08 00 FF")),
             "09 06 01 00 01 08 00 FF"},
            {"octet-string empty", Data::octetString({}), "09 00"},
            // tag 0A, length 03, "ABC"
            {"visible-string", Data::visibleString("ABC"), "0A 03 41 42 43"},
            // tag 0C, length 05, "gr" + U+00FC (C3 BC) + "n"
            {"utf8-string", Data::utf8String("gr\xC3\xBCn"), "0C 05 67 72 C3 BC 6E"},
            {"bcd", Data::bcd({0x42}), "0D 42"},  // one byte, no length
            {"integer min", Data::integer(-128), "0F 80"},
            {"integer max", Data::integer(127), "0F 7F"},
            {"long min", Data::long16(INT16_MIN), "10 80 00"},
            {"long -2", Data::long16(-2), "10 FF FE"},
            {"unsigned max", Data::unsigned8(255), "11 FF"},
            {"long-unsigned", Data::longUnsigned(0x1234), "12 12 34"},
            {"long64 min", Data::long64(INT64_MIN), "14 80 00 00 00 00 00 00 00"},
            {"long64 -1", Data::long64(-1), "14 FF FF FF FF FF FF FF FF"},
            {"long64-unsigned max", Data::long64Unsigned(UINT64_MAX), "15 FF FF FF FF FF FF FF FF"},
            {"enum", Data::enumValue(3), "16 03"},
            // IEEE 754 big-endian: 1.0f = 3F800000, -2.5f = C0200000
            {"float32 1", Data::float32(1.0F), "17 3F 80 00 00"},
            {"float32 -2.5", Data::float32(-2.5F), "17 C0 20 00 00"},
            {"float32 inf", Data::float32(std::numeric_limits<float>::infinity()),
             "17 7F 80 00 00"},
            // 0.1 = 3FB999999999999A
            {"float64 0.1", Data::float64(0.1), "18 3F B9 99 99 99 99 99 9A"},
            {"float64 -0", Data::float64(-0.0), "18 80 00 00 00 00 00 00 00"},
            // tag 19, 12 bytes, no length: 2026-03-29 Sun 02:00:00.00, deviation -60 (FFC4), ok
            {"date-time", Data::dateTime(dateTime(2026, 3, 29, 7, 2, 0, 0, 0, -60, 0x00)),
             "19 07 EA 03 1D 07 02 00 00 00 FF C4 00"},
            // tag 1A, 5 bytes: year not specified, month 12, day 24, weekday not specified
            {"date", Data::date(CosemDate{0xFFFF, 12, 24, 0xFF}), "1A FF FF 0C 18 FF"},
            // tag 1B, 4 bytes: 23:59:59, hundredths not specified
            {"time", Data::time(CosemTime{23, 59, 59, 0xFF}), "1B 17 3B 3B FF"},
            {"dont-care", Data::dontCare(), "FF"},
        };
        for (const auto& c : cases) {
            const Bytes wire = hex(c.wire);
            QVERIFY2(encoded(c.value) == wire, c.what);
            auto back = decodeAll(wire);
            QVERIFY2(back.hasValue(), c.what);
            QVERIFY2(*back == c.value, c.what);
            QCOMPARE(back->type(), c.value.type());
        }
        // -0.0 keeps its sign through decode (== alone would not tell).
        QVERIFY(std::signbit(*decoded(hex("18 80 00 00 00 00 00 00 00")).as<double>()));
    }

    void booleanDecodesAnyNonZeroAsTrue() {
        // Blue Book: FALSE is 0, TRUE any other value; we always send 01.
        QCOMPARE(decoded(hex("03 FF")), Data::boolean(true));
        QCOMPARE(decoded(hex("03 02")), Data::boolean(true));
        QCOMPARE(decoded(hex("03 00")), Data::boolean(false));
        QCOMPARE(toHex(encoded(decoded(hex("03 FF")))), std::string("03 01"));
    }

    void bitStringBitsAndPadding() {
        // tag 04, 3 bits, byte FF: the unused 5 low bits are cleared on decode
        const Data d = decoded(hex("04 03 FF"));
        const auto* bs = d.as<BitString>();
        QVERIFY(bs != nullptr);
        QCOMPARE(bs->bitCount, std::size_t{3});
        QCOMPARE(bs->bits, hex("E0"));
        QVERIFY(bs->bit(0) && bs->bit(1) && bs->bit(2));
        // 9 bits need 2 bytes: 04 09 + 80 80 -> bits 1000 0000 1
        const Data nine = decoded(hex("04 09 80 80"));
        QCOMPARE(nine.as<BitString>()->bits, hex("80 80"));
        QVERIFY(nine.as<BitString>()->bit(8));
        QVERIFY(!nine.as<BitString>()->bit(7));
    }

    void bitStringEncodeChecksByteCountAndUnusedBits() {
        auto tooFew = encodeError(Data::bitString({10, hex("FF")}));  // 10 bits need 2 bytes
        QVERIFY(tooFew.has_value());
        QCOMPARE_CODE(tooFew->code, AxdrError::BadBitString);
        auto tooMany = encodeError(Data::bitString({8, hex("FF 00")}));
        QVERIFY(tooMany.has_value());
        QCOMPARE_CODE(tooMany->code, AxdrError::BadBitString);
        auto unusedSet = encodeError(Data::bitString({4, hex("F1")}));  // low nibble unused
        QVERIFY(unusedSet.has_value());
        QCOMPARE_CODE(unusedSet->code, AxdrError::BadBitString);
    }

    void bitStringWithTooFewBytesIsTruncated() {
        // tag 04, 17 bits -> needs 3 bytes, only 2 present
        auto e = decodeError(hex("04 11 FF FF"));
        QVERIFY(e.has_value());
        QCOMPARE_CODE(e->code, AxdrError::Truncated);
        QCOMPARE(e->offset, std::size_t{1});
        QVERIFY(e->detail.find("17 bits") != std::string::npos);
    }

    void integerEncodeRefusesValuesOutsideTheTag() {
        struct Case {
            const char* what;
            Data value;
        };
        const Case cases[] = {
            {"integer 128", Data(DataType::Integer, std::int64_t{128})},
            {"integer -129", Data(DataType::Integer, std::int64_t{-129})},
            {"long 32768", Data(DataType::Long, std::int64_t{32768})},
            {"long -32769", Data(DataType::Long, std::int64_t{-32769})},
            {"double-long 2^31", Data(DataType::DoubleLong, std::int64_t{0x80000000LL})},
            {"unsigned 256", Data(DataType::Unsigned, std::uint64_t{256})},
            {"enum 256", Data(DataType::Enum, std::uint64_t{256})},
            {"long-unsigned 65536", Data(DataType::LongUnsigned, std::uint64_t{65536})},
            {"double-long-unsigned 2^32",
             Data(DataType::DoubleLongUnsigned, std::uint64_t{0x100000000ULL})},
            {"bcd two bytes", Data(DataType::Bcd, hex("12 34"))},
            {"float32 0.1 (double)", Data(DataType::Float32, 0.1)},
            {"float32 1e300", Data(DataType::Float32, 1e300)},
            {"float32 1e-300", Data(DataType::Float32, 1e-300)},
        };
        for (const auto& c : cases) {
            auto e = encodeError(c.value);
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == AxdrError::ValueOutOfRange, c.what);
            QCOMPARE(e->offset, std::size_t{1});  // right after the tag
        }
    }

    void encodeRefusesValueOfTheWrongAlternative() {
        struct Case {
            const char* what;
            Data value;
        };
        const Case cases[] = {
            {"long holding uint64", Data(DataType::Long, std::uint64_t{1})},
            {"unsigned holding int64", Data(DataType::Unsigned, std::int64_t{1})},
            {"octet-string holding string", Data(DataType::OctetString, std::string("x"))},
            {"visible-string holding bytes", Data(DataType::VisibleString, hex("41"))},
            {"array holding bool", Data(DataType::Array, true)},
            {"null-data holding bool", Data(DataType::NullData, true)},
            {"date holding time", Data(DataType::Date, CosemTime{})},
            {"compact-array holding vector", Data(DataType::CompactArray, std::vector<Data>{})},
            {"float64 holding int", Data(DataType::Float64, std::int64_t{1})},
        };
        for (const auto& c : cases) {
            auto e = encodeError(c.value);
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == AxdrError::ValueTypeMismatch, c.what);
        }
        auto unknown = encodeError(Data(static_cast<DataType>(7), std::monostate{}));
        QVERIFY(unknown.has_value());
        QCOMPARE_CODE(unknown->code, AxdrError::UnknownTag);
    }

    void encodeAppendsNothingOnFailure() {
        ByteWriter w;
        w.u8(0xC4);
        // the third element does not fit: nothing of the structure may stay in the writer
        const Data bad = Data::structure({Data::unsigned8(1), Data::longUnsigned(2),
                                          Data(DataType::Integer, std::int64_t{999})});
        auto r = encode(bad, w);
        QVERIFY(!r);
        QCOMPARE(r.error().offset,
                 std::size_t{1 + 2 + 2 + 3 + 1});  // C4, 02 03, 11 01, 12 00 02, 0F
        QCOMPARE(toHex(w.data()), std::string("C4"));
        QVERIFY(encode(Data::unsigned8(1), w).hasValue());
        QCOMPARE(toHex(w.data()), std::string("C4 11 01"));
    }

    void floatNaNSurvivesTheRoundTrip() {
        const Bytes wire = hex("17 7F C0 00 00");  // float32 quiet NaN
        const Data d = decoded(wire);
        QVERIFY(std::isnan(*d.as<double>()));
        QCOMPARE(toHex(encoded(d)), toHex(wire));
        const Bytes wire64 = hex("18 7F F8 00 00 00 00 00 01");  // float64 NaN with payload
        QCOMPARE(toHex(encoded(decoded(wire64))), toHex(wire64));
    }

    // ---- containers -----------------------------------------------------------------------

    void structureOfACaptureObjectDefinition() {
        // Profile generic capture_objects element (Blue Book): {class_id, logical_name,
        // attribute_index, data_index}
        const Bytes wire =
            hex("02 04"                     // structure, 4 elements
                " 12 00 08"                 // long-unsigned 8 (Clock)
                " 09 06 00 00 01 00 00 FF"  // octet-string 0.0.1.0.0.255
                " 0F 02"                    // integer 2 (attribute time)
                " 12 00 00");               // long-unsigned 0
        const Data expected =
            Data::structure({Data::longUnsigned(8), Data::octetString(hex("00 00 01 00 00 FF")),
                             Data::integer(2), Data::longUnsigned(0)});
        QCOMPARE(decoded(wire), expected);
        QCOMPARE(toHex(encoded(expected)), toHex(wire));
    }

    void arrayCountsUseTheLengthEncoding() {
        // 200 elements: count 81 C8
        std::vector<Data> elems(200, Data::unsigned8(7));
        const Bytes wire = encoded(Data::array(elems));
        QCOMPARE(wire.size(), std::size_t{3 + 200 * 2});
        QCOMPARE(toHex(ByteView(wire).first(5)), std::string("01 81 C8 11 07"));
        QCOMPARE(decoded(wire), Data::array(elems));
        // empty array and empty structure
        QCOMPARE(toHex(encoded(Data::array({}))), std::string("01 00"));
        QCOMPARE(decoded(hex("02 00")), Data::structure({}));
    }

    void clockTimeAttributeAsOctetString() {
        // GET response data of Clock.time (0.0.1.0.0.255, attribute 2):
        const Bytes wire =
            hex("09 0C"      // octet-string, 12 bytes
                " 07 E6"     // year 2022
                " 0A 1B"     // October 27
                " 04"        // Thursday
                " 0E 1E 00"  // 14:30:00
                " FF"        // hundredths not specified
                " FF 88"     // deviation -120: local CEST, UTC = local - 2 h
                " 80");      // clock status: daylight saving active
        const Data d = decoded(wire);
        QCOMPARE(d.type(), DataType::OctetString);
        auto dt = CosemDateTime::fromBytes(*d.as<Bytes>());
        QVERIFY(dt.hasValue());
        QCOMPARE(dt->date, (CosemDate{2022, 10, 27, 4}));
        QCOMPARE(dt->time, (CosemTime{14, 30, 0, 0xFF}));
        QCOMPARE(dt->deviation, std::int16_t{-120});
        QCOMPARE(dt->clockStatus, kClockStatusDaylightSaving);
        QCOMPARE(toIsoString(*dt), std::string("2022-10-27T14:30:00+02:00"));
        QCOMPARE(*toSysSeconds(*dt), utcOf(2022, 10, 27, 12, 30, 0));
        QCOMPARE(toHex(dt->toBytes()), toHex(ByteView(wire).subspan(2)));
    }

    // ---- compact-array --------------------------------------------------------------------

    void compactArrayOfLongUnsigned() {
        const Bytes wire =
            hex("13"                                // compact-array
                " 12"                               // contents-description: long-unsigned
                " 0A"                               // array-contents: 10 bytes
                " 00 01 00 02 00 03 00 04 00 05");  // five values without tags
        CompactArray ca;
        ca.elementType = {DataType::LongUnsigned, 0, {}};
        for (std::uint16_t v = 1; v <= 5; ++v) {
            ca.elements.push_back(Data::longUnsigned(v));
        }
        QCOMPARE(decoded(wire), Data::compactArray(ca));
        QCOMPARE(toHex(encoded(Data::compactArray(ca))), toHex(wire));
    }

    void compactArrayOfStructuresAndArrays() {
        const Bytes wire =
            hex("13"
                " 02 02 12 09"     // description: structure{long-unsigned, octet-string}
                " 08"              // array-contents: 8 bytes
                " 00 01 02 AA BB"  //   {1, octet-string AA BB} (strings keep their length)
                " 00 02 00");      //   {2, octet-string empty}
        CompactArray ca;
        ca.elementType = {DataType::Structure,
                          0,
                          {{DataType::LongUnsigned, 0, {}}, {DataType::OctetString, 0, {}}}};
        ca.elements = {Data::structure({Data::longUnsigned(1), Data::octetString(hex("AA BB"))}),
                       Data::structure({Data::longUnsigned(2), Data::octetString({})})};
        QCOMPARE(decoded(wire), Data::compactArray(ca));
        QCOMPARE(toHex(encoded(Data::compactArray(ca))), toHex(wire));

        const Bytes arrays =
            hex("13"
                " 01 00 03 11"             // description: array of 3 unsigned (count 2 bytes)
                " 06 01 02 03 04 05 06");  // two elements, no counts on the wire
        const Data d = decoded(arrays);
        const auto* c = d.as<CompactArray>();
        QVERIFY(c != nullptr);
        QCOMPARE(c->elements.size(), std::size_t{2});
        QCOMPARE(c->elements[1],
                 Data::array({Data::unsigned8(4), Data::unsigned8(5), Data::unsigned8(6)}));
        QCOMPARE(toHex(encoded(d)), toHex(arrays));
    }

    void compactArrayEncodeChecksElementsAgainstTheDescription() {
        CompactArray ca;
        ca.elementType = {
            DataType::Structure, 0, {{DataType::Unsigned, 0, {}}, {DataType::Long, 0, {}}}};
        ca.elements = {Data::structure({Data::unsigned8(1), Data::long16(2)}),
                       Data::structure({Data::unsigned8(1), Data::unsigned8(2)})};  // wrong type
        auto wrongType = encodeError(Data::compactArray(ca));
        QVERIFY(wrongType.has_value());
        QCOMPARE_CODE(wrongType->code, AxdrError::CompactArrayMismatch);
        QVERIFY(wrongType->detail.find("element 1") != std::string::npos);

        ca.elements = {Data::structure({Data::unsigned8(1)})};  // one member missing
        auto wrongCount = encodeError(Data::compactArray(ca));
        QVERIFY(wrongCount.has_value());
        QCOMPARE_CODE(wrongCount->code, AxdrError::CompactArrayMismatch);

        CompactArray arr;
        arr.elementType = {DataType::Array, 2, {{DataType::Unsigned, 0, {}}}};
        arr.elements = {Data::array({Data::unsigned8(1), Data::unsigned8(2), Data::unsigned8(3)})};
        auto wrongArrayCount = encodeError(Data::compactArray(arr));
        QVERIFY(wrongArrayCount.has_value());
        QCOMPARE_CODE(wrongArrayCount->code, AxdrError::CompactArrayMismatch);

        // elements of a type without contents could never be counted back: refused
        CompactArray nulls;
        nulls.elementType = {DataType::NullData, 0, {}};
        nulls.elements = {Data::null(), Data::null()};
        auto noContents = encodeError(Data::compactArray(nulls));
        QVERIFY(noContents.has_value());
        QCOMPARE_CODE(noContents->code, AxdrError::CompactArrayMismatch);
        nulls.elements.clear();
        QCOMPARE(toHex(encoded(Data::compactArray(nulls))), std::string("13 00 00"));

        CompactArray badDesc;
        badDesc.elementType = {DataType::Array, 1, {}};  // array without element type
        auto noChild = encodeError(Data::compactArray(badDesc));
        QVERIFY(noChild.has_value());
        QCOMPARE_CODE(noChild->code, AxdrError::BadTypeDescription);
        badDesc.elementType = {DataType::CompactArray, 0, {}};
        auto nested = encodeError(Data::compactArray(badDesc));
        QVERIFY(nested.has_value());
        QCOMPARE_CODE(nested->code, AxdrError::BadTypeDescription);
    }

    void compactArrayDecodeRejectsMismatchedContents() {
        struct Case {
            const char* what;
            const char* wire;
            AxdrError code;
            std::size_t offset;
        };
        const Case cases[] = {
            // 5 bytes of long-unsigned: the third element has only one byte
            {"partial element", "13 12 05 00 01 00 02 00", AxdrError::Truncated, 7},
            // contents for null-data elements: nothing can be consumed
            {"no-contents type", "13 00 01 00", AxdrError::CompactArrayMismatch, 3},
            // compact-array inside a description
            {"nested compact-array", "13 13 12 00", AxdrError::BadTypeDescription, 1},
            // tag 07 is not a data type
            {"unknown description tag", "13 07 00", AxdrError::UnknownTag, 1},
            // array description truncated inside its 2-byte count
            {"array count truncated", "13 01 00", AxdrError::Truncated, 2},
            // structure description claims 5 members, 1 byte left
            {"structure count too big", "13 02 05 11", AxdrError::Truncated, 2},
            // contents length larger than the rest
            {"contents too long", "13 11 05 01 02", AxdrError::Truncated, 2},
            // invalid UTF-8 inside a tagless element: offset of the bad byte
            {"bad utf8 element", "13 0C 03 02 41 FF", AxdrError::InvalidUtf8, 5},
        };
        for (const auto& c : cases) {
            auto e = decodeError(hex(c.wire));
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == c.code, (std::string(c.what) + ": " + describe(*e)).c_str());
            QVERIFY2(e->offset == c.offset, (std::string(c.what) + ": " + describe(*e)).c_str());
        }
    }

    void compactArrayOfZeroSizeElementsCannotMultiplyWithoutBound() {
        // description: null-data, contents present: elements that take no bytes can't be counted
        auto nulls = decodeError(hex("13 00 02 11 11"));
        QVERIFY(nulls.has_value());
        QCOMPARE_CODE(nulls->code, AxdrError::CompactArrayMismatch);
        QCOMPARE(nulls->offset, std::size_t{3});  // first byte of array-contents
        QVERIFY(decoded(hex("13 00 00")).as<CompactArray>()->elements.empty());
        // description: structure{long-unsigned, array[65535] of array[65535] of null-data}: each
        // element would be 4 billion values for 2 bytes. The description itself is refused.
        // (Regression: fuzz_axdr found 20-byte inputs of this shape that took 50 ms each, all
        // spent building values up to the element budget.)
        auto nested = decodeError(hex("13 02 02 12 01 FF FF 01 FF FF 00 02 00 01"));
        QVERIFY(nested.has_value());
        QCOMPARE_CODE(nested->code, AxdrError::BadTypeDescription);
        QCOMPARE(nested->offset, std::size_t{7});  // the inner array description
        // ... and never encoded
        CompactArray ca;
        ca.elementType = {DataType::Array, 3, {{DataType::DontCare, 0, {}}}};
        QCOMPARE_CODE(encodeError(Data::compactArray(ca))->code, AxdrError::BadTypeDescription);
        // array[0] of anything is allowed (it has no contents, so only an empty compact-array)
        QVERIFY(decodeAll(hex("13 01 00 00 00 00")).hasValue());
        // structure{array[65535] of array[65535] of unsigned}: every value needs a byte, so the
        // one element stops where the contents end ...
        const Bytes big = hex("13 02 01 01 FF FF 01 FF FF 11 01 05");
        auto shortContents = decodeError(big);
        QVERIFY(shortContents.has_value());
        QCOMPARE_CODE(shortContents->code, AxdrError::Truncated);
        QCOMPARE(shortContents->offset, std::size_t{12});
        // ... and a smaller element budget refuses the count before anything grows
        DecodeOptions small;
        small.maxElements = 1000;
        auto budget = decodeError(big, small);
        QVERIFY(budget.has_value());
        QCOMPARE_CODE(budget->code, AxdrError::TooManyElements);
        QCOMPARE(budget->offset, std::size_t{11});  // where the element starts
    }

    void typeDescriptionCodecAndText() {
        const TypeDescription td{DataType::Array, 5, {{DataType::LongUnsigned, 0, {}}}};
        ByteWriter w;
        QVERIFY(encodeTypeDescription(td, w).hasValue());
        QCOMPARE(toHex(w.data()), std::string("01 00 05 12"));  // array, count 0005, long-unsigned
        ByteReader r(w.data());
        auto back = decodeTypeDescription(r);
        QVERIFY(back.hasValue());
        QCOMPARE(*back, td);
        QCOMPARE(toDisplayString(td), std::string("array[5]<long-unsigned>"));
        const TypeDescription st{DataType::Structure,
                                 0,
                                 {{DataType::LongUnsigned, 0, {}}, {DataType::OctetString, 0, {}}}};
        QCOMPARE(toDisplayString(st), std::string("structure<long-unsigned, octet-string>"));
        ByteWriter bad;
        auto r2 =
            encodeTypeDescription({DataType::Unsigned, 3, {}}, bad);  // count on a simple type
        QVERIFY(!r2);
        QCOMPARE_CODE(r2.error().code, AxdrError::BadTypeDescription);
        QCOMPARE(bad.size(), std::size_t{0});
    }

    // ---- malformed input ------------------------------------------------------------------

    void truncatedAtEveryByteOfValidEncodings() {
        // One value holding every type, and a compact-array, cut after each byte.
        const Data all = Data::structure({
            Data::null(),
            Data::boolean(true),
            Data::bitString({12, hex("AB C0")}),
            Data::doubleLong(-5),
            Data::doubleLongUnsigned(5),
            Data::octetString(hex("01 02 03")),
            Data::visibleString("hi"),
            Data::utf8String("\xE2\x82\xAC"),
            Data::bcd({0x12}),
            Data::integer(-1),
            Data::long16(-300),
            Data::unsigned8(200),
            Data::longUnsigned(60000),
            Data::long64(-7),
            Data::long64Unsigned(7),
            Data::enumValue(1),
            Data::float32(1.5F),
            Data::float64(-2.25),
            Data::dateTime(dateTime(2024, 2, 29, 4, 23, 59, 59, 99, 0, 0x00)),
            Data::date(CosemDate{2024, 2, 29, 4}),
            Data::time(CosemTime{1, 2, 3, 4}),
            Data::dontCare(),
            Data::array({Data::structure({Data::unsigned8(1)}), Data::array({})}),
            Data::compactArray({{DataType::Structure,
                                 0,
                                 {{DataType::Unsigned, 0, {}}, {DataType::OctetString, 0, {}}}},
                                {Data::structure({Data::unsigned8(9), Data::octetString({0xEE})}),
                                 Data::structure({Data::unsigned8(8), Data::octetString({})})}}),
        });
        // A long string so that the two-byte length form is cut too.
        const Data longString = Data::octetString(Bytes(300, 0x5A));
        for (const Data& value : {all, longString}) {
            const Bytes wire = encoded(value);
            QVERIFY(!wire.empty());
            QCOMPARE(decoded(wire), value);
            for (std::size_t n = 0; n < wire.size(); ++n) {
                const Bytes prefix(wire.begin(), wire.begin() + static_cast<std::ptrdiff_t>(n));
                auto e = decodeError(prefix);
                QVERIFY2(e.has_value(), std::to_string(n).c_str());
                QVERIFY2(e->code == AxdrError::Truncated,
                         (std::to_string(n) + ": " + describe(*e)).c_str());
                QVERIFY2(e->offset <= n, (std::to_string(n) + ": " + describe(*e)).c_str());
            }
        }
    }

    void unknownTagsAreNamedWithTheirOffset() {
        for (const std::uint8_t tag : {0x07, 0x08, 0x0B, 0x0E, 0x1C, 0x80, 0xFE}) {
            const Bytes wire{tag, 0x00, 0x00, 0x00, 0x00};
            auto e = decodeError(wire);
            QVERIFY(e.has_value());
            QCOMPARE_CODE(e->code, AxdrError::UnknownTag);
            QCOMPARE(e->offset, std::size_t{0});
        }
        // structure{unsigned 1, <tag 07>}: offset of the bad tag inside
        auto nested = decodeError(hex("02 02 11 01 07"));
        QVERIFY(nested.has_value());
        QCOMPARE_CODE(nested->code, AxdrError::UnknownTag);
        QCOMPARE(nested->offset, std::size_t{4});
    }

    void lengthsClaimingGigabytesFailFast() {
        struct Case {
            const char* what;
            const char* wire;
            AxdrError code;
            std::size_t offset;
        };
        const Case cases[] = {
            // octet-string of 4 GiB - 1: over the string limit, rejected before reading
            {"octet-string 4 GiB", "09 84 FF FF FF FF 00 00", AxdrError::BadLength, 1},
            {"visible-string 16 MiB", "0A 83 FF FF FF 41", AxdrError::BadLength, 1},
            {"bit-string 4 G bits", "04 84 FF FF FF FF 00", AxdrError::BadLength, 1},
            // within the limit but longer than the input
            {"octet-string 256 of 1", "09 82 01 00 00", AxdrError::Truncated, 1},
            // 2^32 - 1 array elements in a 10-byte input: over the element budget
            {"array 4 G elements", "01 84 FF FF FF FF 00 00 00 00", AxdrError::TooManyElements, 1},
            // 65535 elements: within the budget, but more than the bytes left
            {"array 65535 of 2", "01 82 FF FF 00 00", AxdrError::Truncated, 1},
            {"structure 1000 of 0", "02 82 03 E8", AxdrError::Truncated, 1},
            {"compact-array contents 4 GiB", "13 11 84 FF FF FF FF 01", AxdrError::Truncated, 2},
        };
        for (const auto& c : cases) {
            auto e = decodeError(hex(c.wire));
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == c.code, (std::string(c.what) + ": " + describe(*e)).c_str());
            QVERIFY2(e->offset == c.offset, (std::string(c.what) + ": " + describe(*e)).c_str());
        }
        // a smaller string limit applies to every string type
        DecodeOptions small;
        small.maxStringLength = 4;
        QVERIFY(decodeAll(hex("09 04 01 02 03 04"), small).hasValue());
        QCOMPARE_CODE(decodeError(hex("09 05 01 02 03 04 05"), small)->code, AxdrError::BadLength);
        QCOMPARE_CODE(decodeError(hex("0C 05 41 41 41 41 41"), small)->code, AxdrError::BadLength);
    }

    void deepNestingIsBounded() {
        // n nested one-element arrays around a null: 01 01 01 01 ... 00
        auto nested = [](int n) {
            Bytes b;
            for (int i = 0; i < n; ++i) {
                b.push_back(0x01);
                b.push_back(0x01);
            }
            b.push_back(0x00);
            return b;
        };
        QVERIFY(decodeAll(nested(15)).hasValue());  // 16 levels including the null
        auto tooDeep = decodeError(nested(16));     // 17 levels
        QVERIFY(tooDeep.has_value());
        QCOMPARE_CODE(tooDeep->code, AxdrError::NestingTooDeep);
        QCOMPARE(tooDeep->offset, std::size_t{32});  // the null's tag
        // 100000 levels: stops at the limit, no stack exhaustion
        auto veryDeep = decodeError(nested(100000));
        QVERIFY(veryDeep.has_value());
        QCOMPARE_CODE(veryDeep->code, AxdrError::NestingTooDeep);

        DecodeOptions shallow;
        shallow.maxDepth = 2;
        QVERIFY(decodeAll(hex("02 01 11 05"), shallow).hasValue());
        QCOMPARE_CODE(decodeError(hex("02 01 02 01 11 05"), shallow)->code,
                      AxdrError::NestingTooDeep);

        // compact-array descriptions nest too: structure{structure{...}} 20 levels
        Bytes desc{0x13};
        for (int i = 0; i < 20; ++i) {
            desc.push_back(0x02);
            desc.push_back(0x01);
        }
        desc.push_back(0x11);
        desc.push_back(0x00);
        QCOMPARE_CODE(decodeError(desc)->code, AxdrError::NestingTooDeep);
    }

    void elementBudgetCountsEveryValue() {
        DecodeOptions o;
        o.maxElements = 10;
        Bytes nine{0x01, 0x09};  // array of 9 nulls: 10 values with the array
        nine.insert(nine.end(), 9, 0x00);
        QVERIFY(decodeAll(nine, o).hasValue());
        Bytes ten{0x01, 0x0A};  // 11 values
        ten.insert(ten.end(), 10, 0x00);
        auto e = decodeError(ten, o);
        QVERIFY(e.has_value());
        QCOMPARE_CODE(e->code, AxdrError::TooManyElements);
        QCOMPARE(e->offset, std::size_t{1});  // refused at the count, before any element
    }

    void utf8StringsMustBeWellFormed() {
        // "Grüße €𝄞": 2-, 3- and 4-byte sequences
        const std::string good =
            "Gr\xC3\xBC\xC3\x9F"
            "e \xE2\x82\xAC\xF0\x9D\x84\x9E";
        QCOMPARE(decoded(encoded(Data::utf8String(good))), Data::utf8String(good));
        QVERIFY(isValidUtf8(good));
        struct Case {
            const char* what;
            const char* body;
            std::size_t badAt;  // byte index inside the string
        };
        const Case cases[] = {
            {"lone continuation", "41 80", 1},      {"overlong slash", "C0 AF", 0},
            {"overlong 3-byte", "E0 80 AF", 0},     {"surrogate D800", "ED A0 80", 0},
            {"above U+10FFFF", "F4 90 80 80", 0},   {"F5 lead", "F5 80 80 80", 0},
            {"cut 3-byte sequence", "41 E2 82", 1}, {"bad continuation", "E2 28 A1", 0},
        };
        for (const auto& c : cases) {
            const Bytes body = hex(c.body);
            Bytes wire{0x0C, static_cast<std::uint8_t>(body.size())};
            wire.insert(wire.end(), body.begin(), body.end());
            auto e = decodeError(wire);
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == AxdrError::InvalidUtf8, c.what);
            QVERIFY2(e->offset == 2 + c.badAt, (std::string(c.what) + ": " + describe(*e)).c_str());
            const std::string s(body.begin(), body.end());
            QVERIFY(!isValidUtf8(s));
            QCOMPARE_CODE(encodeError(Data::utf8String(s))->code, AxdrError::InvalidUtf8);
        }
    }

    void visibleStringsArePrintableAscii() {
        // visible-string "A", 0x00, "B": NUL at byte 3 of the input
        const Bytes wire = hex("0A 03 41 00 42");
        auto e = decodeError(wire);
        QVERIFY(e.has_value());
        QCOMPARE_CODE(e->code, AxdrError::InvalidVisibleString);
        QCOMPARE(e->offset, std::size_t{3});
        QCOMPARE_CODE(decodeError(hex("0A 01 7F"))->code, AxdrError::InvalidVisibleString);
        QCOMPARE_CODE(decodeError(hex("0A 01 C3"))->code, AxdrError::InvalidVisibleString);
        // lenient decoding keeps the bytes; encode still refuses them
        DecodeOptions lenient;
        lenient.strictVisibleString = false;
        const Data d = decoded(wire, lenient);
        QCOMPARE(*d.as<std::string>(), std::string("A\0B", 3));
        QCOMPARE_CODE(encodeError(d)->code, AxdrError::InvalidVisibleString);
        QVERIFY(isVisibleString(" ~"));
        QVERIFY(!isVisibleString("\t"));
    }

    void decodeAllRefusesTrailingBytesDecodeLeavesThem() {
        const Bytes wire = hex("11 05 00");  // unsigned 5, then a stray byte
        auto e = decodeError(wire);
        QVERIFY(e.has_value());
        QCOMPARE_CODE(e->code, AxdrError::TrailingBytes);
        QCOMPARE(e->offset, std::size_t{2});
        ByteReader r(wire);
        auto first = decode(r);
        QVERIFY(first.hasValue());
        QCOMPARE(*first, Data::unsigned8(5));
        QCOMPARE(r.offset(), std::size_t{2});
        auto second = decode(r);  // the 00 is a null-data
        QVERIFY(second.hasValue());
        QVERIFY(second->isNull());
        QVERIFY(r.atEnd());
    }

    void offsetsAreAbsoluteInTheReadersInput() {
        // An APDU-like prefix of 3 bytes, then structure{date with month 13}
        const Bytes wire = hex("C4 01 C1 02 01 1A 07 EA 0D 01 FF");
        ByteReader r(wire);
        r.skip(3);
        auto e = decode(r);
        QVERIFY(!e);
        QCOMPARE_CODE(e.error().code, AxdrError::BadDateTime);
        QCOMPARE(e.error().offset, std::size_t{8});  // the month byte
    }

    // ---- date / time ----------------------------------------------------------------------

    void taggedDateTimeFieldsAreValidated() {
        struct Case {
            const char* what;
            const char* wire;
            std::size_t offset;
        };
        const Case cases[] = {
            {"month 0", "1A 07 EA 00 01 FF", 3},
            {"month 13", "1A 07 EA 0D 01 FF", 3},
            {"month FC", "1A 07 EA FC 01 FF", 3},
            {"day 0", "1A 07 EA 01 00 FF", 4},
            {"day 32", "1A 07 EA 01 20 FF", 4},
            {"day FC", "1A 07 EA 01 FC FF", 4},
            {"weekday 0", "1A 07 EA 01 01 00", 5},
            {"weekday 8", "1A 07 EA 01 01 08", 5},
            {"hour 24", "1B 18 00 00 00", 1},
            {"minute 60", "1B 00 3C 00 00", 2},
            {"second 60", "1B 00 00 3C 00", 3},
            {"hundredths 100", "1B 00 00 00 64", 4},
            // date-time: deviation 721 (02D1) at bytes 10..11 of the input
            {"deviation 721", "19 07 EA 01 01 FF 00 00 00 00 02 D1 00", 10},
            {"deviation -721", "19 07 EA 01 01 FF 00 00 00 00 FD 2F 00", 10},
            {"date-time hour 25", "19 07 EA 01 01 FF 19 00 00 00 00 00 00", 6},
        };
        for (const auto& c : cases) {
            auto e = decodeError(hex(c.wire));
            QVERIFY2(e.has_value(), c.what);
            QVERIFY2(e->code == AxdrError::BadDateTime, c.what);
            QVERIFY2(e->offset == c.offset, (std::string(c.what) + ": " + describe(*e)).c_str());
            // without validation the fields are kept, and encode refuses them again
            DecodeOptions raw;
            raw.validateDateTime = false;
            const Data d = decoded(hex(c.wire), raw);
            QVERIFY2(encodeError(d).has_value(), c.what);
        }
        // the special values all pass
        const Case accepted[] = {
            {"all not specified", "19 FF FF FF FF FF FF FF FF FF 80 00 FF", 0},
            {"DST end, second last day", "1A FF FF FD FD 07", 0},
            {"DST begin, last day", "1A FF FF FE FE 07", 0},
            {"deviation +720", "19 07 EA 01 01 FF 00 00 00 00 02 D0 00", 0},
            {"deviation -720", "19 07 EA 01 01 FF 00 00 00 00 FD 30 00", 0},
            {"limits", "1B 17 3B 3B 63", 0},
        };
        for (const auto& c : accepted) {
            const Bytes wire = hex(c.wire);
            auto d = decodeAll(wire);
            QVERIFY2(d.hasValue(), c.what);
            QVERIFY2(encoded(*d) == wire, c.what);
        }
    }

    void dateTimeFromBytesChecksTheSize() {
        auto shortDt = CosemDateTime::fromBytes(hex("07 EA 03 1D 07 02 00 00 00 FF C4"));
        QVERIFY(!shortDt);
        QCOMPARE_CODE(shortDt.error().code, AxdrError::BadLength);
        QCOMPARE_CODE(CosemDate::fromBytes(hex("07 EA 03 1D")).error().code, AxdrError::BadLength);
        QCOMPARE_CODE(CosemTime::fromBytes(hex("00 00 00 00 00")).error().code,
                      AxdrError::BadLength);
        // all zeros (an uninitialised capture time): month 0 is invalid unless not validated
        const Bytes zeros(12, 0x00);
        QCOMPARE_CODE(CosemDateTime::fromBytes(zeros).error().code, AxdrError::BadDateTime);
        QVERIFY(CosemDateTime::fromBytes(zeros, false).hasValue());
    }

    void dateTimeToUtcFollowsTheDeviationSign() {
        // 2026-03-29 02:00:00 CET (deviation -60): UTC 01:00, the moment DST begins in the EU
        const CosemDateTime cet = dateTime(2026, 3, 29, 7, 2, 0, 0, 0xFF, -60, 0x00);
        QCOMPARE(*toSysSeconds(cet), utcOf(2026, 3, 29, 1, 0, 0));
        // the same instant in CEST: 03:00 local, deviation -120, DST flag
        const auto cest =
            fromSysSeconds(utcOf(2026, 3, 29, 1, 0, 0), -120, kClockStatusDaylightSaving);
        QVERIFY(cest.hasValue());
        QCOMPARE(toHex(cest->toBytes()), std::string("07 EA 03 1D 07 03 00 00 00 FF 88 80"));
        QCOMPARE(toIsoString(*cest), std::string("2026-03-29T03:00:00+02:00"));
        // DST end 2026-10-25: 03:00 CEST -> 02:00 CET, both are 01:00 UTC
        const CosemDateTime endCest = dateTime(2026, 10, 25, 7, 3, 0, 0, 0, -120, 0x80);
        const CosemDateTime endCet = dateTime(2026, 10, 25, 7, 2, 0, 0, 0, -60, 0x00);
        QCOMPARE(*toSysSeconds(endCest), *toSysSeconds(endCet));
        // west of Greenwich: 2026-01-01 00:30 at UTC-05:00 (deviation +300) is 05:30 UTC
        const CosemDateTime est = dateTime(2026, 1, 1, 4, 0, 30, 0, 0xFF, 300, 0x00);
        QCOMPARE(*toSysSeconds(est), utcOf(2026, 1, 1, 5, 30, 0));
        QCOMPARE(toIsoString(est), std::string("2026-01-01T00:30:00-05:00"));
        // crossing the year backwards: 2026-01-01 00:30 CET is 2025-12-31 23:30 UTC
        QCOMPARE(*toSysSeconds(dateTime(2026, 1, 1, 4, 0, 30, 0, 0, -60, 0)),
                 utcOf(2025, 12, 31, 23, 30, 0));
        // a UTC instant shown at deviation 0
        const auto utc = fromSysSeconds(utcOf(2024, 2, 29, 23, 59, 59), 0);
        QCOMPARE(toIsoString(*utc), std::string("2024-02-29T23:59:59Z"));
        QCOMPARE(utc->date.dayOfWeek, std::uint8_t{4});  // Thursday
    }

    void dateTimeToUtcNeedsEveryField() {
        struct Case {
            const char* what;
            CosemDateTime dt;
        };
        const Case cases[] = {
            {"year", dateTime(0xFFFF, 3, 29, 7, 2, 0, 0, 0, -60, 0)},
            {"month DST", dateTime(2026, 0xFE, 29, 7, 2, 0, 0, 0, -60, 0)},
            {"last day", dateTime(2026, 3, 0xFE, 7, 2, 0, 0, 0, -60, 0)},
            {"February 30", dateTime(2026, 2, 30, 0xFF, 2, 0, 0, 0, -60, 0)},
            {"hour", dateTime(2026, 3, 29, 7, 0xFF, 0, 0, 0, -60, 0)},
            {"second", dateTime(2026, 3, 29, 7, 2, 0, 0xFF, 0, -60, 0)},
            {"deviation",
             dateTime(2026, 3, 29, 7, 2, 0, 0, 0, CosemDateTime::kDeviationNotSpecified, 0)},
            {"deviation out of range", dateTime(2026, 3, 29, 7, 2, 0, 0, 0, 800, 0)},
        };
        for (const auto& c : cases) {
            auto r = toSysSeconds(c.dt);
            QVERIFY2(!r, c.what);
            QVERIFY2(r.error().code == AxdrError::BadDateTime, c.what);
        }
        // hundredths not specified is fine; an unspecified deviation can be assumed
        const CosemDateTime noDev =
            dateTime(2026, 3, 29, 7, 2, 0, 0, 0xFF, CosemDateTime::kDeviationNotSpecified, 0xFF);
        QCOMPARE(*toSysSeconds(noDev, -60), utcOf(2026, 3, 29, 1, 0, 0));
        QCOMPARE_CODE(fromSysSeconds(utcOf(2026, 1, 1, 0, 0, 0), 721).error().code,
                      AxdrError::BadDateTime);
        QCOMPARE_CODE(fromSysSeconds(sys_days{year{-5} / 1 / 1}, 0).error().code,
                      AxdrError::BadDateTime);
    }

    void chronoRoundTripOverManyInstants() {
        std::mt19937 g(20260329);
        std::uniform_int_distribution<std::int64_t> secs(0, 4102444800);  // 1970..2100
        std::uniform_int_distribution<int> dev(-720, 720);
        for (int i = 0; i < 5000; ++i) {
            const sys_seconds t{seconds{secs(g)}};
            const auto deviation = static_cast<std::int16_t>(dev(g));
            auto dt = fromSysSeconds(t, deviation);
            QVERIFY(dt.hasValue());
            QVERIFY(validateDateTime(*dt).hasValue());
            QCOMPARE(*toSysSeconds(*dt), t);
            auto back = CosemDateTime::fromBytes(dt->toBytes());
            QVERIFY(back.hasValue());
            QCOMPARE(*back, *dt);
        }
    }

    void isoTextShowsWildcards() {
        QCOMPARE(toIsoString(dateTime(2026, 3, 29, 7, 2, 0, 0, 0xFF, -60, 0)),
                 std::string("2026-03-29T02:00:00+01:00"));
        // DST rule of a switch-over: last Sunday of the DST-begin month, 02:00, any year
        QCOMPARE(toIsoString(dateTime(0xFFFF, kMonthDstBegin, kDayLast, 7, 2, 0, 0, 0xFF,
                                      CosemDateTime::kDeviationNotSpecified, 0xFF)),
                 std::string("*-DST-begin-last(Sun)T02:00:00"));
        QCOMPARE(toIsoString(CosemDate{0xFFFF, 3, 0xFF, 0xFF}), std::string("*-03-*"));
        QCOMPARE(toIsoString(CosemDate{0xFFFF, kMonthDstEnd, kDaySecondLast, 1}),
                 std::string("*-DST-end-last-1(Mon)"));
        QCOMPARE(toIsoString(CosemDate{}), std::string("*-*-*"));
        QCOMPARE(toIsoString(CosemTime{0xFF, 30, 0, 0xFF}), std::string("*:30:00"));
        QCOMPARE(toIsoString(CosemTime{8, 5, 9, 50}), std::string("08:05:09.50"));
        QCOMPARE(toIsoString(CosemTime{8, 5, 9, 0}), std::string("08:05:09"));
        QCOMPARE(toIsoString(dateTime(2026, 6, 1, 1, 12, 0, 0, 0, 0, 0)),
                 std::string("2026-06-01T12:00:00Z"));
        // India: UTC+05:30 is deviation -330
        QCOMPARE(toIsoString(dateTime(2026, 6, 1, 0xFF, 12, 0, 0, 0, -330, 0)),
                 std::string("2026-06-01T12:00:00+05:30"));
        // weekday is shown only where the date does not already say it
        QCOMPARE(toIsoString(CosemDate{2026, 3, 29, 7}), std::string("2026-03-29"));
        QCOMPARE(toIsoString(CosemDate{2026, 3, 0xFF, 7}), std::string("2026-03-*(Sun)"));
    }

    // ---- display --------------------------------------------------------------------------

    void displayStringsForTraces() {
        QCOMPARE(toDisplayString(Data::structure(
                     {Data::unsigned8(3), Data::octetString(hex("01 00 01 08 00 FF"))})),
                 std::string("structure{unsigned 3, octet-string 01 00 01 08 00 FF}"));
        struct Case {
            Data value;
            const char* text;
        };
        const Case cases[] = {
            {Data::null(), "null-data"},
            {Data::dontCare(), "dont-care"},
            {Data::boolean(true), "boolean true"},
            {Data::long16(-5), "long -5"},
            {Data::long64Unsigned(UINT64_MAX), "long64-unsigned 18446744073709551615"},
            {Data::enumValue(3), "enum 3"},
            {Data::float32(0.1F), "float32 0.1"},
            {Data::float64(0.1), "float64 0.1"},
            {Data::float64(-std::numeric_limits<double>::infinity()), "float64 -inf"},
            {Data::octetString({}), "octet-string"},
            {Data::bcd({0x42}), "bcd 42"},
            {Data::visibleString("say \"hi\"\\"), "visible-string \"say \\\"hi\\\"\\\\\""},
            {Data(DataType::VisibleString, std::string("a\x01\xC3")),
             "visible-string \"a\\x01\\xC3\""},
            {Data::utf8String("gr\xC3\xBCn\n"), "utf8-string \"gr\xC3\xBCn\\x0A\""},
            {Data::bitString({5, hex("A8")}), "bit-string 10101"},
            {Data::array({}), "array{}"},
            {Data::array({Data::long16(1), Data::array({Data::null()})}),
             "array{long 1, array{null-data}}"},
            {Data::dateTime(dateTime(2026, 3, 29, 7, 2, 0, 0, 0xFF, -60, 0x80)),
             "date-time 2026-03-29T02:00:00+01:00 status 80"},
            {Data::dateTime(dateTime(2026, 3, 29, 7, 2, 0, 0, 0xFF, -60, 0xFF)),
             "date-time 2026-03-29T02:00:00+01:00"},
            {Data::date(CosemDate{2026, 3, 29, 7}), "date 2026-03-29"},
            {Data::time(CosemTime{2, 0, 0, 0xFF}), "time 02:00:00"},
            {Data::compactArray(
                 {{DataType::LongUnsigned, 0, {}}, {Data::longUnsigned(1), Data::longUnsigned(2)}}),
             "compact-array<long-unsigned>{long-unsigned 1, long-unsigned 2}"},
        };
        for (const auto& c : cases) {
            QCOMPARE(toDisplayString(c.value), std::string(c.text));
        }
        // cut to a maximum length
        const Data big = Data::octetString(Bytes(100, 0xAB));
        const std::string cut = toDisplayString(big, 20);
        QCOMPARE(cut.size(), std::size_t{20});
        QCOMPARE(cut, std::string("octet-string AB A..."));
        QCOMPARE(toDisplayString(big, 0).size(), std::string("octet-string ").size() + 299);
    }

    // ---- property: round trip -------------------------------------------------------------

    void randomTreesRoundTrip() {
        RandomData gen(0xA5D7);
        std::size_t totalBytes = 0;
        std::set<DataType> seen;
        for (int i = 0; i < 3000; ++i) {
            const Data value = gen.value(4);
            auto wire = encode(value);
            if (!wire) {
                QFAIL((toDisplayString(value, 300) + ": " + describe(wire.error())).c_str());
            }
            totalBytes += wire->size();
            collectTypes(value, seen);
            auto back = decodeAll(*wire);
            if (!back) {
                QFAIL((toHex(*wire) + ": " + describe(back.error())).c_str());
            }
            QVERIFY2(*back == value, toDisplayString(value, 300).c_str());
            QCOMPARE(toHex(*encode(*back)), toHex(*wire));
        }
        QVERIFY(totalBytes > 150000);            // the trees were not trivially small
        QCOMPARE(seen.size(), std::size_t{25});  // every type of the CHOICE was generated
    }

    // ---- names ----------------------------------------------------------------------------

    void namesAreTheBlueBookOnes() {
        QCOMPARE(std::string(dataTypeName(DataType::DoubleLongUnsigned)),
                 std::string("double-long-unsigned"));
        QCOMPARE(std::string(dataTypeName(DataType::Long64Unsigned)),
                 std::string("long64-unsigned"));
        QCOMPARE(std::string(dataTypeName(DataType::NullData)), std::string("null-data"));
        QCOMPARE(std::string(dataTypeName(DataType::DontCare)), std::string("dont-care"));
        QCOMPARE(std::string(dataTypeName(static_cast<DataType>(7))), std::string("unknown"));
        QCOMPARE(std::string(nameOf(AxdrError::Truncated)), std::string("truncated"));
        QCOMPARE(std::string(nameOf(AxdrError::CompactArrayMismatch)),
                 std::string("compact-array-mismatch"));
        QCOMPARE(std::string(nameOf(AxdrError::TrailingBytes)), std::string("trailing-bytes"));
        // every known tag has a name and every name is distinct
        std::vector<std::string> names;
        for (int t = 0; t < 256; ++t) {
            const auto type = static_cast<DataType>(t);
            if (isKnownDataType(type)) {
                names.emplace_back(dataTypeName(type));
                QVERIFY(names.back() != "unknown");
            }
        }
        QCOMPARE(names.size(), std::size_t{25});
        std::sort(names.begin(), names.end());
        QVERIFY(std::adjacent_find(names.begin(), names.end()) == names.end());
    }
};

QTEST_GUILESS_MAIN(TestAxdr)
#include "tst_axdr.moc"

#pragma once
// DLMS/COSEM data values (IEC 62056-6-2 "Data" CHOICE) as plain C++ values.
//
// A Data holds its wire type (the A-XDR tag) and a value whose C++ type depends on that tag:
//
//   tag                          value alternative
//   null-data                    std::monostate
//   boolean                      bool
//   bit-string                   BitString
//   integer/long/double-long/long64            std::int64_t   (range checked by the codec)
//   unsigned/long-unsigned/double-long-unsigned/long64-unsigned/enum   std::uint64_t
//   float32, float64             double  (float32 values are exactly representable)
//   octet-string, bcd            Bytes   (bcd: one byte per element, as on the wire)
//   visible-string, utf8-string  std::string
//   array, structure             std::vector<Data>
//   compact-array                CompactArray
//   date-time / date / time      CosemDateTime / CosemDate / CosemTime
//
// COSEM date-time values are usually carried as a 12-byte octet-string; CosemDateTime::fromBytes
// interprets such a string (validation, chrono conversion and ISO 8601 text: cosem_datetime.h).
// The codec (axdr.h) encodes and decodes Data to and from A-XDR; toDisplayString (display.h) gives
// a one-line text form for traces.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/axdr/axdr_error.h"

namespace omt::dlms {

/// A-XDR type tags of the Data CHOICE (IEC 62056-6-2, Blue Book 4.1.5).
enum class DataType : std::uint8_t {
    NullData = 0,
    Array = 1,
    Structure = 2,
    Boolean = 3,
    BitString = 4,
    DoubleLong = 5,          ///< int32
    DoubleLongUnsigned = 6,  ///< uint32
    OctetString = 9,
    VisibleString = 10,
    Utf8String = 12,
    Bcd = 13,
    Integer = 15,       ///< int8
    Long = 16,          ///< int16
    Unsigned = 17,      ///< uint8
    LongUnsigned = 18,  ///< uint16
    CompactArray = 19,
    Long64 = 20,          ///< int64
    Long64Unsigned = 21,  ///< uint64
    Enum = 22,            ///< uint8
    Float32 = 23,
    Float64 = 24,
    DateTime = 25,  ///< octet-string(12) without length
    Date = 26,      ///< octet-string(5) without length
    Time = 27,      ///< octet-string(4) without length
    DontCare = 255,
};

/// Standard name of a data type as written in the Blue Book ("double-long-unsigned").
const char* dataTypeName(DataType t);

/// A bit-string: `bitCount` bits, most significant bit of bits[0] first; unused trailing bits 0.
struct BitString {
    std::size_t bitCount = 0;
    Bytes bits;

    bool bit(std::size_t i) const { return (bits[i / 8] >> (7 - i % 8)) & 1U; }
    friend bool operator==(const BitString&, const BitString&) = default;
};

/// COSEM date (5 bytes). 0xFFFF / 0xFF mean "not specified". month 0xFD/0xFE: DST end/begin;
/// dayOfMonth 0xFD/0xFE: second last / last day of month; dayOfWeek 1 = Monday ... 7 = Sunday.
struct CosemDate {
    static constexpr std::uint16_t kYearNotSpecified = 0xFFFF;
    static constexpr std::uint8_t kNotSpecified = 0xFF;
    std::uint16_t year = kYearNotSpecified;
    std::uint8_t month = kNotSpecified;
    std::uint8_t dayOfMonth = kNotSpecified;
    std::uint8_t dayOfWeek = kNotSpecified;

    /// The 5 wire bytes: year (big-endian), month, day of month, day of week. No validation.
    Bytes toBytes() const;
    /// Reads exactly 5 bytes (BadLength otherwise); with `validate`, checks every field
    /// (BadDateTime, offset = the field's byte index). Defined in cosem_datetime.cpp.
    static Expected<CosemDate, AxdrFailure> fromBytes(ByteView bytes, bool validate = true);

    friend bool operator==(const CosemDate&, const CosemDate&) = default;
};

/// COSEM time (4 bytes); 0xFF in a field means "not specified".
struct CosemTime {
    static constexpr std::uint8_t kNotSpecified = 0xFF;
    std::uint8_t hour = kNotSpecified;
    std::uint8_t minute = kNotSpecified;
    std::uint8_t second = kNotSpecified;
    std::uint8_t hundredths = kNotSpecified;

    /// The 4 wire bytes: hour, minute, second, hundredths. No validation.
    Bytes toBytes() const;
    /// Reads exactly 4 bytes (BadLength otherwise); with `validate`, checks every field.
    static Expected<CosemTime, AxdrFailure> fromBytes(ByteView bytes, bool validate = true);

    friend bool operator==(const CosemTime&, const CosemTime&) = default;
};

/// COSEM date-time (12 bytes): date, time, deviation and clock status.
/// deviation: minutes "of local time to UTC" as the Blue Book defines it, i.e. UTC = local +
/// deviation, so CET (UTC+1) is -60 and CEST is -120; 0x8000 = not specified.
/// clockStatus: bit 0 invalid, 1 doubtful, 2 different clock base, 3 invalid clock status,
/// 7 daylight saving active; 0xFF = not specified.
struct CosemDateTime {
    static constexpr std::int16_t kDeviationNotSpecified = static_cast<std::int16_t>(0x8000);
    static constexpr std::uint8_t kStatusNotSpecified = 0xFF;
    CosemDate date;
    CosemTime time;
    std::int16_t deviation = kDeviationNotSpecified;
    std::uint8_t clockStatus = kStatusNotSpecified;

    /// The 12 wire bytes: date (5), time (4), deviation (int16 big-endian), clock status.
    /// No validation. Example: a Clock time of 2026-03-29 02:00:00 CET ->
    /// 07 EA 03 1D 07 02 00 00 00 FF C4 00.
    Bytes toBytes() const;
    /// Reads exactly 12 bytes, e.g. the value of a Clock "time" octet-string (BadLength
    /// otherwise); with `validate`, checks every field (BadDateTime, offset = field byte index).
    static Expected<CosemDateTime, AxdrFailure> fromBytes(ByteView bytes, bool validate = true);

    friend bool operator==(const CosemDateTime&, const CosemDateTime&) = default;
};

struct CompactArray;

/// Type description used by compact-array (IEC 62056-6-2 TypeDescription).
struct TypeDescription {
    DataType type = DataType::NullData;
    std::uint16_t arrayCount = 0;           ///< for Array: number of elements
    std::vector<TypeDescription> children;  ///< Array: one element type; Structure: members
    friend bool operator==(const TypeDescription&, const TypeDescription&) = default;
};

class Data;

/// A compact-array: one type description and the elements that follow it, without tags.
struct CompactArray {
    TypeDescription elementType;
    std::vector<Data> elements;
    friend bool operator==(const CompactArray&, const CompactArray&);
};

/// A DLMS data value: wire type + value.
class Data {
public:
    using Value = std::variant<std::monostate, bool, BitString, std::int64_t, std::uint64_t, double,
                               Bytes, std::string, std::vector<Data>, CompactArray, CosemDateTime,
                               CosemDate, CosemTime>;

    Data() = default;  ///< null-data
    Data(DataType type, Value value) : m_type(type), m_value(std::move(value)) {}

    // Factories, named after the Blue Book types.
    static Data null() { return {}; }
    static Data boolean(bool v) { return {DataType::Boolean, v}; }
    static Data bitString(BitString v) { return {DataType::BitString, std::move(v)}; }
    static Data integer(std::int8_t v) { return {DataType::Integer, std::int64_t{v}}; }
    static Data long16(std::int16_t v) { return {DataType::Long, std::int64_t{v}}; }
    static Data doubleLong(std::int32_t v) { return {DataType::DoubleLong, std::int64_t{v}}; }
    static Data long64(std::int64_t v) { return {DataType::Long64, v}; }
    static Data unsigned8(std::uint8_t v) { return {DataType::Unsigned, std::uint64_t{v}}; }
    static Data longUnsigned(std::uint16_t v) { return {DataType::LongUnsigned, std::uint64_t{v}}; }
    static Data doubleLongUnsigned(std::uint32_t v) {
        return {DataType::DoubleLongUnsigned, std::uint64_t{v}};
    }
    static Data long64Unsigned(std::uint64_t v) { return {DataType::Long64Unsigned, v}; }
    static Data enumValue(std::uint8_t v) { return {DataType::Enum, std::uint64_t{v}}; }
    static Data float32(float v) { return {DataType::Float32, double{v}}; }
    static Data float64(double v) { return {DataType::Float64, v}; }
    static Data octetString(Bytes v) { return {DataType::OctetString, std::move(v)}; }
    static Data visibleString(std::string v) { return {DataType::VisibleString, std::move(v)}; }
    static Data utf8String(std::string v) { return {DataType::Utf8String, std::move(v)}; }
    static Data bcd(Bytes v) { return {DataType::Bcd, std::move(v)}; }
    static Data array(std::vector<Data> v) { return {DataType::Array, std::move(v)}; }
    static Data structure(std::vector<Data> v) { return {DataType::Structure, std::move(v)}; }
    static Data compactArray(CompactArray v) { return {DataType::CompactArray, std::move(v)}; }
    static Data dateTime(CosemDateTime v) { return {DataType::DateTime, v}; }
    static Data date(CosemDate v) { return {DataType::Date, v}; }
    static Data time(CosemTime v) { return {DataType::Time, v}; }
    static Data dontCare() { return {DataType::DontCare, std::monostate{}}; }

    DataType type() const { return m_type; }
    const Value& value() const { return m_value; }
    Value& value() { return m_value; }

    bool isNull() const { return m_type == DataType::NullData; }
    /// The value as T when the alternative holds a T, else nullptr.
    template <class T>
    const T* as() const {
        return std::get_if<T>(&m_value);
    }
    /// Elements of an array or structure (nullptr for other types).
    const std::vector<Data>* elements() const { return std::get_if<std::vector<Data>>(&m_value); }

    friend bool operator==(const Data&, const Data&) = default;

private:
    DataType m_type = DataType::NullData;
    Value m_value;
};

inline bool operator==(const CompactArray& a, const CompactArray& b) {
    return a.elementType == b.elementType && a.elements == b.elements;
}

}  // namespace omt::dlms

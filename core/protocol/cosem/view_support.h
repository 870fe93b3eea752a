#pragma once
// Building blocks of the COSEM views: strict readers that take one field out of a dlms::Data
// (checking its tag, range and size) and report a CosemFailure naming the field, plus the array
// helpers every list-valued attribute uses. The views in this directory are written with these;
// a device profile that adds its own manufacturer-specific structures can use them the same way.
//
//   const FieldPath at("executed_script");
//   auto members = readStructure(value, 2, at);            // exactly two members
//   if (!members) return members.error();
//   auto ln = readLogicalName((**members)[0], at.member("script_logical_name"));
//   auto selector = readLongUnsigned((**members)[1], at.member("script_selector"));
//
// Every reader is strict: the tag must be exactly the one named (an unsigned is not accepted
// where long-unsigned is expected), and a Data whose value alternative does not belong to its
// tag (only possible for hand-built values) is WrongType too.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

using DataList = std::vector<dlms::Data>;

/// The members of a structure that must have exactly `count` members.
/// Errors: WrongType (not a structure), WrongElementCount.
/// Example: readStructure(Data::structure({a, b}), 2, at) -> pointer to {a, b}.
Expected<const DataList*, CosemFailure> readStructure(const dlms::Data& d, std::size_t count,
                                                      const FieldPath& at);

/// The elements of an array (any count). Error: WrongType (not an array).
Expected<const DataList*, CosemFailure> readArray(const dlms::Data& d, const FieldPath& at);

/// An unsigned integer of tag `type` (unsigned, long-unsigned, double-long-unsigned,
/// long64-unsigned or enum). Errors: WrongType, ValueOutOfRange (a hand-built value above the
/// tag's maximum).
Expected<std::uint64_t, CosemFailure> readUnsignedOf(const dlms::Data& d, dlms::DataType type,
                                                     const FieldPath& at);
/// A signed integer of tag `type` (integer, long, double-long, long64).
/// Errors: WrongType, ValueOutOfRange.
Expected<std::int64_t, CosemFailure> readSignedOf(const dlms::Data& d, dlms::DataType type,
                                                  const FieldPath& at);

/// unsigned (uint8). Example: 11 05 -> 5.
Expected<std::uint8_t, CosemFailure> readUnsigned8(const dlms::Data& d, const FieldPath& at);
/// long-unsigned (uint16). Example: 12 00 08 -> 8.
Expected<std::uint16_t, CosemFailure> readLongUnsigned(const dlms::Data& d, const FieldPath& at);
/// double-long-unsigned (uint32).
Expected<std::uint32_t, CosemFailure> readDoubleLongUnsigned(const dlms::Data& d,
                                                             const FieldPath& at);
/// enum (uint8), any value; the caller checks which values are defined.
Expected<std::uint8_t, CosemFailure> readEnumValue(const dlms::Data& d, const FieldPath& at);
/// integer (int8).
Expected<std::int8_t, CosemFailure> readInteger8(const dlms::Data& d, const FieldPath& at);
/// long (int16).
Expected<std::int16_t, CosemFailure> readLong16(const dlms::Data& d, const FieldPath& at);
/// boolean. Error: WrongType.
Expected<bool, CosemFailure> readBoolean(const dlms::Data& d, const FieldPath& at);

/// An octet-string of any length (a copy). Error: WrongType.
Expected<Bytes, CosemFailure> readOctetString(const dlms::Data& d, const FieldPath& at);
/// An octet-string of exactly `size` bytes. Errors: WrongType, BadLength.
Expected<Bytes, CosemFailure> readOctetString(const dlms::Data& d, std::size_t size,
                                              const FieldPath& at);
/// A logical name: octet-string of 6 bytes. Errors: WrongType, BadLength.
/// Example: 09 06 00 00 01 00 00 FF -> 0.0.1.0.0.255.
Expected<ObisCode, CosemFailure> readLogicalName(const dlms::Data& d, const FieldPath& at);

/// A COSEM date-time carried as octet-string(12), validated (cosem_datetime.h ranges).
/// Errors: WrongType, BadLength, BadDateTime.
Expected<dlms::CosemDateTime, CosemFailure> readDateTimeOctets(const dlms::Data& d,
                                                               const FieldPath& at);
/// A COSEM date carried as octet-string(5), validated. Errors: WrongType, BadLength, BadDateTime.
Expected<dlms::CosemDate, CosemFailure> readDateOctets(const dlms::Data& d, const FieldPath& at);
/// A COSEM time carried as octet-string(4), validated. Errors: WrongType, BadLength, BadDateTime.
Expected<dlms::CosemTime, CosemFailure> readTimeOctets(const dlms::Data& d, const FieldPath& at);

/// The octet-string(6) of a logical name.
dlms::Data logicalNameData(const ObisCode& ln);
/// The octet-string(12) / (5) / (4) of a date-time / date / time.
dlms::Data dateTimeOctets(const dlms::CosemDateTime& dt);
dlms::Data dateOctets(const dlms::CosemDate& d);
dlms::Data timeOctets(const dlms::CosemTime& t);

/// Reads an array whose elements are all of view type T (T::fromData(const Data&, const
/// FieldPath&)); the first failing element's error is returned (path "<at>[i]...").
template <class T>
Expected<std::vector<T>, CosemFailure> readArrayOf(const dlms::Data& d, const FieldPath& at) {
    auto elements = readArray(d, at);
    if (!elements) {
        return elements.error();
    }
    std::vector<T> out;
    out.reserve((*elements)->size());
    for (std::size_t i = 0; i < (*elements)->size(); ++i) {
        auto item = T::fromData((**elements)[i], at.element(i));
        if (!item) {
            return std::move(item).error();
        }
        out.push_back(std::move(*item));
    }
    return out;
}

/// The array of the toData() forms of `items`.
template <class T>
dlms::Data arrayData(const std::vector<T>& items) {
    DataList out;
    out.reserve(items.size());
    for (const auto& item : items) {
        out.push_back(item.toData());
    }
    return dlms::Data::array(std::move(out));
}

/// A list-valued attribute: an array of view type T whose root path is `kRootName`.
///
///   inline constexpr char kCaptureObjectsName[] = "capture_objects";
///   using CaptureObjects = ArrayOf<CaptureObjectDefinition, kCaptureObjectsName>;
///   auto columns = CaptureObjects::fromData(value);   // errors name "capture_objects[2]..."
template <class T, const char* kRootName>
struct ArrayOf {
    std::vector<T> entries;

    /// The array form: 01 <count> <element>...
    dlms::Data toData() const { return arrayData(entries); }
    /// Errors: WrongType (not an array), and those of T::fromData for the first bad element.
    static Expected<ArrayOf, CosemFailure> fromData(const dlms::Data& d) {
        return fromData(d, FieldPath(kRootName));
    }
    static Expected<ArrayOf, CosemFailure> fromData(const dlms::Data& d, const FieldPath& at) {
        auto items = readArrayOf<T>(d, at);
        if (!items) {
            return std::move(items).error();
        }
        return ArrayOf{std::move(*items)};
    }
    friend bool operator==(const ArrayOf&, const ArrayOf&) = default;
};

/// The UnknownEnum failure "enum <value> not defined" at `at`.
CosemFailure unknownEnum(std::uint64_t value, const FieldPath& at);

/// An enum whose defined values are the contiguous range min..max, as the enum class E.
/// Errors: WrongType (not an enum), UnknownEnum ("enum 9 not defined").
/// Example: readEnumIn<ControlState>(Data::enumValue(2), 0, 2, at) -> ReadyForReconnection.
template <class E>
Expected<E, CosemFailure> readEnumIn(const dlms::Data& d, std::uint8_t min, std::uint8_t max,
                                     const FieldPath& at) {
    auto raw = readEnumValue(d, at);
    if (!raw) {
        return raw.error();
    }
    if (*raw < min || *raw > max) {
        return unknownEnum(*raw, at);
    }
    return static_cast<E>(*raw);
}

/// Stores a successfully read value in `field`, or passes the read's failure on, leaving `field`
/// unchanged: `return assignFrom(outputState, readBoolean(value, at));`
template <class T, class U>
Expected<void, CosemFailure> assignFrom(T& field, Expected<U, CosemFailure> read) {
    if (!read) {
        return std::move(read).error();
    }
    field = std::move(*read);
    return {};
}

/// The enum Data of an enum class value.
template <class E>
dlms::Data enumData(E value) {
    return dlms::Data::enumValue(static_cast<std::uint8_t>(value));
}

}  // namespace omt::cosem

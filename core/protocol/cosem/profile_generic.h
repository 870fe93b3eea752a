#pragma once
// Profile generic (class 7): capture object definitions, the capture_objects attribute, the sort
// method, and what a server needs to answer a selective read by range: comparing COSEM
// date-times and picking the buffer rows and columns a range descriptor asks for.
//
//   auto columns = CaptureObjects::fromData(attribute3);
//   auto range = dlms::parseRangeDescriptor(*request.access);        // APDU module
//   auto rows = selectRowsInRange(buffer, *columns, *range, -60);    // indices into buffer
//   auto cols = selectColumns(*columns, range->selectedValues);      // indices into a row

#include <compare>
#include <cstdint>
#include <vector>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// capture_object_definition: structure{class_id long-unsigned, logical_name octet-string(6),
/// attribute_index integer, data_index long-unsigned}.
/// Example (Clock time): 02 04 12 00 08 09 06 00 00 01 00 00 FF 0F 02 12 00 00.
struct CaptureObjectDefinition {
    std::uint16_t classId = 0;
    ObisCode logicalName;
    std::int8_t attributeIndex = 0;
    std::uint16_t dataIndex = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength (logical name not 6 octets), each with
    /// the member's path ("capture_objects[2].logical_name").
    static Expected<CaptureObjectDefinition, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("capture_object_definition"));

    /// The same definition in the APDU module's type (range / selected values descriptors).
    dlms::CaptureObjectDefinition toApdu() const;
    static CaptureObjectDefinition fromApdu(const dlms::CaptureObjectDefinition& c);

    friend bool operator==(const CaptureObjectDefinition&,
                           const CaptureObjectDefinition&) = default;
};

inline constexpr char kCaptureObjectsName[] = "capture_objects";
/// capture_objects (attribute 3): array of capture_object_definition.
using CaptureObjects = ArrayOf<CaptureObjectDefinition, kCaptureObjectsName>;

/// sort_method (attribute 5).
enum class SortMethod : std::uint8_t {
    Fifo = 1,
    Lifo = 2,
    Largest = 3,
    Smallest = 4,
    NearestToZero = 5,
    FarthestFromZero = 6,
};
/// Errors: WrongType, UnknownEnum (outside 1..6).
Expected<SortMethod, CosemFailure> sortMethodFromData(
    const dlms::Data& d, const FieldPath& at = FieldPath("sort_method"));

/// Orders two COSEM date-times as instants. A date-time whose deviation is not specified is read
/// with `assumedDeviation` (the server's own time zone, minutes as in the Clock). Hundredths take
/// part when both specify them. Error: NotComparable when a date or time field is not specified
/// (wildcards) or a value is invalid.
/// Example: 2026-03-29 03:00 (-120) equals 2026-03-29 02:00 (-60).
Expected<std::strong_ordering, CosemFailure> compareDateTimes(const dlms::CosemDateTime& a,
                                                              const dlms::CosemDateTime& b,
                                                              std::int16_t assumedDeviation = 0);

/// Whether a captured value lies in [from, to] (both ends included), as a range descriptor's
/// from_value / to_value ask. Date-times may be octet-string(12) or date-time Data; integers of
/// any integer type are compared by value. Errors: NotComparable (mixed kinds, other types,
/// wildcard date-times), BadDateTime (invalid date-time octets); paths "value", "from_value",
/// "to_value".
Expected<bool, CosemFailure> isInRange(const dlms::Data& value, const dlms::Data& from,
                                       const dlms::Data& to, std::int16_t assumedDeviation = 0);

/// The indices of the rows of `buffer` (array of structures, one member per capture object)
/// whose restricting-object column lies in the range. The column is found by class id, logical
/// name, attribute index and data index. Errors: UnknownAttribute (restricting object is not a
/// capture object), WrongType / WrongElementCount (a row that is not a structure of one member
/// per column, path "buffer[i]"), and those of isInRange.
Expected<std::vector<std::size_t>, CosemFailure> selectRowsInRange(
    const dlms::Data& buffer, const CaptureObjects& columns, const dlms::RangeDescriptor& range,
    std::int16_t assumedDeviation = 0);

/// The column indices that `selected` (selected_values of a range descriptor) picks, in the
/// order asked; all columns when `selected` is empty. Error: UnknownAttribute when a selected
/// value is not one of the capture objects (path "selected_values[i]").
Expected<std::vector<std::size_t>, CosemFailure> selectColumns(
    const CaptureObjects& columns, const std::vector<dlms::CaptureObjectDefinition>& selected);

}  // namespace omt::cosem

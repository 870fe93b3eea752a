#pragma once
// Special days table (class 11): the entries attribute.
//
//   auto days = SpecialDaysEntries::fromData(attribute2);
//   days->entries[0].date;    // dlms::CosemDate, e.g. {0xFFFF, 12, 25, 0xFF}: every Christmas
//
// spec_day_entry: structure{index long-unsigned, specialday_date octet-string(5) date, day_id
// unsigned}. Example: {1, *-12-25, 3} -> 02 03 12 00 01 09 05 FF FF 0C 19 FF 11 03.

#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

struct SpecialDayEntry {
    std::uint16_t index = 0;
    dlms::CosemDate date;
    std::uint8_t dayId = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength / BadDateTime (specialday_date).
    static Expected<SpecialDayEntry, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("spec_day_entry"));
    friend bool operator==(const SpecialDayEntry&, const SpecialDayEntry&) = default;
};

inline constexpr char kSpecialDaysEntriesName[] = "entries";
/// entries (attribute 2): array of spec_day_entry.
using SpecialDaysEntries = ArrayOf<SpecialDayEntry, kSpecialDaysEntriesName>;

}  // namespace omt::cosem

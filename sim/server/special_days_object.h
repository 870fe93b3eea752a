#pragma once
// Special days table (class 11, version 0): dates that take another day profile of the activity
// calendar (holidays), with the insert and delete methods.
//
//   SpecialDaysObject holidays(cosem::ObisCode(0, 0, 11, 0, 0, 255), {});
//   holidays.invoke(1, SpecialDayEntry{1, {0xFFFF, 12, 25, 0xFF}, 3}.toData(), ctx);  // insert
//   holidays.dayIdFor({2026, 12, 25, 5});                                            // 3
//   holidays.invoke(2, Data::longUnsigned(1), ctx);                                   // delete

#include <optional>

#include "protocol/cosem/special_days_table.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

/// Most entries the table holds (insert beyond it: OtherReason).
inline constexpr std::size_t kMaxSpecialDays = 64;

class SpecialDaysObject : public AttributeTableObject {
public:
    /// Attribute 2 entries: writable with any SpecialDaysEntries of at most kMaxSpecialDays
    /// entries with distinct indices (OtherReason otherwise).
    SpecialDaysObject(cosem::ObisCode logicalName, cosem::SpecialDaysEntries entries);

    /// The day_id for a (fully specified) date: the first entry whose specified fields all
    /// match (year / month / day of month / day of week 0xFF(FF) = any); nullopt when none.
    std::optional<std::uint8_t> dayIdFor(const dlms::CosemDate& date) const;

protected:
    void attributeChanged(std::int8_t index) override;
    /// 1 insert(spec_day_entry): replaces the entry with the same index or adds it.
    /// 2 delete(long-unsigned index): removes the entry (no such index: nothing happens).
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;

private:
    mutable std::optional<cosem::SpecialDaysEntries> m_entries;  ///< parsed once per change
};

}  // namespace omt::sim

#include "sim/server/special_days_object.h"

#include <algorithm>
#include <set>

namespace omt::sim {

namespace {
DataAccessResult checkEntries(const Data& value) {
    auto entries = cosem::SpecialDaysEntries::fromData(value);
    if (!entries) {
        return accessResultOf(entries.error());
    }
    if (entries->entries.size() > kMaxSpecialDays) {
        return DataAccessResult::OtherReason;
    }
    std::set<std::uint16_t> indices;
    for (const auto& e : entries->entries) {
        if (!indices.insert(e.index).second) {
            return DataAccessResult::OtherReason;
        }
    }
    return DataAccessResult::Success;
}
}  // namespace

SpecialDaysObject::SpecialDaysObject(cosem::ObisCode logicalName, cosem::SpecialDaysEntries entries)
    : AttributeTableObject(logicalName, 11, 0, 2) {
    addAttribute(entries.toData(), checkEntries);
}

std::optional<std::uint8_t> SpecialDaysObject::dayIdFor(const dlms::CosemDate& date) const {
    if (!m_entries) {
        auto parsed = cosem::SpecialDaysEntries::fromData(*attribute(2));
        if (!parsed) {
            return std::nullopt;
        }
        m_entries = std::move(*parsed);
    }
    for (const auto& e : m_entries->entries) {
        const auto& d = e.date;
        if ((d.year == dlms::CosemDate::kYearNotSpecified || d.year == date.year) &&
            (d.month == dlms::CosemDate::kNotSpecified || d.month == date.month) &&
            (d.dayOfMonth == dlms::CosemDate::kNotSpecified || d.dayOfMonth == date.dayOfMonth) &&
            (d.dayOfWeek == dlms::CosemDate::kNotSpecified || d.dayOfWeek == date.dayOfWeek)) {
            return e.dayId;
        }
    }
    return std::nullopt;
}

void SpecialDaysObject::attributeChanged(std::int8_t /*index*/) {
    m_entries.reset();
}

Expected<std::optional<Data>, ActionResult> SpecialDaysObject::invokeMethod(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    if (!parameters) {
        return ActionResult::TypeUnmatched;
    }
    auto entries = cosem::SpecialDaysEntries::fromData(*attribute(2));
    if (!entries) {
        return ActionResult::OtherReason;
    }
    auto& list = entries->entries;
    if (methodIndex == 1) {
        auto entry = cosem::SpecialDayEntry::fromData(*parameters);
        if (!entry) {
            return actionResultOf(entry.error());
        }
        auto same = std::find_if(list.begin(), list.end(),
                                 [&](const auto& e) { return e.index == entry->index; });
        if (same != list.end()) {
            *same = *entry;
        } else if (list.size() >= kMaxSpecialDays) {
            return ActionResult::OtherReason;
        } else {
            list.push_back(*entry);
        }
    } else {
        const auto* index = parameters->as<std::uint64_t>();
        if (parameters->type() != dlms::DataType::LongUnsigned || index == nullptr) {
            return ActionResult::TypeUnmatched;
        }
        std::erase_if(list, [&](const auto& e) { return e.index == *index; });
    }
    setAttributeValue(2, entries->toData());
    return std::optional<Data>{};
}

}  // namespace omt::sim

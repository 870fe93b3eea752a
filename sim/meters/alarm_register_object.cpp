#include "sim/meters/alarm_register_object.h"

namespace omt::sim {

cosem::ObisCode alarmConditionLn(AlarmBit bit) {
    return cosem::ObisCode(0, 0, 97, 98, static_cast<std::uint8_t>(128 + static_cast<int>(bit)),
                           255);
}

AlarmRegisterObject::AlarmRegisterObject(std::array<const DataObject*, kLiveAlarmCount> conditions,
                                         ClockSource now)
    : CosemObject(kAlarmRegisterLn), m_conditions(conditions), m_now(std::move(now)) {}

std::uint32_t AlarmRegisterObject::bits() const {
    std::uint32_t value = m_latched;
    for (std::size_t k = 0; k < kLiveAlarmCount; ++k) {
        const DataObject* condition = m_conditions[k];
        const bool* on = condition != nullptr ? condition->value().as<bool>() : nullptr;
        if (on != nullptr && *on) {
            value |= 1U << (k + 2);
        }
    }
    return value;
}

void AlarmRegisterObject::latch(AlarmBit bit, std::chrono::sys_seconds at) {
    const auto index = static_cast<std::size_t>(bit);
    if (index < m_clearedAt.size() && at.time_since_epoch().count() > m_clearedAt[index]) {
        m_latched |= 1U << index;
    }
}

Expected<Data, DataAccessResult> AlarmRegisterObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > 2) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return logicalNameData();
    }
    return Data::doubleLongUnsigned(bits());
}

DataAccessResult AlarmRegisterObject::set(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const Data& value, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > 2) {
        return DataAccessResult::ObjectUndefined;
    }
    if (attributeIndex == 1) {
        return DataAccessResult::ReadWriteDenied;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    const auto* wanted = value.as<std::uint64_t>();
    if (value.type() != dlms::DataType::DoubleLongUnsigned || wanted == nullptr) {
        return DataAccessResult::TypeUnmatched;
    }
    const std::uint32_t current = bits();
    if ((*wanted & ~std::uint64_t{current}) != 0) {
        return DataAccessResult::OtherReason;  // only clearing set bits is a valid write
    }
    const std::int64_t now = m_now ? m_now().time_since_epoch().count() : 0;
    for (std::size_t index = 0; index < m_clearedAt.size(); ++index) {
        const std::uint32_t mask = 1U << index;
        if ((m_latched & mask) != 0 && (*wanted & mask) == 0) {
            m_latched &= ~mask;
            m_clearedAt[index] = now;
        }
    }
    return DataAccessResult::Success;
}

Expected<std::optional<Data>, ActionResult> AlarmRegisterObject::invoke(
    std::int8_t /*methodIndex*/, const std::optional<Data>& /*parameters*/,
    RequestContext& /*context*/) {
    return ActionResult::ObjectUndefined;
}

}  // namespace omt::sim

#include "sim/server/attribute_table_object.h"

namespace omt::sim {

DataAccessResult accessResultOf(const cosem::CosemFailure& failure) {
    switch (failure.code) {
        case cosem::CosemError::WrongType:
        case cosem::CosemError::WrongElementCount:
        case cosem::CosemError::BadLength:
            return DataAccessResult::TypeUnmatched;
        case cosem::CosemError::UnknownAttribute:
            return DataAccessResult::ObjectUndefined;
        default:
            return DataAccessResult::OtherReason;
    }
}

ActionResult actionResultOf(const cosem::CosemFailure& failure) {
    switch (accessResultOf(failure)) {
        case DataAccessResult::TypeUnmatched:
            return ActionResult::TypeUnmatched;
        case DataAccessResult::ObjectUndefined:
            return ActionResult::ObjectUndefined;
        default:
            return ActionResult::OtherReason;
    }
}

AttributeTableObject::AttributeTableObject(cosem::ObisCode logicalName, std::uint16_t classId,
                                           std::uint8_t version, std::int8_t methodCount)
    : CosemObject(logicalName),
      m_classId(classId),
      m_version(version),
      m_methodCount(methodCount) {}

std::int8_t AttributeTableObject::addAttribute(Data initial, AttributeValidator validator) {
    m_attributes.push_back(Slot{std::move(initial), std::move(validator)});
    return static_cast<std::int8_t>(m_attributes.size() + 1);
}

const Data* AttributeTableObject::attribute(std::int8_t index) const {
    if (index < 2 || static_cast<std::size_t>(index - 1) > m_attributes.size()) {
        return nullptr;
    }
    return &m_attributes[static_cast<std::size_t>(index - 2)].value;
}

bool AttributeTableObject::setAttributeValue(std::int8_t index, Data value) {
    if (index < 2 || static_cast<std::size_t>(index - 1) > m_attributes.size()) {
        return false;
    }
    m_attributes[static_cast<std::size_t>(index - 2)].value = std::move(value);
    attributeChanged(index);
    return true;
}

Expected<Data, DataAccessResult> AttributeTableObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return logicalNameData();
    }
    return *attribute(attributeIndex);
}

DataAccessResult AttributeTableObject::set(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const Data& value, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return DataAccessResult::ReadWriteDenied;
    }
    Slot& slot = m_attributes[static_cast<std::size_t>(attributeIndex - 2)];
    if (!slot.validator) {
        return DataAccessResult::ReadWriteDenied;
    }
    const DataAccessResult verdict = slot.validator(value);
    if (verdict == DataAccessResult::Success) {
        slot.value = value;
        attributeChanged(attributeIndex);
    }
    return verdict;
}

Expected<std::optional<Data>, ActionResult> AttributeTableObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context) {
    if (methodIndex < 1 || methodIndex > m_methodCount) {
        return ActionResult::ObjectUndefined;
    }
    return invokeMethod(methodIndex, parameters, context);
}

Expected<std::optional<Data>, ActionResult> AttributeTableObject::invokeMethod(
    std::int8_t /*methodIndex*/, const std::optional<Data>& /*parameters*/,
    RequestContext& /*context*/) {
    return ActionResult::OtherReason;
}

}  // namespace omt::sim

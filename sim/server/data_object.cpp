#include "sim/server/data_object.h"

namespace omt::sim {

DataObject::DataObject(cosem::ObisCode logicalName, Data value)
    : CosemObject(logicalName), m_value(std::move(value)) {}

Expected<Data, DataAccessResult> DataObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    return attributeIndex == 1 ? logicalNameData() : m_value;
}

DataAccessResult DataObject::set(std::int8_t attributeIndex,
                                 const std::optional<dlms::SelectiveAccessDescriptor>& access,
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
    if (!sameShape(value, m_value)) {
        return DataAccessResult::TypeUnmatched;
    }
    m_value = value;
    return DataAccessResult::Success;
}

Expected<std::optional<Data>, ActionResult> DataObject::invoke(
    std::int8_t /*methodIndex*/, const std::optional<Data>& /*parameters*/,
    RequestContext& /*context*/) {
    return ActionResult::ObjectUndefined;
}

}  // namespace omt::sim

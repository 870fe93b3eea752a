#include "sim/server/register_object.h"

#include <cstdint>

namespace omt::sim {

namespace {
/// The value a reset leaves: 0 of the same numeric type; other types stay as they are.
Data zeroOf(const Data& value) {
    if (value.as<std::int64_t>() != nullptr) {
        return Data(value.type(), std::int64_t{0});
    }
    if (value.as<std::uint64_t>() != nullptr) {
        return Data(value.type(), std::uint64_t{0});
    }
    if (value.as<double>() != nullptr) {
        return Data(value.type(), 0.0);
    }
    return value;
}
}  // namespace

RegisterObject::RegisterObject(cosem::ObisCode logicalName, Data value,
                               cosem::ScalerUnit scalerUnit)
    : CosemObject(logicalName), m_value(std::move(value)), m_scalerUnit(scalerUnit) {}

Expected<Data, DataAccessResult> RegisterObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    switch (attributeIndex) {
        case 1:
            return logicalNameData();
        case 2:
            return m_value;
        default:
            return m_scalerUnit.toData();
    }
}

DataAccessResult RegisterObject::set(std::int8_t attributeIndex,
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
    if (attributeIndex == 2) {
        if (!sameShape(value, m_value)) {
            return DataAccessResult::TypeUnmatched;
        }
        m_value = value;
        return DataAccessResult::Success;
    }
    auto scalerUnit = cosem::ScalerUnit::fromData(value);
    if (!scalerUnit) {
        return DataAccessResult::TypeUnmatched;
    }
    m_scalerUnit = *scalerUnit;
    return DataAccessResult::Success;
}

Expected<std::optional<Data>, ActionResult> RegisterObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    if (methodIndex != 1) {
        return ActionResult::ObjectUndefined;
    }
    if (parameters && parameters->type() != dlms::DataType::Integer) {
        return ActionResult::TypeUnmatched;
    }
    m_value = zeroOf(m_value);
    return std::optional<Data>{};
}

}  // namespace omt::sim

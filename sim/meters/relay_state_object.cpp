#include "sim/meters/relay_state_object.h"

namespace omt::sim {

RelayStateObject::RelayStateObject(cosem::ObisCode logicalName, const AttributeTableObject* mode)
    : AttributeTableObject(logicalName, 1, 0, 0), m_mode(mode) {
    addAttribute(Data::boolean(false), [](const Data& v) {
        return v.type() == dlms::DataType::Boolean ? DataAccessResult::Success
                                                   : DataAccessResult::TypeUnmatched;
    });
}

DataAccessResult RelayStateObject::set(std::int8_t attributeIndex,
                                       const std::optional<dlms::SelectiveAccessDescriptor>& access,
                                       const Data& value, const RequestContext& context) {
    const Data* modeValue = m_mode != nullptr ? m_mode->attribute(2) : nullptr;
    const auto* mode = modeValue != nullptr ? modeValue->as<std::uint64_t>() : nullptr;
    if (attributeIndex == 2 && context.association != nullptr && (mode == nullptr || *mode != 0)) {
        return DataAccessResult::ReadWriteDenied;
    }
    return AttributeTableObject::set(attributeIndex, access, value, context);
}

}  // namespace omt::sim

#include "sim/server/invocation_counter_object.h"

namespace omt::sim {

InvocationCounterObject::InvocationCounterObject(cosem::ObisCode logicalName,
                                                 std::shared_ptr<const AssociationSecrets> secrets)
    : DataObject(logicalName, Data::doubleLongUnsigned(0)), m_secrets(std::move(secrets)) {}

Expected<Data, DataAccessResult> InvocationCounterObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& context) {
    auto value = DataObject::get(attributeIndex, access, context);
    if (value && attributeIndex == 2) {
        return Data::doubleLongUnsigned(m_secrets->lastClientInvocationCounter().value_or(0));
    }
    return value;
}

}  // namespace omt::sim

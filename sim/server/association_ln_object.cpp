#include "sim/server/association_ln_object.h"

#include "sim/server/access_policy.h"
#include "sim/server/object_directory.h"

namespace omt::sim {

cosem::ObjectList AssociationLnObject::objectListFor(const RequestContext& context) {
    cosem::ObjectList list;
    if (context.directory == nullptr || context.policy == nullptr) {
        return list;
    }
    for (const auto& object : context.directory->objects()) {
        const auto* rights = context.policy->find(object->logicalName());
        if (rights == nullptr) {
            continue;
        }
        cosem::ObjectListElement element;
        element.classId = object->classId();
        element.version = object->version();
        element.logicalName = object->logicalName();
        for (std::int8_t a = 1; a > 0 && a <= object->attributeCount(); ++a) {
            element.accessRights.attributeAccess.push_back(
                {a, static_cast<std::uint8_t>(rights->attribute(a)), std::nullopt});
        }
        for (std::int8_t m = 1; m > 0 && m <= object->methodCount(); ++m) {
            element.accessRights.methodAccess.push_back(
                {m, static_cast<std::uint8_t>(rights->method(m)), false});
        }
        list.entries.push_back(std::move(element));
    }
    return list;
}

Expected<Data, DataAccessResult> AssociationLnObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& context) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return logicalNameData();
    }
    if (attributeIndex == 2) {
        return objectListFor(context).toData();
    }
    if (attributeIndex == 7) {
        return DataAccessResult::ReadWriteDenied;
    }
    const AssociationSession* session = context.association;
    if (session == nullptr) {
        return DataAccessResult::TemporaryFailure;
    }
    switch (attributeIndex) {
        case 3:
            return session->partners().toData();
        case 4:
            return cosem::ApplicationContextName::dlmsUa(
                       1, static_cast<std::uint8_t>(session->applicationContext()))
                .toData();
        case 5:
            return session->xdlmsContextInfo().toData();
        case 6:
            return cosem::AuthenticationMechanismName::dlmsUa(
                       2, static_cast<std::uint8_t>(session->mechanism()))
                .toData();
        case 8:
            return Data::enumValue(static_cast<std::uint8_t>(session->status()));
        default:
            return Data::octetString(session->securitySetupReference().toBytes());
    }
}

DataAccessResult AssociationLnObject::set(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& /*access*/,
    const Data& /*value*/, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    return DataAccessResult::ReadWriteDenied;
}

Expected<std::optional<Data>, ActionResult> AssociationLnObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context) {
    if (methodIndex < 1 || methodIndex > methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    if (methodIndex != 1) {
        return ActionResult::ReadWriteDenied;
    }
    if (context.association == nullptr) {
        return ActionResult::TemporaryFailure;
    }
    if (!parameters || parameters->type() != dlms::DataType::OctetString) {
        return ActionResult::TypeUnmatched;
    }
    auto reply = context.association->replyToHlsAuthentication(*parameters);
    if (!reply) {
        return reply.error();
    }
    return std::optional<Data>{std::move(*reply)};
}

}  // namespace omt::sim

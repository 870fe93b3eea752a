#include "sim/server/association_ln_object.h"

#include "sim/server/access_policy.h"
#include "sim/server/object_directory.h"

namespace omt::sim {

namespace {

/// The association a configuration describes, while it is not the current one.
class ConfiguredSession final : public AssociationSession {
public:
    explicit ConfiguredSession(const AssociationConfig& config) : m_config(config) {}
    cosem::AssociatedPartnersId partners() const override {
        return {static_cast<std::int8_t>(m_config.clientSap), m_config.serverSap};
    }
    dlms::ApplicationContextName applicationContext() const override {
        return m_config.authentication == Authentication::HighLevelGmac
                   ? dlms::ApplicationContextName::LogicalNameCiphered
                   : dlms::ApplicationContextName::LogicalName;
    }
    dlms::MechanismName mechanism() const override {
        switch (m_config.authentication) {
            case Authentication::LowLevel:
                return dlms::MechanismName::Low;
            case Authentication::HighLevelGmac:
                return dlms::MechanismName::HighGmac;
            default:
                return dlms::MechanismName::Lowest;
        }
    }
    cosem::XdlmsContextInfo xdlmsContextInfo() const override {
        cosem::XdlmsContextInfo info;
        info.conformance = m_config.conformance;
        info.maxReceivePduSize = m_config.serverMaxReceivePduSize;
        info.maxSendPduSize = 0;
        info.dlmsVersionNumber = 6;
        info.qualityOfService = 0;
        return info;
    }
    cosem::AssociationStatus status() const override {
        return cosem::AssociationStatus::NonAssociated;
    }
    cosem::ObisCode securitySetupReference() const override {
        return m_config.securitySetupReference;
    }
    Expected<Data, ActionResult> replyToHlsAuthentication(const Data& /*fStoC*/) override {
        return ActionResult::ReadWriteDenied;
    }

private:
    const AssociationConfig& m_config;
};

}  // namespace

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
    if (attributeIndex == 7) {
        return DataAccessResult::ReadWriteDenied;
    }
    std::optional<ConfiguredSession> configured;
    if (m_described) {
        configured.emplace(*m_described);
    }
    if (attributeIndex == 2) {
        if (!m_described) {
            return objectListFor(context).toData();
        }
        RequestContext described = context;
        described.policy = &m_described->policy;
        return objectListFor(described).toData();
    }
    const AssociationSession* session = configured ? &*configured : context.association;
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
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const Data& value, const RequestContext& context) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (attributeIndex != 7 || !m_secrets) {
        return DataAccessResult::ReadWriteDenied;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    const bool lls = m_described ? m_described->authentication == Authentication::LowLevel
                                 : (context.association != nullptr &&
                                    context.association->mechanism() == dlms::MechanismName::Low);
    if (!lls) {
        return DataAccessResult::ReadWriteDenied;  // no LLS secret on this association
    }
    return m_secrets->setLlsPassword(value);
}

Expected<std::optional<Data>, ActionResult> AssociationLnObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context) {
    if (methodIndex < 1 || methodIndex > methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    if (methodIndex == 2) {
        // change_HLS_secret: the associations of the virtual meters have no HLS secret of their
        // own (HLS-GMAC uses the Security setup's global keys), see the header.
        if (!parameters || parameters->type() != dlms::DataType::OctetString) {
            return ActionResult::TypeUnmatched;
        }
        return ActionResult::ReadWriteDenied;
    }
    if (methodIndex != 1 || m_described) {
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

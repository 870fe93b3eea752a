#include "sim/server/security_setup_object.h"

namespace omt::sim {

SecuritySetupObject::SecuritySetupObject(cosem::SecuritySetup setup,
                                         std::shared_ptr<AssociationSecrets> secrets)
    : ViewObject<cosem::SecuritySetup>(64, 1, 6, std::move(setup), {3, 4, 5, 6}, 8),
      m_secrets(std::move(secrets)) {}

DataAccessResult SecuritySetupObject::checkChange(std::int8_t /*attributeIndex*/,
                                                  const cosem::SecuritySetup& changed) {
    const std::uint8_t before = view().securityPolicy;
    return (changed.securityPolicy & before) == before ? DataAccessResult::Success
                                                       : DataAccessResult::ReadWriteDenied;
}

Expected<std::optional<Data>, ActionResult> SecuritySetupObject::invokeMethod(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context) {
    if (methodIndex == 2 && m_secrets) {
        if (!parameters) {
            return ActionResult::TypeUnmatched;
        }
        auto transferred = m_secrets->transferKeys(*parameters);
        if (!transferred) {
            return transferred.error();
        }
        return std::optional<Data>{};
    }
    if (methodIndex != 1) {
        return ActionResult::ReadWriteDenied;
    }
    if (!parameters) {
        return ActionResult::TypeUnmatched;
    }
    switch (set(2, std::nullopt, *parameters, context)) {
        case DataAccessResult::Success:
            return std::optional<Data>{};
        case DataAccessResult::TypeUnmatched:
            return ActionResult::TypeUnmatched;
        case DataAccessResult::ReadWriteDenied:
            return ActionResult::ReadWriteDenied;
        default:
            return ActionResult::OtherReason;
    }
}

}  // namespace omt::sim

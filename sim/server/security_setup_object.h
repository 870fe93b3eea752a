#pragma once
// Security setup (class 64, version 1) of the management association: policy, suite and the
// system titles. The policy can only be strengthened (SET of attribute 2 or security_activate):
// a value that drops a protection in force is ReadWriteDenied. Suite, titles and certificates
// are the meter's own: read-only. The key and certificate methods (2..8) are not offered by
// the virtual meters: ReadWriteDenied.
//
//   SecuritySetupObject setup(cosem::SecuritySetup{.securityPolicy = 0x24, ...});
//   setup.invoke(1, Data::enumValue(0x6C), ctx);   // adds encryption: Success
//   setup.invoke(1, Data::enumValue(0x04), ctx);   // drops protections: ReadWriteDenied

#include "protocol/cosem/security_setup.h"
#include "sim/server/view_object.h"

namespace omt::sim {

class SecuritySetupObject : public ViewObject<cosem::SecuritySetup> {
public:
    explicit SecuritySetupObject(cosem::SecuritySetup setup);

protected:
    DataAccessResult checkChange(std::int8_t attributeIndex,
                                 const cosem::SecuritySetup& changed) override;
    /// 1 security_activate(enum policy).
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;
};

}  // namespace omt::sim

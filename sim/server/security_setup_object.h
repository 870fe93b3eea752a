#pragma once
// Security setup (class 64, version 1) of the management association: policy, suite and the
// system titles. The policy can only be strengthened (SET of attribute 2 or security_activate):
// a value that drops a protection in force is ReadWriteDenied. Suite, titles and certificates
// are the meter's own: read-only.
//
// Method 2 global_key_transfer(array of structure {key_id, key_wrapped}) works when the object
// is given the meter's AssociationSecrets: each key is RFC 3394-wrapped under the master key
// (KEK); key ids 0 (global unicast EK), 2 (AK) and 3 (master key) are accepted, all or none;
// the new EK / AK take effect for the next association (the current one, including the response
// to this method, keeps the old keys), a new EK restarts the meter's invocation counter at 0.
// The certificate methods (3..8) are not offered by the virtual meters: ReadWriteDenied.
//
//   SecuritySetupObject setup(cosem::SecuritySetup{.securityPolicy = 0x24, ...}, secrets);
//   setup.invoke(1, Data::enumValue(0x6C), ctx);   // adds encryption: Success
//   setup.invoke(1, Data::enumValue(0x04), ctx);   // drops protections: ReadWriteDenied
//   setup.invoke(2, Data::array({Data::structure({Data::enumValue(0),
//                                                 Data::octetString(wrappedEk)})}), ctx);

#include <memory>

#include "protocol/cosem/security_setup.h"
#include "sim/server/association_secrets.h"
#include "sim/server/view_object.h"

namespace omt::sim {

class SecuritySetupObject : public ViewObject<cosem::SecuritySetup> {
public:
    explicit SecuritySetupObject(cosem::SecuritySetup setup,
                                 std::shared_ptr<AssociationSecrets> secrets = nullptr);

protected:
    DataAccessResult checkChange(std::int8_t attributeIndex,
                                 const cosem::SecuritySetup& changed) override;
    /// 1 security_activate(enum policy); 2 global_key_transfer (with secrets: errors of
    /// AssociationSecrets::transferKeys; without: ReadWriteDenied).
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;

private:
    std::shared_ptr<AssociationSecrets> m_secrets;
};

}  // namespace omt::sim

#pragma once
// The invocation counter object 0.0.43.1.0.255 (Data, class 1) of the management association:
// attribute 2 is the last invocation counter the meter accepted from the management client
// under the current global unicast key, as a double-long-unsigned (0 while none was). The DLMS
// UA's practice is that a client reads it through the public client before it opens the
// ciphered association, and starts its own counter above it. The meter alone moves it
// (AssociationSecrets::noteClientInvocationCounter); no association has the right to write it,
// as for the meter's other read-only Data objects.
//
//   InvocationCounterObject ic(cosem::ObisCode(0, 0, 43, 1, 0, 255), secrets);
//   ic.get(2, std::nullopt, ctx);                             // double-long-unsigned 41

#include <memory>

#include "sim/server/association_secrets.h"
#include "sim/server/data_object.h"

namespace omt::sim {

class InvocationCounterObject : public DataObject {
public:
    InvocationCounterObject(cosem::ObisCode logicalName,
                            std::shared_ptr<const AssociationSecrets> secrets);

    /// Attribute 1 logical_name, 2 the counter (read live from the secrets).
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;

private:
    std::shared_ptr<const AssociationSecrets> m_secrets;
};

}  // namespace omt::sim

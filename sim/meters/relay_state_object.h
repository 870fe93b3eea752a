#pragma once
// The state of a load-control relay (0.n.96.3.129.255, class 1 boolean): a client may switch it
// only while the relay is in on-demand mode (its mode object 0.n.96.3.128.255 holds enum 0);
// the meter's own schedules and tariff scripts (requests without an association) always may.
//
//   RelayStateObject state(cosem::ObisCode(0, 1, 96, 3, 129, 255), modeObject);
//   state.set(2, std::nullopt, Data::boolean(true), clientCtx);   // ReadWriteDenied in mode 1
//   state.set(2, std::nullopt, Data::boolean(true), meterCtx);    // Success (no association)

#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class RelayStateObject : public AttributeTableObject {
public:
    /// `mode` (the relay's mode object, attribute 2 an enum) must outlive this object.
    RelayStateObject(cosem::ObisCode logicalName, const AttributeTableObject* mode);

    /// Attribute 2: TypeUnmatched unless boolean; ReadWriteDenied for a request of an
    /// association while the mode is not 0 (on-demand).
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;

private:
    const AttributeTableObject* m_mode;
};

}  // namespace omt::sim

#pragma once
// Register (class 3, version 0): a value with its scaler_unit, and the reset method.
//
//   RegisterObject energy(cosem::ObisCode(1, 0, 1, 8, 0, 255), Data::doubleLongUnsigned(5009),
//                         {.scaler = 0, .unit = cosem::Unit::WattHour});
//   energy.get(3, std::nullopt, ctx);          // structure{integer 0, enum 30}
//   energy.invoke(1, Data::integer(0), ctx);   // reset: value 0, same type

#include "protocol/cosem/unit.h"
#include "sim/server/cosem_object.h"

namespace omt::sim {

class RegisterObject : public CosemObject {
public:
    /// `value`'s type is the type SET accepts for attribute 2.
    RegisterObject(cosem::ObisCode logicalName, Data value, cosem::ScalerUnit scalerUnit);

    std::uint16_t classId() const override { return 3; }
    std::uint8_t version() const override { return 0; }
    std::int8_t attributeCount() const override { return 3; }
    std::int8_t methodCount() const override { return 1; }

    /// Attributes 1 logical_name, 2 value, 3 scaler_unit.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// 2: TypeUnmatched unless the value has the current value's type; 3: TypeUnmatched unless a
    /// structure{integer, enum} with a known unit; 1: ReadWriteDenied.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// Method 1 reset(data integer(0)): numbers become 0 of their type. TypeUnmatched when the
    /// parameter is present and not an integer.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    const Data& value() const { return m_value; }
    void setValue(Data value) { m_value = std::move(value); }
    const cosem::ScalerUnit& scalerUnit() const { return m_scalerUnit; }

private:
    Data m_value;
    cosem::ScalerUnit m_scalerUnit;
};

}  // namespace omt::sim

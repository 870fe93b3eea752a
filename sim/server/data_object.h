#pragma once
// Data (class 1, version 0): a logical name and one value of any type.
//
//   DataObject ldn(cosem::ObisCode(0, 0, 42, 0, 0, 255),
//                  Data::octetString(bytesOf("KAM0123456789")));
//   ldn.get(2, std::nullopt, ctx);                       // octet-string "KAM0123456789"
//   ldn.set(2, std::nullopt, Data::unsigned8(1), ctx);   // TypeUnmatched: type is fixed

#include "sim/server/cosem_object.h"

namespace omt::sim {

class DataObject : public CosemObject {
public:
    /// The value's type (and, for structures, its shape) is the type the object accepts on SET.
    DataObject(cosem::ObisCode logicalName, Data value);

    std::uint16_t classId() const override { return 1; }
    std::uint8_t version() const override { return 0; }
    std::int8_t attributeCount() const override { return 2; }
    std::int8_t methodCount() const override { return 0; }

    /// Attribute 1 logical_name, 2 value. Selective access: ScopeOfAccessViolated.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// Attribute 2 only (1: ReadWriteDenied); TypeUnmatched unless sameShape(value, current).
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// No methods: ObjectUndefined.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    const Data& value() const { return m_value; }
    /// Changes the value from the meter side (no type check).
    void setValue(Data value) { m_value = std::move(value); }

private:
    Data m_value;
};

}  // namespace omt::sim

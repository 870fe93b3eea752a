#pragma once
// A COSEM object whose attributes are plain values checked by a validator: the common base of
// the interface classes whose behaviour is "store what a valid SET brings" (script table,
// special days table, activity calendar, single action schedule, SAP assignment, register
// monitor) and of manufacturer-specific data objects with rules (CT ratio lock, Z codes).
// Subclasses add their methods by overriding invokeMethod().
//
//   AttributeTableObject mode(cosem::ObisCode(0, 1, 96, 3, 128, 255), 1, 0, 0);
//   mode.addAttribute(Data::enumValue(0), [](const Data& v) {
//       return v.type() == dlms::DataType::Enum ? DataAccessResult::Success
//                                               : DataAccessResult::TypeUnmatched;
//   });
//   mode.set(2, std::nullopt, Data::enumValue(1), ctx);   // Success, value now enum 1
//
// Attribute 1 (logical_name) is always there and never written; attributes 2.. are added in
// order. An attribute without a validator is read-only (ReadWriteDenied on SET).

#include <functional>
#include <vector>

#include "protocol/cosem/cosem_error.h"
#include "sim/server/cosem_object.h"

namespace omt::sim {

/// Checks a new attribute value (and may apply side effects only when it returns Success).
/// Returns Success to take the value, or the data-access-result that refuses it.
using AttributeValidator = std::function<DataAccessResult(const Data& value)>;

/// The data-access-result of a COSEM view failure: WrongType, WrongElementCount and BadLength
/// are TypeUnmatched (the value has the wrong shape), UnknownAttribute is ObjectUndefined, every
/// other failure (UnknownEnum, ValueOutOfRange, BadDateTime ...) is OtherReason.
DataAccessResult accessResultOf(const cosem::CosemFailure& failure);
/// The action-result of a COSEM view failure, mapped as accessResultOf() does.
ActionResult actionResultOf(const cosem::CosemFailure& failure);

/// A validator that accepts what View::fromData(value) accepts.
/// Example: viewValidator<cosem::SpecialDaysEntries>().
template <class View>
AttributeValidator viewValidator() {
    return [](const Data& value) {
        auto view = View::fromData(value);
        return view ? DataAccessResult::Success : accessResultOf(view.error());
    };
}

class AttributeTableObject : public CosemObject {
public:
    AttributeTableObject(cosem::ObisCode logicalName, std::uint16_t classId, std::uint8_t version,
                         std::int8_t methodCount = 0);

    std::uint16_t classId() const override { return m_classId; }
    std::uint8_t version() const override { return m_version; }
    std::int8_t attributeCount() const override {
        return static_cast<std::int8_t>(m_attributes.size() + 1);
    }
    std::int8_t methodCount() const override { return m_methodCount; }

    /// Adds the next attribute (2, 3, ...) with its initial value; returns its index.
    std::int8_t addAttribute(Data initial, AttributeValidator validator = {});

    /// Attribute 1 logical_name, the others as stored. Selective access: ScopeOfAccessViolated.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// ObjectUndefined (no such attribute), ReadWriteDenied (logical_name or no validator),
    /// ScopeOfAccessViolated (selective access), else what the validator says.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// ObjectUndefined outside 1..methodCount(), else invokeMethod().
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// The stored value of attribute `index` (2..), or nullptr.
    const Data* attribute(std::int8_t index) const;
    /// Replaces a stored value from the meter side (no validation); false for a bad index.
    bool setAttributeValue(std::int8_t index, Data value);

protected:
    /// Called after attribute `index` changed (by a SET or setAttributeValue()); lets a subclass
    /// drop what it derived from the old value.
    virtual void attributeChanged(std::int8_t /*index*/) {}
    /// Method `methodIndex` (already checked to be in 1..methodCount()). Default: OtherReason.
    virtual Expected<std::optional<Data>, ActionResult> invokeMethod(
        std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context);

private:
    struct Slot {
        Data value;
        AttributeValidator validator;
    };
    std::uint16_t m_classId;
    std::uint8_t m_version;
    std::int8_t m_methodCount;
    std::vector<Slot> m_attributes;
};

}  // namespace omt::sim

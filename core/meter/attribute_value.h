#pragma once
// One COSEM attribute value (or method invocation) addressed by class id, logical name and index:
// the unit the meter plans (tariff plan, load-control plan) are converted to and from, and what
// the safe write path reads, writes and verifies.
//
//   AttributeValue v{20, cosem::ObisCode{0, 0, 13, 0, 0, 255}, 3, seasons.toData()};
//   const AttributeValue* found = findAttribute(values, v.obis, 3);

#include <cstdint>
#include <optional>
#include <span>
#include <variant>

#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::meter {

/// The value of attribute `attribute` of object (`classId`, `obis`).
struct AttributeValue {
    std::uint16_t classId = 0;
    cosem::ObisCode obis;
    std::int8_t attribute = 0;
    dlms::Data value;
    friend bool operator==(const AttributeValue&, const AttributeValue&) = default;
};

/// A method invocation: ACTION `method` of (`classId`, `obis`) with `parameter`.
struct MethodCall {
    std::uint16_t classId = 0;
    cosem::ObisCode obis;
    std::int8_t method = 0;
    dlms::Data parameter;
    /// Not run when the meter already holds this value, read just before (the supply switch
    /// restored to a state it may never have left).
    std::optional<AttributeValue> skipWhen;
    friend bool operator==(const MethodCall&, const MethodCall&) = default;
};

/// One step of a write sequence: SET an attribute or run an ACTION, in order.
using WriteStep = std::variant<AttributeValue, MethodCall>;

/// The first value of `values` for (`obis`, `attribute`), nullptr when there is none.
inline const AttributeValue* findAttribute(std::span<const AttributeValue> values,
                                           const cosem::ObisCode& obis, std::int8_t attribute) {
    for (const AttributeValue& v : values) {
        if (v.obis == obis && v.attribute == attribute) {
            return &v;
        }
    }
    return nullptr;
}

}  // namespace omt::meter

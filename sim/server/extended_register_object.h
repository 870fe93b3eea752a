#pragma once
// Extended register (class 4, version 0): a value with scaler_unit, status and the capture time
// of the value (e.g. the peak power P+max 1.0.1.6.0.255 and when it occurred), and reset.
//
//   ExtendedRegisterObject peak(cosem::ObisCode(1, 0, 1, 6, 0, 255),
//                               Data::doubleLongUnsigned(0), {0, cosem::Unit::Watt});
//   peak.update(Data::doubleLongUnsigned(41250), capturedAt);   // meter side
//   peak.get(5, std::nullopt, ctx);                              // octet-string(12) capturedAt
//   peak.invoke(1, Data::integer(0), ctx);                       // reset: 0, capture time now

#include "protocol/cosem/unit.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class ExtendedRegisterObject : public AttributeTableObject {
public:
    /// Status starts as unsigned 0, capture time as a date-time with every field not specified.
    ExtendedRegisterObject(cosem::ObisCode logicalName, Data value, cosem::ScalerUnit scalerUnit);

    /// Attributes 2 value (same type only), 3 scaler_unit (structure{integer, enum unit}), 4
    /// status and 5 capture_time read-only. Method 1 reset(integer 0): value 0 of its type,
    /// status 0, capture time not specified. TypeUnmatched for another parameter type.
    const Data& value() const { return *attribute(2); }
    /// The meter's new value captured at `captureTime`.
    void update(Data value, const dlms::CosemDateTime& captureTime);

protected:
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;
};

/// 0 of the same numeric type as `value` (other types unchanged).
Data zeroOfType(const Data& value);

}  // namespace omt::sim

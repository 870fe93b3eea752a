#pragma once
// Demand register (class 5, version 0): the average of a quantity over a sliding period (e.g.
// P+ demand 1.0.1.4.0.255), the last completed average, period and number of periods, and the
// reset / next_period methods.
//
//   DemandRegisterObject demand(cosem::ObisCode(1, 0, 1, 4, 0, 255), Data::doubleLongUnsigned(0),
//                               {0, cosem::Unit::Watt}, 900);
//   demand.update(Data::doubleLongUnsigned(12000), Data::doubleLongUnsigned(11800), now, start);
//   demand.set(8, std::nullopt, Data::doubleLongUnsigned(1800), ctx);   // period 30 min
//   demand.set(8, std::nullopt, Data::doubleLongUnsigned(0), ctx);      // OtherReason

#include "protocol/cosem/unit.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class DemandRegisterObject : public AttributeTableObject {
public:
    DemandRegisterObject(cosem::ObisCode logicalName, Data value, cosem::ScalerUnit scalerUnit,
                         std::uint32_t period);

    /// Attributes 2 current_average_value, 3 last_average_value, 4 scaler_unit, 5 status,
    /// 6 capture_time, 7 start_time_current (read-only), 8 period (double-long-unsigned > 0),
    /// 9 number_of_periods (long-unsigned >= 1). Methods 1 reset(integer 0): both averages 0;
    /// 2 next_period(integer 0): the current average becomes the last one.
    std::uint32_t period() const;
    /// The meter's new averages.
    void update(Data current, Data last, const dlms::CosemDateTime& captureTime,
                const dlms::CosemDateTime& startTimeCurrent);

protected:
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;
};

}  // namespace omt::sim

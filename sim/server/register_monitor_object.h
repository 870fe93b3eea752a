#pragma once
// Register monitor (class 21, version 0): thresholds on a monitored value and the scripts run
// when the value crosses them.
//
//   RegisterMonitorObject monitor(ln, {{Data::doubleLongUnsigned(50000)}},
//                                 {3, cosem::ObisCode(1, 0, 1, 7, 0, 255), 2}, {{up, down}});
//   monitor.set(2, std::nullopt, Data::array({Data::structure({})}), ctx);   // TypeUnmatched

#include "protocol/cosem/register_monitor.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class RegisterMonitorObject : public AttributeTableObject {
public:
    /// Attributes 2 thresholds, 3 monitored_value, 4 actions, writable through the views; the
    /// actions must have one action_set per threshold (OtherReason otherwise).
    RegisterMonitorObject(cosem::ObisCode logicalName, cosem::Thresholds thresholds,
                          cosem::ValueDefinition monitored, cosem::RegisterMonitorActions actions);
};

}  // namespace omt::sim

#pragma once
// Register monitor (class 21, version 0): thresholds on a monitored value and the scripts run
// when the value crosses them.
//
//   RegisterMonitorObject monitor(ln, {{Data::doubleLongUnsigned(50000)}},
//                                 {3, cosem::ObisCode(1, 0, 1, 7, 0, 255), 2}, {{up, down}});
//   monitor.set(2, std::nullopt, Data::array({Data::structure({})}), ctx);   // TypeUnmatched
//   monitor.evaluate(ctx);   // reads 1.0.1.7.0.255/2, runs `up` when it rose above 50000
//
// Evaluation (Blue Book class 21): the monitored attribute is read from the directory and
// compared with each threshold; when the value has crossed a threshold upwards since the last
// evaluation (from <= threshold to > threshold) the threshold's action_up script runs, when it
// has crossed downwards its action_down. The first evaluation has no previous value: it runs,
// for every threshold, the action of the side the value is on, so what the scripts drive starts
// consistent. A value that cannot be read or is not a number runs nothing (and is forgotten).

#include <optional>

#include "protocol/cosem/register_monitor.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class RegisterMonitorObject : public AttributeTableObject {
public:
    /// Attributes 2 thresholds, 3 monitored_value, 4 actions, writable through the views; the
    /// actions must have one action_set per threshold (OtherReason otherwise).
    RegisterMonitorObject(cosem::ObisCode logicalName, cosem::Thresholds thresholds,
                          cosem::ValueDefinition monitored, cosem::RegisterMonitorActions actions);

    /// Reads the monitored value and runs the scripts of the thresholds it crossed (see the
    /// header) through the script tables of context.directory. Returns the number of scripts
    /// run; a script that fails or does not exist is skipped.
    int evaluate(RequestContext& context);

private:
    std::optional<double> m_last;
};

/// The numeric value of a Data of an integer, enum, boolean or floating-point type.
std::optional<double> numericValueOf(const Data& value);

}  // namespace omt::sim

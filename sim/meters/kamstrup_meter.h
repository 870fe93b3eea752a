#pragma once
// The two Kamstrup meter models behind VirtualMeter::create: the object model of the OBIS plan
// (sim/README.md, "Object model"), filled from a deterministic LoadModel, with the
// meter's rules (CT ratio lock, display list rules, Z-code write rules, load profile periods)
// and the state file.
//
//   auto meter = createKamstrupMeter(options);   // what VirtualMeter::create returns

#include <memory>

#include "sim/meters/virtual_meter.h"

namespace omt::sim {

/// Days of 15-minute history generated at the first start (no state file yet).
inline constexpr int kHistoryDays = 120;

/// Builds an OMNIPOWER CT or OMNIA e-meter; see VirtualMeter::create for the errors.
Expected<std::unique_ptr<VirtualMeter>, MeterFailure> createKamstrupMeter(
    const VirtualMeterOptions& options);

}  // namespace omt::sim

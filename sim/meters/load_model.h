#pragma once
// The deterministic consumption of a virtual meter: what flowed through it in any interval, as
// a pure function of the seed, the meter model and the time, so that history generated at
// start-up, the loggers filled while the meter runs and the energy registers always agree
// (every register is the sum of the intervals since the meter's installation).
//
//   LoadModel model(MeterModel::OmnipowerCt, 42);
//   IntervalEnergy e = model.interval(start, 900);   // Wh of A+, A-, R+, R- in [start, start+900)
//   Instantaneous now = model.instantaneous(t);      // U, I, P per phase, frequency ...
//
// Shapes (ours, plausible rather than measured): a base load, a daily profile (commercial
// working hours for the OMNIPOWER CT, morning and evening peaks for the OMNIA household), a
// weekend reduction, a seasonal factor (more in winter), photovoltaic production around noon
// that grows in summer and is exported when it exceeds the load, and +-15 % noise from the seed.
// Local time for the shapes is UTC+1.

#include <array>
#include <chrono>
#include <cstdint>

#include "sim/meters/virtual_meter.h"

namespace omt::sim {

/// Energy of one interval in Wh (varh for reactive): A+, A-, R+, R-.
struct IntervalEnergy {
    std::array<std::uint32_t, 4> wh{};
    std::uint32_t apparentImport = 0;  ///< S+ (VAh)
    std::uint32_t apparentExport = 0;  ///< S- (VAh)
};

/// Instantaneous values at one moment.
struct Instantaneous {
    std::array<double, 3> voltage{};         ///< V per phase
    std::array<double, 3> current{};         ///< A per phase
    std::array<double, 3> activeImport{};    ///< W per phase (P+)
    std::array<double, 3> reactiveImport{};  ///< var per phase (Q+)
    std::array<double, 3> apparent{};        ///< VA per phase
    std::array<double, 3> powerFactor{};
    std::array<double, 3> thdVoltage{};  ///< %
    std::array<double, 3> thdCurrent{};  ///< %
    double frequency = 50.0;
    double activeImportTotal = 0.0;  ///< W
};

class LoadModel {
public:
    LoadModel(MeterModel model, std::uint64_t seed) : m_model(model), m_seed(seed) {}

    /// Net active power (W, negative = export) averaged over [start, start + period).
    double netPower(std::chrono::sys_seconds start, std::uint32_t period) const;
    /// The energies of [start, start + period).
    IntervalEnergy interval(std::chrono::sys_seconds start, std::uint32_t period) const;
    /// Instantaneous values at `t`.
    Instantaneous instantaneous(std::chrono::sys_seconds t) const;
    /// A number in [0, 1) from the seed and two keys (deterministic).
    double noise(std::uint64_t a, std::uint64_t b) const;

private:
    double consumption(std::chrono::sys_seconds t) const;
    double production(std::chrono::sys_seconds t) const;
    MeterModel m_model;
    std::uint64_t m_seed;
};

}  // namespace omt::sim

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
//
// Power quality (instantaneous values): voltages 229..233 V and voltage THD 1.5..3 % normally;
// in a few 10-minute windows, drawn from the seed, one phase sags to 195..205 V (about 1 window
// in 25), swells to 254..258 V (1 in 30), has 8.5..10 % THD (1 in 40) or is missing, 0 V (1 in
// 150). A sag of one phase is also a voltage unbalance. disturbanceAt() tells which.
// Individual harmonics 2..15 follow the THD of each phase (see Instantaneous).

#include <array>
#include <chrono>
#include <cstdint>
#include <utility>

#include "sim/meters/virtual_meter.h"

namespace omt::sim {

/// Energy of one interval in Wh (varh for reactive): A+, A-, R+, R-.
struct IntervalEnergy {
    std::array<std::uint32_t, 4> wh{};
    std::uint32_t apparentImport = 0;  ///< S+ (VAh)
    std::uint32_t apparentExport = 0;  ///< S- (VAh)
};

/// A power-quality disturbance of the instantaneous values.
enum class Disturbance { None, Sag, Swell, HighThd, PhaseMissing };
/// Length of the windows disturbances are drawn for.
inline constexpr std::int64_t kDisturbanceWindow = 600;

/// Individual harmonics modelled: 2..kHighestHarmonic (none above).
inline constexpr std::size_t kHighestHarmonic = 15;
inline constexpr std::size_t kHarmonicCount = kHighestHarmonic - 1;

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
    /// RMS of harmonics 2..15 per phase ([phase][h - 2]), V and A. The spectrum has the odd
    /// harmonics of household and workshop loads (3, 5, 7 strongest), and is scaled so that
    /// sqrt(sum of squares) / fundamental = the THD of the phase (the THD is therefore the THD
    /// up to the 15th harmonic). The fundamental is rms / sqrt(1 + THD^2).
    std::array<std::array<double, kHarmonicCount>, 3> voltageHarmonics{};
    std::array<std::array<double, kHarmonicCount>, 3> currentHarmonics{};
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
    /// The disturbance in force at `t` (constant over each kDisturbanceWindow) and the phase
    /// (0..2) it affects.
    std::pair<Disturbance, std::size_t> disturbanceAt(std::chrono::sys_seconds t) const;
    /// A number in [0, 1) from the seed and two keys (deterministic).
    double noise(std::uint64_t a, std::uint64_t b) const;

private:
    double consumption(std::chrono::sys_seconds t) const;
    double production(std::chrono::sys_seconds t) const;
    MeterModel m_model;
    std::uint64_t m_seed;
};

}  // namespace omt::sim

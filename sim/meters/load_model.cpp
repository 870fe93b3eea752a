#include "sim/meters/load_model.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace omt::sim {

namespace {
std::uint64_t splitMix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

constexpr std::int64_t kLocalOffset = 3600;  // shapes in UTC+1

double hourOfDay(std::chrono::sys_seconds t) {
    const std::int64_t s = (t.time_since_epoch().count() + kLocalOffset) % 86400;
    return static_cast<double>(s < 0 ? s + 86400 : s) / 3600.0;
}
/// 0 = Monday .. 6 = Sunday.
int weekdayOf(std::chrono::sys_seconds t) {
    const auto day = std::chrono::floor<std::chrono::days>(t + std::chrono::seconds{kLocalOffset});
    return static_cast<int>(std::chrono::weekday{day}.iso_encoding()) - 1;
}
/// Day of year 0..365 (approximately, from the epoch).
double dayOfYear(std::chrono::sys_seconds t) {
    const double days = static_cast<double>(t.time_since_epoch().count()) / 86400.0;
    return std::fmod(days, 365.2425);
}
/// 1 in mid-winter, -1 in mid-summer.
double winterness(std::chrono::sys_seconds t) {
    return std::cos(2.0 * std::numbers::pi * (dayOfYear(t) - 15.0) / 365.2425);
}
double bump(double h, double centre, double width) {
    const double x = (h - centre) / width;
    return std::exp(-x * x);
}
}  // namespace

double LoadModel::noise(std::uint64_t a, std::uint64_t b) const {
    const std::uint64_t x = splitMix(m_seed ^ splitMix(a * 31 + b));
    return static_cast<double>(x >> 11) / 9007199254740992.0;
}

double LoadModel::consumption(std::chrono::sys_seconds t) const {
    const double h = hourOfDay(t);
    const bool weekend = weekdayOf(t) >= 5;
    const double season = 1.0 + 0.2 * winterness(t);
    if (m_model == MeterModel::OmnipowerCt) {
        // a workshop / office building: 18 kW base (12 kW at weekends), working hours 07-18
        double p = weekend ? 12000.0 : 18000.0;
        if (!weekend) {
            p += 42000.0 * (bump(h, 10.0, 2.5) + bump(h, 15.0, 2.5)) * 0.8;
        } else {
            p += 6000.0 * bump(h, 12.0, 3.0);
        }
        return p * season;
    }
    // a household: 300 W base, morning and evening peaks
    double p = 300.0 + 900.0 * bump(h, 7.0, 1.0) + 1700.0 * bump(h, 18.5, 1.8);
    if (weekend) {
        p += 500.0 * bump(h, 12.0, 2.5);
    }
    return p * season;
}

double LoadModel::production(std::chrono::sys_seconds t) const {
    const double h = hourOfDay(t);
    const double summer = 0.55 - 0.45 * winterness(t);  // 0.1 in winter .. 1 in summer
    const double peak = m_model == MeterModel::OmnipowerCt ? 70000.0 : 4000.0;
    if (h < 5.0 || h > 21.0) {
        return 0.0;
    }
    return peak * summer * std::max(0.0, std::sin(std::numbers::pi * (h - 5.0) / 16.0));
}

double LoadModel::netPower(std::chrono::sys_seconds start, std::uint32_t period) const {
    const auto mid = start + std::chrono::seconds{period / 2};
    const auto key = static_cast<std::uint64_t>(start.time_since_epoch().count());
    const double load = consumption(mid) * (0.85 + 0.3 * noise(key, 1));
    const double sun = production(mid) * (0.7 + 0.3 * noise(key / 86400, 2));  // cloudy days
    return load - sun;
}

IntervalEnergy LoadModel::interval(std::chrono::sys_seconds start, std::uint32_t period) const {
    const double net = netPower(start, period);
    const double hours = static_cast<double>(period) / 3600.0;
    const auto key = static_cast<std::uint64_t>(start.time_since_epoch().count());
    const double importWh = std::max(0.0, net) * hours;
    const double exportWh = std::max(0.0, -net) * hours;
    const double reactiveImport = importWh * (0.25 + 0.1 * noise(key, 3));
    const double reactiveExport = exportWh * 0.05 + (importWh == 0.0 ? 10.0 * hours : 0.0);
    IntervalEnergy e;
    e.wh = {static_cast<std::uint32_t>(std::lround(importWh)),
            static_cast<std::uint32_t>(std::lround(exportWh)),
            static_cast<std::uint32_t>(std::lround(reactiveImport)),
            static_cast<std::uint32_t>(std::lround(reactiveExport))};
    e.apparentImport = static_cast<std::uint32_t>(
        std::lround(std::hypot(static_cast<double>(e.wh[0]), static_cast<double>(e.wh[2]))));
    e.apparentExport = static_cast<std::uint32_t>(
        std::lround(std::hypot(static_cast<double>(e.wh[1]), static_cast<double>(e.wh[3]))));
    return e;
}

std::pair<Disturbance, std::size_t> LoadModel::disturbanceAt(std::chrono::sys_seconds t) const {
    const std::int64_t seconds = t.time_since_epoch().count();
    const std::int64_t q = seconds / kDisturbanceWindow;
    const auto window = static_cast<std::uint64_t>(seconds % kDisturbanceWindow < 0 ? q - 1 : q);
    const double draw = noise(window, 70);
    const auto phase = static_cast<std::size_t>(noise(window, 71) * 3) % 3;
    if (draw < 1.0 / 150) {
        return {Disturbance::PhaseMissing, phase};
    }
    if (draw < 1.0 / 150 + 1.0 / 25) {
        return {Disturbance::Sag, phase};
    }
    if (draw < 1.0 / 150 + 1.0 / 25 + 1.0 / 30) {
        return {Disturbance::Swell, phase};
    }
    if (draw < 1.0 / 150 + 1.0 / 25 + 1.0 / 30 + 1.0 / 40) {
        return {Disturbance::HighThd, phase};
    }
    return {Disturbance::None, phase};
}

Instantaneous LoadModel::instantaneous(std::chrono::sys_seconds t) const {
    Instantaneous v;
    const auto key = static_cast<std::uint64_t>(t.time_since_epoch().count());
    const double net = std::max(0.0, netPower(t - std::chrono::seconds{30}, 60));
    v.frequency = 49.95 + 0.1 * noise(key, 10);
    const std::array<double, 3> share = {0.36, 0.31, 0.33};
    for (std::size_t p = 0; p < 3; ++p) {
        v.voltage[p] = 229.0 + 4.0 * noise(key, 20 + p);
        v.powerFactor[p] = 0.93 + 0.05 * noise(key, 30 + p);
        v.activeImport[p] = net * share[p];
        v.apparent[p] = v.activeImport[p] / v.powerFactor[p];
        v.reactiveImport[p] = std::sqrt(
            std::max(0.0, v.apparent[p] * v.apparent[p] - v.activeImport[p] * v.activeImport[p]));
        v.current[p] = v.apparent[p] / v.voltage[p];
        v.thdVoltage[p] = 1.5 + 1.5 * noise(key, 40 + p);
        v.thdCurrent[p] = 4.0 + 8.0 * noise(key, 50 + p);
        v.activeImportTotal += v.activeImport[p];
    }
    const auto [disturbance, phase] = disturbanceAt(t);
    const double depth = noise(key / kDisturbanceWindow, 72);
    switch (disturbance) {
        case Disturbance::Sag:
            v.voltage[phase] = 195.0 + 10.0 * depth;
            break;
        case Disturbance::Swell:
            v.voltage[phase] = 254.0 + 4.0 * depth;
            break;
        case Disturbance::HighThd:
            v.thdVoltage[phase] = 8.5 + 1.5 * depth;
            break;
        case Disturbance::PhaseMissing:
            v.activeImportTotal -= v.activeImport[phase];
            v.voltage[phase] = 0.0;
            v.current[phase] = 0.0;
            v.activeImport[phase] = 0.0;
            v.reactiveImport[phase] = 0.0;
            v.apparent[phase] = 0.0;
            v.thdVoltage[phase] = 0.0;
            v.thdCurrent[phase] = 0.0;
            break;
        case Disturbance::None:
            break;
    }
    if (disturbance == Disturbance::Sag || disturbance == Disturbance::Swell) {
        v.current[phase] = v.apparent[phase] / v.voltage[phase];
    }
    // Relative spectra (3rd, 5th, 7th strongest; even harmonics small), +-20 % per harmonic from
    // the seed, scaled to the THD.
    constexpr std::array<double, kHarmonicCount> kVoltageShape = {
        0.10, 0.50, 0.05, 0.60, 0.03, 0.40, 0.02, 0.15, 0.02, 0.25, 0.01, 0.20, 0.01, 0.08};
    constexpr std::array<double, kHarmonicCount> kCurrentShape = {
        0.15, 0.80, 0.05, 0.55, 0.03, 0.35, 0.02, 0.20, 0.02, 0.15, 0.01, 0.12, 0.01, 0.06};
    const auto spectrum = [&](const std::array<double, kHarmonicCount>& shape, double rms,
                              double thd, std::uint64_t salt) {
        std::array<double, kHarmonicCount> out{};
        double norm = 0.0;
        for (std::size_t h = 0; h < kHarmonicCount; ++h) {
            out[h] = shape[h] * (0.8 + 0.4 * noise(key / 60, salt + h));
            norm += out[h] * out[h];
        }
        norm = std::sqrt(norm);
        const double ratio = thd / 100.0;
        const double fundamental = rms / std::sqrt(1.0 + ratio * ratio);
        for (double& x : out) {
            x = norm > 0.0 ? fundamental * ratio * x / norm : 0.0;
        }
        return out;
    };
    for (std::size_t p = 0; p < 3; ++p) {
        v.voltageHarmonics[p] =
            spectrum(kVoltageShape, v.voltage[p], v.thdVoltage[p], 400 + 20 * p);
        v.currentHarmonics[p] =
            spectrum(kCurrentShape, v.current[p], v.thdCurrent[p], 500 + 20 * p);
    }
    return v;
}

}  // namespace omt::sim

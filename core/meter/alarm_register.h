#pragma once
// The alarm register (0.0.97.98.0.255, class 1, double-long-unsigned): what each bit means, for
// the virtual meters that keep it and the GUI that shows it.
//
//   bit 0 cover opened, bit 1 magnetic influence      latched tamper alarms: set by the event,
//                                                     cleared only by a management write
//   bit 2 voltage sag, 3 swell, 4 THD over limit,     live: the conditions now (EN 50160
//   5 voltage unbalance, 6 phase missing              thresholds)
//
//   if (bits & alarmMask(AlarmBit::CoverOpened)) ...     // isTamper(AlarmBit::CoverOpened)

#include <cstdint>

#include "protocol/cosem/obis.h"

namespace omt::meter {

inline constexpr cosem::ObisCode kAlarmRegisterLn{0, 0, 97, 98, 0, 255};

enum class AlarmBit : std::uint8_t {
    CoverOpened = 0,
    MagneticInfluence = 1,
    VoltageSag = 2,
    VoltageSwell = 3,
    ThdOverLimit = 4,
    VoltageUnbalance = 5,
    PhaseMissing = 6,
};
/// "cover-opened", "magnetic-influence", "voltage-sag", "voltage-swell", "thd-over-limit",
/// "voltage-unbalance", "phase-missing"; "unknown" for any other value.
const char* nameOf(AlarmBit bit);

/// The register bit of `bit`: alarmMask(AlarmBit::VoltageSag) == 0x04.
constexpr std::uint32_t alarmMask(AlarmBit bit) {
    return std::uint32_t(1) << static_cast<unsigned>(bit);
}
/// The latched tamper bits (0, 1) and the live power-quality bits (2..6).
inline constexpr std::uint32_t kLatchedAlarmMask =
    alarmMask(AlarmBit::CoverOpened) | alarmMask(AlarmBit::MagneticInfluence);
inline constexpr std::uint32_t kLiveAlarmMask = 0x7C;

/// True for the latched tamper alarms (cover opened, magnetic influence).
constexpr bool isTamper(AlarmBit bit) {
    return (alarmMask(bit) & kLatchedAlarmMask) != 0;
}

}  // namespace omt::meter

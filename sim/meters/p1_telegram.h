#pragma once
// The HAN port of the OMNIA e-meter: a DSMR 5.0.2 P1 telegram built from the meter's own objects,
// as the meter sends it every second (115200 baud 8N1, unencrypted).
//
//   /KAM5OMNIA71234567
//
//   1-3:0.2.8(50)
//   0-0:1.0.0(261121193400W)
//   0-0:96.1.1(3731323334353637)
//   1-0:1.8.1(004521.337*kWh)
//   ...
//   !6A3F
//
// The CRC is CRC-16/ARC (polynomial 0xA001 reflected, initial value 0) over every character from
// '/' to '!' inclusive, as four upper-case hex digits. Values come from the registers of the
// object directory (scaled by their scaler_unit); a register the meter lacks is left out.
// "P1 Lite" (type number X9 = 1) sends the identification, time, energy registers and tariff
// only; "P1" (X9 = 2) adds power, voltages, currents and the power quality counters.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "sim/server/object_directory.h"

namespace omt::sim {

enum class P1Variant { Lite, Full };

/// CRC-16/ARC of `text`. Example: p1Crc("123456789") == 0xBB3D.
std::uint16_t p1Crc(std::string_view text);

/// The telegram for the meter whose objects are `directory`, at local time `localTime` (the
/// meter's clock, with `summerTime` for the DST letter), identified by `identification` (the
/// text after "/", e.g. "KAM5OMNIA71234567") and `equipmentId` (the serial number).
std::string buildP1Telegram(const ObjectDirectory& directory, P1Variant variant,
                            std::chrono::local_seconds localTime, bool summerTime,
                            std::string_view identification, std::string_view equipmentId);

}  // namespace omt::sim

#pragma once
// Serial line parameters. IEC 62056-21 starts every optical session at 300 baud 7E1 and may
// switch to a higher speed (and, for mode E with HDLC, to 8N1) after the identification message.
//
//   LineSettings s;                                    // 300 baud 7E1
//   s = LineSettings{9600, 8, Parity::None, StopBits::One};
//   transport.setLineSettings(s);

#include <chrono>
#include <cstdint>

namespace omt::link {

enum class Parity { None, Even };
enum class StopBits { One, Two };

struct LineSettings {
    std::int32_t baud = 300;
    int dataBits = 7;  ///< 7 or 8
    Parity parity = Parity::Even;
    StopBits stopBits = StopBits::One;

    /// True when the values can be put on a UART: baud > 0 and 7 or 8 data bits.
    bool isValid() const { return baud > 0 && (dataBits == 7 || dataBits == 8); }

    /// Bits on the wire per character: start + data + parity + stop. 7E1 gives 10.
    int bitsPerCharacter() const {
        return 1 + dataBits + (parity == Parity::None ? 0 : 1) +
               (stopBits == StopBits::One ? 1 : 2);
    }

    /// Time one character takes on the line: 300 baud 7E1 gives 33333 us. Zero when invalid.
    std::chrono::microseconds characterTime() const {
        if (baud <= 0) {
            return std::chrono::microseconds{0};
        }
        return std::chrono::microseconds{std::int64_t{bitsPerCharacter()} * 1'000'000 / baud};
    }

    friend bool operator==(const LineSettings& a, const LineSettings& b) = default;
};

}  // namespace omt::link

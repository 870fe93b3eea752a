#include "protocol/hdlc/crc16.h"

#include <array>

namespace omt::hdlc {

namespace {

constexpr std::uint16_t kReflectedPoly = 0x8408;

constexpr std::array<std::uint16_t, 256> makeTable() {
    std::array<std::uint16_t, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned crc = i;
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) != 0 ? (crc >> 1) ^ kReflectedPoly : crc >> 1;
        }
        table[i] = static_cast<std::uint16_t>(crc);
    }
    return table;
}

constexpr std::array<std::uint16_t, 256> kTable = makeTable();

}  // namespace

std::uint16_t crc16X25(ByteView data) {
    unsigned crc = 0xFFFF;
    for (const std::uint8_t b : data) {
        crc = (crc >> 8) ^ kTable[(crc ^ b) & 0xFFU];
    }
    return static_cast<std::uint16_t>(crc ^ 0xFFFFU);
}

void appendCrc16X25(Bytes& out, std::size_t from) {
    const std::uint16_t crc = crc16X25(ByteView(out).subspan(from));
    out.push_back(static_cast<std::uint8_t>(crc & 0xFFU));
    out.push_back(static_cast<std::uint8_t>(crc >> 8));
}

}  // namespace omt::hdlc

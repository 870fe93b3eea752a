#include "protocol/hdlc/address.h"

#include <array>
#include <string>

namespace omt::hdlc {

bool Address::isAllStation() const {
    return size == AddressSize::Four ? upper == kAllStation14 : upper == kAllStation7;
}

Expected<void, HdlcFailure> encodeAddress(const Address& address, ByteWriter& out) {
    const auto put7 = [&out](std::uint16_t v, bool last) {
        out.u8(static_cast<std::uint8_t>(((v & 0x7FU) << 1) | (last ? 1U : 0U)));
    };
    switch (address.size) {
        case AddressSize::One:
            if (address.upper > 0x7F || address.lower != 0) {
                return HdlcFailure{HdlcError::InvalidAddress, out.size(),
                                   "one-byte address value " + std::to_string(address.upper)};
            }
            put7(address.upper, true);
            return {};
        case AddressSize::Two:
            if (address.upper > 0x7F || address.lower > 0x7F) {
                return HdlcFailure{HdlcError::InvalidAddress, out.size(),
                                   "two-byte address part above 0x7F"};
            }
            put7(address.upper, false);
            put7(address.lower, true);
            return {};
        case AddressSize::Four:
            if (address.upper > 0x3FFF || address.lower > 0x3FFF) {
                return HdlcFailure{HdlcError::InvalidAddress, out.size(),
                                   "four-byte address part above 0x3FFF"};
            }
            put7(static_cast<std::uint16_t>(address.upper >> 7), false);
            put7(address.upper, false);
            put7(static_cast<std::uint16_t>(address.lower >> 7), false);
            put7(address.lower, true);
            return {};
    }
    return HdlcFailure{HdlcError::InvalidAddress, out.size(), "address size"};
}

Expected<Address, HdlcFailure> decodeAddress(ByteReader& in) {
    const std::size_t start = in.offset();
    std::array<std::uint8_t, 4> raw{};
    std::size_t n = 0;
    while (true) {
        if (n == raw.size()) {
            return HdlcFailure{HdlcError::AddressTooLong, start, "no end mark within 4 bytes"};
        }
        const auto b = in.u8();
        if (!b) {
            return HdlcFailure{HdlcError::Truncated, in.offset(), "address field"};
        }
        raw[n++] = *b;
        if ((*b & 1U) != 0) {
            break;
        }
    }
    const auto v = [&raw](std::size_t i) { return static_cast<std::uint16_t>(raw[i] >> 1); };
    switch (n) {
        case 1:
            return Address{v(0), 0, AddressSize::One};
        case 2:
            return Address{v(0), v(1), AddressSize::Two};
        case 4:
            return Address{static_cast<std::uint16_t>((v(0) << 7) | v(1)),
                           static_cast<std::uint16_t>((v(2) << 7) | v(3)), AddressSize::Four};
        default:
            return HdlcFailure{HdlcError::InvalidAddress, start, "three-byte address field"};
    }
}

}  // namespace omt::hdlc

#pragma once
// HDLC addresses of IEC 62056-46 (frame format type 3).
//
// Each address byte carries 7 address bits in bits 7..1; bit 0 is the extension bit, 1 on the
// last byte of the field. The field is 1, 2 or 4 bytes long:
//   1 byte   upper address only (a client SAP, or a server logical device)    e.g. 0x10 -> 21
//   2 bytes  server: upper (logical device) 7 bits + lower (physical device) 7 bits
//   4 bytes  server: upper 14 bits in 2 bytes + lower 14 bits in 2 bytes
//
//   Address::client(kPublicClient)            -> 21
//   Address::server(kManagementLogicalDevice) -> 03
//   Address::server(1, 0x11)                  -> 02 23
//   Address::server(1, 0x11, AddressSize::Four) -> 00 02 00 23

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

/// Reserved address values (IEC 62056-46 / Green Book "Reserved special HDLC addresses").
inline constexpr std::uint16_t kNoStation = 0x00;                ///< no-station (any size)
inline constexpr std::uint16_t kManagementLogicalDevice = 0x01;  ///< upper: management LD
inline constexpr std::uint16_t kPublicClient = 0x10;             ///< client SAP: public client
inline constexpr std::uint16_t kAllStation7 = 0x7F;              ///< broadcast, 7-bit value
inline constexpr std::uint16_t kAllStation14 = 0x3FFF;           ///< broadcast, 14-bit value
inline constexpr std::uint16_t kCallingPhysical7 = 0x7E;         ///< lower: calling device, 7-bit
inline constexpr std::uint16_t kCallingPhysical14 = 0x3FFE;      ///< lower: calling device, 14-bit

/// Number of bytes of an address field on the wire.
enum class AddressSize : std::uint8_t { One = 1, Two = 2, Four = 4 };

/// An HDLC address value. `lower` is meaningful only for two- and four-byte addresses and is 0
/// in a one-byte address. Comparison is by value and size, so a decoded address compares equal
/// only to the same encoding.
struct Address {
    std::uint16_t upper = kNoStation;  ///< client SAP, or server logical device (upper HDLC addr)
    std::uint16_t lower = 0;           ///< server physical device (lower HDLC address)
    AddressSize size = AddressSize::One;

    /// A one-byte client address (SAP 0..0x7F). Example: client(kPublicClient) encodes as 21.
    static constexpr Address client(std::uint16_t sap) { return {sap, 0, AddressSize::One}; }
    /// A one-byte server address of a logical device only. Example: server(1) encodes as 03.
    static constexpr Address server(std::uint16_t logical) {
        return {logical, 0, AddressSize::One};
    }
    /// A server address with a physical device part; the size is the smallest that holds both
    /// values (Two when both are below 0x80, else Four) unless given. Example: server(1, 0x11)
    /// encodes as 02 23; server(1, 0x11, AddressSize::Four) as 00 02 00 23.
    static constexpr Address server(std::uint16_t logical, std::uint16_t physical) {
        const bool small = logical <= 0x7F && physical <= 0x7F;
        return {logical, physical, small ? AddressSize::Two : AddressSize::Four};
    }
    static constexpr Address server(std::uint16_t logical, std::uint16_t physical,
                                    AddressSize fieldSize) {
        return {logical, physical, fieldSize};
    }

    /// Bytes of the field on the wire (1, 2 or 4).
    constexpr std::size_t wireSize() const { return static_cast<std::size_t>(size); }
    /// True if the upper address is the all-station (broadcast) value for this size.
    bool isAllStation() const;
    /// Same station: equal upper and lower values, whatever the field size. A meter addressed
    /// with a four-byte field may answer with the same values; the link engine compares this way.
    bool sameStation(const Address& other) const {
        return upper == other.upper && lower == other.lower;
    }

    friend bool operator==(const Address&, const Address&) = default;
};

/// Appends the address field. Errors: InvalidAddress when a value does not fit the size (7 bits
/// per part in One/Two, 14 bits in Four). Example: encodeAddress(Address::server(1, 0x11), w)
/// appends 02 23.
Expected<void, HdlcFailure> encodeAddress(const Address& address, ByteWriter& out);

/// Reads an address field: bytes up to and including the first with bit 0 set. Errors:
/// Truncated (input ends before that byte), AddressTooLong (no end mark within 4 bytes),
/// InvalidAddress (a 3-byte field). The failure offset is relative to `in`'s whole view.
/// Example: reading 00 02 00 23 gives {upper 1, lower 0x11, Four}.
Expected<Address, HdlcFailure> decodeAddress(ByteReader& in);

}  // namespace omt::hdlc

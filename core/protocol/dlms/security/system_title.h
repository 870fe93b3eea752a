#pragma once
// The 8-octet system title of a DLMS/COSEM entity. Its first 3 octets are the manufacturer's
// FLAG id in ASCII ("KAM" for Kamstrup), the other 5 a manufacturer-specific serial part.
//
//   auto st = SystemTitle::fromHex("4B414D0000BC614E");
//   st->toString();          // "KAM0000BC614E"
//   st->manufacturer();      // "KAM"
//
// With the invocation counter it forms the AES-GCM initialization vector (IV = ST || IC).

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "protocol/common/bytes.h"

namespace omt::dlms::security {

class SystemTitle {
public:
    static constexpr std::size_t kSize = 8;

    /// All zero.
    SystemTitle() = default;
    explicit SystemTitle(const std::array<std::uint8_t, kSize>& bytes) : m_bytes(bytes) {}

    /// From exactly 8 bytes; nullopt for any other size.
    static std::optional<SystemTitle> fromBytes(ByteView bytes);
    /// From 16 hex digits, e.g. "4D4D4D0000BC614E"; nullopt otherwise.
    static std::optional<SystemTitle> fromHex(std::string_view text);
    /// From a 3-letter FLAG id and a serial that fits into 5 octets (big-endian):
    /// fromFlag("KAM", 0xBC614E) -> 4B 41 4D 00 00 BC 61 4E. nullopt if the id is not three
    /// upper-case letters A-Z or the serial exceeds 40 bits.
    static std::optional<SystemTitle> fromFlag(std::string_view flagId, std::uint64_t serial);

    ByteView bytes() const { return ByteView(m_bytes.data(), m_bytes.size()); }
    const std::array<std::uint8_t, kSize>& array() const { return m_bytes; }

    /// The FLAG id ("KAM") if the first 3 octets are upper-case letters A-Z, else nullopt.
    std::optional<std::string> manufacturer() const;
    /// The 5 serial octets as 10 upper-case hex digits: "0000BC614E".
    std::string serialHex() const;
    /// "KAM0000BC614E" when the FLAG id is printable, else all 16 hex digits.
    std::string toString() const;

    friend auto operator<=>(const SystemTitle&, const SystemTitle&) = default;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

}  // namespace omt::dlms::security

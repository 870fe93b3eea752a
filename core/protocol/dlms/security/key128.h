#pragma once
// A 128-bit AES key (EK, AK, dedicated key, master key / KEK) that wipes itself.
//
//   auto ek = Key128::fromHex("000102030405060708090A0B0C0D0E0F");
//   if (!ek) return;               // wrong size or not hex
//   ek->masked();                  // "Key128(********)": the only text form there is
//
// The bytes are wiped with OPENSSL_cleanse whenever a Key128 is destroyed or overwritten, and a
// key never appears in any text output: there is no toHex(), only masked().

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "protocol/common/bytes.h"

namespace omt::dlms::security {

class Key128 {
public:
    static constexpr std::size_t kSize = 16;

    /// An all-zero key (a placeholder; DLMS never uses it on purpose).
    Key128() = default;
    /// Copies exactly 16 bytes. Example: Key128(std::array<uint8_t, 16>{...}).
    explicit Key128(const std::array<std::uint8_t, kSize>& bytes);
    Key128(const Key128& other);
    Key128& operator=(const Key128& other);
    /// Moving copies and wipes the source, so no stale key bytes remain behind.
    Key128(Key128&& other) noexcept;
    Key128& operator=(Key128&& other) noexcept;
    ~Key128();

    /// The key from exactly 16 bytes; nullopt for any other size.
    static std::optional<Key128> fromBytes(ByteView bytes);
    /// The key from 32 hex digits (separators as in omt::fromHex); nullopt otherwise.
    /// Example: Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF").
    static std::optional<Key128> fromHex(std::string_view text);

    /// The raw key bytes, for handing to OpenSSL. Never log them.
    ByteView bytes() const { return ByteView(m_bytes.data(), m_bytes.size()); }
    const std::uint8_t* data() const { return m_bytes.data(); }

    /// The masked text form for traces: "Key128(********)". Never contains key material.
    std::string masked() const;

    /// Constant-time comparison (CRYPTO_memcmp).
    friend bool operator==(const Key128& a, const Key128& b);

private:
    void wipe();

    std::array<std::uint8_t, kSize> m_bytes{};
};

}  // namespace omt::dlms::security

#pragma once
// The security control byte (SC) that opens every security header (Green Book 9.2.7.2.4.2):
//
//   bit 7 compression | bit 6 broadcast key | bit 5 encryption | bit 4 authentication |
//   bits 3..0 security suite id
//
//   auto sc = SecurityControl::parse(0x30);   // suite 0, authenticated and encrypted
//   sc.toByte();                              // 0x30
//   sc.toString();                            // "SC(30: suite 0, auth, enc)"
//   SecurityControl::authenticatedEncryption().toByte();   // 0x30

#include <cstdint>
#include <string>

namespace omt::dlms::security {

/// Which of the two protections a message carries (suite 0 always uses AES-GCM-128).
enum class Protection {
    AuthenticationOnly,       ///< SC 0x10: plaintext || GMAC tag
    EncryptionOnly,           ///< SC 0x20: ciphertext, no tag
    AuthenticatedEncryption,  ///< SC 0x30: ciphertext || tag
};

struct SecurityControl {
    std::uint8_t suiteId = 0;  ///< 0..15; only suite 0 (AES-GCM-128) is implemented
    bool authentication = false;
    bool encryption = false;
    bool broadcastKey = false;
    bool compression = false;

    static constexpr std::uint8_t kSuiteMask = 0x0F;
    static constexpr std::uint8_t kAuthenticationBit = 0x10;
    static constexpr std::uint8_t kEncryptionBit = 0x20;
    static constexpr std::uint8_t kBroadcastKeyBit = 0x40;
    static constexpr std::uint8_t kCompressionBit = 0x80;

    /// Every byte is a valid SC; whether it is supported is decided where it is used.
    static SecurityControl parse(std::uint8_t byte);
    /// Suite 0 with the bits of the given protection: 0x10, 0x20 or 0x30.
    static SecurityControl forProtection(Protection protection);
    static SecurityControl authenticatedEncryption() {
        return forProtection(Protection::AuthenticatedEncryption);
    }

    std::uint8_t toByte() const;
    /// "SC(30: suite 0, auth, enc)"; flags listed: auth, enc, broadcast, compressed.
    std::string toString() const;

    friend bool operator==(const SecurityControl&, const SecurityControl&) = default;
};

}  // namespace omt::dlms::security

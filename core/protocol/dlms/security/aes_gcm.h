#pragma once
// AES-GCM-128 as security suite 0 of DLMS/COSEM uses it (Green Book 9.2.7.2.4), on top of
// OpenSSL's EVP_aes_128_gcm.
//
//   IV  = system title (8) || invocation counter (4, big-endian)
//   SC 0x10 (authentication only):     AAD = SC || AK || P, output P || T
//   SC 0x20 (encryption only):         AAD = none,          output C
//   SC 0x30 (authenticated encryption):AAD = SC || AK,      output C || T
//   T = the first 12 octets of the GCM tag.
//
//   CipherKeys keys{*Key128::fromHex("000102..0F"), *Key128::fromHex("D0D1..DF")};
//   auto secured = protect(SecurityControl::authenticatedEncryption(), title, 0x01234567, keys,
//                          plainApdu);                        // 30 01234567 C... T...
//   auto back = unprotect(title, keys, *secured);             // {SC, IC, plaintext}

#include <array>
#include <cstdint>
#include <span>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_control.h"
#include "protocol/dlms/security/security_error.h"
#include "protocol/dlms/security/system_title.h"

namespace omt::dlms::security {

using InvocationCounter = std::uint32_t;

inline constexpr std::size_t kGcmIvSize = 12;
inline constexpr std::size_t kDlmsTagSize = 12;             ///< suite 0 truncates tags to 96 bits
inline constexpr std::size_t kSecurityHeaderSize = 5;       ///< SC (1) || IC (4)
inline constexpr std::size_t kMaxProtectedSize = 1u << 24;  ///< far above any DLMS APDU

/// The block cipher key (EK: global unicast, or the dedicated key) and the authentication key.
struct CipherKeys {
    Key128 ek;
    Key128 ak;
};

/// IV = system title || IC (big-endian): 12 bytes.
std::array<std::uint8_t, kGcmIvSize> makeIv(const SystemTitle& title, InvocationCounter ic);

struct GcmOutput {
    Bytes ciphertext;
    Bytes tag;
};

/// Plain AES-128-GCM encryption. `iv` must be 12 bytes, `tagSize` 4, 8 or 12..16; the AAD is the
/// concatenation of `aadParts` (fed to OpenSSL piece by piece, never copied).
/// Errors: BadLength (IV, tag size, or input over kMaxProtectedSize), CryptoFailure.
/// Example (McGrew-Viega test case 2): gcmEncrypt(zeroKey, zeroIv, {}, zero16, 16)
///   -> C 0388DACE..., T AB6E47D4...
Expected<GcmOutput, SecurityFailure> gcmEncrypt(const Key128& key, ByteView iv,
                                                std::span<const ByteView> aadParts,
                                                ByteView plaintext, std::size_t tagSize);

/// Plain AES-128-GCM decryption that verifies `tag` (4, 8 or 12..16 octets: a truncated tag is
/// compared on its length). Errors: AuthenticationFailed (no plaintext is returned: the buffer
/// is wiped), BadLength, CryptoFailure.
Expected<Bytes, SecurityFailure> gcmDecrypt(const Key128& key, ByteView iv,
                                            std::span<const ByteView> aadParts, ByteView ciphertext,
                                            ByteView tag);

/// Secures `plaintext` for sending: returns SC || IC || (C or P) || (T if authenticated).
/// Errors: UnsupportedSuite (suite id != 0), UnsupportedSecurityControl (compression, or neither
/// authentication nor encryption), BadLength (plaintext over kMaxProtectedSize), CryptoFailure.
/// Example: protect(SecurityControl::parse(0x30), 4D4D4D0000BC614E, 0x01234567, GB keys,
///   01 01 10 00 11 ... B0) -> 30 01234567 801302FF...BE68 41DB204D39EE6FDB8E356855.
Expected<Bytes, SecurityFailure> protect(SecurityControl sc, const SystemTitle& title,
                                         InvocationCounter ic, const CipherKeys& keys,
                                         ByteView plaintext);

struct Unprotected {
    SecurityControl sc;
    InvocationCounter ic = 0;
    Bytes plaintext;
};

/// Checks and removes the protection added by protect(): `secured` is SC || IC || payload,
/// `sender` the system title of whoever protected it. Errors: Truncated (shorter than the header
/// or the tag), UnsupportedSuite, UnsupportedSecurityControl, AuthenticationFailed (wrong key,
/// wrong sender title or any changed byte; never with plaintext), CryptoFailure.
/// Encryption-only messages (SC 0x20) carry no tag, so changes to them cannot be detected:
/// require authentication through SecurityContext::policy() where that matters.
Expected<Unprotected, SecurityFailure> unprotect(const SystemTitle& sender, const CipherKeys& keys,
                                                 ByteView secured);

}  // namespace omt::dlms::security

#pragma once
// AES key wrap (RFC 3394) with a 128-bit KEK, as the Security setup key_transfer method uses it
// to carry a new global key encrypted under the master key (Green Book 9.2.7.2.5).
//
//   auto kek = Key128::fromHex("000102030405060708090A0B0C0D0E0F");
//   auto key = Key128::fromHex("00112233445566778899AABBCCDDEEFF");
//   auto wrapped = wrapKey(*kek, *key);        // 1FA68B0A8112B447 AEF34BD8FB5A7B82
//   9D3E862371D2CFE5 auto back = unwrapKey(*kek, *wrapped);     // == *key

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_error.h"

namespace omt::dlms::security {

inline constexpr std::size_t kWrappedKeySize = 24;  ///< 128-bit key + 64-bit integrity block

/// Wraps `key` under `kek` with the RFC 3394 default IV (A6A6A6A6A6A6A6A6): 24 octets.
/// Errors: CryptoFailure.
Expected<Bytes, SecurityFailure> wrapKey(const Key128& kek, const Key128& key);

/// Unwraps a 24-octet wrapped key. Errors: BadKeyLength (not 24 octets), KeyUnwrapFailed (the
/// integrity check failed: wrong KEK or altered bytes; nothing is returned), CryptoFailure.
Expected<Key128, SecurityFailure> unwrapKey(const Key128& kek, ByteView wrapped);

}  // namespace omt::dlms::security

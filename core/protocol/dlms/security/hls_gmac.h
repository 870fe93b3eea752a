#pragma once
// HLS authentication mechanism 5 (HLS-GMAC, Green Book 9.2.7.4 / Table 43):
//
//   pass 1  client -> server  CtoS  (random, 8..64 octets, in the AARQ)
//   pass 2  server -> client  StoC  (random, in the AARE)
//   pass 3  client -> server  f(StoC) = SC || IC_c || GMAC(SC || AK || StoC), IV = ST_c || IC_c
//   pass 4  server -> client  f(CtoS) = SC || IC_s || GMAC(SC || AK || CtoS), IV = ST_s || IC_s
//   with SC = 0x10 (suite 0, authentication only), GMAC under the global unicast EK, 12 octets.
//
//   auto ctos = generateChallenge(16);                          // client, pass 1
//   auto fStoC = respondToChallenge(clientCtx, stocFromAare);    // client, pass 3
//   auto ok = verifyChallengeReply(clientCtx, *ctos, fCtoS);     // client, after pass 4
//
// The challenge is fresh for each association, so verification does not apply the invocation
// counter replay rule (the reply's IC is returned for the caller's records).

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/security/aes_gcm.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/security_error.h"
#include "protocol/dlms/security/system_title.h"

namespace omt::dlms::security {

inline constexpr std::size_t kMinChallengeSize = 8;
inline constexpr std::size_t kMaxChallengeSize = 64;
inline constexpr std::uint8_t kHlsGmacSecurityControl = 0x10;
inline constexpr std::size_t kHlsGmacReplySize = kSecurityHeaderSize + kDlmsTagSize;  // 17

/// `size` random octets from RAND_bytes for a CtoS/StoC challenge.
/// Errors: BadChallenge (size outside 8..64), RandomFailure.
Expected<Bytes, SecurityFailure> generateChallenge(std::size_t size = 16);

/// f(challenge) computed by the responder (client for StoC, server for CtoS) with its own title
/// and invocation counter: 10 || IC || GMAC (17 octets).
/// Errors: BadChallenge, CryptoFailure.
/// Example (Green Book): responderTitle 4D4D4D0000000001, IC 1, StoC "P6wRJ21F"
///   -> 10 00000001 1A52FE7DD3E72748973C1E28.
Expected<Bytes, SecurityFailure> computeHlsGmacReply(const SystemTitle& responderTitle,
                                                     InvocationCounter ic, const CipherKeys& keys,
                                                     ByteView challenge);

/// Checks f(challenge) sent back by `responderTitle` for the challenge we sent; the tag is
/// compared in constant time (CRYPTO_memcmp). Returns the IC the reply carried.
/// Errors: BadChallenge, Truncated / BadLength (reply not 17 octets),
/// UnsupportedSecurityControl (SC not 0x10), AuthenticationFailed, CryptoFailure.
Expected<InvocationCounter, SecurityFailure> verifyHlsGmacReply(const SystemTitle& responderTitle,
                                                                const CipherKeys& keys,
                                                                ByteView challenge, ByteView reply);

/// Our f(peerChallenge): own system title, global EK/AK, and our next invocation counter
/// (used up). Errors: as computeHlsGmacReply, plus InvocationCounterExhausted.
Expected<Bytes, SecurityFailure> respondToChallenge(SecurityContext& context,
                                                    ByteView peerChallenge);

/// Verifies the peer's f(ownChallenge) with the peer's system title and the global keys.
/// Errors: MissingSystemTitle, and those of verifyHlsGmacReply.
Expected<InvocationCounter, SecurityFailure> verifyChallengeReply(const SecurityContext& context,
                                                                  ByteView ownChallenge,
                                                                  ByteView reply);

}  // namespace omt::dlms::security

#pragma once
// Ciphered xDLMS APDUs (Green Book 9.5 / IEC 62056-5-3 xDLMS-APDU):
//
//   service-specific:  glo-xxx / ded-xxx tag || length || SC || IC || C || T
//   general-glo-ciphering (0xDB) / general-ded-ciphering (0xDC):
//                      tag || 08 || sender system title || length || SC || IC || C || T
//
// Lengths use the A-XDR/BER form: < 0x80 one byte, else 0x81 xx, 0x82 xx xx, ...
// glo- APDUs use the global unicast key, ded- APDUs the dedicated key; the service-specific
// forms take the sender's system title from the context (it came with the AARQ/AARE), the
// general forms carry it.
//
//   ctx.setInvocationCounter(0x01234567);
//   auto wire = cipherApdu(getRequest, ctx, CipheringMode::Global);   // C8 1F 30 01234567 ...
//   auto back = decipherApdu(*wireFromPeer, peerCtx);                  // {plain, sender, IC, SC}

#include <cstdint>
#include <optional>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/security/aes_gcm.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/security_control.h"
#include "protocol/dlms/security/security_error.h"
#include "protocol/dlms/security/system_title.h"

namespace omt::dlms::security {

/// Tags of the ciphering wrappers that are not tied to one service.
inline constexpr std::uint8_t kGeneralGloCipheringTag = 0xDB;
inline constexpr std::uint8_t kGeneralDedCipheringTag = 0xDC;

enum class CipheringMode {
    Global,            ///< glo-<service> tag, global unicast key
    Dedicated,         ///< ded-<service> tag, dedicated key
    GeneralGlobal,     ///< general-glo-ciphering (0xDB), global unicast key
    GeneralDedicated,  ///< general-ded-ciphering (0xDC), dedicated key
};

/// Stable kebab-case name: "global", "dedicated", "general-global", "general-dedicated".
const char* nameOf(CipheringMode mode);

/// The glo- (or ded-) tag for a plain APDU tag: 0xC0 get-request -> 0xC8 / 0xD0,
/// 0x01 initiate-request -> 0x21 / 0x41, 0x0E confirmed-service-error -> 0x2E / 0x4E.
/// nullopt for tags without a service-specific ciphered form (data-notification 0x0F,
/// exception-response 0xD8, AARQ 0x60, ...).
std::optional<std::uint8_t> cipheredTagFor(std::uint8_t plainTag, bool dedicated);

struct CipheredTagInfo {
    std::uint8_t plainTag = 0;
    bool dedicated = false;
};

/// The plain tag behind a glo-/ded- tag: 0xCC -> {0xC4, global}, 0xD4 -> {0xC4, dedicated}.
/// nullopt for anything else (including 0xDB/0xDC, which wrap any APDU).
std::optional<CipheredTagInfo> plainTagFor(std::uint8_t cipheredTag);

/// Protects `plainApdu` with the context's policy (SC 0x10/0x20/0x30), its own system title and
/// the next own invocation counter (which is then used up), and wraps it as `mode` says.
/// Errors: Truncated (empty APDU), UnknownTag (no glo-/ded- form of its tag in the
/// service-specific modes), MissingKey (dedicated modes without a dedicated key),
/// InvocationCounterExhausted, BadLength (APDU over kMaxProtectedSize), CryptoFailure.
/// No invocation counter is consumed when an error is returned.
Expected<Bytes, SecurityFailure> cipherApdu(ByteView plainApdu, SecurityContext& context,
                                            CipheringMode mode);

struct DecipheredApdu {
    Bytes plain;         ///< the xDLMS APDU that was protected
    SystemTitle sender;  ///< whose title formed the IV
    InvocationCounter ic = 0;
    SecurityControl sc;
    CipheringMode mode = CipheringMode::Global;
};

/// Unwraps and verifies a ciphered APDU received from the peer. On success the peer's
/// invocation counter is recorded as accepted; on any error the context is unchanged and no
/// plaintext is returned. Errors (offset = where in `cipheredApdu`):
///   Truncated, BadLength (length field or title length wrong, trailing bytes), UnknownTag,
///   MissingSystemTitle (service-specific form before the peer title is known),
///   SystemTitleMismatch (general form from a sender other than the known peer),
///   UnsupportedSuite, UnsupportedSecurityControl (compression, broadcast key, no protection),
///   PolicyViolation, InvocationCounterTooLow (replay), MissingKey, AuthenticationFailed,
///   ContentMismatch (the deciphered APDU is empty or not the service its tag announced).
/// While the peer title is unknown, general-ciphered APDUs from any sender are accepted (and
/// share one replay counter); set the peer title as soon as the association names it.
/// Example: decipherApdu(21 30 30 01234567 8013...6855, ctx with peer 4D4D4D0000BC614E)
///   -> plain 01 01 10 00 11 22 ... 04 B0, ic 0x01234567, sc 0x30.
Expected<DecipheredApdu, SecurityFailure> decipherApdu(ByteView cipheredApdu,
                                                       SecurityContext& context);

}  // namespace omt::dlms::security

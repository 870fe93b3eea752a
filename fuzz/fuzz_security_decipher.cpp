// Fuzzes the DLMS security suite 0 layer with every input, in two ways:
//  1. decipher: the input is a received ciphered APDU, handed to decipherApdu() with a fixed
//     client context (Green Book keys, peer 4D4D4D0000BC614E, dedicated key set, any protection
//     accepted). It must never crash; practically every input is refused with a typed error.
//  2. round trip: the input is a plain APDU, ciphered by a fixed sender and deciphered by the
//     matching receiver (mode and protection chosen from the input size). The plaintext must
//     come back unchanged, and for authenticated protections one flipped byte (position chosen
//     from the input) must be refused. Anything else traps.
#include <cstddef>
#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_context.h"

using namespace omt;
using namespace omt::dlms::security;

namespace {

const SystemTitle kServer(std::array<std::uint8_t, 8>{0x4D, 0x4D, 0x4D, 0x00, 0x00, 0xBC, 0x61,
                                                      0x4E});
const SystemTitle kClient(std::array<std::uint8_t, 8>{0x4B, 0x41, 0x4D, 0x00, 0x00, 0x00, 0x00,
                                                      0x01});

SecurityKeys testKeys() {
    return SecurityKeys{Key128({0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A,
                                0x0B, 0x0C, 0x0D, 0x0E, 0x0F}),
                        Key128({0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA,
                                0xDB, 0xDC, 0xDD, 0xDE, 0xDF}),
                        Key128({0xF0, 0xE1, 0xD2, 0xC3, 0xB4, 0xA5, 0x96, 0x87, 0x78, 0x69, 0x5A,
                                0x4B, 0x3C, 0x2D, 0x1E, 0x0F})};
}

SecurityContext makeContext(const SystemTitle& own, const SystemTitle& peer,
                            SecurityPolicy policy) {
    SecurityContext ctx(own, testKeys());
    ctx.setPeerSystemTitle(peer);
    ctx.setPolicy(policy);
    return ctx;
}

void decipherOnce(ByteView input) {
    auto client = makeContext(kClient, kServer, SecurityPolicy{false, false});
    auto result = decipherApdu(input, client);
    if (result) {
        // Accepted: the counter must have been recorded and the APDU must not be empty.
        if (result->plain.empty() || client.lastPeerInvocationCounter() != result->ic) {
            __builtin_trap();
        }
    } else if (client.lastPeerInvocationCounter().has_value()) {
        __builtin_trap();  // a refused message must leave the context unchanged
    }
}

void roundTrip(ByteView plain) {
    static constexpr CipheringMode kModes[] = {CipheringMode::Global, CipheringMode::Dedicated,
                                               CipheringMode::GeneralGlobal,
                                               CipheringMode::GeneralDedicated};
    static constexpr Protection kProtections[] = {Protection::AuthenticationOnly,
                                                  Protection::EncryptionOnly,
                                                  Protection::AuthenticatedEncryption};
    const CipheringMode mode = kModes[plain.size() % 4];
    const Protection protection = kProtections[(plain.size() / 4) % 3];
    const auto policy = SecurityPolicy::of(protection);

    auto server = makeContext(kServer, kClient, policy);
    server.setInvocationCounter(static_cast<InvocationCounter>(plain.size() * 2654435761U));
    auto wire = cipherApdu(plain, server, mode);
    if (!wire) {
        const bool specific = mode == CipheringMode::Global || mode == CipheringMode::Dedicated;
        const auto code = wire.error().code;
        const bool expected = (plain.empty() && code == SecurityError::Truncated) ||
                              (specific && code == SecurityError::UnknownTag);
        if (!expected) {
            __builtin_trap();
        }
        return;
    }
    auto client = makeContext(kClient, kServer, policy);
    auto back = decipherApdu(*wire, client);
    if (!back || back->plain.size() != plain.size() ||
        !std::equal(plain.begin(), plain.end(), back->plain.begin()) || back->mode != mode) {
        __builtin_trap();
    }
    if (protection == Protection::EncryptionOnly) {
        return;
    }
    Bytes tampered = *wire;
    const std::size_t at = plain[plain.size() / 2] * 131U % tampered.size();
    tampered[at] ^= static_cast<std::uint8_t>(plain.back() | 0x01);
    auto fresh = makeContext(kClient, kServer, policy);
    if (decipherApdu(tampered, fresh)) {
        __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    decipherOnce(input);
    if (size <= 4096) {
        roundTrip(input);
    }
    return 0;
}

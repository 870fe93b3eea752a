#include "protocol/dlms/security/hls_gmac.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <array>
#include <string>

namespace omt::dlms::security {

namespace {

Expected<void, SecurityFailure> checkChallenge(ByteView challenge) {
    if (challenge.size() < kMinChallengeSize || challenge.size() > kMaxChallengeSize) {
        return SecurityFailure{SecurityError::BadChallenge, 0,
                               "challenge of " + std::to_string(challenge.size()) + " octets"};
    }
    return {};
}

Expected<Bytes, SecurityFailure> gmacTag(const SystemTitle& title, InvocationCounter ic,
                                         const CipherKeys& keys, ByteView challenge) {
    const auto iv = makeIv(title, ic);
    const std::uint8_t sc = kHlsGmacSecurityControl;
    const std::array<ByteView, 3> aad{ByteView(&sc, 1), keys.ak.bytes(), challenge};
    auto gcm = gcmEncrypt(keys.ek, iv, aad, {}, kDlmsTagSize);
    if (!gcm) {
        return gcm.error();
    }
    return std::move(gcm->tag);
}

}  // namespace

Expected<Bytes, SecurityFailure> generateChallenge(std::size_t size) {
    Bytes challenge(size);
    if (auto ok = checkChallenge(challenge); !ok) {
        return ok.error();
    }
    if (RAND_bytes(challenge.data(), static_cast<int>(challenge.size())) != 1) {
        ERR_clear_error();
        return SecurityFailure{SecurityError::RandomFailure, 0, "RAND_bytes"};
    }
    return challenge;
}

Expected<Bytes, SecurityFailure> computeHlsGmacReply(const SystemTitle& responderTitle,
                                                     InvocationCounter ic, const CipherKeys& keys,
                                                     ByteView challenge) {
    if (auto ok = checkChallenge(challenge); !ok) {
        return ok.error();
    }
    auto tag = gmacTag(responderTitle, ic, keys, challenge);
    if (!tag) {
        return tag.error();
    }
    ByteWriter out(kHlsGmacReplySize);
    out.u8(kHlsGmacSecurityControl).u32(ic).bytes(*tag);
    return out.take();
}

Expected<InvocationCounter, SecurityFailure> verifyHlsGmacReply(const SystemTitle& responderTitle,
                                                                const CipherKeys& keys,
                                                                ByteView challenge,
                                                                ByteView reply) {
    if (auto ok = checkChallenge(challenge); !ok) {
        return ok.error();
    }
    if (reply.size() < kHlsGmacReplySize) {
        return SecurityFailure{SecurityError::Truncated, reply.size(), "hls-gmac reply"};
    }
    if (reply.size() > kHlsGmacReplySize) {
        return SecurityFailure{SecurityError::BadLength, kHlsGmacReplySize,
                               "hls-gmac reply of " + std::to_string(reply.size()) + " octets"};
    }
    ByteReader in(reply);
    const std::uint8_t sc = *in.u8();
    const InvocationCounter ic = *in.u32();
    const ByteView received = *in.take(kDlmsTagSize);
    if (sc != kHlsGmacSecurityControl) {
        return SecurityFailure{SecurityError::UnsupportedSecurityControl, 0,
                               SecurityControl::parse(sc).toString()};
    }
    auto expected = gmacTag(responderTitle, ic, keys, challenge);
    if (!expected) {
        return expected.error();
    }
    if (CRYPTO_memcmp(expected->data(), received.data(), kDlmsTagSize) != 0) {
        return SecurityFailure{SecurityError::AuthenticationFailed, kSecurityHeaderSize,
                               "hls-gmac tag mismatch"};
    }
    return ic;
}

Expected<Bytes, SecurityFailure> respondToChallenge(SecurityContext& context,
                                                    ByteView peerChallenge) {
    if (auto ok = checkChallenge(peerChallenge); !ok) {
        return ok.error();
    }
    auto keys = context.cipherKeys(false);
    if (!keys) {
        return keys.error();
    }
    auto ic = context.takeInvocationCounter();
    if (!ic) {
        return ic.error();
    }
    return computeHlsGmacReply(context.ownSystemTitle(), *ic, *keys, peerChallenge);
}

Expected<InvocationCounter, SecurityFailure> verifyChallengeReply(const SecurityContext& context,
                                                                  ByteView ownChallenge,
                                                                  ByteView reply) {
    if (!context.peerSystemTitle()) {
        return SecurityFailure{SecurityError::MissingSystemTitle, 0, "peer system title"};
    }
    auto keys = context.cipherKeys(false);
    if (!keys) {
        return keys.error();
    }
    return verifyHlsGmacReply(*context.peerSystemTitle(), *keys, ownChallenge, reply);
}

}  // namespace omt::dlms::security

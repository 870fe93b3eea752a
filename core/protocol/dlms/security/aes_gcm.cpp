#include "protocol/dlms/security/aes_gcm.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <array>

#include "protocol/dlms/security/evp_handle.h"

namespace omt::dlms::security {

namespace {

SecurityFailure cryptoFailure(const char* what) {
    ERR_clear_error();
    return SecurityFailure{SecurityError::CryptoFailure, 0, what};
}

bool validTagSize(std::size_t size) {
    return size == 4 || size == 8 || (size >= 12 && size <= 16);
}

int asInt(std::size_t size) {
    return static_cast<int>(size);
}

/// Sets up a GCM context for AES-128 with a 96-bit IV and feeds the AAD parts.
Expected<detail::CipherCtx, SecurityFailure> startGcm(bool encrypt, const Key128& key, ByteView iv,
                                                      std::span<const ByteView> aadParts) {
    if (iv.size() != kGcmIvSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm iv must be 12 bytes"};
    }
    std::size_t aadTotal = 0;
    for (const auto& part : aadParts) {
        aadTotal += part.size();
    }
    if (aadTotal > kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm aad too long"};
    }
    auto ctx = detail::makeCipherCtx();
    if (!ctx) {
        return cryptoFailure("EVP_CIPHER_CTX_new");
    }
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr, enc) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, asInt(kGcmIvSize), nullptr) != 1 ||
        EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), iv.data(), enc) != 1) {
        return cryptoFailure("gcm init");
    }
    for (const auto& part : aadParts) {
        if (part.empty()) {
            continue;
        }
        int outLen = 0;
        if (EVP_CipherUpdate(ctx.get(), nullptr, &outLen, part.data(), asInt(part.size())) != 1) {
            return cryptoFailure("gcm aad");
        }
    }
    return ctx;
}

void wipe(Bytes& buffer) {
    if (!buffer.empty()) {
        OPENSSL_cleanse(buffer.data(), buffer.size());
    }
    buffer.clear();
}

}  // namespace

std::array<std::uint8_t, kGcmIvSize> makeIv(const SystemTitle& title, InvocationCounter ic) {
    std::array<std::uint8_t, kGcmIvSize> iv{};
    const auto& st = title.array();
    std::copy(st.begin(), st.end(), iv.begin());
    iv[8] = static_cast<std::uint8_t>(ic >> 24);
    iv[9] = static_cast<std::uint8_t>(ic >> 16);
    iv[10] = static_cast<std::uint8_t>(ic >> 8);
    iv[11] = static_cast<std::uint8_t>(ic);
    return iv;
}

Expected<GcmOutput, SecurityFailure> gcmEncrypt(const Key128& key, ByteView iv,
                                                std::span<const ByteView> aadParts,
                                                ByteView plaintext, std::size_t tagSize) {
    if (!validTagSize(tagSize)) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm tag size"};
    }
    if (plaintext.size() > kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm plaintext too long"};
    }
    auto ctx = startGcm(true, key, iv, aadParts);
    if (!ctx) {
        return ctx.error();
    }
    GcmOutput out;
    out.ciphertext.resize(plaintext.size());
    int written = 0;
    if (!plaintext.empty() && EVP_EncryptUpdate(ctx->get(), out.ciphertext.data(), &written,
                                                plaintext.data(), asInt(plaintext.size())) != 1) {
        return cryptoFailure("gcm encrypt");
    }
    int finalLen = 0;
    std::array<std::uint8_t, 16> fullTag{};
    if (static_cast<std::size_t>(written) != plaintext.size() ||
        EVP_EncryptFinal_ex(ctx->get(), fullTag.data(), &finalLen) != 1 || finalLen != 0 ||
        EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_GET_TAG, asInt(fullTag.size()),
                            fullTag.data()) != 1) {
        return cryptoFailure("gcm final");
    }
    out.tag.assign(fullTag.begin(), fullTag.begin() + static_cast<std::ptrdiff_t>(tagSize));
    return out;
}

Expected<Bytes, SecurityFailure> gcmDecrypt(const Key128& key, ByteView iv,
                                            std::span<const ByteView> aadParts, ByteView ciphertext,
                                            ByteView tag) {
    if (!validTagSize(tag.size())) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm tag size"};
    }
    if (ciphertext.size() > kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "gcm ciphertext too long"};
    }
    auto ctx = startGcm(false, key, iv, aadParts);
    if (!ctx) {
        return ctx.error();
    }
    Bytes plain(ciphertext.size());
    int written = 0;
    if (!ciphertext.empty() &&
        EVP_DecryptUpdate(ctx->get(), plain.data(), &written, ciphertext.data(),
                          asInt(ciphertext.size())) != 1) {
        wipe(plain);
        return cryptoFailure("gcm decrypt");
    }
    // EVP_CIPHER_CTX_ctrl takes a non-const pointer; hand it a copy of the tag.
    std::array<std::uint8_t, 16> tagCopy{};
    std::copy(tag.begin(), tag.end(), tagCopy.begin());
    if (EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_GCM_SET_TAG, asInt(tag.size()), tagCopy.data()) !=
        1) {
        wipe(plain);
        return cryptoFailure("gcm set tag");
    }
    int finalLen = 0;
    std::array<std::uint8_t, 16> scratch{};
    if (EVP_DecryptFinal_ex(ctx->get(), scratch.data(), &finalLen) != 1) {
        wipe(plain);
        ERR_clear_error();
        return SecurityFailure{SecurityError::AuthenticationFailed, 0, "gcm tag mismatch"};
    }
    return plain;
}

Expected<Bytes, SecurityFailure> protect(SecurityControl sc, const SystemTitle& title,
                                         InvocationCounter ic, const CipherKeys& keys,
                                         ByteView plaintext) {
    if (sc.suiteId != 0) {
        return SecurityFailure{SecurityError::UnsupportedSuite, 0,
                               "suite " + std::to_string(sc.suiteId)};
    }
    if (sc.compression || (!sc.authentication && !sc.encryption)) {
        return SecurityFailure{SecurityError::UnsupportedSecurityControl, 0, sc.toString()};
    }
    if (plaintext.size() > kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "plaintext too long"};
    }
    const auto iv = makeIv(title, ic);
    const std::uint8_t scByte = sc.toByte();
    const ByteView scView(&scByte, 1);

    ByteWriter out(kSecurityHeaderSize + plaintext.size() + kDlmsTagSize);
    out.u8(scByte).u32(ic);
    if (sc.authentication && !sc.encryption) {
        // GMAC: everything is authenticated data, nothing is encrypted.
        const std::array<ByteView, 3> aad{scView, keys.ak.bytes(), plaintext};
        auto gcm = gcmEncrypt(keys.ek, iv, aad, {}, kDlmsTagSize);
        if (!gcm) {
            return gcm.error();
        }
        out.bytes(plaintext).bytes(gcm->tag);
        return out.take();
    }
    if (!sc.authentication) {
        auto gcm = gcmEncrypt(keys.ek, iv, {}, plaintext, kDlmsTagSize);
        if (!gcm) {
            return gcm.error();
        }
        out.bytes(gcm->ciphertext);
        return out.take();
    }
    const std::array<ByteView, 2> aad{scView, keys.ak.bytes()};
    auto gcm = gcmEncrypt(keys.ek, iv, aad, plaintext, kDlmsTagSize);
    if (!gcm) {
        return gcm.error();
    }
    out.bytes(gcm->ciphertext).bytes(gcm->tag);
    return out.take();
}

Expected<Unprotected, SecurityFailure> unprotect(const SystemTitle& sender, const CipherKeys& keys,
                                                 ByteView secured) {
    ByteReader in(secured);
    const auto scByte = in.u8();
    const auto ic = in.u32();
    if (!scByte || !ic) {
        return SecurityFailure{SecurityError::Truncated, secured.size(), "security header"};
    }
    const SecurityControl sc = SecurityControl::parse(*scByte);
    if (sc.suiteId != 0) {
        return SecurityFailure{SecurityError::UnsupportedSuite, 0,
                               "suite " + std::to_string(sc.suiteId)};
    }
    if (sc.compression || (!sc.authentication && !sc.encryption)) {
        return SecurityFailure{SecurityError::UnsupportedSecurityControl, 0, sc.toString()};
    }
    if (secured.size() > kSecurityHeaderSize + kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "protected payload too long"};
    }
    ByteView payload = in.rest();
    ByteView tag;
    if (sc.authentication) {
        if (payload.size() < kDlmsTagSize) {
            return SecurityFailure{SecurityError::Truncated, secured.size(), "authentication tag"};
        }
        tag = payload.subspan(payload.size() - kDlmsTagSize);
        payload = payload.first(payload.size() - kDlmsTagSize);
    }
    const auto iv = makeIv(sender, *ic);
    const std::uint8_t scValue = *scByte;
    const ByteView scView(&scValue, 1);

    Unprotected result;
    result.sc = sc;
    result.ic = *ic;
    if (sc.authentication && !sc.encryption) {
        const std::array<ByteView, 3> aad{scView, keys.ak.bytes(), payload};
        auto ok = gcmDecrypt(keys.ek, iv, aad, {}, tag);
        if (!ok) {
            auto failure = ok.error();
            failure.offset = kSecurityHeaderSize + payload.size();
            return failure;
        }
        result.plaintext.assign(payload.begin(), payload.end());
        return result;
    }
    if (!sc.authentication) {
        // No tag to check: decrypt the stream without GCM finalisation.
        auto ctx = startGcm(false, keys.ek, iv, {});
        if (!ctx) {
            return ctx.error();
        }
        result.plaintext.resize(payload.size());
        int written = 0;
        if (!payload.empty() && EVP_DecryptUpdate(ctx->get(), result.plaintext.data(), &written,
                                                  payload.data(), asInt(payload.size())) != 1) {
            wipe(result.plaintext);
            return cryptoFailure("gcm decrypt");
        }
        return result;
    }
    const std::array<ByteView, 2> aad{scView, keys.ak.bytes()};
    auto plain = gcmDecrypt(keys.ek, iv, aad, payload, tag);
    if (!plain) {
        auto failure = plain.error();
        failure.offset = kSecurityHeaderSize + payload.size();
        return failure;
    }
    result.plaintext = std::move(*plain);
    return result;
}

}  // namespace omt::dlms::security

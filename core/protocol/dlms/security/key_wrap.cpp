#include "protocol/dlms/security/key_wrap.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <array>
#include <string>

#include "protocol/dlms/security/evp_handle.h"

namespace omt::dlms::security {

namespace {

Expected<detail::CipherCtx, SecurityFailure> startWrap(bool wrap, const Key128& kek) {
    auto ctx = detail::makeCipherCtx();
    if (!ctx) {
        return SecurityFailure{SecurityError::CryptoFailure, 0, "EVP_CIPHER_CTX_new"};
    }
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_128_wrap(), nullptr, kek.data(), nullptr,
                          wrap ? 1 : 0) != 1) {
        ERR_clear_error();
        return SecurityFailure{SecurityError::CryptoFailure, 0, "key wrap init"};
    }
    return ctx;
}

}  // namespace

Expected<Bytes, SecurityFailure> wrapKey(const Key128& kek, const Key128& key) {
    auto ctx = startWrap(true, kek);
    if (!ctx) {
        return ctx.error();
    }
    Bytes out(kWrappedKeySize);
    int written = 0;
    int finalLen = 0;
    if (EVP_EncryptUpdate(ctx->get(), out.data(), &written, key.data(),
                          static_cast<int>(Key128::kSize)) != 1 ||
        static_cast<std::size_t>(written) != kWrappedKeySize ||
        EVP_EncryptFinal_ex(ctx->get(), out.data() + written, &finalLen) != 1 || finalLen != 0) {
        ERR_clear_error();
        return SecurityFailure{SecurityError::CryptoFailure, 0, "key wrap"};
    }
    return out;
}

Expected<Key128, SecurityFailure> unwrapKey(const Key128& kek, ByteView wrapped) {
    if (wrapped.size() != kWrappedKeySize) {
        return SecurityFailure{SecurityError::BadKeyLength, 0,
                               "wrapped key of " + std::to_string(wrapped.size()) + " octets"};
    }
    auto ctx = startWrap(false, kek);
    if (!ctx) {
        return ctx.error();
    }
    // The unwrap output is the key plus room OpenSSL may use as scratch; wiped on every path.
    std::array<std::uint8_t, kWrappedKeySize> plain{};
    int written = 0;
    int finalLen = 0;
    const bool ok = EVP_DecryptUpdate(ctx->get(), plain.data(), &written, wrapped.data(),
                                      static_cast<int>(wrapped.size())) == 1 &&
                    static_cast<std::size_t>(written) == Key128::kSize &&
                    EVP_DecryptFinal_ex(ctx->get(), plain.data() + written, &finalLen) == 1 &&
                    finalLen == 0;
    if (!ok) {
        OPENSSL_cleanse(plain.data(), plain.size());
        ERR_clear_error();
        return SecurityFailure{SecurityError::KeyUnwrapFailed, 0, "integrity check failed"};
    }
    auto key = Key128::fromBytes(ByteView(plain.data(), Key128::kSize));
    OPENSSL_cleanse(plain.data(), plain.size());
    return std::move(*key);
}

}  // namespace omt::dlms::security

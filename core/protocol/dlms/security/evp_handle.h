#pragma once
// RAII owners of OpenSSL EVP objects, private to the security module. EVP_CIPHER_CTX_free also
// cleanses the expanded key schedule held in the context.

#include <openssl/evp.h>

#include <memory>

namespace omt::dlms::security::detail {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

inline CipherCtx makeCipherCtx() {
    return CipherCtx(EVP_CIPHER_CTX_new());
}

}  // namespace omt::dlms::security::detail

#include "protocol/dlms/security/key128.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace omt::dlms::security {

Key128::Key128(const std::array<std::uint8_t, kSize>& bytes) : m_bytes(bytes) {}

Key128::Key128(const Key128& other) : m_bytes(other.m_bytes) {}

Key128& Key128::operator=(const Key128& other) {
    if (this != &other) {
        m_bytes = other.m_bytes;
    }
    return *this;
}

Key128::Key128(Key128&& other) noexcept : m_bytes(other.m_bytes) {
    other.wipe();
}

Key128& Key128::operator=(Key128&& other) noexcept {
    if (this != &other) {
        m_bytes = other.m_bytes;
        other.wipe();
    }
    return *this;
}

Key128::~Key128() {
    wipe();
}

void Key128::wipe() {
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

std::optional<Key128> Key128::fromBytes(ByteView bytes) {
    if (bytes.size() != kSize) {
        return std::nullopt;
    }
    Key128 key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

std::optional<Key128> Key128::fromHex(std::string_view text) {
    auto raw = omt::fromHex(text);
    if (!raw) {
        return std::nullopt;
    }
    auto key = fromBytes(*raw);
    OPENSSL_cleanse(raw->data(), raw->size());
    return key;
}

std::string Key128::masked() const {
    return "Key128(********)";
}

bool operator==(const Key128& a, const Key128& b) {
    return CRYPTO_memcmp(a.m_bytes.data(), b.m_bytes.data(), Key128::kSize) == 0;
}

}  // namespace omt::dlms::security

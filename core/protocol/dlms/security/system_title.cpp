#include "protocol/dlms/security/system_title.h"

#include <algorithm>

namespace omt::dlms::security {

namespace {
constexpr std::size_t kFlagSize = 3;
constexpr std::uint64_t kMaxSerial = 0xFFFFFFFFFFULL;  // 5 octets

bool isFlagLetter(std::uint8_t c) {
    return c >= 'A' && c <= 'Z';
}
}  // namespace

std::optional<SystemTitle> SystemTitle::fromBytes(ByteView bytes) {
    if (bytes.size() != kSize) {
        return std::nullopt;
    }
    std::array<std::uint8_t, kSize> raw{};
    std::copy(bytes.begin(), bytes.end(), raw.begin());
    return SystemTitle(raw);
}

std::optional<SystemTitle> SystemTitle::fromHex(std::string_view text) {
    auto raw = omt::fromHex(text);
    if (!raw) {
        return std::nullopt;
    }
    return fromBytes(*raw);
}

std::optional<SystemTitle> SystemTitle::fromFlag(std::string_view flagId, std::uint64_t serial) {
    if (flagId.size() != kFlagSize || serial > kMaxSerial) {
        return std::nullopt;
    }
    std::array<std::uint8_t, kSize> raw{};
    for (std::size_t i = 0; i < kFlagSize; ++i) {
        const auto c = static_cast<std::uint8_t>(flagId[i]);
        if (!isFlagLetter(c)) {
            return std::nullopt;
        }
        raw[i] = c;
    }
    for (std::size_t i = 0; i < kSize - kFlagSize; ++i) {
        raw[kSize - 1 - i] = static_cast<std::uint8_t>(serial >> (8 * i));
    }
    return SystemTitle(raw);
}

std::optional<std::string> SystemTitle::manufacturer() const {
    std::string id;
    for (std::size_t i = 0; i < kFlagSize; ++i) {
        if (!isFlagLetter(m_bytes[i])) {
            return std::nullopt;
        }
        id.push_back(static_cast<char>(m_bytes[i]));
    }
    return id;
}

std::string SystemTitle::serialHex() const {
    return toHex(ByteView(m_bytes.data() + kFlagSize, kSize - kFlagSize), '\0');
}

std::string SystemTitle::toString() const {
    if (auto flag = manufacturer()) {
        return *flag + serialHex();
    }
    return toHex(bytes(), '\0');
}

}  // namespace omt::dlms::security

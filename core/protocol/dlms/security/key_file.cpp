#include "protocol/dlms/security/key_file.h"

#include <filesystem>
#include <optional>
#include <string>

namespace omt::dlms::security {

const char* nameOf(KeyFileError e) {
    switch (e) {
        case KeyFileError::UnknownName:
            return "unknown-name";
        case KeyFileError::BadKey:
            return "bad-key";
        case KeyFileError::Duplicate:
            return "duplicate";
        case KeyFileError::MissingKey:
            return "missing-key";
        case KeyFileError::BadLine:
            return "bad-line";
    }
    return "unknown";
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return out;
}

}  // namespace

Expected<SecurityKeys, KeyFileFailure> parseKeyFile(std::string_view text) {
    auto file = parseKeyFileWithKek(text);
    if (!file) {
        return omt::unexpected(file.error());
    }
    return std::move(file->keys);
}

Expected<KeyFileContents, KeyFileFailure> parseKeyFileWithKek(std::string_view text) {
    std::optional<Key128> ek;
    std::optional<Key128> ak;
    std::optional<Key128> dk;
    std::optional<Key128> kek;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        ++number;
        if (const auto hash = line.find('#'); hash != std::string_view::npos) {
            line = line.substr(0, hash);
        }
        line = trim(line);
        if (line.empty()) {
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string_view::npos) {
            return KeyFileFailure{KeyFileError::BadLine, number, "expected NAME = HEX"};
        }
        const std::string name = upper(trim(line.substr(0, eq)));
        std::optional<Key128>* slot = name == "EK"    ? &ek
                                      : name == "AK"  ? &ak
                                      : name == "DK"  ? &dk
                                      : name == "KEK" ? &kek
                                                      : nullptr;
        if (slot == nullptr) {
            return KeyFileFailure{KeyFileError::UnknownName, number,
                                  "'" + name + "' is not EK, AK, DK or KEK"};
        }
        if (slot->has_value()) {
            return KeyFileFailure{KeyFileError::Duplicate, number, name + " given twice"};
        }
        auto key = Key128::fromHex(trim(line.substr(eq + 1)));
        if (!key) {
            return KeyFileFailure{KeyFileError::BadKey, number,
                                  name + " is not 16 bytes of hex (32 digits)"};
        }
        *slot = std::move(*key);
    }
    if (!ek || !ak) {
        return KeyFileFailure{KeyFileError::MissingKey, 0, !ek ? "no EK line" : "no AK line"};
    }
    return KeyFileContents{SecurityKeys{std::move(*ek), std::move(*ak), std::move(dk)},
                           std::move(kek)};
}

bool isExposedToOthers(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
        return false;
    }
    const fs::perms others = fs::perms::group_read | fs::perms::group_write |
                             fs::perms::others_read | fs::perms::others_write;
    return (status.permissions() & others) != fs::perms::none;
}

}  // namespace omt::dlms::security

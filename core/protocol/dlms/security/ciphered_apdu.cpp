#include "protocol/dlms/security/ciphered_apdu.h"

#include <openssl/crypto.h>

#include <array>
#include <string>

namespace omt::dlms::security {

namespace {

// Local A-XDR/BER length helpers (the same rule as the axdr module's encodeLength/decodeLength;
// kept here so that this module stands on its own).
constexpr std::size_t kMaxLengthBytes = 4;

void appendLength(ByteWriter& w, std::size_t n) {
    if (n < 0x80) {
        w.u8(static_cast<std::uint8_t>(n));
        return;
    }
    std::size_t bytes = 1;
    while (bytes < kMaxLengthBytes && (n >> (8 * bytes)) != 0) {
        ++bytes;
    }
    w.u8(static_cast<std::uint8_t>(0x80 | bytes));
    for (std::size_t i = bytes; i-- > 0;) {
        w.u8(static_cast<std::uint8_t>(n >> (8 * i)));
    }
}

Expected<std::size_t, SecurityFailure> readLength(ByteReader& r, const char* field) {
    const std::size_t at = r.offset();
    const auto first = r.u8();
    if (!first) {
        return SecurityFailure{SecurityError::Truncated, at, std::string(field) + " length"};
    }
    if (*first < 0x80) {
        return std::size_t{*first};
    }
    const std::size_t count = *first & 0x7F;
    if (count == 0 || count > kMaxLengthBytes) {
        return SecurityFailure{SecurityError::BadLength, at,
                               std::string(field) + " length form " + toHex(ByteView(&*first, 1))};
    }
    std::size_t value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto b = r.u8();
        if (!b) {
            return SecurityFailure{SecurityError::Truncated, r.offset(),
                                   std::string(field) + " length"};
        }
        value = (value << 8) | *b;
    }
    return value;
}

struct TagPair {
    std::uint8_t plain;
    std::uint8_t global;
    std::uint8_t dedicated;
};

// IEC 62056-5-3 xDLMS-APDU: the service-specific ciphered forms.
constexpr std::array<TagPair, 16> kTagPairs{{
    {0x01, 0x21, 0x41},  // initiate-request
    {0x05, 0x25, 0x45},  // read-request
    {0x06, 0x26, 0x46},  // write-request
    {0x08, 0x28, 0x48},  // initiate-response
    {0x0C, 0x2C, 0x4C},  // read-response
    {0x0D, 0x2D, 0x4D},  // write-response
    {0x0E, 0x2E, 0x4E},  // confirmed-service-error
    {0x16, 0x36, 0x56},  // unconfirmed-write-request
    {0x18, 0x38, 0x58},  // information-report-request
    {0xC0, 0xC8, 0xD0},  // get-request
    {0xC1, 0xC9, 0xD1},  // set-request
    {0xC2, 0xCA, 0xD2},  // event-notification-request
    {0xC3, 0xCB, 0xD3},  // action-request
    {0xC4, 0xCC, 0xD4},  // get-response
    {0xC5, 0xCD, 0xD5},  // set-response
    {0xC7, 0xCF, 0xD7},  // action-response
}};

bool isDedicated(CipheringMode mode) {
    return mode == CipheringMode::Dedicated || mode == CipheringMode::GeneralDedicated;
}

bool isGeneral(CipheringMode mode) {
    return mode == CipheringMode::GeneralGlobal || mode == CipheringMode::GeneralDedicated;
}

SecurityFailure at(SecurityFailure failure, std::size_t base) {
    failure.offset += base;
    return failure;
}

}  // namespace

const char* nameOf(CipheringMode mode) {
    switch (mode) {
        case CipheringMode::Global:
            return "global";
        case CipheringMode::Dedicated:
            return "dedicated";
        case CipheringMode::GeneralGlobal:
            return "general-global";
        case CipheringMode::GeneralDedicated:
            return "general-dedicated";
    }
    return "unknown";
}

std::optional<std::uint8_t> cipheredTagFor(std::uint8_t plainTag, bool dedicated) {
    for (const auto& pair : kTagPairs) {
        if (pair.plain == plainTag) {
            return dedicated ? pair.dedicated : pair.global;
        }
    }
    return std::nullopt;
}

std::optional<CipheredTagInfo> plainTagFor(std::uint8_t cipheredTag) {
    for (const auto& pair : kTagPairs) {
        if (pair.global == cipheredTag) {
            return CipheredTagInfo{pair.plain, false};
        }
        if (pair.dedicated == cipheredTag) {
            return CipheredTagInfo{pair.plain, true};
        }
    }
    return std::nullopt;
}

Expected<Bytes, SecurityFailure> cipherApdu(ByteView plainApdu, SecurityContext& context,
                                            CipheringMode mode) {
    if (plainApdu.empty()) {
        return SecurityFailure{SecurityError::Truncated, 0, "empty apdu"};
    }
    const bool dedicated = isDedicated(mode);
    const bool general = isGeneral(mode);
    std::uint8_t tag = dedicated ? kGeneralDedCipheringTag : kGeneralGloCipheringTag;
    if (!general) {
        const auto specific = cipheredTagFor(plainApdu[0], dedicated);
        if (!specific) {
            return SecurityFailure{SecurityError::UnknownTag, 0,
                                   "no ciphered form of " + toHex(plainApdu.first(1))};
        }
        tag = *specific;
    }
    if (plainApdu.size() > kMaxProtectedSize) {
        return SecurityFailure{SecurityError::BadLength, 0, "apdu too long"};
    }
    auto keys = context.cipherKeys(dedicated);
    if (!keys) {
        return keys.error();
    }
    const SecurityControl sc = SecurityControl::forProtection(context.policy().protection());
    auto ic = context.takeInvocationCounter();
    if (!ic) {
        return ic.error();
    }
    auto secured = protect(sc, context.ownSystemTitle(), *ic, *keys, plainApdu);
    if (!secured) {
        return secured.error();
    }
    ByteWriter out(secured->size() + SystemTitle::kSize + 12);
    out.u8(tag);
    if (general) {
        appendLength(out, SystemTitle::kSize);
        out.bytes(context.ownSystemTitle().bytes());
    }
    appendLength(out, secured->size());
    out.bytes(*secured);
    return out.take();
}

Expected<DecipheredApdu, SecurityFailure> decipherApdu(ByteView cipheredApdu,
                                                       SecurityContext& context) {
    ByteReader in(cipheredApdu);
    const auto tag = in.u8();
    if (!tag) {
        return SecurityFailure{SecurityError::Truncated, 0, "tag"};
    }
    DecipheredApdu result;
    std::optional<std::uint8_t> expectedPlainTag;
    bool dedicated = false;
    if (*tag == kGeneralGloCipheringTag || *tag == kGeneralDedCipheringTag) {
        dedicated = *tag == kGeneralDedCipheringTag;
        result.mode = dedicated ? CipheringMode::GeneralDedicated : CipheringMode::GeneralGlobal;
        const std::size_t titleAt = in.offset();
        auto titleLength = readLength(in, "system-title");
        if (!titleLength) {
            return titleLength.error();
        }
        if (*titleLength != SystemTitle::kSize) {
            return SecurityFailure{SecurityError::BadLength, titleAt,
                                   "system-title length " + std::to_string(*titleLength)};
        }
        const auto title = in.take(SystemTitle::kSize);
        if (!title) {
            return SecurityFailure{SecurityError::Truncated, cipheredApdu.size(), "system-title"};
        }
        result.sender = *SystemTitle::fromBytes(*title);
        if (context.peerSystemTitle() && *context.peerSystemTitle() != result.sender) {
            return SecurityFailure{SecurityError::SystemTitleMismatch, titleAt + 1,
                                   "sender " + result.sender.toString()};
        }
    } else {
        const auto info = plainTagFor(*tag);
        if (!info) {
            return SecurityFailure{SecurityError::UnknownTag, 0,
                                   "not a ciphered apdu: " + toHex(ByteView(&*tag, 1))};
        }
        dedicated = info->dedicated;
        expectedPlainTag = info->plainTag;
        result.mode = dedicated ? CipheringMode::Dedicated : CipheringMode::Global;
        if (!context.peerSystemTitle()) {
            return SecurityFailure{SecurityError::MissingSystemTitle, 0, "peer system title"};
        }
        result.sender = *context.peerSystemTitle();
    }

    const std::size_t lengthAt = in.offset();
    auto contentLength = readLength(in, "ciphered-content");
    if (!contentLength) {
        return contentLength.error();
    }
    if (*contentLength > in.remaining()) {
        return SecurityFailure{SecurityError::Truncated, cipheredApdu.size(),
                               "ciphered-content claims " + std::to_string(*contentLength) +
                                   ", has " + std::to_string(in.remaining())};
    }
    if (*contentLength < in.remaining()) {
        return SecurityFailure{SecurityError::BadLength, lengthAt,
                               std::to_string(in.remaining() - *contentLength) + " bytes trail"};
    }
    const std::size_t contentAt = in.offset();
    const ByteView content = *in.take(*contentLength);
    if (content.size() < kSecurityHeaderSize) {
        return SecurityFailure{SecurityError::Truncated, cipheredApdu.size(), "security header"};
    }

    const SecurityControl sc = SecurityControl::parse(content[0]);
    if (sc.suiteId != 0) {
        return SecurityFailure{SecurityError::UnsupportedSuite, contentAt,
                               "suite " + std::to_string(sc.suiteId)};
    }
    if (sc.compression || sc.broadcastKey || (!sc.authentication && !sc.encryption)) {
        return SecurityFailure{SecurityError::UnsupportedSecurityControl, contentAt, sc.toString()};
    }
    if (auto policy = context.checkPolicy(sc); !policy) {
        return at(policy.error(), contentAt);
    }
    const InvocationCounter ic =
        (InvocationCounter{content[1]} << 24) | (InvocationCounter{content[2]} << 16) |
        (InvocationCounter{content[3]} << 8) | InvocationCounter{content[4]};
    if (auto fresh = context.checkPeerInvocationCounter(ic); !fresh) {
        return at(fresh.error(), contentAt + 1);
    }
    auto keys = context.cipherKeys(dedicated);
    if (!keys) {
        return at(keys.error(), 0);
    }
    auto opened = unprotect(result.sender, *keys, content);
    if (!opened) {
        return at(opened.error(), contentAt);
    }
    if (opened->plaintext.empty() ||
        (expectedPlainTag && opened->plaintext[0] != *expectedPlainTag)) {
        OPENSSL_cleanse(opened->plaintext.data(), opened->plaintext.size());
        return SecurityFailure{SecurityError::ContentMismatch, contentAt + kSecurityHeaderSize,
                               "deciphered apdu does not match tag " + toHex(ByteView(&*tag, 1))};
    }
    context.acceptPeerInvocationCounter(ic);
    result.plain = std::move(opened->plaintext);
    result.ic = ic;
    result.sc = sc;
    return result;
}

}  // namespace omt::dlms::security

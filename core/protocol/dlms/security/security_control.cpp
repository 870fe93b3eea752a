#include "protocol/dlms/security/security_control.h"

#include "protocol/common/bytes.h"

namespace omt::dlms::security {

SecurityControl SecurityControl::parse(std::uint8_t byte) {
    SecurityControl sc;
    sc.suiteId = byte & kSuiteMask;
    sc.authentication = (byte & kAuthenticationBit) != 0;
    sc.encryption = (byte & kEncryptionBit) != 0;
    sc.broadcastKey = (byte & kBroadcastKeyBit) != 0;
    sc.compression = (byte & kCompressionBit) != 0;
    return sc;
}

SecurityControl SecurityControl::forProtection(Protection protection) {
    SecurityControl sc;
    sc.authentication = protection != Protection::EncryptionOnly;
    sc.encryption = protection != Protection::AuthenticationOnly;
    return sc;
}

std::uint8_t SecurityControl::toByte() const {
    std::uint8_t byte = suiteId & kSuiteMask;
    if (authentication) {
        byte |= kAuthenticationBit;
    }
    if (encryption) {
        byte |= kEncryptionBit;
    }
    if (broadcastKey) {
        byte |= kBroadcastKeyBit;
    }
    if (compression) {
        byte |= kCompressionBit;
    }
    return byte;
}

std::string SecurityControl::toString() const {
    const std::uint8_t byte = toByte();
    std::string text = "SC(" + toHex(ByteView(&byte, 1)) + ": suite " + std::to_string(suiteId);
    if (authentication) {
        text += ", auth";
    }
    if (encryption) {
        text += ", enc";
    }
    if (broadcastKey) {
        text += ", broadcast";
    }
    if (compression) {
        text += ", compressed";
    }
    return text + ")";
}

}  // namespace omt::dlms::security

#pragma once
// Security setup (class 64, version 1): security policy, suite, system titles and the
// certificates (kept as raw Data), with get/set by attribute index.
//
//   SecuritySetup sec;                                       // 0.0.43.0.0.255
//   auto r = sec.setAttribute(2, Data::enumValue(0x0C));     // policy: request auth + encr
//   sec.policy().authenticatedRequest();                     // true
//
// security_policy is a bit set in version 1 (bits 2..7 below; bits 0 and 1 unused) and an
// enumeration in version 0 (0 nothing, 1 all messages authenticated, 2 all encrypted, 3 both);
// the value is kept as received, so either version round-trips.

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// security_policy of Security setup version 1.
class SecurityPolicy {
public:
    static constexpr std::uint8_t kAuthenticatedRequest = 0x04;
    static constexpr std::uint8_t kEncryptedRequest = 0x08;
    static constexpr std::uint8_t kDigitallySignedRequest = 0x10;
    static constexpr std::uint8_t kAuthenticatedResponse = 0x20;
    static constexpr std::uint8_t kEncryptedResponse = 0x40;
    static constexpr std::uint8_t kDigitallySignedResponse = 0x80;

    constexpr SecurityPolicy() = default;
    constexpr explicit SecurityPolicy(std::uint8_t bits) : m_bits(bits) {}
    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool authenticatedRequest() const { return (m_bits & kAuthenticatedRequest) != 0; }
    constexpr bool encryptedRequest() const { return (m_bits & kEncryptedRequest) != 0; }
    constexpr bool digitallySignedRequest() const {
        return (m_bits & kDigitallySignedRequest) != 0;
    }
    constexpr bool authenticatedResponse() const { return (m_bits & kAuthenticatedResponse) != 0; }
    constexpr bool encryptedResponse() const { return (m_bits & kEncryptedResponse) != 0; }
    constexpr bool digitallySignedResponse() const {
        return (m_bits & kDigitallySignedResponse) != 0;
    }
    friend constexpr bool operator==(SecurityPolicy, SecurityPolicy) = default;

private:
    std::uint8_t m_bits = 0;
};

/// security_suite (attribute 3).
enum class SecuritySuite : std::uint8_t {
    AesGcm128 = 0,                 ///< suite 0: AES-GCM-128
    EcdhEcdsaAesGcm128Sha256 = 1,  ///< suite 1
    EcdhEcdsaAesGcm256Sha384 = 2,  ///< suite 2
};

struct SecuritySetup {
    ObisCode logicalName{0, 0, 43, 0, 0, 255};
    std::uint8_t securityPolicy = 0;                         ///< attribute 2 (raw enum value)
    SecuritySuite securitySuite = SecuritySuite::AesGcm128;  ///< attribute 3
    Bytes clientSystemTitle;                                 ///< attribute 4
    Bytes serverSystemTitle;                                 ///< attribute 5
    dlms::Data certificates = dlms::Data::array({});         ///< attribute 6, an array, raw

    SecurityPolicy policy() const { return SecurityPolicy(securityPolicy); }

    /// The Data of attribute `index` (1..6). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index`; on failure nothing changes. Errors: UnknownAttribute,
    /// WrongType (certificates not an array), BadLength (logical name), UnknownEnum
    /// (security_suite outside 0..2); path = the attribute name.
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const SecuritySetup&, const SecuritySetup&) = default;
};

}  // namespace omt::cosem

#pragma once
// xDLMS context negotiation (IEC 62056-5-3): the Conformance block and the InitiateRequest /
// InitiateResponse carried in the user-information of the AARQ / AARE.
//
//   InitiateRequest req;                       // 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0
//   req.proposedConformance = Conformance{}
//       .set(ConformanceBit::Get).set(ConformanceBit::Set).set(ConformanceBit::Action);
//   req.clientMaxReceivePduSize = 1200;
//   Bytes userInformation = encodeApdu(req).value();

#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"

namespace omt::dlms {

/// The 24 named bits of the Conformance block. The value is the bit number of the BER bit string
/// (bit 0 = most significant bit of the first byte).
enum class ConformanceBit : std::uint8_t {
    ReservedZero = 0,
    GeneralProtection = 1,
    GeneralBlockTransfer = 2,
    Read = 3,
    Write = 4,
    UnconfirmedWrite = 5,
    DeltaValueEncoding = 6,
    ReservedSeven = 7,
    Attribute0SupportedWithSet = 8,
    PriorityMgmtSupported = 9,
    Attribute0SupportedWithGet = 10,
    BlockTransferWithGetOrRead = 11,
    BlockTransferWithSetOrWrite = 12,
    BlockTransferWithAction = 13,
    MultipleReferences = 14,
    InformationReport = 15,
    DataNotification = 16,
    Access = 17,
    ParameterizedAccess = 18,
    Get = 19,
    Set = 20,
    SelectiveAccess = 21,
    EventNotification = 22,
    Action = 23,
};
/// Standard name of a bit: "general-protection", "block-transfer-with-get-or-read", "get" ...
const char* nameOf(ConformanceBit bit);

/// The Conformance block: a typed set of the 24 ConformanceBit flags. On the wire it is the BER
/// bit string [APPLICATION 31] `5F 1F 04 00 b0 b1 b2`; wire() gives the 24-bit value b0 b1 b2.
class Conformance {
public:
    constexpr Conformance() = default;
    /// From the 24-bit wire value (upper 8 bits ignored): Conformance::fromWire(0x007E1F).
    static constexpr Conformance fromWire(std::uint32_t bits) {
        Conformance c;
        c.m_bits = bits & 0xFFFFFFU;
        return c;
    }
    constexpr std::uint32_t wire() const { return m_bits; }

    constexpr bool has(ConformanceBit bit) const { return (m_bits & mask(bit)) != 0; }
    /// Sets (or clears) one bit and returns *this for chaining.
    constexpr Conformance& set(ConformanceBit bit, bool on = true) {
        m_bits = on ? (m_bits | mask(bit)) : (m_bits & ~mask(bit));
        return *this;
    }
    /// The bits set, in bit-number order.
    std::vector<ConformanceBit> bits() const;
    /// Bits set in both (the server's negotiated block is a subset of the proposal).
    constexpr Conformance operator&(Conformance other) const {
        return fromWire(m_bits & other.m_bits);
    }

    friend constexpr bool operator==(Conformance, Conformance) = default;

private:
    static constexpr std::uint32_t mask(ConformanceBit bit) {
        return 1U << (23U - static_cast<unsigned>(bit));
    }
    std::uint32_t m_bits = 0;
};

/// xDLMS InitiateRequest (tag 0x01), proposed by the client.
struct InitiateRequest {
    std::optional<Bytes> dedicatedKey;  ///< only inside a ciphered InitiateRequest
    bool responseAllowed = true;        ///< DEFAULT TRUE: encoded as "not present" when true
    std::optional<std::int8_t> proposedQualityOfService;
    std::uint8_t proposedDlmsVersion = 6;
    Conformance proposedConformance;
    std::uint16_t clientMaxReceivePduSize = 0xFFFF;
    friend bool operator==(const InitiateRequest&, const InitiateRequest&) = default;
};

/// xDLMS InitiateResponse (tag 0x08), the server's answer.
struct InitiateResponse {
    static constexpr std::int16_t kVaaNameLogicalName = 0x0007;
    std::optional<std::int8_t> negotiatedQualityOfService;
    std::uint8_t negotiatedDlmsVersion = 6;
    Conformance negotiatedConformance;
    std::uint16_t serverMaxReceivePduSize = 0;
    std::int16_t vaaName = kVaaNameLogicalName;
    friend bool operator==(const InitiateResponse&, const InitiateResponse&) = default;
};

}  // namespace omt::dlms

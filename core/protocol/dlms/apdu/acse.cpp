#include "protocol/dlms/apdu/acse.h"

#include <algorithm>
#include <array>
#include <string>

#include "protocol/dlms/apdu/codec_detail.h"

namespace omt::dlms {

using detail::fail;
using detail::Result;
using detail::Status;

// ---------------------------------------------------------------------------------------------
// Names

const char* nameOf(ApplicationContextName c) {
    switch (c) {
        case ApplicationContextName::LogicalName:
            return "logical-name-referencing-no-ciphering";
        case ApplicationContextName::ShortName:
            return "short-name-referencing-no-ciphering";
        case ApplicationContextName::LogicalNameCiphered:
            return "logical-name-referencing-with-ciphering";
        case ApplicationContextName::ShortNameCiphered:
            return "short-name-referencing-with-ciphering";
    }
    return "unknown";
}

const char* nameOf(MechanismName m) {
    switch (m) {
        case MechanismName::Lowest:
            return "lowest-level-security";
        case MechanismName::Low:
            return "low-level-security";
        case MechanismName::High:
            return "high-level-security";
        case MechanismName::HighMd5:
            return "high-level-security-md5";
        case MechanismName::HighSha1:
            return "high-level-security-sha1";
        case MechanismName::HighGmac:
            return "high-level-security-gmac";
        case MechanismName::HighSha256:
            return "high-level-security-sha256";
        case MechanismName::HighEcdsa:
            return "high-level-security-ecdsa";
    }
    return "unknown";
}

const char* nameOf(AssociationResult r) {
    switch (r) {
        case AssociationResult::Accepted:
            return "accepted";
        case AssociationResult::RejectedPermanent:
            return "rejected-permanent";
        case AssociationResult::RejectedTransient:
            return "rejected-transient";
    }
    return "unknown";
}

const char* nameOf(AcseServiceUserDiagnostic d) {
    using D = AcseServiceUserDiagnostic;
    switch (d) {
        case D::Null:
            return "null";
        case D::NoReasonGiven:
            return "no-reason-given";
        case D::ApplicationContextNameNotSupported:
            return "application-context-name-not-supported";
        case D::CallingApTitleNotRecognized:
            return "calling-ap-title-not-recognized";
        case D::CallingApInvocationIdentifierNotRecognized:
            return "calling-ap-invocation-identifier-not-recognized";
        case D::CallingAeQualifierNotRecognized:
            return "calling-ae-qualifier-not-recognized";
        case D::CallingAeInvocationIdentifierNotRecognized:
            return "calling-ae-invocation-identifier-not-recognized";
        case D::CalledApTitleNotRecognized:
            return "called-ap-title-not-recognized";
        case D::CalledApInvocationIdentifierNotRecognized:
            return "called-ap-invocation-identifier-not-recognized";
        case D::CalledAeQualifierNotRecognized:
            return "called-ae-qualifier-not-recognized";
        case D::CalledAeInvocationIdentifierNotRecognized:
            return "called-ae-invocation-identifier-not-recognized";
        case D::AuthenticationMechanismNameNotRecognised:
            return "authentication-mechanism-name-not-recognised";
        case D::AuthenticationMechanismNameRequired:
            return "authentication-mechanism-name-required";
        case D::AuthenticationFailure:
            return "authentication-failure";
        case D::AuthenticationRequired:
            return "authentication-required";
    }
    return "unknown";
}

const char* nameOf(AcseServiceProviderDiagnostic d) {
    switch (d) {
        case AcseServiceProviderDiagnostic::Null:
            return "null";
        case AcseServiceProviderDiagnostic::NoReasonGiven:
            return "no-reason-given";
        case AcseServiceProviderDiagnostic::NoCommonAcseVersion:
            return "no-common-acse-version";
    }
    return "unknown";
}

const char* nameOf(ReleaseRequestReason r) {
    switch (r) {
        case ReleaseRequestReason::Normal:
            return "normal";
        case ReleaseRequestReason::Urgent:
            return "urgent";
        case ReleaseRequestReason::UserDefined:
            return "user-defined";
    }
    return "unknown";
}

const char* nameOf(ReleaseResponseReason r) {
    switch (r) {
        case ReleaseResponseReason::Normal:
            return "normal";
        case ReleaseResponseReason::NotFinished:
            return "not-finished";
        case ReleaseResponseReason::UserDefined:
            return "user-defined";
    }
    return "unknown";
}

namespace {

// ---------------------------------------------------------------------------------------------
// BER tags and constants

constexpr std::uint8_t kTagAarq = 0x60;
constexpr std::uint8_t kTagAare = 0x61;
constexpr std::uint8_t kTagRlrq = 0x62;
constexpr std::uint8_t kTagRlre = 0x63;

constexpr std::uint8_t kUniversalInteger = 0x02;
constexpr std::uint8_t kUniversalOctetString = 0x04;
constexpr std::uint8_t kUniversalOid = 0x06;
constexpr std::uint8_t kCharstring = 0x80;  ///< Authentication-value charstring [0] IMPLICIT

constexpr std::uint8_t kImplementationInformation = 0x9D;  ///< [29] IMPLICIT GraphicString
constexpr std::uint8_t kUserInformation = 0xBE;            ///< [30] EXPLICIT

/// 2.16.756.5.8 (DLMS UA) followed by 1 (application context) or 2 (mechanism name).
constexpr std::array<std::uint8_t, 6> kContextPrefix = {0x60, 0x85, 0x74, 0x05, 0x08, 0x01};
constexpr std::array<std::uint8_t, 6> kMechanismPrefix = {0x60, 0x85, 0x74, 0x05, 0x08, 0x02};

/// The acse-requirements / protocol-version BIT STRING with bit 0 set.
constexpr std::array<std::uint8_t, 2> kBitZeroSet = {0x07, 0x80};

// ---------------------------------------------------------------------------------------------
// BER reading

/// One tag-length-value; `offset` is the absolute offset of the tag, `valueOffset` of the value.
struct Tlv {
    std::uint8_t tag = 0;
    ByteView value;
    std::size_t offset = 0;
    std::size_t valueOffset = 0;
};

/// A reader over part of the input that reports absolute offsets.
class BerReader {
public:
    BerReader(ByteView data, std::size_t base) : m_reader(data), m_base(base) {}

    bool atEnd() const { return m_reader.atEnd(); }
    std::size_t offset() const { return m_base + m_reader.offset(); }

    Result<Tlv> next(const char* field) {
        Tlv t;
        t.offset = offset();
        auto tag = m_reader.u8();
        if (!tag) {
            return fail(ApduError::Truncated, offset(), std::string(field) + ": tag");
        }
        t.tag = *tag;
        if ((t.tag & 0x1FU) == 0x1FU) {
            return fail(ApduError::UnexpectedTag, t.offset,
                        std::string(field) + ": multi-byte tag");
        }
        const std::size_t lengthOffset = offset();
        auto first = m_reader.u8();
        if (!first) {
            return fail(ApduError::Truncated, lengthOffset, std::string(field) + ": length");
        }
        std::size_t length = *first;
        if (*first == 0x80) {
            return fail(ApduError::BadLength, lengthOffset,
                        std::string(field) + ": indefinite length");
        }
        if (*first > 0x80) {
            const unsigned count = *first & 0x7FU;
            if (count > 4) {
                return fail(ApduError::BadLength, lengthOffset,
                            std::string(field) + ": " + std::to_string(count) + " length bytes");
            }
            length = 0;
            for (unsigned i = 0; i < count; ++i) {
                auto b = m_reader.u8();
                if (!b) {
                    return fail(ApduError::Truncated, offset(), std::string(field) + ": length");
                }
                length = (length << 8U) | *b;
            }
        }
        if (length > m_reader.remaining()) {
            return fail(ApduError::LengthExceedsInput, lengthOffset,
                        std::string(field) + ": length " + std::to_string(length) + ", " +
                            std::to_string(m_reader.remaining()) + " left");
        }
        t.valueOffset = offset();
        t.value = *m_reader.take(length);
        return t;
    }

private:
    ByteReader m_reader;
    std::size_t m_base;
};

/// The single inner TLV of an EXPLICIT tagged field, which must carry `innerTag` and fill the
/// outer value exactly.
Result<Tlv> explicitInner(const Tlv& outer, std::uint8_t innerTag, const char* field) {
    BerReader r(outer.value, outer.valueOffset);
    auto inner = r.next(field);
    if (!inner) {
        return inner.error();
    }
    if (inner->tag != innerTag) {
        return fail(ApduError::UnexpectedTag, inner->offset,
                    std::string(field) + ": inner tag " + std::to_string(inner->tag));
    }
    if (!r.atEnd()) {
        return fail(ApduError::TrailingBytes, r.offset(), std::string(field) + ": after value");
    }
    return inner;
}

Bytes toBytes(ByteView v) {
    return Bytes(v.begin(), v.end());
}

Result<Bytes> explicitOctetString(const Tlv& outer, const char* field) {
    auto inner = explicitInner(outer, kUniversalOctetString, field);
    if (!inner) {
        return inner.error();
    }
    return toBytes(inner->value);
}

/// BER INTEGER content (1..4 bytes, two's complement) as int32.
Result<std::int32_t> integerValue(const Tlv& t, const char* field) {
    if (t.value.empty() || t.value.size() > 4) {
        return fail(
            ApduError::BadValue, t.offset,
            std::string(field) + ": INTEGER of " + std::to_string(t.value.size()) + " bytes");
    }
    std::uint32_t v = (t.value[0] & 0x80U) != 0 ? 0xFFFFFFFFU : 0U;
    for (const auto b : t.value) {
        v = (v << 8U) | b;
    }
    return static_cast<std::int32_t>(v);
}

Result<std::int32_t> explicitInteger(const Tlv& outer, const char* field) {
    auto inner = explicitInner(outer, kUniversalInteger, field);
    if (!inner) {
        return inner.error();
    }
    return integerValue(*inner, field);
}

/// An INTEGER that must fit an enumeration byte (0..255).
Result<std::uint8_t> enumValue(const Tlv& t, const char* field) {
    auto v = integerValue(t, field);
    if (!v) {
        return v.error();
    }
    if (*v < 0 || *v > 255) {
        return fail(ApduError::BadValue, t.offset,
                    std::string(field) + ": value " + std::to_string(*v));
    }
    return static_cast<std::uint8_t>(*v);
}

/// Checks a BIT STRING content (unused-bits byte, then the bits).
Status checkBitString(const Tlv& t, const char* field) {
    if (t.value.empty() || t.value[0] > 7 || (t.value.size() == 1 && t.value[0] != 0)) {
        return fail(ApduError::BadValue, t.offset, std::string(field) + ": bad BIT STRING");
    }
    return {};
}

/// acse-requirements: true when bit 0 (authentication) is set.
Result<bool> authenticationBit(const Tlv& t, const char* field) {
    if (auto ok = checkBitString(t, field); !ok) {
        return ok.error();
    }
    return t.value.size() >= 2 && (t.value[1] & 0x80U) != 0;
}

/// The last arc of a DLMS OID with the given 6-byte prefix.
Result<std::uint8_t> dlmsOidArc(const Tlv& oid, const std::array<std::uint8_t, 6>& prefix,
                                const char* field) {
    if (oid.value.size() != 7 || !std::equal(prefix.begin(), prefix.end(), oid.value.begin()) ||
        (oid.value[6] & 0x80U) != 0) {
        return fail(ApduError::BadValue, oid.offset,
                    std::string(field) + ": not a DLMS OID (" + toHex(oid.value) + ")");
    }
    return oid.value[6];
}

Result<ApplicationContextName> applicationContext(const Tlv& outer) {
    auto inner = explicitInner(outer, kUniversalOid, "application-context-name");
    if (!inner) {
        return inner.error();
    }
    auto arc = dlmsOidArc(*inner, kContextPrefix, "application-context-name");
    if (!arc) {
        return arc.error();
    }
    return static_cast<ApplicationContextName>(*arc);
}

Result<MechanismName> mechanismName(const Tlv& t) {
    auto arc = dlmsOidArc(t, kMechanismPrefix, "mechanism-name");
    if (!arc) {
        return arc.error();
    }
    return static_cast<MechanismName>(*arc);
}

Result<Bytes> authenticationValue(const Tlv& outer, const char* field) {
    BerReader r(outer.value, outer.valueOffset);
    auto inner = r.next(field);
    if (!inner) {
        return inner.error();
    }
    if (inner->tag != kCharstring) {
        return fail(ApduError::UnknownChoice, inner->offset,
                    std::string(field) + ": only charstring [0] is supported");
    }
    if (!r.atEnd()) {
        return fail(ApduError::TrailingBytes, r.offset(), std::string(field) + ": after value");
    }
    return toBytes(inner->value);
}

/// Walks the fields of an ACSE APDU: outer tag check, then each field in ascending tag order.
/// `onField` returns Status; unknown tags are reported by the callback.
template <class OnField>
Status walkFields(ByteView bytes, std::uint8_t outerTag, const char* apdu, OnField&& onField) {
    if (bytes.empty()) {
        return fail(ApduError::EmptyInput, 0, apdu);
    }
    BerReader top(bytes, 0);
    auto outer = top.next(apdu);
    if (!outer) {
        return outer.error();
    }
    if (outer->tag != outerTag) {
        return fail(ApduError::UnexpectedTag, 0,
                    std::string(apdu) + ": tag " + std::to_string(outer->tag));
    }
    if (!top.atEnd()) {
        return fail(ApduError::TrailingBytes, top.offset(), apdu);
    }
    BerReader fields(outer->value, outer->valueOffset);
    int lastTagNumber = -1;
    while (!fields.atEnd()) {
        auto field = fields.next(apdu);
        if (!field) {
            return field.error();
        }
        const int number = field->tag & 0x1F;
        if ((field->tag & 0xC0U) != 0x80U) {
            return fail(ApduError::UnexpectedTag, field->offset,
                        std::string(apdu) + ": field tag " + std::to_string(field->tag) +
                            " is not context-specific");
        }
        if (number <= lastTagNumber) {
            return fail(ApduError::UnexpectedTag, field->offset,
                        std::string(apdu) + ": field [" + std::to_string(number) +
                            "] out of order or repeated");
        }
        lastTagNumber = number;
        if (auto ok = onField(*field); !ok) {
            return ok.error();
        }
    }
    return {};
}

ApduFailure unknownField(const Tlv& t, const char* apdu) {
    return fail(ApduError::UnexpectedTag, t.offset,
                std::string(apdu) + ": unexpected field tag " + std::to_string(t.tag));
}

/// Stores a decoded value into `slot`, or returns its error.
template <class T, class U>
Status assign(T& slot, Result<U>&& value) {
    if (!value) {
        return value.error();
    }
    slot = std::move(*value);
    return {};
}

// ---------------------------------------------------------------------------------------------
// BER writing

void writeLength(ByteWriter& w, std::size_t n) {
    if (n < 0x80) {
        w.u8(static_cast<std::uint8_t>(n));
    } else if (n <= 0xFF) {
        w.u8(0x81).u8(static_cast<std::uint8_t>(n));
    } else if (n <= 0xFFFF) {
        w.u8(0x82).u16(static_cast<std::uint16_t>(n));
    } else if (n <= 0xFFFFFF) {
        w.u8(0x83).u8(static_cast<std::uint8_t>(n >> 16U)).u16(static_cast<std::uint16_t>(n));
    } else {
        w.u8(0x84).u32(static_cast<std::uint32_t>(n));
    }
}

void writeTlv(ByteWriter& w, std::uint8_t tag, ByteView value) {
    w.u8(tag);
    writeLength(w, value.size());
    w.bytes(value);
}

Bytes tlv(std::uint8_t tag, ByteView value) {
    ByteWriter w;
    writeTlv(w, tag, value);
    return w.take();
}

Bytes integerContent(std::int32_t v) {
    // Minimal two's complement: drop leading bytes that only repeat the sign.
    Bytes b;
    const auto u = static_cast<std::uint32_t>(v);
    for (int shift = 24; shift >= 0; shift -= 8) {
        b.push_back(static_cast<std::uint8_t>(u >> static_cast<unsigned>(shift)));
    }
    while (b.size() > 1 &&
           ((b[0] == 0x00 && (b[1] & 0x80U) == 0) || (b[0] == 0xFF && (b[1] & 0x80U) != 0))) {
        b.erase(b.begin());
    }
    return b;
}

void writeExplicitOctetString(ByteWriter& w, std::uint8_t tag, const std::optional<Bytes>& v) {
    if (v) {
        writeTlv(w, tag, tlv(kUniversalOctetString, *v));
    }
}

void writeExplicitInteger(ByteWriter& w, std::uint8_t tag, const std::optional<std::int32_t>& v) {
    if (v) {
        writeTlv(w, tag, tlv(kUniversalInteger, integerContent(*v)));
    }
}

void writeImplicitEnum(ByteWriter& w, std::uint8_t tag, std::uint8_t v) {
    writeTlv(w, tag, integerContent(v));
}

void writeApplicationContext(ByteWriter& w, ApplicationContextName c) {
    Bytes oid(kContextPrefix.begin(), kContextPrefix.end());
    oid.push_back(static_cast<std::uint8_t>(c) & 0x7FU);
    writeTlv(w, 0xA1, tlv(kUniversalOid, oid));
}

void writeMechanismName(ByteWriter& w, std::uint8_t tag, const std::optional<MechanismName>& m) {
    if (m) {
        Bytes oid(kMechanismPrefix.begin(), kMechanismPrefix.end());
        oid.push_back(static_cast<std::uint8_t>(*m) & 0x7FU);
        writeTlv(w, tag, oid);
    }
}

void writeAuthenticationValue(ByteWriter& w, std::uint8_t tag, const std::optional<Bytes>& v) {
    if (v) {
        writeTlv(w, tag, tlv(kCharstring, *v));
    }
}

void writeTail(ByteWriter& w, const std::optional<Bytes>& implementation,
               const std::optional<Bytes>& userInformation) {
    if (implementation) {
        writeTlv(w, kImplementationInformation, *implementation);
    }
    writeExplicitOctetString(w, kUserInformation, userInformation);
}

Bytes wrap(std::uint8_t tag, ByteWriter& content) {
    return tlv(tag, content.data());
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// AARQ

Expected<Aarq, ApduFailure> decodeAarq(ByteView bytes) {
    Aarq a;
    bool haveContext = false;
    auto ok = walkFields(bytes, kTagAarq, "aarq", [&](const Tlv& t) -> Status {
        switch (t.tag) {
            case 0x80:
                if (auto c = checkBitString(t, "protocol-version"); !c) {
                    return c;
                }
                a.protocolVersion = toBytes(t.value);
                return {};
            case 0xA1:
                haveContext = true;
                return assign(a.applicationContext, applicationContext(t));
            case 0xA2:
                return assign(a.calledApTitle, explicitOctetString(t, "called-ap-title"));
            case 0xA3:
                return assign(a.calledAeQualifier, explicitOctetString(t, "called-ae-qualifier"));
            case 0xA4:
                return assign(a.calledApInvocationId,
                              explicitInteger(t, "called-ap-invocation-id"));
            case 0xA5:
                return assign(a.calledAeInvocationId,
                              explicitInteger(t, "called-ae-invocation-id"));
            case 0xA6:
                return assign(a.callingApTitle, explicitOctetString(t, "calling-ap-title"));
            case 0xA7:
                return assign(a.callingAeQualifier, explicitOctetString(t, "calling-ae-qualifier"));
            case 0xA8:
                return assign(a.callingApInvocationId,
                              explicitInteger(t, "calling-ap-invocation-id"));
            case 0xA9:
                return assign(a.callingAeInvocationId,
                              explicitInteger(t, "calling-ae-invocation-id"));
            case 0x8A:
                return assign(a.authentication, authenticationBit(t, "sender-acse-requirements"));
            case 0x8B:
                return assign(a.mechanismName, mechanismName(t));
            case 0xAC:
                return assign(a.callingAuthenticationValue,
                              authenticationValue(t, "calling-authentication-value"));
            case kImplementationInformation:
                a.implementationInformation = toBytes(t.value);
                return {};
            case kUserInformation:
                return assign(a.userInformation, explicitOctetString(t, "user-information"));
            default:
                return unknownField(t, "aarq");
        }
    });
    if (!ok) {
        return ok.error();
    }
    if (!haveContext) {
        return fail(ApduError::MissingField, 0, "aarq: application-context-name");
    }
    return a;
}

Expected<Bytes, ApduFailure> encodeAarq(const Aarq& a) {
    ByteWriter w;
    if (a.protocolVersion) {
        writeTlv(w, 0x80, *a.protocolVersion);
    }
    writeApplicationContext(w, a.applicationContext);
    writeExplicitOctetString(w, 0xA2, a.calledApTitle);
    writeExplicitOctetString(w, 0xA3, a.calledAeQualifier);
    writeExplicitInteger(w, 0xA4, a.calledApInvocationId);
    writeExplicitInteger(w, 0xA5, a.calledAeInvocationId);
    writeExplicitOctetString(w, 0xA6, a.callingApTitle);
    writeExplicitOctetString(w, 0xA7, a.callingAeQualifier);
    writeExplicitInteger(w, 0xA8, a.callingApInvocationId);
    writeExplicitInteger(w, 0xA9, a.callingAeInvocationId);
    if (a.authentication) {
        writeTlv(w, 0x8A, kBitZeroSet);
    }
    writeMechanismName(w, 0x8B, a.mechanismName);
    writeAuthenticationValue(w, 0xAC, a.callingAuthenticationValue);
    writeTail(w, a.implementationInformation, a.userInformation);
    return wrap(kTagAarq, w);
}

// ---------------------------------------------------------------------------------------------
// AARE

namespace {

Result<AssociationResult> associationResult(const Tlv& outer) {
    auto inner = explicitInner(outer, kUniversalInteger, "result");
    if (!inner) {
        return inner.error();
    }
    auto v = enumValue(*inner, "result");
    if (!v) {
        return v.error();
    }
    return static_cast<AssociationResult>(*v);
}

Result<AssociateSourceDiagnostic> sourceDiagnostic(const Tlv& outer) {
    BerReader r(outer.value, outer.valueOffset);
    auto choice = r.next("result-source-diagnostic");
    if (!choice) {
        return choice.error();
    }
    if (!r.atEnd()) {
        return fail(ApduError::TrailingBytes, r.offset(), "result-source-diagnostic");
    }
    if (choice->tag != 0xA1 && choice->tag != 0xA2) {
        return fail(ApduError::UnknownChoice, choice->offset,
                    "result-source-diagnostic: tag " + std::to_string(choice->tag));
    }
    auto inner = explicitInner(*choice, kUniversalInteger, "result-source-diagnostic");
    if (!inner) {
        return inner.error();
    }
    auto v = enumValue(*inner, "result-source-diagnostic");
    if (!v) {
        return v.error();
    }
    if (choice->tag == 0xA1) {
        return AssociateSourceDiagnostic{static_cast<AcseServiceUserDiagnostic>(*v)};
    }
    return AssociateSourceDiagnostic{static_cast<AcseServiceProviderDiagnostic>(*v)};
}

}  // namespace

Expected<Aare, ApduFailure> decodeAare(ByteView bytes) {
    Aare a;
    bool haveContext = false;
    bool haveResult = false;
    bool haveDiagnostic = false;
    auto ok = walkFields(bytes, kTagAare, "aare", [&](const Tlv& t) -> Status {
        switch (t.tag) {
            case 0x80:
                if (auto c = checkBitString(t, "protocol-version"); !c) {
                    return c;
                }
                a.protocolVersion = toBytes(t.value);
                return {};
            case 0xA1:
                haveContext = true;
                return assign(a.applicationContext, applicationContext(t));
            case 0xA2:
                haveResult = true;
                return assign(a.result, associationResult(t));
            case 0xA3:
                haveDiagnostic = true;
                return assign(a.diagnostic, sourceDiagnostic(t));
            case 0xA4:
                return assign(a.respondingApTitle, explicitOctetString(t, "responding-ap-title"));
            case 0xA5:
                return assign(a.respondingAeQualifier,
                              explicitOctetString(t, "responding-ae-qualifier"));
            case 0xA6:
                return assign(a.respondingApInvocationId,
                              explicitInteger(t, "responding-ap-invocation-id"));
            case 0xA7:
                return assign(a.respondingAeInvocationId,
                              explicitInteger(t, "responding-ae-invocation-id"));
            case 0x88:
                return assign(a.authentication,
                              authenticationBit(t, "responder-acse-requirements"));
            case 0x89:
                return assign(a.mechanismName, mechanismName(t));
            case 0xAA:
                return assign(a.respondingAuthenticationValue,
                              authenticationValue(t, "responding-authentication-value"));
            case kImplementationInformation:
                a.implementationInformation = toBytes(t.value);
                return {};
            case kUserInformation:
                return assign(a.userInformation, explicitOctetString(t, "user-information"));
            default:
                return unknownField(t, "aare");
        }
    });
    if (!ok) {
        return ok.error();
    }
    if (!haveContext) {
        return fail(ApduError::MissingField, 0, "aare: application-context-name");
    }
    if (!haveResult) {
        return fail(ApduError::MissingField, 0, "aare: result");
    }
    if (!haveDiagnostic) {
        return fail(ApduError::MissingField, 0, "aare: result-source-diagnostic");
    }
    return a;
}

Expected<Bytes, ApduFailure> encodeAare(const Aare& a) {
    ByteWriter w;
    if (a.protocolVersion) {
        writeTlv(w, 0x80, *a.protocolVersion);
    }
    writeApplicationContext(w, a.applicationContext);
    writeTlv(w, 0xA2, tlv(kUniversalInteger, integerContent(static_cast<std::uint8_t>(a.result))));
    const bool user = std::holds_alternative<AcseServiceUserDiagnostic>(a.diagnostic);
    const std::uint8_t value =
        user ? static_cast<std::uint8_t>(std::get<AcseServiceUserDiagnostic>(a.diagnostic))
             : static_cast<std::uint8_t>(std::get<AcseServiceProviderDiagnostic>(a.diagnostic));
    writeTlv(w, 0xA3, tlv(user ? 0xA1 : 0xA2, tlv(kUniversalInteger, integerContent(value))));
    writeExplicitOctetString(w, 0xA4, a.respondingApTitle);
    writeExplicitOctetString(w, 0xA5, a.respondingAeQualifier);
    writeExplicitInteger(w, 0xA6, a.respondingApInvocationId);
    writeExplicitInteger(w, 0xA7, a.respondingAeInvocationId);
    if (a.authentication) {
        writeTlv(w, 0x88, kBitZeroSet);
    }
    writeMechanismName(w, 0x89, a.mechanismName);
    writeAuthenticationValue(w, 0xAA, a.respondingAuthenticationValue);
    writeTail(w, a.implementationInformation, a.userInformation);
    return wrap(kTagAare, w);
}

// ---------------------------------------------------------------------------------------------
// RLRQ / RLRE

namespace {

template <class Reason, class Release>
Expected<Release, ApduFailure> decodeRelease(ByteView bytes, std::uint8_t tag, const char* name) {
    Release rel;
    auto ok = walkFields(bytes, tag, name, [&](const Tlv& t) -> Status {
        switch (t.tag) {
            case 0x80: {
                auto v = enumValue(t, "reason");
                if (!v) {
                    return v.error();
                }
                rel.reason = static_cast<Reason>(*v);
                return {};
            }
            case kUserInformation:
                return assign(rel.userInformation, explicitOctetString(t, "user-information"));
            default:
                return unknownField(t, name);
        }
    });
    if (!ok) {
        return ok.error();
    }
    return rel;
}

template <class Release>
Bytes encodeRelease(const Release& rel, std::uint8_t tag) {
    ByteWriter w;
    if (rel.reason) {
        writeImplicitEnum(w, 0x80, static_cast<std::uint8_t>(*rel.reason));
    }
    writeExplicitOctetString(w, kUserInformation, rel.userInformation);
    return wrap(tag, w);
}

}  // namespace

Expected<Rlrq, ApduFailure> decodeRlrq(ByteView bytes) {
    return decodeRelease<ReleaseRequestReason, Rlrq>(bytes, kTagRlrq, "rlrq");
}

Expected<Rlre, ApduFailure> decodeRlre(ByteView bytes) {
    return decodeRelease<ReleaseResponseReason, Rlre>(bytes, kTagRlre, "rlre");
}

Expected<Bytes, ApduFailure> encodeRlrq(const Rlrq& r) {
    return encodeRelease(r, kTagRlrq);
}

Expected<Bytes, ApduFailure> encodeRlre(const Rlre& r) {
    return encodeRelease(r, kTagRlre);
}

}  // namespace omt::dlms

#pragma once
// ACSE APDUs of DLMS/COSEM (IEC 62056-5-3 / ISO 8650, BER encoded): AARQ (0x60), AARE (0x61),
// RLRQ (0x62), RLRE (0x63). The xDLMS content of the user-information field is kept as raw
// bytes: a plain InitiateRequest / InitiateResponse / ConfirmedServiceError (decode it with
// decodeApdu) or its ciphered form (hand it to the security module).
//
//   Aarq aarq;                                       // LLS, as in the Green Book:
//   aarq.authentication = true;                      // 60 36 A1 09 06 07 60 85 74 05 08 01 01
//   aarq.mechanismName = MechanismName::Low;         //   8A 02 07 80 8B 07 60 85 74 05 08 02 01
//   aarq.callingAuthenticationValue = bytesOf("12345678");  // AC 0A 80 08 31 ... 38
//   aarq.userInformation = encodeApdu(initiateRequest).value();   // BE 10 04 0E 01 00 ...
//   Bytes wire = encodeAarq(aarq).value();
//
// Decoding is strict BER: definite lengths (short or long form, at most 4 length bytes), fields
// in ascending tag order, each at most once, nothing after the last field.

#include <cstdint>
#include <optional>
#include <variant>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/apdu/apdu_error.h"

namespace omt::dlms {

/// DLMS application context names 2.16.756.5.8.1.x; the value is x (the last OID arc).
enum class ApplicationContextName : std::uint8_t {
    LogicalName = 1,          ///< Logical_Name_Referencing_No_Ciphering
    ShortName = 2,            ///< Short_Name_Referencing_No_Ciphering
    LogicalNameCiphered = 3,  ///< Logical_Name_Referencing_With_Ciphering
    ShortNameCiphered = 4,    ///< Short_Name_Referencing_With_Ciphering
};
/// "logical-name-referencing-no-ciphering", ... ; "unknown" for other arcs.
const char* nameOf(ApplicationContextName c);

/// DLMS authentication mechanism names 2.16.756.5.8.2.x; the value is x.
enum class MechanismName : std::uint8_t {
    Lowest = 0,      ///< no authentication
    Low = 1,         ///< LLS: password
    High = 2,        ///< HLS, manufacturer specific
    HighMd5 = 3,     ///< HLS MD5
    HighSha1 = 4,    ///< HLS SHA-1
    HighGmac = 5,    ///< HLS GMAC (security suite 0)
    HighSha256 = 6,  ///< HLS SHA-256
    HighEcdsa = 7,   ///< HLS ECDSA
};
/// "lowest-level-security", "low-level-security", "high-level-security",
/// "high-level-security-md5", ..., "high-level-security-gmac", ...
const char* nameOf(MechanismName m);

/// Association-result.
enum class AssociationResult : std::uint8_t {
    Accepted = 0,
    RejectedPermanent = 1,
    RejectedTransient = 2,
};
/// "accepted", "rejected-permanent", "rejected-transient".
const char* nameOf(AssociationResult r);

/// Associate-source-diagnostic, acse-service-user [1].
enum class AcseServiceUserDiagnostic : std::uint8_t {
    Null = 0,
    NoReasonGiven = 1,
    ApplicationContextNameNotSupported = 2,
    CallingApTitleNotRecognized = 3,
    CallingApInvocationIdentifierNotRecognized = 4,
    CallingAeQualifierNotRecognized = 5,
    CallingAeInvocationIdentifierNotRecognized = 6,
    CalledApTitleNotRecognized = 7,
    CalledApInvocationIdentifierNotRecognized = 8,
    CalledAeQualifierNotRecognized = 9,
    CalledAeInvocationIdentifierNotRecognized = 10,
    AuthenticationMechanismNameNotRecognised = 11,
    AuthenticationMechanismNameRequired = 12,
    AuthenticationFailure = 13,
    AuthenticationRequired = 14,
};
/// "null", "no-reason-given", "application-context-name-not-supported", ...,
/// "authentication-mechanism-name-not-recognised", "authentication-mechanism-name-required",
/// "authentication-failure", "authentication-required".
const char* nameOf(AcseServiceUserDiagnostic d);

/// Associate-source-diagnostic, acse-service-provider [2].
enum class AcseServiceProviderDiagnostic : std::uint8_t {
    Null = 0,
    NoReasonGiven = 1,
    NoCommonAcseVersion = 2,
};
/// "null", "no-reason-given", "no-common-acse-version".
const char* nameOf(AcseServiceProviderDiagnostic d);

/// Associate-source-diagnostic ::= CHOICE { acse-service-user [1], acse-service-provider [2] }.
using AssociateSourceDiagnostic =
    std::variant<AcseServiceUserDiagnostic, AcseServiceProviderDiagnostic>;

/// Release-request-reason (RLRQ).
enum class ReleaseRequestReason : std::uint8_t {
    Normal = 0,
    Urgent = 1,
    UserDefined = 30,
};
/// "normal", "urgent", "user-defined".
const char* nameOf(ReleaseRequestReason r);

/// Release-response-reason (RLRE).
enum class ReleaseResponseReason : std::uint8_t {
    Normal = 0,
    NotFinished = 1,
    UserDefined = 30,
};
/// "normal", "not-finished", "user-defined".
const char* nameOf(ReleaseResponseReason r);

/// AARQ: A-ASSOCIATE request. Optional octet-string fields hold the value without BER framing.
struct Aarq {
    /// protocol-version [0] BIT STRING content (unused-bits byte first, e.g. {0x07, 0x80});
    /// absent = the default version1.
    std::optional<Bytes> protocolVersion;
    ApplicationContextName applicationContext = ApplicationContextName::LogicalName;
    std::optional<Bytes> calledApTitle;
    std::optional<Bytes> calledAeQualifier;
    std::optional<std::int32_t> calledApInvocationId;
    std::optional<std::int32_t> calledAeInvocationId;
    std::optional<Bytes> callingApTitle;  ///< the client system title (8 bytes) when ciphering
    std::optional<Bytes> callingAeQualifier;
    std::optional<std::int32_t> callingApInvocationId;
    std::optional<std::int32_t> callingAeInvocationId;
    /// sender-acse-requirements with the authentication bit: `8A 02 07 80` when true, omitted
    /// when false.
    bool authentication = false;
    std::optional<MechanismName> mechanismName;
    /// calling-authentication-value, charstring: the LLS password or the HLS challenge CtoS.
    std::optional<Bytes> callingAuthenticationValue;
    std::optional<Bytes> implementationInformation;
    /// user-information: the xDLMS InitiateRequest APDU (plain or ciphered) as raw bytes.
    std::optional<Bytes> userInformation;
    friend bool operator==(const Aarq&, const Aarq&) = default;
};

/// AARE: A-ASSOCIATE response.
struct Aare {
    std::optional<Bytes> protocolVersion;
    ApplicationContextName applicationContext = ApplicationContextName::LogicalName;
    AssociationResult result = AssociationResult::Accepted;
    AssociateSourceDiagnostic diagnostic = AcseServiceUserDiagnostic::Null;
    std::optional<Bytes> respondingApTitle;  ///< the server system title when ciphering
    std::optional<Bytes> respondingAeQualifier;
    std::optional<std::int32_t> respondingApInvocationId;
    std::optional<std::int32_t> respondingAeInvocationId;
    bool authentication = false;  ///< responder-acse-requirements: `88 02 07 80` when true
    std::optional<MechanismName> mechanismName;
    /// responding-authentication-value, charstring: the server challenge StoC (HLS).
    std::optional<Bytes> respondingAuthenticationValue;
    std::optional<Bytes> implementationInformation;
    /// user-information: InitiateResponse, ConfirmedServiceError or a ciphered form, raw.
    std::optional<Bytes> userInformation;
    friend bool operator==(const Aare&, const Aare&) = default;
};

/// RLRQ: A-RELEASE request, e.g. `62 03 80 01 00` (reason normal).
struct Rlrq {
    std::optional<ReleaseRequestReason> reason;
    std::optional<Bytes> userInformation;  ///< a (ciphered) InitiateRequest when ciphering
    friend bool operator==(const Rlrq&, const Rlrq&) = default;
};

/// RLRE: A-RELEASE response, e.g. `63 03 80 01 00` (reason normal).
struct Rlre {
    std::optional<ReleaseResponseReason> reason;
    std::optional<Bytes> userInformation;
    friend bool operator==(const Rlre&, const Rlre&) = default;
};

/// Decodes a complete AARQ (first byte 0x60). Errors: EmptyInput, Truncated, UnexpectedTag
/// (other outer tag, unknown / out-of-order / duplicate field, wrong inner tag), BadLength,
/// LengthExceedsInput, MissingField (no application-context-name), BadValue (OID that is not a
/// DLMS context or mechanism, bad BIT STRING, INTEGER too long), UnknownChoice (authentication
/// value other than charstring), TrailingBytes.
Expected<Aarq, ApduFailure> decodeAarq(ByteView bytes);
/// Decodes a complete AARE (0x61). Errors as decodeAarq; MissingField also when result or
/// result-source-diagnostic is absent; UnknownChoice for a diagnostic source other than 1 / 2.
Expected<Aare, ApduFailure> decodeAare(ByteView bytes);
/// Decodes a complete RLRQ (0x62). Errors as decodeAarq.
Expected<Rlrq, ApduFailure> decodeRlrq(ByteView bytes);
/// Decodes a complete RLRE (0x63). Errors as decodeAarq.
Expected<Rlre, ApduFailure> decodeRlre(ByteView bytes);

/// BER encoding of an AARQ with fields in tag order. Never fails for values within the BER
/// length range (4 GiB); the Expected keeps the API uniform with the xDLMS encoders.
Expected<Bytes, ApduFailure> encodeAarq(const Aarq& aarq);
Expected<Bytes, ApduFailure> encodeAare(const Aare& aare);
Expected<Bytes, ApduFailure> encodeRlrq(const Rlrq& rlrq);
Expected<Bytes, ApduFailure> encodeRlre(const Rlre& rlre);

}  // namespace omt::dlms

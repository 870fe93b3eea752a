// ACSE APDUs of DLMS/COSEM (AARQ, AARE, RLRQ, RLRE): the Green Book worked examples byte for
// byte, every field of the DLMS profile, malformed BER, and random round trips.

#include <QTest>

#include "apdu_test_util.h"
#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/apdu.h"

using namespace omt;
using namespace omt::dlms;
using apdutest::describe;
using apdutest::hex;
using apdutest::hexOf;

namespace {

// Green Book: AARQ, no ciphering, no security.
const char* const kAarqNoSecurity =
    "60 1D"                                       // AARQ, length 29
    "A1 09 06 07 60 85 74 05 08 01 01"            // application-context-name LN, no ciphering
    "BE 10 04 0E"                                 // user-information: octet string of 14 bytes
    "01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";  // InitiateRequest

// Green Book: AARQ, low level security, password "12345678".
const char* const kAarqLls =
    "60 36"                                       // AARQ, length 54
    "A1 09 06 07 60 85 74 05 08 01 01"            // application-context-name LN, no ciphering
    "8A 02 07 80"                                 // sender-acse-requirements: authentication
    "8B 07 60 85 74 05 08 02 01"                  // mechanism-name: low-level-security
    "AC 0A 80 08 31 32 33 34 35 36 37 38"         // calling-authentication-value "12345678"
    "BE 10 04 0E"                                 // user-information
    "01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";  // InitiateRequest

// Green Book: AARQ, high level security with GMAC, challenge CtoS "K56iVagY".
const char* const kAarqHlsGmac =
    "60 36"
    "A1 09 06 07 60 85 74 05 08 01 01"     // LN, no ciphering
    "8A 02 07 80"                          // authentication
    "8B 07 60 85 74 05 08 02 05"           // mechanism-name: high-level-security-gmac
    "AC 0A 80 08 4B 35 36 69 56 61 67 59"  // CtoS "K56iVagY"
    "BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";

// Green Book: AARQ with ciphering and LLS; the user-information holds a glo-initiateRequest.
const char* const kAarqCipheredLls =
    "60 66"
    "A1 09 06 07 60 85 74 05 08 01 03"     // LN with ciphering
    "A6 0A 04 08 4D 4D 4D 00 00 BC 61 4E"  // calling-AP-title: client system title
    "8A 02 07 80"                          // authentication
    "8B 07 60 85 74 05 08 02 01"           // low-level-security
    "AC 0A 80 08 31 32 33 34 35 36 37 38"  // password "12345678"
    "BE 34 04 32"                          // user-information: 50 bytes
    "21 30 30 01 23 45 67 80 13 02 FF 8A 78 74 13 3D 41 4C ED 25 B4 25 34 D2 8D B0 04 77 20 60"
    "6B 17 5B D5 22 11 BE 68 41 DB 20 4D 39 EE 6F DB 8E 35 68 55";  // glo-initiateRequest

// Green Book: AARE, accepted, no security.
const char* const kAareAccepted =
    "61 29"                             // AARE, length 41
    "A1 09 06 07 60 85 74 05 08 01 01"  // LN, no ciphering
    "A2 03 02 01 00"                    // result: accepted
    "A3 05 A1 03 02 01 00"              // result-source-diagnostic: acse-service-user null
    "BE 10 04 0E"                       // user-information
    "08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";  // InitiateResponse

// Green Book: AARE, rejected because of the application context name.
const char* const kAareWrongContext =
    "61 29 A1 09 06 07 60 85 74 05 08 01 01"
    "A2 03 02 01 01"        // result: rejected-permanent
    "A3 05 A1 03 02 01 02"  // application-context-name-not-supported
    "BE 10 04 0E 08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";

// Green Book: AARE, rejected because the DLMS version is too low.
const char* const kAareVersionTooLow =
    "61 1F A1 09 06 07 60 85 74 05 08 01 01"
    "A2 03 02 01 01"        // rejected-permanent
    "A3 05 A1 03 02 01 01"  // no-reason-given
    "BE 06 04 04"           // user-information: 4 bytes
    "0E 01 06 01";          // ConfirmedServiceError: initiateError, initiate, dlms-version-too-low

// Green Book: AARE for HLS GMAC, accepted with authentication-required, challenge StoC.
const char* const kAareHlsGmac =
    "61 42 A1 09 06 07 60 85 74 05 08 01 01"
    "A2 03 02 01 00"                       // accepted
    "A3 05 A1 03 02 01 0E"                 // authentication-required
    "88 02 07 80"                          // responder-acse-requirements: authentication
    "89 07 60 85 74 05 08 02 05"           // mechanism-name: high-level-security-gmac
    "AA 0A 80 08 50 36 77 52 4A 32 31 46"  // StoC "P6wRJ21F"
    "BE 10 04 0E 08 00 06 5F 1F 04 00 00 50 1F 01 F4 00 07";

const char* const kRlrqNormal = "62 03 80 01 00";  // RLRQ, reason normal
const char* const kRlreNormal = "63 03 80 01 00";  // RLRE, reason normal

// RLRQ carrying a ciphered InitiateRequest (release with ciphering).
const char* const kRlrqCiphered =
    "62 39 80 01 00 BE 34 04 32"
    "21 30 30 01 23 45 67 80 13 02 FF 8A 78 74 13 3D 41 4C ED 25 B4 25 34 D2 8D B0 04 77 20 60"
    "6B 17 5B D5 22 11 BE 68 41 DB 20 4D 39 EE 6F DB 8E 35 68 55";

InitiateRequest greenBookInitiateRequest() {
    InitiateRequest q;
    q.proposedConformance = Conformance::fromWire(0x007E1F);
    q.clientMaxReceivePduSize = 1200;
    return q;
}

InitiateResponse greenBookInitiateResponse() {
    InitiateResponse s;
    s.negotiatedConformance = Conformance::fromWire(0x00501F);
    s.serverMaxReceivePduSize = 500;
    return s;
}

Bytes encoded(const Apdu& a) {
    auto b = encodeApdu(a);
    if (!b) {
        qFatal("encode failed: %s", describe(b.error()).constData());
    }
    return *b;
}

/// Decodes any ACSE APDU via the top-level decoder and re-encodes it.
std::optional<Bytes> reencode(const Bytes& wire) {
    auto a = decodeApdu(wire);
    if (!a) {
        return std::nullopt;
    }
    return encoded(*a);
}

}  // namespace

class TestApduAcse : public QObject {
    Q_OBJECT

private slots:
    void aarqWithoutSecurity() {
        const Bytes wire = hex(kAarqNoSecurity);
        auto a = decodeAarq(wire);
        VERIFY_OK(a);
        QCOMPARE(a->applicationContext, ApplicationContextName::LogicalName);
        QVERIFY(!a->authentication);
        QVERIFY(!a->mechanismName);
        QVERIFY(!a->callingAuthenticationValue);
        QVERIFY(!a->callingApTitle);
        QVERIFY(a->userInformation);
        QCOMPARE(*a->userInformation, encoded(greenBookInitiateRequest()));

        Aarq built;
        built.userInformation = encoded(greenBookInitiateRequest());
        QCOMPARE(hexOf(*encodeAarq(built)), hexOf(wire));
        QCOMPARE(*a, built);
    }

    void aarqLowLevelSecurity() {
        const Bytes wire = hex(kAarqLls);
        auto a = decodeAarq(wire);
        VERIFY_OK(a);
        QVERIFY(a->authentication);
        QCOMPARE(a->mechanismName, std::optional(MechanismName::Low));
        QCOMPARE(*a->callingAuthenticationValue, bytesOf("12345678"));

        auto initiate = decodeApdu(*a->userInformation);
        VERIFY_OK(initiate);
        const auto& q = std::get<InitiateRequest>(*initiate);
        QCOMPARE(q.proposedDlmsVersion, std::uint8_t{6});
        QCOMPARE(q.clientMaxReceivePduSize, std::uint16_t{1200});
        QVERIFY(q.responseAllowed);
        QVERIFY(q.proposedConformance.has(ConformanceBit::Get));
        QVERIFY(q.proposedConformance.has(ConformanceBit::BlockTransferWithGetOrRead));
        QVERIFY(!q.proposedConformance.has(ConformanceBit::GeneralProtection));

        Aarq built;
        built.authentication = true;
        built.mechanismName = MechanismName::Low;
        built.callingAuthenticationValue = bytesOf("12345678");
        built.userInformation = encoded(greenBookInitiateRequest());
        QCOMPARE(hexOf(*encodeAarq(built)), hexOf(wire));
    }

    void aarqHighLevelSecurityGmac() {
        const Bytes wire = hex(kAarqHlsGmac);
        auto a = decodeAarq(wire);
        VERIFY_OK(a);
        QCOMPARE(a->mechanismName, std::optional(MechanismName::HighGmac));
        QCOMPARE(*a->callingAuthenticationValue, bytesOf("K56iVagY"));
        QCOMPARE(hexOf(*encodeAarq(*a)), hexOf(wire));
    }

    void aarqWithCipheringCarriesSystemTitleAndCipheredInitiate() {
        const Bytes wire = hex(kAarqCipheredLls);
        auto a = decodeAarq(wire);
        VERIFY_OK(a);
        QCOMPARE(a->applicationContext, ApplicationContextName::LogicalNameCiphered);
        QCOMPARE(hexOf(*a->callingApTitle), QByteArray("4D 4D 4D 00 00 BC 61 4E"));
        QCOMPARE(*a->callingAuthenticationValue, bytesOf("12345678"));
        QCOMPARE(a->userInformation->size(), std::size_t{50});
        QCOMPARE((*a->userInformation)[0], std::uint8_t{0x21});  // glo-initiateRequest

        // The user-information is ciphered: the xDLMS decoder says so instead of guessing.
        auto inner = decodeApdu(*a->userInformation);
        QVERIFY(!inner);
        QCOMPARE(inner.error().code, ApduError::CipheredApdu);

        QCOMPARE(hexOf(*encodeAarq(*a)), hexOf(wire));
    }

    void aareAccepted() {
        const Bytes wire = hex(kAareAccepted);
        auto a = decodeAare(wire);
        VERIFY_OK(a);
        QCOMPARE(a->result, AssociationResult::Accepted);
        QCOMPARE(std::get<AcseServiceUserDiagnostic>(a->diagnostic),
                 AcseServiceUserDiagnostic::Null);
        auto inner = decodeApdu(*a->userInformation);
        VERIFY_OK(inner);
        const auto& s = std::get<InitiateResponse>(*inner);
        QCOMPARE(s, greenBookInitiateResponse());
        QCOMPARE(s.vaaName, std::int16_t{0x0007});

        Aare built;
        built.userInformation = encoded(greenBookInitiateResponse());
        QCOMPARE(hexOf(*encodeAare(built)), hexOf(wire));
    }

    void aareRejectedForApplicationContext() {
        auto a = decodeAare(hex(kAareWrongContext));
        VERIFY_OK(a);
        QCOMPARE(a->result, AssociationResult::RejectedPermanent);
        QCOMPARE(std::get<AcseServiceUserDiagnostic>(a->diagnostic),
                 AcseServiceUserDiagnostic::ApplicationContextNameNotSupported);
        QCOMPARE(QByteArray(nameOf(a->result)), QByteArray("rejected-permanent"));
        QCOMPARE(QByteArray(nameOf(std::get<AcseServiceUserDiagnostic>(a->diagnostic))),
                 QByteArray("application-context-name-not-supported"));
    }

    void aareRejectedWithConfirmedServiceError() {
        const Bytes wire = hex(kAareVersionTooLow);
        auto a = decodeAare(wire);
        VERIFY_OK(a);
        QCOMPARE(std::get<AcseServiceUserDiagnostic>(a->diagnostic),
                 AcseServiceUserDiagnostic::NoReasonGiven);
        auto inner = decodeApdu(*a->userInformation);
        VERIFY_OK(inner);
        const auto& e = std::get<ConfirmedServiceError>(*inner);
        QCOMPARE(e.service, ConfirmedServiceChoice::InitiateError);
        QCOMPARE(e.error.kind, ServiceErrorKind::Initiate);
        QCOMPARE(QByteArray(serviceErrorValueName(e.error)), QByteArray("dlms-version-too-low"));
        QCOMPARE(hexOf(*encodeAare(*a)), hexOf(wire));
    }

    void aareHighLevelSecurityGmac() {
        const Bytes wire = hex(kAareHlsGmac);
        auto a = decodeAare(wire);
        VERIFY_OK(a);
        QCOMPARE(a->result, AssociationResult::Accepted);
        QCOMPARE(std::get<AcseServiceUserDiagnostic>(a->diagnostic),
                 AcseServiceUserDiagnostic::AuthenticationRequired);
        QVERIFY(a->authentication);
        QCOMPARE(a->mechanismName, std::optional(MechanismName::HighGmac));
        QCOMPARE(*a->respondingAuthenticationValue, bytesOf("P6wRJ21F"));

        Aare built;
        built.diagnostic = AcseServiceUserDiagnostic::AuthenticationRequired;
        built.authentication = true;
        built.mechanismName = MechanismName::HighGmac;
        built.respondingAuthenticationValue = bytesOf("P6wRJ21F");
        built.userInformation = encoded(greenBookInitiateResponse());
        QCOMPARE(hexOf(*encodeAare(built)), hexOf(wire));
    }

    void aareWithEveryOptionalField() {
        // Given an AARE that uses every field of the DLMS profile, in tag order.
        const Bytes wire =
            hex("61 4E"
                "80 02 07 80"                       // protocol-version: version1
                "A1 09 06 07 60 85 74 05 08 01 03"  // LN with ciphering
                "A2 03 02 01 02"                    // result: rejected-transient
                "A3 05 A2 03 02 01 02"              // acse-service-provider: no-common-acse-version
                "A4 0A 04 08 4B 46 4D 10 20 30 40 50"  // responding-AP-title: server system title
                "A5 03 04 01 07"                       // responding-AE-qualifier
                "A6 03 02 01 80"                       // responding-AP-invocation-id: -128
                "A7 04 02 02 01 00"                    // responding-AE-invocation-id: 256
                "88 02 07 00"                          // responder-acse-requirements: bit clear
                "89 07 60 85 74 05 08 02 07"           // mechanism: high-level-security-ecdsa
                "9D 03 4F 4D 54"                       // implementation-information "OMT"
                "BE 03 04 01 0E");                     // user-information (1 byte)
        auto a = decodeAare(wire);
        VERIFY_OK(a);
        QCOMPARE(hexOf(*a->protocolVersion), QByteArray("07 80"));
        QCOMPARE(a->applicationContext, ApplicationContextName::LogicalNameCiphered);
        QCOMPARE(a->result, AssociationResult::RejectedTransient);
        QCOMPARE(std::get<AcseServiceProviderDiagnostic>(a->diagnostic),
                 AcseServiceProviderDiagnostic::NoCommonAcseVersion);
        QCOMPARE(hexOf(*a->respondingApTitle), QByteArray("4B 46 4D 10 20 30 40 50"));
        QCOMPARE(hexOf(*a->respondingAeQualifier), QByteArray("07"));
        QCOMPARE(*a->respondingApInvocationId, -128);
        QCOMPARE(*a->respondingAeInvocationId, 256);
        QVERIFY(!a->authentication);
        QCOMPARE(a->mechanismName, std::optional(MechanismName::HighEcdsa));
        QCOMPARE(*a->implementationInformation, bytesOf("OMT"));
        QCOMPARE(hexOf(*a->userInformation), QByteArray("0E"));

        // Encoding drops only the all-zero requirements field (absent = no authentication).
        auto again = decodeAare(*encodeAare(*a));
        VERIFY_OK(again);
        QCOMPARE(*again, *a);
        QCOMPARE(encodeAare(*a)->size(), wire.size() - 4);
    }

    void aarqWithCalledAndCallingIdentifiers() {
        Aarq a;
        a.calledApTitle = hex("01 02");
        a.calledAeQualifier = hex("03");
        a.calledApInvocationId = 0x7FFFFFFF;
        a.calledAeInvocationId = -1;
        a.callingApTitle = hex("4B 46 4D 00 00 00 00 01");
        a.callingAeQualifier = Bytes(150, 0xAB);  // a certificate: long-form lengths
        a.callingApInvocationId = 0;
        a.callingAeInvocationId = 0x12345;
        a.implementationInformation = bytesOf("x");
        const Bytes wire = *encodeAarq(a);
        // called-AP-invocation-id: A4 06 02 04 7F FF FF FF; called-AE-invocation-id: A5 03 02 01 FF
        QVERIFY(hexOf(wire).contains("A4 06 02 04 7F FF FF FF A5 03 02 01 FF"));
        // calling-AE-qualifier: A7 81 99 04 81 96 <150 bytes>
        QVERIFY(hexOf(wire).contains("A7 81 99 04 81 96 AB AB"));
        QCOMPARE(wire[0], std::uint8_t{0x60});
        QCOMPARE(wire[1], std::uint8_t{0x81});  // outer length needs the long form too
        auto back = decodeAarq(wire);
        VERIFY_OK(back);
        QCOMPARE(*back, a);
    }

    void releaseRequestAndResponse() {
        auto q = decodeRlrq(hex(kRlrqNormal));
        VERIFY_OK(q);
        QCOMPARE(q->reason, std::optional(ReleaseRequestReason::Normal));
        QVERIFY(!q->userInformation);
        QCOMPARE(hexOf(*encodeRlrq(*q)), hexOf(hex(kRlrqNormal)));

        auto c = decodeRlrq(hex(kRlrqCiphered));
        VERIFY_OK(c);
        QCOMPARE(c->userInformation->size(), std::size_t{50});
        QCOMPARE(hexOf(*encodeRlrq(*c)), hexOf(hex(kRlrqCiphered)));

        auto r = decodeRlre(hex(kRlreNormal));
        VERIFY_OK(r);
        QCOMPARE(r->reason, std::optional(ReleaseResponseReason::Normal));
        QCOMPARE(hexOf(*encodeRlre(*r)), hexOf(hex(kRlreNormal)));

        // An empty RLRE (63 00) is valid: every field is optional.
        auto empty = decodeRlre(hex("63 00"));
        VERIFY_OK(empty);
        QVERIFY(!empty->reason);
        QCOMPARE(hexOf(*encodeRlre(Rlre{})), QByteArray("63 00"));

        // The reason values keep their names.
        QCOMPARE(QByteArray(nameOf(ReleaseRequestReason::Urgent)), QByteArray("urgent"));
        QCOMPARE(QByteArray(nameOf(ReleaseResponseReason::NotFinished)),
                 QByteArray("not-finished"));
        QCOMPARE(QByteArray(nameOf(ReleaseRequestReason::UserDefined)), QByteArray("user-defined"));
    }

    void topLevelDecoderDispatchesAcse() {
        const std::pair<const char*, const char*> cases[] = {{kAarqLls, "aarq"},
                                                             {kAareAccepted, "aare"},
                                                             {kRlrqNormal, "rlrq"},
                                                             {kRlreNormal, "rlre"}};
        for (const auto& [vector, name] : cases) {
            auto a = decodeApdu(hex(vector));
            VERIFY_OK(a);
            QCOMPARE(QByteArray(apduName(*a)), QByteArray(name));
            QCOMPARE(hexOf(*reencode(hex(vector))), hexOf(hex(vector)));
        }
    }

    void names() {
        QCOMPARE(QByteArray(nameOf(AssociationResult::Accepted)), QByteArray("accepted"));
        QCOMPARE(QByteArray(nameOf(AssociationResult::RejectedTransient)),
                 QByteArray("rejected-transient"));
        const std::pair<AcseServiceUserDiagnostic, const char*> user[] = {
            {AcseServiceUserDiagnostic::Null, "null"},
            {AcseServiceUserDiagnostic::NoReasonGiven, "no-reason-given"},
            {AcseServiceUserDiagnostic::ApplicationContextNameNotSupported,
             "application-context-name-not-supported"},
            {AcseServiceUserDiagnostic::CalledAeInvocationIdentifierNotRecognized,
             "called-ae-invocation-identifier-not-recognized"},
            {AcseServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised,
             "authentication-mechanism-name-not-recognised"},
            {AcseServiceUserDiagnostic::AuthenticationMechanismNameRequired,
             "authentication-mechanism-name-required"},
            {AcseServiceUserDiagnostic::AuthenticationFailure, "authentication-failure"},
            {AcseServiceUserDiagnostic::AuthenticationRequired, "authentication-required"},
        };
        for (const auto& [value, name] : user) {
            QCOMPARE(QByteArray(nameOf(value)), QByteArray(name));
        }
        QCOMPARE(QByteArray(nameOf(static_cast<AcseServiceUserDiagnostic>(15))),
                 QByteArray("unknown"));
        QCOMPARE(QByteArray(nameOf(AcseServiceProviderDiagnostic::NoCommonAcseVersion)),
                 QByteArray("no-common-acse-version"));
        QCOMPARE(QByteArray(nameOf(MechanismName::Lowest)), QByteArray("lowest-level-security"));
        QCOMPARE(QByteArray(nameOf(MechanismName::Low)), QByteArray("low-level-security"));
        QCOMPARE(QByteArray(nameOf(MechanismName::HighGmac)),
                 QByteArray("high-level-security-gmac"));
        QCOMPARE(QByteArray(nameOf(ApplicationContextName::LogicalNameCiphered)),
                 QByteArray("logical-name-referencing-with-ciphering"));
    }

    void truncationAtEveryByte() {
        // Given any valid ACSE vector cut short, the outer length no longer fits: a typed error
        // at the length byte, never a crash or a partial value.
        for (const char* vector : {kAarqNoSecurity, kAarqLls, kAarqHlsGmac, kAarqCipheredLls,
                                   kAareAccepted, kAareWrongContext, kAareVersionTooLow,
                                   kAareHlsGmac, kRlrqNormal, kRlreNormal, kRlrqCiphered}) {
            const Bytes full = hex(vector);
            for (std::size_t n = 0; n < full.size(); ++n) {
                auto r = decodeApdu(ByteView(full.data(), n));
                QVERIFY(!r);
                const ApduError expected = n == 0   ? ApduError::EmptyInput
                                           : n == 1 ? ApduError::Truncated
                                                    : ApduError::LengthExceedsInput;
                QVERIFY2(r.error().code == expected, describe(r.error()));
                QCOMPARE(r.error().offset, n == 0 ? std::size_t{0} : std::size_t{1});
            }
        }
    }

    void truncatedInnerFieldsWithConsistentOuterLength() {
        // Outer length says 3, but the application-context-name inside claims 9 bytes.
        auto r = decodeAarq(hex("60 03 A1 09 06"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::LengthExceedsInput);
        QCOMPARE(r.error().offset, std::size_t{3});

        // The inner OID of the context name is cut: A1 02 06 07.
        r = decodeAarq(hex("60 04 A1 02 06 07"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::LengthExceedsInput);
        QCOMPARE(r.error().offset, std::size_t{5});

        // A field tag with no length byte.
        r = decodeAarq(hex("60 01 A1"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::Truncated);
        QCOMPARE(r.error().offset, std::size_t{3});
    }

    void malformedBer_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("offset");
        auto row = [](const char* name, const char* wire, ApduError code, int offset) {
            QTest::newRow(name) << QByteArray(wire) << static_cast<int>(code) << offset;
        };
        row("indefinite length", "60 80 00 00", ApduError::BadLength, 1);
        row("five length bytes", "60 85 00 00 00 00 10", ApduError::BadLength, 1);
        row("length claims 4 GiB", "60 84 FF FF FF FF A1", ApduError::LengthExceedsInput, 1);
        row("long-form length cut", "60 82 01", ApduError::Truncated, 3);
        row("not an AARQ", "61 00", ApduError::UnexpectedTag, 0);
        row("bytes after the AARQ", "60 0B A1 09 06 07 60 85 74 05 08 01 01 00",
            ApduError::TrailingBytes, 13);
        row("missing application context", "60 04 8A 02 07 80", ApduError::MissingField, 0);
        row("unknown field [13]", "60 0D A1 09 06 07 60 85 74 05 08 01 01 8D 00",
            ApduError::UnexpectedTag, 13);
        row("universal tag among fields", "60 0D A1 09 06 07 60 85 74 05 08 01 01 04 00",
            ApduError::UnexpectedTag, 13);
        row("fields out of order", "60 0F 8A 02 07 80 A1 09 06 07 60 85 74 05 08 01 01",
            ApduError::UnexpectedTag, 6);
        row("field repeated",
            "60 16 A1 09 06 07 60 85 74 05 08 01 01 A1 09 06 07 60 85 74 05 08 01 01",
            ApduError::UnexpectedTag, 13);
        row("multi-byte tag", "60 03 BF 1F 00", ApduError::UnexpectedTag, 2);
        row("context name is not an OID", "60 0B A1 09 04 07 60 85 74 05 08 01 01",
            ApduError::UnexpectedTag, 4);
        row("context name not DLMS", "60 0B A1 09 06 07 60 85 74 05 09 01 01", ApduError::BadValue,
            4);
        row("context name with a long arc", "60 0B A1 09 06 07 60 85 74 05 08 01 81",
            ApduError::BadValue, 4);
        row("bytes after the context OID", "60 0C A1 0A 06 07 60 85 74 05 08 01 01 00",
            ApduError::TrailingBytes, 13);
        row("mechanism name not DLMS",
            "60 14 A1 09 06 07 60 85 74 05 08 01 01 8B 07 60 85 74 05 08 03 01",
            ApduError::BadValue, 13);
        row("authentication value as bit string",
            "60 11 A1 09 06 07 60 85 74 05 08 01 01 AC 04 81 02 00 01", ApduError::UnknownChoice,
            15);
        row("acse requirements with 8 unused bits",
            "60 0F A1 09 06 07 60 85 74 05 08 01 01 8A 02 08 80", ApduError::BadValue, 13);
        row("empty acse requirements", "60 0D A1 09 06 07 60 85 74 05 08 01 01 8A 00",
            ApduError::BadValue, 13);
        row("AP title not an octet string",
            "60 11 A1 09 06 07 60 85 74 05 08 01 01 A6 04 02 02 01 02", ApduError::UnexpectedTag,
            15);
        row("invocation id of 5 bytes",
            "60 14 A1 09 06 07 60 85 74 05 08 01 01 A8 07 02 05 01 02 03 04 05",
            ApduError::BadValue, 15);
        row("empty invocation id", "60 0F A1 09 06 07 60 85 74 05 08 01 01 A8 02 02 00",
            ApduError::BadValue, 15);
        row("user information not an octet string",
            "60 11 A1 09 06 07 60 85 74 05 08 01 01 BE 04 05 02 01 02", ApduError::UnexpectedTag,
            15);
    }

    void malformedBer() {
        QFETCH(QByteArray, wire);
        QFETCH(int, code);
        QFETCH(int, offset);
        auto r = decodeAarq(hex(wire.constData()));
        QVERIFY(!r);
        QVERIFY2(static_cast<int>(r.error().code) == code, describe(r.error()));
        QCOMPARE(r.error().offset, static_cast<std::size_t>(offset));
    }

    void malformedAare() {
        // Given an AARE without result / diagnostic, the missing field is named.
        auto r = decodeAare(hex("61 0B A1 09 06 07 60 85 74 05 08 01 01"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::MissingField);
        QCOMPARE(QByteArray::fromStdString(r.error().detail), QByteArray("aare: result"));

        r = decodeAare(hex("61 10 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::MissingField);
        QCOMPARE(QByteArray::fromStdString(r.error().detail),
                 QByteArray("aare: result-source-diagnostic"));

        // A diagnostic source [3] does not exist.
        r =
            decodeAare(hex("61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00"
                           "A3 05 A3 03 02 01 00"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::UnknownChoice);
        QCOMPARE(r.error().offset, std::size_t{20});

        // A result of 256 does not fit the enumeration.
        r =
            decodeAare(hex("61 18 A1 09 06 07 60 85 74 05 08 01 01 A2 04 02 02 01 00"
                           "A3 05 A1 03 02 01 00"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::BadValue);
        QCOMPARE(r.error().offset, std::size_t{15});

        // A negative diagnostic.
        r =
            decodeAare(hex("61 17 A1 09 06 07 60 85 74 05 08 01 01 A2 03 02 01 00"
                           "A3 05 A1 03 02 01 FF"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ApduError::BadValue);

        // An RLRQ with an AARQ field.
        auto q = decodeRlrq(hex("62 04 8A 02 07 80"));
        QVERIFY(!q);
        QCOMPARE(q.error().code, ApduError::UnexpectedTag);
        QCOMPARE(q.error().offset, std::size_t{2});
    }

    void randomRoundTrip() {
        apdutest::Random rnd(0xACE5);
        auto title = [&] { return rnd.maybe(rnd.bytes(140)); };
        auto id = [&] { return rnd.maybe(static_cast<std::int32_t>(rnd.u32())); };
        for (int i = 0; i < 400; ++i) {
            Aarq q;
            if (rnd.coin()) {
                q.protocolVersion = Bytes{0x07, 0x80};
            }
            q.applicationContext = static_cast<ApplicationContextName>(rnd.below(5));
            q.calledApTitle = title();
            q.calledAeQualifier = title();
            q.calledApInvocationId = id();
            q.calledAeInvocationId = id();
            q.callingApTitle = title();
            q.callingAeQualifier = title();
            q.callingApInvocationId = id();
            q.callingAeInvocationId = id();
            q.authentication = rnd.coin();
            q.mechanismName = rnd.maybe(static_cast<MechanismName>(rnd.below(8)));
            q.callingAuthenticationValue = rnd.maybe(rnd.bytes(64));
            q.implementationInformation = rnd.maybe(rnd.bytes(10));
            q.userInformation = rnd.maybe(rnd.bytes(300));
            auto qb = encodeAarq(q);
            auto qd = decodeAarq(*qb);
            VERIFY_OK(qd);
            QCOMPARE(*qd, q);

            Aare s;
            s.applicationContext = static_cast<ApplicationContextName>(rnd.below(5));
            s.result = static_cast<AssociationResult>(rnd.below(3));
            if (rnd.coin()) {
                s.diagnostic = static_cast<AcseServiceUserDiagnostic>(rnd.below(15));
            } else {
                s.diagnostic = static_cast<AcseServiceProviderDiagnostic>(rnd.below(3));
            }
            s.respondingApTitle = title();
            s.respondingAeQualifier = title();
            s.respondingApInvocationId = id();
            s.respondingAeInvocationId = id();
            s.authentication = rnd.coin();
            s.mechanismName = rnd.maybe(static_cast<MechanismName>(rnd.below(8)));
            s.respondingAuthenticationValue = rnd.maybe(rnd.bytes(64));
            s.implementationInformation = rnd.maybe(rnd.bytes(10));
            s.userInformation = rnd.maybe(rnd.bytes(300));
            auto sb = encodeAare(s);
            auto sd = decodeAare(*sb);
            VERIFY_OK(sd);
            QCOMPARE(*sd, s);

            Rlrq rq{rnd.maybe(static_cast<ReleaseRequestReason>(rnd.u8())),
                    rnd.maybe(rnd.bytes(200))};
            auto rqd = decodeRlrq(*encodeRlrq(rq));
            VERIFY_OK(rqd);
            QCOMPARE(*rqd, rq);

            Rlre re{rnd.maybe(static_cast<ReleaseResponseReason>(rnd.u8())),
                    rnd.maybe(rnd.bytes(200))};
            auto red = decodeRlre(*encodeRlre(re));
            VERIFY_OK(red);
            QCOMPARE(*red, re);
        }
    }
};

QTEST_GUILESS_MAIN(TestApduAcse)
#include "tst_apdu_acse.moc"

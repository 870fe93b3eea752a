// DLMS/COSEM security suite 0: AES-GCM-128 protection, ciphered APDUs, HLS-GMAC, key wrap.
//
// Vectors:
//  - NIST GCM spec (McGrew & Viega, "The Galois/Counter Mode of Operation"), test cases 2-4.
//  - DLMS UA Green Book: the glo-initiate-request example (EK 000102..0F, AK D0D1..DF,
//    ST 4D4D4D0000BC614E, IC 01234567) and the HLS-GMAC example of Table 43 (ed. 8.1).
//  - glo-get-request / general-glo-ciphering in the three security modes: no published bytes
//    were found; the expected bytes were computed independently (AES blocks from the openssl
//    command line, GHASH in plain Python; cross-checked with `openssl mac ... GMAC` for 0x10
//    and `openssl enc -aes-128-ctr` for 0x20), a computation that reproduces the published
//    glo-initiate-request bytes and NIST test case 4 (see independent_gcm.py beside this file).
//  - RFC 3394 section 4.1 (128-bit KEK wrapping 128 bits of key data).
#include <QTest>

#include <random>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/dlms/security/aes_gcm.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/hls_gmac.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/key_wrap.h"
#include "protocol/dlms/security/openssl_version.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/security_control.h"
#include "protocol/dlms/security/security_error.h"
#include "protocol/dlms/security/system_title.h"

using namespace omt;
using namespace omt::dlms::security;

namespace {

Bytes hex(const char* text) {
    auto bytes = fromHex(text);
    if (!bytes) {
        qFatal("bad hex in test: %s", text);
    }
    return *bytes;
}

QString hexOf(ByteView bytes) {
    return QString::fromStdString(toHex(bytes, '\0'));
}

Key128 key(const char* text) {
    auto k = Key128::fromHex(text);
    if (!k) {
        qFatal("bad key in test: %s", text);
    }
    return *k;
}

SystemTitle title(const char* text) {
    auto t = SystemTitle::fromHex(text);
    if (!t) {
        qFatal("bad title in test: %s", text);
    }
    return *t;
}

/// "ok" or the kebab-case name of the error.
template <class T>
QString outcome(const Expected<T, SecurityFailure>& r) {
    return r ? QStringLiteral("ok") : QString::fromLatin1(nameOf(r.error().code));
}

// The Green Book example keys and titles.
const char* const kEk = "000102030405060708090A0B0C0D0E0F";
const char* const kAk = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";
const char* const kDedicated = "F0E1D2C3B4A5968778695A4B3C2D1E0F";
const char* const kServerTitle = "4D4D4D0000BC614E";  // "MMM" 0000BC614E
const char* const kClientTitle = "4B414D0000000001";  // "KAM" 0000000001

SecurityKeys greenBookKeys() {
    return SecurityKeys{key(kEk), key(kAk), key(kDedicated)};
}

/// The side whose title forms the IV in the Green Book example (the server) ...
SecurityContext senderContext(Protection protection = Protection::AuthenticatedEncryption) {
    SecurityContext ctx(title(kServerTitle), greenBookKeys());
    ctx.setPeerSystemTitle(title(kClientTitle));
    ctx.setPolicy(SecurityPolicy::of(protection));
    ctx.setInvocationCounter(0x01234567);
    return ctx;
}

/// ... and the side that receives its APDUs.
SecurityContext receiverContext(Protection protection = Protection::AuthenticatedEncryption) {
    SecurityContext ctx(title(kClientTitle), greenBookKeys());
    ctx.setPeerSystemTitle(title(kServerTitle));
    ctx.setPolicy(SecurityPolicy::of(protection));
    return ctx;
}

// get-request-normal, invoke-id-and-priority C1, Clock 0.0.1.0.0.255 attribute 2.
const char* const kGetRequest = "C0 01 C1 0008 000001 0000FF 02 00";
// The Green Book xDLMS InitiateRequest: dedicated key, conformance 007E1F, max PDU 04B0.
const char* const kInitiateRequest =
    "01011000112233445566778899AABBCCDDEEFF0000065F1F0400007E1F04B0";

constexpr std::array<Protection, 3> kProtections{Protection::AuthenticationOnly,
                                                 Protection::EncryptionOnly,
                                                 Protection::AuthenticatedEncryption};
constexpr std::array<CipheringMode, 4> kModes{CipheringMode::Global, CipheringMode::Dedicated,
                                              CipheringMode::GeneralGlobal,
                                              CipheringMode::GeneralDedicated};

}  // namespace

class TestSecurity : public QObject {
    Q_OBJECT
private slots:
    // ---- value types -------------------------------------------------------------------------

    void securityControlRoundTripsEveryByte() {
        for (int b = 0; b < 256; ++b) {
            const auto byte = static_cast<std::uint8_t>(b);
            QCOMPARE(SecurityControl::parse(byte).toByte(), byte);
        }
        const auto sc = SecurityControl::parse(0x30);
        QCOMPARE(sc.suiteId, std::uint8_t{0});
        QVERIFY(sc.authentication);
        QVERIFY(sc.encryption);
        QVERIFY(!sc.broadcastKey);
        QVERIFY(!sc.compression);
        QCOMPARE(sc.toString(), std::string("SC(30: suite 0, auth, enc)"));

        const auto odd = SecurityControl::parse(0xC5);  // compressed, broadcast, suite 5
        QCOMPARE(odd.suiteId, std::uint8_t{5});
        QVERIFY(odd.compression);
        QVERIFY(odd.broadcastKey);
        QVERIFY(!odd.authentication);
        QVERIFY(!odd.encryption);
        QCOMPARE(odd.toString(), std::string("SC(C5: suite 5, broadcast, compressed)"));

        QCOMPARE(SecurityControl::forProtection(Protection::AuthenticationOnly).toByte(), 0x10);
        QCOMPARE(SecurityControl::forProtection(Protection::EncryptionOnly).toByte(), 0x20);
        QCOMPARE(SecurityControl::authenticatedEncryption().toByte(), 0x30);
    }

    void systemTitleShowsFlagIdAndSerial() {
        const auto kam = title("4B414D0000BC614E");
        QCOMPARE(kam.toString(), std::string("KAM0000BC614E"));
        QCOMPARE(*kam.manufacturer(), std::string("KAM"));
        QCOMPARE(kam.serialHex(), std::string("0000BC614E"));
        QCOMPARE(*SystemTitle::fromFlag("KAM", 0xBC614E), kam);

        // Not a FLAG id: shown as plain hex.
        const auto raw = title("0102030405060708");
        QVERIFY(!raw.manufacturer().has_value());
        QCOMPARE(raw.toString(), std::string("0102030405060708"));

        QVERIFY(!SystemTitle::fromHex("4B414D0000BC61").has_value());      // 7 bytes
        QVERIFY(!SystemTitle::fromHex("4B414D0000BC614E00").has_value());  // 9 bytes
        QVERIFY(!SystemTitle::fromFlag("Kam", 1).has_value());
        QVERIFY(!SystemTitle::fromFlag("KAMS", 1).has_value());
        QVERIFY(!SystemTitle::fromFlag("KAM", 0x10000000000ULL).has_value());  // > 40 bits
    }

    void keysAreMaskedAndWiped() {
        auto ek = key(kEk);
        QCOMPARE(ek.masked(), std::string("Key128(********)"));
        QVERIFY(!Key128::fromHex("000102030405060708090A0B0C0D0E").has_value());      // 15 bytes
        QVERIFY(!Key128::fromHex("000102030405060708090A0B0C0D0E0F10").has_value());  // 17
        QVERIFY(key(kEk) == ek);
        QVERIFY(!(key(kAk) == ek));

        // Moving leaves no key bytes behind in the source.
        Key128 moved(std::move(ek));
        QVERIFY(moved == key(kEk));
        QCOMPARE(hexOf(ek.bytes()),
                 QString(32, QLatin1Char('0')));  // NOLINT(bugprone-use-after-move)

        // No key material in a context's trace text.
        const auto ctx = senderContext();
        const std::string text = ctx.toString();
        QVERIFY(text.find("000102") == std::string::npos);
        QVERIFY(text.find("D0D1D2") == std::string::npos);
        QVERIFY(text.find("F0E1D2") == std::string::npos);
        QVERIFY(text.find("ek=Key128(********)") != std::string::npos);
        QVERIFY(text.find("own=MMM0000BC614E") != std::string::npos);
        QVERIFY(text.find("ic=19088743") != std::string::npos);  // 0x01234567
    }

    // ---- raw AES-GCM through EVP (NIST / McGrew-Viega) ------------------------------------------

    void gcmMatchesNistVectors_data() {
        QTest::addColumn<QString>("k");
        QTest::addColumn<QString>("iv");
        QTest::addColumn<QString>("aad");
        QTest::addColumn<QString>("p");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("t");
        const QString tcKey = "FEFFE9928665731C6D6A8F9467308308";
        const QString tcIv = "CAFEBABEFACEDBADDECAF888";
        const QString p60 =
            "D9313225F88406E5A55909C5AFF5269A86A7A9531534F7DA2E4C303D8A318A72"
            "1C3C0C95956809532FCF0E2449A6B525B16AEDF5AA0DE657BA637B39";
        const QString c60 =
            "42831EC2217774244B7221B784D0D49CE3AA212F2C02A4E035C17E2329ACA12E"
            "21D514B25466931C7D8F6A5AAC84AA051BA30B396A0AAC973D58E091";
        QTest::newRow("test case 2") << QString(32, '0') << QString(24, '0') << QString()
                                     << QString(32, '0') << "0388DACE60B6A392F328C2B971B2FE78"
                                     << "AB6E47D42CEC13BDF53A67B21257BDDF";
        QTest::newRow("test case 3")
            << tcKey << tcIv << QString() << p60 + "1AAFD255" << c60 + "473F5985"
            << "4D5C2AF327CD64A62CF35ABD2BA6FAB4";
        QTest::newRow("test case 4") << tcKey << tcIv << "FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2"
                                     << p60 << c60 << "5BC94FBC3221A5DB94FAE95AE7121A47";
    }

    void gcmMatchesNistVectors() {
        QFETCH(QString, k);
        QFETCH(QString, iv);
        QFETCH(QString, aad);
        QFETCH(QString, p);
        QFETCH(QString, c);
        QFETCH(QString, t);
        const auto k128 = key(k.toLatin1().constData());
        const Bytes ivBytes = hex(iv.toLatin1().constData());
        const Bytes aadBytes = hex(aad.toLatin1().constData());
        const Bytes plain = hex(p.toLatin1().constData());
        const std::array<ByteView, 1> aadParts{aadBytes};

        auto enc = gcmEncrypt(k128, ivBytes, aadParts, plain, 16);
        QVERIFY(enc);
        QCOMPARE(hexOf(enc->ciphertext), c);
        QCOMPARE(hexOf(enc->tag), t);

        auto dec = gcmDecrypt(k128, ivBytes, aadParts, enc->ciphertext, enc->tag);
        QVERIFY(dec);
        QCOMPARE(hexOf(*dec), p);

        // The same message with the last tag bit changed is refused.
        Bytes badTag = enc->tag;
        badTag.back() ^= 0x01;
        QCOMPARE(outcome(gcmDecrypt(k128, ivBytes, aadParts, enc->ciphertext, badTag)),
                 QString("authentication-failed"));
    }

    void gcmRejectsBadIvAndTagSizes() {
        const auto k = key(kEk);
        const Bytes iv11(11, 0);
        const Bytes iv12(12, 0);
        const Bytes plain{1, 2, 3};
        QCOMPARE(outcome(gcmEncrypt(k, iv11, {}, plain, 12)), QString("bad-length"));
        QCOMPARE(outcome(gcmEncrypt(k, iv12, {}, plain, 11)), QString("bad-length"));
        QCOMPARE(outcome(gcmEncrypt(k, iv12, {}, plain, 17)), QString("bad-length"));
        QCOMPARE(outcome(gcmDecrypt(k, iv12, {}, plain, Bytes(3, 0))), QString("bad-length"));
    }

    // ---- Green Book worked examples ---------------------------------------------------------

    void protectMatchesGreenBookInitiateRequest() {
        // Given the Green Book keys, ST 4D4D4D0000BC614E, IC 01234567 and SC 30,
        const CipherKeys keys{key(kEk), key(kAk)};
        auto secured = protect(SecurityControl::parse(0x30), title(kServerTitle), 0x01234567, keys,
                               hex(kInitiateRequest));
        QVERIFY(secured);
        // then SC || IC || C || T is, byte for byte, the published one:
        QCOMPARE(hexOf(*secured), QString("30"                                // SC
                                          "01234567"                          // IC
                                          "801302FF8A7874133D414CED25B42534"  // C ...
                                          "D28DB0047720606B175BD52211BE68"    // ... 31 bytes
                                          "41DB204D39EE6FDB8E356855"));       // T (12)
        auto back = unprotect(title(kServerTitle), keys, *secured);
        QVERIFY(back);
        QCOMPARE(hexOf(back->plaintext), QString(kInitiateRequest));
        QCOMPARE(back->ic, 0x01234567U);
        QCOMPARE(back->sc.toByte(), 0x30);
    }

    void gloInitiateRequestMatchesGreenBook() {
        auto sender = senderContext();
        auto wire = cipherApdu(hex(kInitiateRequest), sender, CipheringMode::Global);
        QVERIFY(wire);
        QCOMPARE(hexOf(*wire), QString("21"  // glo-initiate-request
                                       "30"  // length 48
                                       "3001234567801302FF8A7874133D414CED25B42534D28DB00477"
                                       "20606B175BD52211BE6841DB204D39EE6FDB8E356855"));
        QCOMPARE(*sender.nextInvocationCounter(), 0x01234568U);  // used up

        auto receiver = receiverContext();
        auto plain = decipherApdu(*wire, receiver);
        QVERIFY(plain);
        QCOMPARE(hexOf(plain->plain), QString(kInitiateRequest));
        QCOMPARE(plain->sender, title(kServerTitle));
        QCOMPARE(plain->ic, 0x01234567U);
        QCOMPARE(plain->sc.toByte(), 0x30);
        QVERIFY(plain->mode == CipheringMode::Global);
        QCOMPARE(*receiver.lastPeerInvocationCounter(), 0x01234567U);
    }

    void gloGetRequestInEveryMode_data() {
        QTest::addColumn<int>("protection");
        QTest::addColumn<QString>("secured");  // SC || IC || payload || tag
        QTest::newRow("authentication only 0x10")
            << int(Protection::AuthenticationOnly)
            << "10"                          // SC
               "01234567"                    // IC
               "C001C100080000010000FF0200"  // the get-request in clear
               "0984A052E08C35DE51F04BBE";   // GMAC over SC || AK || APDU
        QTest::newRow("encryption only 0x20") << int(Protection::EncryptionOnly)
                                              << "20"
                                                 "01234567"
                                                 "4113D3FF935A47566827C467BC";  // no tag
        QTest::newRow("authenticated encryption 0x30") << int(Protection::AuthenticatedEncryption)
                                                       << "30"
                                                          "01234567"
                                                          "4113D3FF935A47566827C467BC"  // C
                                                          "597F9FD4FAB3700DBB3BC330";   // T
    }

    void gloGetRequestInEveryMode() {
        QFETCH(int, protection);
        QFETCH(QString, secured);
        const auto p = static_cast<Protection>(protection);
        const Bytes content = hex(secured.toLatin1().constData());
        const QString len = hexOf(Bytes{static_cast<std::uint8_t>(content.size())});

        // glo-get-request: C8 || length || SC || IC || ...
        auto sender = senderContext(p);
        auto glo = cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        QVERIFY(glo);
        QCOMPARE(hexOf(*glo), "C8" + len + secured);

        // general-glo-ciphering: DB || 08 || system title || length || SC || IC || ...
        sender.setInvocationCounter(0x01234567);
        auto general = cipherApdu(hex(kGetRequest), sender, CipheringMode::GeneralGlobal);
        QVERIFY(general);
        QCOMPARE(hexOf(*general), QString("DB08") + kServerTitle + len + secured);

        for (const Bytes& wire : {*glo, *general}) {
            auto receiver = receiverContext(p);
            auto plain = decipherApdu(wire, receiver);
            QVERIFY(plain);
            QCOMPARE(hexOf(plain->plain), hexOf(hex(kGetRequest)));
            QCOMPARE(plain->sender, title(kServerTitle));
            QCOMPARE(plain->ic, 0x01234567U);
        }
    }

    void dedicatedAndGeneralFormsMatchIndependentBytes() {
        // Dedicated key F0E1D2C3B4A5968778695A4B3C2D1E0F, sender 4D4D4D0000BC614E; bytes from the
        // independent computation described at the top of this file.
        struct Case {
            const char* wire;
            CipheringMode mode;
            InvocationCounter ic;
            Protection protection;
        };
        const Case cases[] = {
            {"D0"                          // ded-get-request
             "1E"                          // length 30
             "30"                          // SC
             "00000006"                    // IC
             "E52CC99B82DE186EC95191BA46"  // C
             "FBF3F1610B64E8091076F915",   // T
             CipheringMode::Dedicated, 6, Protection::AuthenticatedEncryption},
            {"DB"                          // general-glo-ciphering
             "08"                          // system-title length
             "4D4D4D0000BC614E"            // sender title
             "1E"                          // ciphered-content length
             "30"                          // SC
             "00000005"                    // IC
             "2D5E16BDE10F5327E10DF21AB9"  // C
             "5C6716449933EE0222C128E0",   // T
             CipheringMode::GeneralGlobal, 5, Protection::AuthenticatedEncryption},
            {"DC"                          // general-ded-ciphering
             "08"                          // system-title length
             "4D4D4D0000BC614E"            // sender title
             "1E"                          // ciphered-content length
             "10"                          // SC: authentication only
             "00000007"                    // IC
             "C001C100080000010000FF0200"  // the get-request in clear
             "1E15E843B8E0EFC619B250F2",   // T
             CipheringMode::GeneralDedicated, 7, Protection::AuthenticationOnly},
        };
        for (const auto& c : cases) {
            const Bytes expected = hex(c.wire);
            auto sender = senderContext(c.protection);
            sender.setInvocationCounter(c.ic);
            auto wire = cipherApdu(hex(kGetRequest), sender, c.mode);
            QVERIFY(wire);
            QCOMPARE(hexOf(*wire), hexOf(expected));
            auto receiver = receiverContext(c.protection);
            auto back = decipherApdu(expected, receiver);
            QVERIFY(back);
            QCOMPARE(hexOf(back->plain), hexOf(hex(kGetRequest)));
            QVERIFY(back->mode == c.mode);
            QCOMPARE(back->ic, c.ic);
        }
    }

    void hlsGmacMatchesGreenBook() {
        // Green Book Table 43: client 4D4D4D0000000001 IC 1, server 4D4D4D0000BC614E IC 01234567.
        const CipherKeys keys{key(kEk), key(kAk)};
        const auto clientTitle = title("4D4D4D0000000001");
        const auto serverTitle = title(kServerTitle);
        const Bytes ctos = bytesOf("K56iVagY");  // 4B35366956616759
        const Bytes stoc = bytesOf("P6wRJ21F");  // 503677524A323146

        // Pass 3: the client answers StoC with its own title and IC.
        auto fStoC = computeHlsGmacReply(clientTitle, 1, keys, stoc);
        QVERIFY(fStoC);
        QCOMPARE(hexOf(*fStoC), QString("10"                           // SC
                                        "00000001"                     // IC
                                        "1A52FE7DD3E72748973C1E28"));  // GMAC(SC || AK || StoC)
        // Pass 4: the server answers CtoS with its title and IC.
        auto fCtoS = computeHlsGmacReply(serverTitle, 0x01234567, keys, ctos);
        QVERIFY(fCtoS);
        QCOMPARE(hexOf(*fCtoS), QString("10"
                                        "01234567"
                                        "FE1466AFB3DBCD4F9389E2B7"));

        // Each side verifies the other's reply.
        auto icC = verifyHlsGmacReply(clientTitle, keys, stoc, *fStoC);
        QVERIFY(icC);
        QCOMPARE(*icC, 1U);
        auto icS = verifyHlsGmacReply(serverTitle, keys, ctos, *fCtoS);
        QVERIFY(icS);
        QCOMPARE(*icS, 0x01234567U);

        // The same through two contexts.
        SecurityContext client(clientTitle, greenBookKeys());
        client.setPeerSystemTitle(serverTitle);
        client.setInvocationCounter(1);
        SecurityContext server(serverTitle, greenBookKeys());
        server.setPeerSystemTitle(clientTitle);
        server.setInvocationCounter(0x01234567);
        auto reply3 = respondToChallenge(client, stoc);
        QVERIFY(reply3);
        QCOMPARE(hexOf(*reply3), hexOf(*fStoC));
        QCOMPARE(outcome(verifyChallengeReply(server, stoc, *reply3)), QString("ok"));
        auto reply4 = respondToChallenge(server, ctos);
        QVERIFY(reply4);
        QCOMPARE(hexOf(*reply4), hexOf(*fCtoS));
        QCOMPARE(outcome(verifyChallengeReply(client, ctos, *reply4)), QString("ok"));
        QCOMPARE(*client.nextInvocationCounter(), 2U);
    }

    void hlsGmacRejectsForgeries() {
        const CipherKeys keys{key(kEk), key(kAk)};
        const auto serverTitle = title(kServerTitle);
        const Bytes ctos = bytesOf("K56iVagY");
        const Bytes good = hex("1001234567FE1466AFB3DBCD4F9389E2B7");
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, keys, ctos, good)), QString("ok"));

        // Every single changed byte is refused (SC, IC or tag).
        for (std::size_t i = 0; i < good.size(); ++i) {
            Bytes bad = good;
            bad[i] ^= 0x01;
            const auto r = verifyHlsGmacReply(serverTitle, keys, ctos, bad);
            QVERIFY2(!r, qPrintable(QString("byte %1").arg(i)));
            QCOMPARE(outcome(r), i == 0 ? QString("unsupported-security-control")
                                        : QString("authentication-failed"));
        }
        // Another challenge, another title, another key.
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, keys, bytesOf("K56iVagZ"), good)),
                 QString("authentication-failed"));
        QCOMPARE(outcome(verifyHlsGmacReply(title("4D4D4D0000BC614F"), keys, ctos, good)),
                 QString("authentication-failed"));
        const CipherKeys otherAk{key(kEk), key(kDedicated)};
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, otherAk, ctos, good)),
                 QString("authentication-failed"));
        // Wrong sizes.
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, keys, ctos, ByteView(good).first(16))),
                 QString("truncated"));
        Bytes longer = good;
        longer.push_back(0);
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, keys, ctos, longer)),
                 QString("bad-length"));
        QCOMPARE(outcome(verifyHlsGmacReply(serverTitle, keys, Bytes(7, 1), good)),
                 QString("bad-challenge"));
        QCOMPARE(outcome(computeHlsGmacReply(serverTitle, 1, keys, Bytes(65, 1))),
                 QString("bad-challenge"));
        // A context that does not know its peer cannot verify.
        SecurityContext lonely(title(kClientTitle), greenBookKeys());
        QCOMPARE(outcome(verifyChallengeReply(lonely, ctos, good)),
                 QString("missing-system-title"));
    }

    void challengesAreRandomAndBounded() {
        QCOMPARE(outcome(generateChallenge(7)), QString("bad-challenge"));
        QCOMPARE(outcome(generateChallenge(65)), QString("bad-challenge"));
        auto a = generateChallenge(8);
        auto b = generateChallenge(64);
        auto c = generateChallenge(64);
        QVERIFY(a && b && c);
        QCOMPARE(a->size(), std::size_t{8});
        QCOMPARE(b->size(), std::size_t{64});
        QVERIFY(*b != *c);  // 2^-512 chance of a false failure
    }

    // ---- tag mapping ------------------------------------------------------------------------

    void tagsMapBothWays() {
        struct Row {
            std::uint8_t plain, glo, ded;
        };
        const Row rows[] = {{0x01, 0x21, 0x41}, {0x08, 0x28, 0x48}, {0x0E, 0x2E, 0x4E},
                            {0xC0, 0xC8, 0xD0}, {0xC1, 0xC9, 0xD1}, {0xC2, 0xCA, 0xD2},
                            {0xC3, 0xCB, 0xD3}, {0xC4, 0xCC, 0xD4}, {0xC5, 0xCD, 0xD5},
                            {0xC7, 0xCF, 0xD7}, {0x05, 0x25, 0x45}, {0x18, 0x38, 0x58}};
        for (const auto& row : rows) {
            QCOMPARE(*cipheredTagFor(row.plain, false), row.glo);
            QCOMPARE(*cipheredTagFor(row.plain, true), row.ded);
            QCOMPARE(plainTagFor(row.glo)->plainTag, row.plain);
            QVERIFY(!plainTagFor(row.glo)->dedicated);
            QCOMPARE(plainTagFor(row.ded)->plainTag, row.plain);
            QVERIFY(plainTagFor(row.ded)->dedicated);
        }
        // Every byte: a ciphered tag maps back to a plain tag that maps forward to it again.
        int ciphered = 0;
        for (int t = 0; t < 256; ++t) {
            const auto info = plainTagFor(static_cast<std::uint8_t>(t));
            if (info) {
                ++ciphered;
                QCOMPARE(int(*cipheredTagFor(info->plainTag, info->dedicated)), t);
            }
        }
        QCOMPARE(ciphered, 32);
        QVERIFY(!cipheredTagFor(0x0F, false));  // data-notification: general ciphering only
        QVERIFY(!cipheredTagFor(0xD8, false));  // exception-response
        QVERIFY(!cipheredTagFor(0x60, false));  // AARQ
        QVERIFY(!cipheredTagFor(0xC6, false));  // unassigned
        QVERIFY(!plainTagFor(kGeneralGloCipheringTag));
        QVERIFY(!plainTagFor(0xCE));
    }

    // ---- round trips ------------------------------------------------------------------------

    void randomPayloadsRoundTripInEveryMode() {
        std::mt19937 rng(20240611);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<std::size_t> length(1, 700);  // 1-, 2- and 3-byte lengths
        const std::uint8_t plainTags[] = {0xC0, 0xC1, 0xC3, 0xC4, 0xC5, 0xC7, 0x01, 0x08, 0x0E};
        int checked = 0;
        for (const auto protection : kProtections) {
            for (const auto mode : kModes) {
                auto sender = senderContext(protection);
                auto receiver = receiverContext(protection);
                sender.setInvocationCounter(static_cast<InvocationCounter>(rng()));
                for (int round = 0; round < 40; ++round) {
                    Bytes apdu(length(rng));
                    for (auto& b : apdu) {
                        b = static_cast<std::uint8_t>(byte(rng));
                    }
                    apdu[0] = plainTags[static_cast<std::size_t>(byte(rng)) % std::size(plainTags)];
                    const auto ic = *sender.nextInvocationCounter();
                    auto wire = cipherApdu(apdu, sender, mode);
                    QVERIFY(wire);
                    auto back = decipherApdu(*wire, receiver);
                    QVERIFY2(back, back ? "" : back.error().detail.c_str());
                    QCOMPARE(back->plain, apdu);
                    QCOMPARE(back->ic, ic);
                    QCOMPARE(back->sc.toByte(),
                             SecurityControl::forProtection(protection).toByte());
                    QVERIFY(back->mode == mode);
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 3 * 4 * 40);
    }

    void longLengthFormsAreUsed() {
        auto sender = senderContext();
        Bytes apdu(200, 0xAB);
        apdu[0] = 0xC4;
        auto wire = cipherApdu(apdu, sender, CipheringMode::Global);
        QVERIFY(wire);
        // CC 81 D9: 5 + 200 + 12 = 217 content bytes
        QCOMPARE(hexOf(ByteView(*wire).first(3)), QString("CC81D9"));
        QCOMPARE(wire->size(), std::size_t{3 + 217});
        apdu.resize(300);
        auto wire2 = cipherApdu(apdu, sender, CipheringMode::GeneralGlobal);
        QVERIFY(wire2);
        // DB 08 <title> 82 01 3D: 5 + 300 + 12 = 317 = 0x13D
        QCOMPARE(hexOf(ByteView(*wire2).subspan(10, 3)), QString("82013D"));

        // A non-minimal long form (81 1E instead of 1E) is still accepted.
        auto glo = cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        QVERIFY(glo);
        Bytes longForm{0xC8, 0x81};
        longForm.insert(longForm.end(), glo->begin() + 1, glo->end());
        auto receiver = receiverContext();
        QCOMPARE(outcome(decipherApdu(longForm, receiver)), QString("ok"));
    }

    // ---- rejection --------------------------------------------------------------------------

    void everyFlippedByteIsRejected() {
        for (const auto protection :
             {Protection::AuthenticationOnly, Protection::AuthenticatedEncryption}) {
            for (const auto mode : kModes) {
                auto sender = senderContext(protection);
                const auto wire = cipherApdu(hex(kGetRequest), sender, mode);
                QVERIFY(wire);
                for (std::size_t i = 0; i < wire->size(); ++i) {
                    for (const std::uint8_t mask : {0x01, 0x80, 0xFF}) {
                        Bytes bad = *wire;
                        bad[i] ^= mask;
                        auto receiver = receiverContext(protection);
                        const auto r = decipherApdu(bad, receiver);
                        QVERIFY2(!r, qPrintable(QString("%1 byte %2 mask %3 accepted")
                                                    .arg(nameOf(mode))
                                                    .arg(i)
                                                    .arg(mask)));
                        QVERIFY(!receiver.lastPeerInvocationCounter().has_value());
                    }
                }
            }
        }
    }

    void encryptionOnlyIsRefusedWhereAuthenticationIsRequired() {
        // SC 0x20 carries no tag: a changed ciphertext byte cannot be noticed, so an association
        // that requires authentication refuses such messages outright.
        auto sender = senderContext(Protection::EncryptionOnly);
        const auto wire = cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        QVERIFY(wire);
        auto strict = receiverContext(Protection::AuthenticatedEncryption);
        const auto r = decipherApdu(*wire, strict);
        QCOMPARE(outcome(r), QString("policy-violation"));
        QCOMPARE(r.error().offset, std::size_t{2});  // at the SC
        auto authOnly = receiverContext(Protection::AuthenticationOnly);
        QCOMPARE(outcome(decipherApdu(*wire, authOnly)), QString("policy-violation"));
        // And an authentication-only message does not satisfy an encryption requirement.
        auto sender2 = senderContext(Protection::AuthenticationOnly);
        const auto wire2 = cipherApdu(hex(kGetRequest), sender2, CipheringMode::Global);
        QVERIFY(wire2);
        auto encRequired = receiverContext(Protection::EncryptionOnly);
        QCOMPARE(outcome(decipherApdu(*wire2, encRequired)), QString("policy-violation"));
        // A stronger message than required is fine.
        auto sender3 = senderContext(Protection::AuthenticatedEncryption);
        const auto wire3 = cipherApdu(hex(kGetRequest), sender3, CipheringMode::Global);
        QVERIFY(wire3);
        auto lenient = receiverContext(Protection::EncryptionOnly);
        QCOMPARE(outcome(decipherApdu(*wire3, lenient)), QString("ok"));
    }

    void wrongKeysOrTitleFailAuthentication() {
        auto sender = senderContext();
        const auto glo = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        const auto ded = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Dedicated);

        SecurityContext wrongEk(title(kClientTitle),
                                SecurityKeys{key(kDedicated), key(kAk), key(kDedicated)});
        wrongEk.setPeerSystemTitle(title(kServerTitle));
        QCOMPARE(outcome(decipherApdu(glo, wrongEk)), QString("authentication-failed"));

        SecurityContext wrongAk(title(kClientTitle), SecurityKeys{key(kEk), key(kEk), key(kEk)});
        wrongAk.setPeerSystemTitle(title(kServerTitle));
        QCOMPARE(outcome(decipherApdu(glo, wrongAk)), QString("authentication-failed"));
        QCOMPARE(outcome(decipherApdu(ded, wrongAk)), QString("authentication-failed"));

        // The IV is built from the peer's title: a different peer means a different IV.
        auto otherPeer = receiverContext();
        otherPeer.setPeerSystemTitle(title("4D4D4D0000BC614F"));
        QCOMPARE(outcome(decipherApdu(glo, otherPeer)), QString("authentication-failed"));

        // Global and dedicated keys are not interchangeable.
        Bytes swapped = ded;
        swapped[0] = 0xC8;  // ded-get-request relabelled as glo-get-request
        auto receiver = receiverContext();
        QCOMPARE(outcome(decipherApdu(swapped, receiver)), QString("authentication-failed"));

        // A context without a dedicated key cannot open ded- APDUs or send them.
        SecurityContext noDed(title(kClientTitle), SecurityKeys{key(kEk), key(kAk), std::nullopt});
        noDed.setPeerSystemTitle(title(kServerTitle));
        QCOMPARE(outcome(decipherApdu(ded, noDed)), QString("missing-key"));
        QCOMPARE(outcome(cipherApdu(hex(kGetRequest), noDed, CipheringMode::GeneralDedicated)),
                 QString("missing-key"));
        QCOMPARE(*noDed.nextInvocationCounter(), 0U);  // no IC spent on a refused request
    }

    void truncatedAtEveryLengthIsRejected() {
        for (const auto mode : kModes) {
            auto sender = senderContext();
            const auto wire = *cipherApdu(hex(kGetRequest), sender, mode);
            for (std::size_t n = 0; n < wire.size(); ++n) {
                auto receiver = receiverContext();
                const auto r = decipherApdu(ByteView(wire).first(n), receiver);
                QVERIFY2(!r, qPrintable(QString("%1 prefix %2").arg(nameOf(mode)).arg(n)));
                QCOMPARE(outcome(r), QString("truncated"));
            }
        }
        // The bare security header + payload form.
        const CipherKeys keys{key(kEk), key(kAk)};
        const auto secured =
            *protect(SecurityControl::parse(0x30), title(kServerTitle), 7, keys, hex(kGetRequest));
        for (std::size_t n = 0; n < secured.size(); ++n) {
            const auto r = unprotect(title(kServerTitle), keys, ByteView(secured).first(n));
            QVERIFY(!r);
            QCOMPARE(outcome(r), n < kSecurityHeaderSize + kDlmsTagSize
                                     ? QString("truncated")
                                     : QString("authentication-failed"));
        }
    }

    void lengthFieldsAreChecked() {
        auto receiver = receiverContext();
        // Claims 4 GiB of content.
        auto r = decipherApdu(hex("C8 84 FFFFFFFF 30 01234567 00"), receiver);
        QCOMPARE(outcome(r), QString("truncated"));
        // Indefinite form and lengths of more than 4 bytes are not A-XDR.
        r = decipherApdu(hex("C8 80 30 01234567"), receiver);
        QCOMPARE(outcome(r), QString("bad-length"));
        QCOMPARE(r.error().offset, std::size_t{1});
        QCOMPARE(outcome(decipherApdu(hex("C8 85 0000000005 3001234567"), receiver)),
                 QString("bad-length"));
        // Content shorter than what follows: trailing bytes.
        auto sender = senderContext();
        Bytes wire = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        wire.push_back(0x00);
        QCOMPARE(outcome(decipherApdu(wire, receiver)), QString("bad-length"));
        // general-glo-ciphering with a 7- or 9-byte system title.
        QCOMPARE(outcome(decipherApdu(hex("DB 07 4D4D4D0000BC61 05 3001234567"), receiver)),
                 QString("bad-length"));
        QCOMPARE(outcome(decipherApdu(hex("DB 09 4D4D4D0000BC614E00 05 3001234567"), receiver)),
                 QString("bad-length"));
        // Nothing left after the header for the tag.
        QCOMPARE(outcome(decipherApdu(hex("C8 05 30 01234567"), receiver)), QString("truncated"));
        QVERIFY(!receiver.lastPeerInvocationCounter().has_value());
    }

    void securityHeaderIsChecked() {
        auto receiver = receiverContext();
        // Suite 1 (AES-GCM-128 with ECDSA) and beyond are not implemented.
        auto r = decipherApdu(hex("C8 11 31 01234567 000000000000000000000000"), receiver);
        QCOMPARE(outcome(r), QString("unsupported-suite"));
        QCOMPARE(r.error().offset, std::size_t{2});
        // Compression, broadcast key, or no protection at all.
        QCOMPARE(outcome(decipherApdu(hex("C8 11 B0 01234567 000000000000000000000000"), receiver)),
                 QString("unsupported-security-control"));
        QCOMPARE(outcome(decipherApdu(hex("C8 11 70 01234567 000000000000000000000000"), receiver)),
                 QString("unsupported-security-control"));
        QCOMPARE(outcome(decipherApdu(hex("C8 11 00 01234567 000000000000000000000000"), receiver)),
                 QString("unsupported-security-control"));
        // Not a ciphered APDU at all (a plain get-request) and an empty input.
        r = decipherApdu(hex(kGetRequest), receiver);
        QCOMPARE(outcome(r), QString("unknown-tag"));
        QCOMPARE(outcome(decipherApdu(Bytes{}, receiver)), QString("truncated"));
        // protect() refuses what it cannot produce.
        const CipherKeys keys{key(kEk), key(kAk)};
        QCOMPARE(outcome(protect(SecurityControl::parse(0x31), title(kServerTitle), 1, keys,
                                 hex(kGetRequest))),
                 QString("unsupported-suite"));
        QCOMPARE(outcome(protect(SecurityControl::parse(0xB0), title(kServerTitle), 1, keys,
                                 hex(kGetRequest))),
                 QString("unsupported-security-control"));
        QCOMPARE(outcome(protect(SecurityControl::parse(0x00), title(kServerTitle), 1, keys,
                                 hex(kGetRequest))),
                 QString("unsupported-security-control"));
    }

    void wrapperAndContentMustAgree() {
        // An authentic set-request relabelled as glo-get-request (the outer tag is not covered
        // by the tag) is refused after deciphering, without handing out the plaintext.
        auto sender = senderContext();
        auto wire = *cipherApdu(hex("C1 01 C1 0008 000001 0000FF 02 00 09 00"), sender,
                                CipheringMode::Global);
        QCOMPARE(wire[0], std::uint8_t{0xC9});
        wire[0] = 0xC8;
        auto receiver = receiverContext();
        const auto r = decipherApdu(wire, receiver);
        QCOMPARE(outcome(r), QString("content-mismatch"));
        QVERIFY(!receiver.lastPeerInvocationCounter().has_value());
        // No glo- form for a data-notification; general-glo-ciphering carries it.
        QCOMPARE(outcome(cipherApdu(hex("0F 00000001 00 0900"), sender, CipheringMode::Global)),
                 QString("unknown-tag"));
        auto general = cipherApdu(hex("0F 00000001 00 0900"), sender, CipheringMode::GeneralGlobal);
        QVERIFY(general);
        QCOMPARE(outcome(decipherApdu(*general, receiver)), QString("ok"));
        QCOMPARE(outcome(cipherApdu(Bytes{}, sender, CipheringMode::GeneralGlobal)),
                 QString("truncated"));
    }

    void senderTitleIsChecked() {
        auto sender = senderContext();
        const auto glo = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        const auto general = *cipherApdu(hex(kGetRequest), sender, CipheringMode::GeneralGlobal);
        // A service-specific APDU needs the peer's title from the association.
        SecurityContext fresh(title(kClientTitle), greenBookKeys());
        QCOMPARE(outcome(decipherApdu(glo, fresh)), QString("missing-system-title"));
        // A general one brings it along ...
        auto plain = decipherApdu(general, fresh);
        QVERIFY(plain);
        QCOMPARE(plain->sender, title(kServerTitle));
        // ... but must come from the known peer when there is one.
        auto other = receiverContext();
        other.setPeerSystemTitle(title("4B414D00000000FF"));
        const auto r = decipherApdu(general, other);
        QCOMPARE(outcome(r), QString("system-title-mismatch"));
        QCOMPARE(r.error().offset, std::size_t{2});
    }

    void replayedInvocationCounterIsRejected() {
        auto sender = senderContext();
        sender.setInvocationCounter(100);
        const auto first = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);   // 100
        const auto second = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);  // 101
        sender.setInvocationCounter(500);
        const auto later = *cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);  // 500

        auto receiver = receiverContext();
        QCOMPARE(outcome(decipherApdu(second, receiver)), QString("ok"));
        QCOMPARE(*receiver.lastPeerInvocationCounter(), 101U);
        // The same message again, and an older one.
        auto r = decipherApdu(second, receiver);
        QCOMPARE(outcome(r), QString("invocation-counter-too-low"));
        QCOMPARE(r.error().offset, std::size_t{3});  // at the IC
        QCOMPARE(outcome(decipherApdu(first, receiver)), QString("invocation-counter-too-low"));
        // A forged message with a high IC does not move the counter.
        Bytes forged = later;
        forged.back() ^= 0x01;
        QCOMPARE(outcome(decipherApdu(forged, receiver)), QString("authentication-failed"));
        QCOMPARE(*receiver.lastPeerInvocationCounter(), 101U);
        // Gaps are fine: only "strictly greater" is required.
        QCOMPARE(outcome(decipherApdu(later, receiver)), QString("ok"));
        QCOMPARE(*receiver.lastPeerInvocationCounter(), 500U);
        // A new peer title starts a new counter history.
        receiver.setPeerSystemTitle(title("4D4D4D0000BC6100"));
        QVERIFY(!receiver.lastPeerInvocationCounter().has_value());
    }

    void ownInvocationCounterNeverWraps() {
        auto sender = senderContext();
        sender.setInvocationCounter(0xFFFFFFFE);
        QCOMPARE(outcome(cipherApdu(hex(kGetRequest), sender, CipheringMode::Global)),
                 QString("ok"));  // FFFFFFFE
        auto last = cipherApdu(hex(kGetRequest), sender, CipheringMode::Global);
        QVERIFY(last);
        QCOMPARE(hexOf(ByteView(*last).subspan(3, 4)), QString("FFFFFFFF"));
        QVERIFY(!sender.nextInvocationCounter().has_value());
        // Used up: no more messages, and HLS answers cannot be produced either.
        QCOMPARE(outcome(cipherApdu(hex(kGetRequest), sender, CipheringMode::Global)),
                 QString("invocation-counter-exhausted"));
        QCOMPARE(outcome(sender.takeInvocationCounter()), QString("invocation-counter-exhausted"));
        QCOMPARE(outcome(respondToChallenge(sender, bytesOf("P6wRJ21F"))),
                 QString("invocation-counter-exhausted"));
        // The receiver accepted FFFFFFFF and will accept nothing after it.
        auto receiver = receiverContext();
        QCOMPARE(outcome(decipherApdu(*last, receiver)), QString("ok"));
        QCOMPARE(outcome(receiver.checkPeerInvocationCounter(0xFFFFFFFF)),
                 QString("invocation-counter-too-low"));
        // Setting a counter (after a key change) makes the context usable again.
        sender.setInvocationCounter(0);
        QCOMPARE(outcome(sender.takeInvocationCounter()), QString("ok"));
    }

    // ---- key wrap ---------------------------------------------------------------------------

    void keyWrapMatchesRfc3394() {
        const auto kek = key("000102030405060708090A0B0C0D0E0F");
        const auto data = key("00112233445566778899AABBCCDDEEFF");
        auto wrapped = wrapKey(kek, data);
        QVERIFY(wrapped);
        QCOMPARE(hexOf(*wrapped), QString("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"));
        auto unwrapped = unwrapKey(kek, *wrapped);
        QVERIFY(unwrapped);
        QVERIFY(*unwrapped == data);

        for (std::size_t i = 0; i < wrapped->size(); ++i) {
            Bytes bad = *wrapped;
            bad[i] ^= 0x40;
            QCOMPARE(outcome(unwrapKey(kek, bad)), QString("key-unwrap-failed"));
        }
        QCOMPARE(outcome(unwrapKey(key(kAk), *wrapped)), QString("key-unwrap-failed"));
        QCOMPARE(outcome(unwrapKey(kek, ByteView(*wrapped).first(16))), QString("bad-key-length"));
        Bytes longer = *wrapped;
        longer.resize(32);
        QCOMPARE(outcome(unwrapKey(kek, longer)), QString("bad-key-length"));
    }

    void errorNamesAreStable() {
        QCOMPARE(QString(nameOf(SecurityError::Truncated)), QString("truncated"));
        QCOMPARE(QString(nameOf(SecurityError::AuthenticationFailed)),
                 QString("authentication-failed"));
        QCOMPARE(QString(nameOf(SecurityError::InvocationCounterTooLow)),
                 QString("invocation-counter-too-low"));
        QCOMPARE(QString(nameOf(SecurityError::InvocationCounterExhausted)),
                 QString("invocation-counter-exhausted"));
        QCOMPARE(QString(nameOf(SecurityError::KeyUnwrapFailed)), QString("key-unwrap-failed"));
        QCOMPARE(QString(nameOf(SecurityError::RandomFailure)), QString("random-failure"));
        QCOMPARE(QString(nameOf(CipheringMode::GeneralDedicated)), QString("general-dedicated"));
    }

    // The runtime library's own version text (for the GUI's About box): "OpenSSL 3.0.15 ...".
    void openSslVersionNamesTheRuntimeLibrary() {
        const std::string version = openSslVersion();
        QVERIFY2(version.rfind("OpenSSL 3.", 0) == 0, version.c_str());
        QVERIFY(version.size() > std::string("OpenSSL 3.").size());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"

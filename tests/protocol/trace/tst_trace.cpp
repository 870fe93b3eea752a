// Traces: the text form, and the decoder that turns wire bytes into what a person reads.
#include <QFile>
#include <QTest>

#include <random>

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/llc.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/redactor.h"
#include "protocol/trace/trace_file.h"
#include "protocol/wrapper/wrapper_codec.h"

using namespace omt;
using trace::Direction;
using trace::TraceError;

namespace {

QByteArray readSource(const char* relative) {
    QFile f(QStringLiteral(OMT_SOURCE_DIR "/") + QString::fromLatin1(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", relative);
    }
    return f.readAll();
}

std::string joinDecoded(trace::TraceDecoder& decoder, const std::vector<trace::TraceLine>& lines) {
    std::string out;
    for (const auto& line : lines) {
        out += std::string(trace::directionName(line.direction)) + "\n";
        for (const auto& d : decoder.feed(line.direction, line.bytes)) {
            out += "    " + d + "\n";
        }
    }
    return out;
}

const hdlc::Address kClient = hdlc::Address::client(0x30);
const hdlc::Address kServer = hdlc::Address::server(1, 0x11);

Bytes inFrame(bool toMeter, unsigned ns, unsigned nr, const Bytes& apdu) {
    hdlc::Frame f;
    f.destination = toMeter ? kServer : kClient;
    f.source = toMeter ? kClient : kServer;
    f.control = hdlc::Control::i(ns, nr, true);
    f.information = hdlc::addLlcHeader(
        apdu, toMeter ? hdlc::LlcDirection::Request : hdlc::LlcDirection::Response);
    return *hdlc::encodeFrame(f);
}

Bytes iFrame(bool toMeter, unsigned ns, unsigned nr, const Bytes& information, bool segmented) {
    hdlc::Frame f;
    f.destination = toMeter ? kServer : kClient;
    f.source = toMeter ? kClient : kServer;
    f.control = hdlc::Control::i(ns, nr, true);
    f.segmented = segmented;
    f.information = information;
    return *hdlc::encodeFrame(f);
}

std::string describeAll(trace::TraceDecoder& decoder,
                        const std::vector<std::pair<Direction, Bytes>>& wire) {
    std::string out;
    for (const auto& [dir, bytes] : wire) {
        for (const auto& d : decoder.feed(dir, bytes)) {
            out += d + "\n";
        }
    }
    return out;
}

bool contains(const Bytes& haystack, const Bytes& needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
           haystack.end();
}

Bytes lllsAarq(const std::string& password) {
    dlms::InitiateRequest init;
    init.clientMaxReceivePduSize = 0xFFFF;
    dlms::Aarq aarq;
    aarq.authentication = true;
    aarq.mechanismName = dlms::MechanismName::Low;
    aarq.callingAuthenticationValue = bytesOf(password);
    aarq.userInformation = dlms::encodeApdu(init).value();
    return dlms::encodeAarq(aarq).value();
}

Bytes setReaderPassword(const std::string& password, std::uint8_t invokeId = 3) {
    const dlms::SetRequestNormal set{dlms::InvokeIdAndPriority::make(invokeId),
                                     {15, cosem::ObisCode(0, 0, 40, 0, 2, 255), 7},
                                     std::nullopt,
                                     dlms::Data::octetString(bytesOf(password))};
    return dlms::encodeApdu(set).value();
}

/// Feeds every record to `redactor` (each chunk as its own record) and returns what came out,
/// after a flush.
std::vector<trace::TraceRecord> redact(trace::Redactor& redactor,
                                       const std::vector<trace::TraceRecord>& records) {
    std::vector<trace::TraceRecord> out;
    for (const auto& r : records) {
        for (auto& done : redactor.add(r)) {
            out.push_back(std::move(done));
        }
    }
    for (auto& done : redactor.flush()) {
        out.push_back(std::move(done));
    }
    return out;
}

Bytes joined(const std::vector<trace::TraceRecord>& records, Direction direction) {
    Bytes all;
    for (const auto& r : records) {
        if (r.direction == direction) {
            all.insert(all.end(), r.bytes.begin(), r.bytes.end());
        }
    }
    return all;
}

/// The HDLC frames of a byte stream; `bad` counts those failing their checks.
std::vector<hdlc::Frame> framesOf(const Bytes& stream, std::size_t& bad) {
    hdlc::Deframer deframer;
    std::vector<hdlc::Frame> frames;
    bad = 0;
    for (auto& r : deframer.feed(stream)) {
        if (r) {
            frames.push_back(*r);
        } else {
            ++bad;
        }
    }
    return frames;
}

dlms::security::SecurityKeys demoKeys() {
    return {*dlms::security::Key128::fromHex("000102030405060708090A0B0C0D0E0F"),
            *dlms::security::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"), std::nullopt};
}

}  // namespace

class TestTrace : public QObject {
    Q_OBJECT
private slots:
    void parsesTheTextForm() {
        const auto lines = trace::parseTrace(
            "# a comment\r\n"
            "\n"
            "2026-11-21T09:30:10.000Z TX 2F 3F 21 0D 0A\r\n"
            "RX 06\n"
            "  > 7ea0 07\n"
            "12.5 < 7E\n");
        QVERIFY(lines.hasValue());
        QCOMPARE(lines->size(), std::size_t{4});
        QCOMPARE(lines->at(0).timestamp, std::string("2026-11-21T09:30:10.000Z"));
        QCOMPARE(lines->at(0).direction, Direction::ToMeter);
        QCOMPARE(lines->at(0).bytes, bytesOf("/?!\r\n"));
        QCOMPARE(lines->at(0).lineNumber, std::size_t{3});
        QCOMPARE(lines->at(1).direction, Direction::FromMeter);
        QVERIFY(lines->at(1).timestamp.empty());
        QCOMPARE(lines->at(2).bytes, (Bytes{0x7E, 0xA0, 0x07}));
        QCOMPARE(lines->at(3).timestamp, std::string("12.5"));
        QCOMPARE(lines->at(3).direction, Direction::FromMeter);
    }

    void formatsWhatItParses() {
        trace::TraceLine line{"t0", Direction::FromMeter, Bytes{0x7E, 0x01}, 1};
        QCOMPARE(trace::formatTraceLine(line), std::string("t0 RX 7E 01"));
        const auto back = trace::parseTrace(trace::formatTraceLine(line));
        QVERIFY(back.hasValue());
        QCOMPARE(back->front(), line);
    }

    void rejectsBadLinesWithTheirNumber_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("line");
        QTest::newRow("no direction") << "TX 01\n2026 7E 7E\n"
                                      << static_cast<int>(TraceError::MissingDirection) << 2;
        QTest::newRow("bad hex") << "# c\nTX 7G\n" << static_cast<int>(TraceError::BadHex) << 2;
        QTest::newRow("odd digits") << "RX 7E A\n" << static_cast<int>(TraceError::BadHex) << 1;
        QTest::newRow("no bytes") << "\n\nTX\n" << static_cast<int>(TraceError::NoBytes) << 3;
    }
    void rejectsBadLinesWithTheirNumber() {
        QFETCH(QString, text);
        QFETCH(int, error);
        QFETCH(int, line);
        const auto r = trace::parseTrace(text.toStdString());
        QVERIFY(!r.hasValue());
        QCOMPARE(static_cast<int>(r.error().code), error);
        QCOMPARE(r.error().offset, static_cast<std::size_t>(line));
    }

    // The committed sample session decodes exactly as the golden file says; regenerate both
    // deliberately (tests/tools/make_sample_trace.cpp) when the description format changes.
    void decodesTheSampleSessionAsTheGoldenFileSays() {
        const QByteArray text = readSource("resources/samples/lls-session.trace");
        const auto lines = trace::parseTrace(text.toStdString());
        QVERIFY(lines.hasValue());
        trace::TraceDecoder decoder;
        const std::string decoded = joinDecoded(decoder, *lines);
        if (qEnvironmentVariableIsSet("OMT_UPDATE_GOLDEN")) {
            QFile f(QStringLiteral(OMT_SOURCE_DIR "/tests/protocol/trace/golden/lls-session.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray::fromStdString(decoded));
        }
        const QByteArray golden = readSource("tests/protocol/trace/golden/lls-session.txt");
        QCOMPARE(QString::fromStdString(decoded), QString::fromUtf8(golden));
    }

    void neverShowsThePassword() {
        const QByteArray text = readSource("resources/samples/lls-session.trace");
        const auto lines = trace::parseTrace(text.toStdString());
        QVERIFY(lines.hasValue());
        trace::TraceDecoder decoder;
        const std::string decoded = joinDecoded(decoder, *lines);
        QVERIFY(decoded.find("calling-authentication-value (8 bytes, not shown)") !=
                std::string::npos);
        QVERIFY(decoded.find("RdPw4711") == std::string::npos);
        QVERIFY(decoded.find("52 64 50 77") == std::string::npos);
    }

    // A ciphered session: the decoder learns both system titles from the AARQ/AARE and
    // deciphers the glo-get-request/response with the keys, or says why it cannot.
    void deciphersWithKeysLearningTheSystemTitles() {
        namespace sec = dlms::security;
        const auto clientTitle = *sec::SystemTitle::fromHex("4F4D540000000001");
        const auto meterTitle = *sec::SystemTitle::fromFlag("KAM", 57360117);
        sec::SecurityContext client(clientTitle, demoKeys());
        client.setPeerSystemTitle(meterTitle);
        client.setInvocationCounter(41);
        sec::SecurityContext meter(meterTitle, demoKeys());
        meter.setPeerSystemTitle(clientTitle);
        meter.setInvocationCounter(900);

        dlms::Aarq aarq;
        aarq.applicationContext = dlms::ApplicationContextName::LogicalNameCiphered;
        aarq.callingApTitle = Bytes(clientTitle.bytes().begin(), clientTitle.bytes().end());
        aarq.authentication = true;
        aarq.mechanismName = dlms::MechanismName::HighGmac;
        aarq.callingAuthenticationValue = bytesOf("CHALLENGE");
        dlms::Aare aare;
        aare.applicationContext = dlms::ApplicationContextName::LogicalNameCiphered;
        aare.respondingApTitle = Bytes(meterTitle.bytes().begin(), meterTitle.bytes().end());
        aare.diagnostic = dlms::AcseServiceUserDiagnostic::AuthenticationRequired;
        aare.authentication = true;
        aare.mechanismName = dlms::MechanismName::HighGmac;
        aare.respondingAuthenticationValue = bytesOf("SERVERCHALLENGE!");

        const dlms::GetRequestNormal get{dlms::InvokeIdAndPriority::make(5),
                                         {3, cosem::ObisCode(1, 0, 1, 8, 0, 255), 2},
                                         std::nullopt};
        const dlms::GetResponseNormal value{dlms::InvokeIdAndPriority::make(5),
                                            dlms::Data::doubleLongUnsigned(987654)};
        const Bytes cipheredGet =
            *sec::cipherApdu(*dlms::encodeApdu(get), client, sec::CipheringMode::Global);
        const Bytes cipheredValue =
            *sec::cipherApdu(*dlms::encodeApdu(value), meter, sec::CipheringMode::Global);

        const std::vector<std::pair<Direction, Bytes>> wire{
            {Direction::ToMeter, inFrame(true, 0, 0, *dlms::encodeApdu(aarq))},
            {Direction::FromMeter, inFrame(false, 0, 1, *dlms::encodeApdu(aare))},
            {Direction::ToMeter, inFrame(true, 1, 1, cipheredGet)},
            {Direction::FromMeter, inFrame(false, 1, 2, cipheredValue)},
        };
        auto run = [&](trace::TraceDecoder decoder) {
            std::string out;
            for (const auto& [dir, bytes] : wire) {
                for (const auto& d : decoder.feed(dir, bytes)) {
                    out += d + "\n";
                }
            }
            return out;
        };

        const std::string withKeys = run(trace::TraceDecoder(demoKeys()));
        QVERIFY2(withKeys.find("get-request-normal invoke-id 5: Register 1.0.1.8.0.255") !=
                     std::string::npos,
                 withKeys.c_str());
        QVERIFY2(withKeys.find("get-response-normal invoke-id 5: double-long-unsigned 987654") !=
                     std::string::npos,
                 withKeys.c_str());
        QVERIFY(withKeys.find("IC 41, from " + clientTitle.toString()) != std::string::npos);
        QVERIFY(withKeys.find("IC 900, from " + meterTitle.toString()) != std::string::npos);
        QVERIFY(withKeys.find("CHALLENGE") == std::string::npos);

        const std::string withoutKeys = run(trace::TraceDecoder());
        QVERIFY(withoutKeys.find("no keys given: not deciphered") != std::string::npos);
        QVERIFY(withoutKeys.find("987654") == std::string::npos);

        auto wrong = demoKeys();
        wrong.ak = *sec::Key128::fromHex("FFD1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
        const std::string wrongKeys = run(trace::TraceDecoder(std::move(wrong)));
        QVERIFY2(wrongKeys.find("authentication-failed") != std::string::npos, wrongKeys.c_str());
        QVERIFY(wrongKeys.find("987654") == std::string::npos);
    }

    void describesDamageAndCarriesOn() {
        trace::TraceDecoder decoder;
        // SNRM with a corrupted FCS, then a good one.
        const Bytes bad{0x7E, 0xA0, 0x07, 0x03, 0x21, 0x93, 0x0F, 0x02, 0x7E};
        const Bytes good{0x7E, 0xA0, 0x07, 0x03, 0x21, 0x93, 0x0F, 0x01, 0x7E};
        const auto first = decoder.feed(Direction::ToMeter, bad);
        QCOMPARE(first.size(), std::size_t{1});
        QVERIFY(first[0].find("HDLC error: bad-fcs") == 0);
        const auto second = decoder.feed(Direction::ToMeter, good);
        QCOMPARE(second.size(), std::size_t{1});
        QCOMPARE(second[0], std::string("HDLC SNRM P/F, server 1 <- client 16"));
        // An I frame whose APDU is unknown.
        const auto odd = decoder.feed(Direction::FromMeter, inFrame(false, 0, 0, Bytes{0x99, 1}));
        QCOMPARE(odd.size(), std::size_t{2});
        QVERIFY2(odd[1].find("APDU error: unknown-tag") != std::string::npos, odd[1].c_str());
    }

    // ------------------------------------------------------------ issue 19: secrets in traces

    // A SET of the reader's LLS password (class 15 attribute 7) or of an optical port password
    // (class 19 attributes 7-9), a key transfer (class 64 methods 2, 3) and a GET answer of a
    // secret are described with their length only; other values as before.
    void secretValuesAreShownByTheirLengthOnly() {
        const dlms::SetRequestNormal portPassword{dlms::InvokeIdAndPriority::make(4),
                                                  {19, cosem::ObisCode(0, 0, 20, 0, 0, 255), 8},
                                                  std::nullopt,
                                                  dlms::Data::visibleString("P2SECRET")};
        const dlms::ActionRequestNormal keyTransfer{
            dlms::InvokeIdAndPriority::make(5),
            {64, cosem::ObisCode(0, 0, 43, 0, 0, 255), 2},
            dlms::Data::array({dlms::Data::structure(
                {dlms::Data::enumValue(0), dlms::Data::octetString(Bytes(24, 0xA5))})})};
        const dlms::GetRequestNormal getSecret{dlms::InvokeIdAndPriority::make(6),
                                               {15, cosem::ObisCode(0, 0, 40, 0, 2, 255), 7},
                                               std::nullopt};
        const dlms::GetResponseNormal secretAnswer{dlms::InvokeIdAndPriority::make(6),
                                                   dlms::Data::octetString(bytesOf("RDSECRET"))};
        const dlms::SetRequestNormal ratio{dlms::InvokeIdAndPriority::make(7),
                                           {3, cosem::ObisCode(1, 0, 0, 4, 2, 255), 2},
                                           std::nullopt,
                                           dlms::Data::longUnsigned(200)};
        trace::TraceDecoder decoder;
        const std::string text = describeAll(
            decoder, {{Direction::ToMeter, inFrame(true, 0, 0, setReaderPassword("NEWPASS1"))},
                      {Direction::ToMeter, inFrame(true, 1, 0, *dlms::encodeApdu(portPassword))},
                      {Direction::ToMeter, inFrame(true, 2, 0, *dlms::encodeApdu(keyTransfer))},
                      {Direction::ToMeter, inFrame(true, 3, 0, *dlms::encodeApdu(getSecret))},
                      {Direction::FromMeter, inFrame(false, 0, 4, *dlms::encodeApdu(secretAnswer))},
                      {Direction::ToMeter, inFrame(true, 4, 1, *dlms::encodeApdu(ratio))}});
        QVERIFY2(text.find("value octet-string (8 bytes, not shown)") != std::string::npos,
                 text.c_str());
        QVERIFY(text.find("value visible-string (8 bytes, not shown)") != std::string::npos);
        QVERIFY(text.find("parameters array{structure{enum 0, octet-string (24 bytes, not "
                          "shown)}}") != std::string::npos);
        QVERIFY(text.find("get-response-normal invoke-id 6: octet-string (8 bytes, not shown)") !=
                std::string::npos);
        QVERIFY(text.find("value long-unsigned 200") != std::string::npos);  // not a secret
        for (const char* secret : {"NEWPASS1", "4E 45 57 50", "P2SECRET", "50 32 53 45", "A5 A5",
                                   "RDSECRET", "52 44 53 45"}) {
            QVERIFY2(text.find(secret) == std::string::npos, secret);
        }
        // An IEC 62056-21 P1 password likewise.
        trace::TraceDecoder optical;
        const Bytes p1 = *iec62056_21::encodeProgrammingMessage(
            iec62056_21::CommandMessage::password("OPTIC123"));
        const auto lines = optical.feed(Direction::ToMeter, p1);
        QCOMPARE(lines.size(), std::size_t{1});
        QCOMPARE(
            lines[0],
            std::string("IEC 62056-21 programming message P1 (password, 10 bytes, not shown)"));
    }

    // The same inside the ciphered management association: deciphered, still masked.
    void secretsInACipheredAssociationStayMasked() {
        namespace sec = dlms::security;
        const auto clientTitle = *sec::SystemTitle::fromHex("4F4D540000000001");
        const auto meterTitle = *sec::SystemTitle::fromFlag("KAM", 57360117);
        sec::SecurityContext client(clientTitle, demoKeys());
        client.setPeerSystemTitle(meterTitle);
        client.setInvocationCounter(7);
        dlms::Aarq aarq;
        aarq.applicationContext = dlms::ApplicationContextName::LogicalNameCiphered;
        aarq.callingApTitle = Bytes(clientTitle.bytes().begin(), clientTitle.bytes().end());
        aarq.authentication = true;
        aarq.mechanismName = dlms::MechanismName::HighGmac;
        aarq.callingAuthenticationValue = bytesOf("CHALLENGE");
        dlms::Aare aare;
        aare.applicationContext = dlms::ApplicationContextName::LogicalNameCiphered;
        aare.respondingApTitle = Bytes(meterTitle.bytes().begin(), meterTitle.bytes().end());
        const Bytes cipheredSet =
            *sec::cipherApdu(setReaderPassword("NEWPASS1"), client, sec::CipheringMode::Global);
        trace::TraceDecoder decoder(demoKeys());
        const std::string text = describeAll(
            decoder, {{Direction::ToMeter, inFrame(true, 0, 0, *dlms::encodeApdu(aarq))},
                      {Direction::FromMeter, inFrame(false, 0, 1, *dlms::encodeApdu(aare))},
                      {Direction::ToMeter, inFrame(true, 1, 1, cipheredSet)}});
        QVERIFY2(text.find("set-request-normal invoke-id 3: Association LN 0.0.40.0.2.255") !=
                     std::string::npos,
                 text.c_str());
        QVERIFY(text.find("value octet-string (8 bytes, not shown)") != std::string::npos);
        QVERIFY(text.find("NEWPASS1") == std::string::npos);
        QVERIFY(text.find("4E 45 57 50") == std::string::npos);
    }

    // Issue 19: the masked AARQ kept the frame's original FCS, leaving 16 bits of the password
    // (about 1,500 candidates for 8 digits). The redactor masks the password, in whatever
    // pieces the bytes came, and computes HCS and FCS over the masked bytes: the traced frame
    // checks, and says nothing about the real password.
    void theRedactorMasksAndRecomputesTheChecksums() {
        const Bytes aarqFrame = inFrame(true, 0, 0, lllsAarq("12345678"));
        std::vector<trace::TraceRecord> in;
        // In three pieces, the password cut in two, with a note and an answer around.
        in.push_back({Direction::ToMeter, Bytes(aarqFrame.begin(), aarqFrame.begin() + 10), 1, {}});
        in.push_back({std::nullopt, {}, 2, {"a note"}});
        in.push_back(
            {Direction::ToMeter, Bytes(aarqFrame.begin() + 10, aarqFrame.begin() + 45), 3, {}});
        in.push_back({Direction::ToMeter, Bytes(aarqFrame.begin() + 45, aarqFrame.end()), 4, {}});
        const Bytes rr = *hdlc::encodeFrame(
            hdlc::Frame{kClient, kServer, hdlc::Control::rr(1, true), false, {}});
        in.push_back({Direction::FromMeter, rr, 5, {}});
        trace::Redactor redactor;
        std::vector<trace::TraceRecord> out;
        // Nothing comes out before the frame is complete.
        QVERIFY(redactor.add(in[0]).empty());
        QVERIFY(redactor.add(in[1]).empty());
        QVERIFY(redactor.add(in[2]).empty());
        out = redactor.add(in[3]);
        QCOMPARE(out.size(), std::size_t{4});
        for (auto& r : redactor.add(in[4])) {
            out.push_back(std::move(r));
        }
        QCOMPARE(out.size(), std::size_t{5});
        for (std::size_t i = 0; i < out.size(); ++i) {
            QCOMPARE(out[i].time, in[i].time);  // in order, the pieces kept
            QCOMPARE(out[i].bytes.size(), in[i].bytes.size());
        }
        const Bytes traced = joined(out, Direction::ToMeter);
        QVERIFY(!contains(traced, bytesOf("12345678")));
        QVERIFY(!contains(traced, bytesOf("5678")));
        QVERIFY(contains(traced, *fromHex("AC 0A 80 08 2A 2A 2A 2A 2A 2A 2A 2A")));
        std::size_t bad = 0;
        const auto frames = framesOf(traced, bad);
        QCOMPARE(bad, std::size_t{0});  // the checksums are those of the masked content
        QCOMPARE(frames.size(), std::size_t{1});
        QCOMPARE(*hdlc::encodeFrame(frames[0]), traced);
        // ... and not those of the original, whose FCS would give the password away.
        QVERIFY(traced[traced.size() - 3] != aarqFrame[aarqFrame.size() - 3] ||
                traced[traced.size() - 2] != aarqFrame[aarqFrame.size() - 2]);
        QCOMPARE(joined(out, Direction::FromMeter), rr);  // nothing secret: unchanged
        // The masked trace still decodes, with the password's length.
        trace::TraceDecoder decoder;
        const std::string text = describeAll(decoder, {{Direction::ToMeter, traced}});
        QVERIFY2(
            text.find("calling-authentication-value (8 bytes, not shown)") != std::string::npos,
            text.c_str());
    }

    void theRedactorMasksSecretsOfPlainApdusAndKeepsTheRest() {
        trace::Redactor redactor;
        // A SET of the reader's password in a plain association, segmented over two frames.
        Bytes info = hdlc::addLlcHeader(setReaderPassword("NEWPASS1"), hdlc::LlcDirection::Request);
        const Bytes first = iFrame(true, 0, 0, Bytes(info.begin(), info.begin() + 20), true);
        const Bytes second = iFrame(true, 1, 0, Bytes(info.begin() + 20, info.end()), false);
        // A GET of the same attribute and a plain answer carrying the value.
        const dlms::GetRequestNormal get{dlms::InvokeIdAndPriority::make(9),
                                         {15, cosem::ObisCode(0, 0, 40, 0, 2, 255), 7},
                                         std::nullopt};
        const dlms::GetResponseNormal answer{dlms::InvokeIdAndPriority::make(9),
                                             dlms::Data::octetString(bytesOf("NEWPASS1"))};
        // A HLS AARQ: its challenge is not a secret.
        dlms::Aarq hls;
        hls.authentication = true;
        hls.mechanismName = dlms::MechanismName::HighGmac;
        hls.callingAuthenticationValue = bytesOf("CHALLENGE1234567");
        const auto out =
            redact(redactor,
                   {{Direction::ToMeter, first, {}, {}},
                    {Direction::ToMeter, second, {}, {}},
                    {Direction::ToMeter, inFrame(true, 2, 0, *dlms::encodeApdu(get)), {}, {}},
                    {Direction::FromMeter, inFrame(false, 0, 3, *dlms::encodeApdu(answer)), {}, {}},
                    {Direction::ToMeter, inFrame(true, 3, 1, *dlms::encodeApdu(hls)), {}, {}}});
        const Bytes toMeter = joined(out, Direction::ToMeter);
        const Bytes fromMeter = joined(out, Direction::FromMeter);
        QVERIFY(!contains(toMeter, bytesOf("NEWPASS1")));
        QVERIFY(!contains(toMeter, bytesOf("PASS")));  // nor a piece of it in either frame
        QVERIFY(!contains(fromMeter, bytesOf("NEWPASS1")));
        QVERIFY(contains(toMeter, bytesOf("CHALLENGE1234567")));
        std::size_t bad = 0;
        QCOMPARE(framesOf(toMeter, bad).size(), std::size_t{4});
        QCOMPARE(bad, std::size_t{0});
        QCOMPARE(framesOf(fromMeter, bad).size(), std::size_t{1});
        QCOMPARE(bad, std::size_t{0});
        // The value keeps its shape: octet-string of 8 bytes, every one masked.
        QVERIFY(contains(fromMeter, *fromHex("09 08 2A 2A 2A 2A 2A 2A 2A 2A")));

        // The wrapper: no checksum, the payload masked in place.
        trace::Redactor wrapped(trace::LineFraming::Wrapper);
        const Bytes frame = *wrapper::encodeWrapper({0x01, 0x01, setReaderPassword("NEWPASS1")});
        const auto w =
            redact(wrapped, {{Direction::ToMeter, Bytes(frame.begin(), frame.begin() + 5), {}, {}},
                             {Direction::ToMeter, Bytes(frame.begin() + 5, frame.end()), {}, {}}});
        const Bytes traced = joined(w, Direction::ToMeter);
        QCOMPARE(traced.size(), frame.size());
        QVERIFY(!contains(traced, bytesOf("NEWPASS1")));
        QVERIFY(wrapper::decodeWrapper(traced).hasValue());

        // An IEC 62056-21 P1 password: masked, the BCC computed again.
        trace::Redactor optical;
        const Bytes p1 = *iec62056_21::encodeProgrammingMessage(
            iec62056_21::CommandMessage::password("OPTIC123"));
        const Bytes p1Traced =
            joined(redact(optical, {{Direction::ToMeter, p1, {}, {}}}), Direction::ToMeter);
        QVERIFY(!contains(p1Traced, bytesOf("OPTIC123")));
        QVERIFY(iec62056_21::parseProgrammingMessage(p1Traced).hasValue());

        // A known secret anywhere, and a frame cut short released by flush() with it masked.
        trace::Redactor known;
        known.addSecret(bytesOf("12345678"));
        const Bytes aarq = inFrame(true, 0, 0, lllsAarq("12345678"));
        const auto cut =
            redact(known, {{Direction::ToMeter, Bytes(aarq.begin(), aarq.end() - 5), {}, {}}});
        QCOMPARE(cut.size(), std::size_t{1});
        QVERIFY(!contains(cut[0].bytes, bytesOf("12345678")));
    }

    void survivesRandomBytes() {
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<int> len(1, 300);
        trace::TraceDecoder decoder(demoKeys());
        std::size_t described = 0;
        for (int i = 0; i < 2000; ++i) {
            Bytes chunk(static_cast<std::size_t>(len(rng)));
            for (auto& b : chunk) {
                b = static_cast<std::uint8_t>(byte(rng));
            }
            if (i % 3 == 0) {
                chunk[0] = 0x7E;
            }
            described +=
                decoder.feed(i % 2 == 0 ? Direction::ToMeter : Direction::FromMeter, chunk).size();
        }
        QVERIFY(described > 0);  // garbage is reported, not silently swallowed
        // The redactor takes any bytes too, and gives back as many as it took, in order.
        for (auto framing : {trace::LineFraming::Serial, trace::LineFraming::Wrapper}) {
            trace::Redactor redactor(framing);
            std::size_t in = 0;
            std::size_t out = 0;
            for (int i = 0; i < 2000; ++i) {
                Bytes chunk(static_cast<std::size_t>(len(rng)));
                for (auto& b : chunk) {
                    b = static_cast<std::uint8_t>(byte(rng));
                }
                in += chunk.size();
                for (const auto& r : redactor.add(
                         {i % 2 == 0 ? Direction::ToMeter : Direction::FromMeter, chunk, i, {}})) {
                    out += r.bytes.size();
                }
            }
            for (const auto& r : redactor.flush()) {
                out += r.bytes.size();
            }
            QCOMPARE(out, in);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"

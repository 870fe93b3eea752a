// Traces: the text form, and the decoder that turns wire bytes into what a person reads.
#include <QFile>
#include <QTest>

#include <random>

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/llc.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/trace_file.h"

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
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"

// IEC 62056-21 (optical port): sign-on messages, baud rate tables, readout, programming mode,
// frame splitter and the client sign-on engine, byte by byte.
//
// BCC = XOR of every byte after STX/SOH up to and including ETX/EOT; the chains in the comments
// were worked by hand.
#include <QStringList>
#include <QTest>

#include <memory>
#include <random>
#include <string>
#include <variant>

#include "protocol/common/bytes.h"
#include "protocol/iec62056_21/baud_rate.h"
#include "protocol/iec62056_21/client_handshake.h"
#include "protocol/iec62056_21/frame_splitter.h"
#include "protocol/iec62056_21/iec21_error.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/iec62056_21/readout.h"
#include "protocol/iec62056_21/sign_on_messages.h"

using namespace omt;
using namespace omt::iec62056_21;
using namespace std::chrono_literals;

namespace {

QString hex(const Bytes& b) {
    return QString::fromStdString(toHex(b));
}
QString str(Iec21Error e) {
    return QString::fromLatin1(nameOf(e));
}

// The test's own XOR, independent of computeBcc, for building frames in scripted exchanges.
std::uint8_t xorOf(std::string_view s) {
    std::uint8_t x = 0;
    for (char c : s) {
        x = static_cast<std::uint8_t>(x ^ static_cast<std::uint8_t>(c));
    }
    return x;
}

/// STX block "!" CR LF ETX BCC.
Bytes readoutFrame(std::string_view block) {
    std::string body = std::string(block) + "!\r\n\x03";
    Bytes out{kStx};
    out.insert(out.end(), body.begin(), body.end());
    out.push_back(xorOf(body));
    return out;
}

/// SOH/STX + body + BCC over body.
Bytes block(std::uint8_t start, std::string_view body) {
    Bytes out{start};
    out.insert(out.end(), body.begin(), body.end());
    out.push_back(xorOf(body));
    return out;
}

Bytes cat(Bytes a, const Bytes& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

QString describe(const HandshakeAction& a) {
    if (const auto* s = std::get_if<SendBytes>(&a)) {
        return "send " + hex(s->bytes);
    }
    if (const auto* l = std::get_if<SetLine>(&a)) {
        return QString("line %1 %2")
            .arg(l->baud)
            .arg(l->framing == LineFraming::SevenE1 ? "7E1" : "8N1");
    }
    auto timerName = [](TimerId id) {
        switch (id) {
            case TimerId::Response:
                return QString("response");
            case TimerId::Reaction:
                return QString("reaction");
            case TimerId::LineSwitch:
                return QString("line-switch");
        }
        return QString("?");
    };
    if (const auto* t = std::get_if<StartTimer>(&a)) {
        return QString("start %1 %2ms").arg(timerName(t->id)).arg(t->duration.count());
    }
    if (const auto* t = std::get_if<StopTimer>(&a)) {
        return "stop " + timerName(t->id);
    }
    if (std::holds_alternative<Done>(a)) {
        return "done";
    }
    return "failed " + str(std::get<Failed>(a).failure.code);
}

QStringList describe(const HandshakeActions& actions) {
    QStringList out;
    for (const auto& a : actions) {
        out << describe(a);
    }
    return out;
}

const HandshakeResult* doneResult(const HandshakeActions& actions) {
    for (const auto& a : actions) {
        if (const auto* d = std::get_if<Done>(&a)) {
            return &d->result;
        }
    }
    return nullptr;
}

const Iec21Failure* failure(const HandshakeActions& actions) {
    for (const auto& a : actions) {
        if (const auto* f = std::get_if<Failed>(&a)) {
            return &f->failure;
        }
    }
    return nullptr;
}

/// Handshake options for the tests (designated initializers of a partial set of fields are not
/// warning-free with every compiler).
HandshakeOptions options(HandshakeMode mode = HandshakeMode::Readout, std::uint32_t maxBaud = 19200,
                         std::string address = {}, int maxAttempts = 3) {
    HandshakeOptions o;
    o.mode = mode;
    o.maxBaud = maxBaud;
    o.deviceAddress = std::move(address);
    o.maxAttempts = maxAttempts;
    return o;
}

}  // namespace

#define EXPECT_FAILURE(expr, errCode, off)                          \
    do {                                                            \
        const auto r_ = (expr);                                     \
        QVERIFY2(!r_, "a failure was expected");                    \
        QCOMPARE(str(r_.error().code), str(errCode));               \
        QCOMPARE(r_.error().offset, static_cast<std::size_t>(off)); \
    } while (0)

class TestIec62056_21 : public QObject {
    Q_OBJECT
private slots:
    // ---------------------------------------------------------------- baud rate characters

    void modeCBaudTable() {
        const std::uint32_t rates[] = {300, 600, 1200, 2400, 4800, 9600, 19200};
        for (int i = 0; i < 7; ++i) {
            const char c = static_cast<char>('0' + i);
            QCOMPARE(*baudFromCharacter(ProtocolMode::C, c), rates[i]);
            QCOMPARE(*baudFromCharacter(ProtocolMode::E, c), rates[i]);
            QCOMPARE(*characterFromBaud(ProtocolMode::C, rates[i]), c);
        }
        for (char reserved : {'7', '8', '9'}) {
            EXPECT_FAILURE(baudFromCharacter(ProtocolMode::C, reserved),
                           Iec21Error::ReservedBaudCharacter, 0);
        }
        EXPECT_FAILURE(baudFromCharacter(ProtocolMode::C, 'A'), Iec21Error::InvalidBaudCharacter,
                       0);
        EXPECT_FAILURE(characterFromBaud(ProtocolMode::C, 38400), Iec21Error::UnsupportedBaudRate,
                       0);
    }

    void modeBBaudTable() {
        const std::uint32_t rates[] = {600, 1200, 2400, 4800, 9600, 19200};
        for (int i = 0; i < 6; ++i) {
            const char c = static_cast<char>('A' + i);
            QCOMPARE(*baudFromCharacter(ProtocolMode::B, c), rates[i]);
            QCOMPARE(*characterFromBaud(ProtocolMode::B, rates[i]), c);
        }
        for (char reserved : {'G', 'H', 'I'}) {
            EXPECT_FAILURE(baudFromCharacter(ProtocolMode::B, reserved),
                           Iec21Error::ReservedBaudCharacter, 0);
        }
        EXPECT_FAILURE(baudFromCharacter(ProtocolMode::B, '5'), Iec21Error::InvalidBaudCharacter,
                       0);
        // 300 baud has no mode B character: mode B never leaves 300 without switching.
        EXPECT_FAILURE(characterFromBaud(ProtocolMode::B, 300), Iec21Error::UnsupportedBaudRate, 0);
    }

    void modeAHasNoBaudCharacterAndModesFollowTheCharacter() {
        EXPECT_FAILURE(baudFromCharacter(ProtocolMode::A, '5'), Iec21Error::NoBaudCharacter, 0);
        EXPECT_FAILURE(characterFromBaud(ProtocolMode::A, 300), Iec21Error::NoBaudCharacter, 0);
        EXPECT_FAILURE(highestBaudAtMost(ProtocolMode::A, 9600), Iec21Error::NoBaudCharacter, 0);
        QVERIFY(protocolModeOf('0') == ProtocolMode::C);
        QVERIFY(protocolModeOf('9') == ProtocolMode::C);
        QVERIFY(protocolModeOf('A') == ProtocolMode::B);
        QVERIFY(protocolModeOf('I') == ProtocolMode::B);
        QVERIFY(protocolModeOf('J') == ProtocolMode::A);
        QVERIFY(protocolModeOf('x') == ProtocolMode::A);
        QCOMPARE(*highestBaudAtMost(ProtocolMode::C, 10000), 9600U);
        QCOMPARE(*highestBaudAtMost(ProtocolMode::C, 300), 300U);
        QCOMPARE(*highestBaudAtMost(ProtocolMode::C, 1000000), 19200U);
        QCOMPARE(*highestBaudAtMost(ProtocolMode::B, 1199), 600U);
        EXPECT_FAILURE(highestBaudAtMost(ProtocolMode::C, 299), Iec21Error::UnsupportedBaudRate, 0);
        EXPECT_FAILURE(highestBaudAtMost(ProtocolMode::B, 599), Iec21Error::UnsupportedBaudRate, 0);
    }

    // ---------------------------------------------------------------- request message

    void requestEncodesExactBytes() {
        // "/"  "?"  "!"  CR  LF: any meter at the port
        QCOMPARE(hex(*encodeRequest("")), QString("2F 3F 21 0D 0A"));
        // "/"  "?"  "1" "2" "3" "4" "5" "6" "7" "8"  "!"  CR  LF
        QCOMPARE(hex(*encodeRequest("12345678")),
                 QString("2F 3F 31 32 33 34 35 36 37 38 21 0D 0A"));
        // letters (both cases) and space are address characters too
        QCOMPARE(hex(*encodeRequest("Ab 9")), QString("2F 3F 41 62 20 39 21 0D 0A"));
        const std::string max(32, 'Z');
        QCOMPARE(encodeRequest(max)->size(), std::size_t{37});
        EXPECT_FAILURE(encodeRequest(std::string(33, 'Z')), Iec21Error::AddressTooLong, 34);
        EXPECT_FAILURE(encodeRequest("12-34"), Iec21Error::InvalidAddressCharacter, 4);
        EXPECT_FAILURE(encodeRequest("12!"), Iec21Error::InvalidAddressCharacter, 4);
    }

    void requestParses() {
        QCOMPARE(parseRequest(bytesOf("/?!\r\n"))->deviceAddress, std::string());
        QCOMPARE(parseRequest(bytesOf("/?12345678!\r\n"))->deviceAddress, std::string("12345678"));
        const std::string max = "/?" + std::string(32, 'a') + "!\r\n";
        QCOMPARE(parseRequest(bytesOf(max))->deviceAddress, std::string(32, 'a'));
        for (const std::string addr : {"", "0", "KAM 1", "abcdefghijklmnopqrstuvwxyzABCDEF"}) {
            const auto encoded = encodeRequest(addr);
            QVERIFY(encoded);
            QCOMPARE(parseRequest(*encoded)->deviceAddress, addr);
        }
    }

    void requestRejectsMalformedInput() {
        EXPECT_FAILURE(parseRequest(Bytes{}), Iec21Error::Truncated, 0);
        EXPECT_FAILURE(parseRequest(bytesOf("?/!\r\n")), Iec21Error::BadStartCharacter, 0);
        EXPECT_FAILURE(parseRequest(bytesOf("/X!\r\n")), Iec21Error::BadStartCharacter, 1);
        EXPECT_FAILURE(parseRequest(bytesOf("/?12.3!\r\n")), Iec21Error::InvalidAddressCharacter,
                       4);
        EXPECT_FAILURE(parseRequest(bytesOf("/?12\r\n")), Iec21Error::BadEndSequence, 4);
        EXPECT_FAILURE(parseRequest(bytesOf("/?12!\n\r")), Iec21Error::BadEndSequence, 5);
        EXPECT_FAILURE(parseRequest(bytesOf("/?12!\rX")), Iec21Error::BadEndSequence, 6);
        EXPECT_FAILURE(parseRequest(bytesOf("/?12!\r\n\r\n")), Iec21Error::TrailingBytes, 7);
        EXPECT_FAILURE(parseRequest(bytesOf("/?" + std::string(33, '1') + "!\r\n")),
                       Iec21Error::AddressTooLong, 34);
        EXPECT_FAILURE(parseRequest(Bytes{'/', '?', 0xB1, '!', kCr, kLf}),
                       Iec21Error::InvalidAddressCharacter, 2);
        // every proper prefix of a valid request is truncated
        const Bytes full = bytesOf("/?42!\r\n");
        for (std::size_t n = 0; n < full.size(); ++n) {
            EXPECT_FAILURE(parseRequest(ByteView(full).first(n)), Iec21Error::Truncated, n);
        }
    }

    // ---------------------------------------------------------------- identification message

    void identificationParsesFields() {
        // "/" "KAM" manufacturer, "5" = up to 9600 baud (mode C), "\2" = binary mode (HDLC),
        // "OMNIPOWER" identification, CR LF
        const auto id = parseIdentification(bytesOf("/KAM5\\2OMNIPOWER\r\n"));
        QVERIFY(id);
        QCOMPARE(id->manufacturer, std::string("KAM"));
        QCOMPARE(id->baudCharacter, '5');
        QCOMPARE(id->enhanced, std::string("2"));
        QCOMPARE(id->identification, std::string("OMNIPOWER"));
        QVERIFY(id->offersModeE());
        QVERIFY(!id->fastReaction());
        QVERIFY(id->protocolMode() == ProtocolMode::C);

        // lower case third letter: 20 ms minimum reaction time; no enhanced sequence
        const auto iskra = parseIdentification(bytesOf("/ISk5ME162-0033\r\n"));
        QVERIFY(iskra);
        QCOMPARE(iskra->manufacturer, std::string("ISk"));
        QCOMPARE(iskra->identification, std::string("ME162-0033"));
        QVERIFY(iskra->fastReaction());
        QVERIFY(!iskra->offersModeE());

        // mode B meter ("E" = 9600), empty identification; mode A meter ("x")
        const auto b = parseIdentification(bytesOf("/ABCE\r\n"));
        QVERIFY(b);
        QVERIFY(b->protocolMode() == ProtocolMode::B);
        QCOMPARE(b->identification, std::string());
        QVERIFY(parseIdentification(bytesOf("/ABCxMETER\r\n"))->protocolMode() == ProtocolMode::A);
        // "\2" with a mode B character is not mode E
        QVERIFY(!parseIdentification(bytesOf("/ABCE\\2X\r\n"))->offersModeE());

        // several enhanced sequences are kept in order; a later backslash is identification text
        const auto multi = parseIdentification(bytesOf("/LGZ4\\2\\@ZMD\\31\r\n"));
        QVERIFY(multi);
        QCOMPARE(multi->enhanced, std::string("2@"));
        QCOMPARE(multi->identification, std::string("ZMD\\31"));

        // exactly 16 identification characters
        QCOMPARE(parseIdentification(bytesOf("/KAM6" + std::string(16, 'X') + "\r\n"))
                     ->identification.size(),
                 std::size_t{16});
        // a longer maximum can be allowed for meters that exceed the standard
        QVERIFY(parseIdentification(bytesOf("/KAM6" + std::string(20, 'X') + "\r\n"), 32));
    }

    void identificationEncodesExactBytes() {
        // "/"  K  A  M  "5"  "\"  "2"  O  M  N  I  P  O  W  E  R  CR LF
        QCOMPARE(hex(*encodeIdentification({"KAM", '5', "2", "OMNIPOWER"})),
                 QString("2F 4B 41 4D 35 5C 32 4F 4D 4E 49 50 4F 57 45 52 0D 0A"));
        // "/"  I  S  k  "6"  CR LF
        QCOMPARE(hex(*encodeIdentification({"ISk", '6', "", ""})), QString("2F 49 53 6B 36 0D 0A"));
        EXPECT_FAILURE(encodeIdentification({"KA", '5', "", "X"}), Iec21Error::InvalidManufacturer,
                       1);
        EXPECT_FAILURE(encodeIdentification({"kAM", '5', "", "X"}), Iec21Error::InvalidManufacturer,
                       1);
        EXPECT_FAILURE(encodeIdentification({"KAM", '/', "", "X"}),
                       Iec21Error::InvalidBaudCharacter, 4);
        EXPECT_FAILURE(encodeIdentification({"KAM", '5', "\r", "X"}),
                       Iec21Error::InvalidEnhancedSequence, 6);
        EXPECT_FAILURE(encodeIdentification({"KAM", '5', "22222", "X"}),
                       Iec21Error::InvalidEnhancedSequence, 5);
        EXPECT_FAILURE(encodeIdentification({"KAM", '5', "", std::string(17, 'X')}),
                       Iec21Error::IdentificationTooLong, 21);
        EXPECT_FAILURE(encodeIdentification({"KAM", '5', "", "A!B"}),
                       Iec21Error::InvalidIdentificationCharacter, 6);
        // a leading backslash would read back as an enhanced sequence
        EXPECT_FAILURE(encodeIdentification({"KAM", '5', "", "\\2"}),
                       Iec21Error::InvalidIdentificationCharacter, 5);
    }

    void identificationRejectsMalformedInput() {
        EXPECT_FAILURE(parseIdentification(Bytes{}), Iec21Error::Truncated, 0);
        EXPECT_FAILURE(parseIdentification(bytesOf("KAM5X\r\n")), Iec21Error::BadStartCharacter, 0);
        EXPECT_FAILURE(parseIdentification(bytesOf("/kAM5X\r\n")), Iec21Error::InvalidManufacturer,
                       1);
        EXPECT_FAILURE(parseIdentification(bytesOf("/K4M5X\r\n")), Iec21Error::InvalidManufacturer,
                       2);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KA15X\r\n")), Iec21Error::InvalidManufacturer,
                       3);
        EXPECT_FAILURE(parseIdentification(bytesOf("/?!\r\n")), Iec21Error::InvalidManufacturer, 1);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM!X\r\n")), Iec21Error::InvalidBaudCharacter,
                       4);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM\r\n")), Iec21Error::InvalidBaudCharacter,
                       4);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5\\\r\n")),
                       Iec21Error::InvalidEnhancedSequence, 6);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5\\1\\2\\3\\4\\5X\r\n")),
                       Iec21Error::InvalidEnhancedSequence, 13);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5A/B\r\n")),
                       Iec21Error::InvalidIdentificationCharacter, 6);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5A\tB\r\n")),
                       Iec21Error::InvalidIdentificationCharacter, 6);
        EXPECT_FAILURE(parseIdentification(Bytes{'/', 'K', 'A', 'M', '5', 0xC1, kCr, kLf}),
                       Iec21Error::EightBitByte, 5);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5" + std::string(17, 'X') + "\r\n")),
                       Iec21Error::IdentificationTooLong, 21);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5X\n")), Iec21Error::BadEndSequence, 6);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5X\rX")), Iec21Error::BadEndSequence, 7);
        EXPECT_FAILURE(parseIdentification(bytesOf("/KAM5X\r\nY")), Iec21Error::TrailingBytes, 8);
        const Bytes full = bytesOf("/KAM5\\2OMNIPOWER\r\n");
        for (std::size_t n = 0; n < full.size(); ++n) {
            EXPECT_FAILURE(parseIdentification(ByteView(full).first(n)), Iec21Error::Truncated, n);
        }
    }

    void identificationRoundTripsRandomValues() {
        std::mt19937 rng(6205621);
        auto pick = [&rng](std::string_view from) {
            return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
        };
        const std::string_view upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const std::string_view marks = "0123456789ABCDEFGHIJxyz#$%2@";
        std::string identChars;
        for (int c = 0x20; c < 0x7F; ++c) {
            if (c != '/' && c != '!') {
                identChars.push_back(static_cast<char>(c));
            }
        }
        for (int i = 0; i < 2000; ++i) {
            Identification id;
            id.manufacturer = {pick(upper), pick(upper),
                               (rng() & 1U) ? pick(upper) : static_cast<char>(pick(upper) + 32)};
            id.baudCharacter = pick(marks);
            const auto nEnhanced = rng() % (kMaxEnhancedSequences + 1);
            for (std::size_t k = 0; k < nEnhanced; ++k) {
                id.enhanced.push_back(pick(marks));
            }
            const auto nIdent = rng() % 17;
            for (std::size_t k = 0; k < nIdent; ++k) {
                char c = pick(identChars);
                if (k == 0 && c == '\\') {
                    c = 'Q';
                }
                id.identification.push_back(c);
            }
            const auto encoded = encodeIdentification(id);
            QVERIFY(encoded);
            const auto decoded = parseIdentification(*encoded);
            QVERIFY2(decoded, toHex(*encoded).c_str());
            QVERIFY(*decoded == id);
        }
    }

    // ---------------------------------------------------------------- option select message

    void optionSelectEncodesExactBytes() {
        // ACK  V="0" normal  Z="5" 9600  Y="0" data readout  CR LF
        QCOMPARE(hex(*encodeOptionSelect(OptionSelect::modeCReadout('5'))),
                 QString("06 30 35 30 0D 0A"));
        // ACK  V="0" normal  Z="4" 4800  Y="1" programming mode  CR LF
        QCOMPARE(hex(*encodeOptionSelect(OptionSelect::modeCProgramming('4'))),
                 QString("06 30 34 31 0D 0A"));
        // ACK  V="2" HDLC protocol procedure  Z="6" 19200  Y="2" binary mode  CR LF
        QCOMPARE(hex(*encodeOptionSelect(OptionSelect::modeEHdlc('6'))),
                 QString("06 32 36 32 0D 0A"));
        // manufacturer-specific mode control
        QCOMPARE(
            hex(*encodeOptionSelect({ProtocolControl::Secondary, '0', ModeControl::Manufacturer9})),
            QString("06 31 30 39 0D 0A"));
        EXPECT_FAILURE(encodeOptionSelect(OptionSelect::modeCReadout('7')),
                       Iec21Error::ReservedBaudCharacter, 2);
        EXPECT_FAILURE(encodeOptionSelect(OptionSelect::modeCReadout('E')),
                       Iec21Error::InvalidBaudCharacter, 2);
        EXPECT_FAILURE(
            encodeOptionSelect({static_cast<ProtocolControl>('3'), '5', ModeControl::DataReadout}),
            Iec21Error::InvalidProtocolControl, 1);
        EXPECT_FAILURE(
            encodeOptionSelect({ProtocolControl::Normal, '5', static_cast<ModeControl>('4')}),
            Iec21Error::InvalidModeControl, 3);
    }

    void optionSelectParsesAndRejectsMalformedInput() {
        const auto e = parseOptionSelect(Bytes{kAck, '2', '5', '2', kCr, kLf});
        QVERIFY(e);
        QVERIFY(*e == OptionSelect::modeEHdlc('5'));
        const auto c = parseOptionSelect(Bytes{kAck, '0', '3', '1', kCr, kLf});
        QVERIFY(c);
        QVERIFY(*c == OptionSelect::modeCProgramming('3'));
        EXPECT_FAILURE(parseOptionSelect(Bytes{kNak, '0', '5', '0', kCr, kLf}),
                       Iec21Error::BadStartCharacter, 0);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '3', '5', '0', kCr, kLf}),
                       Iec21Error::InvalidProtocolControl, 1);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', '9', '0', kCr, kLf}),
                       Iec21Error::ReservedBaudCharacter, 2);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', 'A', '0', kCr, kLf}),
                       Iec21Error::InvalidBaudCharacter, 2);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', '5', '3', kCr, kLf}),
                       Iec21Error::InvalidModeControl, 3);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', '5', 'A', kCr, kLf}),
                       Iec21Error::InvalidModeControl, 3);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', '5', '0', kLf, kCr}),
                       Iec21Error::BadEndSequence, 4);
        EXPECT_FAILURE(parseOptionSelect(Bytes{kAck, '0', '5', '0', kCr, kLf, kAck}),
                       Iec21Error::TrailingBytes, 6);
        const Bytes full{kAck, '0', '5', '0', kCr, kLf};
        for (std::size_t n = 0; n < full.size(); ++n) {
            EXPECT_FAILURE(parseOptionSelect(ByteView(full).first(n)), Iec21Error::Truncated, n);
        }
    }

    // ---------------------------------------------------------------- BCC and readout

    void bccVectors() {
        // "!" CR LF ETX: 21 ^ 0D = 2C, ^ 0A = 26, ^ 03 = 25
        QCOMPARE(computeBcc(bytesOf("!\r\n\x03")), std::uint8_t{0x25});
        // "B0" ETX: 42 ^ 30 = 72, ^ 03 = 71
        QCOMPARE(computeBcc(bytesOf("B0\x03")), std::uint8_t{0x71});
        // "1.8.0(1*kWh)" CR LF "!" CR LF ETX:
        // 31^2E=1F ^38=27 ^2E=09 ^30=39 ^28=11 ^31=20 ^2A=0A ^6B=61 ^57=36 ^68=5E ^29=77
        // ^0D=7A ^0A=70 ^21=51 ^0D=5C ^0A=56 ^03=55
        QCOMPARE(computeBcc(bytesOf("1.8.0(1*kWh)\r\n!\r\n\x03")), std::uint8_t{0x55});
        QCOMPARE(computeBcc(Bytes{}), std::uint8_t{0});
    }

    void readoutEncodesExactBytes() {
        // STX  "F.F(00)" CR LF  "!" CR LF  ETX  BCC
        // BCC: 46^2E=68 ^46=2E ^28=06 ^30=36 ^30=06 ^29=2F ^0D=22 ^0A=28 ^21=09 ^0D=04 ^0A=0E
        //      ^03=0D
        const Bytes expected = fromHex("02 46 2E 46 28 30 30 29 0D 0A 21 0D 0A 03 0D").value();
        QCOMPARE(hex(*encodeReadout(std::string_view{"F.F(00)\r\n"})), hex(expected));
        QCOMPARE(hex(*encodeReadout(oneSetPerLine({{"F.F", {{"00", std::nullopt}}, 0}}))),
                 hex(expected));
        // STX "1.8.0(1*kWh)" CR LF "!" CR LF ETX BCC=55 (see bccVectors)
        QCOMPARE(hex(*encodeReadout(std::vector<DataSet>{{"1.8.0", {{"1", "kWh"}}, 0}})),
                 QString("02 31 2E 38 2E 30 28 31 2A 6B 57 68 29 0D 0A 21 0D 0A 03 55"));
        // an empty readout: STX "!" CR LF ETX BCC=25
        QCOMPARE(hex(*encodeReadout(std::string_view{})), QString("02 21 0D 0A 03 25"));
        const auto back = parseReadout(expected);
        QVERIFY(back);
        QCOMPARE(back->dataBlock, std::string("F.F(00)\r\n"));
        QCOMPARE(back->dataSets.size(), std::size_t{1});
        QCOMPARE(back->dataSets[0].address, std::string("F.F"));
        QCOMPARE(back->dataSets[0].values[0].value, std::string("00"));
        QVERIFY(!back->dataSets[0].values[0].unit.has_value());
    }

    void readoutParsesDataSets() {
        const std::string dataBlock =
            "0.0.0(12345678)\r\n"                                      // meter number
            "1.8.0(001234.567*kWh)\r\n"                                // register with unit
            "1-0:2.8.0*255(000012.3*kWh)\r\n"                          // full reduced OBIS form
            "C.1.0(00112233)C.1.1()\r\n"                               // two sets on one line
            "P.01(2301011200)(00)(15)(2)(1.8.0)(kWh)(2.8.0)(kWh)\r\n"  // load profile header
            "(0.123)(0.000)\r\n"                                       // profile values, no address
            "0.9.1(12:30:00)\r\n"                                      // ':' inside a value
            "F.F(00000000)\r\n";                                       // error register
        const auto r = parseReadout(readoutFrame(dataBlock));
        QVERIFY(r);
        QCOMPARE(r->dataBlock, dataBlock);
        const auto& s = r->dataSets;
        QCOMPARE(s.size(), std::size_t{9});
        QCOMPARE(s[0].address, std::string("0.0.0"));
        QCOMPARE(s[0].values.size(), std::size_t{1});
        QCOMPARE(s[0].values[0].value, std::string("12345678"));
        QCOMPARE(s[1].values[0].value, std::string("001234.567"));
        QCOMPARE(s[1].values[0].unit.value_or("?"), std::string("kWh"));
        QCOMPARE(s[2].address, std::string("1-0:2.8.0*255"));
        QCOMPARE(s[2].values[0].unit.value_or("?"), std::string("kWh"));
        QCOMPARE(s[3].address, std::string("C.1.0"));
        QCOMPARE(s[4].address, std::string("C.1.1"));
        QCOMPARE(s[4].values[0].value, std::string());
        QCOMPARE(s[3].line, std::size_t{3});
        QCOMPARE(s[4].line, std::size_t{3});
        QCOMPARE(s[5].address, std::string("P.01"));
        QCOMPARE(s[5].values.size(), std::size_t{8});
        QCOMPARE(s[5].values[7].value, std::string("kWh"));
        QCOMPARE(s[6].address, std::string());
        QCOMPARE(s[6].values.size(), std::size_t{2});
        QCOMPARE(s[6].values[1].value, std::string("0.000"));
        QCOMPARE(s[7].values[0].value, std::string("12:30:00"));
        QCOMPARE(s[8].line, std::size_t{7});
        // the sets re-encode to the same block
        QCOMPARE(*encodeDataBlock(s), dataBlock);
    }

    void readoutBccMismatchCarriesBothValues() {
        Bytes frame = fromHex("02 46 2E 46 28 30 30 29 0D 0A 21 0D 0A 03 0D").value();
        frame.back() = 0x0C;  // received BCC off by one bit
        const auto r = parseReadout(frame);
        QVERIFY(!r);
        QCOMPARE(str(r.error().code), str(Iec21Error::BccMismatch));
        QCOMPARE(r.error().offset, std::size_t{14});
        QCOMPARE(r.error().detail, std::string("expected=0x0D actual=0x0C"));
        // a flipped data bit shows up as a BCC mismatch as well
        Bytes flipped = fromHex("02 46 2E 46 28 30 31 29 0D 0A 21 0D 0A 03 0D").value();
        const auto f = parseReadout(flipped);
        QVERIFY(!f);
        QCOMPARE(f.error().detail, std::string("expected=0x0C actual=0x0D"));
    }

    void readoutRejectsEightBitBytes() {
        // "F.F(0" 0xB0 ")" ... : a byte with bit 7 set cannot be a 7-bit character, whatever the
        // BCC says (here it is even consistent)
        std::string body = "F.F(0\xB0)\r\n!\r\n\x03";
        Bytes frame{kStx};
        frame.insert(frame.end(), body.begin(), body.end());
        frame.push_back(xorOf(body));
        EXPECT_FAILURE(parseReadout(frame), Iec21Error::EightBitByte, 6);
        // also in a data block on its own
        EXPECT_FAILURE(parseDataBlock("A(\xFF)\r\n"), Iec21Error::EightBitByte, 2);
        // and a BCC byte with bit 7 set
        Bytes badBcc = fromHex("02 46 2E 46 28 30 30 29 0D 0A 21 0D 0A 03 8D").value();
        EXPECT_FAILURE(parseReadout(badBcc), Iec21Error::EightBitByte, 14);
    }

    void readoutRejectsMalformedMessages() {
        EXPECT_FAILURE(parseReadout(Bytes{}), Iec21Error::Truncated, 0);
        EXPECT_FAILURE(parseReadout(bytesOf("F.F(00)\r\n!\r\n\x03\x0D")),
                       Iec21Error::BadStartCharacter, 0);
        EXPECT_FAILURE(parseReadout(bytesOf("\x02"
                                            "F.F(00)\r\n!\r\n")),
                       Iec21Error::Truncated, 13);
        EXPECT_FAILURE(parseReadout(bytesOf("\x02"
                                            "F.F(00)\r\n!\r\n\x03")),
                       Iec21Error::Truncated, 14);
        EXPECT_FAILURE(parseReadout(cat(readoutFrame("F.F(00)\r\n"), Bytes{0x00})),
                       Iec21Error::TrailingBytes, 15);
        // no "!" CR LF before ETX
        EXPECT_FAILURE(parseReadout(block(kStx, "F.F(00)\r\n\x03")), Iec21Error::MissingEndOfData,
                       7);
        EXPECT_FAILURE(parseReadout(block(kStx, "\x03")), Iec21Error::MissingEndOfData, 1);
        // data block errors, offsets counted in the message (STX is offset 0)
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F00\r\n")), Iec21Error::MalformedDataSet, 6);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(00\r\n")), Iec21Error::MalformedDataSet, 7);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(0(0)\r\n")), Iec21Error::MalformedDataSet, 6);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(0*k*W)\r\n")), Iec21Error::MalformedDataSet,
                       8);
        EXPECT_FAILURE(parseReadout(readoutFrame("\r\n")), Iec21Error::MalformedDataSet, 1);
        EXPECT_FAILURE(parseReadout(readoutFrame("F/F(00)\r\n")),
                       Iec21Error::InvalidAddressCharacter, 2);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(00)\rX\r\n")), Iec21Error::BadEndSequence, 9);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(00)")), Iec21Error::BadEndSequence, 8);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(0\t0)\r\n")), Iec21Error::InvalidCharacter,
                       6);
        EXPECT_FAILURE(parseReadout(readoutFrame("F.F(00)\x02\r\n")), Iec21Error::InvalidCharacter,
                       8);
        // a second "!" line inside the block
        EXPECT_FAILURE(parseReadout(readoutFrame("!\r\nF.F(00)\r\n")),
                       Iec21Error::InvalidAddressCharacter, 1);
    }

    void readoutTruncatedAtEveryLength() {
        const Bytes full = readoutFrame("1.8.0(001234.567*kWh)\r\nF.F(00)\r\n");
        QVERIFY(parseReadout(full));
        for (std::size_t n = 0; n < full.size(); ++n) {
            const auto r = parseReadout(ByteView(full).first(n));
            QVERIFY(!r);
            QCOMPARE(str(r.error().code), str(Iec21Error::Truncated));
        }
    }

    void readoutLimitsAreEnforced() {
        ReadoutLimits limits;
        limits.maxDataSets = 2;
        EXPECT_FAILURE(parseReadout(readoutFrame("A(1)\r\nB(2)\r\nC(3)\r\n"), limits),
                       Iec21Error::TooManyDataSets, 13);
        QVERIFY(parseReadout(readoutFrame("A(1)\r\nB(2)\r\n"), limits));
        limits = {};
        limits.maxValueLength = 4;
        EXPECT_FAILURE(parseReadout(readoutFrame("A(12345)\r\n"), limits), Iec21Error::ValueTooLong,
                       7);
        limits.maxUnitLength = 2;
        EXPECT_FAILURE(parseReadout(readoutFrame("A(1*kWh)\r\n"), limits), Iec21Error::UnitTooLong,
                       7);
        limits.maxAddressLength = 3;
        EXPECT_FAILURE(parseReadout(readoutFrame("1.8.0(1)\r\n"), limits),
                       Iec21Error::AddressTooLong, 4);
        limits = {};
        limits.maxValuesPerSet = 3;
        EXPECT_FAILURE(parseReadout(readoutFrame("P(1)(2)(3)(4)\r\n"), limits),
                       Iec21Error::TooManyValues, 11);
        limits = {};
        limits.maxMessageSize = 16;
        EXPECT_FAILURE(parseReadout(readoutFrame("1.8.0(0001*kWh)\r\n"), limits),
                       Iec21Error::MessageTooLarge, 16);
        EXPECT_FAILURE(encodeReadout(std::string_view{"1.8.0(0001*kWh)\r\n"}, limits),
                       Iec21Error::MessageTooLarge, 16);
        // the default bound is 64 KiB: a 70 000 byte readout is refused before anything else
        std::string manyLines;
        for (int i = 0; i < 12000; ++i) {
            manyLines += "A(1)\r\n";
        }
        EXPECT_FAILURE(parseReadout(readoutFrame(manyLines)), Iec21Error::MessageTooLarge,
                       64 * 1024);
    }

    void dataBlockEncodingRules() {
        // unit absent vs empty
        QCOMPARE(*encodeDataSet({"A", {{"1", std::nullopt}}, 0}), std::string("A(1)"));
        QCOMPARE(*encodeDataSet({"A", {{"1", ""}}, 0}), std::string("A(1*)"));
        QVERIFY(parseDataSet("A(1*)")->values[0].unit == std::string());
        // sets on one line, then a new line
        const std::vector<DataSet> sets{{"C.1.0", {{"1", std::nullopt}}, 0},
                                        {"C.1.1", {{"2", std::nullopt}}, 0},
                                        {"F.F", {{"0", std::nullopt}}, 1}};
        QCOMPARE(*encodeDataBlock(sets), std::string("C.1.0(1)C.1.1(2)\r\nF.F(0)\r\n"));
        // a set without address on the line of another set would merge with it: refused
        EXPECT_FAILURE(
            encodeDataBlock({{"P", {{"1", std::nullopt}}, 0}, {"", {{"2", std::nullopt}}, 0}}),
            Iec21Error::MalformedDataSet, 4);
        QCOMPARE(*encodeDataBlock(oneSetPerLine(
                     {{"P", {{"1", std::nullopt}}, 0}, {"", {{"2", std::nullopt}}, 0}})),
                 std::string("P(1)\r\n(2)\r\n"));
        EXPECT_FAILURE(encodeDataSet({"A", {}, 0}), Iec21Error::MalformedDataSet, 1);
        EXPECT_FAILURE(encodeDataSet({"A(", {{"1", std::nullopt}}, 0}),
                       Iec21Error::InvalidAddressCharacter, 1);
        EXPECT_FAILURE(encodeDataSet({"A", {{"1*2", std::nullopt}}, 0}),
                       Iec21Error::InvalidCharacter, 3);
        EXPECT_FAILURE(encodeDataSet({"A", {{"1", "k)"}}, 0}), Iec21Error::InvalidCharacter, 5);
        EXPECT_FAILURE(encodeDataSet({"A", {{"1\r\n", std::nullopt}}, 0}),
                       Iec21Error::InvalidCharacter, 3);
        // single data sets, as programming mode carries them
        const auto one = parseDataSet("C.1.0(12345678)");
        QVERIFY(one);
        QCOMPARE(one->address, std::string("C.1.0"));
        QCOMPARE(one->values[0].value, std::string("12345678"));
        EXPECT_FAILURE(parseDataSet("A(1)B(2)"), Iec21Error::TrailingBytes, 4);
        EXPECT_FAILURE(parseDataSet("A(1)\r\n"), Iec21Error::TrailingBytes, 4);
        EXPECT_FAILURE(parseDataSet(""), Iec21Error::MalformedDataSet, 0);
    }

    void readoutRoundTripsRandomSets() {
        std::mt19937 rng(1107);
        const std::string_view addressChars = "0123456789.:-*CFP ";
        const std::string_view valueChars = "0123456789.:-+ abcXYZ/!";
        auto text = [&rng](std::string_view from, std::size_t maxLen) {
            std::string s;
            const auto n = rng() % (maxLen + 1);
            for (std::size_t i = 0; i < n; ++i) {
                s.push_back(from[rng() % from.size()]);
            }
            return s;
        };
        for (int round = 0; round < 300; ++round) {
            std::vector<DataSet> sets;
            std::size_t line = 0;
            const auto count = rng() % 20;
            for (std::size_t i = 0; i < count; ++i) {
                DataSet s;
                if (i > 0 && rng() % 4 != 0) {
                    ++line;  // mostly one per line, sometimes shared lines
                }
                s.line = line;
                s.address = text(addressChars, 16);
                if (s.address.empty() && i > 0 && sets.back().line == line) {
                    s.address = "X";
                }
                const auto groups = 1 + rng() % 4;
                for (std::size_t g = 0; g < groups; ++g) {
                    ValueGroup v;
                    v.value = text(valueChars, 24);
                    if (rng() % 2) {
                        v.unit = text("kWhvarAV", 5);
                    }
                    s.values.push_back(v);
                }
                sets.push_back(s);
            }
            // renumber lines from 0 as the parser does
            std::size_t renum = 0;
            for (std::size_t i = 0; i < sets.size(); ++i) {
                if (i > 0 && sets[i].line != sets[i - 1].line) {
                    ++renum;
                }
                sets[i].line = renum;
            }
            const auto frame = encodeReadout(sets);
            QVERIFY(frame);
            const auto back = parseReadout(*frame);
            QVERIFY2(back, back ? "" : back.error().detail.c_str());
            QVERIFY(back->dataSets == sets);
        }
    }

    // ---------------------------------------------------------------- programming mode

    void programmingCommandsEncodeExactBytes() {
        // SOH "P" "1" STX "(00000000)" ETX BCC
        // BCC: 50^31=61 ^02=63 ^28=4B ^(eight times 30 cancel out)=4B ^29=62 ^03=61
        QCOMPARE(hex(*encodeProgrammingMessage(CommandMessage::password("00000000"))),
                 QString("01 50 31 02 28 30 30 30 30 30 30 30 30 29 03 61"));
        // SOH "R" "1" STX "1.8.0()" ETX BCC
        // BCC: 52^31=63 ^02=61 ^31=50 ^2E=7E ^38=46 ^2E=68 ^30=58 ^28=70 ^29=59 ^03=5A
        QCOMPARE(hex(*encodeProgrammingMessage(CommandMessage::read("1.8.0"))),
                 QString("01 52 31 02 31 2E 38 2E 30 28 29 03 5A"));
        // SOH "W" "1" STX "1(2)" ETX BCC
        // BCC: 57^31=66 ^02=64 ^31=55 ^28=7D ^32=4F ^29=66 ^03=65
        QCOMPARE(hex(*encodeProgrammingMessage(CommandMessage::write("1", "2"))),
                 QString("01 57 31 02 31 28 32 29 03 65"));
        // SOH "B" "0" ETX BCC: 42^30=72 ^03=71
        QCOMPARE(hex(*encodeProgrammingMessage(CommandMessage::breakMessage())),
                 QString("01 42 30 03 71"));
        // SOH "P" "0" STX "(1234)" ETX BCC (the meter's operand request)
        // BCC: 50^30=60 ^02=62 ^28=4A ^31=7B ^32=49 ^33=7A ^34=4E ^29=67 ^03=64
        QCOMPARE(hex(*encodeProgrammingMessage(CommandMessage::operandRequest("1234"))),
                 QString("01 50 30 02 28 31 32 33 34 29 03 64"));
        // answers: ACK, NAK, STX "(0.5)" ETX BCC (28^30=18 ^2E=36 ^35=03 ^29=2A ^03=29),
        // STX "(ERR1)" ETX BCC (28^45=6D ^52=3F ^52=6D ^31=5C ^29=75 ^03=76)
        QCOMPARE(hex(*encodeProgrammingMessage(Acknowledge{})), QString("06"));
        QCOMPARE(hex(*encodeProgrammingMessage(NegativeAcknowledge{})), QString("15"));
        QCOMPARE(hex(*encodeProgrammingMessage(DataMessage{"(0.5)", BlockEnd::Etx})),
                 QString("02 28 30 2E 35 29 03 29"));
        QCOMPARE(hex(*encodeProgrammingMessage(ErrorMessage{"ERR1"})),
                 QString("02 28 45 52 52 31 29 03 76"));
        // a partial block ends with EOT: ... ^29=2A ^04=2E
        QCOMPARE(hex(*encodeProgrammingMessage(DataMessage{"(0.5)", BlockEnd::Eot})),
                 QString("02 28 30 2E 35 29 04 2E"));
    }

    void programmingMessagesParse() {
        const auto pw = parseProgrammingMessage(
            fromHex("01 50 31 02 28 30 30 30 30 30 30 30 30 29 03 61").value());
        QVERIFY(pw);
        QVERIFY(std::get<CommandMessage>(*pw) == CommandMessage::password("00000000"));
        const auto p0 =
            parseProgrammingMessage(fromHex("01 50 30 02 28 31 32 33 34 29 03 64").value());
        QVERIFY(p0);
        const auto& op = std::get<CommandMessage>(*p0);
        QVERIFY(op.type == CommandType::Password);
        QCOMPARE(op.identifier, '0');
        QCOMPARE(op.dataSet()->values[0].value, std::string("1234"));
        const auto brk = parseProgrammingMessage(fromHex("01 42 30 03 71").value());
        QVERIFY(brk);
        QVERIFY(!std::get<CommandMessage>(*brk).data.has_value());
        const auto write =
            parseProgrammingMessage(fromHex("01 57 31 02 31 28 32 29 03 65").value());
        QVERIFY(write);
        QCOMPARE(std::get<CommandMessage>(*write).dataSet()->address, std::string("1"));
        QVERIFY(std::holds_alternative<Acknowledge>(*parseProgrammingMessage(Bytes{kAck})));
        QVERIFY(std::holds_alternative<NegativeAcknowledge>(*parseProgrammingMessage(Bytes{kNak})));
        const auto data = parseProgrammingMessage(fromHex("02 28 30 2E 35 29 03 29").value());
        QVERIFY(data);
        QCOMPARE(std::get<DataMessage>(*data).dataSet()->values[0].value, std::string("0.5"));
        const auto err = parseProgrammingMessage(fromHex("02 28 45 52 52 31 29 03 76").value());
        QVERIFY(err);
        QCOMPARE(std::get<ErrorMessage>(*err).text, std::string("ERR1"));
        const auto partial = parseProgrammingMessage(fromHex("02 28 30 2E 35 29 04 2E").value());
        QVERIFY(partial);
        QVERIFY(std::get<DataMessage>(*partial).end == BlockEnd::Eot);
    }

    void programmingMessagesRejectMalformedInput() {
        EXPECT_FAILURE(parseProgrammingMessage(Bytes{}), Iec21Error::Truncated, 0);
        EXPECT_FAILURE(parseProgrammingMessage(Bytes{'B', '0'}), Iec21Error::BadStartCharacter, 0);
        EXPECT_FAILURE(parseProgrammingMessage(Bytes{kAck, kAck}), Iec21Error::TrailingBytes, 1);
        EXPECT_FAILURE(parseProgrammingMessage(fromHex("01 42 30 03").value()),
                       Iec21Error::Truncated, 4);
        EXPECT_FAILURE(parseProgrammingMessage(fromHex("01 42 30").value()), Iec21Error::Truncated,
                       3);
        EXPECT_FAILURE(parseProgrammingMessage(fromHex("01 42 30 03 71 00").value()),
                       Iec21Error::TrailingBytes, 5);
        EXPECT_FAILURE(parseProgrammingMessage(fromHex("01 42 30 03 70").value()),
                       Iec21Error::BccMismatch, 4);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "X1\x02(1)\x03")),
                       Iec21Error::UnknownCommand, 1);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "RX\x02(1)\x03")),
                       Iec21Error::MalformedCommand, 2);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "R\x03")), Iec21Error::MalformedCommand,
                       2);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "R1\x03")), Iec21Error::MalformedCommand,
                       3);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "R1(1)\x03")),
                       Iec21Error::MalformedCommand, 3);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "B0\x02()\x03")),
                       Iec21Error::MalformedCommand, 3);
        EXPECT_FAILURE(parseProgrammingMessage(block(kSoh, "R1\x02(1\x02)\x03")),
                       Iec21Error::InvalidCharacter, 6);
        EXPECT_FAILURE(parseProgrammingMessage(block(kStx, "(1\x7F)\x03")),
                       Iec21Error::InvalidCharacter, 3);
        EXPECT_FAILURE(parseProgrammingMessage(block(kStx, "(\xB1)\x03")), Iec21Error::EightBitByte,
                       2);
        EXPECT_FAILURE(parseProgrammingMessage(block(kStx, "(12345)\x03"), 8),
                       Iec21Error::MessageTooLarge, 8);
        // SOH P1 STX (00) ETX BCC: 50^31=61 ^02=63 ^28=4B ^30^30=4B ^29=62 ^03=61
        const Bytes full = fromHex("01 50 31 02 28 30 30 29 03 61").value();
        QVERIFY(parseProgrammingMessage(full));
        for (std::size_t n = 0; n < full.size(); ++n) {
            const auto r = parseProgrammingMessage(ByteView(full).first(n));
            QVERIFY(!r);
            QCOMPARE(str(r.error().code), str(Iec21Error::Truncated));
        }
        // encoder refusals
        EXPECT_FAILURE(
            encodeProgrammingMessage(CommandMessage{CommandType::Break, '0', "()", BlockEnd::Etx}),
            Iec21Error::MalformedCommand, 3);
        EXPECT_FAILURE(encodeProgrammingMessage(
                           CommandMessage{CommandType::Read, '1', std::nullopt, BlockEnd::Etx}),
                       Iec21Error::MalformedCommand, 3);
        EXPECT_FAILURE(encodeProgrammingMessage(
                           CommandMessage{static_cast<CommandType>('Q'), '1', "()", BlockEnd::Etx}),
                       Iec21Error::UnknownCommand, 1);
        EXPECT_FAILURE(
            encodeProgrammingMessage(CommandMessage{CommandType::Read, 'x', "()", BlockEnd::Etx}),
            Iec21Error::MalformedCommand, 2);
        EXPECT_FAILURE(encodeProgrammingMessage(CommandMessage::write("1", "\x03")),
                       Iec21Error::InvalidCharacter, 6);
        EXPECT_FAILURE(encodeProgrammingMessage(ErrorMessage{"E1"}), Iec21Error::MalformedCommand,
                       2);
        EXPECT_FAILURE(encodeProgrammingMessage(ErrorMessage{"ERR(1)"}),
                       Iec21Error::InvalidCharacter, 5);
        EXPECT_FAILURE(encodeProgrammingMessage(DataMessage{"(1)", static_cast<BlockEnd>(0x05)}),
                       Iec21Error::MalformedCommand, 4);
        QVERIFY(!CommandMessage::breakMessage().dataSet());
    }

    void programmingMessagesRoundTripRandomValues() {
        std::mt19937 rng(62056);
        const std::string_view letters = "PWREB";
        auto text = [&rng](std::size_t maxLen) {
            std::string s;
            const auto n = rng() % (maxLen + 1);
            for (std::size_t i = 0; i < n; ++i) {
                s.push_back(static_cast<char>(0x20 + rng() % 0x5F));
            }
            return s;
        };
        for (int i = 0; i < 2000; ++i) {
            ProgrammingMessage m;
            switch (rng() % 4) {
                case 0: {
                    CommandMessage c;
                    c.type = static_cast<CommandType>(letters[rng() % letters.size()]);
                    c.identifier = static_cast<char>('0' + rng() % 10);
                    if (c.type != CommandType::Break) {
                        c.data = text(40);
                    }
                    c.end = (rng() % 2) ? BlockEnd::Etx : BlockEnd::Eot;
                    m = c;
                    break;
                }
                case 1:
                    m = DataMessage{"(" + text(30) + ")", BlockEnd::Eot};
                    break;
                case 2:
                    m = ErrorMessage{"ERR" + std::to_string(rng() % 100)};
                    break;
                default:
                    m = (rng() % 2) ? ProgrammingMessage{Acknowledge{}}
                                    : ProgrammingMessage{NegativeAcknowledge{}};
            }
            const auto bytes = encodeProgrammingMessage(m);
            QVERIFY(bytes);
            const auto back = parseProgrammingMessage(*bytes);
            QVERIFY2(back, toHex(*bytes).c_str());
            QVERIFY(*back == m);
        }
    }

    // ---------------------------------------------------------------- frame splitter

    void splitterYieldsEveryKindOfMessage() {
        FrameSplitter s;
        const Bytes stream = cat(cat(cat(bytesOf("/KAM5\\2OMNIPOWER\r\n"), Bytes{kAck, kNak}),
                                     readoutFrame("F.F(00)\r\n")),
                                 fromHex("01 42 30 03 71").value());
        const auto out = s.feed(stream);
        QCOMPARE(out.size(), std::size_t{5});
        QVERIFY(out[0]->kind == FrameKind::Line);
        QCOMPARE(out[0]->bytes, bytesOf("/KAM5\\2OMNIPOWER\r\n"));
        QVERIFY(out[1]->kind == FrameKind::Ack);
        QVERIFY(out[2]->kind == FrameKind::Nak);
        QVERIFY(out[3]->kind == FrameKind::StxBlock);
        QCOMPARE(out[3]->bytes, readoutFrame("F.F(00)\r\n"));
        QVERIFY(out[4]->kind == FrameKind::SohBlock);
        QCOMPARE(hex(out[4]->bytes), QString("01 42 30 03 71"));
        QCOMPARE(s.pending(), std::size_t{0});
        QCOMPARE(s.discardedBytes(), std::size_t{0});

        // the same stream one byte at a time gives the same frames, each at its last byte
        FrameSplitter t;
        std::vector<Frame> frames;
        for (std::uint8_t b : stream) {
            for (auto& r : t.feed(Bytes{b})) {
                QVERIFY(r);
                frames.push_back(*r);
            }
        }
        QCOMPARE(frames.size(), std::size_t{5});
        for (std::size_t i = 0; i < frames.size(); ++i) {
            QVERIFY(frames[i] == *out[i]);
        }
    }

    void splitterKeepsTheBccAfterEtxEvenIfItLooksLikeAStartByte() {
        // STX "/" ETX BCC (2F^03=2C): a "/" inside a block does not start a line;
        // STX "(+" ETX BCC (28^2B=03 ^03=00): the BCC may be any byte, 0x00 included
        FrameSplitter s;
        const auto out = s.feed(Bytes{kStx, '/', kEtx, 0x2C, kStx, '(', '+', kEtx, 0x00});
        QCOMPARE(out.size(), std::size_t{2});
        QCOMPARE(hex(out[0]->bytes), QString("02 2F 03 2C"));
        QCOMPARE(hex(out[1]->bytes), QString("02 28 2B 03 00"));
        // a BCC byte equal to STX/SOH/"/" is still the BCC
        const auto more = s.feed(Bytes{kSoh, 'B', '0', kEtx, kSoh});
        QCOMPARE(more.size(), std::size_t{1});
        QCOMPARE(hex(more[0]->bytes), QString("01 42 30 03 01"));
    }

    void splitterResynchronisesOnGarbage() {
        FrameSplitter s;
        // noise, a damaged line restarted by "/", an STX block restarted by STX, and a SOH
        // block whose one STX is allowed
        Bytes stream = cat(Bytes{0x00, 0xFF, 'z', 'z'}, bytesOf("/KA/KAM5X\r\n"));
        stream = cat(stream, Bytes{kStx, 'x', 'y'});
        stream = cat(stream, readoutFrame("A(1)\r\n"));
        stream = cat(stream, block(kSoh, "P0\x02(1)\x03"));
        const auto out = s.feed(stream);
        QCOMPARE(out.size(), std::size_t{3});
        QCOMPARE(out[0]->bytes, bytesOf("/KAM5X\r\n"));
        QCOMPARE(out[1]->bytes, readoutFrame("A(1)\r\n"));
        QCOMPARE(out[2]->bytes, block(kSoh, "P0\x02(1)\x03"));
        // 4 noise bytes, "/KA" and STX x y
        QCOMPARE(s.discardedBytes(), std::size_t{4 + 3 + 3});
        // a line that is cut by a block start is dropped, the block survives
        const auto cut = s.feed(cat(bytesOf("/KAM"), readoutFrame("B(2)\r\n")));
        QCOMPARE(cut.size(), std::size_t{1});
        QVERIFY(cut[0]->kind == FrameKind::StxBlock);
        // reset drops a partial message
        s.feed(bytesOf("/KAM5"));
        QCOMPARE(s.pending(), std::size_t{5});
        s.reset();
        QCOMPARE(s.pending(), std::size_t{0});
        QCOMPARE(s.feed(bytesOf("X\r\n")).size(), std::size_t{0});
    }

    void splitterBoundsItsBuffer() {
        FrameSplitter s(64);  // raised to the line bound, 128
        Bytes big{kStx};
        big.insert(big.end(), 200, 'x');
        auto out = s.feed(big);
        QCOMPARE(out.size(), std::size_t{1});
        QVERIFY(!out[0]);
        QCOMPARE(str(out[0].error().code), str(Iec21Error::BufferOverflow));
        QCOMPARE(out[0].error().offset, std::size_t{127});
        QVERIFY(s.pending() < 129);
        // after the overflow the splitter finds the next message
        out = s.feed(cat(Bytes{kEtx, 0x00}, readoutFrame("A(1)\r\n")));
        QCOMPARE(out.size(), std::size_t{1});
        QVERIFY(out[0]);
        QCOMPARE(out[0]->bytes, readoutFrame("A(1)\r\n"));
        // a block of exactly the bound fits
        FrameSplitter exact(128);
        Bytes fits{kStx};
        fits.insert(fits.end(), 125, 'y');
        fits.push_back(kEtx);
        fits.push_back(0x00);
        QCOMPARE(fits.size(), std::size_t{128});
        out = exact.feed(fits);
        QCOMPARE(out.size(), std::size_t{1});
        QVERIFY(out[0]);
        // an endless line
        FrameSplitter lines;
        out = lines.feed(cat(bytesOf("/"), Bytes(300, 'A')));
        QCOMPARE(out.size(), std::size_t{1});
        QCOMPARE(str(out[0].error().code), str(Iec21Error::BufferOverflow));
    }

    void splitterFramesAckAsTold() {
        FrameSplitter s;
        const Bytes confirm{kAck, '2', '5', '2', kCr, kLf};
        auto out = s.feed(confirm);
        // single-byte framing: ACK alone, then "252" CR LF is noise
        QCOMPARE(out.size(), std::size_t{1});
        QVERIFY(out[0]->kind == FrameKind::Ack);
        s.setAckFraming(AckFraming::OptionSelectLine);
        out = s.feed(confirm);
        QCOMPARE(out.size(), std::size_t{1});
        QVERIFY(out[0]->kind == FrameKind::OptionSelect);
        QCOMPARE(out[0]->bytes, confirm);
        // a malformed option select is cut at its length for the parser to refuse
        out = s.feed(Bytes{kAck, '0', '5', '0', '0', '0', '0'});
        QCOMPARE(out.size(), std::size_t{1});
        QCOMPARE(out[0]->bytes.size(), std::size_t{6});
        EXPECT_FAILURE(parseOptionSelect(out[0]->bytes), Iec21Error::BadEndSequence, 4);
        // NAK is always a single byte
        out = s.feed(Bytes{kNak});
        QVERIFY(out[0]->kind == FrameKind::Nak);
    }

    // ---------------------------------------------------------------- client sign-on engine

    void handshakeModeCReadoutStepByStep() {
        ClientHandshake hs({});
        QCOMPARE(describe(hs.start()), QStringList({"line 300 7E1", "send 2F 3F 21 0D 0A",
                                                    // 1500 ms + 5 characters at 300 baud (167 ms)
                                                    "start response 1667ms"}));
        QCOMPARE(hs.state(), ClientHandshake::State::WaitIdentification);
        // "/LGZ5" 9600 baud, upper case 3rd letter -> 200 ms reaction time
        QCOMPARE(describe(hs.bytesReceived(bytesOf("/LGZ5ZMD\r\n"))),
                 QStringList({"stop response", "start reaction 200ms"}));
        // nothing may be sent before the reaction time: the option select, then the rate change
        // once its 6 characters are out (200 ms at 300 baud) + 10 ms
        QCOMPARE(describe(hs.timerExpired(TimerId::Reaction)),
                 QStringList({"send 06 30 35 30 0D 0A", "start line-switch 210ms"}));
        QCOMPARE(describe(hs.timerExpired(TimerId::LineSwitch)),
                 QStringList({"line 9600 7E1", "start response 2000ms"}));
        const Bytes readout = readoutFrame("1.8.0(001234.567*kWh)\r\n");
        const auto actions = hs.bytesReceived(readout);
        QCOMPARE(describe(actions), QStringList({"stop response", "done"}));
        const auto* result = doneResult(actions);
        QVERIFY(result);
        QCOMPARE(result->identification.manufacturer, std::string("LGZ"));
        QCOMPARE(result->baud, 9600U);
        QVERIFY(result->framing == LineFraming::SevenE1);
        QVERIFY(result->protocolMode == ProtocolMode::C);
        QVERIFY(result->readout.has_value());
        QCOMPARE(result->readout->dataSets[0].values[0].value, std::string("001234.567"));
        QVERIFY(hs.isFinished());
        // a finished engine ignores everything
        QVERIFY(hs.bytesReceived(readout).empty());
        QVERIFY(hs.timerExpired(TimerId::Response).empty());
    }

    void handshakeHandlesSplitAndConcatenatedInput() {
        ClientHandshake hs(options(HandshakeMode::Readout, 19200, "12345678"));
        QCOMPARE(describe(hs.start()),
                 QStringList({"line 300 7E1", "send 2F 3F 31 32 33 34 35 36 37 38 21 0D 0A",
                              // 1500 ms + 13 characters at 300 baud (433.3 -> 434 ms)
                              "start response 1934ms"}));
        // the identification one byte at a time: the timer becomes the inter-character timeout
        const Bytes ident = bytesOf("/KAM4OMNIA\r\n");
        for (std::size_t i = 0; i + 1 < ident.size(); ++i) {
            QCOMPARE(describe(hs.bytesReceived(ByteView(ident).subspan(i, 1))),
                     QStringList({"start response 1500ms"}));
        }
        QCOMPARE(describe(hs.bytesReceived(ByteView(ident).last(1))),
                 QStringList({"stop response", "start reaction 200ms"}));
        hs.timerExpired(TimerId::Reaction);
        QCOMPARE(describe(hs.timerExpired(TimerId::LineSwitch)),
                 QStringList({"line 4800 7E1", "start response 2000ms"}));
        // the readout in three uneven pieces
        const Bytes readout = readoutFrame("0.0.0(12345678)\r\n1.8.0(1*kWh)\r\n");
        QCOMPARE(describe(hs.bytesReceived(ByteView(readout).first(3))),
                 QStringList({"start response 1500ms"}));
        QCOMPARE(describe(hs.bytesReceived(ByteView(readout).subspan(3, 20))),
                 QStringList({"start response 1500ms"}));
        const auto last = hs.bytesReceived(ByteView(readout).subspan(23));
        QCOMPARE(describe(last), QStringList({"stop response", "done"}));
        QCOMPARE(doneResult(last)->readout->dataSets.size(), std::size_t{2});

        // concatenated: identification and (too early, still 300 baud) noise in one chunk
        ClientHandshake again({});
        again.start();
        QCOMPARE(describe(again.bytesReceived(cat(bytesOf("/KAM6X\r\n"), Bytes{0x55, 0x55}))),
                 QStringList({"stop response", "start reaction 200ms"}));
    }

    void handshakeSkipsGarbageAndEchoBeforeTheIdentification() {
        ClientHandshake hs({});
        hs.start();
        // an optical head that echoes the request, then line noise, then the identification
        const Bytes noise = cat(bytesOf("/?!\r\n"), Bytes{0x00, 0x7F, 0xFF, '!', kCr, kLf});
        QVERIFY(hs.bytesReceived(noise).empty());
        QCOMPARE(hs.state(), ClientHandshake::State::WaitIdentification);
        QCOMPARE(describe(hs.bytesReceived(bytesOf("/KAM5\\2OMNIPOWER\r\n"))),
                 QStringList({"stop response", "start reaction 200ms"}));
    }

    void handshakeRetriesOnTimeoutThenGivesUp() {
        ClientHandshake hs(options(HandshakeMode::Readout, 19200, "", 2));
        hs.start();
        QCOMPARE(hs.attempts(), 1);
        QCOMPARE(describe(hs.timerExpired(TimerId::Response)),
                 QStringList({"send 2F 3F 21 0D 0A", "start response 1667ms"}));
        QCOMPARE(hs.attempts(), 2);
        const auto last = hs.timerExpired(TimerId::Response);
        QCOMPARE(describe(last), QStringList({"failed no-response"}));
        QCOMPARE(failure(last)->detail, std::string("no identification after 2 requests"));
        QCOMPARE(hs.state(), ClientHandshake::State::Failed);

        // a retry that works: a partial line from the first attempt is forgotten
        ClientHandshake ok({});
        ok.start();
        ok.bytesReceived(bytesOf("/KA"));
        ok.timerExpired(TimerId::Response);
        QCOMPARE(describe(ok.bytesReceived(bytesOf("/KAM5X\r\n"))),
                 QStringList({"stop response", "start reaction 200ms"}));
        // a stale expiry (timer already stopped) changes nothing
        QVERIFY(ok.timerExpired(TimerId::Response).empty());
        QVERIFY(ok.timerExpired(TimerId::LineSwitch).empty());
        QCOMPARE(ok.state(), ClientHandshake::State::WaitReaction);
    }

    void handshakePicksTheLowerOfProposedAndAllowedBaud() {
        // meter proposes 19200 ('6'), head allows 9600: ACK 0 5 0
        ClientHandshake slow(options(HandshakeMode::Readout, 9600));
        slow.start();
        slow.bytesReceived(bytesOf("/KAM6X\r\n"));
        QCOMPARE(describe(slow.timerExpired(TimerId::Reaction)),
                 QStringList({"send 06 30 35 30 0D 0A", "start line-switch 210ms"}));
        QCOMPARE(describe(slow.timerExpired(TimerId::LineSwitch)).first(),
                 QString("line 9600 7E1"));
        // head limit between table rates: 5000 -> 4800 ('4')
        ClientHandshake odd(options(HandshakeMode::Readout, 5000));
        odd.start();
        odd.bytesReceived(bytesOf("/KAM6X\r\n"));
        QCOMPARE(describe(odd.timerExpired(TimerId::Reaction)).first(),
                 QString("send 06 30 34 30 0D 0A"));
        // meter proposes less than the head allows: the meter's rate ('3' = 2400)
        ClientHandshake fast({});
        fast.start();
        fast.bytesReceived(bytesOf("/KAM3X\r\n"));
        QCOMPARE(describe(fast.timerExpired(TimerId::Reaction)).first(),
                 QString("send 06 30 33 30 0D 0A"));
        QCOMPARE(describe(fast.timerExpired(TimerId::LineSwitch)).first(),
                 QString("line 2400 7E1"));
        // a reserved rate character from the meter is a typed failure
        ClientHandshake reserved({});
        reserved.start();
        const auto r = reserved.bytesReceived(bytesOf("/KAM8X\r\n"));
        QCOMPARE(describe(r), QStringList({"stop response", "failed reserved-baud-character"}));
        QCOMPARE(failure(r)->offset, std::size_t{4});
    }

    void handshakeUsesTheFastReactionTimeForLowerCaseThirdLetter() {
        ClientHandshake hs({});
        hs.start();
        QCOMPARE(describe(hs.bytesReceived(bytesOf("/ISk5ME162\r\n"))),
                 QStringList({"stop response", "start reaction 20ms"}));
        HandshakeOptions cautious;
        cautious.useFastReaction = false;
        ClientHandshake slow(cautious);
        slow.start();
        QCOMPARE(describe(slow.bytesReceived(bytesOf("/ISk5ME162\r\n"))),
                 QStringList({"stop response", "start reaction 200ms"}));
    }

    void handshakeReportsReadoutBccError() {
        ClientHandshake hs({});
        hs.start();
        hs.bytesReceived(bytesOf("/KAM5X\r\n"));
        hs.timerExpired(TimerId::Reaction);
        hs.timerExpired(TimerId::LineSwitch);
        Bytes readout = readoutFrame("1.8.0(1*kWh)\r\n");
        readout.back() ^= 0x01;
        const auto actions = hs.bytesReceived(readout);
        QCOMPARE(describe(actions), QStringList({"stop response", "failed bcc-mismatch"}));
        QCOMPARE(failure(actions)->detail, std::string("expected=0x55 actual=0x54"));
        QCOMPARE(hs.state(), ClientHandshake::State::Failed);
    }

    void handshakeReportsEightBitByteInReadout() {
        ClientHandshake hs({});
        hs.start();
        hs.bytesReceived(bytesOf("/KAM5X\r\n"));
        hs.timerExpired(TimerId::Reaction);
        hs.timerExpired(TimerId::LineSwitch);
        std::string body = "1.8.0(1\xAA*kWh)\r\n!\r\n\x03";
        Bytes readout{kStx};
        readout.insert(readout.end(), body.begin(), body.end());
        readout.push_back(xorOf(body) & 0x7F);
        const auto actions = hs.bytesReceived(readout);
        QCOMPARE(describe(actions), QStringList({"stop response", "failed eight-bit-byte"}));
        QCOMPARE(failure(actions)->offset, std::size_t{8});
    }

    void handshakeFailsWhenTheReadoutStops() {
        ClientHandshake hs({});
        hs.start();
        hs.bytesReceived(bytesOf("/KAM5X\r\n"));
        hs.timerExpired(TimerId::Reaction);
        hs.timerExpired(TimerId::LineSwitch);
        hs.bytesReceived(
            bytesOf("\x02"
                    "1.8.0(1"));
        QCOMPARE(describe(hs.timerExpired(TimerId::Response)), QStringList({"failed no-response"}));
    }

    void handshakeModeESwitchesToHdlcAfterTheConfirmation() {
        ClientHandshake hs(options(HandshakeMode::ModeEHdlc, 9600));
        hs.start();
        QCOMPARE(describe(hs.bytesReceived(bytesOf("/KAM6\\2OMNIPOWER\r\n"))),
                 QStringList({"stop response", "start reaction 200ms"}));
        // ACK  V="2" HDLC  Z="5" (19200 offered, 9600 allowed)  Y="2" binary  CR LF
        QCOMPARE(describe(hs.timerExpired(TimerId::Reaction)),
                 QStringList({"send 06 32 35 32 0D 0A", "start line-switch 210ms"}));
        // Annex E: the meter confirms at the new rate, still 7E1, with the same message
        QCOMPARE(describe(hs.timerExpired(TimerId::LineSwitch)),
                 QStringList({"line 9600 7E1", "start response 2000ms"}));
        const auto actions = hs.bytesReceived(Bytes{kAck, '2', '5', '2', kCr, kLf});
        QCOMPARE(describe(actions), QStringList({"stop response", "line 9600 8N1", "done"}));
        const auto* result = doneResult(actions);
        QVERIFY(result->protocolMode == ProtocolMode::E);
        QVERIFY(result->framing == LineFraming::EightN1);
        QCOMPARE(result->baud, 9600U);
        QVERIFY(!result->readout.has_value());
    }

    void handshakeModeEConfirmationProblems() {
        auto toConfirm = [](HandshakeOptions o) {
            auto hs = std::make_unique<ClientHandshake>(std::move(o));
            hs->start();
            hs->bytesReceived(bytesOf("/KAM5\\2X\r\n"));
            hs->timerExpired(TimerId::Reaction);
            hs->timerExpired(TimerId::LineSwitch);
            return hs;
        };
        HandshakeOptions e;
        e.mode = HandshakeMode::ModeEHdlc;
        // a confirmation with another rate
        auto mismatch = toConfirm(e);
        QCOMPARE(describe(mismatch->bytesReceived(Bytes{kAck, '2', '4', '2', kCr, kLf})),
                 QStringList({"stop response", "failed mode-e-confirm-mismatch"}));
        // a damaged confirmation
        auto damaged = toConfirm(e);
        QCOMPARE(describe(damaged->bytesReceived(Bytes{kAck, '2', '5', '2', kLf})),
                 QStringList({"stop response", "failed bad-end-sequence"}));
        // no confirmation at all
        auto silent = toConfirm(e);
        QCOMPARE(describe(silent->timerExpired(TimerId::Response)),
                 QStringList({"failed no-response"}));
        // ... accepted when the confirmation is optional
        e.requireModeEConfirm = false;
        auto lenient = toConfirm(e);
        QCOMPARE(describe(lenient->timerExpired(TimerId::Response)),
                 QStringList({"line 9600 8N1", "done"}));
    }

    void handshakeModeENeedsTheEnhancedSequence() {
        ClientHandshake hs(options(HandshakeMode::ModeEHdlc));
        hs.start();
        QCOMPARE(describe(hs.bytesReceived(bytesOf("/KAM5OMNIPOWER\r\n"))),
                 QStringList({"stop response", "failed mode-not-supported"}));
    }

    void handshakeProgrammingDeliversTheOperandRequest() {
        ClientHandshake hs(options(HandshakeMode::Programming));
        hs.start();
        hs.bytesReceived(bytesOf("/KAM5X\r\n"));
        QCOMPARE(describe(hs.timerExpired(TimerId::Reaction)),
                 QStringList({"send 06 30 35 31 0D 0A", "start line-switch 210ms"}));
        hs.timerExpired(TimerId::LineSwitch);
        // SOH P0 STX (1234) ETX BCC=64
        const auto actions =
            hs.bytesReceived(fromHex("01 50 30 02 28 31 32 33 34 29 03 64").value());
        QCOMPARE(describe(actions), QStringList({"stop response", "done"}));
        QVERIFY(doneResult(actions)->operandRequest == CommandMessage::operandRequest("1234"));

        auto refusedWith = [](const Bytes& answer) {
            ClientHandshake p(options(HandshakeMode::Programming));
            p.start();
            p.bytesReceived(bytesOf("/KAM5X\r\n"));
            p.timerExpired(TimerId::Reaction);
            p.timerExpired(TimerId::LineSwitch);
            return describe(p.bytesReceived(answer));
        };
        QCOMPARE(refusedWith(Bytes{kNak}), QStringList({"stop response", "failed meter-refused"}));
        QCOMPARE(refusedWith(fromHex("02 28 45 52 52 31 29 03 76").value()),
                 QStringList({"stop response", "failed meter-refused"}));
        QCOMPARE(refusedWith(fromHex("01 42 30 03 71").value()),
                 QStringList({"stop response", "failed unexpected-message"}));
        QCOMPARE(refusedWith(fromHex("01 42 30 03 70").value()),
                 QStringList({"stop response", "failed bcc-mismatch"}));
    }

    void handshakeModesAAndB() {
        // mode A: the readout follows the identification at 300 baud, even in the same chunk
        ClientHandshake a({});
        a.start();
        const auto actions =
            a.bytesReceived(cat(bytesOf("/ABCxMETER\r\n"), readoutFrame("1.8.0(1*kWh)\r\n")));
        QCOMPARE(describe(actions),
                 QStringList({"stop response", "start response 2000ms", "stop response", "done"}));
        QVERIFY(doneResult(actions)->protocolMode == ProtocolMode::A);
        QCOMPARE(doneResult(actions)->baud, 300U);
        // mode B: switch to the meter's rate at once, no option select
        ClientHandshake b({});
        b.start();
        QCOMPARE(describe(b.bytesReceived(bytesOf("/ABCDMETER\r\n"))),
                 QStringList({"stop response", "line 4800 7E1", "start response 2000ms"}));
        QCOMPARE(describe(b.bytesReceived(readoutFrame("F.F(0)\r\n"))),
                 QStringList({"stop response", "done"}));
        // mode B above the head's limit cannot be negotiated
        ClientHandshake tooFast(options(HandshakeMode::Readout, 2400));
        tooFast.start();
        QCOMPARE(describe(tooFast.bytesReceived(bytesOf("/ABCDMETER\r\n"))),
                 QStringList({"stop response", "failed unsupported-baud-rate"}));
        // programming needs mode C
        ClientHandshake prog(options(HandshakeMode::Programming));
        prog.start();
        QCOMPARE(describe(prog.bytesReceived(bytesOf("/ABCDMETER\r\n"))),
                 QStringList({"stop response", "failed mode-not-supported"}));
    }

    void handshakeRejectsOptionsThatCannotWork() {
        ClientHandshake badAddress(options(HandshakeMode::Readout, 19200, "12-34"));
        QCOMPARE(describe(badAddress.start()), QStringList({"failed invalid-options"}));
        ClientHandshake slowHead(options(HandshakeMode::Readout, 200));
        QCOMPARE(describe(slowHead.start()), QStringList({"failed invalid-options"}));
        ClientHandshake noAttempts(options(HandshakeMode::Readout, 9600, "", 0));
        QCOMPARE(describe(noAttempts.start()), QStringList({"failed invalid-options"}));
        // bytes before start are ignored, start twice does nothing the second time
        ClientHandshake hs({});
        QVERIFY(hs.bytesReceived(bytesOf("/KAM5X\r\n")).empty());
        QCOMPARE(hs.start().size(), std::size_t{3});
        QVERIFY(hs.start().empty());
    }

    void handshakeOverflowDuringReadoutIsTyped() {
        HandshakeOptions o;
        o.readoutLimits.maxMessageSize = 256;
        ClientHandshake hs(o);
        hs.start();
        hs.bytesReceived(bytesOf("/KAM5X\r\n"));
        hs.timerExpired(TimerId::Reaction);
        hs.timerExpired(TimerId::LineSwitch);
        Bytes endless{kStx};
        endless.insert(endless.end(), 70 * 1024, 'x');
        const auto actions = hs.bytesReceived(endless);
        QCOMPARE(describe(actions), QStringList({"stop response", "failed buffer-overflow"}));
    }

    void transmissionTimes() {
        QVERIFY(transmissionTime(6, 300) == 200ms);  // 60 bits at 300 bit/s
        QVERIFY(transmissionTime(5, 300) == 167ms);  // 166.7 rounded up
        QVERIFY(transmissionTime(1, 9600) == 2ms);   // 1.04 rounded up
        QVERIFY(transmissionTime(0, 300) == 0ms);
        QCOMPARE(QString(nameOf(ClientHandshake::State::WaitModeEConfirm)),
                 QString("wait-mode-e-confirm"));
    }

    void errorCodesHaveStableNames() {
        QCOMPARE(str(Iec21Error::BccMismatch), QString("bcc-mismatch"));
        QCOMPARE(str(Iec21Error::EightBitByte), QString("eight-bit-byte"));
        QCOMPARE(str(Iec21Error::ModeEConfirmMismatch), QString("mode-e-confirm-mismatch"));
        QCOMPARE(str(Iec21Error::BufferOverflow), QString("buffer-overflow"));
        // every code has its own name
        QStringList names;
        for (int c = 0; c <= static_cast<int>(Iec21Error::MeterRefused); ++c) {
            names << str(static_cast<Iec21Error>(c));
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), static_cast<qsizetype>(Iec21Error::MeterRefused) + 1);
        QVERIFY(!names.contains("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestIec62056_21)
#include "tst_iec62056_21.moc"

// HDLC data link layer of IEC 62056-46 (frame format type 3): CRC-16/X.25, addresses, control
// field, frame codec, streaming deframer, LLC header, SNRM/UA parameter negotiation and
// segmentation. The link engine (Station) is specified in tst_hdlc_station.cpp.
//
// Published vectors used here: the CRC-16/X.25 catalogue check value, the DLMS UA worked
// examples by Gyozo Kmethy ("Examples for DLMS/COSEM information exchange": SNRM/UA with a
// four-byte server address, the AARQ I frame whose HCS is 7E CB), and a frame pushed by an
// Austrian smart meter with a two-byte source address. Every other vector was computed
// independently from the definitions and is commented field by field.
#include <QTest>

#include <random>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/hdlc/address.h"
#include "protocol/hdlc/control.h"
#include "protocol/hdlc/crc16.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/llc.h"
#include "protocol/hdlc/segmentation.h"

using namespace omt;
using namespace omt::hdlc;

namespace {

Bytes hex(const char* text) {
    auto b = fromHex(text);
    if (!b) {
        qFatal("bad hex in test: %s", text);
    }
    return *b;
}

// Kmethy example 1: SNRM to server upper 0x0001 / lower 0x0011 (four-byte address) from the
// public client, no parameters.
const char* const kKmethySnrm =
    "7E"           // opening flag
    "A0 0A"        // type 3, S = 0, length 10
    "00 02 00 23"  // destination: upper 0x0001, lower 0x0011 (extension bit on the last byte)
    "21"           // source: client 0x10
    "93"           // SNRM, P = 1
    "18 71"        // FCS
    "7E";          // closing flag

// Kmethy example 1: the meter's UA with the HDLC parameters.
const char* const kKmethyUa =
    "7E A0 23"           // flag, type 3, length 35
    "21"                 // destination: client 0x10
    "00 02 00 23"        // source: server upper 0x0001, lower 0x0011
    "73"                 // UA, F = 1
    "F6 C5"              // HCS
    "81 80 14"           // format identifier, group identifier, group length 20
    "05 02 00 80"        // max information field length transmit = 128
    "06 02 00 80"        // max information field length receive = 128
    "07 04 00 00 00 01"  // window size transmit = 1
    "08 04 00 00 00 01"  // window size receive = 1
    "CE 6A"              // FCS
    "7E";

// Kmethy example 2: the AARQ in an I frame. Its HCS happens to be 7E CB: a flag value inside a
// frame, which the length field makes harmless.
const char* const kKmethyAarq =
    "7E A0 2E"     // flag, type 3, length 46
    "00 02 00 23"  // destination: server upper 1, lower 0x11
    "21"           // source: client 0x10
    "10"           // I frame, N(R) = 0, P = 1, N(S) = 0
    "7E CB"        // HCS
    "E6 E6 00"     // LLC request
    "60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 30 1D FF FF"
    "D4 C5"  // FCS
    "7E";

// A frame pushed by a meter: one-byte destination 0x00 (no station), two-byte source.
const char* const kPushFrame =
    "7E A0 27"  // flag, type 3, length 39
    "01"        // destination: 0x00, one byte
    "02 01"     // source: upper 0x01, lower 0x00
    "10"        // I frame N(S) 0 N(R) 0 P/F 1
    "5A 87"     // HCS
    "E6 E7 00 0F 40 00 00 00 09 0C 07 E1 09 0C 02 17 12 2A FF 80 00 00 02 01 06 00 00 05 28"
    "B8 0C"  // FCS
    "7E";

Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) {
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

// A false frame start whose header is consistent (valid HCS), claiming `length` bytes.
Bytes falseStart(std::uint16_t length) {
    Bytes b{static_cast<std::uint8_t>(0xA0 | (length >> 8)), static_cast<std::uint8_t>(length),
            0x03, 0x21, 0x10};
    appendCrc16X25(b);
    b.insert(b.begin(), kFlag);
    return b;
}

Frame makeFrame(Address dst, Address src, Control control, Bytes info = {},
                bool segmented = false) {
    return Frame{dst, src, control, segmented, std::move(info)};
}

HdlcError decodeError(const Bytes& bytes) {
    auto r = decodeFrame(bytes);
    if (r) {
        return static_cast<HdlcError>(-1);
    }
    return r.error().code;
}

Address randomAddress(std::mt19937& rng) {
    switch (rng() % 3) {
        case 0:
            return Address{static_cast<std::uint16_t>(rng() % 0x80), 0, AddressSize::One};
        case 1:
            return Address{static_cast<std::uint16_t>(rng() % 0x80),
                           static_cast<std::uint16_t>(rng() % 0x80), AddressSize::Two};
        default:
            return Address{static_cast<std::uint16_t>(rng() % 0x4000),
                           static_cast<std::uint16_t>(rng() % 0x4000), AddressSize::Four};
    }
}

Frame randomFrame(std::mt19937& rng, std::size_t maxInfo) {
    Frame f;
    f.destination = randomAddress(rng);
    f.source = randomAddress(rng);
    f.control = Control::fromByte(static_cast<std::uint8_t>(rng()));
    f.segmented = rng() % 2 == 0;
    f.information.resize(rng() % 4 == 0 ? 0 : rng() % (maxInfo + 1));
    for (auto& b : f.information) {
        // Plenty of flag bytes inside frames.
        b = rng() % 5 == 0 ? kFlag : static_cast<std::uint8_t>(rng());
    }
    return f;
}

}  // namespace

class TestHdlc : public QObject {
    Q_OBJECT
private slots:
    // ------------------------------------------------------------------ CRC-16/X.25
    void crcCatalogueCheckValue() {
        // CRC-16/X.25 (a.k.a. CRC-16/IBM-SDLC) check value over ASCII "123456789".
        QCOMPARE(crc16X25(bytesOf("123456789")), std::uint16_t{0x906E});
    }

    void crcOfNothingIsZero() { QCOMPARE(crc16X25(ByteView{}), std::uint16_t{0x0000}); }

    void crcOfSnrmHeaderIsItsFcs() {
        // Frame 7E A0 07 03 21 93 0F 01 7E: the FCS over A0 07 03 21 93 is 0x010F, sent 0F 01.
        QCOMPARE(crc16X25(hex("A0 07 03 21 93")), std::uint16_t{0x010F});
        Bytes out = hex("A0 07 03 21 93");
        appendCrc16X25(out);
        QCOMPARE(toHex(out), std::string("A0 07 03 21 93 0F 01"));
    }

    void crcOfKmethyFramesMatchesTheirChecksums() {
        // HCS of the UA header (A0 23 21 00 02 00 23 73) is F6 C5; of the AARQ header 7E CB.
        QCOMPARE(crc16X25(hex("A0 23 21 00 02 00 23 73")), std::uint16_t{0xC5F6});
        QCOMPARE(crc16X25(hex("A0 2E 00 02 00 23 21 10")), std::uint16_t{0xCB7E});
        // Appending from an offset skips the opening flag.
        Bytes withFlag = hex("7E A0 0A 00 02 00 23 21 93");
        appendCrc16X25(withFlag, 1);
        QCOMPARE(toHex(withFlag), std::string("7E A0 0A 00 02 00 23 21 93 18 71"));
    }

    // ------------------------------------------------------------------ addresses
    void addressEncodingOfEverySize() {
        const auto enc = [](const Address& a) {
            ByteWriter w;
            auto r = encodeAddress(a, w);
            return r ? toHex(w.data()) : std::string("error");
        };
        QCOMPARE(enc(Address::client(kPublicClient)), std::string("21"));  // 0x10 << 1 | 1
        QCOMPARE(enc(Address::client(0x01)), std::string("03"));
        QCOMPARE(enc(Address::server(kManagementLogicalDevice)), std::string("03"));
        QCOMPARE(enc(Address::server(kAllStation7)), std::string("FF"));  // broadcast
        QCOMPARE(enc(Address::server(kNoStation)), std::string("01"));    // no-station
        // Two bytes: upper 1 (no end mark), lower 0x11 (end mark).
        QCOMPARE(enc(Address::server(1, 0x11)), std::string("02 23"));
        // Four bytes: upper 0x0001 -> 00 02, lower 0x0011 -> 00 23.
        QCOMPARE(enc(Address::server(1, 0x11, AddressSize::Four)), std::string("00 02 00 23"));
        // 14-bit values: upper 0x3FFF -> FE FE, lower 0x1234 -> (0x24 << 1) (0x34 << 1 | 1).
        QCOMPARE(enc(Address::server(kAllStation14, 0x1234)), std::string("FE FE 48 69"));
        // server(logical, physical) picks four bytes when a part needs more than 7 bits.
        QCOMPARE(Address::server(1, 0x80).size, AddressSize::Four);
        QCOMPARE(Address::server(0x7F, 0x7F).size, AddressSize::Two);
    }

    void addressValuesThatDoNotFitAreRefused() {
        const auto code = [](const Address& a) {
            ByteWriter w;
            auto r = encodeAddress(a, w);
            return r ? static_cast<HdlcError>(-1) : r.error().code;
        };
        QCOMPARE(code(Address{0x80, 0, AddressSize::One}), HdlcError::InvalidAddress);
        QCOMPARE(code(Address{0x10, 1, AddressSize::One}), HdlcError::InvalidAddress);
        QCOMPARE(code(Address{0x01, 0x80, AddressSize::Two}), HdlcError::InvalidAddress);
        QCOMPARE(code(Address{0x4000, 0, AddressSize::Four}), HdlcError::InvalidAddress);
        QCOMPARE(code(Address{0, 0x4000, AddressSize::Four}), HdlcError::InvalidAddress);
        QCOMPARE(code(Address{0, 0, static_cast<AddressSize>(3)}), HdlcError::InvalidAddress);
    }

    void addressDecoding() {
        const auto dec = [](const char* text) {
            const Bytes b = hex(text);
            ByteReader r(b);
            return decodeAddress(r);
        };
        QCOMPARE(*dec("21"), Address::client(0x10));
        QCOMPARE(*dec("02 23"), Address::server(1, 0x11));
        QCOMPARE(*dec("00 02 00 23"), Address::server(1, 0x11, AddressSize::Four));
        QCOMPARE(*dec("FE FE FE FF"), Address::server(0x3FFF, 0x3FFF, AddressSize::Four));
        QVERIFY(dec("FE FE FE FF")->isAllStation());
        QVERIFY(dec("FF")->isAllStation());
        QVERIFY(!dec("03")->isAllStation());
        // Stops after the end mark, whatever follows.
        const Bytes b = hex("03 21 93");
        ByteReader r(b);
        QCOMPARE(*decodeAddress(r), Address::server(1));
        QCOMPARE(r.offset(), std::size_t{1});
    }

    void addressDecodingErrors() {
        const auto err = [](const char* text) {
            const Bytes b = hex(text);
            ByteReader r(b);
            auto a = decodeAddress(r);
            return a ? HdlcFailure{} : a.error();
        };
        QCOMPARE(err("").code, HdlcError::Truncated);
        QCOMPARE(err("02").code, HdlcError::Truncated);  // no end mark before the input ends
        QCOMPARE(err("02").offset, std::size_t{1});
        QCOMPARE(err("00 02 23").code, HdlcError::InvalidAddress);  // three bytes
        QCOMPARE(err("00 02 00 22 21").code, HdlcError::AddressTooLong);
        QCOMPARE(err("00 02 00 22").code, HdlcError::AddressTooLong);  // 4 bytes, no end mark
        QCOMPARE(err("00 02 00 22").offset, std::size_t{0});
    }

    void sameStationIgnoresTheFieldSize() {
        QVERIFY(Address::server(1, 0x11).sameStation(Address::server(1, 0x11, AddressSize::Four)));
        QVERIFY(!(Address::server(1, 0x11) == Address::server(1, 0x11, AddressSize::Four)));
        QVERIFY(!Address::server(1, 0x11).sameStation(Address::server(1, 0x12)));
    }

    // ------------------------------------------------------------------ control field
    void controlBytesOfEveryFrameType() {
        QCOMPARE(Control::i(0, 0, true).byte(), std::uint8_t{0x10});
        QCOMPARE(Control::i(1, 0, false).byte(), std::uint8_t{0x02});  // N(S) in bits 3..1
        QCOMPARE(Control::i(7, 5, true).byte(), std::uint8_t{0xBE});   // N(R) in bits 7..5
        QCOMPARE(Control::rr(1, true).byte(), std::uint8_t{0x31});
        QCOMPARE(Control::rr(0, false).byte(), std::uint8_t{0x01});
        QCOMPARE(Control::rnr(2, true).byte(), std::uint8_t{0x55});
        QCOMPARE(Control::rnr(7, false).byte(), std::uint8_t{0xE5});
        QCOMPARE(Control::snrm().byte(), std::uint8_t{0x93});
        QCOMPARE(Control::disc().byte(), std::uint8_t{0x53});
        QCOMPARE(Control::ua().byte(), std::uint8_t{0x73});
        QCOMPARE(Control::ua(false).byte(), std::uint8_t{0x63});
        QCOMPARE(Control::dm().byte(), std::uint8_t{0x1F});
        QCOMPARE(Control::frmr().byte(), std::uint8_t{0x97});
        QCOMPARE(Control::ui().byte(), std::uint8_t{0x03});
        QCOMPARE(Control::ui(true).byte(), std::uint8_t{0x13});
    }

    void controlFieldsDecode() {
        const Control i = Control::fromByte(0xBE);
        QCOMPARE(i.type(), FrameType::I);
        QCOMPARE(i.ns(), 7U);
        QCOMPARE(i.nr(), 5U);
        QVERIFY(i.pollFinal());
        const Control rnr = Control::fromByte(0x55);
        QCOMPARE(rnr.type(), FrameType::Rnr);
        QCOMPARE(rnr.nr(), 2U);
        QCOMPARE(rnr.ns(), 0U);
        QCOMPARE(Control::fromByte(0x93).type(), FrameType::Snrm);
        QCOMPARE(Control::fromByte(0x83).type(), FrameType::Snrm);
        QCOMPARE(Control::fromByte(0x1F).type(), FrameType::Dm);
        QCOMPARE(Control::fromByte(0x97).type(), FrameType::Frmr);
        QCOMPARE(Control::fromByte(0x09).type(), FrameType::Unknown);  // REJ
        QCOMPARE(Control::fromByte(0x0D).type(), FrameType::Unknown);  // SREJ
        QCOMPARE(Control::fromByte(0x2F).type(), FrameType::Unknown);  // SABM: not in 62056-46
        QCOMPARE(Control::fromByte(0x73).nr(), 0U);
        QCOMPARE(Control::fromByte(0x10).withPollFinal(false).byte(), std::uint8_t{0x00});
        QCOMPARE(std::string(nameOf(FrameType::Rnr)), std::string("RNR"));
    }

    void everyControlByteKeepsItsValue() {
        int known = 0;
        for (unsigned b = 0; b < 256; ++b) {
            const Control c = Control::fromByte(static_cast<std::uint8_t>(b));
            QCOMPARE(c.byte(), static_cast<std::uint8_t>(b));
            if (c.type() != FrameType::Unknown) {
                ++known;
            }
        }
        // 128 I + 16 RR + 16 RNR (N(R) x P/F) + 6 unnumbered kinds x 2 (P/F).
        QCOMPARE(known, 128 + 16 + 16 + 12);
    }

    // ------------------------------------------------------------------ frame encoding
    void encodesSnrmWithOneByteAddresses() {
        const Frame snrm =
            makeFrame(Address::server(1), Address::client(kPublicClient), Control::snrm());
        QCOMPARE(toHex(*encodeFrame(snrm)),
                 std::string("7E A0 07 03 21 93 0F 01 7E"));  // flag, type 3 len 7, 03, 21,
                                                              // SNRM+P, FCS, flag
    }

    void encodesKmethySnrmUaAndAarq() {
        const Address server = Address::server(1, 0x11, AddressSize::Four);
        const Address client = Address::client(kPublicClient);
        QCOMPARE(toHex(*encodeFrame(makeFrame(server, client, Control::snrm()))),
                 toHex(hex(kKmethySnrm)));
        QCOMPARE(toHex(*encodeFrame(makeFrame(client, server, Control::ua(),
                                              encodeLinkParameters(LinkParameters{})))),
                 toHex(hex(kKmethyUa)));
        const Bytes aarqInfo = hex(
            "E6 E6 00 60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 "
            "00 00 30 1D FF FF");
        QCOMPARE(toHex(*encodeFrame(makeFrame(server, client, Control::i(0, 0, true), aarqInfo))),
                 toHex(hex(kKmethyAarq)));
    }

    void encodesSupervisoryAndUnnumberedFrames() {
        const Address s = Address::server(1);
        const Address c = Address::client(kPublicClient);
        const auto enc = [](const Frame& f) { return toHex(*encodeFrame(f)); };
        // RR, N(R) 1, P: client -> server. FCS 17 87.
        QCOMPARE(enc(makeFrame(s, c, Control::rr(1, true))),
                 std::string("7E A0 07 03 21 31 17 87 7E"));
        // RNR, N(R) 2, F: server -> client.
        QCOMPARE(enc(makeFrame(c, s, Control::rnr(2, true))),
                 std::string("7E A0 07 21 03 55 35 04 7E"));
        // DISC + P.
        QCOMPARE(enc(makeFrame(s, c, Control::disc())), std::string("7E A0 07 03 21 53 03 C7 7E"));
        // UA + F without parameters.
        QCOMPARE(enc(makeFrame(c, s, Control::ua())), std::string("7E A0 07 21 03 73 01 40 7E"));
        // DM + F.
        QCOMPARE(enc(makeFrame(c, s, Control::dm())), std::string("7E A0 07 21 03 1F 6B E9 7E"));
        // FRMR + F with its 3-byte information field: rejected control 0B, V(R) 1 V(S) 0, W.
        QCOMPARE(enc(makeFrame(c, s, Control::frmr(), hex("0B 20 01"))),
                 std::string("7E A0 0C 21 03 97 3E 21 0B 20 01 6B D4 7E"));
        // UI + F carrying E6 E7 00 0F 00: length 14, HCS 64 DA, FCS 6D FC.
        QCOMPARE(enc(makeFrame(c, s, Control::ui(true), hex("E6 E7 00 0F 00"))),
                 std::string("7E A0 0E 21 03 13 64 DA E6 E7 00 0F 00 6D FC 7E"));
    }

    void encodesSegmentationBit() {
        // Format A8 10: type 3 with S set, length 16. Two-byte destination 02 23, source 21,
        // I frame N(R) 1 P N(S) 1 (0x32), HCS 06 1F, LLC + C0 01 C1, FCS 23 CD.
        const Frame f = makeFrame(Address::server(1, 0x11), Address::client(kPublicClient),
                                  Control::i(1, 1, true), hex("E6 E6 00 C0 01 C1"), true);
        QCOMPARE(toHex(*encodeFrame(f)),
                 std::string("7E A8 10 02 23 21 32 06 1F E6 E6 00 C0 01 C1 23 CD 7E"));
    }

    void encodingRefusesOversizeFramesAndBadAddresses() {
        const Address s = Address::server(1);
        const Address c = Address::client(kPublicClient);
        const std::size_t maxInfo = maxInformationLength(s, c);
        QCOMPARE(maxInfo, std::size_t{2038});  // 2047 - (2 + 1 + 1 + 1 + 2 + 2)
        QCOMPARE(frameLength(s, c, 0), std::size_t{7});
        QCOMPARE(frameLength(s, c, maxInfo), kMaxFrameLength);
        auto fits = encodeFrame(makeFrame(s, c, Control::i(0, 0, true), Bytes(maxInfo, 0xAB)));
        QVERIFY(fits.hasValue());
        QCOMPARE(fits->size(), kMaxFrameLength + 2);
        QCOMPARE(toHex(ByteView(*fits).first(3)), std::string("7E A7 FF"));  // length 2047
        auto tooLong = encodeFrame(makeFrame(s, c, Control::i(0, 0, true), Bytes(maxInfo + 1, 0)));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, HdlcError::FrameTooLong);
        auto badAddress =
            encodeFrame(makeFrame(Address{0x80, 0, AddressSize::One}, c, Control::ua()));
        QVERIFY(!badAddress);
        QCOMPARE(badAddress.error().code, HdlcError::InvalidAddress);
        QCOMPARE(maxInformationLength(Address::server(1, 0x11, AddressSize::Four), c),
                 std::size_t{2035});
    }

    // ------------------------------------------------------------------ frame decoding
    void decodesKmethyFrames() {
        auto snrm = decodeFrame(hex(kKmethySnrm));
        QVERIFY(snrm.hasValue());
        QCOMPARE(snrm->destination, Address::server(1, 0x11, AddressSize::Four));
        QCOMPARE(snrm->source, Address::client(kPublicClient));
        QCOMPARE(snrm->control.type(), FrameType::Snrm);
        QVERIFY(snrm->control.pollFinal());
        QVERIFY(snrm->information.empty());
        QVERIFY(!snrm->segmented);

        auto ua = decodeFrame(hex(kKmethyUa));
        QVERIFY(ua.hasValue());
        QCOMPARE(ua->control, Control::ua());
        QCOMPARE(ua->destination, Address::client(0x10));
        QCOMPARE(
            toHex(ua->information),
            std::string("81 80 14 05 02 00 80 06 02 00 80 07 04 00 00 00 01 08 04 00 00 00 01"));

        auto aarq = decodeFrame(hex(kKmethyAarq));
        QVERIFY(aarq.hasValue());
        QCOMPARE(aarq->control, Control::i(0, 0, true));
        QCOMPARE(aarq->information.size(), std::size_t{34});
        QCOMPARE(toHex(ByteView(aarq->information).first(5)), std::string("E6 E6 00 60 1D"));
    }

    void decodesPushFrameWithTwoByteSource() {
        auto f = decodeFrame(hex(kPushFrame));
        QVERIFY(f.hasValue());
        QCOMPARE(f->destination, Address::client(kNoStation));
        QCOMPARE(f->source, (Address{1, 0, AddressSize::Two}));
        QCOMPARE(f->control.type(), FrameType::I);
        QCOMPARE(f->information.size(), std::size_t{29});
        QCOMPARE(toHex(ByteView(f->information).first(3)), std::string("E6 E7 00"));
    }

    void decodeErrorsAreSpecific() {
        // Missing flags.
        QCOMPARE(decodeError(hex("A0 07 03 21 93 0F 01 7E")), HdlcError::MissingFlag);
        QCOMPARE(decodeError(hex("7E A0 07 03 21 93 0F 01")), HdlcError::MissingFlag);
        QCOMPARE(decodeError(Bytes{}), HdlcError::MissingFlag);
        QCOMPARE(decodeError(hex("7E")), HdlcError::MissingFlag);
        // Format type 0xB instead of 0xA.
        QCOMPARE(decodeError(hex("7E B0 07 03 21 93 0F 01 7E")), HdlcError::BadFormatType);
        // Length 6: smaller than any frame.
        QCOMPARE(decodeError(hex("7E A0 06 03 21 93 0F 01 7E")), HdlcError::BadLength);
        // Length 8 but 7 bytes between the flags; length 6 is BadLength, so use 7 vs 8 bytes.
        QCOMPARE(decodeError(hex("7E A0 08 03 21 93 0F 01 7E")), HdlcError::Truncated);
        QCOMPARE(decodeError(hex("7E A0 07 03 21 93 0F 01 00 7E")), HdlcError::LengthMismatch);
        // Bad FCS (last byte changed), its offset is where the FCS starts.
        auto badFcs = decodeFrame(hex("7E A0 07 03 21 93 0F 02 7E"));
        QCOMPARE(badFcs.error().code, HdlcError::BadFcs);
        QCOMPARE(badFcs.error().offset, std::size_t{6});
        // Bad HCS in the AARQ (7E CB -> 7E CC).
        Bytes aarq = hex(kKmethyAarq);
        aarq[10] = 0xCC;
        auto badHcs = decodeFrame(aarq);
        QCOMPARE(badHcs.error().code, HdlcError::BadHcs);
        QCOMPARE(badHcs.error().offset, std::size_t{9});
        // A payload byte changed: the HCS still holds, the FCS does not.
        aarq = hex(kKmethyAarq);
        aarq[20] ^= 0x01;
        QCOMPARE(decodeError(aarq), HdlcError::BadFcs);
        // Address field of five bytes without end mark.
        QCOMPARE(decodeError(hex("7E A0 0D 00 00 00 00 00 21 93 00 00 00 00 7E")),
                 HdlcError::AddressTooLong);
        // Three-byte destination.
        QCOMPARE(decodeError(hex("7E A0 09 00 02 23 21 93 00 00 7E")), HdlcError::InvalidAddress);
        // Three bytes after the control field: an HCS needs information and an FCS after it.
        QCOMPARE(decodeError(hex("7E A0 08 03 21 10 00 00 00 7E")), HdlcError::LengthMismatch);
        // Length 7 with four-byte addresses: the header does not even fit.
        QCOMPARE(decodeError(hex("7E A0 07 00 02 00 23 21 7E")), HdlcError::Truncated);
    }

    void decodeRejectsEveryTruncation() {
        // Each prefix of a valid frame, closed with a flag, is refused with a framing error and
        // never read past its end.
        for (const char* text : {kKmethySnrm, kKmethyUa, kKmethyAarq, kPushFrame}) {
            const Bytes full = hex(text);
            for (std::size_t n = 1; n + 1 < full.size(); ++n) {
                Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
                cut.push_back(kFlag);
                auto r = decodeFrame(cut);
                QVERIFY2(!r, qPrintable(QString("prefix %1 of %2").arg(n).arg(text)));
                const HdlcError e = r.error().code;
                QVERIFY(e == HdlcError::Truncated || e == HdlcError::BadFormatType ||
                        e == HdlcError::MissingFlag);
                if (n >= 3) {
                    QCOMPARE(e, HdlcError::Truncated);  // the format field says more is due
                }
            }
        }
    }

    void decodeAcceptsAnHcsWithEmptyInformation() {
        // Not produced by this encoder, tolerated when received: HCS then FCS, no information.
        Bytes b = hex("A0 09 03 21 10");
        appendCrc16X25(b);
        appendCrc16X25(b);
        b.insert(b.begin(), kFlag);
        b.push_back(kFlag);
        auto f = decodeFrame(b);
        QVERIFY(f.hasValue());
        QVERIFY(f->information.empty());
    }

    void frameRoundTripProperty() {
        std::mt19937 rng(0x62056);
        for (int i = 0; i < 3000; ++i) {
            const Frame f = randomFrame(rng, 300);
            auto bytes = encodeFrame(f);
            QVERIFY(bytes.hasValue());
            auto back = decodeFrame(*bytes);
            QVERIFY2(back.hasValue(), toHex(*bytes).c_str());
            QCOMPARE(*back, f);
        }
    }

    // ------------------------------------------------------------------ deframer
    void deframerByteByByte() {
        const Bytes stream = cat({hex(kKmethySnrm), hex(kKmethyUa), hex(kKmethyAarq)});
        Deframer d;
        std::vector<Frame> frames;
        for (const std::uint8_t b : stream) {
            for (auto& r : d.feed(ByteView(&b, 1))) {
                QVERIFY(r.hasValue());
                frames.push_back(*r);
            }
        }
        QCOMPARE(frames.size(), std::size_t{3});
        QCOMPARE(frames[0], *decodeFrame(hex(kKmethySnrm)));
        QCOMPARE(frames[1], *decodeFrame(hex(kKmethyUa)));
        QCOMPARE(frames[2], *decodeFrame(hex(kKmethyAarq)));  // its HCS 7E CB is data
        QCOMPARE(d.discardedBytes(), std::size_t{0});
    }

    void deframerSharedAndRepeatedFlags() {
        // 7E frame 7E frame 7E: the closing flag opens the next frame; 7E 7E 7E is idle fill.
        Bytes stream =
            hex("7E 7E 7E A0 07 03 21 93 0F 01 7E A0 07 21 03 73 01 40 7E 7E A0 07 03 21 53 03 C7 "
                "7E 7E");
        Deframer d;
        auto results = d.feed(stream);
        QCOMPARE(results.size(), std::size_t{3});
        QCOMPARE(results[0]->control.type(), FrameType::Snrm);
        QCOMPARE(results[1]->control.type(), FrameType::Ua);
        QCOMPARE(results[2]->control.type(), FrameType::Disc);
        QCOMPARE(d.buffered(), std::size_t{1});  // the last flag, ready to open a frame
        QVERIFY(!d.reset().has_value());         // only a flag was pending
    }

    void deframerRandomChunksWithGarbage() {
        std::mt19937 rng(46);
        std::vector<Frame> sent;
        Bytes stream;
        for (int i = 0; i < 200; ++i) {
            // Garbage without flags between frames (line noise before a frame).
            const std::size_t noise = rng() % 6;
            for (std::size_t k = 0; k < noise; ++k) {
                stream.push_back(static_cast<std::uint8_t>(0x00 + rng() % 0x7E));
            }
            const Frame f = randomFrame(rng, 200);
            sent.push_back(f);
            const Bytes b = *encodeFrame(f);
            stream.insert(stream.end(), b.begin(), b.end());
        }
        Deframer d;
        std::vector<Frame> got;
        std::size_t errors = 0;
        for (std::size_t pos = 0; pos < stream.size();) {
            const std::size_t n = std::min<std::size_t>(1 + rng() % 64, stream.size() - pos);
            for (auto& r : d.feed(ByteView(stream).subspan(pos, n))) {
                if (r) {
                    got.push_back(*r);
                } else {
                    ++errors;
                    // Noise right after a closing flag looks like a frame start.
                    QVERIFY(r.error().code == HdlcError::BadFormatType ||
                            r.error().code == HdlcError::BadLength ||
                            r.error().code == HdlcError::LengthMismatch ||
                            r.error().code == HdlcError::BadHcs ||
                            r.error().code == HdlcError::BadFcs ||
                            r.error().code == HdlcError::Truncated ||
                            r.error().code == HdlcError::AddressTooLong ||
                            r.error().code == HdlcError::InvalidAddress);
                }
            }
            pos += n;
        }
        QCOMPARE(got.size(), sent.size());
        for (std::size_t i = 0; i < sent.size(); ++i) {
            QCOMPARE(got[i], sent[i]);
        }
        QVERIFY(d.buffered() <= 1);
    }

    void deframerReportsBadChecksumsAndResynchronises() {
        Bytes badFcs = hex("7E A0 07 03 21 93 0F 02 7E");  // FCS changed
        Bytes badHcs = hex(kKmethyAarq);
        badHcs[10] = 0x00;                                     // HCS changed
        const Bytes good = hex("7E A0 07 03 21 31 17 87 7E");  // RR
        Deframer d;
        auto r = d.feed(cat({badFcs, badHcs, good}));
        // The bad HCS is noticed as soon as the header is in; the deframer then finds the flags
        // after it, and the frame data between them gives further errors, until the good frame.
        QVERIFY(r.size() >= 3);
        QCOMPARE(r.front().error().code, HdlcError::BadFcs);
        QCOMPARE(r.front().error().offset, std::size_t{6});  // stream offset of the FCS
        QCOMPARE(r[1].error().code, HdlcError::BadHcs);
        QVERIFY(r.back().hasValue());
        QCOMPARE(r.back()->control, Control::rr(1, true));
        for (std::size_t i = 1; i + 1 < r.size(); ++i) {
            QVERIFY(!r[i].hasValue());
        }
    }

    void deframerFindsFrameHiddenBehindAFalseStart() {
        // Noise that looks like the header of a 1023-byte frame, HCS included, and a real frame
        // right behind it. The false start is refuted only when its length is in (no flag
        // there); the real frame is then found again in the buffer.
        Deframer d;
        const Bytes real = hex("7E A0 07 03 21 93 0F 01 7E");
        auto r = d.feed(cat({falseStart(1023), real}));
        QVERIFY(r.empty());
        QVERIFY(d.buffered() > 0);
        Bytes filler(1100, 0x55);
        r = d.feed(filler);
        bool foundReal = false;
        for (auto& x : r) {
            if (x && x->control == Control::snrm()) {
                foundReal = true;
            }
        }
        QVERIFY(foundReal);
        QCOMPARE(r.front().error().code, HdlcError::LengthMismatch);
    }

    void deframerBoundsItsBuffer() {
        Deframer d;
        // A megabyte of garbage without a flag: nothing is kept.
        Bytes garbage(1 << 20, 0x55);
        QVERIFY(d.feed(garbage).empty());
        QCOMPARE(d.buffered(), std::size_t{0});
        QCOMPARE(d.discardedBytes(), garbage.size());
        // A claimed maximum-length frame followed by endless non-flag bytes: the buffer never
        // exceeds the longest frame and its flags.
        QVERIFY(d.feed(falseStart(2047)).empty());
        std::size_t most = 0;
        for (int i = 0; i < 100; ++i) {
            d.feed(Bytes(97, 0x55));
            most = std::max(most, d.buffered());
        }
        QVERIFY(most <= Deframer::kCapacity);
        QVERIFY(most > 2000);  // the false start was held up to its claimed length
        // Only flags and type-3 false starts (7E A7 FF 7E A7 FF ...): still bounded.
        Deframer e;
        for (int i = 0; i < 2000; ++i) {
            e.feed(hex("7E A7 FF"));
            QVERIFY(e.buffered() <= Deframer::kCapacity);
        }
    }

    void deframerResetReportsTruncation() {
        Deframer d;
        QVERIFY(d.feed(hex("7E A0 07 03 21")).empty());
        auto t = d.reset();
        QVERIFY(t.has_value());
        QCOMPARE(t->code, HdlcError::Truncated);
        QCOMPARE(d.buffered(), std::size_t{0});
        // After the reset the next frame decodes normally.
        auto r = d.feed(hex("7E A0 07 03 21 93 0F 01 7E"));
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(r[0].hasValue());
    }

    void deframerEarlyHeaderErrors() {
        Deframer d;
        // Type 0x5: rejected on the format field alone.
        auto r = d.feed(hex("7E 50 07"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].error().code, HdlcError::BadFormatType);
        QCOMPARE(r[0].error().offset, std::size_t{1});
        // Five address bytes without end mark in a long frame: rejected before its length is in.
        r = d.feed(hex("7E A1 00 00 00 00 00 00"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].error().code, HdlcError::AddressTooLong);
        // Length below the minimum.
        r = d.feed(hex("7E A0 03"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].error().code, HdlcError::BadLength);
    }

    // ------------------------------------------------------------------ LLC
    void llcAddAndStrip() {
        QCOMPARE(toHex(addLlcHeader(hex("C0 01 C1"), LlcDirection::Request)),
                 std::string("E6 E6 00 C0 01 C1"));
        QCOMPARE(toHex(addLlcHeader(hex("C4 01"), LlcDirection::Response)),
                 std::string("E6 E7 00 C4 01"));
        const Bytes request = hex("E6 E6 00 60 1D");
        QCOMPARE(toHex(*stripLlcHeader(request, LlcDirection::Request)), std::string("60 1D"));
        QCOMPARE(stripLlcHeader(hex("E6 E6 00"), LlcDirection::Request)->size(), std::size_t{0});
    }

    void llcMissingHeaderIsTyped() {
        auto wrongDirection = stripLlcHeader(hex("E6 E6 00 60"), LlcDirection::Response);
        QCOMPARE(wrongDirection.error().code, HdlcError::MissingLlcHeader);
        QCOMPARE(wrongDirection.error().offset, std::size_t{1});
        auto absent = stripLlcHeader(hex("60 1D A1"), LlcDirection::Request);
        QCOMPARE(absent.error().code, HdlcError::MissingLlcHeader);
        QCOMPARE(absent.error().offset, std::size_t{0});
        auto badQuality = stripLlcHeader(hex("E6 E7 01 61"), LlcDirection::Response);
        QCOMPARE(badQuality.error().offset, std::size_t{2});
        auto shortOne = stripLlcHeader(hex("E6 E6"), LlcDirection::Request);
        QCOMPARE(shortOne.error().code, HdlcError::MissingLlcHeader);
        QCOMPARE(shortOne.error().offset, std::size_t{2});
        QCOMPARE(stripLlcHeader(ByteView{}, LlcDirection::Request).error().code,
                 HdlcError::MissingLlcHeader);
    }

    // ------------------------------------------------------------------ parameters
    void parametersEncodeAsInTheWorkedExample() {
        QCOMPARE(
            toHex(encodeLinkParameters(LinkParameters{})),
            std::string("81 80 14 05 02 00 80 06 02 00 80 07 04 00 00 00 01 08 04 00 00 00 01"));
        const LinkParameters p{512, 2030, 7, 3};
        QCOMPARE(
            toHex(encodeLinkParameters(p)),
            std::string("81 80 14 05 02 02 00 06 02 07 EE 07 04 00 00 00 07 08 04 00 00 00 03"));
    }

    void parametersDecode() {
        // The worked example's UA information field.
        const auto uaFrame = decodeFrame(hex(kKmethyUa));
        auto ua = decodeLinkParameters(uaFrame->information);
        QVERIFY(ua.hasValue());
        QCOMPARE(*ua, LinkParameters{});
        // No information field at all: every default.
        QCOMPARE(*decodeLinkParameters(ByteView{}), (LinkParameters{128, 128, 1, 1}));
        // Only some parameters, with 1-byte values: the others stay at their defaults.
        QCOMPARE(*decodeLinkParameters(hex("81 80 06 05 01 40 07 01 03")),
                 (LinkParameters{64, 128, 3, 1}));
        // 4-byte maximum lengths, parameters in another order, an unknown parameter 0x09 and a
        // user group 0xF0 skipped.
        QCOMPARE(
            *decodeLinkParameters(hex("81 80 10 08 01 07 09 01 AA 06 04 00 00 04 00 05 02 01 00"
                                      " F0 02 01 02")),
            (LinkParameters{256, 1024, 1, 7}));
        // An empty HDLC group.
        QCOMPARE(*decodeLinkParameters(hex("81 80 00")), LinkParameters{});
    }

    void parametersDecodeErrors() {
        const auto code = [](const char* text) {
            auto r = decodeLinkParameters(hex(text));
            return r ? static_cast<HdlcError>(-1) : r.error().code;
        };
        QCOMPARE(code("82 80 00"), HdlcError::BadParameterFormat);           // format identifier
        QCOMPARE(code("81"), HdlcError::BadParameterFormat);                 // no group
        QCOMPARE(code("81 F0 00"), HdlcError::BadParameterFormat);           // no 0x80 group
        QCOMPARE(code("81 80"), HdlcError::BadParameterFormat);              // group length missing
        QCOMPARE(code("81 80 05 05 02 00"), HdlcError::BadParameterFormat);  // group past end
        QCOMPARE(code("81 80 03 05 02 00"), HdlcError::BadParameterFormat);  // param past group
        QCOMPARE(code("81 80 01 05"), HdlcError::BadParameterFormat);        // parameter header cut
        QCOMPARE(code("81 80 05 05 03 00 00 80"), HdlcError::BadParameterValue);  // 3-byte value
        QCOMPARE(code("81 80 03 05 01 1F"), HdlcError::BadParameterValue);        // max length 31
        QCOMPARE(code("81 80 03 07 01 00"), HdlcError::BadParameterValue);        // window 0
        QCOMPARE(code("81 80 03 08 01 08"), HdlcError::BadParameterValue);        // window 8
        QCOMPARE(code("81 80 06 07 04 FF FF FF FF"), HdlcError::BadParameterValue);
        auto at = decodeLinkParameters(hex("81 80 06 05 01 40 07 01 09"));
        QCOMPARE(at.error().offset, std::size_t{6});  // offset of parameter 0x07
    }

    void parametersRoundTripProperty() {
        std::mt19937 rng(128);
        for (int i = 0; i < 2000; ++i) {
            const LinkParameters p{static_cast<std::uint32_t>(32 + rng() % 100000),
                                   static_cast<std::uint32_t>(32 + rng() % 3000),
                                   static_cast<std::uint32_t>(1 + rng() % 7),
                                   static_cast<std::uint32_t>(1 + rng() % 7)};
            auto back = decodeLinkParameters(encodeLinkParameters(p));
            QVERIFY(back.hasValue());
            QCOMPARE(*back, p);
        }
    }

    void negotiationTakesTheMinimumEachWay() {
        const LinkParameters own{512, 512, 7, 7};
        const LinkParameters peer{256, 1024, 1, 3};
        QCOMPARE(negotiate(own, peer), (LinkParameters{512, 256, 3, 1}));
        // With the defaults on one side, the defaults win where they are smaller.
        QCOMPARE(negotiate(own, LinkParameters{}), LinkParameters{});
        QCOMPARE(negotiate(LinkParameters{}, own), LinkParameters{});
        // Oversized claims are capped at 2030.
        QCOMPARE(negotiate(LinkParameters{5000, 5000, 1, 1}, LinkParameters{4000, 4000, 1, 1}),
                 (LinkParameters{2030, 2030, 1, 1}));
    }

    void negotiationAgreesOnBothSides() {
        // The secondary answers SNRM with negotiate(its capability, SNRM); the primary applies
        // negotiate(its proposal, UA). What one transmits, the other receives.
        std::mt19937 rng(7);
        for (int i = 0; i < 1000; ++i) {
            const auto randomParams = [&rng] {
                return LinkParameters{static_cast<std::uint32_t>(32 + rng() % 2100),
                                      static_cast<std::uint32_t>(32 + rng() % 2100),
                                      static_cast<std::uint32_t>(1 + rng() % 7),
                                      static_cast<std::uint32_t>(1 + rng() % 7)};
            };
            const LinkParameters proposal = randomParams();
            const LinkParameters capability = randomParams();
            const LinkParameters secondary = negotiate(capability, proposal);
            const LinkParameters primary = negotiate(proposal, secondary);
            QCOMPARE(primary.maxInfoTransmit, secondary.maxInfoReceive);
            QCOMPARE(primary.maxInfoReceive, secondary.maxInfoTransmit);
            QCOMPARE(primary.windowTransmit, secondary.windowReceive);
            QCOMPARE(primary.windowReceive, secondary.windowTransmit);
            QVERIFY(primary.maxInfoTransmit <= proposal.maxInfoTransmit);
            QVERIFY(secondary.maxInfoTransmit <= capability.maxInfoTransmit);
        }
    }

    // ------------------------------------------------------------------ segmentation
    void segmentationSplitsAtTheMaximum() {
        Bytes apdu(300);
        for (std::size_t i = 0; i < apdu.size(); ++i) {
            apdu[i] = static_cast<std::uint8_t>(i);
        }
        const auto s = segmentApdu(apdu, 128);
        QCOMPARE(s.size(), std::size_t{3});
        QCOMPARE(s[0].information.size(), std::size_t{128});
        QCOMPARE(s[1].information.size(), std::size_t{128});
        QCOMPARE(s[2].information.size(), std::size_t{44});
        QVERIFY(s[0].more && s[1].more && !s[2].more);
        QCOMPARE(s[1].information[0], std::uint8_t{128});
        // Exactly one maximum: one segment, no S bit.
        const auto one = segmentApdu(ByteView(apdu).first(128), 128);
        QCOMPARE(one.size(), std::size_t{1});
        QVERIFY(!one[0].more);
        // Empty APDU: one empty segment. Zero maximum is taken as 1.
        QCOMPARE(segmentApdu(ByteView{}, 128).size(), std::size_t{1});
        QCOMPARE(segmentApdu(ByteView(apdu).first(3), 0).size(), std::size_t{3});
    }

    void segmentationRoundTripProperty() {
        std::mt19937 rng(2047);
        Reassembler r(10000);
        for (int i = 0; i < 500; ++i) {
            Bytes apdu(rng() % 5000);
            for (auto& b : apdu) {
                b = static_cast<std::uint8_t>(rng());
            }
            const std::size_t maxInfo = 32 + rng() % 300;
            const auto segments = segmentApdu(apdu, maxInfo);
            std::optional<Bytes> done;
            for (std::size_t k = 0; k < segments.size(); ++k) {
                QVERIFY(segments[k].information.size() <= maxInfo);
                QCOMPARE(segments[k].more, k + 1 < segments.size());
                auto step = r.add(segments[k].information, segments[k].more);
                QVERIFY(step.hasValue());
                QCOMPARE(step->has_value(), k + 1 == segments.size());
                QCOMPARE(r.inProgress(), k + 1 < segments.size());
                if (step->has_value()) {
                    done = std::move(**step);
                }
            }
            QVERIFY(done.has_value());
            QCOMPARE(*done, apdu);
            QCOMPARE(r.size(), std::size_t{0});
        }
    }

    void reassemblyIsBounded() {
        Reassembler r(100);
        QVERIFY(r.add(Bytes(60, 1), true).hasValue());
        auto over = r.add(Bytes(41, 2), true);
        QVERIFY(!over);
        QCOMPARE(over.error().code, HdlcError::ApduTooLarge);
        QCOMPARE(r.size(), std::size_t{0});  // nothing held once refused
        // The rest of that APDU is ignored, up to its last segment.
        auto ignored = r.add(Bytes(10, 3), true);
        QVERIFY(ignored.hasValue() && !ignored->has_value());
        auto last = r.add(Bytes(10, 3), false);
        QVERIFY(last.hasValue() && !last->has_value());
        QVERIFY(!r.inProgress());
        // The next APDU is whole again; exactly the bound is allowed.
        auto next = r.add(Bytes(100, 4), false);
        QVERIFY(next.hasValue() && next->has_value());
        QCOMPARE((*next)->size(), std::size_t{100});
        // A single unsegmented frame above the bound.
        auto single = r.add(Bytes(101, 5), false);
        QCOMPARE(single.error().code, HdlcError::ApduTooLarge);
        QVERIFY(!r.inProgress());
        QVERIFY(r.add(Bytes(1, 6), false)->has_value());
    }

    void errorNamesAreStable() {
        QCOMPARE(std::string(nameOf(HdlcError::BadFcs)), std::string("bad-fcs"));
        QCOMPARE(std::string(nameOf(HdlcError::BadHcs)), std::string("bad-hcs"));
        QCOMPARE(std::string(nameOf(HdlcError::LinkLost)), std::string("link-lost"));
        QCOMPARE(std::string(nameOf(HdlcError::MissingLlcHeader)),
                 std::string("missing-llc-header"));
        QCOMPARE(std::string(nameOf(HdlcError::AddressTooLong)), std::string("address-too-long"));
    }
};

QTEST_GUILESS_MAIN(TestHdlc)
#include "tst_hdlc.moc"

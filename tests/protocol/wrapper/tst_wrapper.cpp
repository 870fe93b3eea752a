// The DLMS/COSEM TCP wrapper (IEC 62056-9-7): an 8-byte header (version, source wPort,
// destination wPort, length) before every APDU. Given these bytes, when decoded (whole or as a
// stream cut anywhere), then these frames or this typed error.
//
// The APDUs are a public-client exchange (LN referencing, no ciphering): the AARQ, the meter's
// AARE and a GET of the clock's time. Their A-XDR/BER content only matters here for its length;
// the headers were computed from the definitions and are commented field by field.
#include <QTest>

#include <random>
#include <set>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/wrapper/wrapper_codec.h"

using namespace omt;
using namespace omt::wrapper;

namespace {

Bytes hex(const char* text) {
    auto b = fromHex(text);
    if (!b) {
        qFatal("bad hex in test: %s", text);
    }
    return *b;
}

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const Bytes& p : parts) {
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

const char* const kAarqApdu =
    "60 1D"                                   // AARQ, 29 bytes
    "A1 09 06 07 60 85 74 05 08 01 01"        // application-context-name: LN, no ciphering
    "BE 10 04 0E 01 00 00 00 06 5F 1F 04 00"  // user-information: InitiateRequest, DLMS 6,
    "00 7E 1F 04 B0";                         //   conformance 00 7E 1F, max PDU 0x04B0

const char* const kAarqFrame =
    "00 01"  // version 1
    "00 10"  // source wPort: public client (SAP 0x10)
    "00 01"  // destination wPort: management logical device (SAP 0x01)
    "00 1F"  // length: 31 bytes of APDU follow
    "60 1D A1 09 06 07 60 85 74 05 08 01 01 BE 10 04 0E 01 00 00 00 06 5F 1F 04 00 00 7E 1F 04 B0";

const char* const kAareFrame =
    "00 01"                                   // version 1
    "00 01"                                   // source wPort: management logical device
    "00 10"                                   // destination wPort: public client
    "00 2B"                                   // length: 43
    "61 29 A1 09 06 07 60 85 74 05 08 01 01"  // AARE, application-context-name
    "A2 03 02 01 00"                          // result: accepted
    "A3 05 A1 03 02 01 00"                    // result-source-diagnostic: null
    "BE 10 04 0E 08 00 06 5F 1F 04 00 00 10 14 00 EF 00 07";  // InitiateResponse

const char* const kGetFrame =
    "00 01"                    // version 1
    "00 10"                    // source wPort: public client
    "00 01"                    // destination wPort: management logical device
    "00 0D"                    // length: 13
    "C0 01 C1"                 // get-request-normal, invoke-id-and-priority 0xC1
    "00 08 00 00 01 00 00 FF"  // class 8 (Clock), 0.0.1.0.0.255
    "02 00";                   // attribute 2 (time), no selective access

std::vector<WrapperFrame> feedAll(WrapperDecoder& decoder, const Bytes& stream,
                                  const std::vector<std::size_t>& cuts) {
    std::vector<WrapperFrame> frames;
    std::size_t from = 0;
    auto take = [&](std::size_t to) {
        auto r = decoder.feed(ByteView(stream).subspan(from, to - from));
        if (r.failure) {
            qFatal("unexpected failure %s", r.failure->detail.c_str());
        }
        frames.insert(frames.end(), r.frames.begin(), r.frames.end());
        from = to;
    };
    for (std::size_t cut : cuts) {
        take(cut);
    }
    take(stream.size());
    return frames;
}

}  // namespace

class TstWrapper : public QObject {
    Q_OBJECT

private slots:
    void encodesAarq();
    void decodesOneFrame();
    void encodesLargestPayload();
    void refusesToEncodeEmptyOrOversizedPayload();
    void decodeWrapperRejectsTruncationAtEveryLength();
    void decodeWrapperRejectsTrailingBytes();
    void streamSplitAtEveryPosition();
    void streamByteByByteAndConcatenated();
    void streamRoundTripWithRandomChunks();
    void streamRejectsBadVersionAsSoonAsItArrives();
    void streamReportsStreamOffsetOfBadSecondHeader();
    void streamRejectsEmptyAndOversizedLengthBeforePayload();
    void streamFailureIsStickyUntilReset();
    void arbitraryBytesDecodeTheSameInAnyChunking();
    void errorNamesAreStableAndDistinct();
};

void TstWrapper::encodesAarq() {
    auto encoded = encodeWrapper({0x0010, 0x0001, hex(kAarqApdu)});
    QVERIFY(encoded);
    QCOMPARE(toHex(*encoded), toHex(hex(kAarqFrame)));
}

void TstWrapper::decodesOneFrame() {
    auto frame = decodeWrapper(hex(kAareFrame));
    QVERIFY(frame);
    QCOMPARE(frame->sourceWPort, std::uint16_t{0x0001});
    QCOMPARE(frame->destinationWPort, std::uint16_t{0x0010});
    QCOMPARE(frame->payload.size(), std::size_t{0x2B});
    QCOMPARE(frame->payload.front(), std::uint8_t{0x61});  // AARE tag
    QCOMPARE(frame->payload.back(), std::uint8_t{0x07});
}

void TstWrapper::encodesLargestPayload() {
    // 65535 bytes is what the length field can say: FF FF.
    const Bytes payload(kWrapperMaxPayload, 0xAA);
    auto encoded = encodeWrapper({0x0011, 0x0001, payload});
    QVERIFY(encoded);
    QCOMPARE(encoded->size(), kWrapperHeaderSize + kWrapperMaxPayload);
    QCOMPARE(toHex(ByteView(*encoded).first(8)), std::string("00 01 00 11 00 01 FF FF"));
    auto back = decodeWrapper(*encoded);
    QVERIFY(back);
    QVERIFY(back->payload == payload);
}

void TstWrapper::refusesToEncodeEmptyOrOversizedPayload() {
    auto empty = encodeWrapper({0x10, 0x01, {}});
    QVERIFY(!empty);
    QCOMPARE(nameOf(empty.error().code), "empty-payload");

    auto tooLong = encodeWrapper({0x10, 0x01, Bytes(kWrapperMaxPayload + 1, 0x00)});
    QVERIFY(!tooLong);
    QCOMPARE(nameOf(tooLong.error().code), "payload-too-long");
}

void TstWrapper::decodeWrapperRejectsTruncationAtEveryLength() {
    const Bytes frame = hex(kAarqFrame);
    for (std::size_t n = 0; n < frame.size(); ++n) {
        auto r = decodeWrapper(ByteView(frame).first(n));
        QVERIFY2(!r, std::to_string(n).c_str());
        QCOMPARE(nameOf(r.error().code), "truncated");
        QCOMPARE(r.error().offset, n);  // the end of the input
    }
}

void TstWrapper::decodeWrapperRejectsTrailingBytes() {
    const Bytes frame = concat({hex(kAarqFrame), hex("00")});
    auto r = decodeWrapper(frame);
    QVERIFY(!r);
    QCOMPARE(nameOf(r.error().code), "trailing-bytes");
    QCOMPARE(r.error().offset, std::size_t{8 + 31});
}

void TstWrapper::streamSplitAtEveryPosition() {
    const Bytes stream = concat({hex(kAarqFrame), hex(kAareFrame), hex(kGetFrame)});
    const auto expected =
        std::vector<WrapperFrame>{*decodeWrapper(hex(kAarqFrame)), *decodeWrapper(hex(kAareFrame)),
                                  *decodeWrapper(hex(kGetFrame))};
    for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
        WrapperDecoder decoder;
        const auto frames = feedAll(decoder, stream, {cut});
        QVERIFY2(frames == expected, std::to_string(cut).c_str());
        QCOMPARE(decoder.buffered(), std::size_t{0});
    }
}

void TstWrapper::streamByteByByteAndConcatenated() {
    const Bytes stream = concat({hex(kGetFrame), hex(kAareFrame)});
    std::vector<std::size_t> everyByte;
    for (std::size_t i = 1; i < stream.size(); ++i) {
        everyByte.push_back(i);
    }
    WrapperDecoder byteByByte;
    const auto one = feedAll(byteByByte, stream, everyByte);
    QCOMPARE(one.size(), std::size_t{2});
    QCOMPARE(one[0].payload.size(), std::size_t{13});
    QCOMPARE(one[1].payload.size(), std::size_t{43});

    WrapperDecoder whole;
    const auto all = feedAll(whole, stream, {});
    QVERIFY(all == one);

    // A partial frame stays buffered until its last byte.
    WrapperDecoder partial;
    auto r = partial.feed(ByteView(stream).first(stream.size() - 1));
    QCOMPARE(r.frames.size(), std::size_t{1});
    QCOMPARE(partial.buffered(), std::size_t{8 + 43 - 1});
    r = partial.feed(ByteView(stream).last(1));
    QCOMPARE(r.frames.size(), std::size_t{1});
    QCOMPARE(partial.buffered(), std::size_t{0});
}

void TstWrapper::streamRoundTripWithRandomChunks() {
    std::mt19937 rng(20261121);
    std::uniform_int_distribution<int> port(0, 0xFFFF);
    std::uniform_int_distribution<int> length(1, 600);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> chunk(1, 97);
    for (int round = 0; round < 50; ++round) {
        std::vector<WrapperFrame> frames(20);
        Bytes stream;
        for (WrapperFrame& f : frames) {
            f.sourceWPort = static_cast<std::uint16_t>(port(rng));
            f.destinationWPort = static_cast<std::uint16_t>(port(rng));
            f.payload.resize(static_cast<std::size_t>(length(rng)));
            for (auto& b : f.payload) {
                b = static_cast<std::uint8_t>(byte(rng));
            }
            auto encoded = encodeWrapper(f);
            QVERIFY(encoded);
            stream.insert(stream.end(), encoded->begin(), encoded->end());
        }
        std::vector<std::size_t> cuts;
        for (std::size_t at = 0;;) {
            at += static_cast<std::size_t>(chunk(rng));
            if (at >= stream.size()) {
                break;
            }
            cuts.push_back(at);
        }
        WrapperDecoder decoder;
        QVERIFY(feedAll(decoder, stream, cuts) == frames);
    }
}

void TstWrapper::streamRejectsBadVersionAsSoonAsItArrives() {
    WrapperDecoder decoder;
    auto r = decoder.feed(hex("00"));
    QVERIFY(!r.failure);
    r = decoder.feed(hex("02"));  // version 0x0002: no DLMS wrapper
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "bad-version");
    QCOMPARE(r.failure->offset, std::size_t{0});
    QCOMPARE(r.failure->detail, std::string("version 0x0002"));

    // An HDLC frame sent to a wrapper port is caught the same way (7E A0 ...).
    WrapperDecoder hdlc;
    r = hdlc.feed(hex("7E A0 07 03 21 93 0F 01 7E"));
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "bad-version");
    QVERIFY(r.frames.empty());
}

void TstWrapper::streamReportsStreamOffsetOfBadSecondHeader() {
    const Bytes stream = concat({hex(kGetFrame), hex("01 00 00 10 00 01 00 0D")});
    WrapperDecoder decoder;
    auto r = decoder.feed(stream);
    QCOMPARE(r.frames.size(), std::size_t{1});  // the good frame before the bad header
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "bad-version");
    QCOMPARE(r.failure->offset, std::size_t{8 + 13});
}

void TstWrapper::streamRejectsEmptyAndOversizedLengthBeforePayload() {
    WrapperDecoder empty;
    auto r = empty.feed(hex("00 01 00 10 00 01 00 00"));  // length 0
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "empty-payload");
    QCOMPARE(r.failure->offset, std::size_t{6});

    // Limited to the negotiated max PDU size (1024): a header claiming 64 KiB is refused as
    // soon as its length field is complete, before any of the payload is buffered.
    WrapperDecoder limited(1024);
    r = limited.feed(hex("00 01 00 10 00 01 FF FF"));
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "payload-too-long");
    QCOMPARE(r.failure->offset, std::size_t{6});
    QCOMPARE(r.failure->detail, std::string("length 65535 > limit 1024"));
    QCOMPARE(limited.buffered(), std::size_t{0});

    // One more than the limit fails, the limit itself does not.
    WrapperDecoder edge(16);
    QVERIFY(edge.feed(hex("00 01 00 10 00 01 00 11")).failure);
    WrapperDecoder exact(16);
    QVERIFY(!exact.feed(hex("00 01 00 10 00 01 00 10")).failure);

    auto whole = decodeWrapper(hex(kAarqFrame), 30);  // 31 bytes of APDU
    QVERIFY(!whole);
    QCOMPARE(nameOf(whole.error().code), "payload-too-long");
}

void TstWrapper::streamFailureIsStickyUntilReset() {
    WrapperDecoder decoder;
    QVERIFY(decoder.feed(hex("FF FF")).failure);
    QVERIFY(decoder.failed());
    auto r = decoder.feed(hex(kGetFrame));  // a good frame after the failure is not decoded
    QVERIFY(r.frames.empty());
    QVERIFY(r.failure);
    QCOMPARE(nameOf(r.failure->code), "bad-version");

    decoder.reset();
    QVERIFY(!decoder.failed());
    r = decoder.feed(hex(kGetFrame));
    QVERIFY(!r.failure);
    QCOMPARE(r.frames.size(), std::size_t{1});
}

void TstWrapper::arbitraryBytesDecodeTheSameInAnyChunking() {
    // Untrusted input: random streams (mostly valid headers with random lengths, sometimes
    // garbage) give the same frames and the same failure whether fed whole or in random
    // pieces, and the decoder never holds more than one frame.
    std::mt19937 rng(4059);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> small(0, 40);
    std::uniform_int_distribution<int> coin(0, 9);
    std::uniform_int_distribution<int> chunk(1, 13);
    constexpr std::size_t kLimit = 64;
    for (int round = 0; round < 2000; ++round) {
        Bytes stream;
        const int pieces = 1 + small(rng) % 6;
        for (int p = 0; p < pieces; ++p) {
            const int length = small(rng) + (coin(rng) == 0 ? 40 : 0);  // sometimes > limit
            if (coin(rng) == 0) {
                stream.push_back(static_cast<std::uint8_t>(byte(rng)));  // garbage
            }
            ByteWriter w;
            w.u16(coin(rng) == 0 ? 0x0002 : kWrapperVersion)
                .u16(0x0010)
                .u16(0x0001)
                .u16(static_cast<std::uint16_t>(length));
            for (int i = 0; i < length; ++i) {
                w.u8(static_cast<std::uint8_t>(byte(rng)));
            }
            const Bytes piece = w.take();
            stream.insert(stream.end(), piece.begin(), piece.end());
        }
        if (coin(rng) < 3 && !stream.empty()) {
            stream.resize(stream.size() - 1 - static_cast<std::size_t>(small(rng)) % stream.size());
        }

        WrapperDecoder whole(kLimit);
        const WrapperDecodeResult once = whole.feed(stream);

        WrapperDecoder pieced(kLimit);
        std::vector<WrapperFrame> frames;
        std::optional<WrapperFailure> failure;
        for (std::size_t at = 0; at < stream.size() && !failure;) {
            const std::size_t n =
                std::min(stream.size() - at, static_cast<std::size_t>(chunk(rng)));
            auto r = pieced.feed(ByteView(stream).subspan(at, n));
            frames.insert(frames.end(), r.frames.begin(), r.frames.end());
            failure = r.failure;
            at += n;
            QVERIFY(pieced.buffered() < kWrapperHeaderSize + kLimit);
        }
        QVERIFY(frames == once.frames);
        QCOMPARE(failure.has_value(), once.failure.has_value());
        if (failure) {
            QVERIFY(*failure == *once.failure);
        }
        for (const WrapperFrame& f : frames) {
            QVERIFY(!f.payload.empty() && f.payload.size() <= kLimit);
        }
    }
}

void TstWrapper::errorNamesAreStableAndDistinct() {
    std::set<std::string> names;
    for (auto e :
         {WrapperError::BadVersion, WrapperError::EmptyPayload, WrapperError::PayloadTooLong,
          WrapperError::Truncated, WrapperError::TrailingBytes}) {
        names.insert(nameOf(e));
    }
    QCOMPARE(names.size(), std::size_t{5});
    QCOMPARE(nameOf(WrapperError::TrailingBytes), "trailing-bytes");
}

QTEST_GUILESS_MAIN(TstWrapper)
#include "tst_wrapper.moc"

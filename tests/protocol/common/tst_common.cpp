// Byte readers/writers, hex helpers and Expected: the ground every decoder stands on.
#include <QTest>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

using namespace omt;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void readerReadsBigEndianAndStopsAtEnd() {
        const Bytes in{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07};
        ByteReader r(in);
        QCOMPARE(*r.u8(), 0x01);
        QCOMPARE(*r.u16(), 0x0203);
        QCOMPARE(*r.u32(), 0x04050607U);
        QVERIFY(r.atEnd());
        QVERIFY(!r.u8().has_value());
        QVERIFY(!r.take(1).has_value());
    }

    void readerRefusesShortReadsWithoutMoving() {
        const Bytes in{0xAA, 0xBB, 0xCC};
        ByteReader r(in);
        QVERIFY(!r.u32().has_value());
        QCOMPARE(r.offset(), std::size_t{0});
        QVERIFY(!r.take(4).has_value());
        QVERIFY(!r.skip(4));
        QCOMPARE(r.remaining(), std::size_t{3});
        QCOMPARE(*r.u16(), 0xAABB);
        QVERIFY(!r.u64().has_value());
        QCOMPARE(*r.peek(), 0xCC);
    }

    void readerTakeIsAViewOfTheInput() {
        const Bytes in{1, 2, 3, 4};
        ByteReader r(in);
        r.skip(1);
        auto v = r.take(2);
        QVERIFY(v.has_value());
        QCOMPARE(v->data(), in.data() + 1);
        QCOMPARE(v->size(), std::size_t{2});
        QCOMPARE(r.rest().size(), std::size_t{1});
    }

    void writerAppendsBigEndian() {
        ByteWriter w;
        w.u8(0x7E).u16(0xA01C).u32(0x01020304).u64(0x1122334455667788ULL).bytes(Bytes{0xFF});
        const Bytes expected{0x7E, 0xA0, 0x1C, 0x01, 0x02, 0x03, 0x04, 0x11,
                             0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0xFF};
        QCOMPARE(w.data(), expected);
    }

    void widthGenericIntegers() {
        const Bytes in{0x01, 0x02, 0x03, 0xFF};
        ByteReader r(in);
        QVERIFY(!r.uint(0).has_value());
        QVERIFY(!r.uint(9).has_value());
        QCOMPARE(*r.uint(3), std::uint64_t{0x010203});
        QVERIFY(!r.uint(2).has_value());
        QCOMPARE(r.offset(), std::size_t{3});
        ByteWriter w;
        w.uint(0xAABBCCDD, 3).uint(0x7F, 1);
        QCOMPARE(w.data(), (Bytes{0xBB, 0xCC, 0xDD, 0x7F}));
    }

    void hexRoundTrip() {
        const Bytes b{0x00, 0x7E, 0xA0, 0xFF};
        QCOMPARE(toHex(b), std::string("00 7E A0 FF"));
        QCOMPARE(toHex(b, '\0'), std::string("007EA0FF"));
        QCOMPARE(*fromHex("00 7e a0 FF"), b);
        QCOMPARE(*fromHex("00:7E-A0\nFF"), b);
        QCOMPARE(*fromHex(""), Bytes{});
    }

    void hexRejectsMalformedText() {
        QVERIFY(!fromHex("7").has_value());
        QVERIFY(!fromHex("7 E").has_value());
        QVERIFY(!fromHex("7G").has_value());
        QVERIFY(!fromHex("0x7E").has_value());
    }

    void expectedCarriesValueOrTypedError() {
        enum class E { Bad };
        auto parse = [](int v) -> Expected<int, Failure<E>> {
            if (v < 0) {
                return Failure{E::Bad, std::size_t{3}, "negative"};
            }
            return v * 2;
        };
        auto ok = parse(4);
        QVERIFY(ok.hasValue());
        QCOMPARE(*ok, 8);
        auto bad = parse(-1);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, E::Bad);
        QCOMPARE(bad.error().offset, std::size_t{3});
        QCOMPARE(bad.error().detail, std::string("negative"));
        QCOMPARE(bad.valueOr(7), 7);

        Expected<void, E> done;
        QVERIFY(done.hasValue());
        Expected<void, E> failed = unexpected(E::Bad);
        QVERIFY(!failed);
        QCOMPARE(failed.error(), E::Bad);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"

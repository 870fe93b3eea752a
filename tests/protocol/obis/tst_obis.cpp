// OBIS codes: the forms people type and the meter sends, and the names the tool shows.
#include <QTest>

#include <random>

#include "protocol/cosem/obis.h"

using omt::cosem::ObisCode;
using omt::cosem::ObisError;

Q_DECLARE_METATYPE(ObisError)

class TestObis : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryAcceptedForm_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dotted");
        QTest::newRow("dotted") << "1.0.1.8.0.255"
                                << "1.0.1.8.0.255";
        QTest::newRow("display") << "1-0:1.8.0*255"
                                 << "1.0.1.8.0.255";
        QTest::newRow("display dot F") << "1-0:32.7.0.255"
                                       << "1.0.32.7.0.255";
        QTest::newRow("display no F means 255") << "0-0:96.1.0"
                                                << "0.0.96.1.0.255";
        QTest::newRow("billing period") << "1-0:1.8.1*3"
                                        << "1.0.1.8.1.3";
        QTest::newRow("blanks around") << "  0.0.1.0.0.255 \r\n"
                                       << "0.0.1.0.0.255";
        QTest::newRow("leading zeros") << "001.000.001.008.000.255"
                                       << "1.0.1.8.0.255";
        QTest::newRow("all 255") << "255.255.255.255.255.255"
                                 << "255.255.255.255.255.255";
    }
    void parsesEveryAcceptedForm() {
        QFETCH(QString, text);
        QFETCH(QString, dotted);
        const auto code = ObisCode::parse(text.toStdString());
        QVERIFY2(code.hasValue(), code ? "" : code.error().detail.c_str());
        QCOMPARE(QString::fromStdString(code->toString()), dotted);
    }

    void rejectsMalformedText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ObisError>("error");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << "" << ObisError::Empty << 0;
        QTest::newRow("blank") << "   " << ObisError::Empty << 0;
        QTest::newRow("letter") << "1.0.1.8.x.255" << ObisError::BadCharacter << 8;
        QTest::newRow("hex") << "0x01" << ObisError::BadCharacter << 1;
        QTest::newRow("256") << "1.0.256.8.0.255" << ObisError::GroupOutOfRange << 4;
        QTest::newRow("huge") << "1.0.99999999999999999999.8.0.255" << ObisError::GroupOutOfRange
                              << 4;
        QTest::newRow("five dotted") << "1.0.1.8.0" << ObisError::WrongGroupCount << 0;
        QTest::newRow("seven dotted") << "1.0.1.8.0.255.1" << ObisError::WrongGroupCount << 13;
        QTest::newRow("short reduced") << "1.8.0" << ObisError::WrongGroupCount << 0;
        QTest::newRow("double dot") << "1..1.8.0.255" << ObisError::BadSeparator << 2;
        QTest::newRow("trailing dot") << "1.0.1.8.0." << ObisError::BadSeparator << 9;
        QTest::newRow("leading dot") << ".1.0.1.8.0" << ObisError::BadSeparator << 0;
        QTest::newRow("colon first") << "1:0-1.8.0*255" << ObisError::BadSeparator << 1;
        QTest::newRow("star in dotted") << "1.0.1.8.0*255" << ObisError::BadSeparator << 9;
        QTest::newRow("display missing colon") << "1-0.1.8.0*255" << ObisError::BadSeparator << 3;
        QTest::newRow("display star early") << "1-0:1*8.0*255" << ObisError::BadSeparator << 5;
        QTest::newRow("display colon before F") << "1-0:1.8.0:255" << ObisError::BadSeparator << 9;
    }
    void rejectsMalformedText() {
        QFETCH(QString, text);
        QFETCH(ObisError, error);
        QFETCH(int, offset);
        const auto code = ObisCode::parse(text.toStdString());
        QVERIFY(!code.hasValue());
        QCOMPARE(code.error().code, error);
        QCOMPARE(code.error().offset, static_cast<std::size_t>(offset));
        QVERIFY(!code.error().detail.empty());
    }

    void formatsBothForms() {
        const ObisCode clock(0, 0, 1, 0, 0, 255);
        QCOMPARE(clock.toString(), std::string("0.0.1.0.0.255"));
        QCOMPARE(clock.toDisplayString(), std::string("0-0:1.0.0*255"));
        QCOMPARE(clock.toBytes(), (omt::Bytes{0x00, 0x00, 0x01, 0x00, 0x00, 0xFF}));
    }

    void bytesRoundTrip() {
        const omt::Bytes wire{0x01, 0x00, 0x01, 0x08, 0x00, 0xFF};
        const auto code = ObisCode::fromBytes(wire);
        QVERIFY(code.hasValue());
        QCOMPARE(*code, ObisCode(1, 0, 1, 8, 0, 255));
        const auto shortName = ObisCode::fromBytes(omt::Bytes{1, 0, 1, 8, 0});
        QVERIFY(!shortName);
        QCOMPARE(shortName.error().code, ObisError::WrongLength);
    }

    void everyCodeRoundTripsThroughBothForms() {
        std::mt19937 rng(20261121);
        std::uniform_int_distribution<int> byte(0, 255);
        for (int i = 0; i < 5000; ++i) {
            ObisCode code;
            for (auto& b : code.bytes) {
                b = static_cast<std::uint8_t>(byte(rng));
            }
            const auto fromDotted = ObisCode::parse(code.toString());
            const auto fromDisplay = ObisCode::parse(code.toDisplayString());
            QVERIFY(fromDotted && fromDisplay);
            QCOMPARE(*fromDotted, code);
            QCOMPARE(*fromDisplay, code);
        }
    }

    void ordersLexicographically() {
        QVERIFY(ObisCode(0, 0, 1, 0, 0, 255) < ObisCode(1, 0, 1, 8, 0, 255));
        QVERIFY(ObisCode(1, 0, 1, 8, 0, 255) < ObisCode(1, 0, 1, 8, 1, 255));
        QVERIFY(ObisCode(1, 0, 1, 8, 0, 255) == ObisCode(1, 0, 1, 8, 0, 255));
    }

    void namesCommonCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("clock") << "0.0.1.0.0.255"
                               << "Clock";
        QTest::newRow("serial") << "0.0.96.1.0.255"
                                << "Meter serial number";
        QTest::newRow("ct ratio") << "1.0.0.4.2.255"
                                  << "Current transformer ratio (numerator)";
        QTest::newRow("A+ total") << "1.0.1.8.0.255"
                                  << "Active energy import (A+), total";
        QTest::newRow("A- T2") << "1.0.2.8.2.255"
                               << "Active energy export (A-), tariff 2";
        QTest::newRow("R4") << "1.0.8.8.0.255"
                            << "Reactive energy QIV (R4), total";
        QTest::newRow("A+ L2") << "1.0.41.8.0.255"
                               << "Active energy import (A+) L2, total";
        QTest::newRow("U L1") << "1.0.32.7.0.255"
                              << "Voltage L1, instantaneous";
        QTest::newRow("I L3") << "1.0.71.7.0.255"
                              << "Current L3, instantaneous";
        QTest::newRow("P+") << "1.0.1.7.0.255"
                            << "Active power import (P+), instantaneous";
        QTest::newRow("freq") << "1.0.14.7.0.255"
                              << "Supply frequency, instantaneous";
        QTest::newRow("THD U L1") << "1.0.32.7.124.255"
                                  << "Voltage L1, instantaneous, THD";
        QTest::newRow("P+max T1") << "1.0.1.6.1.255"
                                  << "Active power import (P+), maximum demand, tariff 1";
        QTest::newRow("billing") << "1.0.1.8.0.5"
                                 << "Active energy import (A+), total (billing period 5)";
        QTest::newRow("unknown") << "0.0.250.0.0.255"
                                 << "";
        QTest::newRow("manufacturer") << "1.128.1.8.0.255"
                                      << "";
        QTest::newRow("energy bad tariff") << "1.0.1.8.77.255"
                                           << "";
    }
    void namesCommonCodes() {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const auto parsed = ObisCode::parse(code.toStdString());
        QVERIFY(parsed);
        QCOMPARE(QString::fromStdString(omt::cosem::obisName(*parsed)), name);
    }

    void errorNamesAreStable() {
        QCOMPARE(std::string(omt::cosem::nameOf(ObisError::GroupOutOfRange)),
                 std::string("group-out-of-range"));
        QCOMPARE(std::string(omt::cosem::nameOf(ObisError::WrongLength)),
                 std::string("wrong-length"));
    }
};

QTEST_GUILESS_MAIN(TestObis)
#include "tst_obis.moc"

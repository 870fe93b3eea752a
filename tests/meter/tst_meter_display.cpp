// Specification of the display lists against the OMNIPOWER CT data sheet, "Display": automatic
// max 16 and no historical data, manual max 30 with the legal readings fixed, back-up-powered max
// 8; OMNIA has automatic and manual only. LCD: 9-digit value field, 7-digit OBIS field, unit field,
// Z1 decimals 7.0 / 7.1 / 7.2.

#include "meter/display_list.h"

#include <QTest>

#include <string>
#include <vector>

using namespace omt::meter;
using omt::cosem::ObisCode;
using omt::cosem::Unit;

namespace {

// A distinct non-historical, non-legal reading per index (manufacturer-specific C = 128).
DisplayEntry plain(std::uint8_t i) {
    return DisplayEntry{ObisCode{1, 0, 128, 0, i, 255}, "reading", Unit::Count, 0, false, false};
}

const ObisCode kAPlus{1, 0, 1, 8, 0, 255};
const ObisCode kAMinus{1, 0, 2, 8, 0, 255};
const ObisCode kRPlus{1, 0, 3, 8, 0, 255};
const ObisCode kAPlusLastPeriod{1, 0, 1, 8, 0, 1};

DisplayList makeList(DisplayListKind kind, const DisplayRules& rules) {
    auto l = DisplayList::create(kind, rules);
    if (!l) {
        qFatal("list not created");
    }
    return *l;
}

DisplayEntry cat(const ObisCode& c) {
    const auto e = catalogueEntry(c);
    if (!e) {
        qFatal("not in catalogue");
    }
    return *e;
}

}  // namespace

class TstMeterDisplay : public QObject {
    Q_OBJECT

private slots:
    void rulesPerMeter() {
        const DisplayRules ct = omnipowerCtRules(false);
        QCOMPARE(ct.maxSize(DisplayListKind::Automatic), std::size_t{16});
        QCOMPARE(ct.maxSize(DisplayListKind::Manual), std::size_t{30});
        QCOMPARE(ct.maxSize(DisplayListKind::BackupPowered), std::size_t{8});
        QVERIFY(!ct.provisionalSizes);
        QVERIFY(ct.isLegal(kAPlus));
        QVERIFY(!ct.isLegal(kAMinus));  // import only: A- not measured
        QVERIFY(omnipowerCtRules(true).isLegal(kAMinus));
        QVERIFY(!omnipowerCtRules(true).isLegal(kRPlus));

        const DisplayRules omnia = omniaRules(false);
        QVERIFY(omnia.supports(DisplayListKind::Automatic));
        QVERIFY(omnia.supports(DisplayListKind::Manual));
        QVERIFY(!omnia.supports(DisplayListKind::BackupPowered));
        QVERIFY(omnia.provisionalSizes);
        QCOMPARE(omnia.maxSize(DisplayListKind::BackupPowered), std::size_t{0});
        QCOMPARE(std::string(nameOf(DisplayListKind::BackupPowered)),
                 std::string("backup-powered"));
        QCOMPARE(std::string(nameOf(DisplayError::ListFull)), std::string("list-full"));
    }

    void kindNotSupported() {
        const auto l = DisplayList::create(DisplayListKind::BackupPowered, omniaRules(false));
        QVERIFY(!l);
        QCOMPARE(l.error().code, DisplayError::KindNotSupported);
        const auto v = validate(DisplayListKind::BackupPowered, {}, omniaRules(false));
        QCOMPARE(v.size(), std::size_t{1});
        QCOMPARE(v[0].code, DisplayError::KindNotSupported);
    }

    void sizeLimits_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("maximum");
        QTest::newRow("automatic 16") << int(DisplayListKind::Automatic) << 16;
        QTest::newRow("manual 30") << int(DisplayListKind::Manual) << 30;
        QTest::newRow("backup 8") << int(DisplayListKind::BackupPowered) << 8;
    }
    void sizeLimits() {
        QFETCH(int, kind);
        QFETCH(int, maximum);
        const auto k = static_cast<DisplayListKind>(kind);
        DisplayList l = makeList(k, omnipowerCtRules(false));
        // Manual starts with the legal A+ total.
        QCOMPARE(l.size(), std::size_t{k == DisplayListKind::Manual ? 1u : 0u});
        std::uint8_t i = 0;
        while (l.size() < static_cast<std::size_t>(maximum)) {
            QVERIFY(l.add(plain(i++)));
        }
        QCOMPARE(l.size(), std::size_t(maximum));  // 16 / 30 / 8 accepted
        const auto full = l.add(plain(i));         // 17 / 31 / 9 refused
        QVERIFY(!full);
        QCOMPARE(full.error().code, DisplayError::ListFull);
        QCOMPARE(full.error().maximum, std::size_t(maximum));
        QCOMPARE(l.size(), std::size_t(maximum));
        QCOMPARE(l.insertAt(0, plain(i)).error().code, DisplayError::ListFull);
        // Replace does not grow the list: allowed when full.
        QVERIFY(l.replace(l.size() - 1, plain(i)));

        // validate(): the same list plus one is ListFull at index = maximum.
        std::vector<DisplayEntry> entries = l.entries();
        QVERIFY(validate(k, entries, omnipowerCtRules(false)).empty());
        entries.push_back(plain(200));
        const auto v = validate(k, entries, omnipowerCtRules(false));
        QCOMPARE(v.size(), std::size_t{1});
        QCOMPARE(v[0].code, DisplayError::ListFull);
        QCOMPARE(v[0].index, std::size_t(maximum));
        QCOMPARE(v[0].maximum, std::size_t(maximum));
    }

    void duplicates() {
        DisplayList l = makeList(DisplayListKind::Automatic, omnipowerCtRules(false));
        QVERIFY(l.add(cat(kAPlus)));
        QVERIFY(l.add(cat(kRPlus)));
        const auto dup = l.add(cat(kAPlus));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, DisplayError::Duplicate);
        QCOMPARE(dup.error().index, std::size_t{0});  // where the code already is
        QCOMPARE(dup.error().obis, kAPlus);
        QCOMPARE(l.insertAt(1, cat(kRPlus)).error().code, DisplayError::Duplicate);
        // Replacing an entry with itself is no duplicate; with the other one is.
        QVERIFY(l.replace(0, cat(kAPlus)));
        QCOMPARE(l.replace(0, cat(kRPlus)).error().code, DisplayError::Duplicate);
        QCOMPARE(l.size(), std::size_t{2});

        const std::vector<DisplayEntry> e{cat(kAPlus), plain(1), cat(kAPlus), plain(1)};
        const auto v = validate(DisplayListKind::Automatic, e, omnipowerCtRules(false));
        QCOMPARE(v.size(), std::size_t{2});
        QCOMPARE(v[0].code, DisplayError::Duplicate);
        QCOMPARE(v[0].index, std::size_t{2});
        QCOMPARE(v[1].index, std::size_t{3});
    }

    void historicalOnlyOutsideAutomatic() {
        const DisplayEntry last = cat(kAPlusLastPeriod);
        QVERIFY(last.historical);
        DisplayList a = makeList(DisplayListKind::Automatic, omnipowerCtRules(false));
        const auto r = a.add(last);
        QVERIFY(!r);
        QCOMPARE(r.error().code, DisplayError::HistoricalNotAllowed);
        QVERIFY(a.add(plain(1)));
        QCOMPARE(a.replace(0, last).error().code, DisplayError::HistoricalNotAllowed);
        QCOMPARE(a.insertAt(0, last).error().code, DisplayError::HistoricalNotAllowed);
        DisplayList m = makeList(DisplayListKind::Manual, omnipowerCtRules(false));
        QVERIFY(m.add(last));
        DisplayList b = makeList(DisplayListKind::BackupPowered, omnipowerCtRules(false));
        QVERIFY(b.add(last));
        const std::vector<DisplayEntry> e{plain(1), last};
        const auto v = validate(DisplayListKind::Automatic, e, omnipowerCtRules(false));
        QCOMPARE(v.size(), std::size_t{1});
        QCOMPARE(v[0].code, DisplayError::HistoricalNotAllowed);
        QCOMPARE(v[0].index, std::size_t{1});
    }

    void legalReadingsStayInManual() {
        DisplayList m = makeList(DisplayListKind::Manual, omnipowerCtRules(true));
        QCOMPARE(m.size(), std::size_t{2});
        QCOMPARE(m.entries()[0].code, kAPlus);
        QCOMPARE(m.entries()[1].code, kAMinus);
        QVERIFY(m.add(cat(kRPlus)));
        const auto rm = m.remove(0);
        QVERIFY(!rm);
        QCOMPARE(rm.error().code, DisplayError::LegalReadingRequired);
        QCOMPARE(rm.error().obis, kAPlus);
        QCOMPARE(m.replace(1, plain(3)).error().code, DisplayError::LegalReadingRequired);
        // Legal readings may be reordered (the order is selectable) and non-legal ones removed.
        QVERIFY(m.move(0, 2));
        QCOMPARE(m.entries()[2].code, kAPlus);
        QCOMPARE(m.entries()[0].code, kAMinus);
        QVERIFY(m.remove(1));  // R+
        QCOMPARE(m.size(), std::size_t{2});
        // The automatic list may drop A+.
        DisplayList a = makeList(DisplayListKind::Automatic, omnipowerCtRules(true));
        QVERIFY(a.add(cat(kAPlus)));
        QVERIFY(a.remove(0));
        // A manual list from a file without A- reports the missing legal reading.
        const std::vector<DisplayEntry> e{cat(kAPlus), plain(1)};
        const auto v = validate(DisplayListKind::Manual, e, omnipowerCtRules(true));
        QCOMPARE(v.size(), std::size_t{1});
        QCOMPARE(v[0].code, DisplayError::LegalReadingRequired);
        QCOMPARE(v[0].obis, kAMinus);
        QCOMPARE(v[0].index, std::size_t{2});
    }

    void indexOutOfRange() {
        DisplayList l = makeList(DisplayListKind::BackupPowered, omnipowerCtRules(false));
        QVERIFY(l.add(plain(0)));
        QVERIFY(l.add(plain(1)));
        QCOMPARE(l.insertAt(3, plain(2)).error().code, DisplayError::IndexOutOfRange);
        QVERIFY(l.insertAt(2, plain(2)));  // == size appends
        QCOMPARE(l.remove(3).error().code, DisplayError::IndexOutOfRange);
        QCOMPARE(l.move(3, 0).error().code, DisplayError::IndexOutOfRange);
        QCOMPARE(l.move(0, 3).error().code, DisplayError::IndexOutOfRange);
        QCOMPARE(l.replace(3, plain(9)).error().code, DisplayError::IndexOutOfRange);
        QVERIFY(l.move(0, 2));
        QCOMPARE(l.entries()[0].code, plain(1).code);
        QCOMPARE(l.entries()[1].code, plain(2).code);
        QCOMPARE(l.entries()[2].code, plain(0).code);
        QVERIFY(l.move(2, 0));
        QCOMPARE(l.entries()[0].code, plain(0).code);
    }

    void catalogue() {
        const auto c = omnipowerCtCatalogue();
        QVERIFY(c.size() >= 40);
        // Unique codes; historical exactly when F is a billing period 0..99.
        for (std::size_t i = 0; i < c.size(); ++i) {
            for (std::size_t j = i + 1; j < c.size(); ++j) {
                QVERIFY(c[i].code != c[j].code);
            }
            QCOMPARE(c[i].historical, c[i].code.f() <= 99);
            QCOMPARE(c[i].legal, omnipowerCtRules(true).isLegal(c[i].code));
        }
        QCOMPARE(cat(kAPlus).unit, Unit::WattHour);
        QCOMPARE(cat(ObisCode(1, 0, 4, 8, 0, 255)).unit, Unit::VarHour);
        QCOMPARE(cat(ObisCode(1, 0, 10, 8, 0, 255)).unit, Unit::VoltAmpereHour);
        QCOMPARE(cat(ObisCode(1, 0, 1, 8, 4, 255)).unit, Unit::WattHour);  // A+ tariff 4
        QCOMPARE(cat(ObisCode(1, 0, 72, 7, 0, 255)).unit, Unit::Volt);     // U L3
        QCOMPARE(cat(ObisCode(1, 0, 14, 7, 0, 255)).unit, Unit::Hertz);
        QVERIFY(catalogueEntry(ObisCode(1, 0, 0, 4, 2, 255)));   // CT ratio
        QVERIFY(catalogueEntry(ObisCode(0, 0, 96, 1, 0, 255)));  // serial number
        QVERIFY(!catalogueEntry(ObisCode(1, 0, 99, 99, 0, 255)));
    }

    void previewEnergy_data() {
        QTest::addColumn<qint64>("mantissa");
        QTest::addColumn<int>("scaler");
        QTest::addColumn<int>("z1");
        QTest::addColumn<QString>("value");
        // 12345.678 kWh = 12345678 Wh, scaler 0.
        QTest::newRow("7.0") << qint64(12345678) << 0 << 1 << "0012345";
        QTest::newRow("7.1") << qint64(12345678) << 0 << 2 << "0012345.6";
        QTest::newRow("7.2") << qint64(12345678) << 0 << 3 << "0012345.67";
        // 12345.699 kWh is truncated, never rounded up.
        QTest::newRow("7.1 truncates .699") << qint64(12345699) << 0 << 2 << "0012345.6";
        QTest::newRow("7.0 truncates .999") << qint64(999) << 0 << 1 << "0000000";
        // Scaled registers: 123456 x 10^-1 Wh = 12.3456 kWh; 42 x 10^3 Wh = 42 kWh.
        QTest::newRow("scaler -1") << qint64(123456) << -1 << 3 << "0000012.34";
        QTest::newRow("scaler +3") << qint64(42) << 3 << 2 << "0000042.0";
        QTest::newRow("zero") << qint64(0) << 0 << 3 << "0000000.00";
        // Largest shown value, then the roll-over to the lowest 7 integer digits.
        QTest::newRow("9999999.99") << qint64(9999999990) << 0 << 3 << "9999999.99";
        QTest::newRow("roll-over") << qint64(12345678901) << 0 << 2 << "2345678.9";
        QTest::newRow("huge scaler") << qint64(5) << 40 << 3 << "0000000.00";
        QTest::newRow("tiny scaler") << qint64(5) << -40 << 3 << "0000000.00";
    }
    void previewEnergy() {
        QFETCH(qint64, mantissa);
        QFETCH(int, scaler);
        QFETCH(int, z1);
        QFETCH(QString, value);
        const auto d = displayDecimalsFromZ1(std::to_string(z1));
        QVERIFY(d);
        const auto t = previewLcd(cat(kAPlus), mantissa, static_cast<std::int8_t>(scaler), *d);
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(t->value), value);
        QCOMPARE(t->obis, std::string("1.8.0"));
        QCOMPARE(t->unit, std::string("kWh"));
    }

    void previewOther() {
        const auto z = DisplayDecimals::Seven0;
        // R- energy in kvarh follows Z1.
        auto t = previewLcd(cat(ObisCode(1, 0, 4, 8, 0, 255)), 1500, 0, DisplayDecimals::Seven1);
        QCOMPARE(*t, (LcdText{"0000001.5", "4.8.0", "kvarh"}));
        // Voltage L1, 1 decimal, rounded half away from zero: 230.45 V -> "230.5".
        t = previewLcd(cat(ObisCode(1, 0, 32, 7, 0, 255)), 23045, -2, z);
        QCOMPARE(*t, (LcdText{"230.5", "32.7.0", "V"}));
        t = previewLcd(cat(ObisCode(1, 0, 32, 7, 0, 255)), 23044, -2, z);
        QCOMPARE(t->value, std::string("230.4"));
        // Current L2, 2 decimals.
        t = previewLcd(cat(ObisCode(1, 0, 51, 7, 0, 255)), 5, 0, z);
        QCOMPARE(*t, (LcdText{"5.00", "51.7.0", "A"}));
        // Power in kW with 3 decimals, negative (export) with a sign.
        t = previewLcd(cat(ObisCode(1, 0, 21, 7, 0, 255)), -1234, 0, z);
        QCOMPARE(*t, (LcdText{"-1.234", "21.7.0", "kW"}));
        // Serial number: no unit, identification C.D.E.
        t = previewLcd(cat(ObisCode(0, 0, 96, 1, 0, 255)), 12345678, 0, z);
        QCOMPARE(*t, (LcdText{"12345678", "96.1.0", ""}));
        // Ten digits do not fit the 9-digit field.
        t = previewLcd(cat(ObisCode(0, 0, 96, 1, 0, 255)), 1234567890, 0, z);
        QCOMPARE(t.error().code, DisplayError::ValueTooWide);
        QCOMPARE(previewLcd(cat(ObisCode(0, 0, 96, 1, 0, 255)), 999999999, 0, z)->value,
                 std::string("999999999"));
        // Negative energy cannot be shown; an identifier of 8+ digits neither.
        QCOMPARE(previewLcd(cat(kAPlus), -1, 0, z).error().code, DisplayError::ValueTooWide);
        const DisplayEntry wide{
            ObisCode{1, 0, 128, 128, 128, 255}, "x", Unit::Count, 0, false, false};
        QCOMPARE(previewLcd(wide, 1, 0, z).error().code, DisplayError::ValueTooWide);
        QVERIFY(!displayDecimalsFromZ1("0"));
        QVERIFY(!displayDecimalsFromZ1("4"));
    }
};

QTEST_GUILESS_MAIN(TstMeterDisplay)
#include "tst_meter_display.moc"

// Specification of the current-transformer ratio model against the OMNIPOWER CT data sheet,
// "Transformer ratio" and the Z21..Z24 tables: 1..600, nnn*5 A/5 A or nnn A/1 A, lock is one-way.

#include "meter/ct_ratio.h"

#include <QTest>

#include <vector>

using omt::meter::ZField;
using namespace omt::meter::ct;

class TstMeterCtRatio : public QObject {
    Q_OBJECT

private slots:
    void textAndPrimaryCurrent() {
        // Given the Z21 row "1 000 A/5 A  200 A/1 A  200".
        const CtRatio five{200, Secondary::FiveAmp};
        const CtRatio one{200, Secondary::OneAmp};
        QCOMPARE(five.primaryAmps(), 1000u);
        QCOMPARE(five.secondaryAmps(), 5u);
        QCOMPARE(five.text(), std::string("1000/5 A"));
        QCOMPARE(one.primaryAmps(), 200u);
        QCOMPARE(one.text(), std::string("200/1 A"));
        QCOMPARE(CtRatio({1, Secondary::OneAmp}).text(), std::string("1/1 A"));
        QCOMPARE(CtRatio({20, Secondary::FiveAmp}).z21Code(), std::string("020"));
        QCOMPARE(CtRatio({600, Secondary::FiveAmp}).z21Code(), std::string("600"));
    }

    void factorBoundaries() {
        // "The ratio can be configured from 1 to 600": 0 and 601 refused, 1 and 600 accepted.
        const auto zero = makeCtRatio(0, Secondary::FiveAmp);
        QVERIFY(!zero);
        QCOMPARE(zero.error().code, CtError::OutOfRange);
        QVERIFY(makeCtRatio(1, Secondary::FiveAmp));
        QCOMPARE(makeCtRatio(1, Secondary::FiveAmp)->factor, std::uint16_t{1});
        QVERIFY(makeCtRatio(600, Secondary::OneAmp));
        QCOMPARE(makeCtRatio(600, Secondary::OneAmp)->primaryAmps(), 600u);
        const auto over = makeCtRatio(601, Secondary::FiveAmp);
        QVERIFY(!over);
        QCOMPARE(over.error().code, CtError::OutOfRange);
        QVERIFY(!makeCtRatio(-1, Secondary::FiveAmp));
        QVERIFY(!CtRatio({0, Secondary::FiveAmp}).isValid());
        QVERIFY(!CtRatio({601, Secondary::FiveAmp}).isValid());
        QCOMPARE(std::string(nameOf(CtError::OutOfRange)), std::string("out-of-range"));
        QCOMPARE(std::string(nameOf(CtError::Locked)), std::string("locked"));
    }

    void standardValues() {
        // The 17 rows of the Z21 table, typed here from the data sheet.
        const std::vector<std::uint16_t> expected{1,  2,  3,  4,   10,  15,  20,  24, 30,
                                                  32, 40, 60, 100, 200, 300, 400, 600};
        QCOMPARE(standardFactors(), expected);
        QVERIFY(CtRatio({200, Secondary::FiveAmp}).isStandard());
        QVERIFY(CtRatio({1, Secondary::OneAmp}).isStandard());
        QVERIFY(!CtRatio({201, Secondary::FiveAmp}).isStandard());
        QVERIFY(!CtRatio({5, Secondary::FiveAmp}).isStandard());
        QCOMPARE(ratioFromZ21("300", Secondary::OneAmp),
                 std::optional<CtRatio>({300, Secondary::OneAmp}));
        QVERIFY(!ratioFromZ21("000", Secondary::FiveAmp));
        QVERIFY(!ratioFromZ21("601", Secondary::FiveAmp));
    }

    void changeWhileUnlocked() {
        CtRatioState s{{1, Secondary::FiveAmp}, false};
        QVERIFY(s.proposeChange({300, Secondary::FiveAmp}));
        QCOMPARE(s.ratio, CtRatio({300, Secondary::FiveAmp}));
        // Out of range: refused, state unchanged.
        const auto bad = s.proposeChange({601, Secondary::FiveAmp});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, CtError::OutOfRange);
        QVERIFY(!s.proposeChange({0, Secondary::FiveAmp}));
        QCOMPARE(s.ratio, CtRatio({300, Secondary::FiveAmp}));
    }

    void lockIsConfirmedAndIrreversible() {
        CtRatioState s{{40, Secondary::FiveAmp}, false};
        const auto c = s.proposeLock();
        QVERIFY(c);
        QCOMPARE(c->fact, ConfirmationFact::IrreversibleLock);
        QCOMPARE(std::string(nameOf(c->fact)), std::string("irreversible-lock"));
        QCOMPARE(c->ratio, CtRatio({40, Secondary::FiveAmp}));
        QVERIFY(!s.locked);  // proposing does not lock

        // A confirmation given for another ratio does not lock.
        CtRatioState other{{60, Secondary::FiveAmp}, false};
        const auto stale = other.confirmLock(*c);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, CtError::NotConfirmed);
        QVERIFY(!other.locked);

        QVERIFY(s.confirmLock(*c));
        QVERIFY(s.locked);
        // Locked: every change refused, even a valid one, and the ratio stays.
        const auto refused = s.proposeChange({60, Secondary::FiveAmp});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, CtError::Locked);
        QCOMPARE(s.ratio, CtRatio({40, Secondary::FiveAmp}));
        // No second lock.
        QCOMPARE(s.proposeLock().error().code, CtError::AlreadyLocked);
        QCOMPARE(s.confirmLock(*c).error().code, CtError::AlreadyLocked);
    }

    void primaryAndSecondaryEnergy() {
        // Z23: 1 primary, 2 secondary. Z24: 0 secondary, 1 primary.
        QCOMPARE(loadProfileBasis("1"), std::optional<EnergyBasis>(EnergyBasis::Primary));
        QCOMPARE(loadProfileBasis("2"), std::optional<EnergyBasis>(EnergyBasis::Secondary));
        QVERIFY(!loadProfileBasis("0"));
        QCOMPARE(pulseOutputBasis("0"), std::optional<EnergyBasis>(EnergyBasis::Secondary));
        QCOMPARE(pulseOutputBasis("1"), std::optional<EnergyBasis>(EnergyBasis::Primary));
        QVERIFY(!pulseOutputBasis("2"));
        const auto notes = energyBasisNotes();
        QCOMPARE(notes.size(), std::size_t{5});
        QCOMPARE(notes[0].fixedBasis, std::optional<EnergyBasis>(EnergyBasis::Primary));
        QCOMPARE(notes[3].field, std::optional<ZField>(ZField::Z23));
        QCOMPARE(notes[4].field, std::optional<ZField>(ZField::Z24));
        // Primary = secondary x factor for either secondary rating.
        QCOMPARE(primaryFromSecondary(12, {200, Secondary::FiveAmp}),
                 std::optional<std::uint64_t>(2400));
        QCOMPARE(primaryFromSecondary(12, {200, Secondary::OneAmp}),
                 std::optional<std::uint64_t>(2400));
        QVERIFY(!primaryFromSecondary(~0ULL, {2, Secondary::FiveAmp}));
        QVERIFY(!primaryFromSecondary(1, {0, Secondary::FiveAmp}));
    }
};

QTEST_GUILESS_MAIN(TstMeterCtRatio)
#include "tst_meter_ct_ratio.moc"

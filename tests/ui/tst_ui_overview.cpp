// The Overview page (clock and drift, synchronise, alarms and tamper, the per-phase table), the
// connection bar's Bluetooth head search, and the texts of core/meter in the UI language
// (issue 6), driven through the real widgets offscreen.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include "link/bluetooth_head_info.h"
#include "meter/display_list.h"
#include "meter/type_number.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/meter_texts.h"
#include "ui/pages/overview_page.h"

using namespace omt;
using namespace omt::ui;

namespace {

const QDateTime kReadAt(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);

MeterSnapshot snapshotWithInstantaneousValues() {
    MeterSnapshot s;
    s.type = meter::MeterType::OmnipowerCt;
    s.serialNumber = QStringLiteral("71234567");
    s.typeNumber = QStringLiteral("68 51 13 5 BD 2 40 0 1 1 123");
    s.configuration = meter::SoftwareConfiguration{};  // an OMNIPOWER CT has Z codes
    // A+ total 1234.567 kWh; an energy register, not a per-phase value.
    s.readings[cosem::ObisCode{1, 0, 1, 8, 0, 255}] = {1234567, 0, cosem::Unit::WattHour};
    // U L1 230.1 V, L2 231.4 V, L3 missing; I L1 5.12 A; PF L3 0.98; THD U L2 2.5 %.
    s.readings[cosem::ObisCode{1, 0, 32, 7, 0, 255}] = {2301, -1, cosem::Unit::Volt};
    s.readings[cosem::ObisCode{1, 0, 52, 7, 0, 255}] = {2314, -1, cosem::Unit::Volt};
    s.readings[cosem::ObisCode{1, 0, 31, 7, 0, 255}] = {512, -2, cosem::Unit::Ampere};
    s.readings[cosem::ObisCode{1, 0, 73, 7, 0, 255}] = {98, -2, cosem::Unit::Count};
    s.readings[cosem::ObisCode{1, 0, 52, 7, 124, 255}] = {25, -1, cosem::Unit::Percent};
    // Total P+ 3.456 kW, frequency 49.98 Hz.
    s.readings[cosem::ObisCode{1, 0, 1, 7, 0, 255}] = {3456, 0, cosem::Unit::Watt};
    s.readings[cosem::ObisCode{1, 0, 14, 7, 0, 255}] = {4998, -2, cosem::Unit::Hertz};
    s.meterClock = kReadAt.addSecs(-125);  // 2 min 5 s behind
    s.clockReadAt = kReadAt;
    s.alarmBits = 0;
    s.configurationReadable = true;  // read as installer
    s.clockSettable = true;
    return s;
}

/// Installs the application's translation for `language` while in scope.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language) {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/openmetertool_%1.qm").arg(language));
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~ScopedLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

/// A text made of words (three lower-case letters in a row) needs a translation; codes such as
/// "CH 318 K", "A+/A-", "5(100)A" do not.
bool hasWords(const QString& text) {
    static const QRegularExpression word(QStringLiteral("[a-z]{3,}"));
    return word.match(text).hasMatch();
}

}  // namespace

class TstUiOverview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("OmtUiOverview"));
        QSettings().clear();
    }

    void alarmsInWords() {
        QVERIFY(describeAlarms(0).isEmpty());
        // Bits 0 (cover), 2 (sag) and 6 (phase missing), in bit order.
        const QStringList three = describeAlarms(0b100'0101);
        QCOMPARE(three.size(), 3);
        QVERIFY(three[0].startsWith(QStringLiteral("Cover opened")));
        QVERIFY(three[1].startsWith(QStringLiteral("Voltage sag")));
        QVERIFY(three[2].startsWith(QStringLiteral("Phase missing")));
        QVERIFY(describeAlarms(1U << 1).first().contains(QStringLiteral("magnet")));
        QVERIFY(describeAlarms(1U << 3).first().startsWith(QStringLiteral("Voltage swell")));
        QVERIFY(describeAlarms(1U << 4).first().startsWith(QStringLiteral("THD over limit")));
        QVERIFY(describeAlarms(1U << 5).first().startsWith(QStringLiteral("Voltage unbalance")));
        // Unknown bits are named, never dropped.
        QCOMPARE(describeAlarms(1U << 9), QStringList{QStringLiteral("alarm bit 9")});
        QCOMPARE(describeAlarms(0x8000'0000U), QStringList{QStringLiteral("alarm bit 31")});
        QVERIFY(isTamperAlarm(0));
        QVERIFY(isTamperAlarm(1));
        QVERIFY(!isTamperAlarm(2));
    }

    void clockDriftInWords() {
        QCOMPARE(describeClockDrift(kReadAt.addSecs(-125), kReadAt),
                 QStringLiteral("The meter's clock is 2 min 5 s behind."));
        QCOMPARE(describeClockDrift(kReadAt.addSecs(30), kReadAt),
                 QStringLiteral("The meter's clock is 30 s ahead."));
        QCOMPARE(describeClockDrift(kReadAt.addSecs(2 * 3600 + 61), kReadAt),
                 QStringLiteral("The meter's clock is 2 h 1 min ahead."));
        QCOMPARE(describeClockDrift(kReadAt.addSecs(-(3 * 86400 + 3600)), kReadAt),
                 QStringLiteral("The meter's clock is 3 day(s) 1 h 0 min behind."));
        QCOMPARE(describeClockDrift(kReadAt.addMSecs(800), kReadAt),
                 QStringLiteral("The meter's clock is right (within 1 s)."));
        QVERIFY(describeClockDrift(QDateTime(), kReadAt).contains(QStringLiteral("could not")));
    }

    void overviewShowsPhasesClockAndAlarms() {
        MeterDocument doc;
        OverviewPage page(&doc);
        QAbstractItemModelTester phaseTester(page.phaseTable()->model());
        QVERIFY(!page.syncButton()->isEnabled());
        doc.load(snapshotWithInstantaneousValues());

        auto cell = [&](int row, int column) {
            return page.phaseTable()->item(row, column)->text();
        };
        QCOMPARE(page.phaseTable()->columnCount(), 3);
        QCOMPARE(page.phaseTable()->rowCount(), int(OverviewPage::PhaseRowCount));
        QCOMPARE(cell(OverviewPage::VoltageRow, 0), QStringLiteral("230.1 V"));
        QCOMPARE(cell(OverviewPage::VoltageRow, 1), QStringLiteral("231.4 V"));
        QCOMPARE(cell(OverviewPage::VoltageRow, 2), QStringLiteral("\u2013"));  // not read
        QCOMPARE(cell(OverviewPage::CurrentRow, 0), QStringLiteral("5.12 A"));
        QCOMPARE(cell(OverviewPage::PowerFactorRow, 2), QStringLiteral("0.98"));
        QCOMPARE(cell(OverviewPage::ThdVoltageRow, 1), QStringLiteral("2.5 %"));
        QCOMPARE(cell(OverviewPage::TotalPowerRow, 0), QStringLiteral("3.456 kW"));
        QCOMPARE(cell(OverviewPage::FrequencyRow, 0), QStringLiteral("49.98 Hz"));
        QCOMPARE(page.phaseTable()->columnSpan(OverviewPage::FrequencyRow, 0), 3);
        QCOMPARE(OverviewPage::phaseObis(OverviewPage::ReactivePowerRow, 2),
                 (cosem::ObisCode{1, 0, 63, 7, 0, 255}));
        QCOMPARE(OverviewPage::phaseObis(OverviewPage::ThdCurrentRow, 1),
                 (cosem::ObisCode{1, 0, 51, 7, 124, 255}));
        QCOMPARE(OverviewPage::phaseObis(OverviewPage::ActivePowerRow, 0),
                 (cosem::ObisCode{1, 0, 21, 7, 0, 255}));

        // Energy registers keep their own list, without the per-phase values.
        QCOMPARE(page.readingsTree()->topLevelItemCount(), 1);
        QCOMPARE(page.readingsTree()->topLevelItem(0)->text(0),
                 QStringLiteral("Active energy A+ total"));
        QCOMPARE(page.readingsTree()->topLevelItem(0)->text(2), QStringLiteral("1.234567"));

        QVERIFY2(page.clockLabel()->text().contains(QStringLiteral("2026-11-21 11:57:55 (UTC)")),
                 qPrintable(page.clockLabel()->text()));
        QVERIFY(page.clockLabel()->text().contains(QStringLiteral("2 min 5 s behind")));
        QCOMPARE(page.alarmsLabel()->text(), QStringLiteral("No alarms."));
        QVERIFY(page.typeTree()->topLevelItemCount() > 5);

        // Tamper alarms are highlighted, the others listed.
        auto s = snapshotWithInstantaneousValues();
        s.alarmBits = 0b0000'0110;  // magnetic influence (tamper), voltage sag
        doc.load(s);
        const QString alarms = page.alarmsLabel()->text();
        QVERIFY(alarms.contains(QStringLiteral("color:#c62828\">&#9888; Magnetic influence")));
        QVERIFY(alarms.contains(QStringLiteral("&#8226; Voltage sag")));
        QVERIFY(!alarms.contains(QStringLiteral("Cover opened")));
        s.alarmBits.reset();
        s.meterClock.reset();
        doc.load(s);
        QVERIFY(page.alarmsLabel()->text().contains(QStringLiteral("not read")));
        QVERIFY(page.clockLabel()->text().contains(QStringLiteral("not read")));
    }

    // The meter's clock is shown in the meter's own local time with its UTC offset, as its
    // display shows it; the drift compares instants, so it does not change with the offset.
    void clockInTheMetersLocalTime() {
        // 2026-11-21 11:57:55 UTC, 2 min 5 s behind the PC, read from a CET meter (deviation
        // -60: UTC = local + deviation), so its display shows 12:57:55.
        const std::chrono::sys_seconds instant{
            std::chrono::seconds{kReadAt.addSecs(-125).toSecsSinceEpoch()}};
        const QDateTime cet = meterClockTime(instant, -60);
        QCOMPARE(cet.offsetFromUtc(), 3600);
        QCOMPARE(cet, kReadAt.addSecs(-125));  // the same instant
        QCOMPARE(cet.toString(QStringLiteral("HH:mm:ss")), QStringLiteral("12:57:55"));
        QCOMPARE(meterClockTime(instant, 0).offsetFromUtc(), 0);
        QCOMPARE(meterClockTime(instant, 330).offsetFromUtc(), -(5 * 3600 + 30 * 60));

        MeterDocument doc;
        OverviewPage page(&doc);
        auto s = snapshotWithInstantaneousValues();
        s.meterClock = cet;
        doc.load(s);
        const QString text = page.clockLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Meter clock: 2026-11-21 12:57:55 (UTC+01:00)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The meter's clock is 2 min 5 s behind.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("11:57:55")));

        // West of UTC, with half an hour: 11:57:55 UTC is 06:27:55 at UTC-05:30.
        s.meterClock = meterClockTime(instant, 330);
        doc.load(s);
        QVERIFY2(page.clockLabel()->text().contains(
                     QStringLiteral("Meter clock: 2026-11-21 06:27:55 (UTC-05:30)")),
                 qPrintable(page.clockLabel()->text()));
        QVERIFY(page.clockLabel()->text().contains(QStringLiteral("2 min 5 s behind")));
    }

    // The sync button and the menu action: enabled only connected and idle; both reach the
    // window's syncClockRequested. A clock read again leaves pending edits and undo alone.
    void synchroniseClock() {
        MeterDocument doc;
        MainWindow window(&doc);
        QSignalSpy sync(&window, &MainWindow::syncClockRequested);
        auto* button = window.overviewPage()->syncButton();
        auto* action = window.syncClockAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        doc.load(snapshotWithInstantaneousValues());
        QVERIFY(!button->isEnabled());
        QVERIFY(!action->isEnabled());
        window.connectionBar()->setConnected(true);
        QVERIFY(button->isEnabled());
        QVERIFY(action->isEnabled());
        window.connectionBar()->setBusy(true);
        QVERIFY(!button->isEnabled());
        QVERIFY(!action->isEnabled());
        window.connectionBar()->setBusy(false);
        button->click();
        action->trigger();
        QCOMPARE(sync.size(), 2);

        QVERIFY(doc.setZCode(meter::ZField::Z2, QStringLiteral("1")));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.updateClock(kReadAt.addSecs(60), kReadAt.addSecs(60));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.hasPendingChanges());
        QCOMPARE(*doc.meterState().meterClock, kReadAt.addSecs(60));
        QVERIFY(window.overviewPage()->clockLabel()->text().contains(QStringLiteral("right")));
        window.connectionBar()->setConnected(false);
        QVERIFY(!button->isEnabled());
    }

    // With no adapter (the test machine), the search says so in the stage line; no dialog.
    void bluetoothSearchWithoutAdapter() {
        if (!link::checkBluetoothAdapter()) {
            QSKIP("this machine has a powered Bluetooth adapter; the no-adapter state needs none");
        }
        ConnectionBar bar;
        bar.show();
        const int bt = bar.targetCombo()->findData(int(ConnectionChoice::Kind::Bluetooth));
        QVERIFY(bt >= 0);
        bar.targetCombo()->setCurrentIndex(bt);
        QVERIFY(bar.bluetoothHeadCombo()->isVisible());
        QVERIFY(bar.bluetoothSearchButton()->isVisible());
        QVERIFY(!bar.addressEdit()->isVisible());
        bar.bluetoothSearchButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            bar.stageLabel()->text().contains(QStringLiteral("No Bluetooth adapter found")) ||
                bar.stageLabel()->text().contains(QStringLiteral("switched off")),
            5000);
        QVERIFY(bar.bluetoothSearchButton()->isEnabled());
        QCOMPARE(describeScanError({link::TransportError::Kind::NoAdapter, {}}),
                 QStringLiteral("No Bluetooth adapter found."));
        QVERIFY(describeScanError({link::TransportError::Kind::AdapterOff, {}})
                    .contains(QStringLiteral("switched off")));
    }

    // A typed address is the choice (upper case), a bad one is refused in the stage line, and
    // the last address is remembered.
    void bluetoothAddressIsChosenAndRemembered() {
        {
            ConnectionBar bar;
            bar.targetCombo()->setCurrentIndex(
                bar.targetCombo()->findData(int(ConnectionChoice::Kind::Bluetooth)));
            QSignalSpy connectSpy(&bar, &ConnectionBar::connectRequested);
            bar.bluetoothHeadCombo()->setEditText(QStringLiteral("00:1a:7d:da:71:13"));
            const ConnectionChoice c = bar.choice();
            QCOMPARE(c.kind, ConnectionChoice::Kind::Bluetooth);
            QCOMPARE(c.address, QStringLiteral("00:1A:7D:DA:71:13"));
            bar.bluetoothHeadCombo()->setEditText(QStringLiteral("not an address"));
            bar.connectButton()->click();
            QCOMPARE(connectSpy.size(), 0);
            QVERIFY(bar.stageLabel()->text().contains(QStringLiteral("AA:BB:CC:DD:EE:FF")));
            bar.bluetoothHeadCombo()->setEditText(QStringLiteral("00:1A:7D:DA:71:13"));
            bar.connectButton()->click();
            QCOMPARE(connectSpy.size(), 1);
            bar.saveSettings();
        }
        ConnectionBar again;
        again.restoreSettings();
        QCOMPARE(again.choice().kind, ConnectionChoice::Kind::Bluetooth);
        QCOMPARE(again.choice().address, QStringLiteral("00:1A:7D:DA:71:13"));
        ConnectionChoice c;
        c.kind = ConnectionChoice::Kind::Bluetooth;
        c.address = QStringLiteral("11:22:33:44:55:66");
        again.setChoice(c);
        QCOMPARE(again.choice().address, QStringLiteral("11:22:33:44:55:66"));
    }

    // Every text core/meter shows (Z names and meanings, the reading catalogue, type-number
    // meanings) comes out in Finnish (the language that shares the fewest words with English);
    // only codes without words and product names may stay as they are.
    void meterTextsAreTranslated() {
        const ScopedLanguage finnish(QStringLiteral("fi"));
        QVERIFY(finnish.loaded());
        const QStringList productNames{QStringLiteral("OMNIA e-meter"),
                                       QStringLiteral("DSMR P1 Lite")};
        QStringList untranslated;
        auto check = [&](const std::string& english) {
            const QString text = meterText(english);
            if (text.isEmpty() ||
                (text == QString::fromStdString(english) &&
                 hasWords(QString::fromStdString(english)) && !productNames.contains(text))) {
                untranslated << QString::fromStdString(english);
            }
        };
        for (const auto& spec : meter::zCatalogue()) {
            check(std::string(spec.name));
            QVERIFY(zFieldName(spec.field) !=
                    QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size())));
            for (const auto& c : spec.codes) {
                check(std::string(c.meaning));
            }
            const std::string unlisted(spec.width, '9');
            check(meter::meaningOf(spec.field, unlisted));
        }
        for (const char* ratio : {"001", "123", "600"}) {
            check(meter::meaningOf(meter::ZField::Z21, ratio));
        }
        for (const auto& entry : meter::omnipowerCtCatalogue()) {
            check(entry.name);
        }
        for (const char* number :
             {"68 51 13 5 BD 2 40 0 1 1 123", "6851121cd1101 11xxx", "68 4-2-11P-1342AAD1-1B24XXX",
              "68 6-2-10P-1101AH70-8124208", "68 6-2-10P-1100AB30-1A24208"}) {
            const auto t = meter::TypeNumber::decode(number);
            QVERIFY2(t.hasValue(), number);
            for (const auto& p : t->positions()) {
                check(p.meaning);
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

        // Composed texts keep their numbers.
        QCOMPARE(zCodeMeaning(meter::ZField::Z21, "300"),
                 QStringLiteral("1500 A/5 A tai 300 A/1 A"));
        QVERIFY(meterText("Active energy A+ tariff 3").contains(QStringLiteral("3")));
        QVERIFY(meterText("Voltage L2").endsWith(QStringLiteral(" L2")));
        QVERIFY(meterText("+ 2 Hours [FI]").endsWith(QStringLiteral("[FI]")));
        QCOMPARE(meterText("CH 318 K"), QStringLiteral("CH 318 K"));
        // Register names: the catalogue's, energy per tariff composed, others from core.
        QCOMPARE(readingName({1, 0, 1, 8, 0, 255}), QStringLiteral("Pätöenergia A+ yhteensä"));
        QCOMPARE(readingName({1, 0, 2, 8, 3, 255}), QStringLiteral("Pätöenergia A- tariffi 3"));
        QCOMPARE(readingName({1, 0, 10, 8, 1, 255}),
                 QStringLiteral("Näennäisenergia E- tariffi 1"));
        QCOMPARE(readingName({0, 0, 96, 14, 0, 255}), QStringLiteral("Currently active tariff"));
        for (const auto& source : meterTextSources()) {
            QVERIFY2(!meterText(source.toStdString()).isEmpty(), qPrintable(source));
        }
    }

    // English keeps the source texts, and its plural forms read right.
    void englishTextsAndPlurals() {
        QCOMPARE(zFieldName(meter::ZField::Z1), QStringLiteral("Decimals in display"));
        QCOMPARE(meterText("Every third month, March"), QStringLiteral("Every third month, March"));
        const ScopedLanguage english(QStringLiteral("en"));
        QVERIFY(english.loaded());
        QCOMPARE(meterText("+ 1 Hour [DK/NO/SE/DE/FR/ES]"),
                 QStringLiteral("+ 1 hour [DK/NO/SE/DE/FR/ES]"));
        QCOMPARE(meterText("+ 5 Hours"), QStringLiteral("+ 5 hours"));
        QCOMPARE(QCoreApplication::translate("omt::ui::WriteConfirmDialog",
                                             "Write these %n change(s) to the meter?", nullptr, 1),
                 QStringLiteral("Write this 1 change to the meter?"));
        QCOMPARE(QCoreApplication::translate("omt::ui::WriteConfirmDialog",
                                             "Write these %n change(s) to the meter?", nullptr, 4),
                 QStringLiteral("Write these 4 changes to the meter?"));
    }
};

QTEST_MAIN(TstUiOverview)
#include "tst_ui_overview.moc"

// Drives the real main window and controller against the embedded demo meters: connect, read,
// edit a display list, the CT ratio and a configuration code, write, and check the virtual
// meter's own state; a refused write is restored completely; cancel while connecting.
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/common/demo_meter.h"
#include "meter/write_plan.h"
#include "meter_controller.h"
#include "protocol/cosem/clock.h"
#include "sim/server/cosem_object.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/display_list_model.h"
#include "ui/pages/display_lists_page.h"
#include "ui/pages/overview_page.h"
#include "window_wiring.h"

using namespace omt;
using meter::DisplayListKind;
using meter::ZField;

namespace {

const cosem::ObisCode kCtRatio{1, 0, 0, 4, 2, 255};
const cosem::ObisCode kManualList{0, 0, 21, 0, 2, 255};
const cosem::ObisCode kConfig{0, 0, 96, 1, 128, 255};
const cosem::ObisCode kRPlus{1, 0, 3, 8, 0, 255};

/// Attribute `index` of an object of the demo meter, read directly from the simulator.
std::optional<dlms::Data> simValue(app::DemoMeter& demo, const cosem::ObisCode& obis,
                                   std::int8_t index) {
    auto* object = demo.meter().directory().find(obis);
    if (!object) {
        return std::nullopt;
    }
    sim::RequestContext context;
    context.directory = &demo.meter().directory();
    auto v = object->get(index, std::nullopt, context);
    if (!v) {
        return std::nullopt;
    }
    return *v;
}

struct Fixture {
    QTemporaryDir data;
    ui::MeterDocument document;
    ui::MainWindow window{&document};
    gui::MeterController controller{&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                    data.path()};
    bool wired = (gui::wireWindow(window, controller), true);  // as the application does

    bool connectDemo(ui::ConnectionChoice::Kind kind) {
        QSignalSpy read(&controller, &gui::MeterController::readFinished);
        ui::ConnectionChoice choice;
        choice.kind = kind;
        choice.auth = ui::ConnectionChoice::Auth::Installer;
        controller.connectTo(choice);
        return read.wait(20000) && read.first().first().toBool();
    }
};

}  // namespace

class TstGuiDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("OmtGuiTest")); }
    void connectsAndReadsTheDemoMeter();
    void writesDisplayListCtRatioAndCodeThenVerifies();
    void refusedWriteRestoresEverything();
    void aRefusedPlanWritesNothing();
    void omniaHidesCtAndCodesPages();
    void issue18_omniaHasNoCodesAndBothLoadProfilePeriods();
    void issue18_ctLoadProfilePeriodIsZ4();
    void overviewShowsClockPhasesAndAlarmsAndSyncsTheClock();
    void cancelWhileConnecting();
};

void TstGuiDemo::connectsAndReadsTheDemoMeter() {
    Fixture f;
    QSignalSpy traced(&f.controller, &gui::MeterController::traced);
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    // The Trace page gets the frames on the wire, decoded: the sign-on, SNRM and the AARQ,
    // deciphered APDUs with the installer's keys.
    QStringList summaries;
    for (const auto& args : traced) {
        const auto record = args.first().value<ui::TraceRecord>();
        summaries << record.summary + QLatin1Char(' ') + record.detail.join(QLatin1Char(' '));
    }
    const QString all = summaries.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("IEC 62056-21 request")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(QStringLiteral("HDLC SNRM")));
    QVERIFY(all.contains(QStringLiteral("aarq")));
    QVERIFY(all.contains(QStringLiteral("get-response")));  // deciphered with the installer keys
    QVERIFY(f.controller.isConnected());
    const auto& m = f.document.meterState();
    QCOMPARE(m.type, meter::MeterType::OmnipowerCt);
    QVERIFY(!m.serialNumber.isEmpty());
    QVERIFY(m.ctRatio.has_value());
    QCOMPARE(m.displayLists.size(), std::size_t(3));
    QVERIFY(!m.readings.empty());
    QVERIFY(f.window.connectionBar()->stageLabel()->text().contains(QStringLiteral("Connected")));
    QVERIFY(f.window.isPageVisible(ui::MainWindow::Page::CtRatio));
}

void TstGuiDemo::writesDisplayListCtRatioAndCodeThenVerifies() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    auto* demo = f.controller.demoMeter();
    QVERIFY(demo);

    // A display list edit through the page's model, the CT ratio and Z1 through the document.
    auto* page = f.window.findChild<ui::DisplayListsPage*>();
    QVERIFY(page);
    auto* manual = page->listModel(DisplayListKind::Manual);
    QVERIFY(manual);
    const int before = manual->rowCount();
    bool hasRPlus = false;
    for (int r = 0; r < before; ++r) {
        hasRPlus |= manual->index(r).data(Qt::UserRole).toString() ==
                    QString::fromStdString(kRPlus.toString());
    }
    const auto entry =
        *meter::catalogueEntry(hasRPlus ? cosem::ObisCode{1, 0, 14, 7, 0, 255} : kRPlus);
    QVERIFY(manual->insertEntry(before, entry));
    const auto ratio = f.document.pending().ctRatio->ratio;
    const std::uint16_t newFactor = ratio.factor == 300 ? 400 : 300;
    QVERIFY(f.document.setCtRatio({newFactor, ratio.secondary}));
    const QString z1 = f.document.pending().configuration->code(ZField::Z1) == "1"
                           ? QStringLiteral("2")
                           : QStringLiteral("1");
    QVERIFY(f.document.setZCode(ZField::Z1, z1));
    // Z1, the list, the ratio: the ratio's Z21 is the same change, said once (issue 12).
    QCOMPARE(f.document.pendingChanges().size(), 3);

    QSignalSpy written(&f.controller, &gui::MeterController::writeFinished);
    QSignalSpy reread(&f.controller, &gui::MeterController::readFinished);
    f.window.setConfirmWrite([](const QStringList&) { return true; });
    f.window.writeAction()->trigger();
    QVERIFY(written.wait(20000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    QVERIFY(reread.wait(20000));

    // The virtual meter itself holds the new values.
    auto factor = simValue(*demo, kCtRatio, 2);
    QVERIFY(factor.has_value());
    QCOMPARE(*factor->as<std::uint64_t>(), std::uint64_t(newFactor));
    auto list = simValue(*demo, kManualList, 3);
    QVERIFY(list.has_value() && list->elements());
    QCOMPARE(int(list->elements()->size()), before + 1);
    auto config = simValue(*demo, kConfig, 2);
    QVERIFY(config.has_value() && config->as<std::string>());
    QCOMPARE(QString::fromStdString(config->as<std::string>()->substr(0, 1)), z1);
    // The document was read again: nothing pending, the meter state is the new one.
    QVERIFY(!f.document.hasPendingChanges());
    QCOMPARE(f.document.meterState().ctRatio->ratio.factor, newFactor);
    // A backup was saved before writing, and the audit log records every write.
    QVERIFY(QFile::exists(f.controller.lastBackupFile()));
    QFile audit(f.controller.auditFile());
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(audit.readAll());
    QVERIFY(log.startsWith(QStringLiteral("time,meter,user,object,old,new,result")));
    QVERIFY(log.contains(QStringLiteral("3/1.0.0.4.2.255:2")));
    QVERIFY(log.contains(QStringLiteral("verified")));
}

void TstGuiDemo::refusedWriteRestoresEverything() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    auto* demo = f.controller.demoMeter();
    const auto oldRatio = simValue(*demo, kCtRatio, 2);
    QVERIFY(oldRatio.has_value());
    // A new ratio (accepted, written first) and a manual display list with a reading this
    // meter does not have: the rules of the lists allow it, the meter refuses it (other-reason)
    // after the ratio was written, so the ratio must be put back.
    const auto ratio = f.document.pending().ctRatio->ratio;
    QVERIFY(f.document.setCtRatio({std::uint16_t(ratio.factor == 20 ? 30 : 20), ratio.secondary}));
    auto manual = f.document.pending().displayLists.at(meter::DisplayListKind::Manual);
    meter::DisplayEntry stranger;
    stranger.code = cosem::ObisCode{1, 0, 94, 45, 0, 255};
    stranger.name = "not in this meter";
    QVERIFY(manual.insertAt(manual.entries().size(), stranger));
    QVERIFY(f.document.setDisplayList(manual, QStringLiteral("add a stranger")));
    const auto oldList = simValue(*demo, kManualList, 3);

    QSignalSpy written(&f.controller, &gui::MeterController::writeFinished);
    QSignalSpy reported(&f.controller, &gui::MeterController::writeReported);
    f.window.setConfirmWrite([](const QStringList&) { return true; });
    f.window.writeAction()->trigger();
    QVERIFY(written.count() > 0 || written.wait(20000));
    QVERIFY(!written.first().first().toBool());
    const QString summary = written.first().at(1).toString();
    QVERIFY2(summary.contains(QStringLiteral("holds its old configuration")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("manual display list")), qPrintable(summary));
    // The outcome names each setting with what the meter holds: both old.
    QCOMPARE(reported.size(), 1);
    const auto report = reported.first().first().value<ui::WriteReport>();
    QCOMPARE(report.result, ui::WriteReport::Result::Restored);
    QCOMPARE(report.items.size(), 2);
    for (const auto& item : report.items) {
        QCOMPARE(item.state, ui::WriteReportItem::State::Old);
    }
    // The ratio written first was put back: the meter is fully in the old configuration.
    QCOMPARE(*simValue(*demo, kCtRatio, 2), *oldRatio);
    QCOMPARE(*simValue(*demo, kManualList, 3), *oldList);
    QFile audit(f.controller.auditFile());
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(audit.readAll());
    QVERIFY2(log.contains(QStringLiteral("ct-ratio 3/1.0.0.4.2.255:2")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("\"failed, restored\"")), qPrintable(log));
    // The backup is the CLI's "omt-backup" document with the old ratio in it.
    QFile backupFile(f.controller.lastBackupFile());
    QVERIFY(backupFile.open(QIODevice::ReadOnly));
    auto backup = meter::parseBackup(backupFile.readAll().toStdString());
    QVERIFY2(backup.hasValue(), backup ? "" : backup.error().detail.c_str());
    const auto* saved = meter::findAttribute(backup->values, kCtRatio, 2);
    QVERIFY(saved != nullptr);
    QCOMPARE(saved->value, *oldRatio);
}

void TstGuiDemo::aRefusedPlanWritesNothing() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    auto* demo = f.controller.demoMeter();
    const auto oldRatio = simValue(*demo, kCtRatio, 2);
    // A code the rules refuse: Z28 1 on variant 1, or an unknown Z2 code on variant 2. The
    // write plan refuses it before anything reaches the meter.
    const auto ratio = f.document.pending().ctRatio->ratio;
    QVERIFY(f.document.setCtRatio({std::uint16_t(ratio.factor == 20 ? 30 : 20), ratio.secondary}));
    auto config = *f.document.pending().configuration;
    const bool variantTwo = f.document.meterState().variant == meter::Variant::Two;
    QVERIFY(config.setCode(variantTwo ? ZField::Z2 : ZField::Z28, variantTwo ? "9" : "1"));
    QVERIFY(f.document.setConfiguration(config));
    QSignalSpy written(&f.controller, &gui::MeterController::writeFinished);
    f.window.setConfirmWrite([](const QStringList&) { return true; });
    f.window.writeAction()->trigger();
    QVERIFY(written.count() > 0 || written.wait(20000));
    QVERIFY(!written.first().first().toBool());
    QVERIFY2(written.first().at(1).toString().startsWith(QStringLiteral("Nothing was written")),
             qPrintable(written.first().at(1).toString()));
    QCOMPARE(*simValue(*demo, kCtRatio, 2), *oldRatio);
    QVERIFY(f.controller.lastBackupFile().isEmpty());
    QVERIFY(f.document.hasPendingChanges());  // the edits stay for the person to fix
}

void TstGuiDemo::overviewShowsClockPhasesAndAlarmsAndSyncsTheClock() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    auto* demo = f.controller.demoMeter();
    const auto& read = f.document.meterState();
    // The clock, the per-phase values and the alarm register were read with the rest.
    QVERIFY(read.meterClock.has_value());
    QVERIFY(std::abs(read.meterClock->secsTo(read.clockReadAt)) < 5);
    QVERIFY(read.alarmBits.has_value());
    const auto simAlarms = simValue(*demo, cosem::ObisCode{0, 0, 97, 98, 0, 255}, 2);
    QVERIFY(simAlarms && simAlarms->as<std::uint64_t>());
    QCOMPARE(std::uint64_t(*read.alarmBits), *simAlarms->as<std::uint64_t>());
    for (const auto& phaseVoltage :
         {cosem::ObisCode{1, 0, 32, 7, 0, 255}, cosem::ObisCode{1, 0, 52, 7, 0, 255},
          cosem::ObisCode{1, 0, 72, 7, 0, 255}}) {
        QVERIFY(read.readings.count(phaseVoltage) == 1);
        QCOMPARE(read.readings.at(phaseVoltage).unit, cosem::Unit::Volt);
    }

    // Put the meter's clock 5 minutes behind, read again, and sync it.
    const cosem::ObisCode clockObis{0, 0, 1, 0, 0, 255};
    auto* clock = demo->meter().directory().find(clockObis);
    QVERIFY(clock != nullptr);
    auto reading = cosem::readClock(*simValue(*demo, clockObis, 2));
    QVERIFY(reading.hasValue());
    sim::RequestContext context;
    context.directory = &demo->meter().directory();
    QCOMPARE(
        clock->set(2, std::nullopt,
                   *cosem::clockTimeFor(*reading, reading->utc - std::chrono::minutes(5)), context),
        dlms::DataAccessResult::Success);
    QSignalSpy reread(&f.controller, &gui::MeterController::readFinished);
    f.controller.readAll();
    QVERIFY(reread.wait(20000));
    const auto behind =
        f.document.meterState().meterClock->secsTo(f.document.meterState().clockReadAt);
    QVERIFY2(behind > 290 && behind < 310, qPrintable(QString::number(behind)));
    QSignalSpy messages(&f.controller, &gui::MeterController::message);
    emit f.window.syncClockRequested();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(messages.begin(), messages.end(),
                    [](const QList<QVariant>& m) {
                        return m.first().toString().contains(QStringLiteral("clock was set"));
                    }),
        20000);
    // The document shows the clock read back; the meter's own clock is right again.
    const auto after =
        f.document.meterState().meterClock->secsTo(f.document.meterState().clockReadAt);
    QVERIFY2(std::abs(after) < 5, qPrintable(QString::number(after)));
    const auto now = cosem::readClock(*simValue(*demo, clockObis, 2));
    QVERIFY(now.hasValue());
    const auto pc = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    QVERIFY(std::abs((now->utc - pc).count()) < 5);
    QFile audit(f.controller.auditFile());
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(audit.readAll()).contains(QStringLiteral("clock 8/0.0.1.0.0.255:2")));
}

void TstGuiDemo::omniaHidesCtAndCodesPages() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnia));
    QCOMPARE(f.document.meterState().type, meter::MeterType::Omnia);
    QVERIFY(!f.window.isPageVisible(ui::MainWindow::Page::CtRatio));
    QVERIFY(!f.window.isPageVisible(ui::MainWindow::Page::ConfigurationCodes));
    QVERIFY(f.window.isPageVisible(ui::MainWindow::Page::DisplayLists));
}

void TstGuiDemo::cancelWhileConnecting() {
    Fixture f;
    QSignalSpy gone(&f.controller, &gui::MeterController::disconnected);
    ui::ConnectionChoice choice;
    choice.kind = ui::ConnectionChoice::Kind::DemoOmnipowerCt;
    f.controller.connectTo(choice);
    QTest::qWait(50);  // signing on at 300 baud takes longer than this
    f.controller.cancel();
    QVERIFY(gone.wait(10000));
    QVERIFY(!f.controller.isConnected());
    QVERIFY(!f.document.isLoaded());
}

// Issue 18, items 3 and 4 in the desktop application. OMNIA data sheet: no software
// configuration table; line 173, "two load profile loggers, each configurable to 5, 10, 15, 30 or
// 60 min. integration periods". The OMNIA's snapshot has no Z codes (no Configuration codes
// page, nor its View menu entry); both load profile periods are shown and edited on the
// Overview, and a write sets exactly the one changed.
void TstGuiDemo::issue18_omniaHasNoCodesAndBothLoadProfilePeriods() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnia));
    auto* demo = f.controller.demoMeter();
    QVERIFY(demo);
    const auto& m = f.document.meterState();
    QVERIFY(!m.configuration.has_value());
    QVERIFY(m.configurationReadable);
    QVERIFY(!f.window.isPageVisible(ui::MainWindow::Page::ConfigurationCodes));
    QVERIFY(!f.window.pageAction(ui::MainWindow::Page::ConfigurationCodes)->isVisible());
    QCOMPARE(m.loadProfilePeriods[0], std::optional<std::uint32_t>(900));
    QCOMPARE(m.loadProfilePeriods[1], std::optional<std::uint32_t>(900));
    QCOMPARE(m.loadProfilePeriodsOffered, (std::vector<std::uint32_t>{300, 600, 900, 1800, 3600}));
    QVERIFY(!f.document.setZCode(ZField::Z11, QStringLiteral("02")));

    auto* overview = f.window.findChild<ui::OverviewPage*>();
    QVERIFY(overview);
    QVERIFY(!overview->loadProfilesBox()->isHidden());
    for (int profile : {1, 2}) {
        QComboBox* chooser = overview->loadProfilePeriodChooser(profile);
        QVERIFY(!chooser->isHidden());
        QCOMPARE(chooser->count(), 5);
        QCOMPARE(chooser->currentText(), QStringLiteral("15 min"));
        QCOMPARE(chooser->itemText(0), QStringLiteral("5 min"));
        QCOMPARE(chooser->itemText(1), QStringLiteral("10 min"));
    }
    // Load profile 2 to 5 minutes, as a person does it.
    QComboBox* second = overview->loadProfilePeriodChooser(2);
    second->setCurrentIndex(0);
    emit second->activated(0);
    QCOMPARE(f.document.pending().loadProfilePeriods[1], std::optional<std::uint32_t>(300));
    QCOMPARE(f.document.pending().loadProfilePeriods[0], std::optional<std::uint32_t>(900));
    QCOMPARE(f.document.pendingChanges(),
             QStringList{QStringLiteral("Load profile 2 period: 15 min \u2192 5 min")});

    QStringList warned;
    f.window.setConfirmWarnings([&](const QStringList& w) {
        warned = w;
        return true;
    });
    QSignalSpy written(&f.controller, &gui::MeterController::writeFinished);
    f.window.setConfirmWrite([](const QStringList&) { return true; });
    f.window.writeAction()->trigger();
    QVERIFY(written.count() > 0 || written.wait(20000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    QCOMPARE(warned.size(), 1);  // the load profile is cleared: asked first
    const cosem::ObisCode lp1{1, 0, 99, 1, 0, 255};
    const cosem::ObisCode lp2{1, 0, 99, 2, 0, 255};
    QCOMPARE(simValue(*demo, lp2, 4), std::optional(dlms::Data::doubleLongUnsigned(300)));
    QCOMPARE(simValue(*demo, lp1, 4), std::optional(dlms::Data::doubleLongUnsigned(900)));
    QVERIFY(!simValue(*demo, kConfig, 2).has_value());
    QVERIFY(f.controller.lastBackupFile().size() > 0);
}

// On the OMNIPOWER CT load profile 1's period is Z4: the Overview's chooser and the code move
// together, and the meter has no second load profile.
void TstGuiDemo::issue18_ctLoadProfilePeriodIsZ4() {
    Fixture f;
    QVERIFY(f.connectDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt));
    auto* overview = f.window.findChild<ui::OverviewPage*>();
    QVERIFY(overview);
    QComboBox* first = overview->loadProfilePeriodChooser(1);
    QVERIFY(!first->isHidden());
    QVERIFY(overview->loadProfilePeriodChooser(2)->isHidden());
    QCOMPARE(first->count(), 3);  // 15, 30, 60 min
    const int thirty = first->findText(QStringLiteral("30 min"));
    QVERIFY(thirty >= 0);
    const QString z4Before = QString::fromStdString(
        std::string(f.document.meterState().configuration->code(ZField::Z4)));
    const QString z4 = z4Before == QLatin1String("3") ? QStringLiteral("4") : QStringLiteral("3");
    QVERIFY(f.document.setZCode(ZField::Z4, z4));
    QCOMPARE(f.document.pending().loadProfilePeriods[0],
             std::optional<std::uint32_t>(z4 == QLatin1String("3") ? 1800 : 3600));
    QCOMPARE(first->currentData().toUInt(), z4 == QLatin1String("3") ? 1800U : 3600U);
    // The period and its Z4 are one change, said once.
    QCOMPARE(f.document.pendingChanges().size(), 1);
    QVERIFY(
        f.document.pendingChanges().first().startsWith(QStringLiteral("Load profile 1 period")));
    f.document.undoStack()->undo();
    first->setCurrentIndex(thirty);
    emit first->activated(thirty);
    QCOMPARE(std::string(f.document.pending().configuration->code(ZField::Z4)), std::string("3"));
    QCOMPARE(f.document.pending().loadProfilePeriods[0], std::optional<std::uint32_t>(1800));
}

QTEST_MAIN(TstGuiDemo)
#include "tst_gui_demo.moc"

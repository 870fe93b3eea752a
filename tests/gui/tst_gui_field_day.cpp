// The desktop application through a field day (issue 12): the real window, controller and
// session against omt-sim over a real pseudo-terminal (the GUI opens it as the serial port of an
// optical head), walked as a person does: connect, fail or finish, connect again; the head
// pulled out in the middle of a read and of a write and put back; a verified write whose
// re-read is cut; Cancel; wrong passwords; interrupted writes found at start.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "app/common/demo_meter.h"
#include "app/common/write_records.h"
#include "meter/write_journal.h"
#include "meter_controller.h"
#include "sim_process.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/widgets/message_banner.h"
#include "window_wiring.h"

using namespace omt;
using Kind = ui::ConnectionChoice::Kind;
using Auth = ui::ConnectionChoice::Auth;

namespace {

const QByteArray kKeys =
    "EK = 000102030405060708090A0B0C0D0E0F\nAK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n";

/// An omt-sim process serving one OMNIPOWER CT on a pty at LINK, keeping its settings in STATE
/// (so a meter stopped and started again is the same meter).
class Sim : public SimProcess {
public:
    Sim(const QString& link, const QString& state, const QStringList& extra = {})
        : SimProcess(QStringList{QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
                                 QStringLiteral("--serial"), QStringLiteral("71230012"),
                                 QStringLiteral("--state"), state, QStringLiteral("--pty"), link} +
                         extra,
                     false) {}
    bool start() {
        SimProcess::start();
        return ready();
    }
    QString link() const { return pty(); }
};

struct Fixture {
    QTemporaryDir dir;
    ui::MeterDocument document;
    ui::MainWindow window{&document};
    gui::MeterController controller{&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                    dir.path() + QStringLiteral("/data")};
    bool wired = (gui::wireWindow(window, controller), true);  // as the application does

    Fixture() {
        QFile keys(dir.path() + QStringLiteral("/keys"));
        if (!keys.open(QIODevice::WriteOnly) || keys.write(kKeys) != kKeys.size()) {
            qFatal("cannot write the key file");
        }
        // Short waits between attempts to open the link again (the real ones are 1, 2, 4, 8 s).
        meter::WriteRunOptions options;
        options.reconnectDelays = {std::chrono::milliseconds{500}, std::chrono::milliseconds{1000},
                                   std::chrono::milliseconds{2000},
                                   std::chrono::milliseconds{4000}};
        controller.setWriteRunOptions(options);
        window.setConfirmWrite([](const QStringList&) { return true; });
        window.setConfirmWarnings([](const QStringList&) { return true; });
    }
    QString path(const QString& name) const { return dir.path() + QLatin1Char('/') + name; }
    ui::ConnectionChoice serial(const QString& port, Auth auth = Auth::Installer,
                                const QString& password = {}) const {
        ui::ConnectionChoice c;
        c.kind = Kind::Serial;
        c.address = port;
        c.auth = auth;
        c.password = password;
        c.keyFile = auth == Auth::Installer ? path(QStringLiteral("keys")) : QString();
        return c;
    }
    /// Connect as a person does: the bar's fields, then its Connect button.
    bool connectThroughTheBar(const ui::ConnectionChoice& c) {
        QSignalSpy read(&controller, &gui::MeterController::readFinished);
        window.connectionBar()->setChoice(c);
        QTest::mouseClick(window.connectionBar()->connectButton(), Qt::LeftButton);
        return read.wait(30000) && read.last().first().toBool();
    }
    QString problemTitle() const {
        return window.problemBanner()->isVisibleTo(&window)
                   ? window.problemBanner()->titleLabel()->text()
                   : QString();
    }
    std::uint16_t pendingRatio() const { return document.pending().ctRatio->ratio.factor; }
    std::uint16_t meterRatio() const { return document.meterState().ctRatio->ratio.factor; }
};

}  // namespace

class TstGuiFieldDay : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("OmtFieldDay")); }
    void connectAgainAfterEveryWayASessionEnds_data();
    void connectAgainAfterEveryWayASessionEnds();
    void theFieldDayScenario();
    void aVerifiedWriteStaysWrittenWhenTheReReadIsCut();
    void cancelKeepsTheSessionAndEveryEndClearsTheProgress();
    void aWriteThatCannotBeRestoredSaysWhatTheMeterHolds();
    void interruptedWritesAreOfferedAtStart();
};

void TstGuiFieldDay::connectAgainAfterEveryWayASessionEnds_data() {
    QTest::addColumn<QString>("end");
    for (const char* end : {"disconnect", "lost link", "wrong password", "missing port",
                            "cancel while connecting", "cancel while reading"}) {
        QTest::newRow(end) << QString::fromLatin1(end);
    }
}

// Issue 12, defect 1: after each way a session ends, Connect connects again.
void TstGuiFieldDay::connectAgainAfterEveryWayASessionEnds() {
    QFETCH(QString, end);
    Fixture f;
    Sim sim(f.path(QStringLiteral("tty")), f.path(QStringLiteral("state.json")),
            end == QLatin1String("cancel while reading")
                ? QStringList{QStringLiteral("--line-emulation")}
                : QStringList{});
    QVERIFY(sim.start());
    auto* bar = f.window.connectionBar();
    QSignalSpy gone(&f.controller, &gui::MeterController::disconnected);
    if (end == QLatin1String("disconnect")) {
        QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);  // now "Disconnect"
        QVERIFY(gone.wait(10000));
        QCOMPARE(bar->stageLabel()->text(), QStringLiteral("Not connected."));
    } else if (end == QLatin1String("lost link")) {
        QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
        sim.stop();  // the head pulled out
        QVERIFY(gone.wait(20000));
        QVERIFY(!f.controller.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(!f.problemTitle().isEmpty(), 5000);
        // Defect 7: the failure stays, says what to do next, and Retry connects again.
        QVERIFY2(
            f.window.problemBanner()->textLabel()->text().contains(QStringLiteral("optical head")),
            qPrintable(f.window.problemBanner()->textLabel()->text()));
        QVERIFY(sim.start());  // put back
        QSignalSpy read(&f.controller, &gui::MeterController::readFinished);
        QTest::mouseClick(f.window.problemBanner()->retryButton(), Qt::LeftButton);
        QVERIFY(read.wait(30000));
        QVERIFY(read.last().first().toBool());
        QVERIFY(f.problemTitle().isEmpty());
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);  // "Disconnect"
        QVERIFY(gone.wait(10000));
    } else if (end == QLatin1String("wrong password")) {
        QVERIFY(!f.connectThroughTheBar(f.serial(sim.link(), Auth::Reader, QStringLiteral("1"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.problemTitle().contains(QStringLiteral("Connecting to the meter failed")), 20000);
        QVERIFY2(f.window.problemBanner()->textLabel()->text().contains(
                     QStringLiteral("wrong password")),
                 qPrintable(f.window.problemBanner()->textLabel()->text()));
    } else if (end == QLatin1String("missing port")) {
        QVERIFY(!f.connectThroughTheBar(f.serial(f.path(QStringLiteral("no-such-head")))));
        QTRY_VERIFY_WITH_TIMEOUT(!f.problemTitle().isEmpty(), 20000);
        QVERIFY(f.window.problemBanner()->retryButton()->isVisibleTo(&f.window));
    } else if (end == QLatin1String("cancel while connecting")) {
        f.controller.connectTo(f.serial(sim.link()));
        QTest::qWait(30);
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);  // "Cancel" while busy
        QVERIFY(gone.wait(10000));
        QVERIFY(f.problemTitle().isEmpty());  // a cancel the person asked for is no failure
    } else {
        QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
        QSignalSpy read(&f.controller, &gui::MeterController::readFinished);
        f.controller.readAll();
        QTest::qWait(200);
        QVERIFY(f.controller.isBusy());
        f.controller.cancel();
        QVERIFY(!f.controller.isBusy());
        QVERIFY(f.controller.isConnected());  // the session stays
        QVERIFY(f.problemTitle().isEmpty());
        QVERIFY(!f.window.progressBar()->isVisibleTo(&f.window));
        // The session goes on: a read works, then Disconnect ends it.
        f.controller.readAll();
        QVERIFY(read.wait(30000));
        QVERIFY(read.last().first().toBool());
        QTest::mouseClick(bar->connectButton(), Qt::LeftButton);  // "Disconnect"
        QVERIFY(gone.wait(10000));
    }
    // Connect again, the way the person does it.
    QVERIFY2(f.connectThroughTheBar(f.serial(sim.link())),
             qPrintable(bar->stageLabel()->text() + QLatin1Char(' ') + f.problemTitle()));
    QVERIFY(f.controller.isConnected());
    QVERIFY(f.problemTitle().isEmpty());
    QVERIFY(f.document.isLoaded());
}

// The scenario of issue 12: a mistyped password, Retry, a write, the optical head pulled out in
// the middle of the write and put back: the meter ends fully in the old or the new
// configuration and the person is told which, without restarting the application.
void TstGuiFieldDay::theFieldDayScenario() {
    Fixture f;
    Sim sim(f.path(QStringLiteral("tty")), f.path(QStringLiteral("state.json")),
            {QStringLiteral("--line-emulation")});
    QVERIFY(sim.start());
    // The reader's password mistyped, then typed right (the bar keeps everything else).
    QVERIFY(!f.connectThroughTheBar(f.serial(sim.link(), Auth::Reader, QStringLiteral("1234"))));
    QTRY_VERIFY_WITH_TIMEOUT(!f.problemTitle().isEmpty(), 20000);
    QVERIFY2(f.window.problemBanner()->textLabel()->text().contains(QStringLiteral("password")),
             qPrintable(f.window.problemBanner()->textLabel()->text()));
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));  // as installer

    // Edits on two pages: the CT ratio and the manual display list.
    const auto oldRatio = f.meterRatio();
    const std::uint16_t newRatio = oldRatio == 300 ? 400 : 300;
    QVERIFY(f.document.setCtRatio({newRatio, f.document.pending().ctRatio->ratio.secondary}));
    auto manual = f.document.pending().displayLists.at(meter::DisplayListKind::Manual);
    const auto oldManual = manual.entries().size();
    QVERIFY(manual.remove(manual.entries().size() - 1));
    QVERIFY(f.document.setDisplayList(manual, QStringLiteral("remove the last")));

    // The head is pulled out once the second step is being written, and put back 0.8 s later.
    QSignalSpy reported(&f.controller, &gui::MeterController::writeReported);
    bool pulled = false;
    QMetaObject::Connection watch = QObject::connect(
        &f.controller, &gui::MeterController::message, &f.controller, [&](const QString& text) {
            if (!pulled && text.contains(QStringLiteral("display list"))) {
                pulled = true;
                sim.stop();
                QTimer::singleShot(800, &f.controller, [&] { sim.start(); });
            }
        });
    f.window.writeAction()->trigger();
    QVERIFY(reported.wait(60000));
    QObject::disconnect(watch);
    QVERIFY(pulled);
    const auto report = reported.first().first().value<ui::WriteReport>();
    QVERIFY2(report.reconnects >= 1,
             qPrintable(report.headline + QLatin1Char(' ') + report.reason));
    // The person is told which; the window shows it until dismissed.
    QTRY_VERIFY_WITH_TIMEOUT(f.controller.isConnected() && !f.controller.isBusy(), 30000);
    const bool written = report.result == ui::WriteReport::Result::Verified;
    QVERIFY2(written || report.result == ui::WriteReport::Result::Restored,
             qPrintable(report.headline + QLatin1Char(' ') + report.reason));
    QVERIFY(f.window.reportBanner()->isVisibleTo(&f.window));
    QCOMPARE(f.window.reportBanner()->titleLabel()->text(), report.headline);
    // What the meter holds, read again after the write: all old or all new, as reported.
    QCOMPARE(f.meterRatio(), written ? newRatio : oldRatio);
    QCOMPARE(
        f.document.meterState().displayLists.at(meter::DisplayListKind::Manual).entries().size(),
        written ? oldManual - 1 : oldManual);
    for (const auto& item : report.items) {
        QCOMPARE(item.state,
                 written ? ui::WriteReportItem::State::New : ui::WriteReportItem::State::Old);
    }
    // Written: the edits are done. Restored: they are still pending, to write again.
    QCOMPARE(f.document.hasPendingChanges(), !written);
    QVERIFY(app::WriteJournal(f.controller.dataDir()).interrupted().interrupted.empty());
}

// Issue 12, defect 3: the re-read after a verified write is cut: the pages show the written
// values and the edits are done anyway.
void TstGuiFieldDay::aVerifiedWriteStaysWrittenWhenTheReReadIsCut() {
    Fixture f;
    Sim sim(f.path(QStringLiteral("tty")), f.path(QStringLiteral("state.json")));
    QVERIFY(sim.start());
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
    const std::uint16_t newRatio = f.meterRatio() == 300 ? 400 : 300;
    QVERIFY(f.document.setCtRatio({newRatio, f.document.pending().ctRatio->ratio.secondary}));
    QSignalSpy reported(&f.controller, &gui::MeterController::writeReported);
    QSignalSpy gone(&f.controller, &gui::MeterController::disconnected);
    // The moment the write is reported verified, the head is pulled out: the re-read fails.
    QObject::connect(&f.controller, &gui::MeterController::writeReported, &f.controller,
                     [&] { sim.stop(); });
    f.window.writeAction()->trigger();
    QVERIFY(reported.wait(30000));
    const auto report = reported.first().first().value<ui::WriteReport>();
    QCOMPARE(report.result, ui::WriteReport::Result::Verified);
    // Issue 12, defect 4: the outcome is shown: how many, the backup, the audit log, the time.
    QCOMPARE(report.headline, QStringLiteral("1 change(s) written and verified."));
    QVERIFY(QFile::exists(report.backupFile));
    QVERIFY(QFile::exists(report.auditFile));
    QVERIFY(report.seconds > 0);
    QVERIFY(gone.wait(20000));
    QCOMPARE(f.meterRatio(), newRatio);
    QVERIFY(!f.document.hasPendingChanges());
    QVERIFY(!f.window.writeAction()->isEnabled());
    QVERIFY(f.window.reportBanner()->isVisibleTo(&f.window));
    QVERIFY2(f.window.reportBanner()->textLabel()->text().contains(report.backupFile),
             qPrintable(f.window.reportBanner()->textLabel()->text()));
}

// Issue 12, defect 6: Cancel stops the operation and keeps the session; during a write it puts
// back what was written; every end of an operation clears the progress bar.
void TstGuiFieldDay::cancelKeepsTheSessionAndEveryEndClearsTheProgress() {
    Fixture f;
    Sim sim(f.path(QStringLiteral("tty")), f.path(QStringLiteral("state.json")),
            {QStringLiteral("--line-emulation")});
    QVERIFY(sim.start());
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
    const auto oldRatio = f.meterRatio();
    QVERIFY(f.document.setCtRatio({std::uint16_t(oldRatio == 300 ? 400 : 300),
                                   f.document.pending().ctRatio->ratio.secondary}));
    auto manual = f.document.pending().displayLists.at(meter::DisplayListKind::Manual);
    QVERIFY(manual.remove(manual.entries().size() - 1));
    QVERIFY(f.document.setDisplayList(manual, QStringLiteral("remove the last")));
    QSignalSpy reported(&f.controller, &gui::MeterController::writeReported);
    bool cancelled = false;
    QObject::connect(&f.controller, &gui::MeterController::message, &f.controller,
                     [&](const QString& text) {
                         if (!cancelled && text.startsWith(QStringLiteral("Writing"))) {
                             cancelled = true;
                             QTest::mouseClick(f.window.cancelButton(), Qt::LeftButton);
                         }
                     });
    f.window.writeAction()->trigger();
    QVERIFY(reported.wait(30000));
    const auto report = reported.first().first().value<ui::WriteReport>();
    QCOMPARE(report.result, ui::WriteReport::Result::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!f.controller.isBusy(), 20000);
    QVERIFY(f.controller.isConnected());
    QCOMPARE(f.meterRatio(), oldRatio);
    QVERIFY(f.document.hasPendingChanges());  // the edits stay
    QVERIFY(!f.window.progressBar()->isVisibleTo(&f.window));
    QVERIFY(f.problemTitle().isEmpty());
    QVERIFY(f.window.reportBanner()->titleLabel()->text().contains(QStringLiteral("cancelled")));
    // A clock sync refused to the reader: said, and no progress left behind.
    QSignalSpy gone(&f.controller, &gui::MeterController::disconnected);
    f.controller.disconnectMeter();
    QVERIFY(gone.wait(10000));
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link(), Auth::Reader, QStringLiteral("12345678"))));
    QVERIFY(!f.window.syncClockAction()->isEnabled());
    f.controller.syncClock();
    QVERIFY(f.problemTitle().contains(QStringLiteral("clock")));
    QVERIFY(!f.window.progressBar()->isVisibleTo(&f.window));
    QVERIFY(!f.controller.isBusy());
}

// Issue 12, defect 2: when the meter cannot be reached again, a dialog that stays says which
// settings are old, new or unknown and where the backup is; its Restore backup works after a
// reconnect, and the journal entry goes once it verified.
void TstGuiFieldDay::aWriteThatCannotBeRestoredSaysWhatTheMeterHolds() {
    Fixture f;
    meter::WriteRunOptions quick;
    quick.reconnectDelays = {std::chrono::milliseconds{100}, std::chrono::milliseconds{200}};
    f.controller.setWriteRunOptions(quick);
    Sim sim(f.path(QStringLiteral("tty")), f.path(QStringLiteral("state.json")),
            {QStringLiteral("--line-emulation")});
    QVERIFY(sim.start());
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
    const auto oldRatio = f.meterRatio();
    const std::uint16_t newRatio = oldRatio == 300 ? 400 : 300;
    QVERIFY(f.document.setCtRatio({newRatio, f.document.pending().ctRatio->ratio.secondary}));
    auto manual = f.document.pending().displayLists.at(meter::DisplayListKind::Manual);
    QVERIFY(manual.remove(manual.entries().size() - 1));
    QVERIFY(f.document.setDisplayList(manual, QStringLiteral("remove the last")));
    QSignalSpy reported(&f.controller, &gui::MeterController::writeReported);
    QSignalSpy interrupted(&f.controller, &gui::MeterController::interruptedWrites);
    bool pulled = false;
    QObject::connect(&f.controller, &gui::MeterController::message, &f.controller,
                     [&](const QString& text) {
                         if (!pulled && text.contains(QStringLiteral("display list"))) {
                             pulled = true;
                             sim.stop();  // and not put back in time
                         }
                     });
    f.window.writeAction()->trigger();
    QVERIFY(reported.wait(60000));
    const auto report = reported.first().first().value<ui::WriteReport>();
    QCOMPARE(report.result, ui::WriteReport::Result::NotRestored);
    QCOMPARE(report.items.size(), 2);
    QCOMPARE(report.items[0].setting, QStringLiteral("CT ratio"));
    QCOMPARE(report.items[0].state, ui::WriteReportItem::State::Unknown);  // written, not back
    QVERIFY(report.items[1].state == ui::WriteReportItem::State::Unknown);
    QVERIFY(QFile::exists(report.backupFile));
    // The journal keeps it (and says so at once).
    QVERIFY(!interrupted.isEmpty());
    const auto writes = interrupted.last().first().value<QList<ui::InterruptedWrite>>();
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes[0].backupFile, report.backupFile);
    QVERIFY(!f.controller.isBusy());

    // The head is put back; connect; Restore backup from the dialog's button.
    QVERIFY(sim.start());
    QVERIFY(f.connectThroughTheBar(f.serial(sim.link())));
    QSignalSpy restored(&f.controller, &gui::MeterController::writeFinished);
    emit f.window.restoreBackupRequested(report.backupFile);
    QVERIFY(restored.wait(30000));
    QVERIFY2(restored.last().first().toBool(), qPrintable(restored.last().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!f.controller.isBusy(), 20000);
    QCOMPARE(f.meterRatio(), oldRatio);
    QVERIFY(app::WriteJournal(f.controller.dataDir()).interrupted().interrupted.empty());
}

// Issue 12, defect 2 (the next start): a write left in the journal by a program that was killed
// is offered at start with its backup; Dismiss forgets it.
void TstGuiFieldDay::interruptedWritesAreOfferedAtStart() {
    Fixture f;
    app::WriteJournal journal(f.controller.dataDir());
    meter::JournalEntry e;
    e.program = "omt";
    e.pid = 2000000000;  // gone
    e.host = QSysInfo::machineHostName().toStdString();
    e.started = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    e.serial = "71230012";
    e.backupFile = f.path(QStringLiteral("backup.json")).toStdString();
    e.settings = {"ct-ratio", "display-list manual"};
    auto id = journal.begin(e);
    QVERIFY(id);
    QSignalSpy interrupted(&f.controller, &gui::MeterController::interruptedWrites);
    f.controller.checkInterruptedWrites();
    QCOMPARE(interrupted.size(), 1);
    const auto writes = interrupted.first().first().value<QList<ui::InterruptedWrite>>();
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes[0].meterSerial, QStringLiteral("71230012"));
    QCOMPARE(writes[0].settings,
             (QStringList{QStringLiteral("CT ratio"), QStringLiteral("manual display list")}));
    emit f.window.dismissInterruptedRequested(*id);
    QCOMPARE(interrupted.size(), 2);
    QVERIFY(interrupted.last().first().value<QList<ui::InterruptedWrite>>().isEmpty());
}

QTEST_MAIN(TstGuiFieldDay)
#include "tst_gui_field_day.moc"

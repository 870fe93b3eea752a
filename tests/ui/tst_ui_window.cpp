// The main window through a field day (issue 12): the message area (a problem that stays until
// dismissed, a write's outcome), the write outcome window, the writes that never finished, the
// File and Help menus, the audit log, the write confirmation setting by setting, disconnecting
// with edits that were not written, actions enabled only when they can work, the View and
// language menus, the codes page before a read and under the public association, the clock
// that cannot be set, and the Trace page's detail pane. Real widgets, offscreen.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "meter/write_plan.h"
#include "protocol/dlms/security/openssl_version.h"
#include "ui/connection_bar.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/audit_log_dialog.h"
#include "ui/dialogs/write_confirm_dialog.h"
#include "ui/dialogs/write_outcome_dialog.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/audit_log_model.h"
#include "ui/models/trace_model.h"
#include "ui/pages/config_codes_page.h"
#include "ui/pages/load_control_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/trace_page.h"
#include "ui/widgets/message_banner.h"

using namespace omt;
using namespace omt::ui;
using meter::DisplayListKind;
using meter::ZField;

namespace {

const char* const kCodes =
    "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-200-1-1-0-1-000-1-0-04-1";

MeterSnapshot ctSnapshot() {
    MeterSnapshot s;
    s.type = meter::MeterType::OmnipowerCt;
    s.serialNumber = QStringLiteral("71234567");
    s.configuration = *meter::SoftwareConfiguration::parse(kCodes);
    s.configurationReadable = true;
    s.clockSettable = true;
    const auto rules = meter::omnipowerCtRules(true);
    for (auto kind :
         {DisplayListKind::Automatic, DisplayListKind::Manual, DisplayListKind::BackupPowered}) {
        s.displayLists.emplace(kind, *meter::DisplayList::create(kind, rules));
    }
    s.ctRatio =
        meter::ct::CtRatioState{*meter::ct::makeCtRatio(200, meter::ct::Secondary::FiveAmp), false};
    return s;
}

MeterSnapshot omniaSnapshot() {
    MeterSnapshot s = ctSnapshot();
    s.type = meter::MeterType::Omnia;
    s.serialNumber = QStringLiteral("57000001");
    s.ctRatio.reset();
    s.displayLists.erase(DisplayListKind::BackupPowered);
    meter::LoadControlPlan lc;
    lc.supplyControl =
        meter::SupplyControlPlan{cosem::ControlState::Connected, cosem::ControlMode::Mode1};
    s.loadControl = lc;
    s.loadControlCaps = {0, true, 8};
    return s;
}

WriteReport notRestored(const QString& backup) {
    WriteReport r;
    r.result = WriteReport::Result::NotRestored;
    r.headline = QStringLiteral("The write failed and the old values could not be put back.");
    r.reason = QStringLiteral("The link was lost while writing the manual display list.");
    r.items = {{QStringLiteral("CT ratio"), QStringLiteral("1000/5 A"), QStringLiteral("1500/5 A"),
                WriteReportItem::State::New},
               {QStringLiteral("manual display list"), QStringLiteral("2 readings"),
                QStringLiteral("3 readings"), WriteReportItem::State::Unknown},
               {QStringLiteral("tariff plan"), QStringLiteral("std"), QStringLiteral("summer"),
                WriteReportItem::State::Untouched}};
    r.backupFile = backup;
    r.auditFile = QStringLiteral("/data/audit.csv");
    r.seconds = 12.5;
    return r;
}

/// Clicks the connection bar's button (Connect, Disconnect or Cancel) as a person does.
void clickConnectButton(MainWindow& window) {
    QTest::mouseClick(window.connectionBar()->connectButton(), Qt::LeftButton);
}

}  // namespace

class TstUiWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("OmtUiWindowTest"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); }

    // A problem stays between the connection bar and the pages until dismissed, cleared or
    // replaced (issue 12: errors that vanished from the status line).
    void problemStaysUntilDismissed() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.problemBanner();
        QVERIFY(!banner->isVisible());
        QSignalSpy retry(&window, &MainWindow::retryRequested);
        window.showProblem({QStringLiteral("The link to the meter was lost."),
                            QStringLiteral("No answer on /dev/ttyUSB0 at 9600 baud."),
                            QStringLiteral("Check the optical head, then Connect."), true});
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->titleLabel()->text(), QStringLiteral("The link to the meter was lost."));
        QVERIFY(banner->titleLabel()->font().bold());
        QVERIFY(banner->textLabel()->text().contains(QStringLiteral("9600 baud")));
        QVERIFY(banner->textLabel()->text().contains(QStringLiteral("Check the optical head")));
        QVERIFY(banner->textLabel()->wordWrap());
        QCOMPARE(banner->accessibleName(), QStringLiteral("The link to the meter was lost."));
        QVERIFY(!banner->dismissButton()->accessibleName().isEmpty());
        // Between the connection bar and the pages.
        const int bannerY = banner->mapTo(&window, QPoint(0, 0)).y();
        QVERIFY(bannerY > window.connectionBar()->mapTo(&window, QPoint(0, 0)).y());
        QVERIFY(bannerY < window.pages()->mapTo(&window, QPoint(0, 0)).y());
        // It does not go away by itself.
        QTest::qWait(50);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->retryButton()->isVisible());
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QVERIFY(!banner->isVisible());

        // Without retry: no Retry button. The next problem replaces it; clearProblem hides it.
        window.showProblem({QStringLiteral("First."), {}, {}, false});
        QVERIFY(!banner->retryButton()->isVisible());
        window.showProblem({QStringLiteral("Second."), QStringLiteral("Detail."), {}, false});
        QCOMPARE(banner->titleLabel()->text(), QStringLiteral("Second."));
        window.clearProblem();
        QVERIFY(!banner->isVisible());
        window.showProblem({QStringLiteral("Third."), {}, {}, false});
        QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(retry.size(), 1);
    }

    void verifiedWriteStaysInTheMessageArea() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.show();
        WriteReport r;
        r.headline = QStringLiteral("3 changes written and verified.");
        r.backupFile = QStringLiteral("/data/backups/71234567-20261121T190000000Z.json");
        r.auditFile = QStringLiteral("/data/audit.csv");
        r.seconds = 4.2;
        window.showWriteReport(r);
        auto* banner = window.reportBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), TintedFrame::Kind::Information);
        QCOMPARE(banner->titleLabel()->text(), r.headline);
        const QString text = banner->textLabel()->text();
        QVERIFY2(text.contains(r.backupFile), qPrintable(text));
        QVERIFY(text.contains(r.auditFile));
        QVERIFY2(text.contains(QStringLiteral("in 4.2 s")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("opened again")));
        QVERIFY(!window.writeOutcomeDialog()->isVisible());
        r.reconnects = 2;
        window.showWriteReport(r);
        QVERIFY(banner->textLabel()->text().contains(QStringLiteral("opened again 2 times")) ||
                banner->textLabel()->text().contains(QStringLiteral("opened again 2 time")));
        QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());

        // Restored and cancelled: a warning that the meter holds its old configuration.
        for (auto result : {WriteReport::Result::Restored, WriteReport::Result::Cancelled}) {
            WriteReport failed;
            failed.result = result;
            failed.headline = QStringLiteral("Nothing changed.");
            failed.reason = QStringLiteral("The meter refused the manual display list.");
            window.showWriteReport(failed);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->kind(), TintedFrame::Kind::Warning);
            QVERIFY(banner->textLabel()->text().contains(failed.reason));
            QVERIFY(banner->textLabel()->text().contains(
                QStringLiteral("The meter holds its old configuration.")));
            QVERIFY(!window.writeOutcomeDialog()->isVisible());
        }
    }

    // NotRestored / NotVerified: a window that stays (not modal) with what the meter holds now,
    // the backup and Restore backup; a second report replaces the first.
    void meterInDoubtOpensTheOutcomeWindow() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.show();
        QSignalSpy restore(&window, &MainWindow::restoreBackupRequested);
        const QString backup = QDir::tempPath() + QStringLiteral("/omt-backups/71234567-x.json");
        window.showWriteReport(notRestored(backup));
        auto* dialog = window.writeOutcomeDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(!window.reportBanner()->isVisible());
        QCOMPARE(dialog->headlineLabel()->text(), notRestored(backup).headline);
        QVERIFY(dialog->reasonLabel()->text().contains(QStringLiteral("link was lost")));
        auto* table = dialog->itemTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, WriteOutcomeDialog::StateColumn)->text(),
                 QStringLiteral("new value"));
        QCOMPARE(table->item(1, WriteOutcomeDialog::StateColumn)->text(),
                 QStringLiteral("unknown — restore the backup"));
        QCOMPARE(table->item(2, WriteOutcomeDialog::StateColumn)->text(),
                 QStringLiteral("not written"));
        QCOMPARE(table->item(1, WriteOutcomeDialog::BeforeColumn)->text(),
                 QStringLiteral("2 readings"));
        QCOMPARE(dialog->backupPath()->text(), backup);
        QVERIFY(dialog->backupPath()->isReadOnly());
        QTest::mouseClick(dialog->copyPathButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), backup);
        QUrl opened;
        dialog->setOpenUrl([&](const QUrl& url) {
            opened = url;
            return true;
        });
        QTest::mouseClick(dialog->showInFolderButton(), Qt::LeftButton);
        QCOMPARE(opened, QUrl::fromLocalFile(QDir::tempPath() + QStringLiteral("/omt-backups")));
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().first().toString(), backup);
        // The main window stays usable, and a second report replaces the content.
        QVERIFY(window.isEnabled());
        auto second = notRestored(QString());
        second.result = WriteReport::Result::NotVerified;
        second.headline = QStringLiteral("The CT ratio lock does not read back.");
        second.items.resize(1);
        window.showWriteReport(second);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->headlineLabel()->text(), second.headline);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!dialog->restoreButton()->isEnabled());  // no backup to restore
        dialog->close();
        QVERIFY(!dialog->isVisible());
    }

    void interruptedWritesAreListedWithRestoreAndDismiss() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.show();
        QSignalSpy restore(&window, &MainWindow::restoreBackupRequested);
        QSignalSpy dismiss(&window, &MainWindow::dismissInterruptedRequested);
        auto* panel = window.interruptedWritesPanel();
        QVERIFY(!panel->isVisible());
        const QList<InterruptedWrite> writes = {
            {QStringLiteral("j1"),
             QStringLiteral("71234567"),
             QDateTime(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC),
             QStringLiteral("omt"),
             QStringLiteral("/data/backups/a.json"),
             {QStringLiteral("CT ratio"), QStringLiteral("manual display list")}},
            {QStringLiteral("j2"),
             QStringLiteral("57000001"),
             QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC),
             QStringLiteral("openmetertool"),
             QStringLiteral("/data/backups/b.json"),
             {QStringLiteral("tariff plan")}}};
        window.showInterruptedWrites(writes);
        QVERIFY(panel->isVisible());
        const QString first = panel->findChild<QLabel*>(QStringLiteral("interruptedText0"))->text();
        QVERIFY(first.contains(QStringLiteral("71234567")));
        QVERIFY(first.contains(QStringLiteral("omt")));
        QVERIFY(first.contains(QStringLiteral("CT ratio, manual display list")));
        QVERIFY(first.contains(QStringLiteral("/data/backups/a.json")));
        QVERIFY(first.contains(QDateTime(QDate(2026, 11, 21), QTime(19, 0), Qt::UTC)
                                   .toLocalTime()
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        QTest::mouseClick(panel->restoreButton(1), Qt::LeftButton);
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().first().toString(), QStringLiteral("/data/backups/b.json"));
        QTest::mouseClick(panel->dismissButton(0), Qt::LeftButton);
        QCOMPARE(dismiss.size(), 1);
        QCOMPARE(dismiss.first().first().toString(), QStringLiteral("j1"));
        QCOMPARE(panel->writes().size(), 1);  // the entry left the list
        QCoreApplication::processEvents();
        window.showInterruptedWrites({});
        QVERIFY(!panel->isVisible());
    }

    // File is the first menu: templates, restore backup, audit log, Quit (no longer in Meter).
    void fileMenuEmitsTheRequests() {
        MeterDocument doc;
        MainWindow window(&doc);
        QTemporaryDir data;
        window.setDataDirectory(data.path());
        auto* file = window.menuBar()->actions().value(0);
        QVERIFY(file && file->menu());
        QCOMPARE(file->menu()->objectName(), QStringLiteral("fileMenu"));
        QStringList fileItems;
        for (auto* a : file->menu()->actions()) {
            fileItems << a->text();
        }
        QVERIFY2(fileItems.last() == QStringLiteral("&Quit"), qPrintable(fileItems.join(u'|')));
        auto* meterMenu = window.menuBar()->actions().value(1)->menu();
        for (auto* a : meterMenu->actions()) {
            QVERIFY(a->text() != QStringLiteral("&Quit"));
        }
        auto* help = window.menuBar()->actions().last();
        QCOMPARE(help->text(), QStringLiteral("&Help"));

        QList<std::pair<MainWindow::FileDialog, QString>> asked;
        QString answer = QStringLiteral("/tmp/t.json");
        window.setChooseFile([&](MainWindow::FileDialog d, const QString& dir) {
            asked.append({d, dir});
            return answer;
        });
        QSignalSpy apply(&window, &MainWindow::applyTemplateRequested);
        QSignalSpy save(&window, &MainWindow::saveTemplateRequested);
        QSignalSpy restore(&window, &MainWindow::restoreBackupRequested);
        // Nothing loaded: no template to open into, nothing to save.
        QVERIFY(!window.openTemplateAction()->isEnabled());
        QVERIFY(!window.saveTemplateAction()->isEnabled());
        QVERIFY(!window.savePendingTemplateAction()->isEnabled());
        QVERIFY(!window.restoreBackupAction()->isEnabled());
        QVERIFY(window.auditLogAction()->isEnabled());
        doc.load(ctSnapshot());
        window.connectionBar()->setConnected(true);
        window.openTemplateAction()->trigger();
        QCOMPARE(apply.size(), 1);
        QCOMPARE(apply.first().first().toString(), answer);
        QCOMPARE(asked.last().first, MainWindow::FileDialog::OpenTemplate);
        window.saveTemplateAction()->trigger();
        QCOMPARE(save.size(), 1);
        QCOMPARE(save.last().at(1).toBool(), false);
        QVERIFY(!window.savePendingTemplateAction()->isEnabled());
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        QVERIFY(window.savePendingTemplateAction()->isEnabled());
        window.savePendingTemplateAction()->trigger();
        QCOMPARE(save.size(), 2);
        QCOMPARE(save.last().at(0).toString(), answer);
        QCOMPARE(save.last().at(1).toBool(), true);
        QCOMPARE(asked.last().first, MainWindow::FileDialog::SavePendingTemplate);
        // The template dialogs start where the last template was.
        QCOMPARE(asked.last().second, QStringLiteral("/tmp"));
        window.restoreBackupAction()->trigger();
        QCOMPARE(restore.size(), 1);
        QCOMPARE(asked.last().first, MainWindow::FileDialog::RestoreBackup);
        QCOMPARE(asked.last().second, data.path() + QStringLiteral("/backups"));
        // Cancelled dialogs emit nothing.
        answer.clear();
        window.openTemplateAction()->trigger();
        window.restoreBackupAction()->trigger();
        QCOMPARE(apply.size(), 1);
        QCOMPARE(restore.size(), 1);
    }

    // File > Audit log…: dataDir/audit.csv, newest first, filterable, sortable; a malformed line
    // shows as such; a missing file says so.
    void auditLogShowsTheFile() {
        QTemporaryDir data;
        {
            AuditLogDialog missing(data.filePath(QStringLiteral("audit.csv")));
            QVERIFY(missing.emptyLabel()->isVisibleTo(&missing));
            QCOMPARE(missing.emptyLabel()->text(),
                     QStringLiteral("No write has been recorded yet."));
            QVERIFY(!missing.openButton()->isEnabled());
        }
        meter::AuditRecord r;
        r.time = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours{19};
        r.meterSerial = "71234567";
        r.user = "anna";
        r.object = "ct-ratio 3/1.0.0.4.2.255:2";
        r.oldValue = "200";
        r.newValue = "300";
        r.result = "verified";
        std::string text = meter::auditHeader() + meter::auditLine(r);
        r.time += std::chrono::minutes{5};
        r.meterSerial = "57000001";
        r.object = "tariff 20/0.0.13.0.0.255:9";
        r.result = "failed, restored";
        text += meter::auditLine(r) + "broken,line\r\n";
        QFile file(data.filePath(QStringLiteral("audit.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.data(), qint64(text.size()));
        file.close();

        MeterDocument doc;
        MainWindow window(&doc);
        window.setDataDirectory(data.path());
        auto* dialog = qobject_cast<AuditLogDialog*>(window.showAuditLog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->file(), data.filePath(QStringLiteral("audit.csv")));
        QVERIFY(dialog->view()->isVisibleTo(dialog));
        auto* shown = dialog->view()->model();
        QCOMPARE(shown->rowCount(), 3);
        // Newest first: the malformed last line, then the 19:05 write, then 19:00.
        QVERIFY(shown->index(0, AuditLogModel::Result)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("not a record (line 4)")));
        QCOMPARE(shown->index(0, AuditLogModel::Setting).data().toString(),
                 QStringLiteral("broken,line"));
        QCOMPARE(shown->index(1, AuditLogModel::Meter).data().toString(),
                 QStringLiteral("57000001"));
        QCOMPARE(shown->index(2, AuditLogModel::Result).data().toString(),
                 QStringLiteral("verified"));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("1 line")));
        // Sorting by a column, then filtering.
        dialog->view()->sortByColumn(AuditLogModel::Meter, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, AuditLogModel::Meter).data().toString(), QString());
        QCOMPARE(shown->index(1, AuditLogModel::Meter).data().toString(),
                 QStringLiteral("57000001"));
        QTest::keyClicks(dialog->filterBox(), QStringLiteral("tariff"));
        QCOMPARE(shown->rowCount(), 1);
        QUrl opened;
        dialog->setOpenUrl([&](const QUrl& url) {
            opened = url;
            return true;
        });
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        QCOMPARE(opened, QUrl::fromLocalFile(data.filePath(QStringLiteral("audit.csv"))));
        dialog->close();
    }

    void aboutNamesVersionsLicenceAndDataDirectory() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.setDataDirectory(QStringLiteral("/home/anna/.local/share/OpenMeterTool"));
        auto* about = qobject_cast<AboutDialog*>(window.showAbout());
        QVERIFY(about);
        const QString text = about->text();
        QVERIFY2(text.contains(QStringLiteral("OpenMeterTool 9.8.7")), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("built with Qt " QT_VERSION_STR)));
        QVERIFY(text.contains(QString::fromStdString(dlms::security::openSslVersion())));
        QVERIFY(text.contains(QStringLiteral("Licence")));
        QVERIFY(text.contains(QStringLiteral("/home/anna/.local/share/OpenMeterTool")));
        about->close();
    }

    // Issue 12 (5): the confirmation lists each setting with its item changes; Cancel is the
    // default, so Enter writes nothing.
    void writeConfirmationShowsSettingsAndDefaultsToCancel() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        QVERIFY(doc.setCtRatio({300, meter::ct::Secondary::FiveAmp}));
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        WriteConfirmDialog dialog(doc.pendingChangeItems());
        auto* tree = dialog.changeTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QStringList settings;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            settings << tree->topLevelItem(i)->text(0);
            QCOMPARE(tree->topLevelItem(i)->childCount(), 1);
            QVERIFY(tree->topLevelItem(i)->isExpanded());
        }
        QVERIFY(settings.contains(QStringLiteral("CT ratio")));
        QCOMPARE(
            tree->topLevelItem(settings.indexOf(QStringLiteral("CT ratio")))->child(0)->text(0),
            QStringLiteral("1000/5 A → 1500/5 A"));
        QVERIFY(dialog.questionLabel()->text().contains(QStringLiteral("these 2 change")));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.writeButton()->isDefault());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
        dialog.show();
        QTest::mouseClick(dialog.writeButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    void warningsAreAskedThroughTheWindow() {
        MeterDocument doc;
        MainWindow window(&doc);
        QStringList asked;
        window.setConfirmWarnings([&](const QStringList& w) {
            asked = w;
            return false;
        });
        QVERIFY(window.confirmWarnings({}));  // nothing to ask
        QVERIFY(asked.isEmpty());
        QVERIFY(!window.confirmWarnings({QStringLiteral("The load profile is cleared.")}));
        QCOMPARE(asked, QStringList{QStringLiteral("The load profile is cleared.")});
    }

    // Issue 12 (8): Disconnect with edits that were not written asks first; the edits stay.
    void disconnectWithPendingEditsAsks() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.show();
        QSignalSpy bye(&window, &MainWindow::disconnectRequested);
        QSignalSpy save(&window, &MainWindow::saveTemplateRequested);
        int asked = 0;
        int askedCount = -1;
        auto choice = MainWindow::DisconnectChoice::Cancel;
        window.setConfirmDisconnect([&](int pending) {
            ++asked;
            askedCount = pending;
            return choice;
        });
        QString path = QStringLiteral("/tmp/pending.json");
        window.setChooseFile([&](MainWindow::FileDialog, const QString&) { return path; });
        doc.load(ctSnapshot());
        window.connectionBar()->setConnected(true);

        // Nothing pending: disconnects at once, without a question.
        clickConnectButton(window);
        QCOMPARE(bye.size(), 1);
        QCOMPARE(asked, 0);

        QVERIFY(doc.setCtRatio({300, meter::ct::Secondary::FiveAmp}));
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        clickConnectButton(window);  // Cancel: stays connected
        QCOMPARE(asked, 1);
        QCOMPARE(askedCount, 2);
        QCOMPARE(bye.size(), 1);
        choice = MainWindow::DisconnectChoice::SaveTemplate;
        path.clear();  // the save dialog cancelled: stays connected
        clickConnectButton(window);
        QCOMPARE(bye.size(), 1);
        QCOMPARE(save.size(), 0);
        path = QStringLiteral("/tmp/pending.json");
        clickConnectButton(window);  // saved, then disconnected
        QCOMPARE(save.size(), 1);
        QCOMPARE(save.first().at(0).toString(), path);
        QCOMPARE(save.first().at(1).toBool(), true);
        QCOMPARE(bye.size(), 2);
        choice = MainWindow::DisconnectChoice::Disconnect;
        clickConnectButton(window);
        QCOMPARE(bye.size(), 3);

        // Disconnected: the edits stay, Write waits for a connection.
        window.connectionBar()->setConnected(false);
        QCOMPARE(doc.pendingChanges().size(), 2);
        QVERIFY(!window.writeAction()->isEnabled());
        window.connectionBar()->setConnected(true);
        QVERIFY(window.writeAction()->isEnabled());
    }

    // Issue 12 (8, 12): Write only while connected, idle and with edits; Read only while
    // connected and idle.
    void readAndWriteOnlyWhenTheyCanWork() {
        MeterDocument doc;
        MainWindow window(&doc);
        auto* bar = window.connectionBar();
        QVERIFY(!window.readAction()->isEnabled());
        QVERIFY(!window.writeAction()->isEnabled());
        doc.load(ctSnapshot());
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        QVERIFY(!window.readAction()->isEnabled());
        QVERIFY(!window.writeAction()->isEnabled());  // edits, but no meter to write to
        bar->setConnected(true);
        QVERIFY(window.readAction()->isEnabled());
        QVERIFY(window.writeAction()->isEnabled());
        bar->setBusy(true);
        QVERIFY(!window.readAction()->isEnabled());
        QVERIFY(!window.writeAction()->isEnabled());
        bar->setBusy(false);
        doc.undoStack()->undo();
        QVERIFY(window.readAction()->isEnabled());
        QVERIFY(!window.writeAction()->isEnabled());  // nothing to write
        bar->setConnected(false);
        QVERIFY(!window.readAction()->isEnabled());
    }

    // The progress bar never outlives the connection.
    void progressEndsWithTheConnection() {
        MeterDocument doc;
        MainWindow window(&doc);
        window.show();
        window.connectionBar()->setConnected(true);
        window.showProgress(3, 10, 12);
        QVERIFY(window.progressBar()->isVisible());
        window.connectionBar()->setConnected(false);
        QVERIFY(!window.progressBar()->isVisible());
        QVERIFY(!window.cancelButton()->isVisible());
    }

    // Issue 12 (12): the View menu offers the pages the page list offers.
    void viewMenuOffersOnlyTheMetersPages() {
        MeterDocument doc;
        MainWindow window(&doc);
        doc.load(omniaSnapshot());
        for (auto page : {MainWindow::Page::CtRatio, MainWindow::Page::ConfigurationCodes,
                          MainWindow::Page::Tariffs}) {
            QVERIFY(!window.isPageVisible(page));
            QVERIFY(!window.pageAction(page)->isVisible());
            QVERIFY(!window.pageAction(page)->isEnabled());
        }
        QVERIFY(window.pageAction(MainWindow::Page::LoadControl)->isVisible());
        QVERIFY(window.pageAction(MainWindow::Page::DisplayLists)->isVisible());
        window.pageAction(MainWindow::Page::CtRatio)->trigger();
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::Overview));
        doc.load(ctSnapshot());
        QVERIFY(window.pageAction(MainWindow::Page::CtRatio)->isVisible());
        QVERIFY(window.pageAction(MainWindow::Page::CtRatio)->isEnabled());
        QVERIFY(window.pageAction(MainWindow::Page::ConfigurationCodes)->isVisible());
        QVERIFY(!window.pageAction(MainWindow::Page::LoadControl)->isVisible());
        window.pageAction(MainWindow::Page::CtRatio)->trigger();
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::CtRatio));
    }

    // Issue 12 (12): the language menu checks the language in use and names the system's.
    void languageMenuShowsTheLanguageInUse() {
        QSettings().remove(QStringLiteral("language"));
        MeterDocument doc;
        MainWindow window(&doc);
        auto actions = window.languageMenu()->actions();
        QAction* system = actions.value(0);
        QVERIFY(system->data().toString().isEmpty());
        const QString systemLanguage = MainWindow::languageOf(QLocale::system());
        QVERIFY2(system->text().contains(QLatin1Char('(')), qPrintable(system->text()));
        auto checked = [&] {
            for (auto* a : window.languageMenu()->actions()) {
                if (a->isChecked()) {
                    return a->data().toString();
                }
            }
            return QStringLiteral("none");
        };
        QCOMPARE(checked(), QString());  // the system's language, chosen by nobody
        // --language pl: Polski is in use.
        window.setCurrentLanguage(QStringLiteral("pl"));
        QCOMPARE(checked(),
                 systemLanguage == QLatin1String("pl") ? QString() : QStringLiteral("pl"));
        window.setCurrentLanguage(QStringLiteral("de"));
        QCOMPARE(checked(),
                 systemLanguage == QLatin1String("de") ? QString() : QStringLiteral("de"));
        // A language chosen in the settings is checked by its name.
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("fi"));
        MainWindow chosen(&doc);
        QString inMenu;
        for (auto* a : chosen.languageMenu()->actions()) {
            if (a->isChecked()) {
                inMenu = a->data().toString();
            }
        }
        QCOMPARE(inMenu, QStringLiteral("fi"));

        QCOMPARE(MainWindow::languageOf(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
        QCOMPARE(MainWindow::languageOf(QLocale(QStringLiteral("nb_NO"))), QStringLiteral("nb"));
        QCOMPARE(MainWindow::languageOf(QLocale(QStringLiteral("sv_FI"))), QStringLiteral("sv"));
        QCOMPARE(MainWindow::languageOf(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
        QCOMPARE(MainWindow::languageOf(QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    }

    // Issue 12 (9): no invented all-zero codes before a read or under the public association.
    void codesPageSaysWhyThereAreNoCodes() {
        MeterDocument doc;
        ConfigCodesPage page(&doc);
        QVERIFY(!page.showsCodes());
        QCOMPARE(page.placeholderLabel()->text(),
                 QStringLiteral("Connect to a meter to see its configuration codes."));
        auto publicRead = ctSnapshot();
        publicRead.configurationReadable = false;
        publicRead.configuration = std::nullopt;
        doc.load(publicRead);
        QVERIFY(!page.showsCodes());
        QVERIFY(page.placeholderLabel()->text().contains(QStringLiteral("public association")));
        QVERIFY(page.placeholderLabel()->text().contains(QStringLiteral("reader or installer")));
        doc.load(ctSnapshot());
        QVERIFY(page.showsCodes());
    }

    // Issue 12 (9): "Synchronise clock" is not offered where the association cannot set it.
    void clockSyncOnlyWhereTheAssociationMaySetIt() {
        MeterDocument doc;
        MainWindow window(&doc);
        auto snapshot = ctSnapshot();
        snapshot.clockSettable = false;
        doc.load(snapshot);
        window.connectionBar()->setConnected(true);
        auto* button = window.overviewPage()->syncButton();
        QVERIFY(!button->isEnabled());
        QVERIFY(!window.syncClockAction()->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("installer")),
                 qPrintable(button->toolTip()));
        QVERIFY(window.syncClockAction()->toolTip().contains(QStringLiteral("installer")));
        snapshot.clockSettable = true;
        doc.load(snapshot);
        QVERIFY(button->isEnabled());
        QVERIFY(window.syncClockAction()->isEnabled());
        QVERIFY(!button->toolTip().contains(QStringLiteral("installer")));
    }

    // Issue 12 (10): the supply buttons say what they do to the customer.
    void supplyButtonSaysWhatItDoes() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        LoadControlPage page(&doc);
        QCOMPARE(page.supplyButton()->text(), QStringLiteral("Cut the customer's supply…"));
        QString title;
        page.setConfirm([&](const QString& t, const QString&) {
            title = t;
            return true;
        });
        QVERIFY(page.requestSupplyToggle());
        QCOMPARE(title, QStringLiteral("Cut the customer's supply"));
        QCOMPARE(page.supplyButton()->text(), QStringLiteral("Restore the customer's supply…"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Cut the customer's supply"));
    }

    // Issue 12 (12): the Trace page shows the selected record in full, selectable.
    void traceShowsTheSelectedRecordInFull() {
        TracePage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString longSummary =
            QStringLiteral("get-response-with-list, 12 results: ") + QString(200, QLatin1Char('x'));
        page.add({QDateTime(QDate(2026, 11, 21), QTime(10, 0)),
                  false,
                  longSummary,
                  {QStringLiteral("1.0.1.8.0.255: 1234567 Wh"), QStringLiteral("1.0.2.8.0.255: 0")},
                  QStringLiteral("7E A0 2B 21 ...")});
        page.add({QDateTime(QDate(2026, 11, 21), QTime(10, 0, 1)),
                  true,
                  QStringLiteral("GET request"),
                  {},
                  QStringLiteral("7E A0 19")});
        QVERIFY(page.splitter()->orientation() == Qt::Vertical);
        QCOMPARE(page.splitter()->widget(1), page.detailView());
        QVERIFY(page.detailView()->isReadOnly());
        QVERIFY(page.detailView()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(page.detailView()->toPlainText().isEmpty());
        page.view()->selectRow(0);
        const QString detail = page.detailView()->toPlainText();
        QVERIFY(detail.contains(longSummary));
        QVERIFY(detail.contains(QStringLiteral("1.0.2.8.0.255: 0")));
        QVERIFY(detail.contains(QStringLiteral("7E A0 2B 21 ...")));
        page.view()->selectRow(1);
        QVERIFY(page.detailView()->toPlainText().contains(QStringLiteral("GET request")));
        // The decoded column takes the room that is left.
        QCOMPARE(page.view()->horizontalHeader()->sectionResizeMode(TraceModel::Decoded),
                 QHeaderView::Stretch);
        // The full decoded text is the cell's tooltip too.
        QCOMPARE(page.view()
                     ->model()
                     ->index(0, TraceModel::Decoded)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .split(u'\n')
                     .first(),
                 longSummary);
    }
};

QTEST_MAIN(TstUiWindow)
#include "tst_ui_window.moc"

// omt_screenshots: connects the real main window to a demo meter and saves a PNG of every page,
// the message area (a problem, a verified write, writes that never finished), the write
// confirmation, the write outcome window of a write that could not be restored, the audit log
// and the About box, for a person to look at (tools/screenshots.sh runs it under Xvfb in light
// and dark palettes and several languages).
//
//   omt_screenshots OUTPUT_DIR [--dark] [--language CODE] [--meter omnipower-ct|omnia]
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include "link/session/session_error.h"
#include "meter/write_plan.h"
#include "meter_controller.h"
#include "ui/connection_bar.h"
#include "ui/dialogs/write_confirm_dialog.h"
#include "ui/dialogs/write_outcome_dialog.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/pages/trace_page.h"
#include "window_wiring.h"

namespace {

bool save(QWidget* widget, const QString& name) {
    QTest::qWait(200);
    if (!widget->grab().save(name)) {
        qCritical("cannot save %s", qPrintable(name));
        return false;
    }
    return true;
}

/// A few audit records as the controller and `omt config` write them, and a broken line.
void writeSampleAuditLog(const QString& path) {
    omt::meter::AuditRecord r;
    r.time = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours{9};
    r.meterSerial = "71234567";
    r.user = "anna";
    std::string text = omt::meter::auditHeader();
    const char* const objects[][4] = {
        {"ct-ratio 3/1.0.0.4.2.255:2", "200", "300", "verified"},
        {"display-list manual 7/0.0.21.0.2.255:3", "2 entries", "3 entries", "verified"},
        {"clock 8/0.0.1.0.0.255:2", "2026-11-21 10:04:55", "2026-11-21 10:00:03", "written"},
        {"tariff 20/0.0.13.0.0.255:9", "std", "summer", "failed, restored"}};
    for (const auto& o : objects) {
        r.time += std::chrono::minutes{7};
        r.object = o[0];
        r.oldValue = o[1];
        r.newValue = o[2];
        r.result = o[3];
        text += omt::meter::auditLine(r);
    }
    text += "2026-11-21T11:00:00Z,71234567,anna,\"cut off\r\n";
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text.data(), qint64(text.size()));
    }
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OmtScreenshots"));
    QApplication::setApplicationVersion(QStringLiteral(OMT_VERSION));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("Folder for the PNGs."));
    QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark palette."));
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("UI language."),
                                QStringLiteral("CODE"), QStringLiteral("en"));
    QCommandLineOption meterOption(QStringLiteral("meter"), QStringLiteral("Demo meter."),
                                   QStringLiteral("MODEL"), QStringLiteral("omnipower-ct"));
    parser.addOption(dark);
    parser.addOption(language);
    parser.addOption(meterOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        qCritical("usage: omt_screenshots OUTPUT_DIR [--dark] [--language CODE]");
        return 2;
    }
    const QString out = parser.positionalArguments().first();
    QDir().mkpath(out);

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(dark)) {
        QApplication::setPalette(darkPalette());
    }
    QTranslator translator;
    const QString lang = parser.value(language);
    // English too: its file holds the plural forms ("1 change", "5 changes").
    if (!translator.load(QLocale(lang), QStringLiteral("openmetertool"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        qCritical("no translation for '%s'", qPrintable(lang));
        return 1;
    }
    QApplication::installTranslator(&translator);

    QTemporaryDir data;
    omt::ui::MeterDocument document;
    omt::ui::MainWindow window(&document);
    omt::gui::MeterController controller(&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                         data.path());
    omt::gui::wireWindow(window, controller);
    window.resize(1280, 800);
    window.show();

    // The controller's sentences, so a failed read says why.
    QObject::connect(&controller, &omt::gui::MeterController::message, &app,
                     [](const QString& text) { qInfo("%s", qPrintable(text)); });
    QSignalSpy read(&controller, &omt::gui::MeterController::readFinished);
    omt::ui::ConnectionChoice choice;
    choice.kind = parser.value(meterOption) == QLatin1String("omnia")
                      ? omt::ui::ConnectionChoice::Kind::DemoOmnia
                      : omt::ui::ConnectionChoice::Kind::DemoOmnipowerCt;
    choice.auth = omt::ui::ConnectionChoice::Auth::Installer;
    controller.connectTo(choice);
    if (!read.wait(30000) || !read.first().first().toBool()) {
        qCritical("the demo meter could not be read");
        return 1;
    }
    const QString suffix = QStringLiteral("%1-%2%3").arg(
        parser.value(meterOption), lang, parser.isSet(dark) ? QStringLiteral("-dark") : QString());
    auto* pages = window.pageList();
    int saved = 0;
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->item(i)->isHidden()) {
            continue;
        }
        pages->setCurrentRow(i);
        if (i == int(omt::ui::MainWindow::Page::Trace)) {
            window.tracePage()->view()->selectRow(3);  // the detail pane shows it in full
        }
        if (!save(&window, QStringLiteral("%1/%2-%3.png").arg(out).arg(i).arg(suffix))) {
            return 1;
        }
        ++saved;
    }
    pages->setCurrentRow(0);

    // The write confirmation, setting by setting: a CT ratio or relay edit, a code, a moved
    // reading, a tariff switch time.
    auto pending = document.pending();
    if (pending.ctRatio) {
        document.setCtRatio({std::uint16_t(pending.ctRatio->ratio.factor == 300 ? 400 : 300),
                             pending.ctRatio->ratio.secondary});
        document.setZCode(omt::meter::ZField::Z1,
                          pending.configuration->code(omt::meter::ZField::Z1) == "2"
                              ? QStringLiteral("1")
                              : QStringLiteral("2"));
    }
    for (const auto& [kind, list] : pending.displayLists) {
        auto moved = list;
        if (moved.size() >= 3 && moved.move(0, 2)) {
            document.setDisplayList(moved, QStringLiteral("move"));
            break;
        }
    }
    if (pending.tariffPlan && !pending.tariffPlan->active.dayProfiles.empty() &&
        pending.tariffPlan->active.dayProfiles[0].switches.size() > 1) {
        auto plan = *pending.tariffPlan;
        auto& sw = plan.active.dayProfiles[0].switches[1];
        sw.minute = std::uint8_t(sw.minute == 30 ? 0 : 30);
        document.setTariffPlan(plan, QStringLiteral("switch"));
    }
    if (pending.loadControl && pending.loadControl->supplyControl) {
        auto plan = *pending.loadControl;
        plan.supplyControl->state = omt::cosem::ControlState::Disconnected;
        document.setLoadControlPlan(plan, QStringLiteral("supply"));
    }
    {
        omt::ui::WriteConfirmDialog confirm(document.pendingChangeItems(), &window);
        confirm.show();
        if (!save(&confirm, QStringLiteral("%1/write-confirm-%2.png").arg(out, suffix))) {
            return 1;
        }
    }
    document.undoStack()->setIndex(0);

    // The message area: a problem with Retry, a verified write, writes that never finished.
    const QString backups = data.path() + QStringLiteral("/backups");
    window.showProblem(
        {QStringLiteral("Reading the meter failed."),
         omt::link::describe(
             {omt::link::SessionError::Kind::PortInUse, QStringLiteral("/dev/ttyUSB0")}),
         QStringLiteral("Close the other program that uses the optical head, then Retry."), true});
    omt::ui::WriteReport verified;
    verified.headline = QStringLiteral("3 changes written and verified.");
    verified.backupFile = backups + QStringLiteral("/71234567-20261121T091400000Z.json");
    verified.auditFile = data.path() + QStringLiteral("/audit.csv");
    verified.seconds = 4.2;
    window.showWriteReport(verified);
    const QDateTime started(QDate(2026, 11, 20), QTime(14, 32), Qt::UTC);
    window.showInterruptedWrites(
        {{QStringLiteral("1"),
          QStringLiteral("71234567"),
          started,
          QStringLiteral("omt"),
          backups + QStringLiteral("/71234567-20261120T143200000Z.json"),
          {QStringLiteral("CT ratio"), QStringLiteral("manual display list")}}});
    if (!save(&window, QStringLiteral("%1/messages-%2.png").arg(out, suffix))) {
        return 1;
    }
    window.clearProblem();
    window.showInterruptedWrites({});

    // A write that could not be restored: the outcome window with the backup.
    omt::ui::WriteReport failed;
    failed.result = omt::ui::WriteReport::Result::NotRestored;
    failed.headline = QStringLiteral("The meter may hold part of the new configuration.");
    failed.reason = QStringLiteral(
        "Writing the manual display list failed: the connection closed. Restoring the old "
        "values failed too.");
    failed.items = {{QStringLiteral("CT ratio"), QStringLiteral("1000/5 A"),
                     QStringLiteral("1500/5 A"), omt::ui::WriteReportItem::State::New},
                    {QStringLiteral("manual display list"), QStringLiteral("2"),
                     QStringLiteral("3"), omt::ui::WriteReportItem::State::Unknown},
                    {QStringLiteral("tariff plan"), QStringLiteral("std"), QStringLiteral("summer"),
                     omt::ui::WriteReportItem::State::Untouched}};
    failed.backupFile = backups + QStringLiteral("/71234567-20261121T091400000Z.json");
    window.showWriteReport(failed);
    if (!save(window.writeOutcomeDialog(),
              QStringLiteral("%1/write-outcome-%2.png").arg(out, suffix))) {
        return 1;
    }
    window.writeOutcomeDialog()->close();

    // The audit log and the About box.
    window.setDataDirectory(data.path());
    writeSampleAuditLog(data.path() + QStringLiteral("/audit.csv"));
    QDialog* audit = window.showAuditLog();
    if (!save(audit, QStringLiteral("%1/audit-log-%2.png").arg(out, suffix))) {
        return 1;
    }
    audit->close();
    QDialog* about = window.showAbout();
    if (!save(about, QStringLiteral("%1/about-%2.png").arg(out, suffix))) {
        return 1;
    }
    about->close();
    // The connection bar with a Bluetooth search (on a machine without an adapter: its state).
    omt::ui::ConnectionBar bar;
    bar.resize(1280, bar.sizeHint().height());
    bar.targetCombo()->setCurrentIndex(
        bar.targetCombo()->findData(int(omt::ui::ConnectionChoice::Kind::Bluetooth)));
    bar.show();
    bar.searchBluetooth();
    QTest::qWait(3000);
    const QString barName = QStringLiteral("%1/bluetooth-%2.png").arg(out, suffix);
    if (!bar.grab().save(barName)) {
        qCritical("cannot save %s", qPrintable(barName));
        return 1;
    }
    qInfo("%d pages saved to %s", saved, qPrintable(out));
    return 0;
}

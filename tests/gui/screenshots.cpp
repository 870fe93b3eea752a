// omt_screenshots: connects the real main window to a demo meter and saves a PNG of every page,
// for a person to look at (tools/screenshots.sh runs it under Xvfb in light and dark palettes
// and several languages).
//
//   omt_screenshots OUTPUT_DIR [--dark] [--language CODE] [--meter omnipower-ct|omnia]
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "meter_controller.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"

namespace {

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
    omt::gui::MeterController controller(&window, &document,
                                         QStringLiteral(OMT_SOURCE_DIR "/resources"), data.path());
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
        QTest::qWait(200);
        const QString name = QStringLiteral("%1/%2-%3.png").arg(out).arg(i).arg(suffix);
        if (!window.grab().save(name)) {
            qCritical("cannot save %s", qPrintable(name));
            return 1;
        }
        ++saved;
    }
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

// openmetertool: the desktop application.
//
//   openmetertool                       the window; the last connection is preselected
//   openmetertool --demo omnipower-ct   ... and connects to an embedded demo meter at once
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include "meter_controller.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "window_wiring.h"

namespace {

/// Where profiles/*.json are: installed beside the binary, or the source tree in a build.
QString resourceDir() {
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {app + QStringLiteral("/../share/openmetertool"), QStringLiteral(OMT_SOURCE_RESOURCES)}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/profiles"))) {
            return QDir(candidate).canonicalPath();
        }
    }
    return QStringLiteral(OMT_SOURCE_RESOURCES);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpenMeterTool"));
    QApplication::setApplicationName(QStringLiteral("OpenMeterTool"));
    QApplication::setApplicationVersion(QStringLiteral(OMT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/openmetertool.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("OpenMeterTool: configure electricity meters."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"),
                            QStringLiteral("Connect to an embedded demo meter at start: "
                                           "omnipower-ct or omnia."),
                            QStringLiteral("MODEL"));
    QCommandLineOption language(QStringLiteral("language"),
                                QStringLiteral("User interface language (da, de, sv, nb, fi, pl, "
                                               "en); default: the system's or the settings'."),
                                QStringLiteral("CODE"));
    parser.addOption(demo);
    parser.addOption(language);
    parser.process(app);

    // Language: the option, else the setting, else the system's.
    QSettings settings;
    const QString lang = parser.isSet(language)
                             ? parser.value(language)
                             : settings.value(QStringLiteral("language")).toString();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("openmetertool"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    omt::ui::MeterDocument document;
    omt::ui::MainWindow window(&document);
    // Backups and the audit log where `omt config` keeps them: $XDG_DATA_HOME/OpenMeterTool.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/OpenMeterTool");
    omt::gui::MeterController controller(&document, resourceDir(), dataDir);
    omt::gui::wireWindow(window, controller);
    window.setCurrentLanguage(omt::ui::MainWindow::languageOf(locale));
    window.show();
    // A write that never finished (a crash, a killed program, a meter lost for good) is said at
    // once, with its backup.
    QTimer::singleShot(0, &controller, &omt::gui::MeterController::checkInterruptedWrites);

    if (parser.isSet(demo)) {
        const QString model = parser.value(demo);
        omt::ui::ConnectionChoice choice;
        if (model == QLatin1String("omnia")) {
            choice.kind = omt::ui::ConnectionChoice::Kind::DemoOmnia;
        } else if (model == QLatin1String("omnipower-ct")) {
            choice.kind = omt::ui::ConnectionChoice::Kind::DemoOmnipowerCt;
        } else {
            qCritical("--demo is omnipower-ct or omnia, not '%s'", qPrintable(model));
            return 2;
        }
        choice.auth = omt::ui::ConnectionChoice::Auth::Installer;  // the demo's keys
        QTimer::singleShot(0, &controller, [&controller, choice] { controller.connectTo(choice); });
    }
    return app.exec();
}

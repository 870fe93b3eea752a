// Translations (issue 6): the desktop application in Danish, German, Swedish, Norwegian Bokmål,
// Finnish and Polish. The .ts files in translations/ are complete (no unfinished or empty message,
// the language's plural forms, placeholders, accelerators and ellipses kept), they hold exactly
// the messages lupdate finds in the sources, and the .qm files built from them are embedded in
// omt_ui under :/i18n where app/openmetertool/main.cpp loads them.
#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include "link/session/session_error.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/pages/ct_ratio_page.h"
#include "ui/pages/load_control_page.h"

namespace {

const QStringList kLanguages = {QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("sv"),
                                QStringLiteral("nb"), QStringLiteral("fi"), QStringLiteral("pl")};

struct TsMessage {
    QString context;
    QString source;
    QString comment;  ///< disambiguation, passed to translate()
    bool numerus = false;
    QString type;  ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;  ///< one translation, or the numerus forms
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;  ///< set when the XML does not parse
};

/// Reads a Qt Linguist .ts document (the subset lupdate writes).
TsFile parseTs(const QByteArray& xml) {
    TsFile ts;
    QXmlStreamReader r(xml);
    QString context;
    TsMessage message;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("TS")) {
                ts.language = r.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = r.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = r.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = r.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = r.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus) {
                    message.forms << r.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                message.forms << r.readElementText();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (r.hasError()) {
        ts.error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    }
    return ts;
}

TsFile readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TsFile ts;
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    return parseTs(file.readAll());
}

QString tsPath(const QString& language) {
    return QStringLiteral(OMT_SOURCE_DIR "/translations/openmetertool_%1.ts").arg(language);
}

/// The language's plural forms as Qt numbers them (Polish: one, few, many).
int numerusFormCount(const QString& language) {
    return language == QLatin1String("pl") ? 3 : 2;
}

/// %1..%99 and %n in `text`, each once.
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        out.insert(it.next().captured(0));
    }
    return out;
}

/// How many keyboard accelerators ("&x", not "&&") `text` marks.
int accelerators(const QString& text) {
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&') && !text[i + 1].isSpace()) {
                ++count;
            }
            ++i;
        }
    }
    return count;
}

QString where(const TsMessage& m) {
    return QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
}

/// Everything that keeps `ts` from being a finished translation into `language`.
QStringList problemsIn(const TsFile& ts, const QString& language) {
    QStringList problems;
    if (!ts.error.isEmpty()) {
        return {ts.error};
    }
    if (ts.language != language) {
        problems << QStringLiteral("language is \"%1\"").arg(ts.language);
    }
    if (ts.messages.isEmpty()) {
        problems << QStringLiteral("no messages");
    }
    for (const auto& m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(where(m), m.type);
            continue;
        }
        const int expectedForms = m.numerus ? numerusFormCount(language) : 1;
        if (m.forms.size() != expectedForms) {
            problems << QStringLiteral("%1: %2 forms, expected %3")
                            .arg(where(m))
                            .arg(m.forms.size())
                            .arg(expectedForms);
        }
        const QSet<QString> wanted = placeholders(m.source);
        for (const auto& form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty").arg(where(m));
                continue;
            }
            // Polish and the others may drop %n only from a form that reads "one" without the
            // number; every other placeholder must stay.
            QSet<QString> got = placeholders(form);
            QSet<QString> need = wanted;
            if (m.numerus && &form == &m.forms.front() && !got.contains(QStringLiteral("%n"))) {
                need.remove(QStringLiteral("%n"));
            }
            if (!got.contains(need) || !wanted.contains(got)) {
                problems << QStringLiteral("%1: placeholders %2 in \"%3\"")
                                .arg(where(m), QStringList(got.values()).join(u' '), form);
            }
            if (accelerators(m.source) != accelerators(form)) {
                problems << QStringLiteral("%1: accelerator lost in \"%2\"").arg(where(m), form);
            }
            if (m.source.contains(u'…') != form.contains(u'…')) {
                problems << QStringLiteral("%1: ellipsis in \"%2\"").arg(where(m), form);
            }
        }
    }
    return problems;
}

QString key(const TsMessage& m) {
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment +
           (m.numerus ? QStringLiteral("\x1fN") : QString());
}

QSet<QString> keysOf(const TsFile& ts) {
    QSet<QString> out;
    for (const auto& m : ts.messages) {
        out.insert(key(m));
    }
    return out;
}

/// The form a language uses for `n` in Qt's numerus numbering (tests use 1, 3 and 5).
int formFor(const QString& language, int n) {
    if (n == 1) {
        return 0;
    }
    if (language == QLatin1String("pl")) {
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2;
    }
    return 1;
}

/// Installs the application's translation for one language while in scope.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language) {
        m_loaded = m_translator.load(QLocale(language), QStringLiteral("openmetertool"),
                                     QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~ScopedLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
    bool loaded() const { return m_loaded; }
    const QTranslator& translator() const { return m_translator; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

/// The finished translation of (context, source) in the .ts file, or an empty string.
QString tsTranslation(const TsFile& ts, const char* context, const char* source) {
    for (const auto& m : ts.messages) {
        if (m.context == QLatin1String(context) && m.source == QString::fromUtf8(source) &&
            m.type.isEmpty() && !m.forms.isEmpty()) {
            return m.forms.front();
        }
    }
    return {};
}

QAction* menuAction(QMenuBar* bar, int index) {
    const auto actions = bar->actions();
    return index < actions.size() ? actions[index] : nullptr;
}

/// A button's name as a person reads it: no accelerator, no ellipsis, no case.
QString buttonName(const QString& text) {
    QString t = text;
    t.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    t.remove(QChar(0x2026));
    t.remove(QStringLiteral("..."));
    return t.trimmed().toCaseFolded();
}

/// "addScheduleEntry1" and "addScheduleEntry2": the same button of another relay.
QString objectStem(const QObject* o) {
    QString name = o->objectName();
    while (!name.isEmpty() && name.back().isDigit()) {
        name.chop(1);
    }
    return name;
}

/// Buttons on screen (push and tool buttons the window shows now) whose names collide, unless
/// they are the same button of different relays (the same object name but for the relay's
/// number, e.g. "Add time" in the boxes of relay 1 and relay 2).
QStringList duplicateButtons(QWidget* window) {
    QMultiMap<QString, QAbstractButton*> byName;
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if ((!qobject_cast<QPushButton*>(button) && !qobject_cast<QToolButton*>(button)) ||
            !button->isVisibleTo(window) || button->text().isEmpty()) {
            continue;
        }
        byName.insert(buttonName(button->text()), button);
    }
    QStringList out;
    for (const auto& name : byName.uniqueKeys()) {
        const auto buttons = byName.values(name);
        if (buttons.size() < 2) {
            continue;
        }
        const QString stem = objectStem(buttons.first());
        QSet<QString> names;
        bool sameButtonPerRelay = !stem.isEmpty();
        for (auto* b : buttons) {
            names.insert(b->objectName());
            sameButtonPerRelay =
                sameButtonPerRelay && objectStem(b) == stem && b->objectName() != stem;
        }
        if (sameButtonPerRelay && names.size() == buttons.size()) {
            continue;
        }
        QStringList texts;
        for (auto* b : buttons) {
            texts << QStringLiteral("\"%1\" (%2)").arg(b->text(), b->objectName());
        }
        out << texts.join(QStringLiteral(" = "));
    }
    return out;
}

}  // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void checkerFindsUntranslatedMessages();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void everyLanguageHasTheSameMessages();
    void tsFilesHoldTheSourcesMessages();
    void embeddedQmMatchesTs_data();
    void embeddedQmMatchesTs();
    void localeNamesFindTheirLanguage_data();
    void localeNamesFindTheirLanguage();
    void windowAndPagesShowTheLanguage_data();
    void windowAndPagesShowTheLanguage();
    void englishHasEveryPluralForm();
    void sessionErrorsShowTheLanguage_data();
    void sessionErrorsShowTheLanguage();
    void noTwoButtonsShareAName_data();
    void noTwoButtonsShareAName();
};

// The checker itself: a message left unfinished, empty, without its placeholder, accelerator
// or with too few plural forms is reported.
void TstTranslations::checkerFindsUntranslatedMessages() {
    const QByteArray good = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="pl" sourcelanguage="en">
<context><name>omt::ui::MainWindow</name>
<message><source>&amp;Write to meter…</source><translation>&amp;Zapisz do licznika…</translation></message>
<message numerus="yes"><source>%n change(s)</source><translation>
<numerusform>%n zmiana</numerusform><numerusform>%n zmiany</numerusform><numerusform>%n zmian</numerusform>
</translation></message>
</context></TS>)";
    QCOMPARE(problemsIn(parseTs(good), QStringLiteral("pl")), QStringList());

    auto broken = [&](const char* from, const char* to) {
        QByteArray xml = good;
        xml.replace(from, to);
        return problemsIn(parseTs(xml), QStringLiteral("pl")).size();
    };
    QCOMPARE(broken("<translation>&amp;Zapisz", "<translation type=\"unfinished\">&amp;Zapisz"), 1);
    QCOMPARE(broken("&amp;Zapisz do licznika…", ""), 1);
    QCOMPARE(broken("&amp;Zapisz", "Zapisz"), 1);
    QCOMPARE(broken("licznika…", "licznika..."), 1);
    QCOMPARE(broken("<numerusform>%n zmian</numerusform>", ""), 1);
    QCOMPARE(broken("%n zmiany", "zmiany"), 1);
    QCOMPARE(broken("%n zmiany", "%1 zmiany"), 1);
    QCOMPARE(broken("language=\"pl\"", "language=\"de\""), 1);
    QVERIFY(!problemsIn(parseTs("<TS><context>"), QStringLiteral("pl")).isEmpty());
}

void TstTranslations::tsFileIsComplete_data() {
    QTest::addColumn<QString>("language");
    for (const auto& language : kLanguages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TstTranslations::tsFileIsComplete() {
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    const QStringList problems = problemsIn(ts, language);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.join(u'\n')));
    qInfo("%s: %d messages", qPrintable(language), int(ts.messages.size()));
}

void TstTranslations::everyLanguageHasTheSameMessages() {
    const QSet<QString> reference = keysOf(readTs(tsPath(kLanguages.front())));
    QVERIFY(!reference.isEmpty());
    for (const auto& language : kLanguages) {
        const QSet<QString> keys = keysOf(readTs(tsPath(language)));
        QVERIFY2(keys == reference, qPrintable(language));
    }
}

// lupdate over ui/, app/openmetertool/ and core/link/session/ finds exactly the messages of the
// .ts files: a string added or changed in the sources fails here until
// tools/update-translations.sh is run and the new messages are translated.
void TstTranslations::tsFilesHoldTheSourcesMessages() {
    const QString lupdate = QStringLiteral(OMT_LUPDATE);
    if (!QFile::exists(lupdate)) {
        QSKIP(
            "lupdate not found; install qt6-l10n-tools to compare the .ts files with the sources");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(OMT_SOURCE_DIR));
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-I"), QStringLiteral(OMT_SOURCE_DIR),
                            QStringLiteral("-I"), QStringLiteral(OMT_SOURCE_DIR "/core"),
                            QStringLiteral("ui"), QStringLiteral("app/openmetertool"),
                            QStringLiteral("core/link/session"), QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QSet<QString> inSources = keysOf(readTs(fresh));
    const QSet<QString> inTs = keysOf(readTs(tsPath(QStringLiteral("de"))));
    QVERIFY(!inSources.isEmpty());
    QStringList missing = QSet<QString>(inSources).subtract(inTs).values();
    QStringList stale = QSet<QString>(inTs).subtract(inSources).values();
    missing.sort();
    stale.sort();
    missing.replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(" | "));
    stale.replaceInStrings(QStringLiteral("\x1f"), QStringLiteral(" | "));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the .ts files (run "
                                                          "tools/update-translations.sh):\n") +
                                           missing.join(u'\n')));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("no longer in the sources:\n") + stale.join(u'\n')));
}

void TstTranslations::embeddedQmMatchesTs_data() {
    tsFileIsComplete_data();
}

// The .qm under :/i18n is built from the current .ts: every message translates to its text.
void TstTranslations::embeddedQmMatchesTs() {
    QFETCH(QString, language);
    const QString qm = QStringLiteral(":/i18n/openmetertool_%1.qm").arg(language);
    QVERIFY2(QFile::exists(qm), qPrintable(qm));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.language(), language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY(!ts.messages.isEmpty());
    for (const auto& m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (!m.numerus) {
            QCOMPARE(translator.translate(context, source, disambiguation), m.forms.value(0));
            continue;
        }
        for (int n : {1, 3, 5}) {
            QCOMPARE(translator.translate(context, source, disambiguation, n),
                     m.forms.value(formFor(language, n)));
        }
    }
}

void TstTranslations::localeNamesFindTheirLanguage_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("da_DK") << "da_DK"
                           << "da";
    QTest::newRow("de_DE") << "de_DE"
                           << "de";
    QTest::newRow("de_AT") << "de_AT"
                           << "de";
    QTest::newRow("sv_SE") << "sv_SE"
                           << "sv";
    QTest::newRow("sv_FI") << "sv_FI"
                           << "sv";
    QTest::newRow("nb_NO") << "nb_NO"
                           << "nb";
    QTest::newRow("nb") << "nb"
                        << "nb";
    QTest::newRow("fi_FI") << "fi_FI"
                           << "fi";
    QTest::newRow("pl_PL") << "pl_PL"
                           << "pl";
}

// What main.cpp does with the system locale or the --language / settings value.
void TstTranslations::localeNamesFindTheirLanguage() {
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("openmetertool"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), language);
    // English has its own file too: the plural forms of the source texts.
    QTranslator english;
    QVERIFY(english.load(QLocale(QStringLiteral("en_GB")), QStringLiteral("openmetertool"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(english.language(), QStringLiteral("en"));
}

void TstTranslations::windowAndPagesShowTheLanguage_data() {
    tsFileIsComplete_data();
}

// Real widgets built with the language installed show the .ts text: the tr() contexts in the code
// are the ones in the .ts files.
void TstTranslations::windowAndPagesShowTheLanguage() {
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    const ScopedLanguage scoped(language);
    QVERIFY(scoped.loaded());

    omt::ui::MeterDocument document;
    omt::ui::MainWindow window(&document);
    const QString write = window.writeAction()->text();
    QCOMPARE(write, tsTranslation(ts, "omt::ui::MainWindow", "&Write to meter…"));
    QVERIFY(write != QStringLiteral("&Write to meter…"));
    QCOMPARE(accelerators(write), 1);
    QVERIFY(write.endsWith(u'…'));

    QAction* meterMenu = menuAction(window.menuBar(), 1);  // after File
    QVERIFY(meterMenu);
    QCOMPARE(meterMenu->text(), tsTranslation(ts, "omt::ui::MainWindow", "&Meter"));
    QCOMPARE(window.windowTitle().isEmpty(), false);

    omt::ui::CtRatioPage page(&document);
    const QString lock = page.lockButton()->text();
    QCOMPARE(lock, tsTranslation(ts, "omt::ui::CtRatioPage", "&Lock the ratio…"));
    QVERIFY(lock != QStringLiteral("&Lock the ratio…"));

    // The lock confirmation keeps the ratio and says PERMANENT in its own words.
    const char* confirmation =
        "Lock the CT ratio at %1?\n\nTreat this as PERMANENT: the device profile does not say "
        "whether this meter type can be unlocked, and OpenMeterTool never unlocks it.";
    const QString translated = QCoreApplication::translate("omt::ui::CtRatioPage", confirmation)
                                   .arg(QStringLiteral("200"));
    QVERIFY(translated != QString::fromUtf8(confirmation).arg(QStringLiteral("200")));
    QVERIFY(translated.contains(QStringLiteral("200")));
    QVERIFY(translated.contains(QStringLiteral("\n\n")));

    // Plural forms: "Write these %n change(s) to the meter?" picks the language's form.
    const char* plural = "Write these %n change(s) to the meter?";
    const QString one =
        QCoreApplication::translate("omt::ui::WriteConfirmDialog", plural, nullptr, 1);
    const QString five =
        QCoreApplication::translate("omt::ui::WriteConfirmDialog", plural, nullptr, 5);
    QVERIFY(one != five);
    QVERIFY(five.contains(QStringLiteral("5")));
    QVERIFY(!five.contains(QStringLiteral("change(s)")));
}

// English is the source language, but "%n change(s)" needs "1 change" / "5 changes":
// openmetertool_en.ts holds exactly the plural messages, each with both forms and no "(s)".
void TstTranslations::englishHasEveryPluralForm() {
    const TsFile english = readTs(tsPath(QStringLiteral("en")));
    const QStringList problems = problemsIn(english, QStringLiteral("en"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QSet<QString> plurals;
    for (const auto& m : readTs(tsPath(QStringLiteral("de"))).messages) {
        if (m.numerus) {
            plurals.insert(key(m));
        }
    }
    QVERIFY(!plurals.isEmpty());
    QCOMPARE(keysOf(english), plurals);
    for (const auto& m : english.messages) {
        for (const auto& form : m.forms) {
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(form));
        }
    }
    const ScopedLanguage scoped(QStringLiteral("en"));
    QVERIFY(scoped.loaded());
    QCOMPARE(QCoreApplication::translate("omt::ui::WriteConfirmDialog",
                                         "Write these %n change(s) to the meter?", nullptr, 1),
             QStringLiteral("Write this 1 change to the meter?"));
    QCOMPARE(
        QCoreApplication::translate("omt::ui::MeterDocument", "%1 needs %n digit(s).", nullptr, 3),
        QStringLiteral("%1 needs 3 digits."));
}

void TstTranslations::sessionErrorsShowTheLanguage_data() {
    tsFileIsComplete_data();
}

// SessionError's sentences (core/link/session) are translated too.
void TstTranslations::sessionErrorsShowTheLanguage() {
    QFETCH(QString, language);
    const ScopedLanguage scoped(language);
    QVERIFY(scoped.loaded());
    const omt::link::SessionError error{omt::link::SessionError::Kind::PortInUse,
                                        QStringLiteral("/dev/ttyUSB0")};
    // lupdate files describe()'s tr() calls under the namespace, "omt::link".
    const QString filed = QCoreApplication::translate("omt::link",
                                                      "Port %1 is in use by another "
                                                      "program.");
    QVERIFY(filed != QStringLiteral("Port %1 is in use by another program."));
    QVERIFY(filed.contains(QStringLiteral("%1")));

    const QString text = omt::link::describe(error);
    QVERIFY(text.contains(QStringLiteral("/dev/ttyUSB0")));
    // The session's sentences are looked up in the context lupdate files them under.
    QVERIFY2(text != QStringLiteral("Port /dev/ttyUSB0 is in use by another program."),
             qPrintable(text));
}

void TstTranslations::noTwoButtonsShareAName_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const auto& language : kLanguages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

// Issue 12 (10): the link's Disconnect and the supply switch's "Disconnect…" ("Trennen" and
// "Trennen…" in German) were two buttons of one name. On every page of both meters, connected,
// with the supply switch in either state, no two buttons on screen share a name in any language.
void TstTranslations::noTwoButtonsShareAName() {
    QFETCH(QString, language);
    QCoreApplication::setOrganizationName(QStringLiteral("OmtTranslationsTest"));
    const ScopedLanguage scoped(language);
    QVERIFY(scoped.loaded());

    using omt::meter::DisplayListKind;
    omt::ui::MeterSnapshot ct;
    ct.type = omt::meter::MeterType::OmnipowerCt;
    ct.serialNumber = QStringLiteral("71234567");
    ct.configuration = *omt::meter::SoftwareConfiguration::parse(
        "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1");
    ct.configurationReadable = true;
    ct.clockSettable = true;
    const auto rules = omt::meter::omnipowerCtRules(true);
    for (auto kind :
         {DisplayListKind::Automatic, DisplayListKind::Manual, DisplayListKind::BackupPowered}) {
        ct.displayLists.emplace(kind, *omt::meter::DisplayList::create(kind, rules));
    }
    ct.ctRatio = omt::meter::ct::CtRatioState{
        *omt::meter::ct::makeCtRatio(1, omt::meter::ct::Secondary::FiveAmp), false};
    ct.tariffPlan = *omt::meter::TariffPlan::fromJson(R"({"format": "omt-tariff-plan",
      "version": 1, "active": {"name": "std",
      "seasons": [{"name": "year", "start": "*-01-01", "week": "w"}],
      "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 1, 1]}],
      "day_profiles": [{"id": 1, "switches": [{"time": "00:00", "tariff": 1}]}]},
      "special_days": []})");
    omt::ui::MeterSnapshot omnia = ct;
    omnia.type = omt::meter::MeterType::Omnia;
    omnia.serialNumber = QStringLiteral("57000001");
    omnia.ctRatio.reset();
    omnia.displayLists.erase(DisplayListKind::BackupPowered);
    omt::meter::LoadControlPlan lc;
    lc.relays.push_back({1, omt::meter::RelayMode::Calendar, std::nullopt, {{6, 0, true}}, 0});
    lc.relays.push_back({2, omt::meter::RelayMode::Calendar, std::nullopt, {{7, 0, true}}, 0});
    lc.supplyControl = omt::meter::SupplyControlPlan{omt::cosem::ControlState::Connected,
                                                     omt::cosem::ControlMode::Mode1};
    omnia.loadControl = lc;
    omnia.loadControlCaps = {2, true, 8};

    omt::ui::MeterDocument document;
    omt::ui::MainWindow window(&document);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectionBar()->setConnected(true);
    QStringList problems;
    auto check = [&](const QString& state) {
        for (int page = 0; page < window.pageList()->count(); ++page) {
            if (window.pageList()->item(page)->isHidden()) {
                continue;
            }
            window.pageList()->setCurrentRow(page);
            for (const auto& d : duplicateButtons(&window)) {
                problems << QStringLiteral("%1, page \"%2\": %3")
                                .arg(state, window.pageList()->item(page)->text(), d);
            }
        }
    };
    for (const auto& snapshot : {ct, omnia}) {
        document.load(snapshot);
        check(snapshot.serialNumber);
    }
    // The supply switch in its other state: "Restore ...".
    window.loadControlPage()->setConfirm([](const QString&, const QString&) { return true; });
    QVERIFY(window.loadControlPage()->requestSupplyToggle());
    check(QStringLiteral("supply to be cut"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The same check finds a collision when there is one.
    auto* twin = new QPushButton(window.connectionBar()->connectButton()->text() + QChar(0x2026),
                                 window.pages()->currentWidget());
    twin->show();
    QCOMPARE(duplicateButtons(&window).size(), 1);
    delete twin;
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"

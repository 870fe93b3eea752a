// Issue 12 (11): no text is cut off where a person cannot see it. Every page of the window,
// loaded with what the demo OMNIPOWER CT and OMNIA really hold (read through the real
// controller once per meter), at 1280x800, in every language, in the platform's font and in
// 11 pt (a GNOME desktop's):
//   - a label (not word-wrapped) is as wide as its text; a word-wrapped one as tall as its lines;
//   - a push button, check box or radio button is as wide as its text, a group box as its title
//     and contents, a date, time or number field as its value;
//   - a header section of a table or tree is as wide as its title (a vertical header as its
//     widest title);
//   - a cell (tables, trees, lists) is as wide as its text, or, wrapping, as tall as its lines,
//     or its tooltip or the page's detail pane holds the text; and a cell outside the view can
//     be scrolled to (the scroll bar is there);
//   - the window keeps 1280x800 (nothing forces it larger).
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include "meter_controller.h"
#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "window_wiring.h"

using namespace omt;

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("da"), QStringLiteral("de"),
                                QStringLiteral("sv"), QStringLiteral("nb"), QStringLiteral("fi"),
                                QStringLiteral("pl")};

/// What a demo meter holds, as the window shows it, and the trace of reading it.
struct DemoRead {
    ui::MeterSnapshot snapshot;
    QList<ui::TraceRecord> trace;
};

/// Where `widget` is, for a message: "tariffPage > "Week profiles" > QTableWidget weekTable": the
/// named widgets and group boxes it is in, and itself.
QString pathOf(const QWidget* widget, const QWidget* top) {
    QStringList parts{
        QString::fromLatin1(widget->metaObject()->className()) +
        (widget->objectName().isEmpty() ? QString() : QLatin1Char(' ') + widget->objectName())};
    for (const QWidget* w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
            parts.prepend(QStringLiteral("\"%1\"").arg(box->title()));
        } else if (!w->objectName().isEmpty() &&
                   !w->objectName().startsWith(QLatin1String("qt_"))) {
            parts.prepend(w->objectName());
        }
    }
    return parts.join(QStringLiteral(" > "));
}

/// The cut texts of one item view.
void checkView(QAbstractItemView* view, const QWidget* top, QStringList& problems) {
    auto* model = view->model();
    if (!model) {
        return;
    }
    const QString where = pathOf(view, top);
    auto* table = qobject_cast<QTableView*>(view);
    auto* tree = qobject_cast<QTreeView*>(view);
    QHeaderView* header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
    if (header && header->isVisible()) {
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)) {
                continue;
            }
            const QString title = model->headerData(section, Qt::Horizontal).toString();
            const int needed = header->sectionSizeHint(section);
            if (!title.isEmpty() && header->sectionSize(section) < needed) {
                problems << QStringLiteral("%1: column \"%2\" is %3 px, its title needs %4")
                                .arg(where, title)
                                .arg(header->sectionSize(section))
                                .arg(needed);
            }
        }
    }
    if (table && table->verticalHeader()->isVisible()) {
        auto* vertical = table->verticalHeader();
        if (vertical->width() < vertical->sizeHint().width()) {
            problems << QStringLiteral("%1: row titles are %2 px wide, they need %3")
                            .arg(where)
                            .arg(vertical->width())
                            .arg(vertical->sizeHint().width());
        }
    }
    const QRect viewport = view->viewport()->rect();
    const bool wraps = table ? table->wordWrap() : tree ? tree->wordWrap() : false;
    const bool detailPane = view->property("omtDetailPane").toBool();
    const int rows = std::min(model->rowCount(), 300);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if ((table && table->isColumnHidden(column)) ||
                (tree && tree->isColumnHidden(column))) {
                continue;
            }
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty() || view->indexWidget(index)) {
                continue;
            }
            const QRect cell = view->visualRect(index);
            if (cell.isEmpty()) {
                continue;  // covered by a span
            }
            const QSize needed = view->sizeHintForIndex(index);
            bool cut = needed.width() > cell.width();
            if (cut && wraps) {
                // Wrapped onto more lines: cut only when the row is not tall enough for them.
                const QFontMetrics metrics(view->font());
                const int margin =
                    2 *
                    (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
                const QRect lines =
                    metrics.boundingRect(QRect(0, 0, std::max(1, cell.width() - margin), 100000),
                                         Qt::TextWordWrap, text);
                cut = lines.height() > cell.height() || lines.width() > cell.width() - margin;
            }
            const bool elsewhere =
                detailPane || index.data(Qt::ToolTipRole).toString().contains(text);
            if (cut && !elsewhere) {
                problems << QStringLiteral("%1: cell %2,%3 \"%4\" is %5 px, its text needs %6")
                                .arg(where)
                                .arg(row)
                                .arg(column)
                                .arg(text.left(60))
                                .arg(cell.width())
                                .arg(needed.width());
            }
            const bool rightOut = cell.left() < viewport.left() || cell.right() > viewport.right();
            const bool downOut = cell.top() < viewport.top() || cell.bottom() > viewport.bottom();
            if ((rightOut && !view->horizontalScrollBar()->isVisible()) ||
                (downOut && !view->verticalScrollBar()->isVisible())) {
                problems << QStringLiteral(
                                "%1: cell %2,%3 \"%4\" lies outside the view and no scroll bar "
                                "reaches it")
                                .arg(where)
                                .arg(row)
                                .arg(column)
                                .arg(text.left(60));
            }
        }
    }
}

/// Every cut text of the widgets `top` shows now.
QStringList cutTexts(QWidget* top) {
    QStringList problems;
    for (auto* label : top->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty() || !label->pixmap().isNull()) {
            continue;
        }
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height()) {
                problems << QStringLiteral("%1: \"%2\" needs %3 px of height, it has %4")
                                .arg(pathOf(label, top), label->text().left(60))
                                .arg(needed)
                                .arg(label->height());
            }
        } else if (label->sizeHint().width() > label->width()) {
            problems << QStringLiteral("%1: \"%2\" is %3 px, its text needs %4")
                            .arg(pathOf(label, top), label->text().left(60))
                            .arg(label->width())
                            .arg(label->sizeHint().width());
        }
    }
    for (auto* button : top->findChildren<QAbstractButton*>()) {
        const bool checked = qobject_cast<QPushButton*>(button) ||
                             qobject_cast<QCheckBox*>(button) ||
                             qobject_cast<QRadioButton*>(button);
        if (checked && button->isVisibleTo(top) && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width()) {
            problems << QStringLiteral("%1: button \"%2\" is %3 px, its text needs %4")
                            .arg(pathOf(button, top), button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
        }
    }
    // A date, time or number field shows its whole value (it has no tooltip or popup for it).
    for (auto* field : top->findChildren<QAbstractSpinBox*>()) {
        if (field->isVisibleTo(top) && field->width() < field->minimumSizeHint().width()) {
            problems << QStringLiteral("%1: field \"%2\" is %3 px, its value needs %4")
                            .arg(pathOf(field, top), field->text())
                            .arg(field->width())
                            .arg(field->minimumSizeHint().width());
        }
    }
    for (auto* box : top->findChildren<QGroupBox*>()) {
        if (box->isVisibleTo(top) && box->width() < box->minimumSizeHint().width()) {
            problems << QStringLiteral("%1: %2 px, its title and contents need %3")
                            .arg(pathOf(box, top))
                            .arg(box->width())
                            .arg(box->minimumSizeHint().width());
        }
    }
    for (auto* view : top->findChildren<QAbstractItemView*>()) {
        if (view->isVisibleTo(top) && !qobject_cast<QHeaderView*>(view)) {
            checkView(view, top, problems);
        }
    }
    return problems;
}

DemoRead readDemo(ui::ConnectionChoice::Kind kind) {
    QTemporaryDir data;
    ui::MeterDocument document;
    ui::MainWindow window(&document);
    gui::MeterController controller(&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                    data.path());
    gui::wireWindow(window, controller);
    QSignalSpy read(&controller, &gui::MeterController::readFinished);
    QSignalSpy traced(&controller, &gui::MeterController::traced);
    ui::ConnectionChoice choice;
    choice.kind = kind;
    choice.auth = ui::ConnectionChoice::Auth::Installer;
    controller.connectTo(choice);
    DemoRead out;
    if (!read.wait(30000) || !read.first().first().toBool()) {
        return out;
    }
    out.snapshot = document.meterState();  // as installer: the codes read, the clock settable
    for (const auto& args : traced) {
        out.trace << args.first().value<ui::TraceRecord>();
    }
    return out;
}

}  // namespace

class TstGuiLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("OmtGuiLayout"));
        m_reads[QStringLiteral("omnipower-ct")] =
            readDemo(ui::ConnectionChoice::Kind::DemoOmnipowerCt);
        m_reads[QStringLiteral("omnia")] = readDemo(ui::ConnectionChoice::Kind::DemoOmnia);
        for (const auto& [name, read] : m_reads.asKeyValueRange()) {
            QVERIFY2(!read.snapshot.serialNumber.isEmpty(), qPrintable(name));
            QVERIFY2(!read.trace.isEmpty(), qPrintable(name));
        }
        QVERIFY(m_reads[QStringLiteral("omnia")].snapshot.loadControl.has_value());
        QVERIFY(m_reads[QStringLiteral("omnipower-ct")].snapshot.ctRatio.has_value());
    }

    // The checker itself: a label narrower than its text, a cut header and a cut cell are found.
    void checkerFindsCutText() {
        QWidget top;
        top.resize(400, 300);
        auto* label =
            new QLabel(QStringLiteral("A label much wider than the room it is given"), &top);
        label->setGeometry(0, 0, 60, 20);
        auto* table = new QTableView(&top);
        ui::TraceModel model;
        model.append({QDateTime::currentDateTime(), true, QStringLiteral("short"), {}, {}});
        table->setModel(&model);
        table->setGeometry(0, 30, 380, 200);
        table->horizontalHeader()->resizeSection(ui::TraceModel::Direction, 8);
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        const QStringList found = cutTexts(&top);
        const QString all = found.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("A label much wider")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("column \"Direction\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("\"to meter\"")), qPrintable(all));
        label->setGeometry(0, 0, 380, 20);
        table->resizeColumnsToContents();
        QVERIFY2(cutTexts(&top).isEmpty(), qPrintable(cutTexts(&top).join(u'\n')));
    }

    // In the platform's font (9 pt here) and in 11 pt, the interface font of a GNOME desktop
    // out of the box (the largest of the common defaults).
    void nothingIsCutAt1280x800_data() {
        QTest::addColumn<QString>("meter");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("points");
        for (const auto& meter : {QStringLiteral("omnipower-ct"), QStringLiteral("omnia")}) {
            for (const auto& language : kLanguages) {
                for (const int points : {0, 11}) {
                    const QString font =
                        points > 0 ? QStringLiteral("%1pt").arg(points) : QStringLiteral("default");
                    QTest::newRow(
                        qPrintable(meter + QLatin1Char('-') + language + QLatin1Char('-') + font))
                        << meter << language << points;
                }
            }
        }
    }

    void nothingIsCutAt1280x800() {
        QFETCH(QString, meter);
        QFETCH(QString, language);
        QFETCH(int, points);
        const QFont platformFont = QApplication::font();
        if (points > 0) {
            QFont font = platformFont;
            font.setPointSize(points);
            QApplication::setFont(font);
        }
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/openmetertool_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        const DemoRead& read = m_reads[meter];
        ui::MeterDocument document;
        ui::MainWindow window(&document);
        document.load(read.snapshot);
        for (const auto& record : read.trace) {
            window.addTraceRecord(record);
        }
        window.connectionBar()->setConnected(true);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        QStringList problems;
        auto* pages = window.pageList();
        for (int page = 0; page < pages->count(); ++page) {
            if (pages->item(page)->isHidden()) {
                continue;
            }
            pages->setCurrentRow(page);
            QCoreApplication::processEvents();
            // Every tab of the page (the display lists).
            QList<QTabWidget*> tabs;
            for (auto* t : window.pages()->currentWidget()->findChildren<QTabWidget*>()) {
                tabs << t;
            }
            const int tabCount = tabs.isEmpty() ? 1 : tabs.first()->count();
            for (int tab = 0; tab < tabCount; ++tab) {
                if (!tabs.isEmpty()) {
                    tabs.first()->setCurrentIndex(tab);
                    QCoreApplication::processEvents();
                }
                for (const auto& p : cutTexts(&window)) {
                    problems << QStringLiteral("%1: %2").arg(pages->item(page)->text(), p);
                }
            }
        }
        // The message area full (a problem, a verified write, a write that did not finish): the
        // window stays 1280x800 and nothing in it is cut.
        pages->setCurrentRow(0);
        window.showProblem({QStringLiteral("Reading the meter failed."),
                            QStringLiteral("Port /dev/ttyUSB0 is in use by another program."),
                            QStringLiteral("Close the other program, then Retry."), true});
        ui::WriteReport verified;
        verified.headline = QStringLiteral("3 changes written and verified.");
        verified.backupFile = QStringLiteral(
            "/home/anna/.local/share/OpenMeterTool/backups/"
            "71234567-20261121T091400000Z.json");
        verified.auditFile = QStringLiteral("/home/anna/.local/share/OpenMeterTool/audit.csv");
        verified.seconds = 4.2;
        window.showWriteReport(verified);
        window.showInterruptedWrites({{QStringLiteral("1"),
                                       QStringLiteral("71234567"),
                                       QDateTime::currentDateTimeUtc(),
                                       QStringLiteral("omt"),
                                       verified.backupFile,
                                       {QStringLiteral("CT ratio"), QStringLiteral("tariffs")}}});
        QCoreApplication::processEvents();
        if (window.size() != QSize(1280, 800)) {
            problems << QStringLiteral("with messages shown the window is %1x%2")
                            .arg(window.width())
                            .arg(window.height());
        }
        for (const auto& p : cutTexts(&window)) {
            problems << QStringLiteral("messages: %1").arg(p);
        }
        QCoreApplication::removeTranslator(&translator);
        QApplication::setFont(platformFont);
        problems.removeDuplicates();
        for (const auto& p : problems) {
            qWarning("%s", qPrintable(p));  // Qt Test cuts long failure messages
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 cut text(s), listed above").arg(problems.size())));
    }

private:
    QMap<QString, DemoRead> m_reads;
};

QTEST_MAIN(TstGuiLayout)
#include "tst_gui_layout.moc"

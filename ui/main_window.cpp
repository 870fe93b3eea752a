#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/connection_bar.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "ui/pages/config_codes_page.h"
#include "ui/pages/ct_ratio_page.h"
#include "ui/pages/display_lists_page.h"
#include "ui/pages/load_control_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/tariff_page.h"
#include "ui/pages/trace_page.h"

namespace omt::ui {

namespace {

/// Keeps a list as wide as its widest item (text and icon, in the language shown, hidden items
/// too, so showing a page does not move the splitter), its frame and a vertical scroll bar, so
/// every name fits and none wastes space; again when the font or the style changes.
class FitListWidth : public QObject {
public:
    explicit FitListWidth(QListWidget* list) : QObject(list), m_list(list) {
        list->installEventFilter(this);
    }

    void fit() const {
        const int items = std::max(0, m_list->sizeHintForColumn(0));
        const int scrollBar = m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                           m_list->verticalScrollBar());
        const QMargins margins = m_list->contentsMargins();
        m_list->setFixedWidth(items + 2 * m_list->spacing() + margins.left() + margins.right() +
                              scrollBar);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_list &&
            (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)) {
            fit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget* m_list;
};

}  // namespace

MainWindow::MainWindow(MeterDocument* document, QWidget* parent)
    : QMainWindow(parent),
      m_document(document),
      m_connection(new ConnectionBar(this)),
      m_pageList(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_overview(new OverviewPage(document, this)),
      m_displayLists(new DisplayListsPage(document, this)),
      m_ctRatio(new CtRatioPage(document, this)),
      m_configCodes(new ConfigCodesPage(document, this)),
      m_tariffs(new TariffPage(document, this)),
      m_loadControl(new LoadControlPage(document, this)),
      m_trace(new TracePage(this)),
      m_progress(new QProgressBar(this)),
      m_timeLeft(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OpenMeterTool"));
    m_confirmWrite = [this](const QStringList& changes) {
        QMessageBox box(QMessageBox::Question, tr("Write to meter"),
                        tr("Write these %n change(s) to the meter?", nullptr, int(changes.size())),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setDetailedText(changes.join(QLatin1Char('\n')));
        box.setInformativeText(changes.join(QLatin1Char('\n')));
        return box.exec() == QMessageBox::Yes;
    };

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    addPage(Page::Overview, tr("Overview"), m_overview);
    addPage(Page::DisplayLists, tr("Display lists"), m_displayLists);
    addPage(Page::CtRatio, tr("CT ratio"), m_ctRatio);
    addPage(Page::ConfigurationCodes, tr("Configuration codes"), m_configCodes);
    addPage(Page::Tariffs, tr("Tariffs"), m_tariffs);
    addPage(Page::LoadControl, tr("Load control"), m_loadControl);
    addPage(Page::Trace, tr("Trace"), m_trace);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    (new FitListWidth(m_pageList))->fit();

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_connection);
    // The page list keeps its own width (FitListWidth), the page takes the rest: no splitter,
    // whose handle could only leave a gap beside the list.
    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    auto* meterMenu = menuBar()->addMenu(tr("&Meter"));
    m_read = meterMenu->addAction(tr("&Read from meter"), this, &MainWindow::readRequested);
    m_read->setShortcut(QKeySequence::Refresh);
    m_write = meterMenu->addAction(tr("&Write to meter…"), this, &MainWindow::onWrite);
    m_write->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_write->setObjectName(QStringLiteral("writeAction"));
    m_syncClock =
        meterMenu->addAction(tr("&Synchronise clock"), this, &MainWindow::syncClockRequested);
    m_syncClock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_syncClock->setObjectName(QStringLiteral("syncClockAction"));
    connect(m_overview, &OverviewPage::syncClockRequested, this, &MainWindow::syncClockRequested);
    connect(m_connection, &ConnectionBar::stateChanged, this, [this](bool connected, bool busy) {
        m_connected = connected;
        m_busy = busy;
        m_overview->setConnectionState(connected, busy);
        updateActions();
    });
    meterMenu->addSeparator();
    meterMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(m_undo);
    editMenu->addAction(m_redo);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageList->count(); ++i) {
        auto* action = viewMenu->addAction(m_pageList->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    // The language: each in its own name, so a person finds theirs whatever is shown now. The
    // choice is a setting read at start.
    viewMenu->addSeparator();
    auto* languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("da"), QStringLiteral("Dansk")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
        {QStringLiteral("fi"), QStringLiteral("Suomi")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
    };
    for (const auto& [code, name] : choices) {
        auto* action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes the next time OpenMeterTool starts."),
                                     15000);
        });
    }

    auto* tools = addToolBar(tr("Meter"));
    tools->setObjectName(QStringLiteral("meterToolBar"));
    tools->addAction(m_read);
    tools->addAction(m_write);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(220);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_timeLeft);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelRequested);
    hideProgress();

    connect(document, &MeterDocument::editRefused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 10000); });
    connect(document, &MeterDocument::changed, this, [this] {
        updatePageVisibility();
        updateActions();
    });
    updatePageVisibility();
    updateActions();
    m_pageList->setCurrentRow(0);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_connection->restoreSettings();
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1100, 700);
    }
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget) {
    Q_ASSERT(int(page) == m_pages->count());
    widget->setObjectName(widget->objectName().isEmpty() ? QStringLiteral("page%1").arg(int(page))
                                                         : widget->objectName());
    m_pages->addWidget(widget);
    m_pageList->addItem(title);
}

void MainWindow::showPage(Page page) {
    if (isPageVisible(page)) {
        m_pageList->setCurrentRow(int(page));
    }
}

bool MainWindow::isPageVisible(Page page) const {
    const auto* item = m_pageList->item(int(page));
    return item && !item->isHidden();
}

void MainWindow::updatePageVisibility() {
    const auto& m = m_document->meterState();
    const bool loaded = m_document->isLoaded();
    m_pageList->item(int(Page::DisplayLists))->setHidden(loaded && m.displayLists.empty());
    m_pageList->item(int(Page::CtRatio))->setHidden(loaded && !m.ctRatio);
    m_pageList->item(int(Page::ConfigurationCodes))
        ->setHidden(loaded && m.type != meter::MeterType::OmnipowerCt);
    m_pageList->item(int(Page::Tariffs))->setHidden(!loaded || !m.tariffPlan);
    m_pageList->item(int(Page::LoadControl))->setHidden(!loaded || !m.loadControl);
    if (m_pageList->currentItem() && m_pageList->currentItem()->isHidden()) {
        m_pageList->setCurrentRow(int(Page::Overview));
    }
}

void MainWindow::updateActions() {
    m_write->setEnabled(m_document->isLoaded() && m_document->hasPendingChanges());
    m_read->setEnabled(m_document->isLoaded());
    m_syncClock->setEnabled(m_document->isLoaded() && m_connected && !m_busy);
}

void MainWindow::onWrite() {
    const QStringList changes = m_document->pendingChanges();
    if (changes.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to write: there are no pending changes."), 5000);
        return;
    }
    if (m_confirmWrite(changes)) {
        emit writeRequested();
    }
}

void MainWindow::showMessage(const QString& text) {
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showProgress(int done, int total, double secondsLeft) {
    m_progress->setRange(0, std::max(0, total));
    m_progress->setValue(std::clamp(done, 0, std::max(0, total)));
    if (secondsLeft < 0) {
        m_timeLeft->setText(tr("estimating time left…"));
    } else {
        const int s = int(secondsLeft + 0.5);
        m_timeLeft->setText(s >= 60 ? tr("about %1 min %2 s left").arg(s / 60).arg(s % 60)
                                    : tr("about %n s left", nullptr, s));
    }
    m_progress->show();
    m_timeLeft->show();
    m_cancel->show();
}

void MainWindow::hideProgress() {
    m_progress->hide();
    m_timeLeft->hide();
    m_cancel->hide();
}

void MainWindow::addTraceRecord(const TraceRecord& record) {
    m_trace->add(record);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_document->hasPendingChanges()) {
        const auto answer =
            QMessageBox::question(this, tr("Pending changes"),
                                  tr("%n change(s) have not been written to the meter. Quit "
                                     "anyway?",
                                     nullptr, int(m_document->pendingChanges().size())),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_connection->saveSettings();
    event->accept();
}

}  // namespace omt::ui

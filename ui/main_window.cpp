#include "ui/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/connection_bar.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/audit_log_dialog.h"
#include "ui/dialogs/write_confirm_dialog.h"
#include "ui/dialogs/write_outcome_dialog.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "ui/pages/config_codes_page.h"
#include "ui/pages/ct_ratio_page.h"
#include "ui/pages/display_lists_page.h"
#include "ui/pages/load_control_page.h"
#include "ui/pages/overview_page.h"
#include "ui/pages/tariff_page.h"
#include "ui/pages/trace_page.h"
#include "ui/widgets/message_banner.h"

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

/// The languages there are translations for, each in its own name.
struct Language {
    const char* code;
    const char* name;
};
constexpr Language kLanguages[] = {
    {"en", "English"},      {"da", "Dansk"}, {"de", "Deutsch"}, {"sv", "Svenska"},
    {"nb", "Norsk bokmål"}, {"fi", "Suomi"}, {"pl", "Polski"},
};

QString languageName(const QString& code) {
    for (const auto& l : kLanguages) {
        if (code == QLatin1String(l.code)) {
            return QString::fromUtf8(l.name);
        }
    }
    return code;
}

}  // namespace

MainWindow::MainWindow(MeterDocument* document, QWidget* parent)
    : QMainWindow(parent),
      m_document(document),
      m_connection(new ConnectionBar(this)),
      m_problem(new MessageBanner(this)),
      m_report(new MessageBanner(this)),
      m_interrupted(new InterruptedWritesPanel(this)),
      m_outcome(new WriteOutcomeDialog(this)),
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
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_dataDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/OpenMeterTool")) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OpenMeterTool"));
    m_confirmWrite = [this](const QStringList&) {
        WriteConfirmDialog dialog(m_document->pendingChangeItems(), this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_confirmWarnings = [this](const QStringList& warnings) {
        QMessageBox box(QMessageBox::Warning, tr("Write to meter"),
                        tr("This write loses data stored in the meter:"), QMessageBox::NoButton,
                        this);
        box.setInformativeText(warnings.join(QLatin1Char('\n')));
        auto* go = box.addButton(tr("Write anyway"), QMessageBox::AcceptRole);
        auto* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    m_confirmDisconnect = [this](int pending) {
        QMessageBox box(QMessageBox::Warning, tr("Disconnect"),
                        tr("%n change(s) have not been written to the meter.", nullptr, pending),
                        QMessageBox::NoButton, this);
        box.setInformativeText(
            tr("They stay in the pages after disconnecting: connect to the meter again to write "
               "them, or save them as a template."));
        auto* save = box.addButton(tr("Save as template…"), QMessageBox::ActionRole);
        auto* go = box.addButton(tr("Disconnect"), QMessageBox::AcceptRole);
        auto* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.exec();
        return box.clickedButton() == save ? DisconnectChoice::SaveTemplate
               : box.clickedButton() == go ? DisconnectChoice::Disconnect
                                           : DisconnectChoice::Cancel;
    };
    m_chooseFile = [this](FileDialog dialog, const QString& directory) {
        const QString templates = tr("Configuration templates (*.json);;All files (*)");
        QString path;
        switch (dialog) {
            case FileDialog::OpenTemplate:
                return QFileDialog::getOpenFileName(this, tr("Open configuration template"),
                                                    directory, templates);
            case FileDialog::SaveTemplate:
                path = QFileDialog::getSaveFileName(this, tr("Save configuration as template"),
                                                    directory, templates);
                break;
            case FileDialog::SavePendingTemplate:
                path = QFileDialog::getSaveFileName(this, tr("Save pending changes as template"),
                                                    directory, templates);
                break;
            case FileDialog::RestoreBackup:
                return QFileDialog::getOpenFileName(this, tr("Restore backup"), directory,
                                                    tr("Backups (*.json);;All files (*)"));
        }
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
            path += QStringLiteral(".json");
        }
        return path;
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

    // The message area between the connection bar and the pages: what must not be missed.
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_report->setObjectName(QStringLiteral("reportBanner"));
    auto* messages = new QVBoxLayout;
    messages->setContentsMargins(6, 0, 6, 0);
    messages->addWidget(m_problem);
    messages->addWidget(m_report);
    messages->addWidget(m_interrupted);
    connect(m_problem, &MessageBanner::retryRequested, this, &MainWindow::retryRequested);
    connect(m_interrupted, &InterruptedWritesPanel::restoreBackupRequested, this,
            &MainWindow::restoreBackupRequested);
    connect(m_interrupted, &InterruptedWritesPanel::dismissRequested, this,
            &MainWindow::dismissInterruptedRequested);
    connect(m_outcome, &WriteOutcomeDialog::restoreBackupRequested, this,
            &MainWindow::restoreBackupRequested);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_connection);
    outer->addLayout(messages);
    // The page list keeps its own width (FitListWidth), the page takes the rest: no splitter,
    // whose handle could only leave a gap beside the list.
    // The pages scroll when the message area takes their room: a message never makes the
    // window taller than the screen.
    auto* pageScroll = new QScrollArea(this);
    pageScroll->setObjectName(QStringLiteral("pageScroll"));
    pageScroll->setWidgetResizable(true);
    pageScroll->setFrameShape(QFrame::NoFrame);
    pageScroll->setWidget(m_pages);
    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(pageScroll, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openTemplate = fileMenu->addAction(tr("&Open template…"), this, &MainWindow::openTemplate);
    m_openTemplate->setShortcut(QKeySequence::Open);
    m_openTemplate->setObjectName(QStringLiteral("openTemplateAction"));
    m_openTemplate->setToolTip(
        tr("Load a configuration template into the pending changes; Write to meter writes it."));
    m_saveTemplate = fileMenu->addAction(tr("&Save configuration as template…"), this,
                                         [this] { saveTemplate(false); });
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateAction"));
    m_savePendingTemplate = fileMenu->addAction(tr("Save &pending changes as template…"), this,
                                                [this] { saveTemplate(true); });
    m_savePendingTemplate->setShortcut(QKeySequence::Save);
    m_savePendingTemplate->setObjectName(QStringLiteral("savePendingTemplateAction"));
    fileMenu->addSeparator();
    m_restoreBackup = fileMenu->addAction(tr("&Restore backup…"), this, &MainWindow::restoreBackup);
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    m_auditLog = fileMenu->addAction(tr("&Audit log…"), this, [this] { showAuditLog(); });
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    // Who writes: the name the audit log gives each write (else the computer's account name).
    auto* operatorAction = fileMenu->addAction(tr("&Operator name…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Operator name"),
            tr("The name the audit log records for your writes (empty: your account's name):"),
            QLineEdit::Normal, operatorName(), &ok);
        if (ok) {
            setOperatorName(name);
        }
    });
    operatorAction->setObjectName(QStringLiteral("operatorNameAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* meterMenu = menuBar()->addMenu(tr("&Meter"));
    m_read = meterMenu->addAction(tr("&Read from meter"), this, &MainWindow::readRequested);
    m_read->setShortcut(QKeySequence::Refresh);
    m_read->setObjectName(QStringLiteral("readAction"));
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
        if (!connected && !busy) {
            hideProgress();  // whatever ran, the connection is gone
        }
        updateActions();
    });
    // Disconnect goes through the window: edits that were not written are asked about first.
    connect(m_connection, &ConnectionBar::disconnectRequested, this, &MainWindow::onDisconnect);

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
        m_pageActions << action;
    }
    // The language: each in its own name, so a person finds theirs whatever is shown now. The
    // choice is a setting read at start; the one in use is checked.
    viewMenu->addSeparator();
    m_languageMenu = viewMenu->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    auto addLanguage = [this](const QString& code, const QString& name) {
        auto* action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes the next time OpenMeterTool starts."),
                                     15000);
        });
    };
    addLanguage(QString(),
                tr("System language (%1)").arg(languageName(languageOf(QLocale::system()))));
    for (const auto& l : kLanguages) {
        addLanguage(QString::fromLatin1(l.code), QString::fromUtf8(l.name));
    }
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    setCurrentLanguage(chosen.isEmpty() ? languageOf(QLocale::system()) : chosen);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_about = helpMenu->addAction(tr("&About OpenMeterTool"), this, [this] { showAbout(); });
    m_about->setObjectName(QStringLiteral("aboutAction"));

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

QAction* MainWindow::pageAction(Page page) const {
    return m_pageActions.value(int(page));
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
    // The View menu offers what the page list offers.
    for (int i = 0; i < m_pageActions.size(); ++i) {
        const bool shown = !m_pageList->item(i)->isHidden();
        m_pageActions[i]->setVisible(shown);
        m_pageActions[i]->setEnabled(shown);
    }
    if (m_pageList->currentItem() && m_pageList->currentItem()->isHidden()) {
        m_pageList->setCurrentRow(int(Page::Overview));
    }
}

void MainWindow::updateActions() {
    const bool idle = m_connected && !m_busy;
    const bool loaded = m_document->isLoaded();
    const bool pending = loaded && m_document->hasPendingChanges();
    m_write->setEnabled(idle && pending);
    m_write->setToolTip(!m_connected ? tr("Connect to the meter to write the changes.")
                        : !pending   ? tr("There are no pending changes to write.")
                                     : tr("Write the pending changes to the meter."));
    m_read->setEnabled(idle);
    const bool clockSettable = loaded && m_document->meterState().clockSettable;
    m_syncClock->setEnabled(idle && loaded && clockSettable);
    m_syncClock->setToolTip(loaded && !clockSettable
                                ? tr("This association cannot set the meter's clock: connect as "
                                     "installer.")
                                : tr("Set the meter's clock to this computer's time."));
    m_openTemplate->setEnabled(loaded);
    m_saveTemplate->setEnabled(loaded && m_document->meterState().configurationReadable);
    m_savePendingTemplate->setEnabled(pending);
    m_restoreBackup->setEnabled(idle);
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

bool MainWindow::confirmWarnings(const QStringList& warnings) {
    return warnings.isEmpty() || m_confirmWarnings(warnings);
}

void MainWindow::onDisconnect() {
    const int pending = m_document->isLoaded() ? int(m_document->pendingChanges().size()) : 0;
    if (pending == 0) {
        emit disconnectRequested();
        return;
    }
    switch (m_confirmDisconnect(pending)) {
        case DisconnectChoice::Cancel:
            return;
        case DisconnectChoice::SaveTemplate: {
            const QString path = m_chooseFile(FileDialog::SavePendingTemplate, templateDirectory());
            if (path.isEmpty()) {
                return;  // not saved: stay connected
            }
            rememberTemplateDirectory(path);
            emit saveTemplateRequested(path, true);
            break;
        }
        case DisconnectChoice::Disconnect:
            break;
    }
    // The edits stay in the document: they can be written after connecting again.
    emit disconnectRequested();
}

QString MainWindow::templateDirectory() const {
    const QString last = QSettings().value(QStringLiteral("window/templateDirectory")).toString();
    return !last.isEmpty() && QFileInfo(last).isDir()
               ? last
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberTemplateDirectory(const QString& file) {
    QSettings().setValue(QStringLiteral("window/templateDirectory"),
                         QFileInfo(file).absolutePath());
}

void MainWindow::openTemplate() {
    const QString path = m_chooseFile(FileDialog::OpenTemplate, templateDirectory());
    if (path.isEmpty()) {
        return;
    }
    rememberTemplateDirectory(path);
    emit applyTemplateRequested(path);
}

void MainWindow::saveTemplate(bool pending) {
    const QString path = m_chooseFile(
        pending ? FileDialog::SavePendingTemplate : FileDialog::SaveTemplate, templateDirectory());
    if (path.isEmpty()) {
        return;
    }
    rememberTemplateDirectory(path);
    emit saveTemplateRequested(path, pending);
}

void MainWindow::restoreBackup() {
    const QString path =
        m_chooseFile(FileDialog::RestoreBackup, m_dataDir + QStringLiteral("/backups"));
    if (!path.isEmpty()) {
        emit restoreBackupRequested(path);
    }
}

void MainWindow::setDataDirectory(const QString& dir) {
    m_dataDir = dir;
}

QString MainWindow::languageOf(const QLocale& locale) {
    for (QString name : locale.uiLanguages()) {
        name = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (name == QLatin1String("no") || name == QLatin1String("nn")) {
            name = QStringLiteral("nb");  // Norwegian: the Bokmål translation
        }
        for (const auto& l : kLanguages) {
            if (name == QLatin1String(l.code)) {
                return name;
            }
        }
    }
    return QStringLiteral("en");
}

void MainWindow::setCurrentLanguage(const QString& code) {
    // The system's entry when nothing is chosen and the system's language is the one in use;
    // else the language in use by its name.
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const bool system = chosen.isEmpty() && code == languageOf(QLocale::system());
    for (auto* action : m_languages->actions()) {
        const QString language = action->data().toString();
        action->setChecked(system ? language.isEmpty() : language == code);
    }
}

void MainWindow::showMessage(const QString& text) {
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showProblem(const ProblemReport& problem) {
    m_problem->showMessage(MessageBanner::Kind::Error, problem.title,
                           {problem.detail, problem.advice}, problem.retry);
}

void MainWindow::clearProblem() {
    m_problem->clear();
}

void MainWindow::showWriteReport(const WriteReport& report) {
    using Result = WriteReport::Result;
    switch (report.result) {
        case Result::Verified: {
            QStringList lines;
            if (!report.backupFile.isEmpty()) {
                lines << tr("Backup of the old values: %1").arg(report.backupFile);
            }
            if (!report.auditFile.isEmpty()) {
                lines << tr("Recorded in the audit log %1").arg(report.auditFile);
            }
            lines << tr("Written in %1 s.").arg(QLocale().toString(report.seconds, 'f', 1));
            if (report.reconnects > 0) {
                lines << tr("The link was opened again %n time(s) during the write.", nullptr,
                            report.reconnects);
            }
            m_report->showMessage(MessageBanner::Kind::Information, report.headline, lines);
            break;
        }
        case Result::Restored:
        case Result::Cancelled:
            m_report->showMessage(MessageBanner::Kind::Warning, report.headline,
                                  {report.reason, tr("The meter holds its old configuration.")});
            break;
        case Result::NotRestored:
        case Result::NotVerified:
            // A meter in doubt: a window that stays, with the backup and Restore backup.
            m_report->clear();
            m_outcome->setReport(report);
            m_outcome->show();
            m_outcome->raise();
            m_outcome->activateWindow();
            break;
    }
}

void MainWindow::showInterruptedWrites(const QList<InterruptedWrite>& writes) {
    m_interrupted->setWrites(writes);
}

QDialog* MainWindow::showAuditLog() {
    auto* dialog = new AuditLogDialog(m_dataDir + QStringLiteral("/audit.csv"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QDialog* MainWindow::showAbout() {
    auto* dialog = new AboutDialog(m_dataDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
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

QString MainWindow::operatorName() const {
    return QSettings().value(QStringLiteral("operator")).toString();
}

void MainWindow::setOperatorName(const QString& name) {
    const QString trimmed = name.trimmed();
    QSettings().setValue(QStringLiteral("operator"), trimmed);
    emit operatorNameChanged(trimmed);
}

}  // namespace omt::ui

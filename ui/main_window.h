#pragma once
// The main window: the connection bar on top, the message area below it (a problem or a write's
// outcome that stays until dismissed, the writes that never finished), the page list on the left
// (pages the connected meter does not support are hidden, in the View menu too), the pages, and
// the status line with a progress bar (time left, Cancel) while an operation runs. Undo/redo
// covers every pending edit; "Write to meter" shows the changes setting by setting and asks
// before anything is written. File: configuration templates, restoring a backup, the audit log.
// Window layout and the last connection are remembered.
//
// The window never talks to the meter: it emits requests (writeRequested, restoreBackupRequested,
// applyTemplateRequested, disconnectRequested ...) and the application's controller answers
// through showProblem, showWriteReport, showInterruptedWrites, showProgress and the document.

#include <QMainWindow>
#include <functional>

#include "ui/reports.h"

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QLocale;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace omt::ui {

class ConfigCodesPage;
class ConnectionBar;
class CtRatioPage;
class DisplayListsPage;
class InterruptedWritesPanel;
class LoadControlPage;
class MessageBanner;
class MeterDocument;
class OverviewPage;
class TariffPage;
class TracePage;
class WriteOutcomeDialog;
struct ConnectionChoice;
struct TraceRecord;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page {
        Overview,
        DisplayLists,
        CtRatio,
        ConfigurationCodes,
        Tariffs,
        LoadControl,
        Trace
    };

    explicit MainWindow(MeterDocument* document, QWidget* parent = nullptr);

    ConnectionBar* connectionBar() const { return m_connection; }
    QListWidget* pageList() const { return m_pageList; }
    QStackedWidget* pages() const { return m_pages; }
    /// Shows `page` (no effect when it is hidden for this meter).
    void showPage(Page page);
    /// Whether the page list offers `page` for the loaded meter.
    bool isPageVisible(Page page) const;
    /// View > the page: hidden and disabled exactly when the page list hides the page.
    QAction* pageAction(Page page) const;
    /// Meter > Write to meter…: enabled while connected, idle and with pending edits.
    QAction* writeAction() const { return m_write; }
    /// Meter > Read from meter: enabled while connected and idle.
    QAction* readAction() const { return m_read; }

    /// The person's confirmation of a write (the list of changes, one line each); by default a
    /// dialog showing MeterDocument::pendingChangeItems() setting by setting.
    using ConfirmWrite = std::function<bool(const QStringList& changes)>;
    void setConfirmWrite(ConfirmWrite confirm) { m_confirmWrite = std::move(confirm); }

    /// The question before a step that loses data on the meter (e.g. a new load profile
    /// period): true goes ahead. The controller asks it; tests replace it.
    bool confirmWarnings(const QStringList& warnings);
    using ConfirmWarnings = std::function<bool(const QStringList& warnings)>;
    void setConfirmWarnings(ConfirmWarnings confirm) { m_confirmWarnings = std::move(confirm); }

    /// What the person chose when disconnecting with edits that were not written.
    enum class DisconnectChoice { SaveTemplate, Disconnect, Cancel };
    using ConfirmDisconnect = std::function<DisconnectChoice(int pendingChanges)>;
    void setConfirmDisconnect(ConfirmDisconnect confirm) {
        m_confirmDisconnect = std::move(confirm);
    }

    /// The file dialogs of the File menu (tests replace them): the file chosen, "" when
    /// cancelled. `directory` is where the dialog starts.
    enum class FileDialog { OpenTemplate, SaveTemplate, SavePendingTemplate, RestoreBackup };
    using ChooseFile = std::function<QString(FileDialog dialog, const QString& directory)>;
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }

    /// Where backups/ and audit.csv are (the file dialogs and the audit log start there).
    void setDataDirectory(const QString& dir);
    /// The name the audit log records for this person's writes (a setting; "": the account's).
    QString operatorName() const;
    void setOperatorName(const QString& name);
    QString dataDirectory() const { return m_dataDir; }

    /// The language the program runs in ("de"; the --language option, else the setting, else
    /// the system's): the language menu checks it.
    void setCurrentLanguage(const QString& code);
    /// The language of `locale` among the translations (da, de, sv, nb, fi, pl), else "en".
    static QString languageOf(const QLocale& locale);
    QMenu* languageMenu() const { return m_languageMenu; }

    /// Shows a sentence in the status line (results, refusals, progress). It vanishes after a
    /// while: what the person must not miss goes to showProblem().
    void showMessage(const QString& text);

    /// The message area: a problem that stays until dismissed, until clearProblem(), or until
    /// the next showProblem replaces it. Retry (only when `problem.retry`) emits
    /// retryRequested() and closes it.
    void showProblem(const omt::ui::ProblemReport& problem);
    void clearProblem();
    MessageBanner* problemBanner() const { return m_problem; }

    /// A write's outcome: Verified, Restored and Cancelled in a banner that stays until
    /// dismissed; NotRestored and NotVerified in the write outcome window (not modal), which
    /// offers "Restore backup".
    void showWriteReport(const omt::ui::WriteReport& report);
    MessageBanner* reportBanner() const { return m_report; }
    WriteOutcomeDialog* writeOutcomeDialog() const { return m_outcome; }

    /// The writes the journal holds that never finished (at start); an empty list hides them.
    void showInterruptedWrites(const QList<omt::ui::InterruptedWrite>& writes);
    InterruptedWritesPanel* interruptedWritesPanel() const { return m_interrupted; }

    /// Shows the progress bar: `done` of `total`, the estimated time left (negative: unknown)
    /// and the Cancel button.
    void showProgress(int done, int total, double secondsLeft);
    /// Hides it (an operation ended; also when the connection closes).
    void hideProgress();
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* timeLeftLabel() const { return m_timeLeft; }
    QPushButton* cancelButton() const { return m_cancel; }

    /// Adds a record to the Trace page.
    void addTraceRecord(const omt::ui::TraceRecord& record);
    TracePage* tracePage() const { return m_trace; }
    TariffPage* tariffPage() const { return m_tariffs; }
    OverviewPage* overviewPage() const { return m_overview; }
    ConfigCodesPage* configCodesPage() const { return m_configCodes; }
    /// Meter > Synchronise clock (Ctrl+Shift+K): enabled while connected and idle, and only
    /// when the association may set the clock.
    QAction* syncClockAction() const { return m_syncClock; }
    LoadControlPage* loadControlPage() const { return m_loadControl; }

    /// File menu actions.
    QAction* openTemplateAction() const { return m_openTemplate; }
    QAction* saveTemplateAction() const { return m_saveTemplate; }
    QAction* savePendingTemplateAction() const { return m_savePendingTemplate; }
    QAction* restoreBackupAction() const { return m_restoreBackup; }
    QAction* auditLogAction() const { return m_auditLog; }
    QAction* aboutAction() const { return m_about; }

    /// File > Audit log… and Help > About (non-blocking: the dialog is shown and returned).
    QDialog* showAuditLog();
    QDialog* showAbout();

signals:
    /// The person confirmed writing the pending changes.
    void writeRequested();
    void readRequested();
    /// The person asked to set the meter's clock to this computer's (Overview page button or
    /// Meter > Synchronise clock).
    void syncClockRequested();
    /// The person pressed Cancel next to the progress bar.
    void cancelRequested();
    /// Retry on the problem banner.
    void retryRequested();
    /// Put the old values of this backup (omt-backup JSON) back into the connected meter.
    void restoreBackupRequested(const QString& backupFile);
    /// Remove this entry from the journal of writes that never finished.
    void dismissInterruptedRequested(const QString& id);
    /// Load this configuration template (omt-configuration v1) into the pending edits.
    void applyTemplateRequested(const QString& path);
    /// Save a configuration template: what the meter holds (`pending` false) or the pending
    /// edits (true).
    void saveTemplateRequested(const QString& path, bool pending);
    /// The person goes ahead with disconnecting (asked first when edits were not written).
    void disconnectRequested();
    /// The operator name for the audit log changed (File > Operator name…); "" for the account.
    void operatorNameChanged(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& title, QWidget* widget);
    void updatePageVisibility();
    void updateActions();
    void onWrite();
    void onDisconnect();
    void openTemplate();
    void saveTemplate(bool pending);
    void restoreBackup();
    QString templateDirectory() const;
    void rememberTemplateDirectory(const QString& file);

    MeterDocument* m_document;
    ConnectionBar* m_connection;
    MessageBanner* m_problem;
    MessageBanner* m_report;
    InterruptedWritesPanel* m_interrupted;
    WriteOutcomeDialog* m_outcome;
    QListWidget* m_pageList;
    QStackedWidget* m_pages;
    OverviewPage* m_overview;
    DisplayListsPage* m_displayLists;
    CtRatioPage* m_ctRatio;
    ConfigCodesPage* m_configCodes;
    TariffPage* m_tariffs;
    LoadControlPage* m_loadControl;
    TracePage* m_trace;
    QProgressBar* m_progress;
    QLabel* m_timeLeft;
    QPushButton* m_cancel;
    QList<QAction*> m_pageActions;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_write = nullptr;
    QAction* m_read = nullptr;
    QAction* m_syncClock = nullptr;
    QAction* m_openTemplate = nullptr;
    QAction* m_saveTemplate = nullptr;
    QAction* m_savePendingTemplate = nullptr;
    QAction* m_restoreBackup = nullptr;
    QAction* m_auditLog = nullptr;
    QAction* m_about = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languages = nullptr;
    QString m_dataDir;
    bool m_connected = false;
    bool m_busy = false;
    ConfirmWrite m_confirmWrite;
    ConfirmWarnings m_confirmWarnings;
    ConfirmDisconnect m_confirmDisconnect;
    ChooseFile m_chooseFile;
};

}  // namespace omt::ui

#pragma once
// The main window: the connection bar on top, the page list on the left (pages the connected
// meter does not support are hidden), the pages, and the status line where refused edits and
// results are explained, with a progress bar (time left, Cancel) while an operation runs.
// Undo/redo covers every pending edit; "Write to meter" lists the changes
// and asks before anything is written. Window layout and the last connection are remembered.

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace omt::ui {

class ConfigCodesPage;
class ConnectionBar;
class CtRatioPage;
class DisplayListsPage;
class LoadControlPage;
class MeterDocument;
class OverviewPage;
class TariffPage;
class TracePage;
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
    QAction* writeAction() const { return m_write; }

    /// The person's confirmation of a write (the list of changes); a dialog by default.
    using ConfirmWrite = std::function<bool(const QStringList& changes)>;
    void setConfirmWrite(ConfirmWrite confirm) { m_confirmWrite = std::move(confirm); }

    /// Shows a sentence in the status line (results, refusals, progress).
    void showMessage(const QString& text);

    /// Shows the progress bar: `done` of `total`, the estimated time left (negative: unknown)
    /// and the Cancel button.
    void showProgress(int done, int total, double secondsLeft);
    void hideProgress();
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* timeLeftLabel() const { return m_timeLeft; }
    QPushButton* cancelButton() const { return m_cancel; }

    /// Adds a record to the Trace page.
    void addTraceRecord(const omt::ui::TraceRecord& record);
    TracePage* tracePage() const { return m_trace; }
    TariffPage* tariffPage() const { return m_tariffs; }
    OverviewPage* overviewPage() const { return m_overview; }
    /// Meter > Synchronise clock (Ctrl+Shift+K): enabled while connected and idle.
    QAction* syncClockAction() const { return m_syncClock; }
    LoadControlPage* loadControlPage() const { return m_loadControl; }

signals:
    /// The person confirmed writing the pending changes.
    void writeRequested();
    void readRequested();
    /// The person asked to set the meter's clock to this computer's (Overview page button or
    /// Meter > Synchronise clock).
    void syncClockRequested();
    /// The person pressed Cancel next to the progress bar.
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& title, QWidget* widget);
    void updatePageVisibility();
    void updateActions();
    void onWrite();

    MeterDocument* m_document;
    ConnectionBar* m_connection;
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
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_write = nullptr;
    QAction* m_read = nullptr;
    QAction* m_syncClock = nullptr;
    bool m_connected = false;
    bool m_busy = false;
    ConfirmWrite m_confirmWrite;
};

}  // namespace omt::ui

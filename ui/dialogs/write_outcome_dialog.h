#pragma once
// The outcome of a write that left the meter in doubt (WriteReport NotRestored or NotVerified): a
// window that stays open beside the main window until closed (not modal), with the headline,
// the reason, what the meter holds now setting by setting (new value, old value, unknown:
// restore the backup, not written), where the backup is (selectable, "Copy path", "Show in
// folder") and "Restore backup". A second report replaces the first.
//
//   WriteOutcomeDialog dialog(window);
//   dialog.setReport(report);
//   dialog.show();
//   connect(&dialog, &WriteOutcomeDialog::restoreBackupRequested, ...);

#include <QDialog>
#include <QUrl>
#include <functional>

#include "ui/reports.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace omt::ui {

class WriteOutcomeDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { SettingColumn, BeforeColumn, AfterColumn, StateColumn, ColumnCount };

    explicit WriteOutcomeDialog(QWidget* parent = nullptr);

    void setReport(const WriteReport& report);
    const WriteReport& report() const { return m_report; }

    /// What the meter holds now, in words: "new value", "old value", "unknown — restore the
    /// backup", "not written".
    static QString stateText(WriteReportItem::State state);

    /// Opens a folder in the file manager (QDesktopServices by default; tests replace it).
    void setOpenUrl(std::function<bool(const QUrl&)> open) { m_openUrl = std::move(open); }

    QLabel* headlineLabel() const { return m_headline; }
    QLabel* reasonLabel() const { return m_reason; }
    QTableWidget* itemTable() const { return m_items; }
    QLineEdit* backupPath() const { return m_backup; }
    QPushButton* copyPathButton() const { return m_copy; }
    QPushButton* showInFolderButton() const { return m_showFolder; }
    QPushButton* restoreButton() const { return m_restore; }

signals:
    void restoreBackupRequested(const QString& backupFile);

private:
    WriteReport m_report;
    std::function<bool(const QUrl&)> m_openUrl;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_reason;
    QTableWidget* m_items;
    QLineEdit* m_backup;
    QPushButton* m_copy;
    QPushButton* m_showFolder;
    QPushButton* m_restore;
};

}  // namespace omt::ui

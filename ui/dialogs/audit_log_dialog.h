#pragma once
// File > Audit log…: every write recorded in dataDir/audit.csv (by this program and by `omt
// config`), newest first, sortable by any column and filtered by a text in any column, with
// "Open in another program" (the file in the desktop's CSV program). A missing file says that no
// write has been recorded yet; a line that is not a record shows as such.
//
//   AuditLogDialog dialog(dataDir + "/audit.csv", window);
//   dialog.exec();

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace omt::ui {

class AuditLogModel;

class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit AuditLogDialog(const QString& file, QWidget* parent = nullptr);

    /// Reads the file again.
    void reload();
    QString file() const { return m_file; }

    /// Opens the file in another program (QDesktopServices by default; tests replace it).
    void setOpenUrl(std::function<bool(const QUrl&)> open) { m_openUrl = std::move(open); }

    AuditLogModel* model() const { return m_model; }
    QSortFilterProxyModel* filtered() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filterBox; }
    /// "No write has been recorded yet." and the like, in place of the table.
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* openButton() const { return m_open; }

private:
    QString m_file;
    std::function<bool(const QUrl&)> m_openUrl;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterBox;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_summary;
    QPushButton* m_open;
};

}  // namespace omt::ui

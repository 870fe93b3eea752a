#pragma once
// Trace page: every request to and response from the meter as it happens (time, direction,
// decoded view, hex), a filter box that keeps the rows containing its text in any column, and
// "Save…" which writes the shown rows to a text file. Below the table, the selected record in
// full (every decoded line and the hex, selectable), the splitter between them remembered.
//
//   TracePage page;
//   page.add(record);                          // from MeterController::traced
//   page.filterBox()->setText("SET");          // only the SET requests and results
//   page.saveTo("/tmp/session.txt");           // false (and a sentence) when it cannot write

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace omt::ui {

class TraceModel;
struct TraceRecord;

class TracePage : public QWidget {
    Q_OBJECT

public:
    explicit TracePage(QWidget* parent = nullptr);

    TraceModel* model() const { return m_model; }
    QSortFilterProxyModel* filtered() const { return m_filter; }
    QLineEdit* filterBox() const { return m_filterBox; }
    QTableView* view() const { return m_view; }
    /// The selected record in full: time, direction, every decoded line, the hex.
    QPlainTextEdit* detailView() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }

    void add(const TraceRecord& record);
    /// Writes the rows the filter shows, oldest first. Errors: the file's, in `error`.
    bool saveTo(const QString& path, QString* error = nullptr) const;

private:
    void save();
    void showDetail();

    TraceModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterBox;
    QTableView* m_view;
    QPlainTextEdit* m_detail;
    QSplitter* m_splitter;
    QLabel* m_status;
};

}  // namespace omt::ui

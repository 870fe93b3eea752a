#pragma once
// Trace page: every request to and response from the meter as it happens (time, direction,
// decoded view, hex), a filter box that keeps the rows containing its text in any column, and
// "Save…" which writes the shown rows to a text file.
//
//   TracePage page;
//   page.add(record);                          // from MeterController::traced
//   page.filterBox()->setText("SET");          // only the SET requests and results
//   page.saveTo("/tmp/session.txt");           // false (and a sentence) when it cannot write

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
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

    void add(const TraceRecord& record);
    /// Writes the rows the filter shows, oldest first. Errors: the file's, in `error`.
    bool saveTo(const QString& path, QString* error = nullptr) const;

private:
    void save();

    TraceModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterBox;
    QTableView* m_view;
    QLabel* m_status;
};

}  // namespace omt::ui

#pragma once
// The Trace page's records: what went to and came from the meter, newest last, one row each
// (time, direction, decoded view, hex). Bounded: past `capacity` records the oldest are dropped,
// so a long session cannot use unbounded memory.
//
//   TraceModel model;                  // capacity 5000
//   model.append({QDateTime::currentDateTime(), true, "GET request, 2 attributes", {}, ""});
//   model.data(model.index(0, TraceModel::Decoded));   // "GET request, 2 attributes"
//   model.toText();                                    // every record as lines, for a file

#include <QAbstractTableModel>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <deque>

namespace omt::ui {

/// One request or response as the Trace page shows it.
struct TraceRecord {
    QDateTime time;
    bool toMeter = true;  ///< false: from the meter
    QString summary;      ///< decoded, one line
    QStringList detail;   ///< decoded detail lines (attributes, values)
    QString hex;          ///< the bytes in hex ("" when none)
};

class TraceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Direction, Decoded, Hex, ColumnCount };

    explicit TraceModel(QObject* parent = nullptr, int capacity = 5000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const TraceRecord& record);
    void clear();
    const TraceRecord& record(int row) const { return m_records[std::size_t(row)]; }
    int capacity() const { return m_capacity; }

    /// One record as text lines: "12:00:01.250 TX GET request ...", detail and hex indented.
    static QString textOf(const TraceRecord& record);

private:
    std::deque<TraceRecord> m_records;
    int m_capacity;
};

}  // namespace omt::ui

Q_DECLARE_METATYPE(omt::ui::TraceRecord)

#pragma once
// The audit log (dataDir/audit.csv, meter::auditLine's records) as a table: time (in this
// computer's time zone), meter, user, setting, old, new, result. A line that is not a record is a
// row too, its text under Setting and why under Result, so nothing in the file goes unseen.
//
//   AuditLogModel model;
//   model.setCsv(meter::parseAuditCsv(text));
//   model.data(model.index(0, AuditLogModel::Result));   // "verified"
//   SortRole: the file order for the time column (newest last), the text for the others.

#include <QAbstractTableModel>

#include "meter/write_plan.h"

namespace omt::ui {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Meter, User, Setting, Old, New, Result, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, MalformedRole };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setCsv(meter::AuditCsv csv);
    const meter::AuditCsv& csv() const { return m_csv; }
    /// Rows that are not records.
    int malformedCount() const;

    /// Why a line is not a record, in words.
    static QString describe(const meter::AuditCsvRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    meter::AuditCsv m_csv;
};

}  // namespace omt::ui

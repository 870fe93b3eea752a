#include "ui/models/audit_log_model.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <algorithm>

namespace omt::ui {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setCsv(meter::AuditCsv csv) {
    beginResetModel();
    m_csv = std::move(csv);
    endResetModel();
}

int AuditLogModel::malformedCount() const {
    return int(
        std::count_if(m_csv.rows.begin(), m_csv.rows.end(), [](const auto& r) { return !r.ok(); }));
}

QString AuditLogModel::describe(const meter::AuditCsvRow& row) {
    switch (row.problem) {
        case meter::AuditCsvProblem::None:
            return {};
        case meter::AuditCsvProblem::QuoteNotClosed:
            return tr("not a record (line %1): a quoted field is not closed").arg(row.line);
        case meter::AuditCsvProblem::TextAfterQuote:
            return tr("not a record (line %1): text after a closing quote").arg(row.line);
        case meter::AuditCsvProblem::QuoteInField:
            return tr("not a record (line %1): a quote inside a field").arg(row.line);
        case meter::AuditCsvProblem::WrongFieldCount:
            return tr("not a record (line %1): %n field(s) instead of 7", nullptr,
                      int(row.fields.size()))
                .arg(row.line);
        case meter::AuditCsvProblem::BadTime:
            return tr("not a record (line %1): the time does not read").arg(row.line);
    }
    return {};
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_csv.rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& row = m_csv.rows[std::size_t(index.row())];
    const int column = index.column();
    if (role == MalformedRole) {
        return !row.ok();
    }
    if (role == SortRole && column == Time) {
        return qulonglong(row.line);  // the file is appended in time order
    }
    if (!row.ok()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
            switch (column) {
                case Setting:
                    return QString::fromStdString(row.text);
                case Result:
                    return describe(row);
                default:
                    return QString();
            }
        }
        if (role == Qt::ForegroundRole && column == Result) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (role == Qt::FontRole && column == Result) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    const QString text = QString::fromStdString(row.fields[std::size_t(column)]);
    if (role == Qt::DisplayRole || role == SortRole) {
        if (column == Time) {
            const auto utc = QDateTime::fromString(text, Qt::ISODate);
            return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : text;
        }
        return text;
    }
    if (role == Qt::ToolTipRole) {
        return column == Time ? tr("%1 (UTC)").arg(text) : text;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
        case Time:
            return tr("Time");
        case Meter:
            return tr("Meter");
        case User:
            return tr("User");
        case Setting:
            return tr("Setting");
        case Old:
            return tr("Old value");
        case New:
            return tr("New value");
        case Result:
            return tr("Result");
        case ColumnCount:
            break;
    }
    return {};
}

}  // namespace omt::ui

#include "ui/models/trace_model.h"

namespace omt::ui {

TraceModel::TraceModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

int TraceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int TraceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& r = m_records[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
            case Time:
                return r.time.toString(QStringLiteral("HH:mm:ss.zzz"));
            case Direction:
                return r.toMeter ? tr("to meter") : tr("from meter");
            case Decoded:
                return r.summary;
            case Hex:
                return r.hex;
            case ColumnCount:
                break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Decoded) {
        return (QStringList(r.summary) + r.detail).join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == Hex && !r.hex.isEmpty()) {
        return r.hex;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
        case Time:
            return tr("Time");
        case Direction:
            return tr("Direction");
        case Decoded:
            return tr("Decoded");
        case Hex:
            return tr("Hex");
        case ColumnCount:
            break;
    }
    return {};
}

void TraceModel::append(const TraceRecord& record) {
    if (int(m_records.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_records.pop_front();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(record);
    endInsertRows();
}

void TraceModel::clear() {
    beginResetModel();
    m_records.clear();
    endResetModel();
}

QString TraceModel::textOf(const TraceRecord& r) {
    QString out = r.time.toString(Qt::ISODateWithMs) +
                  (r.toMeter ? QStringLiteral(" TX ") : QStringLiteral(" RX ")) + r.summary;
    for (const auto& line : r.detail) {
        if (!line.isEmpty()) {
            out += QStringLiteral("\n    ") + line;
        }
    }
    if (!r.hex.isEmpty()) {
        out += QStringLiteral("\n    ") + r.hex;
    }
    return out;
}

}  // namespace omt::ui

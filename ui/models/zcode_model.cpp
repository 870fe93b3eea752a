#include "ui/models/zcode_model.h"

#include "ui/meter_texts.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace omt::ui {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool availableOn(meter::VariantMask mask, meter::Variant variant) {
    return (static_cast<unsigned>(mask) & (variant == meter::Variant::One ? 1U : 2U)) != 0;
}

}  // namespace

ZCodeModel::ZCodeModel(MeterDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(document, &MeterDocument::changed, this, &ZCodeModel::refresh);
}

void ZCodeModel::refresh() {
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ZCodeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(meter::zCatalogue().size());
}

int ZCodeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

meter::ZField ZCodeModel::fieldAt(int row) const {
    return meter::zCatalogue()[std::size_t(row)].field;
}

QVariant ZCodeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& spec = meter::zCatalogue()[std::size_t(index.row())];
    const auto& pending = m_document->pending();
    if (!pending.configuration || !m_document->meterState().configuration) {
        // a meter without Z codes (the OMNIA e-meter), or none read: nothing to show
        return index.column() == FieldColumn && role == Qt::DisplayRole ? qs(spec.id) : QVariant();
    }
    const std::string code(pending.configuration->code(spec.field));
    const std::string meterCode(m_document->meterState().configuration->code(spec.field));
    const bool changed = code != meterCode;
    std::vector<meter::ConfigViolation> violations;
    for (auto& v : pending.configuration->validate(pending.variant, pending.orderFormCodes)) {
        if (v.field == spec.field) {
            violations.push_back(v);
        }
    }

    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
                case FieldColumn:
                    return qs(spec.id);
                case NameColumn:
                    return zFieldName(spec.field);
                case CodeColumn:
                    return QString::fromStdString(code);
                case MeaningColumn:
                    return zCodeMeaning(spec.field, code, pending.orderFormCodes);
                case MeterColumn:
                    return QString::fromStdString(meterCode);
            }
            return {};
        case Qt::FontRole:
            if (changed) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ForegroundRole:
            if (!violations.empty()) {
                return QBrush(QColor(0xC6, 0x28, 0x28));
            }
            return {};
        case Qt::ToolTipRole: {
            QStringList tips;
            for (const auto& v : violations) {
                tips << describeViolation(v, pending.variant);
            }
            if (changed) {
                tips << tr("Pending: the meter holds %1.").arg(QString::fromStdString(meterCode));
            }
            return tips.join(QLatin1Char('\n'));
        }
        case AllowedCodesRole: {
            QStringList codes;
            for (const auto& c : spec.codes) {
                if (availableOn(c.variants, pending.variant)) {
                    codes << qs(c.code) + QStringLiteral(" - ") + meterText(c.meaning);
                }
            }
            // the meter's order form, as its device profile lists it
            if (auto extra = pending.orderFormCodes.find(spec.field);
                extra != pending.orderFormCodes.end()) {
                for (const auto& c : extra->second) {
                    codes << QString::fromStdString(c) + QStringLiteral(" - ") +
                                 zCodeMeaning(spec.field, c, pending.orderFormCodes);
                }
            }
            return codes;
        }
        case FreeEntryRole:
            return spec.domain != meter::ZDomain::ListedOnly;
        default:
            return {};
    }
}

bool ZCodeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != CodeColumn || role != Qt::EditRole) {
        return false;
    }
    // The delegate gives "code - meaning" or a typed code; the code is the part before " - ".
    QString code = value.toString().section(QStringLiteral(" - "), 0, 0).trimmed();
    return m_document->setZCode(fieldAt(index.row()), code);
}

Qt::ItemFlags ZCodeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == CodeColumn && m_document->isLoaded()) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ZCodeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
        case FieldColumn:
            return tr("Field");
        case NameColumn:
            return tr("Setting");
        case CodeColumn:
            return tr("Code");
        case MeaningColumn:
            return tr("Meaning");
        case MeterColumn:
            return tr("In meter");
    }
    return {};
}

}  // namespace omt::ui

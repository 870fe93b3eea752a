#include "ui/models/display_list_model.h"

#include <QFont>
#include <QMimeData>
#include <algorithm>

#include "protocol/cosem/unit.h"
#include "ui/meter_document.h"
#include "ui/meter_texts.h"

namespace omt::ui {

namespace {

constexpr char kRowMimeType[] = "application/x-omt-display-row";

QString shortObis(const cosem::ObisCode& code) {
    // C.D.E as the LCD's identification field shows it.
    const auto b = code.toBytes();
    return QStringLiteral("%1.%2.%3").arg(b[2]).arg(b[3]).arg(b[4]);
}

std::optional<cosem::ObisCode> obisFromText(const QString& text) {
    auto code = cosem::ObisCode::parse(text.trimmed().toStdString());
    if (!code) {
        return std::nullopt;
    }
    return *code;
}

}  // namespace

QString entryText(const meter::DisplayEntry& entry) {
    const auto sym = cosem::unitSymbol(entry.unit);
    const QString unit = QString::fromUtf8(sym.data(), qsizetype(sym.size()));
    QString text = shortObis(entry.code) + QStringLiteral("  ") + meterText(entry.name);
    if (!unit.isEmpty()) {
        text += QStringLiteral(" [%1]").arg(unit);
    }
    return text;
}

// ---------------------------------------------------------------------------------------------

DisplayCatalogueModel::DisplayCatalogueModel(QObject* parent) : QAbstractListModel(parent) {
    const auto catalogue = meter::omnipowerCtCatalogue();
    m_entries.assign(catalogue.begin(), catalogue.end());
}

void DisplayCatalogueModel::setHasCurrentTransformers(bool hasCt) {
    if (hasCt == m_hasCt) {
        return;
    }
    beginResetModel();
    m_hasCt = hasCt;
    m_entries.clear();
    for (const auto& e : meter::omnipowerCtCatalogue()) {
        if (hasCt || e.code != cosem::ObisCode{1, 0, 0, 4, 2, 255}) {
            m_entries.push_back(e);
        }
    }
    endResetModel();
}

int DisplayCatalogueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DisplayCatalogueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& e = m_entries[std::size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return entryText(e);
        case Qt::ToolTipRole: {
            QStringList tips{QString::fromStdString(e.code.toString())};
            if (e.historical) {
                tips << tr("Historical value: not allowed in the automatic list.");
            }
            if (e.legal) {
                tips << tr("Legal reading: always in the manual list.");
            }
            return tips.join(QLatin1Char('\n'));
        }
        case Qt::UserRole:
            return QString::fromStdString(e.code.toString());
        default:
            return {};
    }
}

Qt::ItemFlags DisplayCatalogueModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList DisplayCatalogueModel::mimeTypes() const {
    return {QString::fromLatin1(kDisplayEntryMimeType)};
}

QMimeData* DisplayCatalogueModel::mimeData(const QModelIndexList& indexes) const {
    QStringList codes;
    for (const auto& i : indexes) {
        if (i.isValid()) {
            codes << QString::fromStdString(m_entries[std::size_t(i.row())].code.toString());
        }
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kDisplayEntryMimeType),
                  codes.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

// ---------------------------------------------------------------------------------------------

DisplayListModel::DisplayListModel(MeterDocument* document, meter::DisplayListKind kind,
                                   QObject* parent)
    : QAbstractListModel(parent), m_document(document), m_kind(kind) {
    connect(document, &MeterDocument::changed, this, &DisplayListModel::reset);
}

void DisplayListModel::reset() {
    beginResetModel();
    endResetModel();
}

const meter::DisplayList* DisplayListModel::list() const {
    const auto& lists = m_document->pending().displayLists;
    auto it = lists.find(m_kind);
    return it == lists.end() ? nullptr : &it->second;
}

int DisplayListModel::rowCount(const QModelIndex& parent) const {
    const auto* l = list();
    return parent.isValid() || !l ? 0 : int(l->size());
}

QVariant DisplayListModel::data(const QModelIndex& index, int role) const {
    const auto* l = list();
    if (!index.isValid() || !l || index.row() >= int(l->size())) {
        return {};
    }
    const auto& e = l->entries()[std::size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1. %2").arg(index.row() + 1).arg(entryText(e));
        case Qt::ToolTipRole:
            return l->rules().isLegal(e.code)
                       ? tr("%1: legal reading, cannot be removed from the manual list.")
                             .arg(QString::fromStdString(e.code.toString()))
                       : QString::fromStdString(e.code.toString());
        case Qt::FontRole:
            if (l->rules().isLegal(e.code)) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::UserRole:
            return QString::fromStdString(e.code.toString());
        default:
            return {};
    }
}

Qt::ItemFlags DisplayListModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return list() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions DisplayListModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions DisplayListModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QStringList DisplayListModel::mimeTypes() const {
    return {QString::fromLatin1(kDisplayEntryMimeType), QString::fromLatin1(kRowMimeType)};
}

QMimeData* DisplayListModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty() || !indexes.first().isValid()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kRowMimeType),
                  QStringLiteral("%1:%2").arg(int(m_kind)).arg(indexes.first().row()).toUtf8());
    return mime;
}

bool DisplayListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                       const QModelIndex&) const {
    if (!list() || !data) {
        return false;
    }
    if (data->hasFormat(QString::fromLatin1(kRowMimeType))) {
        const auto parts =
            QString::fromUtf8(data->data(QString::fromLatin1(kRowMimeType))).split(':');
        return parts.size() == 2 && parts[0].toInt() == int(m_kind);
    }
    return data->hasFormat(QString::fromLatin1(kDisplayEntryMimeType));
}

bool DisplayListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                    int column, const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (data->hasFormat(QString::fromLatin1(kRowMimeType))) {
        const int from =
            QString::fromUtf8(data->data(QString::fromLatin1(kRowMimeType))).split(':')[1].toInt();
        // Dropping before row `target`: the entry ends just above it.
        const int to = target > from ? target - 1 : target;
        moveEntry(from, to);
        return false;  // the move is done; the view must not remove the source row
    }
    const auto codes =
        QString::fromUtf8(data->data(QString::fromLatin1(kDisplayEntryMimeType))).split('\n');
    for (const auto& text : codes) {
        auto code = obisFromText(text);
        if (!code) {
            continue;
        }
        auto entry = meter::catalogueEntry(*code);
        if (!entry || !insertEntry(target, *entry)) {
            return false;
        }
        ++target;
    }
    return true;
}

bool DisplayListModel::commit(const omt::Expected<void, meter::DisplayFailure>& result,
                              const meter::DisplayList& edited, const QString& description) {
    if (!result) {
        m_document->refuse(describeDisplayFailure(result.error(), m_kind));
        return false;
    }
    return m_document->setDisplayList(edited, description);
}

bool DisplayListModel::insertEntry(int row, const meter::DisplayEntry& entry) {
    const auto* l = list();
    if (!l) {
        meter::DisplayFailure failure;
        failure.code = meter::DisplayError::KindNotSupported;
        m_document->refuse(describeDisplayFailure(failure, m_kind));
        return false;
    }
    meter::DisplayList edited = *l;
    const auto at = std::size_t(std::clamp(row, 0, int(l->size())));
    return commit(edited.insertAt(at, entry), edited,
                  tr("Add %1 to the %2 list").arg(meterText(entry.name), displayListTitle(m_kind)));
}

bool DisplayListModel::removeEntry(int row) {
    const auto* l = list();
    if (!l || row < 0) {
        return false;
    }
    meter::DisplayList edited = *l;
    const QString name =
        row < int(l->size()) ? meterText(l->entries()[std::size_t(row)].name) : QString();
    return commit(edited.remove(std::size_t(row)), edited,
                  tr("Remove %1 from the %2 list").arg(name, displayListTitle(m_kind)));
}

bool DisplayListModel::moveEntry(int from, int to) {
    const auto* l = list();
    if (!l || from < 0 || to < 0) {
        return false;
    }
    if (from == to) {
        return true;
    }
    meter::DisplayList edited = *l;
    return commit(edited.move(std::size_t(from), std::size_t(to)), edited,
                  tr("Reorder the %1 list").arg(displayListTitle(m_kind)));
}

}  // namespace omt::ui

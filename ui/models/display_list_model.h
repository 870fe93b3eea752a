#pragma once
// Item models of the Display lists page.
//
// DisplayCatalogueModel: the readings the meter offers (name, OBIS, unit), draggable.
// DisplayListModel: one of the meter's lists (pending state), accepting drops from the catalogue
// (insert at the drop row) and from itself (move). Every edit goes through the meter's display
// rules (core/meter DisplayList): a refused edit changes nothing and is reported through the
// document's editRefused() with the reason.
//
// Drag and drop carries the OBIS codes as text/plain lines in kMimeType.

#include <QAbstractListModel>
#include <vector>

#include "meter/display_list.h"

namespace omt::ui {

class MeterDocument;

inline constexpr char kDisplayEntryMimeType[] = "application/x-omt-display-entries";

/// "1.8.0 Active energy A+ total [kWh]"-style text of an entry for lists.
QString entryText(const meter::DisplayEntry& entry);

class DisplayCatalogueModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit DisplayCatalogueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    const meter::DisplayEntry& entryAt(int row) const { return m_entries[std::size_t(row)]; }

    /// Whether the meter has current transformers: without, the CT ratio reading
    /// (1.0.0.4.2.255) is not offered (an OMNIA e-meter is connected directly).
    void setHasCurrentTransformers(bool hasCt);

private:
    std::vector<meter::DisplayEntry> m_entries;
    bool m_hasCt = true;
};

class DisplayListModel : public QAbstractListModel {
    Q_OBJECT

public:
    DisplayListModel(MeterDocument* document, meter::DisplayListKind kind,
                     QObject* parent = nullptr);

    meter::DisplayListKind kind() const { return m_kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// Edits; each returns false when the rules refuse it (the reason goes to the document).
    bool insertEntry(int row, const meter::DisplayEntry& entry);
    bool removeEntry(int row);
    bool moveEntry(int from, int to);

    /// The pending list, or nullptr when the meter has no such list.
    const meter::DisplayList* list() const;

private:
    bool commit(const omt::Expected<void, meter::DisplayFailure>& result,
                const meter::DisplayList& edited, const QString& description);
    void reset();

    MeterDocument* m_document;
    meter::DisplayListKind m_kind;
};

}  // namespace omt::ui

#pragma once
// The Z1-Z30 table of the Configuration codes page: one row per Z field (Z9 and Z19 do not
// exist), columns field, name, pending code (editable), its meaning, and the code in the meter.
// Rows whose pending code differs from the meter are bold; rows that violate the meter
// variant's rules carry the reason as a tooltip and a warning colour.
//
// AllowedCodesRole on the code column gives the codes the field offers for the meter's variant
// (QStringList, "code - meaning"), which the page's delegate shows as a drop-down.

#include <QAbstractTableModel>

#include "ui/meter_document.h"

namespace omt::ui {

class ZCodeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FieldColumn, NameColumn, CodeColumn, MeaningColumn, MeterColumn, ColumnCount };
    enum Role { AllowedCodesRole = Qt::UserRole + 1, FreeEntryRole };

    explicit ZCodeModel(MeterDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The field of a row.
    meter::ZField fieldAt(int row) const;

private:
    void refresh();
    MeterDocument* m_document;
};

}  // namespace omt::ui

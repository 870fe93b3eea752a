#pragma once
// Configuration codes page: the Z1-Z30 table (drop-downs of the codes the meter's variant
// allows, free entry where the data sheet allows order-form values), the full configuration
// string (editable: pasting a whole string sets every field), the rule violations and the
// differences from the meter.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace omt::ui {

class MeterDocument;
class ZCodeModel;

class ConfigCodesPage : public QWidget {
    Q_OBJECT

public:
    explicit ConfigCodesPage(MeterDocument* document, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* configurationEdit() const { return m_string; }
    QLabel* problemsLabel() const { return m_problems; }
    ZCodeModel* model() const { return m_model; }

private:
    void refresh();
    void applyString();

    MeterDocument* m_document;
    ZCodeModel* m_model;
    QTableView* m_table;
    QLineEdit* m_string;
    QLabel* m_meterString;
    QLabel* m_problems;
};

}  // namespace omt::ui

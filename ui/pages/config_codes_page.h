#pragma once
// Configuration codes page: the Z1-Z30 table (drop-downs of the codes the meter's variant
// allows, free entry where the data sheet allows order-form values), the full configuration
// string (editable: pasting a whole string sets every field), the rule violations and the
// differences from the meter. Before a read, and when the association cannot read the codes
// (the public one), a sentence says so instead of a table of codes that were never read.

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
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
    /// The sentence shown instead of the codes before a read or when they cannot be read.
    QLabel* placeholderLabel() const { return m_placeholder; }
    /// Whether the codes are shown (not the placeholder).
    bool showsCodes() const;

private:
    void refresh();
    void applyString();

    MeterDocument* m_document;
    ZCodeModel* m_model;
    QTableView* m_table;
    QLineEdit* m_string;
    QLabel* m_meterString;
    QLabel* m_problems;
    QStackedWidget* m_stack;
    QWidget* m_codes;
    QLabel* m_placeholder;
};

}  // namespace omt::ui

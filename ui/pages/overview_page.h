#pragma once
// Overview page: who the meter is (serial number, decoded type number, firmware) and its
// readings as last read, grouped as the meter's registers are.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace omt::ui {

class MeterDocument;

class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(MeterDocument* document, QWidget* parent = nullptr);

    QLabel* identityLabel() const { return m_identity; }
    QTreeWidget* typeTree() const { return m_type; }
    QTreeWidget* readingsTree() const { return m_readings; }

private:
    void refresh();

    MeterDocument* m_document;
    QLabel* m_identity;
    QTreeWidget* m_type;
    QTreeWidget* m_readings;
};

}  // namespace omt::ui

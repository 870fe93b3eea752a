#pragma once
// CT ratio page (OMNIPOWER CT): the ratio in the meter and its lock state, a chooser of the Z21
// standard ratios and a custom value (1..600), what primary and secondary mean, and the lock,
// which asks for a confirmation that says it is permanent. A locked ratio is read-only.

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace omt::ui {

class MeterDocument;

class CtRatioPage : public QWidget {
    Q_OBJECT

public:
    /// Asks the person to confirm; returns true to go ahead. The default shows a warning box.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    explicit CtRatioPage(MeterDocument* document, QWidget* parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QComboBox* standardChooser() const { return m_standard; }
    QSpinBox* customFactor() const { return m_custom; }
    QPushButton* lockButton() const { return m_lock; }
    QLabel* meterRatioLabel() const { return m_meterRatio; }
    QLabel* lockStateLabel() const { return m_lockState; }

    /// Asks for the confirmation and locks the pending ratio when given.
    void requestLock();

private:
    void refresh();
    void applyFactor(int factor);

    MeterDocument* m_document;
    Confirm m_confirm;
    QLabel* m_meterRatio;
    QLabel* m_lockState;
    QLabel* m_pendingRatio;
    QComboBox* m_standard;
    QSpinBox* m_custom;
    QPushButton* m_lock;
    QLabel* m_notes;
    bool m_refreshing = false;
};

}  // namespace omt::ui

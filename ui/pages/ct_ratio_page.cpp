#include "ui/pages/ct_ratio_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/meter_document.h"

namespace omt::ui {

namespace {

QString ratioText(const meter::ct::CtRatio& r) {
    return CtRatioPage::tr("%1/%2 A (factor %3)")
        .arg(r.primaryAmps())
        .arg(r.secondaryAmps())
        .arg(r.factor);
}

}  // namespace

CtRatioPage::CtRatioPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_meterRatio(new QLabel(this)),
      m_lockState(new QLabel(this)),
      m_pendingRatio(new QLabel(this)),
      m_standard(new QComboBox(this)),
      m_custom(new QSpinBox(this)),
      m_lock(new QPushButton(tr("&Lock the ratio…"), this)),
      m_notes(new QLabel(this)) {
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_meterRatio->setObjectName(QStringLiteral("meterRatio"));
    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_standard->setObjectName(QStringLiteral("standardRatio"));
    m_custom->setObjectName(QStringLiteral("customFactor"));
    m_lock->setObjectName(QStringLiteral("lockRatio"));
    m_custom->setRange(meter::ct::kMinFactor, meter::ct::kMaxFactor);
    m_custom->setToolTip(tr("Any factor from 1 to 600: primary current = factor × secondary."));
    for (auto f : meter::ct::standardFactors()) {
        m_standard->addItem(tr("%1 (%2/5 A or %3/1 A)").arg(f).arg(f * 5).arg(f), int(f));
    }

    auto* meterBox = new QGroupBox(tr("In the meter"), this);
    auto* meterForm = new QFormLayout(meterBox);
    meterForm->addRow(tr("Ratio:"), m_meterRatio);
    meterForm->addRow(tr("Lock:"), m_lockState);

    auto* editBox = new QGroupBox(tr("New ratio"), this);
    auto* editForm = new QFormLayout(editBox);
    editForm->addRow(tr("&Standard ratio:"), m_standard);
    editForm->addRow(tr("&Custom factor:"), m_custom);
    editForm->addRow(tr("Will be:"), m_pendingRatio);
    editForm->addRow(QString(), m_lock);

    m_notes->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(meterBox);
    layout->addWidget(editBox);
    layout->addWidget(m_notes);
    layout->addStretch();

    connect(m_standard, &QComboBox::activated, this,
            [this](int i) { applyFactor(m_standard->itemData(i).toInt()); });
    connect(m_custom, &QSpinBox::editingFinished, this, [this] { applyFactor(m_custom->value()); });
    connect(m_lock, &QPushButton::clicked, this, &CtRatioPage::requestLock);
    connect(document, &MeterDocument::changed, this, &CtRatioPage::refresh);
    refresh();
}

void CtRatioPage::applyFactor(int factor) {
    if (m_refreshing || !m_document->pending().ctRatio) {
        return;
    }
    auto ratio = m_document->pending().ctRatio->ratio;
    if (ratio.factor == factor) {
        return;
    }
    ratio.factor = std::uint16_t(factor);
    m_document->setCtRatio(ratio);
    refresh();
}

void CtRatioPage::requestLock() {
    const auto& pending = m_document->pending().ctRatio;
    if (!pending) {
        return;
    }
    auto confirmation = pending->proposeLock();
    if (!confirmation) {
        m_document->refuse(tr("The CT ratio is already locked."));
        return;
    }
    // What the tool knows of undoing the lock is the device profile's: the data sheet lists
    // Z22 "Unlocked" and "Locked" and says no more.
    const QString ratio = ratioText(confirmation->ratio);
    const auto rule = m_document->meterState().ctUnlock;
    QString text;
    switch (rule) {
        case meter::CtUnlock::Refused:
            text = tr("Lock the CT ratio at %1?\n\nThis is PERMANENT: this meter type does not "
                      "allow unlocking from the optical port (device profile), so once written, "
                      "the ratio cannot be changed from here again.")
                       .arg(ratio);
            break;
        case meter::CtUnlock::Allowed:
            text = tr("Lock the CT ratio at %1?\n\nThe device profile says this meter type can "
                      "be unlocked again from the optical port.")
                       .arg(ratio);
            break;
        case meter::CtUnlock::NotStated:
            text = tr("Lock the CT ratio at %1?\n\nTreat this as PERMANENT: the device profile "
                      "does not say whether this meter type can be unlocked, and OpenMeterTool "
                      "never unlocks it.")
                       .arg(ratio);
            break;
    }
    if (!m_confirm(rule == meter::CtUnlock::Allowed ? tr("Lock the CT ratio")
                                                    : tr("Lock the CT ratio permanently"),
                   text)) {
        return;
    }
    m_document->lockCtRatio(*confirmation);
}

void CtRatioPage::refresh() {
    m_refreshing = true;
    const QString basis =
        tr("The factor is the transformer's primary current divided by its secondary current "
           "(5 A or 1 A, set by the meter's type). The display shows primary energy (secondary "
           "energy × factor); the S0 output counts secondary energy; Z23 and Z24 choose the "
           "basis of the load profile and of the module's pulse output.");
    QString lock;
    switch (m_document->meterState().ctUnlock) {
        case meter::CtUnlock::Refused:
            lock =
                tr("Locking fixes the ratio for good: this meter type does not allow "
                   "unlocking from the optical port (device profile).");
            break;
        case meter::CtUnlock::Allowed:
            lock =
                tr("The device profile says a locked ratio can be unlocked again on this "
                   "meter type.");
            break;
        case meter::CtUnlock::NotStated:
            lock =
                tr("The device profile does not say whether a locked ratio can be unlocked on "
                   "this meter type; OpenMeterTool never unlocks it.");
            break;
    }
    m_notes->setText(basis + QLatin1Char(' ') + lock);
    const auto& meterCt = m_document->meterState().ctRatio;
    const auto& pending = m_document->pending().ctRatio;
    const bool available = m_document->isLoaded() && meterCt && pending;
    if (!available) {
        m_meterRatio->setText(m_document->isLoaded() ? tr("This meter has no CT ratio.")
                                                     : tr("Not connected."));
        m_lockState->clear();
        m_pendingRatio->clear();
    } else {
        m_meterRatio->setText(ratioText(meterCt->ratio));
        m_lockState->setText(meterCt->locked ? tr("Locked: the ratio can no longer be changed.")
                                             : tr("Unlocked"));
        QString will = ratioText(pending->ratio);
        if (pending->locked && !meterCt->locked) {
            will += QLatin1Char(' ') + tr("and locked (pending)");
        }
        m_pendingRatio->setText(will);
        const int i = m_standard->findData(int(pending->ratio.factor));
        m_standard->setCurrentIndex(i);
        m_custom->setValue(pending->ratio.factor);
    }
    const bool editable = available && !meterCt->locked && !pending->locked;
    m_standard->setEnabled(editable);
    m_custom->setEnabled(editable);
    m_lock->setEnabled(editable);
    m_refreshing = false;
}

}  // namespace omt::ui

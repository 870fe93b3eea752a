#include "ui/pages/load_control_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "ui/meter_document.h"

namespace omt::ui {

QString supplyStateText(cosem::ControlState state) {
    switch (state) {
        case cosem::ControlState::Connected:
            return LoadControlPage::tr("connected");
        case cosem::ControlState::Disconnected:
            return LoadControlPage::tr("disconnected");
        case cosem::ControlState::ReadyForReconnection:
            return LoadControlPage::tr("ready for reconnection");
    }
    return {};
}

QString relayModeText(meter::RelayMode mode) {
    switch (mode) {
        case meter::RelayMode::OnDemand:
            return LoadControlPage::tr("On demand");
        case meter::RelayMode::Calendar:
            return LoadControlPage::tr("Calendar (daily times)");
        case meter::RelayMode::FollowTariff:
            return LoadControlPage::tr("Follow tariff");
    }
    return {};
}

std::optional<std::vector<meter::RelaySwitch>> LoadControlPage::parseSchedule(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s+(on|off)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    std::vector<meter::RelaySwitch> out;
    if (text.trimmed().isEmpty()) {
        return out;
    }
    for (const QString& part : text.split(QLatin1Char(','))) {
        const auto m = re.match(part);
        if (!m.hasMatch()) {
            return std::nullopt;
        }
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        if (h > 23 || min > 59) {
            return std::nullopt;
        }
        out.push_back({std::uint8_t(h), std::uint8_t(min),
                       m.captured(3).compare(QLatin1String("on"), Qt::CaseInsensitive) == 0});
    }
    return out;
}

QString LoadControlPage::scheduleText(const std::vector<meter::RelaySwitch>& schedule) {
    QStringList parts;
    for (const auto& s : schedule) {
        parts << QStringLiteral("%1:%2 %3")
                     .arg(s.hour, 2, 10, QLatin1Char('0'))
                     .arg(s.minute, 2, 10, QLatin1Char('0'))
                     .arg(s.on ? QStringLiteral("on") : QStringLiteral("off"));
    }
    return parts.join(QStringLiteral(", "));
}

LoadControlPage::LoadControlPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_supplyBox(new QGroupBox(tr("Supply control switch"), this)),
      m_supplyState(new QLabel(this)),
      m_supplyButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("loadControlPage"));
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    auto* layout = new QVBoxLayout(this);
    for (int n = 1; n <= meter::kMaxRelays; ++n) {
        auto& w = m_relays[std::size_t(n - 1)];
        w.box = new QGroupBox(tr("Relay %1").arg(n), this);
        w.mode = new QComboBox(w.box);
        for (auto mode : {meter::RelayMode::OnDemand, meter::RelayMode::Calendar,
                          meter::RelayMode::FollowTariff}) {
            w.mode->addItem(relayModeText(mode));
        }
        w.state = new QCheckBox(tr("On"), w.box);
        w.schedule = new QLineEdit(w.box);
        w.schedule->setPlaceholderText(tr("e.g. 06:00 on, 22:00 off"));
        w.problems = new QLabel(w.box);
        w.problems->setWordWrap(true);
        auto* tariffs = new QHBoxLayout;
        for (int t = 1; t <= meter::kMaxTariff; ++t) {
            w.tariffs[std::size_t(t - 1)] = new QCheckBox(QStringLiteral("T%1").arg(t), w.box);
            tariffs->addWidget(w.tariffs[std::size_t(t - 1)]);
            connect(w.tariffs[std::size_t(t - 1)], &QCheckBox::toggled, this,
                    [this, n] { edit(n); });
        }
        tariffs->addStretch(1);
        auto* form = new QFormLayout(w.box);
        form->addRow(tr("Mode:"), w.mode);
        form->addRow(tr("State (on demand):"), w.state);
        form->addRow(tr("Schedule (calendar):"), w.schedule);
        form->addRow(tr("On in tariffs (follow tariff):"), tariffs);
        form->addRow(w.problems);
        connect(w.mode, &QComboBox::currentIndexChanged, this, [this, n] { edit(n); });
        connect(w.state, &QCheckBox::toggled, this, [this, n] { edit(n); });
        connect(w.schedule, &QLineEdit::editingFinished, this, [this, n] { edit(n); });
        layout->addWidget(w.box);
    }
    auto* supply = new QHBoxLayout(m_supplyBox);
    supply->addWidget(m_supplyState, 1);
    supply->addWidget(m_supplyButton);
    connect(m_supplyButton, &QPushButton::clicked, this, &LoadControlPage::requestSupplyToggle);
    layout->addWidget(m_supplyBox);
    layout->addStretch(1);
    connect(document, &MeterDocument::changed, this, &LoadControlPage::refresh);
    refresh();
}

bool LoadControlPage::requestSupplyToggle() {
    const auto& pending = m_document->pending();
    if (!pending.loadControl || !pending.loadControl->supplyControl) {
        m_document->refuse(tr("This meter has no supply control switch."));
        return false;
    }
    auto plan = *pending.loadControl;
    const bool disconnect = plan.supplyControl->state == cosem::ControlState::Connected;
    const bool ok =
        disconnect
            ? m_confirm(tr("Disconnect the supply"),
                        tr("Writing to the meter will disconnect the customer's supply with the "
                           "meter's breaker. Go on?"))
            : m_confirm(tr("Reconnect the supply"),
                        tr("Writing to the meter will reconnect the customer's supply. Make sure "
                           "it is safe to do so. Go on?"));
    if (!ok) {
        return false;
    }
    plan.supplyControl->state =
        disconnect ? cosem::ControlState::Disconnected : cosem::ControlState::Connected;
    return m_document->setLoadControlPlan(
        plan, disconnect ? tr("Disconnect the supply") : tr("Reconnect the supply"));
}

void LoadControlPage::edit(int n) {
    if (m_refreshing || !m_document->pending().loadControl) {
        return;
    }
    auto plan = *m_document->pending().loadControl;
    auto it = std::find_if(plan.relays.begin(), plan.relays.end(),
                           [n](const auto& r) { return r.relay == n; });
    if (it == plan.relays.end()) {
        return;
    }
    const auto& w = m_relays[std::size_t(n - 1)];
    meter::RelayPlan relay;
    relay.relay = std::uint8_t(n);
    relay.mode = meter::RelayMode(w.mode->currentIndex());
    // Keep only what the mode uses, as the meter does.
    if (relay.mode == meter::RelayMode::OnDemand) {
        relay.state = w.state->isChecked();
    } else if (relay.mode == meter::RelayMode::Calendar) {
        const auto schedule = parseSchedule(w.schedule->text());
        if (!schedule) {
            m_document->refuse(
                tr("Relay %1: write the schedule as \"06:00 on, 22:00 off\".").arg(n));
            refresh();
            return;
        }
        relay.schedule = *schedule;
    }
    for (int t = 1; t <= meter::kMaxTariff; ++t) {
        if (w.tariffs[std::size_t(t - 1)]->isChecked()) {
            relay.tariffMask = std::uint8_t(relay.tariffMask | (1U << (t - 1)));
        }
    }
    if (relay == *it) {
        return;
    }
    *it = relay;
    m_document->setLoadControlPlan(plan, tr("Relay %1: %2").arg(n).arg(relayModeText(relay.mode)));
}

void LoadControlPage::refresh() {
    const auto& snap = m_document->pending();
    setEnabled(snap.loadControl.has_value());
    m_refreshing = true;
    const auto problems = snap.loadControl ? snap.loadControl->validate(snap.loadControlCaps)
                                           : std::vector<meter::LoadControlFailure>{};
    for (int n = 1; n <= meter::kMaxRelays; ++n) {
        auto& w = m_relays[std::size_t(n - 1)];
        const meter::RelayPlan* relay = nullptr;
        std::size_t index = 0;
        if (snap.loadControl) {
            for (std::size_t i = 0; i < snap.loadControl->relays.size(); ++i) {
                if (snap.loadControl->relays[i].relay == n) {
                    relay = &snap.loadControl->relays[i];
                    index = i;
                }
            }
        }
        w.box->setVisible(relay != nullptr);
        if (!relay) {
            continue;
        }
        w.mode->setCurrentIndex(int(relay->mode));
        w.state->setChecked(relay->state.value_or(false));
        w.state->setEnabled(relay->mode == meter::RelayMode::OnDemand);
        w.schedule->setText(scheduleText(relay->schedule));
        w.schedule->setEnabled(relay->mode == meter::RelayMode::Calendar);
        for (int t = 1; t <= meter::kMaxTariff; ++t) {
            w.tariffs[std::size_t(t - 1)]->setChecked((relay->tariffMask >> (t - 1)) & 1U);
            w.tariffs[std::size_t(t - 1)]->setEnabled(relay->mode ==
                                                      meter::RelayMode::FollowTariff);
        }
        QStringList here;
        const std::string prefix = "relays[" + std::to_string(index) + "]";
        for (const auto& p : problems) {
            if (p.detail.rfind(prefix, 0) == 0) {
                here << QString::fromStdString(p.detail);
            }
        }
        w.problems->setText(here.join(QLatin1Char('\n')));
    }
    const bool supply = snap.loadControl && snap.loadControl->supplyControl;
    m_supplyBox->setVisible(supply);
    if (supply) {
        const auto pendingState = snap.loadControl->supplyControl->state;
        const auto& meterPlan = m_document->meterState().loadControl;
        const auto meterState =
            meterPlan && meterPlan->supplyControl ? meterPlan->supplyControl->state : pendingState;
        QString text = tr("The supply is %1.").arg(supplyStateText(meterState));
        if (meterPlan && meterPlan->supplyControl &&
            meterPlan->supplyControl->state != pendingState) {
            text += QLatin1Char(' ') +
                    tr("Pending: %1 when written.").arg(supplyStateText(pendingState));
        }
        m_supplyState->setText(text);
        m_supplyButton->setText(pendingState == cosem::ControlState::Connected ? tr("Disconnect…")
                                                                               : tr("Reconnect…"));
    }
    m_refreshing = false;
}

}  // namespace omt::ui

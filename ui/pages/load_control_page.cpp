#include "ui/pages/load_control_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/meter_document.h"
#include "ui/widgets/clock_text.h"

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

QString LoadControlPage::scheduleText(const std::vector<meter::RelaySwitch>& schedule) {
    QStringList parts;
    for (const auto& s : schedule) {
        parts << clockText(s.hour, s.minute) +
                     (s.on ? QStringLiteral(" on") : QStringLiteral(" off"));
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
    m_supplyButton->setObjectName(QStringLiteral("supplyButton"));
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
        w.table = new QTableWidget(0, 2, w.box);
        w.table->setObjectName(QStringLiteral("scheduleTable%1").arg(n));
        w.table->setHorizontalHeaderLabels({tr("Time"), tr("Switch")});
        w.table->horizontalHeader()->setStretchLastSection(true);
        w.table->verticalHeader()->hide();
        w.table->setToolTip(tr("Every day at this time (hh:mm) the relay switches on or off."));
        w.table->setMinimumHeight(90);
        w.table->setMaximumHeight(160);
        w.addEntry = new QPushButton(tr("Add time"), w.box);
        w.addEntry->setObjectName(QStringLiteral("addScheduleEntry%1").arg(n));
        w.removeEntry = new QPushButton(tr("Remove time"), w.box);
        w.removeEntry->setObjectName(QStringLiteral("removeScheduleEntry%1").arg(n));
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
        auto* scheduleBox = new QVBoxLayout;
        scheduleBox->addWidget(w.table);
        auto* scheduleButtons = new QHBoxLayout;
        scheduleButtons->addWidget(w.addEntry);
        scheduleButtons->addWidget(w.removeEntry);
        scheduleButtons->addStretch(1);
        scheduleBox->addLayout(scheduleButtons);
        form->addRow(tr("Schedule (calendar):"), scheduleBox);
        form->addRow(tr("On in tariffs (follow tariff):"), tariffs);
        form->addRow(w.problems);
        connect(w.mode, &QComboBox::currentIndexChanged, this, [this, n] { edit(n); });
        connect(w.state, &QCheckBox::toggled, this, [this, n] { edit(n); });
        connect(w.table, &QTableWidget::cellChanged, this,
                [this, n](int row, int column) { onTableEdited(n, row, column); });
        connect(w.addEntry, &QPushButton::clicked, this, [this, n] { addScheduleEntry(n); });
        connect(w.removeEntry, &QPushButton::clicked, this, [this, n] {
            const int row = m_relays[std::size_t(n - 1)].table->currentRow();
            if (row < 0) {
                m_document->refuse(tr("Relay %1: select the time to remove.").arg(n));
                return;
            }
            removeScheduleEntry(n, row);
        });
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
            ? m_confirm(tr("Cut the customer's supply"),
                        tr("Writing to the meter will open the meter's breaker: the customer "
                           "has no electricity until the supply is restored. Go on?"))
            : m_confirm(tr("Restore the customer's supply"),
                        tr("Writing to the meter will close the meter's breaker and restore the "
                           "customer's supply. Make sure it is safe to do so. Go on?"));
    if (!ok) {
        return false;
    }
    plan.supplyControl->state =
        disconnect ? cosem::ControlState::Disconnected : cosem::ControlState::Connected;
    return m_document->setLoadControlPlan(
        plan, disconnect ? tr("Cut the customer's supply") : tr("Restore the customer's supply"));
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
        relay.schedule = it->schedule;  // edited in the table
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
        const bool calendar = relay->mode == meter::RelayMode::Calendar;
        w.table->setRowCount(int(relay->schedule.size()));
        for (std::size_t i = 0; i < relay->schedule.size(); ++i) {
            const auto& s = relay->schedule[i];
            auto* time = new QTableWidgetItem(clockText(s.hour, s.minute));
            auto* on = new QTableWidgetItem(s.on ? tr("switch on") : tr("switch off"));
            on->setFlags((on->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            on->setCheckState(s.on ? Qt::Checked : Qt::Unchecked);
            w.table->setItem(int(i), 0, time);
            w.table->setItem(int(i), 1, on);
        }
        w.table->setEnabled(calendar);
        w.addEntry->setEnabled(calendar);
        w.removeEntry->setEnabled(calendar && !relay->schedule.empty());
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
        // Named for what it does to the customer: never "Disconnect", which is the link's.
        m_supplyButton->setText(pendingState == cosem::ControlState::Connected
                                    ? tr("Cut the customer's supply…")
                                    : tr("Restore the customer's supply…"));
    }
    m_refreshing = false;
}

}  // namespace omt::ui

namespace omt::ui {

namespace {

const meter::RelayPlan* relayIn(const std::optional<meter::LoadControlPlan>& plan, int n) {
    if (!plan) {
        return nullptr;
    }
    for (const auto& r : plan->relays) {
        if (r.relay == n) {
            return &r;
        }
    }
    return nullptr;
}

}  // namespace

bool LoadControlPage::commitSchedule(int n, std::vector<meter::RelaySwitch> schedule) {
    if (!m_document->pending().loadControl) {
        return false;
    }
    auto plan = *m_document->pending().loadControl;
    auto it = std::find_if(plan.relays.begin(), plan.relays.end(),
                           [n](const auto& r) { return r.relay == n; });
    if (it == plan.relays.end()) {
        return false;
    }
    if (it->mode != meter::RelayMode::Calendar) {
        m_document->refuse(tr("Relay %1 follows a schedule only in calendar mode.").arg(n));
        return false;
    }
    std::stable_sort(schedule.begin(), schedule.end(), [](const auto& a, const auto& b) {
        return std::pair(a.hour, a.minute) < std::pair(b.hour, b.minute);
    });
    it->schedule = std::move(schedule);
    return m_document->setLoadControlPlan(
        plan, tr("Relay %1: schedule %2").arg(n).arg(scheduleText(it->schedule)));
}

bool LoadControlPage::addScheduleEntry(int n) {
    const auto* relay = relayIn(m_document->pending().loadControl, n);
    if (!relay) {
        return false;
    }
    auto schedule = relay->schedule;
    meter::RelaySwitch next{6, 0, true};
    if (!schedule.empty()) {
        const auto& last = schedule.back();
        const int minutes = std::min(last.hour * 60 + last.minute + 60, 23 * 60 + 59);
        next = {std::uint8_t(minutes / 60), std::uint8_t(minutes % 60), !last.on};
    }
    schedule.push_back(next);
    return commitSchedule(n, std::move(schedule));
}

bool LoadControlPage::setScheduleEntry(int n, int row, const meter::RelaySwitch& entry) {
    const auto* relay = relayIn(m_document->pending().loadControl, n);
    if (!relay || row < 0 || std::size_t(row) >= relay->schedule.size() || entry.hour > 23 ||
        entry.minute > 59) {
        return false;
    }
    auto schedule = relay->schedule;
    schedule[std::size_t(row)] = entry;
    return commitSchedule(n, std::move(schedule));
}

bool LoadControlPage::removeScheduleEntry(int n, int row) {
    const auto* relay = relayIn(m_document->pending().loadControl, n);
    if (!relay || row < 0 || std::size_t(row) >= relay->schedule.size()) {
        return false;
    }
    auto schedule = relay->schedule;
    schedule.erase(schedule.begin() + row);
    return commitSchedule(n, std::move(schedule));
}

void LoadControlPage::onTableEdited(int n, int row, int column) {
    if (m_refreshing) {
        return;
    }
    const auto* relay = relayIn(m_document->pending().loadControl, n);
    auto* table = m_relays[std::size_t(n - 1)].table;
    if (!relay || row < 0 || std::size_t(row) >= relay->schedule.size()) {
        return;
    }
    auto entry = relay->schedule[std::size_t(row)];
    if (column == 0) {
        const auto parsed = parseClockText(table->item(row, 0)->text());
        if (!parsed) {
            m_document->refuse(tr("A switch time is hh:mm, from 00:00 to 23:59."));
            refresh();
            return;
        }
        entry.hour = std::uint8_t(parsed->first);
        entry.minute = std::uint8_t(parsed->second);
    } else {
        entry.on = table->item(row, 1)->checkState() == Qt::Checked;
    }
    if (!setScheduleEntry(n, row, entry)) {
        refresh();
    }
}

}  // namespace omt::ui

#include "ui/pages/overview_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cstdlib>

#include "meter/display_list.h"
#include "meter/type_number.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/unit.h"
#include "ui/meter_document.h"
#include "ui/meter_texts.h"

namespace omt::ui {

namespace {

/// "230.1 V": the value with the largest metric prefix that keeps an integer part.
QString formatReading(const Reading& reading) {
    auto text =
        cosem::formatRegisterValue(dlms::Data::long64(reading.mantissa),
                                   {reading.scaler, reading.unit}, cosem::MetricPrefix::Allowed);
    return text ? QString::fromStdString(*text) : QString();
}

bool isInstantaneous(const cosem::ObisCode& code) {
    for (int row = 0; row < OverviewPage::PhaseRowCount; ++row) {
        for (int phase = 0; phase < 3; ++phase) {
            if (OverviewPage::phaseObis(OverviewPage::PhaseRow(row), phase) == code) {
                return true;
            }
        }
    }
    return false;
}

/// "UTC+01:00", "UTC-05:30", "UTC" for an offset of `seconds` east of UTC.
QString utcOffsetText(int seconds) {
    if (seconds == 0) {
        return QStringLiteral("UTC");
    }
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(QLatin1Char(seconds < 0 ? '-' : '+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

cosem::ObisCode OverviewPage::phaseObis(PhaseRow row, int phase) {
    // C of L1; L2 and L3 are +20 and +40 (IEC 62056-61 value groups).
    static constexpr std::uint8_t kBaseC[PhaseRowCount] = {32, 31, 21, 23, 33, 32, 31, 1, 14};
    const auto p = std::uint8_t(std::clamp(phase, 0, 2));
    switch (row) {
        case TotalPowerRow:
        case FrequencyRow:
            return cosem::ObisCode{1, 0, kBaseC[row], 7, 0, 255};
        case ThdVoltageRow:
        case ThdCurrentRow:
            return cosem::ObisCode{1, 0, std::uint8_t(kBaseC[row] + 20 * p), 7, 124, 255};
        default:
            return cosem::ObisCode{1, 0, std::uint8_t(kBaseC[std::clamp(int(row), 0, 6)] + 20 * p),
                                   7, 0, 255};
    }
}

OverviewPage::OverviewPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_identity(new QLabel(this)),
      m_type(new QTreeWidget(this)),
      m_clock(new QLabel(this)),
      m_sync(new QPushButton(tr("&Synchronise clock"), this)),
      m_alarms(new QLabel(this)),
      m_phases(new QTableWidget(PhaseRowCount, 3, this)),
      m_readings(new QTreeWidget(this)),
      m_profilesBox(new QGroupBox(tr("Load profiles"), this)) {
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("typeNumber"));
    m_type->setHeaderLabels({tr("Position"), tr("Code"), tr("Meaning")});
    m_type->setRootIsDecorated(false);
    m_type->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_type->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_type->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_type->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_type->header()->setStretchLastSection(false);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setWordWrap(true);
    m_clock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->setObjectName(QStringLiteral("syncClockButton"));
    m_alarms->setObjectName(QStringLiteral("alarms"));
    m_alarms->setWordWrap(true);
    m_alarms->setTextFormat(Qt::RichText);
    m_phases->setObjectName(QStringLiteral("phaseTable"));
    m_phases->setHorizontalHeaderLabels(
        {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")});
    m_phases->setVerticalHeaderLabels({tr("Voltage U"), tr("Current I"), tr("Active power P+"),
                                       tr("Reactive power Q"), tr("Power factor"), tr("THD U"),
                                       tr("THD I"), tr("Total active power P+"), tr("Frequency")});
    m_phases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_phases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_phases->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_phases->setSpan(TotalPowerRow, 0, 1, 3);
    m_phases->setSpan(FrequencyRow, 0, 1, 3);
    m_phases->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_phases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_phases->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_readings->setObjectName(QStringLiteral("readings"));
    m_readings->setHeaderLabels({tr("Reading"), tr("OBIS"), tr("Value"), tr("Unit")});
    m_readings->setRootIsDecorated(false);
    m_readings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_readings->header()->setStretchLastSection(false);

    auto* identityBox = new QGroupBox(tr("Meter"), this);
    auto* identityLayout = new QVBoxLayout(identityBox);
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(m_type, 1);
    auto* clockBox = new QGroupBox(tr("Clock"), this);
    auto* clockLayout = new QHBoxLayout(clockBox);
    clockLayout->addWidget(m_clock, 1);
    clockLayout->addWidget(m_sync, 0, Qt::AlignTop);
    auto* alarmsBox = new QGroupBox(tr("Alarms and tamper"), this);
    auto* alarmsLayout = new QVBoxLayout(alarmsBox);
    alarmsLayout->addWidget(m_alarms);
    m_profilesBox->setObjectName(QStringLiteral("loadProfiles"));
    auto* profilesLayout = new QFormLayout(m_profilesBox);
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        m_periods[i] = new QComboBox(m_profilesBox);
        m_periods[i]->setObjectName(QStringLiteral("loadProfile%1Period").arg(i + 1));
        m_periodLabels[i] = new QLabel(
            i == 0 ? tr("Load profile &1 period:") : tr("Load profile &2 period:"), m_profilesBox);
        m_periodLabels[i]->setBuddy(m_periods[i]);
        profilesLayout->addRow(m_periodLabels[i], m_periods[i]);
        const int profile = int(i) + 1;
        connect(m_periods[i], &QComboBox::activated, this, [this, i, profile](int index) {
            if (m_refreshing) {
                return;
            }
            const auto seconds = m_periods[i]->itemData(index).toUInt();
            if (!m_document->setLoadProfilePeriod(profile, seconds)) {
                refreshLoadProfiles();
            }
        });
    }
    auto* phasesBox = new QGroupBox(tr("Instantaneous values"), this);
    auto* phasesLayout = new QVBoxLayout(phasesBox);
    phasesLayout->addWidget(m_phases);
    auto* readingsBox = new QGroupBox(tr("Energy registers"), this);
    auto* readingsLayout = new QVBoxLayout(readingsBox);
    readingsLayout->addWidget(m_readings);

    auto* left = new QVBoxLayout;
    left->addWidget(identityBox);
    left->addWidget(clockBox);
    left->addWidget(alarmsBox);
    left->addWidget(m_profilesBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(phasesBox);
    right->addWidget(readingsBox, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_sync, &QPushButton::clicked, this, &OverviewPage::syncClockRequested);
    connect(document, &MeterDocument::changed, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::setConnectionState(bool connected, bool busy) {
    m_connected = connected;
    m_busy = busy;
    updateSync();
}

void OverviewPage::updateSync() {
    const bool loaded = m_document->isLoaded();
    const bool settable = loaded && m_document->meterState().clockSettable;
    m_sync->setEnabled(m_connected && !m_busy && settable);
    m_sync->setToolTip(
        loaded && !settable
            ? tr("This association cannot set the meter's clock: connect as installer.")
            : tr("Set the meter's clock to this computer's time (the same instant, in the "
                 "meter's own UTC offset) and read it back."));
}

void OverviewPage::refresh() {
    const auto& m = m_document->meterState();
    m_type->clear();
    m_readings->clear();
    updateSync();
    refreshClock();
    refreshAlarms();
    refreshPhases();
    refreshLoadProfiles();
    if (!m_document->isLoaded()) {
        m_identity->setText(tr("Not connected. Choose a meter above and press Connect."));
        return;
    }
    const QString model =
        m.type == meter::MeterType::OmnipowerCt ? tr("OMNIPOWER CT") : tr("OMNIA e-meter");
    QStringList lines{tr("<b>%1</b>, serial number %2").arg(model, m.serialNumber.toHtmlEscaped())};
    if (!m.firmware.isEmpty()) {
        lines << tr("Firmware %1").arg(m.firmware.toHtmlEscaped());
    }
    if (!m.typeNumber.isEmpty()) {
        lines << tr("Type number %1").arg(m.typeNumber.toHtmlEscaped());
        auto decoded = meter::TypeNumber::decode(m.typeNumber.toStdString());
        if (decoded) {
            for (const auto& p : decoded->positions()) {
                auto* item =
                    new QTreeWidgetItem({QString::fromStdString(p.label),
                                         QString::fromStdString(p.code), meterText(p.meaning)});
                item->setToolTip(2, item->text(2));
                m_type->addTopLevelItem(item);
            }
        } else {
            lines << tr("The type number does not decode: %1")
                         .arg(QString::fromStdString(decoded.error().detail).toHtmlEscaped());
        }
    }
    m_identity->setText(lines.join(QStringLiteral("<br>")));
    for (const auto& [code, reading] : m.readings) {
        if (isInstantaneous(code)) {
            continue;
        }
        const QString name = readingName(code);
        // "30026.241 kWh": the largest metric prefix that keeps an integer part.
        QString value = formatReading(reading);
        QString unit;
        const int space = value.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            unit = value.mid(space + 1);
            value = value.left(space);
        }
        auto* item =
            new QTreeWidgetItem({name, QString::fromStdString(code.toString()), value, unit});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, name);
        m_readings->addTopLevelItem(item);
    }
}

void OverviewPage::refreshClock() {
    const auto& m = m_document->meterState();
    if (!m_document->isLoaded()) {
        m_clock->setText(tr("Connect to read the meter's clock."));
        return;
    }
    if (!m.meterClock || !m.meterClock->isValid()) {
        m_clock->setText(tr("The meter's clock was not read."));
        return;
    }
    // The meter's local time (meterClock carries the meter's offset), as its display shows it.
    const QString when = m.meterClock->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_clock->setText(
        tr("Meter clock: %1 (%2)").arg(when, utcOffsetText(m.meterClock->offsetFromUtc())) +
        QLatin1Char('\n') + describeClockDrift(*m.meterClock, m.clockReadAt));
}

void OverviewPage::refreshAlarms() {
    const auto& m = m_document->meterState();
    if (!m_document->isLoaded()) {
        m_alarms->clear();
        return;
    }
    if (!m.alarmBits) {
        m_alarms->setText(tr("This meter's alarm register was not read."));
        return;
    }
    if (*m.alarmBits == 0) {
        m_alarms->setText(tr("No alarms."));
        return;
    }
    const QStringList alarms = describeAlarms(*m.alarmBits);
    QStringList lines;
    int i = 0;
    for (int bit = 0; bit < 32 && i < alarms.size(); ++bit) {
        if ((*m.alarmBits & (std::uint32_t(1) << bit)) == 0) {
            continue;
        }
        const QString text = alarms[i++].toHtmlEscaped();
        lines << (isTamperAlarm(bit)
                      ? QStringLiteral("<b><span style=\"color:#c62828\">&#9888; %1</span></b>")
                            .arg(text)
                      : QStringLiteral("&#8226; %1").arg(text));
    }
    m_alarms->setText(lines.join(QStringLiteral("<br>")));
}

void OverviewPage::refreshLoadProfiles() {
    m_refreshing = true;
    const auto& m = m_document->meterState();
    const auto& pending = m_document->pending();
    // Periods not read (the public association) are not shown, nor a profile the meter lacks.
    const bool loaded = m_document->isLoaded() && m.configurationReadable;
    bool any = false;
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        QComboBox* combo = m_periods[i];
        const auto& now = pending.loadProfilePeriods[i];
        const auto& read = m.loadProfilePeriods[i];
        const bool shown = loaded && now && read;
        combo->setVisible(shown);
        m_periodLabels[i]->setVisible(shown);
        combo->clear();
        if (!shown) {
            continue;
        }
        any = true;
        std::vector<std::uint32_t> periods = m.loadProfilePeriodsOffered;
        for (const auto seconds : {*read, *now}) {
            if (std::find(periods.begin(), periods.end(), seconds) == periods.end()) {
                periods.push_back(seconds);  // what the meter holds, offered or not
            }
        }
        std::sort(periods.begin(), periods.end());
        for (const auto seconds : periods) {
            combo->addItem(periodText(seconds), QVariant::fromValue(uint(seconds)));
        }
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(uint(*now))));
        QFont font = combo->font();
        font.setBold(*now != *read);  // a pending edit, as the other pages mark them
        combo->setFont(font);
        combo->setToolTip(
            tr("In the meter: %1. A new period clears this load profile when it is written.")
                .arg(periodText(*read)));
    }
    m_profilesBox->setVisible(any);
    m_refreshing = false;
}

void OverviewPage::refreshPhases() {
    const auto& readings = m_document->meterState().readings;
    const bool loaded = m_document->isLoaded();
    for (int row = 0; row < PhaseRowCount; ++row) {
        const int phases = (row == TotalPowerRow || row == FrequencyRow) ? 1 : 3;
        for (int phase = 0; phase < 3; ++phase) {
            QString text;
            if (phase < phases && loaded) {
                const auto it = readings.find(phaseObis(PhaseRow(row), phase));
                text = it != readings.end() ? formatReading(it->second) : QStringLiteral("\u2013");
            }
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(phases == 1 ? Qt::AlignCenter
                                               : Qt::AlignRight | Qt::AlignVCenter);
            m_phases->setItem(row, phase, item);
        }
    }
}

}  // namespace omt::ui

#include "ui/pages/tariff_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/meter_document.h"
#include "ui/widgets/week_timeline.h"

namespace omt::ui {

namespace {

QString clock(int hour, int minute) {
    return QStringLiteral("%1:%2")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

/// "hh:mm" with hour 0..23 and minute 0..59.
std::optional<std::pair<int, int>> parseClock(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59) {
        return std::nullopt;
    }
    return std::pair{h, min};
}

/// "2" or "T2" -> 2 (1..4).
std::optional<int> parseTariff(const QString& text) {
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('T'), Qt::CaseInsensitive)) {
        t = t.mid(1);
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= meter::kMaxTariff ? std::optional<int>(n) : std::nullopt;
}

}  // namespace

QString describeTariffControl(meter::TariffControl control, const QString& code) {
    switch (control) {
        case meter::TariffControl::NotApplicable:
            return TariffPage::tr("The calendar sets the tariffs.");
        case meter::TariffControl::Disabled:
            return TariffPage::tr("Tariffs disabled (Z13 %1): the meter counts in T1 only.")
                .arg(code);
        case meter::TariffControl::ModulePort:
            return TariffPage::tr(
                       "Module port control (Z13 %1): the module's tariff inputs set the "
                       "tariffs, not this calendar.")
                .arg(code);
        case meter::TariffControl::Register:
            return TariffPage::tr("Register control (Z13 %1): the calendar sets the tariffs.")
                .arg(code);
        case meter::TariffControl::OrderForm:
            return TariffPage::tr("Order-form tariff plan (Z13 %1).").arg(code);
    }
    return {};
}

TariffPage::TariffPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_mode(new QLabel(this)),
      m_season(new QComboBox(this)),
      m_timeline(new WeekTimeline(this)),
      m_dayProfile(new QComboBox(this)),
      m_switches(new QTableWidget(0, 2, this)),
      m_specialDays(new QTableWidget(0, 2, this)),
      m_passive(new QLabel(this)),
      m_activate(new QCheckBox(tr("Activate at"), this)),
      m_activation(new QDateTimeEdit(this)),
      m_passiveButton(new QPushButton(this)),
      m_problems(new QLabel(this)) {
    setObjectName(QStringLiteral("tariffPage"));
    m_mode->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("tariffProblems"));
    m_season->setAccessibleName(tr("Season"));
    m_dayProfile->setAccessibleName(tr("Day profile"));

    auto* weekBox = new QGroupBox(tr("Week of the active calendar"), this);
    auto* weekLayout = new QVBoxLayout(weekBox);
    auto* seasonRow = new QHBoxLayout;
    seasonRow->addWidget(new QLabel(tr("Season:"), weekBox));
    seasonRow->addWidget(m_season, 1);
    weekLayout->addLayout(seasonRow);
    weekLayout->addWidget(m_timeline);

    m_switches->setHorizontalHeaderLabels({tr("From"), tr("Tariff")});
    m_switches->horizontalHeader()->setStretchLastSection(true);
    m_switches->verticalHeader()->hide();
    m_switches->setToolTip(tr("Switch times as hh:mm, tariffs 1 to 4."));
    auto* addSwitch = new QPushButton(tr("Add switch"), this);
    auto* removeSwitch = new QPushButton(tr("Remove switch"), this);
    auto* dayBox = new QGroupBox(tr("Day profile"), this);
    auto* dayLayout = new QVBoxLayout(dayBox);
    dayLayout->addWidget(m_dayProfile);
    dayLayout->addWidget(m_switches, 1);
    auto* dayButtons = new QHBoxLayout;
    dayButtons->addWidget(addSwitch);
    dayButtons->addWidget(removeSwitch);
    dayLayout->addLayout(dayButtons);

    m_specialDays->setHorizontalHeaderLabels({tr("Date"), tr("Day profile")});
    m_specialDays->horizontalHeader()->setStretchLastSection(true);
    m_specialDays->verticalHeader()->hide();
    m_specialDays->setToolTip(tr("Dates as *-MM-DD (every year) or YYYY-MM-DD."));
    auto* addDay = new QPushButton(tr("Add special day"), this);
    auto* removeDay = new QPushButton(tr("Remove special day"), this);
    auto* specialBox = new QGroupBox(tr("Special days"), this);
    auto* specialLayout = new QVBoxLayout(specialBox);
    specialLayout->addWidget(m_specialDays, 1);
    auto* specialButtons = new QHBoxLayout;
    specialButtons->addWidget(addDay);
    specialButtons->addWidget(removeDay);
    specialLayout->addLayout(specialButtons);

    m_activation->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_activation->setCalendarPopup(true);
    auto* passiveBox = new QGroupBox(tr("Passive calendar"), this);
    auto* passiveLayout = new QFormLayout(passiveBox);
    m_passive->setWordWrap(true);
    passiveLayout->addRow(m_passive);
    passiveLayout->addRow(m_activate, m_activation);
    passiveLayout->addRow(m_passiveButton);

    auto* editors = new QHBoxLayout;
    editors->addWidget(dayBox, 1);
    editors->addWidget(specialBox, 1);
    editors->addWidget(passiveBox, 1);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_mode);
    layout->addWidget(weekBox);
    layout->addLayout(editors, 1);
    layout->addWidget(m_problems);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_season, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            refresh();
        }
    });
    connect(m_dayProfile, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            refresh();
        }
    });
    connect(m_switches, &QTableWidget::cellChanged, this, &TariffPage::onSwitchEdited);
    connect(m_specialDays, &QTableWidget::cellChanged, this, &TariffPage::onSpecialDayEdited);
    connect(addSwitch, &QPushButton::clicked, this,
            [this] { this->addSwitch(m_dayProfile->currentIndex()); });
    connect(removeSwitch, &QPushButton::clicked, this,
            [this] { this->removeSwitch(m_dayProfile->currentIndex(), m_switches->currentRow()); });
    connect(addDay, &QPushButton::clicked, this, [this] {
        // The first free date of the year, with the first day profile.
        const auto& plan = *m_document->pending().tariffPlan;
        meter::SpecialDay day;
        day.dayProfile = plan.active.dayProfiles.empty() ? 1 : plan.active.dayProfiles[0].id;
        for (int doy = 0; doy < 365; ++doy) {
            const QDate d = QDate(2001, 1, 1).addDays(doy);
            day.date = {meter::PlanDate::kEveryYear, std::uint8_t(d.month()),
                        std::uint8_t(d.day())};
            if (std::none_of(plan.specialDays.begin(), plan.specialDays.end(),
                             [&](const auto& s) { return s.date == day.date; })) {
                break;
            }
        }
        addSpecialDay(day);
    });
    connect(removeDay, &QPushButton::clicked, this,
            [this] { removeSpecialDay(m_specialDays->currentRow()); });
    connect(m_activate, &QCheckBox::toggled, this, &TariffPage::onActivationEdited);
    connect(m_activation, &QDateTimeEdit::dateTimeChanged, this, &TariffPage::onActivationEdited);
    connect(m_passiveButton, &QPushButton::clicked, this,
            [this] { setPassiveCopy(!m_document->pending().tariffPlan->passive.has_value()); });
    connect(document, &MeterDocument::changed, this, &TariffPage::refresh);
    refresh();
}

void TariffPage::commit(const meter::TariffPlan& plan, const QString& description) {
    m_document->setTariffPlan(plan, description);
}

bool TariffPage::setSwitch(int dayProfile, int row, const meter::TariffSwitch& value) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& days = plan.active.dayProfiles;
    if (dayProfile < 0 || std::size_t(dayProfile) >= days.size() || row < 0 ||
        std::size_t(row) >= days[std::size_t(dayProfile)].switches.size()) {
        return false;
    }
    auto& profile = days[std::size_t(dayProfile)];
    profile.switches[std::size_t(row)] = value;
    commit(plan, tr("Day profile %1: from %2 tariff T%3")
                     .arg(profile.id)
                     .arg(clock(value.hour, value.minute))
                     .arg(value.tariff));
    return true;
}

bool TariffPage::addSwitch(int dayProfile) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& days = plan.active.dayProfiles;
    if (dayProfile < 0 || std::size_t(dayProfile) >= days.size()) {
        return false;
    }
    auto& switches = days[std::size_t(dayProfile)].switches;
    meter::TariffSwitch s;
    if (!switches.empty()) {
        // An hour after the last switch (or the latest free minute), with the next tariff.
        const auto& last = switches.back();
        const int at = std::min(23 * 60 + 59, last.hour * 60 + last.minute + 60);
        s = {std::uint8_t(at / 60), std::uint8_t(at % 60),
             std::uint8_t(last.tariff % meter::kMaxTariff + 1)};
    }
    switches.push_back(s);
    commit(plan, tr("Add a switch to day profile %1").arg(days[std::size_t(dayProfile)].id));
    return true;
}

bool TariffPage::removeSwitch(int dayProfile, int row) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& days = plan.active.dayProfiles;
    if (dayProfile < 0 || std::size_t(dayProfile) >= days.size() || row < 0 ||
        std::size_t(row) >= days[std::size_t(dayProfile)].switches.size()) {
        return false;
    }
    auto& switches = days[std::size_t(dayProfile)].switches;
    switches.erase(switches.begin() + row);
    commit(plan, tr("Remove a switch from day profile %1").arg(days[std::size_t(dayProfile)].id));
    return true;
}

bool TariffPage::addSpecialDay(const meter::SpecialDay& day) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    plan.specialDays.push_back(day);
    commit(plan, tr("Add the special day %1").arg(QString::fromStdString(day.date.text())));
    return true;
}

bool TariffPage::removeSpecialDay(int row) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    if (row < 0 || std::size_t(row) >= plan.specialDays.size()) {
        return false;
    }
    const auto date = plan.specialDays[std::size_t(row)].date.text();
    plan.specialDays.erase(plan.specialDays.begin() + row);
    commit(plan, tr("Remove the special day %1").arg(QString::fromStdString(date)));
    return true;
}

void TariffPage::setPassiveCopy(bool present) {
    if (!m_document->pending().tariffPlan) {
        return;
    }
    auto plan = *m_document->pending().tariffPlan;
    if (present) {
        plan.passive = plan.active;
        commit(plan, tr("Copy the active calendar to the passive calendar"));
    } else {
        plan.passive.reset();
        plan.passiveActivation.reset();
        commit(plan, tr("Remove the passive calendar"));
    }
}

void TariffPage::onActivationEdited() {
    if (m_refreshing || !m_document->pending().tariffPlan) {
        return;
    }
    auto plan = *m_document->pending().tariffPlan;
    if (m_activate->isChecked()) {
        const QDateTime t = m_activation->dateTime();
        meter::PlanDateTime at;
        at.date = {std::uint16_t(t.date().year()), std::uint8_t(t.date().month()),
                   std::uint8_t(t.date().day())};
        at.hour = std::uint8_t(t.time().hour());
        at.minute = std::uint8_t(t.time().minute());
        plan.passiveActivation = at;
        commit(plan,
               tr("Activate the passive calendar at %1").arg(QString::fromStdString(at.text())));
    } else {
        plan.passiveActivation.reset();
        commit(plan, tr("No activation time for the passive calendar"));
    }
}

void TariffPage::onSwitchEdited(int row, int column) {
    if (m_refreshing || !m_document->pending().tariffPlan) {
        return;
    }
    const int day = m_dayProfile->currentIndex();
    const auto& days = m_document->pending().tariffPlan->active.dayProfiles;
    if (day < 0 || std::size_t(day) >= days.size() ||
        std::size_t(row) >= days[std::size_t(day)].switches.size()) {
        return;
    }
    auto value = days[std::size_t(day)].switches[std::size_t(row)];
    const QString text = m_switches->item(row, column)->text();
    if (column == 0) {
        const auto t = parseClock(text);
        if (!t) {
            m_document->refuse(tr("A switch time is hh:mm, from 00:00 to 23:59."));
            refresh();
            return;
        }
        value.hour = std::uint8_t(t->first);
        value.minute = std::uint8_t(t->second);
    } else {
        const auto n = parseTariff(text);
        if (!n) {
            m_document->refuse(tr("A tariff is 1, 2, 3 or 4."));
            refresh();
            return;
        }
        value.tariff = std::uint8_t(*n);
    }
    if (!setSwitch(day, row, value)) {
        refresh();
    }
}

void TariffPage::onSpecialDayEdited(int row, int column) {
    if (m_refreshing || !m_document->pending().tariffPlan) {
        return;
    }
    auto plan = *m_document->pending().tariffPlan;
    if (row < 0 || std::size_t(row) >= plan.specialDays.size()) {
        return;
    }
    auto& day = plan.specialDays[std::size_t(row)];
    const QString text = m_specialDays->item(row, column)->text().trimmed();
    if (column == 0) {
        const auto date = meter::PlanDate::parse(text.toStdString());
        if (!date) {
            m_document->refuse(tr("A special day is *-MM-DD (every year) or YYYY-MM-DD."));
            refresh();
            return;
        }
        day.date = *date;
    } else {
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || id < 1 || id > 255) {
            m_document->refuse(tr("A day profile is a number from 1 to 255."));
            refresh();
            return;
        }
        day.dayProfile = std::uint8_t(id);
    }
    commit(plan, tr("Change the special day %1").arg(QString::fromStdString(day.date.text())));
}

void TariffPage::refresh() {
    const auto& snap = m_document->pending();
    setEnabled(snap.tariffPlan.has_value());
    if (!snap.tariffPlan) {
        return;
    }
    m_refreshing = true;
    const auto& plan = *snap.tariffPlan;
    m_mode->setText(describeTariffControl(plan.tariffControl(),
                                          QString::fromStdString(plan.tariffControlCode)));

    const int season = std::max(0, m_season->currentIndex());
    m_season->clear();
    for (const auto& s : plan.active.seasons) {
        m_season->addItem(tr("%1 (from %2, week %3)")
                              .arg(QString::fromStdString(s.name),
                                   QString::fromStdString(s.start.text()),
                                   QString::fromStdString(s.week)));
    }
    m_season->setCurrentIndex(std::min(season, m_season->count() - 1));
    const auto seasonAt = std::size_t(std::max(0, m_season->currentIndex()));
    m_timeline->setWeek(plan.active, seasonAt < plan.active.seasons.size()
                                         ? plan.active.seasons[seasonAt].week
                                         : std::string());

    const int day = std::max(0, m_dayProfile->currentIndex());
    m_dayProfile->clear();
    for (const auto& d : plan.active.dayProfiles) {
        m_dayProfile->addItem(tr("Day profile %1").arg(d.id));
    }
    m_dayProfile->setCurrentIndex(std::min(day, m_dayProfile->count() - 1));

    const auto problems = plan.validate(snap.tariffLimits);
    auto problemsAt = [&](const std::string& prefix) {
        QStringList out;
        for (const auto& p : problems) {
            if (p.detail.rfind(prefix, 0) == 0) {
                out << QString::fromStdString(p.detail);
            }
        }
        return out;
    };

    m_switches->setRowCount(0);
    const int dayAt = m_dayProfile->currentIndex();
    if (dayAt >= 0 && std::size_t(dayAt) < plan.active.dayProfiles.size()) {
        const auto& switches = plan.active.dayProfiles[std::size_t(dayAt)].switches;
        m_switches->setRowCount(int(switches.size()));
        for (std::size_t i = 0; i < switches.size(); ++i) {
            const auto& s = switches[i];
            auto* time = new QTableWidgetItem(clock(s.hour, s.minute));
            auto* tariff = new QTableWidgetItem(QStringLiteral("T%1").arg(s.tariff));
            tariff->setBackground(WeekTimeline::tariffColour(s.tariff));
            tariff->setForeground(Qt::white);
            const QStringList here = problemsAt("active.day_profiles[" + std::to_string(dayAt) +
                                                "].switches[" + std::to_string(i) + "]");
            if (!here.isEmpty()) {
                time->setBackground(QColor(0xf4, 0xc7, 0xc3));
                time->setToolTip(here.join(QLatin1Char('\n')));
                tariff->setToolTip(here.join(QLatin1Char('\n')));
            }
            m_switches->setItem(int(i), 0, time);
            m_switches->setItem(int(i), 1, tariff);
        }
    }

    m_specialDays->setRowCount(int(plan.specialDays.size()));
    for (std::size_t i = 0; i < plan.specialDays.size(); ++i) {
        const auto& d = plan.specialDays[i];
        auto* date = new QTableWidgetItem(QString::fromStdString(d.date.text()));
        auto* profile = new QTableWidgetItem(QString::number(d.dayProfile));
        const QStringList here = problemsAt("special_days[" + std::to_string(i) + "]");
        if (!here.isEmpty()) {
            date->setBackground(QColor(0xf4, 0xc7, 0xc3));
            date->setToolTip(here.join(QLatin1Char('\n')));
            profile->setToolTip(here.join(QLatin1Char('\n')));
        }
        m_specialDays->setItem(int(i), 0, date);
        m_specialDays->setItem(int(i), 1, profile);
    }

    if (plan.passive) {
        m_passive->setText(
            tr("Passive calendar \"%1\": %n season(s).", nullptr, int(plan.passive->seasons.size()))
                .arg(QString::fromStdString(plan.passive->name)));
        m_passiveButton->setText(tr("Remove the passive calendar"));
    } else {
        m_passive->setText(tr("No passive calendar."));
        m_passiveButton->setText(tr("Copy the active calendar to the passive one"));
    }
    m_activate->setEnabled(plan.passive.has_value());
    m_activate->setChecked(plan.passiveActivation.has_value());
    m_activation->setEnabled(plan.passiveActivation.has_value());
    if (plan.passiveActivation) {
        const auto& a = *plan.passiveActivation;
        m_activation->setDateTime(
            QDateTime(QDate(a.date.year, a.date.month, a.date.day), QTime(a.hour, a.minute)));
    } else {
        m_activation->setDateTime(QDateTime(QDate::currentDate().addMonths(1), QTime(0, 0)));
    }

    QStringList lines;
    for (const auto& p : problems) {
        lines << QString::fromStdString(p.detail);
    }
    m_problems->setText(lines.isEmpty()
                            ? QString()
                            : tr("Cannot be written yet: %1").arg(lines.join(QLatin1Char('\n'))));
    m_refreshing = false;
}

}  // namespace omt::ui

#include "ui/pages/tariff_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/meter_document.h"
#include "ui/widgets/clock_text.h"
#include "ui/widgets/week_timeline.h"

namespace omt::ui {

namespace {

/// A titled box: an optional widget above, the table, and its Add / Remove buttons below.
QGroupBox* editableTableBox(const QString& title, QWidget* above, QTableWidget* table,
                            QPushButton* add, QPushButton* remove, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    if (above != nullptr) {
        layout->addWidget(above);
    }
    layout->addWidget(table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    return box;
}

/// Makes `table` at least as wide as its columns' titles and cells need (frame, row titles and a
/// scroll bar included), so the layout gives it that room in every language: the columns that
/// stretch share the room equally, so each of them counts as wide as the widest.
void keepColumnsWhole(QTableWidget* table) {
    auto* header = table->horizontalHeader();
    int fixed = 0;
    int stretched = 0;
    int widestStretched = 0;
    for (int c = 0; c < table->columnCount(); ++c) {
        // (QTableView hides sizeHintForColumn; QAbstractItemView offers it.)
        const auto* view = static_cast<const QAbstractItemView*>(table);
        const int needed = std::max(header->sectionSizeHint(c), view->sizeHintForColumn(c));
        const bool stretches = header->sectionResizeMode(c) == QHeaderView::Stretch ||
                               (header->stretchLastSection() && c == table->columnCount() - 1);
        if (stretches) {
            ++stretched;
            widestStretched = std::max(widestStretched, needed);
        } else {
            fixed += needed;
        }
    }
    int width = fixed + stretched * widestStretched + 2 * table->frameWidth() +
                table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    if (table->verticalHeader()->isVisible()) {
        width += table->verticalHeader()->sizeHint().width();
    }
    table->setMinimumWidth(width);
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
      m_seasons(new QTableWidget(0, 3, this)),
      m_weeks(new QTableWidget(0, 8, this)),
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
    m_switches->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_switches->horizontalHeader()->setStretchLastSection(true);
    m_switches->verticalHeader()->hide();
    m_switches->setToolTip(tr("Switch times as hh:mm, tariffs 1 to 4."));
    // A day profile of up to 8 switch times (the meters' limit) shows without scrolling.
    constexpr int kVisibleSwitches = 8;
    m_switches->verticalHeader()->setDefaultSectionSize(m_switches->fontMetrics().height() + 8);
    m_switches->setMinimumHeight(m_switches->horizontalHeader()->sizeHint().height() +
                                 kVisibleSwitches *
                                     m_switches->verticalHeader()->defaultSectionSize() +
                                 2 * m_switches->frameWidth());
    auto* addSwitch = new QPushButton(tr("Add switch"), this);
    auto* removeSwitch = new QPushButton(tr("Remove switch"), this);
    auto* dayBox = editableTableBox(tr("Day profile"), m_dayProfile, m_switches, addSwitch,
                                    removeSwitch, this);

    m_seasons->setObjectName(QStringLiteral("seasonTable"));
    m_seasons->setHorizontalHeaderLabels({tr("Season"), tr("Starts"), tr("Week profile")});
    m_seasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_seasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_seasons->horizontalHeader()->setStretchLastSection(true);
    m_seasons->verticalHeader()->hide();
    m_seasons->setToolTip(
        tr("Each season starts on its date (*-MM-DD) every year and uses its week profile."));
    auto* addSeason = new QPushButton(tr("Add season"), this);
    auto* removeSeason = new QPushButton(tr("Remove season"), this);
    auto* seasonBox =
        editableTableBox(tr("Seasons"), nullptr, m_seasons, addSeason, removeSeason, this);

    m_weeks->setObjectName(QStringLiteral("weekTable"));
    // The box says "Week profiles": the first column is the profile's name.
    QStringList weekHeader{tr("Name")};
    const QString days[] = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                            tr("Fri"), tr("Sat"), tr("Sun")};
    for (const auto& d : days) {
        weekHeader << d;
    }
    m_weeks->setHorizontalHeaderLabels(weekHeader);
    m_weeks->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_weeks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_weeks->horizontalHeader()->setMinimumSectionSize(36);
    m_weeks->setMaximumHeight(150);
    m_seasons->setMaximumHeight(150);
    m_weeks->verticalHeader()->hide();
    m_weeks->setToolTip(tr("The day profile (its number) each weekday of the week profile uses."));
    auto* addWeek = new QPushButton(tr("Add week profile"), this);
    auto* removeWeek = new QPushButton(tr("Remove week profile"), this);
    auto* weeksBox =
        editableTableBox(tr("Week profiles"), nullptr, m_weeks, addWeek, removeWeek, this);

    m_specialDays->setHorizontalHeaderLabels({tr("Date"), tr("Day profile")});
    m_specialDays->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_specialDays->horizontalHeader()->setStretchLastSection(true);
    m_specialDays->verticalHeader()->hide();
    m_specialDays->setToolTip(tr("Dates as *-MM-DD (every year) or YYYY-MM-DD."));
    m_specialDays->setMaximumHeight(150);
    auto* addDay = new QPushButton(tr("Add special day"), this);
    auto* removeDay = new QPushButton(tr("Remove special day"), this);
    auto* specialBox =
        editableTableBox(tr("Special days"), nullptr, m_specialDays, addDay, removeDay, this);

    m_activation->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_activation->setCalendarPopup(true);
    auto* passiveBox = new QGroupBox(tr("Passive calendar"), this);
    auto* passiveLayout = new QHBoxLayout(passiveBox);
    m_passive->setWordWrap(true);
    passiveLayout->addWidget(m_passive, 1);
    passiveLayout->addWidget(m_activate);
    passiveLayout->addWidget(m_activation);
    passiveLayout->addWidget(m_passiveButton);

    // At 1280x800 everything shows without scrolling: the day profile beside the week it
    // shapes, tall enough for all its switch times; the seasons, week profiles and special days
    // side by side below; the passive calendar in one line.
    auto* week = new QHBoxLayout;
    week->addWidget(weekBox, 3);
    week->addWidget(dayBox, 1);

    auto* calendar = new QHBoxLayout;
    calendar->addWidget(seasonBox, 2);
    calendar->addWidget(weeksBox, 3);
    calendar->addWidget(specialBox, 2);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_mode);
    layout->addLayout(week, 1);
    layout->addLayout(calendar);
    layout->addWidget(passiveBox);
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
    connect(m_seasons, &QTableWidget::cellChanged, this, &TariffPage::onSeasonEdited);
    connect(m_weeks, &QTableWidget::cellChanged, this, &TariffPage::onWeekEdited);
    connect(addSeason, &QPushButton::clicked, this, [this] {
        // A new season on the first free first-of-month, with the first week profile.
        const auto& cal = m_document->pending().tariffPlan->active;
        meter::TariffSeason s;
        s.week = cal.weekProfiles.empty() ? std::string() : cal.weekProfiles.front().name;
        for (int month = 1; month <= 12; ++month) {
            s.start = {meter::PlanDate::kEveryYear, std::uint8_t(month), 1};
            if (std::none_of(cal.seasons.begin(), cal.seasons.end(), [&](const auto& o) {
                    return o.start.month == s.start.month && o.start.day == s.start.day;
                })) {
                break;
            }
        }
        s.name = tr("season %1").arg(cal.seasons.size() + 1).toStdString();
        this->addSeason(s);
    });
    connect(removeSeason, &QPushButton::clicked, this,
            [this] { this->removeSeason(m_seasons->currentRow()); });
    connect(addWeek, &QPushButton::clicked, this, [this] {
        const auto& cal = m_document->pending().tariffPlan->active;
        meter::TariffWeekProfile w;
        const std::uint8_t day = cal.dayProfiles.empty() ? 1 : cal.dayProfiles.front().id;
        w.days.fill(day);
        for (std::size_t n = cal.weekProfiles.size() + 1;; ++n) {
            w.name = "week" + std::to_string(n);
            if (std::none_of(cal.weekProfiles.begin(), cal.weekProfiles.end(),
                             [&](const auto& o) { return o.name == w.name; })) {
                break;
            }
        }
        this->addWeekProfile(w);
    });
    connect(removeWeek, &QPushButton::clicked, this,
            [this] { this->removeWeekProfile(m_weeks->currentRow()); });
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
                     .arg(clockText(value.hour, value.minute))
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
        const auto t = parseClockText(text);
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

namespace {

/// Where a season starting at `start` goes so the starts stay in order (month, day).
std::size_t seasonPosition(const std::vector<meter::TariffSeason>& seasons,
                           const meter::PlanDate& start) {
    std::size_t i = 0;
    while (i < seasons.size() && std::pair(seasons[i].start.month, seasons[i].start.day) <
                                     std::pair(start.month, start.day)) {
        ++i;
    }
    return i;
}

bool sameStart(const meter::PlanDate& a, const meter::PlanDate& b) {
    return a.month == b.month && a.day == b.day;
}

}  // namespace

bool TariffPage::addSeason(const meter::TariffSeason& season) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& seasons = plan.active.seasons;
    if (std::any_of(seasons.begin(), seasons.end(),
                    [&](const auto& s) { return sameStart(s.start, season.start); })) {
        m_document->refuse(tr("Another season already starts on %1.")
                               .arg(QString::fromStdString(season.start.text())));
        return false;
    }
    seasons.insert(seasons.begin() + std::ptrdiff_t(seasonPosition(seasons, season.start)), season);
    commit(plan, tr("Add the season %1").arg(QString::fromStdString(season.name)));
    return true;
}

bool TariffPage::setSeason(int row, const meter::TariffSeason& season) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& seasons = plan.active.seasons;
    if (row < 0 || std::size_t(row) >= seasons.size()) {
        return false;
    }
    seasons.erase(seasons.begin() + row);
    if (std::any_of(seasons.begin(), seasons.end(),
                    [&](const auto& s) { return sameStart(s.start, season.start); })) {
        m_document->refuse(tr("Another season already starts on %1.")
                               .arg(QString::fromStdString(season.start.text())));
        return false;
    }
    seasons.insert(seasons.begin() + std::ptrdiff_t(seasonPosition(seasons, season.start)), season);
    commit(plan, tr("Change the season %1").arg(QString::fromStdString(season.name)));
    return true;
}

bool TariffPage::removeSeason(int row) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& seasons = plan.active.seasons;
    if (row < 0 || std::size_t(row) >= seasons.size()) {
        return false;
    }
    const QString name = QString::fromStdString(seasons[std::size_t(row)].name);
    seasons.erase(seasons.begin() + row);
    commit(plan, tr("Remove the season %1").arg(name));
    return true;
}

bool TariffPage::addWeekProfile(const meter::TariffWeekProfile& week) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    plan.active.weekProfiles.push_back(week);
    commit(plan, tr("Add the week profile %1").arg(QString::fromStdString(week.name)));
    return true;
}

bool TariffPage::setWeekProfileName(int row, const QString& name) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& weeks = plan.active.weekProfiles;
    const std::string newName = name.trimmed().toStdString();
    if (row < 0 || std::size_t(row) >= weeks.size()) {
        return false;
    }
    if (newName.empty()) {
        m_document->refuse(tr("A week profile needs a name."));
        return false;
    }
    const std::string oldName = weeks[std::size_t(row)].name;
    if (oldName == newName) {
        return true;
    }
    if (std::any_of(weeks.begin(), weeks.end(), [&](const auto& w) { return w.name == newName; })) {
        m_document->refuse(
            tr("There is already a week profile named %1.").arg(QString::fromStdString(newName)));
        return false;
    }
    weeks[std::size_t(row)].name = newName;
    for (auto& s : plan.active.seasons) {
        if (s.week == oldName) {
            s.week = newName;
        }
    }
    commit(plan, tr("Rename the week profile %1 to %2")
                     .arg(QString::fromStdString(oldName), QString::fromStdString(newName)));
    return true;
}

bool TariffPage::setWeekDay(int row, int weekday, int dayProfile) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& weeks = plan.active.weekProfiles;
    if (row < 0 || std::size_t(row) >= weeks.size() || weekday < 0 || weekday > 6) {
        return false;
    }
    if (dayProfile < 1 || dayProfile > 255) {
        m_document->refuse(tr("A day profile is a number from 1 to 255."));
        return false;
    }
    weeks[std::size_t(row)].days[std::size_t(weekday)] = std::uint8_t(dayProfile);
    commit(plan, tr("Week profile %1: weekday %2 uses day profile %3")
                     .arg(QString::fromStdString(weeks[std::size_t(row)].name))
                     .arg(weekday + 1)
                     .arg(dayProfile));
    return true;
}

bool TariffPage::removeWeekProfile(int row) {
    if (!m_document->pending().tariffPlan) {
        return false;
    }
    auto plan = *m_document->pending().tariffPlan;
    auto& weeks = plan.active.weekProfiles;
    if (row < 0 || std::size_t(row) >= weeks.size()) {
        return false;
    }
    const std::string name = weeks[std::size_t(row)].name;
    for (const auto& s : plan.active.seasons) {
        if (s.week == name) {
            m_document->refuse(
                tr("The week profile %1 is used by the season %2.")
                    .arg(QString::fromStdString(name), QString::fromStdString(s.name)));
            return false;
        }
    }
    weeks.erase(weeks.begin() + row);
    commit(plan, tr("Remove the week profile %1").arg(QString::fromStdString(name)));
    return true;
}

void TariffPage::onSeasonEdited(int row, int column) {
    if (m_refreshing || !m_document->pending().tariffPlan) {
        return;
    }
    const auto& seasons = m_document->pending().tariffPlan->active.seasons;
    if (row < 0 || std::size_t(row) >= seasons.size()) {
        return;
    }
    auto season = seasons[std::size_t(row)];
    const QString text = m_seasons->item(row, column)->text().trimmed();
    if (column == 0) {
        season.name = text.toStdString();
    } else if (column == 1) {
        const auto date = meter::PlanDate::parse(text.toStdString());
        if (!date || date->year != meter::PlanDate::kEveryYear) {
            m_document->refuse(tr("A season starts on a date of every year: *-MM-DD."));
            refresh();
            return;
        }
        season.start = *date;
    } else {
        season.week = text.toStdString();
    }
    if (!setSeason(row, season)) {
        refresh();
    }
}

void TariffPage::onWeekEdited(int row, int column) {
    if (m_refreshing || !m_document->pending().tariffPlan) {
        return;
    }
    const QString text = m_weeks->item(row, column)->text().trimmed();
    bool ok = false;
    if (column == 0) {
        ok = setWeekProfileName(row, text);
    } else {
        bool number = false;
        const int id = text.toInt(&number);
        ok = number ? setWeekDay(row, column - 1, id) : false;
        if (!number) {
            m_document->refuse(tr("A day profile is a number from 1 to 255."));
        }
    }
    if (!ok) {
        refresh();
    }
}

void TariffPage::refreshSeasonsAndWeeks(const meter::TariffPlan& plan,
                                        const std::vector<meter::TariffFailure>& problems) {
    auto problemsAt = [&](const std::string& prefix) {
        QStringList out;
        for (const auto& p : problems) {
            if (p.detail.rfind(prefix, 0) == 0) {
                out << QString::fromStdString(p.detail);
            }
        }
        return out.join(QLatin1Char('\n'));
    };
    auto mark = [](QTableWidgetItem* item, const QString& problem) {
        if (!problem.isEmpty()) {
            item->setBackground(QColor(0xf4, 0xc7, 0xc3));
            item->setForeground(QColor(0x20, 0x20, 0x20));
            item->setToolTip(problem);
        }
    };
    const auto& seasons = plan.active.seasons;
    m_seasons->setRowCount(int(seasons.size()));
    for (std::size_t i = 0; i < seasons.size(); ++i) {
        const auto& s = seasons[i];
        const std::string at = "active.seasons[" + std::to_string(i) + "]";
        auto* name = new QTableWidgetItem(QString::fromStdString(s.name));
        auto* start = new QTableWidgetItem(QString::fromStdString(s.start.text()));
        auto* week = new QTableWidgetItem(QString::fromStdString(s.week));
        mark(start, problemsAt(at + ".start"));
        mark(week, problemsAt(at + ".week"));
        m_seasons->setItem(int(i), 0, name);
        m_seasons->setItem(int(i), 1, start);
        m_seasons->setItem(int(i), 2, week);
    }
    const auto& weeks = plan.active.weekProfiles;
    m_weeks->setRowCount(int(weeks.size()));
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const auto& w = weeks[i];
        const std::string at = "active.week_profiles[" + std::to_string(i) + "]";
        auto* name = new QTableWidgetItem(QString::fromStdString(w.name));
        mark(name, problemsAt(at + ".name"));
        m_weeks->setItem(int(i), 0, name);
        for (std::size_t d = 0; d < 7; ++d) {
            auto* day = new QTableWidgetItem(QString::number(w.days[d]));
            day->setTextAlignment(Qt::AlignCenter);
            mark(day, problemsAt(at + ".days[" + std::to_string(d) + "]"));
            m_weeks->setItem(int(i), int(d) + 1, day);
        }
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
            auto* time = new QTableWidgetItem(clockText(s.hour, s.minute));
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

    refreshSeasonsAndWeeks(plan, problems);

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
    // No column title or cell cut, in any language (issue 12: Sunday hidden in Polish).
    for (auto* table : {m_switches, m_seasons, m_weeks, m_specialDays}) {
        keepColumnsWhole(table);
    }
    m_refreshing = false;
}

}  // namespace omt::ui

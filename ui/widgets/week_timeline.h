#pragma once
// A week of one tariff season drawn as seven bars (Monday..Sunday) across 24 hours, each
// stretch coloured by the tariff in force, with a T1..T4 legend. Read-only; the Tariffs page
// edits the day profiles and the timeline follows.
//
//   WeekTimeline timeline;
//   timeline.setWeek(calendar, "winter");   // the week profile the season names
//   timeline.tariffAt(0, 8 * 60);           // Monday 08:00 -> 2 (0: no day profile)

#include <QWidget>

#include "meter/tariff_plan.h"

namespace omt::ui {

class WeekTimeline : public QWidget {
    Q_OBJECT

public:
    explicit WeekTimeline(QWidget* parent = nullptr);

    /// Shows week profile `weekName` of `calendar` (nothing when it does not exist).
    void setWeek(const meter::TariffCalendar& calendar, const std::string& weekName);
    /// The tariff in force on `day` (0 Monday .. 6 Sunday) at `minute` after midnight; 0 when
    /// the day has no (existing) day profile. Before a day's first switch the day's last tariff
    /// carries over from the day before, as a meter keeps it.
    int tariffAt(int day, int minute) const;
    /// The colour of tariff `n` (1..4) on the timeline and in the legend.
    static QColor tariffColour(int n);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<std::vector<meter::TariffSwitch>, 7> m_days;
    std::array<bool, 7> m_known{};
};

}  // namespace omt::ui

#pragma once
// Tariffs page: the tariff control mode (OMNIPOWER CT Z13), a week timeline of the active
// calendar per season (which tariff when, by colour, T1..T4 legend), the seasons (start date and
// week profile) and the week profiles (a day profile per weekday), the day profile editor
// (switch times and tariffs; TariffPlan::validate's problems shown at the rows they concern),
// the special days, and the passive calendar with its activation time. Every edit is pending
// in the document (undoable) until "Write to meter".
//
//   TariffPage page(&document);
//   page.setSwitch(0, 1, {8, 0, 2});        // day profile 0, row 1: from 08:00 tariff T2
//   page.addSeason({"summer", *meter::PlanDate::parse("*-04-01"), "w"});
//   page.setWeekDay(0, 5, 2);               // week profile 0, Saturday: day profile 2

#include <QWidget>

#include "meter/tariff_plan.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omt::ui {

class MeterDocument;
class WeekTimeline;

class TariffPage : public QWidget {
    Q_OBJECT

public:
    explicit TariffPage(MeterDocument* document, QWidget* parent = nullptr);

    WeekTimeline* timeline() const { return m_timeline; }
    QComboBox* seasonChooser() const { return m_season; }
    QComboBox* dayProfileChooser() const { return m_dayProfile; }
    QTableWidget* switchTable() const { return m_switches; }
    QTableWidget* specialDayTable() const { return m_specialDays; }
    QTableWidget* seasonTable() const { return m_seasons; }
    QTableWidget* weekTable() const { return m_weeks; }
    QLabel* modeLabel() const { return m_mode; }
    QLabel* problemsLabel() const { return m_problems; }
    QCheckBox* passiveActivation() const { return m_activate; }
    QDateTimeEdit* activationTime() const { return m_activation; }

    /// Pending edits of the active calendar (false when refused: index out of range).
    bool setSwitch(int dayProfile, int row, const meter::TariffSwitch& value);
    bool addSwitch(int dayProfile);
    bool removeSwitch(int dayProfile, int row);
    /// Seasons of the active calendar: kept in order of their start dates. False when refused
    /// (row out of range, a start date that another season has already).
    bool addSeason(const meter::TariffSeason& season);
    bool setSeason(int row, const meter::TariffSeason& season);
    bool removeSeason(int row);
    /// Week profiles of the active calendar. Renaming a week profile renames it in the seasons
    /// that use it; removing one that a season uses is refused.
    bool addWeekProfile(const meter::TariffWeekProfile& week);
    bool setWeekProfileName(int row, const QString& name);
    /// `weekday` 0 = Monday .. 6 = Sunday gets day profile `dayProfile` (1..255).
    bool setWeekDay(int row, int weekday, int dayProfile);
    bool removeWeekProfile(int row);
    bool addSpecialDay(const meter::SpecialDay& day);
    bool removeSpecialDay(int row);
    /// Copies the active calendar into the passive one (so it can be changed and activated
    /// later), or removes the passive calendar and its activation time.
    void setPassiveCopy(bool present);

private:
    void refresh();
    void commit(const meter::TariffPlan& plan, const QString& description);
    void onSwitchEdited(int row, int column);
    void onSpecialDayEdited(int row, int column);
    void onSeasonEdited(int row, int column);
    void onWeekEdited(int row, int column);
    void refreshSeasonsAndWeeks(const meter::TariffPlan& plan,
                                const std::vector<meter::TariffFailure>& problems);
    void onActivationEdited();

    MeterDocument* m_document;
    QLabel* m_mode;
    QComboBox* m_season;
    WeekTimeline* m_timeline;
    QComboBox* m_dayProfile;
    QTableWidget* m_switches;
    QTableWidget* m_specialDays;
    QTableWidget* m_seasons;
    QTableWidget* m_weeks;
    QLabel* m_passive;
    QCheckBox* m_activate;
    QDateTimeEdit* m_activation;
    QPushButton* m_passiveButton;
    QLabel* m_problems;
    bool m_refreshing = false;
};

/// "Register control (Z13 002): the calendar sets the tariffs." and the other modes in words.
QString describeTariffControl(meter::TariffControl control, const QString& code);

}  // namespace omt::ui

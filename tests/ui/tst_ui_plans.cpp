// The Tariffs, Load control and Trace pages, their models and widgets, and the window's
// progress bar, driven through their real widgets (offscreen) on a document loaded with a
// snapshot that holds a tariff plan and a load-control plan (issue 6).
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "tests/ui/cell_typing.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "ui/pages/load_control_page.h"
#include "ui/pages/tariff_page.h"
#include "ui/pages/trace_page.h"
#include "ui/widgets/week_timeline.h"

using namespace omt;
using namespace omt::ui;

using omt::testing::typeIntoCell;

namespace {

// Weekdays: T1 from 00:00, T2 from 07:00, T1 from 22:00; weekends T1 all day.
const char* const kPlan = R"({"format": "omt-tariff-plan", "version": 1, "tariff_control": "002",
  "active": {"name": "std",
    "seasons": [{"name": "year", "start": "*-01-01", "week": "w"}],
    "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 2, 2]}],
    "day_profiles": [{"id": 1, "switches": [{"time": "00:00", "tariff": 1},
                                            {"time": "07:00", "tariff": 2},
                                            {"time": "22:00", "tariff": 1}]},
                     {"id": 2, "switches": [{"time": "00:00", "tariff": 1}]}]},
  "special_days": [{"date": "*-12-25", "day_profile": 2}]})";

MeterSnapshot omniaSnapshot() {
    MeterSnapshot s;
    s.type = meter::MeterType::Omnia;
    s.serialNumber = QStringLiteral("57000001");
    s.configurationReadable = true;  // read as installer
    s.clockSettable = true;
    s.tariffPlan = *meter::TariffPlan::fromJson(kPlan);
    meter::LoadControlPlan lc;
    lc.relays.push_back({1, meter::RelayMode::OnDemand, false, {}, 0});
    lc.relays.push_back({2, meter::RelayMode::FollowTariff, std::nullopt, {}, 0b0010});
    lc.supplyControl =
        meter::SupplyControlPlan{cosem::ControlState::Connected, cosem::ControlMode::Mode1};
    s.loadControl = lc;
    s.loadControlCaps = {2, true, 8};
    return s;
}

TraceRecord record(bool toMeter, const QString& summary, const QString& hex = {}) {
    return {QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0)), toMeter, summary, {}, hex};
}

}  // namespace

class TstUiPlans : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("OmtUiPlans")); }

    void traceModelIsBoundedAndPassesTheTester() {
        TraceModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i) {
            model.append(record(i % 2 == 0, QStringLiteral("record %1").arg(i), "7E A0"));
        }
        QCOMPARE(model.rowCount(), 3);  // the two oldest were dropped
        QCOMPARE(model.index(0, TraceModel::Decoded).data().toString(), QStringLiteral("record 2"));
        QCOMPARE(model.index(0, TraceModel::Time).data().toString(),
                 QStringLiteral("10:00:00.000"));
        QCOMPARE(model.index(2, TraceModel::Hex).data().toString(), QStringLiteral("7E A0"));
        QVERIFY(model.index(0, TraceModel::Direction).data() !=
                model.index(1, TraceModel::Direction).data());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tracePageFiltersAndSaves() {
        TracePage page;
        QAbstractItemModelTester tester(page.filtered(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.add(record(true, QStringLiteral("GET request, 2 attributes")));
        page.add(record(false, QStringLiteral("Data 0.0.42.0.0.255: OMNIA")));
        page.add(record(true, QStringLiteral("SET Activity calendar attribute 9"), "01 02"));
        QCOMPARE(page.filtered()->rowCount(), 3);
        QTest::keyClicks(page.filterBox(), QStringLiteral("set"));
        QCOMPARE(page.filtered()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trace.txt"));
        QVERIFY(page.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral(" TX SET Activity calendar attribute 9")));
        QVERIFY(text.contains(QStringLiteral("01 02")));
        QVERIFY(!text.contains(QStringLiteral("GET request")));  // filtered out
        QString error;
        QVERIFY(!page.saveTo(dir.filePath(QStringLiteral("no/such/dir/t.txt")), &error));
        QVERIFY(!error.isEmpty());
    }

    void timelineShowsTheTariffInForce() {
        WeekTimeline timeline;
        const auto plan = *meter::TariffPlan::fromJson(kPlan);
        timeline.setWeek(plan.active, "w");
        QCOMPARE(timeline.tariffAt(0, 6 * 60 + 59), 1);  // Monday 06:59
        QCOMPARE(timeline.tariffAt(0, 7 * 60), 2);       // Monday 07:00
        QCOMPARE(timeline.tariffAt(4, 22 * 60), 1);      // Friday 22:00
        QCOMPARE(timeline.tariffAt(5, 12 * 60), 1);      // Saturday (profile 2)
        timeline.setWeek(plan.active, "nonexistent");
        QCOMPARE(timeline.tariffAt(0, 8 * 60), 0);
        QVERIFY(WeekTimeline::tariffColour(1) != WeekTimeline::tariffColour(2));
    }

    void tariffSwitchEditIsPendingAndUndoable() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        TariffPage page(&doc);
        QVERIFY(page.modeLabel()->text().contains(QStringLiteral("002")));
        QCOMPARE(page.switchTable()->rowCount(), 3);
        QCOMPARE(page.switchTable()->item(1, 0)->text(), QStringLiteral("07:00"));
        QCOMPARE(page.timeline()->tariffAt(0, 7 * 60 + 30), 2);

        // The person types a new time into the table: pending, the timeline follows.
        page.switchTable()->item(1, 0)->setText(QStringLiteral("08:00"));
        const auto& sw = doc.pending().tariffPlan->active.dayProfiles[0].switches[1];
        QCOMPARE(int(sw.hour), 8);
        QCOMPARE(doc.meterState().tariffPlan->active.dayProfiles[0].switches[1].hour, 7);
        QCOMPARE(page.timeline()->tariffAt(0, 7 * 60 + 30), 1);
        const auto changes = doc.pendingChanges();
        QCOMPARE(changes,
                 QStringList{QStringLiteral("Tariffs: day profile 1: 07:00 T2 → 08:00 T2")});

        doc.undoStack()->undo();
        QVERIFY(!doc.hasPendingChanges());
        QCOMPARE(page.switchTable()->item(1, 0)->text(), QStringLiteral("07:00"));

        // A time that is not hh:mm is refused with a sentence and changes nothing.
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        page.switchTable()->item(1, 0)->setText(QStringLiteral("25:00"));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!doc.hasPendingChanges());
    }

    // At 1280x800 (the window of tools/screenshots.sh) a day profile of 8 switch times, the
    // meters' limit, shows whole: neither the table nor the page has to be scrolled to it.
    void tariffDayProfileShowsWholeAt1280x800() {
        MeterDocument doc;
        MainWindow window(&doc);
        doc.load(omniaSnapshot());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Tariffs);
        auto* page = window.tariffPage();
        page->dayProfileChooser()->setCurrentIndex(0);
        while (page->switchTable()->rowCount() < 8) {
            QVERIFY(page->addSwitch(0));
        }
        QVERIFY(doc.pending().tariffPlan->active.dayProfiles[0].switches.size() == 8);
        QCoreApplication::processEvents();  // the layout settles
        auto* table = page->switchTable();
        QCOMPARE(table->rowCount(), 8);
        QVERIFY(!table->verticalScrollBar()->isVisible());
        const QRect last = table->visualItemRect(table->item(7, 1));
        QVERIFY2(last.bottom() < table->viewport()->height(),
                 qPrintable(QStringLiteral("row 8 ends at %1, the table shows %2")
                                .arg(last.bottom())
                                .arg(table->viewport()->height())));
        // The whole table lies inside the visible part of the page.
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        const QRect shown = scroll->viewport()->rect();
        const QRect where(table->mapTo(scroll->viewport(), QPoint(0, 0)), table->size());
        QVERIFY2(shown.contains(where),
                 qPrintable(QStringLiteral("table at y %1..%2, the page shows 0..%3")
                                .arg(where.top())
                                .arg(where.bottom())
                                .arg(shown.bottom())));
        // The boxes below are not squeezed below what they need.
        QVERIFY(page->seasonTable()->height() >= page->seasonTable()->minimumSizeHint().height());
        QVERIFY(page->specialDayTable()->isVisible());
    }

    void tariffProblemsAreShownAtTheRow() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        TariffPage page(&doc);
        // 23:00 before 22:00: the switches are no longer ascending.
        QVERIFY(page.setSwitch(0, 1, {23, 0, 2}));
        QVERIFY(!doc.planProblems().isEmpty());
        QVERIFY(!page.problemsLabel()->text().isEmpty());
        const QString tip =
            page.switchTable()->item(2, 0)->toolTip() + page.switchTable()->item(1, 0)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("day_profiles[0].switches")), qPrintable(tip));
        QVERIFY(page.switchTable()->item(0, 0)->toolTip().isEmpty());
        QVERIFY(!page.setSwitch(0, 9, {1, 0, 1}));  // no such row
    }

    void specialDaysAndPassiveCalendar() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        TariffPage page(&doc);
        QCOMPARE(page.specialDayTable()->rowCount(), 1);
        QVERIFY(page.addSpecialDay({{meter::PlanDate::kEveryYear, 1, 1}, 2}));
        QCOMPARE(page.specialDayTable()->rowCount(), 2);
        page.specialDayTable()->item(1, 0)->setText(QStringLiteral("*-12-25"));  // duplicate
        QVERIFY(!page.specialDayTable()->item(1, 0)->toolTip().isEmpty());
        QVERIFY(page.removeSpecialDay(1));
        QVERIFY(doc.planProblems().isEmpty());

        QVERIFY(!page.passiveActivation()->isEnabled());
        page.setPassiveCopy(true);
        QVERIFY(doc.pending().tariffPlan->passive.has_value());
        QVERIFY(page.passiveActivation()->isEnabled());
        page.passiveActivation()->setChecked(true);
        QVERIFY(doc.pending().tariffPlan->passiveActivation.has_value());
        page.setPassiveCopy(false);
        QVERIFY(!doc.pending().tariffPlan->passiveActivation.has_value());
    }

    void loadControlModesAndSupplySwitch() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        LoadControlPage page(&doc);
        QVERIFY(page.tariffBox(2, 2)->isChecked());
        QVERIFY(!page.tariffBox(2, 1)->isChecked());
        // On demand: the schedule cannot be edited.
        QVERIFY(!page.scheduleTable(1)->isEnabled());
        QVERIFY(!page.addScheduleButton(1)->isEnabled());
        QVERIFY(!page.removeScheduleButton(1)->isEnabled());

        page.modeChooser(1)->setCurrentIndex(int(meter::RelayMode::Calendar));
        QCOMPARE(doc.pending().loadControl->relays[0].mode, meter::RelayMode::Calendar);
        // Calendar without a schedule is a problem shown at the relay.
        QVERIFY(!page.relayProblems(1)->text().isEmpty());
        // On at 06:00, off at 22:00: two times added with the button, the second one typed over.
        QVERIFY(page.addScheduleButton(1)->isEnabled());
        page.addScheduleButton(1)->click();
        page.addScheduleButton(1)->click();
        typeIntoCell(page.scheduleTable(1), 1, 0, QStringLiteral("22:00"));
        using Schedule = std::vector<meter::RelaySwitch>;
        QCOMPARE(doc.pending().loadControl->relays[0].schedule,
                 (Schedule{{6, 0, true}, {22, 0, false}}));
        QVERIFY(page.relayProblems(1)->text().isEmpty());
        QVERIFY(doc.planProblems().isEmpty());
        QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral("06:00 on, 22:00 off")),
                 qPrintable(doc.undoStack()->undoText()));

        // A time that is not hh:mm is refused with a sentence that says how to write it; the
        // cell shows the meter's time again and nothing changes.
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        const int edits = doc.undoStack()->count();
        typeIntoCell(page.scheduleTable(1), 0, 0, QStringLiteral("6 maybe"));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("hh:mm")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(page.scheduleTable(1)->item(0, 0)->text(), QStringLiteral("06:00"));
        QCOMPARE(doc.undoStack()->count(), edits);
        // A time written short is taken and shown as hh:mm.
        typeIntoCell(page.scheduleTable(1), 0, 0, QStringLiteral(" 6:05"));
        QCOMPARE(page.scheduleTable(1)->item(0, 0)->text(), QStringLiteral("06:05"));
        QCOMPARE(doc.pending().loadControl->relays[0].schedule,
                 (Schedule{{6, 5, true}, {22, 0, false}}));
        QCOMPARE(LoadControlPage::scheduleText(doc.pending().loadControl->relays[0].schedule),
                 QStringLiteral("06:05 on, 22:00 off"));

        // The disconnect asks first; refused: nothing pending.
        QVERIFY(page.supplyBox()->isVisibleTo(&page));
        int asked = 0;
        page.setConfirm([&](const QString&, const QString&) { return ++asked, false; });
        QVERIFY(!page.requestSupplyToggle());
        QCOMPARE(asked, 1);
        QCOMPARE(doc.pending().loadControl->supplyControl->state, cosem::ControlState::Connected);
        page.setConfirm([&](const QString&, const QString&) { return ++asked, true; });
        QVERIFY(page.requestSupplyToggle());
        QCOMPARE(doc.pending().loadControl->supplyControl->state,
                 cosem::ControlState::Disconnected);
        QVERIFY(page.supplyStateLabel()->text().contains(QStringLiteral("disconnected")));
    }

    // Seasons and week profiles are edited in their tables; the pending TariffPlan is what the
    // edits say, in start order, and the core model's problems are shown at the cells.
    void seasonAndWeekEditsMakeTheTariffPlan() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        TariffPage page(&doc);
        QAbstractItemModelTester seasonTester(page.seasonTable()->model());
        QAbstractItemModelTester weekTester(page.weekTable()->model());
        QCOMPARE(page.seasonTable()->rowCount(), 1);
        QCOMPARE(page.weekTable()->rowCount(), 1);
        QCOMPARE(page.weekTable()->columnCount(), 8);
        QCOMPARE(page.weekTable()->item(0, 6)->text(), QStringLiteral("2"));  // Saturday

        // A second week profile: weekdays day profile 2, weekend 1.
        meter::TariffWeekProfile summerWeek{"s", {2, 2, 2, 2, 2, 1, 1}};
        QVERIFY(page.addWeekProfile(summerWeek));
        // A summer season from April 1st, added before an earlier one: kept in start order.
        QVERIFY(page.addSeason({"summer", *meter::PlanDate::parse("*-04-01"), "s"}));
        QVERIFY(page.addSeason({"spring", *meter::PlanDate::parse("*-03-01"), "w"}));
        const auto& cal = doc.pending().tariffPlan->active;
        QCOMPARE(cal.seasons.size(), std::size_t(3));
        QCOMPARE(cal.seasons[0].name, std::string("year"));
        QCOMPARE(cal.seasons[1].name, std::string("spring"));
        QCOMPARE(cal.seasons[2].start.text(), std::string("*-04-01"));
        QCOMPARE(cal.seasons[2].week, std::string("s"));
        QCOMPARE(cal.weekProfiles[1].days, summerWeek.days);
        QVERIFY(doc.planProblems().isEmpty());
        QCOMPARE(page.seasonTable()->rowCount(), 3);
        QCOMPARE(page.seasonTable()->item(2, 1)->text(), QStringLiteral("*-04-01"));
        QCOMPARE(page.seasonChooser()->count(), 3);

        // A second season on the same start date is refused with a sentence.
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        QVERIFY(!page.addSeason({"again", *meter::PlanDate::parse("*-04-01"), "s"}));
        QCOMPARE(refused.size(), 1);

        // Typing a day profile into the week table: Sunday of "s" uses profile 2.
        page.weekTable()->item(1, 7)->setText(QStringLiteral("2"));
        QCOMPARE(int(doc.pending().tariffPlan->active.weekProfiles[1].days[6]), 2);
        // A day profile that does not exist is accepted as pending but shown as a problem.
        page.weekTable()->item(1, 1)->setText(QStringLiteral("9"));
        QCOMPARE(int(doc.pending().tariffPlan->active.weekProfiles[1].days[0]), 9);
        QVERIFY(!doc.planProblems().isEmpty());
        QVERIFY(!page.weekTable()->item(1, 1)->toolTip().isEmpty());
        doc.undoStack()->undo();
        QVERIFY(doc.planProblems().isEmpty());

        // Renaming a week profile renames it in its seasons; a used one cannot be removed.
        QVERIFY(page.setWeekProfileName(1, QStringLiteral("summer")));
        QCOMPARE(doc.pending().tariffPlan->active.seasons[2].week, std::string("summer"));
        QVERIFY(!page.removeWeekProfile(1));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("summer")));

        // Editing a start in the table re-sorts; a start with a year is refused.
        page.seasonTable()->item(2, 1)->setText(QStringLiteral("*-02-01"));
        QCOMPARE(doc.pending().tariffPlan->active.seasons[1].name, std::string("summer"));
        const int before = int(refused.size());
        page.seasonTable()->item(0, 1)->setText(QStringLiteral("2027-05-01"));
        QCOMPARE(int(refused.size()), before + 1);

        // Removing the season and then the week profile leaves the meter's plan again.
        QVERIFY(page.removeSeason(1));
        QVERIFY(page.removeSeason(1));
        QVERIFY(page.removeWeekProfile(1));
        QCOMPARE(doc.pending().tariffPlan->active, doc.meterState().tariffPlan->active);
        QVERIFY(doc.pendingChanges().isEmpty());
    }

    // The calendar schedule of a relay is a table of times, each switching on or off.
    void relayScheduleTable() {
        MeterDocument doc;
        doc.load(omniaSnapshot());
        LoadControlPage page(&doc);
        QAbstractItemModelTester tester(page.scheduleTable(1)->model());
        QVERIFY(!page.scheduleTable(1)->isEnabled());
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        QVERIFY(!page.addScheduleEntry(1));  // on demand: no schedule
        QCOMPARE(refused.size(), 1);

        page.modeChooser(1)->setCurrentIndex(int(meter::RelayMode::Calendar));
        QVERIFY(page.scheduleTable(1)->isEnabled());
        QVERIFY(page.addScheduleEntry(1));
        QVERIFY(page.addScheduleEntry(1));
        auto schedule = doc.pending().loadControl->relays[0].schedule;
        QCOMPARE(schedule.size(), std::size_t(2));
        QCOMPARE(schedule[0], (meter::RelaySwitch{6, 0, true}));
        QCOMPARE(schedule[1], (meter::RelaySwitch{7, 0, false}));
        QCOMPARE(page.scheduleTable(1)->rowCount(), 2);
        QCOMPARE(page.scheduleTable(1)->item(1, 0)->text(), QStringLiteral("07:00"));
        QCOMPARE(page.scheduleTable(1)->item(1, 1)->checkState(), Qt::Unchecked);
        QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral("06:00 on, 07:00 off")),
                 qPrintable(doc.undoStack()->undoText()));

        // Typed into the table: the off time moves to 22:30; an earlier time is sorted first.
        page.scheduleTable(1)->item(1, 0)->setText(QStringLiteral("22:30"));
        QCOMPARE(doc.pending().loadControl->relays[0].schedule[1],
                 (meter::RelaySwitch{22, 30, false}));
        page.scheduleTable(1)->item(1, 0)->setText(QStringLiteral("05:15"));
        schedule = doc.pending().loadControl->relays[0].schedule;
        QCOMPARE(schedule[0], (meter::RelaySwitch{5, 15, false}));
        QCOMPARE(schedule[1], (meter::RelaySwitch{6, 0, true}));
        // The check box switches on/off.
        page.scheduleTable(1)->item(0, 1)->setCheckState(Qt::Checked);
        QVERIFY(doc.pending().loadControl->relays[0].schedule[0].on);
        // A bad time is refused.
        const int before = int(refused.size());
        page.scheduleTable(1)->item(0, 0)->setText(QStringLiteral("24:10"));
        QCOMPARE(int(refused.size()), before + 1);
        QCOMPARE(int(doc.pending().loadControl->relays[0].schedule[0].hour), 5);

        QVERIFY(page.removeScheduleEntry(1, 0));
        QCOMPARE(doc.pending().loadControl->relays[0].schedule.size(), std::size_t(1));
        QVERIFY(!page.removeScheduleEntry(1, 5));

        // "Remove time" removes the selected time; with none selected it says so.
        QVERIFY(page.addScheduleButton(1)->isEnabled());
        page.addScheduleButton(1)->click();
        QCOMPARE(page.scheduleTable(1)->rowCount(), 2);
        page.scheduleTable(1)->setCurrentCell(-1, -1);
        const int refusals = int(refused.size());
        page.removeScheduleButton(1)->click();
        QCOMPARE(int(refused.size()), refusals + 1);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("select")));
        QCOMPARE(page.scheduleTable(1)->rowCount(), 2);
        page.scheduleTable(1)->setCurrentCell(0, 0);
        page.removeScheduleButton(1)->click();
        QCOMPARE(doc.pending().loadControl->relays[0].schedule,
                 (std::vector<meter::RelaySwitch>{{7, 0, false}}));
        QCOMPARE(page.scheduleTable(1)->rowCount(), 1);
    }

    void windowHidesUnsupportedPagesAndShowsProgress() {
        MeterDocument doc;
        MainWindow window(&doc);
        auto s = omniaSnapshot();
        s.loadControl.reset();
        doc.load(s);
        QVERIFY(window.isPageVisible(MainWindow::Page::Tariffs));
        QVERIFY(!window.isPageVisible(MainWindow::Page::LoadControl));
        QVERIFY(window.isPageVisible(MainWindow::Page::Trace));
        doc.load(omniaSnapshot());
        QVERIFY(window.isPageVisible(MainWindow::Page::LoadControl));

        QVERIFY(!window.progressBar()->isVisibleTo(&window));
        window.showProgress(3, 10, 75);
        QVERIFY(window.progressBar()->isVisibleTo(&window));
        QCOMPARE(window.progressBar()->value(), 3);
        QCOMPARE(window.progressBar()->maximum(), 10);
        QVERIFY(window.timeLeftLabel()->text().contains(QStringLiteral("1 min 15 s")));
        QSignalSpy cancel(&window, &MainWindow::cancelRequested);
        window.cancelButton()->click();
        QCOMPARE(cancel.size(), 1);
        window.hideProgress();
        QVERIFY(!window.cancelButton()->isVisibleTo(&window));

        window.addTraceRecord(record(true, QStringLiteral("GET request")));
        QCOMPARE(window.tracePage()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TstUiPlans)
#include "tst_ui_plans.moc"

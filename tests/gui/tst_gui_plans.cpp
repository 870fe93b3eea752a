// The Tariffs page against the embedded demo meter (issue 6): connect, read the tariff plan,
// change a switch time on the page, write, and check the virtual meter's own calendar; the
// progress bar shows while the write runs and the Trace page records the requests.
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/common/demo_meter.h"
#include "meter_controller.h"
#include "sim/server/cosem_object.h"
#include "tests/ui/cell_typing.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "ui/pages/load_control_page.h"
#include "ui/pages/tariff_page.h"
#include "ui/pages/trace_page.h"
#include "window_wiring.h"

using namespace omt;

using omt::testing::typeIntoCell;

namespace {

/// The tariff plan the virtual meter holds, read from its objects directly.
std::optional<meter::TariffPlan> simPlan(app::DemoMeter& demo, const std::string& z13) {
    const meter::TariffObjects objects;
    std::vector<meter::AttributeValue> values;
    sim::RequestContext context;
    context.directory = &demo.meter().directory();
    auto add = [&](std::uint16_t classId, const cosem::ObisCode& obis, std::int8_t index) {
        auto* object = demo.meter().directory().find(obis);
        if (!object) {
            return;
        }
        if (auto v = object->get(index, std::nullopt, context)) {
            values.push_back({classId, obis, index, *v});
        }
    };
    for (std::int8_t a = 2; a <= 10; ++a) {
        add(20, objects.activityCalendar, a);
    }
    add(11, objects.specialDays, 2);
    add(9, objects.tariffScripts, 2);
    auto plan = meter::TariffPlan::fromCosem(values, objects, z13);
    if (!plan) {
        qWarning("%s", plan.error().detail.c_str());
        return std::nullopt;
    }
    return *plan;
}

}  // namespace

class TstGuiPlans : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("OmtGuiPlans")); }
    void changesASwitchTimeAndWritesIt_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("omnipower-ct") << int(ui::ConnectionChoice::Kind::DemoOmnipowerCt);
        QTest::newRow("omnia") << int(ui::ConnectionChoice::Kind::DemoOmnia);
    }
    void changesASwitchTimeAndWritesIt();
    void omniaRelayScheduleAndSupplyDisconnect();
};

void TstGuiPlans::changesASwitchTimeAndWritesIt() {
    QFETCH(int, kind);
    QTemporaryDir data;
    ui::MeterDocument document;
    ui::MainWindow window{&document};
    gui::MeterController controller{&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                    data.path()};
    gui::wireWindow(window, controller);
    QSignalSpy read(&controller, &gui::MeterController::readFinished);
    ui::ConnectionChoice choice;
    choice.kind = ui::ConnectionChoice::Kind(kind);
    choice.auth = ui::ConnectionChoice::Auth::Installer;
    controller.connectTo(choice);
    QVERIFY(read.wait(20000));
    QVERIFY(read.first().first().toBool());
    QVERIFY2(document.meterState().tariffPlan.has_value(), "the tariff plan was not read");
    QVERIFY(window.isPageVisible(ui::MainWindow::Page::Tariffs));
    auto* demo = controller.demoMeter();
    QVERIFY(demo);
    // Z13 (tariff control) is a configuration code, not part of the calendar objects.
    const std::string z13 =
        document.meterState().type == meter::MeterType::OmnipowerCt
            ? std::string(document.meterState().configuration->code(meter::ZField::Z13))
            : std::string();
    const auto before = simPlan(*demo, z13);
    QVERIFY(before.has_value());
    QCOMPARE(*before, *document.meterState().tariffPlan);
    QVERIFY(window.tracePage()->model()->rowCount() > 0);  // the reads were traced

    // Move the last switch of the first day profile by 15 minutes, on the page.
    auto* page = window.tariffPage();
    page->dayProfileChooser()->setCurrentIndex(0);
    auto* table = page->switchTable();
    QVERIFY(table->rowCount() > 0);
    const int row = table->rowCount() - 1;
    if (row == 0) {
        QVERIFY(page->addSwitch(0));  // a lone 00:00 switch: add one after it
    } else {
        // Later by 15 minutes, or earlier when that would leave the day.
        const auto& old = before->active.dayProfiles[0].switches[std::size_t(row)];
        int minute = old.hour * 60 + old.minute + 15;
        if (minute >= 24 * 60) {
            minute -= 30;
        }
        table->item(row, 0)->setText(QStringLiteral("%1:%2")
                                         .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                         .arg(minute % 60, 2, 10, QLatin1Char('0')));
    }
    const auto wanted = *document.pending().tariffPlan;
    QVERIFY(!(wanted == *before));
    QVERIFY2(document.planProblems().isEmpty(), qPrintable(document.planProblems().join('\n')));

    QSignalSpy written(&controller, &gui::MeterController::writeFinished);
    QSignalSpy progress(&controller, &gui::MeterController::progressed);
    QSignalSpy reread(&controller, &gui::MeterController::readFinished);
    window.setConfirmWrite([](const QStringList&) { return true; });
    window.writeAction()->trigger();
    QVERIFY(written.wait(30000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    QVERIFY(!progress.isEmpty());
    QVERIFY(reread.wait(20000));

    // The virtual meter's own active calendar now holds the new switch time.
    const auto after = simPlan(*demo, z13);
    QVERIFY(after.has_value());
    QCOMPARE(after->active.dayProfiles, wanted.active.dayProfiles);
    QCOMPARE(*document.meterState().tariffPlan, *after);
    QVERIFY(!document.hasPendingChanges());
    QVERIFY(!window.progressBar()->isVisibleTo(&window));
    // The SET and ACTION requests are on the Trace page.
    page = nullptr;
    window.tracePage()->filterBox()->setText(QStringLiteral("ACTION"));
    QVERIFY(window.tracePage()->filtered()->rowCount() > 0);
}

void TstGuiPlans::omniaRelayScheduleAndSupplyDisconnect() {
    QTemporaryDir data;
    ui::MeterDocument document;
    ui::MainWindow window{&document};
    gui::MeterController controller{&document, QStringLiteral(OMT_SOURCE_DIR "/resources"),
                                    data.path()};
    gui::wireWindow(window, controller);
    QSignalSpy read(&controller, &gui::MeterController::readFinished);
    ui::ConnectionChoice choice;
    choice.kind = ui::ConnectionChoice::Kind::DemoOmnia;
    choice.auth = ui::ConnectionChoice::Auth::Installer;
    controller.connectTo(choice);
    QVERIFY(read.wait(20000));
    QVERIFY(read.first().first().toBool());
    const auto& meterPlan = document.meterState().loadControl;
    QVERIFY2(meterPlan.has_value(), "the load-control plan was not read");
    QVERIFY(window.isPageVisible(ui::MainWindow::Page::LoadControl));
    QVERIFY(!meterPlan->relays.empty());
    QVERIFY(meterPlan->supplyControl.has_value());  // the demo OMNIA has a breaker (X4 = 1)

    // Relay 1 to calendar mode, on 06:30 and off 21:45; the breaker (if any) disconnected.
    auto* page = window.loadControlPage();
    page->modeChooser(1)->setCurrentIndex(int(meter::RelayMode::Calendar));
    auto* schedule = page->scheduleTable(1);
    for (int rows = schedule->rowCount(); rows > 0; --rows) {  // whatever the meter had
        schedule->setCurrentCell(0, 0);
        page->removeScheduleButton(1)->click();
        QCOMPARE(schedule->rowCount(), rows - 1);
    }
    page->addScheduleButton(1)->click();  // 06:00 on
    page->addScheduleButton(1)->click();  // 07:00 off
    typeIntoCell(schedule, 0, 0, QStringLiteral("06:30"));
    typeIntoCell(schedule, 1, 0, QStringLiteral("21:45"));
    const auto relay1 = std::find_if(document.pending().loadControl->relays.begin(),
                                     document.pending().loadControl->relays.end(),
                                     [](const auto& r) { return r.relay == 1; });
    QVERIFY(relay1 != document.pending().loadControl->relays.end());
    QCOMPARE(relay1->schedule, (std::vector<meter::RelaySwitch>{{6, 30, true}, {21, 45, false}}));
    page->setConfirm([](const QString&, const QString&) { return true; });
    QVERIFY(page->requestSupplyToggle());
    QVERIFY2(document.planProblems().isEmpty(), qPrintable(document.planProblems().join('\n')));
    const auto wanted = *document.pending().loadControl;

    QSignalSpy written(&controller, &gui::MeterController::writeFinished);
    QSignalSpy reread(&controller, &gui::MeterController::readFinished);
    window.setConfirmWrite([](const QStringList&) { return true; });
    window.writeAction()->trigger();
    QVERIFY(written.wait(30000));
    QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
    QVERIFY(reread.wait(20000));
    QCOMPARE(*document.meterState().loadControl, wanted);

    // The virtual meter's own objects.
    auto* demo = controller.demoMeter();
    sim::RequestContext context;
    context.directory = &demo->meter().directory();
    auto* mode = demo->meter().directory().find(cosem::ObisCode{0, 1, 96, 3, 128, 255});
    QVERIFY(mode);
    auto modeValue = mode->get(2, std::nullopt, context);
    QVERIFY(modeValue.hasValue());
    QCOMPARE(*modeValue, dlms::Data::enumValue(std::uint8_t(meter::RelayMode::Calendar)));
    auto* breaker = demo->meter().directory().find(cosem::ObisCode{0, 0, 96, 3, 10, 255});
    QVERIFY(breaker);
    auto state = breaker->get(3, std::nullopt, context);
    QVERIFY(state.hasValue());
    QCOMPARE(*state, dlms::Data::enumValue(std::uint8_t(cosem::ControlState::Disconnected)));
}

QTEST_MAIN(TstGuiPlans)
#include "tst_gui_plans.moc"

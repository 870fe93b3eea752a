// The pending edits in the person's words, setting by setting (issue 12, defect 5: "the write
// dialog hides what changes"), and the document across a reconnect, a verified write and a
// loaded template (defect 8).
#include <QSignalSpy>
#include <QTest>
#include <optional>

#include "ui/meter_document.h"

using namespace omt;
using namespace omt::ui;
using meter::DisplayListKind;
using meter::ZField;

namespace {

// Variant 1, Z1 1 (7.0 decimals), Z21 200, Z22 1 (unlocked).
const char* const kCodes =
    "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-200-1-1-0-1-000-1-0-04-1";

const cosem::ObisCode kAPlus{1, 0, 1, 8, 0, 255};
const cosem::ObisCode kAMinus{1, 0, 2, 8, 0, 255};
const cosem::ObisCode kRPlus{1, 0, 3, 8, 0, 255};
const cosem::ObisCode kFrequency{1, 0, 14, 7, 0, 255};
const cosem::ObisCode kVoltageL1{1, 0, 32, 7, 0, 255};

const char* const kPlan = R"({"format": "omt-tariff-plan", "version": 1,
  "active": {"name": "std",
    "seasons": [{"name": "year", "start": "*-01-01", "week": "w"}],
    "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 2, 2]}],
    "day_profiles": [{"id": 1, "switches": [{"time": "00:00", "tariff": 1},
                                            {"time": "06:00", "tariff": 2},
                                            {"time": "22:00", "tariff": 1}]},
                     {"id": 2, "switches": [{"time": "00:00", "tariff": 1}]}]},
  "special_days": [{"date": "*-12-25", "day_profile": 2}]})";

meter::DisplayEntry entry(const cosem::ObisCode& code) {
    return *meter::catalogueEntry(code);
}

MeterSnapshot ctSnapshot() {
    MeterSnapshot s;
    s.type = meter::MeterType::OmnipowerCt;
    s.serialNumber = QStringLiteral("71234567");
    s.configuration = *meter::SoftwareConfiguration::parse(kCodes);
    s.configurationReadable = true;
    s.clockSettable = true;
    const auto rules = meter::omnipowerCtRules(true);
    auto automatic = *meter::DisplayList::create(DisplayListKind::Automatic, rules);
    for (const auto& code : {kAPlus, kAMinus, kRPlus, kFrequency}) {
        (void)automatic.add(entry(code));
    }
    s.displayLists.emplace(DisplayListKind::Automatic, automatic);
    s.ctRatio =
        meter::ct::CtRatioState{*meter::ct::makeCtRatio(200, meter::ct::Secondary::FiveAmp), false};
    s.tariffPlan = *meter::TariffPlan::fromJson(kPlan);
    meter::LoadControlPlan lc;
    lc.relays.push_back({1, meter::RelayMode::Calendar, std::nullopt, {{6, 0, true}}, 0});
    lc.supplyControl =
        meter::SupplyControlPlan{cosem::ControlState::Connected, cosem::ControlMode::Mode1};
    s.loadControl = lc;
    s.loadControlCaps = {1, true, 8};
    return s;
}

std::optional<PendingChange> changeOf(const QList<PendingChange>& changes, const QString& setting) {
    for (const auto& c : changes) {
        if (c.setting == setting) {
            return c;
        }
    }
    return std::nullopt;
}

QString dump(const QList<PendingChange>& changes) {
    QStringList out;
    for (const auto& c : changes) {
        out << c.setting + QStringLiteral(" {") + c.items.join(QStringLiteral(" | ")) +
                   QStringLiteral("}");
    }
    return out.join(QLatin1Char('\n'));
}

}  // namespace

class TstUiDocument : public QObject {
    Q_OBJECT

private slots:
    // Issue 12 (5): a CT ratio edit also sets Z21 on the OMNIPOWER CT; it is one change.
    void ctRatioEditIsOneChange() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        QVERIFY(doc.setCtRatio({300, meter::ct::Secondary::FiveAmp}));
        QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z21)), std::string("300"));
        const QStringList changes = doc.pendingChanges();
        QCOMPARE(changes, QStringList{QStringLiteral("CT ratio: 1000/5 A → 1500/5 A")});
        const auto items = doc.pendingChangeItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().setting, QStringLiteral("CT ratio"));
        // Z21 typed on the codes page is the same edit, said the same way.
        doc.undoStack()->undo();
        QVERIFY(doc.setZCode(ZField::Z21, QStringLiteral("300")));
        QCOMPARE(doc.pendingChanges(), changes);
        // The lock is its own change, Z22 not said again.
        QVERIFY(doc.lockCtRatio(*doc.pending().ctRatio->proposeLock()));
        QCOMPARE(doc.pendingChanges().size(), 2);
        QVERIFY(doc.pendingChanges().last().startsWith(QStringLiteral("CT ratio lock: ")));
        QVERIFY(doc.pendingChanges().last().contains(QStringLiteral("LOCKED (permanent)")));
        // Another code stays a change of its own, in words.
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        const auto z1 =
            changeOf(doc.pendingChangeItems(), QStringLiteral("Z1 Decimals in display"));
        QVERIFY2(z1, qPrintable(dump(doc.pendingChangeItems())));
        QCOMPARE(z1->items.size(), 1);
        QVERIFY2(z1->items.first().startsWith(QStringLiteral("1 (")),
                 qPrintable(z1->items.first()));
        QVERIFY(z1->items.first().contains(QStringLiteral(" → 2 (")));
    }

    // Issue 12 (5): two readings swapped read "4 -> 4 reading(s)"; now what moved, where.
    void displayListChangesItemByItem() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        auto list = doc.pending().displayLists.at(DisplayListKind::Automatic);
        QVERIFY(list.move(1, 2));  // A-, R+ swapped: A+, R+, A-, f
        QVERIFY(doc.setDisplayList(list, QStringLiteral("swap")));
        auto items = doc.pendingChangeItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().setting, QStringLiteral("Automatic display list"));
        QCOMPARE(items.first().items.size(), 1);
        const QString moved = items.first().items.first();
        QVERIFY2(moved.startsWith(QStringLiteral("moved ")), qPrintable(moved));
        QVERIFY2(moved.contains(QStringLiteral(" from 2 to 3")) ||
                     moved.contains(QStringLiteral(" from 3 to 2")),
                 qPrintable(moved));

        // Removed, moved and added, each at its place, with the reading's name.
        doc.undoStack()->undo();
        list = doc.pending().displayLists.at(DisplayListKind::Automatic);  // A+, A-, R+, f
        QVERIFY(list.remove(3));                                           // f
        QVERIFY(list.remove(1));                                           // A-
        QVERIFY(list.insertAt(0, entry(kFrequency)));                      // f first
        QVERIFY(list.add(entry(kVoltageL1)));                              // f, A+, R+, U L1
        QVERIFY(doc.setDisplayList(list, QStringLiteral("edit")));
        items = doc.pendingChangeItems();
        QCOMPARE(items.size(), 1);
        const QStringList expected = {
            QStringLiteral("removed 2.8.0 Active energy A- total (was at 2)"),
            QStringLiteral("moved 14.7.0 Frequency from 4 to 1"),
            QStringLiteral("added 32.7.0 Voltage L1 at 4"),
        };
        QCOMPARE(items.first().items, expected);
        QCOMPARE(doc.pendingChanges().first(),
                 QStringLiteral("Automatic display list: removed 2.8.0 Active energy A- total "
                                "(was at 2)"));
    }

    // Issue 12 (5): tariffs in words (not "active.day[1]: ..."), per day profile, week profile,
    // season and special day.
    void tariffChangesInWords() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        auto plan = *doc.pending().tariffPlan;
        plan.active.dayProfiles[0].switches[1] = {7, 0, 2};
        plan.active.weekProfiles[0].days[5] = 1;
        plan.active.seasons.push_back({"summer", {meter::PlanDate::kEveryYear, 4, 1}, "w"});
        plan.specialDays[0].dayProfile = 1;
        plan.specialDays.push_back({{meter::PlanDate::kEveryYear, 1, 1}, 2});
        QVERIFY(doc.setTariffPlan(plan, QStringLiteral("edit")));
        const auto tariffs = changeOf(doc.pendingChangeItems(), QStringLiteral("Tariffs"));
        QVERIFY2(tariffs, qPrintable(dump(doc.pendingChangeItems())));
        const QStringList expected = {
            QStringLiteral("season summer added: from *-04-01, week profile w"),
            QStringLiteral("week profile w, Sat: day profile 2 → 1"),
            QStringLiteral("day profile 1: 06:00 T2 → 07:00 T2"),
            QStringLiteral("special day *-12-25: day profile 2 → 1"),
            QStringLiteral("special day *-01-01 added: day profile 2"),
        };
        QCOMPARE(tariffs->items, expected);
        QVERIFY(!doc.pendingChanges().join(u'\n').contains(QStringLiteral("active.")));
    }

    void loadControlChangesInWords() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        auto plan = *doc.pending().loadControl;
        plan.relays[0].schedule.push_back({22, 0, false});
        plan.supplyControl->state = cosem::ControlState::Disconnected;
        QVERIFY(doc.setLoadControlPlan(plan, QStringLiteral("edit")));
        const auto lc = changeOf(doc.pendingChangeItems(), QStringLiteral("Load control"));
        QVERIFY2(lc, qPrintable(dump(doc.pendingChangeItems())));
        QCOMPARE(lc->items.size(), 2);
        QCOMPARE(lc->items[0], QStringLiteral("relay 1 schedule: added 22:00 off"));
        QVERIFY2(lc->items[1].startsWith(QStringLiteral("cut the customer's supply")),
                 qPrintable(lc->items[1]));
    }

    // Issue 12 (8): the same meter read again keeps the page edits (and their undo); another
    // meter replaces everything.
    void reloadKeepsTheEditsOfTheSameMeter() {
        MeterDocument doc;
        doc.load(ctSnapshot());
        QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("2")));
        QSignalSpy changed(&doc, &MeterDocument::changed);
        // A reconnect: new readings, the same configuration. The edit and its undo stay.
        auto again = ctSnapshot();
        again.readings[kAPlus] = Reading{42, 0, cosem::Unit::WattHour};
        doc.reload(again);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc.meterState().readings.at(kAPlus).mantissa, 42);
        QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z1)), std::string("2"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(!doc.hasPendingChanges());
        QCOMPARE(doc.pending().readings.at(kAPlus).mantissa, 42);  // undo keeps the reading
        doc.undoStack()->redo();

        // The meter's ratio changed meanwhile: the edit stays, what was not edited (the ratio
        // and its Z21) follows the meter, and the undo history, built on the old state, goes.
        again.ctRatio->ratio = *meter::ct::makeCtRatio(250, meter::ct::Secondary::FiveAmp);
        (void)again.configuration->setCode(ZField::Z21, "250");
        doc.reload(again);
        QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z1)), std::string("2"));
        QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z21)), std::string("250"));
        QCOMPARE(doc.pending().ctRatio->ratio.factor, 250);
        QCOMPARE(doc.pendingChanges().size(), 1);
        QVERIFY(doc.pendingChanges().first().startsWith(QStringLiteral("Z1 ")));
        QCOMPARE(doc.undoStack()->count(), 0);

        // Read with the public association: nothing of the configuration was read; the edit
        // and the configuration read before stay.
        auto publicRead = again;
        publicRead.configurationReadable = false;
        publicRead.configuration = std::nullopt;
        publicRead.displayLists.clear();
        doc.reload(publicRead);
        QCOMPARE(doc.pendingChanges().size(), 1);
        QCOMPARE(doc.meterState().displayLists.size(), std::size_t{1});
        QVERIFY(!doc.meterState().configurationReadable);

        // Another meter: everything is replaced.
        auto other = ctSnapshot();
        other.serialNumber = QStringLiteral("71000001");
        doc.reload(other);
        QVERIFY(!doc.hasPendingChanges());
        QCOMPARE(doc.meterState().serialNumber, QStringLiteral("71000001"));
    }

    void commitWrittenMakesThePendingStateTheMeters() {
        MeterDocument doc;
        doc.commitWritten();  // nothing loaded: nothing happens
        QVERIFY(!doc.isLoaded());
        doc.load(ctSnapshot());
        QVERIFY(doc.setCtRatio({300, meter::ct::Secondary::FiveAmp}));
        QSignalSpy changed(&doc, &MeterDocument::changed);
        doc.commitWritten();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!doc.hasPendingChanges());
        QCOMPARE(doc.meterState().ctRatio->ratio.factor, 300);
        QCOMPARE(std::string(doc.meterState().configuration->code(ZField::Z21)),
                 std::string("300"));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    // A template: one undoable edit for every part; parts this meter does not have are left
    // out; a locked ratio is refused.
    void replacePendingIsOneUndoableEdit() {
        MeterDocument doc;
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        QVERIFY(!doc.replacePending(ctSnapshot(), QStringLiteral("template")));
        QCOMPARE(refused.size(), 1);

        auto meter = ctSnapshot();
        meter.loadControl.reset();
        doc.load(meter);
        auto wanted = ctSnapshot();
        wanted.ctRatio->ratio = *meter::ct::makeCtRatio(300, meter::ct::Secondary::FiveAmp);
        (void)wanted.configuration->setCode(ZField::Z21, "300");
        (void)wanted.configuration->setCode(ZField::Z1, "2");
        wanted.tariffPlan->specialDays.clear();
        wanted.readings[kAPlus] = Reading{7, 0, cosem::Unit::WattHour};  // not an edit
        QVERIFY(doc.replacePending(wanted, QStringLiteral("Open template t.json")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Open template t.json"));
        QCOMPARE(doc.pending().ctRatio->ratio.factor, 300);
        QVERIFY(doc.pending().tariffPlan->specialDays.empty());
        QVERIFY(!doc.pending().loadControl.has_value());  // this meter has none
        QVERIFY(doc.pending().readings.empty() || !doc.pending().readings.count(kAPlus) ||
                doc.pending().readings.at(kAPlus).mantissa != 7);
        QCOMPARE(doc.pendingChangeItems().size(), 3);  // Z1, CT ratio, tariffs
        doc.undoStack()->undo();
        QVERIFY(!doc.hasPendingChanges());

        // The same again: nothing to undo.
        QVERIFY(doc.replacePending(doc.pending(), QStringLiteral("same")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->index(), 0);

        auto locked = ctSnapshot();
        locked.ctRatio->locked = true;
        doc.load(locked);
        QVERIFY(!doc.replacePending(wanted, QStringLiteral("template")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("locked")));
        QVERIFY(!doc.hasPendingChanges());
    }
};

QTEST_MAIN(TstUiDocument)
#include "tst_ui_document.moc"

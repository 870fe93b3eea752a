#pragma once
// The configuration of the connected meter as the GUI edits it: what the meter holds (as last
// read) and what the user wants (pending edits), for the Z1-Z30 codes, the display lists, the
// CT ratio, the tariff plan and the load-control plan. Every edit goes through the undo stack, so
// undo/redo covers all pages; nothing reaches the meter until "Write to meter" takes
// pendingChanges().
//
//   MeterDocument doc;
//   doc.load(snapshotReadFromTheMeter);
//   doc.setZCode(meter::ZField::Z1, "2");          // pending; doc.undoStack()->undo() reverts
//   doc.pendingChangeItems();                       // per setting, what changes in it
//   doc.pendingChanges();                           // {"Z1 Decimals in display: 1 (..) → 2 (..)"}
//   doc.reload(sameMeterReadAgain);                 // the edits stay (a reconnect)
//   doc.commitWritten();                            // a verified write: pending is the meter's
//
// Refused edits (a display rule, a locked CT ratio) change nothing and are reported through
// editRefused(reason) with a sentence for the status line.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUndoStack>
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "meter/alarm_register.h"
#include "meter/ct_ratio.h"
#include "meter/display_list.h"
#include "meter/load_control_plan.h"
#include "meter/software_config.h"
#include "meter/tariff_plan.h"
#include "protocol/cosem/unit.h"

namespace omt::ui {

/// A register value as read: mantissa x 10^scaler in the register's unit.
struct Reading {
    std::int64_t mantissa = 0;
    std::int8_t scaler = 0;
    cosem::Unit unit = cosem::Unit::Count;
};

/// Everything the pages show of one meter, as read from it.
struct MeterSnapshot {
    meter::MeterType type = meter::MeterType::OmnipowerCt;
    meter::Variant variant = meter::Variant::One;
    QString serialNumber;
    QString typeNumber;
    QString firmware;
    /// The software configuration Z1-Z30: OMNIPOWER CT only (the OMNIA e-meter has none), and
    /// only when it was read.
    std::optional<meter::SoftwareConfiguration> configuration;
    /// Codes beyond the data sheet's that the meter's device profile lists (its order form).
    meter::OrderFormCodes orderFormCodes;
    std::map<meter::DisplayListKind, meter::DisplayList> displayLists;
    std::optional<meter::ct::CtRatioState> ctRatio;  ///< OMNIPOWER CT only
    /// Whether the device profile says a locked CT ratio can be unlocked (the data sheet does
    /// not): the lock's confirmation says what the tool knows.
    meter::CtUnlock ctUnlock = meter::CtUnlock::NotStated;
    /// The periods of load profiles 1 and 2 (seconds), when the meter has them and they were
    /// read; on the OMNIPOWER CT load profile 1's is Z4 too.
    std::array<std::optional<std::uint32_t>, 2> loadProfilePeriods;
    /// The periods the meter offers (its device profile's rule), ascending; empty: not stated.
    std::vector<std::uint32_t> loadProfilePeriodsOffered;
    /// Register values as read: the energy registers (display preview) and, when the meter
    /// has them, the instantaneous values (per phase U, I, P+, Q, PF, THD; total P, frequency).
    std::map<cosem::ObisCode, Reading> readings;
    std::optional<meter::TariffPlan> tariffPlan;        ///< when the meter has the calendar objects
    meter::TariffLimits tariffLimits;                   ///< from the device profile
    std::optional<meter::LoadControlPlan> loadControl;  ///< when the meter has relays or a breaker
    meter::LoadControlCapabilities loadControlCaps;
    /// The meter's clock as read: the instant it showed, carrying the meter's own UTC offset
    /// (its deviation), so toString() gives the local time the meter's display shows. Compare
    /// instants (secsTo, ==), not wall times. See meterClockTime().
    std::optional<QDateTime> meterClock;
    QDateTime clockReadAt;                   ///< the PC's UTC time when the clock was read
    std::optional<std::uint32_t> alarmBits;  ///< alarm register 0.0.97.98.0.255, when read
    /// Whether the association this was read with can read the configuration (Z codes, display
    /// lists, CT ratio, plans): false under the public association and before any read.
    bool configurationReadable = false;
    /// Whether the association this was read with may set the meter's clock.
    bool clockSettable = false;
};

/// One setting the pending edits change, in the person's words, and what changes in it, item by
/// item: {"Manual display list", {"added 1.8.0 Active energy A+ at 3", "moved ... from 2 to 4"}},
/// {"CT ratio", {"200/5 A → 300/5 A"}}.
struct PendingChange {
    QString setting;
    QStringList items;
    friend bool operator==(const PendingChange&, const PendingChange&) = default;
};

class MeterDocument : public QObject {
    Q_OBJECT

public:
    explicit MeterDocument(QObject* parent = nullptr);

    /// Replaces both the meter and the pending state with `snapshot`; clears the undo stack.
    void load(const MeterSnapshot& snapshot);
    /// The meter read again (after a reconnect or a write). The same meter (type and serial
    /// number): its state is replaced and the pending edits stay (a Z code, display list or plan
    /// the person did not edit follows the meter; a read that could not see the configuration,
    /// configurationReadable false, keeps the configuration read before). The undo history stays
    /// while the meter's configuration is what it was; when it changed, it is cleared. Another
    /// meter, or nothing loaded: load(). Emits changed().
    void reload(const MeterSnapshot& snapshot);
    /// A write was verified: the pending state becomes the meter's, the undo stack is cleared.
    /// Emits changed(). No effect before load().
    void commitWritten();
    bool isLoaded() const { return m_loaded; }
    /// The meter's clock read again (after a sync): updates the meter's and the pending clock
    /// only; pending edits and the undo stack stay. Emits changed(). No effect before load().
    void updateClock(const QDateTime& meterClock, const QDateTime& readAt);

    const MeterSnapshot& meterState() const { return m_meter; }
    const MeterSnapshot& pending() const { return m_pending; }

    QUndoStack* undoStack() { return &m_undo; }

    /// Pending edits. Each returns false (and emits editRefused) when the edit is refused; the
    /// state is then unchanged.
    bool setZCode(meter::ZField field, const QString& code);
    bool setConfiguration(const meter::SoftwareConfiguration& configuration);
    bool setDisplayList(const meter::DisplayList& list, const QString& description);
    bool setCtRatio(const meter::ct::CtRatio& ratio);
    /// Locks the pending CT ratio; the caller has shown the lock's confirmation.
    bool lockCtRatio(const meter::ct::Confirmation& confirmation);
    /// Sets the period of load profile `profile` (1 or 2) in seconds; on a meter with Z codes
    /// load profile 1's period is Z4, which follows (and setZCode(Z4) moves the period).
    /// Refused when the meter has no such load profile or does not offer the period.
    bool setLoadProfilePeriod(int profile, std::uint32_t seconds);

    /// Replaces the pending tariff plan (undoable as `description`). A plan that breaks a rule
    /// is accepted (the Tariffs page shows the problems at their elements); writing refuses it.
    /// Refused only when the meter has no tariff plan.
    bool setTariffPlan(const meter::TariffPlan& plan, const QString& description);
    /// The same for the load-control plan; refused when the meter has no load control.
    bool setLoadControlPlan(const meter::LoadControlPlan& plan, const QString& description);
    /// What is wrong with the pending plans (TariffPlan::validate, LoadControlPlan::validate),
    /// one sentence each; empty when both can be written.
    QStringList planProblems() const;

    /// Replaces every editable part (codes, display lists, CT ratio, load profile periods,
    /// tariff plan, load control)
    /// with `pending`'s, as one undoable edit named `undoText` (a template loaded). Parts this
    /// meter does not have are left out. Refused (false, editRefused) before a meter is loaded,
    /// or when the meter's CT ratio is locked and `pending` changes or unlocks it.
    bool replacePending(const MeterSnapshot& pending, const QString& undoText);

    /// Reports a refusal found by a page (e.g. a display list edit) in the common way.
    void refuse(const QString& reason);

    /// The pending edits, per setting, in page order: the Z codes (Z21, Z22 and Z4 only when the
    /// CT ratio or the load profile period does not say it), the display lists (added, removed,
    /// moved), the CT ratio and its lock, the load profile periods, the tariff plan (seasons, week
    /// profiles, day profiles, special days, the passive calendar) and load control (per relay, the
    /// supply), each change in words.
    QList<PendingChange> pendingChangeItems() const;
    /// The same, one line per change: "setting: item" ("CT ratio: 200/5 A → 300/5 A").
    QStringList pendingChanges() const;
    bool hasPendingChanges() const { return !pendingChangeItems().isEmpty(); }

signals:
    /// The whole state changed (load, undo/redo of any edit): pages refresh.
    void changed();
    void editRefused(const QString& reason);

private:
    friend class SnapshotCommand;
    void apply(const MeterSnapshot& state);
    void push(const MeterSnapshot& after, const QString& text);

    bool m_loaded = false;
    MeterSnapshot m_meter;
    MeterSnapshot m_pending;
    QUndoStack m_undo;
};

/// Sentence for a refused display list edit, e.g. "The automatic list holds at most 16 readings."
QString describeDisplayFailure(const meter::DisplayFailure& failure, meter::DisplayListKind kind);
/// Sentence for a configuration rule violation, e.g. "Z28: code 1 is not available on variant 1."
QString describeViolation(const meter::ConfigViolation& violation, meter::Variant variant);
/// "automatic", "manual", "backup-powered" in the UI language.
QString displayListTitle(meter::DisplayListKind kind);
/// A load profile period in the UI language: "15 min" (whole minutes), else "90 s".
QString periodText(std::uint32_t seconds);

/// The alarm register's bits (0.0.97.98.0.255): core/meter's.
using meter::AlarmBit;
/// True for the latched tamper alarms (cover opened, magnetic influence).
bool isTamperAlarm(int bit);
/// One sentence per set bit, lowest bit first: the alarm and a short explanation, e.g.
/// "Voltage sag: the voltage on a phase is below the limit now." Unknown bits are named
/// "alarm bit N". Empty when `bits` is 0.
QStringList describeAlarms(std::uint32_t bits);
/// The meter's clock against the PC's: "The meter's clock is 2 min 5 s behind.", "... ahead.",
/// "The meter's clock is right (within 1 s)." Compares the instants: the UTC offsets
/// `meterClock` and `readAt` carry do not matter.
QString describeClockDrift(const QDateTime& meterClock, const QDateTime& readAt);

/// The instant `utc` as a meter with DLMS deviation `deviationMinutes` shows it (UTC = local +
/// deviation, so CET's -60 is UTC+01:00): same instant, the meter's offset. An offset QTimeZone
/// cannot hold (beyond +-14 h) gives UTC.
///
///   meterClockTime(t, -60).toString("HH:mm")   // 13:00 for t = 12:00 UTC; offsetFromUtc() 3600
inline QDateTime meterClockTime(std::chrono::sys_seconds utc, int deviationMinutes) {
    const QTimeZone zone(-deviationMinutes * 60);
    return QDateTime::fromSecsSinceEpoch(utc.time_since_epoch().count(),
                                         zone.isValid() ? zone : QTimeZone::utc());
}

}  // namespace omt::ui

#pragma once
// Connects the desktop application to a meter: opens the session the connection bar describes
// (an embedded demo meter, an optical head, Bluetooth, TCP), reads the whole configuration in
// batched reads (the device profile says where each setting lives), loads it into the document,
// and writes the pending edits through the same safe path as `omt config apply`:
//
//   plan     meter::WritePlan from what the meter holds to what the pages ask for: only what
//            changed, in safe order, the CT lock last (refused plans write nothing);
//   warn     a step that loses data on the meter (a new load profile period) is confirmed first;
//   record   before the first SET: the backup ("omt-backup" JSON, dataDir/backups, readable by
//            `omt config restore`), "attempting" records in dataDir/audit.csv and an entry in
//            the write journal (dataDir/journal); without all three nothing is written;
//   write    meter::WriteRun drives the SETs and ACTIONs, the read-back, and on any refusal,
//            mismatch, unproven answer or lost link the restore of the old values (verified
//            too). A lost link is opened again with a growing wait (about 1, 2, 4, 8 s) and the
//            run goes on there, so the meter ends fully in the old or fully in the new
//            configuration; when it cannot, the outcome says which settings are old, new or
//            unknown and offers the backup;
//   audit    every record WriteRun produces appended to dataDir/audit.csv (meter::auditLine),
//            the same file and format as the CLI's; the journal entry goes once the meter is
//            known to hold the old or the new configuration.
//
// It never calls a widget: it reports through signals (stage, busy and connected states for the
// connection bar, progress, problems that stay until dismissed, write outcomes, the writes the
// journal says were interrupted) and the document, and takes requests through its slots
// (app/openmetertool/window_wiring.h connects it to the main window). Every session ends the
// same way (Disconnect, a lost link, a refusal, Cancel): the controller is then ready to connect
// again. Cancel stops the running operation and keeps the session; during a write it stops
// writing and puts back what was written.
//
// All meter I/O runs in the session's worker thread; this object only reacts to its signals, so
// the window never blocks.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "link/session/meter_connection.h"
#include "meter/configuration.h"
#include "meter/device_profile.h"
#include "meter/write_run.h"
#include "protocol/trace/describe.h"
#include "ui/connection_bar.h"
#include "ui/meter_document.h"
#include "ui/models/trace_model.h"
#include "ui/reports.h"

namespace omt::app {
class DemoMeter;
}

namespace omt::gui {

class MeterController : public QObject {
    Q_OBJECT

public:
    /// `resourceDir` holds profiles/*.json; `dataDir` receives backups/, audit.csv and journal/.
    MeterController(ui::MeterDocument* document, QString resourceDir, QString dataDir,
                    QObject* parent = nullptr);
    ~MeterController() override;

    bool isConnected() const { return m_associated; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    /// The demo meter of the model `kind` (tests look at its state), or nullptr before the
    /// first connection to it. Demo meters live as long as the controller, so connecting again
    /// finds what the last connection wrote.
    app::DemoMeter* demoMeter(ui::ConnectionChoice::Kind kind) const;
    /// The demo meter of the current (or last) connection, or nullptr.
    app::DemoMeter* demoMeter() const;
    QString lastBackupFile() const { return m_lastBackup; }
    QString auditFile() const;
    QString dataDir() const { return m_dataDir; }
    /// The question asked before a step that loses data on the meter (changing the load profile
    /// period clears the load profile); true goes ahead. Unset: nothing destructive is written.
    void setWarningConfirmation(std::function<bool(const QStringList& warnings)> confirm) {
        m_confirmWarnings = std::move(confirm);
    }

    /// How patient a write is with a lost link (tests shorten the waits).
    void setWriteRunOptions(const meter::WriteRunOptions& options) { m_runOptions = options; }

public slots:
    /// The name the audit log gives the person (the settings' operator name); empty: the
    /// account's name.
    void setOperatorName(const QString& name) { m_operator = name; }
    /// Connects (ending any session still open first). Always says something: a stage, or why
    /// it cannot.
    void connectTo(const omt::ui::ConnectionChoice& choice);
    void disconnectMeter();
    /// Stops the running operation (a read, a clock sync, a write: it restores) and keeps the
    /// session; while connecting, gives up the connection.
    void cancel();
    /// Reads the configuration again (pending edits stay when it is the same meter).
    void readAll();
    /// Writes the pending edits (backup, journal, write, verify, restore on failure, audit).
    void writePending();
    /// Sets the meter's clock to this computer's time (keeping its time zone and daylight
    /// saving status) and reads it back.
    void syncClock();
    /// Repeats what the last problem was about (connecting, reading).
    void retry();
    /// Writes the backup `path` ("omt-backup") back to the connected meter, through the safe
    /// path; the journal entries of that backup go once it verified.
    void restoreBackup(const QString& path);
    /// Loads the configuration template `path` ("omt-configuration") into the pending edits.
    void applyTemplate(const QString& path);
    /// Saves what the meter holds (or, with `pending`, the pending configuration) as a template.
    void saveTemplate(const QString& path, bool pending);
    /// Reports the journal's interrupted writes (interruptedWrites()); at start, and after a
    /// write that could not be restored.
    void checkInterruptedWrites();
    /// Forgets the interrupted write `id` (the person checked the meter).
    void dismissInterrupted(const QString& id);

signals:
    /// A passing sentence for the status line.
    void message(const QString& text);
    /// A failure that stays until dismissed (or replaced), with the next step.
    void problem(const omt::ui::ProblemReport& report);
    void problemCleared();
    /// How a write ended (also after a restore of a backup).
    void writeReported(const omt::ui::WriteReport& report);
    /// The writes the journal holds that never finished (empty: none).
    void interruptedWrites(const QList<omt::ui::InterruptedWrite>& writes);
    /// For the connection bar: the stage or result line, connecting, connected, the choice.
    void stageChanged(const QString& text);
    void busyChanged(bool busy);
    void connectedChanged(bool connected);
    void choiceUsed(const omt::ui::ConnectionChoice& choice);
    /// Loaded, written (true) or a failed operation (false), for tests and the window.
    void readFinished(bool ok);
    void writeFinished(bool ok, const QString& summary);
    void disconnected();
    /// Progress of the running operation: `done` of `total` steps, `secondsLeft` estimated
    /// (negative when unknown). progressFinished() when it is over, whatever the end.
    void progressed(int done, int total, double secondsLeft);
    void progressFinished();
    /// One request to or response from the meter, for the Trace page.
    void traced(const omt::ui::TraceRecord& record);

private:
    using ValueMap = std::map<std::tuple<std::uint16_t, cosem::ObisCode, std::int8_t>, dlms::Data>;
    enum class Phase { Idle, Connecting, ReadingIdentity, ReadingAll, Writing, SyncingClock };
    /// What the last problem was about, for Retry.
    enum class RetryAction { None, Connect, Read };

    /// Opens a session for `choice`; `recovering` when a write run asked for the link again.
    bool startSession(const ui::ConnectionChoice& choice, bool recovering);
    void endSession();
    void onStage(link::SessionStage stage, const link::LinkInfo& info);
    void onFinished(const link::OperationResult& result);
    void onFailed(int requestId, const link::SessionError& error);
    void onClosed();
    void readConfiguration(const dlms::GetOutcome& identity);
    void buildSnapshot(const dlms::GetOutcome& values);
    /// What the pages show of a meter holding `values`.
    ui::MeterSnapshot snapshotOf(const ValueMap& values);
    /// The configuration the pending edits ask for, as the safe write path takes it.
    Expected<meter::MeterConfiguration, QString> pendingConfiguration() const;
    /// Starts the safe write of `target` ("restore" names a backup being put back).
    void startWrite(const meter::MeterConfiguration& target, const QString& restoring);
    /// Sends the write run's next request, asks for the link again, or finishes it.
    void driveRun();
    void reconnectForRun(const meter::WriteRequest& request);
    void finishRun();
    ui::WriteReport reportOf(const meter::WriteRun& run) const;
    void finishWrite(bool ok, const QString& summary);
    void appendAudit(const std::vector<meter::AuditRecord>& records);
    /// The audit fields every record of this meter shares: its serial number and the user.
    meter::AuditRecord auditCommon() const;
    /// "CT ratio", "manual display list" ... for a write plan step's setting.
    QString settingLabel(const std::string& setting) const;
    /// A failure of `action` (connecting, reading ...) shown until dismissed.
    void report(const QString& title, const QString& detail, const QString& advice,
                RetryAction retry);
    void reportSessionError(const QString& title, const link::SessionError& error,
                            RetryAction retry);
    /// What to do next after `error`, in words.
    QString adviceFor(const link::SessionError& error) const;
    void setBusy(bool busy);
    void readPlans(ui::MeterSnapshot& snap, const ValueMap& values);
    void trace(bool toMeter, const QString& summary, const QStringList& detail, const Bytes& raw);
    /// A chunk of bytes on the wire, decoded (HDLC, APDU, deciphered with the installer's keys).
    void onWire(const link::WireRecord& record);
    void traceRequest(const QString& what, const std::vector<dlms::AttributeRef>& refs);
    void onProgress(const link::SessionProgress& progress);
    /// Ends the operation that was cancelled or failed: back to idle, progress cleared.
    void endOperation();

    ui::MeterDocument* m_document;
    QString m_resourceDir;
    QString m_dataDir;
    std::map<ui::ConnectionChoice::Kind, std::unique_ptr<app::DemoMeter>> m_demos;
    app::DemoMeter* m_demo = nullptr;  ///< of the current connection
    std::unique_ptr<link::MeterConnection> m_connection;
    std::uint64_t m_sessionGeneration = 0;               ///< counts the sessions started
    std::unique_ptr<trace::TraceDecoder> m_wireDecoder;  ///< live trace, one per connection
    std::optional<meter::DeviceProfile> m_profile;
    ui::ConnectionChoice m_choice;  ///< of the current (or last) connection
    Phase m_phase = Phase::Idle;
    bool m_associated = false;
    bool m_recovering = false;  ///< the session was opened again for a write run
    bool m_installer = false;   ///< the association may write (the management client)
    int m_request = 0;
    bool m_cancelRequested = false;
    bool m_driving = false;  ///< driveRun() is under way
    RetryAction m_retry = RetryAction::None;
    bool m_requestInFlight = false;                    ///< m_request is on its way to the meter
    std::optional<link::SessionError> m_sessionError;  ///< why the session failed, when it did
    /// What the meter held at the last read, by attribute.
    ValueMap m_values;
    /// The same values as a list, for MeterConfiguration::fromValues.
    std::vector<meter::AttributeValue> m_read;
    std::optional<meter::MeterConfiguration> m_current;  ///< what the meter held at the last read
    std::optional<meter::WriteRun> m_run;                ///< the write under way
    std::optional<meter::MeterConfiguration> m_target;   ///< what the run writes
    meter::WriteRunOptions m_runOptions;
    QString m_journalId;    ///< the run's journal entry
    QString m_restoringOf;  ///< the backup the run puts back, when it is a restore
    QTimer m_reconnectTimer;
    QString m_lastBackup;
    QElapsedTimer m_writeClock;
    std::optional<QString> m_auditProblem;
    std::function<bool(const QStringList&)> m_confirmWarnings;
    QString m_operator;
    meter::AuditRecord m_clockAudit;  ///< the clock being set
    bool m_clockReadBack = false;     ///< the clock was set; its read-back is under way
    QDateTime m_readAt;               ///< when the last full read arrived (UTC)
};

}  // namespace omt::gui

#pragma once
// Connects the main window to a meter: opens the session the connection bar describes (an
// embedded demo meter, an optical head, TCP), reads the whole configuration in batched reads
// (the device profile says where each setting lives), loads it into the document, and writes
// the pending edits through the same safe path as `omt config apply`:
//
//   plan     meter::WritePlan from what the meter holds to what the pages ask for: only what
//            changed, in safe order, the CT lock last (refused plans write nothing);
//   warn     a step that loses data on the meter (a new load profile period) is confirmed first;
//   backup   "omt-backup" JSON of every attribute about to change, dataDir/backups/SERIAL-TIME.json
//            (readable by `omt config restore`), saved before anything is written;
//   write    meter::WriteRun drives the SETs and ACTIONs, the read-back, and on any refusal,
//            mismatch or lost link the restore of the old values (verified too), so the meter
//            ends fully in the old or fully in the new configuration;
//   audit    every record WriteRun produces appended to dataDir/audit.csv (meter::auditLine),
//            the same file and format as the CLI's.
//
// Long operations report progress (done, total, seconds left) for the window's progress bar;
// every chunk on the wire is decoded for the Trace page (deciphered with the installer's keys).
//
// All meter I/O runs in the session's worker thread; this object only reacts to its signals, so
// the window never blocks. Every step reports a sentence to the status line.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
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

namespace omt::app {
class DemoMeter;
}

namespace omt::ui {
class MainWindow;
}

namespace omt::gui {

class MeterController : public QObject {
    Q_OBJECT

public:
    /// `resourceDir` holds profiles/*.json; `dataDir` receives backups/ and audit.csv.
    MeterController(ui::MainWindow* window, ui::MeterDocument* document, QString resourceDir,
                    QString dataDir, QObject* parent = nullptr);
    ~MeterController() override;

    void connectTo(const ui::ConnectionChoice& choice);
    void disconnectMeter();
    void cancel();
    /// Reads the configuration again (discarding pending edits).
    void readAll();
    /// Writes the pending edits (backup, write, verify, restore on failure, audit).
    void writePending();

    bool isConnected() const { return m_associated; }
    bool isBusy() const { return m_phase != Phase::Idle; }
    /// The demo meter of a demo connection (tests look at its state), or nullptr.
    app::DemoMeter* demoMeter() const { return m_demo.get(); }
    QString lastBackupFile() const { return m_lastBackup; }
    /// Replaces the question asked before a step that loses data on the meter (changing the
    /// load profile period clears the load profile); true goes ahead. Tests answer it.
    void setWarningConfirmation(std::function<bool(const QStringList& warnings)> confirm) {
        m_confirmWarnings = std::move(confirm);
    }
    /// Sets the meter's clock to this computer's time (keeping its time zone and daylight
    /// saving status) and reads it back.
    void syncClock();
    QString auditFile() const;

signals:
    /// A sentence for the status line.
    void message(const QString& text);
    /// Loaded, written (true) or a failed operation (false), for tests and the window.
    void readFinished(bool ok);
    void writeFinished(bool ok, const QString& summary);
    void disconnected();
    /// Progress of the running operation: `done` of `total` steps, `secondsLeft` estimated
    /// (negative when unknown). finished() when it is over.
    void progressed(int done, int total, double secondsLeft);
    void progressFinished();
    /// One request to or response from the meter, for the Trace page.
    void traced(const omt::ui::TraceRecord& record);

private:
    enum class Phase { Idle, Connecting, ReadingIdentity, ReadingAll, Writing, SyncingClock };

    void onStage(link::SessionStage stage, const link::LinkInfo& info);
    void onFinished(const link::OperationResult& result);
    void onFailed(int requestId, const link::SessionError& error);
    void onClosed();
    void readConfiguration(const dlms::GetOutcome& identity);
    void buildSnapshot(const dlms::GetOutcome& values);
    /// The configuration the pending edits ask for, as the safe write path takes it.
    Expected<meter::MeterConfiguration, QString> pendingConfiguration() const;
    /// Sends the write run's next request, or finishes it.
    void driveRun();
    /// Gives the running request's failure to the write run.
    void failRunRequest(const QString& why);
    void finishRun();
    void finishWrite(bool ok, const QString& summary);
    bool saveBackup(const meter::WritePlan& plan);
    void appendAudit(const std::vector<meter::AuditRecord>& records);
    /// The audit fields every record of this meter shares: its serial number and the user.
    meter::AuditRecord auditCommon() const;
    /// "CT ratio", "manual display list" ... for a write plan step's setting.
    QString settingLabel(const std::string& setting) const;
    void fail(const QString& text);
    void readPlans(ui::MeterSnapshot& snap);
    void trace(bool toMeter, const QString& summary, const QStringList& detail, const Bytes& raw);
    /// A chunk of bytes on the wire, decoded (HDLC, APDU, deciphered with the installer's keys).
    void onWire(const link::WireRecord& record);
    void traceRequest(const QString& what, const std::vector<dlms::AttributeRef>& refs);
    void onProgress(const link::SessionProgress& progress);
    void reportWriteProgress();

    ui::MainWindow* m_window;
    ui::MeterDocument* m_document;
    QString m_resourceDir;
    QString m_dataDir;
    std::unique_ptr<app::DemoMeter> m_demo;
    std::unique_ptr<link::MeterConnection> m_connection;
    std::unique_ptr<trace::TraceDecoder> m_wireDecoder;  ///< live trace, one per connection
    std::optional<meter::DeviceProfile> m_profile;
    Phase m_phase = Phase::Idle;
    bool m_associated = false;
    int m_request = 0;
    /// What the meter held at the last read, by attribute.
    std::map<std::tuple<std::uint16_t, cosem::ObisCode, std::int8_t>, dlms::Data> m_values;
    /// The same values as a list, for MeterConfiguration::fromValues.
    std::vector<meter::AttributeValue> m_read;
    std::optional<meter::MeterConfiguration> m_current;  ///< what the meter held at the last read
    std::optional<meter::WriteRun> m_run;                ///< the write under way
    QString m_lastBackup;
    QString m_lastSetting;  ///< of the last write request, for the status line
    QElapsedTimer m_writeClock;
    std::function<bool(const QStringList&)> m_confirmWarnings;
    meter::AuditRecord m_clockAudit;  ///< the clock being set
    bool m_clockReadBack = false;     ///< the clock was set; its read-back is under way
    QDateTime m_readAt;               ///< when the last full read arrived (UTC)
};

}  // namespace omt::gui

#pragma once
// Connects the main window to a meter: opens the session the connection bar describes (an
// embedded demo meter, an optical head, TCP), reads the whole configuration in batched reads
// (the device profile says where each setting lives), loads it into the document, and writes
// the pending edits safely:
//
//   backup   the meter's values of every attribute about to change, to a file per serial number
//            and time (dataDir/backups), before anything is written;
//   write    only what changed, the CT lock last;
//   verify   read every written attribute back and compare;
//   restore  on any refusal or mismatch, write the backed-up values back (and verify them), so
//            the meter ends fully in the old or fully in the new configuration;
//   audit    every attempt appended to dataDir/audit.csv (meter::auditLine: time, serial, user,
//   object,
//            old value, new value, result).
//
// The tariff plan and the load-control plan are read with the rest (TariffPlan::fromCosem,
// LoadControlPlan::fromCosem) and written through their writeSteps() (SETs and the ACTIONs that
// activate a calendar or switch the supply); an ACTION cannot be undone by the restore step.
// Long operations report progress (done, total, seconds left) for the window's progress bar;
// every request and response is reported as a trace record for the Trace page (the decoded
// attribute and the A-XDR hex of its value: the session does not yet publish its raw frames).
//
// All meter I/O runs in the session's worker thread; this object only reacts to its signals, so
// the window never blocks. Every step reports a sentence to the status line.

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>

#include "link/session/meter_connection.h"
#include "meter/device_profile.h"
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
    enum class Phase {
        Idle,
        Connecting,
        ReadingIdentity,
        ReadingAll,
        Writing,
        Verifying,
        Restoring
    };

    struct Write {
        dlms::AttributeRef ref;
        dlms::Data oldValue;
        dlms::Data newValue;
        QString label;
        std::optional<dlms::MethodRef> method;  ///< an ACTION with newValue as its parameter
    };
    struct Check {
        dlms::AttributeRef ref;
        dlms::Data expected;
        QString label;
    };

    void onStage(link::SessionStage stage, const link::LinkInfo& info);
    void onFinished(const link::OperationResult& result);
    void onFailed(int requestId, const link::SessionError& error);
    void onClosed();
    void readConfiguration(const dlms::GetOutcome& identity);
    void buildSnapshot(const dlms::GetOutcome& values);
    std::vector<Write> plannedWrites() const;
    void startWrites();
    void writeNext();
    void verify();
    void onVerified(const dlms::GetOutcome& values);
    void restore(const QString& why);
    void finishWrite(bool ok, const QString& summary);
    bool saveBackup(const std::vector<Write>& writes);
    void audit(const Write& w, const QString& result);
    void fail(const QString& text);
    void readPlans(ui::MeterSnapshot& snap);
    void addPlanWrites(std::vector<Write>& out) const;
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
    std::vector<Write> m_writes;
    std::size_t m_written = 0;
    std::size_t m_stageEnd = 0;  ///< writes before this index go first, then verify
    QString m_failure;
    QString m_lastBackup;
    std::vector<Check> m_checks;
    QElapsedTimer m_writeClock;
};

}  // namespace omt::gui

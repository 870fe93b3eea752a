#pragma once
// A synchronous face of link::MeterConnection for the command line: each call runs the event
// loop until the session answers (the session has its own time-outs; a guard bounds the wait),
// so a command reads as a script:
//
//   BlockingMeter meter([](const QString& stage) { err << stage << "\n"; });
//   auto info = meter.open(settings, std::move(pipeEnd));     // associated, or why not
//   auto values = meter.get({{1, ObisCode(0, 0, 96, 1, 0, 255), 2}});
//   meter.close();                                            // RLRQ, DISC, port closed
//
// Stage texts are English sentences for a person ("signing on at 300 baud").

#include <QObject>
#include <QString>
#include <functional>
#include <map>
#include <optional>

#include "link/session/meter_connection.h"
#include "protocol/common/expected.h"

namespace omt::app {

class BlockingMeter : public QObject {
    Q_OBJECT

public:
    using StageLog = std::function<void(const QString&)>;
    explicit BlockingMeter(StageLog log = {}, QObject* parent = nullptr);
    ~BlockingMeter() override;

    /// Connects and associates (or, in mode C readout, reads the readout). Errors: the
    /// session's diagnosis.
    Expected<link::LinkInfo, link::SessionError> open(const link::SessionSettings& settings,
                                                      std::unique_ptr<link::Transport> transport);
    Expected<dlms::GetOutcome, link::SessionError> get(std::vector<dlms::AttributeRef> attributes);
    Expected<dlms::SetOutcome, link::SessionError> set(std::vector<dlms::SetItem> values);
    Expected<dlms::ActionOutcome, link::SessionError> action(
        const dlms::MethodRef& method, std::optional<dlms::Data> parameters = std::nullopt);
    /// The mode C readout received by open() in ModeCReadout.
    const std::optional<iec62056_21::HandshakeResult>& readout() const { return m_readout; }
    /// Releases the association and closes; waits for the port to close (bounded).
    void close();

    link::MeterConnection& connection() { return m_connection; }
    /// Progress of the running operation, for a progress line.
    void setProgressLog(std::function<void(const link::SessionProgress&)> log) {
        m_progressLog = std::move(log);
    }

private:
    /// Runs the event loop until `done` or the guard time-out.
    bool waitFor(const std::function<bool()>& done, int guardMs);
    Expected<dlms::Outcome, link::SessionError> waitResult(int requestId);

    link::MeterConnection m_connection;
    StageLog m_log;
    std::function<void(const link::SessionProgress&)> m_progressLog;
    bool m_associated = false;
    bool m_closed = false;
    std::optional<link::SessionError> m_sessionError;
    std::optional<iec62056_21::HandshakeResult> m_readout;
    std::map<int, link::OperationResult> m_results;
    std::map<int, link::SessionError> m_errors;
};

/// A stage as a sentence: "signing on", "switched to 9600 baud", "associated" ...
QString describeStage(link::SessionStage stage, const link::LinkInfo& info);

}  // namespace omt::app

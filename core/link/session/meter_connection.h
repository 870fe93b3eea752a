#pragma once
// The caller's side of a session: owned by the caller's (GUI or CLI) thread, it starts the
// worker thread, copies the settings into it and talks to the Session there only through
// queued calls and signals carrying value types. Shutdown is a bounded join.
//
//   MeterConnection meter;
//   connect(&meter, &MeterConnection::stageChanged, ...);       // signing on, 9600 baud, ...
//   connect(&meter, &MeterConnection::operationFinished, ...);  // values, per-item errors
//   connect(&meter, &MeterConnection::failed, this, [](int id, const SessionError& e) {
//       showError(describe(e));                                 // "wrong password (LLS)"
//   });
//   meter.start(settings);                                      // or start(settings, pipeEnd)
//   int id = meter.get({{3, ObisCode(1, 0, 1, 8, 0, 255), 2}});
//   ...
//   meter.finish();   // RLRQ, DISC, close; closed() follows
//   meter.cancel();   // at any point: abandon, release best effort, close
//
// Destroying the connection cancels the session and joins the worker thread for at most
// shutdownTimeout.

#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

#include "link/session/session.h"
#include "link/session/session_types.h"

class QThread;

namespace omt::link {

class MeterConnection : public QObject {
    Q_OBJECT

public:
    explicit MeterConnection(QObject* parent = nullptr);
    ~MeterConnection() override;

    /// Starts the worker with a copy of `settings`. `transport` (optional, e.g. one end of a
    /// PipeTransport pair; it must belong to the caller's thread and have no parent) replaces
    /// the serial / TCP transport the settings describe. Returns false while a session runs;
    /// once it has closed (its worker thread ends with it) a new one may start.
    bool start(const SessionSettings& settings, std::unique_ptr<Transport> transport = nullptr);
    /// Queues operations; each returns the request id that results and errors carry.
    int get(std::vector<dlms::AttributeRef> attributes);
    int set(std::vector<dlms::SetItem> values);
    int action(const dlms::MethodRef& method, std::optional<dlms::Data> parameters = std::nullopt);
    /// Release and close once the queued operations are done.
    void finish();
    /// Abandon everything, release best effort (bounded), close.
    void cancel();
    /// Cancels and joins the worker thread, waiting at most `timeout`. True when it ended.
    bool shutdown(std::chrono::milliseconds timeout = std::chrono::milliseconds{3000});

    bool isRunning() const;
    SessionStage stage() const { return m_stage; }
    const LinkInfo& linkInfo() const { return m_info; }

signals:
    void stageChanged(omt::link::SessionStage stage, const omt::link::LinkInfo& info);
    void progressed(const omt::link::SessionProgress& progress);
    void operationFinished(const omt::link::OperationResult& result);
    void failed(int requestId, const omt::link::SessionError& error);
    void readoutReceived(const omt::iec62056_21::HandshakeResult& result);
    /// Every chunk on the wire, secrets masked (a live trace view).
    void wireTraced(const omt::link::WireRecord& record);
    void closed();

private:
    int submit(SessionRequest request);

    QThread* m_thread = nullptr;
    QPointer<Session> m_session;
    int m_nextId = 1;
    SessionStage m_stage = SessionStage::Closed;
    LinkInfo m_info;
};

}  // namespace omt::link

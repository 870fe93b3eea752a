#include "app/common/blocking_meter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace omt::app {

namespace {
// The session bounds every wait itself (APDU and link time-outs, releaseTimeout); the guard only
// protects the command line from a session that never reports.
constexpr int kOpenGuardMs = 120000;
constexpr int kOperationGuardMs = 600000;
constexpr int kCloseGuardMs = 10000;
}  // namespace

QString describeStage(link::SessionStage stage, const link::LinkInfo& info) {
    using S = link::SessionStage;
    switch (stage) {
        case S::Opening:
            return QStringLiteral("opening the connection");
        case S::SigningOn:
            return QStringLiteral("signing on at 300 baud (IEC 62056-21)");
        case S::SwitchingBaud:
            return info.baud ? QStringLiteral("switching to %1 baud").arg(info.baud)
                             : QStringLiteral("switching the line rate");
        case S::HdlcConnecting:
            return QStringLiteral("connecting the HDLC link");
        case S::HdlcConnected:
            if (info.hdlc) {
                return QStringLiteral("HDLC link up (information field %1/%2 bytes, window %3/%4)")
                    .arg(info.hdlc->maxInfoTransmit)
                    .arg(info.hdlc->maxInfoReceive)
                    .arg(info.hdlc->windowTransmit)
                    .arg(info.hdlc->windowReceive);
            }
            return QStringLiteral("HDLC link up");
        case S::Associating:
            return QStringLiteral("opening the application association");
        case S::Associated:
            return QStringLiteral("associated (meter accepts PDUs up to %1 bytes)")
                .arg(info.serverMaxPdu);
        case S::Releasing:
            return QStringLiteral("releasing the association");
        case S::Disconnecting:
            return QStringLiteral("disconnecting the link");
        case S::Closed:
            return QStringLiteral("connection closed");
    }
    return {};
}

BlockingMeter::BlockingMeter(StageLog log, QObject* parent)
    : QObject(parent), m_log(std::move(log)) {
    connect(&m_connection, &link::MeterConnection::stageChanged, this,
            [this](link::SessionStage stage, const link::LinkInfo& info) {
                if (m_log) {
                    m_log(describeStage(stage, info));
                }
                if (stage == link::SessionStage::Associated) {
                    m_associated = true;
                }
            });
    connect(&m_connection, &link::MeterConnection::operationFinished, this,
            [this](const link::OperationResult& r) { m_results[r.id] = r; });
    connect(&m_connection, &link::MeterConnection::failed, this,
            [this](int id, const link::SessionError& e) {
                if (id == 0) {
                    if (!m_sessionError) {
                        m_sessionError = e;
                    }
                } else {
                    m_errors[id] = e;
                }
            });
    connect(&m_connection, &link::MeterConnection::readoutReceived, this,
            [this](const iec62056_21::HandshakeResult& r) { m_readout = r; });
    connect(&m_connection, &link::MeterConnection::progressed, this,
            [this](const link::SessionProgress& p) {
                if (m_progressLog) {
                    m_progressLog(p);
                }
            });
    connect(&m_connection, &link::MeterConnection::closed, this, [this] { m_closed = true; });
}

BlockingMeter::~BlockingMeter() {
    m_connection.shutdown();
}

bool BlockingMeter::waitFor(const std::function<bool()>& done, int guardMs) {
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;  // re-check after every batch of events the signals delivered
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    guard.start(guardMs);
    poll.start(5);
    loop.exec();
    return done();
}

Expected<link::LinkInfo, link::SessionError> BlockingMeter::open(
    const link::SessionSettings& settings, std::unique_ptr<link::Transport> transport) {
    if (!m_connection.start(settings, std::move(transport))) {
        return omt::unexpected(link::SessionError{link::SessionError::Kind::NotReady,
                                                  QStringLiteral("already connected")});
    }
    const bool readout = settings.mode == link::LinkMode::ModeCReadout;
    waitFor([&] { return m_associated || m_sessionError || m_closed || (readout && m_readout); },
            kOpenGuardMs);
    if (m_associated || (readout && m_readout)) {
        return m_connection.linkInfo();
    }
    if (m_sessionError) {
        return omt::unexpected(*m_sessionError);
    }
    return omt::unexpected(link::SessionError{link::SessionError::Kind::NoAnswer,
                                              QStringLiteral("the session did not report")});
}

Expected<dlms::Outcome, link::SessionError> BlockingMeter::waitResult(int id) {
    waitFor([&] { return m_results.count(id) || m_errors.count(id) || m_closed; },
            kOperationGuardMs);
    if (auto it = m_results.find(id); it != m_results.end()) {
        auto outcome = it->second.outcome;
        m_results.erase(it);
        return outcome;
    }
    if (auto it = m_errors.find(id); it != m_errors.end()) {
        auto e = it->second;
        m_errors.erase(it);
        return omt::unexpected(e);
    }
    // A request after the session ended: the link is gone, whatever ended it (the failure
    // itself went to the request that was running then).
    if (m_closed) {
        return omt::unexpected(link::SessionError{
            link::SessionError::Kind::LinkLost,
            m_sessionError ? link::describe(*m_sessionError) : QStringLiteral("session closed")});
    }
    if (m_sessionError) {
        return omt::unexpected(*m_sessionError);
    }
    return omt::unexpected(
        link::SessionError{link::SessionError::Kind::LinkLost, QStringLiteral("session closed")});
}

Expected<dlms::GetOutcome, link::SessionError> BlockingMeter::get(
    std::vector<dlms::AttributeRef> attributes) {
    auto r = waitResult(m_connection.get(std::move(attributes)));
    if (!r) {
        return omt::unexpected(r.error());
    }
    if (auto* g = std::get_if<dlms::GetOutcome>(&*r)) {
        return *g;
    }
    return omt::unexpected(link::SessionError{link::SessionError::Kind::ProtocolError,
                                              QStringLiteral("unexpected outcome for a GET")});
}

Expected<dlms::SetOutcome, link::SessionError> BlockingMeter::set(
    std::vector<dlms::SetItem> values) {
    auto r = waitResult(m_connection.set(std::move(values)));
    if (!r) {
        return omt::unexpected(r.error());
    }
    if (auto* s = std::get_if<dlms::SetOutcome>(&*r)) {
        return *s;
    }
    return omt::unexpected(link::SessionError{link::SessionError::Kind::ProtocolError,
                                              QStringLiteral("unexpected outcome for a SET")});
}

Expected<dlms::ActionOutcome, link::SessionError> BlockingMeter::action(
    const dlms::MethodRef& method, std::optional<dlms::Data> parameters) {
    auto r = waitResult(m_connection.action(method, std::move(parameters)));
    if (!r) {
        return omt::unexpected(r.error());
    }
    if (auto* a = std::get_if<dlms::ActionOutcome>(&*r)) {
        return *a;
    }
    return omt::unexpected(link::SessionError{link::SessionError::Kind::ProtocolError,
                                              QStringLiteral("unexpected outcome for an ACTION")});
}

void BlockingMeter::close() {
    if (m_closed || !m_connection.isRunning()) {
        return;
    }
    m_connection.finish();
    waitFor([&] { return m_closed; }, kCloseGuardMs);
}

}  // namespace omt::app

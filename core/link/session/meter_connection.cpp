#include "link/session/meter_connection.h"

#include <QDeadlineTimer>
#include <QThread>

namespace omt::link {

namespace {

void registerTypes() {
    qRegisterMetaType<SessionStage>("omt::link::SessionStage");
    qRegisterMetaType<LinkInfo>("omt::link::LinkInfo");
    qRegisterMetaType<SessionProgress>("omt::link::SessionProgress");
    qRegisterMetaType<OperationResult>("omt::link::OperationResult");
    qRegisterMetaType<WireRecord>("omt::link::WireRecord");
    qRegisterMetaType<SessionError>("omt::link::SessionError");
    qRegisterMetaType<iec62056_21::HandshakeResult>("omt::iec62056_21::HandshakeResult");
    qRegisterMetaType<TransportError>("omt::link::TransportError");
}

}  // namespace

MeterConnection::MeterConnection(QObject* parent) : QObject(parent) {
    registerTypes();
}

MeterConnection::~MeterConnection() {
    shutdown();
}

bool MeterConnection::isRunning() const {
    return m_thread != nullptr && m_thread->isRunning();
}

bool MeterConnection::start(const SessionSettings& settings, std::unique_ptr<Transport> transport) {
    if (m_thread != nullptr) {
        if (m_thread->isRunning()) {
            return false;
        }
        shutdown();  // the last session is over: its thread goes, a new one starts
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("omt-session"));
    if (transport) {
        transport->moveToThread(m_thread);
    }
    auto* session = new Session(settings, std::move(transport));
    session->moveToThread(m_thread);
    m_session = session;
    connect(m_thread, &QThread::finished, session, &QObject::deleteLater);
    connect(session, &Session::stageChanged, this,
            [this](SessionStage stage, const LinkInfo& info) {
                m_stage = stage;
                m_info = info;
                emit stageChanged(stage, info);
            });
    connect(session, &Session::progressed, this, &MeterConnection::progressed);
    connect(session, &Session::operationFinished, this, &MeterConnection::operationFinished);
    connect(session, &Session::failed, this, &MeterConnection::failed);
    connect(session, &Session::readoutReceived, this, &MeterConnection::readoutReceived);
    connect(session, &Session::closed, this, &MeterConnection::closed);
    // A closed session is over: its worker thread ends with it (isRunning() turns false, and
    // start() may begin the next session).
    connect(session, &Session::closed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(session, &Session::wireTraced, this, &MeterConnection::wireTraced);
    m_thread->start();
    QMetaObject::invokeMethod(session, &Session::start, Qt::QueuedConnection);
    return true;
}

int MeterConnection::submit(SessionRequest request) {
    request.id = m_nextId++;
    const int id = request.id;
    if (m_session) {
        QMetaObject::invokeMethod(
            m_session.data(),
            [session = m_session, request] {
                if (session) {
                    session->submit(request);
                }
            },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit failed(id, {SessionError::Kind::NotReady, QStringLiteral("not started")});
            },
            Qt::QueuedConnection);
    }
    return id;
}

int MeterConnection::get(std::vector<dlms::AttributeRef> attributes) {
    return submit(SessionRequest::get(0, std::move(attributes)));
}

int MeterConnection::set(std::vector<dlms::SetItem> values) {
    return submit(SessionRequest::set(0, std::move(values)));
}

int MeterConnection::action(const dlms::MethodRef& method, std::optional<dlms::Data> parameters) {
    return submit(SessionRequest::action(0, method, std::move(parameters)));
}

void MeterConnection::finish() {
    if (m_session) {
        QMetaObject::invokeMethod(m_session.data(), &Session::finish, Qt::QueuedConnection);
    }
}

void MeterConnection::cancel() {
    if (m_session) {
        QMetaObject::invokeMethod(m_session.data(), &Session::cancel, Qt::QueuedConnection);
    }
}

bool MeterConnection::shutdown(std::chrono::milliseconds timeout) {
    if (m_thread == nullptr) {
        return true;
    }
    const QDeadlineTimer deadline(timeout);
    if (m_session && m_thread->isRunning()) {
        // Cancel in the worker, and stop its event loop once the session has closed (or at
        // the deadline, whichever comes first).
        QMetaObject::invokeMethod(
            m_session.data(),
            [session = m_session, thread = m_thread] {
                if (!session || session->stage() == SessionStage::Closed) {
                    thread->quit();
                    return;
                }
                // Direct: the caller's thread is blocked in wait(), QThread::quit is
                // thread-safe.
                QObject::connect(session.data(), &Session::closed, thread, &QThread::quit,
                                 Qt::DirectConnection);
                session->cancel();
            },
            Qt::QueuedConnection);
        if (!m_thread->wait(deadline)) {
            m_thread->quit();
            m_thread->wait(QDeadlineTimer(std::chrono::milliseconds{500}));
        }
    }
    const bool ended = m_thread->isFinished();
    if (ended) {
        delete m_thread;
    } else {
        m_thread->setParent(nullptr);  // leaked rather than destroyed while running
    }
    m_thread = nullptr;
    m_session = nullptr;
    return ended;
}

}  // namespace omt::link

#include "link/pipe_transport.h"

#include <QMutex>
#include <QMutexLocker>
#include <array>

namespace omt::link {

struct PipeTransport::Shared {
    QMutex mutex;
    std::array<PipeTransport*, 2> ends{nullptr, nullptr};
};

std::pair<std::unique_ptr<PipeTransport>, std::unique_ptr<PipeTransport>> PipeTransport::createPair(
    const QString& name) {
    auto shared = std::make_shared<Shared>();
    const QString base = QStringLiteral("pipe:") + name;
    std::unique_ptr<PipeTransport> a(new PipeTransport(shared, 0, base + QStringLiteral("/a")));
    std::unique_ptr<PipeTransport> b(new PipeTransport(shared, 1, base + QStringLiteral("/b")));
    return {std::move(a), std::move(b)};
}

PipeTransport::PipeTransport(std::shared_ptr<Shared> shared, int index, QString description)
    : m_shared(std::move(shared)), m_index(index), m_description(std::move(description)) {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->ends[static_cast<std::size_t>(m_index)] = this;
}

PipeTransport::~PipeTransport() {
    if (m_open) {
        m_open = false;
        postToPeer([](PipeTransport* peer) { peer->peerClosed(); }, true);
    }
    QMutexLocker lock(&m_shared->mutex);
    m_shared->ends[static_cast<std::size_t>(m_index)] = nullptr;
}

template <class Fn>
void PipeTransport::postToPeer(Fn fn, bool onlyIfOpen) {
    QMutexLocker lock(&m_shared->mutex);
    PipeTransport* peer = m_shared->ends[static_cast<std::size_t>(1 - m_index)];
    if (peer == nullptr || (onlyIfOpen && !peer->m_open)) {
        return;
    }
    // Queued to the peer's thread. While we hold the mutex the peer cannot finish its
    // destructor; once it has, Qt discards events still posted to it.
    QMetaObject::invokeMethod(
        peer, [peer, fn] { fn(peer); }, Qt::QueuedConnection);
}

bool PipeTransport::open() {
    if (!m_open) {
        m_open = true;
        emit opened();
    }
    return true;
}

void PipeTransport::close() {
    if (!m_open) {
        return;
    }
    m_open = false;
    postToPeer([](PipeTransport* peer) { peer->peerClosed(); }, true);
    emit closed();
}

bool PipeTransport::writeBytes(const QByteArray& data) {
    postToPeer([data](PipeTransport* peer) { peer->deliver(data); }, true);
    return true;
}

void PipeTransport::deliver(const QByteArray& data) {
    if (m_open) {
        emit bytesReceived(data);
    }
}

void PipeTransport::peerClosed() {
    if (!m_open) {
        return;
    }
    emit errorOccurred(
        {TransportError::Kind::RemoteClosed, m_description + QStringLiteral(": other end closed")});
    m_open = false;
    emit closed();
}

}  // namespace omt::link

#include "link/testing/fake_transport.h"

#include <QTimer>
#include <algorithm>
#include <utility>

namespace omt::link::testing {

FakeTransport::FakeTransport(QObject* parent) : Transport(parent) {}

FakeTransport::~FakeTransport() = default;

void FakeTransport::expect(const QByteArray& request, const QByteArray& reply,
                           std::chrono::milliseconds delay) {
    m_script.push_back({request, reply, delay});
}

void FakeTransport::setWritesStalled(bool stalled) {
    m_stalledWrites = stalled;
    if (!stalled && !m_stalled.isEmpty()) {
        const QByteArray held = std::exchange(m_stalled, {});
        process(held);
    }
}

void FakeTransport::injectError(const TransportError& error) {
    emit errorOccurred(error);
    using Kind = TransportError::Kind;
    if (m_open && (error.kind == Kind::PortLost || error.kind == Kind::RemoteClosed ||
                   error.kind == Kind::ReadFailed)) {
        m_open = false;
        emit closed();
    }
}

void FakeTransport::injectBytes(const QByteArray& data, std::chrono::milliseconds delay) {
    if (!m_open) {
        return;
    }
    QTimer::singleShot(delay, this, [this, data] {
        if (m_open) {
            emit bytesReceived(data);
        }
    });
}

bool FakeTransport::open() {
    if (m_open) {
        return true;
    }
    if (m_openFailure) {
        emit errorOccurred(*m_openFailure);
        return false;
    }
    m_open = true;
    emit opened();
    return true;
}

void FakeTransport::close() {
    if (!m_open) {
        return;
    }
    m_open = false;
    m_pendingRequest.clear();
    emit closed();
}

bool FakeTransport::setLineSettings(const LineSettings& settings) {
    if (!settings.isValid()) {
        return false;
    }
    m_lineSettings.append(settings);
    return true;
}

bool FakeTransport::writeBytes(const QByteArray& data) {
    if (m_stalledWrites) {
        m_stalled.append(data);
    } else {
        process(data);
    }
    return true;
}

void FakeTransport::process(const QByteArray& data) {
    m_written.append(data);
    m_pendingRequest.append(data);
    while (!m_pendingRequest.isEmpty()) {
        if (m_script.empty()) {
            mismatch(QStringLiteral("unexpected write %1")
                         .arg(QString::fromLatin1(m_pendingRequest.toHex().toUpper())));
            m_pendingRequest.clear();
            return;
        }
        const Exchange& next = m_script.front();
        const qsizetype n = std::min(next.request.size(), m_pendingRequest.size());
        if (m_pendingRequest.left(n) != next.request.left(n)) {
            mismatch(QStringLiteral("expected %1 got %2")
                         .arg(QString::fromLatin1(next.request.toHex().toUpper()),
                              QString::fromLatin1(m_pendingRequest.toHex().toUpper())));
            m_pendingRequest.clear();
            return;
        }
        if (m_pendingRequest.size() < next.request.size()) {
            return;  // the rest of the request is still to come
        }
        m_pendingRequest.remove(0, next.request.size());
        if (!next.reply.isEmpty()) {
            injectBytes(next.reply, next.delay);
        }
        m_script.pop_front();
    }
}

void FakeTransport::mismatch(const QString& what) {
    m_mismatches.append(what);
    emit scriptMismatch(what);
}

}  // namespace omt::link::testing

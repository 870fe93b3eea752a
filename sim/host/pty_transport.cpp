#include "sim/host/pty_transport.h"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace omt::sim {

namespace {
constexpr std::chrono::milliseconds kClientPollInterval{50};
}

PtyTransport::PtyTransport(QString symlinkPath, QObject* parent)
    : link::Transport(parent), m_link(std::move(symlinkPath)) {
    m_clientPoll.setInterval(kClientPollInterval);
    connect(&m_clientPoll, &QTimer::timeout, this, &PtyTransport::onPollForClient);
}

PtyTransport::~PtyTransport() {
    close();
}

QString PtyTransport::description() const {
    return QStringLiteral("pty:") + m_slave;
}

bool PtyTransport::fail(const QString& detail) {
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_slave.clear();
    emit errorOccurred(link::TransportError{link::TransportError::Kind::OpenFailed,
                                            detail + QStringLiteral(": ") + reason});
    return false;
}

bool PtyTransport::open() {
    if (isOpen()) {
        return true;
    }
    m_fd = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_fd < 0) {
        return fail(QStringLiteral("posix_openpt"));
    }
    if (::grantpt(m_fd) != 0 || ::unlockpt(m_fd) != 0) {
        return fail(QStringLiteral("grantpt/unlockpt"));
    }
    char name[128] = {};
    if (::ptsname_r(m_fd, name, sizeof name) != 0) {
        return fail(QStringLiteral("ptsname"));
    }
    m_slave = QString::fromLocal8Bit(name);
    termios tio{};
    if (::tcgetattr(m_fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(m_fd, TCSANOW, &tio);
        m_rawSettings = std::make_unique<termios>(tio);
    }
    if (!m_link.isEmpty()) {
        const QFileInfo existing(m_link);
        if (existing.isSymLink()) {
            QFile::remove(m_link);
        } else if (existing.exists()) {
            errno = EEXIST;
            return fail(QStringLiteral("symlink ") + m_link);
        }
        if (::symlink(name, QFile::encodeName(m_link).constData()) != 0) {
            return fail(QStringLiteral("symlink ") + m_link);
        }
        m_linkMade = true;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyTransport::onReadable);
    emit opened();
    return true;
}

void PtyTransport::close() {
    if (!isOpen()) {
        return;
    }
    m_clientPoll.stop();
    m_notifier.reset();
    ::close(m_fd);
    m_fd = -1;
    if (m_linkMade) {
        QFile::remove(m_link);
        m_linkMade = false;
    }
    m_slave.clear();
    emit closed();
}

void PtyTransport::onReadable() {
    char buffer[4096];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n > 0) {
        emit bytesReceived(QByteArray(buffer, static_cast<qsizetype>(n)));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    // EIO (or end of file): the client closed the slave. Wait for the next one without
    // spinning on a notifier that stays readable while nobody has the slave open.
    m_notifier->setEnabled(false);
    resetLineSettings();
    m_clientPoll.start();
    emit hangup();
}

void PtyTransport::resetLineSettings() {
    // The line settings belong to the pty, not to the client's descriptor: a client that was
    // killed (or closed without restoring them) leaves its own, under which the next client's
    // open could fail. The next client finds the raw settings of open() again.
    if (m_rawSettings) {
        ::tcsetattr(m_fd, TCSANOW, m_rawSettings.get());
    }
}

void PtyTransport::onPollForClient() {
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, 0) >= 0 && (p.revents & POLLHUP) == 0) {
        m_clientPoll.stop();  // a client has the slave open again
        m_notifier->setEnabled(true);
    }
}

bool PtyTransport::writeBytes(const QByteArray& data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::write(m_fd, data.constData() + done, static_cast<std::size_t>(data.size() - done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno == EAGAIN ||
                   errno == EIO;  // no reader now: the bytes are lost, as on a line
        }
        done += n;
    }
    return true;
}

}  // namespace omt::sim

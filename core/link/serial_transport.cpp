#include "link/serial_transport.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <algorithm>

namespace omt::link {

namespace {

Q_LOGGING_CATEGORY(lcSerial, "omt.link.serial", QtInfoMsg)

using Kind = TransportError::Kind;

QSerialPort::Parity toQt(Parity p) {
    return p == Parity::Even ? QSerialPort::EvenParity : QSerialPort::NoParity;
}

QSerialPort::StopBits toQt(StopBits s) {
    return s == StopBits::Two ? QSerialPort::TwoStop : QSerialPort::OneStop;
}

QSerialPort::DataBits dataBitsToQt(int bits) {
    return bits == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
}

}  // namespace

SerialTransport::SerialTransport(QString portNameOrPath, QObject* parent)
    : Transport(parent), m_portName(std::move(portNameOrPath)), m_port(new QSerialPort(this)) {
    m_port->setPortName(m_portName);
    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this,
            [this](QSerialPort::SerialPortError e) { onPortError(static_cast<int>(e)); });
    m_echo.setCharacterTime(m_settings.characterTime());
    m_echoTimer.setSingleShot(true);
    connect(&m_echoTimer, &QTimer::timeout, this, &SerialTransport::onEchoOverdue);
}

SerialTransport::~SerialTransport() {
    // No signals from a half-destroyed object.
    m_port->disconnect(this);
    m_port->close();
}

bool SerialTransport::open() {
    if (isOpen()) {
        return true;
    }
    if (m_lost) {
        finishLostPort();  // its deferred close has not run yet: closed() comes first
    }
    m_port->clearError();
    applyLineSettings(m_settings);  // stored by QSerialPort, applied by open()
    m_opening = true;
    const bool ok = m_port->open(QIODevice::ReadWrite);
    m_opening = false;
    if (!ok) {
        const TransportError error = openError();
        m_port->clearError();
        qCDebug(lcSerial) << "open failed" << m_portName << nameOf(error.kind) << error.detail;
        emit errorOccurred(error);
        return false;
    }
    applyModemLines();
    m_echo.reset();
    qCDebug(lcSerial) << "opened" << m_portName;
    emit opened();
    return true;
}

void SerialTransport::close() {
    if (!m_port->isOpen()) {
        return;  // never opened, or already closed (a lost port is closed by finishLostPort)
    }
    // Also reached when the port is lost and its deferred close has not run: closed() once.
    m_port->close();
    m_echo.reset();
    m_echoTimer.stop();
    m_lost = false;
    emit closed();
}

bool SerialTransport::isOpen() const {
    return m_port->isOpen() && !m_lost;
}

QString SerialTransport::description() const {
    return QStringLiteral("serial:") + m_portName;
}

bool SerialTransport::setLineSettings(const LineSettings& settings) {
    if (!settings.isValid()) {
        return false;
    }
    if (m_port->isOpen() && !applyLineSettings(settings)) {
        applyLineSettings(m_settings);
        return false;
    }
    m_settings = settings;
    m_echo.setCharacterTime(settings.characterTime());
    return true;
}

bool SerialTransport::applyLineSettings(const LineSettings& settings) {
    bool ok = m_port->setBaudRate(settings.baud);
    ok = m_port->setDataBits(dataBitsToQt(settings.dataBits)) && ok;
    ok = m_port->setParity(toQt(settings.parity)) && ok;
    ok = m_port->setStopBits(toQt(settings.stopBits)) && ok;
    ok = m_port->setFlowControl(QSerialPort::NoFlowControl) && ok;
    return ok;
}

bool SerialTransport::setModemLines(bool dataTerminalReady, bool requestToSend) {
    m_dtr = dataTerminalReady;
    m_rts = requestToSend;
    return !m_port->isOpen() || applyModemLines();
}

bool SerialTransport::applyModemLines() {
    // A pty answers UnsupportedOperationError ("Inappropriate ioctl for device"); onPortError
    // ignores that, and so does this: a head that needs no modem lines works without them.
    const bool dtr = m_port->setDataTerminalReady(m_dtr);
    const bool rts = m_port->setRequestToSend(m_rts);
    if (!dtr || !rts) {
        qCDebug(lcSerial) << "modem lines not settable on" << m_portName;
    }
    return dtr && rts;
}

void SerialTransport::setEchoSuppression(bool enabled, std::chrono::milliseconds window) {
    m_echoEnabled = enabled;
    m_echo.setWindow(window);
    m_echo.reset();
}

bool SerialTransport::writeBytes(const QByteArray& data) {
    if (m_echoEnabled) {
        m_echo.noteWritten(data, EchoSuppressor::Clock::now());
    }
    const qint64 n = m_port->write(data);
    if (n != data.size()) {
        // QSerialPort has reported WriteError through onPortError when it knows why.
        if (n >= 0) {
            emit errorOccurred({Kind::WriteFailed, QStringLiteral("short write")});
        }
        return false;
    }
    return true;
}

void SerialTransport::onReadyRead() {
    QByteArray data = m_port->readAll();
    if (m_echoEnabled) {
        const auto now = EchoSuppressor::Clock::now();
        data = m_echo.filter(data, now);
        if (m_echo.heldBytes() > 0) {
            // Release the held bytes if the rest of the echo does not come in time.
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_echo.deadline() - now);
            m_echoTimer.start(std::max(wait, std::chrono::milliseconds{1}));
        }
    }
    if (!data.isEmpty()) {
        emit bytesReceived(data);
    }
}

void SerialTransport::onEchoOverdue() {
    const QByteArray held = m_echo.releaseExpired(EchoSuppressor::Clock::now());
    if (!held.isEmpty() && isOpen()) {
        emit bytesReceived(held);
    } else if (m_echo.heldBytes() > 0) {
        m_echoTimer.start(std::chrono::milliseconds{1});
    }
}

void SerialTransport::onPortError(int code) {
    const auto e = static_cast<QSerialPort::SerialPortError>(code);
    if (e == QSerialPort::NoError || m_opening || m_lost) {
        return;  // open() reports its own failure
    }
    if (e == QSerialPort::UnsupportedOperationError) {
        qCDebug(lcSerial) << "unsupported operation ignored:" << m_port->errorString();
        return;
    }
    TransportError error{Kind::ReadFailed, m_port->errorString()};
    switch (e) {
        case QSerialPort::ResourceError:
        case QSerialPort::DeviceNotFoundError:
        case QSerialPort::ReadError:
            // A vanished USB device reads as ResourceError (EIO); a tty whose other side hung up
            // reads end-of-file, which Qt reports as ReadError, again on every notification.
            // Either way nothing more can be read from this port.
            error.kind = Kind::PortLost;
            if (e == QSerialPort::ReadError) {
                // Qt's text then comes from a stale errno: say what happened instead.
                error.detail = QStringLiteral("no more data can be read (device gone or hung up)");
            }
            break;
        case QSerialPort::WriteError:
        case QSerialPort::NotOpenError:
            error.kind = Kind::WriteFailed;
            break;
        case QSerialPort::TimeoutError:
            error.kind = Kind::Timeout;
            break;
        default:
            break;
    }
    qCDebug(lcSerial) << "error on" << m_portName << nameOf(error.kind) << error.detail;
    // We are inside QSerialPort here (its read or write notification), where a slot that
    // closes or deletes the port would pull the ground from under it: report from the event
    // loop. A lost port stops counting as open at once.
    const bool lost = error.kind == Kind::PortLost;
    if (lost) {
        m_lost = true;
    }
    QMetaObject::invokeMethod(
        this,
        [this, error, lost] {
            emit errorOccurred(error);
            if (lost) {
                finishLostPort();
            }
        },
        Qt::QueuedConnection);
}

void SerialTransport::finishLostPort() {
    if (!m_lost) {
        return;
    }
    m_port->close();
    m_echo.reset();
    m_echoTimer.stop();
    m_lost = false;
    emit closed();
}

TransportError SerialTransport::openError() const {
    const QString detail = m_port->errorString();
    switch (m_port->error()) {
        case QSerialPort::DeviceNotFoundError:
            return {Kind::NotFound, detail};
        case QSerialPort::PermissionError: {
            // Qt reports a held lock, EBUSY and EACCES alike: tell them apart by the rights.
            const QFileInfo info(m_port->portName().startsWith(QLatin1Char('/'))
                                     ? m_port->portName()
                                     : QStringLiteral("/dev/") + m_port->portName());
            if (info.exists() && !(info.isReadable() && info.isWritable())) {
                return {Kind::PermissionDenied, detail};
            }
            return {Kind::PortInUse, QStringLiteral("port in use by another program")};
        }
        default:
            return {Kind::OpenFailed, detail};
    }
}

QList<SerialPortInfo> SerialTransport::availablePorts() {
    QList<SerialPortInfo> result;
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo& p : ports) {
        SerialPortInfo info;
        info.name = p.portName();
        info.path = p.systemLocation();
        info.description = p.description();
        info.manufacturer = p.manufacturer();
        info.serialNumber = p.serialNumber();
        if (p.hasVendorIdentifier()) {
            info.vendorId = p.vendorIdentifier();
        }
        if (p.hasProductIdentifier()) {
            info.productId = p.productIdentifier();
        }
        result.append(info);
    }
    return result;
}

}  // namespace omt::link

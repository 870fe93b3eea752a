#include "link/bluetooth_transport.h"

#include <QBluetoothDeviceInfo>
#include <QBluetoothSocket>
#include <QLoggingCategory>
#include <QLowEnergyController>
#include <QLowEnergyService>

#include "link/bluetooth_errors.h"

namespace omt::link {

namespace {

Q_LOGGING_CATEGORY(lcBluetooth, "omt.link.bluetooth", QtInfoMsg)

using Kind = TransportError::Kind;

/// Auto falls back to BLE unless RFCOMM failed for a reason BLE shares.
bool bleMayHelp(Kind kind) {
    return kind != Kind::NoAdapter && kind != Kind::AdapterOff && kind != Kind::PairingRequired &&
           kind != Kind::PermissionDenied;
}

}  // namespace

BluetoothTransport::BluetoothTransport(QString address, BluetoothProfile profile, QObject* parent)
    : Transport(parent), m_address(std::move(address).trimmed().toUpper()), m_profile(profile) {
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Opening) {
            return;
        }
        fail({Kind::Timeout, QStringLiteral("no %1 connection to %2 within %3 ms")
                                 .arg(QLatin1String(nameOf(m_attempt)), m_address)
                                 .arg(m_connectTimeout.count())});
    });
}

BluetoothTransport::~BluetoothTransport() {
    teardown();
}

bool BluetoothTransport::open() {
    if (m_state != State::Closed) {
        return true;
    }
    if (!isBluetoothAddress(m_address)) {
        emit errorOccurred({Kind::NotFound, QStringLiteral("not a Bluetooth address: \"%1\" "
                                                           "(expected AA:BB:CC:DD:EE:FF)")
                                                .arg(m_address)});
        return false;
    }
    if (const auto problem = checkBluetoothAdapter()) {
        qCDebug(lcBluetooth) << "open" << m_address << nameOf(problem->kind) << problem->detail;
        emit errorOccurred(*problem);
        return false;
    }
    m_state = State::Opening;
    m_rfcommFailure.reset();
    startAttempt(m_profile == BluetoothProfile::Ble ? BluetoothProfile::Ble
                                                    : BluetoothProfile::Rfcomm);
    return true;
}

void BluetoothTransport::startAttempt(BluetoothProfile attempt) {
    teardown();
    m_attempt = attempt;
    m_connectTimer.start(m_connectTimeout);
    qCDebug(lcBluetooth) << "connecting to" << m_address << "over" << nameOf(attempt);
    if (attempt == BluetoothProfile::Ble) {
        startBle();
    } else {
        startRfcomm();
    }
}

void BluetoothTransport::startRfcomm() {
    auto* socket = new QBluetoothSocket(QBluetoothServiceInfo::RfcommProtocol, this);
    m_socket = socket;
    connect(socket, &QBluetoothSocket::connected, this, [this] {
        if (m_state == State::Opening) {
            becomeOpen();
        }
    });
    connect(socket, &QBluetoothSocket::readyRead, this, [this] {
        if (!m_socket) {
            return;
        }
        const QByteArray data = m_socket->readAll();
        if (!data.isEmpty() && m_state == State::Open) {
            emit bytesReceived(data);
        }
    });
    connect(socket, &QBluetoothSocket::errorOccurred, this,
            [this, socket](QBluetoothSocket::SocketError e) {
                failLater(rfcommError(e, socket->errorString(), m_state == State::Open));
            });
    connect(socket, &QBluetoothSocket::disconnected, this, [this] {
        if (m_state == State::Open) {
            failLater({Kind::PortLost, QStringLiteral("Bluetooth connection lost: the head "
                                                      "disconnected")});
        }
    });
    const QBluetoothAddress address(m_address);
    if (m_rfcommChannel) {
        socket->connectToService(address, *m_rfcommChannel);
    } else {
        socket->connectToService(address,
                                 QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::SerialPort));
    }
}

void BluetoothTransport::startBle() {
    QBluetoothDeviceInfo device(QBluetoothAddress(m_address), QString(), 0);
    device.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    QLowEnergyController* controller = QLowEnergyController::createCentral(device, this);
    m_controller = controller;
    connect(controller, &QLowEnergyController::connected, this, [this] {
        if (m_state == State::Opening && m_controller) {
            m_controller->discoverServices();
        }
    });
    connect(controller, &QLowEnergyController::discoveryFinished, this,
            &BluetoothTransport::onBleDiscoveryFinished);
    connect(controller, &QLowEnergyController::mtuChanged, this,
            [this](int mtu) { m_channel.setAttMtu(mtu); });
    connect(controller, &QLowEnergyController::errorOccurred, this,
            [this, controller](QLowEnergyController::Error e) {
                failLater(bleControllerError(e, controller->errorString(), m_state == State::Open));
            });
    connect(controller, &QLowEnergyController::disconnected, this, [this] {
        failLater(m_state == State::Open
                      ? TransportError{Kind::PortLost,
                                       QStringLiteral("Bluetooth connection lost: the head "
                                                      "disconnected")}
                      : TransportError{Kind::OpenFailed,
                                       QStringLiteral("the head disconnected during setup")});
    });
    controller->connectToDevice();
}

void BluetoothTransport::onBleDiscoveryFinished() {
    if (m_state != State::Opening || !m_controller) {
        return;
    }
    const QList<QBluetoothUuid> offered = m_controller->services();
    const auto chosen =
        chooseSerialService(m_bleServices + BleSerialService::knownServices(), offered);
    if (!chosen) {
        QStringList names;
        for (const QBluetoothUuid& u : offered) {
            names << u.toString(QUuid::WithoutBraces);
        }
        fail({Kind::ServiceNotFound,
              QStringLiteral("no BLE UART service on %1 (it offers: %2)")
                  .arg(m_address, names.isEmpty() ? QStringLiteral("none") : names.join(u' '))});
        return;
    }
    m_bleService = chosen;
    QLowEnergyService* service = m_controller->createServiceObject(chosen->service, this);
    if (!service) {
        fail({Kind::ServiceNotFound, QStringLiteral("BLE service %1 vanished").arg(chosen->name)});
        return;
    }
    m_service = service;
    connect(service, &QLowEnergyService::stateChanged, this,
            [this](QLowEnergyService::ServiceState s) { onBleServiceState(static_cast<int>(s)); });
    connect(service, &QLowEnergyService::characteristicChanged, this,
            [this](const QLowEnergyCharacteristic& c, const QByteArray& value) {
                const QByteArray data = m_channel.notified(c.uuid(), value);
                if (!data.isEmpty() && m_state == State::Open) {
                    emit bytesReceived(data);
                }
            });
    connect(service, &QLowEnergyService::characteristicWritten, this,
            [this](const QLowEnergyCharacteristic& c, const QByteArray&) {
                if (m_state != State::Open || c.uuid() != m_channel.plan().rx) {
                    return;
                }
                if (auto next = m_channel.confirmWritten()) {
                    writeNextBleChunks({*next});
                }
            });
    connect(
        service, &QLowEnergyService::descriptorWritten, this,
        [this](const QLowEnergyDescriptor& d, const QByteArray&) { onBleDescriptorWritten(d); });
    connect(service, &QLowEnergyService::errorOccurred, this,
            [this](QLowEnergyService::ServiceError e) {
                if (e == QLowEnergyService::NoError) {
                    return;
                }
                TransportError error = bleServiceError(e);
                if (m_state == State::Open && error.kind == Kind::WriteFailed) {
                    m_channel.reset();  // the rest of the stream is worthless now
                    const quint64 gen = m_generation;
                    QMetaObject::invokeMethod(
                        this,
                        [this, gen, error] {
                            if (gen == m_generation) {
                                emit errorOccurred(error);
                            }
                        },
                        Qt::QueuedConnection);
                    return;
                }
                failLater(error);
            });
    service->discoverDetails();
}

void BluetoothTransport::onBleServiceState(int state) {
    if (m_state != State::Opening || !m_service ||
        state != static_cast<int>(QLowEnergyService::RemoteServiceDiscovered)) {
        return;
    }
    QList<GattCharacteristic> found;
    const QList<QLowEnergyCharacteristic> characteristics = m_service->characteristics();
    for (const QLowEnergyCharacteristic& c : characteristics) {
        const auto p = c.properties();
        found.append({c.uuid(), p.testFlag(QLowEnergyCharacteristic::Write),
                      p.testFlag(QLowEnergyCharacteristic::WriteNoResponse),
                      p.testFlag(QLowEnergyCharacteristic::Notify),
                      p.testFlag(QLowEnergyCharacteristic::Indicate)});
    }
    const auto plan = planSerial(*m_bleService, found, m_preferWithResponse);
    if (!plan) {
        fail({Kind::ServiceNotFound,
              QStringLiteral("BLE service %1 has no writable and notifying characteristics")
                  .arg(m_bleService->name)});
        return;
    }
    m_channel.configure(*plan);
    m_channel.setAttMtu(m_controller ? m_controller->mtu() : BleSerialChannel::kDefaultAttMtu);
    m_rx = m_service->characteristic(plan->rx);
    const QLowEnergyCharacteristic tx = m_service->characteristic(plan->tx);
    const QLowEnergyDescriptor cccd = tx.clientCharacteristicConfiguration();
    if (!m_rx.isValid() || !cccd.isValid()) {
        fail({Kind::ServiceNotFound,
              QStringLiteral("BLE service %1: TX characteristic cannot be subscribed to")
                  .arg(m_bleService->name)});
        return;
    }
    m_service->writeDescriptor(cccd, plan->indicate
                                         ? QLowEnergyCharacteristic::CCCDEnableIndication
                                         : QLowEnergyCharacteristic::CCCDEnableNotification);
}

void BluetoothTransport::onBleDescriptorWritten(const QLowEnergyDescriptor& descriptor) {
    if (m_state == State::Opening &&
        descriptor.type() == QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration) {
        becomeOpen();
    }
}

void BluetoothTransport::becomeOpen() {
    m_connectTimer.stop();
    m_rfcommFailure.reset();
    m_state = State::Open;
    qCDebug(lcBluetooth) << "open" << description() << "chunk" << bleChunkSize();
    emit opened();
}

void BluetoothTransport::failLater(const TransportError& error) {
    if (m_state == State::Closed) {
        return;
    }
    const quint64 gen = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, gen, error] {
            if (gen == m_generation && m_state != State::Closed) {
                fail(error);
            }
        },
        Qt::QueuedConnection);
}

void BluetoothTransport::fail(const TransportError& error) {
    qCDebug(lcBluetooth) << "error" << m_address << nameOf(m_attempt) << nameOf(error.kind)
                         << error.detail;
    const bool wasOpen = m_state == State::Open;
    if (m_state == State::Opening && m_profile == BluetoothProfile::Auto &&
        m_attempt == BluetoothProfile::Rfcomm && bleMayHelp(error.kind)) {
        m_rfcommFailure = error;
        startAttempt(BluetoothProfile::Ble);
        return;
    }
    teardown();
    m_state = State::Closed;
    TransportError reported = error;
    if (m_rfcommFailure && !wasOpen) {
        // Both tries failed: the BLE error decides the kind unless it only says "nothing
        // there" while RFCOMM knew more.
        if (error.kind == Kind::NotFound || error.kind == Kind::Timeout) {
            reported.kind = m_rfcommFailure->kind;
        }
        reported.detail =
            QStringLiteral("RFCOMM: %1; BLE: %2").arg(m_rfcommFailure->detail, error.detail);
        m_rfcommFailure.reset();
    }
    emit errorOccurred(reported);
    if (wasOpen) {
        emit closed();
    }
}

void BluetoothTransport::teardown() {
    ++m_generation;
    m_connectTimer.stop();
    m_channel.reset();
    m_rx = QLowEnergyCharacteristic();
    m_bleService.reset();
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
        m_service = nullptr;
    }
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->disconnectFromDevice();
        m_controller->deleteLater();
        m_controller = nullptr;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void BluetoothTransport::close() {
    if (m_state == State::Closed) {
        return;
    }
    const bool wasOpen = m_state == State::Open;
    teardown();
    m_state = State::Closed;
    m_rfcommFailure.reset();
    if (wasOpen) {
        emit closed();
    }
}

bool BluetoothTransport::isOpen() const {
    return m_state == State::Open;
}

BluetoothProfile BluetoothTransport::activeProfile() const {
    return m_state == State::Open ? m_attempt : m_profile;
}

QString BluetoothTransport::description() const {
    return QStringLiteral("bluetooth:%1 (%2)")
        .arg(m_address, QLatin1String(nameOf(activeProfile())));
}

QString BluetoothTransport::bleServiceName() const {
    return m_state == State::Open && m_bleService ? m_bleService->name : QString();
}

int BluetoothTransport::bleChunkSize() const {
    return m_state == State::Open && m_attempt == BluetoothProfile::Ble ? m_channel.chunkSize() : 0;
}

bool BluetoothTransport::setLineSettings(const LineSettings& settings) {
    if (!settings.isValid()) {
        return false;
    }
    m_settings = settings;
    qCDebug(lcBluetooth) << "line settings" << settings.baud << settings.dataBits
                         << "accepted as a no-op: the Bluetooth head sets its optical side itself";
    return true;
}

bool BluetoothTransport::writeBytes(const QByteArray& data) {
    if (m_attempt == BluetoothProfile::Rfcomm) {
        const qint64 n = m_socket ? m_socket->write(data) : -1;
        if (n != data.size()) {
            emit errorOccurred({Kind::WriteFailed,
                                m_socket ? m_socket->errorString() : QStringLiteral("no socket")});
            return false;
        }
        return true;
    }
    const auto chunks = m_channel.enqueue(data);
    if (!chunks) {
        emit errorOccurred({Kind::WriteFailed,
                            QStringLiteral("BLE write queue full (%1 bytes waiting for the head)")
                                .arg(m_channel.pendingBytes())});
        return false;
    }
    return writeNextBleChunks(*chunks);
}

bool BluetoothTransport::writeNextBleChunks(const QList<QByteArray>& chunks) {
    if (!m_service) {
        return false;
    }
    const auto mode = m_channel.plan().writeWithResponse ? QLowEnergyService::WriteWithResponse
                                                         : QLowEnergyService::WriteWithoutResponse;
    for (const QByteArray& chunk : chunks) {
        m_service->writeCharacteristic(m_rx, chunk, mode);
    }
    return true;
}

}  // namespace omt::link

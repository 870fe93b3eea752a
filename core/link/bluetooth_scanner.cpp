#include "link/bluetooth_scanner.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QLoggingCategory>

#include "link/bluetooth_errors.h"

namespace omt::link {

namespace {

Q_LOGGING_CATEGORY(lcScan, "omt.link.bluetooth.scan", QtInfoMsg)

}  // namespace

BluetoothScanner::BluetoothScanner(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BluetoothScanner::finish);
}

BluetoothScanner::~BluetoothScanner() {
    dropAgent();
}

bool BluetoothScanner::start(std::chrono::milliseconds timeout, BluetoothProfile which) {
    if (m_active) {
        return false;
    }
    m_heads.clear();
    m_active = true;
    if (const auto problem = checkBluetoothAdapter()) {
        failLater(*problem);
        return false;
    }
    auto* agent = new QBluetoothDeviceDiscoveryAgent(this);
    m_agent = agent;
    agent->setLowEnergyDiscoveryTimeout(static_cast<int>(timeout.count()));
    connect(agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            &BluetoothScanner::onDevice);
    connect(agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo& device) { onDevice(device); });
    connect(agent, &QBluetoothDeviceDiscoveryAgent::finished, this, &BluetoothScanner::finish);
    connect(agent, &QBluetoothDeviceDiscoveryAgent::canceled, this, &BluetoothScanner::finish);
    connect(agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this, agent](QBluetoothDeviceDiscoveryAgent::Error e) {
                failLater(discoveryError(e, agent->errorString()));
            });
    QBluetoothDeviceDiscoveryAgent::DiscoveryMethods methods;
    if (which != BluetoothProfile::Ble) {
        methods |= QBluetoothDeviceDiscoveryAgent::ClassicMethod;
    }
    if (which != BluetoothProfile::Rfcomm) {
        methods |= QBluetoothDeviceDiscoveryAgent::LowEnergyMethod;
    }
    m_timer.start(timeout);
    qCDebug(lcScan) << "scanning for" << timeout.count() << "ms," << nameOf(which);
    agent->start(methods);
    return m_agent != nullptr;  // an error inside start() is reported from the event loop
}

void BluetoothScanner::stop() {
    if (m_active && m_agent) {
        finish();
    }
}

void BluetoothScanner::onDevice(const QBluetoothDeviceInfo& device) {
    if (!m_active) {
        return;
    }
    const HeadInfo head = headInfoFrom(device, m_extra);
    for (HeadInfo& known : m_heads) {
        if (known.address == head.address) {
            // Keep what an earlier report knew (a name, the other core configuration).
            HeadInfo merged = head;
            merged.name = head.name.isEmpty() ? known.name : head.name;
            merged.rssi = head.rssi ? head.rssi : known.rssi;
            merged.classic = head.classic || known.classic;
            merged.lowEnergy = head.lowEnergy || known.lowEnergy;
            merged.serialPort = head.serialPort || known.serialPort;
            if (!head.bleUart) {
                merged.bleUart = known.bleUart;
                merged.bleUartName = known.bleUartName;
            }
            known = merged;
            return;
        }
    }
    m_heads.append(head);
    qCDebug(lcScan) << "found" << head.address << head.name << head.profiles();
    emit discovered(head);
}

void BluetoothScanner::finish() {
    if (!m_active || !m_agent) {
        return;  // done already, or a failure is on its way
    }
    dropAgent();
    m_active = false;
    emit finished(m_heads);
}

void BluetoothScanner::failLater(const TransportError& error) {
    dropAgent();  // no finished() after a failure; m_active stays until it is reported
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            m_active = false;
            qCDebug(lcScan) << "scan failed" << nameOf(error.kind) << error.detail;
            emit failed(error);
        },
        Qt::QueuedConnection);
}

void BluetoothScanner::dropAgent() {
    m_timer.stop();
    if (m_agent) {
        m_agent->disconnect(this);
        m_agent->stop();
        m_agent->deleteLater();
        m_agent = nullptr;
    }
}

}  // namespace omt::link

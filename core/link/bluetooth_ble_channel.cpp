#include "link/bluetooth_ble_channel.h"

#include <algorithm>

namespace omt::link {

BleSerialService BleSerialService::nordicUart() {
    return {QStringLiteral("nordic-uart"),
            QBluetoothUuid(QStringLiteral("6E400001-B5A3-F393-E0A9-E50E24DCCA9E")),
            QBluetoothUuid(QStringLiteral("6E400002-B5A3-F393-E0A9-E50E24DCCA9E")),
            QBluetoothUuid(QStringLiteral("6E400003-B5A3-F393-E0A9-E50E24DCCA9E"))};
}

BleSerialService BleSerialService::hm10() {
    return {QStringLiteral("hm10-ffe0"), QBluetoothUuid(quint16{0xFFE0}),
            QBluetoothUuid(quint16{0xFFE1}), QBluetoothUuid(quint16{0xFFE1})};
}

BleSerialService BleSerialService::microchipUart() {
    return {QStringLiteral("microchip-uart"),
            QBluetoothUuid(QStringLiteral("49535343-FE7D-4AE5-8FA9-9FAFD205E455")),
            QBluetoothUuid(QStringLiteral("49535343-8841-43F4-A8D4-ECBE34729BB3")),
            QBluetoothUuid(QStringLiteral("49535343-1E4D-4BD9-BA61-23C647249616"))};
}

QList<BleSerialService> BleSerialService::knownServices() {
    return {nordicUart(), hm10(), microchipUart()};
}

std::optional<BleSerialService> chooseSerialService(const QList<BleSerialService>& candidates,
                                                    const QList<QBluetoothUuid>& discovered) {
    for (const BleSerialService& s : candidates) {
        if (discovered.contains(s.service)) {
            return s;
        }
    }
    return std::nullopt;
}

namespace {

bool writable(const GattCharacteristic& c) {
    return c.write || c.writeNoResponse;
}

bool notifying(const GattCharacteristic& c) {
    return c.notify || c.indicate;
}

}  // namespace

std::optional<BleSerialPlan> planSerial(const BleSerialService& service,
                                        const QList<GattCharacteristic>& characteristics,
                                        bool preferWithResponse) {
    const GattCharacteristic* rx = nullptr;
    const GattCharacteristic* tx = nullptr;
    for (const GattCharacteristic& c : characteristics) {
        if (!rx && c.uuid == service.rx && writable(c)) {
            rx = &c;
        }
        if (!tx && c.uuid == service.tx && notifying(c)) {
            tx = &c;
        }
    }
    // A head with its own UUIDs behind a known service: go by what the characteristics can do.
    for (const GattCharacteristic& c : characteristics) {
        if (!rx && writable(c)) {
            rx = &c;
        }
        if (!tx && notifying(c)) {
            tx = &c;
        }
    }
    if (!rx || !tx) {
        return std::nullopt;
    }
    BleSerialPlan plan;
    plan.rx = rx->uuid;
    plan.tx = tx->uuid;
    plan.writeWithResponse = !rx->writeNoResponse || (preferWithResponse && rx->write);
    plan.indicate = !tx->notify;
    return plan;
}

void BleSerialChannel::configure(const BleSerialPlan& plan) {
    m_plan = plan;
    reset();
}

void BleSerialChannel::setAttMtu(int attMtu) {
    m_chunkSize = std::min(std::max(attMtu, kDefaultAttMtu) - 3, kMaxChunk);
}

std::optional<QList<QByteArray>> BleSerialChannel::enqueue(const QByteArray& data) {
    QList<QByteArray> now;
    if (data.isEmpty()) {
        return now;
    }
    if (m_plan.writeWithResponse && m_pendingBytes + data.size() > kMaxPendingBytes) {
        return std::nullopt;
    }
    if (!m_plan.writeWithResponse && data.size() > kMaxPendingBytes) {
        return std::nullopt;  // one write never becomes more than the bound of chunks
    }
    for (qsizetype at = 0; at < data.size(); at += m_chunkSize) {
        QByteArray chunk = data.mid(at, m_chunkSize);
        if (!m_plan.writeWithResponse) {
            now.append(std::move(chunk));
            continue;
        }
        m_pendingBytes += chunk.size();
        m_queue.push_back(std::move(chunk));
    }
    if (m_plan.writeWithResponse && !m_inFlight) {
        if (auto first = confirmWritten(); first) {
            now.append(std::move(*first));
        }
    }
    return now;
}

std::optional<QByteArray> BleSerialChannel::confirmWritten() {
    if (!m_plan.writeWithResponse) {
        return std::nullopt;
    }
    if (m_inFlight) {
        m_pendingBytes -= m_inFlightSize;
        m_inFlight = false;
        m_inFlightSize = 0;
    }
    if (m_queue.empty()) {
        return std::nullopt;
    }
    QByteArray next = std::move(m_queue.front());
    m_queue.pop_front();
    m_inFlight = true;
    m_inFlightSize = next.size();
    return next;
}

QByteArray BleSerialChannel::notified(const QBluetoothUuid& characteristic,
                                      const QByteArray& value) const {
    return characteristic == m_plan.tx && !m_plan.tx.isNull() ? value : QByteArray();
}

void BleSerialChannel::reset() {
    m_queue.clear();
    m_inFlight = false;
    m_inFlightSize = 0;
    m_pendingBytes = 0;
}

}  // namespace omt::link

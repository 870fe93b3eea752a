#pragma once
// The byte stream over a BLE "UART" service, without the radio: which GATT service and which
// two characteristics carry it, how written bytes are cut to the ATT MTU and paced, and which
// notifications are received bytes. BluetoothTransport wires this to QLowEnergyService; tests
// drive it directly.
//
//   BleSerialChannel channel;
//   channel.configure(*planSerial(BleSerialService::nordicUart(), discoveredCharacteristics));
//   channel.setAttMtu(controller->mtu());                  // 23 until negotiated: 20-byte chunks
//   for (const QByteArray& chunk : *channel.enqueue(frame)) service->writeCharacteristic(...);
//   // with-response writes: one chunk in flight; on characteristicWritten:
//   if (auto next = channel.confirmWritten()) service->writeCharacteristic(..., *next, ...);
//   // on characteristicChanged(c, value):
//   const QByteArray received = channel.notified(c.uuid(), value);   // empty if not our TX
//
// Directions are named from the head's side, as the UART services do: RX is the characteristic
// the head receives on (we write it), TX the one it transmits on (it notifies us).

#include <QBluetoothUuid>
#include <QByteArray>
#include <QList>
#include <QString>
#include <deque>
#include <optional>

namespace omt::link {

/// A UART-style GATT service: its UUID and its two characteristics (the same one for heads
/// that use a single characteristic both ways, like the HM-10's FFE1).
struct BleSerialService {
    QString name;  ///< short id for traces: "nordic-uart", "hm10-ffe0", "microchip-uart"
    QBluetoothUuid service;
    QBluetoothUuid rx;  ///< the head receives here: we write (with or without response)
    QBluetoothUuid tx;  ///< the head transmits here: notifications or indications to us

    /// Nordic UART Service: 6E400001-B5A3-F393-E0A9-E50E24DCCA9E, RX 6E400002, TX 6E400003.
    static BleSerialService nordicUart();
    /// TI CC254x "HM-10" modules: service 0xFFE0, one characteristic 0xFFE1 both ways.
    static BleSerialService hm10();
    /// Microchip (ISSC) Transparent UART: 49535343-FE7D-..., RX 49535343-8841-...,
    /// TX 49535343-1E4D-....
    static BleSerialService microchipUart();
    /// The three above, in that order.
    static QList<BleSerialService> knownServices();

    friend bool operator==(const BleSerialService&, const BleSerialService&) = default;
};

/// What service discovery reported about one characteristic.
struct GattCharacteristic {
    QBluetoothUuid uuid;
    bool write = false;            ///< write with response
    bool writeNoResponse = false;  ///< write without response
    bool notify = false;
    bool indicate = false;
};

/// How the channel uses a discovered service.
struct BleSerialPlan {
    QBluetoothUuid rx;
    QBluetoothUuid tx;
    bool writeWithResponse = false;  ///< one chunk in flight, each confirmed by the head
    bool indicate = false;           ///< subscribe to indications (no notify on TX)

    friend bool operator==(const BleSerialPlan&, const BleSerialPlan&) = default;
};

/// The first of `candidates` whose service UUID is among `discovered`, or nothing.
/// Put configured services before BleSerialService::knownServices() to prefer them.
std::optional<BleSerialService> chooseSerialService(const QList<BleSerialService>& candidates,
                                                    const QList<QBluetoothUuid>& discovered);

/// Picks RX and TX among the service's characteristics: the service's own UUIDs when present
/// with the needed properties, otherwise the first writable characteristic as RX and the first
/// notifying (or indicating) one as TX. Writes go without response when RX allows it (faster:
/// no round trip per chunk), unless `preferWithResponse` and RX allows that too. Nothing when no
/// characteristic can be written or none notifies.
std::optional<BleSerialPlan> planSerial(const BleSerialService& service,
                                        const QList<GattCharacteristic>& characteristics,
                                        bool preferWithResponse = false);

class BleSerialChannel {
public:
    /// ATT MTU before any exchange (Bluetooth Core, ATT_MTU default for LE): 20-byte payloads.
    static constexpr int kDefaultAttMtu = 23;
    /// The largest attribute value: a chunk never exceeds it, whatever MTU is negotiated.
    static constexpr int kMaxChunk = 512;
    /// Bytes that may wait for the radio; a write beyond it is refused (never unbounded).
    static constexpr qsizetype kMaxPendingBytes = 64 * 1024;

    /// Starts using `plan`; drops anything pending.
    void configure(const BleSerialPlan& plan);
    const BleSerialPlan& plan() const { return m_plan; }

    /// Takes the negotiated ATT MTU (values below 23 count as 23). Chunks already queued keep
    /// their size.
    void setAttMtu(int attMtu);
    /// Payload bytes per write: ATT MTU - 3, at most kMaxChunk. 20 by default.
    int chunkSize() const { return m_chunkSize; }

    /// Cuts `data` into chunks and queues them. Returns the chunks to write now, in order:
    /// every chunk without response; with response the first one when nothing is in flight
    /// (else none: confirmWritten() releases them one by one). Nothing (and queues nothing)
    /// when the pending bytes would exceed kMaxPendingBytes.
    ///   enqueue(QByteArray(45, 'x')) at MTU 23 without response: chunks of 20, 20 and 5.
    std::optional<QList<QByteArray>> enqueue(const QByteArray& data);

    /// The head confirmed the chunk in flight (with-response writes). Returns the next chunk to
    /// write, now in flight, or nothing. Ignored without response or when nothing is in flight.
    std::optional<QByteArray> confirmWritten();

    /// The received bytes a notification (or indication) carries: `value` when `characteristic`
    /// is the plan's TX, else empty.
    QByteArray notified(const QBluetoothUuid& characteristic, const QByteArray& value) const;

    /// Bytes queued or in flight, not yet confirmed (always 0 without response).
    qsizetype pendingBytes() const { return m_pendingBytes; }
    bool writeInFlight() const { return m_inFlight; }

    /// Drops everything pending (on close or a lost connection); keeps the plan and MTU.
    void reset();

private:
    BleSerialPlan m_plan;
    int m_chunkSize = kDefaultAttMtu - 3;
    std::deque<QByteArray> m_queue;  ///< with response: chunks after the one in flight
    qsizetype m_inFlightSize = 0;
    qsizetype m_pendingBytes = 0;
    bool m_inFlight = false;
};

}  // namespace omt::link

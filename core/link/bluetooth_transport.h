#pragma once
// A Bluetooth optical head as a Transport: classic RFCOMM (serial port profile) through
// QBluetoothSocket, or a BLE "UART" GATT service through QLowEnergyController (the byte logic
// is BleSerialChannel's: writes cut to the ATT MTU, notifications of the TX characteristic
// become bytesReceived()).
//
//   BluetoothTransport head("00:1A:7D:DA:71:13", BluetoothProfile::Auto);
//   head.setBleServices({{"my-head", serviceUuid, rxUuid, txUuid}});   // optional, tried first
//   connect(&head, &Transport::opened, this, [&] { head.write(QByteArrayLiteral("/?!\r\n")); });
//   head.open();                  // asynchronous: opened() or errorOccurred() follows
//
// Auto tries RFCOMM first and BLE when RFCOMM fails for any reason but the adapter, pairing or
// permissions (so it may take up to twice the connect timeout); the error then names both tries.
//
// Line settings: a Bluetooth head runs its optical side on its own. Heads that follow the
// IEC 62056-21 baud switch do it themselves (they watch the sign-on), the others stay at their
// configured rate. setLineSettings() therefore accepts valid settings as a no-op, returns true,
// records them (lineSettings()) and logs them in category omt.link.bluetooth; it returns false
// only for invalid settings.
//
// Errors (TransportError kinds, see bluetooth_errors.h for the exact mapping):
//   open() returns false at once with NotFound (not a Bluetooth address), NoAdapter (no adapter
//   or no Bluetooth stack running) or AdapterOff (powered off). Later, while opening: NotFound
//   (no device answers at that address), ServiceNotFound (no SPP / no BLE UART service, or the
//   service lacks a writable or notifying characteristic), PairingRequired (pairing needed or
//   refused), PermissionDenied, Timeout (not open within the connect timeout), OpenFailed.
//   While open: PortLost ("Bluetooth connection lost", closed() follows), WriteFailed.
// Errors are reported from the event loop, never from inside QtBluetooth, so slots may close()
// or reopen the transport.

#include <QBluetoothAddress>
#include <QLowEnergyCharacteristic>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <optional>

#include "link/bluetooth_ble_channel.h"
#include "link/bluetooth_head_info.h"
#include "link/transport.h"

class QBluetoothSocket;
class QLowEnergyController;
class QLowEnergyService;

namespace omt::link {

class BluetoothTransport : public Transport {
    Q_OBJECT

public:
    /// Time allowed per attempt (RFCOMM, BLE) between open() and a usable link. Service
    /// discovery on a first connection can take several seconds.
    static constexpr std::chrono::milliseconds kDefaultConnectTimeout{20'000};

    /// `address` is "AA:BB:CC:DD:EE:FF" (HeadInfo::address); checked by open().
    explicit BluetoothTransport(QString address, BluetoothProfile profile = BluetoothProfile::Auto,
                                QObject* parent = nullptr);
    ~BluetoothTransport() override;

    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    /// RFCOMM: connect to this channel instead of looking up the serial port service (for heads
    /// that do not advertise SPP). Nothing (the default) looks it up.
    void setRfcommChannel(std::optional<quint16> channel) { m_rfcommChannel = channel; }
    /// BLE: UART-style services to look for before BleSerialService::knownServices().
    void setBleServices(QList<BleSerialService> services) { m_bleServices = std::move(services); }
    /// BLE: write with response (each chunk confirmed, slower) even when the head's RX
    /// characteristic allows writes without response. Off by default.
    void setBlePreferWriteWithResponse(bool prefer) { m_preferWithResponse = prefer; }

    /// Checks the address and the adapter, then starts connecting and returns true; opened()
    /// or errorOccurred() follows. Returns false (error emitted) when the check fails. Returns
    /// true at once when already open or opening.
    bool open() override;
    /// Drops the connection (or the attempt); emits closed() if it was open.
    void close() override;
    bool isOpen() const override;
    /// "bluetooth:ADDRESS (PROFILE)": the profile asked for, or the one in use once open.
    QString description() const override;
    /// Accepted as a no-op (see above): true for valid settings, recorded and logged.
    bool setLineSettings(const LineSettings& settings) override;
    /// The settings last given (300 baud 7E1 by default); the head is not told.
    LineSettings lineSettings() const { return m_settings; }

    QString address() const { return m_address; }
    BluetoothProfile profile() const { return m_profile; }
    /// Rfcomm or Ble once open; the profile asked for otherwise.
    BluetoothProfile activeProfile() const;
    /// BLE: the service in use ("nordic-uart" ...) and the bytes per write; empty / 0 otherwise.
    QString bleServiceName() const;
    int bleChunkSize() const;

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    enum class State { Closed, Opening, Open };

    void startAttempt(BluetoothProfile attempt);
    void startRfcomm();
    void startBle();
    void onBleDiscoveryFinished();
    void onBleServiceState(int state);
    void onBleDescriptorWritten(const QLowEnergyDescriptor& descriptor);
    void becomeOpen();
    /// Reports from the event loop unless the attempt it belongs to has ended meanwhile.
    void failLater(const TransportError& error);
    void fail(const TransportError& error);
    void teardown();
    bool writeNextBleChunks(const QList<QByteArray>& chunks);

    QString m_address;
    BluetoothProfile m_profile;
    BluetoothProfile m_attempt = BluetoothProfile::Auto;
    State m_state = State::Closed;
    quint64 m_generation = 0;  ///< bumped on every attempt and teardown: stale reports drop
    std::optional<TransportError> m_rfcommFailure;  ///< Auto: why RFCOMM did not work
    std::chrono::milliseconds m_connectTimeout = kDefaultConnectTimeout;
    std::optional<quint16> m_rfcommChannel;
    QList<BleSerialService> m_bleServices;
    bool m_preferWithResponse = false;
    LineSettings m_settings;
    QTimer m_connectTimer;

    QPointer<QBluetoothSocket> m_socket;
    QPointer<QLowEnergyController> m_controller;
    QPointer<QLowEnergyService> m_service;
    std::optional<BleSerialService> m_bleService;
    QLowEnergyCharacteristic m_rx;
    BleSerialChannel m_channel;
};

}  // namespace omt::link

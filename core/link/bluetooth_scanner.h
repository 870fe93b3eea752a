#pragma once
// Finds nearby Bluetooth optical heads: classic and LE devices, with name, address, RSSI and the
// profile to reach them by (HeadInfo). For `omt scan-bt` and the GUI's connection page.
//
//   BluetoothScanner scanner;
//   connect(&scanner, &BluetoothScanner::discovered, this, [](const HeadInfo& h) { ... });
//   connect(&scanner, &BluetoothScanner::finished, this, [](const QList<HeadInfo>& all) { ... });
//   connect(&scanner, &BluetoothScanner::failed, this, [](const TransportError& e) { ... });
//   scanner.start(std::chrono::seconds(8));
//
// Exactly one of finished() and failed() follows every start(), from the event loop. failed()
// carries NoAdapter or AdapterOff when the machine cannot scan at all (checked before scanning),
// PermissionDenied, Unsupported or another kind when the scan breaks off (bluetooth_errors.h).

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

#include "link/bluetooth_head_info.h"
#include "link/transport_error.h"

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothDeviceInfo;

namespace omt::link {

class BluetoothScanner : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    explicit BluetoothScanner(QObject* parent = nullptr);
    ~BluetoothScanner() override;

    /// Service UUIDs that mark a head's BLE UART besides the known ones (HeadInfo::bleUart).
    void setExtraUartServices(QList<QBluetoothUuid> services) { m_extra = std::move(services); }

    /// Scans for `timeout`: classic and LE devices for Auto, classic only for Rfcomm, LE only
    /// for Ble. Returns true when scanning started; false when the adapter check failed, the
    /// stack refused to start, or a scan is already running (failed() follows, from the event
    /// loop, for all but the last). A scan in progress is not restarted.
    bool start(std::chrono::milliseconds timeout = kDefaultTimeout,
               BluetoothProfile which = BluetoothProfile::Auto);
    /// Ends the scan early: finished() with what was found so far. Nothing when not scanning.
    void stop();
    bool isActive() const { return m_active; }
    /// What this scan (or the last one) found, in order of discovery.
    QList<HeadInfo> heads() const { return m_heads; }

signals:
    /// A device seen for the first time in this scan (later updates refresh heads() only).
    void discovered(const omt::link::HeadInfo& head);
    void finished(const QList<omt::link::HeadInfo>& heads);
    void failed(const omt::link::TransportError& error);

private:
    void onDevice(const QBluetoothDeviceInfo& device);
    void finish();
    void failLater(const TransportError& error);
    void dropAgent();

    QList<QBluetoothUuid> m_extra;
    QList<HeadInfo> m_heads;
    QPointer<QBluetoothDeviceDiscoveryAgent> m_agent;
    QTimer m_timer;
    bool m_active = false;
};

}  // namespace omt::link

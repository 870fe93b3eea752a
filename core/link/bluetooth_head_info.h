#pragma once
// What a Bluetooth optical head offers, as seen from the tool: the profile to reach it by, what a
// scan learned about it, and whether this machine has a usable adapter at all.
//
//   if (const auto problem = checkBluetoothAdapter()) {
//       report(*problem);                              // NoAdapter or AdapterOff
//   }
//   const HeadInfo head = headInfoFrom(deviceInfo);    // from a QBluetoothDeviceDiscoveryAgent
//   BluetoothTransport t(head.address, head.suggestedProfile());
//
// Profiles: RFCOMM is the classic serial port profile (SPP); BLE is a "UART over GATT" service
// (bluetooth_ble_channel.h). Auto tries RFCOMM first, then BLE.

#include <QBluetoothDeviceInfo>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

#include "link/transport_error.h"

namespace omt::link {

enum class BluetoothProfile {
    Auto,    ///< RFCOMM first; BLE when the head offers no serial port profile
    Rfcomm,  ///< classic Bluetooth, serial port profile (SPP UUID 0x1101)
    Ble,     ///< Bluetooth Low Energy, a UART-style GATT service
};

/// Stable lower-case name: "auto", "rfcomm", "ble". Never null.
const char* nameOf(BluetoothProfile profile);

/// The profile named `name` (as nameOf() spells it, case-insensitive; also "spp" for RFCOMM and
/// "le" for BLE), or nothing. For command lines: profileFromName(u"ble") == BluetoothProfile::Ble.
std::optional<BluetoothProfile> profileFromName(QStringView name);

/// True when `address` is a Bluetooth device address "AA:BB:CC:DD:EE:FF" (hex digits in either
/// case) other than 00:00:00:00:00:00. Example: isBluetoothAddress(u"00:1A:7D:DA:71:13") is true.
bool isBluetoothAddress(QStringView address);

/// One device found by a scan.
struct HeadInfo {
    QString address;          ///< "00:1A:7D:DA:71:13": what to pass to BluetoothTransport
    QString name;             ///< advertised name, may be empty
    std::optional<int> rssi;  ///< dBm when the scan measured it (classic results may lack it)
    bool classic = false;     ///< reachable over classic Bluetooth (BR/EDR)
    bool lowEnergy = false;   ///< reachable over Bluetooth Low Energy
    bool serialPort = false;  ///< advertises the serial port profile (SPP)
    bool bleUart = false;     ///< advertises a known (or configured) BLE UART service
    QString bleUartName;      ///< which one, e.g. "nordic-uart", when bleUart

    /// The profile to open it with: Rfcomm when it is classic and advertises SPP (or is
    /// classic only), Ble when it is LE only or advertises a BLE UART service and no SPP,
    /// Auto when the scan could not tell.
    BluetoothProfile suggestedProfile() const;
    /// "rfcomm", "ble", "rfcomm+ble" or "unknown": what the scan saw, for listings.
    QString profiles() const;

    friend bool operator==(const HeadInfo&, const HeadInfo&) = default;
};

/// Maps what a discovery agent reports onto a HeadInfo: core configurations to classic/LE,
/// the advertised service UUIDs to SPP and the BLE UART services of bluetooth_ble_channel.h
/// (plus `extraUartServices`, service UUIDs configured by the user).
HeadInfo headInfoFrom(const QBluetoothDeviceInfo& device,
                      const QList<QBluetoothUuid>& extraUartServices = {});

/// Nothing when the machine has a powered Bluetooth adapter; otherwise the error to report:
/// NoAdapter (none found, or no Bluetooth stack: BlueZ's bluetoothd not running) or AdapterOff
/// (every adapter is powered off). Never blocks for long: it asks the local stack only.
std::optional<TransportError> checkBluetoothAdapter();

}  // namespace omt::link

Q_DECLARE_METATYPE(omt::link::HeadInfo)

#include "link/bluetooth_head_info.h"

#include <QBluetoothLocalDevice>
#include <QRegularExpression>

#include "link/bluetooth_ble_channel.h"

namespace omt::link {

const char* nameOf(BluetoothProfile profile) {
    switch (profile) {
        case BluetoothProfile::Auto:
            return "auto";
        case BluetoothProfile::Rfcomm:
            return "rfcomm";
        case BluetoothProfile::Ble:
            return "ble";
    }
    return "unknown";
}

std::optional<BluetoothProfile> profileFromName(QStringView name) {
    const QString n = name.trimmed().toString().toLower();
    if (n == u"auto") {
        return BluetoothProfile::Auto;
    }
    if (n == u"rfcomm" || n == u"spp") {
        return BluetoothProfile::Rfcomm;
    }
    if (n == u"ble" || n == u"le") {
        return BluetoothProfile::Ble;
    }
    return std::nullopt;
}

bool isBluetoothAddress(QStringView address) {
    static const QRegularExpression kPattern(
        QStringLiteral("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"));
    return kPattern.match(address.toString()).hasMatch() && address != u"00:00:00:00:00:00";
}

BluetoothProfile HeadInfo::suggestedProfile() const {
    if (classic && (serialPort || !lowEnergy)) {
        return BluetoothProfile::Rfcomm;
    }
    if (lowEnergy && (bleUart || !classic)) {
        return BluetoothProfile::Ble;
    }
    return BluetoothProfile::Auto;
}

QString HeadInfo::profiles() const {
    if (classic && lowEnergy) {
        return QStringLiteral("rfcomm+ble");
    }
    if (classic) {
        return QStringLiteral("rfcomm");
    }
    if (lowEnergy) {
        return QStringLiteral("ble");
    }
    return QStringLiteral("unknown");
}

HeadInfo headInfoFrom(const QBluetoothDeviceInfo& device,
                      const QList<QBluetoothUuid>& extraUartServices) {
    HeadInfo info;
    info.address = device.address().toString();
    info.name = device.name();
    if (device.rssi() != 0) {
        info.rssi = device.rssi();  // Qt reports 0 when nothing was measured
    }
    const auto config = device.coreConfigurations();
    info.classic = config.testFlag(QBluetoothDeviceInfo::BaseRateCoreConfiguration);
    info.lowEnergy = config.testFlag(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    const QList<QBluetoothUuid> uuids = device.serviceUuids();
    info.serialPort = uuids.contains(QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::SerialPort));
    for (const QBluetoothUuid& extra : extraUartServices) {
        if (uuids.contains(extra)) {
            info.bleUart = true;
            info.bleUartName = QStringLiteral("configured");
            break;
        }
    }
    if (!info.bleUart) {
        if (const auto known = chooseSerialService(BleSerialService::knownServices(), uuids)) {
            info.bleUart = true;
            info.bleUartName = known->name;
        }
    }
    return info;
}

std::optional<TransportError> checkBluetoothAdapter() {
    using Kind = TransportError::Kind;
    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty()) {
        return TransportError{Kind::NoAdapter,
                              QStringLiteral("no Bluetooth adapter found (none present, or the "
                                             "Bluetooth service, BlueZ bluetoothd, not running)")};
    }
    for (const QBluetoothHostInfo& adapter : adapters) {
        const QBluetoothLocalDevice local(adapter.address());
        if (local.isValid() && local.hostMode() != QBluetoothLocalDevice::HostPoweredOff) {
            return std::nullopt;
        }
    }
    return TransportError{Kind::AdapterOff, QStringLiteral("Bluetooth adapter %1 is powered off")
                                                .arg(adapters.front().address().toString())};
}

}  // namespace omt::link

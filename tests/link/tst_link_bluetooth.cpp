// The Bluetooth optical head: the BLE UART byte logic (service and characteristic choice, writes
// cut to the ATT MTU and paced, notifications as received bytes), what a scan result says, how
// QtBluetooth's errors become transport errors, and the paths that run without a radio (bad
// address, no adapter: open() and the scanner report them). The build machines have no adapter.
//
// With a real head (and a powered adapter), also:
//   OMT_TEST_BT_ADDRESS=00:1A:7D:DA:71:13 [OMT_TEST_BT_PROFILE=auto|rfcomm|ble]
//       opens the head, which must sit on a meter's optical port: sends the IEC 62056-21 sign-on
//       "/?!" and expects the meter's identification "/XXXn...".
//   OMT_TEST_BT_SCAN=1   scans for 8 s and expects it to finish (and to list
//       OMT_TEST_BT_ADDRESS when that is set).
#include <QBluetoothDeviceInfo>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include "link/bluetooth_ble_channel.h"
#include "link/bluetooth_errors.h"
#include "link/bluetooth_head_info.h"
#include "link/bluetooth_scanner.h"
#include "link/bluetooth_transport.h"

using namespace omt::link;
using namespace std::chrono_literals;
using Kind = TransportError::Kind;

namespace {

constexpr int kWaitMs = 5000;

const QBluetoothUuid kNordicService(QStringLiteral("6E400001-B5A3-F393-E0A9-E50E24DCCA9E"));
const QBluetoothUuid kNordicRx(QStringLiteral("6E400002-B5A3-F393-E0A9-E50E24DCCA9E"));
const QBluetoothUuid kNordicTx(QStringLiteral("6E400003-B5A3-F393-E0A9-E50E24DCCA9E"));
const QBluetoothUuid kCustomService(QStringLiteral("0000AB00-1234-5678-9ABC-DEF012345678"));
const QBluetoothUuid kSpp(QBluetoothUuid::ServiceClassUuid::SerialPort);

TransportError errorAt(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).at(0).value<TransportError>();
}

BleSerialChannel channelWith(bool withResponse) {
    BleSerialChannel c;
    c.configure({kNordicRx, kNordicTx, withResponse, false});
    return c;
}

QByteArray joined(const QList<QByteArray>& chunks) {
    QByteArray all;
    for (const QByteArray& c : chunks) {
        all += c;
    }
    return all;
}

/// True when this machine cannot do Bluetooth: the no-adapter paths run for real then.
bool noAdapterHere() {
    const auto problem = checkBluetoothAdapter();
    return problem && problem->kind == Kind::NoAdapter;
}

}  // namespace

class TstLinkBluetooth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // Names and addresses
    void profileNamesRoundTrip();
    void addressesAreChecked();

    // BLE UART service and characteristics
    void knownServicesCarryTheirUuids();
    void configuredServicesComeFirst();
    void planUsesTheServiceUuids();
    void planFallsBackOnProperties();
    void planUsesOneCharacteristicBothWays();
    void planNeedsAWritableAndANotifyingCharacteristic();

    // BLE byte stream
    void writesAreCutToTheMtu();
    void withResponseKeepsOneChunkInFlight();
    void pendingBytesAreBounded();
    void onlyTxNotificationsAreReceived();
    void resetDropsWhatIsPending();

    // Scan results
    void headInfoFromAClassicHead();
    void headInfoFromABleHead();
    void headInfoFromADualModeDevice();
    void headInfoKnowsConfiguredUartServices();

    // Errors
    void rfcommErrorsBecomeTransportErrors();
    void bleErrorsBecomeTransportErrors();
    void discoveryErrorsBecomeTransportErrors();

    // The transport and the scanner without a radio
    void badAddressFailsAtOnce();
    void noAdapterFailsAtOnce();
    void scannerReportsNoAdapter();
    void lineSettingsAreRecordedNoOp();

    // Real hardware (environment variables, see the top of this file)
    void realHeadAnswersTheSignOn();
    void realScanFinishes();
};

void TstLinkBluetooth::initTestCase() {
    qRegisterMetaType<TransportError>();
    qRegisterMetaType<HeadInfo>();
    qRegisterMetaType<QList<HeadInfo>>();
}

void TstLinkBluetooth::profileNamesRoundTrip() {
    for (BluetoothProfile p :
         {BluetoothProfile::Auto, BluetoothProfile::Rfcomm, BluetoothProfile::Ble}) {
        QCOMPARE(profileFromName(QString::fromLatin1(nameOf(p))), p);
    }
    QCOMPARE(nameOf(BluetoothProfile::Rfcomm), "rfcomm");
    QCOMPARE(profileFromName(u"SPP"), BluetoothProfile::Rfcomm);
    QCOMPARE(profileFromName(u" le "), BluetoothProfile::Ble);
    QCOMPARE(profileFromName(u"BLE"), BluetoothProfile::Ble);
    QVERIFY(!profileFromName(u"usb"));
    QVERIFY(!profileFromName(u""));
}

void TstLinkBluetooth::addressesAreChecked() {
    QVERIFY(isBluetoothAddress(u"00:1A:7D:DA:71:13"));
    QVERIFY(isBluetoothAddress(u"00:1a:7d:da:71:13"));
    QVERIFY(!isBluetoothAddress(u"00:1A:7D:DA:71"));        // five bytes
    QVERIFY(!isBluetoothAddress(u"00-1A-7D-DA-71-13"));     // wrong separator
    QVERIFY(!isBluetoothAddress(u"00:1A:7D:DA:71:1G"));     // not hex
    QVERIFY(!isBluetoothAddress(u"00:1A:7D:DA:71:13:00"));  // seven bytes
    QVERIFY(!isBluetoothAddress(u"00:00:00:00:00:00"));     // "no address"
    QVERIFY(!isBluetoothAddress(u"/dev/ttyUSB0"));
}

void TstLinkBluetooth::knownServicesCarryTheirUuids() {
    const BleSerialService nus = BleSerialService::nordicUart();
    QCOMPARE(nus.service, kNordicService);
    QCOMPARE(nus.rx, kNordicRx);  // we write here
    QCOMPARE(nus.tx, kNordicTx);  // the head notifies here
    const BleSerialService hm10 = BleSerialService::hm10();
    QCOMPARE(hm10.service, QBluetoothUuid(QStringLiteral("0000FFE0-0000-1000-8000-00805F9B34FB")));
    QCOMPARE(hm10.rx, QBluetoothUuid(QStringLiteral("0000FFE1-0000-1000-8000-00805F9B34FB")));
    QCOMPARE(hm10.tx, hm10.rx);
    const BleSerialService mchp = BleSerialService::microchipUart();
    QCOMPARE(mchp.service, QBluetoothUuid(QStringLiteral("49535343-FE7D-4AE5-8FA9-9FAFD205E455")));
    const QList<BleSerialService> known = BleSerialService::knownServices();
    QCOMPARE(known.size(), 3);
    QCOMPARE(known.front(), nus);
    QStringList names;
    for (const BleSerialService& s : known) {
        names << s.name;
    }
    QCOMPARE(names, (QStringList{"nordic-uart", "hm10-ffe0", "microchip-uart"}));
}

void TstLinkBluetooth::configuredServicesComeFirst() {
    const BleSerialService custom{QStringLiteral("my-head"), kCustomService,
                                  QBluetoothUuid(quint16{0xAB01}), QBluetoothUuid(quint16{0xAB02})};
    // A head offering Generic Access, the Nordic UART and its own service.
    const QList<QBluetoothUuid> offered{QBluetoothUuid(quint16{0x1800}), kNordicService,
                                        kCustomService};
    QCOMPARE(chooseSerialService(BleSerialService::knownServices(), offered)->name,
             QStringLiteral("nordic-uart"));
    QCOMPARE(chooseSerialService(QList{custom} + BleSerialService::knownServices(), offered),
             custom);
    QVERIFY(!chooseSerialService(BleSerialService::knownServices(),
                                 {QBluetoothUuid(quint16{0x1800}), kCustomService}));
    QVERIFY(!chooseSerialService(BleSerialService::knownServices(), {}));
}

void TstLinkBluetooth::planUsesTheServiceUuids() {
    // Nordic UART as nRF devices declare it: RX write + write-without-response, TX notify.
    const QList<GattCharacteristic> chars{{kNordicTx, false, false, true, false},
                                          {kNordicRx, true, true, false, false}};
    const auto plan = planSerial(BleSerialService::nordicUart(), chars);
    QVERIFY(plan);
    QCOMPARE(plan->rx, kNordicRx);
    QCOMPARE(plan->tx, kNordicTx);
    QVERIFY(!plan->writeWithResponse);  // faster: no round trip per chunk
    QVERIFY(!plan->indicate);
    QVERIFY(planSerial(BleSerialService::nordicUart(), chars, true)->writeWithResponse);
    // An RX that only takes writes with response gets them, preference or not.
    const QList<GattCharacteristic> strict{{kNordicRx, true, false, false, false},
                                           {kNordicTx, false, false, true, false}};
    QVERIFY(planSerial(BleSerialService::nordicUart(), strict)->writeWithResponse);
}

void TstLinkBluetooth::planFallsBackOnProperties() {
    // A head behind a known service with characteristic UUIDs of its own: a read-only one
    // (firmware version), one that notifies, one that takes writes.
    const QBluetoothUuid version(quint16{0x2A26});
    const QBluetoothUuid out(QStringLiteral("6E4000F3-B5A3-F393-E0A9-E50E24DCCA9E"));
    const QBluetoothUuid in(QStringLiteral("6E4000F2-B5A3-F393-E0A9-E50E24DCCA9E"));
    const auto plan =
        planSerial(BleSerialService::nordicUart(), {{version, false, false, false, false},
                                                    {out, false, false, true, false},
                                                    {in, false, true, false, false}});
    QVERIFY(plan);
    QCOMPARE(plan->rx, in);
    QCOMPARE(plan->tx, out);
    // The service's own TX UUID wins over an earlier notifying characteristic.
    const auto exact =
        planSerial(BleSerialService::nordicUart(), {{out, false, false, true, false},
                                                    {kNordicTx, false, false, true, false},
                                                    {kNordicRx, false, true, false, false}});
    QCOMPARE(exact->tx, kNordicTx);
}

void TstLinkBluetooth::planUsesOneCharacteristicBothWays() {
    // HM-10: FFE1 is read, write-without-response and notify.
    const BleSerialService hm10 = BleSerialService::hm10();
    const auto plan = planSerial(hm10, {{hm10.rx, false, true, true, false}});
    QVERIFY(plan);
    QCOMPARE(plan->rx, hm10.rx);
    QCOMPARE(plan->tx, hm10.rx);
    QVERIFY(!plan->writeWithResponse);
}

void TstLinkBluetooth::planNeedsAWritableAndANotifyingCharacteristic() {
    const BleSerialService nus = BleSerialService::nordicUart();
    QVERIFY(!planSerial(nus, {}));
    QVERIFY(!planSerial(nus, {{kNordicRx, true, true, false, false}}));  // nothing notifies
    QVERIFY(!planSerial(nus, {{kNordicTx, false, false, true, true}}));  // nothing writable
    // A TX that only indicates is subscribed to with indications.
    const auto plan = planSerial(
        nus, {{kNordicRx, true, false, false, false}, {kNordicTx, false, false, false, true}});
    QVERIFY(plan);
    QVERIFY(plan->indicate);
}

void TstLinkBluetooth::writesAreCutToTheMtu() {
    BleSerialChannel c = channelWith(false);
    QCOMPARE(c.chunkSize(), 20);  // default ATT MTU 23 minus the 3-byte write header
    QByteArray frame;
    for (int i = 0; i < 45; ++i) {
        frame.append(static_cast<char>(i));
    }
    const auto chunks = c.enqueue(frame);
    QVERIFY(chunks);
    QCOMPARE(chunks->size(), 3);
    QCOMPARE(chunks->at(0), frame.left(20));
    QCOMPARE(chunks->at(1), frame.mid(20, 20));
    QCOMPARE(chunks->at(2), frame.mid(40));  // 5 bytes
    QCOMPARE(c.pendingBytes(), 0);           // without response nothing waits for a confirm
    QVERIFY(c.enqueue(QByteArray())->isEmpty());

    c.setAttMtu(247);  // a typical negotiated MTU (LE data length extension)
    QCOMPARE(c.chunkSize(), 244);
    const QByteArray big(600, 'x');
    const auto bigChunks = c.enqueue(big);
    QCOMPARE(bigChunks->size(), 3);  // 244 + 244 + 112
    QCOMPARE(bigChunks->at(2).size(), 112);
    QCOMPARE(joined(*bigChunks), big);

    c.setAttMtu(1000);  // no attribute value exceeds 512 bytes
    QCOMPARE(c.chunkSize(), 512);
    c.setAttMtu(5);  // below the minimum: the minimum
    QCOMPARE(c.chunkSize(), 20);
}

void TstLinkBluetooth::withResponseKeepsOneChunkInFlight() {
    BleSerialChannel c = channelWith(true);
    const QByteArray first(50, 'a');
    const QByteArray second(10, 'b');

    auto now = c.enqueue(first);
    QCOMPARE(now->size(), 1);  // one chunk goes, the rest waits for its confirmation
    QCOMPARE(now->at(0), first.left(20));
    QVERIFY(c.writeInFlight());
    QCOMPARE(c.pendingBytes(), 50);

    now = c.enqueue(second);
    QVERIFY(now->isEmpty());  // still waiting for the head
    QCOMPARE(c.pendingBytes(), 60);

    QCOMPARE(c.confirmWritten(), std::optional(first.mid(20, 20)));
    QCOMPARE(c.pendingBytes(), 40);
    QCOMPARE(c.confirmWritten(), std::optional(first.mid(40)));
    QCOMPARE(c.confirmWritten(), std::optional(second));  // the writes keep their order
    QCOMPARE(c.pendingBytes(), 10);
    QVERIFY(!c.confirmWritten());
    QCOMPARE(c.pendingBytes(), 0);
    QVERIFY(!c.writeInFlight());
    QVERIFY(!c.confirmWritten());  // a stray confirmation changes nothing

    // Once idle, the next write goes out at once again.
    now = c.enqueue(second);
    QCOMPARE(now->size(), 1);

    // Without response, confirmations are meaningless.
    BleSerialChannel quick = channelWith(false);
    QVERIFY(quick.enqueue(first));
    QVERIFY(!quick.confirmWritten());
}

void TstLinkBluetooth::pendingBytesAreBounded() {
    BleSerialChannel c = channelWith(true);
    QVERIFY(c.enqueue(QByteArray(BleSerialChannel::kMaxPendingBytes - 1, 'x')));
    QVERIFY(!c.enqueue(QByteArray(2, 'y')));  // would exceed the bound: refused whole
    QCOMPARE(c.pendingBytes(), BleSerialChannel::kMaxPendingBytes - 1);
    QVERIFY(c.enqueue(QByteArray(1, 'z')));  // exactly the bound still fits
    QCOMPARE(c.pendingBytes(), BleSerialChannel::kMaxPendingBytes);

    BleSerialChannel quick = channelWith(false);
    QVERIFY(!quick.enqueue(QByteArray(BleSerialChannel::kMaxPendingBytes + 1, 'x')));
    QVERIFY(quick.enqueue(QByteArray(BleSerialChannel::kMaxPendingBytes, 'x')));
}

void TstLinkBluetooth::onlyTxNotificationsAreReceived() {
    BleSerialChannel c = channelWith(false);
    // The meter's identification, as a head notifies it.
    const QByteArray id("/KAM5OMNIPOWER\r\n");
    QCOMPARE(c.notified(kNordicTx, id), id);
    QVERIFY(c.notified(kNordicRx, id).isEmpty());  // our own RX: not received bytes
    QVERIFY(c.notified(QBluetoothUuid(quint16{0x2A19}), QByteArray("\x64")).isEmpty());
    // Before a plan exists, nothing is received.
    BleSerialChannel none;
    QVERIFY(none.notified(kNordicTx, id).isEmpty());
    QVERIFY(none.notified(QBluetoothUuid(), id).isEmpty());
}

void TstLinkBluetooth::resetDropsWhatIsPending() {
    BleSerialChannel c = channelWith(true);
    c.setAttMtu(100);
    QVERIFY(c.enqueue(QByteArray(300, 'x')));
    QVERIFY(c.writeInFlight());
    c.reset();
    QCOMPARE(c.pendingBytes(), 0);
    QVERIFY(!c.writeInFlight());
    QVERIFY(!c.confirmWritten());
    QCOMPARE(c.chunkSize(), 97);  // the MTU and the plan stay
    QCOMPARE(c.plan().tx, kNordicTx);
}

void TstLinkBluetooth::headInfoFromAClassicHead() {
    QBluetoothDeviceInfo device(QBluetoothAddress(QStringLiteral("00:1A:7D:DA:71:13")),
                                QStringLiteral("IR-Head BT"), 0x001F00);
    device.setCoreConfigurations(QBluetoothDeviceInfo::BaseRateCoreConfiguration);
    device.setServiceUuids({kSpp});
    device.setRssi(-61);
    const HeadInfo h = headInfoFrom(device);
    QCOMPARE(h.address, QStringLiteral("00:1A:7D:DA:71:13"));
    QCOMPARE(h.name, QStringLiteral("IR-Head BT"));
    QCOMPARE(h.rssi, std::optional(-61));
    QVERIFY(h.classic);
    QVERIFY(!h.lowEnergy);
    QVERIFY(h.serialPort);
    QVERIFY(!h.bleUart);
    QCOMPARE(h.suggestedProfile(), BluetoothProfile::Rfcomm);
    QCOMPARE(h.profiles(), QStringLiteral("rfcomm"));
}

void TstLinkBluetooth::headInfoFromABleHead() {
    QBluetoothDeviceInfo device(QBluetoothAddress(QStringLiteral("C4:4F:33:12:AB:01")),
                                QStringLiteral("OptoBLE"), 0);
    device.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    device.setServiceUuids({QBluetoothUuid(quint16{0x180F}), kNordicService});
    const HeadInfo h = headInfoFrom(device);
    QVERIFY(!h.rssi);  // no measurement: no value, not 0 dBm
    QVERIFY(!h.classic);
    QVERIFY(h.lowEnergy);
    QVERIFY(h.bleUart);
    QCOMPARE(h.bleUartName, QStringLiteral("nordic-uart"));
    QCOMPARE(h.suggestedProfile(), BluetoothProfile::Ble);
    QCOMPARE(h.profiles(), QStringLiteral("ble"));

    // An LE device advertising no service at all is still reachable only over BLE.
    device.setServiceUuids({});
    QCOMPARE(headInfoFrom(device).suggestedProfile(), BluetoothProfile::Ble);
}

void TstLinkBluetooth::headInfoFromADualModeDevice() {
    QBluetoothDeviceInfo device(QBluetoothAddress(QStringLiteral("00:1A:7D:DA:71:14")),
                                QStringLiteral("Dual"), 0);
    device.setCoreConfigurations(QBluetoothDeviceInfo::BaseRateAndLowEnergyCoreConfiguration);
    QCOMPARE(headInfoFrom(device).profiles(), QStringLiteral("rfcomm+ble"));
    QCOMPARE(headInfoFrom(device).suggestedProfile(), BluetoothProfile::Auto);  // cannot tell
    device.setServiceUuids({BleSerialService::hm10().service});
    QCOMPARE(headInfoFrom(device).suggestedProfile(), BluetoothProfile::Ble);
    device.setServiceUuids({BleSerialService::hm10().service, kSpp});
    QCOMPARE(headInfoFrom(device).suggestedProfile(), BluetoothProfile::Rfcomm);  // SPP first

    // Nothing known about its radio: Auto, "unknown".
    const QBluetoothDeviceInfo bare(QBluetoothAddress(QStringLiteral("00:1A:7D:DA:71:15")),
                                    QString(), 0);
    QCOMPARE(headInfoFrom(bare).profiles(), QStringLiteral("unknown"));
}

void TstLinkBluetooth::headInfoKnowsConfiguredUartServices() {
    QBluetoothDeviceInfo device(QBluetoothAddress(QStringLiteral("C4:4F:33:12:AB:02")),
                                QStringLiteral("Custom"), 0);
    device.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    device.setServiceUuids({kCustomService});
    QVERIFY(!headInfoFrom(device).bleUart);
    const HeadInfo h = headInfoFrom(device, {kCustomService});
    QVERIFY(h.bleUart);
    QCOMPARE(h.bleUartName, QStringLiteral("configured"));
}

void TstLinkBluetooth::rfcommErrorsBecomeTransportErrors() {
    using E = QBluetoothSocket::SocketError;
    const QString text = QStringLiteral("qt text");
    QCOMPARE(rfcommError(E::HostNotFoundError, text, false).kind, Kind::NotFound);
    QCOMPARE(rfcommError(E::ServiceNotFoundError, text, false).kind, Kind::ServiceNotFound);
    QCOMPARE(rfcommError(E::MissingPermissionsError, text, false).kind, Kind::PermissionDenied);
    QCOMPARE(rfcommError(E::RemoteHostClosedError, text, false).kind, Kind::RemoteClosed);
    // BlueZ's connect() errno texts behind UnknownSocketError.
    const TransportError pairing =
        rfcommError(E::UnknownSocketError, QStringLiteral("Permission denied"), false);
    QCOMPARE(pairing.kind, Kind::PairingRequired);
    QVERIFY2(pairing.detail.contains(QLatin1String("pair")), qPrintable(pairing.detail));
    QCOMPARE(rfcommError(E::UnknownSocketError, QStringLiteral("Host is down"), false).kind,
             Kind::NotFound);
    QCOMPARE(rfcommError(E::UnknownSocketError, QStringLiteral("Connection refused"), false).kind,
             Kind::ServiceNotFound);
    QCOMPARE(rfcommError(E::UnknownSocketError, QStringLiteral("Connection timed out"), false).kind,
             Kind::Timeout);
    QCOMPARE(rfcommError(E::UnknownSocketError, QStringLiteral("Unknown socket error"), false),
             (TransportError{Kind::OpenFailed, QStringLiteral("Unknown socket error")}));
    // Once open, any failure is the lost connection.
    const TransportError lost = rfcommError(E::NetworkError, QStringLiteral("I/O error"), true);
    QCOMPARE(lost.kind, Kind::PortLost);
    QVERIFY2(lost.detail.contains(QLatin1String("connection lost")), qPrintable(lost.detail));
    QVERIFY(lost.detail.contains(QLatin1String("I/O error")));
}

void TstLinkBluetooth::bleErrorsBecomeTransportErrors() {
    using E = QLowEnergyController::Error;
    const QString text = QStringLiteral("qt text");
    QCOMPARE(bleControllerError(E::UnknownRemoteDeviceError, text, false).kind, Kind::NotFound);
    QCOMPARE(bleControllerError(E::ConnectionError, text, false).kind, Kind::NotFound);
    QCOMPARE(bleControllerError(E::InvalidBluetoothAdapterError, text, false).kind,
             Kind::NoAdapter);
    QCOMPARE(bleControllerError(E::InvalidBluetoothAdapterError, text, true).kind,
             Kind::NoAdapter);  // the adapter went away: that, not a lost head
    QCOMPARE(bleControllerError(E::AuthorizationError, text, false).kind, Kind::PairingRequired);
    QCOMPARE(bleControllerError(E::MissingPermissionsError, text, false).kind,
             Kind::PermissionDenied);
    QCOMPARE(bleControllerError(E::RemoteHostClosedError, text, false).kind, Kind::RemoteClosed);
    QCOMPARE(bleControllerError(E::RemoteHostClosedError, text, true).kind, Kind::PortLost);
    QCOMPARE(bleControllerError(E::UnknownError, text, false).kind, Kind::OpenFailed);
    QCOMPARE(bleServiceError(QLowEnergyService::CharacteristicWriteError).kind, Kind::WriteFailed);
    QCOMPARE(bleServiceError(QLowEnergyService::DescriptorWriteError).kind, Kind::OpenFailed);
    QCOMPARE(bleServiceError(QLowEnergyService::UnknownError).kind, Kind::ReadFailed);
}

void TstLinkBluetooth::discoveryErrorsBecomeTransportErrors() {
    using E = QBluetoothDeviceDiscoveryAgent::Error;
    QCOMPARE(discoveryError(E::PoweredOffError, {}).kind, Kind::AdapterOff);
    QCOMPARE(discoveryError(E::InvalidBluetoothAdapterError, {}).kind, Kind::NoAdapter);
    QCOMPARE(
        discoveryError(E::InputOutputError, QStringLiteral("Cannot find valid Bluetooth adapter."))
            .kind,
        Kind::NoAdapter);
    QCOMPARE(discoveryError(E::InputOutputError, QStringLiteral("I/O error")).kind,
             Kind::ReadFailed);
    QCOMPARE(discoveryError(E::MissingPermissionsError, {}).kind, Kind::PermissionDenied);
    QCOMPARE(discoveryError(E::LocationServiceTurnedOffError, {}).kind, Kind::PermissionDenied);
    QCOMPARE(discoveryError(E::UnsupportedPlatformError, {}).kind, Kind::Unsupported);
    QCOMPARE(discoveryError(E::UnsupportedDiscoveryMethod, {}).kind, Kind::Unsupported);
    QCOMPARE(discoveryError(E::UnknownError, QStringLiteral("x")),
             (TransportError{Kind::OpenFailed, QStringLiteral("x")}));
}

void TstLinkBluetooth::badAddressFailsAtOnce() {
    BluetoothTransport t(QStringLiteral("ttyUSB0"), BluetoothProfile::Rfcomm);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy opened(&t, &Transport::opened);
    QVERIFY(!t.open());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errorAt(errors, 0).kind, Kind::NotFound);
    QVERIFY2(errorAt(errors, 0).detail.contains(QLatin1String("TTYUSB0")),
             qPrintable(errorAt(errors, 0).detail));
    QVERIFY(!t.isOpen());
    QTest::qWait(50);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(errors.count(), 1);
}

void TstLinkBluetooth::noAdapterFailsAtOnce() {
    if (!noAdapterHere()) {
        QSKIP("this machine has a Bluetooth adapter: the no-adapter path cannot be shown here");
    }
    for (BluetoothProfile p :
         {BluetoothProfile::Auto, BluetoothProfile::Rfcomm, BluetoothProfile::Ble}) {
        BluetoothTransport t(QStringLiteral("00:1a:7d:da:71:13"), p);
        QSignalSpy errors(&t, &Transport::errorOccurred);
        QSignalSpy opened(&t, &Transport::opened);
        QSignalSpy closed(&t, &Transport::closed);
        QVERIFY(!t.open());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errorAt(errors, 0).kind, Kind::NoAdapter);
        QVERIFY2(errorAt(errors, 0).detail.contains(QLatin1String("adapter")),
                 qPrintable(errorAt(errors, 0).detail));
        QVERIFY(!t.isOpen());
        QTest::qWait(50);  // nothing else arrives later
        QCOMPARE(errors.count(), 1);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(closed.count(), 0);
        // Writing to it is a typed failure, not a crash.
        QVERIFY(!t.write(QByteArrayLiteral("/?!\r\n")));
        QCOMPARE(errorAt(errors, 1).kind, Kind::WriteFailed);
        t.close();  // closing what never opened: no closed()
        QCOMPARE(closed.count(), 0);
    }
}

void TstLinkBluetooth::scannerReportsNoAdapter() {
    if (!noAdapterHere()) {
        QSKIP("this machine has a Bluetooth adapter: the no-adapter path cannot be shown here");
    }
    BluetoothScanner scanner;
    QSignalSpy failed(&scanner, &BluetoothScanner::failed);
    QSignalSpy finished(&scanner, &BluetoothScanner::finished);
    QSignalSpy discovered(&scanner, &BluetoothScanner::discovered);
    QVERIFY(!scanner.start(2s));
    QCOMPARE(failed.count(), 0);  // reported from the event loop
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<TransportError>().kind, Kind::NoAdapter);
    QVERIFY(!scanner.isActive());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);  // one of finished() and failed(), never both
    QCOMPARE(discovered.count(), 0);
    QVERIFY(scanner.heads().isEmpty());
    // It can be asked again, and says the same.
    QVERIFY(!scanner.start(1s, BluetoothProfile::Ble));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.count(), 2);
    scanner.stop();  // not scanning: nothing
    QTest::qWait(20);
    QCOMPARE(finished.count(), 0);
}

void TstLinkBluetooth::lineSettingsAreRecordedNoOp() {
    BluetoothTransport t(QStringLiteral("00:1a:7d:da:71:13"), BluetoothProfile::Ble);
    QCOMPARE(t.address(), QStringLiteral("00:1A:7D:DA:71:13"));
    QCOMPARE(t.description(), QStringLiteral("bluetooth:00:1A:7D:DA:71:13 (ble)"));
    QCOMPARE(t.lineSettings(), LineSettings{});  // 300 baud 7E1 until told
    const LineSettings fast{9600, 8, Parity::None, StopBits::One};
    QVERIFY(t.setLineSettings(fast));
    QCOMPARE(t.lineSettings(), fast);
    QVERIFY(!t.setLineSettings({9600, 6, Parity::None, StopBits::One}));  // invalid
    QCOMPARE(t.lineSettings(), fast);
    QVERIFY(!t.isOpen());
    QCOMPARE(t.bleChunkSize(), 0);
    QVERIFY(t.bleServiceName().isEmpty());
    QCOMPARE(t.activeProfile(), BluetoothProfile::Ble);
}

void TstLinkBluetooth::realHeadAnswersTheSignOn() {
    const QString address = qEnvironmentVariable("OMT_TEST_BT_ADDRESS");
    if (address.isEmpty()) {
        QSKIP(
            "set OMT_TEST_BT_ADDRESS=AA:BB:CC:DD:EE:FF (a paired Bluetooth optical head on a "
            "meter's optical port) and optionally OMT_TEST_BT_PROFILE=auto|rfcomm|ble");
    }
    const auto profile =
        profileFromName(qEnvironmentVariable("OMT_TEST_BT_PROFILE", QStringLiteral("auto")));
    QVERIFY2(profile, "OMT_TEST_BT_PROFILE must be auto, rfcomm or ble");
    BluetoothTransport t(address, *profile);
    QSignalSpy opened(&t, &Transport::opened);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy received(&t, &Transport::bytesReceived);
    QSignalSpy closed(&t, &Transport::closed);
    QVERIFY(t.open());
    QDeadlineTimer openBy(2 * BluetoothTransport::kDefaultConnectTimeout);
    while (opened.isEmpty() && errors.isEmpty() && !openBy.hasExpired()) {
        opened.wait(200);
    }
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errorAt(errors, 0).detail));
    QCOMPARE(opened.count(), 1);
    QVERIFY(t.isOpen());
    QVERIFY(t.activeProfile() != BluetoothProfile::Auto);
    QVERIFY(t.write(QByteArrayLiteral("/?!\r\n")));
    QByteArray got;
    QDeadlineTimer answerBy(kWaitMs);
    while (!got.endsWith("\r\n") && !answerBy.hasExpired()) {
        received.wait(100);
        got.clear();
        for (const auto& args : received) {
            got += args.at(0).toByteArray();
        }
    }
    QVERIFY2(got.startsWith('/'), got.toHex(' ').constData());
    QVERIFY(got.endsWith("\r\n"));
    t.close();
    QCOMPARE(closed.count(), 1);
}

void TstLinkBluetooth::realScanFinishes() {
    if (qEnvironmentVariable("OMT_TEST_BT_SCAN") != u"1") {
        QSKIP(
            "set OMT_TEST_BT_SCAN=1 on a machine with a powered Bluetooth adapter (and "
            "OMT_TEST_BT_ADDRESS to a head in range to check it is listed)");
    }
    BluetoothScanner scanner;
    QSignalSpy finished(&scanner, &BluetoothScanner::finished);
    QSignalSpy failed(&scanner, &BluetoothScanner::failed);
    QVERIFY(scanner.start(8s));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(failed.count(), 0);
    const auto heads = finished.at(0).at(0).value<QList<HeadInfo>>();
    QCOMPARE(heads, scanner.heads());
    const QString address = qEnvironmentVariable("OMT_TEST_BT_ADDRESS").toUpper();
    if (!address.isEmpty()) {
        const bool listed = std::any_of(heads.begin(), heads.end(),
                                        [&](const HeadInfo& h) { return h.address == address; });
        QVERIFY2(listed, qPrintable(address + QStringLiteral(" not found by the scan")));
    }
}

QTEST_GUILESS_MAIN(TstLinkBluetooth)
#include "tst_link_bluetooth.moc"

#include "ui/connection_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include "link/bluetooth_head_info.h"
#include "link/bluetooth_scanner.h"
#include "link/serial_transport.h"

namespace omt::ui {

namespace {

using Kind = ConnectionChoice::Kind;
using Auth = ConnectionChoice::Auth;

// Item data of the target combo: the kind, and for serial ports the path.
constexpr int kKindRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;

}  // namespace

ConnectionBar::ConnectionBar(QWidget* parent)
    : QWidget(parent),
      m_target(new QComboBox(this)),
      m_address(new QLineEdit(this)),
      m_auth(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_keyFile(new QLineEdit(this)),
      m_connect(new QPushButton(tr("&Connect"), this)),
      m_stage(new QLabel(this)),
      m_btHead(new QComboBox(this)),
      m_btSearch(new QPushButton(tr("&Search"), this)),
      m_scanner(new link::BluetoothScanner(this)) {
    m_target->setObjectName(QStringLiteral("connectionTarget"));
    m_target->setAccessibleName(tr("Meter connection"));
    m_address->setObjectName(QStringLiteral("connectionAddress"));
    m_auth->setObjectName(QStringLiteral("authentication"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_keyFile->setPlaceholderText(tr("Key file (EK/AK)"));
    m_keyFile->setMinimumWidth(
        m_keyFile->fontMetrics().horizontalAdvance(m_keyFile->placeholderText()) + 24);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_stage->setObjectName(QStringLiteral("connectionStage"));
    m_stage->setMinimumWidth(200);
    m_stage->setWordWrap(true);
    m_btHead->setObjectName(QStringLiteral("bluetoothHead"));
    m_btHead->setEditable(true);
    m_btHead->setMinimumContentsLength(17);
    m_btHead->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_btHead->lineEdit()->setPlaceholderText(tr("AA:BB:CC:DD:EE:FF"));
    m_btHead->setAccessibleName(tr("Bluetooth head"));
    m_btSearch->setObjectName(QStringLiteral("bluetoothSearch"));
    m_btSearch->setToolTip(tr("Look for Bluetooth optical heads nearby."));

    m_auth->addItem(tr("Public (no security)"), int(Auth::Public));
    m_auth->addItem(tr("Reader (password)"), int(Auth::Reader));
    m_auth->addItem(tr("Installer (HLS keys)"), int(Auth::Installer));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* meterLabel = new QLabel(tr("&Meter:"), this);
    meterLabel->setBuddy(m_target);
    layout->addWidget(meterLabel);
    layout->addWidget(m_target, 2);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_btHead, 1);
    layout->addWidget(m_btSearch);
    layout->addWidget(m_auth);
    layout->addWidget(m_password);
    layout->addWidget(m_keyFile);
    layout->addWidget(m_connect);
    layout->addWidget(m_stage, 2);

    refreshPorts();
    connect(m_target, &QComboBox::currentIndexChanged, this, &ConnectionBar::updateFields);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionBar::updateFields);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::onConnectClicked);
    connect(m_btSearch, &QPushButton::clicked, this, &ConnectionBar::searchBluetooth);
    connect(m_scanner, &link::BluetoothScanner::discovered, this, &ConnectionBar::onHeadFound);
    connect(m_scanner, &link::BluetoothScanner::finished, this,
            [this](const QList<link::HeadInfo>& heads) { onSearchFinished(int(heads.size())); });
    connect(m_scanner, &link::BluetoothScanner::failed, this, &ConnectionBar::onSearchFailed);
    updateFields();
}

void ConnectionBar::refreshPorts() {
    const QString current = m_target->currentText();
    QSignalBlocker block(m_target);
    m_target->clear();
    m_target->addItem(tr("Demo meter: OMNIPOWER CT"), int(Kind::DemoOmnipowerCt));
    m_target->addItem(tr("Demo meter: OMNIA e-meter"), int(Kind::DemoOmnia));
    for (const auto& port : link::SerialTransport::availablePorts()) {
        QString text = tr("Optical head: %1").arg(port.path);
        if (!port.description.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(port.description);
        }
        m_target->addItem(text, int(Kind::Serial));
        m_target->setItemData(m_target->count() - 1, port.path, kPathRole);
    }
    m_target->addItem(tr("Optical head: other port…"), int(Kind::Serial));
    m_target->addItem(tr("Bluetooth head…"), int(Kind::Bluetooth));
    m_target->addItem(tr("TCP (HDLC or wrapper)…"), int(Kind::Tcp));
    const int i = m_target->findText(current);
    m_target->setCurrentIndex(i >= 0 ? i : 0);
    updateFields();
}

ConnectionChoice ConnectionBar::choice() const {
    ConnectionChoice c;
    c.kind = Kind(m_target->currentData(kKindRole).toInt());
    const QString path = m_target->currentData(kPathRole).toString();
    c.address = c.kind == Kind::Bluetooth ? bluetoothAddress()
                : path.isEmpty()          ? m_address->text().trimmed()
                                          : path;
    c.auth = Auth(m_auth->currentData().toInt());
    c.password = m_password->text();
    c.keyFile = m_keyFile->text().trimmed();
    return c;
}

void ConnectionBar::setChoice(const ConnectionChoice& c) {
    for (int i = 0; i < m_target->count(); ++i) {
        if (Kind(m_target->itemData(i, kKindRole).toInt()) == c.kind &&
            (c.kind != Kind::Serial || m_target->itemData(i, kPathRole).toString() == c.address ||
             m_target->itemData(i, kPathRole).toString().isEmpty())) {
            m_target->setCurrentIndex(i);
            break;
        }
    }
    if (c.kind == Kind::Bluetooth) {
        setBluetoothAddress(c.address);
    }
    if (c.kind == Kind::Tcp ||
        (c.kind == Kind::Serial && m_target->currentData(kPathRole).toString().isEmpty())) {
        m_address->setText(c.address);
    }
    m_auth->setCurrentIndex(m_auth->findData(int(c.auth)));
    m_password->setText(c.password);
    m_keyFile->setText(c.keyFile);
    updateFields();
}

void ConnectionBar::updateFields() {
    const auto kind = Kind(m_target->currentData(kKindRole).toInt());
    const bool typedAddress =
        (kind == Kind::Serial && m_target->currentData(kPathRole).toString().isEmpty()) ||
        kind == Kind::Tcp;
    m_address->setVisible(typedAddress);
    m_btHead->setVisible(kind == Kind::Bluetooth);
    m_btSearch->setVisible(kind == Kind::Bluetooth);
    m_address->setPlaceholderText(kind == Kind::Tcp ? tr("host:port") : tr("/dev/ttyUSB0"));
    const auto auth = Auth(m_auth->currentData().toInt());
    m_password->setVisible(auth == Auth::Reader);
    m_keyFile->setVisible(auth == Auth::Installer);
    const bool editable = !m_connected && !m_busy;
    for (QWidget* w : {static_cast<QWidget*>(m_target), static_cast<QWidget*>(m_address),
                       static_cast<QWidget*>(m_auth), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_keyFile), static_cast<QWidget*>(m_btHead)}) {
        w->setEnabled(editable);
    }
    m_btSearch->setEnabled(editable && !m_scanner->isActive());
    m_connect->setText(m_busy ? tr("Ca&ncel") : m_connected ? tr("&Disconnect") : tr("&Connect"));
}

void ConnectionBar::onConnectClicked() {
    if (m_busy) {
        emit cancelRequested();
    } else if (m_connected) {
        emit disconnectRequested();
    } else {
        const ConnectionChoice c = choice();
        if (c.kind == Kind::Bluetooth && !link::isBluetoothAddress(c.address)) {
            setStage(tr("Choose a head found by Search or type its address (AA:BB:CC:DD:EE:FF)."));
            return;
        }
        emit connectRequested(c);
    }
}

void ConnectionBar::setConnected(bool connected) {
    m_connected = connected;
    updateFields();
    emit stateChanged(m_connected, m_busy);
}

void ConnectionBar::setBusy(bool busy) {
    m_busy = busy;
    updateFields();
    emit stateChanged(m_connected, m_busy);
}

void ConnectionBar::setStage(const QString& text) {
    m_stage->setText(text);
}

void ConnectionBar::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("connection"));
    s.setValue(QStringLiteral("target"), m_target->currentText());
    s.setValue(QStringLiteral("address"), m_address->text());
    s.setValue(QStringLiteral("auth"), m_auth->currentIndex());
    s.setValue(QStringLiteral("keyFile"), m_keyFile->text());
    s.setValue(QStringLiteral("bluetoothAddress"), bluetoothAddress());
    // The password is never stored.
    s.endGroup();
}

void ConnectionBar::restoreSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("connection"));
    const int target = m_target->findText(s.value(QStringLiteral("target")).toString());
    if (target >= 0) {
        m_target->setCurrentIndex(target);
    }
    m_address->setText(s.value(QStringLiteral("address")).toString());
    const int auth = s.value(QStringLiteral("auth"), 0).toInt();
    if (auth >= 0 && auth < m_auth->count()) {
        m_auth->setCurrentIndex(auth);
    }
    m_keyFile->setText(s.value(QStringLiteral("keyFile")).toString());
    setBluetoothAddress(s.value(QStringLiteral("bluetoothAddress")).toString());
    s.endGroup();
    updateFields();
}

}  // namespace omt::ui

namespace omt::ui {

namespace {
constexpr int kAddressRole = Qt::UserRole;
}  // namespace

QString ConnectionBar::bluetoothAddress() const {
    const int i = m_btHead->currentIndex();
    if (i >= 0 && m_btHead->currentText() == m_btHead->itemText(i) &&
        !m_btHead->itemData(i, kAddressRole).toString().isEmpty()) {
        return m_btHead->itemData(i, kAddressRole).toString();
    }
    return m_btHead->currentText().trimmed().toUpper();
}

void ConnectionBar::setBluetoothAddress(const QString& address) {
    const QString a = address.trimmed().toUpper();
    if (a.isEmpty()) {
        return;
    }
    const int i = m_btHead->findData(a, kAddressRole);
    if (i >= 0) {
        m_btHead->setCurrentIndex(i);
    } else {
        m_btHead->setEditText(a);
    }
}

void ConnectionBar::searchBluetooth() {
    if (m_scanner->isActive()) {
        return;
    }
    const QString typed = bluetoothAddress();
    m_btHead->clear();
    setBluetoothAddress(typed);
    setStage(tr("Searching for Bluetooth heads…"));
    m_scanner->start();
    updateFields();
}

void ConnectionBar::onHeadFound(const link::HeadInfo& head) {
    const QString name = head.name.isEmpty() ? tr("(no name)") : head.name;
    const QString text = head.rssi ? tr("%1 (%2, %3 dBm)").arg(name, head.address).arg(*head.rssi)
                                   : tr("%1 (%2)").arg(name, head.address);
    if (m_btHead->findData(head.address, kAddressRole) >= 0) {
        return;
    }
    // A valid address already chosen or typed stays; otherwise the first head found is chosen.
    const QString typed = bluetoothAddress();
    m_btHead->addItem(text, head.address);
    if (link::isBluetoothAddress(typed) && typed != head.address) {
        setBluetoothAddress(typed);
    } else if (!link::isBluetoothAddress(typed) || typed == head.address) {
        m_btHead->setCurrentIndex(m_btHead->count() - 1);
    }
}

void ConnectionBar::onSearchFinished(int found) {
    setStage(found == 0 ? tr("No Bluetooth heads found. Is the head switched on and near?")
                        : tr("Found %n Bluetooth head(s).", nullptr, found));
    updateFields();
}

void ConnectionBar::onSearchFailed(const link::TransportError& error) {
    setStage(describeScanError(error));
    updateFields();
}

QString describeScanError(const link::TransportError& error) {
    using K = link::TransportError::Kind;
    switch (error.kind) {
        case K::NoAdapter:
            return ConnectionBar::tr("No Bluetooth adapter found.");
        case K::AdapterOff:
            return ConnectionBar::tr(
                "The Bluetooth adapter is switched off: switch it on and "
                "search again.");
        case K::PermissionDenied:
            return ConnectionBar::tr(
                "This program may not use Bluetooth: allow it in the "
                "system settings and search again.");
        case K::Unsupported:
            return ConnectionBar::tr("Bluetooth search is not supported on this system.");
        default:
            return ConnectionBar::tr("The Bluetooth search failed. Search again.");
    }
}

}  // namespace omt::ui

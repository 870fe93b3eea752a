#pragma once
// The connection bar at the top of the main window: where the meter is (a demo meter, an optical
// head on a serial port, a Bluetooth head found by "Search", a TCP address), how to authenticate,
// Connect / Disconnect, and the stage of the handshake as it happens. The choice is remembered
// between runs (QSettings). A Bluetooth search that cannot run (no adapter, adapter off) says so
// in the stage line, never in a dialog.

#include <QString>
#include <QWidget>

#include "link/transport_error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace omt::link {
class BluetoothScanner;
struct HeadInfo;
}  // namespace omt::link

namespace omt::ui {

/// What the person chose; the application turns it into session settings.
struct ConnectionChoice {
    enum class Kind { DemoOmnipowerCt, DemoOmnia, Serial, Tcp, Bluetooth };
    enum class Auth { Public, Reader, Installer };
    Kind kind = Kind::DemoOmnipowerCt;
    QString address;  ///< serial port path, host:port for TCP, the head's MAC for Bluetooth
    Auth auth = Auth::Public;
    QString password;  ///< reader (LLS); never stored in the settings
    QString keyFile;   ///< installer (HLS): EK/AK key file
};

class ConnectionBar : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget* parent = nullptr);

    ConnectionChoice choice() const;
    /// Selects `choice` in the fields (the password and key file too, not stored).
    void setChoice(const ConnectionChoice& choice);
    /// Lists the serial ports again (USB descriptions shown); keeps the current choice.
    void refreshPorts();
    /// Connected state: the Connect button becomes Disconnect and the fields lock.
    void setConnected(bool connected);
    /// Busy state (connecting): everything but Cancel locks.
    void setBusy(bool busy);
    /// The current stage of the handshake or the result, e.g. "Signing on at 300 baud".
    void setStage(const QString& text);

    void saveSettings() const;
    void restoreSettings();

    QComboBox* targetCombo() const { return m_target; }
    QLineEdit* addressEdit() const { return m_address; }
    QComboBox* authCombo() const { return m_auth; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* connectButton() const { return m_connect; }
    QLabel* stageLabel() const { return m_stage; }
    /// Bluetooth: the heads found (editable: an address can be typed) and the Search button.
    QComboBox* bluetoothHeadCombo() const { return m_btHead; }
    QPushButton* bluetoothSearchButton() const { return m_btSearch; }

    /// Starts a Bluetooth search (what the Search button does). The heads found fill the head
    /// list as they come; the stage line says how it went.
    void searchBluetooth();

signals:
    void connectRequested(const omt::ui::ConnectionChoice& choice);
    void disconnectRequested();
    void cancelRequested();
    /// setConnected() or setBusy() changed the state (the window enables its actions by it).
    void stateChanged(bool connected, bool busy);

private:
    void updateFields();
    void onConnectClicked();
    void onHeadFound(const omt::link::HeadInfo& head);
    void onSearchFinished(int found);
    void onSearchFailed(const omt::link::TransportError& error);
    QString bluetoothAddress() const;
    void setBluetoothAddress(const QString& address);

    QComboBox* m_target;
    QLineEdit* m_address;
    QComboBox* m_auth;
    QLineEdit* m_password;
    QLineEdit* m_keyFile;
    QPushButton* m_connect;
    QLabel* m_stage;
    QComboBox* m_btHead;
    QPushButton* m_btSearch;
    link::BluetoothScanner* m_scanner;
    bool m_connected = false;
    bool m_busy = false;
};

/// The sentence for a Bluetooth search that failed, e.g. "No Bluetooth adapter found."
QString describeScanError(const link::TransportError& error);

}  // namespace omt::ui

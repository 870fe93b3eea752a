#pragma once
// A serial port (USB optical head, RS-232, or a pty of a virtual meter) as a Transport.
//
//   SerialTransport port("/dev/ttyUSB0");          // or "ttyUSB0", or a pty symlink path
//   port.setEchoSuppression(true);                 // half-duplex head that hears itself
//   if (port.open()) {                             // 300 baud 7E1 unless told otherwise
//       port.write(QByteArrayLiteral("/?!\r\n"));
//   }
//   ...
//   port.setLineSettings({9600, 7, Parity::Even, StopBits::One});   // after the baud switch
//
// Errors: NotFound (no such device), PortInUse (another program holds it, detail "port in use
// by another program"), PermissionDenied (no access rights), OpenFailed (anything else while
// opening), PortLost (device vanished or hung up while open; closed() follows), WriteFailed,
// Timeout, ReadFailed (any other failure while open).
// Errors while open are reported from the event loop, never from inside QSerialPort, so a slot
// may close() the transport (or deleteLater() it). Modem lines (DTR/RTS) are set on open; ports
// that cannot (ptys) are not an error.

#include <QList>
#include <QString>
#include <QTimer>
#include <chrono>
#include <optional>

#include "link/echo_suppressor.h"
#include "link/transport.h"

class QSerialPort;

namespace omt::link {

/// One serial port of the machine, as listed by SerialTransport::availablePorts().
struct SerialPortInfo {
    QString name;          ///< "ttyUSB0", "COM3"
    QString path;          ///< "/dev/ttyUSB0": what to pass to SerialTransport
    QString description;   ///< from the driver, e.g. "FT232R USB UART"
    QString manufacturer;  ///< e.g. "FTDI"
    QString serialNumber;
    std::optional<quint16> vendorId;   ///< USB vendor id when known
    std::optional<quint16> productId;  ///< USB product id when known
};

class SerialTransport : public Transport {
    Q_OBJECT

public:
    /// `portNameOrPath` is a name ("ttyUSB0", "COM3") or a path ("/dev/ttyUSB0", a pty link).
    explicit SerialTransport(QString portNameOrPath, QObject* parent = nullptr);
    ~SerialTransport() override;

    /// Opens synchronously: on success applies line settings and modem lines, emits opened()
    /// and returns true; on failure emits errorOccurred() (NotFound, PortInUse,
    /// PermissionDenied, OpenFailed) and returns false.
    bool open() override;
    void close() override;
    bool isOpen() const override;
    /// "serial:" followed by the name or path given.
    QString description() const override;

    /// Validates and stores the settings, and applies them when open. Returns false when they
    /// are invalid (LineSettings::isValid) or the port rejects them; the stored settings then
    /// stay as they were.
    bool setLineSettings(const LineSettings& settings) override;
    /// The settings in force (or to be applied on open). 300 baud 7E1 by default.
    LineSettings lineSettings() const { return m_settings; }

    /// Chooses the DTR and RTS levels (default DTR on, RTS off; some heads draw power from
    /// them), applied now if open and on every open. Returns false when the port cannot set
    /// them (a pty); that is reported in the log only, never as an error.
    bool setModemLines(bool dataTerminalReady, bool requestToSend);

    /// Drops the echo of our own writes from received data (EchoSuppressor); off by default.
    /// `window` is the grace period after transmission within which the echo must arrive.
    void setEchoSuppression(bool enabled,
                            std::chrono::milliseconds window = EchoSuppressor::kDefaultWindow);
    bool echoSuppression() const { return m_echoEnabled; }

    /// The serial ports the system lists (ptys are not listed: type their path instead).
    static QList<SerialPortInfo> availablePorts();

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    void onReadyRead();
    void onEchoOverdue();
    void onPortError(int code);
    bool applyLineSettings(const LineSettings& settings);
    bool applyModemLines();
    TransportError openError() const;
    void finishLostPort();

    QString m_portName;
    QSerialPort* m_port;
    LineSettings m_settings;
    bool m_dtr = true;
    bool m_rts = false;
    bool m_opening = false;
    bool m_lost = false;
    bool m_echoEnabled = false;
    EchoSuppressor m_echo;
    QTimer m_echoTimer;
};

}  // namespace omt::link

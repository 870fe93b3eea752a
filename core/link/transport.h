#pragma once
// One small interface for every way of reaching a meter: serial optical head, TCP, Bluetooth,
// and an in-process pipe to a virtual meter. A transport moves bytes and reports typed errors;
// it knows nothing of DLMS or of meters.
//
//   SerialTransport port("/dev/ttyUSB0");
//   connect(&port, &Transport::bytesReceived, &engine, ...);
//   connect(&port, &Transport::errorOccurred, this, [](const TransportError& e) { ... });
//   if (port.open()) port.write(QByteArrayLiteral("/?!\r\n"));
//
// Signal order: opened() once the transport is usable; bytesReceived() any number of times;
// errorOccurred() for each failure; closed() once after opened() when it stops being usable
// (close() called, port lost, remote closed). A transport that never opened emits no closed().
// A transport lives in one thread; talk to it from others through queued connections.

#include <QByteArray>
#include <QObject>
#include <QString>

#include "link/line_settings.h"
#include "link/transport_error.h"
#include "protocol/common/bytes.h"

namespace omt::link {

class Transport : public QObject {
    Q_OBJECT

public:
    explicit Transport(QObject* parent = nullptr);
    ~Transport() override;

    /// Starts opening. Returns false when it failed at once (errorOccurred() has been emitted);
    /// true when the transport is open or opening: opened() or errorOccurred() follows (some
    /// transports emit opened() before open() returns). Opening an open transport returns true.
    virtual bool open() = 0;

    /// Closes; emits closed() if the transport was open. Closing a closed transport does nothing.
    virtual void close() = 0;

    /// True between opened() and closed().
    virtual bool isOpen() const = 0;

    /// Human-oriented identification for traces: "serial:/dev/ttyUSB0", "tcp:10.0.0.5:4059".
    virtual QString description() const = 0;

    /// Applies line parameters. Serial transports return false when the port rejects them;
    /// every other transport accepts them as a no-op and returns true. Settings given before
    /// open() are applied when opening.
    virtual bool setLineSettings(const LineSettings& settings);

    /// Queues bytes for sending. Returns false (and emits errorOccurred(WriteFailed)) when the
    /// transport is not open or the write was refused. Writing nothing returns true.
    ///   transport.write(QByteArray::fromHex("063035300d0a"));   // ACK 0 5 0 CR LF
    bool write(const QByteArray& data);
    /// Same, from protocol bytes: transport.write(omt::ByteView(frame)).
    bool write(omt::ByteView data);

signals:
    void bytesReceived(const QByteArray& data);
    void opened();
    void closed();
    void errorOccurred(const omt::link::TransportError& error);

protected:
    /// Implementation of write(): data is never empty and the transport is open here.
    virtual bool writeBytes(const QByteArray& data) = 0;
};

}  // namespace omt::link

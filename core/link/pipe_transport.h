#pragma once
// Two connected in-process Transport endpoints, for embedding a virtual meter: what one end
// writes, the other receives, always later through the receiver's event loop (never inside
// write()), as from a real port.
//
//   auto [client, meter] = PipeTransport::createPair(QStringLiteral("sim"));
//   connect(meter.get(), &Transport::bytesReceived, &virtualMeter, &VirtualMeter::onBytes);
//   meter->open();
//   client->open();
//   client->write(QByteArrayLiteral("/?!\r\n"));   // meter's bytesReceived() follows
//
// Bytes written while the other end is not open are lost, as on a line nobody listens to.
// Closing one open end makes the other (if open) report RemoteClosed and close. The two ends
// may live in different threads; each must be used and destroyed in its own thread.

#include <QString>
#include <atomic>
#include <memory>
#include <utility>

#include "link/transport.h"

namespace omt::link {

class PipeTransport : public Transport {
    Q_OBJECT

public:
    /// Two closed endpoints connected to each other, described "pipe:NAME/a" and "pipe:NAME/b".
    static std::pair<std::unique_ptr<PipeTransport>, std::unique_ptr<PipeTransport>> createPair(
        const QString& name = QStringLiteral("pipe"));

    ~PipeTransport() override;

    /// Opens at once: emits opened() and returns true.
    bool open() override;
    /// Closes; emits closed() if open, and makes the other end report RemoteClosed.
    void close() override;
    bool isOpen() const override { return m_open; }
    QString description() const override { return m_description; }

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    struct Shared;
    PipeTransport(std::shared_ptr<Shared> shared, int index, QString description);

    /// Runs `fn` on the other end in its thread, if it still exists (and is open, when
    /// `onlyIfOpen`).
    template <class Fn>
    void postToPeer(Fn fn, bool onlyIfOpen);
    void deliver(const QByteArray& data);
    void peerClosed();

    std::shared_ptr<Shared> m_shared;
    int m_index;
    QString m_description;
    std::atomic<bool> m_open{false};  ///< read by the other end's thread when writing
};

}  // namespace omt::link

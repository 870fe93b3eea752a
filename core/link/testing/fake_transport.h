#pragma once
// Test seam: a Transport whose far end is a script. For tests of whatever drives a transport
// (session worker, readout, CLI), not for production.
//
//   FakeTransport t;
//   t.expect(QByteArrayLiteral("/?!\r\n"), QByteArrayLiteral("/KAM5OMNIPOWER\r\n"));
//   t.expect(QByteArray::fromHex("063035300d0a"), readoutBytes, std::chrono::milliseconds(20));
//   t.open();
//   ... drive the code under test ...
//   QVERIFY(t.scriptDone());
//   QVERIFY2(t.mismatches().isEmpty(), qPrintable(t.mismatches().join('\n')));
//
// Written bytes are matched against the next expected request, across write() calls of any
// size; a complete match sends the reply (after its delay, from the event loop). Writes that do
// not match are recorded in mismatches() and reported by scriptMismatch(). It can also fail to
// open, stall writes, inject errors and inject unsolicited bytes.

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <chrono>
#include <deque>
#include <optional>

#include "link/transport.h"

namespace omt::link::testing {

class FakeTransport : public Transport {
    Q_OBJECT

public:
    explicit FakeTransport(QObject* parent = nullptr);
    ~FakeTransport() override;

    /// Appends one exchange: when `request` has been written, `reply` (may be empty) is
    /// received `delay` later.
    void expect(const QByteArray& request, const QByteArray& reply,
                std::chrono::milliseconds delay = std::chrono::milliseconds{0});

    /// True when every expected request has been written.
    bool scriptDone() const { return m_script.empty(); }
    /// One line per write that did not match the script ("expected 2F3F got 2F58").
    QStringList mismatches() const { return m_mismatches; }
    /// Everything written while open (and released, when stalled), in order.
    QByteArray written() const { return m_written; }

    /// Makes every open() fail with `error` (emitted) until clearOpenFailure().
    void failOpen(const TransportError& error) { m_openFailure = error; }
    void clearOpenFailure() { m_openFailure.reset(); }

    /// While stalled, write() accepts bytes but they go nowhere: no match, no reply, not in
    /// written(). Un-stalling passes the held bytes on, in order.
    void setWritesStalled(bool stalled);
    /// Bytes held by a stall.
    QByteArray stalledBytes() const { return m_stalled; }

    /// Emits errorOccurred(error) now; PortLost, RemoteClosed and ReadFailed also close the
    /// transport (closed() follows).
    void injectError(const TransportError& error);
    /// Makes `data` arrive from the far end, from the event loop, as if unsolicited. Ignored
    /// while closed; dropped if the transport closes before the delivery.
    void injectBytes(const QByteArray& data,
                     std::chrono::milliseconds delay = std::chrono::milliseconds{0});

    /// Every accepted setLineSettings() call, in order.
    QList<LineSettings> lineSettingsHistory() const { return m_lineSettings; }

    bool open() override;
    void close() override;
    bool isOpen() const override { return m_open; }
    QString description() const override { return QStringLiteral("fake"); }
    bool setLineSettings(const LineSettings& settings) override;

signals:
    /// A write did not match the script; `what` is the line added to mismatches().
    void scriptMismatch(const QString& what);

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    struct Exchange {
        QByteArray request;
        QByteArray reply;
        std::chrono::milliseconds delay;
    };

    void process(const QByteArray& data);
    void mismatch(const QString& what);

    std::deque<Exchange> m_script;
    QByteArray m_pendingRequest;  ///< written bytes matching a prefix of the next request
    QByteArray m_written;
    QByteArray m_stalled;
    QStringList m_mismatches;
    QList<LineSettings> m_lineSettings;
    std::optional<TransportError> m_openFailure;
    bool m_stalledWrites = false;
    bool m_open = false;
};

}  // namespace omt::link::testing

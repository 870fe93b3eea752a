#pragma once
// Writes a communication trace file while a session runs: every chunk of bytes on the wire with
// its time (UTC, milliseconds), direction and raw bytes in the text form of
// core/protocol/trace (so `omt decode` reads it back), followed by its decoded meaning as
// comment lines (HDLC frames, IEC 62056-21 messages, APDUs, deciphered when keys are given).
//
//   TraceWriter trace(keys);                 // keys optional: decipher ciphered APDUs
//   trace.addSecret(password);               // masked wherever it crosses the wire
//   trace.open("/tmp/session.trace");
//   trace.record(trace::Direction::ToMeter, frameBytes);
//   // 2026-11-21T10:15:02.120Z TX 7E A0 ... AC 0A 80 08 2A 2A 2A 2A 2A 2A 2A 2A ...
//   // #   HDLC I N(S)=0 N(R)=0 P, server 1 <- client 32, 65 bytes
//   // #     aarq ... calling-authentication-value (8 bytes)
//
// Secrets never reach the file: the LLS password in the AARQ's calling-authentication-value
// (AC len 80 len <password>) is replaced by '*' bytes in the raw line (the frame's FCS then no
// longer matches, which marks the line as edited), and the decoded lines show secrets by length
// only. Keys are never on the wire. HLS challenges are not secret and stay.

#include <QFile>
#include <QString>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/trace/describe.h"

class QDateTime;

namespace omt::link {

class TraceWriter {
public:
    explicit TraceWriter(std::optional<dlms::security::SecurityKeys> keys = std::nullopt);
    ~TraceWriter();

    /// A secret (LLS password) to mask in the raw bytes.
    void addSecret(Bytes secret);
    /// Creates (truncates) the file and writes a header comment. False when it cannot be written.
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }

    /// Records one chunk now.
    void record(trace::Direction direction, ByteView bytes);
    /// Records one chunk with the given time.
    void record(trace::Direction direction, ByteView bytes, const QDateTime& when);

    /// `raw` with every secret in an authentication-value field (AC n+2 80 n <secret>) and any
    /// other occurrence of a secret of 4 bytes or more replaced by 0x2A ('*').
    static Bytes masked(ByteView raw, const std::vector<Bytes>& secrets);

private:
    QFile m_file;
    trace::TraceDecoder m_decoder;
    std::vector<Bytes> m_secrets;
};

}  // namespace omt::link

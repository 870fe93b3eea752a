#pragma once
// Writes a communication trace file while a session runs: every chunk of bytes on the wire with
// its time (UTC, milliseconds), direction and raw bytes in the text form of
// core/protocol/trace (so `omt decode` reads it back), followed by its decoded meaning as
// comment lines (HDLC frames, IEC 62056-21 messages, APDUs, deciphered when keys are given).
//
//   TraceWriter trace(keys);                 // keys optional: decipher ciphered APDUs
//   trace.addSecret(password);               // masked wherever it crosses the wire
//   trace.open("/tmp/session.trace");        // created 0600 (missing directories 0700)
//   trace.record(trace::Direction::ToMeter, frameBytes);
//   // 2026-11-21T10:15:02.120Z TX 7E A0 ... AC 0A 80 08 2A 2A 2A 2A 2A 2A 2A 2A ...
//   // #   HDLC I N(S)=0 N(R)=0 P, server 1 <- client 32, 65 bytes
//   // #     aarq ... calling-authentication-value (8 bytes, not shown)
//   trace.close();                           // writes what was held back
//
// Secrets never reach the file. In the raw lines, trace::Redactor replaces them by '*' bytes
// (the LLS password in the AARQ, a plain SET of a secret attribute, a key transfer's
// parameters, an IEC 62056-21 password, and any occurrence of a secret given with addSecret)
// and recomputes the HDLC frame's HCS and FCS over the masked bytes, so that no checksum
// tells anything about the secret; a line may therefore be written only once its frame is
// complete. The decoded lines show secrets by their length only. Keys are never on the wire.
// HLS challenges are not secret and stay. The file is created readable by its owner only.

#include <QFile>
#include <QString>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/redactor.h"

class QDateTime;

namespace omt::link {

class TraceWriter {
public:
    explicit TraceWriter(std::optional<dlms::security::SecurityKeys> keys = std::nullopt,
                         trace::LineFraming framing = trace::LineFraming::Serial);
    ~TraceWriter();

    /// A secret (LLS password) to mask in the raw bytes.
    void addSecret(Bytes secret);
    /// Creates (truncates) the file readable and writable by its owner only (0600; missing
    /// parent directories 0700) and writes a header comment. False when it cannot be written.
    bool open(const QString& path);
    /// Writes the lines still held back (an incomplete frame) and closes the file.
    void close();
    bool isOpen() const { return m_file.isOpen(); }

    /// Records one chunk now.
    void record(trace::Direction direction, ByteView bytes);
    /// Records one chunk with the given time.
    void record(trace::Direction direction, ByteView bytes, const QDateTime& when);

    /// `raw` with every secret in an authentication-value field (AC n+2 80 n <secret>) and any
    /// other occurrence of a secret of 4 bytes or more replaced by 0x2A ('*'). Bytes only: no
    /// checksum is recomputed (trace::Redactor does that).
    static Bytes masked(ByteView raw, const std::vector<Bytes>& secrets);

    /// Opens `file` (its name set) with `mode` for a file that may hold secrets: missing parent
    /// directories are created 0700, the file is created 0600 and an existing one is made 0600.
    static bool openPrivate(QFile& file, QIODevice::OpenMode mode);

private:
    void write(const std::vector<trace::TraceRecord>& records);

    QFile m_file;
    trace::TraceDecoder m_decoder;
    trace::Redactor m_redactor;
    std::vector<Bytes> m_secrets;
};

}  // namespace omt::link

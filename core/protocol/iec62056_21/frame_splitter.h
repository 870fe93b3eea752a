#pragma once
// Streaming frame splitter for IEC 62056-21: bytes arrive in arbitrary pieces (an optical head
// delivers 1..n bytes per read); complete messages come out, ready for the parsers.
//
//   Line          "/" ... LF              request and identification messages
//   OptionSelect  ACK V Z Y CR LF         only while setAckFraming(AckFraming::OptionSelectLine)
//   Ack, Nak      single ACK / NAK byte   (ACK only while AckFraming::SingleByte, the default)
//   StxBlock      STX ... ETX|EOT BCC     readout, data and error messages
//   SohBlock      SOH ... ETX|EOT BCC     programming commands, P0 operand request
//
// A lone ACK and the start of an option select line look the same on the wire, so the owner says
// which one it expects next (the meter's server expects an option select after its
// identification; the client expects one only as the mode E switch confirmation).
//
// Resynchronisation: bytes outside a message are dropped (counted in discardedBytes()); a "/"
// inside a line restarts the line, STX or SOH inside a line or block restarts a block (SOH blocks
// may hold one STX). The splitter never interprets content: the parsers check it.
//
//   FrameSplitter s;
//   for (auto& r : s.feed(chunk)) {
//       if (!r) trace(nameOf(r.error().code));               // BufferOverflow
//       else if (r->kind == FrameKind::StxBlock) parseReadout(r->bytes);
//   }

#include <cstddef>
#include <cstdint>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21 {

enum class FrameKind { Line, OptionSelect, Ack, Nak, StxBlock, SohBlock };

/// One complete message, start character to terminator (BCC included for blocks).
struct Frame {
    FrameKind kind = FrameKind::Line;
    Bytes bytes;
    friend bool operator==(const Frame&, const Frame&) = default;
};

/// How an ACK byte is framed: as a complete single-byte message, or as the first byte of
/// ACK V Z Y CR LF.
enum class AckFraming { SingleByte, OptionSelectLine };

class FrameSplitter {
public:
    /// Lines (and option select messages) longer than this are garbage.
    static constexpr std::size_t kMaxLineLength = 128;
    static constexpr std::size_t kDefaultMaxFrameSize = 64 * 1024;

    /// `maxFrameSize` bounds a block (and the buffer); at least kMaxLineLength is used.
    explicit FrameSplitter(std::size_t maxFrameSize = kDefaultMaxFrameSize);

    /// Consumes `data` and returns, in order, every message it completes, and a BufferOverflow
    /// failure (offset = position in the whole stream) for every message that grew past its
    /// bound and was dropped. Example: feed("/KAM5\r") -> {}, then feed("\n") -> {Line
    /// "/KAM5\r\n"}.
    std::vector<Expected<Frame, Iec21Failure>> feed(ByteView data);

    /// Selects how the next ACK bytes are framed (see AckFraming). Applies from the next byte.
    void setAckFraming(AckFraming framing) { m_ackFraming = framing; }
    AckFraming ackFraming() const { return m_ackFraming; }

    /// Drops any partial message (e.g. after a baud rate change). Keeps the counters.
    void reset();

    /// Bytes of the message in progress (0 when between messages).
    std::size_t pending() const { return m_buffer.size(); }
    /// Bytes dropped so far: garbage between messages and restarted or overflowed messages.
    std::size_t discardedBytes() const { return m_discarded; }

private:
    enum class State { Idle, Line, OptionLine, Block, Bcc };

    void begin(State state, std::uint8_t first, bool soh);
    void dropPartial();
    void emitFrame(std::vector<Expected<Frame, Iec21Failure>>& out, FrameKind kind);

    std::size_t m_maxFrameSize;
    AckFraming m_ackFraming = AckFraming::SingleByte;
    State m_state = State::Idle;
    bool m_soh = false;      ///< current block started with SOH
    bool m_stxSeen = false;  ///< SOH block already holds its STX
    Bytes m_buffer;
    std::size_t m_streamOffset = 0;  ///< bytes consumed over the splitter's life
    std::size_t m_discarded = 0;
};

}  // namespace omt::iec62056_21

#pragma once
// Streaming HDLC deframer: bytes arrive in arbitrary pieces (a serial port delivers what it
// has), frames and typed errors come out.
//
//   Deframer d;
//   for (auto& result : d.feed(chunk)) {
//       if (result) handle(*result);          // a Frame with good HCS and FCS
//       else trace(result.error());           // BadFcs, BadFormatType, LengthMismatch, ...
//   }
//
// Behaviour:
// - Bytes before an opening flag are discarded (counted in discardedBytes()).
// - Consecutive flags are idle fill; a closing flag may be the opening flag of the next frame
//   (7E frame 7E frame 7E).
// - The frame length comes from the format field; 0x7E inside a frame is data (no stuffing).
// - The header (format, addresses, HCS) is checked as soon as it has arrived, so a false start in
//   noise is rejected early; the whole frame is checked when its length and closing flag are in.
// - After any error the deframer resynchronises on the next 0x7E after the rejected opening flag,
//   including flags already buffered, so frames hidden behind a false start are still found.
// - The buffer never holds more than kCapacity bytes (2047 + both flags), whatever is fed.
// Error offsets count bytes from the first byte ever fed (a position in the stream).

#include <cstddef>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

class Deframer {
public:
    using Result = Expected<Frame, HdlcFailure>;

    /// Most bytes ever buffered: the longest frame and its two flags.
    static constexpr std::size_t kCapacity = kMaxFrameLength + 2;

    /// Consumes `bytes` and returns every frame completed or rejected by them, in stream order.
    /// Errors in the list: BadFormatType, BadLength, LengthMismatch (no flag where the length
    /// field says the frame ends), Truncated, AddressTooLong, InvalidAddress, BadHcs, BadFcs.
    /// Example: feeding 7E A0 07 03 then 21 93 0F 01 7E yields nothing, then one SNRM frame.
    std::vector<Result> feed(ByteView bytes);

    /// Forgets any partial frame (call it on an inter-frame timeout or a port reopen). Returns a
    /// Truncated failure if a frame had started, std::nullopt if only idle bytes were pending.
    std::optional<HdlcFailure> reset();

    /// True while a frame has started and not ended (more than an idle flag is held). A driver
    /// or link engine runs its inter-octet timeout while this holds and calls reset() on expiry.
    bool inFrame() const { return buffered() > 1; }
    /// Bytes currently held (a frame in progress, or a flag).
    std::size_t buffered() const { return m_buf.size() - m_head; }
    /// Bytes dropped while hunting for a flag, since construction.
    std::size_t discardedBytes() const { return m_discarded; }

private:
    enum class HeaderCheck { NeedMore, Ok, Failed };

    void process(std::vector<Result>& out);
    HeaderCheck checkHeader(ByteView partialBody, std::size_t length, HdlcFailure& failure) const;
    void dropOpeningFlag() { ++m_head; }
    void compact();
    std::size_t streamOffset(std::size_t bufferIndex) const { return m_base + bufferIndex; }

    Bytes m_buf;             // m_buf[m_head..] is the pending data
    std::size_t m_head = 0;  // first pending byte
    std::size_t m_base = 0;  // stream offset of m_buf[0]
    std::size_t m_discarded = 0;
};

}  // namespace omt::hdlc

#include "protocol/iec62056_21/frame_splitter.h"

#include <algorithm>
#include <string>

#include "protocol/iec62056_21/iec21_detail.h"

namespace omt::iec62056_21 {

namespace {
constexpr std::size_t kOptionSelectLength = 6;
}

FrameSplitter::FrameSplitter(std::size_t maxFrameSize)
    : m_maxFrameSize(std::max(maxFrameSize, kMaxLineLength)) {}

void FrameSplitter::reset() {
    dropPartial();
    m_state = State::Idle;
}

void FrameSplitter::dropPartial() {
    m_discarded += m_buffer.size();
    m_buffer.clear();
}

void FrameSplitter::begin(State state, std::uint8_t first, bool soh) {
    dropPartial();
    m_state = state;
    m_soh = soh;
    m_stxSeen = false;
    m_buffer.push_back(first);
}

void FrameSplitter::emitFrame(std::vector<Expected<Frame, Iec21Failure>>& out, FrameKind kind) {
    out.emplace_back(Frame{kind, std::move(m_buffer)});
    m_buffer.clear();
    m_state = State::Idle;
}

std::vector<Expected<Frame, Iec21Failure>> FrameSplitter::feed(ByteView data) {
    std::vector<Expected<Frame, Iec21Failure>> out;
    for (const std::uint8_t b : data) {
        const std::size_t offset = m_streamOffset++;
        switch (m_state) {
            case State::Idle:
                if (b == '/') {
                    begin(State::Line, b, false);
                } else if (b == kAck) {
                    if (m_ackFraming == AckFraming::SingleByte) {
                        out.emplace_back(Frame{FrameKind::Ack, Bytes{b}});
                    } else {
                        begin(State::OptionLine, b, false);
                    }
                } else if (b == kNak) {
                    out.emplace_back(Frame{FrameKind::Nak, Bytes{b}});
                } else if (b == kStx || b == kSoh) {
                    begin(State::Block, b, b == kSoh);
                } else {
                    ++m_discarded;
                }
                break;
            case State::Line:
            case State::OptionLine:
                if (b == '/') {
                    begin(State::Line, b, false);
                } else if (b == kStx || b == kSoh) {
                    begin(State::Block, b, b == kSoh);
                } else if (m_buffer.size() >= kMaxLineLength) {
                    dropPartial();
                    ++m_discarded;
                    m_state = State::Idle;
                    out.emplace_back(
                        detail::fail(Iec21Error::BufferOverflow, offset,
                                     "line longer than " + std::to_string(kMaxLineLength)));
                } else {
                    m_buffer.push_back(b);
                    if (b == kLf) {
                        emitFrame(out, m_state == State::Line ? FrameKind::Line
                                                              : FrameKind::OptionSelect);
                    } else if (m_state == State::OptionLine &&
                               m_buffer.size() >= kOptionSelectLength) {
                        emitFrame(out, FrameKind::OptionSelect);  // malformed: the parser says why
                    }
                }
                break;
            case State::Block:
                if (b == kSoh || (b == kStx && (!m_soh || m_stxSeen))) {
                    begin(State::Block, b, b == kSoh);
                } else if (m_buffer.size() >= m_maxFrameSize - 1) {
                    // keep room for the BCC: a block of m_maxFrameSize bytes still fits
                    dropPartial();
                    ++m_discarded;
                    m_state = State::Idle;
                    out.emplace_back(
                        detail::fail(Iec21Error::BufferOverflow, offset,
                                     "block longer than " + std::to_string(m_maxFrameSize)));
                } else {
                    if (b == kStx) {
                        m_stxSeen = true;
                    }
                    m_buffer.push_back(b);
                    if (b == kEtx || b == kEot) {
                        m_state = State::Bcc;
                    }
                }
                break;
            case State::Bcc:
                m_buffer.push_back(b);
                emitFrame(out, m_soh ? FrameKind::SohBlock : FrameKind::StxBlock);
                break;
        }
    }
    return out;
}

}  // namespace omt::iec62056_21

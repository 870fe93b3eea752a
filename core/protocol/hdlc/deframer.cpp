#include "protocol/hdlc/deframer.h"

#include <algorithm>
#include <string>

#include "protocol/hdlc/crc16.h"

namespace omt::hdlc {

namespace {

constexpr std::uint16_t kFormatTypeMask = 0xF000;
constexpr std::uint16_t kFormatType3 = 0xA000;
constexpr std::uint16_t kLengthMask = 0x07FF;

}  // namespace

std::vector<Deframer::Result> Deframer::feed(ByteView bytes) {
    std::vector<Result> out;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        compact();
        const std::size_t room = kCapacity - buffered();
        const std::size_t n = std::min(room, bytes.size() - pos);
        const auto chunk = bytes.subspan(pos, n);
        m_buf.insert(m_buf.end(), chunk.begin(), chunk.end());
        pos += n;
        process(out);
    }
    return out;
}

std::optional<HdlcFailure> Deframer::reset() {
    std::optional<HdlcFailure> failure;
    // Pending data is either empty, flags only, or a flag followed by a frame in progress.
    const auto pending = ByteView(m_buf).subspan(m_head);
    const auto firstData =
        std::find_if(pending.begin(), pending.end(), [](std::uint8_t b) { return b != kFlag; });
    if (firstData != pending.end()) {
        failure = HdlcFailure{
            HdlcError::Truncated, streamOffset(m_buf.size()),
            "frame cut off after " + std::to_string(pending.end() - firstData) + " bytes"};
    }
    m_base += m_buf.size();
    m_buf.clear();
    m_head = 0;
    return failure;
}

void Deframer::compact() {
    if (m_head == 0) {
        return;
    }
    if (m_head == m_buf.size() || m_head >= kCapacity || m_buf.size() >= 2 * kCapacity) {
        m_buf.erase(m_buf.begin(), m_buf.begin() + static_cast<std::ptrdiff_t>(m_head));
        m_base += m_head;
        m_head = 0;
    }
}

Deframer::HeaderCheck Deframer::checkHeader(ByteView partialBody, std::size_t length,
                                            HdlcFailure& failure) const {
    // partialBody holds the format field and whatever else of the frame has arrived (at most
    // `length` bytes).
    ByteReader r(partialBody);
    r.skip(2);
    const bool complete = partialBody.size() >= length;
    for (int field = 0; field < 2; ++field) {
        auto address = decodeAddress(r);
        if (!address) {
            if (address.error().code == HdlcError::Truncated && !complete) {
                return HeaderCheck::NeedMore;
            }
            failure = address.error();
            return HeaderCheck::Failed;
        }
    }
    if (!r.skip(1)) {  // control
        if (!complete) {
            return HeaderCheck::NeedMore;
        }
        failure = HdlcFailure{HdlcError::Truncated, r.offset(), "control field"};
        return HeaderCheck::Failed;
    }
    const std::size_t headerEnd = r.offset();
    if (length < headerEnd + 4) {
        return HeaderCheck::Ok;  // no HCS; the full decode judges the rest
    }
    if (partialBody.size() < headerEnd + 2) {
        return HeaderCheck::NeedMore;
    }
    const auto hcs =
        static_cast<std::uint16_t>(partialBody[headerEnd] | (partialBody[headerEnd + 1] << 8));
    if (crc16X25(partialBody.first(headerEnd)) != hcs) {
        failure = HdlcFailure{HdlcError::BadHcs, headerEnd, "header check sequence"};
        return HeaderCheck::Failed;
    }
    return HeaderCheck::Ok;
}

void Deframer::process(std::vector<Result>& out) {
    const auto reject = [&](HdlcFailure failure, std::size_t bodyStart) {
        failure.offset += streamOffset(bodyStart);
        out.emplace_back(std::move(failure));
        dropOpeningFlag();  // resynchronise on the next flag after this one
    };
    while (true) {
        // Hunt for an opening flag.
        const auto begin = m_buf.begin() + static_cast<std::ptrdiff_t>(m_head);
        const auto flag = std::find(begin, m_buf.end(), kFlag);
        const auto skipped = static_cast<std::size_t>(flag - begin);
        m_discarded += skipped;
        m_head += skipped;
        if (m_head == m_buf.size()) {
            return;
        }
        // Consecutive flags are idle fill: keep only the last as the opening flag.
        while (m_head + 1 < m_buf.size() && m_buf[m_head + 1] == kFlag) {
            ++m_head;
        }
        const std::size_t bodyStart = m_head + 1;
        const auto body = ByteView(m_buf).subspan(bodyStart);
        if (body.size() < 2) {
            return;  // wait for the format field
        }
        const auto format = static_cast<std::uint16_t>((body[0] << 8) | body[1]);
        if ((format & kFormatTypeMask) != kFormatType3) {
            reject({HdlcError::BadFormatType, 0, "format type " + std::to_string(format >> 12)},
                   bodyStart);
            continue;
        }
        const std::size_t length = format & kLengthMask;
        if (length < kMinFrameLength) {
            reject({HdlcError::BadLength, 0, "length " + std::to_string(length)}, bodyStart);
            continue;
        }
        if (body.size() < length + 1) {
            // Frame still arriving: reject a false start as soon as its header shows it.
            HdlcFailure failure;
            if (checkHeader(body.first(std::min(body.size(), length)), length, failure) ==
                HeaderCheck::Failed) {
                reject(std::move(failure), bodyStart);
                continue;
            }
            return;
        }
        if (body[length] != kFlag) {
            reject({HdlcError::LengthMismatch, length,
                    "no closing flag after " + std::to_string(length) + " bytes"},
                   bodyStart);
            continue;
        }
        auto frame = decodeFrameBody(body.first(length));
        if (!frame) {
            reject(frame.error(), bodyStart);
            continue;
        }
        out.emplace_back(std::move(*frame));
        m_head += length + 1;  // the closing flag may open the next frame
    }
}

}  // namespace omt::hdlc

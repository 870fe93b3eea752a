#include "protocol/wrapper/wrapper_codec.h"

#include <algorithm>
#include <string>

namespace omt::wrapper {

namespace {

std::uint16_t be16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

/// Checks the header at `h` (kWrapperHeaderSize bytes, or only the first `available` of them);
/// offsets are reported relative to `base`.
std::optional<WrapperFailure> checkHeaderBytes(const std::uint8_t* h, std::size_t available,
                                               std::size_t maxPayload, std::size_t base) {
    if (available >= 2) {
        const std::uint16_t version = be16(h);
        if (version != kWrapperVersion) {
            return WrapperFailure{WrapperError::BadVersion, base,
                                  "version 0x" + toHex(ByteView(h, 2), '\0')};
        }
    }
    if (available >= kWrapperHeaderSize) {
        const std::size_t length = be16(h + 6);
        if (length == 0) {
            return WrapperFailure{WrapperError::EmptyPayload, base + 6, "length 0"};
        }
        if (length > maxPayload) {
            return WrapperFailure{
                WrapperError::PayloadTooLong, base + 6,
                "length " + std::to_string(length) + " > limit " + std::to_string(maxPayload)};
        }
    }
    return std::nullopt;
}

}  // namespace

const char* nameOf(WrapperError error) {
    switch (error) {
        case WrapperError::BadVersion:
            return "bad-version";
        case WrapperError::EmptyPayload:
            return "empty-payload";
        case WrapperError::PayloadTooLong:
            return "payload-too-long";
        case WrapperError::Truncated:
            return "truncated";
        case WrapperError::TrailingBytes:
            return "trailing-bytes";
    }
    return "unknown";
}

omt::Expected<Bytes, WrapperFailure> encodeWrapper(const WrapperFrame& frame) {
    if (frame.payload.empty()) {
        return WrapperFailure{WrapperError::EmptyPayload, 0, "no APDU"};
    }
    if (frame.payload.size() > kWrapperMaxPayload) {
        return WrapperFailure{WrapperError::PayloadTooLong, 0,
                              "APDU of " + std::to_string(frame.payload.size()) + " bytes"};
    }
    ByteWriter w(kWrapperHeaderSize + frame.payload.size());
    w.u16(kWrapperVersion)
        .u16(frame.sourceWPort)
        .u16(frame.destinationWPort)
        .u16(static_cast<std::uint16_t>(frame.payload.size()))
        .bytes(frame.payload);
    return w.take();
}

omt::Expected<WrapperFrame, WrapperFailure> decodeWrapper(ByteView data, std::size_t maxPayload) {
    if (auto failure = checkHeaderBytes(data.data(), data.size(), maxPayload, 0)) {
        return *failure;
    }
    if (data.size() < kWrapperHeaderSize) {
        return WrapperFailure{WrapperError::Truncated, data.size(),
                              "header needs 8 bytes, have " + std::to_string(data.size())};
    }
    const std::size_t length = be16(data.data() + 6);
    const std::size_t have = data.size() - kWrapperHeaderSize;
    if (have < length) {
        return WrapperFailure{
            WrapperError::Truncated, data.size(),
            "APDU of " + std::to_string(length) + " bytes, have " + std::to_string(have)};
    }
    if (have > length) {
        return WrapperFailure{WrapperError::TrailingBytes, kWrapperHeaderSize + length,
                              std::to_string(have - length) + " bytes after the APDU"};
    }
    WrapperFrame frame;
    frame.sourceWPort = be16(data.data() + 2);
    frame.destinationWPort = be16(data.data() + 4);
    frame.payload.assign(data.begin() + kWrapperHeaderSize, data.end());
    return frame;
}

WrapperDecodeResult WrapperDecoder::feed(ByteView data) {
    WrapperDecodeResult result;
    if (m_failure) {
        result.failure = m_failure;
        return result;
    }
    std::size_t pos = 0;
    while (pos < data.size()) {
        // Fill the header first, byte-exact, so that it is checked before any payload arrives.
        if (m_buffer.size() < kWrapperHeaderSize) {
            const std::size_t n = std::min(kWrapperHeaderSize - m_buffer.size(), data.size() - pos);
            m_buffer.insert(m_buffer.end(), data.begin() + static_cast<std::ptrdiff_t>(pos),
                            data.begin() + static_cast<std::ptrdiff_t>(pos + n));
            pos += n;
            if (auto failure = checkHeader(m_consumed)) {
                m_failure = failure;
                m_buffer.clear();
                result.failure = failure;
                return result;
            }
            if (m_buffer.size() < kWrapperHeaderSize) {
                break;
            }
        }
        const std::size_t total = kWrapperHeaderSize + be16(m_buffer.data() + 6);
        const std::size_t n = std::min(total - m_buffer.size(), data.size() - pos);
        m_buffer.insert(m_buffer.end(), data.begin() + static_cast<std::ptrdiff_t>(pos),
                        data.begin() + static_cast<std::ptrdiff_t>(pos + n));
        pos += n;
        if (m_buffer.size() == total) {
            WrapperFrame frame;
            frame.sourceWPort = be16(m_buffer.data() + 2);
            frame.destinationWPort = be16(m_buffer.data() + 4);
            frame.payload.assign(m_buffer.begin() + kWrapperHeaderSize, m_buffer.end());
            result.frames.push_back(std::move(frame));
            m_consumed += total;
            m_buffer.clear();
        }
    }
    return result;
}

void WrapperDecoder::reset() {
    m_buffer.clear();
    m_consumed = 0;
    m_failure.reset();
}

std::optional<WrapperFailure> WrapperDecoder::checkHeader(std::size_t streamOffset) const {
    return checkHeaderBytes(m_buffer.data(), m_buffer.size(), m_maxPayload, streamOffset);
}

}  // namespace omt::wrapper

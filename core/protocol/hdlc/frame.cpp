#include "protocol/hdlc/frame.h"

#include <string>

#include "protocol/hdlc/crc16.h"

namespace omt::hdlc {

namespace {

constexpr std::uint16_t kFormatType3 = 0xA000;
constexpr std::uint16_t kFormatTypeMask = 0xF000;
constexpr std::uint16_t kSegmentationBit = 0x0800;
constexpr std::uint16_t kLengthMask = 0x07FF;

std::uint16_t readCrc(ByteView body, std::size_t at) {
    return static_cast<std::uint16_t>(body[at] | (body[at + 1] << 8));
}

}  // namespace

std::size_t frameLength(const Address& destination, const Address& source, std::size_t infoLength) {
    const std::size_t header = 2 + destination.wireSize() + source.wireSize() + 1;
    return header + (infoLength > 0 ? 2 + infoLength : 0) + 2;
}

std::size_t maxInformationLength(const Address& destination, const Address& source) {
    return kMaxFrameLength - frameLength(destination, source, 1) + 1;
}

Expected<Bytes, HdlcFailure> encodeFrame(const Frame& frame) {
    const std::size_t length =
        frameLength(frame.destination, frame.source, frame.information.size());
    if (length > kMaxFrameLength) {
        return HdlcFailure{HdlcError::FrameTooLong, 0,
                           "frame length " + std::to_string(length) + " above 2047"};
    }
    ByteWriter w(length + 2);
    w.u8(kFlag);
    w.u16(static_cast<std::uint16_t>(kFormatType3 | (frame.segmented ? kSegmentationBit : 0U) |
                                     length));
    if (auto r = encodeAddress(frame.destination, w); !r) {
        return r.error();
    }
    if (auto r = encodeAddress(frame.source, w); !r) {
        return r.error();
    }
    w.u8(frame.control.byte());
    Bytes out = w.take();
    if (!frame.information.empty()) {
        appendCrc16X25(out, 1);  // HCS
        out.insert(out.end(), frame.information.begin(), frame.information.end());
    }
    appendCrc16X25(out, 1);  // FCS
    out.push_back(kFlag);
    return out;
}

Expected<Frame, HdlcFailure> decodeFrameBody(ByteView body) {
    ByteReader r(body);
    const auto format = r.u16();
    if (!format) {
        return HdlcFailure{HdlcError::Truncated, body.size(), "frame format field"};
    }
    if ((*format & kFormatTypeMask) != kFormatType3) {
        return HdlcFailure{HdlcError::BadFormatType, 0,
                           "format type " + std::to_string(*format >> 12)};
    }
    const std::size_t length = *format & kLengthMask;
    if (length < kMinFrameLength) {
        return HdlcFailure{HdlcError::BadLength, 0, "length " + std::to_string(length)};
    }
    if (body.size() < length) {
        return HdlcFailure{HdlcError::Truncated, body.size(),
                           "length field " + std::to_string(length) + ", " +
                               std::to_string(body.size()) + " bytes"};
    }
    if (body.size() > length) {
        return HdlcFailure{HdlcError::LengthMismatch, length,
                           "length field " + std::to_string(length) + ", " +
                               std::to_string(body.size()) + " bytes"};
    }
    Frame frame;
    frame.segmented = (*format & kSegmentationBit) != 0;
    auto destination = decodeAddress(r);
    if (!destination) {
        return destination.error();
    }
    frame.destination = *destination;
    auto source = decodeAddress(r);
    if (!source) {
        return source.error();
    }
    frame.source = *source;
    const auto control = r.u8();
    if (!control) {
        return HdlcFailure{HdlcError::Truncated, r.offset(), "control field"};
    }
    frame.control = Control::fromByte(*control);
    const std::size_t headerEnd = r.offset();
    const std::size_t after = length - headerEnd;
    if (after < 2) {
        return HdlcFailure{HdlcError::Truncated, headerEnd, "frame check sequence"};
    }
    if (after == 3) {
        return HdlcFailure{HdlcError::LengthMismatch, headerEnd, "3 bytes after control field"};
    }
    if (after > 2) {
        if (crc16X25(body.first(headerEnd)) != readCrc(body, headerEnd)) {
            return HdlcFailure{HdlcError::BadHcs, headerEnd, "header check sequence"};
        }
        const std::size_t infoStart = headerEnd + 2;
        frame.information.assign(body.begin() + static_cast<std::ptrdiff_t>(infoStart),
                                 body.begin() + static_cast<std::ptrdiff_t>(length - 2));
    }
    if (crc16X25(body.first(length - 2)) != readCrc(body, length - 2)) {
        return HdlcFailure{HdlcError::BadFcs, length - 2, "frame check sequence"};
    }
    return frame;
}

Expected<Frame, HdlcFailure> decodeFrame(ByteView bytes) {
    if (bytes.empty() || bytes.front() != kFlag) {
        return HdlcFailure{HdlcError::MissingFlag, 0, "opening flag"};
    }
    if (bytes.size() < 2 || bytes.back() != kFlag) {
        return HdlcFailure{HdlcError::MissingFlag, bytes.size() - 1, "closing flag"};
    }
    auto frame = decodeFrameBody(bytes.subspan(1, bytes.size() - 2));
    if (!frame) {
        HdlcFailure failure = frame.error();
        failure.offset += 1;
        return failure;
    }
    return frame;
}

}  // namespace omt::hdlc

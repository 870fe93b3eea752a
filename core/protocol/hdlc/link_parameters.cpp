#include "protocol/hdlc/link_parameters.h"

#include <algorithm>
#include <string>

namespace omt::hdlc {

namespace {

constexpr std::uint8_t kFormatIdentifier = 0x81;
constexpr std::uint8_t kHdlcGroup = 0x80;
constexpr std::uint8_t kMaxInfoTransmitId = 0x05;
constexpr std::uint8_t kMaxInfoReceiveId = 0x06;
constexpr std::uint8_t kWindowTransmitId = 0x07;
constexpr std::uint8_t kWindowReceiveId = 0x08;

void putParameter(ByteWriter& w, std::uint8_t id, std::uint32_t value, bool wide) {
    w.u8(id);
    if (wide || value > 0xFFFF) {
        w.u8(4).u32(value);
    } else {
        w.u8(2).u16(static_cast<std::uint16_t>(value));
    }
}

Expected<void, HdlcFailure> parseGroup(ByteView group, std::size_t base, LinkParameters& p) {
    ByteReader r(group);
    while (!r.atEnd()) {
        const std::size_t at = base + r.offset();
        const auto id = r.u8();
        const auto len = r.u8();
        if (!id || !len) {
            return HdlcFailure{HdlcError::BadParameterFormat, at, "parameter header past group"};
        }
        const auto value = r.take(*len);
        if (!value) {
            return HdlcFailure{HdlcError::BadParameterFormat, at,
                               "parameter " + std::to_string(*id) + " length past group"};
        }
        const bool known = *id >= kMaxInfoTransmitId && *id <= kWindowReceiveId;
        if (!known) {
            continue;
        }
        if (*len != 1 && *len != 2 && *len != 4) {
            return HdlcFailure{
                HdlcError::BadParameterValue, at,
                "parameter " + std::to_string(*id) + " of " + std::to_string(*len) + " bytes"};
        }
        std::uint32_t v = 0;
        for (const std::uint8_t b : *value) {
            v = (v << 8) | b;
        }
        if (*id <= kMaxInfoReceiveId) {
            if (v < kMinInfoLength) {
                return HdlcFailure{HdlcError::BadParameterValue, at,
                                   "maximum information length " + std::to_string(v)};
            }
            (*id == kMaxInfoTransmitId ? p.maxInfoTransmit : p.maxInfoReceive) = v;
        } else {
            if (v < 1 || v > kMaxWindowSize) {
                return HdlcFailure{HdlcError::BadParameterValue, at,
                                   "window size " + std::to_string(v)};
            }
            (*id == kWindowTransmitId ? p.windowTransmit : p.windowReceive) = v;
        }
    }
    return {};
}

}  // namespace

Bytes encodeLinkParameters(const LinkParameters& p) {
    ByteWriter params;
    putParameter(params, kMaxInfoTransmitId, p.maxInfoTransmit, false);
    putParameter(params, kMaxInfoReceiveId, p.maxInfoReceive, false);
    putParameter(params, kWindowTransmitId, p.windowTransmit, true);
    putParameter(params, kWindowReceiveId, p.windowReceive, true);
    ByteWriter w;
    w.u8(kFormatIdentifier).u8(kHdlcGroup).u8(static_cast<std::uint8_t>(params.size()));
    w.bytes(params.data());
    return w.take();
}

Expected<LinkParameters, HdlcFailure> decodeLinkParameters(ByteView information) {
    LinkParameters p;
    if (information.empty()) {
        return p;
    }
    ByteReader r(information);
    if (*r.u8() != kFormatIdentifier) {
        return HdlcFailure{HdlcError::BadParameterFormat, 0, "format identifier not 0x81"};
    }
    bool sawHdlcGroup = false;
    while (!r.atEnd()) {
        const std::size_t at = r.offset();
        const auto group = r.u8();
        const auto len = r.u8();
        if (!group || !len) {
            return HdlcFailure{HdlcError::BadParameterFormat, at, "group header past end"};
        }
        const auto content = r.take(*len);
        if (!content) {
            return HdlcFailure{HdlcError::BadParameterFormat, at, "group length past end"};
        }
        if (*group == kHdlcGroup) {
            sawHdlcGroup = true;
            if (auto ok = parseGroup(*content, at + 2, p); !ok) {
                return ok.error();
            }
        }
    }
    if (!sawHdlcGroup) {
        return HdlcFailure{HdlcError::BadParameterFormat, 1, "no HDLC parameter group 0x80"};
    }
    return p;
}

LinkParameters negotiate(const LinkParameters& own, const LinkParameters& peer) {
    LinkParameters r;
    r.maxInfoTransmit = std::min({own.maxInfoTransmit, peer.maxInfoReceive, kMaxInfoLength});
    r.maxInfoReceive = std::min({own.maxInfoReceive, peer.maxInfoTransmit, kMaxInfoLength});
    r.windowTransmit = std::min(own.windowTransmit, peer.windowReceive);
    r.windowReceive = std::min(own.windowReceive, peer.windowTransmit);
    return r;
}

}  // namespace omt::hdlc

#include "protocol/dlms/apdu/codec_detail.h"

#include "protocol/dlms/axdr/axdr.h"

namespace omt::dlms::detail {

namespace {

ApduFailure truncated(const ByteReader& r, const char* field) {
    return fail(ApduError::Truncated, r.offset(), field);
}

}  // namespace

Result<std::uint8_t> readU8(ByteReader& r, const char* field) {
    if (auto v = r.u8()) {
        return *v;
    }
    return truncated(r, field);
}

Result<std::uint16_t> readU16(ByteReader& r, const char* field) {
    if (auto v = r.u16()) {
        return *v;
    }
    return truncated(r, field);
}

Result<std::uint32_t> readU32(ByteReader& r, const char* field) {
    if (auto v = r.u32()) {
        return *v;
    }
    return truncated(r, field);
}

Result<bool> readBool(ByteReader& r, const char* field) {
    auto v = readU8(r, field);
    if (!v) {
        return v.error();
    }
    return *v != 0;
}

Result<bool> readPresence(ByteReader& r, const char* field) {
    return readBool(r, field);
}

namespace {

Result<std::size_t> readLength(ByteReader& r, const char* field) {
    const std::size_t start = r.offset();
    auto n = decodeLength(r);
    if (!n) {
        const auto code =
            n.error().code == AxdrError::Truncated ? ApduError::Truncated : ApduError::BadLength;
        return fail(code, start, std::string(field) + ": " + n.error().detail);
    }
    return *n;
}

}  // namespace

Result<std::size_t> readCount(ByteReader& r, const char* field) {
    const std::size_t start = r.offset();
    auto n = readLength(r, field);
    if (!n) {
        return n.error();
    }
    if (*n > kMaxListItems) {
        return fail(ApduError::ListTooLong, start,
                    std::string(field) + ": " + std::to_string(*n) + " items");
    }
    return *n;
}

Result<Bytes> readOctetString(ByteReader& r, const char* field) {
    const std::size_t start = r.offset();
    auto n = readLength(r, field);
    if (!n) {
        return n.error();
    }
    if (*n > r.remaining()) {
        return fail(ApduError::LengthExceedsInput, start,
                    std::string(field) + ": length " + std::to_string(*n) + ", " +
                        std::to_string(r.remaining()) + " left");
    }
    auto v = r.take(*n);
    return Bytes(v->begin(), v->end());
}

Result<Data> readData(ByteReader& r) {
    auto d = decode(r);
    if (!d) {
        const auto& e = d.error();
        // Running out of input inside a value is a truncation like any other.
        const auto code =
            e.code == AxdrError::Truncated ? ApduError::Truncated : ApduError::BadData;
        return fail(code, e.offset, std::string("data: ") + nameOf(e.code) + ": " + e.detail);
    }
    return std::move(*d);
}

void writeBool(ByteWriter& w, bool v) {
    w.u8(v ? 0x01 : 0x00);
}

Status writeCount(ByteWriter& w, std::size_t n, const char* field) {
    if (n > kMaxListItems) {
        return fail(ApduError::ListTooLong, w.size(),
                    std::string(field) + ": " + std::to_string(n) + " items");
    }
    encodeLength(w, n);
    return {};
}

Status writeOctetString(ByteWriter& w, ByteView bytes, const char* field) {
    if (!encodeLength(w, bytes.size())) {
        return fail(ApduError::BadLength, w.size(), field);
    }
    w.bytes(bytes);
    return {};
}

Status writeData(ByteWriter& w, const Data& value) {
    const std::size_t at = w.size();
    auto ok = encode(value, w);
    if (!ok) {
        const auto& e = ok.error();
        return fail(ApduError::BadData, at, std::string(nameOf(e.code)) + ": " + e.detail);
    }
    return {};
}

}  // namespace omt::dlms::detail

#include "protocol/common/bytes.h"

namespace omt {

std::optional<std::uint8_t> ByteReader::peek() const {
    if (atEnd()) {
        return std::nullopt;
    }
    return m_data[m_pos];
}

std::optional<std::uint8_t> ByteReader::u8() {
    if (remaining() < 1) {
        return std::nullopt;
    }
    return m_data[m_pos++];
}

std::optional<std::uint16_t> ByteReader::u16() {
    if (remaining() < 2) {
        return std::nullopt;
    }
    const auto v = static_cast<std::uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
    m_pos += 2;
    return v;
}

std::optional<std::uint32_t> ByteReader::u32() {
    if (remaining() < 4) {
        return std::nullopt;
    }
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        v = (v << 8) | m_data[m_pos++];
    }
    return v;
}

std::optional<std::uint64_t> ByteReader::u64() {
    return uint(8);
}

std::optional<std::uint64_t> ByteReader::uint(std::size_t width) {
    if (width == 0 || width > 8 || remaining() < width) {
        return std::nullopt;
    }
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < width; ++i) {
        v = (v << 8) | m_data[m_pos++];
    }
    return v;
}

std::optional<ByteView> ByteReader::take(std::size_t n) {
    if (remaining() < n) {
        return std::nullopt;
    }
    auto v = m_data.subspan(m_pos, n);
    m_pos += n;
    return v;
}

bool ByteReader::skip(std::size_t n) {
    if (remaining() < n) {
        return false;
    }
    m_pos += n;
    return true;
}

ByteWriter& ByteWriter::u8(std::uint8_t v) {
    m_out.push_back(v);
    return *this;
}

ByteWriter& ByteWriter::u16(std::uint16_t v) {
    m_out.push_back(static_cast<std::uint8_t>(v >> 8));
    m_out.push_back(static_cast<std::uint8_t>(v));
    return *this;
}

ByteWriter& ByteWriter::u32(std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        m_out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
    return *this;
}

ByteWriter& ByteWriter::u64(std::uint64_t v) {
    return uint(v, 8);
}

ByteWriter& ByteWriter::uint(std::uint64_t v, std::size_t width) {
    for (std::size_t i = width; i > 0; --i) {
        m_out.push_back(static_cast<std::uint8_t>(v >> (8 * (i - 1))));
    }
    return *this;
}

ByteWriter& ByteWriter::bytes(ByteView v) {
    m_out.insert(m_out.end(), v.begin(), v.end());
    return *this;
}

ByteWriter& ByteWriter::bytes(std::string_view v) {
    m_out.insert(m_out.end(), v.begin(), v.end());
    return *this;
}

std::string toHex(ByteView data, char separator) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(data.size() * 3);
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i != 0 && separator != '\0') {
            out.push_back(separator);
        }
        out.push_back(kDigits[data[i] >> 4]);
        out.push_back(kDigits[data[i] & 0x0F]);
    }
    return out;
}

namespace {
int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}
}  // namespace

std::optional<Bytes> fromHex(std::string_view text) {
    Bytes out;
    out.reserve(text.size() / 2);
    int high = -1;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '-') {
            if (high >= 0) {
                return std::nullopt;  // a separator inside a byte
            }
            continue;
        }
        const int v = hexValue(c);
        if (v < 0) {
            return std::nullopt;
        }
        if (high < 0) {
            high = v;
        } else {
            out.push_back(static_cast<std::uint8_t>((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0) {
        return std::nullopt;
    }
    return out;
}

}  // namespace omt

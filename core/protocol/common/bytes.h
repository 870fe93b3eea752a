#pragma once
// Byte containers and bounded big-endian readers/writers shared by every protocol module.
//
//   ByteReader r(frame);
//   auto tag = r.u8();               // std::nullopt when the input is exhausted
//   auto len = r.u16();              // big-endian, as every DLMS/HDLC field is
//   auto body = r.take(*len);        // a view into the input, never a copy past its end
//
//   ByteWriter w;
//   w.u8(0xC0).u16(0x0001).bytes(payload);
//   Bytes out = w.take();

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace omt {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

/// Reads big-endian fields from a view without ever reading past its end. Each read returns
/// std::nullopt (and leaves the position unchanged) when fewer bytes remain than it needs.
class ByteReader {
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    std::size_t offset() const { return m_pos; }
    std::size_t remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    ByteView rest() const { return m_data.subspan(m_pos); }
    ByteView whole() const { return m_data; }

    std::optional<std::uint8_t> peek() const;
    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16();
    std::optional<std::uint32_t> u32();
    std::optional<std::uint64_t> u64();
    /// A big-endian unsigned integer of `width` bytes (1..8); nullopt if fewer remain.
    std::optional<std::uint64_t> uint(std::size_t width);
    /// The next n bytes as a view into the input; nullopt if fewer remain.
    std::optional<ByteView> take(std::size_t n);
    /// Skips n bytes; false (position unchanged) if fewer remain.
    bool skip(std::size_t n);

private:
    ByteView m_data;
    std::size_t m_pos = 0;
};

/// Appends big-endian fields to a growing buffer.
class ByteWriter {
public:
    ByteWriter() = default;
    explicit ByteWriter(std::size_t reserve) { m_out.reserve(reserve); }

    ByteWriter& u8(std::uint8_t v);
    ByteWriter& u16(std::uint16_t v);
    ByteWriter& u32(std::uint32_t v);
    ByteWriter& u64(std::uint64_t v);
    /// The low `width` bytes (1..8) of `v`, big-endian.
    ByteWriter& uint(std::uint64_t v, std::size_t width);
    ByteWriter& bytes(ByteView v);
    ByteWriter& bytes(std::string_view v);

    std::size_t size() const { return m_out.size(); }
    const Bytes& data() const { return m_out; }
    Bytes& data() { return m_out; }
    Bytes take() { return std::move(m_out); }

private:
    Bytes m_out;
};

/// "7E A0 07" style hex: bytes separated by `separator` (none when '\0'), upper case.
std::string toHex(ByteView data, char separator = ' ');
/// Parses hex with optional whitespace, ':' or '-' between bytes ("7EA0", "7e a0", "7E:A0").
/// nullopt on an odd digit count or a character that is not hex.
std::optional<Bytes> fromHex(std::string_view text);

/// Bytes of a string literal, for tests and protocol constants.
inline Bytes bytesOf(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

}  // namespace omt

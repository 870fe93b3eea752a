#pragma once
// The DLMS/COSEM TCP/UDP wrapper (IEC 62056-9-7 / Green Book "TCP-UDP based communication
// profile"): every APDU on a TCP connection is preceded by an 8-byte header, all big-endian:
//
//   00 01   version (always 0x0001)
//   00 10   source wPort        (client SAP: 0x10 = public client)
//   00 01   destination wPort   (server SAP: 0x01 = management logical device)
//   00 1F   length of the APDU that follows (1..65535)
//
// Pure C++, no I/O. encodeWrapper() builds a frame; decodeWrapper() takes exactly one frame;
// WrapperDecoder takes a byte stream in pieces of any size.
//
//   WrapperDecoder decoder;
//   auto result = decoder.feed(bytesFromSocket);
//   for (const WrapperFrame& f : result.frames) handleApdu(f.payload);
//   if (result.failure) { /* the stream is out of step: drop the connection */ }

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

namespace omt::wrapper {

inline constexpr std::uint16_t kWrapperVersion = 0x0001;
inline constexpr std::size_t kWrapperHeaderSize = 8;
/// The largest APDU the 16-bit length field can announce.
inline constexpr std::size_t kWrapperMaxPayload = 0xFFFF;

enum class WrapperError {
    BadVersion,      ///< version field is not 0x0001
    EmptyPayload,    ///< length field is 0: there is no APDU of zero bytes
    PayloadTooLong,  ///< length exceeds the limit given (or 65535 when encoding)
    Truncated,       ///< decodeWrapper(): the input ends before the announced length
    TrailingBytes,   ///< decodeWrapper(): bytes follow the announced length
};

using WrapperFailure = omt::Failure<WrapperError>;

/// Stable kebab-case identifier: nameOf(WrapperError::BadVersion) is "bad-version".
const char* nameOf(WrapperError error);

struct WrapperFrame {
    std::uint16_t sourceWPort = 0;
    std::uint16_t destinationWPort = 0;
    Bytes payload;  ///< the APDU

    friend bool operator==(const WrapperFrame& a, const WrapperFrame& b) = default;
};

/// Header plus payload. Errors: EmptyPayload, PayloadTooLong (more than 65535 bytes).
///   encodeWrapper({0x10, 0x01, apdu}) -> 00 01 00 10 00 01 LL LL apdu...
omt::Expected<Bytes, WrapperFailure> encodeWrapper(const WrapperFrame& frame);

/// Exactly one frame. Errors: Truncated (also for less than a header), BadVersion,
/// EmptyPayload, PayloadTooLong (length above `maxPayload`), TrailingBytes. The failure offset
/// is that of the offending field (or of the end of input for Truncated).
omt::Expected<WrapperFrame, WrapperFailure> decodeWrapper(
    ByteView data, std::size_t maxPayload = kWrapperMaxPayload);

/// What one WrapperDecoder::feed() call produced: the frames completed by this input, in
/// order, and the failure that stopped the stream, if any.
struct WrapperDecodeResult {
    std::vector<WrapperFrame> frames;
    std::optional<WrapperFailure> failure;
};

/// Streaming decoder for a TCP byte stream: accepts input split or concatenated at any byte.
/// It keeps at most one incomplete frame (header + maxPayload bytes). A bad header stops it for
/// good (a stream that lost step cannot be resynchronised): every later feed() returns the same
/// failure and no frames, until reset().
class WrapperDecoder {
public:
    /// `maxPayload` bounds the length field accepted (e.g. the negotiated max PDU size).
    explicit WrapperDecoder(std::size_t maxPayload = kWrapperMaxPayload)
        : m_maxPayload(maxPayload) {}

    /// Consumes `data`. Failure offsets count bytes from the start of the stream (since the
    /// last reset): BadVersion at the version field, EmptyPayload / PayloadTooLong at the length.
    WrapperDecodeResult feed(ByteView data);

    /// Forgets buffered bytes and a failure; the next byte starts a header.
    void reset();

    /// Bytes of an incomplete frame held back.
    std::size_t buffered() const { return m_buffer.size(); }
    bool failed() const { return m_failure.has_value(); }

private:
    std::optional<WrapperFailure> checkHeader(std::size_t streamOffset) const;

    std::size_t m_maxPayload;
    Bytes m_buffer;
    std::size_t m_consumed = 0;  ///< stream offset of m_buffer[0]
    std::optional<WrapperFailure> m_failure;
};

}  // namespace omt::wrapper

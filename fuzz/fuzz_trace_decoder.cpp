// The trace decoder sees whatever crossed the wire in both directions, and the trace text
// parser whatever file it is given; the redactor (bit 1 of the first byte: wrapper framing)
// takes the same chunks and must give back exactly as many bytes, in order. Input layout: the
// first byte picks keys or not; then chunks of [direction+length byte][bytes]. The whole input
// is also parsed as trace text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "protocol/dlms/security/key128.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/redactor.h"
#include "protocol/trace/trace_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using omt::trace::Direction;
    (void)omt::trace::parseTrace(std::string_view(reinterpret_cast<const char*>(data), size));
    if (size == 0) {
        return 0;
    }
    omt::trace::TraceDecoder decoder =
        (data[0] & 1U) != 0
            ? omt::trace::TraceDecoder(omt::dlms::security::SecurityKeys{
                  *omt::dlms::security::Key128::fromHex("000102030405060708090A0B0C0D0E0F"),
                  *omt::dlms::security::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
                  std::nullopt})
            : omt::trace::TraceDecoder();
    omt::trace::Redactor redactor((data[0] & 2U) != 0 ? omt::trace::LineFraming::Wrapper
                                                      : omt::trace::LineFraming::Serial);
    redactor.addSecret(omt::bytesOf("12345678"));
    std::size_t in = 0;
    std::size_t out = 0;
    std::size_t pos = 1;
    while (pos < size) {
        const std::uint8_t head = data[pos++];
        const Direction dir = (head & 0x80U) != 0 ? Direction::FromMeter : Direction::ToMeter;
        std::size_t len = head & 0x7FU;
        if (len == 0x7F) {
            len = size - pos;  // the rest in one chunk
        }
        if (len > size - pos) {
            len = size - pos;
        }
        (void)decoder.feed(dir, omt::ByteView(data + pos, len));
        for (const auto& r :
             redactor.add({dir, omt::Bytes(data + pos, data + pos + len), {}, {}})) {
            out += r.bytes.size();
        }
        in += len;
        pos += len;
    }
    for (const auto& r : redactor.flush()) {
        out += r.bytes.size();
    }
    if (in != out) {
        std::abort();  // the redactor lost or invented bytes
    }
    return 0;
}

// Arbitrary bytes into the HDLC deframer, in chunks whose sizes the input chooses.
// Checks: the buffer stays bounded; every decoded frame re-encodes and decodes equal; the frames
// found do not depend on how the stream was cut (byte by byte versus chunks).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"

namespace {

using omt::ByteView;
using omt::hdlc::Deframer;
using omt::hdlc::Frame;

void checkRoundTrip(const Frame& frame) {
    auto bytes = omt::hdlc::encodeFrame(frame);
    if (!bytes) {
        __builtin_trap();  // a decoded frame always fits its own encoding
    }
    auto again = omt::hdlc::decodeFrame(*bytes);
    if (!again || !(*again == frame)) {
        __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::uint8_t chunkSeed = data[0];
    const ByteView stream(data + 1, size - 1);

    std::vector<Frame> chunked;
    std::size_t chunkedErrors = 0;
    Deframer d;
    std::size_t pos = 0;
    std::size_t step = 0;
    while (pos < stream.size()) {
        const std::size_t n =
            std::min<std::size_t>(1 + (chunkSeed * 31U + step * 17U) % 97U, stream.size() - pos);
        for (auto& r : d.feed(stream.subspan(pos, n))) {
            if (r) {
                checkRoundTrip(*r);
                chunked.push_back(std::move(*r));
            } else {
                ++chunkedErrors;
            }
        }
        if (d.buffered() > Deframer::kCapacity) {
            __builtin_trap();
        }
        pos += n;
        ++step;
    }

    std::vector<Frame> single;
    std::size_t singleErrors = 0;
    Deframer e;
    for (const std::uint8_t b : stream) {
        for (auto& r : e.feed(ByteView(&b, 1))) {
            if (r) {
                single.push_back(std::move(*r));
            } else {
                ++singleErrors;
            }
        }
    }
    if (single != chunked || singleErrors != chunkedErrors || d.buffered() != e.buffered()) {
        __builtin_trap();
    }
    return 0;
}

// DLMS/COSEM TCP wrapper: the one-shot decoder and the streaming decoder must agree on arbitrary
// bytes however they are chunked, and every decoded frame must encode back to the same bytes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/wrapper/wrapper_codec.h"

using namespace omt;
using namespace omt::wrapper;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    // The first byte chooses the chunk size (1..32) and a payload limit.
    const std::size_t chunk = (data[0] & 0x1F) + 1;
    const std::size_t limit = (data[0] & 0x20) ? 64 : kWrapperMaxPayload;
    const ByteView input(data + 1, size - 1);

    const auto one = decodeWrapper(input, limit);
    if (one) {
        const auto again = encodeWrapper(*one);
        if (!again || Bytes(input.begin(), input.end()) != *again) {
            __builtin_trap();
        }
    } else if (one.error().offset > input.size()) {
        __builtin_trap();
    }

    WrapperDecoder whole(limit);
    WrapperDecoder pieced(limit);
    const auto all = whole.feed(input);
    std::vector<WrapperFrame> frames;
    std::optional<WrapperFailure> failure;
    for (std::size_t pos = 0; pos < input.size(); pos += chunk) {
        const auto part = pieced.feed(input.subspan(pos, std::min(chunk, input.size() - pos)));
        frames.insert(frames.end(), part.frames.begin(), part.frames.end());
        if (part.failure && !failure) {
            failure = part.failure;
        }
        if (pieced.buffered() > kWrapperHeaderSize + limit) {
            __builtin_trap();
        }
    }
    if (frames != all.frames || failure.has_value() != all.failure.has_value()) {
        __builtin_trap();
    }
    if (failure && (failure->code != all.failure->code || failure->offset != all.failure->offset)) {
        __builtin_trap();
    }
    return 0;
}

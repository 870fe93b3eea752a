// Fuzz target: the ACSE decoders (AARQ, AARE, RLRQ, RLRE) on arbitrary bytes. A decoded value
// must encode, decode to an equal value, and encode to the same bytes again.

#include <cstddef>
#include <cstdint>

#include "protocol/dlms/apdu/acse.h"

namespace {

template <class Decode, class Encode>
void roundTrip(omt::ByteView input, Decode decode, Encode encode) {
    auto first = decode(input);
    if (!first) {
        (void)omt::dlms::nameOf(first.error().code);
        return;
    }
    auto wire = encode(*first);
    if (!wire) {
        __builtin_trap();
    }
    auto second = decode(*wire);
    if (!second || !(*second == *first)) {
        __builtin_trap();
    }
    auto again = encode(*second);
    if (!again || *again != *wire) {
        __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace omt::dlms;
    const omt::ByteView input(data, size);
    roundTrip(input, decodeAarq, encodeAarq);
    roundTrip(input, decodeAare, encodeAare);
    roundTrip(input, decodeRlrq, encodeRlrq);
    roundTrip(input, decodeRlre, encodeRlre);
    return 0;
}

// Fuzz target: decodeApdu on arbitrary bytes. Whatever decodes must encode again, the encoding
// must decode, and encoding that second value must give the same bytes (bytes are compared, not
// values, so a NaN float inside a Data value does not count as a mismatch).

#include <cstddef>
#include <cstdint>

#include "protocol/dlms/apdu/apdu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace omt::dlms;
    auto first = decodeApdu(omt::ByteView(data, size));
    if (!first) {
        (void)nameOf(first.error().code);
        return 0;
    }
    (void)apduName(*first);
    auto wire = encodeApdu(*first);
    if (!wire) {
        __builtin_trap();  // a decoded value the encoder refuses
    }
    auto second = decodeApdu(*wire);
    if (!second || second->index() != first->index()) {
        __builtin_trap();  // our own encoding does not decode to the same kind
    }
    auto again = encodeApdu(*second);
    if (!again || *again != *wire) {
        __builtin_trap();  // the round trip is not stable
    }
    return 0;
}

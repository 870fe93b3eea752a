// IEC 62056-21 sign-on lines: the input is parsed as an identification, a request and an option
// select message. Each parse gives a value or a typed error with an offset inside the input; a
// value must encode back to exactly the input bytes.
#include <cstddef>
#include <cstdint>

#include "protocol/iec62056_21/sign_on_messages.h"

namespace {

template <class T>
void checkOffset(const T& result, std::size_t size) {
    if (!result && result.error().offset > size) {
        __builtin_trap();
    }
}

bool sameBytes(const omt::Bytes& a, omt::ByteView b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace omt::iec62056_21;
    const omt::ByteView in(data, size);

    const auto id = parseIdentification(in);
    checkOffset(id, size);
    if (id) {
        const auto again = encodeIdentification(*id);
        if (!again || !sameBytes(*again, in)) {
            __builtin_trap();
        }
        (void)id->fastReaction();
        (void)id->offersModeE();
    }
    // a generous identification limit must accept whatever the strict one accepts
    const auto lenient = parseIdentification(in, 64);
    checkOffset(lenient, size);
    if (id && (!lenient || !(*lenient == *id))) {
        __builtin_trap();
    }

    const auto request = parseRequest(in);
    checkOffset(request, size);
    if (request) {
        const auto again = encodeRequest(request->deviceAddress);
        if (!again || !sameBytes(*again, in)) {
            __builtin_trap();
        }
    }

    const auto option = parseOptionSelect(in);
    checkOffset(option, size);
    if (option) {
        const auto again = encodeOptionSelect(*option);
        if (!again || !sameBytes(*again, in)) {
            __builtin_trap();
        }
    }
    return 0;
}

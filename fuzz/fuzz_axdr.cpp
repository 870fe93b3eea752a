// Fuzz target for the A-XDR data decoder: arbitrary bytes -> decodeAll. Whatever decodes must
// encode again, and that encoding must decode to the same value (NaN compared by bits) and
// encode to the same bytes. The lenient options, the display text and the date/time helpers run
// on every decoded value too, so that they see hostile values.
#include <bit>
#include <cstddef>
#include <cstdint>

#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/axdr/display.h"

using namespace omt;
using namespace omt::dlms;

namespace {

// Equality that treats two doubles as equal when their bits are equal (NaN == NaN).
bool same(const Data& a, const Data& b);

bool sameList(const std::vector<Data>& a, const std::vector<Data>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

bool same(const Data& a, const Data& b) {
    if (a.type() != b.type() || a.value().index() != b.value().index()) {
        return false;
    }
    if (const auto* x = a.as<double>()) {
        return std::bit_cast<std::uint64_t>(*x) == std::bit_cast<std::uint64_t>(*b.as<double>());
    }
    if (const auto* x = a.elements()) {
        return sameList(*x, *b.elements());
    }
    if (const auto* x = a.as<CompactArray>()) {
        const auto* y = b.as<CompactArray>();
        return x->elementType == y->elementType && sameList(x->elements, y->elements);
    }
    return a == b;
}

void exercise(const Data& d) {
    (void)toDisplayString(d, 200);
    if (const auto* dt = d.as<CosemDateTime>()) {
        (void)toIsoString(*dt);
        (void)toSysSeconds(*dt, -60);
    }
    if (const auto* bytes = d.as<Bytes>(); bytes != nullptr && bytes->size() == 12) {
        if (auto dt = CosemDateTime::fromBytes(*bytes, false)) {
            (void)toIsoString(*dt);
            (void)toSysSeconds(*dt);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);

    DecodeOptions lenient;
    lenient.strictVisibleString = false;
    lenient.validateDateTime = false;
    if (auto loose = decodeAll(input, lenient)) {
        exercise(*loose);
        (void)encode(*loose);  // may refuse what lenient decoding let through, must not crash
    }

    auto first = decodeAll(input);
    if (!first) {
        return 0;
    }
    exercise(*first);
    auto wire = encode(*first);
    if (!wire) {
        __builtin_trap();  // a value decoded with the default options must encode
    }
    auto second = decodeAll(*wire);
    if (!second || !same(*first, *second)) {
        __builtin_trap();
    }
    auto again = encode(*second);
    if (!again || *again != *wire) {
        __builtin_trap();
    }
    return 0;
}

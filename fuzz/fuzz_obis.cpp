// OBIS text parser: arbitrary text must give a code or a typed error; a parsed code must survive
// formatting and parsing again in both forms.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "protocol/cosem/obis.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto code = omt::cosem::ObisCode::parse(text);
    if (!code) {
        if (code.error().offset > size) {
            __builtin_trap();
        }
        return 0;
    }
    const auto again = omt::cosem::ObisCode::parse(code->toString());
    const auto display = omt::cosem::ObisCode::parse(code->toDisplayString());
    if (!again || !display || *again != *code || *display != *code) {
        __builtin_trap();
    }
    (void)omt::cosem::obisName(*code);
    return 0;
}

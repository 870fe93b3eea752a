// IEC 62056-21 client sign-on engine driven by a script: the first byte picks the wanted mode and
// the head's rate limit; after it, 0xFE n means "timer n expired" and every other run of bytes is
// received from the line. Properties: the engine never crashes, returns at most one Done/Failed,
// and returns nothing once finished.
#include <cstddef>
#include <cstdint>
#include <variant>

#include "protocol/iec62056_21/client_handshake.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace omt::iec62056_21;
    if (size == 0) {
        return 0;
    }
    HandshakeOptions options;
    options.mode = static_cast<HandshakeMode>(data[0] % 3);
    const std::uint32_t limits[] = {300, 2400, 9600, 19200};
    options.maxBaud = limits[(data[0] >> 2) % 4];
    options.requireModeEConfirm = (data[0] & 0x10) == 0;
    options.readoutLimits.maxMessageSize = 2048;
    ClientHandshake hs(options);

    int ends = 0;
    auto account = [&ends](const HandshakeActions& actions) {
        for (const auto& a : actions) {
            if (std::holds_alternative<Done>(a) || std::holds_alternative<Failed>(a)) {
                ++ends;
            }
        }
    };
    account(hs.start());
    std::size_t pos = 1;
    while (pos < size) {
        const bool wasFinished = hs.isFinished();
        HandshakeActions actions;
        if (data[pos] == 0xFE && pos + 1 < size) {
            actions = hs.timerExpired(static_cast<TimerId>(data[pos + 1] % 3));
            pos += 2;
        } else {
            std::size_t end = pos;
            while (end < size && data[end] != 0xFE) {
                ++end;
            }
            actions = hs.bytesReceived(omt::ByteView(data + pos, end - pos));
            pos = end == pos ? pos + 1 : end;
        }
        if (wasFinished && !actions.empty()) {
            __builtin_trap();
        }
        account(actions);
    }
    if (ends > 1) {
        __builtin_trap();
    }
    return 0;
}

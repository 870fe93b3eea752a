// IEC 62056-21 meter sign-on engine driven by a script: after the first byte (bit 0: the meter
// has a password, bit 1: it offers mode E), 0xFE n means "timer n expired" and every other run
// of bytes is received from the line. Properties: the engine never crashes, returns at most one
// EnterHdlc, and returns nothing once in HDLC.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/iec62056_21/server_sign_on.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace omt::iec62056_21;
    if (size == 0) {
        return 0;
    }
    ServerOptions options;
    options.identification = Identification{"KAM", '5', (data[0] & 2) != 0 ? "2" : "", "OMT"};
    options.deviceAddress = "12345678";
    if ((data[0] & 1) != 0) {
        options.password = "00000000";
    }
    options.operand = "4711";
    options.readout = [] {
        return std::vector<DataSet>{DataSet{"1.8.0", {ValueGroup{"001234.567", "kWh"}}, 0}};
    };
    options.readRegister =
        [](const std::string& address) -> omt::Expected<std::string, RegisterError> {
        if (address.size() % 2 == 0) {
            return address;
        }
        return omt::unexpected(RegisterError{"ERR01"});
    };
    options.writeRegister = [](const std::string&,
                               const std::string& value) -> std::optional<RegisterError> {
        if (value.empty()) {
            return RegisterError{"ERR02"};
        }
        return std::nullopt;
    };
    ServerSignOn meter(options);
    meter.start();

    int hdlc = 0;
    std::size_t pos = 1;
    while (pos < size) {
        const bool wasHdlc = meter.state() == ServerSignOn::State::Hdlc;
        ServerActions actions;
        if (data[pos] == 0xFE && pos + 1 < size) {
            actions = meter.timerExpired(static_cast<ServerTimerId>(data[pos + 1] % 3));
            pos += 2;
        } else {
            std::size_t end = pos;
            while (end < size && data[end] != 0xFE) {
                ++end;
            }
            actions = meter.bytesReceived(omt::ByteView(data + pos, end - pos));
            pos = end == pos ? pos + 1 : end;
        }
        if (wasHdlc && !actions.empty()) {
            __builtin_trap();
        }
        for (const auto& a : actions) {
            if (std::holds_alternative<EnterHdlc>(a)) {
                ++hdlc;
            }
        }
    }
    if (hdlc > 1) {
        __builtin_trap();
    }
    return 0;
}

// Arbitrary line bytes into the HDLC link engine, as a secondary (server) and as a primary
// (client) that has sent SNRM and, once connected, a request. Both answer what they receive,
// their users reply to every APDU, and timers expire now and then.
// Checks: no crash or sanitizer report; every frame a station sends decodes; each input chunk
// produces a bounded number of actions.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/station.h"

namespace {

using namespace omt::hdlc;

StationConfig config(Role role) {
    StationConfig c;
    c.role = role;
    c.client = Address::client(kPublicClient);
    c.server = Address::server(kManagementLogicalDevice);
    c.parameters = LinkParameters{128, 128, 7, 7};
    c.maxApduSize = 4096;
    c.maxRetries = 2;
    return c;
}

void handle(Station& station, const Actions& actions, int depth) {
    if (actions.size() > 10000) {
        __builtin_trap();
    }
    for (const auto& a : actions) {
        if (const auto* s = std::get_if<SendBytes>(&a)) {
            if (!decodeFrame(s->bytes)) {
                __builtin_trap();  // a station only ever sends well-formed frames
            }
        } else if (const auto* r = std::get_if<ApduReceived>(&a)) {
            if (depth < 2) {
                omt::Bytes reply(r->apdu.rbegin(), r->apdu.rend());
                reply.resize(reply.size() % 700 + 1, 0xC4);
                handle(station, station.send(reply), depth + 1);
            }
        } else if (std::holds_alternative<Connected>(a) && station.role() == Role::Primary) {
            if (depth < 2) {
                handle(station, station.send(omt::Bytes(300, 0xC0)), depth + 1);
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Station secondary(config(Role::Secondary));
    Station primary(config(Role::Primary));
    handle(primary, primary.connect(), 0);
    const omt::ByteView line(data, size);
    std::size_t pos = 0;
    std::size_t step = 0;
    while (pos < line.size()) {
        const std::size_t n = std::min<std::size_t>(1 + (step * 37U) % 90U, line.size() - pos);
        const auto chunk = line.subspan(pos, n);
        handle(secondary, secondary.bytesReceived(chunk), 0);
        handle(primary, primary.bytesReceived(chunk), 0);
        if (step % 5 == 4) {
            const auto id = static_cast<TimerId>((step / 5) % kTimerCount);
            handle(secondary, secondary.timerExpired(id), 0);
            handle(primary, primary.timerExpired(id), 0);
        }
        if (step % 11 == 10) {
            handle(secondary, secondary.setBusy(step % 22 == 10), 0);
        }
        pos += n;
        ++step;
    }
    handle(primary, primary.disconnect(), 0);
    handle(secondary, secondary.disconnect(), 0);
    return 0;
}

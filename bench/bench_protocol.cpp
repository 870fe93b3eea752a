// Throughput of the protocol core on the work a meter session gives it. Prints one line per case:
// time per operation, operations per second and bytes per second, and the peak memory at the end.
//
//   build/release/bench/omt_bench            # all cases, about 0.5 s each
//   build/release/bench/omt_bench axdr       # cases whose name contains "axdr"
//
// For scale: a 9600-baud optical link carries about 960 bytes/s, so any figure in MB/s here is
// thousands of times faster than the wire; the point is to catch regressions and quadratic work.

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/segmentation.h"
#include "protocol/iec62056_21/readout.h"
#include "protocol/trace/describe.h"

using namespace omt;
using Clock = std::chrono::steady_clock;

namespace {

volatile std::size_t g_sink = 0;  // keeps results alive

void run(const char* filter, const char* name, std::size_t bytesPerOp,
         const std::function<std::size_t()>& op) {
    if (filter != nullptr && std::strstr(name, filter) == nullptr) {
        return;
    }
    g_sink = g_sink + op();  // warm up
    std::size_t ops = 0;
    const auto start = Clock::now();
    auto elapsed = Clock::duration::zero();
    while (elapsed < std::chrono::milliseconds(500)) {
        g_sink = g_sink + op();
        ++ops;
        elapsed = Clock::now() - start;
    }
    const double seconds = std::chrono::duration<double>(elapsed).count();
    const double perOp = seconds / static_cast<double>(ops);
    std::printf("%-34s %12.2f us/op %12.0f op/s", name, perOp * 1e6, 1.0 / perOp);
    if (bytesPerOp > 0) {
        std::printf(" %10.1f MB/s", static_cast<double>(bytesPerOp) / perOp / 1e6);
    }
    std::printf("\n");
}

// 30 days of 15-minute load profile rows: {date-time, A+, A-, R+, R-}.
dlms::Data loadProfile(std::size_t rows) {
    std::vector<dlms::Data> buffer;
    buffer.reserve(rows);
    auto t = std::chrono::sys_seconds{std::chrono::sys_days{
        std::chrono::year{2026} / std::chrono::month{11} / std::chrono::day{1}}};
    for (std::size_t i = 0; i < rows; ++i) {
        auto dt = dlms::fromSysSeconds(t + std::chrono::minutes(15 * i), -60, 0);
        const auto v = static_cast<std::uint32_t>(i * 37);
        buffer.push_back(dlms::Data::structure(
            {dlms::Data::octetString(dt->toBytes()), dlms::Data::doubleLongUnsigned(v),
             dlms::Data::doubleLongUnsigned(v / 3), dlms::Data::doubleLongUnsigned(v / 5),
             dlms::Data::doubleLongUnsigned(v / 7)}));
    }
    return dlms::Data::array(std::move(buffer));
}

}  // namespace

int main(int argc, char** argv) {
    const char* filter = argc > 1 ? argv[1] : nullptr;
    std::printf("%-34s %15s %15s %13s\n", "case", "time", "rate", "throughput");

    // HDLC: a stream of 1000 I frames of 128 information bytes, fed in 64-byte pieces.
    Bytes stream;
    for (unsigned i = 0; i < 1000; ++i) {
        hdlc::Frame f{hdlc::Address::server(1, 0x11), hdlc::Address::client(0x10),
                      hdlc::Control::i(i % 8, (i + 1) % 8, i % 4 == 3), false,
                      Bytes(128, static_cast<std::uint8_t>(i))};
        const Bytes enc = *hdlc::encodeFrame(f);
        stream.insert(stream.end(), enc.begin(), enc.end());
    }
    run(filter, "hdlc deframe 1000 frames", stream.size(), [&] {
        hdlc::Deframer d;
        std::size_t frames = 0;
        for (std::size_t pos = 0; pos < stream.size(); pos += 64) {
            const std::size_t n = std::min<std::size_t>(64, stream.size() - pos);
            frames += d.feed(ByteView(stream).subspan(pos, n)).size();
        }
        return frames;
    });
    run(filter, "hdlc encode frame (128 B)", 128, [&] {
        hdlc::Frame f{hdlc::Address::server(1, 0x11), hdlc::Address::client(0x10),
                      hdlc::Control::i(1, 2, true), false, Bytes(128, 0x55)};
        return hdlc::encodeFrame(f)->size();
    });
    const Bytes bigApdu(64 * 1024, 0xA5);
    run(filter, "hdlc segment+reassemble 64 KiB", bigApdu.size(), [&] {
        auto segments = hdlc::segmentApdu(bigApdu, 1024);
        hdlc::Reassembler r(128 * 1024);
        std::size_t out = 0;
        for (const auto& s : segments) {
            auto done = r.add(s.information, s.more);
            if (done && done->has_value()) {
                out = (*done)->size();
            }
        }
        return out;
    });

    // A-XDR: a 30-day 15-minute load profile (2880 rows).
    const dlms::Data profile = loadProfile(2880);
    const Bytes profileBytes = *dlms::encode(profile);
    run(filter, "axdr decode load profile 2880 rows", profileBytes.size(), [&] {
        auto d = dlms::decodeAll(profileBytes);
        const auto* rows = d ? d->elements() : nullptr;
        return rows != nullptr ? rows->size() : 0;
    });
    run(filter, "axdr encode load profile 2880 rows", profileBytes.size(),
        [&] { return dlms::encode(profile)->size(); });

    // APDUs: the same profile as a 1 KiB data block, and a 10-attribute GET-with-list.
    const dlms::Apdu block = dlms::GetResponseWithDataBlock{
        dlms::InvokeIdAndPriority::make(1),
        dlms::DataBlockG{false, 7, Bytes(profileBytes.begin(), profileBytes.begin() + 1024)}};
    const Bytes blockBytes = *dlms::encodeApdu(block);
    run(filter, "apdu decode get-response block", blockBytes.size(),
        [&] { return dlms::decodeApdu(blockBytes).hasValue() ? 1U : 0U; });
    dlms::GetRequestWithList list{dlms::InvokeIdAndPriority::make(2), {}};
    for (std::uint8_t i = 0; i < 10; ++i) {
        list.attributes.push_back({{3, cosem::ObisCode(1, 0, 1, 8, i, 255), 2}, std::nullopt});
    }
    const Bytes listBytes = *dlms::encodeApdu(list);
    run(filter, "apdu decode get-request-with-list 10", listBytes.size(),
        [&] { return dlms::decodeApdu(listBytes).hasValue() ? 1U : 0U; });

    // Security suite 0: cipher and decipher a 1 KiB response.
    namespace sec = dlms::security;
    const auto keys = [] {
        return sec::SecurityKeys{*sec::Key128::fromHex("000102030405060708090A0B0C0D0E0F"),
                                 *sec::Key128::fromHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
                                 std::nullopt};
    };
    const auto meterTitle = *sec::SystemTitle::fromFlag("KAM", 57360117);
    const auto toolTitle = *sec::SystemTitle::fromHex("4F4D540000000001");
    sec::SecurityContext meter(meterTitle, keys());
    meter.setPeerSystemTitle(toolTitle);
    sec::SecurityContext tool(toolTitle, keys());
    tool.setPeerSystemTitle(meterTitle);
    run(filter, "gcm cipher+decipher 1 KiB apdu", blockBytes.size(), [&] {
        auto wire = sec::cipherApdu(blockBytes, meter, sec::CipheringMode::Global);
        auto plain = sec::decipherApdu(*wire, tool);
        return plain ? plain->plain.size() : 0;
    });

    // IEC 62056-21: a 200-line data readout.
    std::string blockText;
    for (int i = 0; i < 200; ++i) {
        blockText +=
            "1.8." + std::to_string(i % 10) + "(" + std::to_string(100000 + i) + ".123*kWh)\r\n";
    }
    const Bytes readout = *iec62056_21::encodeReadout(blockText);
    run(filter, "iec21 parse readout 200 lines", readout.size(),
        [&] { return iec62056_21::parseReadout(readout)->dataSets.size(); });

    // Trace: decoding a whole HDLC stream with its APDUs.
    run(filter, "trace decode 1000 frames", stream.size(), [&] {
        trace::TraceDecoder decoder;
        return decoder.feed(trace::Direction::FromMeter, stream).size();
    });

#if defined(__unix__) || defined(__APPLE__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
#endif
    return 0;
}

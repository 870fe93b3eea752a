// IEC 62056-21 byte stream: the frame splitter cuts the input (fed in pieces whose sizes come from
// the input itself) into messages, which are parsed as readouts and as programming-mode messages.
// Properties: the pieces do not change the frames; every decoded message encodes back to exactly
// its bytes; a readout's data sets encode back to exactly its data block.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "protocol/iec62056_21/frame_splitter.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/iec62056_21/readout.h"

namespace {

using namespace omt::iec62056_21;

bool sameBytes(const omt::Bytes& a, omt::ByteView b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

void checkMessage(omt::ByteView frame) {
    ReadoutLimits limits;
    limits.maxDataSets = 512;
    const auto readout = parseReadout(frame, limits);
    if (!readout && readout.error().offset > frame.size()) {
        __builtin_trap();
    }
    if (readout) {
        const auto again = encodeReadout(readout->dataBlock, limits);
        if (!again || !sameBytes(*again, frame)) {
            __builtin_trap();
        }
        const auto block = encodeDataBlock(readout->dataSets, limits);
        if (!block || *block != readout->dataBlock) {
            __builtin_trap();
        }
    }
    const auto message = parseProgrammingMessage(frame);
    if (!message && message.error().offset > frame.size()) {
        __builtin_trap();
    }
    if (message) {
        const auto again = encodeProgrammingMessage(*message);
        if (!again || !sameBytes(*again, frame)) {
            __builtin_trap();
        }
        if (const auto* c = std::get_if<CommandMessage>(&*message)) {
            (void)c->dataSet();
        }
        if (const auto* d = std::get_if<DataMessage>(&*message)) {
            (void)d->dataSet();
        }
    }
}

std::vector<omt::Expected<Frame, Iec21Failure>> split(omt::ByteView in, bool pieces,
                                                      AckFraming ack) {
    FrameSplitter splitter(1024);
    splitter.setAckFraming(ack);
    std::vector<omt::Expected<Frame, Iec21Failure>> out;
    std::size_t pos = 0;
    std::size_t step = 0;
    while (pos < in.size()) {
        const std::size_t n =
            pieces ? std::min<std::size_t>(1 + (in[step++ % in.size()] % 7), in.size() - pos)
                   : in.size() - pos;
        for (auto& r : splitter.feed(in.subspan(pos, n))) {
            out.push_back(std::move(r));
        }
        pos += n;
        if (splitter.pending() > 1024) {
            __builtin_trap();
        }
    }
    return out;
}

bool sameResults(const std::vector<omt::Expected<Frame, Iec21Failure>>& a,
                 const std::vector<omt::Expected<Frame, Iec21Failure>>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].hasValue() != b[i].hasValue()) {
            return false;
        }
        if (a[i] ? !(*a[i] == *b[i]) : !(a[i].error() == b[i].error())) {
            return false;
        }
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const omt::ByteView in(data, size);
    checkMessage(in);
    for (AckFraming ack : {AckFraming::SingleByte, AckFraming::OptionSelectLine}) {
        const auto whole = split(in, false, ack);
        const auto pieces = split(in, true, ack);
        if (!sameResults(whole, pieces)) {
            __builtin_trap();
        }
        for (const auto& r : whole) {
            if (r) {
                if (r->bytes.empty() || r->bytes.size() > 1024) {
                    __builtin_trap();
                }
                checkMessage(r->bytes);
            }
        }
    }
    return 0;
}

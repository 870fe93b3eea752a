// Writes resources/samples/lls-session.trace: the wire bytes of a complete optical-port session
// with a meter (IEC 62056-21 mode E sign-on, HDLC connect, LLS association, reads, release,
// disconnect), built with the protocol core's own encoders. Run it when an encoder changes the
// bytes on purpose; tst_trace checks that the committed file still decodes as expected.
//
//   build/dev/tests/tools/omt_make_sample_trace > resources/samples/lls-session.trace

#include <chrono>
#include <cstdio>
#include <string>

#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/llc.h"
#include "protocol/iec62056_21/sign_on_messages.h"
#include "protocol/trace/trace_file.h"

using namespace omt;
using namespace std::chrono;

namespace {

int g_ms = 0;

void emit(trace::Direction d, const Bytes& bytes, int delayMs) {
    g_ms += delayMs;
    trace::TraceLine line;
    char ts[64];
    std::snprintf(ts, sizeof ts, "2026-11-21T09:30:%02d.%03dZ", 10 + g_ms / 1000, g_ms % 1000);
    line.timestamp = ts;
    line.direction = d;
    line.bytes = bytes;
    std::printf("%s\n", trace::formatTraceLine(line).c_str());
}

template <class T>
T must(Expected<T, Failure<hdlc::HdlcError>> r) {
    if (!r) {
        std::fprintf(stderr, "encode failed\n");
        std::exit(1);
    }
    return std::move(*r);
}

Bytes apduBytes(const dlms::Apdu& a) {
    auto r = dlms::encodeApdu(a);
    if (!r) {
        std::fprintf(stderr, "apdu encode failed: %s\n", dlms::nameOf(r.error().code));
        std::exit(1);
    }
    return *r;
}

const hdlc::Address kClient = hdlc::Address::client(0x20);  // reader: LLS
const hdlc::Address kServer = hdlc::Address::server(1, 0x11);

Bytes frame(bool toMeter, hdlc::Control control, Bytes info = {}) {
    hdlc::Frame f;
    f.destination = toMeter ? kServer : kClient;
    f.source = toMeter ? kClient : kServer;
    f.control = control;
    f.information = std::move(info);
    return must(hdlc::encodeFrame(f));
}

Bytes iframe(bool toMeter, unsigned ns, unsigned nr, const dlms::Apdu& apdu) {
    const auto llc = toMeter ? hdlc::LlcDirection::Request : hdlc::LlcDirection::Response;
    return frame(toMeter, hdlc::Control::i(ns, nr, true), hdlc::addLlcHeader(apduBytes(apdu), llc));
}

dlms::CosemAttributeDescriptor attr(std::uint16_t cls, cosem::ObisCode code, std::int8_t index) {
    return {cls, code, index};
}

}  // namespace

int main() {
    using trace::Direction;
    std::printf("# An OMNIPOWER CT read through the optical port by the reader client (LLS).\n");
    std::printf("# Made by tests/tools/make_sample_trace.cpp; decode with: omt decode FILE\n");

    // IEC 62056-21: request, identification offering mode E at 9600 baud, option select for
    // HDLC, and the meter's confirmation of the switch.
    emit(Direction::ToMeter, *iec62056_21::encodeRequest(""), 0);
    iec62056_21::Identification id{"KAM", '5', "2", "OMNIPOWER CT"};
    emit(Direction::FromMeter, *iec62056_21::encodeIdentification(id), 180);
    const auto opt = iec62056_21::OptionSelect::modeEHdlc('5');
    emit(Direction::ToMeter, *iec62056_21::encodeOptionSelect(opt), 210);
    emit(Direction::FromMeter, *iec62056_21::encodeOptionSelect(opt), 230);

    // HDLC connect with negotiation.
    hdlc::LinkParameters proposed{512, 512, 1, 1};
    emit(Direction::ToMeter,
         frame(true, hdlc::Control::snrm(), hdlc::encodeLinkParameters(proposed)), 40);
    hdlc::LinkParameters granted{256, 256, 1, 1};
    emit(Direction::FromMeter,
         frame(false, hdlc::Control::ua(), hdlc::encodeLinkParameters(granted)), 45);

    // Association: LLS with the reader's password, InitiateRequest in the user-information.
    dlms::InitiateRequest init;
    init.proposedConformance.set(dlms::ConformanceBit::Get)
        .set(dlms::ConformanceBit::Set)
        .set(dlms::ConformanceBit::Action)
        .set(dlms::ConformanceBit::SelectiveAccess)
        .set(dlms::ConformanceBit::BlockTransferWithGetOrRead)
        .set(dlms::ConformanceBit::MultipleReferences);
    init.clientMaxReceivePduSize = 0xFFFF;
    dlms::Aarq aarq;
    aarq.applicationContext = dlms::ApplicationContextName::LogicalName;
    aarq.authentication = true;
    aarq.mechanismName = dlms::MechanismName::Low;
    aarq.callingAuthenticationValue = bytesOf("RdPw4711");
    Bytes initBytes = apduBytes(init);
    Bytes ui{0x04, static_cast<std::uint8_t>(initBytes.size())};
    ui.insert(ui.end(), initBytes.begin(), initBytes.end());
    aarq.userInformation = ui;
    emit(Direction::ToMeter, iframe(true, 0, 0, aarq), 30);

    dlms::InitiateResponse initResp;
    initResp.negotiatedConformance.set(dlms::ConformanceBit::Get)
        .set(dlms::ConformanceBit::SelectiveAccess)
        .set(dlms::ConformanceBit::BlockTransferWithGetOrRead)
        .set(dlms::ConformanceBit::MultipleReferences);
    initResp.serverMaxReceivePduSize = 500;
    dlms::Aare aare;
    aare.applicationContext = dlms::ApplicationContextName::LogicalName;
    aare.result = dlms::AssociationResult::Accepted;
    aare.diagnostic = dlms::AcseServiceUserDiagnostic::Null;
    aare.authentication = true;
    aare.mechanismName = dlms::MechanismName::Low;
    Bytes respBytes = apduBytes(initResp);
    Bytes ui2{0x04, static_cast<std::uint8_t>(respBytes.size())};
    ui2.insert(ui2.end(), respBytes.begin(), respBytes.end());
    aare.userInformation = ui2;
    emit(Direction::FromMeter, iframe(false, 0, 1, aare), 70);

    // Clock time.
    const cosem::ObisCode clock(0, 0, 1, 0, 0, 255);
    emit(Direction::ToMeter,
         iframe(true, 1, 1,
                dlms::GetRequestNormal{dlms::InvokeIdAndPriority::make(1), attr(8, clock, 2),
                                       std::nullopt}),
         25);
    const auto now =
        sys_seconds{sys_days{year{2026} / 11 / 21}} + hours{9} + minutes{30} + seconds{11};
    auto dt = dlms::fromSysSeconds(now, -60, 0x00);
    emit(Direction::FromMeter,
         iframe(false, 1, 2,
                dlms::GetResponseNormal{dlms::InvokeIdAndPriority::make(1),
                                        dlms::Data::octetString(dt->toBytes())}),
         60);

    // Energy registers and the serial number in one request.
    const cosem::ObisCode aPlus(1, 0, 1, 8, 0, 255);
    const cosem::ObisCode aMinus(1, 0, 2, 8, 0, 255);
    const cosem::ObisCode serial(0, 0, 96, 1, 0, 255);
    dlms::GetRequestWithList list{
        dlms::InvokeIdAndPriority::make(2),
        {{attr(3, aPlus, 2), std::nullopt},
         {attr(3, aPlus, 3), std::nullopt},
         {attr(3, aMinus, 2), std::nullopt},
         {attr(1, serial, 2), std::nullopt},
         {attr(3, cosem::ObisCode(1, 0, 0, 4, 2, 255), 2), std::nullopt}}};
    emit(Direction::ToMeter, iframe(true, 2, 2, list), 20);
    dlms::GetResponseWithList values{
        dlms::InvokeIdAndPriority::make(2),
        {dlms::Data::doubleLongUnsigned(12345678),
         dlms::Data::structure({dlms::Data::integer(0), dlms::Data::enumValue(30)}),
         dlms::Data::doubleLongUnsigned(4521), dlms::Data::visibleString("57360117"),
         dlms::DataAccessResult::ReadWriteDenied}};
    emit(Direction::FromMeter, iframe(false, 2, 3, values), 90);

    // Release and disconnect.
    dlms::Rlrq rlrq;
    rlrq.reason = dlms::ReleaseRequestReason::Normal;
    emit(Direction::ToMeter, iframe(true, 3, 3, rlrq), 20);
    dlms::Rlre rlre;
    rlre.reason = dlms::ReleaseResponseReason::Normal;
    emit(Direction::FromMeter, iframe(false, 3, 4, rlre), 40);
    emit(Direction::ToMeter, frame(true, hdlc::Control::disc()), 15);
    emit(Direction::FromMeter, frame(false, hdlc::Control::ua()), 30);
    return 0;
}

#include "protocol/trace/describe.h"

#include <cstdio>
#include <type_traits>

#include "protocol/cosem/interface_class.h"
#include "protocol/cosem/secrets.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/axdr/display.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/llc.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/iec62056_21/readout.h"
#include "protocol/iec62056_21/sign_on_messages.h"

namespace omt::trace {

namespace {

namespace dlms = omt::dlms;
namespace sec = omt::dlms::security;

constexpr std::size_t kMaxValueChars = 400;  // one data value in a trace line
constexpr int kMaxNesting = 2;               // ciphered inside AARQ inside ...

std::string addressText(const hdlc::Address& a, bool client) {
    if (client) {
        return "client " + std::to_string(a.upper);
    }
    std::string s = "server " + std::to_string(a.upper);
    if (a.size != hdlc::AddressSize::One) {
        s += "/" + std::to_string(a.lower);
    }
    return s;
}

std::string secretText(const std::optional<Bytes>& secret) {
    return "(" + std::to_string(secret ? secret->size() : 0) + " bytes, not shown)";
}

std::string invokeText(dlms::InvokeIdAndPriority iip) {
    return "invoke-id " + std::to_string(iip.invokeId()) + (iip.confirmed() ? "" : " unconfirmed") +
           (iip.highPriority() ? "" : " normal-priority");
}

std::string valueText(const dlms::Data& value) {
    std::string s = dlms::toDisplayString(value, kMaxValueChars);
    // COSEM date-times travel as 12-byte octet-strings: show what they say.
    if (const auto* bytes = value.as<Bytes>();
        bytes != nullptr && value.type() == dlms::DataType::OctetString && bytes->size() == 12) {
        if (auto dt = dlms::CosemDateTime::fromBytes(*bytes)) {
            s += " (" + dlms::toIsoString(*dt) + ")";
        }
    }
    return s;
}

/// A secret value (cosem/secrets.h): its shape, enum and boolean values (a key transfer's key
/// ids), and of everything else the type and length only.
std::string secretValueText(const dlms::Data& value, int depth = 0) {
    const auto type = value.type();
    if (const auto* elements = value.elements(); elements != nullptr && depth < 8) {
        std::string s = type == dlms::DataType::Array ? "array{" : "structure{";
        for (std::size_t i = 0; i < elements->size(); ++i) {
            s += (i == 0 ? "" : ", ") + secretValueText((*elements)[i], depth + 1);
        }
        return s + "}";
    }
    if (type == dlms::DataType::Enum || type == dlms::DataType::Boolean ||
        type == dlms::DataType::NullData || type == dlms::DataType::DontCare) {
        return dlms::toDisplayString(value);
    }
    const char* name = dlms::dataTypeName(type);
    std::string s = name != nullptr ? name : "value";
    if (const auto* bytes = value.as<Bytes>()) {
        return s + " (" + std::to_string(bytes->size()) + " bytes, not shown)";
    }
    if (const auto* text = value.as<std::string>()) {
        return s + " (" + std::to_string(text->size()) + " bytes, not shown)";
    }
    return s + " (not shown)";
}

std::string valueText(const dlms::Data& value, bool secret) {
    return secret ? secretValueText(value) : valueText(value);
}

std::string resultText(const dlms::GetDataResult& r, bool secret = false) {
    if (const auto* d = std::get_if<dlms::Data>(&r)) {
        return valueText(*d, secret);
    }
    return std::string("data-access-result ") + dlms::nameOf(std::get<dlms::DataAccessResult>(r));
}

std::string accessText(const std::optional<dlms::SelectiveAccessDescriptor>& access) {
    if (!access) {
        return {};
    }
    std::string s = ", selective access " + std::to_string(access->accessSelector);
    if (access->accessSelector == dlms::RangeDescriptor::kSelector) {
        s += " (range)";
    } else if (access->accessSelector == dlms::EntryDescriptor::kSelector) {
        s += " (entry)";
    }
    return s + " " + valueText(access->accessParameters);
}

std::string blockText(const dlms::DataBlockSa& b) {
    return "block " + std::to_string(b.blockNumber) + (b.lastBlock ? " (last)" : "") + ", " +
           std::to_string(b.rawData.size()) + " bytes";
}

std::string conformanceText(const dlms::Conformance& c) {
    std::string s;
    for (auto bit : c.bits()) {
        if (!s.empty()) {
            s += ", ";
        }
        s += dlms::nameOf(bit);
    }
    return "{" + s + "}";
}

std::string diagnosticText(const dlms::AssociateSourceDiagnostic& d) {
    if (const auto* user = std::get_if<dlms::AcseServiceUserDiagnostic>(&d)) {
        return std::string("acse-service-user ") + dlms::nameOf(*user);
    }
    return std::string("acse-service-provider ") +
           dlms::nameOf(std::get<dlms::AcseServiceProviderDiagnostic>(d));
}

std::string titleText(const std::optional<Bytes>& title) {
    if (!title) {
        return {};
    }
    if (auto st = sec::SystemTitle::fromBytes(*title)) {
        return st->toString();
    }
    return toHex(*title);
}

struct Describer {
    std::vector<std::string>& out;
    /// GET responses: which results are values of secret attributes (from the request).
    const std::vector<bool>* secretResults = nullptr;

    bool secretResult(std::size_t i) const {
        return secretResults != nullptr && i < secretResults->size() && (*secretResults)[i];
    }

    void add(std::string s) { out.push_back(std::move(s)); }
    void detail(std::string s) { out.push_back("  " + std::move(s)); }

    void attributeList(const std::vector<dlms::AttributeWithSelection>& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& a = list[i].attribute;
            detail("[" + std::to_string(i) + "] " +
                   describeAttribute(a.classId, a.instanceId, a.attributeId) +
                   accessText(list[i].access));
        }
    }
    void methodList(const std::vector<dlms::CosemMethodDescriptor>& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            detail(
                "[" + std::to_string(i) + "] " +
                describeAttribute(list[i].classId, list[i].instanceId, list[i].methodId, "method"));
        }
    }

    void operator()(const dlms::Aarq& a) {
        std::string s = std::string("aarq ") + dlms::nameOf(a.applicationContext);
        s += ", mechanism ";
        s += a.mechanismName ? dlms::nameOf(*a.mechanismName) : "lowest";
        add(s);
        if (a.callingApTitle) {
            detail("calling-AP-title " + titleText(a.callingApTitle));
        }
        if (a.callingAuthenticationValue) {
            detail("calling-authentication-value " + secretText(a.callingAuthenticationValue));
        }
    }
    void operator()(const dlms::Aare& a) {
        std::string s =
            std::string("aare ") + dlms::nameOf(a.result) + ", " + diagnosticText(a.diagnostic);
        add(s);
        detail(std::string("application-context ") + dlms::nameOf(a.applicationContext) +
               (a.mechanismName ? std::string(", mechanism ") + dlms::nameOf(*a.mechanismName)
                                : std::string()));
        if (a.respondingApTitle) {
            detail("responding-AP-title " + titleText(a.respondingApTitle));
        }
        if (a.respondingAuthenticationValue) {
            detail("responding-authentication-value " +
                   secretText(a.respondingAuthenticationValue));
        }
    }
    void operator()(const dlms::Rlrq& r) {
        add(std::string("rlrq") +
            (r.reason ? std::string(" reason ") + dlms::nameOf(*r.reason) : std::string()));
    }
    void operator()(const dlms::Rlre& r) {
        add(std::string("rlre") +
            (r.reason ? std::string(" reason ") + dlms::nameOf(*r.reason) : std::string()));
    }
    void operator()(const dlms::InitiateRequest& r) {
        add("initiate-request dlms-version " + std::to_string(r.proposedDlmsVersion) +
            ", client-max-receive-pdu-size " + std::to_string(r.clientMaxReceivePduSize) +
            (r.dedicatedKey ? ", dedicated-key " + secretText(r.dedicatedKey) : std::string()));
        detail("proposed-conformance " + conformanceText(r.proposedConformance));
    }
    void operator()(const dlms::InitiateResponse& r) {
        add("initiate-response dlms-version " + std::to_string(r.negotiatedDlmsVersion) +
            ", server-max-receive-pdu-size " + std::to_string(r.serverMaxReceivePduSize));
        detail("negotiated-conformance " + conformanceText(r.negotiatedConformance));
    }
    void operator()(const dlms::ConfirmedServiceError& e) {
        add(std::string("confirmed-service-error ") + dlms::nameOf(e.service) + ": " +
            dlms::nameOf(e.error.kind) + " " + dlms::serviceErrorValueName(e.error));
    }
    void operator()(const dlms::ExceptionResponse& e) {
        add(std::string("exception-response ") + dlms::nameOf(e.stateError) + ", " +
            dlms::nameOf(e.serviceError));
    }
    void operator()(const dlms::GetRequestNormal& r) {
        add("get-request-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            describeAttribute(r.attribute.classId, r.attribute.instanceId,
                              r.attribute.attributeId) +
            accessText(r.access));
    }
    void operator()(const dlms::GetRequestNext& r) {
        add("get-request-next " + invokeText(r.invokeIdAndPriority) + ": after block " +
            std::to_string(r.blockNumber));
    }
    void operator()(const dlms::GetRequestWithList& r) {
        add("get-request-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.attributes.size()) + " attributes");
        attributeList(r.attributes);
    }
    void operator()(const dlms::GetResponseNormal& r) {
        add("get-response-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            resultText(r.result, secretResult(0)));
    }
    void operator()(const dlms::GetResponseWithDataBlock& r) {
        std::string s = "get-response-with-datablock " + invokeText(r.invokeIdAndPriority) +
                        ": block " + std::to_string(r.block.blockNumber) +
                        (r.block.lastBlock ? " (last)" : "");
        if (const auto* raw = std::get_if<Bytes>(&r.block.result)) {
            s += ", " + std::to_string(raw->size()) + " bytes";
        } else {
            s += std::string(", data-access-result ") +
                 dlms::nameOf(std::get<dlms::DataAccessResult>(r.block.result));
        }
        add(s);
    }
    void operator()(const dlms::GetResponseWithList& r) {
        add("get-response-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.results.size()) + " results");
        for (std::size_t i = 0; i < r.results.size(); ++i) {
            detail("[" + std::to_string(i) + "] " + resultText(r.results[i], secretResult(i)));
        }
    }
    void operator()(const dlms::SetRequestNormal& r) {
        add("set-request-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            describeAttribute(r.attribute.classId, r.attribute.instanceId,
                              r.attribute.attributeId) +
            accessText(r.access));
        detail("value " + valueText(r.value, cosem::isSecretAttribute(r.attribute.classId,
                                                                      r.attribute.attributeId)));
    }
    void operator()(const dlms::SetRequestWithFirstDataBlock& r) {
        add("set-request-with-first-datablock " + invokeText(r.invokeIdAndPriority) + ": " +
            describeAttribute(r.attribute.classId, r.attribute.instanceId,
                              r.attribute.attributeId) +
            accessText(r.access) + ", " + blockText(r.block));
    }
    void operator()(const dlms::SetRequestWithDataBlock& r) {
        add("set-request-with-datablock " + invokeText(r.invokeIdAndPriority) + ": " +
            blockText(r.block));
    }
    void operator()(const dlms::SetRequestWithList& r) {
        add("set-request-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.attributes.size()) + " attributes");
        attributeList(r.attributes);
        for (std::size_t i = 0; i < r.values.size(); ++i) {
            const bool secret = i < r.attributes.size() &&
                                cosem::isSecretAttribute(r.attributes[i].attribute.classId,
                                                         r.attributes[i].attribute.attributeId);
            detail("value [" + std::to_string(i) + "] " + valueText(r.values[i], secret));
        }
    }
    void operator()(const dlms::SetRequestWithListAndFirstDataBlock& r) {
        add("set-request-with-list-and-first-datablock " + invokeText(r.invokeIdAndPriority) +
            ": " + std::to_string(r.attributes.size()) + " attributes, " + blockText(r.block));
        attributeList(r.attributes);
    }
    void operator()(const dlms::SetResponseNormal& r) {
        add("set-response-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            dlms::nameOf(r.result));
    }
    void operator()(const dlms::SetResponseDataBlock& r) {
        add("set-response-datablock " + invokeText(r.invokeIdAndPriority) + ": block " +
            std::to_string(r.blockNumber) + " received");
    }
    void operator()(const dlms::SetResponseLastDataBlock& r) {
        add("set-response-last-datablock " + invokeText(r.invokeIdAndPriority) + ": " +
            dlms::nameOf(r.result) + ", block " + std::to_string(r.blockNumber));
    }
    void operator()(const dlms::SetResponseLastDataBlockWithList& r) {
        add("set-response-last-datablock-with-list " + invokeText(r.invokeIdAndPriority) +
            ": block " + std::to_string(r.blockNumber));
        for (std::size_t i = 0; i < r.results.size(); ++i) {
            detail("[" + std::to_string(i) + "] " + dlms::nameOf(r.results[i]));
        }
    }
    void operator()(const dlms::SetResponseWithList& r) {
        add("set-response-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.results.size()) + " results");
        for (std::size_t i = 0; i < r.results.size(); ++i) {
            detail("[" + std::to_string(i) + "] " + dlms::nameOf(r.results[i]));
        }
    }
    void operator()(const dlms::ActionRequestNormal& r) {
        add("action-request-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            describeAttribute(r.method.classId, r.method.instanceId, r.method.methodId, "method"));
        if (r.parameters) {
            detail("parameters " +
                   valueText(*r.parameters,
                             cosem::isSecretMethod(r.method.classId, r.method.methodId)));
        }
    }
    void operator()(const dlms::ActionRequestNextPBlock& r) {
        add("action-request-next-pblock " + invokeText(r.invokeIdAndPriority) + ": after block " +
            std::to_string(r.blockNumber));
    }
    void operator()(const dlms::ActionRequestWithList& r) {
        add("action-request-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.methods.size()) + " methods");
        methodList(r.methods);
        for (std::size_t i = 0; i < r.parameters.size(); ++i) {
            const bool secret = i < r.methods.size() &&
                                cosem::isSecretMethod(r.methods[i].classId, r.methods[i].methodId);
            detail("parameters [" + std::to_string(i) + "] " + valueText(r.parameters[i], secret));
        }
    }
    void operator()(const dlms::ActionRequestWithFirstPBlock& r) {
        add("action-request-with-first-pblock " + invokeText(r.invokeIdAndPriority) + ": " +
            describeAttribute(r.method.classId, r.method.instanceId, r.method.methodId, "method") +
            ", " + blockText(r.block));
    }
    void operator()(const dlms::ActionRequestWithListAndFirstPBlock& r) {
        add("action-request-with-list-and-first-pblock " + invokeText(r.invokeIdAndPriority) +
            ": " + std::to_string(r.methods.size()) + " methods, " + blockText(r.block));
        methodList(r.methods);
    }
    void operator()(const dlms::ActionRequestWithPBlock& r) {
        add("action-request-with-pblock " + invokeText(r.invokeIdAndPriority) + ": " +
            blockText(r.block));
    }
    static std::string actionText(const dlms::ActionResponseWithOptionalData& r) {
        std::string s = dlms::nameOf(r.result);
        if (r.returnParameters) {
            s += ", return " + resultText(*r.returnParameters);
        }
        return s;
    }
    void operator()(const dlms::ActionResponseNormal& r) {
        add("action-response-normal " + invokeText(r.invokeIdAndPriority) + ": " +
            actionText(r.response));
    }
    void operator()(const dlms::ActionResponseWithPBlock& r) {
        add("action-response-with-pblock " + invokeText(r.invokeIdAndPriority) + ": " +
            blockText(r.block));
    }
    void operator()(const dlms::ActionResponseWithList& r) {
        add("action-response-with-list " + invokeText(r.invokeIdAndPriority) + ": " +
            std::to_string(r.responses.size()) + " results");
        for (std::size_t i = 0; i < r.responses.size(); ++i) {
            detail("[" + std::to_string(i) + "] " + actionText(r.responses[i]));
        }
    }
    void operator()(const dlms::ActionResponseNextPBlock& r) {
        add("action-response-next-pblock " + invokeText(r.invokeIdAndPriority) + ": after block " +
            std::to_string(r.blockNumber));
    }
};

std::string iec21Text(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F) {
            out.push_back(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "<%02X>", u);
            out += buf;
        }
    }
    return out;
}

bool startsIec21(std::uint8_t b) {
    return b == '/' || b == iec62056_21::kAck || b == iec62056_21::kNak || b == iec62056_21::kStx ||
           b == iec62056_21::kSoh;
}

}  // namespace

std::string describeAttribute(std::uint16_t classId, const cosem::ObisCode& code, int index,
                              const char* what) {
    const std::string_view cls = cosem::className(classId);
    std::string s = cls.empty() ? "class " + std::to_string(classId) : std::string(cls);
    s += " " + code.toString();
    const std::string name = cosem::obisName(code);
    if (!name.empty()) {
        s += " (" + name + ")";
    }
    s += std::string(", ") + what + " " + std::to_string(index);
    const auto index8 = static_cast<std::int8_t>(index);
    const std::string_view member = std::string_view(what) == "method"
                                        ? cosem::methodName(classId, index8)
                                        : cosem::attributeName(classId, index8);
    if (!member.empty()) {
        s += " " + std::string(member);
    }
    return s;
}

std::string describeHdlcFrame(const hdlc::Frame& frame, std::optional<Direction> direction) {
    const auto type = frame.control.type();
    std::string s = "HDLC ";
    s += hdlc::nameOf(type);
    if (type == hdlc::FrameType::I) {
        s += " N(S)=" + std::to_string(frame.control.ns());
    }
    if (type == hdlc::FrameType::I || type == hdlc::FrameType::Rr || type == hdlc::FrameType::Rnr) {
        s += " N(R)=" + std::to_string(frame.control.nr());
    }
    if (frame.control.pollFinal()) {
        s += " P/F";
    }
    if (type == hdlc::FrameType::Unknown) {
        char buf[8];
        std::snprintf(buf, sizeof buf, " 0x%02X", frame.control.byte());
        s += buf;
    }
    // Without a direction: the client's address is one byte, a server's may be 1, 2 or 4.
    const bool toServer = direction ? *direction == Direction::ToMeter
                                    : frame.destination.size != hdlc::AddressSize::One ||
                                          frame.source.size == hdlc::AddressSize::One;
    if (toServer) {
        s +=
            ", " + addressText(frame.destination, false) + " <- " + addressText(frame.source, true);
    } else {
        s +=
            ", " + addressText(frame.source, false) + " -> " + addressText(frame.destination, true);
    }
    if (frame.segmented) {
        s += ", segment (more follow)";
    }
    if ((type == hdlc::FrameType::Snrm || type == hdlc::FrameType::Ua) &&
        !frame.information.empty()) {
        if (auto p = hdlc::decodeLinkParameters(frame.information)) {
            s += ", max info tx " + std::to_string(p->maxInfoTransmit) + " rx " +
                 std::to_string(p->maxInfoReceive) + ", window tx " +
                 std::to_string(p->windowTransmit) + " rx " + std::to_string(p->windowReceive);
        } else {
            s += std::string(", bad parameters: ") + hdlc::nameOf(p.error().code);
        }
    } else if (!frame.information.empty()) {
        s += ", " + std::to_string(frame.information.size()) + " bytes";
    }
    return s;
}

std::vector<std::string> describeApdu(const dlms::Apdu& apdu) {
    std::vector<std::string> out;
    std::visit(Describer{out}, apdu);
    return out;
}

namespace {

std::vector<std::string> describeApduWith(const dlms::Apdu& apdu,
                                          const std::vector<bool>& secretResults) {
    std::vector<std::string> out;
    std::visit(Describer{out, &secretResults}, apdu);
    return out;
}

}  // namespace

TraceDecoder::TraceDecoder(dlms::security::SecurityKeys keys) : m_keys(std::move(keys)) {}

std::vector<std::string> TraceDecoder::feed(Direction direction, ByteView bytes) {
    std::vector<std::string> out;
    Side& side = direction == Direction::ToMeter ? m_toMeter : m_fromMeter;
    if (bytes.empty()) {
        return out;
    }
    const bool iec21 =
        side.splitter.pending() > 0 || (!side.deframer.inFrame() && startsIec21(bytes.front()));
    if (iec21) {
        describeIec21(side, direction, bytes, out);
    } else {
        describeHdlc(side, direction, bytes, out);
    }
    return out;
}

void TraceDecoder::describeIec21(Side& side, Direction direction, ByteView bytes,
                                 std::vector<std::string>& out) {
    namespace iec = omt::iec62056_21;
    for (auto& result : side.splitter.feed(bytes)) {
        if (!result) {
            out.push_back(std::string("IEC 62056-21 error: ") + iec::nameOf(result.error().code) +
                          " (" + result.error().detail + ")");
            continue;
        }
        const auto& frame = *result;
        switch (frame.kind) {
            case iec::FrameKind::Line: {
                if (auto req = iec::parseRequest(frame.bytes)) {
                    out.push_back("IEC 62056-21 request, device address '" + req->deviceAddress +
                                  "'");
                } else if (auto id = iec::parseIdentification(frame.bytes)) {
                    std::string s = "IEC 62056-21 identification " + id->manufacturer +
                                    ", baud character " + std::string(1, id->baudCharacter);
                    if (auto baud = iec::baudFromCharacter(id->protocolMode(), id->baudCharacter)) {
                        s += " (" + std::to_string(*baud) + " baud)";
                    }
                    if (id->offersModeE()) {
                        s += ", mode E (HDLC) offered";
                    }
                    s += ", '" + iec21Text(id->identification) + "'";
                    out.push_back(s);
                    // The tool's next ACK is an option select line, not a lone ACK.
                    if (direction == Direction::FromMeter) {
                        m_toMeter.splitter.setAckFraming(iec::AckFraming::OptionSelectLine);
                    }
                } else {
                    out.push_back("IEC 62056-21 line '" +
                                  iec21Text(std::string_view(
                                      reinterpret_cast<const char*>(frame.bytes.data()),
                                      frame.bytes.size())) +
                                  "'");
                }
                break;
            }
            case iec::FrameKind::OptionSelect: {
                if (auto opt = iec::parseOptionSelect(frame.bytes)) {
                    std::string s = "IEC 62056-21 ";
                    s += direction == Direction::ToMeter ? "option select" : "switch confirmation";
                    s += ": protocol control " +
                         std::string(1, static_cast<char>(opt->protocolControl));
                    s += ", baud character " + std::string(1, opt->baudCharacter);
                    s += ", mode " + std::string(1, static_cast<char>(opt->modeControl));
                    if (opt->protocolControl == iec::ProtocolControl::Hdlc) {
                        s += " (switch to HDLC)";
                        if (direction == Direction::ToMeter) {
                            m_fromMeter.splitter.setAckFraming(iec::AckFraming::OptionSelectLine);
                        }
                    }
                    out.push_back(s);
                } else {
                    out.push_back(std::string("IEC 62056-21 bad option select: ") +
                                  iec::nameOf(opt.error().code));
                }
                side.splitter.setAckFraming(iec::AckFraming::SingleByte);
                break;
            }
            case iec::FrameKind::Ack:
                out.push_back("IEC 62056-21 ACK");
                break;
            case iec::FrameKind::Nak:
                out.push_back("IEC 62056-21 NAK");
                break;
            case iec::FrameKind::StxBlock:
            case iec::FrameKind::SohBlock: {
                if (frame.kind == iec::FrameKind::StxBlock) {
                    if (auto readout = iec::parseReadout(frame.bytes)) {
                        out.push_back("IEC 62056-21 data readout, " +
                                      std::to_string(readout->dataSets.size()) + " data sets");
                        for (const auto& set : readout->dataSets) {
                            std::string s = "  " + iec21Text(set.address);
                            for (const auto& v : set.values) {
                                s += " (" + iec21Text(v.value) +
                                     (v.unit ? "*" + iec21Text(*v.unit) : std::string()) + ")";
                            }
                            out.push_back(s);
                        }
                        break;
                    }
                }
                if (auto msg = iec::parseProgrammingMessage(frame.bytes)) {
                    const auto* command = std::get_if<iec::CommandMessage>(&*msg);
                    if (command != nullptr && command->type == iec::CommandType::Password &&
                        command->identifier != '0') {
                        // P1 password, P2 secured password: their length only.
                        out.push_back(std::string("IEC 62056-21 programming message P") +
                                      command->identifier + " (password, " +
                                      std::to_string(command->data ? command->data->size() : 0) +
                                      " bytes, not shown)");
                        break;
                    }
                    out.push_back("IEC 62056-21 programming message " +
                                  iec21Text(std::string_view(
                                      reinterpret_cast<const char*>(frame.bytes.data()),
                                      frame.bytes.size())));
                } else {
                    out.push_back(std::string("IEC 62056-21 bad block: ") +
                                  iec::nameOf(msg.error().code) + " (" + msg.error().detail + ")");
                }
                break;
            }
        }
    }
}

void TraceDecoder::describeHdlc(Side& side, Direction direction, ByteView bytes,
                                std::vector<std::string>& out) {
    for (auto& result : side.deframer.feed(bytes)) {
        if (!result) {
            out.push_back(std::string("HDLC error: ") + hdlc::nameOf(result.error().code) +
                          " at stream offset " + std::to_string(result.error().offset) + " (" +
                          result.error().detail + ")");
            continue;
        }
        const hdlc::Frame& frame = *result;
        out.push_back(describeHdlcFrame(frame, direction));
        const auto type = frame.control.type();
        if (type != hdlc::FrameType::I && type != hdlc::FrameType::Ui) {
            continue;
        }
        auto apdu = side.reassembler.add(frame.information, frame.segmented);
        if (!apdu) {
            out.push_back(std::string("  reassembly error: ") + hdlc::nameOf(apdu.error().code));
            continue;
        }
        if (!apdu->has_value()) {
            continue;  // more segments to come
        }
        const auto llc = direction == Direction::ToMeter ? hdlc::LlcDirection::Request
                                                         : hdlc::LlcDirection::Response;
        auto payload = hdlc::stripLlcHeader(**apdu, llc);
        if (!payload) {
            out.push_back(std::string("  LLC error: ") + hdlc::nameOf(payload.error().code));
            continue;
        }
        describeApduBytes(direction, *payload, out);
    }
}

void TraceDecoder::describeApduBytes(Direction direction, ByteView apdu,
                                     std::vector<std::string>& out, int depth) {
    const std::string indent(static_cast<std::size_t>(2 * (depth + 1)), ' ');
    if (apdu.empty()) {
        out.push_back(indent + "empty APDU");
        return;
    }
    if (dlms::isCipheredTag(apdu.front())) {
        char tag[8];
        std::snprintf(tag, sizeof tag, "0x%02X", apdu.front());
        std::string s =
            indent + "ciphered APDU " + tag + ", " + std::to_string(apdu.size()) + " bytes";
        auto& ctx = direction == Direction::ToMeter ? m_readClient : m_readServer;
        if (!m_keys) {
            out.push_back(s + " (no keys given: not deciphered)");
            return;
        }
        if (!ctx) {
            out.push_back(s + " (sender's system title not yet known: not deciphered)");
            return;
        }
        auto plain = sec::decipherApdu(apdu, *ctx);
        if (!plain) {
            out.push_back(s + ": " + sec::nameOf(plain.error().code) + " (" + plain.error().detail +
                          ")");
            return;
        }
        out.push_back(s + ", " + plain->sc.toString() + ", IC " + std::to_string(plain->ic) +
                      ", from " + plain->sender.toString());
        if (depth < kMaxNesting) {
            describeApduBytes(direction, plain->plain, out, depth + 1);
        }
        return;
    }
    auto decoded = dlms::decodeApdu(apdu);
    if (!decoded) {
        out.push_back(indent + "APDU error: " + dlms::nameOf(decoded.error().code) + " at offset " +
                      std::to_string(decoded.error().offset) + " (" + decoded.error().detail + ")");
        return;
    }
    // A GET response to a secret attribute shows its value's length only.
    std::vector<bool> secretResults;
    std::optional<std::uint8_t> responseId;
    if (const auto* rsp = std::get_if<dlms::GetResponseNormal>(&*decoded)) {
        responseId = rsp->invokeIdAndPriority.invokeId();
    } else if (const auto* rsps = std::get_if<dlms::GetResponseWithList>(&*decoded)) {
        responseId = rsps->invokeIdAndPriority.invokeId();
    }
    if (responseId) {
        if (auto it = m_pendingGets.find(*responseId); it != m_pendingGets.end()) {
            for (const auto& a : it->second) {
                secretResults.push_back(cosem::isSecretAttribute(a.classId, a.attributeId));
            }
        }
    }
    for (auto& line : describeApduWith(*decoded, secretResults)) {
        out.push_back(indent + line);
    }
    annotateRegisters(*decoded, out, indent);
    learnTitles(*decoded);
    const std::optional<Bytes>* userInformation = nullptr;
    if (const auto* aarq = std::get_if<dlms::Aarq>(&*decoded)) {
        userInformation = &aarq->userInformation;
    } else if (const auto* aare = std::get_if<dlms::Aare>(&*decoded)) {
        userInformation = &aare->userInformation;
    } else if (const auto* rlrq = std::get_if<dlms::Rlrq>(&*decoded)) {
        userInformation = &rlrq->userInformation;
    } else if (const auto* rlre = std::get_if<dlms::Rlre>(&*decoded)) {
        userInformation = &rlre->userInformation;
    }
    if (userInformation != nullptr && userInformation->has_value() && depth < kMaxNesting) {
        // user-information: OCTET STRING (04 len ...) holding the xDLMS APDU.
        ByteReader r(**userInformation);
        const auto tag = r.u8();
        const auto len = r.u8();
        if (tag && *tag == 0x04 && len && *len < 0x80 && r.remaining() == *len) {
            describeApduBytes(direction, r.rest(), out, depth + 1);
        } else {
            describeApduBytes(direction, **userInformation, out, depth + 1);
        }
    }
}

void TraceDecoder::annotateRegisters(const dlms::Apdu& apdu, std::vector<std::string>& out,
                                     const std::string& indent) {
    constexpr std::size_t kMaxPending = 16;  // invoke ids are 4 bits
    auto remember = [this](dlms::InvokeIdAndPriority iip,
                           std::vector<dlms::CosemAttributeDescriptor> attrs) {
        if (m_pendingGets.size() >= kMaxPending) {
            m_pendingGets.clear();
        }
        m_pendingGets[iip.invokeId()] = std::move(attrs);
    };
    if (const auto* get = std::get_if<dlms::GetRequestNormal>(&apdu)) {
        remember(get->invokeIdAndPriority, {get->attribute});
        return;
    }
    if (const auto* list = std::get_if<dlms::GetRequestWithList>(&apdu)) {
        std::vector<dlms::CosemAttributeDescriptor> attrs;
        for (const auto& a : list->attributes) {
            attrs.push_back(a.attribute);
        }
        remember(list->invokeIdAndPriority, std::move(attrs));
        return;
    }
    std::vector<const dlms::GetDataResult*> results;
    std::uint8_t invokeId = 0;
    if (const auto* rsp = std::get_if<dlms::GetResponseNormal>(&apdu)) {
        results.push_back(&rsp->result);
        invokeId = rsp->invokeIdAndPriority.invokeId();
    } else if (const auto* rsps = std::get_if<dlms::GetResponseWithList>(&apdu)) {
        for (const auto& r : rsps->results) {
            results.push_back(&r);
        }
        invokeId = rsps->invokeIdAndPriority.invokeId();
    } else {
        return;
    }
    const auto pending = m_pendingGets.find(invokeId);
    if (pending == m_pendingGets.end()) {
        return;
    }
    const auto attrs = std::move(pending->second);
    m_pendingGets.erase(pending);
    if (attrs.size() != results.size()) {
        return;
    }
    auto isRegister = [](std::uint16_t c) { return c == 3 || c == 4 || c == 5; };
    // Scalers first: a with-list often asks for value and scaler_unit together.
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        const auto* data = std::get_if<dlms::Data>(results[i]);
        if (data != nullptr && isRegister(attrs[i].classId) && attrs[i].attributeId == 3) {
            if (auto su = cosem::ScalerUnit::fromData(*data)) {
                m_scalers[attrs[i].instanceId] = *su;
                const auto symbol = cosem::unitSymbol(su->unit);
                out.push_back(indent + "  " + attrs[i].instanceId.toString() + " scaler_unit: 10^" +
                              std::to_string(su->scaler) + " " +
                              (symbol.empty() ? std::string("(no unit)") : std::string(symbol)));
            }
        }
    }
    for (std::size_t i = 0; i < attrs.size(); ++i) {
        const auto* data = std::get_if<dlms::Data>(results[i]);
        const auto su = m_scalers.find(attrs[i].instanceId);
        if (data != nullptr && isRegister(attrs[i].classId) && attrs[i].attributeId == 2 &&
            su != m_scalers.end()) {
            if (auto text =
                    cosem::formatRegisterValue(*data, su->second, cosem::MetricPrefix::None)) {
                out.push_back(indent + "  " + attrs[i].instanceId.toString() + " value = " + *text);
            }
        }
    }
}

std::vector<std::string> TraceDecoder::describeWholeApdu(Direction direction, ByteView apdu) {
    std::vector<std::string> out;
    describeApduBytes(direction, apdu, out);
    return out;
}

void TraceDecoder::learnTitles(const dlms::Apdu& apdu) {
    if (!m_keys) {
        return;
    }
    auto makeReader = [this](const sec::SystemTitle& own, const sec::SystemTitle& peer) {
        sec::SecurityContext ctx(own, *m_keys);
        ctx.setPeerSystemTitle(peer);
        ctx.setPolicy(sec::SecurityPolicy{false, false});  // a trace shows whatever was sent
        return ctx;
    };
    if (const auto* aarq = std::get_if<dlms::Aarq>(&apdu)) {
        if (aarq->callingApTitle) {
            if (auto st = sec::SystemTitle::fromBytes(*aarq->callingApTitle)) {
                m_clientTitle = *st;
                m_readClient.emplace(makeReader(m_serverTitle.value_or(*st), *st));
                m_readServer.reset();
            }
        }
    } else if (const auto* aare = std::get_if<dlms::Aare>(&apdu)) {
        if (aare->respondingApTitle && m_clientTitle) {
            if (auto st = sec::SystemTitle::fromBytes(*aare->respondingApTitle)) {
                m_serverTitle = *st;
                m_readServer.emplace(makeReader(*m_clientTitle, *st));
            }
        }
    }
}

}  // namespace omt::trace

#pragma once
// Human-readable descriptions of what crosses the wire, for traces, the `omt decode` command and
// the GUI's trace view: HDLC frames, IEC 62056-21 messages and xDLMS APDUs, one line each plus
// indented detail lines. Protocol names are the standards' own (English identifiers); secrets
// are never shown, only their length: LLS passwords, HLS challenges, dedicated keys, the values
// of secret attributes (the LLS secret of Association LN, the IEC local port passwords) in SET
// requests and GET answers, the parameters of key transfers and key agreement
// (cosem/secrets.h; enum values such as key ids stay), and IEC 62056-21 P1/P2 passwords. The
// raw bytes of a trace are made safe by trace::Redactor (redactor.h).
//
//   TraceDecoder decoder;                                  // or with keys to decipher
//   for (const auto& line : decoder.feed(Direction::ToMeter, bytes)) std::puts(line.c_str());
//   // HDLC I N(S)=0 N(R)=0 P, server 1/17 <- client 16, 30 bytes
//   //   get-request-normal invoke-id 1: class 8 0.0.1.0.0.255 (Clock) attribute 2

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/system_title.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/segmentation.h"
#include "protocol/iec62056_21/frame_splitter.h"
#include "protocol/trace/trace_file.h"

namespace omt::trace {

/// One line: frame type, sequence numbers, P/F, addresses, information length; UA/SNRM with
/// their negotiation parameters. `direction` says which side is the meter; without it the
/// one-byte address is taken for the client. Example: "HDLC SNRM P/F, server 1/17 <- client 16".
std::string describeHdlcFrame(const hdlc::Frame& frame,
                              std::optional<Direction> direction = std::nullopt);

/// A summary line and indented detail lines for a plain APDU. Example:
/// {"get-response-normal invoke-id 1: double-long-unsigned 5009"}.
std::vector<std::string> describeApdu(const dlms::Apdu& apdu);

/// "Register 1.0.1.8.0.255 (Active energy import (A+), total), attribute 2 value".
std::string describeAttribute(std::uint16_t classId, const cosem::ObisCode& code, int index,
                              const char* what = "attribute");

/// Decodes a two-way byte stream as a tool sees it: IEC 62056-21 sign-on and readout messages,
/// then HDLC frames with reassembly of segmented APDUs, LLC, and the APDUs inside, deciphered
/// when keys are given (the client and server system titles are learnt from the AARQ and AARE).
/// Every failure is described in the output, never thrown; the decoder carries on.
class TraceDecoder {
public:
    TraceDecoder() = default;
    /// Deciphers glo-/ded-/general-ciphered APDUs with these keys.
    explicit TraceDecoder(dlms::security::SecurityKeys keys);
    /// Deciphers with these keys from the next AARQ on (after a key transfer); the association
    /// in progress keeps the keys it was established with, as the meter does.
    void setKeys(dlms::security::SecurityKeys keys) { m_keys = std::move(keys); }

    /// Description lines for everything that became complete with these bytes.
    std::vector<std::string> feed(Direction direction, ByteView bytes);
    /// Description lines of one whole APDU that came without HDLC (e.g. in a TCP wrapper
    /// frame), deciphered and learnt from as feed() does; indented by two spaces.
    std::vector<std::string> describeWholeApdu(Direction direction, ByteView apdu);

private:
    struct Side {
        hdlc::Deframer deframer;
        hdlc::Reassembler reassembler;
        iec62056_21::FrameSplitter splitter;
    };

    void describeIec21(Side& side, Direction direction, ByteView bytes,
                       std::vector<std::string>& out);
    void describeHdlc(Side& side, Direction direction, ByteView bytes,
                      std::vector<std::string>& out);
    void describeApduBytes(Direction direction, ByteView apdu, std::vector<std::string>& out,
                           int depth = 0);
    void learnTitles(const dlms::Apdu& apdu);
    /// Register values with their scaler and unit, learnt from GET requests and responses.
    void annotateRegisters(const dlms::Apdu& apdu, std::vector<std::string>& out,
                           const std::string& indent);

    Side m_toMeter;
    Side m_fromMeter;
    std::optional<dlms::security::SecurityKeys> m_keys;
    std::optional<dlms::security::SystemTitle> m_clientTitle;
    std::optional<dlms::security::SystemTitle> m_serverTitle;
    std::optional<dlms::security::SecurityContext>
        m_readClient;  ///< deciphers what the client sent
    std::optional<dlms::security::SecurityContext> m_readServer;  ///< deciphers what the meter sent
    std::map<std::uint8_t, std::vector<dlms::CosemAttributeDescriptor>> m_pendingGets;  ///< by id
    std::map<cosem::ObisCode, cosem::ScalerUnit> m_scalers;
};

}  // namespace omt::trace

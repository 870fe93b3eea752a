#pragma once
// Secrets out of the raw bytes of a trace, with the checksums made true again.
//
// A trace shows the bytes on the wire. Some of them are secrets in clear: the LLS password in
// the AARQ, a plain SET of a secret attribute (the reader's password, the optical port's
// passwords), the parameters of a key transfer, an IEC 62056-21 P1/P2 password. The Redactor
// replaces the bytes of each such value by '*' (0x2A), keeping its length and the structure
// around it (tags and lengths stay, so the masked trace still decodes), and then recomputes
// what checks the bytes: an HDLC frame's HCS and FCS, an IEC 62056-21 block's BCC. A checksum
// computed over the real secret would give away 16 bits of it (an 8-digit password checked
// offline against the FCS leaves about 1,500 candidates instead of 10^8); computed over the
// masked bytes it says nothing. Wrapper frames carry no checksum. Ciphered APDUs are left as
// they are: their bytes give nothing away without the keys.
//
// The bytes arrive in chunks that need not follow frames, so the Redactor holds a direction's
// records while a frame (or a segmented APDU) is incomplete, and releases records strictly in
// the order they were added (notes included), once what they hold is known. flush() releases
// everything (when the line closes): an incomplete frame then has only the known secrets
// masked.
//
//   Redactor redactor(LineFraming::Serial);
//   redactor.addSecret(password);                   // masked wherever it shows, too
//   for (auto& r : redactor.add({Direction::ToMeter, aarqFrameBytes, {}, lines})) write(r);
//   for (auto& r : redactor.flush()) write(r);      // at the end
//
// Sans-I/O, no clock: pure C++.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/trace/trace_file.h"
#include "protocol/wrapper/wrapper_codec.h"

namespace omt::trace {

/// The byte used for masked secret bytes ('*').
inline constexpr std::uint8_t kMaskByte = 0x2A;

/// A run of secret bytes: `length` bytes from `offset`.
struct SecretSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
    friend bool operator==(const SecretSpan&, const SecretSpan&) = default;
};

/// Finds the secret bytes of plain (not ciphered) APDUs: the LLS authentication value and a
/// plain dedicated key of an AARQ; the values of secret attributes (cosem/secrets.h) in
/// SET requests and GET responses (normal, with list, and the raw data of their block
/// transfers); the parameters of secret methods in ACTION requests (normal, with list, blocks).
/// Of a masked value, every content byte is secret except enum and boolean values (a key
/// transfer's key ids stay readable); tags, lengths and element counts are kept.
/// It remembers GET requests and block transfers by invoke id, so responses and following
/// blocks are recognised.
class ApduSecrets {
public:
    /// The secret spans of `apdu` (offsets into it). `learn` false: look without remembering
    /// (a repeated frame). A value that does not decode is secret to the end of the APDU.
    ///   find(ToMeter, AARQ with LLS "12345678") -> {{offset of the password, 8}}
    std::vector<SecretSpan> find(Direction direction, ByteView apdu, bool learn = true);
    /// Forgets what was remembered (a new link).
    void reset();

private:
    std::map<std::uint8_t, std::vector<bool>> m_pendingGets;  ///< invoke id -> secret per item
    std::set<std::uint8_t> m_secretGetBlocks;     ///< GET block transfers of a secret value
    std::set<std::uint8_t> m_secretSetBlocks;     ///< SET block transfers of a secret value
    std::set<std::uint8_t> m_secretActionBlocks;  ///< ACTION block transfers of secret parameters
};

/// How the bytes of a trace are framed.
enum class LineFraming {
    Serial,   ///< IEC 62056-21 messages, then HDLC frames (optical port, direct HDLC, HDLC on TCP)
    Wrapper,  ///< DLMS/COSEM wrapper frames (TCP)
};

/// One trace record: bytes in one direction (or a note without bytes) with the lines that go
/// with it. `time` is the caller's (e.g. milliseconds since the epoch); it is carried along.
struct TraceRecord {
    std::optional<Direction> direction;
    Bytes bytes;
    std::optional<std::int64_t> time;
    std::vector<std::string> lines;
};

class Redactor {
public:
    explicit Redactor(LineFraming framing = LineFraming::Serial);

    /// A secret to mask wherever it appears in the bytes (4 bytes or longer), besides what the
    /// protocol structure tells (e.g. the tool's own password, a virtual meter's).
    void addSecret(Bytes secret);

    /// Adds a record; returns the records that are complete now, in the order they were added,
    /// their bytes redacted. A record with no direction is a note: it keeps its place.
    std::vector<TraceRecord> add(TraceRecord record);

    /// Releases every record held, redacted as far as the bytes allow, and starts afresh (the
    /// line closed, the link was reset).
    std::vector<TraceRecord> flush();

    /// Records held back (a frame or an APDU in progress).
    std::size_t held() const { return m_queue.size(); }

private:
    struct Entry {
        TraceRecord record;
        bool ready = false;
    };
    struct Replacement {
        Bytes original;
        Bytes redacted;
    };
    struct Side {
        hdlc::Deframer deframer;
        wrapper::WrapperDecoder wrapper{wrapper::kWrapperMaxPayload};
        // HDLC: the frames of a segmented APDU in progress and their information fields.
        std::vector<hdlc::Frame> apduFrames;
        Bytes apdu;
        std::optional<unsigned> lastNs;  ///< N(S) of the last I frame taken in sequence
        // IEC 62056-21 SOH block in progress (programming commands).
        Bytes iecBlock;
        bool iecExpectBcc = false;
        std::vector<Replacement> replacements;
        std::vector<std::uint64_t> held;  ///< queue sequence numbers of this side's records
    };

    Side& side(Direction d) { return d == Direction::ToMeter ? m_toMeter : m_fromMeter; }
    void process(Side& side, Direction direction, ByteView bytes);
    void processIec21(Side& side, ByteView bytes);
    void processHdlcFrame(Side& side, Direction direction, const hdlc::Frame& frame);
    void redactHdlcApdu(Side& side, Direction direction, const std::vector<hdlc::Frame>& frames,
                        const Bytes& information, bool learn);
    bool holding(const Side& side) const;
    void resolve(Side& side);
    void maskKnownSecrets(Bytes& bytes, std::size_t from = 0) const;
    std::vector<TraceRecord> drain();
    void resetLink();

    LineFraming m_framing;
    std::vector<Bytes> m_secrets;
    ApduSecrets m_apdus;
    Side m_toMeter;
    Side m_fromMeter;
    std::deque<Entry> m_queue;
    std::uint64_t m_firstSeq = 0;  ///< sequence number of m_queue.front()
};

}  // namespace omt::trace

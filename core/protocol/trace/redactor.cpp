#include "protocol/trace/redactor.h"

#include <algorithm>

#include "protocol/cosem/secrets.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/hdlc/frame.h"

namespace omt::trace {

namespace {

using dlms::DataType;

constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxApdu = 1U << 20;     // a segmented APDU followed, at most
constexpr std::size_t kMaxIecBlock = 1024;     // an IEC 62056-21 command block, at most
constexpr std::size_t kMaxHeldRecords = 1024;  // then held records are let go
constexpr std::size_t kMinBareSecret = 4;      // shorter known secrets: structure only
constexpr std::uint8_t kSoh = 0x01;
constexpr std::uint8_t kStx = 0x02;
constexpr std::uint8_t kEtx = 0x03;
constexpr std::uint8_t kEot = 0x04;
constexpr std::uint8_t kAck = 0x06;
constexpr std::uint8_t kNak = 0x15;

// ---------------------------------------------------------------------------------------------
// A-XDR values

/// Appends the spans of the content bytes of the value at `r` (enum and boolean excepted).
/// False when the value does not decode.
bool valueSpans(ByteReader& r, std::vector<SecretSpan>& out, int depth) {
    if (depth > kMaxDepth) {
        return false;
    }
    const auto tag = r.u8();
    if (!tag) {
        return false;
    }
    auto span = [&](std::size_t n) {
        const std::size_t at = r.offset();
        if (!r.skip(n)) {
            return false;
        }
        if (n > 0) {
            out.push_back({at, n});
        }
        return true;
    };
    switch (static_cast<DataType>(*tag)) {
        case DataType::NullData:
        case DataType::DontCare:
            return true;
        case DataType::Array:
        case DataType::Structure: {
            const auto n = dlms::decodeLength(r);
            if (!n || *n > r.remaining()) {
                return false;
            }
            for (std::size_t i = 0; i < *n; ++i) {
                if (!valueSpans(r, out, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        case DataType::Boolean:
        case DataType::Enum:
            return r.skip(1);
        case DataType::Integer:
        case DataType::Unsigned:
        case DataType::Bcd:
            return span(1);
        case DataType::Long:
        case DataType::LongUnsigned:
            return span(2);
        case DataType::DoubleLong:
        case DataType::DoubleLongUnsigned:
        case DataType::Float32:
        case DataType::Time:
            return span(4);
        case DataType::Long64:
        case DataType::Long64Unsigned:
        case DataType::Float64:
            return span(8);
        case DataType::Date:
            return span(5);
        case DataType::DateTime:
            return span(12);
        case DataType::OctetString:
        case DataType::VisibleString:
        case DataType::Utf8String: {
            const auto n = dlms::decodeLength(r);
            return n && span(*n);
        }
        case DataType::BitString: {
            const auto n = dlms::decodeLength(r);
            return n && span(*n / 8 + (*n % 8 != 0 ? 1 : 0));
        }
        case DataType::CompactArray: {
            if (!dlms::decodeTypeDescription(r)) {
                return false;
            }
            const auto n = dlms::decodeLength(r);
            return n && span(*n);
        }
    }
    return false;
}

/// The value at `r` is secret: its content bytes, or everything to the end when it does not
/// decode. Leaves `r` after the value (at the end on failure).
void secretValue(ByteReader& r, std::vector<SecretSpan>& out) {
    const std::size_t start = r.offset();
    if (!valueSpans(r, out, 0)) {
        out.push_back({start, r.whole().size() - start});
        r.skip(r.remaining());
    }
}

/// Skips the value at `r`. False when it does not decode.
bool skipValue(ByteReader& r) {
    std::vector<SecretSpan> ignored;
    return valueSpans(r, ignored, 0);
}

/// A value that is secret when `secret` holds; skipped otherwise. False when it does not decode
/// (a secret one is then masked to the end).
bool valueMaybeSecret(ByteReader& r, bool secret, std::vector<SecretSpan>& out) {
    if (secret) {
        secretValue(r, out);
        return true;
    }
    return skipValue(r);
}

/// class-id, instance-id, attribute-id; true when the attribute is secret. nullopt: truncated.
std::optional<bool> attributeDescriptor(ByteReader& r) {
    const auto classId = r.u16();
    if (!classId || !r.skip(6)) {
        return std::nullopt;
    }
    const auto index = r.u8();
    if (!index) {
        return std::nullopt;
    }
    return cosem::isSecretAttribute(*classId, static_cast<std::int8_t>(*index));
}

/// An attribute descriptor with its optional selective access; true when secret.
std::optional<bool> attributeWithSelection(ByteReader& r) {
    const auto secret = attributeDescriptor(r);
    const auto flag = r.u8();
    if (!secret || !flag) {
        return std::nullopt;
    }
    if (*flag != 0 && (!r.u8() || !skipValue(r))) {
        return std::nullopt;
    }
    return secret;
}

/// class-id, instance-id, method-id; true when the method's parameters are secret.
std::optional<bool> methodDescriptor(ByteReader& r) {
    const auto classId = r.u16();
    if (!classId || !r.skip(6)) {
        return std::nullopt;
    }
    const auto index = r.u8();
    if (!index) {
        return std::nullopt;
    }
    return cosem::isSecretMethod(*classId, static_cast<std::int8_t>(*index));
}

/// A DataBlock-SA (last-block, block-number, raw-data): its raw data masked when `secret`.
/// Returns last-block, nullopt when truncated.
std::optional<bool> dataBlockSa(ByteReader& r, bool secret, std::vector<SecretSpan>& out) {
    const auto last = r.u8();
    if (!last || !r.skip(4)) {
        return std::nullopt;
    }
    const auto n = dlms::decodeLength(r);
    if (!n) {
        return std::nullopt;
    }
    const std::size_t at = r.offset();
    const std::size_t length = std::min(*n, r.remaining());
    r.skip(length);
    if (secret && length > 0) {
        out.push_back({at, length});
    }
    return *last != 0;
}

/// A count in the length encoding, bounded by what remains (each element takes a byte at least).
std::optional<std::size_t> elementCount(ByteReader& r) {
    const auto n = dlms::decodeLength(r);
    if (!n || *n > r.remaining()) {
        return std::nullopt;
    }
    return *n;
}

/// The "with list" forms of the SET and ACTION requests: the descriptors (read by `descriptor`),
/// then the values (choice 3, masked where secret) or a first data block (choice 5). For a first
/// block: whether it carries a secret and whether it is the last block, to remember; nullopt
/// otherwise (or when the list does not decode).
std::optional<std::pair<bool, bool>> withList(ByteReader& r, std::uint8_t choice,
                                              std::optional<bool> (*descriptor)(ByteReader&),
                                              std::vector<SecretSpan>& out) {
    std::vector<bool> secrets;
    const auto n = elementCount(r);
    for (std::size_t i = 0; n && i < *n; ++i) {
        const auto s = descriptor(r);
        if (!s) {
            return std::nullopt;
        }
        secrets.push_back(*s);
    }
    if (choice == 3) {
        const auto values = elementCount(r);
        for (std::size_t i = 0; values && i < *values; ++i) {
            if (!valueMaybeSecret(r, i < secrets.size() && secrets[i], out)) {
                break;
            }
        }
        return std::nullopt;
    }
    const bool any = std::find(secrets.begin(), secrets.end(), true) != secrets.end();
    if (const auto last = dataBlockSa(r, any, out)) {
        return std::pair{any, *last};
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// BER (ACSE)

/// A BER length; nullopt when malformed or longer than 4 bytes.
std::optional<std::size_t> berLength(ByteReader& r) {
    const auto first = r.u8();
    if (!first) {
        return std::nullopt;
    }
    if (*first < 0x80) {
        return *first;
    }
    const std::size_t width = *first & 0x7FU;
    if (width == 0 || width > 4) {
        return std::nullopt;
    }
    const auto value = r.uint(width);
    if (!value) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(*value);
}

/// The LLS password (calling-authentication-value, unless the mechanism is HLS: then it is a
/// challenge) and a dedicated key in a plain InitiateRequest of an AARQ.
void aarqSpans(ByteView apdu, std::vector<SecretSpan>& out) {
    ByteReader r(apdu);
    r.skip(1);
    const auto total = berLength(r);
    if (!total) {
        return;
    }
    const std::size_t end = std::min(apdu.size(), r.offset() + *total);
    bool hls = false;
    while (r.offset() < end) {
        const auto tag = r.u8();
        const auto length = berLength(r);
        if (!tag || !length || *length > end - r.offset()) {
            return;
        }
        const std::size_t at = r.offset();
        const ByteView content = apdu.subspan(at, *length);
        r.skip(*length);
        if (*tag == 0x8B && !content.empty()) {
            hls = content.back() >= 2;  // mechanism-name 2.16.756.5.8.2.x: x >= 2 is HLS
        } else if (*tag == 0xAC && content.size() >= 2 && !hls) {
            ByteReader inner(content);
            inner.skip(1);
            const auto n = berLength(inner);
            if (n && *n <= inner.remaining() && *n > 0) {
                out.push_back({at + inner.offset(), *n});
            } else {
                out.push_back({at, content.size()});
            }
        } else if (*tag == 0xBE && content.size() >= 5 && content[0] == 0x04) {
            // user-information: OCTET STRING (04 len) of a plain InitiateRequest (01) with a
            // dedicated key (01 len key).
            ByteReader inner(content);
            inner.skip(1);
            const auto n = berLength(inner);
            const std::size_t x = inner.offset();
            if (n && x + 3 <= content.size() && content[x] == 0x01 && content[x + 1] == 0x01) {
                const std::size_t keyAt = x + 3;
                const std::size_t keyLength =
                    std::min<std::size_t>(content[x + 2], content.size() - keyAt);
                if (keyLength > 0) {
                    out.push_back({at + keyAt, keyLength});
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------

void maskSpans(Bytes& bytes, const std::vector<SecretSpan>& spans, std::size_t shift = 0) {
    for (const auto& s : spans) {
        const std::size_t from = std::min(bytes.size(), s.offset + shift);
        const std::size_t to = std::min(bytes.size(), from + s.length);
        std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                  bytes.begin() + static_cast<std::ptrdiff_t>(to), kMaskByte);
    }
}

bool startsIec21(std::uint8_t b) {
    return b == '/' || b == kAck || b == kNak || b == kStx || b == kSoh;
}

Bytes body(Bytes encoded) {
    // Without the flags: the closing flag may open the next frame, the opening one close the
    // previous frame, so only what is between them is certainly this frame's.
    if (encoded.size() >= 2) {
        encoded.erase(encoded.begin());
        encoded.pop_back();
    }
    return encoded;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// ApduSecrets

void ApduSecrets::reset() {
    m_pendingGets.clear();
    m_secretGetBlocks.clear();
    m_secretSetBlocks.clear();
    m_secretActionBlocks.clear();
}

std::vector<SecretSpan> ApduSecrets::find(Direction direction, ByteView apdu, bool learn) {
    std::vector<SecretSpan> out;
    if (apdu.size() < 2) {
        return out;
    }
    const std::uint8_t tag = apdu[0];
    if (tag == 0x60) {
        if (direction == Direction::ToMeter) {
            aarqSpans(apdu, out);
        }
        return out;
    }
    if (tag != 0xC0 && tag != 0xC1 && tag != 0xC3 && tag != 0xC4) {
        return out;
    }
    ByteReader r(apdu);
    r.skip(1);
    const auto choice = r.u8();
    const auto iip = r.u8();
    if (!choice || !iip) {
        return out;
    }
    const std::uint8_t invokeId = *iip & 0x0FU;
    auto remember = [&](std::set<std::uint8_t>& set, bool secret, bool last) {
        if (!learn) {
            return;
        }
        if (secret && !last) {
            set.insert(invokeId);
        } else {
            set.erase(invokeId);
        }
    };
    switch (tag) {
        case 0xC0: {  // GET-Request
            std::vector<bool> secrets;
            if (*choice == 1) {
                const auto s = attributeWithSelection(r);
                secrets.push_back(s.value_or(false));
            } else if (*choice == 3) {
                const auto n = elementCount(r);
                for (std::size_t i = 0; n && i < *n; ++i) {
                    secrets.push_back(attributeWithSelection(r).value_or(false));
                }
            } else {
                return out;  // next: the transfer goes on
            }
            if (learn) {
                m_secretGetBlocks.erase(invokeId);
                if (std::find(secrets.begin(), secrets.end(), true) != secrets.end()) {
                    m_pendingGets[invokeId] = std::move(secrets);
                } else {
                    m_pendingGets.erase(invokeId);
                }
            }
            return out;
        }
        case 0xC4: {  // GET-Response
            std::vector<bool> secrets;
            if (auto it = m_pendingGets.find(invokeId); it != m_pendingGets.end()) {
                secrets = it->second;
                if (learn) {
                    m_pendingGets.erase(it);
                }
            }
            const bool first = !secrets.empty() && secrets.front();
            if (*choice == 1) {
                if (r.u8() == std::optional<std::uint8_t>(0)) {
                    valueMaybeSecret(r, first, out);
                }
            } else if (*choice == 2) {
                const bool secret = first || m_secretGetBlocks.count(invokeId) != 0;
                const auto last = r.u8();
                if (!last || !r.skip(4)) {
                    return out;
                }
                if (r.u8() == std::optional<std::uint8_t>(0)) {  // raw-data
                    const auto n = dlms::decodeLength(r);
                    if (n && secret) {
                        out.push_back({r.offset(), std::min(*n, r.remaining())});
                    }
                }
                remember(m_secretGetBlocks, secret, *last != 0);
            } else if (*choice == 3) {
                const auto n = elementCount(r);
                for (std::size_t i = 0; n && i < *n; ++i) {
                    const auto result = r.u8();
                    if (!result) {
                        break;
                    }
                    if (*result == 0) {
                        if (!valueMaybeSecret(r, i < secrets.size() && secrets[i], out)) {
                            break;
                        }
                    } else if (!r.skip(1)) {
                        break;
                    }
                }
            }
            return out;
        }
        case 0xC1: {  // SET-Request
            if (*choice == 1) {
                const auto secret = attributeWithSelection(r);
                if (secret) {
                    valueMaybeSecret(r, *secret, out);
                }
            } else if (*choice == 2) {
                const auto secret = attributeWithSelection(r);
                if (secret) {
                    if (const auto last = dataBlockSa(r, *secret, out)) {
                        remember(m_secretSetBlocks, *secret, *last);
                    }
                }
            } else if (*choice == 3 || *choice == 5) {
                if (const auto block = withList(r, *choice, attributeWithSelection, out)) {
                    remember(m_secretSetBlocks, block->first, block->second);
                }
            } else if (*choice == 4) {
                const bool secret = m_secretSetBlocks.count(invokeId) != 0;
                if (const auto last = dataBlockSa(r, secret, out)) {
                    remember(m_secretSetBlocks, secret, *last);
                }
            }
            return out;
        }
        case 0xC3: {  // ACTION-Request
            if (*choice == 1) {
                const auto secret = methodDescriptor(r);
                const auto present = r.u8();
                if (secret && present && *present != 0) {
                    valueMaybeSecret(r, *secret, out);
                }
            } else if (*choice == 3 || *choice == 5) {
                if (const auto block = withList(r, *choice, methodDescriptor, out)) {
                    remember(m_secretActionBlocks, block->first, block->second);
                }
            } else if (*choice == 4) {
                const auto secret = methodDescriptor(r);
                if (secret) {
                    if (const auto last = dataBlockSa(r, *secret, out)) {
                        remember(m_secretActionBlocks, *secret, *last);
                    }
                }
            } else if (*choice == 6) {
                const bool secret = m_secretActionBlocks.count(invokeId) != 0;
                if (const auto last = dataBlockSa(r, secret, out)) {
                    remember(m_secretActionBlocks, secret, *last);
                }
            }
            return out;
        }
        default:
            return out;
    }
}

// ---------------------------------------------------------------------------------------------
// Redactor

Redactor::Redactor(LineFraming framing) : m_framing(framing) {}

void Redactor::addSecret(Bytes secret) {
    if (!secret.empty()) {
        m_secrets.push_back(std::move(secret));
    }
}

void Redactor::maskKnownSecrets(Bytes& bytes, std::size_t from) const {
    for (const Bytes& secret : m_secrets) {
        if (secret.size() < kMinBareSecret || secret.size() > bytes.size()) {
            continue;
        }
        auto it = bytes.begin() + static_cast<std::ptrdiff_t>(std::min(from, bytes.size()));
        while ((it = std::search(it, bytes.end(), secret.begin(), secret.end())) != bytes.end()) {
            std::fill_n(it, secret.size(), kMaskByte);
            it += static_cast<std::ptrdiff_t>(secret.size());
        }
    }
}

std::vector<TraceRecord> Redactor::add(TraceRecord record) {
    const std::uint64_t seq = m_firstSeq + m_queue.size();
    const bool bytes = record.direction.has_value() && !record.bytes.empty();
    const std::optional<Direction> direction = record.direction;
    Bytes copy = bytes ? record.bytes : Bytes{};
    m_queue.push_back(Entry{std::move(record), !bytes});
    if (bytes) {
        Side& s = side(*direction);
        s.held.push_back(seq);
        process(s, *direction, copy);
        if (!holding(s)) {
            resolve(s);
        }
    }
    if (m_queue.size() > kMaxHeldRecords) {
        // A direction stuck in the middle of a frame: let its records go rather than hold
        // the other direction's forever (known secrets are still masked).
        resolve(m_toMeter);
        resolve(m_fromMeter);
    }
    return drain();
}

std::vector<TraceRecord> Redactor::flush() {
    resolve(m_toMeter);
    resolve(m_fromMeter);
    for (auto& e : m_queue) {
        e.ready = true;
    }
    auto out = drain();
    m_toMeter = Side{};
    m_fromMeter = Side{};
    m_apdus.reset();
    return out;
}

std::vector<TraceRecord> Redactor::drain() {
    std::vector<TraceRecord> out;
    while (!m_queue.empty() && m_queue.front().ready) {
        out.push_back(std::move(m_queue.front().record));
        m_queue.pop_front();
        ++m_firstSeq;
    }
    return out;
}

bool Redactor::holding(const Side& s) const {
    if (m_framing == LineFraming::Wrapper) {
        return s.wrapper.buffered() > 0;
    }
    return s.deframer.inFrame() || !s.apduFrames.empty() || !s.iecBlock.empty();
}

void Redactor::resolve(Side& s) {
    if (s.held.empty()) {
        s.replacements.clear();
        return;
    }
    Bytes all;
    for (std::uint64_t seq : s.held) {
        const Bytes& b = m_queue[static_cast<std::size_t>(seq - m_firstSeq)].record.bytes;
        all.insert(all.end(), b.begin(), b.end());
    }
    auto cursor = all.begin();
    for (const Replacement& rep : s.replacements) {
        if (rep.original.empty()) {
            continue;
        }
        auto at = std::search(cursor, all.end(), rep.original.begin(), rep.original.end());
        if (at == all.end()) {
            continue;
        }
        std::copy(rep.redacted.begin(), rep.redacted.end(), at);
        cursor = at + static_cast<std::ptrdiff_t>(rep.original.size());
    }
    maskKnownSecrets(all);
    std::size_t pos = 0;
    for (std::uint64_t seq : s.held) {
        Entry& e = m_queue[static_cast<std::size_t>(seq - m_firstSeq)];
        std::copy_n(all.begin() + static_cast<std::ptrdiff_t>(pos), e.record.bytes.size(),
                    e.record.bytes.begin());
        pos += e.record.bytes.size();
        e.ready = true;
    }
    s.held.clear();
    s.replacements.clear();
}

void Redactor::resetLink() {
    for (Side* s : {&m_toMeter, &m_fromMeter}) {
        s->apduFrames.clear();
        s->apdu.clear();
        s->lastNs.reset();
    }
    m_apdus.reset();
}

void Redactor::process(Side& s, Direction direction, ByteView bytes) {
    if (m_framing == LineFraming::Wrapper) {
        auto result = s.wrapper.feed(bytes);
        for (const auto& frame : result.frames) {
            wrapper::WrapperFrame masked = frame;
            if (!frame.payload.empty() && !dlms::isCipheredTag(frame.payload.front())) {
                maskSpans(masked.payload, m_apdus.find(direction, frame.payload));
            }
            maskKnownSecrets(masked.payload);
            if (masked.payload != frame.payload) {
                auto original = wrapper::encodeWrapper(frame);
                auto redacted = wrapper::encodeWrapper(masked);
                if (original && redacted) {
                    s.replacements.push_back({std::move(*original), std::move(*redacted)});
                }
            }
        }
        if (result.failure) {
            s.wrapper.reset();  // out of step: what follows is taken as it comes
        }
        return;
    }
    if (bytes.empty()) {
        return;
    }
    const bool iec21 = !s.iecBlock.empty() || (!s.deframer.inFrame() && startsIec21(bytes[0]));
    if (iec21) {
        processIec21(s, bytes);
        return;
    }
    for (auto& result : s.deframer.feed(bytes)) {
        if (result) {
            processHdlcFrame(s, direction, *result);
        }
    }
}

void Redactor::processIec21(Side& s, ByteView bytes) {
    for (const std::uint8_t b : bytes) {
        if (s.iecBlock.empty()) {
            if (b == kSoh) {
                s.iecBlock.push_back(b);
            }
            continue;
        }
        s.iecBlock.push_back(b);
        if (s.iecExpectBcc) {
            // SOH C D STX (data) ETX BCC: the data of P1 (password) and P2 (secured password)
            // is secret; the BCC is computed again over what is left.
            Bytes original = std::move(s.iecBlock);
            s.iecBlock.clear();
            s.iecExpectBcc = false;
            Bytes masked = original;
            const std::size_t n = masked.size();
            std::size_t dataFrom = 3;
            if (n > 4 && masked[3] == kStx) {
                dataFrom = 4;
            }
            if (n >= 6 && masked[1] == 'P' && (masked[2] == '1' || masked[2] == '2')) {
                for (std::size_t i = dataFrom; i + 2 < n; ++i) {
                    if (masked[i] != '(' && masked[i] != ')') {
                        masked[i] = kMaskByte;
                    }
                }
            }
            maskKnownSecrets(masked, dataFrom);
            if (masked != original) {
                std::uint8_t bcc = 0;
                for (std::size_t i = 1; i + 1 < n; ++i) {
                    bcc ^= masked[i];
                }
                masked[n - 1] = bcc;
                s.replacements.push_back({std::move(original), std::move(masked)});
            }
        } else if (b == kEtx || b == kEot) {
            s.iecExpectBcc = true;
        } else if (s.iecBlock.size() > kMaxIecBlock) {
            s.iecBlock.clear();
        }
    }
}

void Redactor::processHdlcFrame(Side& s, Direction direction, const hdlc::Frame& frame) {
    const auto type = frame.control.type();
    if (type == hdlc::FrameType::Snrm || type == hdlc::FrameType::Disc) {
        resetLink();
        return;
    }
    if ((type != hdlc::FrameType::I && type != hdlc::FrameType::Ui) || frame.information.empty()) {
        return;
    }
    const bool inSequence =
        type == hdlc::FrameType::Ui || !s.lastNs || frame.control.ns() == ((*s.lastNs + 1) & 7U);
    if (!inSequence) {
        // Sent again (or after a lost one): it stands on its own as far as it goes.
        const bool whole = !frame.segmented && s.apduFrames.empty();
        redactHdlcApdu(s, direction, {frame}, whole ? frame.information : Bytes{}, false);
        return;
    }
    if (type == hdlc::FrameType::I) {
        s.lastNs = frame.control.ns();
    }
    s.apduFrames.push_back(frame);
    s.apdu.insert(s.apdu.end(), frame.information.begin(), frame.information.end());
    if (frame.segmented && s.apdu.size() <= kMaxApdu) {
        return;  // more segments to come
    }
    auto frames = std::move(s.apduFrames);
    auto information = std::move(s.apdu);
    s.apduFrames.clear();
    s.apdu.clear();
    redactHdlcApdu(s, direction, frames, frame.segmented ? Bytes{} : information, true);
}

void Redactor::redactHdlcApdu(Side& s, Direction direction, const std::vector<hdlc::Frame>& frames,
                              const Bytes& information, bool learn) {
    Bytes masked;
    for (const auto& f : frames) {
        masked.insert(masked.end(), f.information.begin(), f.information.end());
    }
    if (!information.empty()) {
        // The LLC header (E6 E6 00 to the meter, E6 E7 00 from it) when there is one.
        const std::size_t skip = information.size() >= 3 && information[0] == 0xE6 &&
                                         (information[1] == 0xE6 || information[1] == 0xE7) &&
                                         information[2] == 0x00
                                     ? 3
                                     : 0;
        const ByteView apdu = ByteView(information).subspan(skip);
        if (!apdu.empty() && !dlms::isCipheredTag(apdu.front())) {
            maskSpans(masked, m_apdus.find(direction, apdu, learn), skip);
        }
    }
    maskKnownSecrets(masked);
    std::size_t pos = 0;
    for (const auto& f : frames) {
        hdlc::Frame redacted = f;
        std::copy_n(masked.begin() + static_cast<std::ptrdiff_t>(pos), f.information.size(),
                    redacted.information.begin());
        pos += f.information.size();
        if (redacted.information == f.information) {
            continue;
        }
        auto original = hdlc::encodeFrame(f);
        auto rewritten = hdlc::encodeFrame(redacted);
        if (original && rewritten) {
            // The HCS and FCS are computed over the masked bytes by the encoder.
            s.replacements.push_back({body(std::move(*original)), body(std::move(*rewritten))});
        }
    }
}

}  // namespace omt::trace

#pragma once
// Segmentation of long APDUs over I frames (IEC 62056-46): each segment fills at most the
// negotiated maximum information field; the segmentation bit S of the format field is set on
// every segment but the last.
//
//   auto segments = segmentApdu(apdu, 128);      // 300 bytes -> 128 (S), 128 (S), 44
//   Reassembler r(64 * 1024);
//   for (auto& s : segments) if (auto done = r.add(s.information, s.more); done && *done)
//   use(**done);

#include <cstddef>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

/// Default bound of a reassembled APDU (the DLMS client's usual max-receive-pdu-size is far less).
inline constexpr std::size_t kDefaultMaxApduSize = 64 * 1024;

struct Segment {
    Bytes information;
    bool more = false;  ///< the S bit: further segments follow

    friend bool operator==(const Segment&, const Segment&) = default;
};

/// Splits `apdu` into segments of at most `maxInfoLength` bytes (a value of 0 is taken as 1).
/// An empty APDU gives one empty segment. Never fails.
/// Example: segmentApdu(300 bytes, 128) -> sizes 128, 128, 44 with more = true, true, false.
std::vector<Segment> segmentApdu(ByteView apdu, std::size_t maxInfoLength);

/// Joins segments into APDUs, never holding more than `maxApduSize` bytes.
class Reassembler {
public:
    explicit Reassembler(std::size_t maxApduSize = kDefaultMaxApduSize) : m_max(maxApduSize) {}

    /// Adds one segment. Returns the whole APDU when `more` is false, std::nullopt while further
    /// segments are expected. Errors: ApduTooLarge when the APDU would exceed the bound; the
    /// partial APDU is dropped and the remaining segments of that APDU (up to and including the
    /// one with more == false) are ignored, returning std::nullopt.
    Expected<std::optional<Bytes>, HdlcFailure> add(ByteView information, bool more);

    /// Drops any partial APDU (link reset).
    void reset();
    /// True between the first and the last segment of an APDU (also while discarding one).
    bool inProgress() const { return m_inProgress; }
    /// Bytes held of the APDU being reassembled.
    std::size_t size() const { return m_data.size(); }

private:
    Bytes m_data;
    std::size_t m_max;
    bool m_inProgress = false;
    bool m_discarding = false;
};

}  // namespace omt::hdlc

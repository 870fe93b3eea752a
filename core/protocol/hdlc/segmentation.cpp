#include "protocol/hdlc/segmentation.h"

#include <algorithm>
#include <string>

namespace omt::hdlc {

std::vector<Segment> segmentApdu(ByteView apdu, std::size_t maxInfoLength) {
    const std::size_t step = std::max<std::size_t>(maxInfoLength, 1);
    std::vector<Segment> out;
    out.reserve(apdu.size() / step + 1);
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(step, apdu.size() - pos);
        const auto part = apdu.subspan(pos, n);
        pos += n;
        out.push_back(Segment{Bytes(part.begin(), part.end()), pos < apdu.size()});
    } while (pos < apdu.size());
    return out;
}

Expected<std::optional<Bytes>, HdlcFailure> Reassembler::add(ByteView information, bool more) {
    m_inProgress = more;
    if (m_discarding) {
        m_discarding = more;
        return std::optional<Bytes>{};
    }
    if (information.size() > m_max - m_data.size()) {
        const std::size_t had = m_data.size();
        m_data.clear();
        m_discarding = more;
        return HdlcFailure{HdlcError::ApduTooLarge, had,
                           "APDU above " + std::to_string(m_max) + " bytes"};
    }
    m_data.insert(m_data.end(), information.begin(), information.end());
    if (more) {
        return std::optional<Bytes>{};
    }
    Bytes done = std::move(m_data);
    m_data.clear();
    return std::optional<Bytes>{std::move(done)};
}

void Reassembler::reset() {
    m_data.clear();
    m_inProgress = false;
    m_discarding = false;
}

}  // namespace omt::hdlc

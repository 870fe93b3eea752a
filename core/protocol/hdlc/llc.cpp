#include "protocol/hdlc/llc.h"

namespace omt::hdlc {

Bytes addLlcHeader(ByteView apdu, LlcDirection direction) {
    const auto& header = llcHeader(direction);
    Bytes out;
    out.reserve(header.size() + apdu.size());
    out.insert(out.end(), header.begin(), header.end());
    out.insert(out.end(), apdu.begin(), apdu.end());
    return out;
}

Expected<ByteView, HdlcFailure> stripLlcHeader(ByteView information, LlcDirection direction) {
    const auto& header = llcHeader(direction);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i >= information.size()) {
            return HdlcFailure{HdlcError::MissingLlcHeader, information.size(),
                               "information field shorter than the LLC header"};
        }
        if (information[i] != header[i]) {
            return HdlcFailure{
                HdlcError::MissingLlcHeader, i,
                direction == LlcDirection::Request ? "expected E6 E6 00" : "expected E6 E7 00"};
        }
    }
    return information.subspan(header.size());
}

}  // namespace omt::hdlc

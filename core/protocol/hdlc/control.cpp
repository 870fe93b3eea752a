#include "protocol/hdlc/control.h"

namespace omt::hdlc {

const char* nameOf(FrameType t) {
    switch (t) {
        case FrameType::I:
            return "I";
        case FrameType::Rr:
            return "RR";
        case FrameType::Rnr:
            return "RNR";
        case FrameType::Snrm:
            return "SNRM";
        case FrameType::Disc:
            return "DISC";
        case FrameType::Ua:
            return "UA";
        case FrameType::Dm:
            return "DM";
        case FrameType::Frmr:
            return "FRMR";
        case FrameType::Ui:
            return "UI";
        case FrameType::Unknown:
            return "unknown";
    }
    return "unknown";
}

FrameType Control::type() const {
    if (isI()) {
        return FrameType::I;
    }
    if ((m_byte & 0x03U) == 0x01U) {  // supervisory
        switch (m_byte & 0x0FU) {
            case 0x01:
                return FrameType::Rr;
            case 0x05:
                return FrameType::Rnr;
            default:
                return FrameType::Unknown;  // REJ, SREJ: not used by IEC 62056-46
        }
    }
    switch (m_byte & 0xEFU) {  // unnumbered, P/F masked
        case 0x83:
            return FrameType::Snrm;
        case 0x43:
            return FrameType::Disc;
        case 0x63:
            return FrameType::Ua;
        case 0x0F:
            return FrameType::Dm;
        case 0x87:
            return FrameType::Frmr;
        case 0x03:
            return FrameType::Ui;
        default:
            return FrameType::Unknown;
    }
}

unsigned Control::nr() const {
    const FrameType t = type();
    if (t == FrameType::I || t == FrameType::Rr || t == FrameType::Rnr) {
        return (m_byte >> 5) & 7U;
    }
    return 0;
}

}  // namespace omt::hdlc

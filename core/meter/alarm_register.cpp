#include "meter/alarm_register.h"

namespace omt::meter {

const char* nameOf(AlarmBit bit) {
    switch (bit) {
        case AlarmBit::CoverOpened:
            return "cover-opened";
        case AlarmBit::MagneticInfluence:
            return "magnetic-influence";
        case AlarmBit::VoltageSag:
            return "voltage-sag";
        case AlarmBit::VoltageSwell:
            return "voltage-swell";
        case AlarmBit::ThdOverLimit:
            return "thd-over-limit";
        case AlarmBit::VoltageUnbalance:
            return "voltage-unbalance";
        case AlarmBit::PhaseMissing:
            return "phase-missing";
    }
    return "unknown";
}

}  // namespace omt::meter

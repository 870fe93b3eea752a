#include "protocol/cosem/iec_local_port_setup.h"

#include <array>
#include <string>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;

std::uint32_t baudRateValue(BaudRate b) {
    static constexpr std::array<std::uint32_t, 10> kRates{300,  600,   1200,  2400,  4800,
                                                          9600, 19200, 38400, 57600, 115200};
    const auto i = static_cast<std::size_t>(b);
    return i < kRates.size() ? kRates[i] : 0;
}

Expected<Data, CosemFailure> IecLocalPortSetup::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return enumData(defaultMode);
        case 3:
            return enumData(defaultBaud);
        case 4:
            return enumData(propBaud);
        case 5:
            return enumData(responseTime);
        case 6:
            return Data::octetString(deviceAddress);
        case 7:
            return Data::octetString(passP1);
        case 8:
            return Data::octetString(passP2);
        case 9:
            return Data::octetString(passW5);
        default:
            return FieldPath("iec_local_port_setup")
                .fail(CosemError::UnknownAttribute,
                      "attribute " + std::to_string(index) + " not defined");
    }
}

Expected<void, CosemFailure> IecLocalPortSetup::setAttribute(std::int8_t index, const Data& value) {
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, FieldPath("logical_name")));
        case 2:
            return assignFrom(defaultMode,
                              readEnumIn<ProtocolMode>(value, 0, 2, FieldPath("default_mode")));
        case 3:
        case 4: {
            auto v = readEnumIn<BaudRate>(value, 0, 9,
                                          FieldPath(index == 3 ? "default_baud" : "prop_baud"));
            if (!v) {
                return v.error();
            }
            (index == 3 ? defaultBaud : propBaud) = *v;
            return {};
        }
        case 5:
            return assignFrom(responseTime,
                              readEnumIn<ResponseTime>(value, 0, 1, FieldPath("response_time")));
        case 6:
        case 7:
        case 8:
        case 9: {
            static constexpr std::array<const char*, 4> kNames{"device_addr", "pass_p1", "pass_p2",
                                                               "pass_w5"};
            const auto slot = static_cast<std::size_t>(index - 6);
            auto v = readOctetString(value, FieldPath(kNames[slot]));
            if (!v) {
                return v.error();
            }
            std::array<Bytes*, 4> fields{&deviceAddress, &passP1, &passP2, &passW5};
            *fields[slot] = std::move(*v);
            return {};
        }
        default:
            return FieldPath("iec_local_port_setup")
                .fail(CosemError::UnknownAttribute,
                      "attribute " + std::to_string(index) + " not defined");
    }
}

}  // namespace omt::cosem

#include "protocol/cosem/iec_hdlc_setup.h"

#include <array>
#include <string>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;

namespace {
constexpr std::array<const char*, 10> kNames{"",
                                             "logical_name",
                                             "comm_speed",
                                             "window_size_transmit",
                                             "window_size_receive",
                                             "max_info_field_length_transmit",
                                             "max_info_field_length_receive",
                                             "inter_octet_time_out",
                                             "inactivity_time_out",
                                             "device_address"};
}  // namespace

Expected<Data, CosemFailure> IecHdlcSetup::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return enumData(commSpeed);
        case 3:
            return Data::unsigned8(windowSizeTransmit);
        case 4:
            return Data::unsigned8(windowSizeReceive);
        case 5:
            return Data::longUnsigned(maxInfoFieldLengthTransmit);
        case 6:
            return Data::longUnsigned(maxInfoFieldLengthReceive);
        case 7:
            return Data::longUnsigned(interOctetTimeOut);
        case 8:
            return Data::longUnsigned(inactivityTimeOut);
        case 9:
            return Data::longUnsigned(deviceAddress);
        default:
            return FieldPath("iec_hdlc_setup")
                .fail(CosemError::UnknownAttribute,
                      "attribute " + std::to_string(index) + " not defined");
    }
}

Expected<void, CosemFailure> IecHdlcSetup::setAttribute(std::int8_t index, const Data& value) {
    if (index < 1 || index > 9) {
        return FieldPath("iec_hdlc_setup")
            .fail(CosemError::UnknownAttribute,
                  "attribute " + std::to_string(index) + " not defined");
    }
    const FieldPath at(kNames[static_cast<std::size_t>(index)]);
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, at));
        case 2:
            return assignFrom(commSpeed, readEnumIn<BaudRate>(value, 0, 9, at));
        case 3:
        case 4: {
            auto v = readUnsigned8(value, at);
            if (!v) {
                return v.error();
            }
            if (*v < 1 || *v > 7) {
                return at.fail(CosemError::ValueOutOfRange,
                               "window size " + std::to_string(*v) + " outside 1..7");
            }
            (index == 3 ? windowSizeTransmit : windowSizeReceive) = *v;
            return {};
        }
        default: {
            auto v = readLongUnsigned(value, at);
            if (!v) {
                return v.error();
            }
            std::array<std::uint16_t*, 5> fields{&maxInfoFieldLengthTransmit,
                                                 &maxInfoFieldLengthReceive, &interOctetTimeOut,
                                                 &inactivityTimeOut, &deviceAddress};
            *fields[static_cast<std::size_t>(index - 5)] = *v;
            return {};
        }
    }
}

}  // namespace omt::cosem

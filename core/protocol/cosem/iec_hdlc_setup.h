#pragma once
// IEC HDLC setup (class 23, version 1): the HDLC link parameters a port starts with, with
// get/set by attribute index.
//
//   IecHdlcSetup hdlc;                                     // 0.0.22.0.0.255
//   auto r = hdlc.setAttribute(5, Data::longUnsigned(128)); // max_info_field_length_transmit
//
// Types: comm_speed enum (BaudRate), window sizes unsigned (1..7), max info field lengths,
// inter-octet time-out (ms), inactivity time-out (s) and device address long-unsigned.

#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/iec_local_port_setup.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

struct IecHdlcSetup {
    ObisCode logicalName{0, 0, 22, 0, 0, 255};
    BaudRate commSpeed = BaudRate::Baud9600;         ///< attribute 2
    std::uint8_t windowSizeTransmit = 1;             ///< attribute 3: 1..7
    std::uint8_t windowSizeReceive = 1;              ///< attribute 4: 1..7
    std::uint16_t maxInfoFieldLengthTransmit = 128;  ///< attribute 5
    std::uint16_t maxInfoFieldLengthReceive = 128;   ///< attribute 6
    std::uint16_t interOctetTimeOut = 25;            ///< attribute 7, milliseconds
    std::uint16_t inactivityTimeOut = 120;           ///< attribute 8, seconds (0: none)
    std::uint16_t deviceAddress = 0x10;              ///< attribute 9

    /// The Data of attribute `index` (1..9). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index`; on failure nothing changes. Errors: UnknownAttribute,
    /// WrongType, BadLength, UnknownEnum (comm_speed 0..9), ValueOutOfRange (window size
    /// outside 1..7); path = the attribute name.
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const IecHdlcSetup&, const IecHdlcSetup&) = default;
};

}  // namespace omt::cosem

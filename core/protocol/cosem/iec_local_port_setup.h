#pragma once
// IEC local port setup (class 19, version 1): the optical port's protocol mode, baud rates,
// response time, device address and passwords, with get/set by attribute index.
//
//   IecLocalPortSetup port;                            // 0.0.20.0.0.255
//   auto r = port.setAttribute(3, Data::enumValue(5)); // default_baud: 9600
//   baudRateValue(port.defaultBaud);                    // 9600
//
// The baud rate enumeration is shared with IEC HDLC setup's comm_speed.

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// Baud rate enumeration (default_baud, prop_baud, comm_speed).
enum class BaudRate : std::uint8_t {
    Baud300 = 0,
    Baud600 = 1,
    Baud1200 = 2,
    Baud2400 = 3,
    Baud4800 = 4,
    Baud9600 = 5,
    Baud19200 = 6,
    Baud38400 = 7,
    Baud57600 = 8,
    Baud115200 = 9,
};
/// Bits per second of a baud rate code: baudRateValue(BaudRate::Baud9600) == 9600.
std::uint32_t baudRateValue(BaudRate b);

/// default_mode (attribute 2).
enum class ProtocolMode : std::uint8_t {
    Iec62056_21 = 0,  ///< IEC 62056-21 (modes A..E)
    Iec62056_46 = 1,  ///< DLMS/COSEM over HDLC (IEC 62056-46)
    NotSpecified = 2,
};

/// response_time (attribute 5): the minimum time before the meter answers.
enum class ResponseTime : std::uint8_t {
    Ms20 = 0,
    Ms200 = 1,
};

struct IecLocalPortSetup {
    ObisCode logicalName{0, 0, 20, 0, 0, 255};
    ProtocolMode defaultMode = ProtocolMode::Iec62056_21;  ///< attribute 2
    BaudRate defaultBaud = BaudRate::Baud300;              ///< attribute 3
    BaudRate propBaud = BaudRate::Baud9600;                ///< attribute 4
    ResponseTime responseTime = ResponseTime::Ms200;       ///< attribute 5
    Bytes deviceAddress;                                   ///< attribute 6 device_addr
    Bytes passP1;                                          ///< attribute 7
    Bytes passP2;                                          ///< attribute 8
    Bytes passW5;                                          ///< attribute 9

    /// The Data of attribute `index` (1..9). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index`; on failure nothing changes. Errors: UnknownAttribute,
    /// WrongType, BadLength (logical name), UnknownEnum (mode 0..2, baud 0..9, response time
    /// 0..1); path = the attribute name ("default_baud").
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const IecLocalPortSetup&, const IecLocalPortSetup&) = default;
};

}  // namespace omt::cosem

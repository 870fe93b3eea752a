#pragma once
// Disconnect control (class 70): the breaker's output state, control state and control mode,
// with get/set by attribute index.
//
//   DisconnectControl breaker;                               // 0.0.96.3.10.255
//   auto r = breaker.setAttribute(4, Data::enumValue(1));    // control_mode 1
//   breaker.attribute(3);                                    // enum 1 (connected)

#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// control_state (attribute 3).
enum class ControlState : std::uint8_t {
    Disconnected = 0,
    Connected = 1,
    ReadyForReconnection = 2,
};

/// control_mode (attribute 4): which transitions are allowed by which means (Blue Book table
/// of modes 0..6; mode 0 = always connected, no disconnection possible).
enum class ControlMode : std::uint8_t {
    Mode0 = 0,
    Mode1 = 1,
    Mode2 = 2,
    Mode3 = 3,
    Mode4 = 4,
    Mode5 = 5,
    Mode6 = 6,
};

struct DisconnectControl {
    ObisCode logicalName{0, 0, 96, 3, 10, 255};
    bool outputState = true;                              ///< attribute 2: true = connected
    ControlState controlState = ControlState::Connected;  ///< attribute 3
    ControlMode controlMode = ControlMode::Mode0;         ///< attribute 4

    /// The Data of attribute `index` (1..4). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index`; on failure nothing changes. Errors: UnknownAttribute,
    /// WrongType, BadLength, UnknownEnum (control_state 0..2, control_mode 0..6).
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const DisconnectControl&, const DisconnectControl&) = default;
};

}  // namespace omt::cosem

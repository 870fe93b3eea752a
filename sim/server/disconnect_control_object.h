#pragma once
// Disconnect control (class 70, version 0): the breaker (OMNIA supply control switch) with the
// remote_disconnect and remote_reconnect methods following the control mode.
//
//   DisconnectControlObject breaker(cosem::DisconnectControl{.controlMode = ControlMode::Mode1});
//   breaker.invoke(1, Data::integer(0), ctx);   // connected -> disconnected
//   breaker.invoke(2, Data::integer(0), ctx);   // disconnected -> ready for reconnection
//
// Transitions (Blue Book table of control modes): mode 0 allows no remote transition
// (ReadWriteDenied); in modes 1..6 remote_disconnect takes connected and ready-for-reconnection
// to disconnected; remote_reconnect takes disconnected to ready-for-reconnection in modes 1, 3, 5
// and straight to connected in modes 2, 4, 6. A method that changes nothing succeeds.

#include "protocol/cosem/disconnect_control.h"
#include "sim/server/view_object.h"

namespace omt::sim {

class DisconnectControlObject : public ViewObject<cosem::DisconnectControl> {
public:
    /// Attributes 2 output_state and 3 control_state are read-only; 4 control_mode writable.
    explicit DisconnectControlObject(cosem::DisconnectControl state);

    /// The local reconnection (push button) from ready-for-reconnection; false otherwise.
    bool manualReconnect();

protected:
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;
};

}  // namespace omt::sim

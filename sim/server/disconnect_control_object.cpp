#include "sim/server/disconnect_control_object.h"

namespace omt::sim {

using cosem::ControlMode;
using cosem::ControlState;

DisconnectControlObject::DisconnectControlObject(cosem::DisconnectControl state)
    : ViewObject<cosem::DisconnectControl>(70, 0, 4, state, {2, 3}, 2) {}

bool DisconnectControlObject::manualReconnect() {
    if (view().controlState != ControlState::ReadyForReconnection) {
        return false;
    }
    view().controlState = ControlState::Connected;
    view().outputState = true;
    return true;
}

Expected<std::optional<Data>, ActionResult> DisconnectControlObject::invokeMethod(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    if (parameters && parameters->type() != dlms::DataType::Integer) {
        return ActionResult::TypeUnmatched;
    }
    auto& state = view();
    if (state.controlMode == ControlMode::Mode0) {
        return ActionResult::ReadWriteDenied;
    }
    if (methodIndex == 1) {
        state.controlState = ControlState::Disconnected;
    } else if (state.controlState == ControlState::Disconnected) {
        const auto mode = static_cast<int>(state.controlMode);
        state.controlState =
            mode % 2 == 0 ? ControlState::Connected : ControlState::ReadyForReconnection;
    }
    state.outputState = state.controlState == ControlState::Connected;
    return std::optional<Data>{};
}

}  // namespace omt::sim

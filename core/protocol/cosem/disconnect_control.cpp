#include "protocol/cosem/disconnect_control.h"

#include <string>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;

namespace {
CosemFailure unknownAttribute(std::int8_t index) {
    return FieldPath("disconnect_control")
        .fail(CosemError::UnknownAttribute, "attribute " + std::to_string(index) + " not defined");
}
}  // namespace

Expected<Data, CosemFailure> DisconnectControl::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return Data::boolean(outputState);
        case 3:
            return enumData(controlState);
        case 4:
            return enumData(controlMode);
        default:
            return unknownAttribute(index);
    }
}

Expected<void, CosemFailure> DisconnectControl::setAttribute(std::int8_t index, const Data& value) {
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, FieldPath("logical_name")));
        case 2:
            return assignFrom(outputState, readBoolean(value, FieldPath("output_state")));
        case 3:
            return assignFrom(controlState,
                              readEnumIn<ControlState>(value, 0, 2, FieldPath("control_state")));
        case 4:
            return assignFrom(controlMode,
                              readEnumIn<ControlMode>(value, 0, 6, FieldPath("control_mode")));
        default:
            return unknownAttribute(index);
    }
}

}  // namespace omt::cosem

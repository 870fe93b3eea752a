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
        case 1: {
            auto v = readLogicalName(value, FieldPath("logical_name"));
            if (!v) {
                return v.error();
            }
            logicalName = *v;
            return {};
        }
        case 2: {
            auto v = readBoolean(value, FieldPath("output_state"));
            if (!v) {
                return v.error();
            }
            outputState = *v;
            return {};
        }
        case 3: {
            auto v = readEnumIn<ControlState>(value, 0, 2, FieldPath("control_state"));
            if (!v) {
                return v.error();
            }
            controlState = *v;
            return {};
        }
        case 4: {
            auto v = readEnumIn<ControlMode>(value, 0, 6, FieldPath("control_mode"));
            if (!v) {
                return v.error();
            }
            controlMode = *v;
            return {};
        }
        default:
            return unknownAttribute(index);
    }
}

}  // namespace omt::cosem

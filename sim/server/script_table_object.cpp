#include "sim/server/script_table_object.h"

#include "sim/server/object_directory.h"

namespace omt::sim {

ScriptTableObject::ScriptTableObject(cosem::ObisCode logicalName, cosem::Scripts scripts)
    : AttributeTableObject(logicalName, 9, 0, 1) {
    addAttribute(scripts.toData(), viewValidator<cosem::Scripts>());
}

Expected<void, ActionResult> ScriptTableObject::execute(std::uint16_t identifier,
                                                        RequestContext& context) {
    auto scripts = cosem::Scripts::fromData(*attribute(2));
    if (!scripts || context.directory == nullptr || m_depth >= kMaxScriptDepth) {
        return ActionResult::OtherReason;
    }
    const cosem::Script* script = nullptr;
    for (const auto& s : scripts->entries) {
        if (s.scriptIdentifier == identifier) {
            script = &s;
            break;
        }
    }
    if (script == nullptr) {
        return ActionResult::OtherReason;
    }
    ++m_depth;
    Expected<void, ActionResult> outcome;
    for (const auto& action : script->actions) {
        CosemObject* object = context.directory->find(action.logicalName);
        if (object == nullptr || object->classId() != action.classId) {
            outcome = ActionResult::OtherReason;
            break;
        }
        if (action.serviceId == cosem::ScriptService::WriteAttribute) {
            if (object->set(action.index, std::nullopt, action.parameter, context) !=
                DataAccessResult::Success) {
                outcome = ActionResult::OtherReason;
                break;
            }
        } else {
            std::optional<Data> parameter;
            if (!action.parameter.isNull()) {
                parameter = action.parameter;
            }
            if (!object->invoke(action.index, parameter, context)) {
                outcome = ActionResult::OtherReason;
                break;
            }
        }
    }
    --m_depth;
    return outcome;
}

Expected<std::optional<Data>, ActionResult> ScriptTableObject::invokeMethod(
    std::int8_t /*methodIndex*/, const std::optional<Data>& parameters, RequestContext& context) {
    const auto* id = parameters ? parameters->as<std::uint64_t>() : nullptr;
    if (!parameters || parameters->type() != dlms::DataType::LongUnsigned || id == nullptr) {
        return ActionResult::TypeUnmatched;
    }
    auto done = execute(static_cast<std::uint16_t>(*id), context);
    if (!done) {
        return done.error();
    }
    return std::optional<Data>{};
}

}  // namespace omt::sim

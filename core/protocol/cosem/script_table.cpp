#include "protocol/cosem/script_table.h"

namespace omt::cosem {

using dlms::Data;

Data ScriptReference::toData() const {
    return Data::structure(
        {logicalNameData(scriptLogicalName), Data::longUnsigned(scriptSelector)});
}

Expected<ScriptReference, CosemFailure> ScriptReference::fromData(const Data& d,
                                                                  const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto ln = readLogicalName(m[0], at.member("script_logical_name"));
    if (!ln) {
        return ln.error();
    }
    auto selector = readLongUnsigned(m[1], at.member("script_selector"));
    if (!selector) {
        return selector.error();
    }
    return ScriptReference{*ln, *selector};
}

Data ScriptAction::toData() const {
    return Data::structure({enumData(serviceId), Data::longUnsigned(classId),
                            logicalNameData(logicalName), Data::integer(index), parameter});
}

Expected<ScriptAction, CosemFailure> ScriptAction::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 5, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    ScriptAction a;
    auto service = readEnumIn<ScriptService>(m[0], 1, 2, at.member("service_id"));
    if (!service) {
        return service.error();
    }
    a.serviceId = *service;
    auto classId = readLongUnsigned(m[1], at.member("class_id"));
    if (!classId) {
        return classId.error();
    }
    a.classId = *classId;
    auto ln = readLogicalName(m[2], at.member("logical_name"));
    if (!ln) {
        return ln.error();
    }
    a.logicalName = *ln;
    auto index = readInteger8(m[3], at.member("index"));
    if (!index) {
        return index.error();
    }
    a.index = *index;
    a.parameter = m[4];
    return a;
}

Data Script::toData() const {
    return Data::structure({Data::longUnsigned(scriptIdentifier), arrayData(actions)});
}

Expected<Script, CosemFailure> Script::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto id = readLongUnsigned(m[0], at.member("script_identifier"));
    if (!id) {
        return id.error();
    }
    auto actions = readArrayOf<ScriptAction>(m[1], at.member("actions"));
    if (!actions) {
        return std::move(actions).error();
    }
    return Script{*id, std::move(*actions)};
}

}  // namespace omt::cosem

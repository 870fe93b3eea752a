#include "protocol/cosem/register_monitor.h"

#include <string>

namespace omt::cosem {

using dlms::Data;
using dlms::DataType;

Data ValueDefinition::toData() const {
    return Data::structure(
        {Data::longUnsigned(classId), logicalNameData(logicalName), Data::integer(attributeIndex)});
}

Expected<ValueDefinition, CosemFailure> ValueDefinition::fromData(const Data& d,
                                                                  const FieldPath& at) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto classId = readLongUnsigned(m[0], at.member("class_id"));
    if (!classId) {
        return classId.error();
    }
    auto ln = readLogicalName(m[1], at.member("logical_name"));
    if (!ln) {
        return ln.error();
    }
    auto attribute = readInteger8(m[2], at.member("attribute_index"));
    if (!attribute) {
        return attribute.error();
    }
    return ValueDefinition{*classId, *ln, *attribute};
}

bool isSimpleValue(const Data& d) {
    return d.type() != DataType::Array && d.type() != DataType::Structure &&
           d.type() != DataType::CompactArray;
}

Data Thresholds::toData() const {
    return Data::array(values);
}

Expected<Thresholds, CosemFailure> Thresholds::fromData(const Data& d, const FieldPath& at) {
    auto elements = readArray(d, at);
    if (!elements) {
        return elements.error();
    }
    for (std::size_t i = 0; i < (*elements)->size(); ++i) {
        const Data& e = (**elements)[i];
        if (!isSimpleValue(e)) {
            return at.element(i).fail(
                CosemError::WrongType,
                std::string("expected a simple value, got ") + dlms::dataTypeName(e.type()));
        }
    }
    return Thresholds{**elements};
}

Data ActionSet::toData() const {
    return Data::structure({actionUp.toData(), actionDown.toData()});
}

Expected<ActionSet, CosemFailure> ActionSet::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto up = ScriptReference::fromData(m[0], at.member("action_up"));
    if (!up) {
        return up.error();
    }
    auto down = ScriptReference::fromData(m[1], at.member("action_down"));
    if (!down) {
        return down.error();
    }
    return ActionSet{*up, *down};
}

}  // namespace omt::cosem

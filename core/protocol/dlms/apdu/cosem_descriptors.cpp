#include "protocol/dlms/apdu/cosem_descriptors.h"

#include <limits>
#include <string>

namespace omt::dlms {

namespace {

ApduFailure shapeError(std::string detail) {
    return ApduFailure{ApduError::BadValue, 0, std::move(detail)};
}

/// The unsigned value of `d` when it has type `type` and fits `max`.
std::optional<std::uint64_t> unsignedOf(const Data& d, DataType type, std::uint64_t max) {
    const auto* v = d.as<std::uint64_t>();
    if (d.type() != type || v == nullptr || *v > max) {
        return std::nullopt;
    }
    return *v;
}

}  // namespace

Data toData(const CaptureObjectDefinition& c) {
    return Data::structure({
        Data::longUnsigned(c.classId),
        Data::octetString(c.logicalName.toBytes()),
        Data::integer(c.attributeIndex),
        Data::longUnsigned(c.dataIndex),
    });
}

SelectiveAccessDescriptor makeRangeDescriptor(const RangeDescriptor& range) {
    std::vector<Data> selected;
    selected.reserve(range.selectedValues.size());
    for (const auto& c : range.selectedValues) {
        selected.push_back(toData(c));
    }
    return {RangeDescriptor::kSelector,
            Data::structure({toData(range.restrictingObject), range.fromValue, range.toValue,
                             Data::array(std::move(selected))})};
}

SelectiveAccessDescriptor makeEntryDescriptor(const EntryDescriptor& entry) {
    return {EntryDescriptor::kSelector, Data::structure({
                                            Data::doubleLongUnsigned(entry.fromEntry),
                                            Data::doubleLongUnsigned(entry.toEntry),
                                            Data::longUnsigned(entry.fromSelectedValue),
                                            Data::longUnsigned(entry.toSelectedValue),
                                        })};
}

Expected<CaptureObjectDefinition, ApduFailure> parseCaptureObjectDefinition(const Data& d) {
    const auto* members = d.elements();
    if (d.type() != DataType::Structure || members == nullptr || members->size() != 4) {
        return shapeError("capture object: not a structure of 4");
    }
    const auto classId = unsignedOf((*members)[0], DataType::LongUnsigned, 0xFFFF);
    if (!classId) {
        return shapeError("capture object: class_id not long-unsigned");
    }
    const auto* ln = (*members)[1].as<Bytes>();
    if ((*members)[1].type() != DataType::OctetString || ln == nullptr || ln->size() != 6) {
        return shapeError("capture object: logical_name not octet-string(6)");
    }
    const auto* attr = (*members)[2].as<std::int64_t>();
    if ((*members)[2].type() != DataType::Integer || attr == nullptr || *attr < -128 ||
        *attr > 127) {
        return shapeError("capture object: attribute_index not integer");
    }
    const auto dataIndex = unsignedOf((*members)[3], DataType::LongUnsigned, 0xFFFF);
    if (!dataIndex) {
        return shapeError("capture object: data_index not long-unsigned");
    }
    CaptureObjectDefinition c;
    c.classId = static_cast<std::uint16_t>(*classId);
    for (std::size_t i = 0; i < 6; ++i) {
        c.logicalName.bytes[i] = (*ln)[i];
    }
    c.attributeIndex = static_cast<std::int8_t>(*attr);
    c.dataIndex = static_cast<std::uint16_t>(*dataIndex);
    return c;
}

Expected<RangeDescriptor, ApduFailure> parseRangeDescriptor(const SelectiveAccessDescriptor& s) {
    if (s.accessSelector != RangeDescriptor::kSelector) {
        return shapeError("range descriptor: selector " + std::to_string(s.accessSelector));
    }
    const auto* members = s.accessParameters.elements();
    if (s.accessParameters.type() != DataType::Structure || members == nullptr ||
        members->size() != 4) {
        return shapeError("range descriptor: not a structure of 4");
    }
    auto restricting = parseCaptureObjectDefinition((*members)[0]);
    if (!restricting) {
        return restricting.error();
    }
    RangeDescriptor r;
    r.restrictingObject = *restricting;
    r.fromValue = (*members)[1];
    r.toValue = (*members)[2];
    const auto* selected = (*members)[3].elements();
    if ((*members)[3].type() != DataType::Array || selected == nullptr) {
        return shapeError("range descriptor: selected_values not an array");
    }
    for (const auto& element : *selected) {
        auto c = parseCaptureObjectDefinition(element);
        if (!c) {
            return c.error();
        }
        r.selectedValues.push_back(*c);
    }
    return r;
}

Expected<EntryDescriptor, ApduFailure> parseEntryDescriptor(const SelectiveAccessDescriptor& s) {
    if (s.accessSelector != EntryDescriptor::kSelector) {
        return shapeError("entry descriptor: selector " + std::to_string(s.accessSelector));
    }
    const auto* members = s.accessParameters.elements();
    if (s.accessParameters.type() != DataType::Structure || members == nullptr ||
        members->size() != 4) {
        return shapeError("entry descriptor: not a structure of 4");
    }
    constexpr auto kU32 = std::numeric_limits<std::uint32_t>::max();
    const auto from = unsignedOf((*members)[0], DataType::DoubleLongUnsigned, kU32);
    const auto to = unsignedOf((*members)[1], DataType::DoubleLongUnsigned, kU32);
    const auto fromSel = unsignedOf((*members)[2], DataType::LongUnsigned, 0xFFFF);
    const auto toSel = unsignedOf((*members)[3], DataType::LongUnsigned, 0xFFFF);
    if (!from || !to) {
        return shapeError("entry descriptor: entry not double-long-unsigned");
    }
    if (!fromSel || !toSel) {
        return shapeError("entry descriptor: selected value not long-unsigned");
    }
    return EntryDescriptor{static_cast<std::uint32_t>(*from), static_cast<std::uint32_t>(*to),
                           static_cast<std::uint16_t>(*fromSel),
                           static_cast<std::uint16_t>(*toSel)};
}

}  // namespace omt::dlms

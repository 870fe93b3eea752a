#include "sim/server/extended_register_object.h"

#include "protocol/cosem/view_support.h"

namespace omt::sim {

Data zeroOfType(const Data& value) {
    if (value.as<std::int64_t>() != nullptr) {
        return Data(value.type(), std::int64_t{0});
    }
    if (value.as<std::uint64_t>() != nullptr) {
        return Data(value.type(), std::uint64_t{0});
    }
    if (value.as<double>() != nullptr) {
        return Data(value.type(), 0.0);
    }
    return value;
}

ExtendedRegisterObject::ExtendedRegisterObject(cosem::ObisCode logicalName, Data value,
                                               cosem::ScalerUnit scalerUnit)
    : AttributeTableObject(logicalName, 4, 0, 1) {
    const Data like = value;
    addAttribute(std::move(value), [like](const Data& v) {
        return sameShape(v, like) ? DataAccessResult::Success : DataAccessResult::TypeUnmatched;
    });
    addAttribute(scalerUnit.toData(), [](const Data& v) {
        return cosem::ScalerUnit::fromData(v) ? DataAccessResult::Success
                                              : DataAccessResult::TypeUnmatched;
    });
    addAttribute(Data::unsigned8(0));
    addAttribute(cosem::dateTimeOctets(dlms::CosemDateTime{}));
}

void ExtendedRegisterObject::update(Data value, const dlms::CosemDateTime& captureTime) {
    setAttributeValue(2, std::move(value));
    setAttributeValue(5, cosem::dateTimeOctets(captureTime));
}

Expected<std::optional<Data>, ActionResult> ExtendedRegisterObject::invokeMethod(
    std::int8_t /*methodIndex*/, const std::optional<Data>& parameters,
    RequestContext& /*context*/) {
    if (parameters && parameters->type() != dlms::DataType::Integer) {
        return ActionResult::TypeUnmatched;
    }
    setAttributeValue(2, zeroOfType(value()));
    setAttributeValue(4, Data::unsigned8(0));
    setAttributeValue(5, cosem::dateTimeOctets(dlms::CosemDateTime{}));
    return std::optional<Data>{};
}

}  // namespace omt::sim

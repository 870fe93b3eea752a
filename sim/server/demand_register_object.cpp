#include "sim/server/demand_register_object.h"

#include "protocol/cosem/view_support.h"
#include "sim/server/extended_register_object.h"

namespace omt::sim {

DemandRegisterObject::DemandRegisterObject(cosem::ObisCode logicalName, Data value,
                                           cosem::ScalerUnit scalerUnit, std::uint32_t period)
    : AttributeTableObject(logicalName, 5, 0, 2) {
    addAttribute(value);
    addAttribute(value);
    addAttribute(scalerUnit.toData());
    addAttribute(Data::unsigned8(0));
    addAttribute(cosem::dateTimeOctets(dlms::CosemDateTime{}));
    addAttribute(cosem::dateTimeOctets(dlms::CosemDateTime{}));
    addAttribute(Data::doubleLongUnsigned(period), [](const Data& v) {
        const auto* p = v.as<std::uint64_t>();
        if (v.type() != dlms::DataType::DoubleLongUnsigned || p == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        return *p == 0 ? DataAccessResult::OtherReason : DataAccessResult::Success;
    });
    addAttribute(Data::longUnsigned(1), [](const Data& v) {
        const auto* n = v.as<std::uint64_t>();
        if (v.type() != dlms::DataType::LongUnsigned || n == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        return *n == 0 ? DataAccessResult::OtherReason : DataAccessResult::Success;
    });
}

std::uint32_t DemandRegisterObject::period() const {
    const auto* p = attribute(8)->as<std::uint64_t>();
    return p != nullptr ? static_cast<std::uint32_t>(*p) : 0;
}

void DemandRegisterObject::update(Data current, Data last, const dlms::CosemDateTime& captureTime,
                                  const dlms::CosemDateTime& startTimeCurrent) {
    setAttributeValue(2, std::move(current));
    setAttributeValue(3, std::move(last));
    setAttributeValue(6, cosem::dateTimeOctets(captureTime));
    setAttributeValue(7, cosem::dateTimeOctets(startTimeCurrent));
}

Expected<std::optional<Data>, ActionResult> DemandRegisterObject::invokeMethod(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    if (parameters && parameters->type() != dlms::DataType::Integer) {
        return ActionResult::TypeUnmatched;
    }
    if (methodIndex == 1) {
        setAttributeValue(2, zeroOfType(*attribute(2)));
        setAttributeValue(3, zeroOfType(*attribute(3)));
    } else {
        setAttributeValue(3, *attribute(2));
        setAttributeValue(2, zeroOfType(*attribute(2)));
    }
    return std::optional<Data>{};
}

}  // namespace omt::sim

#include "sim/server/clock_object.h"

#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::sim {

namespace {
DataAccessResult resultOf(const cosem::CosemFailure& failure) {
    switch (failure.code) {
        case cosem::CosemError::WrongType:
        case cosem::CosemError::WrongElementCount:
        case cosem::CosemError::BadLength:
            return DataAccessResult::TypeUnmatched;
        default:
            return DataAccessResult::OtherReason;
    }
}
}  // namespace

ClockObject::ClockObject(ClockSource source, cosem::Clock attributes)
    : CosemObject(attributes.logicalName),
      m_source(std::move(source)),
      m_clock(std::move(attributes)) {}

std::chrono::sys_seconds ClockObject::now() const {
    const auto base = m_source ? m_source() : std::chrono::sys_seconds{};
    return base + m_offset;
}

std::int16_t ClockObject::currentDeviation() const {
    const std::int16_t zone = m_clock.timeZone == cosem::Clock::kTimeZoneNotSpecified
                                  ? std::int16_t{0}
                                  : m_clock.timeZone;
    const int dst = m_clock.status.daylightSavingActive() ? m_clock.daylightSavingsDeviation : 0;
    return static_cast<std::int16_t>(zone - dst);
}

Expected<Data, DataAccessResult> ClockObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 2) {
        auto local = dlms::fromSysSeconds(now(), currentDeviation(), m_clock.status.bits());
        if (!local) {
            return DataAccessResult::TemporaryFailure;
        }
        return Data::octetString(local->toBytes());
    }
    auto value = m_clock.attribute(attributeIndex);
    if (!value) {
        return DataAccessResult::ObjectUndefined;
    }
    return *value;
}

DataAccessResult ClockObject::set(std::int8_t attributeIndex,
                                  const std::optional<dlms::SelectiveAccessDescriptor>& access,
                                  const Data& value, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 1) {
        return DataAccessResult::ReadWriteDenied;
    }
    if (attributeIndex == 2) {
        const auto* octets = value.as<Bytes>();
        if (value.type() != dlms::DataType::OctetString || octets == nullptr ||
            octets->size() != dlms::kCosemDateTimeSize) {
            return DataAccessResult::TypeUnmatched;
        }
        auto dateTime = dlms::CosemDateTime::fromBytes(*octets);
        if (!dateTime) {
            return DataAccessResult::OtherReason;
        }
        auto utc = dlms::toSysSeconds(*dateTime, currentDeviation());
        if (!utc) {
            return DataAccessResult::OtherReason;
        }
        const auto base = m_source ? m_source() : std::chrono::sys_seconds{};
        m_offset = *utc - base;
        return DataAccessResult::Success;
    }
    auto done = m_clock.setAttribute(attributeIndex, value);
    return done ? DataAccessResult::Success : resultOf(done.error());
}

Expected<std::optional<Data>, ActionResult> ClockObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& /*context*/) {
    using std::chrono::seconds;
    if (methodIndex < 1 || methodIndex > methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    const auto utc = now().time_since_epoch().count();
    switch (methodIndex) {
        case 1:    // adjust_to_quarter: to the nearest quarter of an hour
        case 3: {  // adjust_to_minute: to the nearest minute
            if (parameters && parameters->type() != dlms::DataType::Integer) {
                return ActionResult::TypeUnmatched;
            }
            const std::int64_t step = methodIndex == 1 ? 900 : 60;
            const std::int64_t rounded = (utc + step / 2) / step * step;
            m_offset += seconds{rounded - utc};
            return std::optional<Data>{};
        }
        case 6: {  // shift_time: long, -900..900 seconds
            const auto* shift = parameters ? parameters->as<std::int64_t>() : nullptr;
            if (shift == nullptr || parameters->type() != dlms::DataType::Long) {
                return ActionResult::TypeUnmatched;
            }
            if (*shift < -900 || *shift > 900) {
                return ActionResult::OtherReason;
            }
            m_offset += seconds{*shift};
            return std::optional<Data>{};
        }
        default:
            return ActionResult::OtherReason;
    }
}

}  // namespace omt::sim

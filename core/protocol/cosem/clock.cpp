#include "protocol/cosem/clock.h"

#include <optional>
#include <string>

#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::cosem {

using dlms::Data;

Data ClockStatus::toData() const {
    return Data::unsigned8(m_bits);
}

Expected<ClockStatus, CosemFailure> ClockStatus::fromData(const Data& d, const FieldPath& at) {
    auto v = readUnsigned8(d, at);
    if (!v) {
        return v.error();
    }
    return ClockStatus(*v);
}

Expected<Data, CosemFailure> Clock::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return dateTimeOctets(time);
        case 3:
            return Data::long16(timeZone);
        case 4:
            return status.toData();
        case 5:
            return dateTimeOctets(daylightSavingsBegin);
        case 6:
            return dateTimeOctets(daylightSavingsEnd);
        case 7:
            return Data::integer(daylightSavingsDeviation);
        case 8:
            return Data::boolean(daylightSavingsEnabled);
        case 9:
            return enumData(clockBase);
        default:
            return FieldPath("clock").fail(CosemError::UnknownAttribute,
                                           "attribute " + std::to_string(index) + " not defined");
    }
}

Expected<void, CosemFailure> Clock::setAttribute(std::int8_t index, const Data& value) {
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, FieldPath("logical_name")));
        case 2:
            return assignFrom(time, readDateTimeOctets(value, FieldPath("time")));
        case 3: {
            const FieldPath at("time_zone");
            auto v = readLong16(value, at);
            if (!v) {
                return v.error();
            }
            if (*v != kTimeZoneNotSpecified && (*v < -720 || *v > 720)) {
                return at.fail(CosemError::ValueOutOfRange,
                               std::to_string(*v) + " minutes outside -720..720");
            }
            timeZone = *v;
            return {};
        }
        case 4:
            return assignFrom(status, ClockStatus::fromData(value, FieldPath("status")));
        case 5:
        case 6: {
            auto v = readDateTimeOctets(
                value, FieldPath(index == 5 ? "daylight_savings_begin" : "daylight_savings_end"));
            if (!v) {
                return v.error();
            }
            (index == 5 ? daylightSavingsBegin : daylightSavingsEnd) = *v;
            return {};
        }
        case 7: {
            const FieldPath at("daylight_savings_deviation");
            auto v = readInteger8(value, at);
            if (!v) {
                return v.error();
            }
            if (*v < -120 || *v > 120) {
                return at.fail(CosemError::ValueOutOfRange,
                               std::to_string(*v) + " minutes outside -120..120");
            }
            daylightSavingsDeviation = *v;
            return {};
        }
        case 8:
            return assignFrom(daylightSavingsEnabled,
                              readBoolean(value, FieldPath("daylight_savings_enabled")));
        case 9:
            return assignFrom(clockBase,
                              readEnumIn<ClockBase>(value, 0, 5, FieldPath("clock_base")));
        default:
            return FieldPath("clock").fail(CosemError::UnknownAttribute,
                                           "attribute " + std::to_string(index) + " not defined");
    }
}

Expected<ClockReading, CosemFailure> readClock(const Data& time, const Data* timeZone) {
    const auto* bytes = time.as<Bytes>();
    if (bytes == nullptr || time.type() != dlms::DataType::OctetString) {
        return omt::unexpected(CosemFailure{CosemError::WrongType, 0, "time: not an octet-string"});
    }
    auto dt = dlms::CosemDateTime::fromBytes(*bytes);
    if (!dt) {
        return omt::unexpected(
            CosemFailure{bytes->size() == 12 ? CosemError::BadDateTime : CosemError::BadLength, 0,
                         std::string("time: ") + dt.error().detail});
    }
    ClockReading r;
    r.time = *dt;
    std::optional<std::int16_t> zone;
    if (timeZone != nullptr) {
        const auto* z = timeZone->as<std::int64_t>();
        if (z == nullptr || timeZone->type() != dlms::DataType::Long) {
            return omt::unexpected(CosemFailure{CosemError::WrongType, 0, "time_zone: not a long"});
        }
        if (*z != Clock::kTimeZoneNotSpecified) {
            zone = std::int16_t(*z);
        }
    }
    if (dt->deviation != dlms::CosemDateTime::kDeviationNotSpecified) {
        r.deviation = dt->deviation;
    } else if (zone) {
        r.deviation = *zone;
    } else {
        return omt::unexpected(
            CosemFailure{CosemError::BadDateTime, 0, "time: no deviation and no time zone"});
    }
    auto utc = dlms::toSysSeconds(*dt, r.deviation);
    if (!utc) {
        return omt::unexpected(
            CosemFailure{CosemError::BadDateTime, 0, std::string("time: ") + utc.error().detail});
    }
    r.utc = *utc;
    return r;
}

Expected<Data, CosemFailure> clockTimeFor(const ClockReading& reading,
                                          std::chrono::sys_seconds utc) {
    const std::uint8_t status =
        reading.time.clockStatus == dlms::CosemDateTime::kStatusNotSpecified
            ? 0
            : std::uint8_t(reading.time.clockStatus & dlms::kClockStatusDaylightSaving);
    auto dt = dlms::fromSysSeconds(utc, reading.deviation, status);
    if (!dt) {
        return omt::unexpected(
            CosemFailure{CosemError::BadDateTime, 0, "time: " + dt.error().detail});
    }
    return Data::octetString(dt->toBytes());
}

}  // namespace omt::cosem

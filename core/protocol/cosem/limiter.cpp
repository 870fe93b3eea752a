#include "protocol/cosem/limiter.h"

#include <array>
#include <string>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;

Data EmergencyProfile::toData() const {
    return Data::structure({Data::longUnsigned(id), dateTimeOctets(activationTime),
                            Data::doubleLongUnsigned(duration)});
}

Expected<EmergencyProfile, CosemFailure> EmergencyProfile::fromData(const Data& d,
                                                                    const FieldPath& at) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto id = readLongUnsigned(m[0], at.member("emergency_profile_id"));
    if (!id) {
        return id.error();
    }
    auto when = readDateTimeOctets(m[1], at.member("emergency_activation_time"));
    if (!when) {
        return when.error();
    }
    auto duration = readDoubleLongUnsigned(m[2], at.member("emergency_duration"));
    if (!duration) {
        return duration.error();
    }
    return EmergencyProfile{*id, *when, *duration};
}

Data LimiterActions::toData() const {
    return Data::structure({overThreshold.toData(), underThreshold.toData()});
}

Expected<LimiterActions, CosemFailure> LimiterActions::fromData(const Data& d,
                                                                const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto over = ScriptReference::fromData(m[0], at.member("action_over_threshold"));
    if (!over) {
        return over.error();
    }
    auto under = ScriptReference::fromData(m[1], at.member("action_under_threshold"));
    if (!under) {
        return under.error();
    }
    return LimiterActions{*over, *under};
}

namespace {

constexpr std::array<const char*, 12> kNames{"",
                                             "logical_name",
                                             "monitored_value",
                                             "threshold_active",
                                             "threshold_normal",
                                             "threshold_emergency",
                                             "min_over_threshold_duration",
                                             "min_under_threshold_duration",
                                             "emergency_profile",
                                             "emergency_profile_group_id_list",
                                             "emergency_profile_active",
                                             "actions"};

CosemFailure unknownAttribute(std::int8_t index) {
    return FieldPath("limiter").fail(CosemError::UnknownAttribute,
                                     "attribute " + std::to_string(index) + " not defined");
}

}  // namespace

Expected<Data, CosemFailure> Limiter::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return monitoredValue.toData();
        case 3:
            return thresholdActive;
        case 4:
            return thresholdNormal;
        case 5:
            return thresholdEmergency;
        case 6:
            return Data::doubleLongUnsigned(minOverThresholdDuration);
        case 7:
            return Data::doubleLongUnsigned(minUnderThresholdDuration);
        case 8:
            return emergencyProfile.toData();
        case 9: {
            DataList ids;
            ids.reserve(emergencyProfileGroupIdList.size());
            for (auto id : emergencyProfileGroupIdList) {
                ids.push_back(Data::longUnsigned(id));
            }
            return Data::array(std::move(ids));
        }
        case 10:
            return Data::boolean(emergencyProfileActive);
        case 11:
            return actions.toData();
        default:
            return unknownAttribute(index);
    }
}

Expected<void, CosemFailure> Limiter::setAttribute(std::int8_t index, const Data& value) {
    if (index < 1 || index > 11) {
        return unknownAttribute(index);
    }
    const FieldPath at(kNames[static_cast<std::size_t>(index)]);
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, at));
        case 2:
            return assignFrom(monitoredValue, ValueDefinition::fromData(value, at));
        case 3:
        case 4:
        case 5: {
            if (!isSimpleValue(value)) {
                return at.fail(CosemError::WrongType, std::string("expected a simple value, got ") +
                                                          dlms::dataTypeName(value.type()));
            }
            (index == 3   ? thresholdActive
             : index == 4 ? thresholdNormal
                          : thresholdEmergency) = value;
            return {};
        }
        case 6:
        case 7: {
            auto v = readDoubleLongUnsigned(value, at);
            if (!v) {
                return v.error();
            }
            (index == 6 ? minOverThresholdDuration : minUnderThresholdDuration) = *v;
            return {};
        }
        case 8:
            return assignFrom(emergencyProfile, EmergencyProfile::fromData(value, at));
        case 9: {
            auto list = readArray(value, at);
            if (!list) {
                return list.error();
            }
            std::vector<std::uint16_t> ids;
            ids.reserve((*list)->size());
            for (std::size_t i = 0; i < (*list)->size(); ++i) {
                auto id = readLongUnsigned((**list)[i], at.element(i));
                if (!id) {
                    return id.error();
                }
                ids.push_back(*id);
            }
            emergencyProfileGroupIdList = std::move(ids);
            return {};
        }
        case 10:
            return assignFrom(emergencyProfileActive, readBoolean(value, at));
        default: {
            return assignFrom(actions, LimiterActions::fromData(value, at));
        }
    }
}

}  // namespace omt::cosem

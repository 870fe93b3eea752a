#include "protocol/cosem/interface_class.h"

#include <algorithm>
#include <array>

namespace omt::cosem {

namespace {

using T = dlms::DataType;

constexpr bool kStatic = true;
constexpr bool kDynamic = false;

constexpr TypeSet kAny{};
constexpr TypeSet kOctets{T::OctetString};
constexpr TypeSet kDateTime{T::OctetString, T::DateTime};
constexpr TypeSet kStruct{T::Structure};
constexpr TypeSet kArray{T::Array};
constexpr TypeSet kEnum{T::Enum};
constexpr TypeSet kBool{T::Boolean};
constexpr TypeSet kU8{T::Unsigned};
constexpr TypeSet kU16{T::LongUnsigned};
constexpr TypeSet kU32{T::DoubleLongUnsigned};
constexpr TypeSet kI8{T::Integer};
constexpr TypeSet kI16{T::Long};

constexpr AttributeInfo kLogicalName{1, "logical_name", kStatic, kOctets, 0};

// --- Data (1), version 0
constexpr std::array kDataAttrs{
    kLogicalName,
    AttributeInfo{2, "value", kDynamic, kAny, 0},
};

// --- Register (3), version 0
constexpr std::array kRegisterAttrs{
    kLogicalName,
    AttributeInfo{2, "value", kDynamic, kAny, 0},
    AttributeInfo{3, "scaler_unit", kStatic, kStruct, 0},
};
constexpr std::array kResetOnly{MethodInfo{1, "reset", 0}};

// --- Extended register (4), version 0
constexpr std::array kExtendedRegisterAttrs{
    kLogicalName,
    AttributeInfo{2, "value", kDynamic, kAny, 0},
    AttributeInfo{3, "scaler_unit", kStatic, kStruct, 0},
    AttributeInfo{4, "status", kDynamic, kAny, 0},
    AttributeInfo{5, "capture_time", kDynamic, kDateTime, 0},
};

// --- Demand register (5), version 0
constexpr std::array kDemandRegisterAttrs{
    kLogicalName,
    AttributeInfo{2, "current_average_value", kDynamic, kAny, 0},
    AttributeInfo{3, "last_average_value", kDynamic, kAny, 0},
    AttributeInfo{4, "scaler_unit", kStatic, kStruct, 0},
    AttributeInfo{5, "status", kDynamic, kAny, 0},
    AttributeInfo{6, "capture_time", kDynamic, kDateTime, 0},
    AttributeInfo{7, "start_time_current", kDynamic, kDateTime, 0},
    AttributeInfo{8, "period", kStatic, kU32, 0},
    AttributeInfo{9, "number_of_periods", kStatic, kU16, 0},
};
constexpr std::array kDemandRegisterMethods{
    MethodInfo{1, "reset", 0},
    MethodInfo{2, "next_period", 0},
};

// --- Register activation (6), version 0
constexpr std::array kRegisterActivationAttrs{
    kLogicalName,
    AttributeInfo{2, "register_assignment", kStatic, kArray, 0},
    AttributeInfo{3, "mask_list", kStatic, kArray, 0},
    AttributeInfo{4, "active_mask", kDynamic, kOctets, 0},
};
constexpr std::array kRegisterActivationMethods{
    MethodInfo{1, "add_register", 0},
    MethodInfo{2, "add_mask", 0},
    MethodInfo{3, "delete_mask", 0},
};

// --- Profile generic (7), version 1
constexpr std::array kProfileGenericAttrs{
    kLogicalName,
    AttributeInfo{2, "buffer", kDynamic, kArray, 0},
    AttributeInfo{3, "capture_objects", kStatic, kArray, 0},
    AttributeInfo{4, "capture_period", kStatic, kU32, 0},
    AttributeInfo{5, "sort_method", kStatic, kEnum, 0},
    AttributeInfo{6, "sort_object", kStatic, kStruct, 0},
    AttributeInfo{7, "entries_in_use", kDynamic, kU32, 0},
    AttributeInfo{8, "profile_entries", kStatic, kU32, 0},
};
constexpr std::array kProfileGenericMethods{
    MethodInfo{1, "reset", 0},
    MethodInfo{2, "capture", 0},
};

// --- Clock (8), version 0
constexpr std::array kClockAttrs{
    kLogicalName,
    AttributeInfo{2, "time", kDynamic, kDateTime, 0},
    AttributeInfo{3, "time_zone", kStatic, kI16, 0},
    AttributeInfo{4, "status", kDynamic, kU8, 0},
    AttributeInfo{5, "daylight_savings_begin", kStatic, kDateTime, 0},
    AttributeInfo{6, "daylight_savings_end", kStatic, kDateTime, 0},
    AttributeInfo{7, "daylight_savings_deviation", kStatic, kI8, 0},
    AttributeInfo{8, "daylight_savings_enabled", kStatic, kBool, 0},
    AttributeInfo{9, "clock_base", kStatic, kEnum, 0},
};
constexpr std::array kClockMethods{
    MethodInfo{1, "adjust_to_quarter", 0},     MethodInfo{2, "adjust_to_measuring_period", 0},
    MethodInfo{3, "adjust_to_minute", 0},      MethodInfo{4, "adjust_to_preset_time", 0},
    MethodInfo{5, "preset_adjusting_time", 0}, MethodInfo{6, "shift_time", 0},
};

// --- Script table (9), version 0
constexpr std::array kScriptTableAttrs{
    kLogicalName,
    AttributeInfo{2, "scripts", kStatic, kArray, 0},
};
constexpr std::array kScriptTableMethods{MethodInfo{1, "execute", 0}};

// --- Schedule (10), version 0
constexpr std::array kScheduleAttrs{
    kLogicalName,
    AttributeInfo{2, "entries", kStatic, kArray, 0},
};
constexpr std::array kScheduleMethods{
    MethodInfo{1, "enable/disable", 0},
    MethodInfo{2, "insert", 0},
    MethodInfo{3, "delete", 0},
};

// --- Special days table (11), version 0
constexpr std::array kSpecialDaysAttrs{
    kLogicalName,
    AttributeInfo{2, "entries", kStatic, kArray, 0},
};
constexpr std::array kSpecialDaysMethods{
    MethodInfo{1, "insert", 0},
    MethodInfo{2, "delete", 0},
};

// --- Association SN (12), version 4. Methods 1, 2 and 7 are reserved (from earlier versions).
constexpr std::array kAssociationSnAttrs{
    kLogicalName,
    AttributeInfo{2, "object_list", kStatic, kArray, 0},
    AttributeInfo{3, "access_rights_list", kStatic, kArray, 0},
    AttributeInfo{4, "security_setup_reference", kStatic, kOctets, 0},
    AttributeInfo{5, "user_list", kStatic, kArray, 3},
    AttributeInfo{6, "current_user", kDynamic, kStruct, 3},
};
constexpr std::array kAssociationSnMethods{
    MethodInfo{3, "read_by_logicalname", 0},
    MethodInfo{4, "get_attributes&services", 0},
    MethodInfo{5, "change_LLS_secret", 0},
    MethodInfo{6, "change_HLS_secret", 0},
    MethodInfo{8, "reply_to_HLS_authentication", 0},
    MethodInfo{9, "add_user", 3},
    MethodInfo{10, "remove_user", 3},
};

// --- Association LN (15), version 3
constexpr std::array kAssociationLnAttrs{
    kLogicalName,
    AttributeInfo{2, "object_list", kStatic, kArray, 0},
    AttributeInfo{3, "associated_partners_id", kStatic, kStruct, 0},
    AttributeInfo{4, "application_context_name", kStatic, {T::OctetString, T::Structure}, 0},
    AttributeInfo{5, "xDLMS_context_info", kStatic, kStruct, 0},
    AttributeInfo{6, "authentication_mechanism_name", kStatic, {T::OctetString, T::Structure}, 0},
    AttributeInfo{7, "secret", kStatic, kOctets, 0},
    AttributeInfo{8, "association_status", kDynamic, kEnum, 0},
    AttributeInfo{9, "security_setup_reference", kStatic, kOctets, 1},
    AttributeInfo{10, "user_list", kStatic, kArray, 2},
    AttributeInfo{11, "current_user", kDynamic, kStruct, 2},
};
constexpr std::array kAssociationLnMethods{
    MethodInfo{1, "reply_to_HLS_authentication", 0},
    MethodInfo{2, "change_HLS_secret", 0},
    MethodInfo{3, "add_object", 0},
    MethodInfo{4, "remove_object", 0},
    MethodInfo{5, "add_user", 2},
    MethodInfo{6, "remove_user", 2},
};

// --- SAP assignment (17), version 0
constexpr std::array kSapAssignmentAttrs{
    kLogicalName,
    AttributeInfo{2, "SAP_assignment_list", kStatic, kArray, 0},
};
constexpr std::array kSapAssignmentMethods{MethodInfo{1, "connect_logical_device", 0}};

// --- Image transfer (18), version 0
constexpr std::array kImageTransferAttrs{
    kLogicalName,
    AttributeInfo{2, "image_block_size", kStatic, kU32, 0},
    AttributeInfo{3, "image_transferred_blocks_status", kDynamic, {T::BitString}, 0},
    AttributeInfo{4, "image_first_not_transferred_block_number", kDynamic, kU32, 0},
    AttributeInfo{5, "image_transfer_enabled", kStatic, kBool, 0},
    AttributeInfo{6, "image_transfer_status", kDynamic, kEnum, 0},
    AttributeInfo{7, "image_to_activate_info", kDynamic, kArray, 0},
};
constexpr std::array kImageTransferMethods{
    MethodInfo{1, "image_transfer_initiate", 0},
    MethodInfo{2, "image_block_transfer", 0},
    MethodInfo{3, "image_verify", 0},
    MethodInfo{4, "image_activate", 0},
};

// --- IEC local port setup (19), version 1
constexpr std::array kIecLocalPortAttrs{
    kLogicalName,
    AttributeInfo{2, "default_mode", kStatic, kEnum, 0},
    AttributeInfo{3, "default_baud", kStatic, kEnum, 0},
    AttributeInfo{4, "prop_baud", kStatic, kEnum, 0},
    AttributeInfo{5, "response_time", kStatic, kEnum, 0},
    AttributeInfo{6, "device_addr", kStatic, kOctets, 0},
    AttributeInfo{7, "pass_p1", kStatic, kOctets, 0},
    AttributeInfo{8, "pass_p2", kStatic, kOctets, 0},
    AttributeInfo{9, "pass_w5", kStatic, kOctets, 0},
};

// --- Activity calendar (20), version 0
constexpr std::array kActivityCalendarAttrs{
    kLogicalName,
    AttributeInfo{2, "calendar_name_active", kStatic, kOctets, 0},
    AttributeInfo{3, "season_profile_active", kStatic, kArray, 0},
    AttributeInfo{4, "week_profile_table_active", kStatic, kArray, 0},
    AttributeInfo{5, "day_profile_table_active", kStatic, kArray, 0},
    AttributeInfo{6, "calendar_name_passive", kStatic, kOctets, 0},
    AttributeInfo{7, "season_profile_passive", kStatic, kArray, 0},
    AttributeInfo{8, "week_profile_table_passive", kStatic, kArray, 0},
    AttributeInfo{9, "day_profile_table_passive", kStatic, kArray, 0},
    AttributeInfo{10, "activate_passive_calendar_time", kStatic, kDateTime, 0},
};
constexpr std::array kActivityCalendarMethods{MethodInfo{1, "activate_passive_calendar", 0}};

// --- Register monitor (21), version 0
constexpr std::array kRegisterMonitorAttrs{
    kLogicalName,
    AttributeInfo{2, "thresholds", kStatic, kArray, 0},
    AttributeInfo{3, "monitored_value", kStatic, kStruct, 0},
    AttributeInfo{4, "actions", kStatic, kArray, 0},
};

// --- Single action schedule (22), version 0
constexpr std::array kSingleActionAttrs{
    kLogicalName,
    AttributeInfo{2, "executed_script", kStatic, kStruct, 0},
    AttributeInfo{3, "type", kStatic, kEnum, 0},
    AttributeInfo{4, "execution_time", kStatic, kArray, 0},
};

// --- IEC HDLC setup (23), version 1
constexpr std::array kIecHdlcAttrs{
    kLogicalName,
    AttributeInfo{2, "comm_speed", kStatic, kEnum, 0},
    AttributeInfo{3, "window_size_transmit", kStatic, kU8, 0},
    AttributeInfo{4, "window_size_receive", kStatic, kU8, 0},
    AttributeInfo{5, "max_info_field_length_transmit", kStatic, kU16, 0},
    AttributeInfo{6, "max_info_field_length_receive", kStatic, kU16, 0},
    AttributeInfo{7, "inter_octet_time_out", kStatic, kU16, 0},
    AttributeInfo{8, "inactivity_time_out", kStatic, kU16, 0},
    AttributeInfo{9, "device_address", kStatic, kU16, 0},
};

// --- Push setup (40), version 2
constexpr std::array kPushSetupAttrs{
    kLogicalName,
    AttributeInfo{2, "push_object_list", kStatic, kArray, 0},
    AttributeInfo{3, "send_destination_and_method", kStatic, kStruct, 0},
    AttributeInfo{4, "communication_window", kStatic, kArray, 0},
    AttributeInfo{5, "randomisation_start_interval", kStatic, kU16, 0},
    AttributeInfo{6, "number_of_retries", kStatic, kU8, 0},
    AttributeInfo{7, "repetition_delay", kStatic, {T::LongUnsigned, T::Structure}, 0},
    AttributeInfo{8, "port_reference", kStatic, kOctets, 2},
    AttributeInfo{9, "push_client_SAP", kStatic, kI8, 2},
    AttributeInfo{10, "push_protection_parameters", kStatic, kArray, 2},
    AttributeInfo{11, "push_operation_method", kStatic, kEnum, 2},
    AttributeInfo{12, "confirmation_parameters", kStatic, kStruct, 2},
    AttributeInfo{13, "last_confirmation_date_time", kDynamic, kDateTime, 2},
};
constexpr std::array kPushSetupMethods{
    MethodInfo{1, "push", 0},
    MethodInfo{2, "reset", 2},
};

// --- Security setup (64), version 1
constexpr std::array kSecuritySetupAttrs{
    kLogicalName,
    AttributeInfo{2, "security_policy", kStatic, kEnum, 0},
    AttributeInfo{3, "security_suite", kStatic, kEnum, 0},
    AttributeInfo{4, "client_system_title", kStatic, kOctets, 0},
    AttributeInfo{5, "server_system_title", kStatic, kOctets, 0},
    AttributeInfo{6, "certificates", kStatic, kArray, 1},
};
constexpr std::array kSecuritySetupMethods{
    MethodInfo{1, "security_activate", 0},
    MethodInfo{2, "key_transfer", 0},  // "global_key_transfer" in version 0
    MethodInfo{3, "key_agreement", 1},
    MethodInfo{4, "generate_key_pair", 1},
    MethodInfo{5, "generate_certificate_request", 1},
    MethodInfo{6, "import_certificate", 1},
    MethodInfo{7, "export_certificate", 1},
    MethodInfo{8, "remove_certificate", 1},
};

// --- Disconnect control (70), version 0
constexpr std::array kDisconnectControlAttrs{
    kLogicalName,
    AttributeInfo{2, "output_state", kDynamic, kBool, 0},
    AttributeInfo{3, "control_state", kDynamic, kEnum, 0},
    AttributeInfo{4, "control_mode", kStatic, kEnum, 0},
};
constexpr std::array kDisconnectControlMethods{
    MethodInfo{1, "remote_disconnect", 0},
    MethodInfo{2, "remote_reconnect", 0},
};

// --- Limiter (71), version 0
constexpr std::array kLimiterAttrs{
    kLogicalName,
    AttributeInfo{2, "monitored_value", kStatic, kStruct, 0},
    AttributeInfo{3, "threshold_active", kDynamic, kAny, 0},
    AttributeInfo{4, "threshold_normal", kStatic, kAny, 0},
    AttributeInfo{5, "threshold_emergency", kStatic, kAny, 0},
    AttributeInfo{6, "min_over_threshold_duration", kStatic, kU32, 0},
    AttributeInfo{7, "min_under_threshold_duration", kStatic, kU32, 0},
    AttributeInfo{8, "emergency_profile", kStatic, kStruct, 0},
    AttributeInfo{9, "emergency_profile_group_id_list", kStatic, kArray, 0},
    AttributeInfo{10, "emergency_profile_active", kDynamic, kBool, 0},
    AttributeInfo{11, "actions", kStatic, kStruct, 0},
};

constexpr std::span<const MethodInfo> kNoMethods{};

const std::array kClasses{
    ClassInfo{ClassId::Data, "Data", 0, kDataAttrs, kNoMethods},
    ClassInfo{ClassId::Register, "Register", 0, kRegisterAttrs, kResetOnly},
    ClassInfo{ClassId::ExtendedRegister, "Extended register", 0, kExtendedRegisterAttrs,
              kResetOnly},
    ClassInfo{ClassId::DemandRegister, "Demand register", 0, kDemandRegisterAttrs,
              kDemandRegisterMethods},
    ClassInfo{ClassId::RegisterActivation, "Register activation", 0, kRegisterActivationAttrs,
              kRegisterActivationMethods},
    ClassInfo{ClassId::ProfileGeneric, "Profile generic", 1, kProfileGenericAttrs,
              kProfileGenericMethods},
    ClassInfo{ClassId::Clock, "Clock", 0, kClockAttrs, kClockMethods},
    ClassInfo{ClassId::ScriptTable, "Script table", 0, kScriptTableAttrs, kScriptTableMethods},
    ClassInfo{ClassId::Schedule, "Schedule", 0, kScheduleAttrs, kScheduleMethods},
    ClassInfo{ClassId::SpecialDaysTable, "Special days table", 0, kSpecialDaysAttrs,
              kSpecialDaysMethods},
    ClassInfo{ClassId::AssociationSn, "Association SN", 4, kAssociationSnAttrs,
              kAssociationSnMethods},
    ClassInfo{ClassId::AssociationLn, "Association LN", 3, kAssociationLnAttrs,
              kAssociationLnMethods},
    ClassInfo{ClassId::SapAssignment, "SAP assignment", 0, kSapAssignmentAttrs,
              kSapAssignmentMethods},
    ClassInfo{ClassId::ImageTransfer, "Image transfer", 0, kImageTransferAttrs,
              kImageTransferMethods},
    ClassInfo{ClassId::IecLocalPortSetup, "IEC local port setup", 1, kIecLocalPortAttrs,
              kNoMethods},
    ClassInfo{ClassId::ActivityCalendar, "Activity calendar", 0, kActivityCalendarAttrs,
              kActivityCalendarMethods},
    ClassInfo{ClassId::RegisterMonitor, "Register monitor", 0, kRegisterMonitorAttrs, kNoMethods},
    ClassInfo{ClassId::SingleActionSchedule, "Single action schedule", 0, kSingleActionAttrs,
              kNoMethods},
    ClassInfo{ClassId::IecHdlcSetup, "IEC HDLC setup", 1, kIecHdlcAttrs, kNoMethods},
    ClassInfo{ClassId::PushSetup, "Push setup", 2, kPushSetupAttrs, kPushSetupMethods},
    ClassInfo{ClassId::SecuritySetup, "Security setup", 1, kSecuritySetupAttrs,
              kSecuritySetupMethods},
    ClassInfo{ClassId::DisconnectControl, "Disconnect control", 0, kDisconnectControlAttrs,
              kDisconnectControlMethods},
    ClassInfo{ClassId::Limiter, "Limiter", 0, kLimiterAttrs, kNoMethods},
};

}  // namespace

const AttributeInfo* ClassInfo::findAttribute(std::int8_t index) const {
    for (const auto& a : attributes) {
        if (a.index == index) {
            return &a;
        }
    }
    return nullptr;
}

const MethodInfo* ClassInfo::findMethod(std::int8_t index) const {
    for (const auto& m : methods) {
        if (m.index == index) {
            return &m;
        }
    }
    return nullptr;
}

std::size_t ClassInfo::attributeCountOf(std::uint8_t v) const {
    return static_cast<std::size_t>(
        std::count_if(attributes.begin(), attributes.end(),
                      [v](const AttributeInfo& a) { return a.sinceVersion <= v; }));
}

std::span<const ClassInfo> allClasses() {
    return kClasses;
}

const ClassInfo* findClass(std::uint16_t classId) {
    for (const auto& c : kClasses) {
        if (static_cast<std::uint16_t>(c.id) == classId) {
            return &c;
        }
    }
    return nullptr;
}

const ClassInfo* findClass(ClassId id) {
    return findClass(static_cast<std::uint16_t>(id));
}

std::string_view attributeName(std::uint16_t classId, std::int8_t index) {
    const ClassInfo* c = findClass(classId);
    const AttributeInfo* a = c != nullptr ? c->findAttribute(index) : nullptr;
    return a != nullptr ? a->name : std::string_view{};
}

std::string_view attributeName(ClassId id, std::int8_t index) {
    return attributeName(static_cast<std::uint16_t>(id), index);
}

std::string_view methodName(std::uint16_t classId, std::int8_t index) {
    const ClassInfo* c = findClass(classId);
    const MethodInfo* m = c != nullptr ? c->findMethod(index) : nullptr;
    return m != nullptr ? m->name : std::string_view{};
}

std::string_view methodName(ClassId id, std::int8_t index) {
    return methodName(static_cast<std::uint16_t>(id), index);
}

std::string_view className(std::uint16_t classId) {
    const ClassInfo* c = findClass(classId);
    return c != nullptr ? c->name : std::string_view{};
}

}  // namespace omt::cosem

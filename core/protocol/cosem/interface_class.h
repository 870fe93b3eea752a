#pragma once
// The COSEM interface-class catalogue (IEC 62056-6-2 / DLMS UA Blue Book): for each class the
// tool and the virtual meters deal with, its name, the version described here, its attributes
// (index, Blue Book name, static or dynamic, the data types a value may have) and its methods.
//
//   const ClassInfo* clock = findClass(ClassId::Clock);
//   clock->version;                              // 0
//   clock->findAttribute(3)->name;               // "time_zone"
//   attributeName(ClassId::ProfileGeneric, 3);   // "capture_objects"
//   methodName(15, 1);                           // "reply_to_HLS_authentication"
//
// Versions are those of the current Blue Book (Profile generic 1, Association SN 4, Association
// LN 3, IEC local port setup 1, IEC HDLC setup 1, Push setup 2, Security setup 1, the others 0).
// Attributes and methods that newer versions added are listed with the version that has them;
// `sinceVersion` tells from which version an attribute or method exists, so that an object of an
// older version can be checked (ClassInfo::attributesOf(version)).

#include <cstdint>
#include <span>
#include <string_view>

#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// Interface class identifiers (class_id).
enum class ClassId : std::uint16_t {
    Data = 1,
    Register = 3,
    ExtendedRegister = 4,
    DemandRegister = 5,
    RegisterActivation = 6,
    ProfileGeneric = 7,
    Clock = 8,
    ScriptTable = 9,
    Schedule = 10,
    SpecialDaysTable = 11,
    AssociationSn = 12,
    AssociationLn = 15,
    SapAssignment = 17,
    ImageTransfer = 18,
    IecLocalPortSetup = 19,
    ActivityCalendar = 20,
    RegisterMonitor = 21,
    SingleActionSchedule = 22,
    IecHdlcSetup = 23,
    PushSetup = 40,
    SecuritySetup = 64,
    DisconnectControl = 70,
    Limiter = 71,
};

/// A set of Data types an attribute value may have. Empty = any type (a CHOICE such as the value
/// of a Register).
class TypeSet {
public:
    constexpr TypeSet() = default;
    constexpr TypeSet(std::initializer_list<dlms::DataType> types) {
        for (auto t : types) {
            m_bits |= bit(t);
        }
    }
    /// true when any type is allowed (the set is empty).
    constexpr bool any() const { return m_bits == 0; }
    /// true when `t` is allowed (always, for a set that allows any type).
    constexpr bool contains(dlms::DataType t) const { return any() || (m_bits & bit(t)) != 0; }
    friend constexpr bool operator==(TypeSet, TypeSet) = default;

private:
    static constexpr std::uint32_t bit(dlms::DataType t) {
        const auto v = static_cast<unsigned>(t);
        return v < 32 ? (1U << v) : 0U;
    }
    std::uint32_t m_bits = 0;
};

/// One attribute of an interface class.
struct AttributeInfo {
    std::int8_t index = 0;
    std::string_view name;          ///< Blue Book name: "logical_name", "capture_objects", ...
    bool isStatic = true;           ///< static (configuration) or dynamic (changes by itself)
    TypeSet types;                  ///< Data types of the value; empty = any (CHOICE)
    std::uint8_t sinceVersion = 0;  ///< first class version that has this attribute
};

/// One method of an interface class.
struct MethodInfo {
    std::int8_t index = 0;
    std::string_view name;  ///< Blue Book name: "reset", "adjust_to_quarter", ...
    std::uint8_t sinceVersion = 0;
};

/// An interface class: id, name, the version described, attributes and methods (by index).
struct ClassInfo {
    ClassId id{};
    std::string_view name;  ///< "Profile generic", "Association LN", ...
    std::uint8_t version = 0;
    std::span<const AttributeInfo> attributes;
    std::span<const MethodInfo> methods;

    /// The attribute with `index`, or nullptr.
    const AttributeInfo* findAttribute(std::int8_t index) const;
    /// The method with `index`, or nullptr.
    const MethodInfo* findMethod(std::int8_t index) const;
    /// Number of attributes an object of class version `version` has (they are numbered 1..n).
    std::size_t attributeCountOf(std::uint8_t version) const;
};

/// Every class of the catalogue, in class_id order.
std::span<const ClassInfo> allClasses();

/// The class with this id, or nullptr when the catalogue does not know it.
/// Example: findClass(7)->name == "Profile generic"; findClass(999) == nullptr.
const ClassInfo* findClass(ClassId id);
const ClassInfo* findClass(std::uint16_t classId);

/// Blue Book name of attribute `index` of a class ("time_zone"), or an empty view when the class
/// or the attribute is unknown.
std::string_view attributeName(ClassId id, std::int8_t index);
std::string_view attributeName(std::uint16_t classId, std::int8_t index);

/// Blue Book name of method `index` ("adjust_to_quarter"), or an empty view when unknown.
std::string_view methodName(ClassId id, std::int8_t index);
std::string_view methodName(std::uint16_t classId, std::int8_t index);

/// Name of a class id ("Clock"), or an empty view when unknown.
std::string_view className(std::uint16_t classId);

}  // namespace omt::cosem

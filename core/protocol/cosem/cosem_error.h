#pragma once
// Typed errors of the COSEM views (interface-class attribute values <-> dlms::Data) and the field
// path that says where inside an attribute value the problem is.
//
//   auto list = ObjectList::fromData(value);
//   if (!list) {
//       // list.error().code == CosemError::UnknownEnum
//       // list.error().detail ==
//       //   "object_list[3].access_rights.attribute_access[1].access_mode: enum 9 not defined"
//       trace(nameOf(list.error().code), fieldPathOf(list.error()));
//   }
//
// A COSEM view reads an already decoded Data tree, so there is no byte position: the failure
// offset is always 0 and the detail starts with the path of the offending field, followed by
// ": " and a short reason.

#include <cstddef>
#include <string>
#include <string_view>

#include "protocol/common/failure.h"

namespace omt::cosem {

/// What is wrong with a Data value that should hold a COSEM attribute value.
enum class CosemError {
    WrongType,          ///< the Data tag is not the one the field has (e.g. long for long-unsigned)
    WrongElementCount,  ///< a structure with too few / too many members
    ValueOutOfRange,    ///< an integer outside the field's range (or outside its own tag's range)
    UnknownEnum,        ///< an enum value (or reserved flag) the Blue Book does not define
    BadLength,          ///< an octet-string or bit-string of the wrong size (logical name not 6)
    BadDateTime,        ///< date / time / date-time octets that are not a valid COSEM value
    UnknownAttribute,   ///< attribute (or method) index not defined for the interface class
    NotComparable,      ///< range evaluation: values that cannot be ordered against each other
};

using CosemFailure = omt::Failure<CosemError>;

/// Stable kebab-case identifier of an error code ("wrong-type", "unknown-enum", ...).
const char* nameOf(CosemError e);

/// The field path part of a failure's detail ("object_list[3].access_rights"): everything before
/// the first ": ", or the whole detail when there is none.
std::string_view fieldPathOf(const CosemFailure& f);

/// The position of a value inside an attribute value, rendered only when an error is reported.
/// Paths are chained on the stack: each level refers to its parent, so a path must not outlive
/// the path it was made from (use it as a local variable or argument, never store it).
///
///   FieldPath root("object_list");
///   FieldPath item = root.element(3);               // object_list[3]
///   FieldPath rights = item.member("access_rights");  // object_list[3].access_rights
class FieldPath {
public:
    /// A root path: the attribute (or value) name, e.g. "capture_objects".
    explicit constexpr FieldPath(std::string_view root) : m_name(root) {}

    /// The path of member `name` of this structure: "<this>.<name>".
    FieldPath member(std::string_view name) const { return FieldPath(this, name, kNoIndex); }
    /// The path of element `index` of this array: "<this>[<index>]".
    FieldPath element(std::size_t index) const { return FieldPath(this, {}, index); }

    /// The rendered path, e.g. "object_list[3].access_rights.attribute_access[1].access_mode".
    std::string toString() const;

    /// A failure with this path and a reason: detail = "<path>: <reason>", offset 0.
    CosemFailure fail(CosemError code, std::string_view reason) const;

private:
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
    FieldPath(const FieldPath* parent, std::string_view name, std::size_t index)
        : m_parent(parent), m_name(name), m_index(index) {}

    const FieldPath* m_parent = nullptr;
    std::string_view m_name;
    std::size_t m_index = kNoIndex;
};

}  // namespace omt::cosem

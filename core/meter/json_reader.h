#pragma once
// Strict reading of the tool's JSON documents (tariff plans, load-control plans, device
// profiles): parse with duplicate-key detection, then take fields out of objects with their
// types and ranges checked, every unknown field refused, and every problem reported with the
// JSON path of the offending value ("$.active.day_profiles[1].switches[0].tariff").
//
//   auto doc = parseStrictJson(text);                 // Syntax / DuplicateKey
//   JsonReader r;
//   r.checkVersion(*doc, "$", "omt-tariff-plan", 1);  // WrongFormat / FutureVersion
//   r.allowOnly(*doc, "$", {"format", "version", "active"});
//   auto n = r.integer(*doc, "$", "count", 0, 10);     // WrongType / BadValue / MissingField
//   if (r.failure) return *r.failure;                 // the first problem found
//
// The reader keeps the first failure and ignores everything after it, so a loader can read a
// whole document straight through and check once at the end.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

namespace omt::meter {

/// What is wrong with a JSON document (structure, not meaning).
enum class DocumentError : std::uint8_t {
    Syntax,         ///< not JSON (offset = byte position)
    DuplicateKey,   ///< the same key twice in one object
    WrongFormat,    ///< "format" is not the kind of document expected
    FutureVersion,  ///< "version" newer than this program reads
    UnknownField,   ///< a key this version does not define
    MissingField,   ///< a required key is absent
    WrongType,      ///< e.g. a string where a number is expected
    BadValue,       ///< a value of the right type outside its range or not a defined name
};
using DocumentFailure = omt::Failure<DocumentError>;

/// Stable kebab-case identifier: nameOf(DocumentError::FutureVersion) is "future-version".
const char* nameOf(DocumentError error);

/// Parses `text`. Errors: Syntax (offset = byte position, detail = parser message),
/// DuplicateKey (detail "$.settings.clock: duplicate key"). Never throws.
/// Example: parseStrictJson(R"({"a":1,"a":2})") -> DuplicateKey "$.a: duplicate key".
omt::Expected<nlohmann::ordered_json, DocumentFailure> parseStrictJson(std::string_view text);

/// Field-by-field reader that records the first failure (detail "<path>: <reason>").
class JsonReader {
public:
    std::optional<DocumentFailure> failure;

    bool ok() const { return !failure.has_value(); }
    /// Records a failure unless one is already recorded.
    void fail(DocumentError code, const std::string& path, const std::string& reason);

    /// Checks that `value` is an object; records WrongType otherwise.
    bool isObject(const nlohmann::ordered_json& value, const std::string& path);
    /// Checks that `value` is an array; records WrongType otherwise.
    bool isArray(const nlohmann::ordered_json& value, const std::string& path);
    /// Records UnknownField for the first key of object `value` not in `allowed`.
    void allowOnly(const nlohmann::ordered_json& value, const std::string& path,
                   std::initializer_list<std::string_view> allowed);
    /// "format" must equal `format` (WrongFormat), "version" an integer 1..`maxVersion`
    /// (FutureVersion above it, BadValue below 1).
    void checkVersion(const nlohmann::ordered_json& value, const std::string& path,
                      std::string_view format, int maxVersion);

    /// The member `key` of object `value`, or nullptr (MissingField recorded when `required`).
    const nlohmann::ordered_json* member(const nlohmann::ordered_json& value,
                                         const std::string& path, std::string_view key,
                                         bool required = true);
    /// An integer member in min..max. Errors: MissingField, WrongType, BadValue.
    std::int64_t integer(const nlohmann::ordered_json& value, const std::string& path,
                         std::string_view key, std::int64_t min, std::int64_t max);
    /// An integer value in min..max (an array element, say).
    std::int64_t integerValue(const nlohmann::ordered_json& value, const std::string& path,
                              std::int64_t min, std::int64_t max);
    /// A string member. Errors: MissingField, WrongType.
    std::string string(const nlohmann::ordered_json& value, const std::string& path,
                       std::string_view key);
    /// A string member, or `fallback` when absent.
    std::string optionalString(const nlohmann::ordered_json& value, const std::string& path,
                               std::string_view key, const std::string& fallback);
    /// A boolean member. Errors: MissingField, WrongType.
    bool boolean(const nlohmann::ordered_json& value, const std::string& path,
                 std::string_view key);
};

/// Calls fn(element, elementPath) for each element of array member `key` (MissingField when
/// absent and `required`, WrongType when not an array); stops at the first recorded failure.
template <class Fn>
void forEachElement(JsonReader& r, const nlohmann::ordered_json& value, const std::string& path,
                    std::string_view key, Fn&& fn, bool required = true);

/// A "hh:mm" member. Errors: MissingField, WrongType, BadValue.
void readClockTime(JsonReader& r, const nlohmann::ordered_json& value, const std::string& path,
                   std::string_view key, std::uint8_t& hour, std::uint8_t& minute);

/// "<path>.<key>".
std::string jsonMember(const std::string& path, std::string_view key);
/// "<path>[<index>]".
std::string jsonElement(const std::string& path, std::size_t index);

/// The text "hh:mm" of a time of day; parseClockTime reads it back (hh 00..23, mm 00..59).
std::string formatClockTime(std::uint8_t hour, std::uint8_t minute);
/// Reads "hh:mm". Returns false on any other form.
bool parseClockTime(std::string_view text, std::uint8_t& hour, std::uint8_t& minute);

template <class Fn>
void forEachElement(JsonReader& r, const nlohmann::ordered_json& value, const std::string& path,
                    std::string_view key, Fn&& fn, bool required) {
    const nlohmann::ordered_json* array = r.member(value, path, key, required);
    const std::string at = jsonMember(path, key);
    if (array == nullptr || !r.isArray(*array, at)) {
        return;
    }
    for (std::size_t i = 0; i < array->size() && r.ok(); ++i) {
        const std::string elementPath = jsonElement(at, i);
        if (r.isObject((*array)[i], elementPath)) {
            fn((*array)[i], elementPath);
        }
    }
}

}  // namespace omt::meter

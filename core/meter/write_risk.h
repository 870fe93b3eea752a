#pragma once
// What a single SET or ACTION outside a configuration plan does that cannot be taken back, in
// words, so that `omt set` and `omt action` ask before it (issue 19): replacing a password or the
// keys, clearing logged data, running a script, cutting the customer's supply, activating a
// calendar or a firmware image. Everything else is nullopt: it is audited, not asked.
//
//   actionWarning(70, 1);   // "cuts the customer's supply (remote_disconnect)"
//   setWarning(15, 7);      // "replaces the association's password: keep the new one"

#include <cstdint>
#include <optional>
#include <string>

namespace omt::meter {

/// The consequence of invoking method `method` of an object of interface class `classId`.
std::optional<std::string> actionWarning(std::uint16_t classId, std::int8_t method);

/// The consequence of setting attribute `attribute` of an object of class `classId`.
std::optional<std::string> setWarning(std::uint16_t classId, std::int8_t attribute);

}  // namespace omt::meter

#pragma once
// Times of day as the pages show and take them: "hh:mm".
//
//   clockText(6, 5);                     // "06:05"
//   parseClockText(" 6:05 ");            // {6, 5}; "24:00", "6:5", "06:05:00" -> nullopt

#include <QString>
#include <optional>
#include <utility>

namespace omt::ui {

/// "hh:mm" with two digits each.
QString clockText(int hour, int minute);
/// An hour of one or two digits (0..23), ':', a minute of two digits (00..59), spaces around
/// allowed; nullopt for anything else.
std::optional<std::pair<int, int>> parseClockText(const QString& text);

}  // namespace omt::ui

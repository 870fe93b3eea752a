#pragma once
// Values typed on the command line, for `omt set` and `omt action`:
//
//   TYPE:VALUE   u16:200, bool:true, enum:2, str:KAMSTRUP, hex:0A0B0C, i32:-5, f32:1.5,
//                datetime:2026-11-21T12:00:00 (meter local time, no deviation given)
//   VALUE        the type of the attribute's current value (read first): "200" for a
//                long-unsigned, "true" for a boolean, text for a visible-string
//
// Type names: bool, i8, i16, i32, i64, u8, u16, u32, u64, enum, f32, f64, str (visible-string),
// utf8, hex (octet-string), datetime; the Blue Book names (long-unsigned ...) work too.
// Structures and arrays are not typed on the command line: configuration files carry them.

#include <QString>
#include <optional>

#include "protocol/common/expected.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::app {

/// Parses `text`; `like` gives the type when the text has no TYPE: prefix. Errors: a sentence
/// naming the problem ("200000 does not fit a long-unsigned (0..65535)").
Expected<dlms::Data, QString> parseValue(const QString& text, const dlms::Data* like);

/// Whether `text` starts with a TYPE: prefix ("u16:200" yes, "200" and "a:b" no).
bool hasType(const QString& text);

/// "CLASS/OBIS:N", "OBIS:N" or "OBIS" (N defaults to `defaultIndex`): what `omt get`, `set`,
/// `action` and `config set` take.
struct Spec {
    std::optional<std::uint16_t> classId;
    cosem::ObisCode obis;
    std::int8_t index = 2;
};
/// Errors: a sentence ("'x' is not an OBIS code: ...", "attribute/method 200 is out of range").
Expected<Spec, QString> parseSpec(const QString& text, std::int8_t defaultIndex);

}  // namespace omt::app

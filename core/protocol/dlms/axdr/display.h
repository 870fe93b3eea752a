#pragma once
// One-line text of DLMS data for traces, logs and the CLI (not for translation: the UI builds its
// own text from the values).
//
//   toDisplayString(Data::structure({Data::unsigned8(3),
//                                    Data::octetString({1, 0, 1, 8, 0, 0xFF})}))
//   // "structure{unsigned 3, octet-string 01 00 01 08 00 FF}"
//
// Forms, by type:
//   null-data, dont-care                   the type name alone
//   boolean                                "boolean true"
//   integer types, enum                    "long -5", "enum 3" (decimal)
//   float32, float64                       shortest text that reads back to the same value
//                                          ("float32 0.1", "float64 nan", "float64 -inf")
//   octet-string, bcd                      hex bytes "octet-string 01 00 FF"; empty: "octet-string"
//   visible-string, utf8-string            quoted, with \" \\ and \xNN escapes for control
//                                          characters (and for any non-ASCII byte in
//                                          visible-string): visible-string "ABC"
//   bit-string                             the bits, first bit first: "bit-string 1011"
//   array, structure                       "array{...}", elements separated by ", "
//   compact-array                          "compact-array<long-unsigned>{long-unsigned 1, ...}"
//   date-time, date, time                  ISO 8601 (cosem_datetime.h), with the clock status in
//                                          hex when it is specified:
//                                          "date-time 2026-03-29T02:00:00+01:00 status 00"
// A value whose alternative does not belong to its tag is still shown (with what it holds).

#include <cstddef>
#include <string>

#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// Readable one-line form of `value` (see above). When `maxChars` is not 0 and the text is
/// longer, it is cut to `maxChars` characters ending in "...".
std::string toDisplayString(const Data& value, std::size_t maxChars = 0);

/// Type description as text: "long-unsigned", "array[5]<unsigned>",
/// "structure<long-unsigned, octet-string>".
std::string toDisplayString(const TypeDescription& td);

}  // namespace omt::dlms

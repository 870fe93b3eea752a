#pragma once
// Typed errors of the A-XDR codec (axdr.h) and of the COSEM date/time helpers (cosem_datetime.h).
//
//   auto r = omt::dlms::decodeAll(bytes);
//   if (!r) trace("{} at {}: {}", nameOf(r.error().code), r.error().offset, r.error().detail);

#include "protocol/common/failure.h"

namespace omt::dlms {

/// What went wrong while encoding or decoding A-XDR data. On decode, the failure offset is the
/// position in the reader's whole input where the offending field starts; on encode, it is the
/// position in the output where the offending value would have been written.
enum class AxdrError {
    Truncated,             ///< input ended inside a field (also: a length larger than what remains)
    UnknownTag,            ///< a data or type-description tag that is not in the Data CHOICE
    BadLength,             ///< indefinite (0x80) or over-long (> 4 bytes) length form, a length
                           ///< above DecodeOptions::maxStringLength, or a wrong fixed size
    NestingTooDeep,        ///< arrays/structures/compact-array descriptions nested too deeply
    TooManyElements,       ///< the total element budget (DecodeOptions::maxElements) is exhausted
    ValueOutOfRange,       ///< encode: an integer outside its tag's range, bcd not one byte,
                           ///< a float32 value not exactly representable
    ValueTypeMismatch,     ///< encode: the value alternative does not belong to the tag
    InvalidUtf8,           ///< utf8-string is not well-formed UTF-8
    InvalidVisibleString,  ///< visible-string byte outside printable ASCII 0x20..0x7E
    BadBitString,          ///< encode: byte count does not match bit count, or unused bits set
    BadDateTime,           ///< date/time/date-time field outside its range
    BadTypeDescription,    ///< compact-array type description malformed (e.g. nested compact-array,
                           ///< array description without exactly one element type)
    CompactArrayMismatch,  ///< compact-array elements do not match their type description
    TrailingBytes,         ///< decodeAll: bytes left after the value
};

using AxdrFailure = omt::Failure<AxdrError>;

/// Stable kebab-case identifier of an error code ("truncated", "unknown-tag", ...).
const char* nameOf(AxdrError e);

}  // namespace omt::dlms

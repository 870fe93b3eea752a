#pragma once
// A-XDR codec for DLMS data (IEC 62056-6-2 Data CHOICE, encoded per IEC 61334-6 / Green Book).
//
//   Bytes wire = *encode(Data::structure({Data::unsigned8(3),
//                                          Data::octetString({0x01, 0x00, 0x01, 0x08, 0x00,
//                                          0xFF})}));
//   // 02 02  11 03  09 06 01 00 01 08 00 FF
//   auto back = decodeAll(wire);          // Expected<Data, AxdrFailure>
//
// Wire rules implemented here (one tag byte, then the contents):
//   null-data, dont-care            no contents
//   boolean                         1 byte; decode: 0x00 false, any other value true (Blue Book);
//                                   encode: 0x00 / 0x01
//   bit-string                      length (in bits), then ceil(bits/8) bytes, first bit = MSB of
//                                   the first byte. Decode clears the unused trailing bits; encode
//                                   refuses set unused bits or a byte count that does not fit.
//   integer/long/double-long/long64, unsigned/long-unsigned/double-long-unsigned/long64-unsigned,
//   enum                            1/2/4/8 bytes big-endian, two's complement for signed types
//   float32 / float64               IEEE 754 binary32 / binary64, big-endian
//   octet-string                    length, bytes
//   visible-string                  length, bytes; only printable ASCII 0x20..0x7E is accepted
//                                   (DecodeOptions::strictVisibleString = false accepts any byte)
//   utf8-string                     length, bytes; must be well-formed UTF-8 (no overlong forms,
//                                   no surrogates, nothing above U+10FFFF)
//   bcd                             1 byte (Blue Book: bcd [13] IMPLICIT Integer8); the Data holds
//                                   it as Bytes of size 1
//   array, structure                element count (length encoding), then the tagged elements
//   compact-array                   TypeDescription, then length + the elements without tags
//   date-time / date / time         12 / 5 / 4 bytes, no length (see cosem_datetime.h)
//
// Length encoding: 0..0x7F in one byte; otherwise 0x81..0x84 followed by 1..4 big-endian bytes.
//
// TypeDescription (compact-array) encoding: the type tag; for array also the element count as
// 2 bytes big-endian and the element description; for structure the member count (length
// encoding) and the member descriptions. compact-array cannot appear inside a description, and
// an array of n > 0 elements whose type has no contents (null-data, dont-care, structures of
// those, empty arrays) is refused (BadTypeDescription): such values carry nothing but would let a
// few input bytes stand for billions of values. Likewise elements of a compact-array whose
// element type has no contents cannot be counted: non-empty array-contents is refused.
// Inside the array-contents block, each element is encoded as its description says, without
// tags: an array carries no count (the description has it), a structure no member count, while
// strings and bit-strings keep their length. The number of elements is whatever fills the block.
//
// Decoding is bounded (DecodeOptions): nesting depth, total element count and string length are
// checked before anything is allocated, so a count of 2^32 in a 10-byte input fails at once.

#include <cstddef>
#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/axdr/axdr_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// Largest length the length encoding can carry (0x84 + 4 bytes).
inline constexpr std::size_t kMaxAxdrLength = 0xFFFFFFFFU;

/// Limits applied while decoding untrusted input.
struct DecodeOptions {
    /// Deepest nesting accepted: a simple value on its own has depth 1, each enclosing array,
    /// structure or compact-array (and each level of a type description) adds one.
    std::size_t maxDepth = 16;
    /// Total number of Data values (every array/structure element, compact-array element and
    /// nested value counts one) a single decode may produce.
    std::size_t maxElements = 100000;
    /// Largest octet-string / visible-string / utf8-string, in bytes; for bit-strings, the byte
    /// count of the bits. Longer lengths give BadLength before anything is read.
    std::size_t maxStringLength = 1U << 20;
    /// true: visible-string bytes must be printable ASCII 0x20..0x7E (InvalidVisibleString).
    /// false: any byte is kept as is (such values are refused again by encode()).
    bool strictVisibleString = true;
    /// true: date-time/date/time fields are validated (BadDateTime). false: kept as received
    /// (such values are refused again by encode()).
    bool validateDateTime = true;
};

/// Appends the A-XDR length encoding of `n`: 0x00..0x7F as one byte, else 0x81..0x84 and 1..4
/// big-endian bytes, always in the shortest form. Returns false and writes nothing when `n`
/// exceeds kMaxAxdrLength.
/// Example: 0x7F -> 7F; 0x80 -> 81 80; 0x100 -> 82 01 00; 0x10000 -> 83 01 00 00.
bool encodeLength(ByteWriter& w, std::size_t n);

/// Reads a length. Non-minimal forms (81 05) are accepted. Errors: Truncated (input ends inside
/// the length), BadLength (indefinite form 0x80, or 0x85..0xFF: more than 4 length bytes).
/// On failure the reader position is unspecified.
/// Example: 82 01 00 -> 256.
Expected<std::size_t, AxdrFailure> decodeLength(ByteReader& r);

/// Encodes one value (tag + contents) at the end of `w`. On failure nothing is appended.
/// Errors: UnknownTag (a DataType outside the CHOICE), ValueTypeMismatch, ValueOutOfRange,
/// InvalidUtf8, InvalidVisibleString, BadBitString, BadDateTime, BadTypeDescription,
/// CompactArrayMismatch, BadLength (a string longer than kMaxAxdrLength).
/// Example: Data::longUnsigned(0x1234) -> 12 12 34.
Expected<void, AxdrFailure> encode(const Data& value, ByteWriter& w);

/// Encodes one value into a new buffer; same errors as above.
Expected<Bytes, AxdrFailure> encode(const Data& value);

/// Decodes one value from the reader's position and leaves the reader after it (bytes after it
/// are not looked at). On failure the reader position is unspecified.
/// Errors: Truncated, UnknownTag, BadLength, NestingTooDeep, TooManyElements, InvalidUtf8,
/// InvalidVisibleString, BadDateTime, BadTypeDescription, CompactArrayMismatch.
/// Example: 06 00 00 01 00 -> double-long-unsigned 256.
Expected<Data, AxdrFailure> decode(ByteReader& r, const DecodeOptions& options = {});

/// Decodes one value that must fill `bytes` exactly; TrailingBytes (offset = first extra byte)
/// otherwise, plus the errors of decode().
Expected<Data, AxdrFailure> decodeAll(ByteView bytes, const DecodeOptions& options = {});

/// Encodes a compact-array type description (no Data tag in front).
/// Errors: BadTypeDescription (array without exactly one element type, or of n > 0 elements
/// without contents, compact-array or an unknown type inside, element type on a simple type),
/// BadLength.
/// Example: structure{long-unsigned, octet-string} -> 02 02 12 09.
Expected<void, AxdrFailure> encodeTypeDescription(const TypeDescription& td, ByteWriter& w);

/// Decodes a compact-array type description. Errors: Truncated, UnknownTag, BadTypeDescription,
/// NestingTooDeep (options.maxDepth levels).
/// Example: 01 00 05 12 -> array of 5 long-unsigned.
Expected<TypeDescription, AxdrFailure> decodeTypeDescription(ByteReader& r,
                                                             const DecodeOptions& options = {});

/// true if `t` is a tag of the Data CHOICE (0..6, 9, 10, 12, 13, 15..27, 255).
bool isKnownDataType(DataType t);

/// true if every byte of `s` is printable ASCII 0x20..0x7E (what visible-string may hold).
bool isVisibleString(std::string_view s);

/// true if `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, <= U+10FFFF).
bool isValidUtf8(std::string_view s);

}  // namespace omt::dlms

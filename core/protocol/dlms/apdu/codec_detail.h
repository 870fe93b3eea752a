#pragma once
// Internal helpers of the APDU codec (not part of the public API): bounded A-XDR field readers
// that turn a short input into ApduError::Truncated with the offset and field name, and the
// bridge to the A-XDR Data codec.

#include <cstdint>
#include <optional>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/apdu/apdu_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms::detail {

template <class T>
using Result = Expected<T, ApduFailure>;
using Status = Expected<void, ApduFailure>;

inline ApduFailure fail(ApduError code, std::size_t offset, std::string detail) {
    return ApduFailure{code, offset, std::move(detail)};
}

Result<std::uint8_t> readU8(ByteReader& r, const char* field);
Result<std::uint16_t> readU16(ByteReader& r, const char* field);
Result<std::uint32_t> readU32(ByteReader& r, const char* field);
/// A-XDR BOOLEAN: 0x00 false, any other value true.
Result<bool> readBool(ByteReader& r, const char* field);
/// A-XDR OPTIONAL / DEFAULT usage flag: 0x00 absent, any other value present.
Result<bool> readPresence(ByteReader& r, const char* field);
/// A-XDR length used as a SEQUENCE OF count: ListTooLong above kMaxListItems.
Result<std::size_t> readCount(ByteReader& r, const char* field);
/// A-XDR OCTET STRING (length + bytes): LengthExceedsInput when the length claims more than
/// remains.
Result<Bytes> readOctetString(ByteReader& r, const char* field);
/// One A-XDR Data value; an A-XDR Truncated becomes Truncated, every other A-XDR failure
/// BadData, with the axdr code in the detail.
Result<Data> readData(ByteReader& r);

void writeBool(ByteWriter& w, bool v);
/// A-XDR length; ListTooLong / BadLength when it cannot be encoded.
Status writeCount(ByteWriter& w, std::size_t n, const char* field);
Status writeOctetString(ByteWriter& w, ByteView bytes, const char* field);
Status writeData(ByteWriter& w, const Data& value);

}  // namespace omt::dlms::detail

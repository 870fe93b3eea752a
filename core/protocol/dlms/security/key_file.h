#pragma once
// The key file: how keys reach the tool without ever being typed on a command line.
//
//   # OpenMeterTool keys for meter 57360117
//   EK = 000102030405060708090A0B0C0D0E0F     # global unicast encryption key
//   AK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF     # authentication key
//   DK = ...                                  # optional dedicated key
//
// Names are case-insensitive; blank lines and '#' comments are ignored.

#include <string>
#include <string_view>

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/dlms/security/security_context.h"

namespace omt::dlms::security {

enum class KeyFileError {
    UnknownName,  ///< a name other than EK, AK, DK
    BadKey,       ///< not 32 hex digits
    Duplicate,    ///< the same name twice
    MissingKey,   ///< EK or AK absent
    BadLine,      ///< no '=' on a line with content
};
const char* nameOf(KeyFileError e);
/// `offset` is the 1-based line number.
using KeyFileFailure = Failure<KeyFileError>;

/// Parses a key file. Errors: the first bad line (UnknownName, BadKey, Duplicate, BadLine) with
/// its number, or MissingKey (line 0) when EK or AK is absent. The detail never contains key
/// material.
///   auto keys = parseKeyFile("EK=000102030405060708090A0B0C0D0E0F\nAK=D0D1...DF\n");
Expected<SecurityKeys, KeyFileFailure> parseKeyFile(std::string_view text);

/// A key file with its optional master key: "KEK = HEX" (the key-encrypting key that wraps new
/// keys for Security setup global_key_transfer).
struct KeyFileContents {
    SecurityKeys keys;
    std::optional<Key128> kek;
};
/// As parseKeyFile(), also reading a KEK line. Same errors.
Expected<KeyFileContents, KeyFileFailure> parseKeyFileWithKek(std::string_view text);

/// True when the file at `path` may be read or written by its group or by other users (a key
/// file should be 0600 or 0400); false when it is private or cannot be looked at.
///   isExposedToOthers("/home/me/keys")   // true after chmod 644
bool isExposedToOthers(const std::string& path);

}  // namespace omt::dlms::security

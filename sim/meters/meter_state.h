#pragma once
// The state file of a virtual meter (`omt-sim --state FILE`): what a tool wrote survives a
// restart. JSON, one object:
//
//   {
//     "format": 1,                       // kStateFormatVersion; a larger one is refused
//     "model": "omnipower-ct",
//     "serial": 71234567,
//     "installedAt": 1764547200,         // UTC seconds: start of the generated history
//     "clockShift": 0,                   // seconds the meter's clock was set away from its source
//     "attributes": [                    // every setting, as the A-XDR of the attribute value
//       {"obis": "1.0.0.4.2.255", "attribute": 2, "axdr": "12 00 C8"}, ...
//     ],
//     "secrets": {                       // the changeable secrets (AssociationSecrets)
//       "llsPassword": "31 32 ...", "ek": "00 01 ...", "ak": "D0 D1 ...", "kek": "20 21 ...",
//       "invocationCounter": 1000,       // the meter's reserved invocation counter under the EK
//       "clientInvocationCounter": 41    // optional: the last one accepted from the client
//     },
//     "alarmsClearedAt": [1764547200, -9223372036854775808],   // optional: when the latched
//                                        // alarm bits 0 / 1 were cleared last
//     "checksum": "9A0F..."              // FNV-1a 64 of the document without this member
//   }
//
// The file holds keys: it is created with mode 0600. "secrets" is optional (files written
// before it existed load with the secrets of the options).
//
// Saving is atomic: the text goes to FILE.tmp, which is fsync'ed and renamed over FILE (and the
// directory fsync'ed), so a crash leaves either the old or the new file. A file that cannot be
// read, is not such a document, fails its checksum, or comes from a newer format is refused
// and left as it is.
//
//   auto loaded = loadMeterState("/var/lib/omt/meter.json");   // nullopt when absent
//   saveMeterState("/var/lib/omt/meter.json", state);

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/cosem/obis.h"
#include "sim/meters/virtual_meter.h"

namespace omt::sim {

inline constexpr int kStateFormatVersion = 1;
/// Larger files are refused as StateCorrupt.
inline constexpr std::size_t kMaxStateFileSize = 16 * 1024 * 1024;

struct PersistedAttribute {
    cosem::ObisCode logicalName;
    std::int8_t attribute = 0;
    Bytes axdr;  ///< the encoded Data value
    friend bool operator==(const PersistedAttribute&, const PersistedAttribute&) = default;
};

/// The secrets as persisted: LLS password (1..32 octets), EK, AK, KEK (16 octets each) and the
/// reserved invocation counter (0..2^32) and the last invocation counter accepted from the
/// client (exact: a replay is refused after a restart too).
struct PersistedSecrets {
    Bytes llsPassword;
    Bytes ek;
    Bytes ak;
    Bytes kek;
    std::uint64_t invocationCounter = 0;
    std::optional<std::uint32_t> clientInvocationCounter;
    friend bool operator==(const PersistedSecrets&, const PersistedSecrets&) = default;
};

struct MeterState {
    MeterModel model = MeterModel::OmnipowerCt;
    std::uint32_t serialNumber = 0;
    std::int64_t installedAt = 0;
    std::int64_t clockShift = 0;
    std::vector<PersistedAttribute> attributes;
    std::optional<PersistedSecrets> secrets;
    /// When the latched alarm bits 0 and 1 were last cleared (UTC seconds), if ever.
    std::optional<std::array<std::int64_t, 2>> alarmsClearedAt;
    friend bool operator==(const MeterState&, const MeterState&) = default;
};

/// The JSON text of a state (with its checksum).
std::string serializeMeterState(const MeterState& state);
/// Reads a state text. Errors: StateCorrupt (not JSON, missing or mistyped member, bad
/// checksum, unknown model, bad OBIS or hex, secrets of the wrong size), StateFromFuture (format
/// above kStateFormatVersion).
Expected<MeterState, MeterFailure> parseMeterState(std::string_view text);
/// The state in `path`, or nullopt when there is no such file. Errors: StateUnreadable (exists
/// but cannot be read), and those of parseMeterState (StateCorrupt also for a file above
/// kMaxStateFileSize).
Expected<std::optional<MeterState>, MeterFailure> loadMeterState(const std::string& path);
/// Writes `state` atomically. Error: StateWriteFailed (the old file is left intact).
Expected<void, MeterFailure> saveMeterState(const std::string& path, const MeterState& state);

}  // namespace omt::sim

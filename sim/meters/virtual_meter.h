#pragma once
// A virtual meter: the object model of one Kamstrup meter type (OMNIPOWER CT or OMNIA e-meter)
// with its associations, its optical-port identity and its persistent state. Pure C++, no I/O
// except the state file; the line (IEC 62056-21, HDLC, wrapper) is served by sim/endpoint.
//
//   VirtualMeterOptions options;
//   options.model = MeterModel::OmnipowerCt;
//   options.seed = 42;                                   // deterministic history
//   auto meter = VirtualMeter::create(options);          // Expected<unique_ptr<VirtualMeter>, ...>
//   ObjectDirectory& objects = (*meter)->directory();
//   for (const AssociationConfig& a : (*meter)->associations()) { ... }   // 0x10, 0x20, 0x01
//
// The meter's time comes from options.clock (real time by default) scaled by options.timeScale
// from the moment of creation; registers and loggers advance with it when advance() is called
// (the endpoint calls it before each request).

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/system_title.h"
#include "protocol/iec62056_21/server_sign_on.h"
#include "sim/server/clock_object.h"
#include "sim/server/object_directory.h"
#include "sim/server/server_association.h"

namespace omt::sim {

enum class MeterModel { OmnipowerCt, Omnia };
/// "omnipower-ct", "omnia".
const char* nameOf(MeterModel model);
/// Parses "omnipower-ct" / "omnia"; nullopt otherwise.
std::optional<MeterModel> meterModelFromName(const std::string& name);

enum class MeterError {
    StateUnreadable,   ///< the state file exists but cannot be read
    StateCorrupt,      ///< not a state file, bad checksum, truncated, wrong meter model
    StateFromFuture,   ///< written by a newer version of the simulator
    StateWriteFailed,  ///< the new state could not be written (the old file is intact)
    BadOption,         ///< an option out of range (serial number, time scale ...)
};
using MeterFailure = Failure<MeterError>;
const char* nameOf(MeterError error);

/// The demo secrets (documented in the README; every one can be replaced by an option).
struct MeterSecrets {
    Bytes readerPassword;               ///< LLS password of SAP 0x20 ("12345678")
    dlms::security::SecurityKeys keys;  ///< EK / AK of SAP 0x01
    /// Master key (KEK) that wraps new keys for Security setup global_key_transfer
    /// (202122232425262728292A2B2C2D2E2F).
    dlms::security::Key128 kek;
    static MeterSecrets demo();
};

struct VirtualMeterOptions {
    MeterModel model = MeterModel::OmnipowerCt;
    std::uint32_t serialNumber = 71234567;
    std::uint64_t seed = 1;  ///< history generation
    MeterSecrets secrets = MeterSecrets::demo();
    /// UTC source; the meter's clock starts there and runs timeScale times faster.
    ClockSource clock;       ///< empty: the system clock
    double timeScale = 1.0;  ///< 1 = real time; 60 = a minute per second
    std::string stateFile;   ///< empty: no persistence
};

class VirtualMeter {
public:
    /// Builds the meter; with a state file that exists, loads it (configuration written by a
    /// tool survives a restart). Errors: StateUnreadable, StateCorrupt, StateFromFuture,
    /// BadOption. A corrupt state file is never overwritten.
    static Expected<std::unique_ptr<VirtualMeter>, MeterFailure> create(
        const VirtualMeterOptions& options);

    virtual ~VirtualMeter() = default;

    virtual MeterModel model() const = 0;
    virtual std::uint32_t serialNumber() const = 0;
    virtual dlms::security::SystemTitle systemTitle() const = 0;

    /// The objects of the management logical device (server SAP 1).
    virtual ObjectDirectory& directory() = 0;
    /// One configuration per client SAP the meter serves (public 0x10, reader 0x20,
    /// management 0x01), with their access policies.
    virtual std::vector<AssociationConfig> associations() const = 0;
    /// Identification and readout (mode C data readout of the main registers) for the optical
    /// port's sign-on engine.
    virtual iec62056_21::ServerOptions signOnOptions() = 0;

    /// Brings registers and loggers up to the meter's current time.
    virtual void advance() = 0;
    /// Saves the state atomically (write a temporary file, then rename) when a state file is
    /// configured and something changed since the last save. Errors: StateWriteFailed.
    virtual Expected<void, MeterFailure> saveIfChanged() = 0;
    /// What the start did that an operator should know, one sentence each (a state file of an
    /// older form migrated: what was ignored or converted). Empty normally.
    virtual std::vector<std::string> notes() const { return {}; }
};

}  // namespace omt::sim

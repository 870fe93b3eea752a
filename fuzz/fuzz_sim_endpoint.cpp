// The virtual meter's line endpoint (sim/endpoint): arbitrary bytes and timer expiries into an
// optical, direct-HDLC or wrapper endpoint with a small object directory. The first byte picks
// the line kind and whether faults are on; then each chunk is: one control byte (bit 7 set: fire
// timer (control & 7); else feed the next (control & 0x3F) + 1 bytes). Nothing may crash, hang
// or grow without bound.
//
// Mode bit 5 (0x20): the endpoint serves a real virtual meter (an OMNIPOWER CT, built once, on a
// fixed clock, with a state file in a temporary directory), its management client SAP 0x01 given
// LLS with the password "fuzz" instead of HLS-GMAC so that inputs can write settings. After each
// input the meter saves its state, and a changed state file must load back: it must parse
// (loadMeterState) and a meter must start from it (VirtualMeter::create); otherwise the target
// aborts. A refused write must never leave a state file the meter cannot start from.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "sim/endpoint/meter_endpoint.h"
#include "sim/meters/meter_state.h"
#include "sim/meters/virtual_meter.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/data_object.h"

using namespace omt;
using namespace omt::sim;

namespace {

/// The real meter of mode bit 5 and its state file, shared by all inputs.
struct FuzzMeter {
    std::string stateFile;
    VirtualMeterOptions options;
    std::unique_ptr<VirtualMeter> meter;
    std::string lastChecked;

    FuzzMeter() {
        char pattern[] = "/tmp/omt-fuzz-sim-XXXXXX";
        const char* dir = ::mkdtemp(pattern);
        if (dir == nullptr) {
            std::abort();
        }
        stateFile = std::string(dir) + "/meter.json";
        options.model = MeterModel::OmnipowerCt;
        options.clock = [] { return std::chrono::sys_seconds{std::chrono::seconds{1774746000}}; };
        options.stateFile = stateFile;
        auto created = VirtualMeter::create(options);
        if (!created) {
            std::abort();
        }
        meter = std::move(*created);
    }

    /// The meter's associations, the management one with LLS "fuzz".
    std::vector<AssociationConfig> associations() const {
        auto configs = meter->associations();
        for (auto& c : configs) {
            if (c.clientSap == kManagementClientSap) {
                AssociationConfig lls = AssociationConfig::reader(bytesOf("fuzz"), c.policy);
                lls.clientSap = kManagementClientSap;
                c = std::move(lls);
            }
        }
        return configs;
    }

    /// Saves the state; a changed file must load back into a meter.
    void checkState() {
        if (!meter->saveIfChanged()) {
            std::abort();
        }
        auto loaded = loadMeterState(stateFile);
        if (!loaded) {
            std::fprintf(stderr, "state file does not load: %s\n", loaded.error().detail.c_str());
            std::abort();
        }
        if (!*loaded) {
            return;  // nothing written yet
        }
        const std::string text = serializeMeterState(**loaded);
        if (text == lastChecked) {
            return;
        }
        auto restarted = VirtualMeter::create(options);
        if (!restarted) {
            std::fprintf(stderr, "meter does not start from its state: %s\n",
                         restarted.error().detail.c_str());
            std::abort();
        }
        lastChecked = text;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    const std::uint8_t mode = data[0];
    static FuzzMeter* fuzzMeter = nullptr;
    const bool realMeter = (mode & 0x20) != 0;
    if (realMeter && fuzzMeter == nullptr) {
        fuzzMeter = new FuzzMeter();  // lives as long as the process
    }
    ObjectDirectory small;
    const cosem::ObisCode ldn{0, 0, 42, 0, 0, 255};
    small.add(std::make_unique<DataObject>(ldn, dlms::Data::octetString(bytesOf("KAM1"))));
    small.add(std::make_unique<AssociationLnObject>());
    ObjectDirectory& directory = realMeter ? fuzzMeter->meter->directory() : small;
    AccessPolicy policy;
    policy.grant(ldn, {AttributeAccessMode::ReadOnly, AttributeAccessMode::ReadOnly});
    EndpointConfig config;
    config.line = mode % 3 == 0   ? LineKind::Optical
                  : mode % 3 == 1 ? LineKind::DirectHdlc
                                  : LineKind::Wrapper;
    config.serialNumber = 71234567;
    config.associations = {AssociationConfig::publicClient(policy),
                           AssociationConfig::reader(bytesOf("12345678"), policy)};
    if (realMeter) {
        config.associations = fuzzMeter->associations();
        config.beforeRequest = [] { fuzzMeter->meter->advance(); };
    }
    config.trace = (mode & 0x08) != 0;
    if ((mode & 0x10) != 0) {
        config.faults.corruptProbability = 0.01;
        config.faults.dropProbability = 0.01;
        config.faults.refuseNextAssociation = true;
        config.faults.dropLineAfter = 200;
    }
    MeterEndpoint endpoint(config, directory);
    (void)endpoint.start();
    std::size_t i = 1;
    while (i < size) {
        const std::uint8_t control = data[i++];
        if ((control & 0x80) != 0) {
            (void)endpoint.timerExpired(static_cast<EndpointTimer>(control % kEndpointTimerCount));
            continue;
        }
        const std::size_t n = std::min<std::size_t>((control & 0x3F) + 1U, size - i);
        (void)endpoint.bytesReceived(ByteView(data + i, n));
        i += n;
        if ((control & 0x40) != 0) {
            (void)endpoint.lineClosed();
        }
    }
    if (realMeter) {
        fuzzMeter->checkState();
    }
    return 0;
}

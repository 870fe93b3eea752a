// The virtual meter's line endpoint (sim/endpoint): arbitrary bytes and timer expiries into an
// optical, direct-HDLC or wrapper endpoint with a small object directory. The first byte picks
// the line kind and whether faults are on; then each chunk is: one control byte (bit 7 set: fire
// timer (control & 7); else feed the next (control & 0x3F) + 1 bytes). Nothing may crash, hang
// or grow without bound.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "sim/endpoint/meter_endpoint.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/data_object.h"

using namespace omt;
using namespace omt::sim;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    ObjectDirectory directory;
    const cosem::ObisCode ldn{0, 0, 42, 0, 0, 255};
    directory.add(std::make_unique<DataObject>(ldn, dlms::Data::octetString(bytesOf("KAM1"))));
    directory.add(std::make_unique<AssociationLnObject>());
    AccessPolicy policy;
    policy.grant(ldn, {AttributeAccessMode::ReadOnly, AttributeAccessMode::ReadOnly});
    EndpointConfig config;
    const std::uint8_t mode = data[0];
    config.line = mode % 3 == 0   ? LineKind::Optical
                  : mode % 3 == 1 ? LineKind::DirectHdlc
                                  : LineKind::Wrapper;
    config.serialNumber = 71234567;
    config.associations = {AssociationConfig::publicClient(policy),
                           AssociationConfig::reader(bytesOf("12345678"), policy)};
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
    return 0;
}

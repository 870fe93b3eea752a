// configureForMeter() in its own object file: only programs that serve a VirtualMeter link it
// (and with it sim/meters).
#include <QLoggingCategory>

#include "sim/host/endpoint_runner.h"
#include "sim/meters/virtual_meter.h"

Q_LOGGING_CATEGORY(lcSimHost, "omt.sim.host")

namespace omt::sim {

void configureForMeter(EndpointConfig& config, VirtualMeter& meter) {
    config.signOn = meter.signOnOptions();
    config.serialNumber = meter.serialNumber();
    config.associations = meter.associations();
    VirtualMeter* m = &meter;
    config.beforeRequest = [m] { m->advance(); };
    config.afterRequest = [m] {
        auto saved = m->saveIfChanged();
        if (!saved) {
            qCWarning(lcSimHost) << "state not saved:" << nameOf(saved.error().code)
                                 << QString::fromStdString(saved.error().detail);
        }
    };
}

}  // namespace omt::sim

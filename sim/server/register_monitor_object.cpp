#include "sim/server/register_monitor_object.h"

namespace omt::sim {

namespace {
std::size_t countOf(const Data& d) {
    const auto* e = d.elements();
    return e != nullptr ? e->size() : 0;
}
}  // namespace

RegisterMonitorObject::RegisterMonitorObject(cosem::ObisCode logicalName,
                                             cosem::Thresholds thresholds,
                                             cosem::ValueDefinition monitored,
                                             cosem::RegisterMonitorActions actions)
    : AttributeTableObject(logicalName, 21, 0, 0) {
    addAttribute(thresholds.toData(), [this](const Data& v) {
        auto t = cosem::Thresholds::fromData(v);
        if (!t) {
            return accessResultOf(t.error());
        }
        return t->values.size() == countOf(*attribute(4)) ? DataAccessResult::Success
                                                          : DataAccessResult::OtherReason;
    });
    addAttribute(monitored.toData(), viewValidator<cosem::ValueDefinition>());
    addAttribute(actions.toData(), [this](const Data& v) {
        auto a = cosem::RegisterMonitorActions::fromData(v);
        if (!a) {
            return accessResultOf(a.error());
        }
        return a->entries.size() == countOf(*attribute(2)) ? DataAccessResult::Success
                                                           : DataAccessResult::OtherReason;
    });
}

}  // namespace omt::sim

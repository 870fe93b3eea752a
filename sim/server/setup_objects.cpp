#include "sim/server/setup_objects.h"

namespace omt::sim {

std::unique_ptr<ViewObject<cosem::IecLocalPortSetup>> makeIecLocalPortSetupObject(
    cosem::IecLocalPortSetup setup) {
    return std::make_unique<ViewObject<cosem::IecLocalPortSetup>>(19, 1, 9, std::move(setup));
}

std::unique_ptr<ViewObject<cosem::IecHdlcSetup>> makeIecHdlcSetupObject(cosem::IecHdlcSetup setup) {
    return std::make_unique<ViewObject<cosem::IecHdlcSetup>>(23, 1, 9, setup);
}

LimiterObject::LimiterObject(cosem::Limiter limiter)
    : ViewObject<cosem::Limiter>(71, 0, 11, std::move(limiter), std::set<std::int8_t>{10}) {}

DataAccessResult LimiterObject::checkChange(std::int8_t attributeIndex,
                                            const cosem::Limiter& changed) {
    const cosem::Limiter& now = view();
    const bool same =
        (attributeIndex != 3 || changed.thresholdActive.type() == now.thresholdActive.type()) &&
        (attributeIndex != 4 || changed.thresholdNormal.type() == now.thresholdNormal.type()) &&
        (attributeIndex != 5 || changed.thresholdEmergency.type() == now.thresholdEmergency.type());
    return same ? DataAccessResult::Success : DataAccessResult::TypeUnmatched;
}

std::unique_ptr<LimiterObject> makeLimiterObject(cosem::Limiter limiter) {
    return std::make_unique<LimiterObject>(std::move(limiter));
}

}  // namespace omt::sim

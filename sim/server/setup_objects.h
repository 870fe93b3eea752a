#pragma once
// Objects whose whole behaviour is their attribute view (sim/server/view_object.h): the optical
// port setups (classes 19 and 23) and the limiter (class 71).
//
//   directory.add(makeIecLocalPortSetupObject(cosem::IecLocalPortSetup{}));   // 0.0.20.0.0.255
//   directory.add(makeLimiterObject(limiter));                                 // 0.0.17.0.0.255

#include <memory>

#include "protocol/cosem/iec_hdlc_setup.h"
#include "protocol/cosem/iec_local_port_setup.h"
#include "protocol/cosem/limiter.h"
#include "sim/server/view_object.h"

namespace omt::sim {

/// IEC local port setup (class 19, version 1), attributes 2..9 writable through the view.
std::unique_ptr<ViewObject<cosem::IecLocalPortSetup>> makeIecLocalPortSetupObject(
    cosem::IecLocalPortSetup setup);
/// IEC HDLC setup (class 23, version 1), attributes 2..9 writable through the view.
std::unique_ptr<ViewObject<cosem::IecHdlcSetup>> makeIecHdlcSetupObject(cosem::IecHdlcSetup setup);
/// Limiter (class 71, version 0): attributes 2..11 writable through the view except
/// emergency_profile_active (10), which the meter sets. A threshold (3, 4, 5) keeps the type of
/// the monitored value: another type is TypeUnmatched.
class LimiterObject : public ViewObject<cosem::Limiter> {
public:
    explicit LimiterObject(cosem::Limiter limiter);

protected:
    DataAccessResult checkChange(std::int8_t attributeIndex,
                                 const cosem::Limiter& changed) override;
};

std::unique_ptr<LimiterObject> makeLimiterObject(cosem::Limiter limiter);

}  // namespace omt::sim

#pragma once
// The alarm register of the virtual meters (0.0.97.98.0.255, class 1, value double-long-unsigned)
// as the GUI overview reads it:
//
//   bit 0 cover opened, bit 1 magnetic influence      latched: set by a tamper event, cleared
//                                                     only by a write of the management client
//   bit 2 voltage sag, 3 swell, 4 THD over limit,     live: what the register monitors see now
//   5 voltage unbalance, 6 phase missing
//
// The live bits come from five condition objects (0.0.97.98.130..134.255, class 1 boolean, one
// per bit 2..6) that the register monitors' scripts switch on and off; the register reads them
// at each GET. A write may only clear bits that are set (the new value a subset of the current
// one), anything else is other-reason; clearing a live bit changes nothing (it follows the
// measurement). A latched bit is set again only by an event after the write that cleared it.
//
//   AlarmRegisterObject alarms(conditions, [&] { return meterNow; });
//   alarms.latch(AlarmBit::CoverOpened, eventTime);
//   alarms.get(2, std::nullopt, ctx);                                  // double-long-unsigned 1
//   alarms.set(2, std::nullopt, Data::doubleLongUnsigned(0), ctx);     // Success: cleared
//   alarms.set(2, std::nullopt, Data::doubleLongUnsigned(2), ctx);     // OtherReason

#include <array>
#include <cstdint>
#include <limits>

#include "meter/alarm_register.h"
#include "sim/server/clock_object.h"
#include "sim/server/data_object.h"

namespace omt::sim {

// The bits and masks are core/meter's (meter/alarm_register.h).
using meter::AlarmBit;
using meter::kAlarmRegisterLn;
using meter::kLatchedAlarmMask;
using meter::kLiveAlarmMask;

/// The live bits, in order: bit 2 + index.
inline constexpr std::size_t kLiveAlarmCount = 5;

/// The condition object of live bit `bit` (2..6): 0.0.97.98.(128 + bit).255.
cosem::ObisCode alarmConditionLn(AlarmBit bit);

class AlarmRegisterObject : public CosemObject {
public:
    /// The condition objects of bits 2..6 (each holding a boolean) and the meter's time; the
    /// objects must outlive this one.
    AlarmRegisterObject(std::array<const DataObject*, kLiveAlarmCount> conditions, ClockSource now);

    std::uint16_t classId() const override { return 1; }
    std::uint8_t version() const override { return 0; }
    std::int8_t attributeCount() const override { return 2; }
    std::int8_t methodCount() const override { return 0; }

    /// 1 logical_name, 2 the alarm bits (double-long-unsigned).
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// Attribute 2: TypeUnmatched unless double-long-unsigned; OtherReason when the value has a
    /// bit that is not set now; else the latched bits it leaves out are cleared. Attribute 1:
    /// ReadWriteDenied.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// No methods: ObjectUndefined.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// The current bits.
    std::uint32_t bits() const;
    /// A tamper event at `at`: sets latched bit `bit` (0 or 1) unless it was cleared after `at`.
    void latch(AlarmBit bit, std::chrono::sys_seconds at);
    /// When latched bits 0 and 1 were last cleared (UTC seconds; the minimum when never).
    const std::array<std::int64_t, 2>& clearedAt() const { return m_clearedAt; }
    /// Restores clearedAt() (state file) before the history is regenerated.
    void restoreClearedAt(const std::array<std::int64_t, 2>& clearedAt) { m_clearedAt = clearedAt; }

private:
    std::array<const DataObject*, kLiveAlarmCount> m_conditions;
    ClockSource m_now;
    std::uint32_t m_latched = 0;
    std::array<std::int64_t, 2> m_clearedAt{std::numeric_limits<std::int64_t>::min(),
                                            std::numeric_limits<std::int64_t>::min()};
};

}  // namespace omt::sim

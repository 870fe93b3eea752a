// Fuzz target for the COSEM views: arbitrary bytes -> A-XDR decodeAll -> every view's fromData
// (and every object's setAttribute for each attribute index). Whatever a view accepts must give
// back exactly the Data it was read from (toData / attribute); the range and rendering helpers
// run on the value too. The views are tried on the decoded value and on each of its direct
// elements, so that a list-shaped input also reaches the element views.
#include <bit>
#include <cstddef>
#include <cstdint>

#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/iec_hdlc_setup.h"
#include "protocol/cosem/iec_local_port_setup.h"
#include "protocol/cosem/interface_class.h"
#include "protocol/cosem/limiter.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/register_monitor.h"
#include "protocol/cosem/sap_assignment.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/security_setup.h"
#include "protocol/cosem/single_action_schedule.h"
#include "protocol/cosem/special_days_table.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/axdr/axdr.h"

using namespace omt;
using namespace omt::cosem;
using dlms::Data;

namespace {

// Equality that treats two doubles as equal when their bits are equal (NaN == NaN).
bool same(const Data& a, const Data& b);

bool sameList(const std::vector<Data>& a, const std::vector<Data>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

bool same(const Data& a, const Data& b) {
    if (a.type() != b.type() || a.value().index() != b.value().index()) {
        return false;
    }
    if (const auto* x = a.as<double>()) {
        return std::bit_cast<std::uint64_t>(*x) == std::bit_cast<std::uint64_t>(*b.as<double>());
    }
    if (const auto* x = a.elements()) {
        return sameList(*x, *b.elements());
    }
    if (const auto* x = a.as<dlms::CompactArray>()) {
        const auto* y = b.as<dlms::CompactArray>();
        return x->elementType == y->elementType && sameList(x->elements, y->elements);
    }
    return a == b;
}

template <class T, class... Args>
void view(const Data& d, Args... args) {
    auto v = T::fromData(d, args...);
    if (v && !same(v->toData(), d)) {
        __builtin_trap();
    }
}

template <class T>
void object(const Data& d, int attributeCount) {
    for (int i = 0; i <= attributeCount + 1; ++i) {
        T obj{};
        const auto index = static_cast<std::int8_t>(i);
        if (obj.setAttribute(index, d)) {
            auto back = obj.attribute(index);
            if (!back || !same(*back, d)) {
                __builtin_trap();
            }
        }
    }
}

void everyView(const Data& d) {
    view<CaptureObjectDefinition>(d);
    view<CaptureObjects>(d);
    for (std::uint8_t version = 0; version <= 3; ++version) {
        view<ObjectList>(d, version);
        view<ObjectListElement>(d, FieldPath("e"), version);
        view<AttributeAccessItem>(d, FieldPath("a"), version);
        view<MethodAccessItem>(d, FieldPath("m"), version);
    }
    view<AssociatedPartnersId>(d);
    view<ApplicationContextName>(d);
    view<AuthenticationMechanismName>(d);
    view<XdlmsContextInfo>(d);
    view<ScalerUnit>(d);
    view<ClockStatus>(d);
    view<Season>(d);
    view<SeasonProfile>(d);
    view<WeekProfileTable>(d);
    view<DayProfileTable>(d);
    view<SpecialDaysEntries>(d);
    view<ScriptReference>(d);
    view<Scripts>(d);
    view<ExecutionTimes>(d);
    view<ValueDefinition>(d);
    view<Thresholds>(d);
    view<RegisterMonitorActions>(d);
    view<SapAssignmentList>(d);
    view<EmergencyProfile>(d);
    view<LimiterActions>(d);
    object<Clock>(d, 9);
    object<IecLocalPortSetup>(d, 9);
    object<IecHdlcSetup>(d, 9);
    object<SecuritySetup>(d, 6);
    object<DisconnectControl>(d, 4);
    object<Limiter>(d, 11);

    // Helpers that must merely survive hostile values.
    if (auto app = ApplicationContextName::fromData(d)) {
        (void)app->components();
        (void)app->id();
    }
    (void)formatRegisterValue(d, ScalerUnit{-3, Unit::WattHour}, MetricPrefix::Allowed);
    (void)formatRegisterValue(d, ScalerUnit{127, Unit::Count});
    (void)formatRegisterValue(d, ScalerUnit{-128, Unit::Watt}, MetricPrefix::Allowed);
    (void)isInRange(d, d, d, -60);
    (void)sortMethodFromData(d);
    (void)associationStatusFromData(d);
    (void)singleActionTypeFromData(d);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto decoded = dlms::decodeAll(ByteView(data, size));
    if (!decoded) {
        return 0;
    }
    everyView(*decoded);
    if (const auto* elements = decoded->elements()) {
        for (const auto& e : *elements) {
            everyView(e);
        }
        // A buffer-shaped value: rows selected by their first column against the first row.
        if (!elements->empty() && elements->front().elements() != nullptr &&
            !elements->front().elements()->empty()) {
            const Data& first = elements->front().elements()->front();
            CaptureObjects columns;
            columns.entries.resize(elements->front().elements()->size());
            dlms::RangeDescriptor range;
            range.restrictingObject = columns.entries[0].toApdu();
            range.fromValue = first;
            range.toValue = first;
            (void)selectRowsInRange(*decoded, columns, range, 0);
        }
    }
    return 0;
}

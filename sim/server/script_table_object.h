#pragma once
// Script table (class 9, version 0): scripts of write-attribute / execute-method actions on the
// meter's own objects, and the execute method that runs one of them (used by the tariff and
// relay script tables, and through them by the activity calendar and single action schedules).
//
//   ScriptTableObject tariffs(cosem::ObisCode(0, 0, 10, 0, 100, 255), scripts);
//   tariffs.invoke(1, Data::longUnsigned(2), ctx);   // runs script 2 (switch to tariff T2)
//
// Actions are applied through the objects' own set / invoke with the request's context, so the
// objects check their values; the meter's own schedules run with a context without an
// association (an internal request). A script stops at the first action that fails and the
// execute method then answers OtherReason (actions already done stay done, as on a meter).
// Scripts may call script tables; the nesting is bounded (kMaxScriptDepth).

#include "protocol/cosem/script_table.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

inline constexpr int kMaxScriptDepth = 4;

class ScriptTableObject : public AttributeTableObject {
public:
    /// Attribute 2 scripts, writable with any value the Scripts view accepts.
    ScriptTableObject(cosem::ObisCode logicalName, cosem::Scripts scripts);

    /// Runs script `identifier` against context.directory. Errors: OtherReason when there is no
    /// such script, no directory, an action's object does not exist or has another class, an
    /// action is refused, or the nesting is too deep.
    Expected<void, ActionResult> execute(std::uint16_t identifier, RequestContext& context);

protected:
    /// Method 1 execute(long-unsigned script_identifier); TypeUnmatched for another type.
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;

private:
    int m_depth = 0;
};

}  // namespace omt::sim

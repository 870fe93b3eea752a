#include "sim/server/register_monitor_object.h"

#include <algorithm>

#include "sim/server/object_directory.h"
#include "sim/server/script_table_object.h"

namespace omt::sim {

namespace {
std::size_t countOf(const Data& d) {
    const auto* e = d.elements();
    return e != nullptr ? e->size() : 0;
}
}  // namespace

std::optional<double> numericValueOf(const Data& value) {
    switch (value.type()) {
        case dlms::DataType::Boolean: {
            const auto* b = value.as<bool>();
            return b != nullptr ? std::optional<double>(*b ? 1.0 : 0.0) : std::nullopt;
        }
        case dlms::DataType::Float32:
        case dlms::DataType::Float64: {
            const auto* d = value.as<double>();
            return d != nullptr ? std::optional<double>(*d) : std::nullopt;
        }
        default:
            break;
    }
    if (const auto* u = value.as<std::uint64_t>()) {
        return static_cast<double>(*u);
    }
    if (const auto* i = value.as<std::int64_t>()) {
        return static_cast<double>(*i);
    }
    return std::nullopt;
}

int RegisterMonitorObject::evaluate(RequestContext& context) {
    auto thresholds = cosem::Thresholds::fromData(*attribute(2));
    auto monitored = cosem::ValueDefinition::fromData(*attribute(3));
    auto actions = cosem::RegisterMonitorActions::fromData(*attribute(4));
    if (!thresholds || !monitored || !actions || context.directory == nullptr) {
        return 0;
    }
    CosemObject* source = context.directory->find(monitored->logicalName);
    std::optional<double> now;
    if (source != nullptr && source->classId() == monitored->classId) {
        auto value = source->get(monitored->attributeIndex, std::nullopt, context);
        if (value) {
            now = numericValueOf(*value);
        }
    }
    const std::optional<double> before = m_last;
    m_last = now;
    if (!now) {
        return 0;
    }
    int run = 0;
    const std::size_t n = std::min(thresholds->values.size(), actions->entries.size());
    for (std::size_t k = 0; k < n; ++k) {
        const auto limit = numericValueOf(thresholds->values[k]);
        if (!limit) {
            continue;
        }
        const bool above = *now > *limit;
        if (before && (*before > *limit) == above) {
            continue;  // not crossed
        }
        const cosem::ScriptReference& script =
            above ? actions->entries[k].actionUp : actions->entries[k].actionDown;
        auto* table =
            dynamic_cast<ScriptTableObject*>(context.directory->find(script.scriptLogicalName));
        if (table != nullptr && table->execute(script.scriptSelector, context)) {
            ++run;
        }
    }
    return run;
}

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

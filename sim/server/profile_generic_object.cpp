#include "sim/server/profile_generic_object.h"

#include <algorithm>

#include "sim/server/object_directory.h"

namespace omt::sim {

namespace {
bool isIntegerParameter(const std::optional<Data>& parameters) {
    return !parameters || parameters->type() == dlms::DataType::Integer;
}

/// Element `dataIndex` (1-based) of an array or structure value; the value itself for 0.
Data pickDataIndex(const Data& value, std::uint16_t dataIndex) {
    if (dataIndex == 0) {
        return value;
    }
    const auto* elements = value.elements();
    if (elements == nullptr || dataIndex > elements->size()) {
        return Data::null();
    }
    return (*elements)[dataIndex - 1U];
}
}  // namespace

ProfileGenericObject::ProfileGenericObject(cosem::ObisCode logicalName, Config config)
    : CosemObject(logicalName), m_config(std::move(config)) {}

bool ProfileGenericObject::append(std::vector<Data> row) {
    if (row.size() != m_config.captureObjects.size()) {
        return false;
    }
    if (m_config.profileEntries == 0) {
        return true;  // a profile without memory keeps nothing
    }
    while (m_rows.size() >= m_config.profileEntries) {
        m_rows.pop_front();
    }
    m_rows.push_back(std::move(row));
    return true;
}

bool ProfileGenericObject::changeCapturePeriod(std::uint32_t period) {
    if (std::find(m_config.allowedPeriods.begin(), m_config.allowedPeriods.end(), period) ==
        m_config.allowedPeriods.end()) {
        return false;
    }
    if (period != m_config.capturePeriod) {
        m_config.capturePeriod = period;
        if (m_config.entriesForPeriod) {
            m_config.profileEntries = m_config.entriesForPeriod(period);
        }
        m_rows.clear();
    }
    return true;
}

void ProfileGenericObject::changeCaptureObjects(
    std::vector<cosem::CaptureObjectDefinition> columns) {
    if (columns == m_config.captureObjects) {
        return;
    }
    m_config.captureObjects = std::move(columns);
    if (m_config.entriesForPeriod) {
        m_config.profileEntries = m_config.entriesForPeriod(m_config.capturePeriod);
    }
    m_rows.clear();
}

bool ProfileGenericObject::selectiveWidthAllowed(const std::vector<std::size_t>& columns) const {
    if (m_config.maxSelectiveRegisters == 0) {
        return true;
    }
    const auto registers = std::count_if(columns.begin(), columns.end(), [this](std::size_t c) {
        return c < m_config.captureObjects.size() && m_config.captureObjects[c].classId != 8;
    });
    return static_cast<std::size_t>(registers) <= m_config.maxSelectiveRegisters;
}

int ProfileGenericObject::columnOf(const cosem::CaptureObjectDefinition& column) const {
    for (std::size_t i = 0; i < m_config.captureObjects.size(); ++i) {
        if (m_config.captureObjects[i] == column) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

Data ProfileGenericObject::rowData(const std::vector<Data>& row,
                                   const std::vector<std::size_t>& columns) const {
    std::vector<Data> out;
    out.reserve(columns.size());
    for (std::size_t c : columns) {
        out.push_back(c < row.size() ? row[c] : Data::null());
    }
    return Data::structure(std::move(out));
}

Expected<Data, DataAccessResult> ProfileGenericObject::selectByRange(
    const dlms::SelectiveAccessDescriptor& access) const {
    auto range = dlms::parseRangeDescriptor(access);
    if (!range) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    const int column = columnOf(cosem::CaptureObjectDefinition::fromApdu(range->restrictingObject));
    if (column < 0) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    auto columns =
        cosem::selectColumns(cosem::CaptureObjects{m_config.captureObjects}, range->selectedValues);
    if (!columns || !selectiveWidthAllowed(*columns)) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    std::vector<Data> out;
    for (const auto& row : m_rows) {
        auto inRange = cosem::isInRange(row[static_cast<std::size_t>(column)], range->fromValue,
                                        range->toValue, m_config.assumedDeviation);
        if (!inRange) {
            return DataAccessResult::ScopeOfAccessViolated;
        }
        if (*inRange) {
            out.push_back(rowData(row, *columns));
        }
    }
    return Data::array(std::move(out));
}

Expected<Data, DataAccessResult> ProfileGenericObject::selectByEntry(
    const dlms::SelectiveAccessDescriptor& access) const {
    auto entry = dlms::parseEntryDescriptor(access);
    if (!entry || entry->fromEntry == 0 || entry->fromSelectedValue == 0 ||
        (entry->toEntry != 0 && entry->toEntry < entry->fromEntry) ||
        (entry->toSelectedValue != 0 && entry->toSelectedValue < entry->fromSelectedValue)) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    const std::size_t width = m_config.captureObjects.size();
    const std::size_t lastColumn =
        entry->toSelectedValue == 0 ? width : std::min<std::size_t>(entry->toSelectedValue, width);
    std::vector<std::size_t> columns;
    for (std::size_t c = entry->fromSelectedValue; c <= lastColumn; ++c) {
        columns.push_back(c - 1);
    }
    if (!selectiveWidthAllowed(columns)) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    const std::size_t lastRow =
        entry->toEntry == 0 ? m_rows.size() : std::min<std::size_t>(entry->toEntry, m_rows.size());
    std::vector<Data> out;
    for (std::size_t r = entry->fromEntry; r <= lastRow; ++r) {
        out.push_back(rowData(m_rows[r - 1], columns));
    }
    return Data::array(std::move(out));
}

Expected<Data, DataAccessResult> ProfileGenericObject::get(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access && attributeIndex != 2) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    switch (attributeIndex) {
        case 1:
            return logicalNameData();
        case 2: {
            if (access) {
                if (access->accessSelector == dlms::RangeDescriptor::kSelector) {
                    return selectByRange(*access);
                }
                if (access->accessSelector == dlms::EntryDescriptor::kSelector) {
                    return selectByEntry(*access);
                }
                return DataAccessResult::ScopeOfAccessViolated;
            }
            std::vector<std::size_t> all(m_config.captureObjects.size());
            for (std::size_t i = 0; i < all.size(); ++i) {
                all[i] = i;
            }
            std::vector<Data> out;
            out.reserve(m_rows.size());
            for (const auto& row : m_rows) {
                out.push_back(rowData(row, all));
            }
            return Data::array(std::move(out));
        }
        case 3:
            return cosem::CaptureObjects{m_config.captureObjects}.toData();
        case 4:
            return Data::doubleLongUnsigned(m_config.capturePeriod);
        case 5:
            return cosem::enumData(cosem::SortMethod::Fifo);
        case 6:
            return cosem::CaptureObjectDefinition{}.toData();
        case 7:
            return Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_rows.size()));
        default:
            return Data::doubleLongUnsigned(m_config.profileEntries);
    }
}

DataAccessResult ProfileGenericObject::set(
    std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
    const Data& value, const RequestContext& /*context*/) {
    if (attributeIndex < 1 || attributeIndex > attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    if (access) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    if (attributeIndex == 3 && m_config.captureObjectsRule) {
        auto columns = cosem::CaptureObjects::fromData(value);
        if (!columns) {
            return DataAccessResult::TypeUnmatched;
        }
        const DataAccessResult verdict = m_config.captureObjectsRule(*columns);
        if (verdict != DataAccessResult::Success) {
            return verdict;
        }
        m_config.captureObjects = std::move(columns->entries);
        if (m_config.entriesForPeriod) {
            m_config.profileEntries = m_config.entriesForPeriod(m_config.capturePeriod);
        }
        m_rows.clear();
        if (m_listener) {
            m_listener(3);
        }
        return DataAccessResult::Success;
    }
    if (attributeIndex == 4 && !m_config.allowedPeriods.empty()) {
        const auto* period = value.as<std::uint64_t>();
        if (value.type() != dlms::DataType::DoubleLongUnsigned || period == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        const std::uint32_t before = m_config.capturePeriod;
        if (!changeCapturePeriod(static_cast<std::uint32_t>(*period))) {
            return DataAccessResult::OtherReason;
        }
        if (before != m_config.capturePeriod && m_listener) {
            m_listener(4);
        }
        return DataAccessResult::Success;
    }
    return DataAccessResult::ReadWriteDenied;
}

Expected<std::optional<Data>, ActionResult> ProfileGenericObject::invoke(
    std::int8_t methodIndex, const std::optional<Data>& parameters, RequestContext& context) {
    if (methodIndex < 1 || methodIndex > methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    if (!isIntegerParameter(parameters)) {
        return ActionResult::TypeUnmatched;
    }
    if (methodIndex == 1) {
        m_rows.clear();
        return std::optional<Data>{};
    }
    std::vector<Data> row;
    row.reserve(m_config.captureObjects.size());
    for (const auto& column : m_config.captureObjects) {
        CosemObject* object =
            context.directory != nullptr ? context.directory->find(column.logicalName) : nullptr;
        if (object == nullptr || object->classId() != column.classId ||
            object->logicalName() == logicalName()) {
            row.push_back(Data::null());
            continue;
        }
        auto value = object->get(column.attributeIndex, std::nullopt, context);
        row.push_back(value ? pickDataIndex(*value, column.dataIndex) : Data::null());
    }
    append(std::move(row));
    return std::optional<Data>{};
}

}  // namespace omt::sim

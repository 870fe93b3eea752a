#pragma once
// Profile generic (class 7, version 1) of a virtual meter: a FIFO buffer of captured rows with
// its capture objects, capture period and depth, read in full or selectively (access selector 1
// by range of a column, usually the clock; selector 2 by entry and column numbers), and the
// reset and capture methods. The meter appends rows itself (its loggers) or through capture().
//
//   ProfileGenericObject::Config lp;
//   lp.captureObjects = {{8, clockLn, 2, 0}, {3, energyLn, 2, 0}};
//   lp.capturePeriod = 900;
//   lp.allowedPeriods = {900, 1800, 3600};                  // attribute 4 writable
//   lp.entriesForPeriod = [](std::uint32_t p) { return 180u * 86400u / p; };
//   ProfileGenericObject profile(cosem::ObisCode(1, 0, 99, 1, 0, 255), lp);
//   profile.append({clockOctets, Data::doubleLongUnsigned(1234)});
//   profile.get(2, makeEntryDescriptor({.fromEntry = 1, .toEntry = 1}), ctx);  // oldest row
//   profile.set(4, std::nullopt, Data::doubleLongUnsigned(1800), ctx);         // clears buffer
//
// Rules chosen where the Blue Book leaves room:
//   - capture_objects (3) is writable only when a rule is configured (display lists); a valid
//     change clears the buffer. capture_period (4) is writable only to one of allowedPeriods;
//     a change to another period clears the buffer (writing the same period changes nothing).
//   - sort_method is FIFO, sort_object none, profile_entries fixed by the meter: read-only.
//   - Selective access that cannot be applied (unknown selector, malformed parameters, a
//     restricting or selected object that is no capture object, from_entry 0, uncomparable
//     range values, more register columns selected than maxSelectiveRegisters) is
//     ScopeOfAccessViolated. Entries beyond the buffer give an empty array.
//   - A new capture_objects (attribute 3, or the meter's changeCaptureObjects) clears the buffer
//     and, with entriesForPeriod, sets the depth for the new columns.

#include <deque>
#include <functional>
#include <vector>

#include "protocol/cosem/profile_generic.h"
#include "sim/server/cosem_object.h"

namespace omt::sim {

class ProfileGenericObject : public CosemObject {
public:
    struct Config {
        std::vector<cosem::CaptureObjectDefinition> captureObjects;
        std::uint32_t capturePeriod = 0;   ///< seconds; 0 = asynchronous (event loggers)
        std::uint32_t profileEntries = 0;  ///< the depth for the configured period
        /// Periods attribute 4 accepts; empty: attribute 4 is read-only.
        std::vector<std::uint32_t> allowedPeriods;
        /// Depth for a new period or new capture objects (profileEntries is kept when empty).
        std::function<std::uint32_t(std::uint32_t period)> entriesForPeriod;
        /// At most this many columns other than the clock (class 8) in a selective read; 0: no
        /// limit (the OMNIA's analysis logger: 36 of its up to 48 registers).
        std::size_t maxSelectiveRegisters = 0;
        /// Checks new capture objects; empty: attribute 3 is read-only.
        std::function<DataAccessResult(const cosem::CaptureObjects&)> captureObjectsRule;
        /// The deviation assumed for range values without one (the meter's time zone).
        std::int16_t assumedDeviation = 0;
    };

    ProfileGenericObject(cosem::ObisCode logicalName, Config config);

    std::uint16_t classId() const override { return 7; }
    std::uint8_t version() const override { return 1; }
    std::int8_t attributeCount() const override { return 8; }
    std::int8_t methodCount() const override { return 2; }

    /// 1 logical_name, 2 buffer (selectors 1 and 2), 3 capture_objects, 4 capture_period
    /// (double-long-unsigned), 5 sort_method (enum 1 FIFO), 6 sort_object, 7 entries_in_use,
    /// 8 profile_entries (both double-long-unsigned).
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// 3 and 4 as the header comment says (TypeUnmatched for a wrong shape, OtherReason for a
    /// period not allowed, the rule's result for capture objects); everything else
    /// ReadWriteDenied.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// 1 reset(integer 0): empties the buffer. 2 capture(integer 0): appends one row read from
    /// the capture objects in the context's directory (null-data for a missing object or
    /// attribute). TypeUnmatched for a parameter that is not an integer.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// Appends a row from the meter side (one value per capture object); the oldest row is
    /// dropped when the buffer is full. A row of the wrong width is ignored (returns false).
    bool append(std::vector<Data> row);
    /// Empties the buffer.
    void clear() { m_rows.clear(); }
    const std::deque<std::vector<Data>>& rows() const { return m_rows; }
    const std::vector<cosem::CaptureObjectDefinition>& captureObjects() const {
        return m_config.captureObjects;
    }
    std::uint32_t capturePeriod() const { return m_config.capturePeriod; }
    std::uint32_t profileEntries() const { return m_config.profileEntries; }
    /// Sets the period from the meter side (e.g. Z4): clears the buffer when it changes; false
    /// when the period is not allowed.
    bool changeCapturePeriod(std::uint32_t period);
    /// Sets the capture objects from the meter side (e.g. Z29): clears the buffer and sets the
    /// depth (entriesForPeriod) when they change.
    void changeCaptureObjects(std::vector<cosem::CaptureObjectDefinition> columns);
    /// Called after a SET changed attribute 3 or 4 (with the attribute index).
    void setChangeListener(std::function<void(std::int8_t attribute)> listener) {
        m_listener = std::move(listener);
    }
    /// The column index of a capture object, or -1.
    int columnOf(const cosem::CaptureObjectDefinition& column) const;

private:
    Expected<Data, DataAccessResult> selectByRange(
        const dlms::SelectiveAccessDescriptor& access) const;
    Expected<Data, DataAccessResult> selectByEntry(
        const dlms::SelectiveAccessDescriptor& access) const;
    Data rowData(const std::vector<Data>& row, const std::vector<std::size_t>& columns) const;
    /// Whether a selective read of `columns` stays within maxSelectiveRegisters.
    bool selectiveWidthAllowed(const std::vector<std::size_t>& columns) const;

    Config m_config;
    std::deque<std::vector<Data>> m_rows;
    std::function<void(std::int8_t)> m_listener;
};

}  // namespace omt::sim

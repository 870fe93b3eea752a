#pragma once
// A COSEM object backed by one of the protocol core's attribute views (a struct with
// attribute(i) / setAttribute(i, value), e.g. cosem::IecLocalPortSetup, cosem::IecHdlcSetup,
// cosem::SecuritySetup, cosem::Limiter, cosem::DisconnectControl): GET and SET go through the
// view, so every value is validated the way the view defines it. Attributes named read-only
// answer ReadWriteDenied to SET.
//
//   ViewObject<cosem::IecLocalPortSetup> port(19, 1, 9, cosem::IecLocalPortSetup{});
//   port.set(3, std::nullopt, Data::enumValue(5), ctx);   // default_baud 9600: Success
//   port.set(3, std::nullopt, Data::enumValue(12), ctx);  // OtherReason (enum 12 undefined)
//   port.set(3, std::nullopt, Data::unsigned8(5), ctx);   // TypeUnmatched

#include <set>

#include "sim/server/attribute_table_object.h"

namespace omt::sim {

template <class View>
class ViewObject : public CosemObject {
public:
    /// `view.logicalName` is the object's logical name; attributes 1..attributeCount.
    ViewObject(std::uint16_t classId, std::uint8_t version, std::int8_t attributeCount, View view,
               std::set<std::int8_t> readOnly = {}, std::int8_t methodCount = 0)
        : CosemObject(view.logicalName),
          m_classId(classId),
          m_version(version),
          m_attributeCount(attributeCount),
          m_methodCount(methodCount),
          m_view(std::move(view)),
          m_readOnly(std::move(readOnly)) {}

    std::uint16_t classId() const override { return m_classId; }
    std::uint8_t version() const override { return m_version; }
    std::int8_t attributeCount() const override { return m_attributeCount; }
    std::int8_t methodCount() const override { return m_methodCount; }

    /// The view's attribute; ObjectUndefined outside 1..attributeCount, ScopeOfAccessViolated
    /// for selective access.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& /*context*/) override {
        if (attributeIndex < 1 || attributeIndex > m_attributeCount) {
            return DataAccessResult::ObjectUndefined;
        }
        if (access) {
            return DataAccessResult::ScopeOfAccessViolated;
        }
        auto value = m_view.attribute(attributeIndex);
        if (!value) {
            return accessResultOf(value.error());
        }
        return std::move(*value);
    }

    /// ReadWriteDenied for logical_name and the read-only attributes, else the view's
    /// setAttribute mapped by accessResultOf(); nothing changes on failure.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& /*context*/) override {
        if (attributeIndex < 1 || attributeIndex > m_attributeCount) {
            return DataAccessResult::ObjectUndefined;
        }
        if (access) {
            return DataAccessResult::ScopeOfAccessViolated;
        }
        if (attributeIndex == 1 || m_readOnly.contains(attributeIndex)) {
            return DataAccessResult::ReadWriteDenied;
        }
        View changed = m_view;
        auto result = changed.setAttribute(attributeIndex, value);
        if (!result) {
            return accessResultOf(result.error());
        }
        const DataAccessResult verdict = checkChange(attributeIndex, changed);
        if (verdict == DataAccessResult::Success) {
            m_view = std::move(changed);
        }
        return verdict;
    }

    /// ObjectUndefined outside 1..methodCount, else invokeMethod().
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override {
        if (methodIndex < 1 || methodIndex > m_methodCount) {
            return ActionResult::ObjectUndefined;
        }
        return invokeMethod(methodIndex, parameters, context);
    }

    const View& view() const { return m_view; }
    /// Changes the state from the meter side (no checks).
    View& view() { return m_view; }

protected:
    /// A further check of a change the view accepted (`changed` is the candidate state).
    virtual DataAccessResult checkChange(std::int8_t /*attributeIndex*/, const View& /*changed*/) {
        return DataAccessResult::Success;
    }
    virtual Expected<std::optional<Data>, ActionResult> invokeMethod(
        std::int8_t /*methodIndex*/, const std::optional<Data>& /*parameters*/,
        RequestContext& /*context*/) {
        return ActionResult::OtherReason;
    }

private:
    std::uint16_t m_classId;
    std::uint8_t m_version;
    std::int8_t m_attributeCount;
    std::int8_t m_methodCount;
    View m_view;
    std::set<std::int8_t> m_readOnly;
};

}  // namespace omt::sim

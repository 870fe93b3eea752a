#include "sim/server/access_policy.h"

namespace omt::sim {

AttributeAccessMode ObjectRights::attribute(std::int8_t index) const {
    if (index < 1 || static_cast<std::size_t>(index) > attributes.size()) {
        return AttributeAccessMode::NoAccess;
    }
    return attributes[static_cast<std::size_t>(index) - 1];
}

MethodAccessMode ObjectRights::method(std::int8_t index) const {
    if (index < 1 || static_cast<std::size_t>(index) > methods.size()) {
        return MethodAccessMode::NoAccess;
    }
    return methods[static_cast<std::size_t>(index) - 1];
}

AccessPolicy& AccessPolicy::grant(const cosem::ObisCode& logicalName,
                                  std::vector<AttributeAccessMode> attributes,
                                  std::vector<MethodAccessMode> methods) {
    m_rights[logicalName] = ObjectRights{std::move(attributes), std::move(methods)};
    return *this;
}

AccessPolicy& AccessPolicy::grantAll(const cosem::ObisCode& logicalName, std::int8_t attributeCount,
                                     AttributeAccessMode mode, std::int8_t methodCount,
                                     MethodAccessMode methods) {
    const auto attributes = static_cast<std::size_t>(attributeCount < 0 ? 0 : attributeCount);
    const auto methodsCount = static_cast<std::size_t>(methodCount < 0 ? 0 : methodCount);
    return grant(logicalName, std::vector<AttributeAccessMode>(attributes, mode),
                 std::vector<MethodAccessMode>(methodsCount, methods));
}

const ObjectRights* AccessPolicy::find(const cosem::ObisCode& logicalName) const {
    const auto it = m_rights.find(logicalName);
    return it == m_rights.end() ? nullptr : &it->second;
}

bool AccessPolicy::canRead(const cosem::ObisCode& logicalName, std::int8_t index,
                           bool authenticatedRequest) const {
    const auto* rights = find(logicalName);
    return rights != nullptr && allowsRead(rights->attribute(index), authenticatedRequest);
}

bool AccessPolicy::canWrite(const cosem::ObisCode& logicalName, std::int8_t index,
                            bool authenticatedRequest) const {
    const auto* rights = find(logicalName);
    return rights != nullptr && allowsWrite(rights->attribute(index), authenticatedRequest);
}

bool AccessPolicy::canInvoke(const cosem::ObisCode& logicalName, std::int8_t index,
                             bool authenticatedRequest) const {
    const auto* rights = find(logicalName);
    return rights != nullptr && allowsInvoke(rights->method(index), authenticatedRequest);
}

bool AccessPolicy::allowsRead(AttributeAccessMode mode, bool authenticatedRequest) {
    switch (mode) {
        case AttributeAccessMode::ReadOnly:
        case AttributeAccessMode::ReadAndWrite:
            return true;
        case AttributeAccessMode::AuthenticatedReadOnly:
        case AttributeAccessMode::AuthenticatedReadAndWrite:
            return authenticatedRequest;
        default:
            return false;
    }
}

bool AccessPolicy::allowsWrite(AttributeAccessMode mode, bool authenticatedRequest) {
    switch (mode) {
        case AttributeAccessMode::WriteOnly:
        case AttributeAccessMode::ReadAndWrite:
            return true;
        case AttributeAccessMode::AuthenticatedWriteOnly:
        case AttributeAccessMode::AuthenticatedReadAndWrite:
            return authenticatedRequest;
        default:
            return false;
    }
}

bool AccessPolicy::allowsInvoke(MethodAccessMode mode, bool authenticatedRequest) {
    switch (mode) {
        case MethodAccessMode::Access:
            return true;
        case MethodAccessMode::AuthenticatedAccess:
            return authenticatedRequest;
        default:
            return false;
    }
}

}  // namespace omt::sim

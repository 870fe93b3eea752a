#pragma once
// The access rights of one association (one client SAP): for each object it may see, the access
// mode of every attribute and method, as Association LN version 1 lists them in its object_list
// (attribute modes no-access .. authenticated-read-and-write, method modes no-access, access,
// authenticated-access). An object the policy does not name is invisible to the association: it
// is not in the object_list and every request for it is answered object-undefined, as if the
// meter did not have it. Attributes and methods the policy does not list are no-access.
//
//   AccessPolicy reader;
//   reader.grant(clockLn, {ReadOnly, ReadOnly, ReadOnly}, {NoAccess});   // attributes 1..3
//   reader.canRead(clockLn, 2, false);                                    // true
//   reader.canWrite(clockLn, 2, false);                                   // false
//
// "Authenticated" modes (Blue Book, Association LN version 1+) allow the access only to a
// request that arrived ciphered with authentication (security control bit 4 set).

#include <cstdint>
#include <map>
#include <vector>

#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/obis.h"

namespace omt::sim {

using cosem::AttributeAccessMode;
using cosem::MethodAccessMode;

/// The rights on one object: attributes[0] is attribute 1, methods[0] is method 1.
struct ObjectRights {
    std::vector<AttributeAccessMode> attributes;
    std::vector<MethodAccessMode> methods;
    /// The mode of attribute `index` (NoAccess when not listed or index < 1).
    AttributeAccessMode attribute(std::int8_t index) const;
    /// The mode of method `index` (NoAccess when not listed or index < 1).
    MethodAccessMode method(std::int8_t index) const;
};

class AccessPolicy {
public:
    /// Makes `logicalName` visible with these rights (replacing earlier ones); returns *this.
    AccessPolicy& grant(const cosem::ObisCode& logicalName,
                        std::vector<AttributeAccessMode> attributes,
                        std::vector<MethodAccessMode> methods = {});
    /// Makes `logicalName` visible with `attributeCount` attributes of mode `mode` and
    /// `methodCount` methods of mode `methods`.
    AccessPolicy& grantAll(const cosem::ObisCode& logicalName, std::int8_t attributeCount,
                           AttributeAccessMode mode, std::int8_t methodCount = 0,
                           MethodAccessMode methods = MethodAccessMode::NoAccess);
    /// The rights on an object, or nullptr when the object is invisible to this association.
    const ObjectRights* find(const cosem::ObisCode& logicalName) const;
    bool visible(const cosem::ObisCode& logicalName) const { return find(logicalName) != nullptr; }

    /// May attribute `index` be read by a request (authenticated or not)?
    bool canRead(const cosem::ObisCode& logicalName, std::int8_t index,
                 bool authenticatedRequest) const;
    /// May attribute `index` be written?
    bool canWrite(const cosem::ObisCode& logicalName, std::int8_t index,
                  bool authenticatedRequest) const;
    /// May method `index` be invoked?
    bool canInvoke(const cosem::ObisCode& logicalName, std::int8_t index,
                   bool authenticatedRequest) const;

    /// Whether a mode allows reading / writing / invoking for such a request.
    static bool allowsRead(AttributeAccessMode mode, bool authenticatedRequest);
    static bool allowsWrite(AttributeAccessMode mode, bool authenticatedRequest);
    static bool allowsInvoke(MethodAccessMode mode, bool authenticatedRequest);

private:
    std::map<cosem::ObisCode, ObjectRights> m_rights;
};

}  // namespace omt::sim

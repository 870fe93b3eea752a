#pragma once
// Association LN (class 15, version 1) as "current association" (0.0.40.0.0.255): one object in
// the directory that answers for whichever association asks (RequestContext::association). Its
// object_list is generated from the directory with that association's access rights: objects the
// policy does not name are left out, and each listed attribute and method carries the policy's
// access mode (version 1 enum form).
//
//   directory.add(std::make_unique<AssociationLnObject>());
//   // GET 15 / 0.0.40.0.0.255 / 2 on the public association -> the public client's object list
//   // ACTION 15 / 0.0.40.0.0.255 / 1 (f(StoC)) -> f(CtoS) on a pending HLS association

#include "sim/server/cosem_object.h"

namespace omt::sim {

inline constexpr cosem::ObisCode kCurrentAssociationLn{0, 0, 40, 0, 0, 255};

class AssociationLnObject : public CosemObject {
public:
    explicit AssociationLnObject(cosem::ObisCode logicalName = kCurrentAssociationLn)
        : CosemObject(logicalName) {}

    std::uint16_t classId() const override { return 15; }
    std::uint8_t version() const override { return 1; }
    std::int8_t attributeCount() const override { return 9; }
    std::int8_t methodCount() const override { return 4; }

    /// 1 logical_name, 2 object_list, 3 associated_partners_id, 4 application_context_name
    /// (octet-string form of the OID), 5 xDLMS_context_info, 6 authentication_mechanism_name,
    /// 7 secret (never disclosed: ReadWriteDenied), 8 association_status, 9
    /// security_setup_reference. TemporaryFailure without an association in the context.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// Nothing here is written over the wire in this slice: ReadWriteDenied (ObjectUndefined for
    /// an attribute index outside 1..9).
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// 1 reply_to_HLS_authentication(octet-string f(StoC)) -> octet-string f(CtoS), through
    /// the context's AssociationSession. 2 change_HLS_secret, 3 add_object, 4 remove_object are
    /// not implemented: ReadWriteDenied.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// The object_list an association with `context`'s directory and policy sees.
    static cosem::ObjectList objectListFor(const RequestContext& context);
};

}  // namespace omt::sim

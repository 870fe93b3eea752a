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
//
// A second form describes another client's association rather than the current one (Blue Book:
// instances 0.0.40.0.e.255, e > 0), e.g. the reader's association 0.0.40.0.2.255 as the
// management association sees it: attributes 2..9 come from that association's configuration
// (its object_list, partners, context, mechanism, offered xDLMS context, status
// non-associated), and writing its secret (attribute 7) changes that association's LLS
// password for its next AARQ.
//
//   auto reader = std::make_unique<AssociationLnObject>(ObisCode(0, 0, 40, 0, 2, 255), secrets);
//   reader->describe(readerConfig);
//   // SET 15 / 0.0.40.0.2.255 / 7 octet-string "87654321" -> the reader's new password
//
// Secrets (Green Book 9.2.2.2, Blue Book class 15): an LLS secret is changed by writing the
// secret attribute; change_HLS_secret changes the secret of HLS mechanisms that have one
// (2, 3, 4, 6). With HLS-GMAC (mechanism 5) the f(StoC) / f(CtoS) proofs are GMACs under the
// global keys of the Security setup, so there is no separate HLS secret: those keys are changed
// with the Security setup's global_key_transfer, and change_HLS_secret on such an association
// is refused (read-write-denied), as is writing its secret attribute.

#include <memory>
#include <optional>

#include "sim/server/association_secrets.h"
#include "sim/server/cosem_object.h"
#include "sim/server/server_association.h"

namespace omt::sim {

inline constexpr cosem::ObisCode kCurrentAssociationLn{0, 0, 40, 0, 0, 255};

class AssociationLnObject : public CosemObject {
public:
    explicit AssociationLnObject(cosem::ObisCode logicalName = kCurrentAssociationLn,
                                 std::shared_ptr<AssociationSecrets> secrets = nullptr)
        : CosemObject(logicalName), m_secrets(std::move(secrets)) {}

    /// Makes this object describe the association of `config` instead of the current one.
    void describe(AssociationConfig config) { m_described = std::move(config); }

    std::uint16_t classId() const override { return 15; }
    std::uint8_t version() const override { return 1; }
    std::int8_t attributeCount() const override { return 9; }
    std::int8_t methodCount() const override { return 4; }

    /// 1 logical_name, 2 object_list, 3 associated_partners_id, 4 application_context_name
    /// (octet-string form of the OID), 5 xDLMS_context_info, 6 authentication_mechanism_name,
    /// 7 secret (never disclosed: ReadWriteDenied), 8 association_status, 9
    /// security_setup_reference. TemporaryFailure without an association in the context (for
    /// the current-association form).
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// Only attribute 7 (secret) is writable, on an LLS association with shared secrets: the
    /// new LLS password (octet-string of 1..32 octets, for the next AARQ). Errors: TypeUnmatched
    /// (not an octet-string), OtherReason (empty or too long), ReadWriteDenied (any other
    /// attribute, or an association without an LLS secret), ObjectUndefined (index outside
    /// 1..9).
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// 1 reply_to_HLS_authentication(octet-string f(StoC)) -> octet-string f(CtoS), through
    /// the context's AssociationSession (current-association form only). 2
    /// change_HLS_secret(octet-string): TypeUnmatched for another parameter, else
    /// ReadWriteDenied (the meters' associations have no HLS secret of their own, see the
    /// header). 3 add_object, 4 remove_object: the object lists are fixed, ReadWriteDenied.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// The object_list an association with `context`'s directory and policy sees.
    static cosem::ObjectList objectListFor(const RequestContext& context);

private:
    std::shared_ptr<AssociationSecrets> m_secrets;
    std::optional<AssociationConfig> m_described;
};

}  // namespace omt::sim

#pragma once
// The server side of a COSEM interface object: what a virtual meter keeps per object and how it
// answers GET, SET and ACTION for one attribute or method. Access rights are not checked here
// (AccessPolicy does that before an object is asked); an object checks only what it knows itself:
// that the attribute exists, the type of a new value, the parameters of a method.
//
//   DataObject serial(cosem::ObisCode(0, 0, 96, 1, 0, 255), Data::octetString(bytesOf("123")));
//   auto v = serial.get(2, std::nullopt, ctx);             // octet-string "123"
//   serial.set(2, std::nullopt, Data::long16(1), ctx);     // DataAccessResult::TypeUnmatched
//
// Every wire value reaching an object is untrusted: no assert is reachable from a request.

#include <cstdint>
#include <optional>

#include "protocol/common/expected.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::sim {

using dlms::ActionResult;
using dlms::Data;
using dlms::DataAccessResult;

class AccessPolicy;
class ObjectDirectory;

/// What the current association offers to the objects that describe it (Association LN, class
/// 15, instance 0.0.40.0.0.255 "current association"). ServerAssociation implements it.
class AssociationSession {
public:
    virtual ~AssociationSession() = default;
    /// associated_partners_id: the client SAP and the server SAP of this association.
    virtual cosem::AssociatedPartnersId partners() const = 0;
    /// The application context the association was established with (or is configured for).
    virtual dlms::ApplicationContextName applicationContext() const = 0;
    /// The authentication mechanism of the association.
    virtual dlms::MechanismName mechanism() const = 0;
    /// xDLMS_context_info: negotiated conformance and PDU sizes.
    virtual cosem::XdlmsContextInfo xdlmsContextInfo() const = 0;
    /// association_status: non-associated, association-pending (HLS pass 3 outstanding),
    /// associated.
    virtual cosem::AssociationStatus status() const = 0;
    /// security_setup_reference (attribute 9 of version 1): logical name of the Security setup
    /// object of this association.
    virtual cosem::ObisCode securitySetupReference() const = 0;
    /// reply_to_HLS_authentication (method 1): checks f(StoC) and returns f(CtoS) as an
    /// octet-string. Errors: ReadWriteDenied when f(StoC) does not verify (the association is
    /// then released) or no HLS handshake is pending; TypeUnmatched for a parameter that is not
    /// an octet-string.
    virtual Expected<Data, ActionResult> replyToHlsAuthentication(const Data& fStoC) = 0;
};

/// Everything an object may need to know about the request it answers.
struct RequestContext {
    const ObjectDirectory* directory = nullptr;  ///< the meter's objects
    const AccessPolicy* policy = nullptr;        ///< the rights of the current association
    AssociationSession* association = nullptr;   ///< the current association
    /// true when the request arrived ciphered with authentication (security control bit 4):
    /// what the "authenticated" access modes ask for.
    bool authenticatedRequest = false;
};

/// The server side of one COSEM object.
class CosemObject {
public:
    explicit CosemObject(cosem::ObisCode logicalName) : m_logicalName(logicalName) {}
    virtual ~CosemObject() = default;
    CosemObject(const CosemObject&) = delete;
    CosemObject& operator=(const CosemObject&) = delete;

    /// The interface class id (1 Data, 3 Register, 8 Clock, 15 Association LN ...).
    virtual std::uint16_t classId() const = 0;
    /// The version of the interface class this object implements.
    virtual std::uint8_t version() const = 0;
    /// Number of attributes; they are numbered 1..attributeCount() (1 is logical_name).
    virtual std::int8_t attributeCount() const = 0;
    /// Number of methods; numbered 1..methodCount().
    virtual std::int8_t methodCount() const = 0;

    const cosem::ObisCode& logicalName() const { return m_logicalName; }

    /// The value of attribute `attributeIndex`. Errors: ObjectUndefined (no such attribute),
    /// ScopeOfAccessViolated (selective access on an attribute that has none, or parameters it
    /// cannot apply), TemporaryFailure / OtherReason for a value that cannot be produced.
    virtual Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) = 0;

    /// Replaces attribute `attributeIndex` with `value`; on any error nothing changes.
    /// Returns Success, ObjectUndefined (no such attribute), ReadWriteDenied (an attribute the
    /// object never lets anybody write, e.g. logical_name), TypeUnmatched (wrong type or shape),
    /// ScopeOfAccessViolated (selective access given), OtherReason (value out of range).
    virtual DataAccessResult set(std::int8_t attributeIndex,
                                 const std::optional<dlms::SelectiveAccessDescriptor>& access,
                                 const Data& value, const RequestContext& context) = 0;

    /// Invokes method `methodIndex`; returns the return parameters, if any. Errors:
    /// ObjectUndefined (no such method), TypeUnmatched (wrong parameters), and what the method
    /// itself refuses.
    virtual Expected<std::optional<Data>, ActionResult> invoke(
        std::int8_t methodIndex, const std::optional<Data>& parameters,
        RequestContext& context) = 0;

protected:
    /// Attribute 1 as an octet-string(6).
    Data logicalNameData() const { return Data::octetString(m_logicalName.toBytes()); }

private:
    cosem::ObisCode m_logicalName;
};

/// true when `value` has the same type as `like` and, for arrays and structures, the same shape
/// (element count of a structure, element types recursively). Used for type-unmatched checks.
bool sameShape(const Data& value, const Data& like);

}  // namespace omt::sim

#pragma once
// The server side of one DLMS/COSEM application association (one client SAP of a virtual meter),
// sans-I/O: a complete APDU in (as the HDLC or wrapper layer delivers it), the APDU to send back
// out (or nothing). It runs the ACSE (AARQ -> AARE, RLRQ -> RLRE), the xDLMS context
// negotiation, HLS-GMAC (mechanism 5, security suite 0), the ciphering of every xDLMS APDU on
// the ciphered association, and the GET / SET / ACTION services against an ObjectDirectory with
// the association's AccessPolicy.
//
//   ObjectDirectory meter;                       // shared by every association of the meter
//   ServerAssociation publicClient(AssociationConfig::publicClient(publicPolicy), meter);
//   auto aare = publicClient.handleApdu(aarqBytes);        // 61 29 A1 09 ... accepted
//   auto rsp = publicClient.handleApdu(getClockBytes);     // C4 01 C1 00 09 0C 07 EA ...
//
// The three associations a real meter separates (client SAPs as the DLMS UA reserves them):
//   0x10 public client      no security (lowest level), LN context, typically identity + clock
//   0x20 reader             LLS (password), LN context, read-only rights
//   0x01 management client  HLS-GMAC, ciphered LN context; every xDLMS APDU AES-GCM protected
//        (authenticated encryption), invocation counters checked. 0x01 is the DLMS UA
//        "management" client; utilities that use 0x30 configure it through clientSap.
//
// Behaviour chosen where the standard leaves room, as real meters do it:
//   - An xDLMS APDU before an association exists (or after its release) is discarded: no
//     response (the client sees its link-layer time-out). A non-HLS server answers nothing
//     rather than give away anything about its configuration.
//   - RLRQ: answered RLRE (reason normal) when an association exists, nothing otherwise. On the
//     ciphered association an RLRQ carrying a (glo-)InitiateRequest must decipher, and the RLRE
//     then carries a ciphered InitiateResponse; one that does not decipher is ignored.
//   - An AARQ while an association (or a pending HLS one) exists is rejected (rejected-permanent,
//     no-reason-given); release it first.
//   - An unknown object, an object invisible to the association and an attribute / method
//     index the object does not have are all object-undefined (Green Book: the referenced
//     object does not exist for this association); a class id that does not match the object
//     is object-class-inconsistent; an attribute the association has no right to is
//     read-write-denied; selective access on an attribute without access selectors is
//     scope-of-access-violated.
//   - HLS: a glo-initiate-request that does not decipher (wrong keys), or whose invocation
//     counter is not above the last one the meter accepted from the client (a replay; the
//     meter keeps it across associations, see AssociationSecrets), is rejected with
//     authentication-failure and a ConfirmedServiceError application-reference /
//     deciphering-error.
//   - While an HLS association is pending, only reply_to_HLS_authentication of 0.0.40.0.0.255
//     is allowed; anything else gets read-write-denied. A wrong f(StoC) is answered
//     read-write-denied and the association is released.
//   - Exception-response (plain, it has no glo- form): unknown APDU tag -> service-unknown /
//     service-not-supported; a known request this server does not implement (with-list ACTION,
//     SET-with-list in blocks, SN referencing, GBT) or a service not negotiated ->
//     service-not-allowed / service-not-supported; a malformed request -> service-not-allowed /
//     other-reason; an APDU above the server max receive PDU size -> pdu-too-long; a list
//     longer than maxListItems -> operation-not-possible; on the ciphered association a plain
//     request -> operation-not-possible, a failed decipher -> deciphering-error, a replayed
//     invocation counter -> invocation-counter-error carrying the next acceptable counter; a
//     ciphered request on a non-ciphered association -> service-not-supported.
//   - A GET response longer than the client max receive PDU size is sent with block transfer
//     when block-transfer-with-get was negotiated, otherwise answered other-reason.
//   - Block SET (block-transfer-with-set): SET-Request-With-First-Datablock is checked at once
//     (object, class, attribute, right: an error ends the transfer with SET-Response-Last-
//     Datablock carrying it); each block that is not the last is acknowledged with
//     SET-Response-Datablock(its number); after the last block the raw data, which must be one
//     complete A-XDR value (else type-unmatched), is written and the result comes in
//     SET-Response-Last-Datablock. A block number other than the next one ends the transfer
//     with data-block-number-invalid, a block without a transfer gets no-long-set-in-progress,
//     more than kMaxLongTransfer octets long-set-aborted.
//   - Block ACTION (block-transfer-with-action): long parameters arrive in
//     ACTION-Request-With-First-Pblock / -With-Pblock, each block but the last acknowledged by
//     ACTION-Response-Next-Pblock; the method then runs. Refusals and errors come in
//     ACTION-Response-Normal: the right as for a normal ACTION, a wrong block number
//     long-action-aborted, a block without a transfer no-long-action-in-progress. A response
//     longer than the client max receive PDU size is sent in ACTION-Response-With-Pblock blocks
//     (raw data: the response's action-result and optional return parameters, as
//     ACTION-Response-Normal carries them after its invoke-id), the client asking for each next
//     one with ACTION-Request-Next-Pblock(number of the last block it got); without
//     block-transfer-with-action negotiated it is answered other-reason (the method has run).
//   - Any other request ends a long GET, SET or ACTION in progress.

#include <cstdint>
#include <memory>
#include <optional>

#include "protocol/common/bytes.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/security/security_context.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_secrets.h"
#include "sim/server/cosem_object.h"
#include "sim/server/object_directory.h"

namespace omt::sim {

inline constexpr std::uint16_t kPublicClientSap = 0x10;
inline constexpr std::uint16_t kReaderClientSap = 0x20;
inline constexpr std::uint16_t kManagementClientSap = 0x01;

/// The most raw data a block SET or block ACTION request may carry in total.
inline constexpr std::size_t kMaxLongTransfer = 64 * 1024;

/// The smallest client max receive PDU size accepted (Green Book: 12).
inline constexpr std::uint16_t kMinClientPduSize = 12;

/// How a client authenticates on an association.
enum class Authentication {
    None,           ///< lowest level security, LN context
    LowLevel,       ///< LLS password, LN context
    HighLevelGmac,  ///< HLS mechanism 5, ciphered LN context, suite 0
};
/// "none", "low-level", "high-level-gmac".
const char* nameOf(Authentication a);

/// The conformance block the virtual meters offer: get, set, action, selective-access,
/// block-transfer-with-get-or-read, -with-set-or-write, -with-action, multiple-references.
dlms::Conformance serverConformance();

/// Everything that distinguishes one association of a meter from another.
struct AssociationConfig {
    std::uint16_t clientSap = kPublicClientSap;
    std::uint16_t serverSap = 1;  ///< upper HDLC address of the logical device
    Authentication authentication = Authentication::None;
    Bytes password;  ///< LLS secret
    /// HLS: the meter's system title and its global unicast EK and AK.
    std::optional<dlms::security::SystemTitle> systemTitle;
    std::optional<dlms::security::SecurityKeys> keys;
    /// The meter's changeable secrets. When set, an AARQ is checked against its LLS password
    /// and a ciphered association uses its EK / AK (password and keys above are then unused),
    /// and the meter's invocation counter continues from it and is recorded back into it after
    /// each protected APDU.
    std::shared_ptr<AssociationSecrets> secrets;
    AccessPolicy policy;
    dlms::Conformance conformance = serverConformance();
    std::uint16_t serverMaxReceivePduSize = 1024;
    std::size_t maxListItems = 16;   ///< GET/SET-with-list bound
    std::size_t challengeSize = 16;  ///< StoC length (8..64)
    cosem::ObisCode securitySetupReference{0, 0, 43, 0, 0, 255};

    /// SAP 0x10, no security.
    static AssociationConfig publicClient(AccessPolicy policy);
    /// SAP 0x20, LLS with `password`.
    static AssociationConfig reader(Bytes password, AccessPolicy policy);
    /// SAP 0x01, HLS-GMAC with the meter's title and keys.
    static AssociationConfig management(dlms::security::SystemTitle systemTitle,
                                        dlms::security::SecurityKeys keys, AccessPolicy policy);
};

class ServerAssociation : public AssociationSession {
public:
    /// `directory` must outlive the association; several associations may share it.
    ServerAssociation(AssociationConfig config, ObjectDirectory& directory);

    /// Handles one complete APDU received from the client; returns the APDU to send back, or
    /// nullopt when nothing is sent (see the header comment). Never throws, never asserts on
    /// input.
    std::optional<Bytes> handleApdu(ByteView apdu);

    /// The lower layer lost the connection (HDLC DISC, TCP close): back to non-associated, any
    /// long GET and the security state of the association are dropped.
    void abort();

    const AssociationConfig& config() const { return m_config; }
    /// The client max receive PDU size of the established association (0 when none).
    std::uint16_t clientMaxReceivePduSize() const { return m_clientMaxPdu; }
    /// The negotiated conformance (empty when no association).
    dlms::Conformance negotiatedConformance() const { return m_negotiated; }
    /// The ciphered association's security state (nullptr when none).
    const dlms::security::SecurityContext* securityContext() const {
        return m_security ? &*m_security : nullptr;
    }

    // AssociationSession
    cosem::AssociatedPartnersId partners() const override;
    dlms::ApplicationContextName applicationContext() const override;
    dlms::MechanismName mechanism() const override;
    cosem::XdlmsContextInfo xdlmsContextInfo() const override;
    cosem::AssociationStatus status() const override { return m_status; }
    cosem::ObisCode securitySetupReference() const override;
    Expected<Data, ActionResult> replyToHlsAuthentication(const Data& fStoC) override;

private:
    struct LongGet {
        dlms::InvokeIdAndPriority invokeId;
        Bytes raw;
        std::size_t offset = 0;
        std::uint32_t blockNumber = 0;  ///< number of the last block sent
    };

    Bytes handleAarq(ByteView apdu);
    std::optional<Bytes> handleRlrq(ByteView apdu);
    std::optional<Bytes> handleXdlms(ByteView plain, bool authenticatedRequest);
    Bytes handleGetNormal(const dlms::GetRequestNormal& request, RequestContext& context);
    Bytes handleGetNext(const dlms::GetRequestNext& request);
    Bytes handleGetWithList(const dlms::GetRequestWithList& request, RequestContext& context);
    Bytes handleSetNormal(const dlms::SetRequestNormal& request, RequestContext& context);
    Bytes handleSetWithList(const dlms::SetRequestWithList& request, RequestContext& context);
    Bytes handleActionNormal(const dlms::ActionRequestNormal& request, RequestContext& context);
    Bytes handleSetFirstBlock(const dlms::SetRequestWithFirstDataBlock& request,
                              RequestContext& context);
    Bytes handleSetBlock(const dlms::SetRequestWithDataBlock& request, RequestContext& context);
    Bytes handleActionFirstBlock(const dlms::ActionRequestWithFirstPBlock& request,
                                 RequestContext& context);
    Bytes handleActionBlock(const dlms::ActionRequestWithPBlock& request, RequestContext& context);
    Bytes handleActionNextBlock(const dlms::ActionRequestNextPBlock& request);
    /// The object of `method` when it exists, is visible, has that class and method, and the
    /// association may invoke it now; else the action-result.
    Expected<CosemObject*, ActionResult> resolveMethod(const dlms::CosemMethodDescriptor& method,
                                                       const RequestContext& context) const;
    /// Invokes a resolved method and encodes its response (in blocks when long).
    Bytes invokeAndAnswer(dlms::InvokeIdAndPriority invokeId, CosemObject& object,
                          const dlms::CosemMethodDescriptor& method,
                          const std::optional<Data>& parameters, RequestContext& context);
    Bytes actionAnswer(dlms::InvokeIdAndPriority invokeId, ActionResult result,
                       std::optional<Data> returned = std::nullopt);
    Bytes nextActionBlock();

    enum class AttributeAccess { Read, Write };
    /// The object behind `attribute` when it exists, is visible to this association, has that
    /// class and attribute, and the association may access it so; else the data-access-result.
    Expected<CosemObject*, DataAccessResult> resolveAttribute(
        const dlms::CosemAttributeDescriptor& attribute, AttributeAccess access,
        const RequestContext& context);
    dlms::GetDataResult getOne(const dlms::CosemAttributeDescriptor& attribute,
                               const std::optional<dlms::SelectiveAccessDescriptor>& access,
                               RequestContext& context);
    DataAccessResult setOne(const dlms::CosemAttributeDescriptor& attribute,
                            const std::optional<dlms::SelectiveAccessDescriptor>& access,
                            const Data& value, RequestContext& context);
    Bytes startLongGet(dlms::InvokeIdAndPriority invokeId, Bytes raw);
    Bytes nextBlock();
    std::size_t responseLimit() const;
    Bytes encodeOrException(const dlms::Apdu& apdu) const;
    void release();
    /// true when the association runs on the shared secrets' current global EK.
    bool usesSharedKey() const;
    /// Moves our invocation counter up to the shared one before protecting an APDU.
    void syncInvocationCounter();
    /// Records the invocation counter reached into the shared secrets.
    void recordInvocationCounter();

    AssociationConfig m_config;
    ObjectDirectory& m_directory;
    cosem::AssociationStatus m_status = cosem::AssociationStatus::NonAssociated;
    dlms::Conformance m_negotiated;
    std::uint16_t m_clientMaxPdu = 0;
    std::optional<dlms::security::SecurityContext> m_security;
    Bytes m_clientChallenge;  ///< CtoS
    Bytes m_serverChallenge;  ///< StoC
    bool m_releaseAfterResponse = false;
    bool m_cipheredRequest = false;  ///< the request being answered arrived ciphered
    std::optional<LongGet> m_longGet;
    /// A block SET or block ACTION whose blocks are arriving.
    struct LongRequest {
        dlms::InvokeIdAndPriority invokeId;
        bool action = false;
        dlms::CosemAttributeDescriptor attribute;
        std::optional<dlms::SelectiveAccessDescriptor> access;
        dlms::CosemMethodDescriptor method;
        Bytes raw;
        std::uint32_t blockNumber = 0;  ///< number of the last block received
    };
    std::optional<LongRequest> m_longRequest;
    /// Long ACTION return parameters being sent in blocks (same bookkeeping as a long GET).
    std::optional<LongGet> m_longAction;
};

}  // namespace omt::sim

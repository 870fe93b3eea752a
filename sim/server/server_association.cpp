#include "sim/server/server_association.h"

#include <algorithm>

#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/hls_gmac.h"
#include "sim/server/association_ln_object.h"

namespace omt::sim {

namespace sec = dlms::security;
using dlms::Aare;
using dlms::AcseServiceUserDiagnostic;
using dlms::ApplicationContextName;
using dlms::AssociationResult;
using dlms::ConformanceBit;
using dlms::ExceptionResponse;
using dlms::ExceptionServiceError;
using dlms::MechanismName;
using dlms::StateError;

namespace {

/// Bytes a glo-/general-glo-ciphering wrapper adds at most: tag, length (3), system title with
/// its length (9), security header (5), GCM tag (12).
constexpr std::size_t kCipherOverhead = 30;
/// Bytes of a GetResponseWithDataBlock around its raw data: C4 02 iid last block(4) choice, and
/// a length of up to 5 bytes.
constexpr std::size_t kBlockHeaderOverhead = 14;
/// Smallest raw-data block sent, however small the client's PDU size.
constexpr std::size_t kMinBlockSize = 1;

/// Initiate-error values (ServiceError family initiate).
constexpr std::uint8_t kInitiateOther = 0;
constexpr std::uint8_t kInitiateDlmsVersionTooLow = 1;
constexpr std::uint8_t kInitiateIncompatibleConformance = 2;
constexpr std::uint8_t kInitiatePduSizeTooShort = 3;
/// Application-reference value deciphering-error.
constexpr std::uint8_t kApplicationReferenceDecipheringError = 6;

Bytes exceptionBytes(StateError state, ExceptionServiceError service,
                     std::uint32_t invocationCounter = 0) {
    auto encoded = dlms::encodeApdu(ExceptionResponse{state, service, invocationCounter});
    return encoded ? std::move(*encoded) : Bytes{0xD8, 0x01, 0x03};
}

Bytes encodeAareOrEmpty(const Aare& aare) {
    auto encoded = dlms::encodeAare(aare);
    return encoded ? std::move(*encoded) : Bytes{};
}

Aare rejection(ApplicationContextName context, dlms::AssociateSourceDiagnostic diagnostic,
               std::optional<Bytes> userInformation = std::nullopt) {
    Aare aare;
    aare.applicationContext = context;
    aare.result = AssociationResult::RejectedPermanent;
    aare.diagnostic = diagnostic;
    aare.userInformation = std::move(userInformation);
    return aare;
}

Bytes confirmedServiceError(dlms::ServiceErrorKind kind, std::uint8_t value) {
    auto encoded = dlms::encodeApdu(dlms::ConfirmedServiceError{
        dlms::ConfirmedServiceChoice::InitiateError, dlms::ServiceError{kind, value}});
    return encoded ? std::move(*encoded) : Bytes{};
}

/// Constant-time comparison of two secrets of possibly different length.
bool sameSecret(ByteView a, ByteView b) {
    std::uint8_t diff = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        diff = static_cast<std::uint8_t>(diff | (a[i] ^ b[i]));
    }
    return diff == 0;
}

bool isHlsReply(std::uint16_t classId, const cosem::ObisCode& ln, std::int8_t method) {
    return classId == 15 && ln == kCurrentAssociationLn && method == 1;
}

}  // namespace

const char* nameOf(Authentication a) {
    switch (a) {
        case Authentication::None:
            return "none";
        case Authentication::LowLevel:
            return "low-level";
        case Authentication::HighLevelGmac:
            return "high-level-gmac";
    }
    return "unknown";
}

dlms::Conformance serverConformance() {
    return dlms::Conformance{}
        .set(ConformanceBit::Get)
        .set(ConformanceBit::Set)
        .set(ConformanceBit::Action)
        .set(ConformanceBit::SelectiveAccess)
        .set(ConformanceBit::BlockTransferWithGetOrRead)
        .set(ConformanceBit::BlockTransferWithSetOrWrite)
        .set(ConformanceBit::BlockTransferWithAction)
        .set(ConformanceBit::MultipleReferences);
}

AssociationConfig AssociationConfig::publicClient(AccessPolicy policy) {
    AssociationConfig config;
    config.clientSap = kPublicClientSap;
    config.authentication = Authentication::None;
    config.policy = std::move(policy);
    return config;
}

AssociationConfig AssociationConfig::reader(Bytes password, AccessPolicy policy) {
    AssociationConfig config;
    config.clientSap = kReaderClientSap;
    config.authentication = Authentication::LowLevel;
    config.password = std::move(password);
    config.policy = std::move(policy);
    return config;
}

AssociationConfig AssociationConfig::management(sec::SystemTitle systemTitle,
                                                sec::SecurityKeys keys, AccessPolicy policy) {
    AssociationConfig config;
    config.clientSap = kManagementClientSap;
    config.authentication = Authentication::HighLevelGmac;
    config.systemTitle = systemTitle;
    config.keys = std::move(keys);
    config.policy = std::move(policy);
    return config;
}

ServerAssociation::ServerAssociation(AssociationConfig config, ObjectDirectory& directory)
    : m_config(std::move(config)), m_directory(directory) {}

// ---------------------------------------------------------------------------------------------
// AssociationSession

cosem::AssociatedPartnersId ServerAssociation::partners() const {
    return {static_cast<std::int8_t>(m_config.clientSap), m_config.serverSap};
}

ApplicationContextName ServerAssociation::applicationContext() const {
    return m_config.authentication == Authentication::HighLevelGmac
               ? ApplicationContextName::LogicalNameCiphered
               : ApplicationContextName::LogicalName;
}

MechanismName ServerAssociation::mechanism() const {
    switch (m_config.authentication) {
        case Authentication::LowLevel:
            return MechanismName::Low;
        case Authentication::HighLevelGmac:
            return MechanismName::HighGmac;
        default:
            return MechanismName::Lowest;
    }
}

cosem::XdlmsContextInfo ServerAssociation::xdlmsContextInfo() const {
    cosem::XdlmsContextInfo info;
    info.conformance =
        m_status == cosem::AssociationStatus::NonAssociated ? m_config.conformance : m_negotiated;
    info.maxReceivePduSize = m_config.serverMaxReceivePduSize;
    info.maxSendPduSize = m_clientMaxPdu;
    info.dlmsVersionNumber = 6;
    info.qualityOfService = 0;
    return info;
}

cosem::ObisCode ServerAssociation::securitySetupReference() const {
    return m_config.securitySetupReference;
}

Expected<Data, ActionResult> ServerAssociation::replyToHlsAuthentication(const Data& fStoC) {
    const auto* reply = fStoC.as<Bytes>();
    if (fStoC.type() != dlms::DataType::OctetString || reply == nullptr) {
        return ActionResult::TypeUnmatched;
    }
    if (m_status != cosem::AssociationStatus::AssociationPending || !m_security) {
        return ActionResult::ReadWriteDenied;
    }
    auto verified = sec::verifyChallengeReply(*m_security, m_serverChallenge, *reply);
    if (!verified) {
        m_releaseAfterResponse = true;
        return ActionResult::ReadWriteDenied;
    }
    auto fCtoS = sec::respondToChallenge(*m_security, m_clientChallenge);
    if (!fCtoS) {
        m_releaseAfterResponse = true;
        return ActionResult::TemporaryFailure;
    }
    m_status = cosem::AssociationStatus::Associated;
    return Data::octetString(std::move(*fCtoS));
}

// ---------------------------------------------------------------------------------------------
// Entry point

void ServerAssociation::release() {
    m_status = cosem::AssociationStatus::NonAssociated;
    m_negotiated = {};
    m_clientMaxPdu = 0;
    m_security.reset();
    m_clientChallenge.clear();
    m_serverChallenge.clear();
    m_releaseAfterResponse = false;
    m_longGet.reset();
    m_longRequest.reset();
    m_longAction.reset();
}

bool ServerAssociation::usesSharedKey() const {
    return m_config.secrets && m_security &&
           m_security->keys().globalEk == m_config.secrets->keys().globalEk;
}

void ServerAssociation::syncInvocationCounter() {
    // Several associations under one key (one per client SAP) share the meter's counter.
    if (!usesSharedKey()) {
        return;
    }
    const auto next = m_security->nextInvocationCounter();
    if (next && *next < m_config.secrets->invocationCounter()) {
        m_security->setInvocationCounter(m_config.secrets->invocationCounter());
    }
}

void ServerAssociation::recordInvocationCounter() {
    // An association that still runs on a key replaced meanwhile does not touch the counter of
    // the new key.
    if (usesSharedKey()) {
        m_config.secrets->noteInvocationCounter(
            m_security->nextInvocationCounter().value_or(0xFFFFFFFFu));
    }
}

void ServerAssociation::abort() {
    release();
}

std::optional<Bytes> ServerAssociation::handleApdu(ByteView apdu) {
    if (apdu.empty()) {
        return std::nullopt;
    }
    const std::uint8_t tag = apdu[0];
    if (tag == static_cast<std::uint8_t>(dlms::ApduTag::Aarq)) {
        return handleAarq(apdu);
    }
    if (tag == static_cast<std::uint8_t>(dlms::ApduTag::Rlrq)) {
        return handleRlrq(apdu);
    }
    if (m_status == cosem::AssociationStatus::NonAssociated) {
        return std::nullopt;
    }
    if (apdu.size() > m_config.serverMaxReceivePduSize) {
        return exceptionBytes(StateError::ServiceNotAllowed, ExceptionServiceError::PduTooLong);
    }
    if (!dlms::isCipheredTag(tag)) {
        if (m_security) {
            return exceptionBytes(StateError::ServiceNotAllowed,
                                  ExceptionServiceError::OperationNotPossible);
        }
        m_cipheredRequest = false;
        return handleXdlms(apdu, false);
    }
    if (!m_security) {
        return exceptionBytes(StateError::ServiceNotAllowed,
                              ExceptionServiceError::ServiceNotSupported);
    }
    auto deciphered = sec::decipherApdu(apdu, *m_security);
    if (!deciphered) {
        if (deciphered.error().code == sec::SecurityError::InvocationCounterTooLow) {
            const auto last = m_security->lastPeerInvocationCounter().value_or(0);
            return exceptionBytes(StateError::ServiceNotAllowed,
                                  ExceptionServiceError::InvocationCounterError, last + 1);
        }
        return exceptionBytes(StateError::ServiceNotAllowed,
                              ExceptionServiceError::DecipheringError);
    }
    if (usesSharedKey()) {
        m_config.secrets->noteClientInvocationCounter(deciphered->ic);
    }
    m_cipheredRequest = true;
    auto response = handleXdlms(deciphered->plain, deciphered->sc.authentication);
    std::optional<Bytes> out;
    if (response && !response->empty()) {
        if (response->front() == static_cast<std::uint8_t>(dlms::ApduTag::ExceptionResponse) &&
            (deciphered->mode == sec::CipheringMode::Global ||
             deciphered->mode == sec::CipheringMode::Dedicated)) {
            out = std::move(response);  // no glo-/ded- form: sent plain
        } else {
            syncInvocationCounter();
            auto ciphered = sec::cipherApdu(*response, *m_security, deciphered->mode);
            recordInvocationCounter();
            out = ciphered ? std::move(*ciphered)
                           : exceptionBytes(StateError::ServiceNotAllowed,
                                            ExceptionServiceError::OtherReason);
        }
    }
    if (m_releaseAfterResponse) {
        release();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// ACSE

Bytes ServerAssociation::handleAarq(ByteView apdu) {
    const ApplicationContextName expected = applicationContext();
    auto aarq = dlms::decodeAarq(apdu);
    if (!aarq) {
        return encodeAareOrEmpty(
            rejection(expected, dlms::AcseServiceProviderDiagnostic::NoReasonGiven));
    }
    if (m_status != cosem::AssociationStatus::NonAssociated) {
        return encodeAareOrEmpty(rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven));
    }
    if (aarq->applicationContext != expected) {
        return encodeAareOrEmpty(
            rejection(expected, AcseServiceUserDiagnostic::ApplicationContextNameNotSupported));
    }

    // Authentication mechanism and value.
    const bool hls = m_config.authentication == Authentication::HighLevelGmac;
    switch (m_config.authentication) {
        case Authentication::None:
            if (aarq->mechanismName && *aarq->mechanismName != MechanismName::Lowest) {
                return encodeAareOrEmpty(rejection(
                    expected, AcseServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised));
            }
            break;
        case Authentication::LowLevel:
        case Authentication::HighLevelGmac: {
            const MechanismName wanted = mechanism();
            if (!aarq->mechanismName) {
                return encodeAareOrEmpty(rejection(
                    expected, AcseServiceUserDiagnostic::AuthenticationMechanismNameRequired));
            }
            if (*aarq->mechanismName != wanted) {
                return encodeAareOrEmpty(rejection(
                    expected, AcseServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised));
            }
            if (!aarq->authentication || !aarq->callingAuthenticationValue) {
                return encodeAareOrEmpty(
                    rejection(expected, AcseServiceUserDiagnostic::AuthenticationRequired));
            }
            const Bytes& value = *aarq->callingAuthenticationValue;
            const Bytes& password =
                m_config.secrets ? m_config.secrets->llsPassword() : m_config.password;
            if (!hls && !sameSecret(value, password)) {
                return encodeAareOrEmpty(
                    rejection(expected, AcseServiceUserDiagnostic::AuthenticationFailure));
            }
            if (hls &&
                (value.size() < sec::kMinChallengeSize || value.size() > sec::kMaxChallengeSize)) {
                return encodeAareOrEmpty(
                    rejection(expected, AcseServiceUserDiagnostic::AuthenticationFailure));
            }
            break;
        }
    }

    // The ciphered context needs the client system title and the meter's keys.
    std::optional<sec::SecurityContext> security;
    if (hls) {
        std::optional<sec::SystemTitle> clientTitle;
        if (aarq->callingApTitle) {
            clientTitle = sec::SystemTitle::fromBytes(*aarq->callingApTitle);
        }
        if (!clientTitle) {
            return encodeAareOrEmpty(
                rejection(expected, AcseServiceUserDiagnostic::CallingApTitleNotRecognized));
        }
        if (!m_config.systemTitle || (!m_config.keys && !m_config.secrets)) {
            Aare aare = rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven);
            aare.result = AssociationResult::RejectedTransient;
            return encodeAareOrEmpty(aare);
        }
        if (m_config.secrets) {
            security.emplace(*m_config.systemTitle, m_config.secrets->keys());
            security->setInvocationCounter(m_config.secrets->invocationCounter());
        } else {
            security.emplace(*m_config.systemTitle, *m_config.keys);
        }
        security->setPeerSystemTitle(*clientTitle);
        if (m_config.secrets) {
            // The client's counter must continue above the last one the meter accepted (under
            // this EK, from the management client whatever its title), in an earlier
            // association or before a restart: an AARQ with one not above it is a replay.
            security->setLastPeerInvocationCounter(m_config.secrets->lastClientInvocationCounter());
        }
    }

    // xDLMS InitiateRequest in the user-information.
    const auto initiateError = [&](dlms::ServiceErrorKind kind, std::uint8_t value) {
        return encodeAareOrEmpty(rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven,
                                           confirmedServiceError(kind, value)));
    };
    if (!aarq->userInformation || aarq->userInformation->empty()) {
        return encodeAareOrEmpty(rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven));
    }
    Bytes initiateBytes = *aarq->userInformation;
    if (hls) {
        if (!dlms::isCipheredTag(initiateBytes.front())) {
            return initiateError(dlms::ServiceErrorKind::Initiate, kInitiateOther);
        }
        auto deciphered = sec::decipherApdu(initiateBytes, *security);
        if (!deciphered) {
            // A client without the right keys, or an AARQ replayed (its invocation counter not
            // above the last one accepted): it has failed to authenticate itself.
            return encodeAareOrEmpty(
                rejection(expected, AcseServiceUserDiagnostic::AuthenticationFailure,
                          confirmedServiceError(dlms::ServiceErrorKind::ApplicationReference,
                                                kApplicationReferenceDecipheringError)));
        }
        initiateBytes = std::move(deciphered->plain);
        if (m_config.secrets) {
            m_config.secrets->noteClientInvocationCounter(deciphered->ic);
        }
    }
    auto decoded = dlms::decodeApdu(initiateBytes);
    const auto* request = decoded ? std::get_if<dlms::InitiateRequest>(&*decoded) : nullptr;
    if (request == nullptr) {
        return initiateError(dlms::ServiceErrorKind::Initiate, kInitiateOther);
    }
    if (request->proposedDlmsVersion < 6) {
        return initiateError(dlms::ServiceErrorKind::Initiate, kInitiateDlmsVersionTooLow);
    }
    const dlms::Conformance negotiated = request->proposedConformance & m_config.conformance;
    if (negotiated.wire() == 0) {
        return initiateError(dlms::ServiceErrorKind::Initiate, kInitiateIncompatibleConformance);
    }
    if (request->clientMaxReceivePduSize < kMinClientPduSize) {
        return initiateError(dlms::ServiceErrorKind::Initiate, kInitiatePduSizeTooShort);
    }
    if (hls && request->dedicatedKey) {
        auto key = sec::Key128::fromBytes(*request->dedicatedKey);
        if (!key) {
            return initiateError(dlms::ServiceErrorKind::Initiate, kInitiateOther);
        }
        security->setDedicatedKey(*key);
    }

    dlms::InitiateResponse response;
    response.negotiatedDlmsVersion = 6;
    response.negotiatedConformance = negotiated;
    response.serverMaxReceivePduSize = m_config.serverMaxReceivePduSize;
    auto responseBytes = dlms::encodeApdu(response);
    if (!responseBytes) {
        return encodeAareOrEmpty(rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven));
    }

    Aare aare;
    aare.applicationContext = expected;
    aare.result = AssociationResult::Accepted;
    aare.diagnostic = AcseServiceUserDiagnostic::Null;
    if (hls) {
        auto challenge = sec::generateChallenge(m_config.challengeSize);
        auto ciphered = sec::cipherApdu(*responseBytes, *security, sec::CipheringMode::Global);
        if (!challenge || !ciphered) {
            Aare refused = rejection(expected, AcseServiceUserDiagnostic::NoReasonGiven);
            refused.result = AssociationResult::RejectedTransient;
            return encodeAareOrEmpty(refused);
        }
        aare.diagnostic = AcseServiceUserDiagnostic::AuthenticationRequired;
        aare.respondingApTitle =
            Bytes(m_config.systemTitle->bytes().begin(), m_config.systemTitle->bytes().end());
        aare.authentication = true;
        aare.mechanismName = MechanismName::HighGmac;
        aare.respondingAuthenticationValue = *challenge;
        aare.userInformation = std::move(*ciphered);
        m_serverChallenge = std::move(*challenge);
        m_clientChallenge = *aarq->callingAuthenticationValue;
        m_security = std::move(security);
        recordInvocationCounter();
        m_status = cosem::AssociationStatus::AssociationPending;
    } else {
        aare.userInformation = std::move(*responseBytes);
        m_status = cosem::AssociationStatus::Associated;
    }
    m_negotiated = negotiated;
    m_clientMaxPdu = request->clientMaxReceivePduSize;
    m_longGet.reset();
    return encodeAareOrEmpty(aare);
}

std::optional<Bytes> ServerAssociation::handleRlrq(ByteView apdu) {
    auto rlrq = dlms::decodeRlrq(apdu);
    if (!rlrq || m_status == cosem::AssociationStatus::NonAssociated) {
        return std::nullopt;
    }
    dlms::Rlre rlre{dlms::ReleaseResponseReason::Normal, std::nullopt};
    if (m_security && rlrq->userInformation) {
        // Ciphered context: the RLRQ proves who sends it with a ciphered InitiateRequest, the
        // RLRE answers with a ciphered InitiateResponse. One that does not decipher is ignored.
        auto deciphered = sec::decipherApdu(*rlrq->userInformation, *m_security);
        if (!deciphered) {
            return std::nullopt;
        }
        auto decoded = dlms::decodeApdu(deciphered->plain);
        if (!decoded || !std::holds_alternative<dlms::InitiateRequest>(*decoded)) {
            return std::nullopt;
        }
        dlms::InitiateResponse response;
        response.negotiatedConformance = m_negotiated;
        response.serverMaxReceivePduSize = m_config.serverMaxReceivePduSize;
        auto plain = dlms::encodeApdu(response);
        if (!plain) {
            return std::nullopt;
        }
        syncInvocationCounter();
        auto ciphered = sec::cipherApdu(*plain, *m_security, deciphered->mode);
        recordInvocationCounter();
        if (!ciphered) {
            return std::nullopt;
        }
        rlre.userInformation = std::move(*ciphered);
    }
    release();
    auto encoded = dlms::encodeRlre(rlre);
    if (!encoded) {
        return std::nullopt;
    }
    return std::move(*encoded);
}

// ---------------------------------------------------------------------------------------------
// xDLMS services

Bytes ServerAssociation::encodeOrException(const dlms::Apdu& apdu) const {
    auto encoded = dlms::encodeApdu(apdu);
    if (!encoded) {
        return exceptionBytes(StateError::ServiceNotAllowed, ExceptionServiceError::OtherReason);
    }
    return std::move(*encoded);
}

std::optional<Bytes> ServerAssociation::handleXdlms(ByteView plain, bool authenticatedRequest) {
    auto decoded = dlms::decodeApdu(plain);
    if (!decoded) {
        switch (decoded.error().code) {
            case dlms::ApduError::UnknownTag:
                return exceptionBytes(StateError::ServiceUnknown,
                                      ExceptionServiceError::ServiceNotSupported);
            case dlms::ApduError::UnsupportedApdu:
                return exceptionBytes(StateError::ServiceNotAllowed,
                                      ExceptionServiceError::ServiceNotSupported);
            case dlms::ApduError::CipheredApdu:
                return exceptionBytes(StateError::ServiceNotAllowed,
                                      ExceptionServiceError::OperationNotPossible);
            case dlms::ApduError::ListTooLong:
                return exceptionBytes(StateError::ServiceNotAllowed,
                                      ExceptionServiceError::OperationNotPossible);
            default:
                return exceptionBytes(StateError::ServiceNotAllowed,
                                      ExceptionServiceError::OtherReason);
        }
    }
    RequestContext context;
    context.directory = &m_directory;
    context.policy = &m_config.policy;
    context.association = this;
    context.authenticatedRequest = authenticatedRequest;

    const auto notSupported = [] {
        return exceptionBytes(StateError::ServiceNotAllowed,
                              ExceptionServiceError::ServiceNotSupported);
    };
    const auto tooLong = [] {
        return exceptionBytes(StateError::ServiceNotAllowed,
                              ExceptionServiceError::OperationNotPossible);
    };
    const dlms::Apdu& apdu = *decoded;
    if (const auto* next = std::get_if<dlms::GetRequestNext>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Get)) {
            return notSupported();
        }
        return handleGetNext(*next);
    }
    m_longGet.reset();  // any other request ends a long GET
    const bool hasSet = m_negotiated.has(ConformanceBit::Set);
    const bool hasAction = m_negotiated.has(ConformanceBit::Action);
    const bool blockSet = hasSet && m_negotiated.has(ConformanceBit::BlockTransferWithSetOrWrite);
    const bool blockAction = hasAction && m_negotiated.has(ConformanceBit::BlockTransferWithAction);
    if (const auto* block = std::get_if<dlms::SetRequestWithDataBlock>(&apdu)) {
        m_longAction.reset();
        return blockSet ? handleSetBlock(*block, context) : notSupported();
    }
    if (const auto* block = std::get_if<dlms::ActionRequestWithPBlock>(&apdu)) {
        m_longAction.reset();
        return blockAction ? handleActionBlock(*block, context) : notSupported();
    }
    if (const auto* next = std::get_if<dlms::ActionRequestNextPBlock>(&apdu)) {
        m_longRequest.reset();
        return blockAction ? handleActionNextBlock(*next) : notSupported();
    }
    m_longRequest.reset();  // ... and a long SET or ACTION
    m_longAction.reset();
    if (const auto* first = std::get_if<dlms::SetRequestWithFirstDataBlock>(&apdu)) {
        return blockSet ? handleSetFirstBlock(*first, context) : notSupported();
    }
    if (const auto* first = std::get_if<dlms::ActionRequestWithFirstPBlock>(&apdu)) {
        return blockAction ? handleActionFirstBlock(*first, context) : notSupported();
    }
    if (const auto* get = std::get_if<dlms::GetRequestNormal>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Get)) {
            return notSupported();
        }
        return handleGetNormal(*get, context);
    }
    if (const auto* list = std::get_if<dlms::GetRequestWithList>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Get) ||
            !m_negotiated.has(ConformanceBit::MultipleReferences)) {
            return notSupported();
        }
        if (list->attributes.size() > m_config.maxListItems) {
            return tooLong();
        }
        return handleGetWithList(*list, context);
    }
    if (const auto* set = std::get_if<dlms::SetRequestNormal>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Set)) {
            return notSupported();
        }
        return handleSetNormal(*set, context);
    }
    if (const auto* setList = std::get_if<dlms::SetRequestWithList>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Set) ||
            !m_negotiated.has(ConformanceBit::MultipleReferences)) {
            return notSupported();
        }
        if (setList->attributes.size() > m_config.maxListItems) {
            return tooLong();
        }
        if (setList->attributes.size() != setList->values.size()) {
            return exceptionBytes(StateError::ServiceNotAllowed,
                                  ExceptionServiceError::OtherReason);
        }
        return handleSetWithList(*setList, context);
    }
    if (const auto* action = std::get_if<dlms::ActionRequestNormal>(&apdu)) {
        if (!m_negotiated.has(ConformanceBit::Action)) {
            return notSupported();
        }
        return handleActionNormal(*action, context);
    }
    return notSupported();
}

std::size_t ServerAssociation::responseLimit() const {
    return m_clientMaxPdu;
}

Expected<CosemObject*, DataAccessResult> ServerAssociation::resolveAttribute(
    const dlms::CosemAttributeDescriptor& attribute, AttributeAccess access,
    const RequestContext& context) {
    CosemObject* object = m_directory.find(attribute.instanceId);
    if (object == nullptr || !m_config.policy.visible(attribute.instanceId)) {
        return DataAccessResult::ObjectUndefined;
    }
    if (object->classId() != attribute.classId) {
        return DataAccessResult::ObjectClassInconsistent;
    }
    if (attribute.attributeId < 1 || attribute.attributeId > object->attributeCount()) {
        return DataAccessResult::ObjectUndefined;
    }
    const bool allowed = access == AttributeAccess::Read
                             ? m_config.policy.canRead(attribute.instanceId, attribute.attributeId,
                                                       context.authenticatedRequest)
                             : m_config.policy.canWrite(attribute.instanceId, attribute.attributeId,
                                                        context.authenticatedRequest);
    if (m_status != cosem::AssociationStatus::Associated || !allowed) {
        return DataAccessResult::ReadWriteDenied;
    }
    return object;
}

dlms::GetDataResult ServerAssociation::getOne(
    const dlms::CosemAttributeDescriptor& attribute,
    const std::optional<dlms::SelectiveAccessDescriptor>& access, RequestContext& context) {
    auto object = resolveAttribute(attribute, AttributeAccess::Read, context);
    if (!object) {
        return object.error();
    }
    if (access && !m_negotiated.has(ConformanceBit::SelectiveAccess)) {
        return DataAccessResult::ScopeOfAccessViolated;
    }
    auto value = (*object)->get(attribute.attributeId, access, context);
    if (!value) {
        return value.error();
    }
    return std::move(*value);
}

DataAccessResult ServerAssociation::setOne(
    const dlms::CosemAttributeDescriptor& attribute,
    const std::optional<dlms::SelectiveAccessDescriptor>& access, const Data& value,
    RequestContext& context) {
    auto object = resolveAttribute(attribute, AttributeAccess::Write, context);
    if (!object) {
        return object.error();
    }
    return (*object)->set(attribute.attributeId, access, value, context);
}

Bytes ServerAssociation::handleGetNormal(const dlms::GetRequestNormal& request,
                                         RequestContext& context) {
    dlms::GetResponseNormal response{request.invokeIdAndPriority,
                                     getOne(request.attribute, request.access, context)};
    Bytes encoded = encodeOrException(response);
    const std::size_t overhead = m_cipheredRequest ? kCipherOverhead : 0;
    if (encoded.size() + overhead <= responseLimit()) {
        return encoded;
    }
    const auto* value = std::get_if<Data>(&response.result);
    if (value == nullptr || !m_negotiated.has(ConformanceBit::BlockTransferWithGetOrRead)) {
        return encodeOrException(
            dlms::GetResponseNormal{request.invokeIdAndPriority, DataAccessResult::OtherReason});
    }
    auto raw = dlms::encode(*value);
    if (!raw) {
        return exceptionBytes(StateError::ServiceNotAllowed, ExceptionServiceError::OtherReason);
    }
    return startLongGet(request.invokeIdAndPriority, std::move(*raw));
}

Bytes ServerAssociation::handleGetWithList(const dlms::GetRequestWithList& request,
                                           RequestContext& context) {
    dlms::GetResponseWithList response{request.invokeIdAndPriority, {}};
    response.results.reserve(request.attributes.size());
    for (const auto& item : request.attributes) {
        response.results.push_back(getOne(item.attribute, item.access, context));
    }
    Bytes encoded = encodeOrException(response);
    const std::size_t overhead = m_cipheredRequest ? kCipherOverhead : 0;
    if (encoded.size() + overhead <= responseLimit()) {
        return encoded;
    }
    if (!m_negotiated.has(ConformanceBit::BlockTransferWithGetOrRead)) {
        for (auto& result : response.results) {
            result = DataAccessResult::OtherReason;
        }
        return encodeOrException(response);
    }
    // The raw data of a long GET-with-list: the SEQUENCE OF Get-Data-Result, i.e. everything of
    // the encoded response after C4 03 <invoke-id>.
    constexpr std::size_t kListHeader = 3;
    if (encoded.size() <= kListHeader ||
        encoded[0] != static_cast<std::uint8_t>(dlms::ApduTag::GetResponse)) {
        return encoded;  // an exception-response from encodeOrException
    }
    return startLongGet(request.invokeIdAndPriority,
                        Bytes(encoded.begin() + kListHeader, encoded.end()));
}

Bytes ServerAssociation::startLongGet(dlms::InvokeIdAndPriority invokeId, Bytes raw) {
    m_longGet = LongGet{invokeId, std::move(raw), 0, 0};
    return nextBlock();
}

Bytes ServerAssociation::nextBlock() {
    LongGet& get = *m_longGet;
    const std::size_t overhead = kBlockHeaderOverhead + (m_cipheredRequest ? kCipherOverhead : 0);
    const std::size_t limit = responseLimit();
    const std::size_t blockSize = std::max(kMinBlockSize, limit > overhead ? limit - overhead : 0);
    const std::size_t n = std::min(blockSize, get.raw.size() - get.offset);
    dlms::DataBlockG block;
    block.blockNumber = ++get.blockNumber;
    block.result = Bytes(get.raw.begin() + static_cast<std::ptrdiff_t>(get.offset),
                         get.raw.begin() + static_cast<std::ptrdiff_t>(get.offset + n));
    get.offset += n;
    block.lastBlock = get.offset >= get.raw.size();
    const dlms::InvokeIdAndPriority invokeId = get.invokeId;
    if (block.lastBlock) {
        m_longGet.reset();
    }
    return encodeOrException(dlms::GetResponseWithDataBlock{invokeId, std::move(block)});
}

Bytes ServerAssociation::handleGetNext(const dlms::GetRequestNext& request) {
    const auto refuse = [&](DataAccessResult result) {
        dlms::DataBlockG block;
        block.lastBlock = true;
        block.blockNumber = request.blockNumber;
        block.result = result;
        return encodeOrException(
            dlms::GetResponseWithDataBlock{request.invokeIdAndPriority, std::move(block)});
    };
    if (!m_longGet) {
        return refuse(DataAccessResult::NoLongGetInProgress);
    }
    if (request.blockNumber != m_longGet->blockNumber) {
        m_longGet.reset();
        return refuse(DataAccessResult::DataBlockNumberInvalid);
    }
    return nextBlock();
}

Bytes ServerAssociation::handleSetNormal(const dlms::SetRequestNormal& request,
                                         RequestContext& context) {
    return encodeOrException(
        dlms::SetResponseNormal{request.invokeIdAndPriority,
                                setOne(request.attribute, request.access, request.value, context)});
}

Bytes ServerAssociation::handleSetWithList(const dlms::SetRequestWithList& request,
                                           RequestContext& context) {
    dlms::SetResponseWithList response{request.invokeIdAndPriority, {}};
    response.results.reserve(request.attributes.size());
    for (std::size_t i = 0; i < request.attributes.size(); ++i) {
        response.results.push_back(setOne(request.attributes[i].attribute,
                                          request.attributes[i].access, request.values[i],
                                          context));
    }
    return encodeOrException(response);
}

Bytes ServerAssociation::actionAnswer(dlms::InvokeIdAndPriority invokeId, ActionResult result,
                                      std::optional<Data> returned) {
    dlms::ActionResponseNormal response;
    response.invokeIdAndPriority = invokeId;
    response.response.result = result;
    if (returned) {
        response.response.returnParameters = dlms::GetDataResult{std::move(*returned)};
    }
    Bytes encoded = encodeOrException(response);
    const std::size_t overhead = m_cipheredRequest ? kCipherOverhead : 0;
    if (encoded.size() + overhead <= responseLimit() ||
        encoded[0] != static_cast<std::uint8_t>(dlms::ApduTag::ActionResponse)) {
        return encoded;
    }
    if (!m_negotiated.has(ConformanceBit::BlockTransferWithAction)) {
        response.response = {ActionResult::OtherReason, std::nullopt};
        return encodeOrException(response);
    }
    // The raw data: what ACTION-Response-Normal carries after C7 01 <invoke-id>.
    constexpr std::size_t kNormalHeader = 3;
    m_longAction = LongGet{invokeId, Bytes(encoded.begin() + kNormalHeader, encoded.end()), 0, 0};
    return nextActionBlock();
}

Bytes ServerAssociation::nextActionBlock() {
    LongGet& action = *m_longAction;
    const std::size_t overhead = kBlockHeaderOverhead + (m_cipheredRequest ? kCipherOverhead : 0);
    const std::size_t limit = responseLimit();
    const std::size_t blockSize = std::max(kMinBlockSize, limit > overhead ? limit - overhead : 0);
    const std::size_t n = std::min(blockSize, action.raw.size() - action.offset);
    dlms::DataBlockSa block;
    block.blockNumber = ++action.blockNumber;
    block.rawData = Bytes(action.raw.begin() + static_cast<std::ptrdiff_t>(action.offset),
                          action.raw.begin() + static_cast<std::ptrdiff_t>(action.offset + n));
    action.offset += n;
    block.lastBlock = action.offset >= action.raw.size();
    const dlms::InvokeIdAndPriority invokeId = action.invokeId;
    if (block.lastBlock) {
        m_longAction.reset();
    }
    return encodeOrException(dlms::ActionResponseWithPBlock{invokeId, std::move(block)});
}

Bytes ServerAssociation::handleActionNextBlock(const dlms::ActionRequestNextPBlock& request) {
    if (!m_longAction) {
        return actionAnswer(request.invokeIdAndPriority, ActionResult::NoLongActionInProgress);
    }
    if (request.blockNumber != m_longAction->blockNumber) {
        m_longAction.reset();
        return actionAnswer(request.invokeIdAndPriority, ActionResult::LongActionAborted);
    }
    return nextActionBlock();
}

Expected<CosemObject*, ActionResult> ServerAssociation::resolveMethod(
    const dlms::CosemMethodDescriptor& method, const RequestContext& context) const {
    CosemObject* object = m_directory.find(method.instanceId);
    if (object == nullptr || !m_config.policy.visible(method.instanceId)) {
        return ActionResult::ObjectUndefined;
    }
    if (object->classId() != method.classId) {
        return ActionResult::ObjectClassInconsistent;
    }
    if (method.methodId < 1 || method.methodId > object->methodCount()) {
        return ActionResult::ObjectUndefined;
    }
    const bool hlsReply = isHlsReply(method.classId, method.instanceId, method.methodId);
    const bool allowed =
        m_status == cosem::AssociationStatus::AssociationPending
            ? hlsReply
            : (hlsReply || m_config.policy.canInvoke(method.instanceId, method.methodId,
                                                     context.authenticatedRequest));
    if (!allowed) {
        return ActionResult::ReadWriteDenied;
    }
    return object;
}

Bytes ServerAssociation::invokeAndAnswer(dlms::InvokeIdAndPriority invokeId, CosemObject& object,
                                         const dlms::CosemMethodDescriptor& method,
                                         const std::optional<Data>& parameters,
                                         RequestContext& context) {
    auto result = object.invoke(method.methodId, parameters, context);
    if (!result) {
        return actionAnswer(invokeId, result.error());
    }
    return actionAnswer(invokeId, ActionResult::Success, std::move(*result));
}

Bytes ServerAssociation::handleActionNormal(const dlms::ActionRequestNormal& request,
                                            RequestContext& context) {
    auto object = resolveMethod(request.method, context);
    if (!object) {
        return actionAnswer(request.invokeIdAndPriority, object.error());
    }
    return invokeAndAnswer(request.invokeIdAndPriority, **object, request.method,
                           request.parameters, context);
}

Bytes ServerAssociation::handleActionFirstBlock(const dlms::ActionRequestWithFirstPBlock& request,
                                                RequestContext& context) {
    auto object = resolveMethod(request.method, context);
    if (!object) {
        return actionAnswer(request.invokeIdAndPriority, object.error());
    }
    if (request.block.blockNumber != 1 || request.block.rawData.size() > kMaxLongTransfer) {
        return actionAnswer(request.invokeIdAndPriority, ActionResult::LongActionAborted);
    }
    LongRequest longAction;
    longAction.invokeId = request.invokeIdAndPriority;
    longAction.action = true;
    longAction.method = request.method;
    longAction.raw = request.block.rawData;
    longAction.blockNumber = 1;
    if (!request.block.lastBlock) {
        m_longRequest = std::move(longAction);
        return encodeOrException(dlms::ActionResponseNextPBlock{request.invokeIdAndPriority, 1});
    }
    auto parameters = dlms::decodeAll(longAction.raw);
    if (!parameters) {
        return actionAnswer(request.invokeIdAndPriority, ActionResult::TypeUnmatched);
    }
    return invokeAndAnswer(request.invokeIdAndPriority, **object, request.method, *parameters,
                           context);
}

Bytes ServerAssociation::handleActionBlock(const dlms::ActionRequestWithPBlock& request,
                                           RequestContext& context) {
    if (!m_longRequest || !m_longRequest->action) {
        m_longRequest.reset();
        return actionAnswer(request.invokeIdAndPriority, ActionResult::NoLongActionInProgress);
    }
    LongRequest& longAction = *m_longRequest;
    if (request.block.blockNumber != longAction.blockNumber + 1 ||
        longAction.raw.size() + request.block.rawData.size() > kMaxLongTransfer) {
        m_longRequest.reset();
        return actionAnswer(request.invokeIdAndPriority, ActionResult::LongActionAborted);
    }
    longAction.raw.insert(longAction.raw.end(), request.block.rawData.begin(),
                          request.block.rawData.end());
    longAction.blockNumber = request.block.blockNumber;
    if (!request.block.lastBlock) {
        return encodeOrException(
            dlms::ActionResponseNextPBlock{request.invokeIdAndPriority, longAction.blockNumber});
    }
    const LongRequest done = std::move(longAction);
    m_longRequest.reset();
    // The rights are checked again: nothing may have changed them, but the check is cheap.
    auto object = resolveMethod(done.method, context);
    if (!object) {
        return actionAnswer(request.invokeIdAndPriority, object.error());
    }
    auto parameters = dlms::decodeAll(done.raw);
    if (!parameters) {
        return actionAnswer(request.invokeIdAndPriority, ActionResult::TypeUnmatched);
    }
    return invokeAndAnswer(request.invokeIdAndPriority, **object, done.method, *parameters,
                           context);
}

Bytes ServerAssociation::handleSetFirstBlock(const dlms::SetRequestWithFirstDataBlock& request,
                                             RequestContext& context) {
    const auto last = [&](DataAccessResult result) {
        return encodeOrException(dlms::SetResponseLastDataBlock{request.invokeIdAndPriority, result,
                                                                request.block.blockNumber});
    };
    auto object = resolveAttribute(request.attribute, AttributeAccess::Write, context);
    if (!object) {
        return last(object.error());
    }
    if (request.block.blockNumber != 1) {
        return last(DataAccessResult::DataBlockNumberInvalid);
    }
    if (request.block.rawData.size() > kMaxLongTransfer) {
        return last(DataAccessResult::LongSetAborted);
    }
    if (!request.block.lastBlock) {
        LongRequest longSet;
        longSet.invokeId = request.invokeIdAndPriority;
        longSet.attribute = request.attribute;
        longSet.access = request.access;
        longSet.raw = request.block.rawData;
        longSet.blockNumber = 1;
        m_longRequest = std::move(longSet);
        return encodeOrException(dlms::SetResponseDataBlock{request.invokeIdAndPriority, 1});
    }
    auto value = dlms::decodeAll(request.block.rawData);
    if (!value) {
        return last(DataAccessResult::TypeUnmatched);
    }
    return last(setOne(request.attribute, request.access, *value, context));
}

Bytes ServerAssociation::handleSetBlock(const dlms::SetRequestWithDataBlock& request,
                                        RequestContext& context) {
    const auto last = [&](DataAccessResult result) {
        return encodeOrException(dlms::SetResponseLastDataBlock{request.invokeIdAndPriority, result,
                                                                request.block.blockNumber});
    };
    if (!m_longRequest || m_longRequest->action) {
        m_longRequest.reset();
        return last(DataAccessResult::NoLongSetInProgress);
    }
    LongRequest& longSet = *m_longRequest;
    if (request.block.blockNumber != longSet.blockNumber + 1) {
        m_longRequest.reset();
        return last(DataAccessResult::DataBlockNumberInvalid);
    }
    if (longSet.raw.size() + request.block.rawData.size() > kMaxLongTransfer) {
        m_longRequest.reset();
        return last(DataAccessResult::LongSetAborted);
    }
    longSet.raw.insert(longSet.raw.end(), request.block.rawData.begin(),
                       request.block.rawData.end());
    longSet.blockNumber = request.block.blockNumber;
    if (!request.block.lastBlock) {
        return encodeOrException(
            dlms::SetResponseDataBlock{request.invokeIdAndPriority, longSet.blockNumber});
    }
    const LongRequest done = std::move(longSet);
    m_longRequest.reset();
    auto value = dlms::decodeAll(done.raw);
    if (!value) {
        return last(DataAccessResult::TypeUnmatched);
    }
    return last(setOne(done.attribute, done.access, *value, context));
}

}  // namespace omt::sim

#include "protocol/dlms/client/client_association.h"

#include <algorithm>
#include <utility>

#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/hls_gmac.h"

namespace omt::dlms {

namespace sec = security;

namespace {

/// Bytes a glo- wrapper adds at most: tag, length (3), security header (5), GCM tag (12), and a
/// margin for the general forms (title and its length, 9).
constexpr std::size_t kCipherOverhead = 30;
/// The smallest request budget used for batching, whatever the meter states.
constexpr std::size_t kMinRequestBudget = 64;
/// Bytes a DataBlock-SA length can grow by between an empty and a full block.
constexpr std::size_t kBlockLengthGrowth = 4;

const cosem::ObisCode kCurrentAssociation{0, 0, 40, 0, 0, 255};
constexpr std::uint16_t kAssociationLnClass = 15;
constexpr std::int8_t kReplyToHlsAuthentication = 1;

ClientFailure failure(ClientError code, std::string detail, std::size_t offset = 0) {
    return ClientFailure{code, offset, std::move(detail)};
}

CosemAttributeDescriptor descriptorOf(const AttributeRef& a) {
    return {a.classId, a.obis, a.attribute};
}

AttributeWithSelection selectionOf(const AttributeRef& a) {
    return {descriptorOf(a), a.access};
}

std::string diagnosticName(const AssociateSourceDiagnostic& d) {
    if (const auto* user = std::get_if<AcseServiceUserDiagnostic>(&d)) {
        return nameOf(*user);
    }
    return std::string("provider ") + nameOf(std::get<AcseServiceProviderDiagnostic>(d));
}

std::string serviceErrorText(const dlms::ConfirmedServiceError& e) {
    return std::string(nameOf(e.service)) + " " + nameOf(e.error.kind) + "/" +
           serviceErrorValueName(e.error);
}

ClientFailure securityFailure(const sec::SecurityFailure& f, const char* what) {
    const std::string detail = std::string(what) + ": " + sec::nameOf(f.code);
    switch (f.code) {
        case sec::SecurityError::AuthenticationFailed:
            return failure(ClientError::ResponseAuthenticationFailed, detail, f.offset);
        case sec::SecurityError::InvocationCounterTooLow:
            return failure(ClientError::InvocationCounterTooLow, detail, f.offset);
        default:
            return failure(ClientError::DecipheringFailed, detail, f.offset);
    }
}

}  // namespace

const char* nameOf(ClientAuthentication a) {
    switch (a) {
        case ClientAuthentication::None:
            return "none";
        case ClientAuthentication::Low:
            return "low";
        case ClientAuthentication::HighGmac:
            return "high-gmac";
    }
    return "unknown";
}

const char* nameOf(ClientAssociation::State s) {
    switch (s) {
        case ClientAssociation::State::NonAssociated:
            return "non-associated";
        case ClientAssociation::State::AwaitingAare:
            return "awaiting-aare";
        case ClientAssociation::State::AwaitingHlsReply:
            return "awaiting-hls-reply";
        case ClientAssociation::State::Associated:
            return "associated";
        case ClientAssociation::State::Busy:
            return "busy";
        case ClientAssociation::State::Releasing:
            return "releasing";
    }
    return "unknown";
}

Conformance defaultClientConformance() {
    return Conformance{}
        .set(ConformanceBit::Get)
        .set(ConformanceBit::Set)
        .set(ConformanceBit::Action)
        .set(ConformanceBit::SelectiveAccess)
        .set(ConformanceBit::BlockTransferWithGetOrRead)
        .set(ConformanceBit::BlockTransferWithSetOrWrite)
        .set(ConformanceBit::BlockTransferWithAction)
        .set(ConformanceBit::MultipleReferences);
}

ClientConfig ClientConfig::publicClient(std::uint16_t clientSap) {
    ClientConfig config;
    config.clientSap = clientSap;
    return config;
}

ClientConfig ClientConfig::lowLevel(std::uint16_t clientSap, Bytes password) {
    ClientConfig config;
    config.clientSap = clientSap;
    config.authentication = ClientAuthentication::Low;
    config.password = std::move(password);
    return config;
}

ClientConfig ClientConfig::highLevelGmac(std::uint16_t clientSap, sec::SystemTitle ownTitle,
                                         sec::SecurityKeys keys) {
    ClientConfig config;
    config.clientSap = clientSap;
    config.authentication = ClientAuthentication::HighGmac;
    config.systemTitle = ownTitle;
    config.keys = std::move(keys);
    return config;
}

std::string describeItem(const AttributeRef& attribute) {
    return attribute.obis.toString() + " attribute " + std::to_string(attribute.attribute);
}

std::optional<DataAccessResult> itemFailure(const GetItem& item) {
    if (const auto* r = std::get_if<DataAccessResult>(&item.result)) {
        return *r;
    }
    return std::nullopt;
}

ClientAssociation::ClientAssociation(ClientConfig config) : m_config(std::move(config)) {}

void ClientAssociation::abort() {
    m_state = State::NonAssociated;
    m_negotiated = {};
    m_serverMaxPdu = 0;
    m_security.reset();
    m_clientChallenge.clear();
    m_op = Op::None;
}

InvokeIdAndPriority ClientAssociation::nextInvokeId() {
    m_invokeId = static_cast<std::uint8_t>((m_invokeId + 1) & 0x0FU);
    return InvokeIdAndPriority::make(m_invokeId);
}

std::size_t ClientAssociation::requestLimit() const {
    std::size_t limit = m_serverMaxPdu == 0 ? 0xFFFF : m_serverMaxPdu;
    if (m_security) {
        limit = limit > kCipherOverhead ? limit - kCipherOverhead : 0;
    }
    return std::max(limit, kMinRequestBudget);
}

ClientFailure ClientAssociation::failOp(ClientFailure f) {
    m_op = Op::None;
    if (m_state == State::Busy) {
        m_state = State::Associated;
    }
    return f;
}

ClientFailure ClientAssociation::failAssociation(ClientFailure f) {
    abort();
    return f;
}

// ---------------------------------------------------------------------------------------------
// Association

Expected<Bytes, ClientFailure> ClientAssociation::associate() {
    if (m_state != State::NonAssociated) {
        return failure(ClientError::InvalidState,
                       "associate while " + std::string(nameOf(m_state)));
    }
    InitiateRequest initiate;
    initiate.proposedConformance = m_config.proposedConformance;
    initiate.clientMaxReceivePduSize = m_config.maxReceivePduSize;
    auto initiateBytes = encodeApdu(initiate);
    if (!initiateBytes) {
        return failure(ClientError::InvalidRequest, "initiate-request");
    }

    Aarq aarq;
    aarq.applicationContext = ApplicationContextName::LogicalName;
    switch (m_config.authentication) {
        case ClientAuthentication::None:
            aarq.userInformation = std::move(*initiateBytes);
            break;
        case ClientAuthentication::Low:
            aarq.authentication = true;
            aarq.mechanismName = MechanismName::Low;
            aarq.callingAuthenticationValue = m_config.password;
            aarq.userInformation = std::move(*initiateBytes);
            break;
        case ClientAuthentication::HighGmac: {
            if (!m_config.systemTitle || !m_config.keys) {
                return failure(ClientError::InvalidRequest, "HLS needs a system title and keys");
            }
            auto challenge = sec::generateChallenge(m_config.challengeSize);
            if (!challenge) {
                return failure(ClientError::InvalidRequest,
                               std::string("challenge: ") + sec::nameOf(challenge.error().code));
            }
            sec::SecurityContext context(*m_config.systemTitle, *m_config.keys);
            context.setInvocationCounter(m_config.invocationCounter);
            auto ciphered = sec::cipherApdu(*initiateBytes, context, sec::CipheringMode::Global);
            if (!ciphered) {
                return failure(ClientError::InvalidRequest, std::string("glo-initiate-request: ") +
                                                                sec::nameOf(ciphered.error().code));
            }
            aarq.applicationContext = ApplicationContextName::LogicalNameCiphered;
            aarq.callingApTitle =
                Bytes(m_config.systemTitle->bytes().begin(), m_config.systemTitle->bytes().end());
            aarq.authentication = true;
            aarq.mechanismName = MechanismName::HighGmac;
            aarq.callingAuthenticationValue = *challenge;
            aarq.userInformation = std::move(*ciphered);
            m_clientChallenge = std::move(*challenge);
            m_security = std::move(context);
            break;
        }
    }
    auto encoded = encodeAarq(aarq);
    if (!encoded) {
        m_security.reset();
        return failure(ClientError::InvalidRequest, "aarq");
    }
    m_progress = {};
    m_progress.requests = 1;
    m_state = State::AwaitingAare;
    return std::move(*encoded);
}

Expected<ClientStep, ClientFailure> ClientAssociation::onAare(ByteView apdu) {
    if (apdu.empty() || apdu[0] != static_cast<std::uint8_t>(ApduTag::Aare)) {
        return failAssociation(failure(ClientError::UnexpectedResponse, "expected an AARE"));
    }
    auto aare = decodeAare(apdu);
    if (!aare) {
        return failAssociation(failure(ClientError::MalformedResponse,
                                       "aare: " + aare.error().detail, aare.error().offset));
    }
    std::optional<dlms::ConfirmedServiceError> serviceError;
    if (aare->userInformation && !aare->userInformation->empty() &&
        !isCipheredTag(aare->userInformation->front())) {
        auto ui = decodeApdu(*aare->userInformation);
        if (ui) {
            if (const auto* e = std::get_if<dlms::ConfirmedServiceError>(&*ui)) {
                serviceError = *e;
            }
        }
    }
    if (aare->result != AssociationResult::Accepted) {
        const auto* user = std::get_if<AcseServiceUserDiagnostic>(&aare->diagnostic);
        const std::string detail = std::string(nameOf(aare->result)) + " " +
                                   diagnosticName(aare->diagnostic) +
                                   (serviceError ? ", " + serviceErrorText(*serviceError) : "");
        ClientError code = ClientError::AssociationRejected;
        if (user != nullptr) {
            switch (*user) {
                case AcseServiceUserDiagnostic::AuthenticationFailure:
                    code = ClientError::AuthenticationFailure;
                    break;
                case AcseServiceUserDiagnostic::ApplicationContextNameNotSupported:
                    code = ClientError::ContextNotSupported;
                    break;
                case AcseServiceUserDiagnostic::AuthenticationMechanismNameNotRecognised:
                case AcseServiceUserDiagnostic::AuthenticationMechanismNameRequired:
                case AcseServiceUserDiagnostic::AuthenticationRequired:
                    code = ClientError::AuthenticationRequired;
                    break;
                default:
                    code = serviceError ? ClientError::InitiateRejected
                                        : ClientError::AssociationRejected;
                    break;
            }
        }
        return failAssociation(failure(code, detail));
    }

    if (!aare->userInformation || aare->userInformation->empty()) {
        return failAssociation(
            failure(ClientError::MalformedResponse, "aare without initiate-response"));
    }
    Bytes initiateBytes = *aare->userInformation;
    if (m_security) {
        std::optional<sec::SystemTitle> title;
        if (aare->respondingApTitle) {
            title = sec::SystemTitle::fromBytes(*aare->respondingApTitle);
        }
        if (!title) {
            return failAssociation(
                failure(ClientError::MalformedResponse, "aare without responding-AP-title"));
        }
        m_security->setPeerSystemTitle(*title);
        if (!isCipheredTag(initiateBytes.front())) {
            return failAssociation(
                failure(ClientError::UnexpectedResponse, "plain initiate-response"));
        }
        auto deciphered = sec::decipherApdu(initiateBytes, *m_security);
        if (!deciphered) {
            return failAssociation(securityFailure(deciphered.error(), "initiate-response"));
        }
        initiateBytes = std::move(deciphered->plain);
    }
    auto decoded = decodeApdu(initiateBytes);
    if (!decoded) {
        return failAssociation(failure(ClientError::MalformedResponse,
                                       "initiate-response: " + decoded.error().detail));
    }
    const auto* response = std::get_if<InitiateResponse>(&*decoded);
    if (response == nullptr) {
        return failAssociation(failure(ClientError::UnexpectedResponse,
                                       std::string("aare carries ") + apduName(*decoded)));
    }
    m_negotiated = response->negotiatedConformance;
    m_serverMaxPdu = response->serverMaxReceivePduSize;

    if (!m_security) {
        m_state = State::Associated;
        return ClientStep{
            Completed{Associated{m_negotiated, m_serverMaxPdu, aare->applicationContext}}};
    }
    // HLS pass 3: f(StoC) through reply_to_HLS_authentication.
    if (!aare->respondingAuthenticationValue) {
        return failAssociation(failure(ClientError::MalformedResponse, "aare without StoC"));
    }
    auto fStoC = sec::respondToChallenge(*m_security, *aare->respondingAuthenticationValue);
    if (!fStoC) {
        return failAssociation(securityFailure(fStoC.error(), "f(StoC)"));
    }
    m_pendingId = nextInvokeId();
    ActionRequestNormal reply{m_pendingId,
                              {kAssociationLnClass, kCurrentAssociation, kReplyToHlsAuthentication},
                              Data::octetString(std::move(*fStoC))};
    auto wire = wrap(reply);
    if (!wire) {
        return failAssociation(wire.error());
    }
    ++m_progress.requests;
    m_state = State::AwaitingHlsReply;
    return ClientStep{SendNext{std::move(*wire)}};
}

Expected<ClientStep, ClientFailure> ClientAssociation::onHlsReply(const Apdu& apdu) {
    const auto* response = std::get_if<ActionResponseNormal>(&apdu);
    if (response == nullptr || response->invokeIdAndPriority.invokeId() != m_pendingId.invokeId()) {
        return failAssociation(
            failure(ClientError::UnexpectedResponse, std::string("hls reply: ") + apduName(apdu)));
    }
    if (response->response.result != ActionResult::Success) {
        return failAssociation(
            failure(ClientError::HlsRejectedByMeter,
                    std::string("f(StoC) ") + nameOf(response->response.result)));
    }
    const Data* value = response->response.returnParameters
                            ? std::get_if<Data>(&*response->response.returnParameters)
                            : nullptr;
    const Bytes* fCtoS = value != nullptr ? value->as<Bytes>() : nullptr;
    if (fCtoS == nullptr || value->type() != DataType::OctetString) {
        return failAssociation(
            failure(ClientError::MeterAuthenticationFailed, "no f(CtoS) in the reply"));
    }
    auto verified = sec::verifyChallengeReply(*m_security, m_clientChallenge, *fCtoS);
    if (!verified) {
        return failAssociation(
            failure(ClientError::MeterAuthenticationFailed,
                    std::string("f(CtoS): ") + sec::nameOf(verified.error().code)));
    }
    m_state = State::Associated;
    return ClientStep{Completed{
        Associated{m_negotiated, m_serverMaxPdu, ApplicationContextName::LogicalNameCiphered}}};
}

Expected<Bytes, ClientFailure> ClientAssociation::release() {
    if (m_state != State::Associated && m_state != State::Busy) {
        return failure(ClientError::InvalidState, "release while " + std::string(nameOf(m_state)));
    }
    m_op = Op::None;
    Rlrq rlrq{ReleaseRequestReason::Normal, std::nullopt};
    if (m_security) {
        InitiateRequest initiate;
        initiate.proposedConformance = m_config.proposedConformance;
        initiate.clientMaxReceivePduSize = m_config.maxReceivePduSize;
        auto plain = encodeApdu(initiate);
        if (!plain) {
            return failure(ClientError::InvalidRequest, "initiate-request");
        }
        auto ciphered = sec::cipherApdu(*plain, *m_security, sec::CipheringMode::Global);
        if (!ciphered) {
            return failure(ClientError::InvalidRequest,
                           std::string("rlrq: ") + sec::nameOf(ciphered.error().code));
        }
        rlrq.userInformation = std::move(*ciphered);
    }
    auto encoded = encodeRlrq(rlrq);
    if (!encoded) {
        return failure(ClientError::InvalidRequest, "rlrq");
    }
    m_state = State::Releasing;
    return std::move(*encoded);
}

Expected<ClientStep, ClientFailure> ClientAssociation::onRlre(ByteView apdu) {
    if (apdu.empty() || apdu[0] != static_cast<std::uint8_t>(ApduTag::Rlre)) {
        // Not the RLRE: the meter may have answered the abandoned request late. Keep waiting
        // is the caller's decision; report it.
        return failure(ClientError::UnexpectedResponse, "expected an RLRE");
    }
    auto rlre = decodeRlre(apdu);
    if (!rlre) {
        return failAssociation(failure(ClientError::MalformedResponse,
                                       "rlre: " + rlre.error().detail, rlre.error().offset));
    }
    if (m_security && rlre->userInformation) {
        auto deciphered = sec::decipherApdu(*rlre->userInformation, *m_security);
        if (!deciphered) {
            return failAssociation(securityFailure(deciphered.error(), "rlre"));
        }
    }
    abort();
    return ClientStep{Completed{Released{}}};
}

// ---------------------------------------------------------------------------------------------
// Requests and responses

Expected<Bytes, ClientFailure> ClientAssociation::wrap(const Apdu& request) {
    auto plain = encodeApdu(request);
    if (!plain) {
        return failure(ClientError::InvalidRequest,
                       std::string(apduName(request)) + ": " + plain.error().detail);
    }
    if (!m_security) {
        return std::move(*plain);
    }
    auto ciphered = sec::cipherApdu(*plain, *m_security, sec::CipheringMode::Global);
    if (!ciphered) {
        return failure(ClientError::InvalidRequest,
                       std::string(apduName(request)) + ": " + sec::nameOf(ciphered.error().code));
    }
    return std::move(*ciphered);
}

Expected<Apdu, ClientFailure> ClientAssociation::unwrap(ByteView apdu) {
    if (apdu.empty()) {
        return failure(ClientError::MalformedResponse, "empty apdu");
    }
    Bytes plain;
    ByteView view = apdu;
    if (m_security) {
        if (isCipheredTag(apdu[0])) {
            auto deciphered = sec::decipherApdu(apdu, *m_security);
            if (!deciphered) {
                return securityFailure(deciphered.error(), "response");
            }
            plain = std::move(deciphered->plain);
            view = plain;
        } else if (apdu[0] != static_cast<std::uint8_t>(ApduTag::ExceptionResponse)) {
            return failure(ClientError::UnexpectedResponse,
                           "plain response on the ciphered association");
        }
    }
    auto decoded = decodeApdu(view);
    if (!decoded) {
        return failure(ClientError::MalformedResponse, decoded.error().detail,
                       decoded.error().offset);
    }
    if (const auto* e = std::get_if<dlms::ExceptionResponse>(&*decoded)) {
        const std::string detail =
            std::string(nameOf(e->stateError)) + "/" + nameOf(e->serviceError);
        if (e->serviceError == ExceptionServiceError::InvocationCounterError) {
            return failure(ClientError::MeterInvocationCounterError,
                           detail + ", expected " + std::to_string(e->invocationCounter));
        }
        return failure(ClientError::ExceptionResponse, detail);
    }
    if (const auto* e = std::get_if<dlms::ConfirmedServiceError>(&*decoded)) {
        return failure(ClientError::ConfirmedServiceError, serviceErrorText(*e));
    }
    return std::move(*decoded);
}

Expected<ClientStep, ClientFailure> ClientAssociation::receive(ByteView apdu) {
    switch (m_state) {
        case State::AwaitingAare:
            return onAare(apdu);
        case State::Releasing:
            return onRlre(apdu);
        case State::AwaitingHlsReply: {
            auto decoded = unwrap(apdu);
            if (!decoded) {
                return failAssociation(decoded.error());
            }
            return onHlsReply(*decoded);
        }
        case State::Busy: {
            auto decoded = unwrap(apdu);
            if (!decoded) {
                return failOp(decoded.error());
            }
            switch (m_op) {
                case Op::Get:
                    return onGet(*decoded);
                case Op::Set:
                    return onSet(*decoded);
                case Op::Action:
                    return onAction(*decoded);
                case Op::None:
                    break;
            }
            return failOp(failure(ClientError::InvalidState, "no operation"));
        }
        case State::NonAssociated:
        case State::Associated:
            break;
    }
    return failure(ClientError::InvalidState, "response while " + std::string(nameOf(m_state)));
}

Expected<ClientStep, ClientFailure> ClientAssociation::continueOrComplete(
    Expected<Bytes, ClientFailure> next, bool more) {
    if (!more) {
        m_state = State::Associated;
        Op op = m_op;
        m_op = Op::None;
        if (op == Op::Get) {
            return ClientStep{Completed{GetOutcome{std::move(m_getResults)}}};
        }
        return ClientStep{Completed{SetOutcome{std::move(m_setResults)}}};
    }
    if (!next) {
        return failOp(next.error());
    }
    return ClientStep{SendNext{std::move(*next)}};
}

// GET ------------------------------------------------------------------------------------------

Expected<Bytes, ClientFailure> ClientAssociation::get(std::vector<AttributeRef> items) {
    if (m_state != State::Associated) {
        return failure(ClientError::InvalidState, "get while " + std::string(nameOf(m_state)));
    }
    if (items.empty()) {
        return failure(ClientError::InvalidRequest, "get of no attribute");
    }
    m_progress = {};
    m_progress.itemsTotal = items.size();
    m_getItems = std::move(items);
    m_getResults.clear();
    m_getResults.reserve(m_getItems.size());
    m_batchStart = 0;
    m_op = Op::Get;
    auto first = nextGetRequest();
    if (!first) {
        m_op = Op::None;
        return first.error();
    }
    m_state = State::Busy;
    return first;
}

Expected<Bytes, ClientFailure> ClientAssociation::nextGetRequest() {
    const std::size_t remaining = m_getItems.size() - m_batchStart;
    m_pendingId = nextInvokeId();
    m_blockData.clear();
    m_lastBlock = 0;
    m_inBlock = false;
    std::size_t n = 1;
    if (remaining > 1 && m_negotiated.has(ConformanceBit::MultipleReferences)) {
        const std::size_t limit = requestLimit();
        const std::size_t most =
            std::min(remaining, std::max<std::size_t>(m_config.maxListItems, 1));
        GetRequestWithList list{m_pendingId, {}};
        list.attributes.push_back(selectionOf(m_getItems[m_batchStart]));
        while (list.attributes.size() < most) {
            list.attributes.push_back(
                selectionOf(m_getItems[m_batchStart + list.attributes.size()]));
            auto size = encodeApdu(list);
            if (!size || size->size() > limit) {
                list.attributes.pop_back();
                break;
            }
        }
        n = list.attributes.size();
        if (n > 1) {
            m_batchSize = n;
            m_batchIsList = true;
            ++m_progress.requests;
            return wrap(list);
        }
    }
    m_batchSize = 1;
    m_batchIsList = false;
    const AttributeRef& item = m_getItems[m_batchStart];
    ++m_progress.requests;
    return wrap(GetRequestNormal{m_pendingId, descriptorOf(item), item.access});
}

Expected<ClientStep, ClientFailure> ClientAssociation::onGet(const Apdu& apdu) {
    const auto idMatches = [&](InvokeIdAndPriority id) {
        return id.invokeId() == m_pendingId.invokeId();
    };
    if (const auto* normal = std::get_if<GetResponseNormal>(&apdu)) {
        if (!idMatches(normal->invokeIdAndPriority) || m_batchIsList || m_inBlock) {
            return failOp(failure(ClientError::UnexpectedResponse, "get-response-normal"));
        }
        m_getResults.push_back({m_getItems[m_batchStart], normal->result});
    } else if (const auto* list = std::get_if<GetResponseWithList>(&apdu)) {
        if (!idMatches(list->invokeIdAndPriority) || !m_batchIsList || m_inBlock ||
            list->results.size() != m_batchSize) {
            return failOp(failure(ClientError::UnexpectedResponse,
                                  "get-response-with-list of " +
                                      std::to_string(list->results.size()) + " for " +
                                      std::to_string(m_batchSize)));
        }
        for (std::size_t i = 0; i < m_batchSize; ++i) {
            m_getResults.push_back({m_getItems[m_batchStart + i], list->results[i]});
        }
    } else if (const auto* block = std::get_if<GetResponseWithDataBlock>(&apdu)) {
        if (!idMatches(block->invokeIdAndPriority)) {
            return failOp(failure(ClientError::UnexpectedResponse, "block of another invoke-id"));
        }
        if (const auto* dar = std::get_if<DataAccessResult>(&block->block.result)) {
            return failOp(failure(ClientError::BlockTransferFailed,
                                  std::string("block ") + std::to_string(block->block.blockNumber) +
                                      ": " + nameOf(*dar)));
        }
        if (block->block.blockNumber != m_lastBlock + 1) {
            return failOp(failure(ClientError::BlockTransferFailed,
                                  "block " + std::to_string(block->block.blockNumber) + " after " +
                                      std::to_string(m_lastBlock)));
        }
        const Bytes& raw = std::get<Bytes>(block->block.result);
        if (m_blockData.size() + raw.size() > m_config.maxResponseSize) {
            return failOp(
                failure(ClientError::ResponseTooLarge,
                        "more than " + std::to_string(m_config.maxResponseSize) + " bytes"));
        }
        m_inBlock = true;
        m_lastBlock = block->block.blockNumber;
        m_blockData.insert(m_blockData.end(), raw.begin(), raw.end());
        m_progress.bytesReceived += raw.size();
        ++m_progress.blocks;
        if (!block->block.lastBlock) {
            auto next = wrap(GetRequestNext{m_pendingId, m_lastBlock});
            if (!next) {
                return failOp(next.error());
            }
            ++m_progress.requests;
            return ClientStep{SendNext{std::move(*next)}};
        }
        auto finished = finishGetBlock();
        if (!finished) {
            return finished.error();
        }
    } else {
        return failOp(failure(ClientError::UnexpectedResponse,
                              std::string("get answered by ") + apduName(apdu)));
    }
    m_batchStart += m_batchSize;
    m_progress.itemsDone = m_batchStart;
    const bool more = m_batchStart < m_getItems.size();
    return continueOrComplete(more ? nextGetRequest() : Expected<Bytes, ClientFailure>(Bytes{}),
                              more);
}

Expected<void, ClientFailure> ClientAssociation::finishGetBlock() {
    // The raw data of a long GET is what a GET-Response-Normal / -With-List would carry after
    // its invoke-id (and, for normal, the data choice): rebuild that APDU and decode it.
    Bytes rebuilt{static_cast<std::uint8_t>(ApduTag::GetResponse),
                  static_cast<std::uint8_t>(m_batchIsList ? 0x03 : 0x01), m_pendingId.value};
    if (!m_batchIsList) {
        rebuilt.push_back(0x00);
    }
    rebuilt.insert(rebuilt.end(), m_blockData.begin(), m_blockData.end());
    m_blockData.clear();
    m_inBlock = false;
    auto decoded = decodeApdu(rebuilt);
    if (!decoded) {
        return failOp(failure(ClientError::MalformedResponse,
                              "block transfer data: " + decoded.error().detail));
    }
    if (const auto* normal = std::get_if<GetResponseNormal>(&*decoded)) {
        m_getResults.push_back({m_getItems[m_batchStart], normal->result});
    } else if (const auto* list = std::get_if<GetResponseWithList>(&*decoded)) {
        if (list->results.size() != m_batchSize) {
            return failOp(failure(ClientError::UnexpectedResponse, "block list size"));
        }
        for (std::size_t i = 0; i < m_batchSize; ++i) {
            m_getResults.push_back({m_getItems[m_batchStart + i], list->results[i]});
        }
    }
    return {};
}

// SET ------------------------------------------------------------------------------------------

Expected<Bytes, ClientFailure> ClientAssociation::set(std::vector<SetItem> items) {
    if (m_state != State::Associated) {
        return failure(ClientError::InvalidState, "set while " + std::string(nameOf(m_state)));
    }
    if (items.empty()) {
        return failure(ClientError::InvalidRequest, "set of no attribute");
    }
    m_progress = {};
    m_progress.itemsTotal = items.size();
    m_setItems = std::move(items);
    m_setResults.clear();
    m_batchStart = 0;
    m_op = Op::Set;
    auto first = nextSetRequest();
    if (!first) {
        m_op = Op::None;
        return first.error();
    }
    m_state = State::Busy;
    return first;
}

Expected<Bytes, ClientFailure> ClientAssociation::nextSetRequest() {
    const std::size_t remaining = m_setItems.size() - m_batchStart;
    const std::size_t limit = requestLimit();
    m_pendingId = nextInvokeId();
    m_setInBlock = false;
    if (remaining > 1 && m_negotiated.has(ConformanceBit::MultipleReferences)) {
        const std::size_t most =
            std::min(remaining, std::max<std::size_t>(m_config.maxListItems, 1));
        SetRequestWithList list{m_pendingId, {}, {}};
        for (std::size_t i = 0; i < most; ++i) {
            const SetItem& item = m_setItems[m_batchStart + i];
            list.attributes.push_back(selectionOf(item.attribute));
            list.values.push_back(item.value);
            auto size = encodeApdu(list);
            if (!size || (size->size() > limit && list.attributes.size() > 1)) {
                list.attributes.pop_back();
                list.values.pop_back();
                break;
            }
        }
        if (list.attributes.size() > 1) {
            m_batchSize = list.attributes.size();
            m_batchIsList = true;
            ++m_progress.requests;
            return wrap(list);
        }
    }
    m_batchSize = 1;
    m_batchIsList = false;
    const SetItem& item = m_setItems[m_batchStart];
    SetRequestNormal normal{m_pendingId, descriptorOf(item.attribute), item.attribute.access,
                            item.value};
    auto plain = encodeApdu(normal);
    if (!plain) {
        return failure(ClientError::InvalidRequest, "set value: " + plain.error().detail);
    }
    if (plain->size() <= limit || !m_negotiated.has(ConformanceBit::BlockTransferWithSetOrWrite)) {
        ++m_progress.requests;
        return wrap(normal);
    }
    // Block SET: the A-XDR encoding of the value, cut to what fits with the block header.
    auto raw = encode(item.value);
    if (!raw) {
        return failure(ClientError::InvalidRequest, "set value: " + raw.error().detail);
    }
    m_setRaw = std::move(*raw);
    m_setOffset = 0;
    m_setBlock = 0;
    m_setInBlock = true;
    SetRequestWithFirstDataBlock first{m_pendingId, descriptorOf(item.attribute),
                                       item.attribute.access, DataBlockSa{}};
    auto header = encodeApdu(first);
    const std::size_t overhead = (header ? header->size() : 32) + kBlockLengthGrowth;
    const std::size_t chunk = limit > overhead ? limit - overhead : 1;
    const std::size_t n = std::min(chunk, m_setRaw.size());
    first.block = DataBlockSa{n == m_setRaw.size(), ++m_setBlock,
                              Bytes(m_setRaw.begin(), m_setRaw.begin() + static_cast<long>(n))};
    m_setOffset = n;
    ++m_progress.requests;
    ++m_progress.blocks;
    return wrap(first);
}

Expected<ClientStep, ClientFailure> ClientAssociation::onSet(const Apdu& apdu) {
    const auto idMatches = [&](InvokeIdAndPriority id) {
        return id.invokeId() == m_pendingId.invokeId();
    };
    if (const auto* normal = std::get_if<SetResponseNormal>(&apdu)) {
        if (!idMatches(normal->invokeIdAndPriority) || m_batchIsList || m_setInBlock) {
            return failOp(failure(ClientError::UnexpectedResponse, "set-response-normal"));
        }
        m_setResults.push_back({m_setItems[m_batchStart].attribute, normal->result});
    } else if (const auto* list = std::get_if<SetResponseWithList>(&apdu)) {
        if (!idMatches(list->invokeIdAndPriority) || !m_batchIsList ||
            list->results.size() != m_batchSize) {
            return failOp(failure(ClientError::UnexpectedResponse, "set-response-with-list"));
        }
        for (std::size_t i = 0; i < m_batchSize; ++i) {
            m_setResults.push_back({m_setItems[m_batchStart + i].attribute, list->results[i]});
        }
    } else if (const auto* ack = std::get_if<SetResponseDataBlock>(&apdu)) {
        if (!idMatches(ack->invokeIdAndPriority) || !m_setInBlock ||
            ack->blockNumber != m_setBlock || m_setOffset >= m_setRaw.size()) {
            return failOp(failure(ClientError::BlockTransferFailed,
                                  "set block ack " + std::to_string(ack->blockNumber)));
        }
        const std::size_t limit = requestLimit();
        SetRequestWithDataBlock next{m_pendingId, DataBlockSa{}};
        auto header = encodeApdu(next);
        const std::size_t overhead = (header ? header->size() : 16) + kBlockLengthGrowth;
        const std::size_t chunk = limit > overhead ? limit - overhead : 1;
        const std::size_t n = std::min(chunk, m_setRaw.size() - m_setOffset);
        const auto begin = m_setRaw.begin() + static_cast<long>(m_setOffset);
        m_setOffset += n;
        next.block = DataBlockSa{m_setOffset >= m_setRaw.size(), ++m_setBlock,
                                 Bytes(begin, begin + static_cast<long>(n))};
        auto wire = wrap(next);
        if (!wire) {
            return failOp(wire.error());
        }
        ++m_progress.requests;
        ++m_progress.blocks;
        return ClientStep{SendNext{std::move(*wire)}};
    } else if (const auto* last = std::get_if<SetResponseLastDataBlock>(&apdu)) {
        if (!idMatches(last->invokeIdAndPriority) || !m_setInBlock ||
            last->blockNumber != m_setBlock) {
            return failOp(failure(ClientError::BlockTransferFailed, "set last block"));
        }
        m_setInBlock = false;
        m_setResults.push_back({m_setItems[m_batchStart].attribute, last->result});
    } else {
        return failOp(failure(ClientError::UnexpectedResponse,
                              std::string("set answered by ") + apduName(apdu)));
    }
    m_batchStart += m_batchSize;
    m_progress.itemsDone = m_batchStart;
    const bool more = m_batchStart < m_setItems.size();
    return continueOrComplete(more ? nextSetRequest() : Expected<Bytes, ClientFailure>(Bytes{}),
                              more);
}

// ACTION ---------------------------------------------------------------------------------------

Expected<Bytes, ClientFailure> ClientAssociation::action(const MethodRef& method,
                                                         std::optional<Data> parameters) {
    if (m_state != State::Associated) {
        return failure(ClientError::InvalidState, "action while " + std::string(nameOf(m_state)));
    }
    m_progress = {};
    m_progress.itemsTotal = 1;
    m_method = method;
    m_pendingId = nextInvokeId();
    m_actionRaw.clear();
    m_actionOffset = 0;
    m_actionBlock = 0;
    m_actionSending = false;
    m_blockData.clear();
    m_lastBlock = 0;
    const CosemMethodDescriptor descriptor{method.classId, method.obis, method.method};
    ActionRequestNormal normal{m_pendingId, descriptor, std::move(parameters)};
    auto plain = encodeApdu(normal);
    if (!plain) {
        return failure(ClientError::InvalidRequest, "action parameters: " + plain.error().detail);
    }
    const std::size_t limit = requestLimit();
    Expected<Bytes, ClientFailure> wire = Bytes{};
    if (normal.parameters && plain->size() > limit &&
        m_negotiated.has(ConformanceBit::BlockTransferWithAction)) {
        // Long invocation parameters: their A-XDR encoding in ACTION-Request-With-First-Pblock
        // and -With-Pblock, each acknowledged by ACTION-Response-Next-Pblock.
        auto raw = encode(*normal.parameters);
        if (!raw) {
            return failure(ClientError::InvalidRequest, "action parameters: " + raw.error().detail);
        }
        m_actionRaw = std::move(*raw);
        m_actionSending = true;
        ActionRequestWithFirstPBlock first{m_pendingId, descriptor, DataBlockSa{}};
        auto header = encodeApdu(first);
        first.block = nextActionBlock((header ? header->size() : 32) + kBlockLengthGrowth);
        wire = wrap(first);
    } else {
        wire = wrap(normal);
    }
    if (!wire) {
        return wire.error();
    }
    m_progress.requests = 1;
    m_op = Op::Action;
    m_state = State::Busy;
    return std::move(*wire);
}

DataBlockSa ClientAssociation::nextActionBlock(std::size_t overhead) {
    const std::size_t limit = requestLimit();
    const std::size_t chunk = limit > overhead ? limit - overhead : 1;
    const std::size_t n = std::min(chunk, m_actionRaw.size() - m_actionOffset);
    const auto begin = m_actionRaw.begin() + static_cast<std::ptrdiff_t>(m_actionOffset);
    m_actionOffset += n;
    ++m_progress.blocks;
    return DataBlockSa{m_actionOffset >= m_actionRaw.size(), ++m_actionBlock,
                       Bytes(begin, begin + static_cast<std::ptrdiff_t>(n))};
}

Expected<ClientStep, ClientFailure> ClientAssociation::completeAction(
    const ActionResponseWithOptionalData& response) {
    m_op = Op::None;
    m_state = State::Associated;
    m_actionSending = false;
    m_progress.itemsDone = 1;
    return ClientStep{
        Completed{ActionOutcome{m_method, response.result, response.returnParameters}}};
}

Expected<ClientStep, ClientFailure> ClientAssociation::onAction(const Apdu& apdu) {
    const auto idMatches = [&](InvokeIdAndPriority id) {
        return id.invokeId() == m_pendingId.invokeId();
    };
    if (const auto* normal = std::get_if<ActionResponseNormal>(&apdu)) {
        if (!idMatches(normal->invokeIdAndPriority) || m_lastBlock != 0) {
            return failOp(failure(ClientError::UnexpectedResponse, "action-response-normal"));
        }
        // Also the meter's answer to the last parameter block, or its refusal of an earlier one.
        return completeAction(normal->response);
    }
    if (const auto* ack = std::get_if<ActionResponseNextPBlock>(&apdu)) {
        if (!idMatches(ack->invokeIdAndPriority) || !m_actionSending ||
            ack->blockNumber != m_actionBlock || m_actionOffset >= m_actionRaw.size()) {
            return failOp(failure(ClientError::BlockTransferFailed,
                                  "action block ack " + std::to_string(ack->blockNumber) +
                                      " after block " + std::to_string(m_actionBlock)));
        }
        ActionRequestWithPBlock next{m_pendingId, DataBlockSa{}};
        auto header = encodeApdu(next);
        next.block = nextActionBlock((header ? header->size() : 16) + kBlockLengthGrowth);
        auto wire = wrap(next);
        if (!wire) {
            return failOp(wire.error());
        }
        ++m_progress.requests;
        return ClientStep{SendNext{std::move(*wire)}};
    }
    if (const auto* block = std::get_if<ActionResponseWithPBlock>(&apdu)) {
        if (!idMatches(block->invokeIdAndPriority)) {
            return failOp(failure(ClientError::UnexpectedResponse, "block of another invoke-id"));
        }
        if (block->block.blockNumber != m_lastBlock + 1) {
            return failOp(failure(ClientError::BlockTransferFailed,
                                  "action result block " +
                                      std::to_string(block->block.blockNumber) + " after " +
                                      std::to_string(m_lastBlock)));
        }
        const Bytes& raw = block->block.rawData;
        if (m_blockData.size() + raw.size() > m_config.maxResponseSize) {
            return failOp(
                failure(ClientError::ResponseTooLarge,
                        "more than " + std::to_string(m_config.maxResponseSize) + " bytes"));
        }
        m_actionSending = false;  // the meter has all parameters: it answers
        m_lastBlock = block->block.blockNumber;
        m_blockData.insert(m_blockData.end(), raw.begin(), raw.end());
        m_progress.bytesReceived += raw.size();
        ++m_progress.blocks;
        if (!block->block.lastBlock) {
            auto next = wrap(ActionRequestNextPBlock{m_pendingId, m_lastBlock});
            if (!next) {
                return failOp(next.error());
            }
            ++m_progress.requests;
            return ClientStep{SendNext{std::move(*next)}};
        }
        // The blocks carry what ACTION-Response-Normal carries after its invoke-id (the
        // action-result and the optional Get-Data-Result); a meter that sends only the return
        // value's Data is read as success with that value.
        Bytes rebuilt{static_cast<std::uint8_t>(ApduTag::ActionResponse), 0x01, m_pendingId.value};
        rebuilt.insert(rebuilt.end(), m_blockData.begin(), m_blockData.end());
        auto decoded = decodeApdu(rebuilt);
        ActionResponseWithOptionalData response;
        if (const auto* whole = decoded ? std::get_if<ActionResponseNormal>(&*decoded) : nullptr) {
            response = whole->response;
        } else {
            auto value = decodeAll(m_blockData);
            if (!value) {
                return failOp(failure(ClientError::MalformedResponse,
                                      "action result blocks: " + value.error().detail));
            }
            response.returnParameters = GetDataResult{std::move(*value)};
        }
        m_blockData.clear();
        m_lastBlock = 0;
        return completeAction(response);
    }
    return failOp(failure(ClientError::UnexpectedResponse,
                          std::string("action answered by ") + apduName(apdu)));
}

}  // namespace omt::dlms

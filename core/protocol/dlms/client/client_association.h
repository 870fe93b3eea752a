#pragma once
// The client side of one DLMS/COSEM application association (LN referencing), sans-I/O: it
// builds the request APDUs and consumes the response APDUs; the HDLC station or the TCP wrapper
// below it carries them, the session above it decides what to ask.
//
//   ClientAssociation client(ClientConfig::lowLevel(0x20, bytesOf("12345678")));
//   send(client.associate().value());                       // AARQ 60 36 A1 09 ...
//   auto step = client.receive(aare);                       // Completed{Associated{...}}
//   send(client.get({{8, ObisCode(0, 0, 1, 0, 0, 255), 2}}).value());   // C0 01 C1 00 08 ...
//   step = client.receive(response);                        // Completed{GetOutcome{...}}
//   while (auto* next = std::get_if<SendNext>(&*step)) {    // block transfer, HLS pass 3,
//       step = client.receive(exchange(next->apdu));        // further list batches ...
//   }
//   send(client.release().value());                         // RLRQ 62 03 80 01 00
//
// What it does for the caller:
//   - AARQ with no security, LLS (password) or HLS-GMAC (mechanism 5, security suite 0: the
//     glo-initiate-request, the CtoS challenge, the client system title); the AARE's result is
//     mapped to a typed error naming the diagnostic (AuthenticationFailure for a wrong password
//     or wrong keys, ContextNotSupported, AuthenticationRequired, InitiateRejected ...).
//   - HLS passes 3 and 4: reply_to_HLS_authentication with f(StoC), verification of f(CtoS).
//   - GET normal, GET-with-list batched by the negotiated conformance, the configured list bound
//     and the meter's max receive PDU size (one GET-normal per item without
//     multiple-references), selective access, GET block transfer (GET-next until the last block,
//     progress in bytes); SET normal, with-list, and block SET when the request would exceed the
//     meter's PDU size; ACTION normal, ACTION with long invocation parameters in blocks
//     (With-First-Pblock / With-Pblock, each acknowledged by Next-Pblock) when the meter allows
//     block-transfer-with-action, and a long action result arriving in blocks (With-Pblock,
//     acknowledged by ACTION-Request-Next-Pblock); RLRQ / RLRE.
//   - On the ciphered association every xDLMS request is glo-ciphered and every response must
//     decipher (invocation counters checked); a response that fails authentication is
//     ResponseAuthenticationFailed.
//   - EXCEPTION-Response and ConfirmedServiceError end the operation with a typed error;
//     data-access-results are per item (GetItem / SetItem), describeItem() names the object.
//
// One operation at a time. After a failed receive() the operation is over: the association
// stays usable (Associated) except for failures of the association itself. abort() forgets
// everything (the link below was lost).

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/client/client_error.h"
#include "protocol/dlms/security/security_context.h"

namespace omt::dlms {

enum class ClientAuthentication {
    None,     ///< lowest level security, LN context
    Low,      ///< LLS: a password, LN context
    HighGmac  ///< HLS-GMAC, ciphered LN context, security suite 0
};
/// "none", "low", "high-gmac".
const char* nameOf(ClientAuthentication a);

/// The conformance a client proposes by default: get, set, action, selective-access,
/// block-transfer-with-get-or-read, block-transfer-with-set-or-write, block-transfer-with-action,
/// multiple-references.
Conformance defaultClientConformance();

struct ClientConfig {
    std::uint16_t clientSap = 0x10;
    std::uint16_t serverSap = 1;
    ClientAuthentication authentication = ClientAuthentication::None;
    Bytes password;  ///< LLS secret; never logged
    /// HLS: the client's own system title and the meter's global unicast EK and AK.
    std::optional<security::SystemTitle> systemTitle;
    std::optional<security::SecurityKeys> keys;
    security::InvocationCounter invocationCounter = 0;  ///< the first IC the client uses
    Conformance proposedConformance = defaultClientConformance();
    std::uint16_t maxReceivePduSize = 1024;
    std::size_t challengeSize = 16;                     ///< CtoS length, 8..64
    std::size_t maxListItems = 16;                      ///< items per GET/SET-with-list request
    std::size_t maxResponseSize = 16U * 1024U * 1024U;  ///< bound of a block transfer

    static ClientConfig publicClient(std::uint16_t clientSap = 0x10);
    static ClientConfig lowLevel(std::uint16_t clientSap, Bytes password);
    static ClientConfig highLevelGmac(std::uint16_t clientSap, security::SystemTitle ownTitle,
                                      security::SecurityKeys keys);
};

/// An attribute to read or write: class, logical name, attribute, optional selective access.
struct AttributeRef {
    std::uint16_t classId = 0;
    cosem::ObisCode obis;
    std::int8_t attribute = 2;
    std::optional<SelectiveAccessDescriptor> access;
    friend bool operator==(const AttributeRef&, const AttributeRef&) = default;
};

/// A method to invoke.
struct MethodRef {
    std::uint16_t classId = 0;
    cosem::ObisCode obis;
    std::int8_t method = 1;
    friend bool operator==(const MethodRef&, const MethodRef&) = default;
};

struct SetItem {
    AttributeRef attribute;
    Data value;
};

/// The result of one attribute of a GET: the value or the meter's data-access-result.
struct GetItem {
    AttributeRef attribute;
    GetDataResult result;
};
struct SetItemResult {
    AttributeRef attribute;
    DataAccessResult result = DataAccessResult::Success;
};

struct Associated {
    Conformance negotiatedConformance;
    std::uint16_t serverMaxReceivePduSize = 0;
    ApplicationContextName context = ApplicationContextName::LogicalName;
};
struct GetOutcome {
    std::vector<GetItem> items;
};
struct SetOutcome {
    std::vector<SetItemResult> items;
};
struct ActionOutcome {
    MethodRef method;
    ActionResult result = ActionResult::Success;
    std::optional<GetDataResult> returnParameters;
};
struct Released {};

using Outcome = std::variant<Associated, GetOutcome, SetOutcome, ActionOutcome, Released>;

/// Send this APDU next and give its response to receive() (block transfer, HLS pass 3, the
/// next batch of a list).
struct SendNext {
    Bytes apdu;
};
/// The operation is complete.
struct Completed {
    Outcome outcome;
};
using ClientStep = std::variant<SendNext, Completed>;

/// How far the running operation has come.
struct ClientProgress {
    std::size_t itemsDone = 0;
    std::size_t itemsTotal = 0;
    std::size_t bytesReceived = 0;  ///< raw data of the block transfer so far
    std::uint32_t blocks = 0;       ///< blocks received (GET) or sent (SET)
    std::size_t requests = 0;       ///< request APDUs built for the operation
};

class ClientAssociation {
public:
    enum class State {
        NonAssociated,
        AwaitingAare,
        AwaitingHlsReply,  ///< pass 3 sent
        Associated,
        Busy,       ///< an xDLMS operation awaits its response
        Releasing,  ///< RLRQ sent
    };

    explicit ClientAssociation(ClientConfig config);

    /// The AARQ. Errors: InvalidState unless NonAssociated; InvalidRequest for HLS without a
    /// system title or keys, or a bad challenge size.
    Expected<Bytes, ClientFailure> associate();
    /// The first request APDU reading `items` (at least one). Errors: InvalidState unless
    /// Associated, InvalidRequest (empty list, an unencodable request).
    Expected<Bytes, ClientFailure> get(std::vector<AttributeRef> items);
    /// The first request APDU writing `items` (at least one). Errors as get().
    Expected<Bytes, ClientFailure> set(std::vector<SetItem> items);
    /// The first ACTION request: ACTION-Request-Normal, or -With-First-Pblock when the
    /// parameters do not fit the meter's PDU size and it negotiated block-transfer-with-action.
    /// Errors as get().
    Expected<Bytes, ClientFailure> action(const MethodRef& method,
                                          std::optional<Data> parameters = std::nullopt);
    /// The RLRQ (reason normal; with a ciphered InitiateRequest on the ciphered association).
    /// Allowed when Associated or Busy (the running operation is abandoned). Errors:
    /// InvalidState otherwise.
    Expected<Bytes, ClientFailure> release();

    /// The response APDU to the last request. Returns the next request to send or the
    /// completed outcome. Errors: the ClientError codes of the association and responses;
    /// InvalidState when nothing is awaited.
    Expected<ClientStep, ClientFailure> receive(ByteView apdu);

    /// The link below was lost or the caller gives up: back to NonAssociated.
    void abort();

    State state() const { return m_state; }
    const ClientConfig& config() const { return m_config; }
    const ClientProgress& progress() const { return m_progress; }
    Conformance negotiatedConformance() const { return m_negotiated; }
    std::uint16_t serverMaxReceivePduSize() const { return m_serverMaxPdu; }
    bool ciphered() const { return m_security.has_value(); }
    /// The security state of the ciphered association (nullptr otherwise).
    const security::SecurityContext* securityContext() const {
        return m_security ? &*m_security : nullptr;
    }

private:
    enum class Op { None, Get, Set, Action };

    Expected<ClientStep, ClientFailure> onAare(ByteView apdu);
    Expected<ClientStep, ClientFailure> onHlsReply(const Apdu& apdu);
    Expected<ClientStep, ClientFailure> onRlre(ByteView apdu);
    Expected<ClientStep, ClientFailure> onGet(const Apdu& apdu);
    Expected<ClientStep, ClientFailure> onSet(const Apdu& apdu);
    Expected<ClientStep, ClientFailure> onAction(const Apdu& apdu);
    /// The next block of the action's parameters, after a header of `overhead` bytes.
    DataBlockSa nextActionBlock(std::size_t overhead);
    Expected<ClientStep, ClientFailure> completeAction(
        const ActionResponseWithOptionalData& response);
    Expected<void, ClientFailure> finishGetBlock();
    /// Deciphers (on the ciphered association) and decodes one response APDU.
    Expected<Apdu, ClientFailure> unwrap(ByteView apdu);
    /// Encodes (and ciphers) an xDLMS request.
    Expected<Bytes, ClientFailure> wrap(const Apdu& request);
    Expected<Bytes, ClientFailure> nextGetRequest();
    Expected<Bytes, ClientFailure> nextSetRequest();
    Expected<ClientStep, ClientFailure> continueOrComplete(Expected<Bytes, ClientFailure> next,
                                                           bool more);
    std::size_t requestLimit() const;
    InvokeIdAndPriority nextInvokeId();
    ClientFailure failOp(ClientFailure failure);
    ClientFailure failAssociation(ClientFailure failure);

    ClientConfig m_config;
    State m_state = State::NonAssociated;
    Conformance m_negotiated;
    std::uint16_t m_serverMaxPdu = 0;
    std::optional<security::SecurityContext> m_security;
    Bytes m_clientChallenge;
    std::uint8_t m_invokeId = 0;
    InvokeIdAndPriority m_pendingId;

    // The running operation.
    Op m_op = Op::None;
    ClientProgress m_progress;
    std::vector<AttributeRef> m_getItems;
    std::vector<GetItem> m_getResults;
    std::size_t m_batchStart = 0;
    std::size_t m_batchSize = 0;
    bool m_batchIsList = false;
    Bytes m_blockData;
    std::uint32_t m_lastBlock = 0;
    bool m_inBlock = false;
    std::vector<SetItem> m_setItems;
    std::vector<SetItemResult> m_setResults;
    Bytes m_setRaw;  ///< block SET: the encoded value
    std::size_t m_setOffset = 0;
    std::uint32_t m_setBlock = 0;
    bool m_setInBlock = false;
    MethodRef m_method;
    Bytes m_actionRaw;  ///< ACTION with long parameters: their encoding, sent in blocks
    std::size_t m_actionOffset = 0;
    std::uint32_t m_actionBlock = 0;
    bool m_actionSending = false;
};

/// "1.0.1.8.0.255 attribute 2", the context of an item error.
std::string describeItem(const AttributeRef& attribute);
/// The data-access-result of a GET item, or nullopt when it carries a value.
std::optional<DataAccessResult> itemFailure(const GetItem& item);

const char* nameOf(ClientAssociation::State s);

}  // namespace omt::dlms

#include "protocol/dlms/apdu/apdu.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "protocol/dlms/apdu/codec_detail.h"

namespace omt::dlms {

using namespace detail;  // NOLINT(google-build-using-namespace): internal helpers of this module

namespace {

// ---------------------------------------------------------------------------------------------
// Tags and choices

constexpr std::uint8_t tagOf(ApduTag t) {
    return static_cast<std::uint8_t>(t);
}

/// Conformance block header: [APPLICATION 31] IMPLICIT BIT STRING, length 4, 0 unused bits.
constexpr std::uint8_t kConformanceHeader[] = {0x5F, 0x1F, 0x04, 0x00};

bool isUnsupportedTag(std::uint8_t tag) {
    switch (tag) {
        case 0x05:  // readRequest (short name)
        case 0x06:  // writeRequest
        case 0x0C:  // readResponse
        case 0x0D:  // writeResponse
        case 0x0F:  // data-notification
        case 0x16:  // unconfirmedWriteRequest
        case 0x18:  // informationReportRequest
        case 0xC2:  // event-notification-request
        case 0xD9:  // access-request
        case 0xDA:  // access-response
        case 0xE0:  // general-block-transfer
            return true;
        default:
            return false;
    }
}

ApduFailure unknownChoice(std::size_t offset, const char* what, unsigned value) {
    return fail(ApduError::UnknownChoice, offset,
                std::string(what) + " choice " + std::to_string(value));
}

// ---------------------------------------------------------------------------------------------
// Decoding of the shared parts

Result<InvokeIdAndPriority> readIip(ByteReader& r) {
    auto v = readU8(r, "invoke-id-and-priority");
    if (!v) {
        return v.error();
    }
    return InvokeIdAndPriority{*v};
}

Result<cosem::ObisCode> readObis(ByteReader& r) {
    auto b = r.take(6);
    if (!b) {
        return fail(ApduError::Truncated, r.offset(), "instance-id");
    }
    return cosem::ObisCode((*b)[0], (*b)[1], (*b)[2], (*b)[3], (*b)[4], (*b)[5]);
}

Result<CosemAttributeDescriptor> readAttributeDescriptor(ByteReader& r) {
    CosemAttributeDescriptor d;
    auto classId = readU16(r, "class-id");
    if (!classId) {
        return classId.error();
    }
    auto ln = readObis(r);
    if (!ln) {
        return ln.error();
    }
    auto attr = readU8(r, "attribute-id");
    if (!attr) {
        return attr.error();
    }
    d.classId = *classId;
    d.instanceId = *ln;
    d.attributeId = static_cast<std::int8_t>(*attr);
    return d;
}

Result<CosemMethodDescriptor> readMethodDescriptor(ByteReader& r) {
    CosemMethodDescriptor d;
    auto classId = readU16(r, "class-id");
    if (!classId) {
        return classId.error();
    }
    auto ln = readObis(r);
    if (!ln) {
        return ln.error();
    }
    auto method = readU8(r, "method-id");
    if (!method) {
        return method.error();
    }
    d.classId = *classId;
    d.instanceId = *ln;
    d.methodId = static_cast<std::int8_t>(*method);
    return d;
}

Result<std::optional<SelectiveAccessDescriptor>> readAccessSelection(ByteReader& r) {
    auto present = readPresence(r, "access-selection");
    if (!present) {
        return present.error();
    }
    if (!*present) {
        return std::optional<SelectiveAccessDescriptor>{};
    }
    auto selector = readU8(r, "access-selector");
    if (!selector) {
        return selector.error();
    }
    auto parameters = readData(r);
    if (!parameters) {
        return parameters.error();
    }
    return std::optional<SelectiveAccessDescriptor>{
        SelectiveAccessDescriptor{*selector, std::move(*parameters)}};
}

Result<AttributeWithSelection> readAttributeWithSelection(ByteReader& r) {
    auto attribute = readAttributeDescriptor(r);
    if (!attribute) {
        return attribute.error();
    }
    auto access = readAccessSelection(r);
    if (!access) {
        return access.error();
    }
    return AttributeWithSelection{*attribute, std::move(*access)};
}

/// Reads a SEQUENCE OF with `readItem`; the count is bounded and never used to pre-allocate.
template <class T, class ReadItem>
Result<std::vector<T>> readList(ByteReader& r, const char* field, ReadItem&& readItem) {
    auto count = readCount(r, field);
    if (!count) {
        return count.error();
    }
    std::vector<T> items;
    for (std::size_t i = 0; i < *count; ++i) {
        auto item = readItem(r);
        if (!item) {
            return item.error();
        }
        items.push_back(std::move(*item));
    }
    return items;
}

Result<DataAccessResult> readDataAccessResult(ByteReader& r) {
    auto v = readU8(r, "data-access-result");
    if (!v) {
        return v.error();
    }
    return static_cast<DataAccessResult>(*v);
}

Result<DataBlockSa> readDataBlockSa(ByteReader& r) {
    DataBlockSa b;
    auto last = readBool(r, "last-block");
    if (!last) {
        return last.error();
    }
    auto number = readU32(r, "block-number");
    if (!number) {
        return number.error();
    }
    auto raw = readOctetString(r, "raw-data");
    if (!raw) {
        return raw.error();
    }
    b.lastBlock = *last;
    b.blockNumber = *number;
    b.rawData = std::move(*raw);
    return b;
}

Result<GetDataResult> readGetDataResult(ByteReader& r) {
    const std::size_t at = r.offset();
    auto choice = readU8(r, "get-data-result");
    if (!choice) {
        return choice.error();
    }
    if (*choice == 0) {
        auto d = readData(r);
        if (!d) {
            return d.error();
        }
        return GetDataResult{std::move(*d)};
    }
    if (*choice == 1) {
        auto e = readDataAccessResult(r);
        if (!e) {
            return e.error();
        }
        return GetDataResult{*e};
    }
    return unknownChoice(at, "get-data-result", *choice);
}

Result<DataBlockG> readDataBlockG(ByteReader& r) {
    DataBlockG b;
    auto last = readBool(r, "last-block");
    if (!last) {
        return last.error();
    }
    auto number = readU32(r, "block-number");
    if (!number) {
        return number.error();
    }
    b.lastBlock = *last;
    b.blockNumber = *number;
    const std::size_t at = r.offset();
    auto choice = readU8(r, "datablock-g result");
    if (!choice) {
        return choice.error();
    }
    if (*choice == 0) {
        auto raw = readOctetString(r, "raw-data");
        if (!raw) {
            return raw.error();
        }
        b.result = std::move(*raw);
    } else if (*choice == 1) {
        auto e = readDataAccessResult(r);
        if (!e) {
            return e.error();
        }
        b.result = *e;
    } else {
        return unknownChoice(at, "datablock-g result", *choice);
    }
    return b;
}

Result<ActionResponseWithOptionalData> readActionResponseWithOptionalData(ByteReader& r) {
    ActionResponseWithOptionalData a;
    auto result = readU8(r, "action-result");
    if (!result) {
        return result.error();
    }
    a.result = static_cast<ActionResult>(*result);
    auto present = readPresence(r, "return-parameters");
    if (!present) {
        return present.error();
    }
    if (*present) {
        auto g = readGetDataResult(r);
        if (!g) {
            return g.error();
        }
        a.returnParameters = std::move(*g);
    }
    return a;
}

Result<Conformance> readConformance(ByteReader& r) {
    const std::size_t at = r.offset();
    for (const auto expected : kConformanceHeader) {
        auto b = readU8(r, "conformance");
        if (!b) {
            return b.error();
        }
        if (*b != expected) {
            return fail(ApduError::BadValue, at, "conformance: header is not 5F 1F 04 00");
        }
    }
    std::uint32_t bits = 0;
    for (int i = 0; i < 3; ++i) {
        auto b = readU8(r, "conformance");
        if (!b) {
            return b.error();
        }
        bits = (bits << 8U) | *b;
    }
    return Conformance::fromWire(bits);
}

Result<std::optional<std::int8_t>> readOptionalI8(ByteReader& r, const char* field) {
    auto present = readPresence(r, field);
    if (!present) {
        return present.error();
    }
    if (!*present) {
        return std::optional<std::int8_t>{};
    }
    auto v = readU8(r, field);
    if (!v) {
        return v.error();
    }
    return std::optional<std::int8_t>{static_cast<std::int8_t>(*v)};
}

// ---------------------------------------------------------------------------------------------
// Decoding of the APDU bodies (after the tag)

/// Wraps a decoded body (or its error) into the Apdu variant.
template <class T>
Result<Apdu> lift(Result<T>&& r) {
    if (!r) {
        return r.error();
    }
    return Apdu{std::move(*r)};
}

Result<InitiateRequest> decodeInitiateRequest(ByteReader& r) {
    InitiateRequest q;
    auto keyPresent = readPresence(r, "dedicated-key");
    if (!keyPresent) {
        return keyPresent.error();
    }
    if (*keyPresent) {
        auto key = readOctetString(r, "dedicated-key");
        if (!key) {
            return key.error();
        }
        q.dedicatedKey = std::move(*key);
    }
    auto allowedPresent = readPresence(r, "response-allowed");
    if (!allowedPresent) {
        return allowedPresent.error();
    }
    if (*allowedPresent) {
        auto allowed = readBool(r, "response-allowed");
        if (!allowed) {
            return allowed.error();
        }
        q.responseAllowed = *allowed;
    }
    auto qos = readOptionalI8(r, "proposed-quality-of-service");
    if (!qos) {
        return qos.error();
    }
    q.proposedQualityOfService = *qos;
    auto version = readU8(r, "proposed-dlms-version-number");
    if (!version) {
        return version.error();
    }
    q.proposedDlmsVersion = *version;
    auto conformance = readConformance(r);
    if (!conformance) {
        return conformance.error();
    }
    q.proposedConformance = *conformance;
    auto pdu = readU16(r, "client-max-receive-pdu-size");
    if (!pdu) {
        return pdu.error();
    }
    q.clientMaxReceivePduSize = *pdu;
    return q;
}

Result<InitiateResponse> decodeInitiateResponse(ByteReader& r) {
    InitiateResponse s;
    auto qos = readOptionalI8(r, "negotiated-quality-of-service");
    if (!qos) {
        return qos.error();
    }
    s.negotiatedQualityOfService = *qos;
    auto version = readU8(r, "negotiated-dlms-version-number");
    if (!version) {
        return version.error();
    }
    s.negotiatedDlmsVersion = *version;
    auto conformance = readConformance(r);
    if (!conformance) {
        return conformance.error();
    }
    s.negotiatedConformance = *conformance;
    auto pdu = readU16(r, "server-max-receive-pdu-size");
    if (!pdu) {
        return pdu.error();
    }
    s.serverMaxReceivePduSize = *pdu;
    auto vaa = readU16(r, "vaa-name");
    if (!vaa) {
        return vaa.error();
    }
    s.vaaName = static_cast<std::int16_t>(*vaa);
    return s;
}

Result<ConfirmedServiceError> decodeConfirmedServiceError(ByteReader& r) {
    const std::size_t serviceAt = r.offset();
    auto service = readU8(r, "confirmed-service-error");
    if (!service) {
        return service.error();
    }
    if (*service < 1 || *service > 19) {
        return unknownChoice(serviceAt, "confirmed-service-error", *service);
    }
    const std::size_t kindAt = r.offset();
    auto kind = readU8(r, "service-error");
    if (!kind) {
        return kind.error();
    }
    if (*kind > 9 || *kind == 8) {
        return unknownChoice(kindAt, "service-error", *kind);
    }
    auto value = readU8(r, "service-error value");
    if (!value) {
        return value.error();
    }
    return ConfirmedServiceError{static_cast<ConfirmedServiceChoice>(*service),
                                 {static_cast<ServiceErrorKind>(*kind), *value}};
}

Result<ExceptionResponse> decodeExceptionResponse(ByteReader& r) {
    ExceptionResponse e;
    auto state = readU8(r, "state-error");
    if (!state) {
        return state.error();
    }
    e.stateError = static_cast<StateError>(*state);
    const std::size_t at = r.offset();
    auto service = readU8(r, "service-error");
    if (!service) {
        return service.error();
    }
    if (*service < 1 || *service > 6) {
        return unknownChoice(at, "exception service-error", *service);
    }
    e.serviceError = static_cast<ExceptionServiceError>(*service);
    if (e.serviceError == ExceptionServiceError::InvocationCounterError) {
        auto counter = readU32(r, "invocation-counter");
        if (!counter) {
            return counter.error();
        }
        e.invocationCounter = *counter;
    }
    return e;
}

/// Reads invoke-id-and-priority and a block number (the *-Next / *-Datablock acknowledgements).
template <class T>
Result<Apdu> decodeIipBlockNumber(ByteReader& r) {
    T t;
    auto iip = readIip(r);
    if (!iip) {
        return iip.error();
    }
    auto number = readU32(r, "block-number");
    if (!number) {
        return number.error();
    }
    t.invokeIdAndPriority = *iip;
    t.blockNumber = *number;
    return Apdu{std::move(t)};
}

/// Reads invoke-id-and-priority and a DataBlock-SA.
template <class T>
Result<Apdu> decodeIipDataBlock(ByteReader& r) {
    T t;
    auto iip = readIip(r);
    if (!iip) {
        return iip.error();
    }
    auto block = readDataBlockSa(r);
    if (!block) {
        return block.error();
    }
    t.invokeIdAndPriority = *iip;
    t.block = std::move(*block);
    return Apdu{std::move(t)};
}

Result<Apdu> decodeGetRequest(ByteReader& r, std::uint8_t choice, std::size_t at) {
    switch (choice) {
        case 1: {
            GetRequestNormal g;
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto a = readAttributeWithSelection(r);
            if (!a) {
                return a.error();
            }
            g.invokeIdAndPriority = *iip;
            g.attribute = a->attribute;
            g.access = std::move(a->access);
            return Apdu{std::move(g)};
        }
        case 2:
            return decodeIipBlockNumber<GetRequestNext>(r);
        case 3: {
            GetRequestWithList g;
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto list = readList<AttributeWithSelection>(r, "attribute-descriptor-list",
                                                         readAttributeWithSelection);
            if (!list) {
                return list.error();
            }
            g.invokeIdAndPriority = *iip;
            g.attributes = std::move(*list);
            return Apdu{std::move(g)};
        }
        default:
            return unknownChoice(at, "get-request", choice);
    }
}

Result<Apdu> decodeGetResponse(ByteReader& r, std::uint8_t choice, std::size_t at) {
    auto iip = readIip(r);
    if (!iip) {
        return iip.error();
    }
    switch (choice) {
        case 1: {
            auto result = readGetDataResult(r);
            if (!result) {
                return result.error();
            }
            return Apdu{GetResponseNormal{*iip, std::move(*result)}};
        }
        case 2: {
            auto block = readDataBlockG(r);
            if (!block) {
                return block.error();
            }
            return Apdu{GetResponseWithDataBlock{*iip, std::move(*block)}};
        }
        case 3: {
            auto list = readList<GetDataResult>(r, "get-response results", readGetDataResult);
            if (!list) {
                return list.error();
            }
            return Apdu{GetResponseWithList{*iip, std::move(*list)}};
        }
        default:
            return unknownChoice(at, "get-response", choice);
    }
}

Result<Apdu> decodeSetRequest(ByteReader& r, std::uint8_t choice, std::size_t at) {
    if (choice < 1 || choice > 5) {
        return unknownChoice(at, "set-request", choice);
    }
    if (choice == 3) {
        return decodeIipDataBlock<SetRequestWithDataBlock>(r);
    }
    auto iip = readIip(r);
    if (!iip) {
        return iip.error();
    }
    if (choice == 1 || choice == 2) {
        auto a = readAttributeWithSelection(r);
        if (!a) {
            return a.error();
        }
        if (choice == 1) {
            auto value = readData(r);
            if (!value) {
                return value.error();
            }
            return Apdu{
                SetRequestNormal{*iip, a->attribute, std::move(a->access), std::move(*value)}};
        }
        auto block = readDataBlockSa(r);
        if (!block) {
            return block.error();
        }
        return Apdu{SetRequestWithFirstDataBlock{*iip, a->attribute, std::move(a->access),
                                                 std::move(*block)}};
    }
    auto list = readList<AttributeWithSelection>(r, "attribute-descriptor-list",
                                                 readAttributeWithSelection);
    if (!list) {
        return list.error();
    }
    if (choice == 4) {
        auto values = readList<Data>(r, "value-list", readData);
        if (!values) {
            return values.error();
        }
        return Apdu{SetRequestWithList{*iip, std::move(*list), std::move(*values)}};
    }
    auto block = readDataBlockSa(r);
    if (!block) {
        return block.error();
    }
    return Apdu{SetRequestWithListAndFirstDataBlock{*iip, std::move(*list), std::move(*block)}};
}

Result<Apdu> decodeSetResponse(ByteReader& r, std::uint8_t choice, std::size_t at) {
    switch (choice) {
        case 1: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto result = readDataAccessResult(r);
            if (!result) {
                return result.error();
            }
            return Apdu{SetResponseNormal{*iip, *result}};
        }
        case 2:
            return decodeIipBlockNumber<SetResponseDataBlock>(r);
        case 3: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto result = readDataAccessResult(r);
            if (!result) {
                return result.error();
            }
            auto number = readU32(r, "block-number");
            if (!number) {
                return number.error();
            }
            return Apdu{SetResponseLastDataBlock{*iip, *result, *number}};
        }
        case 4:
        case 5: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto list = readList<DataAccessResult>(r, "set-response results", readDataAccessResult);
            if (!list) {
                return list.error();
            }
            if (choice == 5) {
                return Apdu{SetResponseWithList{*iip, std::move(*list)}};
            }
            auto number = readU32(r, "block-number");
            if (!number) {
                return number.error();
            }
            return Apdu{SetResponseLastDataBlockWithList{*iip, std::move(*list), *number}};
        }
        default:
            return unknownChoice(at, "set-response", choice);
    }
}

Result<Apdu> decodeActionRequest(ByteReader& r, std::uint8_t choice, std::size_t at) {
    switch (choice) {
        case 1:
        case 4: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto method = readMethodDescriptor(r);
            if (!method) {
                return method.error();
            }
            if (choice == 4) {
                auto block = readDataBlockSa(r);
                if (!block) {
                    return block.error();
                }
                return Apdu{ActionRequestWithFirstPBlock{*iip, *method, std::move(*block)}};
            }
            ActionRequestNormal a{*iip, *method, std::nullopt};
            auto present = readPresence(r, "method-invocation-parameters");
            if (!present) {
                return present.error();
            }
            if (*present) {
                auto d = readData(r);
                if (!d) {
                    return d.error();
                }
                a.parameters = std::move(*d);
            }
            return Apdu{std::move(a)};
        }
        case 2:
            return decodeIipBlockNumber<ActionRequestNextPBlock>(r);
        case 3:
        case 5: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto methods = readList<CosemMethodDescriptor>(r, "cosem-method-descriptor-list",
                                                           readMethodDescriptor);
            if (!methods) {
                return methods.error();
            }
            if (choice == 5) {
                auto block = readDataBlockSa(r);
                if (!block) {
                    return block.error();
                }
                return Apdu{ActionRequestWithListAndFirstPBlock{*iip, std::move(*methods),
                                                                std::move(*block)}};
            }
            auto parameters = readList<Data>(r, "method-invocation-parameters", readData);
            if (!parameters) {
                return parameters.error();
            }
            return Apdu{ActionRequestWithList{*iip, std::move(*methods), std::move(*parameters)}};
        }
        case 6:
            return decodeIipDataBlock<ActionRequestWithPBlock>(r);
        default:
            return unknownChoice(at, "action-request", choice);
    }
}

Result<Apdu> decodeActionResponse(ByteReader& r, std::uint8_t choice, std::size_t at) {
    switch (choice) {
        case 1: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto response = readActionResponseWithOptionalData(r);
            if (!response) {
                return response.error();
            }
            return Apdu{ActionResponseNormal{*iip, std::move(*response)}};
        }
        case 2:
            return decodeIipDataBlock<ActionResponseWithPBlock>(r);
        case 3: {
            auto iip = readIip(r);
            if (!iip) {
                return iip.error();
            }
            auto list = readList<ActionResponseWithOptionalData>(
                r, "list-of-responses", readActionResponseWithOptionalData);
            if (!list) {
                return list.error();
            }
            return Apdu{ActionResponseWithList{*iip, std::move(*list)}};
        }
        case 4:
            return decodeIipBlockNumber<ActionResponseNextPBlock>(r);
        default:
            return unknownChoice(at, "action-response", choice);
    }
}

Result<Apdu> decodeXdlms(ByteReader& r, std::uint8_t tag) {
    switch (static_cast<ApduTag>(tag)) {
        case ApduTag::InitiateRequest:
            return lift(decodeInitiateRequest(r));
        case ApduTag::InitiateResponse:
            return lift(decodeInitiateResponse(r));
        case ApduTag::ConfirmedServiceError:
            return lift(decodeConfirmedServiceError(r));
        case ApduTag::ExceptionResponse:
            return lift(decodeExceptionResponse(r));
        default:
            break;
    }
    const std::size_t at = r.offset();
    auto choice = readU8(r, "service choice");
    if (!choice) {
        return choice.error();
    }
    switch (static_cast<ApduTag>(tag)) {
        case ApduTag::GetRequest:
            return decodeGetRequest(r, *choice, at);
        case ApduTag::GetResponse:
            return decodeGetResponse(r, *choice, at);
        case ApduTag::SetRequest:
            return decodeSetRequest(r, *choice, at);
        case ApduTag::SetResponse:
            return decodeSetResponse(r, *choice, at);
        case ApduTag::ActionRequest:
            return decodeActionRequest(r, *choice, at);
        case ApduTag::ActionResponse:
            return decodeActionResponse(r, *choice, at);
        default:
            return fail(ApduError::UnknownTag, 0, "tag " + std::to_string(tag));
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding

void writeHeader(ByteWriter& w, ApduTag tag, std::uint8_t choice, InvokeIdAndPriority iip) {
    w.u8(tagOf(tag)).u8(choice).u8(iip.value);
}

void writeObis(ByteWriter& w, const cosem::ObisCode& ln) {
    w.bytes(ByteView(ln.bytes.data(), ln.bytes.size()));
}

void writeAttributeDescriptor(ByteWriter& w, const CosemAttributeDescriptor& d) {
    w.u16(d.classId);
    writeObis(w, d.instanceId);
    w.u8(static_cast<std::uint8_t>(d.attributeId));
}

void writeMethodDescriptor(ByteWriter& w, const CosemMethodDescriptor& d) {
    w.u16(d.classId);
    writeObis(w, d.instanceId);
    w.u8(static_cast<std::uint8_t>(d.methodId));
}

Status writeAccessSelection(ByteWriter& w, const std::optional<SelectiveAccessDescriptor>& s) {
    if (!s) {
        w.u8(0x00);
        return {};
    }
    w.u8(0x01).u8(s->accessSelector);
    return writeData(w, s->accessParameters);
}

Status writeAttributeList(ByteWriter& w, const std::vector<AttributeWithSelection>& list) {
    if (auto ok = writeCount(w, list.size(), "attribute-descriptor-list"); !ok) {
        return ok;
    }
    for (const auto& a : list) {
        writeAttributeDescriptor(w, a.attribute);
        if (auto ok = writeAccessSelection(w, a.access); !ok) {
            return ok;
        }
    }
    return {};
}

Status writeDataList(ByteWriter& w, const std::vector<Data>& list, const char* field) {
    if (auto ok = writeCount(w, list.size(), field); !ok) {
        return ok;
    }
    for (const auto& d : list) {
        if (auto ok = writeData(w, d); !ok) {
            return ok;
        }
    }
    return {};
}

Status writeDataBlockSa(ByteWriter& w, const DataBlockSa& b) {
    writeBool(w, b.lastBlock);
    w.u32(b.blockNumber);
    return writeOctetString(w, b.rawData, "raw-data");
}

Status writeGetDataResult(ByteWriter& w, const GetDataResult& g) {
    if (const auto* d = std::get_if<Data>(&g)) {
        w.u8(0x00);
        return writeData(w, *d);
    }
    w.u8(0x01).u8(static_cast<std::uint8_t>(std::get<DataAccessResult>(g)));
    return {};
}

Status writeActionResponseWithOptionalData(ByteWriter& w, const ActionResponseWithOptionalData& a) {
    w.u8(static_cast<std::uint8_t>(a.result));
    if (!a.returnParameters) {
        w.u8(0x00);
        return {};
    }
    w.u8(0x01);
    return writeGetDataResult(w, *a.returnParameters);
}

void writeConformance(ByteWriter& w, Conformance c) {
    w.bytes(ByteView(kConformanceHeader, sizeof kConformanceHeader));
    const std::uint32_t bits = c.wire();
    w.u8(static_cast<std::uint8_t>(bits >> 16U))
        .u8(static_cast<std::uint8_t>(bits >> 8U))
        .u8(static_cast<std::uint8_t>(bits));
}

void writeOptionalI8(ByteWriter& w, const std::optional<std::int8_t>& v) {
    if (v) {
        w.u8(0x01).u8(static_cast<std::uint8_t>(*v));
    } else {
        w.u8(0x00);
    }
}

/// Appends an ACSE APDU produced by its own encoder.
Status appendAcse(ByteWriter& w, Expected<Bytes, ApduFailure>&& bytes) {
    if (!bytes) {
        return bytes.error();
    }
    w.bytes(*bytes);
    return {};
}

Status encodeBody(ByteWriter& w, const Aarq& a) {
    return appendAcse(w, encodeAarq(a));
}
Status encodeBody(ByteWriter& w, const Aare& a) {
    return appendAcse(w, encodeAare(a));
}
Status encodeBody(ByteWriter& w, const Rlrq& a) {
    return appendAcse(w, encodeRlrq(a));
}
Status encodeBody(ByteWriter& w, const Rlre& a) {
    return appendAcse(w, encodeRlre(a));
}

Status encodeBody(ByteWriter& w, const InitiateRequest& q) {
    w.u8(tagOf(ApduTag::InitiateRequest));
    if (q.dedicatedKey) {
        w.u8(0x01);
        if (auto ok = writeOctetString(w, *q.dedicatedKey, "dedicated-key"); !ok) {
            return ok;
        }
    } else {
        w.u8(0x00);
    }
    if (q.responseAllowed) {
        w.u8(0x00);  // DEFAULT TRUE: not encoded
    } else {
        w.u8(0x01).u8(0x00);
    }
    writeOptionalI8(w, q.proposedQualityOfService);
    w.u8(q.proposedDlmsVersion);
    writeConformance(w, q.proposedConformance);
    w.u16(q.clientMaxReceivePduSize);
    return {};
}

Status encodeBody(ByteWriter& w, const InitiateResponse& s) {
    w.u8(tagOf(ApduTag::InitiateResponse));
    writeOptionalI8(w, s.negotiatedQualityOfService);
    w.u8(s.negotiatedDlmsVersion);
    writeConformance(w, s.negotiatedConformance);
    w.u16(s.serverMaxReceivePduSize);
    w.u16(static_cast<std::uint16_t>(s.vaaName));
    return {};
}

Status encodeBody(ByteWriter& w, const ConfirmedServiceError& e) {
    w.u8(tagOf(ApduTag::ConfirmedServiceError))
        .u8(static_cast<std::uint8_t>(e.service))
        .u8(static_cast<std::uint8_t>(e.error.kind))
        .u8(e.error.value);
    return {};
}

Status encodeBody(ByteWriter& w, const ExceptionResponse& e) {
    w.u8(tagOf(ApduTag::ExceptionResponse))
        .u8(static_cast<std::uint8_t>(e.stateError))
        .u8(static_cast<std::uint8_t>(e.serviceError));
    if (e.serviceError == ExceptionServiceError::InvocationCounterError) {
        w.u32(e.invocationCounter);
    }
    return {};
}

Status encodeBody(ByteWriter& w, const GetRequestNormal& g) {
    writeHeader(w, ApduTag::GetRequest, 1, g.invokeIdAndPriority);
    writeAttributeDescriptor(w, g.attribute);
    return writeAccessSelection(w, g.access);
}

Status encodeBody(ByteWriter& w, const GetRequestNext& g) {
    writeHeader(w, ApduTag::GetRequest, 2, g.invokeIdAndPriority);
    w.u32(g.blockNumber);
    return {};
}

Status encodeBody(ByteWriter& w, const GetRequestWithList& g) {
    writeHeader(w, ApduTag::GetRequest, 3, g.invokeIdAndPriority);
    return writeAttributeList(w, g.attributes);
}

Status encodeBody(ByteWriter& w, const GetResponseNormal& g) {
    writeHeader(w, ApduTag::GetResponse, 1, g.invokeIdAndPriority);
    return writeGetDataResult(w, g.result);
}

Status encodeBody(ByteWriter& w, const GetResponseWithDataBlock& g) {
    writeHeader(w, ApduTag::GetResponse, 2, g.invokeIdAndPriority);
    writeBool(w, g.block.lastBlock);
    w.u32(g.block.blockNumber);
    if (const auto* raw = std::get_if<Bytes>(&g.block.result)) {
        w.u8(0x00);
        return writeOctetString(w, *raw, "raw-data");
    }
    w.u8(0x01).u8(static_cast<std::uint8_t>(std::get<DataAccessResult>(g.block.result)));
    return {};
}

Status encodeBody(ByteWriter& w, const GetResponseWithList& g) {
    writeHeader(w, ApduTag::GetResponse, 3, g.invokeIdAndPriority);
    if (auto ok = writeCount(w, g.results.size(), "get-response results"); !ok) {
        return ok;
    }
    for (const auto& result : g.results) {
        if (auto ok = writeGetDataResult(w, result); !ok) {
            return ok;
        }
    }
    return {};
}

Status encodeBody(ByteWriter& w, const SetRequestNormal& s) {
    writeHeader(w, ApduTag::SetRequest, 1, s.invokeIdAndPriority);
    writeAttributeDescriptor(w, s.attribute);
    if (auto ok = writeAccessSelection(w, s.access); !ok) {
        return ok;
    }
    return writeData(w, s.value);
}

Status encodeBody(ByteWriter& w, const SetRequestWithFirstDataBlock& s) {
    writeHeader(w, ApduTag::SetRequest, 2, s.invokeIdAndPriority);
    writeAttributeDescriptor(w, s.attribute);
    if (auto ok = writeAccessSelection(w, s.access); !ok) {
        return ok;
    }
    return writeDataBlockSa(w, s.block);
}

Status encodeBody(ByteWriter& w, const SetRequestWithDataBlock& s) {
    writeHeader(w, ApduTag::SetRequest, 3, s.invokeIdAndPriority);
    return writeDataBlockSa(w, s.block);
}

Status encodeBody(ByteWriter& w, const SetRequestWithList& s) {
    writeHeader(w, ApduTag::SetRequest, 4, s.invokeIdAndPriority);
    if (auto ok = writeAttributeList(w, s.attributes); !ok) {
        return ok;
    }
    return writeDataList(w, s.values, "value-list");
}

Status encodeBody(ByteWriter& w, const SetRequestWithListAndFirstDataBlock& s) {
    writeHeader(w, ApduTag::SetRequest, 5, s.invokeIdAndPriority);
    if (auto ok = writeAttributeList(w, s.attributes); !ok) {
        return ok;
    }
    return writeDataBlockSa(w, s.block);
}

Status writeResultList(ByteWriter& w, const std::vector<DataAccessResult>& results) {
    if (auto ok = writeCount(w, results.size(), "set-response results"); !ok) {
        return ok;
    }
    for (const auto result : results) {
        w.u8(static_cast<std::uint8_t>(result));
    }
    return {};
}

Status encodeBody(ByteWriter& w, const SetResponseNormal& s) {
    writeHeader(w, ApduTag::SetResponse, 1, s.invokeIdAndPriority);
    w.u8(static_cast<std::uint8_t>(s.result));
    return {};
}

Status encodeBody(ByteWriter& w, const SetResponseDataBlock& s) {
    writeHeader(w, ApduTag::SetResponse, 2, s.invokeIdAndPriority);
    w.u32(s.blockNumber);
    return {};
}

Status encodeBody(ByteWriter& w, const SetResponseLastDataBlock& s) {
    writeHeader(w, ApduTag::SetResponse, 3, s.invokeIdAndPriority);
    w.u8(static_cast<std::uint8_t>(s.result)).u32(s.blockNumber);
    return {};
}

Status encodeBody(ByteWriter& w, const SetResponseLastDataBlockWithList& s) {
    writeHeader(w, ApduTag::SetResponse, 4, s.invokeIdAndPriority);
    if (auto ok = writeResultList(w, s.results); !ok) {
        return ok;
    }
    w.u32(s.blockNumber);
    return {};
}

Status encodeBody(ByteWriter& w, const SetResponseWithList& s) {
    writeHeader(w, ApduTag::SetResponse, 5, s.invokeIdAndPriority);
    return writeResultList(w, s.results);
}

Status encodeBody(ByteWriter& w, const ActionRequestNormal& a) {
    writeHeader(w, ApduTag::ActionRequest, 1, a.invokeIdAndPriority);
    writeMethodDescriptor(w, a.method);
    if (!a.parameters) {
        w.u8(0x00);
        return {};
    }
    w.u8(0x01);
    return writeData(w, *a.parameters);
}

Status encodeBody(ByteWriter& w, const ActionRequestNextPBlock& a) {
    writeHeader(w, ApduTag::ActionRequest, 2, a.invokeIdAndPriority);
    w.u32(a.blockNumber);
    return {};
}

Status writeMethodList(ByteWriter& w, const std::vector<CosemMethodDescriptor>& methods) {
    if (auto ok = writeCount(w, methods.size(), "cosem-method-descriptor-list"); !ok) {
        return ok;
    }
    for (const auto& m : methods) {
        writeMethodDescriptor(w, m);
    }
    return {};
}

Status encodeBody(ByteWriter& w, const ActionRequestWithList& a) {
    writeHeader(w, ApduTag::ActionRequest, 3, a.invokeIdAndPriority);
    if (auto ok = writeMethodList(w, a.methods); !ok) {
        return ok;
    }
    return writeDataList(w, a.parameters, "method-invocation-parameters");
}

Status encodeBody(ByteWriter& w, const ActionRequestWithFirstPBlock& a) {
    writeHeader(w, ApduTag::ActionRequest, 4, a.invokeIdAndPriority);
    writeMethodDescriptor(w, a.method);
    return writeDataBlockSa(w, a.block);
}

Status encodeBody(ByteWriter& w, const ActionRequestWithListAndFirstPBlock& a) {
    writeHeader(w, ApduTag::ActionRequest, 5, a.invokeIdAndPriority);
    if (auto ok = writeMethodList(w, a.methods); !ok) {
        return ok;
    }
    return writeDataBlockSa(w, a.block);
}

Status encodeBody(ByteWriter& w, const ActionRequestWithPBlock& a) {
    writeHeader(w, ApduTag::ActionRequest, 6, a.invokeIdAndPriority);
    return writeDataBlockSa(w, a.block);
}

Status encodeBody(ByteWriter& w, const ActionResponseNormal& a) {
    writeHeader(w, ApduTag::ActionResponse, 1, a.invokeIdAndPriority);
    return writeActionResponseWithOptionalData(w, a.response);
}

Status encodeBody(ByteWriter& w, const ActionResponseWithPBlock& a) {
    writeHeader(w, ApduTag::ActionResponse, 2, a.invokeIdAndPriority);
    return writeDataBlockSa(w, a.block);
}

Status encodeBody(ByteWriter& w, const ActionResponseWithList& a) {
    writeHeader(w, ApduTag::ActionResponse, 3, a.invokeIdAndPriority);
    if (auto ok = writeCount(w, a.responses.size(), "list-of-responses"); !ok) {
        return ok;
    }
    for (const auto& response : a.responses) {
        if (auto ok = writeActionResponseWithOptionalData(w, response); !ok) {
            return ok;
        }
    }
    return {};
}

Status encodeBody(ByteWriter& w, const ActionResponseNextPBlock& a) {
    writeHeader(w, ApduTag::ActionResponse, 4, a.invokeIdAndPriority);
    w.u32(a.blockNumber);
    return {};
}

// ---------------------------------------------------------------------------------------------
// Names

struct NameOf {
    const char* operator()(const Aarq&) const { return "aarq"; }
    const char* operator()(const Aare&) const { return "aare"; }
    const char* operator()(const Rlrq&) const { return "rlrq"; }
    const char* operator()(const Rlre&) const { return "rlre"; }
    const char* operator()(const InitiateRequest&) const { return "initiate-request"; }
    const char* operator()(const InitiateResponse&) const { return "initiate-response"; }
    const char* operator()(const ConfirmedServiceError&) const { return "confirmed-service-error"; }
    const char* operator()(const ExceptionResponse&) const { return "exception-response"; }
    const char* operator()(const GetRequestNormal&) const { return "get-request-normal"; }
    const char* operator()(const GetRequestNext&) const { return "get-request-next"; }
    const char* operator()(const GetRequestWithList&) const { return "get-request-with-list"; }
    const char* operator()(const GetResponseNormal&) const { return "get-response-normal"; }
    const char* operator()(const GetResponseWithDataBlock&) const {
        return "get-response-with-datablock";
    }
    const char* operator()(const GetResponseWithList&) const { return "get-response-with-list"; }
    const char* operator()(const SetRequestNormal&) const { return "set-request-normal"; }
    const char* operator()(const SetRequestWithFirstDataBlock&) const {
        return "set-request-with-first-datablock";
    }
    const char* operator()(const SetRequestWithDataBlock&) const {
        return "set-request-with-datablock";
    }
    const char* operator()(const SetRequestWithList&) const { return "set-request-with-list"; }
    const char* operator()(const SetRequestWithListAndFirstDataBlock&) const {
        return "set-request-with-list-and-first-datablock";
    }
    const char* operator()(const SetResponseNormal&) const { return "set-response-normal"; }
    const char* operator()(const SetResponseDataBlock&) const { return "set-response-datablock"; }
    const char* operator()(const SetResponseLastDataBlock&) const {
        return "set-response-last-datablock";
    }
    const char* operator()(const SetResponseLastDataBlockWithList&) const {
        return "set-response-last-datablock-with-list";
    }
    const char* operator()(const SetResponseWithList&) const { return "set-response-with-list"; }
    const char* operator()(const ActionRequestNormal&) const { return "action-request-normal"; }
    const char* operator()(const ActionRequestNextPBlock&) const {
        return "action-request-next-pblock";
    }
    const char* operator()(const ActionRequestWithList&) const {
        return "action-request-with-list";
    }
    const char* operator()(const ActionRequestWithFirstPBlock&) const {
        return "action-request-with-first-pblock";
    }
    const char* operator()(const ActionRequestWithListAndFirstPBlock&) const {
        return "action-request-with-list-and-first-pblock";
    }
    const char* operator()(const ActionRequestWithPBlock&) const {
        return "action-request-with-pblock";
    }
    const char* operator()(const ActionResponseNormal&) const { return "action-response-normal"; }
    const char* operator()(const ActionResponseWithPBlock&) const {
        return "action-response-with-pblock";
    }
    const char* operator()(const ActionResponseWithList&) const {
        return "action-response-with-list";
    }
    const char* operator()(const ActionResponseNextPBlock&) const {
        return "action-response-next-pblock";
    }
};

}  // namespace

bool isCipheredTag(std::uint8_t tag) {
    static constexpr std::uint8_t kCiphered[] = {
        // glo-ciphered xDLMS APDUs (33, 37, 38, 40, 44, 45, 46, 54, 56)
        0x21, 0x25, 0x26, 0x28, 0x2C, 0x2D, 0x2E, 0x36, 0x38,
        // ded-ciphered xDLMS APDUs (65, 69, 70, 72, 76, 77, 78, 86, 88)
        0x41, 0x45, 0x46, 0x48, 0x4C, 0x4D, 0x4E, 0x56, 0x58,
        // glo-ciphered LN services (200..207)
        0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCF,
        // ded-ciphered LN services (208..215)
        0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD7,
        // general-glo-, general-ded-, general-ciphering, general-signing
        0xDB, 0xDC, 0xDD, 0xDF};
    return std::find(std::begin(kCiphered), std::end(kCiphered), tag) != std::end(kCiphered);
}

Expected<Apdu, ApduFailure> decodeApdu(ByteView bytes) {
    if (bytes.empty()) {
        return fail(ApduError::EmptyInput, 0, "apdu");
    }
    const std::uint8_t tag = bytes[0];
    switch (static_cast<ApduTag>(tag)) {
        case ApduTag::Aarq:
            return lift(decodeAarq(bytes));
        case ApduTag::Aare:
            return lift(decodeAare(bytes));
        case ApduTag::Rlrq:
            return lift(decodeRlrq(bytes));
        case ApduTag::Rlre:
            return lift(decodeRlre(bytes));
        case ApduTag::InitiateRequest:
        case ApduTag::InitiateResponse:
        case ApduTag::ConfirmedServiceError:
        case ApduTag::ExceptionResponse:
        case ApduTag::GetRequest:
        case ApduTag::GetResponse:
        case ApduTag::SetRequest:
        case ApduTag::SetResponse:
        case ApduTag::ActionRequest:
        case ApduTag::ActionResponse: {
            ByteReader r(bytes);
            r.skip(1);
            auto apdu = decodeXdlms(r, tag);
            if (!apdu) {
                return apdu.error();
            }
            if (!r.atEnd()) {
                return fail(ApduError::TrailingBytes, r.offset(),
                            std::to_string(r.remaining()) + " bytes after the apdu");
            }
            return apdu;
        }
    }
    if (isCipheredTag(tag)) {
        return fail(ApduError::CipheredApdu, 0,
                    "tag " + toHex(bytes.first(1)) + ": decipher first");
    }
    if (isUnsupportedTag(tag)) {
        return fail(ApduError::UnsupportedApdu, 0, "tag " + toHex(bytes.first(1)));
    }
    return fail(ApduError::UnknownTag, 0, "tag " + toHex(bytes.first(1)));
}

Expected<Bytes, ApduFailure> encodeApdu(const Apdu& apdu) {
    ByteWriter w;
    auto ok = std::visit([&w](const auto& a) { return encodeBody(w, a); }, apdu);
    if (!ok) {
        return ok.error();
    }
    return w.take();
}

const char* apduName(const Apdu& apdu) {
    return std::visit(NameOf{}, apdu);
}

}  // namespace omt::dlms

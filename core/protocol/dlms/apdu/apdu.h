#pragma once
// Every plain DLMS/COSEM APDU of logical-name referencing as one value type, with a decoder and
// an encoder. Ciphered APDUs are recognised by their tag and refused with
// ApduError::CipheredApdu: the security module deciphers them, then calls decodeApdu again.
//
//   auto apdu = decodeApdu(*fromHex("C4 01 C1 00 06 00 00 13 91"));
//   if (const auto* rsp = std::get_if<GetResponseNormal>(&*apdu)) {
//       const auto& value = std::get<Data>(rsp->result);   // double-long-unsigned 5009
//   }
//   Bytes wire = encodeApdu(GetRequestNext{InvokeIdAndPriority::make(1), 1}).value();
//
// Every count and length is checked against what remains before anything is allocated; list
// counts are bounded by kMaxListItems; Data values are decoded by the A-XDR codec with its own
// depth and size limits.

#include <cstdint>
#include <variant>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/action.h"
#include "protocol/dlms/apdu/apdu_error.h"
#include "protocol/dlms/apdu/get.h"
#include "protocol/dlms/apdu/initiate.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/apdu/set.h"

namespace omt::dlms {

/// First byte of the APDUs this module encodes and decodes.
enum class ApduTag : std::uint8_t {
    InitiateRequest = 0x01,
    InitiateResponse = 0x08,
    ConfirmedServiceError = 0x0E,
    Aarq = 0x60,
    Aare = 0x61,
    Rlrq = 0x62,
    Rlre = 0x63,
    GetRequest = 0xC0,
    SetRequest = 0xC1,
    ActionRequest = 0xC3,
    GetResponse = 0xC4,
    SetResponse = 0xC5,
    ActionResponse = 0xC7,
    ExceptionResponse = 0xD8,
};

/// A decoded plain APDU.
// clang-format off
using Apdu = std::variant<
    // ACSE
    Aarq, Aare, Rlrq, Rlre,
    // xDLMS context and errors
    InitiateRequest, InitiateResponse, ConfirmedServiceError, ExceptionResponse,
    // GET
    GetRequestNormal, GetRequestNext, GetRequestWithList,
    GetResponseNormal, GetResponseWithDataBlock, GetResponseWithList,
    // SET
    SetRequestNormal, SetRequestWithFirstDataBlock, SetRequestWithDataBlock, SetRequestWithList,
    SetRequestWithListAndFirstDataBlock,
    SetResponseNormal, SetResponseDataBlock, SetResponseLastDataBlock,
    SetResponseLastDataBlockWithList, SetResponseWithList,
    // ACTION
    ActionRequestNormal, ActionRequestNextPBlock, ActionRequestWithList,
    ActionRequestWithFirstPBlock, ActionRequestWithListAndFirstPBlock, ActionRequestWithPBlock,
    ActionResponseNormal, ActionResponseWithPBlock, ActionResponseWithList,
    ActionResponseNextPBlock>;
// clang-format on

/// Decodes one complete APDU (the whole view, nothing after it).
/// Errors: EmptyInput; CipheredApdu for glo-/ded-/general-ciphering tags (0x21..0x58 ciphered
/// xDLMS, 0xC8..0xD7, 0xDB..0xDF) — decipher first; UnsupportedApdu for DLMS APDUs outside this
/// module (short-name services, data-notification, event-notification, access,
/// general-block-transfer); UnknownTag for any other first byte; then the errors of the body:
/// Truncated, UnknownChoice (e.g. `C0 04`), ListTooLong, LengthExceedsInput, BadValue (e.g. a
/// conformance block that is not `5F 1F 04 00`), BadData (from the A-XDR codec), TrailingBytes,
/// and the ACSE errors of decodeAarq.
Expected<Apdu, ApduFailure> decodeApdu(ByteView bytes);

/// Encodes an APDU. Errors: ListTooLong (a list above kMaxListItems), BadData (a Data value the
/// A-XDR codec refuses). The two lists of SetRequestWithList / ActionRequestWithList are written
/// as given; matching their sizes is the caller's business.
Expected<Bytes, ApduFailure> encodeApdu(const Apdu& apdu);

/// Stable name of the alternative held: "aarq", "get-request-normal",
/// "set-response-last-datablock-with-list", "exception-response", ...
const char* apduName(const Apdu& apdu);

/// True when `tag` is the first byte of a ciphered APDU (glo-, ded-, general-glo-, general-ded-,
/// general-ciphering, general-signing).
bool isCipheredTag(std::uint8_t tag);

}  // namespace omt::dlms

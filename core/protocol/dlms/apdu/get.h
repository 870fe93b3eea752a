#pragma once
// GET service APDUs (IEC 62056-5-3, LN referencing): GET-Request (tag 0xC0) and GET-Response
// (tag 0xC4). Encode and decode them with encodeApdu / decodeApdu (apdu.h).
//
//   GetRequestNormal read{InvokeIdAndPriority::make(1, false, true),   // 0x81
//                         {8, cosem::ObisCode(0, 0, 1, 0, 0, 255), 2}, std::nullopt};
//   encodeApdu(read);   // C0 01 81 00 08 00 00 01 00 00 FF 02 00

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// Get-Data-Result ::= CHOICE { data [0] Data, data-access-result [1] Data-Access-Result }.
using GetDataResult = std::variant<Data, DataAccessResult>;

/// DataBlock-G: one block of a long GET; result is the raw-data block or an error.
struct DataBlockG {
    bool lastBlock = false;
    std::uint32_t blockNumber = 1;
    std::variant<Bytes, DataAccessResult> result;
    friend bool operator==(const DataBlockG&, const DataBlockG&) = default;
};

/// GET-Request-Normal (C0 01): one attribute, optionally with selective access.
struct GetRequestNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccessDescriptor> access;
    friend bool operator==(const GetRequestNormal&, const GetRequestNormal&) = default;
};

/// GET-Request-Next (C0 02): asks for the next block of a long GET.
struct GetRequestNext {
    InvokeIdAndPriority invokeIdAndPriority;
    std::uint32_t blockNumber = 0;  ///< number of the last block received
    friend bool operator==(const GetRequestNext&, const GetRequestNext&) = default;
};

/// GET-Request-With-List (C0 03): several attributes at once.
struct GetRequestWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<AttributeWithSelection> attributes;
    friend bool operator==(const GetRequestWithList&, const GetRequestWithList&) = default;
};

/// GET-Response-Normal (C4 01): the value or a data-access-result.
struct GetResponseNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    GetDataResult result;
    friend bool operator==(const GetResponseNormal&, const GetResponseNormal&) = default;
};

/// GET-Response-With-Datablock (C4 02): one block of a long GET.
struct GetResponseWithDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    DataBlockG block;
    friend bool operator==(const GetResponseWithDataBlock&,
                           const GetResponseWithDataBlock&) = default;
};

/// GET-Response-With-List (C4 03): one result per requested attribute.
struct GetResponseWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<GetDataResult> results;
    friend bool operator==(const GetResponseWithList&, const GetResponseWithList&) = default;
};

}  // namespace omt::dlms

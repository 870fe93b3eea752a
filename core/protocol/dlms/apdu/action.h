#pragma once
// ACTION service APDUs (IEC 62056-5-3, LN referencing): ACTION-Request (tag 0xC3) and
// ACTION-Response (tag 0xC7). Encode and decode them with encodeApdu / decodeApdu (apdu.h).
//
//   ActionRequestNormal reply{InvokeIdAndPriority::make(0), {15, ObisCode(0,0,40,0,0,255), 1},
//                             Data::octetString(fStoC)};     // reply_to_HLS_authentication
//   encodeApdu(reply);   // C3 01 C0 00 0F 00 00 28 00 00 FF 01 01 09 11 ...

#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "protocol/dlms/apdu/get.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// ACTION-Request-Normal (C3 01): one method with optional invocation parameters.
struct ActionRequestNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    CosemMethodDescriptor method;
    std::optional<Data> parameters;
    friend bool operator==(const ActionRequestNormal&, const ActionRequestNormal&) = default;
};

/// ACTION-Request-Next-Pblock (C3 02): asks for the next block of long return parameters.
struct ActionRequestNextPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    std::uint32_t blockNumber = 0;
    friend bool operator==(const ActionRequestNextPBlock&,
                           const ActionRequestNextPBlock&) = default;
};

/// ACTION-Request-With-List (C3 03): several methods, one parameter Data each.
struct ActionRequestWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<CosemMethodDescriptor> methods;
    std::vector<Data> parameters;
    friend bool operator==(const ActionRequestWithList&, const ActionRequestWithList&) = default;
};

/// ACTION-Request-With-First-Pblock (C3 04): the first block of long invocation parameters.
struct ActionRequestWithFirstPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    CosemMethodDescriptor method;
    DataBlockSa block;
    friend bool operator==(const ActionRequestWithFirstPBlock&,
                           const ActionRequestWithFirstPBlock&) = default;
};

/// ACTION-Request-With-List-And-First-Pblock (C3 05).
struct ActionRequestWithListAndFirstPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<CosemMethodDescriptor> methods;
    DataBlockSa block;
    friend bool operator==(const ActionRequestWithListAndFirstPBlock&,
                           const ActionRequestWithListAndFirstPBlock&) = default;
};

/// ACTION-Request-With-Pblock (C3 06): a following block of long invocation parameters.
struct ActionRequestWithPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    DataBlockSa block;
    friend bool operator==(const ActionRequestWithPBlock&,
                           const ActionRequestWithPBlock&) = default;
};

/// Action-Response-With-Optional-Data: the result and optional return parameters.
struct ActionResponseWithOptionalData {
    ActionResult result = ActionResult::Success;
    std::optional<GetDataResult> returnParameters;
    friend bool operator==(const ActionResponseWithOptionalData&,
                           const ActionResponseWithOptionalData&) = default;
};

/// ACTION-Response-Normal (C7 01).
struct ActionResponseNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    ActionResponseWithOptionalData response;
    friend bool operator==(const ActionResponseNormal&, const ActionResponseNormal&) = default;
};

/// ACTION-Response-With-Pblock (C7 02): one block of long return parameters.
struct ActionResponseWithPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    DataBlockSa block;
    friend bool operator==(const ActionResponseWithPBlock&,
                           const ActionResponseWithPBlock&) = default;
};

/// ACTION-Response-With-List (C7 03).
struct ActionResponseWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<ActionResponseWithOptionalData> responses;
    friend bool operator==(const ActionResponseWithList&, const ActionResponseWithList&) = default;
};

/// ACTION-Response-Next-Pblock (C7 04): acknowledges one block of invocation parameters.
struct ActionResponseNextPBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    std::uint32_t blockNumber = 0;
    friend bool operator==(const ActionResponseNextPBlock&,
                           const ActionResponseNextPBlock&) = default;
};

}  // namespace omt::dlms

#pragma once
// SET service APDUs (IEC 62056-5-3, LN referencing): SET-Request (tag 0xC1) and SET-Response
// (tag 0xC5). Encode and decode them with encodeApdu / decodeApdu (apdu.h).
//
//   SetRequestNormal write{InvokeIdAndPriority::make(1), {1, ObisCode(0,0,96,1,10,255), 2},
//                          std::nullopt, Data::octetString(bytesOf("ABC"))};
//   encodeApdu(write);   // C1 01 C1 00 01 00 00 60 01 0A FF 02 00 09 03 41 42 43

#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "protocol/dlms/apdu/service_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// SET-Request-Normal (C1 01): one attribute and its new value.
struct SetRequestNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccessDescriptor> access;
    Data value;
    friend bool operator==(const SetRequestNormal&, const SetRequestNormal&) = default;
};

/// SET-Request-With-First-Datablock (C1 02): the first block of a long SET.
struct SetRequestWithFirstDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccessDescriptor> access;
    DataBlockSa block;
    friend bool operator==(const SetRequestWithFirstDataBlock&,
                           const SetRequestWithFirstDataBlock&) = default;
};

/// SET-Request-With-Datablock (C1 03): a following block of a long SET.
struct SetRequestWithDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    DataBlockSa block;
    friend bool operator==(const SetRequestWithDataBlock&,
                           const SetRequestWithDataBlock&) = default;
};

/// SET-Request-With-List (C1 04): several attributes and one value each.
struct SetRequestWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<AttributeWithSelection> attributes;
    std::vector<Data> values;
    friend bool operator==(const SetRequestWithList&, const SetRequestWithList&) = default;
};

/// SET-Request-With-List-And-First-Datablock (C1 05).
struct SetRequestWithListAndFirstDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<AttributeWithSelection> attributes;
    DataBlockSa block;
    friend bool operator==(const SetRequestWithListAndFirstDataBlock&,
                           const SetRequestWithListAndFirstDataBlock&) = default;
};

/// SET-Response-Normal (C5 01).
struct SetResponseNormal {
    InvokeIdAndPriority invokeIdAndPriority;
    DataAccessResult result = DataAccessResult::Success;
    friend bool operator==(const SetResponseNormal&, const SetResponseNormal&) = default;
};

/// SET-Response-Datablock (C5 02): acknowledges one block of a long SET.
struct SetResponseDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    std::uint32_t blockNumber = 0;
    friend bool operator==(const SetResponseDataBlock&, const SetResponseDataBlock&) = default;
};

/// SET-Response-Last-Datablock (C5 03): result of a long SET after its last block.
struct SetResponseLastDataBlock {
    InvokeIdAndPriority invokeIdAndPriority;
    DataAccessResult result = DataAccessResult::Success;
    std::uint32_t blockNumber = 0;
    friend bool operator==(const SetResponseLastDataBlock&,
                           const SetResponseLastDataBlock&) = default;
};

/// SET-Response-Last-Datablock-With-List (C5 04).
struct SetResponseLastDataBlockWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<DataAccessResult> results;
    std::uint32_t blockNumber = 0;
    friend bool operator==(const SetResponseLastDataBlockWithList&,
                           const SetResponseLastDataBlockWithList&) = default;
};

/// SET-Response-With-List (C5 05).
struct SetResponseWithList {
    InvokeIdAndPriority invokeIdAndPriority;
    std::vector<DataAccessResult> results;
    friend bool operator==(const SetResponseWithList&, const SetResponseWithList&) = default;
};

}  // namespace omt::dlms

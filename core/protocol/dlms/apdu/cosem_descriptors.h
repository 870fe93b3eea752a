#pragma once
// The building blocks shared by the GET / SET / ACTION services (IEC 62056-5-3, LN referencing):
// invoke-id-and-priority, COSEM attribute and method descriptors, the selective access
// descriptor with helpers for the Profile Generic range and entry descriptors, and DataBlock-SA.
//
//   CosemAttributeDescriptor clock{8, cosem::ObisCode(0, 0, 1, 0, 0, 255), 2};
//   auto access = makeEntryDescriptor({.fromEntry = 1, .toEntry = 10});
//   auto range = parseRangeDescriptor(*request.access);   // server side

#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/apdu/apdu_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

/// Invoke-Id-And-Priority (one byte): bits 0-3 invoke id, bit 6 service class (1 = confirmed),
/// bit 7 priority (1 = high). Kept as the raw byte so reserved bits 4-5 survive a round trip.
struct InvokeIdAndPriority {
    std::uint8_t value = 0xC1;  ///< invoke id 1, confirmed, high priority

    /// InvokeIdAndPriority::make(1) == {0xC1}; make(1, true, false) == {0x41}.
    static constexpr InvokeIdAndPriority make(std::uint8_t invokeId, bool confirmed = true,
                                              bool highPriority = true) {
        return {static_cast<std::uint8_t>((invokeId & 0x0FU) | (confirmed ? 0x40U : 0U) |
                                          (highPriority ? 0x80U : 0U))};
    }
    constexpr std::uint8_t invokeId() const { return value & 0x0FU; }
    constexpr bool confirmed() const { return (value & 0x40U) != 0; }
    constexpr bool highPriority() const { return (value & 0x80U) != 0; }
    friend constexpr bool operator==(InvokeIdAndPriority, InvokeIdAndPriority) = default;
};

/// Cosem-Attribute-Descriptor: class id, instance id (logical name), attribute id.
struct CosemAttributeDescriptor {
    std::uint16_t classId = 0;
    cosem::ObisCode instanceId;
    std::int8_t attributeId = 0;
    friend bool operator==(const CosemAttributeDescriptor&,
                           const CosemAttributeDescriptor&) = default;
};

/// Cosem-Method-Descriptor: class id, instance id (logical name), method id.
struct CosemMethodDescriptor {
    std::uint16_t classId = 0;
    cosem::ObisCode instanceId;
    std::int8_t methodId = 0;
    friend bool operator==(const CosemMethodDescriptor&, const CosemMethodDescriptor&) = default;
};

/// Selective-Access-Descriptor: an access selector and its parameters (any Data).
struct SelectiveAccessDescriptor {
    std::uint8_t accessSelector = 0;
    Data accessParameters;
    friend bool operator==(const SelectiveAccessDescriptor&,
                           const SelectiveAccessDescriptor&) = default;
};

/// Cosem-Attribute-Descriptor-With-Selection (the elements of the with-list requests).
struct AttributeWithSelection {
    CosemAttributeDescriptor attribute;
    std::optional<SelectiveAccessDescriptor> access;
    friend bool operator==(const AttributeWithSelection&, const AttributeWithSelection&) = default;
};

/// DataBlock-SA: one block of a long SET / ACTION transfer (raw bytes of the A-XDR encoding).
struct DataBlockSa {
    bool lastBlock = false;
    std::uint32_t blockNumber = 1;
    Bytes rawData;
    friend bool operator==(const DataBlockSa&, const DataBlockSa&) = default;
};

/// A Profile Generic capture object definition: structure{class_id long-unsigned, logical_name
/// octet-string(6), attribute_index integer, data_index long-unsigned}.
struct CaptureObjectDefinition {
    std::uint16_t classId = 0;
    cosem::ObisCode logicalName;
    std::int8_t attributeIndex = 0;
    std::uint16_t dataIndex = 0;
    friend bool operator==(const CaptureObjectDefinition&,
                           const CaptureObjectDefinition&) = default;
};

/// Profile Generic range descriptor (access selector 1).
struct RangeDescriptor {
    static constexpr std::uint8_t kSelector = 1;
    CaptureObjectDefinition restrictingObject;  ///< usually the clock: {8, 0.0.1.0.0.255, 2, 0}
    Data fromValue;                             ///< usually a 12-byte date-time octet-string
    Data toValue;
    std::vector<CaptureObjectDefinition> selectedValues;  ///< empty = all columns
    friend bool operator==(const RangeDescriptor&, const RangeDescriptor&) = default;
};

/// Profile Generic entry descriptor (access selector 2). toEntry 0 = up to the last entry;
/// toSelectedValue 0 = up to the last column.
struct EntryDescriptor {
    static constexpr std::uint8_t kSelector = 2;
    std::uint32_t fromEntry = 1;
    std::uint32_t toEntry = 0;
    std::uint16_t fromSelectedValue = 1;
    std::uint16_t toSelectedValue = 0;
    friend bool operator==(const EntryDescriptor&, const EntryDescriptor&) = default;
};

/// The Data form of a capture object definition (structure of 4).
Data toData(const CaptureObjectDefinition& c);

/// Selective access by range: selector 1 with structure{restricting object, from, to, selected
/// values array}. Example: makeRangeDescriptor({{8, clockLn, 2, 0}, from, to, {}}).
SelectiveAccessDescriptor makeRangeDescriptor(const RangeDescriptor& range);

/// Selective access by entry: selector 2 with structure{double-long-unsigned from_entry,
/// double-long-unsigned to_entry, long-unsigned from_selected_value, long-unsigned
/// to_selected_value}.
SelectiveAccessDescriptor makeEntryDescriptor(const EntryDescriptor& entry);

/// Interprets a capture object definition. BadValue (offset 0, detail names the member) when the
/// Data is not a structure of exactly those four typed members.
Expected<CaptureObjectDefinition, ApduFailure> parseCaptureObjectDefinition(const Data& d);

/// Interprets a selective access descriptor with selector 1. BadValue when the selector is not 1
/// or the parameters do not have the range descriptor's shape.
Expected<RangeDescriptor, ApduFailure> parseRangeDescriptor(const SelectiveAccessDescriptor& s);

/// Interprets a selective access descriptor with selector 2. BadValue when the selector is not 2
/// or the parameters do not have the entry descriptor's shape.
Expected<EntryDescriptor, ApduFailure> parseEntryDescriptor(const SelectiveAccessDescriptor& s);

}  // namespace omt::dlms

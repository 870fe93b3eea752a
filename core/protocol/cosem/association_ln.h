#pragma once
// Association LN (class 15) attribute values: the object list with its access rights, the
// associated partners, the application context and authentication mechanism names and the
// xDLMS context info.
//
//   auto objects = ObjectList::fromData(attribute2);          // association version 3 rules
//   for (const auto& o : objects->entries) {
//       const auto* time = o.findAttributeAccess(2);
//       bool canSet = time && time->writable(kAssociationLnVersion);
//   }
//
// Access modes: versions 0..2 of the class give attribute access as an enum (no-access 0 ...
// authenticated-read-and-write 6) and method access as a boolean (version 0) or an enum
// (no-access 0, access 1, authenticated-access 2); version 3 gives both as bit sets (kAccess*).
// The views keep the raw value and take the association version when reading and interpreting
// it; a boolean method access_mode is accepted with every version and written back as boolean.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/apdu/initiate.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// The Association LN version these views default to.
inline constexpr std::uint8_t kAssociationLnVersion = 3;

/// Attribute access_mode values of Association LN versions 0..2.
enum class AttributeAccessMode : std::uint8_t {
    NoAccess = 0,
    ReadOnly = 1,
    WriteOnly = 2,
    ReadAndWrite = 3,
    AuthenticatedReadOnly = 4,
    AuthenticatedWriteOnly = 5,
    AuthenticatedReadAndWrite = 6,
};

/// Method access_mode values of Association LN versions 1..2 (version 0: boolean).
enum class MethodAccessMode : std::uint8_t {
    NoAccess = 0,
    Access = 1,
    AuthenticatedAccess = 2,
};

/// Access mode bits of Association LN version 3 (attribute and method access_mode).
inline constexpr std::uint8_t kAccessRead = 0x01;   ///< attribute: read; method: access
inline constexpr std::uint8_t kAccessWrite = 0x02;  ///< attribute only (not used for methods)
inline constexpr std::uint8_t kAccessAuthenticatedRequest = 0x04;
inline constexpr std::uint8_t kAccessEncryptedRequest = 0x08;
inline constexpr std::uint8_t kAccessDigitallySignedRequest = 0x10;
inline constexpr std::uint8_t kAccessAuthenticatedResponse = 0x20;
inline constexpr std::uint8_t kAccessEncryptedResponse = 0x40;
inline constexpr std::uint8_t kAccessDigitallySignedResponse = 0x80;

/// attribute_access_item: structure{attribute_id integer, access_mode enum, access_selectors
/// CHOICE{null-data, array of integer}}.
/// Example: {1, read-only, null} -> 02 03 0F 01 16 01 00.
struct AttributeAccessItem {
    std::int8_t attributeId = 0;
    std::uint8_t accessMode = 0;
    std::optional<std::vector<std::int8_t>> accessSelectors;  ///< nullopt: null-data

    /// true when the mode allows reading (with or without authentication) in that version.
    bool readable(std::uint8_t associationVersion) const;
    /// true when the mode allows writing in that version.
    bool writable(std::uint8_t associationVersion) const;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, UnknownEnum (access_mode outside 0..6 for versions
    /// 0..2).
    static Expected<AttributeAccessItem, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("attribute_access_item"),
        std::uint8_t associationVersion = kAssociationLnVersion);
    friend bool operator==(const AttributeAccessItem&, const AttributeAccessItem&) = default;
};

/// method_access_item: structure{method_id integer, access_mode enum (or boolean, version 0)}.
struct MethodAccessItem {
    std::int8_t methodId = 0;
    std::uint8_t accessMode = 0;  ///< for a boolean: 0 false, 1 true
    bool asBoolean = false;       ///< access_mode was (and is written as) a boolean

    /// true when the method may be invoked (with or without authentication) in that version.
    bool permitted(std::uint8_t associationVersion) const;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, UnknownEnum (enum outside 0..2 for versions 0..2,
    /// or the unused bit 1 set in version 3).
    static Expected<MethodAccessItem, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("method_access_item"),
        std::uint8_t associationVersion = kAssociationLnVersion);
    friend bool operator==(const MethodAccessItem&, const MethodAccessItem&) = default;
};

/// access_right: structure{attribute_access array, method_access array}.
struct AccessRights {
    std::vector<AttributeAccessItem> attributeAccess;
    std::vector<MethodAccessItem> methodAccess;

    dlms::Data toData() const;
    static Expected<AccessRights, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("access_rights"),
        std::uint8_t associationVersion = kAssociationLnVersion);
    friend bool operator==(const AccessRights&, const AccessRights&) = default;
};

/// object_list_element: structure{class_id long-unsigned, version unsigned, logical_name
/// octet-string(6), access_rights}.
/// Example (Clock, version 0): 02 04 12 00 08 11 00 09 06 00 00 01 00 00 FF 02 02 01 ...
struct ObjectListElement {
    std::uint16_t classId = 0;
    std::uint8_t version = 0;
    ObisCode logicalName;
    AccessRights accessRights;

    /// The access item of attribute `id`, or nullptr when the list does not name it.
    const AttributeAccessItem* findAttributeAccess(std::int8_t id) const;
    /// The access item of method `id`, or nullptr.
    const MethodAccessItem* findMethodAccess(std::int8_t id) const;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength (logical name), UnknownEnum (access
    /// modes), with paths such as "object_list[3].access_rights.attribute_access[1].access_mode".
    static Expected<ObjectListElement, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("object_list_element"),
        std::uint8_t associationVersion = kAssociationLnVersion);
    friend bool operator==(const ObjectListElement&, const ObjectListElement&) = default;
};

/// object_list (attribute 2): array of object_list_element.
struct ObjectList {
    std::vector<ObjectListElement> entries;

    /// The element with this class id and logical name, or nullptr.
    const ObjectListElement* find(std::uint16_t classId, const ObisCode& logicalName) const;

    dlms::Data toData() const;
    static Expected<ObjectList, CosemFailure> fromData(
        const dlms::Data& d, std::uint8_t associationVersion = kAssociationLnVersion);
    static Expected<ObjectList, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at,
        std::uint8_t associationVersion = kAssociationLnVersion);
    friend bool operator==(const ObjectList&, const ObjectList&) = default;
};

/// associated_partners_id (attribute 3): structure{client_SAP integer, server_SAP
/// long-unsigned}. Example: {16, 1} -> 02 02 0F 10 12 00 01.
struct AssociatedPartnersId {
    std::int8_t clientSap = 0;
    std::uint16_t serverSap = 0;

    dlms::Data toData() const;
    static Expected<AssociatedPartnersId, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("associated_partners_id"));
    friend bool operator==(const AssociatedPartnersId&, const AssociatedPartnersId&) = default;
};

/// Member names of an object-identifier name given as a structure (the last two differ between
/// application_context_name and authentication_mechanism_name).
struct OidNameSpec {
    const char* root;
    const char* sixth;
    const char* seventh;
};
inline constexpr OidNameSpec kApplicationContextSpec{
    "application_context_name", "application_context_element", "context_id_element"};
inline constexpr OidNameSpec kAuthenticationMechanismSpec{"authentication_mechanism_name",
                                                          "authentication_mechanism_name_element",
                                                          "mechanism_id_element"};

/// An object identifier of the DLMS UA arc {2 16 756 5 8 x y}, as an Association LN attribute
/// holds it: either the BER-encoded OID in an octet-string (60 85 74 05 08 01 01), or a
/// structure of seven elements {unsigned, unsigned, long-unsigned, unsigned, unsigned,
/// unsigned, unsigned}. The form read is the form written back.
template <const OidNameSpec& kSpec>
struct OidName {
    using Arcs = std::array<std::uint16_t, 7>;
    bool asStructure = false;
    Bytes encoded;  ///< octet-string form: the BER contents octets of the OID
    Arcs arcs{};    ///< structure form

    /// The DLMS UA name {2, 16, 756, 5, 8, kind, id} in the octet-string form.
    static OidName dlmsUa(std::uint8_t kind, std::uint8_t id);
    /// The seven arcs whichever form; nullopt when the octet-string is not an OID of seven arcs
    /// that fit the structure form's types.
    std::optional<Arcs> components() const;
    /// The last arc (context id: 1 LN, 2 SN, 3 LN ciphered, 4 SN ciphered; or mechanism id:
    /// 0 lowest, 1 LLS, 2..7 HLS), nullopt as for components().
    std::optional<std::uint8_t> id() const;

    dlms::Data toData() const;
    /// Errors: WrongType (neither octet-string nor structure, or a member of the wrong type),
    /// WrongElementCount (structure not of 7). The octet-string form is kept as received (any
    /// contents); components() tells whether it is a seven-arc OID.
    static Expected<OidName, CosemFailure> fromData(const dlms::Data& d,
                                                    const FieldPath& at = FieldPath(kSpec.root));
    friend bool operator==(const OidName&, const OidName&) = default;
};

using ApplicationContextName = OidName<kApplicationContextSpec>;
using AuthenticationMechanismName = OidName<kAuthenticationMechanismSpec>;

/// xDLMS_context_info (attribute 5): structure{conformance bit-string(24), max_receive_pdu_size
/// long-unsigned, max_send_pdu_size long-unsigned, dlms_version_number unsigned,
/// quality_of_service integer, cyphering_info octet-string}.
struct XdlmsContextInfo {
    dlms::Conformance conformance;
    std::uint16_t maxReceivePduSize = 0;
    std::uint16_t maxSendPduSize = 0;
    std::uint8_t dlmsVersionNumber = 6;
    std::int8_t qualityOfService = 0;
    Bytes cypheringInfo;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength (conformance not 24 bits).
    static Expected<XdlmsContextInfo, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("xDLMS_context_info"));
    friend bool operator==(const XdlmsContextInfo&, const XdlmsContextInfo&) = default;
};

/// association_status (attribute 8).
enum class AssociationStatus : std::uint8_t {
    NonAssociated = 0,
    AssociationPending = 1,
    Associated = 2,
};
/// Errors: WrongType, UnknownEnum (outside 0..2).
Expected<AssociationStatus, CosemFailure> associationStatusFromData(
    const dlms::Data& d, const FieldPath& at = FieldPath("association_status"));

}  // namespace omt::cosem

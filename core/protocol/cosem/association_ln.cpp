#include "protocol/cosem/association_ln.h"

#include <string>

namespace omt::cosem {

using dlms::Data;
using dlms::DataType;

// --- access modes

bool AttributeAccessItem::readable(std::uint8_t associationVersion) const {
    if (associationVersion >= 3) {
        return (accessMode & kAccessRead) != 0;
    }
    switch (static_cast<AttributeAccessMode>(accessMode)) {
        case AttributeAccessMode::ReadOnly:
        case AttributeAccessMode::ReadAndWrite:
        case AttributeAccessMode::AuthenticatedReadOnly:
        case AttributeAccessMode::AuthenticatedReadAndWrite:
            return true;
        default:
            return false;
    }
}

bool AttributeAccessItem::writable(std::uint8_t associationVersion) const {
    if (associationVersion >= 3) {
        return (accessMode & kAccessWrite) != 0;
    }
    switch (static_cast<AttributeAccessMode>(accessMode)) {
        case AttributeAccessMode::WriteOnly:
        case AttributeAccessMode::ReadAndWrite:
        case AttributeAccessMode::AuthenticatedWriteOnly:
        case AttributeAccessMode::AuthenticatedReadAndWrite:
            return true;
        default:
            return false;
    }
}

Data AttributeAccessItem::toData() const {
    Data selectors;
    if (accessSelectors) {
        DataList list;
        list.reserve(accessSelectors->size());
        for (auto s : *accessSelectors) {
            list.push_back(Data::integer(s));
        }
        selectors = Data::array(std::move(list));
    }
    return Data::structure(
        {Data::integer(attributeId), Data::enumValue(accessMode), std::move(selectors)});
}

Expected<AttributeAccessItem, CosemFailure> AttributeAccessItem::fromData(
    const Data& d, const FieldPath& at, std::uint8_t associationVersion) {
    auto members = readStructure(d, 3, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    AttributeAccessItem item;
    auto id = readInteger8(m[0], at.member("attribute_id"));
    if (!id) {
        return id.error();
    }
    item.attributeId = *id;
    const FieldPath modeAt = at.member("access_mode");
    auto mode = readEnumValue(m[1], modeAt);
    if (!mode) {
        return mode.error();
    }
    if (associationVersion < 3 &&
        *mode > static_cast<std::uint8_t>(AttributeAccessMode::AuthenticatedReadAndWrite)) {
        return unknownEnum(*mode, modeAt);
    }
    item.accessMode = *mode;
    const FieldPath selectorsAt = at.member("access_selectors");
    if (m[2].type() != DataType::NullData) {
        auto list = readArray(m[2], selectorsAt);
        if (!list) {
            return selectorsAt.fail(
                CosemError::WrongType,
                std::string("expected null-data or array, got ") + dlms::dataTypeName(m[2].type()));
        }
        std::vector<std::int8_t> selectors;
        selectors.reserve((*list)->size());
        for (std::size_t i = 0; i < (*list)->size(); ++i) {
            auto s = readInteger8((**list)[i], selectorsAt.element(i));
            if (!s) {
                return s.error();
            }
            selectors.push_back(*s);
        }
        item.accessSelectors = std::move(selectors);
    }
    return item;
}

bool MethodAccessItem::permitted(std::uint8_t associationVersion) const {
    if (asBoolean) {
        return accessMode != 0;
    }
    if (associationVersion >= 3) {
        return (accessMode & kAccessRead) != 0;
    }
    return accessMode == static_cast<std::uint8_t>(MethodAccessMode::Access) ||
           accessMode == static_cast<std::uint8_t>(MethodAccessMode::AuthenticatedAccess);
}

Data MethodAccessItem::toData() const {
    return Data::structure({Data::integer(methodId), asBoolean ? Data::boolean(accessMode != 0)
                                                               : Data::enumValue(accessMode)});
}

Expected<MethodAccessItem, CosemFailure> MethodAccessItem::fromData(
    const Data& d, const FieldPath& at, std::uint8_t associationVersion) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    MethodAccessItem item;
    auto id = readInteger8(m[0], at.member("method_id"));
    if (!id) {
        return id.error();
    }
    item.methodId = *id;
    const FieldPath modeAt = at.member("access_mode");
    if (m[1].type() == DataType::Boolean) {
        auto b = readBoolean(m[1], modeAt);
        if (!b) {
            return b.error();
        }
        item.asBoolean = true;
        item.accessMode = *b ? 1 : 0;
        return item;
    }
    if (m[1].type() != DataType::Enum) {
        return modeAt.fail(CosemError::WrongType, std::string("expected enum or boolean, got ") +
                                                      dlms::dataTypeName(m[1].type()));
    }
    auto mode = readEnumValue(m[1], modeAt);
    if (!mode) {
        return mode.error();
    }
    const bool defined =
        associationVersion >= 3
            ? (*mode & kAccessWrite) == 0
            : *mode <= static_cast<std::uint8_t>(MethodAccessMode::AuthenticatedAccess);
    if (!defined) {
        return unknownEnum(*mode, modeAt);
    }
    item.accessMode = *mode;
    return item;
}

Data AccessRights::toData() const {
    return Data::structure({arrayData(attributeAccess), arrayData(methodAccess)});
}

Expected<AccessRights, CosemFailure> AccessRights::fromData(const Data& d, const FieldPath& at,
                                                            std::uint8_t associationVersion) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    AccessRights rights;
    const FieldPath attrAt = at.member("attribute_access");
    auto attrs = readArray(m[0], attrAt);
    if (!attrs) {
        return attrs.error();
    }
    rights.attributeAccess.reserve((*attrs)->size());
    for (std::size_t i = 0; i < (*attrs)->size(); ++i) {
        auto item =
            AttributeAccessItem::fromData((**attrs)[i], attrAt.element(i), associationVersion);
        if (!item) {
            return std::move(item).error();
        }
        rights.attributeAccess.push_back(std::move(*item));
    }
    const FieldPath methodAt = at.member("method_access");
    auto methods = readArray(m[1], methodAt);
    if (!methods) {
        return methods.error();
    }
    rights.methodAccess.reserve((*methods)->size());
    for (std::size_t i = 0; i < (*methods)->size(); ++i) {
        auto item =
            MethodAccessItem::fromData((**methods)[i], methodAt.element(i), associationVersion);
        if (!item) {
            return std::move(item).error();
        }
        rights.methodAccess.push_back(*item);
    }
    return rights;
}

// --- object list

const AttributeAccessItem* ObjectListElement::findAttributeAccess(std::int8_t id) const {
    for (const auto& a : accessRights.attributeAccess) {
        if (a.attributeId == id) {
            return &a;
        }
    }
    return nullptr;
}

const MethodAccessItem* ObjectListElement::findMethodAccess(std::int8_t id) const {
    for (const auto& m : accessRights.methodAccess) {
        if (m.methodId == id) {
            return &m;
        }
    }
    return nullptr;
}

Data ObjectListElement::toData() const {
    return Data::structure({Data::longUnsigned(classId), Data::unsigned8(version),
                            logicalNameData(logicalName), accessRights.toData()});
}

Expected<ObjectListElement, CosemFailure> ObjectListElement::fromData(
    const Data& d, const FieldPath& at, std::uint8_t associationVersion) {
    auto members = readStructure(d, 4, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    ObjectListElement e;
    auto classId = readLongUnsigned(m[0], at.member("class_id"));
    if (!classId) {
        return classId.error();
    }
    e.classId = *classId;
    auto version = readUnsigned8(m[1], at.member("version"));
    if (!version) {
        return version.error();
    }
    e.version = *version;
    auto ln = readLogicalName(m[2], at.member("logical_name"));
    if (!ln) {
        return ln.error();
    }
    e.logicalName = *ln;
    auto rights = AccessRights::fromData(m[3], at.member("access_rights"), associationVersion);
    if (!rights) {
        return std::move(rights).error();
    }
    e.accessRights = std::move(*rights);
    return e;
}

const ObjectListElement* ObjectList::find(std::uint16_t classId,
                                          const ObisCode& logicalName) const {
    for (const auto& e : entries) {
        if (e.classId == classId && e.logicalName == logicalName) {
            return &e;
        }
    }
    return nullptr;
}

Data ObjectList::toData() const {
    return arrayData(entries);
}

Expected<ObjectList, CosemFailure> ObjectList::fromData(const Data& d,
                                                        std::uint8_t associationVersion) {
    return fromData(d, FieldPath("object_list"), associationVersion);
}

Expected<ObjectList, CosemFailure> ObjectList::fromData(const Data& d, const FieldPath& at,
                                                        std::uint8_t associationVersion) {
    auto elements = readArray(d, at);
    if (!elements) {
        return elements.error();
    }
    ObjectList list;
    list.entries.reserve((*elements)->size());
    for (std::size_t i = 0; i < (*elements)->size(); ++i) {
        auto e = ObjectListElement::fromData((**elements)[i], at.element(i), associationVersion);
        if (!e) {
            return std::move(e).error();
        }
        list.entries.push_back(std::move(*e));
    }
    return list;
}

// --- associated partners

Data AssociatedPartnersId::toData() const {
    return Data::structure({Data::integer(clientSap), Data::longUnsigned(serverSap)});
}

Expected<AssociatedPartnersId, CosemFailure> AssociatedPartnersId::fromData(const Data& d,
                                                                            const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto client = readInteger8(m[0], at.member("client_SAP"));
    if (!client) {
        return client.error();
    }
    auto server = readLongUnsigned(m[1], at.member("server_SAP"));
    if (!server) {
        return server.error();
    }
    return AssociatedPartnersId{*client, *server};
}

// --- object identifier names

namespace {

void appendSubidentifier(Bytes& out, std::uint32_t v) {
    std::array<std::uint8_t, 5> tmp{};
    std::size_t n = 0;
    do {
        tmp[n++] = static_cast<std::uint8_t>(v & 0x7FU);
        v >>= 7U;
    } while (v != 0);
    while (n > 0) {
        --n;
        out.push_back(static_cast<std::uint8_t>(tmp[n] | (n > 0 ? 0x80U : 0U)));
    }
}

// Arcs of a BER-encoded OID (contents octets), at most `maxArcs`; nullopt if malformed.
std::optional<std::vector<std::uint32_t>> decodeOid(const Bytes& b, std::size_t maxArcs) {
    std::vector<std::uint32_t> subs;
    std::uint32_t v = 0;
    std::size_t len = 0;
    for (auto byte : b) {
        if (len == 0 && byte == 0x80) {
            return std::nullopt;  // non-minimal
        }
        if (++len > 4 || subs.size() >= maxArcs) {
            return std::nullopt;
        }
        v = (v << 7U) | (byte & 0x7FU);
        if ((byte & 0x80U) == 0) {
            subs.push_back(v);
            v = 0;
            len = 0;
        }
    }
    if (len != 0 || subs.empty()) {
        return std::nullopt;
    }
    std::vector<std::uint32_t> arcs;
    const std::uint32_t first = subs[0];
    const std::uint32_t top = first < 40 ? 0 : (first < 80 ? 1 : 2);
    arcs.push_back(top);
    arcs.push_back(first - 40 * top);
    arcs.insert(arcs.end(), subs.begin() + 1, subs.end());
    return arcs;
}

}  // namespace

template <const OidNameSpec& kSpec>
OidName<kSpec> OidName<kSpec>::dlmsUa(std::uint8_t kind, std::uint8_t id) {
    OidName n;
    n.encoded = {0x60, 0x85, 0x74, 0x05, 0x08};
    appendSubidentifier(n.encoded, kind);
    appendSubidentifier(n.encoded, id);
    return n;
}

template <const OidNameSpec& kSpec>
std::optional<typename OidName<kSpec>::Arcs> OidName<kSpec>::components() const {
    if (asStructure) {
        return arcs;
    }
    auto decoded = decodeOid(encoded, 6);
    if (!decoded || decoded->size() != 7) {
        return std::nullopt;
    }
    Arcs out{};
    for (std::size_t i = 0; i < 7; ++i) {
        const std::uint32_t limit = i == 2 ? 0xFFFFU : 0xFFU;
        if ((*decoded)[i] > limit) {
            return std::nullopt;
        }
        out[i] = static_cast<std::uint16_t>((*decoded)[i]);
    }
    return out;
}

template <const OidNameSpec& kSpec>
std::optional<std::uint8_t> OidName<kSpec>::id() const {
    auto c = components();
    if (!c) {
        return std::nullopt;
    }
    return static_cast<std::uint8_t>((*c)[6]);
}

template <const OidNameSpec& kSpec>
Data OidName<kSpec>::toData() const {
    if (!asStructure) {
        return Data::octetString(encoded);
    }
    DataList m;
    for (std::size_t i = 0; i < 7; ++i) {
        m.push_back(i == 2 ? Data::longUnsigned(arcs[i])
                           : Data::unsigned8(static_cast<std::uint8_t>(arcs[i])));
    }
    return Data::structure(std::move(m));
}

template <const OidNameSpec& kSpec>
Expected<OidName<kSpec>, CosemFailure> OidName<kSpec>::fromData(const Data& d,
                                                                const FieldPath& at) {
    OidName n;
    if (d.type() == DataType::OctetString) {
        auto bytes = readOctetString(d, at);
        if (!bytes) {
            return bytes.error();
        }
        n.encoded = std::move(*bytes);
        return n;
    }
    if (d.type() != DataType::Structure) {
        return at.fail(
            CosemError::WrongType,
            std::string("expected octet-string or structure, got ") + dlms::dataTypeName(d.type()));
    }
    auto members = readStructure(d, 7, at);
    if (!members) {
        return members.error();
    }
    static constexpr std::array<const char*, 5> kNames{
        "joint_iso_ctt_element", "country_element", "country_name_element",
        "identified_organization_element", "DLMS_UA_element"};
    n.asStructure = true;
    for (std::size_t i = 0; i < 7; ++i) {
        const char* name = i < 5 ? kNames[i] : (i == 5 ? kSpec.sixth : kSpec.seventh);
        const FieldPath memberAt = at.member(name);
        if (i == 2) {
            auto v = readLongUnsigned((**members)[i], memberAt);
            if (!v) {
                return v.error();
            }
            n.arcs[i] = *v;
        } else {
            auto v = readUnsigned8((**members)[i], memberAt);
            if (!v) {
                return v.error();
            }
            n.arcs[i] = *v;
        }
    }
    return n;
}

template struct OidName<kApplicationContextSpec>;
template struct OidName<kAuthenticationMechanismSpec>;

// --- xDLMS context info

Data XdlmsContextInfo::toData() const {
    const std::uint32_t bits = conformance.wire();
    dlms::BitString conf{24,
                         {static_cast<std::uint8_t>(bits >> 16U),
                          static_cast<std::uint8_t>(bits >> 8U), static_cast<std::uint8_t>(bits)}};
    return Data::structure({Data::bitString(std::move(conf)), Data::longUnsigned(maxReceivePduSize),
                            Data::longUnsigned(maxSendPduSize), Data::unsigned8(dlmsVersionNumber),
                            Data::integer(qualityOfService), Data::octetString(cypheringInfo)});
}

Expected<XdlmsContextInfo, CosemFailure> XdlmsContextInfo::fromData(const Data& d,
                                                                    const FieldPath& at) {
    auto members = readStructure(d, 6, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    XdlmsContextInfo info;
    const FieldPath confAt = at.member("conformance");
    const auto* conf = m[0].as<dlms::BitString>();
    if (m[0].type() != DataType::BitString || conf == nullptr) {
        return confAt.fail(CosemError::WrongType, std::string("expected bit-string, got ") +
                                                      dlms::dataTypeName(m[0].type()));
    }
    if (conf->bitCount != 24 || conf->bits.size() != 3) {
        return confAt.fail(CosemError::BadLength,
                           "expected 24 bits, got " + std::to_string(conf->bitCount));
    }
    info.conformance = dlms::Conformance::fromWire(
        (static_cast<std::uint32_t>(conf->bits[0]) << 16U) |
        (static_cast<std::uint32_t>(conf->bits[1]) << 8U) | conf->bits[2]);
    auto rx = readLongUnsigned(m[1], at.member("max_receive_pdu_size"));
    if (!rx) {
        return rx.error();
    }
    info.maxReceivePduSize = *rx;
    auto tx = readLongUnsigned(m[2], at.member("max_send_pdu_size"));
    if (!tx) {
        return tx.error();
    }
    info.maxSendPduSize = *tx;
    auto version = readUnsigned8(m[3], at.member("dlms_version_number"));
    if (!version) {
        return version.error();
    }
    info.dlmsVersionNumber = *version;
    auto qos = readInteger8(m[4], at.member("quality_of_service"));
    if (!qos) {
        return qos.error();
    }
    info.qualityOfService = *qos;
    auto cyphering = readOctetString(m[5], at.member("cyphering_info"));
    if (!cyphering) {
        return cyphering.error();
    }
    info.cypheringInfo = std::move(*cyphering);
    return info;
}

Expected<AssociationStatus, CosemFailure> associationStatusFromData(const Data& d,
                                                                    const FieldPath& at) {
    return readEnumIn<AssociationStatus>(d, 0, 2, at);
}

}  // namespace omt::cosem

#include "protocol/cosem/security_setup.h"

#include <string>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;

namespace {
CosemFailure unknownAttribute(std::int8_t index) {
    return FieldPath("security_setup")
        .fail(CosemError::UnknownAttribute, "attribute " + std::to_string(index) + " not defined");
}
}  // namespace

Expected<Data, CosemFailure> SecuritySetup::attribute(std::int8_t index) const {
    switch (index) {
        case 1:
            return logicalNameData(logicalName);
        case 2:
            return Data::enumValue(securityPolicy);
        case 3:
            return enumData(securitySuite);
        case 4:
            return Data::octetString(clientSystemTitle);
        case 5:
            return Data::octetString(serverSystemTitle);
        case 6:
            return certificates;
        default:
            return unknownAttribute(index);
    }
}

Expected<void, CosemFailure> SecuritySetup::setAttribute(std::int8_t index, const Data& value) {
    switch (index) {
        case 1:
            return assignFrom(logicalName, readLogicalName(value, FieldPath("logical_name")));
        case 2:
            return assignFrom(securityPolicy, readEnumValue(value, FieldPath("security_policy")));
        case 3:
            return assignFrom(securitySuite,
                              readEnumIn<SecuritySuite>(value, 0, 2, FieldPath("security_suite")));
        case 4:
        case 5: {
            auto v = readOctetString(
                value, FieldPath(index == 4 ? "client_system_title" : "server_system_title"));
            if (!v) {
                return v.error();
            }
            (index == 4 ? clientSystemTitle : serverSystemTitle) = std::move(*v);
            return {};
        }
        case 6: {
            auto v = readArray(value, FieldPath("certificates"));
            if (!v) {
                return v.error();
            }
            certificates = value;
            return {};
        }
        default:
            return unknownAttribute(index);
    }
}

}  // namespace omt::cosem

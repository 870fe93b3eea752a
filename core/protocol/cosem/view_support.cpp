#include "protocol/cosem/view_support.h"

#include <limits>
#include <string>

#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::cosem {

using dlms::Data;
using dlms::DataType;

namespace {

std::string got(const Data& d) {
    return std::string("got ") + dlms::dataTypeName(d.type());
}

CosemFailure wrongType(const Data& d, DataType expected, const FieldPath& at) {
    return at.fail(CosemError::WrongType,
                   std::string("expected ") + dlms::dataTypeName(expected) + ", " + got(d));
}

std::uint64_t unsignedMax(DataType t) {
    switch (t) {
        case DataType::Unsigned:
        case DataType::Enum:
            return std::numeric_limits<std::uint8_t>::max();
        case DataType::LongUnsigned:
            return std::numeric_limits<std::uint16_t>::max();
        case DataType::DoubleLongUnsigned:
            return std::numeric_limits<std::uint32_t>::max();
        default:
            return std::numeric_limits<std::uint64_t>::max();
    }
}

std::int64_t signedMin(DataType t) {
    switch (t) {
        case DataType::Integer:
            return std::numeric_limits<std::int8_t>::min();
        case DataType::Long:
            return std::numeric_limits<std::int16_t>::min();
        case DataType::DoubleLong:
            return std::numeric_limits<std::int32_t>::min();
        default:
            return std::numeric_limits<std::int64_t>::min();
    }
}

std::int64_t signedMax(DataType t) {
    switch (t) {
        case DataType::Integer:
            return std::numeric_limits<std::int8_t>::max();
        case DataType::Long:
            return std::numeric_limits<std::int16_t>::max();
        case DataType::DoubleLong:
            return std::numeric_limits<std::int32_t>::max();
        default:
            return std::numeric_limits<std::int64_t>::max();
    }
}

}  // namespace

Expected<const DataList*, CosemFailure> readStructure(const Data& d, std::size_t count,
                                                      const FieldPath& at) {
    const auto* members = d.elements();
    if (d.type() != DataType::Structure || members == nullptr) {
        return wrongType(d, DataType::Structure, at);
    }
    if (members->size() != count) {
        return at.fail(CosemError::WrongElementCount, "expected " + std::to_string(count) +
                                                          " members, got " +
                                                          std::to_string(members->size()));
    }
    return members;
}

Expected<const DataList*, CosemFailure> readArray(const Data& d, const FieldPath& at) {
    const auto* elements = d.elements();
    if (d.type() != DataType::Array || elements == nullptr) {
        return wrongType(d, DataType::Array, at);
    }
    return elements;
}

Expected<std::uint64_t, CosemFailure> readUnsignedOf(const Data& d, DataType type,
                                                     const FieldPath& at) {
    const auto* v = d.as<std::uint64_t>();
    if (d.type() != type || v == nullptr) {
        return wrongType(d, type, at);
    }
    if (*v > unsignedMax(type)) {
        return at.fail(CosemError::ValueOutOfRange,
                       std::to_string(*v) + " does not fit " + dlms::dataTypeName(type));
    }
    return *v;
}

Expected<std::int64_t, CosemFailure> readSignedOf(const Data& d, DataType type,
                                                  const FieldPath& at) {
    const auto* v = d.as<std::int64_t>();
    if (d.type() != type || v == nullptr) {
        return wrongType(d, type, at);
    }
    if (*v < signedMin(type) || *v > signedMax(type)) {
        return at.fail(CosemError::ValueOutOfRange,
                       std::to_string(*v) + " does not fit " + dlms::dataTypeName(type));
    }
    return *v;
}

Expected<std::uint8_t, CosemFailure> readUnsigned8(const Data& d, const FieldPath& at) {
    auto v = readUnsignedOf(d, DataType::Unsigned, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::uint8_t>(*v);
}

Expected<std::uint16_t, CosemFailure> readLongUnsigned(const Data& d, const FieldPath& at) {
    auto v = readUnsignedOf(d, DataType::LongUnsigned, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::uint16_t>(*v);
}

Expected<std::uint32_t, CosemFailure> readDoubleLongUnsigned(const Data& d, const FieldPath& at) {
    auto v = readUnsignedOf(d, DataType::DoubleLongUnsigned, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::uint32_t>(*v);
}

Expected<std::uint8_t, CosemFailure> readEnumValue(const Data& d, const FieldPath& at) {
    auto v = readUnsignedOf(d, DataType::Enum, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::uint8_t>(*v);
}

Expected<std::int8_t, CosemFailure> readInteger8(const Data& d, const FieldPath& at) {
    auto v = readSignedOf(d, DataType::Integer, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::int8_t>(*v);
}

Expected<std::int16_t, CosemFailure> readLong16(const Data& d, const FieldPath& at) {
    auto v = readSignedOf(d, DataType::Long, at);
    if (!v) {
        return v.error();
    }
    return static_cast<std::int16_t>(*v);
}

Expected<bool, CosemFailure> readBoolean(const Data& d, const FieldPath& at) {
    const auto* v = d.as<bool>();
    if (d.type() != DataType::Boolean || v == nullptr) {
        return wrongType(d, DataType::Boolean, at);
    }
    return *v;
}

Expected<Bytes, CosemFailure> readOctetString(const Data& d, const FieldPath& at) {
    const auto* v = d.as<Bytes>();
    if (d.type() != DataType::OctetString || v == nullptr) {
        return wrongType(d, DataType::OctetString, at);
    }
    return *v;
}

Expected<Bytes, CosemFailure> readOctetString(const Data& d, std::size_t size,
                                              const FieldPath& at) {
    const auto* v = d.as<Bytes>();
    if (d.type() != DataType::OctetString || v == nullptr) {
        return wrongType(d, DataType::OctetString, at);
    }
    if (v->size() != size) {
        return at.fail(CosemError::BadLength, "expected " + std::to_string(size) + " octets, got " +
                                                  std::to_string(v->size()));
    }
    return *v;
}

Expected<ObisCode, CosemFailure> readLogicalName(const Data& d, const FieldPath& at) {
    auto bytes = readOctetString(d, 6, at);
    if (!bytes) {
        return bytes.error();
    }
    const Bytes& b = *bytes;
    return ObisCode(b[0], b[1], b[2], b[3], b[4], b[5]);
}

namespace {

template <class T>
Expected<T, CosemFailure> readDateLike(const Data& d, std::size_t size, const char* what,
                                       const FieldPath& at) {
    auto bytes = readOctetString(d, size, at);
    if (!bytes) {
        return bytes.error();
    }
    auto value = T::fromBytes(*bytes, true);
    if (!value) {
        return at.fail(CosemError::BadDateTime, std::string("invalid ") + what + " (byte " +
                                                    std::to_string(value.error().offset) +
                                                    "): " + value.error().detail);
    }
    return *value;
}

}  // namespace

Expected<dlms::CosemDateTime, CosemFailure> readDateTimeOctets(const Data& d, const FieldPath& at) {
    return readDateLike<dlms::CosemDateTime>(d, dlms::kCosemDateTimeSize, "date-time", at);
}

Expected<dlms::CosemDate, CosemFailure> readDateOctets(const Data& d, const FieldPath& at) {
    return readDateLike<dlms::CosemDate>(d, dlms::kCosemDateSize, "date", at);
}

Expected<dlms::CosemTime, CosemFailure> readTimeOctets(const Data& d, const FieldPath& at) {
    return readDateLike<dlms::CosemTime>(d, dlms::kCosemTimeSize, "time", at);
}

Data logicalNameData(const ObisCode& ln) {
    return Data::octetString(ln.toBytes());
}

Data dateTimeOctets(const dlms::CosemDateTime& dt) {
    return Data::octetString(dt.toBytes());
}

Data dateOctets(const dlms::CosemDate& d) {
    return Data::octetString(d.toBytes());
}

Data timeOctets(const dlms::CosemTime& t) {
    return Data::octetString(t.toBytes());
}

CosemFailure unknownEnum(std::uint64_t value, const FieldPath& at) {
    return at.fail(CosemError::UnknownEnum, "enum " + std::to_string(value) + " not defined");
}

}  // namespace omt::cosem

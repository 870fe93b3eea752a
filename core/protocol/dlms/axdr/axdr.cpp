#include "protocol/dlms/axdr/axdr.h"

#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::dlms {

const char* nameOf(AxdrError e) {
    switch (e) {
        case AxdrError::Truncated:
            return "truncated";
        case AxdrError::UnknownTag:
            return "unknown-tag";
        case AxdrError::BadLength:
            return "bad-length";
        case AxdrError::NestingTooDeep:
            return "nesting-too-deep";
        case AxdrError::TooManyElements:
            return "too-many-elements";
        case AxdrError::ValueOutOfRange:
            return "value-out-of-range";
        case AxdrError::ValueTypeMismatch:
            return "value-type-mismatch";
        case AxdrError::InvalidUtf8:
            return "invalid-utf8";
        case AxdrError::InvalidVisibleString:
            return "invalid-visible-string";
        case AxdrError::BadBitString:
            return "bad-bit-string";
        case AxdrError::BadDateTime:
            return "bad-date-time";
        case AxdrError::BadTypeDescription:
            return "bad-type-description";
        case AxdrError::CompactArrayMismatch:
            return "compact-array-mismatch";
        case AxdrError::TrailingBytes:
            return "trailing-bytes";
    }
    return "unknown";
}

const char* dataTypeName(DataType t) {
    switch (t) {
        case DataType::NullData:
            return "null-data";
        case DataType::Array:
            return "array";
        case DataType::Structure:
            return "structure";
        case DataType::Boolean:
            return "boolean";
        case DataType::BitString:
            return "bit-string";
        case DataType::DoubleLong:
            return "double-long";
        case DataType::DoubleLongUnsigned:
            return "double-long-unsigned";
        case DataType::OctetString:
            return "octet-string";
        case DataType::VisibleString:
            return "visible-string";
        case DataType::Utf8String:
            return "utf8-string";
        case DataType::Bcd:
            return "bcd";
        case DataType::Integer:
            return "integer";
        case DataType::Long:
            return "long";
        case DataType::Unsigned:
            return "unsigned";
        case DataType::LongUnsigned:
            return "long-unsigned";
        case DataType::CompactArray:
            return "compact-array";
        case DataType::Long64:
            return "long64";
        case DataType::Long64Unsigned:
            return "long64-unsigned";
        case DataType::Enum:
            return "enum";
        case DataType::Float32:
            return "float32";
        case DataType::Float64:
            return "float64";
        case DataType::DateTime:
            return "date-time";
        case DataType::Date:
            return "date";
        case DataType::Time:
            return "time";
        case DataType::DontCare:
            return "dont-care";
    }
    return "unknown";
}

bool isKnownDataType(DataType t) {
    switch (t) {
        case DataType::NullData:
        case DataType::Array:
        case DataType::Structure:
        case DataType::Boolean:
        case DataType::BitString:
        case DataType::DoubleLong:
        case DataType::DoubleLongUnsigned:
        case DataType::OctetString:
        case DataType::VisibleString:
        case DataType::Utf8String:
        case DataType::Bcd:
        case DataType::Integer:
        case DataType::Long:
        case DataType::Unsigned:
        case DataType::LongUnsigned:
        case DataType::CompactArray:
        case DataType::Long64:
        case DataType::Long64Unsigned:
        case DataType::Enum:
        case DataType::Float32:
        case DataType::Float64:
        case DataType::DateTime:
        case DataType::Date:
        case DataType::Time:
        case DataType::DontCare:
            return true;
    }
    return false;
}

namespace {

// Offset of the first byte that is not printable ASCII, or npos.
std::size_t firstNonVisible(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c > 0x7E) {
            return i;
        }
    }
    return std::string_view::npos;
}

// Offset of the first byte of the first ill-formed UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        std::size_t need = 0;
        unsigned char lo = 0x80;  // allowed range of the second byte (RFC 3629 table)
        unsigned char hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if (b0 >= 0xE1 && b0 <= 0xEC) {
            need = 2;
        } else if (b0 == 0xED) {
            need = 2;
            hi = 0x9F;  // no surrogates
        } else if (b0 >= 0xEE && b0 <= 0xEF) {
            need = 2;
        } else if (b0 == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (b0 >= 0xF1 && b0 <= 0xF3) {
            need = 3;
        } else if (b0 == 0xF4) {
            need = 3;
            hi = 0x8F;  // nothing above U+10FFFF
        } else {
            return i;  // 0x80..0xC1 (continuation or overlong lead), 0xF5..0xFF
        }
        if (s.size() - i - 1 < need) {
            return i;
        }
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi) {
            return i;
        }
        for (std::size_t k = 2; k <= need; ++k) {
            const auto bk = static_cast<unsigned char>(s[i + k]);
            if (bk < 0x80 || bk > 0xBF) {
                return i;
            }
        }
        i += need + 1;
    }
    return std::string_view::npos;
}

AxdrFailure failure(AxdrError code, std::size_t offset, std::string detail) {
    return AxdrFailure{code, offset, std::move(detail)};
}

std::string tagDetail(DataType t) {
    return dataTypeName(t);
}

// true when values of this description occupy no bytes inside a compact-array.
bool hasNoContents(const TypeDescription& td) {
    switch (td.type) {
        case DataType::NullData:
        case DataType::DontCare:
            return true;
        case DataType::Array:
            return td.arrayCount == 0 || (td.children.size() == 1 && hasNoContents(td.children[0]));
        case DataType::Structure:
            for (const auto& c : td.children) {
                if (!hasNoContents(c)) {
                    return false;
                }
            }
            return true;
        default:
            return false;
    }
}

// ---------------------------------------------------------------------------------------------
// Encoder

class Encoder {
public:
    explicit Encoder(ByteWriter& w) : m_w(w), m_start(w.size()) {}

    Expected<void, AxdrFailure> tagged(const Data& d) {
        if (!isKnownDataType(d.type())) {
            return failure(AxdrError::UnknownTag, pos(),
                           "tag " + std::to_string(static_cast<unsigned>(d.type())));
        }
        m_w.u8(static_cast<std::uint8_t>(d.type()));
        switch (d.type()) {
            case DataType::Array:
            case DataType::Structure: {
                const auto* elems = d.elements();
                if (elems == nullptr) {
                    return mismatch(d);
                }
                if (!encodeLength(m_w, elems->size())) {
                    return failure(AxdrError::BadLength, pos(), "element count");
                }
                for (const auto& e : *elems) {
                    if (auto r = tagged(e); !r) {
                        return r;
                    }
                }
                return {};
            }
            case DataType::CompactArray:
                return compactArray(d);
            default:
                return simple(d);
        }
    }

    Expected<void, AxdrFailure> description(const TypeDescription& td) {
        if (!isKnownDataType(td.type)) {
            return failure(AxdrError::BadTypeDescription, pos(),
                           "unknown type " + std::to_string(static_cast<unsigned>(td.type)));
        }
        switch (td.type) {
            case DataType::CompactArray:
                return failure(AxdrError::BadTypeDescription, pos(),
                               "compact-array inside a type description");
            case DataType::Array:
                if (td.children.size() != 1) {
                    return failure(AxdrError::BadTypeDescription, pos(),
                                   "array description needs exactly one element type");
                }
                if (td.arrayCount != 0 && hasNoContents(td.children[0])) {
                    return failure(AxdrError::BadTypeDescription, pos(),
                                   "array of element type without contents");
                }
                m_w.u8(static_cast<std::uint8_t>(td.type)).u16(td.arrayCount);
                return description(td.children[0]);
            case DataType::Structure:
                m_w.u8(static_cast<std::uint8_t>(td.type));
                if (!encodeLength(m_w, td.children.size())) {
                    return failure(AxdrError::BadLength, pos(), "member count");
                }
                for (const auto& c : td.children) {
                    if (auto r = description(c); !r) {
                        return r;
                    }
                }
                return {};
            default:
                if (!td.children.empty() || td.arrayCount != 0) {
                    return failure(AxdrError::BadTypeDescription, pos(),
                                   std::string("element types on ") + dataTypeName(td.type));
                }
                m_w.u8(static_cast<std::uint8_t>(td.type));
                return {};
        }
    }

    void rollback() { m_w.data().resize(m_start); }

private:
    std::size_t pos() const { return m_w.size(); }

    AxdrFailure mismatch(const Data& d) {
        return failure(AxdrError::ValueTypeMismatch, pos(),
                       std::string("value alternative does not fit ") + dataTypeName(d.type()));
    }

    template <class T>
    const T* get(const Data& d) {
        return std::get_if<T>(&d.value());
    }

    Expected<void, AxdrFailure> compactArray(const Data& d) {
        const auto* ca = get<CompactArray>(d);
        if (ca == nullptr) {
            return mismatch(d);
        }
        if (auto r = description(ca->elementType); !r) {
            return r;
        }
        if (!ca->elements.empty() && hasNoContents(ca->elementType)) {
            return failure(AxdrError::CompactArrayMismatch, pos(),
                           "element type has no contents, elements could not be counted");
        }
        ByteWriter block;
        Encoder inner(block);
        for (std::size_t i = 0; i < ca->elements.size(); ++i) {
            if (auto r = inner.tagless(ca->elements[i], ca->elementType); !r) {
                auto f = r.error();
                f.offset += pos();  // where array-contents starts, before its length field
                f.detail = "element " + std::to_string(i) + ": " + f.detail;
                return f;
            }
        }
        if (!encodeLength(m_w, block.size())) {
            return failure(AxdrError::BadLength, pos(), "array-contents");
        }
        m_w.bytes(block.data());
        return {};
    }

    Expected<void, AxdrFailure> tagless(const Data& d, const TypeDescription& td) {
        if (d.type() != td.type) {
            return failure(AxdrError::CompactArrayMismatch, pos(),
                           std::string(dataTypeName(d.type())) + " where the description has " +
                               dataTypeName(td.type));
        }
        switch (td.type) {
            case DataType::Array:
            case DataType::Structure: {
                const auto* elems = d.elements();
                if (elems == nullptr) {
                    return mismatch(d);
                }
                const bool isArray = td.type == DataType::Array;
                const std::size_t want = isArray ? td.arrayCount : td.children.size();
                if (elems->size() != want) {
                    return failure(AxdrError::CompactArrayMismatch, pos(),
                                   std::to_string(elems->size()) +
                                       " elements where the description has " +
                                       std::to_string(want));
                }
                for (std::size_t i = 0; i < elems->size(); ++i) {
                    const auto& childType = isArray ? td.children[0] : td.children[i];
                    if (auto r = tagless((*elems)[i], childType); !r) {
                        return r;
                    }
                }
                return {};
            }
            default:
                return contents(d);
        }
    }

    Expected<void, AxdrFailure> simple(const Data& d) { return contents(d); }

    template <class T>
    Expected<void, AxdrFailure> checkedSigned(const Data& d, std::int64_t lo, std::int64_t hi) {
        const auto* v = get<std::int64_t>(d);
        if (v == nullptr) {
            return mismatch(d);
        }
        if (*v < lo || *v > hi) {
            return failure(AxdrError::ValueOutOfRange, pos(),
                           std::to_string(*v) + " does not fit " + dataTypeName(d.type()));
        }
        const auto u = static_cast<std::uint64_t>(*v);
        m_w.uint(u, sizeof(T));
        return {};
    }

    template <class T>
    Expected<void, AxdrFailure> checkedUnsigned(const Data& d) {
        const auto* v = get<std::uint64_t>(d);
        if (v == nullptr) {
            return mismatch(d);
        }
        if (*v > std::numeric_limits<T>::max()) {
            return failure(AxdrError::ValueOutOfRange, pos(),
                           std::to_string(*v) + " does not fit " + dataTypeName(d.type()));
        }
        m_w.uint(*v, sizeof(T));
        return {};
    }

    Expected<void, AxdrFailure> lengthAndBytes(ByteView b) {
        if (!encodeLength(m_w, b.size())) {
            return failure(AxdrError::BadLength, pos(), "string longer than 0xFFFFFFFF");
        }
        m_w.bytes(b);
        return {};
    }

    static ByteView viewOf(const std::string& s) {
        return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
    }

    // Everything after the tag for the types that are not containers.
    Expected<void, AxdrFailure> contents(const Data& d) {
        switch (d.type()) {
            case DataType::NullData:
            case DataType::DontCare:
                if (get<std::monostate>(d) == nullptr) {
                    return mismatch(d);
                }
                return {};
            case DataType::Boolean: {
                const auto* v = get<bool>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                m_w.u8(*v ? 0x01 : 0x00);
                return {};
            }
            case DataType::BitString: {
                const auto* v = get<BitString>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                const std::size_t bytes = v->bitCount / 8 + (v->bitCount % 8 != 0 ? 1 : 0);
                if (v->bits.size() != bytes) {
                    return failure(AxdrError::BadBitString, pos(),
                                   std::to_string(v->bitCount) + " bits need " +
                                       std::to_string(bytes) + " bytes, have " +
                                       std::to_string(v->bits.size()));
                }
                const unsigned unused = static_cast<unsigned>((8 - v->bitCount % 8) % 8);
                if (unused != 0 && (v->bits.back() & ((1U << unused) - 1U)) != 0) {
                    return failure(AxdrError::BadBitString, pos(), "unused trailing bits set");
                }
                if (!encodeLength(m_w, v->bitCount)) {
                    return failure(AxdrError::BadLength, pos(), "bit count");
                }
                m_w.bytes(v->bits);
                return {};
            }
            case DataType::Integer:
                return checkedSigned<std::int8_t>(d, INT8_MIN, INT8_MAX);
            case DataType::Long:
                return checkedSigned<std::int16_t>(d, INT16_MIN, INT16_MAX);
            case DataType::DoubleLong:
                return checkedSigned<std::int32_t>(d, INT32_MIN, INT32_MAX);
            case DataType::Long64:
                return checkedSigned<std::int64_t>(d, INT64_MIN, INT64_MAX);
            case DataType::Unsigned:
            case DataType::Enum:
                return checkedUnsigned<std::uint8_t>(d);
            case DataType::LongUnsigned:
                return checkedUnsigned<std::uint16_t>(d);
            case DataType::DoubleLongUnsigned:
                return checkedUnsigned<std::uint32_t>(d);
            case DataType::Long64Unsigned:
                return checkedUnsigned<std::uint64_t>(d);
            case DataType::Float32: {
                const auto* v = get<double>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                if (std::isfinite(*v) &&
                    (std::fabs(*v) > static_cast<double>(std::numeric_limits<float>::max()) ||
                     static_cast<double>(static_cast<float>(*v)) != *v)) {
                    return failure(AxdrError::ValueOutOfRange, pos(),
                                   "not exactly representable as float32");
                }
                m_w.u32(std::bit_cast<std::uint32_t>(static_cast<float>(*v)));
                return {};
            }
            case DataType::Float64: {
                const auto* v = get<double>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                m_w.u64(std::bit_cast<std::uint64_t>(*v));
                return {};
            }
            case DataType::OctetString: {
                const auto* v = get<Bytes>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                return lengthAndBytes(*v);
            }
            case DataType::VisibleString: {
                const auto* v = get<std::string>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                if (const auto bad = firstNonVisible(*v); bad != std::string_view::npos) {
                    return failure(AxdrError::InvalidVisibleString, pos(),
                                   "byte " + std::to_string(bad) + " is not printable ASCII");
                }
                return lengthAndBytes(viewOf(*v));
            }
            case DataType::Utf8String: {
                const auto* v = get<std::string>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                if (const auto bad = firstInvalidUtf8(*v); bad != std::string_view::npos) {
                    return failure(AxdrError::InvalidUtf8, pos(),
                                   "ill-formed sequence at byte " + std::to_string(bad));
                }
                return lengthAndBytes(viewOf(*v));
            }
            case DataType::Bcd: {
                const auto* v = get<Bytes>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                if (v->size() != 1) {
                    return failure(AxdrError::ValueOutOfRange, pos(),
                                   "bcd holds exactly one byte, have " + std::to_string(v->size()));
                }
                m_w.u8((*v)[0]);
                return {};
            }
            case DataType::DateTime: {
                const auto* v = get<CosemDateTime>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                return dateTimeBytes(validateDateTime(*v), v->toBytes());
            }
            case DataType::Date: {
                const auto* v = get<CosemDate>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                return dateTimeBytes(validateDate(*v), v->toBytes());
            }
            case DataType::Time: {
                const auto* v = get<CosemTime>(d);
                if (v == nullptr) {
                    return mismatch(d);
                }
                return dateTimeBytes(validateTime(*v), v->toBytes());
            }
            case DataType::Array:
            case DataType::Structure:
            case DataType::CompactArray:
                break;  // handled by the callers
        }
        return failure(AxdrError::UnknownTag, pos(), tagDetail(d.type()));
    }

    Expected<void, AxdrFailure> dateTimeBytes(const Expected<void, AxdrFailure>& valid,
                                              const Bytes& bytes) {
        if (!valid) {
            auto f = valid.error();
            f.offset += pos();
            return f;
        }
        m_w.bytes(bytes);
        return {};
    }

    ByteWriter& m_w;
    std::size_t m_start;
};

// ---------------------------------------------------------------------------------------------
// Decoder

class Decoder {
public:
    explicit Decoder(const DecodeOptions& o) : m_o(o) {}

    Expected<Data, AxdrFailure> tagged(ByteReader& r, std::size_t depth) {
        const std::size_t at = r.offset();
        if (depth > m_o.maxDepth) {
            return failure(AxdrError::NestingTooDeep, at,
                           "deeper than " + std::to_string(m_o.maxDepth) + " levels");
        }
        if (auto b = charge(at, 1); !b) {
            return b.error();
        }
        const auto tagByte = r.u8();
        if (!tagByte) {
            return failure(AxdrError::Truncated, at, "tag");
        }
        const auto type = static_cast<DataType>(*tagByte);
        if (!isKnownDataType(type)) {
            return failure(AxdrError::UnknownTag, at, "tag " + std::to_string(*tagByte));
        }
        switch (type) {
            case DataType::Array:
            case DataType::Structure: {
                const std::size_t countAt = r.offset();
                auto count = decodeLength(r);
                if (!count) {
                    return count.error();
                }
                if (auto b = budget(countAt, *count); !b) {
                    return b.error();
                }
                if (*count > r.remaining()) {  // every element takes at least its tag byte
                    return failure(AxdrError::Truncated, countAt,
                                   std::string(dataTypeName(type)) + " of " +
                                       std::to_string(*count) + " elements, " +
                                       std::to_string(r.remaining()) + " bytes left");
                }
                std::vector<Data> elems;
                elems.reserve(*count);
                for (std::size_t i = 0; i < *count; ++i) {
                    auto e = tagged(r, depth + 1);
                    if (!e) {
                        return e.error();
                    }
                    elems.push_back(std::move(*e));
                }
                return Data(type, std::move(elems));
            }
            case DataType::CompactArray:
                return compactArray(r, depth);
            default: {
                auto v = contents(r, type);
                if (!v) {
                    return v.error();
                }
                return Data(type, std::move(*v));
            }
        }
    }

    Expected<TypeDescription, AxdrFailure> description(ByteReader& r, std::size_t depth) {
        const std::size_t at = r.offset();
        if (depth > m_o.maxDepth) {
            return failure(AxdrError::NestingTooDeep, at,
                           "type description deeper than " + std::to_string(m_o.maxDepth));
        }
        const auto tagByte = r.u8();
        if (!tagByte) {
            return failure(AxdrError::Truncated, at, "type description tag");
        }
        TypeDescription td;
        td.type = static_cast<DataType>(*tagByte);
        if (!isKnownDataType(td.type)) {
            return failure(AxdrError::UnknownTag, at,
                           "type description tag " + std::to_string(*tagByte));
        }
        switch (td.type) {
            case DataType::CompactArray:
                return failure(AxdrError::BadTypeDescription, at,
                               "compact-array inside a type description");
            case DataType::Array: {
                const auto count = r.u16();
                if (!count) {
                    return failure(AxdrError::Truncated, r.offset(), "array description count");
                }
                td.arrayCount = *count;
                auto child = description(r, depth + 1);
                if (!child) {
                    return child.error();
                }
                // Values that take no bytes would make elements cost time but no input.
                if (td.arrayCount != 0 && hasNoContents(*child)) {
                    return failure(AxdrError::BadTypeDescription, at,
                                   "array of element type without contents");
                }
                td.children.push_back(std::move(*child));
                return td;
            }
            case DataType::Structure: {
                const std::size_t countAt = r.offset();
                auto count = decodeLength(r);
                if (!count) {
                    return count.error();
                }
                if (*count > r.remaining()) {
                    return failure(AxdrError::Truncated, countAt,
                                   "structure description of " + std::to_string(*count) +
                                       " members, " + std::to_string(r.remaining()) +
                                       " bytes left");
                }
                td.children.reserve(*count);
                for (std::size_t i = 0; i < *count; ++i) {
                    auto child = description(r, depth + 1);
                    if (!child) {
                        return child.error();
                    }
                    td.children.push_back(std::move(*child));
                }
                return td;
            }
            default:
                return td;
        }
    }

private:
    // Counts `n` new values against the element budget.
    Expected<bool, AxdrFailure> charge(std::size_t at, std::size_t n) {
        if (auto b = budget(at, n); !b) {
            return b.error();
        }
        m_used += n;
        return true;
    }

    // Checks that `n` more values would fit the element budget, without counting them.
    Expected<bool, AxdrFailure> budget(std::size_t at, std::size_t n) const {
        if (n > m_o.maxElements || m_used > m_o.maxElements - n) {
            return failure(AxdrError::TooManyElements, at,
                           std::to_string(n) + " more elements exceed the limit of " +
                               std::to_string(m_o.maxElements));
        }
        return true;
    }

    Expected<Data, AxdrFailure> compactArray(ByteReader& r, std::size_t depth) {
        auto td = description(r, depth + 1);
        if (!td) {
            return td.error();
        }
        const std::size_t lenAt = r.offset();
        auto len = decodeLength(r);
        if (!len) {
            return len.error();
        }
        if (*len > r.remaining()) {
            return failure(AxdrError::Truncated, lenAt,
                           "array-contents of " + std::to_string(*len) + " bytes, " +
                               std::to_string(r.remaining()) + " left");
        }
        // A reader over the same input that ends with the block keeps offsets absolute.
        ByteReader block(r.whole().first(r.offset() + *len));
        block.skip(r.offset());
        r.skip(*len);

        CompactArray ca;
        ca.elementType = std::move(*td);
        if (!block.atEnd() && hasNoContents(ca.elementType)) {
            // Elements without contents could not be counted (and would cost time, not bytes).
            return failure(AxdrError::CompactArrayMismatch, block.offset(),
                           "element type has no contents but array-contents is not empty");
        }
        while (!block.atEnd()) {
            const std::size_t before = block.offset();
            auto e = tagless(block, ca.elementType, depth + 1);
            if (!e) {
                return e.error();
            }
            if (block.offset() == before) {
                return failure(AxdrError::CompactArrayMismatch, before,
                               "element type has no contents but array-contents is not empty");
            }
            ca.elements.push_back(std::move(*e));
        }
        return Data::compactArray(std::move(ca));
    }

    Expected<Data, AxdrFailure> tagless(ByteReader& r, const TypeDescription& td,
                                        std::size_t depth) {
        const std::size_t at = r.offset();
        if (depth > m_o.maxDepth) {
            return failure(AxdrError::NestingTooDeep, at,
                           "deeper than " + std::to_string(m_o.maxDepth) + " levels");
        }
        if (auto b = charge(at, 1); !b) {
            return b.error();
        }
        switch (td.type) {
            case DataType::Array:
            case DataType::Structure: {
                const bool isArray = td.type == DataType::Array;
                if (isArray && td.children.size() != 1) {
                    return failure(AxdrError::BadTypeDescription, at,
                                   "array description without element type");
                }
                const std::size_t count = isArray ? td.arrayCount : td.children.size();
                if (auto b = budget(at, count); !b) {
                    return b.error();
                }
                std::vector<Data> elems;
                elems.reserve(count);
                for (std::size_t i = 0; i < count; ++i) {
                    const auto& childType = isArray ? td.children[0] : td.children[i];
                    auto e = tagless(r, childType, depth + 1);
                    if (!e) {
                        return e.error();
                    }
                    elems.push_back(std::move(*e));
                }
                return Data(td.type, std::move(elems));
            }
            case DataType::CompactArray:
                return failure(AxdrError::BadTypeDescription, at,
                               "compact-array inside a type description");
            default: {
                auto v = contents(r, td.type);
                if (!v) {
                    return v.error();
                }
                return Data(td.type, std::move(*v));
            }
        }
    }

    AxdrFailure truncated(std::size_t at, DataType t) const {
        return failure(AxdrError::Truncated, at, tagDetail(t));
    }

    // A length-prefixed string body, checked against the limit and what remains.
    Expected<ByteView, AxdrFailure> stringBody(ByteReader& r, DataType t) {
        const std::size_t at = r.offset();
        auto len = decodeLength(r);
        if (!len) {
            return len.error();
        }
        if (*len > m_o.maxStringLength) {
            return failure(AxdrError::BadLength, at,
                           std::string(dataTypeName(t)) + " of " + std::to_string(*len) +
                               " bytes exceeds the limit of " +
                               std::to_string(m_o.maxStringLength));
        }
        auto body = r.take(*len);
        if (!body) {
            return failure(AxdrError::Truncated, at,
                           std::string(dataTypeName(t)) + " of " + std::to_string(*len) +
                               " bytes, " + std::to_string(r.remaining()) + " left");
        }
        return *body;
    }

    template <class T>
    static std::int64_t asSigned(std::uint64_t raw) {
        return static_cast<std::int64_t>(static_cast<T>(raw));
    }

    // Wire width of the fixed-size numeric types.
    static std::size_t numberWidth(DataType t) {
        switch (t) {
            case DataType::Long:
            case DataType::LongUnsigned:
                return 2;
            case DataType::DoubleLong:
            case DataType::DoubleLongUnsigned:
            case DataType::Float32:
                return 4;
            case DataType::Long64:
            case DataType::Long64Unsigned:
            case DataType::Float64:
                return 8;
            default:
                return 1;  // integer, unsigned, enum
        }
    }

    // The value of a fixed-size numeric type from its big-endian bits.
    static Data::Value numberValue(DataType t, std::uint64_t raw) {
        switch (t) {
            case DataType::Integer:
                return asSigned<std::int8_t>(raw);
            case DataType::Long:
                return asSigned<std::int16_t>(raw);
            case DataType::DoubleLong:
                return asSigned<std::int32_t>(raw);
            case DataType::Long64:
                return asSigned<std::int64_t>(raw);
            case DataType::Float32:
                return static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(raw)));
            case DataType::Float64:
                return std::bit_cast<double>(raw);
            default:
                return raw;  // unsigned, enum, long-unsigned, double-long-unsigned, long64-unsigned
        }
    }

    // Everything after the tag for the types that are not containers.
    Expected<Data::Value, AxdrFailure> contents(ByteReader& r, DataType t) {
        const std::size_t at = r.offset();
        switch (t) {
            case DataType::NullData:
            case DataType::DontCare:
                return Data::Value{std::monostate{}};
            case DataType::Boolean: {
                const auto b = r.u8();
                if (!b) {
                    return truncated(at, t);
                }
                return Data::Value{*b != 0};
            }
            case DataType::BitString: {
                auto bits = decodeLength(r);
                if (!bits) {
                    return bits.error();
                }
                const std::size_t bytes = *bits / 8 + (*bits % 8 != 0 ? 1 : 0);
                if (bytes > m_o.maxStringLength) {
                    return failure(
                        AxdrError::BadLength, at,
                        "bit-string of " + std::to_string(*bits) + " bits exceeds the limit");
                }
                auto body = r.take(bytes);
                if (!body) {
                    return failure(AxdrError::Truncated, at,
                                   "bit-string of " + std::to_string(*bits) + " bits needs " +
                                       std::to_string(bytes) + " bytes, " +
                                       std::to_string(r.remaining()) + " left");
                }
                BitString bs{*bits, Bytes(body->begin(), body->end())};
                const unsigned unused = static_cast<unsigned>((8 - *bits % 8) % 8);
                if (unused != 0) {
                    bs.bits.back() =
                        static_cast<std::uint8_t>(bs.bits.back() & ~((1U << unused) - 1U));
                }
                return Data::Value{std::move(bs)};
            }
            case DataType::Integer:
            case DataType::Long:
            case DataType::DoubleLong:
            case DataType::Long64:
            case DataType::Unsigned:
            case DataType::Enum:
            case DataType::LongUnsigned:
            case DataType::DoubleLongUnsigned:
            case DataType::Long64Unsigned:
            case DataType::Float32:
            case DataType::Float64: {
                const auto v = r.uint(numberWidth(t));
                if (!v) {
                    return truncated(at, t);
                }
                return numberValue(t, *v);
            }
            case DataType::OctetString: {
                auto body = stringBody(r, t);
                if (!body) {
                    return body.error();
                }
                return Data::Value{Bytes(body->begin(), body->end())};
            }
            case DataType::VisibleString:
            case DataType::Utf8String: {
                auto body = stringBody(r, t);
                if (!body) {
                    return body.error();
                }
                std::string s(body->begin(), body->end());
                const std::size_t bodyAt = r.offset() - s.size();
                if (t == DataType::VisibleString && m_o.strictVisibleString) {
                    if (const auto bad = firstNonVisible(s); bad != std::string_view::npos) {
                        return failure(AxdrError::InvalidVisibleString, bodyAt + bad,
                                       "byte " +
                                           std::to_string(static_cast<unsigned char>(s[bad])) +
                                           " is not printable ASCII");
                    }
                }
                if (t == DataType::Utf8String) {
                    if (const auto bad = firstInvalidUtf8(s); bad != std::string_view::npos) {
                        return failure(AxdrError::InvalidUtf8, bodyAt + bad,
                                       "ill-formed UTF-8 sequence");
                    }
                }
                return Data::Value{std::move(s)};
            }
            case DataType::Bcd: {
                const auto v = r.u8();
                if (!v) {
                    return truncated(at, t);
                }
                return Data::Value{Bytes{*v}};
            }
            case DataType::DateTime:
                return fixed<CosemDateTime>(r, t, kCosemDateTimeSize);
            case DataType::Date:
                return fixed<CosemDate>(r, t, kCosemDateSize);
            case DataType::Time:
                return fixed<CosemTime>(r, t, kCosemTimeSize);
            case DataType::Array:
            case DataType::Structure:
            case DataType::CompactArray:
                break;  // handled by the callers
        }
        return failure(AxdrError::UnknownTag, at, tagDetail(t));
    }

    template <class T>
    Expected<Data::Value, AxdrFailure> fixed(ByteReader& r, DataType t, std::size_t size) {
        const std::size_t at = r.offset();
        const auto body = r.take(size);
        if (!body) {
            return failure(AxdrError::Truncated, at,
                           std::string(dataTypeName(t)) + " needs " + std::to_string(size) +
                               " bytes, " + std::to_string(r.remaining()) + " left");
        }
        auto v = T::fromBytes(*body, m_o.validateDateTime);
        if (!v) {
            auto f = v.error();
            f.offset += at;
            return f;
        }
        return Data::Value{*v};
    }

    const DecodeOptions& m_o;
    std::size_t m_used = 0;
};

}  // namespace

bool isVisibleString(std::string_view s) {
    return firstNonVisible(s) == std::string_view::npos;
}

bool isValidUtf8(std::string_view s) {
    return firstInvalidUtf8(s) == std::string_view::npos;
}

bool encodeLength(ByteWriter& w, std::size_t n) {
    if (n < 0x80) {
        w.u8(static_cast<std::uint8_t>(n));
    } else if (n <= 0xFF) {
        w.u8(0x81).u8(static_cast<std::uint8_t>(n));
    } else if (n <= 0xFFFF) {
        w.u8(0x82).u16(static_cast<std::uint16_t>(n));
    } else if (n <= 0xFFFFFF) {
        w.u8(0x83)
            .u8(static_cast<std::uint8_t>(n >> 16))
            .u16(static_cast<std::uint16_t>(n & 0xFFFF));
    } else if (n <= kMaxAxdrLength) {
        w.u8(0x84).u32(static_cast<std::uint32_t>(n));
    } else {
        return false;
    }
    return true;
}

Expected<std::size_t, AxdrFailure> decodeLength(ByteReader& r) {
    const std::size_t at = r.offset();
    const auto first = r.u8();
    if (!first) {
        return failure(AxdrError::Truncated, at, "length");
    }
    if (*first < 0x80) {
        return std::size_t{*first};
    }
    if (*first == 0x80) {
        return failure(AxdrError::BadLength, at, "indefinite length form 0x80");
    }
    const unsigned n = *first & 0x7FU;
    if (n > 4) {
        return failure(AxdrError::BadLength, at,
                       "length with " + std::to_string(n) + " length bytes (at most 4)");
    }
    std::uint64_t v = 0;
    for (unsigned i = 0; i < n; ++i) {
        const auto b = r.u8();
        if (!b) {
            return failure(AxdrError::Truncated, at, "length");
        }
        v = (v << 8) | *b;
    }
    return static_cast<std::size_t>(v);
}

Expected<void, AxdrFailure> encode(const Data& value, ByteWriter& w) {
    Encoder e(w);
    auto r = e.tagged(value);
    if (!r) {
        e.rollback();
    }
    return r;
}

Expected<Bytes, AxdrFailure> encode(const Data& value) {
    ByteWriter w;
    if (auto r = encode(value, w); !r) {
        return r.error();
    }
    return w.take();
}

Expected<Data, AxdrFailure> decode(ByteReader& r, const DecodeOptions& options) {
    Decoder d(options);
    return d.tagged(r, 1);
}

Expected<Data, AxdrFailure> decodeAll(ByteView bytes, const DecodeOptions& options) {
    ByteReader r(bytes);
    auto v = decode(r, options);
    if (!v) {
        return v;
    }
    if (!r.atEnd()) {
        return failure(AxdrError::TrailingBytes, r.offset(),
                       std::to_string(r.remaining()) + " bytes after the value");
    }
    return v;
}

Expected<void, AxdrFailure> encodeTypeDescription(const TypeDescription& td, ByteWriter& w) {
    Encoder e(w);
    auto r = e.description(td);
    if (!r) {
        e.rollback();
    }
    return r;
}

Expected<TypeDescription, AxdrFailure> decodeTypeDescription(ByteReader& r,
                                                             const DecodeOptions& options) {
    Decoder d(options);
    return d.description(r, 1);
}

}  // namespace omt::dlms

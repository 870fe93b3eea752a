#include "protocol/cosem/profile_generic.h"

#include <chrono>
#include <optional>
#include <string>

#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::cosem {

using dlms::CosemDateTime;
using dlms::Data;
using dlms::DataType;

Data CaptureObjectDefinition::toData() const {
    return Data::structure({Data::longUnsigned(classId), logicalNameData(logicalName),
                            Data::integer(attributeIndex), Data::longUnsigned(dataIndex)});
}

Expected<CaptureObjectDefinition, CosemFailure> CaptureObjectDefinition::fromData(
    const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 4, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto classId = readLongUnsigned(m[0], at.member("class_id"));
    if (!classId) {
        return classId.error();
    }
    auto ln = readLogicalName(m[1], at.member("logical_name"));
    if (!ln) {
        return ln.error();
    }
    auto attribute = readInteger8(m[2], at.member("attribute_index"));
    if (!attribute) {
        return attribute.error();
    }
    auto dataIndex = readLongUnsigned(m[3], at.member("data_index"));
    if (!dataIndex) {
        return dataIndex.error();
    }
    return CaptureObjectDefinition{*classId, *ln, *attribute, *dataIndex};
}

dlms::CaptureObjectDefinition CaptureObjectDefinition::toApdu() const {
    return {classId, logicalName, attributeIndex, dataIndex};
}

CaptureObjectDefinition CaptureObjectDefinition::fromApdu(const dlms::CaptureObjectDefinition& c) {
    return {c.classId, c.logicalName, c.attributeIndex, c.dataIndex};
}

Expected<SortMethod, CosemFailure> sortMethodFromData(const Data& d, const FieldPath& at) {
    return readEnumIn<SortMethod>(d, 1, 6, at);
}

namespace {

struct Instant {
    std::chrono::sys_seconds seconds;
    std::optional<std::uint8_t> hundredths;
};

Expected<Instant, CosemFailure> instantOf(const CosemDateTime& dt, std::int16_t assumedDeviation,
                                          const FieldPath& at) {
    auto seconds = dlms::toSysSeconds(dt, assumedDeviation);
    if (!seconds) {
        return at.fail(CosemError::NotComparable,
                       "date-time not comparable: " + seconds.error().detail);
    }
    Instant i{*seconds, std::nullopt};
    if (dt.time.hundredths != dlms::CosemTime::kNotSpecified) {
        i.hundredths = dt.time.hundredths;
    }
    return i;
}

Expected<std::strong_ordering, CosemFailure> compareAt(const CosemDateTime& a,
                                                       const CosemDateTime& b,
                                                       std::int16_t assumedDeviation,
                                                       const FieldPath& atA, const FieldPath& atB) {
    auto x = instantOf(a, assumedDeviation, atA);
    if (!x) {
        return x.error();
    }
    auto y = instantOf(b, assumedDeviation, atB);
    if (!y) {
        return y.error();
    }
    if (x->seconds != y->seconds) {
        return x->seconds <=> y->seconds;
    }
    if (x->hundredths && y->hundredths) {
        return *x->hundredths <=> *y->hundredths;
    }
    return std::strong_ordering::equal;
}

// A comparable value: a date-time or an integer (sign + magnitude, exact for every width).
struct Comparable {
    enum class Kind { DateTime, Integer } kind = Kind::Integer;
    CosemDateTime dateTime;
    bool negative = false;
    std::uint64_t magnitude = 0;
};

Expected<Comparable, CosemFailure> comparableOf(const Data& d, const FieldPath& at) {
    Comparable c;
    switch (d.type()) {
        case DataType::OctetString: {
            auto dt = readDateTimeOctets(d, at);
            if (!dt) {
                return dt.error();
            }
            c.kind = Comparable::Kind::DateTime;
            c.dateTime = *dt;
            return c;
        }
        case DataType::DateTime: {
            const auto* dt = d.as<CosemDateTime>();
            if (dt == nullptr) {
                return at.fail(CosemError::WrongType, "date-time without a date-time value");
            }
            c.kind = Comparable::Kind::DateTime;
            c.dateTime = *dt;
            return c;
        }
        case DataType::Integer:
        case DataType::Long:
        case DataType::DoubleLong:
        case DataType::Long64: {
            auto v = readSignedOf(d, d.type(), at);
            if (!v) {
                return v.error();
            }
            c.negative = *v < 0;
            c.magnitude = c.negative ? static_cast<std::uint64_t>(-(*v + 1)) + 1U
                                     : static_cast<std::uint64_t>(*v);
            return c;
        }
        case DataType::Unsigned:
        case DataType::LongUnsigned:
        case DataType::DoubleLongUnsigned:
        case DataType::Long64Unsigned: {
            auto v = readUnsignedOf(d, d.type(), at);
            if (!v) {
                return v.error();
            }
            c.magnitude = *v;
            return c;
        }
        default:
            return at.fail(CosemError::NotComparable,
                           std::string("cannot order ") + dlms::dataTypeName(d.type()));
    }
}

std::strong_ordering compareIntegers(const Comparable& a, const Comparable& b) {
    if (a.negative != b.negative) {
        return a.negative ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    return a.negative ? b.magnitude <=> a.magnitude : a.magnitude <=> b.magnitude;
}

Expected<std::strong_ordering, CosemFailure> compareValues(const Comparable& a, const Comparable& b,
                                                           std::int16_t assumedDeviation,
                                                           const FieldPath& atA,
                                                           const FieldPath& atB) {
    if (a.kind != b.kind) {
        return atB.fail(CosemError::NotComparable, "a date-time and an integer cannot be ordered");
    }
    if (a.kind == Comparable::Kind::Integer) {
        return compareIntegers(a, b);
    }
    return compareAt(a.dateTime, b.dateTime, assumedDeviation, atA, atB);
}

bool sameColumn(const CaptureObjectDefinition& c, const dlms::CaptureObjectDefinition& d) {
    return c.classId == d.classId && c.logicalName == d.logicalName &&
           c.attributeIndex == d.attributeIndex && c.dataIndex == d.dataIndex;
}

}  // namespace

Expected<std::strong_ordering, CosemFailure> compareDateTimes(const CosemDateTime& a,
                                                              const CosemDateTime& b,
                                                              std::int16_t assumedDeviation) {
    return compareAt(a, b, assumedDeviation, FieldPath("a"), FieldPath("b"));
}

Expected<bool, CosemFailure> isInRange(const Data& value, const Data& from, const Data& to,
                                       std::int16_t assumedDeviation) {
    const FieldPath atValue("value");
    const FieldPath atFrom("from_value");
    const FieldPath atTo("to_value");
    auto v = comparableOf(value, atValue);
    if (!v) {
        return v.error();
    }
    auto f = comparableOf(from, atFrom);
    if (!f) {
        return f.error();
    }
    auto t = comparableOf(to, atTo);
    if (!t) {
        return t.error();
    }
    auto lower = compareValues(*f, *v, assumedDeviation, atFrom, atValue);
    if (!lower) {
        return lower.error();
    }
    auto upper = compareValues(*v, *t, assumedDeviation, atValue, atTo);
    if (!upper) {
        return upper.error();
    }
    return *lower != std::strong_ordering::greater && *upper != std::strong_ordering::greater;
}

Expected<std::vector<std::size_t>, CosemFailure> selectRowsInRange(
    const Data& buffer, const CaptureObjects& columns, const dlms::RangeDescriptor& range,
    std::int16_t assumedDeviation) {
    const FieldPath at("buffer");
    std::optional<std::size_t> column;
    for (std::size_t i = 0; i < columns.entries.size(); ++i) {
        if (sameColumn(columns.entries[i], range.restrictingObject)) {
            column = i;
            break;
        }
    }
    if (!column) {
        return FieldPath("restricting_object")
            .fail(CosemError::UnknownAttribute, "not one of the capture objects");
    }
    auto rows = readArray(buffer, at);
    if (!rows) {
        return rows.error();
    }
    std::vector<std::size_t> selected;
    for (std::size_t r = 0; r < (*rows)->size(); ++r) {
        const FieldPath rowAt = at.element(r);
        auto cells = readStructure((**rows)[r], columns.entries.size(), rowAt);
        if (!cells) {
            return cells.error();
        }
        auto in = isInRange((**cells)[*column], range.fromValue, range.toValue, assumedDeviation);
        if (!in) {
            return in.error();
        }
        if (*in) {
            selected.push_back(r);
        }
    }
    return selected;
}

Expected<std::vector<std::size_t>, CosemFailure> selectColumns(
    const CaptureObjects& columns, const std::vector<dlms::CaptureObjectDefinition>& selected) {
    std::vector<std::size_t> out;
    if (selected.empty()) {
        for (std::size_t i = 0; i < columns.entries.size(); ++i) {
            out.push_back(i);
        }
        return out;
    }
    const FieldPath at("selected_values");
    for (std::size_t s = 0; s < selected.size(); ++s) {
        bool found = false;
        for (std::size_t i = 0; i < columns.entries.size(); ++i) {
            if (sameColumn(columns.entries[i], selected[s])) {
                out.push_back(i);
                found = true;
                break;
            }
        }
        if (!found) {
            return at.element(s).fail(CosemError::UnknownAttribute,
                                      "not one of the capture objects");
        }
    }
    return out;
}

}  // namespace omt::cosem

#include "value_text.h"

#include <QRegularExpression>
#include <limits>

#include "protocol/common/bytes.h"
#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::app {

using dlms::Data;
using dlms::DataType;

namespace {

std::optional<DataType> typeFromName(const QString& name) {
    static const std::pair<const char*, DataType> kAliases[] = {
        {"bool", DataType::Boolean},       {"i8", DataType::Integer},
        {"i16", DataType::Long},           {"i32", DataType::DoubleLong},
        {"i64", DataType::Long64},         {"u8", DataType::Unsigned},
        {"u16", DataType::LongUnsigned},   {"u32", DataType::DoubleLongUnsigned},
        {"u64", DataType::Long64Unsigned}, {"enum", DataType::Enum},
        {"f32", DataType::Float32},        {"f64", DataType::Float64},
        {"str", DataType::VisibleString},  {"utf8", DataType::Utf8String},
        {"hex", DataType::OctetString},    {"datetime", DataType::DateTime},
    };
    for (const auto& [alias, type] : kAliases) {
        if (name == QLatin1String(alias)) {
            return type;
        }
    }
    for (int t = 0; t <= 255; ++t) {
        const char* blue = dlms::dataTypeName(DataType(t));
        if (blue && name == QLatin1String(blue)) {
            return DataType(t);
        }
    }
    return std::nullopt;
}

Expected<Data, QString> signedValue(const QString& text, DataType type, std::int64_t lo,
                                    std::int64_t hi) {
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        return omt::unexpected(QStringLiteral("%1 does not fit a %2 (%3..%4)")
                                   .arg(text, QLatin1String(dlms::dataTypeName(type)))
                                   .arg(lo)
                                   .arg(hi));
    }
    return Data(type, std::int64_t{v});
}

Expected<Data, QString> unsignedValue(const QString& text, DataType type, std::uint64_t hi) {
    bool ok = false;
    const qulonglong v = text.startsWith(QLatin1Char('-')) ? 0 : text.toULongLong(&ok);
    if (!ok || v > hi) {
        return omt::unexpected(QStringLiteral("%1 does not fit a %2 (0..%3)")
                                   .arg(text, QLatin1String(dlms::dataTypeName(type)))
                                   .arg(hi));
    }
    return Data(type, std::uint64_t{v});
}

Expected<Data, QString> dateTimeValue(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return omt::unexpected(
            QStringLiteral("'%1' is not a date and time like 2026-11-21T12:00:00").arg(text));
    }
    dlms::CosemDateTime dt;
    dt.date.year = std::uint16_t(m.captured(1).toUInt());
    dt.date.month = std::uint8_t(m.captured(2).toUInt());
    dt.date.dayOfMonth = std::uint8_t(m.captured(3).toUInt());
    dt.date.dayOfWeek = 0xFF;
    dt.time.hour = std::uint8_t(m.captured(4).toUInt());
    dt.time.minute = std::uint8_t(m.captured(5).toUInt());
    dt.time.second = std::uint8_t(m.captured(6).isEmpty() ? 0 : m.captured(6).toUInt());
    dt.time.hundredths = 0;
    if (auto v = dlms::validateDateTime(dt); !v) {
        return omt::unexpected(QStringLiteral("'%1' is not a valid date and time: %2")
                                   .arg(text, QString::fromStdString(v.error().detail)));
    }
    return Data::dateTime(dt);
}

}  // namespace

bool hasType(const QString& text) {
    const int colon = text.indexOf(QLatin1Char(':'));
    return colon > 0 && typeFromName(text.left(colon)).has_value();
}

Expected<Data, QString> parseValue(const QString& input, const Data* like) {
    QString text = input;
    std::optional<DataType> type;
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (auto t = typeFromName(text.left(colon))) {
            type = t;
            text = text.mid(colon + 1);
        }
    }
    if (!type) {
        if (!like) {
            return omt::unexpected(
                QStringLiteral("give the type of '%1', e.g. u16:%1 or str:%1").arg(input));
        }
        type = like->type();
    }
    switch (*type) {
        case DataType::Boolean:
            if (text == QLatin1String("true") || text == QLatin1String("1")) {
                return Data::boolean(true);
            }
            if (text == QLatin1String("false") || text == QLatin1String("0")) {
                return Data::boolean(false);
            }
            return omt::unexpected(
                QStringLiteral("'%1' is not a boolean (true or false)").arg(text));
        case DataType::Integer:
            return signedValue(text, *type, -128, 127);
        case DataType::Long:
            return signedValue(text, *type, -32768, 32767);
        case DataType::DoubleLong:
            return signedValue(text, *type, std::numeric_limits<std::int32_t>::min(),
                               std::numeric_limits<std::int32_t>::max());
        case DataType::Long64:
            return signedValue(text, *type, std::numeric_limits<std::int64_t>::min(),
                               std::numeric_limits<std::int64_t>::max());
        case DataType::Unsigned:
        case DataType::Enum:
            return unsignedValue(text, *type, 255);
        case DataType::LongUnsigned:
            return unsignedValue(text, *type, 65535);
        case DataType::DoubleLongUnsigned:
            return unsignedValue(text, *type, std::numeric_limits<std::uint32_t>::max());
        case DataType::Long64Unsigned:
            return unsignedValue(text, *type, std::numeric_limits<std::uint64_t>::max());
        case DataType::Float32:
        case DataType::Float64: {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!ok) {
                return omt::unexpected(QStringLiteral("'%1' is not a number").arg(text));
            }
            return *type == DataType::Float32 ? Data::float32(float(v)) : Data::float64(v);
        }
        case DataType::VisibleString:
            for (QChar c : text) {
                if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
                    return omt::unexpected(
                        QStringLiteral("a visible-string takes printable ASCII only"));
                }
            }
            return Data::visibleString(text.toStdString());
        case DataType::Utf8String:
            return Data::utf8String(text.toStdString());
        case DataType::OctetString: {
            auto bytes = fromHex(text.toStdString());
            if (!bytes) {
                return omt::unexpected(
                    QStringLiteral("'%1' is not hexadecimal bytes, e.g. hex:0A0B0C").arg(text));
            }
            return Data::octetString(*bytes);
        }
        case DataType::DateTime:
            return dateTimeValue(text);
        default:
            return omt::unexpected(
                QStringLiteral("values of type %1 cannot be typed on the command line")
                    .arg(QLatin1String(dlms::dataTypeName(*type))));
    }
}

Expected<Spec, QString> parseSpec(const QString& text, std::int8_t defaultIndex) {
    Spec spec;
    spec.index = defaultIndex;
    QString rest = text;
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        bool ok = false;
        const unsigned c = rest.left(slash).toUInt(&ok);
        if (!ok || c > 0xFFFF) {
            return omt::unexpected(QStringLiteral("'%1' is not a class id").arg(rest.left(slash)));
        }
        spec.classId = std::uint16_t(c);
        rest = rest.mid(slash + 1);
    }
    // The index follows the last ':' unless that ':' belongs to the "A-B:C.D.E*F" notation.
    const int colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        const int index = rest.mid(colon + 1).toInt(&ok);
        if (ok && cosem::ObisCode::parse(rest.left(colon).toStdString())) {
            if (index < 1 || index > 127) {
                return omt::unexpected(
                    QStringLiteral("attribute/method %1 is out of range (1..127)").arg(index));
            }
            spec.index = std::int8_t(index);
            rest = rest.left(colon);
        }
    }
    auto code = cosem::ObisCode::parse(rest.toStdString());
    if (!code) {
        return omt::unexpected(QStringLiteral("'%1' is not an OBIS code: %2")
                                   .arg(rest, QString::fromStdString(code.error().detail)));
    }
    spec.obis = *code;
    return spec;
}

}  // namespace omt::app

#include "protocol/dlms/axdr/display.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <type_traits>

#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"

namespace omt::dlms {

namespace {

std::string hexByte(unsigned char c) {
    static const char* const kDigits = "0123456789ABCDEF";
    return {kDigits[c >> 4], kDigits[c & 0x0F]};
}

template <class F>
std::string floatText(F v) {
    if (std::isnan(v)) {
        return "nan";
    }
    if (std::isinf(v)) {
        return v < 0 ? "-inf" : "inf";
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    if (res.ec != std::errc{}) {
        return "?";
    }
    return std::string(buf, res.ptr);
}

std::string quoted(const std::string& s, bool asciiOnly) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c == 0x7F || (asciiOnly && c > 0x7F)) {
            out += "\\x" + hexByte(c);
        } else {
            out += ch;
        }
    }
    out += '"';
    return out;
}

void append(std::string& out, const Data& d);

// The value part (after the type name) of a simple value, by what the variant holds.
std::string valueText(const Data& d) {
    const auto& v = d.value();
    if (const auto* b = std::get_if<bool>(&v)) {
        return *b ? "true" : "false";
    }
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*i);
    }
    if (const auto* u = std::get_if<std::uint64_t>(&v)) {
        return std::to_string(*u);
    }
    if (const auto* f = std::get_if<double>(&v)) {
        // float32 values print as float (0.1, not 0.10000000149011612) when they are one.
        const bool fitsFloat =
            !std::isfinite(*f) ||
            std::fabs(*f) <= static_cast<double>(std::numeric_limits<float>::max());
        if (d.type() == DataType::Float32 && fitsFloat) {
            const auto narrow = static_cast<float>(*f);
            if (std::isnan(*f) || static_cast<double>(narrow) == *f) {
                return floatText(narrow);
            }
        }
        return floatText(*f);
    }
    if (const auto* bytes = std::get_if<Bytes>(&v)) {
        return toHex(*bytes);
    }
    if (const auto* s = std::get_if<std::string>(&v)) {
        return quoted(*s, d.type() != DataType::Utf8String);
    }
    if (const auto* bs = std::get_if<BitString>(&v)) {
        std::string out;
        const std::size_t n = std::min(bs->bitCount, bs->bits.size() * 8);
        for (std::size_t i = 0; i < n; ++i) {
            out += bs->bit(i) ? '1' : '0';
        }
        if (n < bs->bitCount) {
            out += "?";  // fewer bytes than bits
        }
        return out;
    }
    if (const auto* dt = std::get_if<CosemDateTime>(&v)) {
        std::string out = toIsoString(*dt);
        if (dt->clockStatus != CosemDateTime::kStatusNotSpecified) {
            out += " status " + hexByte(dt->clockStatus);
        }
        return out;
    }
    if (const auto* date = std::get_if<CosemDate>(&v)) {
        return toIsoString(*date);
    }
    if (const auto* time = std::get_if<CosemTime>(&v)) {
        return toIsoString(*time);
    }
    return {};
}

void appendList(std::string& out, const std::vector<Data>& elems) {
    out += '{';
    for (std::size_t i = 0; i < elems.size(); ++i) {
        if (i != 0) {
            out += ", ";
        }
        append(out, elems[i]);
    }
    out += '}';
}

void append(std::string& out, const Data& d) {
    out += dataTypeName(d.type());
    if (const auto* elems = d.elements()) {
        appendList(out, *elems);
        return;
    }
    if (const auto* ca = d.as<CompactArray>()) {
        out += '<' + toDisplayString(ca->elementType) + '>';
        appendList(out, ca->elements);
        return;
    }
    const std::string text = valueText(d);
    if (!text.empty()) {
        out += ' ';
        out += text;
    }
}

}  // namespace

std::string toDisplayString(const Data& value, std::size_t maxChars) {
    std::string out;
    append(out, value);
    if (maxChars != 0 && out.size() > maxChars) {
        const std::size_t keep = maxChars > 3 ? maxChars - 3 : 0;
        out.resize(keep);
        out += std::string("...").substr(0, maxChars - keep);
    }
    return out;
}

std::string toDisplayString(const TypeDescription& td) {
    std::string out = dataTypeName(td.type);
    if (td.type == DataType::Array) {
        out += '[' + std::to_string(td.arrayCount) + ']';
    }
    if (!td.children.empty()) {
        out += '<';
        for (std::size_t i = 0; i < td.children.size(); ++i) {
            if (i != 0) {
                out += ", ";
            }
            out += toDisplayString(td.children[i]);
        }
        out += '>';
    }
    return out;
}

}  // namespace omt::dlms

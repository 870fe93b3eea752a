#include "protocol/iec62056_21/readout.h"

#include "protocol/iec62056_21/iec21_detail.h"

namespace omt::iec62056_21 {

using detail::fail;
using detail::hexByte;
using detail::isPrintable;

namespace {

bool isAddressChar(std::uint8_t b) {
    return isPrintable(b) && b != '(' && b != ')' && b != '/' && b != '!';
}

/// Value and unit characters: printable, not one of the structural ( ) *.
bool isValueChar(std::uint8_t b) {
    return isPrintable(b) && b != '(' && b != ')' && b != '*';
}

/// Parses data lines and data sets of a block; offsets reported relative to `base`.
class BlockParser {
public:
    BlockParser(std::string_view text, std::size_t base, const ReadoutLimits& limits)
        : m_text(text), m_base(base), m_limits(limits) {}

    std::size_t pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    Expected<std::vector<DataSet>, Iec21Failure> parseLines() {
        std::vector<DataSet> out;
        std::size_t line = 0;
        while (!atEnd()) {
            if (at(m_pos) == kCr) {
                return error(Iec21Error::MalformedDataSet, m_pos, "empty data line");
            }
            for (;;) {
                if (out.size() >= m_limits.maxDataSets) {
                    return error(Iec21Error::TooManyDataSets, m_pos,
                                 "more than " + std::to_string(m_limits.maxDataSets));
                }
                auto set = parseSet(line);
                if (!set) {
                    return set.error();
                }
                out.push_back(std::move(*set));
                if (atEnd()) {
                    return error(Iec21Error::BadEndSequence, m_pos, "CR LF expected");
                }
                if (at(m_pos) == kCr) {
                    if (m_pos + 1 >= m_text.size() || at(m_pos + 1) != kLf) {
                        return error(Iec21Error::BadEndSequence, m_pos + 1, "LF expected");
                    }
                    m_pos += 2;
                    ++line;
                    break;
                }
            }
        }
        return out;
    }

    Expected<DataSet, Iec21Failure> parseSet(std::size_t line) {
        DataSet set;
        set.line = line;
        while (!atEnd() && at(m_pos) != '(') {
            const std::uint8_t b = at(m_pos);
            if (b == kCr || b == kLf) {
                return error(Iec21Error::MalformedDataSet, m_pos, "'(' expected");
            }
            if (auto bad = badByte(b)) {
                return *bad;
            }
            if (!isAddressChar(b)) {
                return error(Iec21Error::InvalidAddressCharacter, m_pos, hexByte(b));
            }
            if (set.address.size() >= m_limits.maxAddressLength) {
                return error(Iec21Error::AddressTooLong, m_pos,
                             "more than " + std::to_string(m_limits.maxAddressLength));
            }
            set.address.push_back(static_cast<char>(b));
            ++m_pos;
        }
        if (atEnd()) {
            return error(Iec21Error::MalformedDataSet, m_pos, "'(' expected");
        }
        while (!atEnd() && at(m_pos) == '(') {
            if (set.values.size() >= m_limits.maxValuesPerSet) {
                return error(Iec21Error::TooManyValues, m_pos,
                             "more than " + std::to_string(m_limits.maxValuesPerSet));
            }
            ++m_pos;
            ValueGroup group;
            auto value = parseText(group.value, m_limits.maxValueLength, Iec21Error::ValueTooLong);
            if (!value) {
                return value.error();
            }
            if (at(m_pos) == '*') {
                ++m_pos;
                group.unit.emplace();
                auto unit = parseText(*group.unit, m_limits.maxUnitLength, Iec21Error::UnitTooLong);
                if (!unit) {
                    return unit.error();
                }
                if (at(m_pos) == '*') {
                    return error(Iec21Error::MalformedDataSet, m_pos, "second '*' in a group");
                }
            }
            ++m_pos;  // ')'
            set.values.push_back(std::move(group));
        }
        return set;
    }

private:
    std::uint8_t at(std::size_t i) const { return static_cast<std::uint8_t>(m_text[i]); }

    Iec21Failure error(Iec21Error code, std::size_t pos, std::string detail) const {
        return fail(code, m_base + pos, std::move(detail));
    }

    std::optional<Iec21Failure> badByte(std::uint8_t b) const {
        if (b >= 0x80) {
            return error(Iec21Error::EightBitByte, m_pos, hexByte(b));
        }
        if (!isPrintable(b)) {
            return error(Iec21Error::InvalidCharacter, m_pos, hexByte(b));
        }
        return std::nullopt;
    }

    /// Reads value or unit characters up to '*' or ')' (left unconsumed; guaranteed present on
    /// success).
    Expected<void, Iec21Failure> parseText(std::string& out, std::size_t max, Iec21Error tooLong) {
        while (!atEnd()) {
            const std::uint8_t b = at(m_pos);
            if (b == ')' || b == '*') {
                return {};
            }
            if (b == '(' || b == kCr || b == kLf) {
                return error(Iec21Error::MalformedDataSet, m_pos, "')' expected");
            }
            if (auto bad = badByte(b)) {
                return *bad;
            }
            if (out.size() >= max) {
                return error(tooLong, m_pos, "more than " + std::to_string(max));
            }
            out.push_back(static_cast<char>(b));
            ++m_pos;
        }
        return error(Iec21Error::MalformedDataSet, m_pos, "')' expected");
    }

    std::string_view m_text;
    std::size_t m_base;
    const ReadoutLimits& m_limits;
    std::size_t m_pos = 0;
};

Expected<void, Iec21Failure> appendChecked(std::string& out, const std::string& text,
                                           std::size_t max, Iec21Error tooLong) {
    if (text.size() > max) {
        return fail(tooLong, out.size() + max, std::to_string(text.size()) + " characters");
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(text[i]);
        if (!isValueChar(b)) {
            return fail(Iec21Error::InvalidCharacter, out.size() + i, hexByte(b));
        }
    }
    out += text;
    return {};
}

Expected<void, Iec21Failure> appendDataSet(std::string& out, const DataSet& set,
                                           const ReadoutLimits& limits) {
    if (set.address.size() > limits.maxAddressLength) {
        return fail(Iec21Error::AddressTooLong, out.size() + limits.maxAddressLength,
                    std::to_string(set.address.size()) + " characters");
    }
    for (std::size_t i = 0; i < set.address.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(set.address[i]);
        if (!isAddressChar(b)) {
            return fail(Iec21Error::InvalidAddressCharacter, out.size() + i, hexByte(b));
        }
    }
    if (set.values.empty()) {
        return fail(Iec21Error::MalformedDataSet, out.size() + set.address.size(),
                    "no value group");
    }
    if (set.values.size() > limits.maxValuesPerSet) {
        return fail(Iec21Error::TooManyValues, out.size() + set.address.size(),
                    std::to_string(set.values.size()) + " groups");
    }
    out += set.address;
    for (const ValueGroup& g : set.values) {
        out.push_back('(');
        if (auto ok = appendChecked(out, g.value, limits.maxValueLength, Iec21Error::ValueTooLong);
            !ok) {
            return ok.error();
        }
        if (g.unit) {
            out.push_back('*');
            if (auto ok =
                    appendChecked(out, *g.unit, limits.maxUnitLength, Iec21Error::UnitTooLong);
                !ok) {
                return ok.error();
            }
        }
        out.push_back(')');
    }
    return {};
}

}  // namespace

std::uint8_t computeBcc(ByteView data) {
    std::uint8_t bcc = 0;
    for (std::uint8_t b : data) {
        bcc ^= b;
    }
    return bcc;
}

Expected<Readout, Iec21Failure> parseReadout(ByteView m, const ReadoutLimits& limits) {
    if (m.empty()) {
        return fail(Iec21Error::Truncated, 0, "empty");
    }
    if (m[0] != kStx) {
        return fail(Iec21Error::BadStartCharacter, 0, hexByte(m[0]));
    }
    if (m.size() > limits.maxMessageSize) {
        return fail(Iec21Error::MessageTooLarge, limits.maxMessageSize,
                    std::to_string(m.size()) + " bytes");
    }
    std::size_t etx = 1;
    while (etx < m.size() && m[etx] != kEtx) {
        ++etx;
    }
    if (etx >= m.size()) {
        return fail(Iec21Error::Truncated, m.size(), "ETX expected");
    }
    if (etx + 1 >= m.size()) {
        return fail(Iec21Error::Truncated, m.size(), "BCC expected");
    }
    if (etx + 2 != m.size()) {
        return fail(Iec21Error::TrailingBytes, etx + 2,
                    std::to_string(m.size() - etx - 2) + " bytes");
    }
    for (std::size_t i = 1; i < m.size(); ++i) {
        if (m[i] >= 0x80) {
            return fail(Iec21Error::EightBitByte, i, hexByte(m[i]));
        }
    }
    const std::uint8_t expected = computeBcc(m.subspan(1, etx));
    if (expected != m[etx + 1]) {
        return fail(Iec21Error::BccMismatch, etx + 1,
                    "expected=" + hexByte(expected) + " actual=" + hexByte(m[etx + 1]));
    }
    if (etx < 4 || m[etx - 3] != '!' || m[etx - 2] != kCr || m[etx - 1] != kLf) {
        return fail(Iec21Error::MissingEndOfData, etx < 4 ? 1 : etx - 3, "\"!\" CR LF expected");
    }
    Readout out;
    out.dataBlock.assign(reinterpret_cast<const char*>(m.data()) + 1, etx - 4);
    BlockParser parser(out.dataBlock, 1, limits);
    auto sets = parser.parseLines();
    if (!sets) {
        return sets.error();
    }
    out.dataSets = std::move(*sets);
    return out;
}

Expected<std::vector<DataSet>, Iec21Failure> parseDataBlock(std::string_view block,
                                                            const ReadoutLimits& limits) {
    BlockParser parser(block, 0, limits);
    return parser.parseLines();
}

Expected<DataSet, Iec21Failure> parseDataSet(std::string_view text, const ReadoutLimits& limits) {
    BlockParser parser(text, 0, limits);
    auto set = parser.parseSet(0);
    if (!set) {
        return set.error();
    }
    if (!parser.atEnd()) {
        return fail(Iec21Error::TrailingBytes, parser.pos(),
                    std::to_string(text.size() - parser.pos()) + " bytes");
    }
    return set;
}

Expected<std::string, Iec21Failure> encodeDataSet(const DataSet& set, const ReadoutLimits& limits) {
    std::string out;
    if (auto ok = appendDataSet(out, set, limits); !ok) {
        return ok.error();
    }
    return out;
}

Expected<std::string, Iec21Failure> encodeDataBlock(const std::vector<DataSet>& sets,
                                                    const ReadoutLimits& limits) {
    if (sets.size() > limits.maxDataSets) {
        return fail(Iec21Error::TooManyDataSets, 0, std::to_string(sets.size()) + " data sets");
    }
    std::string out;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const bool sameLineAsPrevious = i > 0 && sets[i - 1].line == sets[i].line;
        if (sameLineAsPrevious && sets[i].address.empty()) {
            // "(a)(b)" reads back as one set with two groups: refuse to write it as two sets.
            return fail(Iec21Error::MalformedDataSet, out.size(),
                        "set without address would continue the previous set");
        }
        if (auto ok = appendDataSet(out, sets[i], limits); !ok) {
            return ok.error();
        }
        if (i + 1 == sets.size() || sets[i + 1].line != sets[i].line) {
            out += "\r\n";
        }
    }
    return out;
}

Expected<Bytes, Iec21Failure> encodeReadout(std::string_view dataBlock,
                                            const ReadoutLimits& limits) {
    auto sets = parseDataBlock(dataBlock, limits);
    if (!sets) {
        auto f = sets.error();
        f.offset += 1;  // offsets in the message, as parseReadout reports them
        return f;
    }
    const std::size_t total = dataBlock.size() + 6;
    if (total > limits.maxMessageSize) {
        return fail(Iec21Error::MessageTooLarge, limits.maxMessageSize,
                    std::to_string(total) + " bytes");
    }
    ByteWriter w(total);
    w.u8(kStx).bytes(dataBlock).bytes(std::string_view{"!\r\n"}).u8(kEtx);
    const std::uint8_t bcc = computeBcc(ByteView(w.data()).subspan(1));
    w.u8(bcc);
    return w.take();
}

Expected<Bytes, Iec21Failure> encodeReadout(const std::vector<DataSet>& sets,
                                            const ReadoutLimits& limits) {
    auto block = encodeDataBlock(sets, limits);
    if (!block) {
        return block.error();
    }
    return encodeReadout(std::string_view{*block}, limits);
}

std::vector<DataSet> oneSetPerLine(std::vector<DataSet> sets) {
    for (std::size_t i = 0; i < sets.size(); ++i) {
        sets[i].line = i;
    }
    return sets;
}

}  // namespace omt::iec62056_21

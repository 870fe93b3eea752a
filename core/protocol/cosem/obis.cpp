#include "protocol/cosem/obis.h"

#include <array>
#include <cstdio>
#include <vector>

namespace omt::cosem {

const char* nameOf(ObisError e) {
    switch (e) {
        case ObisError::Empty:
            return "empty";
        case ObisError::BadCharacter:
            return "bad-character";
        case ObisError::BadSeparator:
            return "bad-separator";
        case ObisError::WrongGroupCount:
            return "wrong-group-count";
        case ObisError::GroupOutOfRange:
            return "group-out-of-range";
        case ObisError::WrongLength:
            return "wrong-length";
    }
    return "unknown";
}

namespace {

struct Token {
    unsigned value = 0;
    char separatorAfter = '\0';  // '\0' for the last group
    std::size_t offset = 0;
};

std::string_view trim(std::string_view s, std::size_t& leading) {
    leading = 0;
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
        ++leading;
    }
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
        s.remove_suffix(1);
    }
    return s;
}

}  // namespace

Expected<ObisCode, ObisFailure> ObisCode::parse(std::string_view text) {
    std::size_t base = 0;
    const std::string_view s = trim(text, base);
    if (s.empty()) {
        return ObisFailure{ObisError::Empty, 0, "no OBIS code given"};
    }
    std::vector<Token> groups;
    Token current;
    bool haveDigit = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            if (!haveDigit) {
                current.offset = base + i;
            }
            haveDigit = true;
            current.value = current.value * 10 + static_cast<unsigned>(c - '0');
            if (current.value > 255) {
                return ObisFailure{ObisError::GroupOutOfRange, current.offset,
                                   "group " + std::to_string(groups.size() + 1) + " above 255"};
            }
        } else if (c == '.' || c == '-' || c == ':' || c == '*') {
            if (!haveDigit) {
                return ObisFailure{ObisError::BadSeparator, base + i,
                                   std::string("separator '") + c + "' without a group before it"};
            }
            current.separatorAfter = c;
            groups.push_back(current);
            current = Token{};
            haveDigit = false;
            if (groups.size() > 6) {
                return ObisFailure{ObisError::WrongGroupCount, groups[6].offset - 1,
                                   "more than six groups"};
            }
        } else {
            return ObisFailure{ObisError::BadCharacter, base + i,
                               std::string("unexpected character '") + c + "'"};
        }
    }
    if (!haveDigit) {
        return ObisFailure{ObisError::BadSeparator, base + s.size() - 1,
                           "text ends with a separator"};
    }
    groups.push_back(current);
    if (groups.size() > 6) {
        return ObisFailure{ObisError::WrongGroupCount, groups[6].offset - 1,
                           "more than six groups"};
    }

    // Which separators are allowed after each group, by form.
    const bool displayForm = groups[0].separatorAfter == '-';
    if (!displayForm) {
        if (groups.size() != 6) {
            return ObisFailure{ObisError::WrongGroupCount, base,
                               std::to_string(groups.size()) +
                                   " groups; expected A.B.C.D.E.F or "
                                   "A-B:C.D.E*F"};
        }
        for (std::size_t i = 0; i < 5; ++i) {
            if (groups[i].separatorAfter != '.') {
                return ObisFailure{ObisError::BadSeparator, groups[i + 1].offset - 1,
                                   "dotted form uses '.' between all six groups"};
            }
        }
    } else {
        if (groups.size() != 5 && groups.size() != 6) {
            return ObisFailure{ObisError::WrongGroupCount, base,
                               std::to_string(groups.size()) + " groups; expected A-B:C.D.E*F"};
        }
        const char expected[] = {'-', ':', '.', '.'};
        for (std::size_t i = 0; i < 4; ++i) {
            if (groups[i].separatorAfter != expected[i]) {
                return ObisFailure{ObisError::BadSeparator, groups[i + 1].offset - 1,
                                   std::string("expected '") + expected[i] + "' after group " +
                                       std::to_string(i + 1)};
            }
        }
        if (groups.size() == 6 && groups[4].separatorAfter != '*' &&
            groups[4].separatorAfter != '.') {
            return ObisFailure{ObisError::BadSeparator, groups[5].offset - 1,
                               "expected '*' or '.' before group F"};
        }
        if (groups.size() == 5) {
            groups.push_back(Token{255, '\0', base + s.size()});
        }
    }
    ObisCode code;
    for (std::size_t i = 0; i < 6; ++i) {
        code.bytes[i] = static_cast<std::uint8_t>(groups[i].value);
    }
    return code;
}

Expected<ObisCode, ObisFailure> ObisCode::fromBytes(ByteView b) {
    if (b.size() != 6) {
        return ObisFailure{ObisError::WrongLength, 0,
                           "logical name has " + std::to_string(b.size()) + " bytes, not 6"};
    }
    ObisCode code;
    for (std::size_t i = 0; i < 6; ++i) {
        code.bytes[i] = b[i];
    }
    return code;
}

std::string ObisCode::toString() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u.%u.%u", a(), b(), c(), d(), e(), f());
    return buf;
}

std::string ObisCode::toDisplayString() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%u-%u:%u.%u.%u*%u", a(), b(), c(), d(), e(), f());
    return buf;
}

namespace {

struct FixedName {
    ObisCode code;
    const char* name;
};

// Abstract objects (A = 0) and electricity objects that are not covered by the generic
// quantity/processing rules below.
constexpr std::array kFixedNames{
    FixedName{{0, 0, 1, 0, 0, 255}, "Clock"},
    FixedName{{0, 0, 42, 0, 0, 255}, "COSEM logical device name"},
    FixedName{{0, 0, 40, 0, 0, 255}, "Current association (LN)"},
    FixedName{{0, 0, 41, 0, 0, 255}, "SAP assignment"},
    FixedName{{0, 0, 43, 0, 0, 255}, "Security setup"},
    FixedName{{0, 0, 43, 1, 0, 255}, "Invocation counter"},
    FixedName{{0, 0, 96, 1, 0, 255}, "Meter serial number"},
    FixedName{{0, 0, 96, 1, 1, 255}, "Manufacturer's type number"},
    FixedName{{0, 0, 96, 1, 2, 255}, "Meter configuration (software codes)"},
    FixedName{{0, 0, 96, 3, 10, 255}, "Disconnect control"},
    FixedName{{0, 0, 96, 14, 0, 255}, "Currently active tariff"},
    FixedName{{0, 0, 97, 97, 0, 255}, "Error register"},
    FixedName{{0, 0, 97, 98, 0, 255}, "Alarm register"},
    FixedName{{0, 0, 0, 1, 0, 255}, "Billing period counter"},
    FixedName{{0, 0, 0, 1, 2, 255}, "Time of last billing period reset"},
    FixedName{{0, 0, 10, 0, 0, 255}, "Global meter reset script table"},
    FixedName{{0, 0, 10, 0, 100, 255}, "Tariffication script table"},
    FixedName{{0, 0, 11, 0, 0, 255}, "Special days table"},
    FixedName{{0, 0, 13, 0, 0, 255}, "Activity calendar"},
    FixedName{{0, 0, 15, 0, 0, 255}, "End of billing period single action schedule"},
    FixedName{{0, 0, 16, 1, 0, 255}, "Register monitor"},
    FixedName{{0, 0, 17, 0, 0, 255}, "Limiter"},
    FixedName{{0, 0, 20, 0, 0, 255}, "IEC optical port setup"},
    FixedName{{0, 0, 22, 0, 0, 255}, "IEC HDLC setup"},
    FixedName{{0, 0, 99, 98, 0, 255}, "Standard event log"},
    FixedName{{0, 0, 99, 98, 1, 255}, "Fraud detection event log"},
    FixedName{{0, 0, 99, 98, 4, 255}, "Power quality event log"},
    FixedName{{1, 0, 0, 2, 0, 255}, "Active firmware identifier"},
    FixedName{{1, 0, 0, 2, 8, 255}, "Active firmware signature"},
    FixedName{{1, 0, 0, 4, 2, 255}, "Current transformer ratio (numerator)"},
    FixedName{{1, 0, 0, 4, 5, 255}, "Current transformer ratio (denominator)"},
    FixedName{{1, 0, 0, 4, 3, 255}, "Voltage transformer ratio (numerator)"},
    FixedName{{1, 0, 0, 8, 0, 255}, "Demand integration period"},
    FixedName{{1, 0, 0, 8, 4, 255}, "Load profile capture period"},
    FixedName{{1, 0, 99, 1, 0, 255}, "Load profile 1"},
    FixedName{{1, 0, 99, 2, 0, 255}, "Load profile 2"},
    FixedName{{1, 0, 98, 1, 0, 255}, "Billing data profile"},
    FixedName{{1, 0, 99, 97, 0, 255}, "Power failure event log"},
};

// Electricity quantities by value group C (IEC 62056-6-1 table for A = 1). Phase quantities
// are C + 20 (L1), + 40 (L2), + 60 (L3) of the totals 1..20.
const char* quantityName(unsigned c) {
    switch (c) {
        case 1:
            return "Active energy import (A+)";
        case 2:
            return "Active energy export (A-)";
        case 3:
            return "Reactive energy import (R+)";
        case 4:
            return "Reactive energy export (R-)";
        case 5:
            return "Reactive energy QI (R1)";
        case 6:
            return "Reactive energy QII (R2)";
        case 7:
            return "Reactive energy QIII (R3)";
        case 8:
            return "Reactive energy QIV (R4)";
        case 9:
            return "Apparent energy import (S+)";
        case 10:
            return "Apparent energy export (S-)";
        case 11:
            return "Current";
        case 12:
            return "Voltage";
        case 13:
            return "Power factor";
        case 14:
            return "Supply frequency";
        case 15:
            return "Active energy |A+| + |A-|";
        case 16:
            return "Active energy A+ - A-";
        case 91:
            return "Neutral current";
        default:
            return nullptr;
    }
}

// Quantities named by their power form when D is an instantaneous or demand value.
const char* powerName(unsigned c) {
    switch (c) {
        case 1:
            return "Active power import (P+)";
        case 2:
            return "Active power export (P-)";
        case 3:
            return "Reactive power import (Q+)";
        case 4:
            return "Reactive power export (Q-)";
        case 5:
            return "Reactive power QI";
        case 6:
            return "Reactive power QII";
        case 7:
            return "Reactive power QIII";
        case 8:
            return "Reactive power QIV";
        case 9:
            return "Apparent power import (S+)";
        case 10:
            return "Apparent power export (S-)";
        default:
            return quantityName(c);
    }
}

const char* processingName(unsigned d) {
    switch (d) {
        case 2:
            return "cumulative maximum demand";
        case 4:
            return "current average";
        case 5:
            return "last average";
        case 6:
            return "maximum demand";
        case 7:
            return "instantaneous";
        case 24:
            return "average";
        default:
            return nullptr;
    }
}

}  // namespace

std::string obisName(const ObisCode& code) {
    for (const auto& entry : kFixedNames) {
        if (entry.code == code) {
            return entry.name;
        }
    }
    if (code.a() != 1 || code.b() > 64) {
        return {};
    }
    unsigned c = code.c();
    std::string phase;
    if (c >= 21 && c <= 80) {
        const unsigned p = (c - 1) / 20;  // 1..3
        phase = " L" + std::to_string(p);
        c -= p * 20;
    }
    std::string name;
    const unsigned d = code.d();
    if (d == 8 || d == 9) {
        const char* q = quantityName(c);
        if (q == nullptr || c > 10) {
            return {};
        }
        name = q + phase;
        if (code.e() == 0) {
            name += ", total";
        } else if (code.e() <= 9) {
            name += ", tariff " + std::to_string(code.e());
        } else {
            return {};
        }
    } else {
        const char* q = powerName(c);
        const char* processing = processingName(d);
        if (q == nullptr || processing == nullptr) {
            return {};
        }
        name = std::string(q) + phase + ", " + processing;
        if (code.e() == 124) {
            name += ", THD";
        } else if (code.e() >= 1 && code.e() <= 9 && (d == 6 || d == 2)) {
            name += ", tariff " + std::to_string(code.e());
        } else if (code.e() != 0) {
            return {};
        }
    }
    if (code.f() <= 99) {
        name += " (billing period " + std::to_string(code.f()) + ")";
    } else if (code.f() != 255) {
        return {};
    }
    return name;
}

}  // namespace omt::cosem

#include "meter/type_number.h"

#include <span>

namespace omt::meter {

namespace {

struct Code {
    std::string_view code;
    std::string_view meaning;
};

struct Position {
    std::string_view label;
    std::size_t first;  ///< index in the characters after 68
    std::size_t width;
    std::span<const Code> codes;  ///< empty: country code, any three letters or digits
};

// OMNIPOWER CT data sheet, "Configuration - hardware".
constexpr Code kCtX1[] = {{"5", "CT meter"}};
constexpr Code kCtX2[] = {{"1", "OMNIPOWER"}};
constexpr Code kCtX3[] = {{"1", "Standard"}};
constexpr Code kCtX4[] = {{"2", "2 systems - Aron"}, {"3", "3 systems"}};
constexpr Code kCtX5[] = {{"1", "0.01 - 1(6) A"}, {"5", "0.05 - 5(6) A"}};
constexpr Code kCtX6[] = {{"B", "Class B"}, {"C", "Class C"}, {"1", "Class 1"}, {"5", "Class 0.5"}};
constexpr Code kCtX7[] = {{"D", "Generation D"}};
constexpr Code kCtX8[] = {{"1", "1. Variant"}, {"2", "2. Variant"}};
constexpr Code kCtX9[] = {{"1", "A+"}, {"2", "A+/A-"}, {"3", "A+/R+"}, {"4", "A+/A-/R+/R-"}};
constexpr Code kCtX10[] = {{"0", "No breaker"}};
constexpr Code kCtX11[] = {{"0", "No radio"}, {"1", "Radio (for OMNIA)"}};
constexpr Code kCtX12[] = {{"1", "Supercap + battery"}};
constexpr Code kCtX13[] = {{"1", "S0 output"}};

constexpr Position kCt[] = {
    {"X1", 0, 1, kCtX1},    {"X2", 1, 1, kCtX2},      {"X3", 2, 1, kCtX3},
    {"X4", 3, 1, kCtX4},    {"X5", 4, 1, kCtX5},      {"X6", 5, 1, kCtX6},
    {"X7", 6, 1, kCtX7},    {"X8", 7, 1, kCtX8},      {"X9", 8, 1, kCtX9},
    {"X10", 9, 1, kCtX10},  {"X11", 10, 1, kCtX11},   {"X12", 11, 1, kCtX12},
    {"X13", 12, 1, kCtX13}, {"X14X15X16", 13, 3, {}},
};
constexpr std::size_t kCtLength = 16;

// OMNIA e-meter data sheet, "Configuration - hardware".
constexpr Code kOmX1[] = {{"4", "Three-phase meter"}, {"6", "Single-phase meter"}};
constexpr Code kOmX2[] = {{"2", "Revision 2"}};
constexpr Code kOmX3[] = {{"1", "Standard layout, 2 screws"}};
constexpr Code kOmX4[] = {{"0", "None"}, {"1", "Standard"}};
constexpr Code kOmX5[] = {{"P", "OMNIA e-meter"}};
constexpr Code kOmX6[] = {{"1", "Variant 1"}};
constexpr Code kOmX7[] = {{"1", "1 system"}, {"3", "3 systems"}};
constexpr Code kOmX8[] = {{"0", "None"}, {"4", "LTE cat. M1/NB2"}};
constexpr Code kOmX9[] = {{"0", "None"}, {"1", "DSMR P1 Lite"}, {"2", "DSMR P1"}};
constexpr Code kOmX10[] = {{"00", "None"},
                           {"AA", "APS + 2x load ctrl + 1x pulse out"},
                           {"AB", "2x load ctrl + 1x pulse out"},
                           {"AH", "APS + 1x pulse out"}};
constexpr Code kOmX12[] = {{"3", "Supercap, 3 days capacity"},
                           {"7", "Supercap, 7 days capacity"},
                           {"B", "Battery"},
                           {"C", "Supercap, 3 days capacity and last gasp"},
                           {"D", "Supercap, 7 days capacity and last gasp"},
                           {"E", "Battery and last gasp"}};
constexpr Code kOmX13[] = {{"0", "None"}, {"1", "Yes"}};
constexpr Code kOmX14[] = {{"1", "5(100)A"}, {"8", "5(80)A"}};
constexpr Code kOmX15[] = {
    {"11", "Active 1 / reactive 1 (IEC)"}, {"12", "Active 1 / reactive 2 (IEC)"},
    {"22", "Active 2 / reactive 2 (IEC)"}, {"B1", "Active B / reactive 1 (MID)"},
    {"B2", "Active B / reactive 2 (MID)"}, {"A2", "Active A / reactive 2 (MID)"}};
constexpr Code kOmX17[] = {{"4", "A+ / A- / R+ / R-"}};

constexpr Position kOmnia[] = {
    {"X1", 0, 1, kOmX1},      {"X2", 1, 1, kOmX2},       {"X3", 2, 1, kOmX3},
    {"X4", 3, 1, kOmX4},      {"X5", 4, 1, kOmX5},       {"X6", 5, 1, kOmX6},
    {"X7", 6, 1, kOmX7},      {"X8", 7, 1, kOmX8},       {"X9", 8, 1, kOmX9},
    {"X10X11", 9, 2, kOmX10}, {"X12", 11, 1, kOmX12},    {"X13", 12, 1, kOmX13},
    {"X14", 13, 1, kOmX14},   {"X15X16", 14, 2, kOmX15}, {"X17", 16, 1, kOmX17},
    {"X18X19X20", 17, 3, {}},
};
constexpr std::size_t kOmniaLength = 20;

EnergyTypes energyOf(char code) {
    // CT X9 1..4 and OMNIA X17 4 share the same meaning for 4.
    switch (code) {
        case '1':
            return {true, false, false, false};
        case '2':
            return {true, true, false, false};
        case '3':
            return {true, false, true, false};
        default:
            return {true, true, true, true};
    }
}

}  // namespace

const char* nameOf(MeterFamily family) {
    switch (family) {
        case MeterFamily::OmnipowerCt:
            return "omnipower-ct";
        case MeterFamily::OmniaEMeter:
            return "omnia-e-meter";
    }
    return "unknown";
}

const char* nameOf(TypeNumberError error) {
    switch (error) {
        case TypeNumberError::Empty:
            return "empty";
        case TypeNumberError::BadPrefix:
            return "bad-prefix";
        case TypeNumberError::UnknownFamily:
            return "unknown-family";
        case TypeNumberError::WrongLength:
            return "wrong-length";
        case TypeNumberError::BadCharacter:
            return "bad-character";
        case TypeNumberError::UnknownCode:
            return "unknown-code";
    }
    return "unknown";
}

omt::Expected<TypeNumber, TypeNumberFailure> TypeNumber::decode(std::string_view text) {
    std::string chars;               // significant characters, upper case
    std::vector<std::size_t> where;  // their offsets in `text`
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '-') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return TypeNumberFailure{TypeNumberError::BadCharacter, i,
                                     std::string("character '") + text[i] + "'"};
        }
        chars += c;
        where.push_back(i);
    }
    if (chars.empty()) {
        return TypeNumberFailure{TypeNumberError::Empty, 0, "empty type number"};
    }
    if (chars.size() < 2 || chars[0] != '6' || chars[1] != '8') {
        return TypeNumberFailure{TypeNumberError::BadPrefix, where[0], "must start with 68"};
    }
    if (chars.size() < 3) {
        return TypeNumberFailure{TypeNumberError::WrongLength, text.size(), "nothing after 68"};
    }
    TypeNumber t;
    std::span<const Position> table;
    std::size_t length = 0;
    if (chars[2] == '5') {
        t.m_family = MeterFamily::OmnipowerCt;
        table = kCt;
        length = kCtLength;
    } else if (chars[2] == '4' || chars[2] == '6') {
        t.m_family = MeterFamily::OmniaEMeter;
        table = kOmnia;
        length = kOmniaLength;
    } else {
        return TypeNumberFailure{TypeNumberError::UnknownFamily, where[2],
                                 std::string("X1 '") + chars[2] + "'"};
    }
    if (chars.size() - 2 != length) {
        return TypeNumberFailure{TypeNumberError::WrongLength, text.size(),
                                 std::to_string(chars.size() - 2) + " characters after 68, " +
                                     nameOf(t.m_family) + " needs " + std::to_string(length)};
    }
    t.m_digits = chars.substr(2);
    for (const Position& p : table) {
        const std::string code = t.m_digits.substr(p.first, p.width);
        if (p.codes.empty()) {
            t.m_country = code;
            t.m_positions.push_back({std::string(p.label), code, "Country code"});
            continue;
        }
        const Code* found = nullptr;
        for (const Code& c : p.codes) {
            if (c.code == code) {
                found = &c;
            }
        }
        if (found == nullptr) {
            return TypeNumberFailure{TypeNumberError::UnknownCode, where[2 + p.first],
                                     std::string(p.label) + " '" + code + "'"};
        }
        t.m_positions.push_back({std::string(p.label), code, std::string(found->meaning)});
    }
    const std::string& d = t.m_digits;
    const auto meaning = [&t](std::size_t index) { return t.m_positions[index].meaning; };
    if (t.m_family == MeterFamily::OmnipowerCt) {
        t.m_familyText = "OMNIPOWER CT";
        t.m_systems = d[3] - '0';
        t.m_currentRange = meaning(4);
        t.m_accuracy = meaning(5);
        t.m_variant = d[7] - '0';
        t.m_energy = energyOf(d[8]);
        t.m_breaker = false;  // X10: only "No breaker" is listed
        t.m_communication = meaning(10);
        t.m_supplyBackup = meaning(11);
        t.m_interfaces = meaning(12);
    } else {
        t.m_familyText = d[0] == '4' ? "OMNIA e-meter, three-phase" : "OMNIA e-meter, single-phase";
        t.m_breaker = d[3] == '1';
        t.m_variant = d[5] - '0';
        t.m_systems = d[6] - '0';
        t.m_communication = meaning(7);
        t.m_han = meaning(8);
        t.m_interfaces = meaning(9);
        const std::string flex = d.substr(9, 2);
        t.m_loadControlRelays = (flex == "AA" || flex == "AB") ? 2 : 0;
        t.m_aps = flex == "AA" || flex == "AH";
        t.m_supplyBackup = meaning(10);
        t.m_hotSwap = d[12] == '1';
        t.m_currentRange = meaning(12);
        t.m_accuracy = meaning(13);
        t.m_energy = energyOf(d[16]);
    }
    return t;
}

std::string TypeNumber::format() const {
    const std::string& d = m_digits;
    if (m_family == MeterFamily::OmnipowerCt) {
        return "68 " + d.substr(0, 2) + " " + d.substr(2, 2) + " " + d.substr(4, 1) + " " +
               d.substr(5, 2) + " " + d.substr(7, 1) + " " + d.substr(8, 2) + " " +
               d.substr(10, 1) + " " + d.substr(11, 1) + " " + d.substr(12, 1) + " " +
               d.substr(13, 3);
    }
    return "68 " + d.substr(0, 1) + "-" + d.substr(1, 1) + "-" + d.substr(2, 3) + "-" +
           d.substr(5, 8) + "-" + d.substr(13, 7);
}

std::optional<MeterFamily> familyOf(std::string_view typeNumber,
                                    std::string_view logicalDeviceName) {
    if (auto decoded = TypeNumber::decode(typeNumber)) {
        return decoded->family();
    }
    if (logicalDeviceName.find("OMPCT") != std::string_view::npos) {
        return MeterFamily::OmnipowerCt;
    }
    if (logicalDeviceName.find("OMNIA") != std::string_view::npos) {
        return MeterFamily::OmniaEMeter;
    }
    return std::nullopt;
}

}  // namespace omt::meter

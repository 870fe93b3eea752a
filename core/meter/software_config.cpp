#include "meter/software_config.h"

#include <algorithm>
#include <cassert>

namespace omt::meter {

namespace {

constexpr auto kV1 = VariantMask::OnlyOne;
constexpr auto kV2 = VariantMask::OnlyTwo;

// Codes and texts as printed in the OMNIPOWER CT data sheet, "Configuration - software".
constexpr ZCode kZ1[] = {
    {"1", "7.0 [Default]"},
    {"2", "7.1 [Country specific]"},
    {"3", "7.2 [Country specific]"},
};
constexpr ZCode kZ2[] = {
    {"1", "LED switched off without consumption"},
    {"2", "LED switched on without consumption"},
};
// Z3: meaning followed by the I/O 1 / I/O 2 directions of the table. No 24 or 25.
constexpr ZCode kZ3[] = {
    {"00", "No function (I/O 1: -, I/O 2: -)"},
    {"01", "4-tariff (I/O 1: input, I/O 2: input)"},
    {"02", "4-tariff inverted (I/O 1: input, I/O 2: input)"},
    {"03", "Pulse in / Alarm in (I/O 1: input, I/O 2: input)"},
    {"04", "Pulse in / Alarm in inverted (I/O 1: input, I/O 2: input)"},
    {"05", "Pulse in / A+ out (I/O 1: input, I/O 2: output)"},
    {"06", "R+ out / A+ out (I/O 1: output, I/O 2: output)"},
    {"07", "2-tariff / Alarm in (I/O 1: input, I/O 2: input)"},
    {"08", "2-tariff inverted / Alarm in (I/O 1: input, I/O 2: input)"},
    {"09", "2-tariff / Alarm in inverted (I/O 1: input, I/O 2: input)"},
    {"10", "2-tariff inverted / Alarm in inverted (I/O 1: input, I/O 2: input)"},
    {"11", "2-tariff / A+ out (I/O 1: input, I/O 2: output)"},
    {"12", "2-tariff inverted / A+ out (I/O 1: input, I/O 2: output)"},
    {"13", "Pulse in / 2-tariff (I/O 1: input, I/O 2: input)"},
    {"14", "Pulse in / 2-tariff inverted (I/O 1: input, I/O 2: input)"},
    {"15", "Debiting stop pulse / - (I/O 1: input, I/O 2: -)"},
    {"16", "A- out / A+ out (I/O 1: output, I/O 2: output)"},
    {"17", "Load control load / Status control (I/O 1: input, I/O 2: output)"},
    {"18", "Pulse in / Load tariff sync (I/O 1: input, I/O 2: output)"},
    {"19", "Pulse in inv. / Load tariff sync (I/O 1: input, I/O 2: output)"},
    {"20", "Pulse in / Load tariff sync inverted (I/O 1: input, I/O 2: output)"},
    {"21", "Pulse in inv. / Load tariff sync inverted (I/O 1: input, I/O 2: output)"},
    {"22", "4-tariff sync load control (I/O 1: input, I/O 2: input)"},
    {"23", "4-tariff sync load control inverted (I/O 1: input, I/O 2: input)"},
    {"26", "Load control 1 / Load control 2 (I/O 1: output, I/O 2: output)"},
    {"27", "Pulse in / Load control (I/O 1: input, I/O 2: output)"},
    {"28", "Pulse in / Toggle Load control 1 & 2 (I/O 1: input, I/O 2: output)"},
};
constexpr ZCode kZ4[] = {
    {"2", "15 min."},
    {"3", "30 min."},
    {"4", "60 min."},
};
// Z5: "See display order form or contact Kamstrup": no code listed.
constexpr ZCode kZ6[] = {
    {"01", "1"},  {"02", "2"},  {"03", "3"},  {"04", "4"},  {"05", "5"},  {"06", "6"},
    {"07", "7"},  {"08", "8"},  {"09", "9"},  {"10", "10"}, {"11", "11"}, {"12", "12"},
    {"13", "13"}, {"14", "14"}, {"15", "15"}, {"16", "16"}, {"17", "17"}, {"18", "18"},
    {"19", "19"}, {"20", "20"}, {"21", "21"}, {"22", "22"}, {"23", "23"}, {"24", "24"},
    {"25", "25"}, {"26", "26"}, {"27", "27"}, {"28", "28"},
};
constexpr ZCode kZ7[] = {
    {"00", "None (externally controlled)"},
    {"01", "Monthly"},
    {"02", "Every second month, January"},
    {"03", "Every second month, February"},
    {"04", "Every third month, January"},
    {"05", "Every third month, February"},
    {"06", "Every third month, March"},
    {"07", "Half-yearly, January"},
    {"08", "Half-yearly, February"},
    {"09", "Half-yearly, March"},
    {"10", "Half-yearly, April"},
    {"11", "Half-yearly, May"},
    {"12", "Half-yearly, June"},
    {"13", "Yearly, January"},
    {"14", "Yearly, February"},
    {"15", "Yearly, March"},
    {"16", "Yearly, April"},
    {"17", "Yearly, May"},
    {"18", "Yearly, June"},
    {"19", "Yearly, July"},
    {"20", "Yearly, August"},
    {"21", "Yearly, September"},
    {"22", "Yearly, October"},
    {"23", "Yearly, November"},
    {"24", "Yearly, December"},
};
constexpr ZCode kZ8[] = {
    {"1", "30 msec pulse length / Alarm input deactivated"},
    {"2", "30 msec pulse length / Alarm input active"},
    {"3", "80 msec pulse length / Alarm input deactivated"},
    {"4", "80 msec pulse length / Alarm input active"},
};
constexpr ZCode kZ10[] = {
    {"000", "Default setup"},
};
constexpr ZCode kZ11[] = {
    {"00", "GMT"},
    {"01", "+ 1 Hour [DK/NO/SE/DE/FR/ES]"},
    {"02", "+ 2 Hours [FI]"},
    {"03", "+ 3 Hours"},
    {"04", "+ 4 Hours"},
    {"05", "+ 5 Hours"},
    {"06", "+ 6 Hours"},
    {"07", "+ 7 Hours"},
    {"08", "+ 8 Hours"},
    {"09", "+ 9 Hours"},
    {"10", "+ 10 Hours"},
    {"11", "+ 11 Hours"},
    {"12", "+ 12 Hours"},
    {"13", "- 11 Hours"},
    {"14", "- 10 Hours"},
    {"15", "- 9 Hours"},
    {"16", "- 8 Hours"},
    {"17", "- 7 Hours"},
    {"18", "- 6 Hours"},
    {"19", "- 5 Hours"},
    {"20", "- 4 Hours"},
    {"21", "- 3 Hours"},
    {"22", "- 2 Hours"},
    {"23", "- 1 Hours"},
};
constexpr ZCode kZ12[] = {
    {"00", "None"},
    {"01", "kWh"},
    {"02", "m3"},
    {"03", "L"},
};
constexpr ZCode kZ13[] = {
    {"000", "Tariff disabled"},
    {"001", "Module Port control"},
    {"002", "Register control"},
};
constexpr ZCode kZ14[] = {
    {"000", "Load control disabled"},
    {"001", "Register control"},
};
constexpr ZCode kZ15[] = {
    {"000", "None"},
    {"001", "EU"},
};
constexpr ZCode kZ16[] = {
    {"000", "None"},     {"318", "CH 318 K"}, {"319", "EU 319 K"}, {"326", "SE 326 K"},
    {"328", "SE 328 K"}, {"329", "SE 329 K"}, {"337", "NO 337 K"}, {"338", "NO 338 K"},
    {"339", "NO 339 K"}, {"348", "DK 348 K"}, {"349", "DK 349 K"}, {"359", "FI 359 K"},
    {"369", "PL 369 K"}, {"378", "AT 378 K"}, {"379", "AT 379 K"},
};
constexpr ZCode kZ17[] = {
    {"000", "No PB2 setup"},
};
constexpr ZCode kZ18[] = {
    {"000", "Disabled"},
    {"001", "Mode A and C, UD", kV1},
    {"002", "Mode A and C, UD2", kV1},
};
// Z20: "See Calendar setup order form or contact Kamstrup": no code listed.
constexpr ZCode kZ21[] = {
    {"001", "5 A/5 A or 1 A/1 A"},      {"002", "10 A/5 A or 2 A/1 A"},
    {"003", "15 A/5 A or 3 A/1 A"},     {"004", "20 A/5 A or 4 A/1 A"},
    {"010", "50 A/5 A or 10 A/1 A"},    {"015", "75 A/5 A or 15 A/1 A"},
    {"020", "100 A/5 A or 20 A/1 A"},   {"024", "120 A/5 A or 24 A/1 A"},
    {"030", "150 A/5 A or 30 A/1 A"},   {"032", "160 A/5 A or 32 A/1 A"},
    {"040", "200 A/5 A or 40 A/1 A"},   {"060", "300 A/5 A or 60 A/1 A"},
    {"100", "500 A/5 A or 100 A/1 A"},  {"200", "1000 A/5 A or 200 A/1 A"},
    {"300", "1500 A/5 A or 300 A/1 A"}, {"400", "2000 A/5 A or 400 A/1 A"},
    {"600", "3000 A/5 A or 600 A/1 A"},
};
constexpr ZCode kZ22[] = {
    {"1", "Unlocked"},
    {"2", "Locked"},
};
constexpr ZCode kZ23[] = {
    {"1", "Primary energy"},
    {"2", "Secondary energy"},
};
constexpr ZCode kZ24[] = {
    {"0", "Based on secondary energy"},
    {"1", "Based on primary energy"},
};
constexpr ZCode kZ25[] = {
    {"1", "Daily"},
    {"2", "Weekly"},
    {"3", "Monthly"},
};
constexpr ZCode kZ26[] = {
    {"000", "No alarms enabled"},
};
constexpr ZCode kZ27[] = {
    {"1", "Absolute values"},
    {"2", "Delta values", kV2},
};
constexpr ZCode kZ28[] = {
    {"0", "N/A", kV1},
    {"1", "Enabled", kV2},
    {"2", "Disabled", kV2},
};
constexpr ZCode kZ29[] = {
    {"01", "A+"},
    {"02", "A+/A-"},
    {"03", "A+/R+"},
    {"04", "A+/A-/R+/R-"},
    {"05", "A+/A-/R1/R2/R3/R4", kV2},
    {"06", "A+/A-/R+/R-/R1/R2/R3/R4", kV2},
    {"11", "Secondary A+"},
    {"12", "Secondary A+/A-"},
    {"13", "Secondary A+/R+"},
    {"14", "Secondary A+/A-/R+/R-"},
    {"15", "Secondary A+/A-/R1/R2/R3/R4", kV2},
    {"16", "Secondary A+/A-/R+/R-/R1/R2/R3/R4", kV2},
};
constexpr ZCode kZ30[] = {
    {"1", "Profile 01"},
    {"2", "Profile 02", kV2},
};

using D = ZDomain;
using W = ZWriteRule;
const ZFieldSpec kCatalogue[kZFieldCount] = {
    {ZField::Z1, "Z1", "Decimals in display", 1, D::ListedOnly, W::Free, kZ1},
    {ZField::Z2, "Z2", "LED configuration", 1, D::ListedOnly, W::Free, kZ2},
    {ZField::Z3, "Z3", "Primary module configuration", 2, D::ListedOnly, W::Free, kZ3},
    {ZField::Z4, "Z4", "Integration period / Load profile period", 1, D::ListedOnly, W::Free, kZ4},
    {ZField::Z5, "Z5", "Display configuration", 3, D::OrderForm, W::Free, {}},
    {ZField::Z6, "Z6", "Debiting stop date", 2, D::ListedOnly, W::Free, kZ6},
    {ZField::Z7, "Z7", "Debiting logging interval", 2, D::ListedOnly, W::Free, kZ7},
    {ZField::Z8, "Z8", "Pulse out length / Alarm input", 1, D::ListedOnly, W::Free, kZ8},
    {ZField::Z10, "Z10", "Analysis logger setup", 3, D::ListedOnly, W::Free, kZ10},
    {ZField::Z11, "Z11", "Greenwich Mean Time (GMT)", 2, D::ListedOnly, W::Free, kZ11},
    {ZField::Z12, "Z12", "Unit pulse input", 2, D::ListedOnly, W::Free, kZ12},
    {ZField::Z13, "Z13", "Tariff control plan", 3, D::OrderForm, W::Free, kZ13},
    {ZField::Z14, "Z14", "Load control plan", 3, D::OrderForm, W::Free, kZ14},
    {ZField::Z15, "Z15", "Daylight saving time / Summer-winter time table", 3, D::ListedOnly,
     W::Free, kZ15},
    {ZField::Z16, "Z16", "Frequency code Protocol", 3, D::ListedOnly, W::Free, kZ16},
    {ZField::Z17, "Z17", "Push button 2 setup", 3, D::OrderForm, W::Free, kZ17},
    {ZField::Z18, "Z18", "1107 configuration", 3, D::OrderForm, W::Free, kZ18},
    {ZField::Z20, "Z20", "Calendar setup", 3, D::OrderForm, W::Free, {}},
    {ZField::Z21, "Z21", "Transformer ratio", 3, D::RatioOneTo600, W::WhileRatioUnlocked, kZ21},
    {ZField::Z22, "Z22", "Transformer ratio (unlocked / locked)", 1, D::ListedOnly, W::LockOnly,
     kZ22},
    {ZField::Z23, "Z23", "Load profile, based on", 1, D::ListedOnly, W::Free, kZ23},
    {ZField::Z24, "Z24", "Pulse output (module)", 1, D::ListedOnly, W::Free, kZ24},
    {ZField::Z25, "Z25", "Debitlogger 2 interval", 1, D::ListedOnly, W::Free, kZ25},
    {ZField::Z26, "Z26", "Alarm configuration", 3, D::ListedOnly, W::Free, kZ26},
    {ZField::Z27, "Z27", "Load profile data (DLMS)", 1, D::ListedOnly, W::Free, kZ27},
    {ZField::Z28, "Z28", "Local interface encryption", 1, D::ListedOnly, W::Free, kZ28},
    {ZField::Z29, "Z29", "Load profile configuration", 2, D::ListedOnly, W::Free, kZ29},
    {ZField::Z30, "Z30", "Debit 2 logger configuration", 1, D::ListedOnly, W::Free, kZ30},
};

std::size_t indexOf(ZField field) {
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        if (kCatalogue[i].field == field) {
            return i;
        }
    }
    assert(false && "ZField value outside the catalogue");
    return 0;
}

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const ZCode* findCode(const ZFieldSpec& spec, std::string_view code) {
    for (const ZCode& c : spec.codes) {
        if (c.code == code) {
            return &c;
        }
    }
    return nullptr;
}

bool listedByProfile(const OrderFormCodes& orderForm, ZField field, std::string_view code) {
    const auto it = orderForm.find(field);
    return it != orderForm.end() &&
           std::find(it->second.begin(), it->second.end(), code) != it->second.end();
}

bool availableOn(VariantMask mask, Variant variant) {
    return (static_cast<unsigned>(mask) & static_cast<unsigned>(variant)) != 0;
}

std::size_t totalWidth() {
    std::size_t n = 0;
    for (const ZFieldSpec& s : kCatalogue) {
        n += s.width;
    }
    return n;
}

}  // namespace

std::span<const ZFieldSpec> zCatalogue() {
    return kCatalogue;
}

const ZFieldSpec& zSpec(ZField field) {
    return kCatalogue[indexOf(field)];
}

std::optional<ZField> zFieldFromId(std::string_view id) {
    if (id.size() < 2 || (id[0] != 'Z' && id[0] != 'z')) {
        return std::nullopt;
    }
    for (const ZFieldSpec& s : kCatalogue) {
        if (s.id.substr(1) == id.substr(1)) {
            return s.field;
        }
    }
    return std::nullopt;
}

std::optional<std::string> z4OfPeriod(std::uint32_t seconds) {
    switch (seconds) {
        case 900:
            return "2";
        case 1800:
            return "3";
        case 3600:
            return "4";
        default:
            return std::nullopt;
    }
}

std::optional<std::uint32_t> periodOfZ4(std::string_view code) {
    if (code == "2") {
        return 900;
    }
    if (code == "3") {
        return 1800;
    }
    if (code == "4") {
        return 3600;
    }
    return std::nullopt;
}

std::optional<CtRatio> ctRatioOf(std::string_view code) {
    if (code.size() != 3 || !allDigits(code)) {
        return std::nullopt;
    }
    const int n = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    if (n < 1 || n > 600) {
        return std::nullopt;
    }
    return CtRatio{n, n * 5, n};
}

std::string meaningOf(ZField field, std::string_view code) {
    const ZFieldSpec& spec = zSpec(field);
    if (const ZCode* c = findCode(spec, code)) {
        return std::string(c->meaning);
    }
    if (code.size() == spec.width && allDigits(code)) {
        if (spec.domain == ZDomain::OrderForm) {
            return "order-form specific setting";
        }
        if (spec.domain == ZDomain::RatioOneTo600) {
            if (const auto r = ctRatioOf(code)) {
                return std::to_string(r->primaryFor5A) + " A/5 A or " +
                       std::to_string(r->primaryFor1A) + " A/1 A";
            }
        }
    }
    return "unknown code";
}

std::string meaningOf(ZField field, std::string_view code, const OrderFormCodes& orderForm) {
    if (findCode(zSpec(field), code) == nullptr && listedByProfile(orderForm, field, code)) {
        return "order-form specific setting (device profile)";
    }
    return meaningOf(field, code);
}

const char* nameOf(CtUnlock unlock) {
    switch (unlock) {
        case CtUnlock::NotStated:
            return "not-stated";
        case CtUnlock::Refused:
            return "refused";
        case CtUnlock::Allowed:
            return "allowed";
    }
    return "unknown";
}

std::string ctUnlockRefusal(CtUnlock unlock) {
    switch (unlock) {
        case CtUnlock::Refused:
            return "this meter type does not allow unlocking from the optical port (device "
                   "profile)";
        case CtUnlock::NotStated:
            return "the device profile does not say that this meter type allows unlocking, so "
                   "OpenMeterTool does not unlock it";
        case CtUnlock::Allowed:
            break;
    }
    return {};
}

const char* nameOf(ConfigError error) {
    switch (error) {
        case ConfigError::Empty:
            return "empty";
        case ConfigError::NotDigit:
            return "not-digit";
        case ConfigError::WrongLength:
            return "wrong-length";
        case ConfigError::WrongFieldCount:
            return "wrong-field-count";
        case ConfigError::WrongFieldWidth:
            return "wrong-field-width";
    }
    return "unknown";
}

const char* nameOf(ConfigIssue issue) {
    switch (issue) {
        case ConfigIssue::UnknownCode:
            return "unknown-code";
        case ConfigIssue::OutOfRange:
            return "out-of-range";
        case ConfigIssue::NotForVariant:
            return "not-for-variant";
        case ConfigIssue::RatioLocked:
            return "ratio-locked";
        case ConfigIssue::LockIrreversible:
            return "lock-irreversible";
    }
    return "unknown";
}

SoftwareConfiguration::SoftwareConfiguration() {
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        m_codes[i] = std::string(kCatalogue[i].width, '0');
    }
}

omt::Expected<SoftwareConfiguration, ConfigFailure> SoftwareConfiguration::parse(
    std::string_view text) {
    if (text.empty()) {
        return ConfigFailure{ConfigError::Empty, 0, "empty configuration"};
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c < '0' || c > '9') && c != '-') {
            return ConfigFailure{ConfigError::NotDigit, i, std::string("character '") + c + "'"};
        }
    }
    SoftwareConfiguration config;
    if (text.find('-') == std::string_view::npos) {
        const std::size_t expected = totalWidth();
        if (text.size() != expected) {
            return ConfigFailure{
                ConfigError::WrongLength, text.size(),
                std::to_string(text.size()) + " digits, expected " + std::to_string(expected)};
        }
        std::size_t pos = 0;
        for (std::size_t i = 0; i < kZFieldCount; ++i) {
            config.m_codes[i] = std::string(text.substr(pos, kCatalogue[i].width));
            pos += kCatalogue[i].width;
        }
        return config;
    }
    std::size_t pos = 0;
    for (std::size_t i = 0;; ++i) {
        const std::size_t dash = text.find('-', pos);
        const std::size_t end = dash == std::string_view::npos ? text.size() : dash;
        if (i >= kZFieldCount) {
            return ConfigFailure{ConfigError::WrongFieldCount, pos,
                                 "more than " + std::to_string(kZFieldCount) + " fields"};
        }
        const ZFieldSpec& spec = kCatalogue[i];
        const std::string_view field = text.substr(pos, end - pos);
        if (field.size() != spec.width) {
            return ConfigFailure{ConfigError::WrongFieldWidth, pos,
                                 std::string(spec.id) + " needs " + std::to_string(spec.width) +
                                     " digits, got " + std::to_string(field.size())};
        }
        config.m_codes[i] = std::string(field);
        if (dash == std::string_view::npos) {
            if (i + 1 != kZFieldCount) {
                return ConfigFailure{
                    ConfigError::WrongFieldCount, text.size(),
                    std::to_string(i + 1) + " fields, expected " + std::to_string(kZFieldCount)};
            }
            return config;
        }
        pos = dash + 1;
    }
}

std::string SoftwareConfiguration::format() const {
    std::string out;
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        if (i != 0) {
            out += '-';
        }
        out += m_codes[i];
    }
    return out;
}

std::string SoftwareConfiguration::formatCompact() const {
    std::string out;
    for (const std::string& c : m_codes) {
        out += c;
    }
    return out;
}

std::string_view SoftwareConfiguration::code(ZField field) const {
    return m_codes[indexOf(field)];
}

omt::Expected<void, ConfigFailure> SoftwareConfiguration::setCode(ZField field,
                                                                  std::string_view code) {
    const std::size_t i = indexOf(field);
    const ZFieldSpec& spec = kCatalogue[i];
    if (code.size() != spec.width) {
        return ConfigFailure{
            ConfigError::WrongFieldWidth, 0,
            std::string(spec.id) + " needs " + std::to_string(spec.width) + " digits"};
    }
    for (std::size_t k = 0; k < code.size(); ++k) {
        if (code[k] < '0' || code[k] > '9') {
            return ConfigFailure{ConfigError::NotDigit, k, std::string(spec.id)};
        }
    }
    m_codes[i] = std::string(code);
    return {};
}

std::vector<ConfigViolation> SoftwareConfiguration::validate(
    Variant variant, const OrderFormCodes& orderForm) const {
    std::vector<ConfigViolation> out;
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        const ZFieldSpec& spec = kCatalogue[i];
        const std::string& code = m_codes[i];
        if (listedByProfile(orderForm, spec.field, code) && findCode(spec, code) == nullptr) {
            continue;  // the meter's order form, as its device profile lists it
        }
        if (const ZCode* c = findCode(spec, code)) {
            if (!availableOn(c->variants, variant)) {
                out.push_back({spec.field, ConfigIssue::NotForVariant, code,
                               c->variants == VariantMask::OnlyOne
                                   ? "only available for variant 1"
                                   : "only available for variant 2"});
            }
            continue;
        }
        switch (spec.domain) {
            case ZDomain::ListedOnly:
                out.push_back({spec.field, ConfigIssue::UnknownCode, code, "not a listed code"});
                break;
            case ZDomain::OrderForm:
                break;  // an order-form specific setting: accepted, meaning not published
            case ZDomain::RatioOneTo600:
                if (!ctRatioOf(code)) {
                    out.push_back(
                        {spec.field, ConfigIssue::OutOfRange, code, "ratio must be 001..600"});
                }
                break;
        }
    }
    return out;
}

std::vector<FieldDescription> SoftwareConfiguration::describe(
    const OrderFormCodes& orderForm) const {
    std::vector<FieldDescription> out;
    out.reserve(kZFieldCount);
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        const ZFieldSpec& spec = kCatalogue[i];
        out.push_back({spec.field, spec.id, spec.name, m_codes[i],
                       meaningOf(spec.field, m_codes[i], orderForm)});
    }
    return out;
}

std::vector<FieldChange> SoftwareConfiguration::diffFrom(const SoftwareConfiguration& before,
                                                         const OrderFormCodes& orderForm) const {
    std::vector<FieldChange> out;
    for (std::size_t i = 0; i < kZFieldCount; ++i) {
        if (m_codes[i] != before.m_codes[i]) {
            const ZField f = kCatalogue[i].field;
            out.push_back({f, before.m_codes[i], meaningOf(f, before.m_codes[i], orderForm),
                           m_codes[i], meaningOf(f, m_codes[i], orderForm)});
        }
    }
    return out;
}

std::vector<ConfigViolation> checkOpticalWrite(const SoftwareConfiguration& current,
                                               const SoftwareConfiguration& target,
                                               CtUnlock unlock) {
    std::vector<ConfigViolation> out;
    const bool locked = current.code(ZField::Z22) == "2";
    const bool unlocking = locked && target.code(ZField::Z22) != "2";
    if (locked && current.code(ZField::Z21) != target.code(ZField::Z21) &&
        !(unlocking && unlock == CtUnlock::Allowed)) {
        out.push_back({ZField::Z21, ConfigIssue::RatioLocked, std::string(target.code(ZField::Z21)),
                       "transformer ratio is locked (Z22 = 2)"});
    }
    if (unlocking && unlock != CtUnlock::Allowed) {
        out.push_back({ZField::Z22, ConfigIssue::LockIrreversible,
                       std::string(target.code(ZField::Z22)), ctUnlockRefusal(unlock)});
    }
    return out;
}

}  // namespace omt::meter

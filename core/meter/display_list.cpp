#include "meter/display_list.h"

#include <algorithm>
#include <utility>

namespace omt::meter {

using cosem::ObisCode;
using cosem::Unit;

const char* nameOf(DisplayListKind kind) {
    switch (kind) {
        case DisplayListKind::Automatic:
            return "automatic";
        case DisplayListKind::Manual:
            return "manual";
        case DisplayListKind::BackupPowered:
            return "backup-powered";
    }
    return "unknown";
}

const char* nameOf(DisplayError error) {
    switch (error) {
        case DisplayError::ListFull:
            return "list-full";
        case DisplayError::Duplicate:
            return "duplicate";
        case DisplayError::HistoricalNotAllowed:
            return "historical-not-allowed";
        case DisplayError::LegalReadingRequired:
            return "legal-reading-required";
        case DisplayError::KindNotSupported:
            return "kind-not-supported";
        case DisplayError::IndexOutOfRange:
            return "index-out-of-range";
        case DisplayError::ValueTooWide:
            return "value-too-wide";
    }
    return "unknown";
}

bool DisplayRules::supports(DisplayListKind kind) const {
    return maxSizes[static_cast<std::size_t>(kind)].has_value();
}

std::size_t DisplayRules::maxSize(DisplayListKind kind) const {
    return maxSizes[static_cast<std::size_t>(kind)].value_or(0);
}

bool DisplayRules::isLegal(const ObisCode& code) const {
    return std::any_of(legalReadings.begin(), legalReadings.end(),
                       [&](const DisplayEntry& e) { return e.code == code; });
}

namespace {

constexpr ObisCode kAPlusTotal{1, 0, 1, 8, 0, 255};
constexpr ObisCode kAMinusTotal{1, 0, 2, 8, 0, 255};

std::vector<DisplayEntry> legalSet(bool measuresExport) {
    std::vector<DisplayEntry> out;
    out.push_back(*catalogueEntry(kAPlusTotal));
    if (measuresExport) {
        out.push_back(*catalogueEntry(kAMinusTotal));
    }
    return out;
}

DisplayEntry energy(std::uint8_t c, std::uint8_t e, std::uint8_t f, std::string name, Unit unit,
                    bool legal = false) {
    return DisplayEntry{ObisCode{1, 0, c, 8, e, f}, std::move(name), unit, 0, f <= 99, legal};
}

std::vector<DisplayEntry> buildCatalogue() {
    std::vector<DisplayEntry> c;
    // Energy totals (register table "Energy registers"); A+ and A- total are the legal readings.
    c.push_back(energy(1, 0, 255, "Active energy A+ total", Unit::WattHour, true));
    c.push_back(energy(2, 0, 255, "Active energy A- total", Unit::WattHour, true));
    c.push_back(energy(3, 0, 255, "Reactive energy R+ total", Unit::VarHour));
    c.push_back(energy(4, 0, 255, "Reactive energy R- total", Unit::VarHour));
    c.push_back(energy(9, 0, 255, "Apparent energy E+ total", Unit::VoltAmpereHour));
    c.push_back(energy(10, 0, 255, "Apparent energy E- total", Unit::VoltAmpereHour));
    for (std::uint8_t t = 1; t <= 4; ++t) {
        c.push_back(
            energy(1, t, 255, "Active energy A+ tariff " + std::to_string(t), Unit::WattHour));
    }
    for (std::uint8_t t = 1; t <= 4; ++t) {
        c.push_back(
            energy(3, t, 255, "Reactive energy R+ tariff " + std::to_string(t), Unit::VarHour));
    }
    // Values stored at the end of a debiting period: F = 1, the most recent billing period.
    c.push_back(energy(1, 0, 1, "Active energy A+ total, last debiting period", Unit::WattHour));
    c.push_back(energy(2, 0, 1, "Active energy A- total, last debiting period", Unit::WattHour));
    c.push_back(energy(3, 0, 1, "Reactive energy R+ total, last debiting period", Unit::VarHour));
    // Peak powers (maximum demand of the running period) and their time stamps.
    c.push_back({ObisCode{1, 0, 1, 6, 0, 255}, "Peak power P+max", Unit::Watt, 3, false, false});
    c.push_back({ObisCode{1, 0, 1, 6, 0, 1}, "Peak power P+max, last debiting period", Unit::Watt,
                 3, true, false});
    c.push_back({ObisCode{1, 0, 1, 2, 0, 255}, "Accumulated peak power P+max acc", Unit::Watt, 3,
                 false, false});
    c.push_back({ObisCode{1, 0, 3, 6, 0, 255}, "Peak power Q+max", Unit::Var, 3, false, false});
    c.push_back(
        {ObisCode{1, 0, 9, 6, 0, 255}, "Peak power S+max", Unit::VoltAmpere, 3, false, false});
    c.push_back(
        {ObisCode{1, 0, 10, 6, 0, 255}, "Peak power S-max", Unit::VoltAmpere, 3, false, false});
    // Instantaneous values per phase.
    const std::uint8_t voltageC[] = {32, 52, 72};
    const std::uint8_t currentC[] = {31, 51, 71};
    const std::uint8_t powerC[] = {21, 41, 61};
    for (std::uint8_t p = 0; p < 3; ++p) {
        const std::string phase = "L" + std::to_string(p + 1);
        c.push_back({ObisCode{1, 0, voltageC[p], 7, 0, 255}, "Voltage " + phase, Unit::Volt, 1,
                     false, false});
        c.push_back({ObisCode{1, 0, currentC[p], 7, 0, 255}, "Current " + phase, Unit::Ampere, 2,
                     false, false});
        c.push_back({ObisCode{1, 0, powerC[p], 7, 0, 255}, "Active power P+ " + phase, Unit::Watt,
                     3, false, false});
    }
    c.push_back(
        {ObisCode{1, 0, 1, 7, 0, 255}, "Active power P+ total", Unit::Watt, 3, false, false});
    c.push_back({ObisCode{1, 0, 14, 7, 0, 255}, "Frequency", Unit::Hertz, 2, false, false});
    // Meter data.
    c.push_back(
        {ObisCode{1, 0, 0, 4, 2, 255}, "Current transformer ratio", Unit::Count, 0, false, false});
    c.push_back({ObisCode{1, 0, 0, 9, 1, 255}, "Time", Unit::Count, 0, false, false});
    c.push_back({ObisCode{1, 0, 0, 9, 2, 255}, "Date", Unit::Count, 0, false, false});
    c.push_back({ObisCode{0, 0, 96, 1, 0, 255}, "Serial number", Unit::Count, 0, false, false});
    c.push_back({ObisCode{0, 0, 96, 8, 0, 255}, "Hour counter", Unit::Hour, 0, false, false});
    c.push_back(
        {ObisCode{1, 0, 0, 1, 0, 255}, "Debiting stop counter", Unit::Count, 0, false, false});
    return c;
}

DisplayFailure failure(DisplayError code, std::size_t index, const ObisCode& obis,
                       std::string detail, std::size_t maximum = 0) {
    return DisplayFailure{code, index, maximum, obis, std::move(detail)};
}

}  // namespace

std::span<const DisplayEntry> omnipowerCtCatalogue() {
    static const std::vector<DisplayEntry> kCatalogue = buildCatalogue();
    return kCatalogue;
}

std::optional<DisplayEntry> catalogueEntry(const ObisCode& code) {
    for (const DisplayEntry& e : omnipowerCtCatalogue()) {
        if (e.code == code) {
            return e;
        }
    }
    return std::nullopt;
}

DisplayRules omnipowerCtRules(bool measuresExport) {
    DisplayRules r;
    r.meter = MeterType::OmnipowerCt;
    r.maxSizes = {std::size_t{16}, std::size_t{30}, std::size_t{8}};
    r.provisionalSizes = false;
    r.legalReadings = legalSet(measuresExport);
    return r;
}

DisplayRules omniaRules(bool measuresExport) {
    DisplayRules r;
    r.meter = MeterType::Omnia;
    r.maxSizes = {std::size_t{16}, std::size_t{30}, std::nullopt};
    r.provisionalSizes = true;
    r.legalReadings = legalSet(measuresExport);
    return r;
}

std::vector<DisplayFailure> validate(DisplayListKind kind, std::span<const DisplayEntry> entries,
                                     const DisplayRules& rules) {
    std::vector<DisplayFailure> out;
    if (!rules.supports(kind)) {
        out.push_back(failure(DisplayError::KindNotSupported, 0, ObisCode{},
                              std::string("no ") + nameOf(kind) + " list on this meter"));
        return out;
    }
    const std::size_t max = rules.maxSize(kind);
    if (entries.size() > max) {
        out.push_back(failure(DisplayError::ListFull, max, entries[max].code,
                              "more than " + std::to_string(max) + " readings", max));
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const DisplayEntry& e = entries[i];
        if (kind == DisplayListKind::Automatic && e.historical) {
            out.push_back(failure(DisplayError::HistoricalNotAllowed, i, e.code,
                                  e.code.toString() + " is historical"));
        }
        const auto first = std::find_if(entries.begin(), entries.begin() + static_cast<long>(i),
                                        [&](const DisplayEntry& o) { return o.code == e.code; });
        if (first != entries.begin() + static_cast<long>(i)) {
            out.push_back(failure(DisplayError::Duplicate, i, e.code,
                                  e.code.toString() + " is already in the list"));
        }
    }
    if (kind == DisplayListKind::Manual) {
        for (const DisplayEntry& legal : rules.legalReadings) {
            const bool present =
                std::any_of(entries.begin(), entries.end(),
                            [&](const DisplayEntry& o) { return o.code == legal.code; });
            if (!present) {
                out.push_back(failure(DisplayError::LegalReadingRequired, entries.size(),
                                      legal.code, legal.code.toString() + " is a legal reading"));
            }
        }
    }
    return out;
}

DisplayList::DisplayList(DisplayListKind kind, DisplayRules rules)
    : m_kind(kind), m_rules(std::move(rules)) {}

omt::Expected<DisplayList, DisplayFailure> DisplayList::create(DisplayListKind kind,
                                                               DisplayRules rules) {
    if (!rules.supports(kind)) {
        return omt::unexpected(failure(DisplayError::KindNotSupported, 0, ObisCode{},
                                       std::string("no ") + nameOf(kind) + " list on this meter"));
    }
    DisplayList list(kind, std::move(rules));
    if (kind == DisplayListKind::Manual) {
        list.m_entries = list.m_rules.legalReadings;
    }
    return list;
}

omt::Expected<void, DisplayFailure> DisplayList::checkEntry(
    const DisplayEntry& entry, std::size_t index, std::optional<std::size_t> ignore) const {
    if (m_kind == DisplayListKind::Automatic && entry.historical) {
        return omt::unexpected(failure(DisplayError::HistoricalNotAllowed, index, entry.code,
                                       entry.code.toString() + " is historical"));
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (ignore != i && m_entries[i].code == entry.code) {
            return omt::unexpected(failure(DisplayError::Duplicate, i, entry.code,
                                           entry.code.toString() + " is already in the list"));
        }
    }
    if (!ignore && m_entries.size() >= maximum()) {
        return omt::unexpected(failure(DisplayError::ListFull, index, entry.code,
                                       "the list holds at most " + std::to_string(maximum()),
                                       maximum()));
    }
    return {};
}

omt::Expected<void, DisplayFailure> DisplayList::add(const DisplayEntry& entry) {
    return insertAt(m_entries.size(), entry);
}

omt::Expected<void, DisplayFailure> DisplayList::insertAt(std::size_t index,
                                                          const DisplayEntry& entry) {
    if (index > m_entries.size()) {
        return omt::unexpected(failure(DisplayError::IndexOutOfRange, index, entry.code,
                                       "insert position beyond the end"));
    }
    if (auto ok = checkEntry(entry, index, std::nullopt); !ok) {
        return ok;
    }
    m_entries.insert(m_entries.begin() + static_cast<long>(index), entry);
    return {};
}

omt::Expected<void, DisplayFailure> DisplayList::remove(std::size_t index) {
    if (index >= m_entries.size()) {
        return omt::unexpected(
            failure(DisplayError::IndexOutOfRange, index, ObisCode{}, "no entry at this index"));
    }
    const ObisCode code = m_entries[index].code;
    if (m_kind == DisplayListKind::Manual && m_rules.isLegal(code)) {
        return omt::unexpected(failure(DisplayError::LegalReadingRequired, index, code,
                                       code.toString() + " is a legal reading"));
    }
    m_entries.erase(m_entries.begin() + static_cast<long>(index));
    return {};
}

omt::Expected<void, DisplayFailure> DisplayList::move(std::size_t from, std::size_t to) {
    if (from >= m_entries.size() || to >= m_entries.size()) {
        return omt::unexpected(failure(DisplayError::IndexOutOfRange,
                                       from >= m_entries.size() ? from : to, ObisCode{},
                                       "no entry at this index"));
    }
    DisplayEntry moved = std::move(m_entries[from]);
    m_entries.erase(m_entries.begin() + static_cast<long>(from));
    m_entries.insert(m_entries.begin() + static_cast<long>(to), std::move(moved));
    return {};
}

omt::Expected<void, DisplayFailure> DisplayList::replace(std::size_t index,
                                                         const DisplayEntry& entry) {
    if (index >= m_entries.size()) {
        return omt::unexpected(
            failure(DisplayError::IndexOutOfRange, index, entry.code, "no entry at this index"));
    }
    const ObisCode old = m_entries[index].code;
    if (m_kind == DisplayListKind::Manual && m_rules.isLegal(old) && old != entry.code) {
        return omt::unexpected(failure(DisplayError::LegalReadingRequired, index, old,
                                       old.toString() + " is a legal reading"));
    }
    if (auto ok = checkEntry(entry, index, index); !ok) {
        return ok;
    }
    m_entries[index] = entry;
    return {};
}

std::optional<DisplayDecimals> displayDecimalsFromZ1(std::string_view code) {
    if (code == "1") {
        return DisplayDecimals::Seven0;
    }
    if (code == "2") {
        return DisplayDecimals::Seven1;
    }
    if (code == "3") {
        return DisplayDecimals::Seven2;
    }
    return std::nullopt;
}

namespace {

constexpr std::uint64_t kPow10[] = {1ULL,
                                    10ULL,
                                    100ULL,
                                    1000ULL,
                                    10000ULL,
                                    100000ULL,
                                    1000000ULL,
                                    10000000ULL,
                                    100000000ULL,
                                    1000000000ULL,
                                    10000000000ULL,
                                    100000000000ULL,
                                    1000000000000ULL,
                                    10000000000000ULL,
                                    100000000000000ULL,
                                    1000000000000000ULL,
                                    10000000000000000ULL,
                                    100000000000000000ULL,
                                    1000000000000000000ULL};
constexpr int kMaxPow = 18;

bool isEnergy(Unit u) {
    return u == Unit::WattHour || u == Unit::VarHour || u == Unit::VoltAmpereHour;
}
bool isPower(Unit u) {
    return u == Unit::Watt || u == Unit::Var || u == Unit::VoltAmpere;
}

std::string withPoint(std::uint64_t n, int decimals, std::size_t minDigits) {
    std::string s = std::to_string(n);
    if (s.size() < minDigits) {
        s.insert(0, minDigits - s.size(), '0');
    }
    if (decimals > 0) {
        s.insert(s.size() - static_cast<std::size_t>(decimals), 1, '.');
    }
    return s;
}

std::size_t digitCount(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
}

}  // namespace

omt::Expected<LcdText, DisplayFailure> previewLcd(const DisplayEntry& entry, std::int64_t mantissa,
                                                  std::int8_t scaler, DisplayDecimals z1) {
    LcdText out;
    out.obis = std::to_string(entry.code.c()) + "." + std::to_string(entry.code.d()) + "." +
               std::to_string(entry.code.e());
    if (digitCount(out.obis) > 7) {
        return omt::unexpected(failure(DisplayError::ValueTooWide, 0, entry.code,
                                       "identifier " + out.obis + " exceeds 7 digits"));
    }
    const bool energy = isEnergy(entry.unit);
    const bool kilo = energy || isPower(entry.unit);
    out.unit = std::string(kilo ? "k" : "") + std::string(cosem::unitSymbol(entry.unit));

    const int decimals = energy ? static_cast<int>(z1) - 1 : std::clamp(entry.decimals, 0, 8);
    // Shown integer N = value x 10^decimals = mantissa x 10^shift.
    const int shift = scaler + decimals - (kilo ? 3 : 0);
    const bool negative = mantissa < 0;
    const std::uint64_t magnitude = negative ? 0ULL - static_cast<std::uint64_t>(mantissa)
                                             : static_cast<std::uint64_t>(mantissa);
    if (energy) {
        if (negative) {
            return omt::unexpected(failure(DisplayError::ValueTooWide, 0, entry.code,
                                           "negative energy cannot be shown"));
        }
        // Odometer: keep the lowest 7 integer digits plus the decimals.
        const std::uint64_t modulus = kPow10[7 + decimals];
        std::uint64_t n = 0;
        if (shift >= 0) {
            const std::uint64_t factor = shift < 7 + decimals ? kPow10[shift] : 0;
            n = (magnitude % modulus) * factor % modulus;
        } else {
            n = -shift > kMaxPow ? 0 : magnitude / kPow10[-shift] % modulus;
        }
        out.value = withPoint(n, decimals, static_cast<std::size_t>(7 + decimals));
        return out;
    }
    std::uint64_t n = 0;
    if (shift >= 0) {
        if (magnitude != 0 && (shift > 9 || magnitude > 999999999ULL / kPow10[shift])) {
            return omt::unexpected(
                failure(DisplayError::ValueTooWide, 0, entry.code, "value exceeds 9 digits"));
        }
        n = magnitude * kPow10[shift];
    } else if (-shift > kMaxPow) {
        // magnitude < 2^63 < 10^19: only 10^-19 can still round up to 1.
        n = (-shift == kMaxPow + 1 && magnitude >= 5000000000000000000ULL) ? 1 : 0;
    } else {
        const std::uint64_t div = kPow10[-shift];
        n = magnitude / div + (magnitude % div >= (div + 1) / 2 ? 1 : 0);
    }
    if (n > 999999999ULL) {
        return omt::unexpected(
            failure(DisplayError::ValueTooWide, 0, entry.code, "value exceeds 9 digits"));
    }
    out.value = (negative && n != 0 ? "-" : "") +
                withPoint(n, decimals, static_cast<std::size_t>(decimals + 1));
    return out;
}

}  // namespace omt::meter

#include "meter/load_profile.h"

#include <algorithm>
#include <array>

namespace omt::meter {

namespace {

using Q = EnergyQuantity;

constexpr std::array<Q, 1> kAPlus = {Q::APlus};
constexpr std::array<Q, 2> kImportExport = {Q::APlus, Q::AMinus};
constexpr std::array<Q, 2> kImportReactive = {Q::APlus, Q::RPlus};
constexpr std::array<Q, 4> kFourQuadrants = {Q::APlus, Q::AMinus, Q::RPlus, Q::RMinus};
constexpr std::array<Q, 6> kQuadrants = {Q::APlus, Q::AMinus, Q::R1, Q::R2, Q::R3, Q::R4};
constexpr std::array<Q, 8> kAll = {Q::APlus, Q::AMinus, Q::RPlus, Q::RMinus,
                                   Q::R1,    Q::R2,     Q::R3,    Q::R4};

// OMNIPOWER CT data sheet, "Load profile": integration period 15, 30, 60 min.
constexpr std::array<PeriodDepth, 3> kCtAPlus = {{{900, 278}, {1800, 556}, {3600, 1113}}};
constexpr std::array<PeriodDepth, 3> kCtTwo = {{{900, 235}, {1800, 470}, {3600, 941}}};
constexpr std::array<PeriodDepth, 3> kCtFour = {{{900, 180}, {1800, 360}, {3600, 720}}};
constexpr std::array<PeriodDepth, 3> kCtSix = {{{900, 145}, {1800, 291}, {3600, 583}}};
constexpr std::array<PeriodDepth, 3> kCtEight = {{{900, 122}, {1800, 244}, {3600, 489}}};

const std::array<LoadProfileRow, 6> kCtRows = {{
    {"A+", kAPlus, kCtAPlus},
    {"A+/A-", kImportExport, kCtTwo},
    {"A+/R+", kImportReactive, kCtTwo},
    {"A+/A-/R+/R-", kFourQuadrants, kCtFour},
    {"A+/A-/R1/R2/R3/R4", kQuadrants, kCtSix},
    {"A+/A-/R+/R-/R1/R2/R3/R4", kAll, kCtEight},
}};

// OMNIA e-meter data sheet, "Logging depth in days", load profile 1: 5, 15, 30, 60 min; 10 min
// (offered, not in the table) at twice the 5-minute depth, ours.
constexpr std::array<PeriodDepth, 5> kOmniaFour = {
    {{300, 60}, {600, 120, false}, {900, 180}, {1800, 361}, {3600, 722}}};
constexpr std::array<PeriodDepth, 5> kOmniaSix = {
    {{300, 48}, {600, 96, false}, {900, 146}, {1800, 292}, {3600, 585}}};
constexpr std::array<PeriodDepth, 5> kOmniaEight = {
    {{300, 40}, {600, 80, false}, {900, 122}, {1800, 245}, {3600, 491}}};

const std::array<LoadProfileRow, 3> kOmniaRows = {{
    {"A+/A-/R+/R-", kFourQuadrants, kOmniaFour},
    {"A+/A-/R1/R2/R3/R4", kQuadrants, kOmniaSix},
    {"A+/A-/R+/R-/R1/R2/R3/R4", kAll, kOmniaEight},
}};

}  // namespace

std::span<const LoadProfileRow> loadProfileRows(MeterFamily family) {
    if (family == MeterFamily::OmnipowerCt) {
        return kCtRows;
    }
    return kOmniaRows;
}

const LoadProfileRow* loadProfileRowOfZ29(std::string_view code) {
    if (code.size() != 2 || (code[0] != '0' && code[0] != '1') || code[1] < '1' || code[1] > '6') {
        return nullptr;
    }
    return &kCtRows[static_cast<std::size_t>(code[1] - '1')];
}

const LoadProfileRow* loadProfileRowOf(MeterFamily family,
                                       std::span<const EnergyQuantity> quantities) {
    for (const LoadProfileRow& row : loadProfileRows(family)) {
        if (std::equal(row.quantities.begin(), row.quantities.end(), quantities.begin(),
                       quantities.end())) {
            return &row;
        }
    }
    return nullptr;
}

std::optional<std::uint32_t> loadProfileDays(const LoadProfileRow& row, std::uint32_t period) {
    for (const PeriodDepth& d : row.depths) {
        if (d.period == period) {
            return d.days;
        }
    }
    return std::nullopt;
}

std::vector<std::uint32_t> loadProfilePeriods(const LoadProfileRow& row) {
    std::vector<std::uint32_t> out;
    for (const PeriodDepth& d : row.depths) {
        out.push_back(d.period);
    }
    return out;
}

}  // namespace omt::meter

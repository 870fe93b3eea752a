#pragma once
// The load profile depth tables of the two data sheets: which energy types a load profile
// captures (a row of the table) and how many days it holds at each integration period.
//
//   OMNIPOWER CT ("Load profile", the table by energy type; the row is Z29):
//     energy type              15 min  30 min  60 min (days)
//     A+                          278     556    1113
//     A+/A-                       235     470     941
//     A+/R+                       235     470     941
//     A+/A-/R+/R-                 180     360     720
//     A+/A-/R1/R2/R3/R4           145     291     583
//     A+/A-/R+/R-/R1/R2/R3/R4     122     244     489
//   OMNIA e-meter (load profile 1; the row is what its capture objects hold):
//     energy type               5 min  15 min  30 min  60 min (days)
//     A+/A-/R+/R-                  60     180     361     722
//     A+/A-/R1/R2/R3/R4            48     146     292     585
//     A+/A-/R+/R-/R1/R2/R3/R4      40     122     245     491
// The OMNIA data sheet offers 10-minute periods (each load profile "configurable to 5, 10, 15,
// 30 or 60 min") but its depth table has no 10-minute column: twice the 5-minute depth is our
// assumption (depth grows with the period everywhere else in the table).
//
//   const LoadProfileRow* row = loadProfileRowOfZ29("04");   // A+/A-/R+/R-
//   loadProfileDays(*row, 900);                              // 180
//   loadProfileColumns(*row);                                // {1, 2, 3, 4}: OBIS C of A+ ...

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "meter/type_number.h"

namespace omt::meter {

/// The energy quantities a load profile captures, valued by their OBIS C: A+ 1, A- 2, R+ 3,
/// R- 4, R1..R4 (reactive energy per quadrant) 5..8.
enum class EnergyQuantity : std::uint8_t {
    APlus = 1,
    AMinus = 2,
    RPlus = 3,
    RMinus = 4,
    R1 = 5,
    R2 = 6,
    R3 = 7,
    R4 = 8
};

/// The depth at one integration period.
struct PeriodDepth {
    std::uint32_t period;  ///< seconds
    std::uint32_t days;
    bool fromDataSheet = true;  ///< false: our assumption (the OMNIA's 10 minutes)
};

/// One row of a depth table.
struct LoadProfileRow {
    std::string_view energyTypes;  ///< as the data sheet writes it, "A+/A-/R+/R-"
    std::span<const EnergyQuantity> quantities;
    std::span<const PeriodDepth> depths;
};

/// The rows of `family`'s table (load profile 1 of the OMNIA), in table order.
std::span<const LoadProfileRow> loadProfileRows(MeterFamily family);

/// The OMNIPOWER CT row that Z29 selects: 01..06 and the "Secondary" 11..16 (the same energy
/// types, of secondary energy); nullptr for any other code.
const LoadProfileRow* loadProfileRowOfZ29(std::string_view code);

/// The row of `family` that captures exactly `quantities` (in table order), nullptr otherwise.
const LoadProfileRow* loadProfileRowOf(MeterFamily family,
                                       std::span<const EnergyQuantity> quantities);

/// Days the row holds at `period` seconds; nullopt for a period the table does not have.
std::optional<std::uint32_t> loadProfileDays(const LoadProfileRow& row, std::uint32_t period);

/// The periods of the row, ascending.
std::vector<std::uint32_t> loadProfilePeriods(const LoadProfileRow& row);

}  // namespace omt::meter

#pragma once
// Physical units of COSEM values (Blue Book "Enumerated values for physical units"), the
// scaler_unit attribute of Register / Extended register / Demand register, and exact rendering of
// a scaled value.
//
//   auto su = ScalerUnit::fromData(attribute3);         // structure{integer -3, enum 30}
//   formatRegisterValue(Data::doubleLongUnsigned(12345), *su);           // "12.345 Wh"
//   formatRegisterValue(Data::doubleLongUnsigned(12345), {0, Unit::WattHour},
//                       MetricPrefix::Allowed);                          // "12.345 kWh"
//   formatScaled(std::int64_t{-5}, -2);                                  // "-0.05"
//
// The decimal point is placed by string arithmetic on the exact integer, so no value is ever
// rounded: the result always has exactly -scaler digits after the point (scaler < 0) or scaler
// zeros appended (scaler > 0).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// Unit enumeration of the Blue Book. Values not listed are not defined (0, 58, 59, 68, 69,
/// 73..127, 175..253).
enum class Unit : std::uint8_t {
    Year = 1,
    Month = 2,
    Week = 3,
    Day = 4,
    Hour = 5,
    Minute = 6,
    Second = 7,
    PhaseAngleDegree = 8,
    DegreeCelsius = 9,
    Currency = 10,
    Metre = 11,
    MetrePerSecond = 12,
    CubicMetre = 13,
    CubicMetreCorrected = 14,
    CubicMetrePerHour = 15,
    CubicMetrePerHourCorrected = 16,
    CubicMetrePerDay = 17,
    CubicMetrePerDayCorrected = 18,
    Litre = 19,
    Kilogram = 20,
    Newton = 21,
    NewtonMetre = 22,
    Pascal = 23,
    Bar = 24,
    Joule = 25,
    JoulePerHour = 26,
    Watt = 27,
    VoltAmpere = 28,
    Var = 29,
    WattHour = 30,
    VoltAmpereHour = 31,
    VarHour = 32,
    Ampere = 33,
    Coulomb = 34,
    Volt = 35,
    VoltPerMetre = 36,
    Farad = 37,
    Ohm = 38,
    OhmSquareMetrePerMetre = 39,
    Weber = 40,
    Tesla = 41,
    AmperePerMetre = 42,
    Henry = 43,
    Hertz = 44,
    PerWattHour = 45,
    PerVarHour = 46,
    PerVoltAmpereHour = 47,
    VoltSquaredHour = 48,
    AmpereSquaredHour = 49,
    KilogramPerSecond = 50,
    Siemens = 51,
    Kelvin = 52,
    PerVoltSquaredHour = 53,
    PerAmpereSquaredHour = 54,
    PerCubicMetre = 55,
    Percent = 56,
    AmpereHour = 57,
    WattHourPerCubicMetre = 60,
    JoulePerCubicMetre = 61,
    MolePercent = 62,
    GramPerCubicMetre = 63,
    PascalSecond = 64,
    JoulePerKilogram = 65,
    GramPerSquareCentimetre = 66,
    Atmosphere = 67,
    DecibelMilliwatt = 70,
    DecibelMicrovolt = 71,
    Decibel = 72,
    Inch = 128,
    Foot = 129,
    Pound = 130,
    DegreeFahrenheit = 131,
    DegreeRankine = 132,
    SquareInch = 133,
    SquareFoot = 134,
    Acre = 135,
    CubicInch = 136,
    CubicFoot = 137,
    AcreFoot = 138,
    GallonImperial = 139,
    GallonUs = 140,
    PoundForce = 141,
    PoundForcePerSquareInch = 142,
    PoundPerCubicFoot = 143,
    PoundPerFootSecond = 144,
    SquareFootPerSecond = 145,
    BritishThermalUnit = 146,
    ThermEu = 147,
    ThermUs = 148,
    BtuPerPound = 149,
    BtuPerCubicFoot = 150,
    CubicFeet = 151,
    FootPerSecond = 152,
    CubicFootPerSecond = 153,
    CubicFootPerMinute = 154,
    CubicFootPerHour = 155,
    CubicFootPerDay = 156,
    AcreFootPerSecond = 157,
    AcreFootPerMinute = 158,
    AcreFootPerHour = 159,
    AcreFootPerDay = 160,
    ImperialGallon = 161,
    ImperialGallonPerSecond = 162,
    ImperialGallonPerMinute = 163,
    ImperialGallonPerHour = 164,
    ImperialGallonPerDay = 165,
    UsGallon = 166,
    UsGallonPerSecond = 167,
    UsGallonPerMinute = 168,
    UsGallonPerHour = 169,
    UsGallonPerDay = 170,
    BtuPerSecond = 171,
    BtuPerMinute = 172,
    BtuPerHour = 173,
    BtuPerDay = 174,
    Other = 254,  ///< other unit
    Count = 255,  ///< no unit, unitless, count
};

/// One row of the unit table.
struct UnitInfo {
    Unit unit{};
    std::string_view symbol;    ///< UTF-8: "Wh", "m³", "°C", "Ω"; empty for count and other
    std::string_view quantity;  ///< "active energy", "volume", ...
};

/// Every defined unit, in value order.
std::span<const UnitInfo> allUnits();

/// true when `value` is a unit the Blue Book defines.
bool isKnownUnit(std::uint8_t value);

/// The symbol of a unit ("varh", "m³/h", "°C"); empty for Count, Other and undefined values.
std::string_view unitSymbol(Unit u);

/// The quantity a unit measures ("reactive energy"); empty for undefined values.
std::string_view unitQuantity(Unit u);

/// scaler_unit: value = mantissa x 10^scaler, in `unit`.
/// Wire form: structure{integer scaler, enum unit}, e.g. 02 02 0F FD 16 1E for (-3, Wh).
struct ScalerUnit {
    std::int8_t scaler = 0;
    Unit unit = Unit::Count;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, UnknownEnum (unit not in the table), each naming
    /// "scaler_unit.scaler" / "scaler_unit.unit" (or `at`'s members).
    static Expected<ScalerUnit, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("scaler_unit"));
    friend bool operator==(const ScalerUnit&, const ScalerUnit&) = default;
};

/// The exact decimal text of mantissa x 10^scaler: formatScaled(12345, -3) == "12.345",
/// formatScaled(5, 2) == "500", formatScaled(-5, -3) == "-0.005", formatScaled(0, -2) == "0.00".
std::string formatScaled(std::int64_t mantissa, std::int8_t scaler);
std::string formatScaled(std::uint64_t mantissa, std::int8_t scaler);

/// Whether formatRegisterValue may move the decimal point by 3, 6, 9 or 12 and put k, M, G or T
/// in front of the unit. Only done for W, VA, var, Wh, VAh, varh, V, A, Ah, J and Hz.
enum class MetricPrefix { None, Allowed };

/// A register value with its scaler and unit: "12.345 Wh", "-0.5 A", "230 V", or "17" for
/// Count. With MetricPrefix::Allowed the largest prefix that leaves a non-zero integer part is
/// used: 12345 Wh (scaler 0) -> "12.345 kWh", 999 Wh -> "999 Wh".
/// Integer values of any width are exact; float32/float64 values use their shortest round-trip
/// digits, shifted by the scaler without further rounding ("nan", "inf" as such).
/// Error: WrongType (path "value") for a value that is not a number.
Expected<std::string, CosemFailure> formatRegisterValue(const dlms::Data& value,
                                                        const ScalerUnit& scalerUnit,
                                                        MetricPrefix prefix = MetricPrefix::None);

}  // namespace omt::cosem

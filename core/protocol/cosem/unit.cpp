#include "protocol/cosem/unit.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "protocol/cosem/view_support.h"

namespace omt::cosem {

using dlms::Data;
using dlms::DataType;

namespace {

using U = Unit;

// Symbols and quantities as in the Blue Book unit table (UTF-8).
constexpr std::array kUnits{
    UnitInfo{U::Year, "a", "time (year)"},
    UnitInfo{U::Month, "mo", "time (month)"},
    UnitInfo{U::Week, "wk", "time (week)"},
    UnitInfo{U::Day, "d", "time (day)"},
    UnitInfo{U::Hour, "h", "time (hour)"},
    UnitInfo{U::Minute, "min", "time (minute)"},
    UnitInfo{U::Second, "s", "time (second)"},
    UnitInfo{U::PhaseAngleDegree, "°", "(phase) angle"},
    UnitInfo{U::DegreeCelsius, "°C", "temperature"},
    UnitInfo{U::Currency, "currency", "(local) currency"},
    UnitInfo{U::Metre, "m", "length"},
    UnitInfo{U::MetrePerSecond, "m/s", "speed"},
    UnitInfo{U::CubicMetre, "m³", "volume"},
    UnitInfo{U::CubicMetreCorrected, "m³", "corrected volume"},
    UnitInfo{U::CubicMetrePerHour, "m³/h", "volume flux"},
    UnitInfo{U::CubicMetrePerHourCorrected, "m³/h", "corrected volume flux"},
    UnitInfo{U::CubicMetrePerDay, "m³/d", "volume flux"},
    UnitInfo{U::CubicMetrePerDayCorrected, "m³/d", "corrected volume flux"},
    UnitInfo{U::Litre, "l", "volume"},
    UnitInfo{U::Kilogram, "kg", "mass"},
    UnitInfo{U::Newton, "N", "force"},
    UnitInfo{U::NewtonMetre, "Nm", "energy"},
    UnitInfo{U::Pascal, "Pa", "pressure"},
    UnitInfo{U::Bar, "bar", "pressure"},
    UnitInfo{U::Joule, "J", "energy"},
    UnitInfo{U::JoulePerHour, "J/h", "thermal power"},
    UnitInfo{U::Watt, "W", "active power"},
    UnitInfo{U::VoltAmpere, "VA", "apparent power"},
    UnitInfo{U::Var, "var", "reactive power"},
    UnitInfo{U::WattHour, "Wh", "active energy"},
    UnitInfo{U::VoltAmpereHour, "VAh", "apparent energy"},
    UnitInfo{U::VarHour, "varh", "reactive energy"},
    UnitInfo{U::Ampere, "A", "current"},
    UnitInfo{U::Coulomb, "C", "electrical charge"},
    UnitInfo{U::Volt, "V", "voltage"},
    UnitInfo{U::VoltPerMetre, "V/m", "electric field strength"},
    UnitInfo{U::Farad, "F", "capacitance"},
    UnitInfo{U::Ohm, "Ω", "resistance"},
    UnitInfo{U::OhmSquareMetrePerMetre, "Ωm²/m", "resistivity"},
    UnitInfo{U::Weber, "Wb", "magnetic flux"},
    UnitInfo{U::Tesla, "T", "magnetic flux density"},
    UnitInfo{U::AmperePerMetre, "A/m", "magnetic field strength"},
    UnitInfo{U::Henry, "H", "inductance"},
    UnitInfo{U::Hertz, "Hz", "frequency"},
    UnitInfo{U::PerWattHour, "1/(Wh)", "active energy meter constant or pulse value"},
    UnitInfo{U::PerVarHour, "1/(varh)", "reactive energy meter constant or pulse value"},
    UnitInfo{U::PerVoltAmpereHour, "1/(VAh)", "apparent energy meter constant or pulse value"},
    UnitInfo{U::VoltSquaredHour, "V²h", "volt-squared hours"},
    UnitInfo{U::AmpereSquaredHour, "A²h", "ampere-squared hours"},
    UnitInfo{U::KilogramPerSecond, "kg/s", "mass flux"},
    UnitInfo{U::Siemens, "S", "conductance"},
    UnitInfo{U::Kelvin, "K", "temperature"},
    UnitInfo{U::PerVoltSquaredHour, "1/(V²h)", "volt-squared hour meter constant or pulse value"},
    UnitInfo{U::PerAmpereSquaredHour, "1/(A²h)",
             "ampere-squared hour meter constant or pulse value"},
    UnitInfo{U::PerCubicMetre, "1/m³", "volume meter constant or pulse value"},
    UnitInfo{U::Percent, "%", "percentage"},
    UnitInfo{U::AmpereHour, "Ah", "ampere-hours"},
    UnitInfo{U::WattHourPerCubicMetre, "Wh/m³", "energy per volume"},
    UnitInfo{U::JoulePerCubicMetre, "J/m³", "calorific value, wobbe"},
    UnitInfo{U::MolePercent, "Mol %", "molar fraction of gas composition"},
    UnitInfo{U::GramPerCubicMetre, "g/m³", "mass density, quantity of material"},
    UnitInfo{U::PascalSecond, "Pa s", "dynamic viscosity"},
    UnitInfo{U::JoulePerKilogram, "J/kg", "specific energy"},
    UnitInfo{U::GramPerSquareCentimetre, "g/cm²", "pressure"},
    UnitInfo{U::Atmosphere, "atm", "pressure"},
    UnitInfo{U::DecibelMilliwatt, "dBm", "signal strength"},
    UnitInfo{U::DecibelMicrovolt, "dBμV", "signal strength"},
    UnitInfo{U::Decibel, "dB", "logarithmic unit"},
    UnitInfo{U::Inch, "in", "length"},
    UnitInfo{U::Foot, "ft", "length"},
    UnitInfo{U::Pound, "lb", "mass"},
    UnitInfo{U::DegreeFahrenheit, "°F", "temperature"},
    UnitInfo{U::DegreeRankine, "°R", "temperature"},
    UnitInfo{U::SquareInch, "sq in", "area"},
    UnitInfo{U::SquareFoot, "sq ft", "area"},
    UnitInfo{U::Acre, "ac", "area"},
    UnitInfo{U::CubicInch, "cu in", "volume"},
    UnitInfo{U::CubicFoot, "cu ft", "volume"},
    UnitInfo{U::AcreFoot, "ac-ft", "volume"},
    UnitInfo{U::GallonImperial, "gal (imp)", "volume"},
    UnitInfo{U::GallonUs, "gal (US)", "volume"},
    UnitInfo{U::PoundForce, "lbf", "force"},
    UnitInfo{U::PoundForcePerSquareInch, "psi", "pressure"},
    UnitInfo{U::PoundPerCubicFoot, "lb/cu ft", "density"},
    UnitInfo{U::PoundPerFootSecond, "lb/(ft s)", "dynamic viscosity"},
    UnitInfo{U::SquareFootPerSecond, "sq ft/s", "kinematic viscosity"},
    UnitInfo{U::BritishThermalUnit, "Btu", "energy"},
    UnitInfo{U::ThermEu, "thm (EU)", "energy"},
    UnitInfo{U::ThermUs, "thm (US)", "energy"},
    UnitInfo{U::BtuPerPound, "Btu/lb", "enthalpy"},
    UnitInfo{U::BtuPerCubicFoot, "Btu/cu ft", "calorific value"},
    UnitInfo{U::CubicFeet, "cu ft", "volume"},
    UnitInfo{U::FootPerSecond, "ft/s", "speed"},
    UnitInfo{U::CubicFootPerSecond, "cu ft/s", "volume flux"},
    UnitInfo{U::CubicFootPerMinute, "cu ft/min", "volume flux"},
    UnitInfo{U::CubicFootPerHour, "cu ft/h", "volume flux"},
    UnitInfo{U::CubicFootPerDay, "cu ft/d", "volume flux"},
    UnitInfo{U::AcreFootPerSecond, "ac-ft/s", "volume flux"},
    UnitInfo{U::AcreFootPerMinute, "ac-ft/min", "volume flux"},
    UnitInfo{U::AcreFootPerHour, "ac-ft/h", "volume flux"},
    UnitInfo{U::AcreFootPerDay, "ac-ft/d", "volume flux"},
    UnitInfo{U::ImperialGallon, "imp gal", "volume"},
    UnitInfo{U::ImperialGallonPerSecond, "imp gal/s", "volume flux"},
    UnitInfo{U::ImperialGallonPerMinute, "imp gal/min", "volume flux"},
    UnitInfo{U::ImperialGallonPerHour, "imp gal/h", "volume flux"},
    UnitInfo{U::ImperialGallonPerDay, "imp gal/d", "volume flux"},
    UnitInfo{U::UsGallon, "US gal", "volume"},
    UnitInfo{U::UsGallonPerSecond, "US gal/s", "volume flux"},
    UnitInfo{U::UsGallonPerMinute, "US gal/min", "volume flux"},
    UnitInfo{U::UsGallonPerHour, "US gal/h", "volume flux"},
    UnitInfo{U::UsGallonPerDay, "US gal/d", "volume flux"},
    UnitInfo{U::BtuPerSecond, "Btu/s", "power"},
    UnitInfo{U::BtuPerMinute, "Btu/min", "power"},
    UnitInfo{U::BtuPerHour, "Btu/h", "power"},
    UnitInfo{U::BtuPerDay, "Btu/d", "power"},
    UnitInfo{U::Other, "", "other unit"},
    UnitInfo{U::Count, "", "no unit, unitless, count"},
};

const UnitInfo* findUnit(std::uint8_t value) {
    const auto it = std::lower_bound(
        kUnits.begin(), kUnits.end(), value,
        [](const UnitInfo& u, std::uint8_t v) { return static_cast<std::uint8_t>(u.unit) < v; });
    if (it == kUnits.end() || static_cast<std::uint8_t>(it->unit) != value) {
        return nullptr;
    }
    return &*it;
}

bool allowsPrefix(Unit u) {
    switch (u) {
        case U::Watt:
        case U::VoltAmpere:
        case U::Var:
        case U::WattHour:
        case U::VoltAmpereHour:
        case U::VarHour:
        case U::Volt:
        case U::Ampere:
        case U::AmpereHour:
        case U::Joule:
        case U::Hertz:
            return true;
        default:
            return false;
    }
}

// `digits` (no sign, no leading zeros unless it is "0") times 10^exponent, as decimal text.
std::string placePoint(const std::string& digits, int exponent) {
    if (exponent >= 0) {
        return digits + std::string(static_cast<std::size_t>(exponent), '0');
    }
    const auto decimals = static_cast<std::size_t>(-exponent);
    if (digits.size() > decimals) {
        return digits.substr(0, digits.size() - decimals) + "." +
               digits.substr(digits.size() - decimals);
    }
    return "0." + std::string(decimals - digits.size(), '0') + digits;
}

struct Decimal {
    bool negative = false;
    std::string digits;  // no leading zeros; "0" for zero
    int exponent = 0;
};

std::string render(const Decimal& d) {
    std::string text = placePoint(d.digits, d.exponent);
    const bool zero = d.digits == "0";
    return (d.negative && !zero) ? "-" + text : text;
}

Decimal fromUnsigned(std::uint64_t v, bool negative, int exponent) {
    return {negative, std::to_string(v), exponent};
}

Decimal fromSigned(std::int64_t v, int exponent) {
    // Magnitude without overflow for INT64_MIN.
    const std::uint64_t magnitude =
        v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1U : static_cast<std::uint64_t>(v);
    return fromUnsigned(magnitude, v < 0, exponent);
}

// Shortest round-trip digits of a finite float/double, as digits x 10^exponent.
template <class F>
Decimal fromFloat(F v, int scaler) {
    std::array<char, 64> buf{};
    const auto res =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific);
    const std::string text(buf.data(), res.ptr);  // "-1.2345e+04"
    Decimal d;
    std::size_t i = 0;
    if (text[i] == '-') {
        d.negative = true;
        ++i;
    }
    const auto e = text.find('e');
    std::string mantissa;
    for (std::size_t k = i; k < e; ++k) {
        if (text[k] != '.') {
            mantissa += text[k];
        }
    }
    const int exp10 = std::atoi(text.c_str() + e + 1);
    // mantissa "12345" with one digit before the point: value = 12345 x 10^(exp10 - 4).
    d.exponent = exp10 - static_cast<int>(mantissa.size() - 1) + scaler;
    const auto first = mantissa.find_first_not_of('0');
    d.digits = first == std::string::npos ? "0" : mantissa.substr(first);
    return d;
}

}  // namespace

std::span<const UnitInfo> allUnits() {
    return kUnits;
}

bool isKnownUnit(std::uint8_t value) {
    return findUnit(value) != nullptr;
}

std::string_view unitSymbol(Unit u) {
    const UnitInfo* info = findUnit(static_cast<std::uint8_t>(u));
    return info != nullptr ? info->symbol : std::string_view{};
}

std::string_view unitQuantity(Unit u) {
    const UnitInfo* info = findUnit(static_cast<std::uint8_t>(u));
    return info != nullptr ? info->quantity : std::string_view{};
}

Data ScalerUnit::toData() const {
    return Data::structure({Data::integer(scaler), enumData(unit)});
}

Expected<ScalerUnit, CosemFailure> ScalerUnit::fromData(const Data& d, const FieldPath& at) {
    auto members = readStructure(d, 2, at);
    if (!members) {
        return members.error();
    }
    const auto& m = **members;
    auto scaler = readInteger8(m[0], at.member("scaler"));
    if (!scaler) {
        return scaler.error();
    }
    const FieldPath unitAt = at.member("unit");
    auto unit = readEnumValue(m[1], unitAt);
    if (!unit) {
        return unit.error();
    }
    if (!isKnownUnit(*unit)) {
        return unknownEnum(*unit, unitAt);
    }
    return ScalerUnit{*scaler, static_cast<Unit>(*unit)};
}

std::string formatScaled(std::int64_t mantissa, std::int8_t scaler) {
    return render(fromSigned(mantissa, scaler));
}

std::string formatScaled(std::uint64_t mantissa, std::int8_t scaler) {
    return render(fromUnsigned(mantissa, false, scaler));
}

Expected<std::string, CosemFailure> formatRegisterValue(const Data& value,
                                                        const ScalerUnit& scalerUnit,
                                                        MetricPrefix prefix) {
    const FieldPath at("value");
    Decimal d;
    std::string special;  // nan / inf
    switch (value.type()) {
        case DataType::Integer:
        case DataType::Long:
        case DataType::DoubleLong:
        case DataType::Long64: {
            auto v = readSignedOf(value, value.type(), at);
            if (!v) {
                return v.error();
            }
            d = fromSigned(*v, scalerUnit.scaler);
            break;
        }
        case DataType::Unsigned:
        case DataType::LongUnsigned:
        case DataType::DoubleLongUnsigned:
        case DataType::Long64Unsigned: {
            auto v = readUnsignedOf(value, value.type(), at);
            if (!v) {
                return v.error();
            }
            d = fromUnsigned(*v, false, scalerUnit.scaler);
            break;
        }
        case DataType::Float32:
        case DataType::Float64: {
            const auto* v = value.as<double>();
            if (v == nullptr) {
                return at.fail(CosemError::WrongType, "float without a floating-point value");
            }
            if (std::isnan(*v)) {
                special = "nan";
            } else if (std::isinf(*v)) {
                special = *v < 0 ? "-inf" : "inf";
            } else if (value.type() == DataType::Float32) {
                d = fromFloat(static_cast<float>(*v), scalerUnit.scaler);
            } else {
                d = fromFloat(*v, scalerUnit.scaler);
            }
            break;
        }
        default:
            return at.fail(CosemError::WrongType,
                           std::string("not a number: ") + dlms::dataTypeName(value.type()));
    }

    std::string symbol(unitSymbol(scalerUnit.unit));
    if (!special.empty()) {
        return symbol.empty() ? special : special + " " + symbol;
    }
    if (prefix == MetricPrefix::Allowed && allowsPrefix(scalerUnit.unit) && d.digits != "0") {
        static constexpr std::array<const char*, 5> kPrefixes{"", "k", "M", "G", "T"};
        const int integerDigits = static_cast<int>(d.digits.size()) + d.exponent;
        const int steps = std::clamp((integerDigits - 1) / 3, 0, 4);
        d.exponent -= 3 * steps;
        symbol = kPrefixes[static_cast<std::size_t>(steps)] + symbol;
    }
    std::string text = render(d);
    if (!symbol.empty()) {
        text += ' ';
        text += symbol;
    }
    return text;
}

}  // namespace omt::cosem

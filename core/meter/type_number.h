#pragma once
// Kamstrup type numbers ("Configuration - hardware" tables of the data sheets), decoded.
//
// OMNIPOWER CT: 68 X1-X2 X3-X4 X5 X6-X7 X8 X9-X10 X11 X12 X13 X14X15X16 (16 characters after 68)
//   e.g. "68 51 13 5 BD 2 40 1 1 1 XXX" is a 3-system 5(6) A class B variant 2 A+/A-/R+/R- meter.
//   The table header groups the tail as "X13-X14 X15-X16" but its rows give X13 "Interface" and
//   X14X15X16 "Country code"; the rows are followed.
// OMNIA e-meter: 68 X1-X2-X3X4X5-X6..X13-X14..X20 (20 characters after 68)
//   e.g. "68 4-2-11P-1342AAD1-1B24XXX".
//
// Input: the leading "68" and the X positions; spaces and '-' anywhere are ignored, letters are
// taken case-insensitively. The country code (shown as XXX, "see order form") is kept as three
// opaque letters or digits. Which table applies is decided by X1: 5 is OMNIPOWER CT, 4 or 6 is
// OMNIA e-meter.

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omt::meter {

enum class MeterFamily : std::uint8_t { OmnipowerCt, OmniaEMeter };

/// Stable kebab-case identifier: "omnipower-ct", "omnia-e-meter".
const char* nameOf(MeterFamily family);

enum class TypeNumberError : std::uint8_t {
    Empty,          ///< no characters besides separators
    BadPrefix,      ///< does not start with "68"
    UnknownFamily,  ///< X1 is not 5 (CT) nor 4/6 (OMNIA)
    WrongLength,    ///< not 16 (CT) / 20 (OMNIA) characters after 68
    BadCharacter,   ///< not a digit, letter, space or '-'
    UnknownCode,    ///< a position holds a code its table does not list (detail names "X6")
};
using TypeNumberFailure = omt::Failure<TypeNumberError>;

/// Stable kebab-case identifier: nameOf(TypeNumberError::UnknownCode) is "unknown-code".
const char* nameOf(TypeNumberError error);

/// Energy types registered, from CT X9 / OMNIA X17.
struct EnergyTypes {
    bool activeImport = false;    ///< A+
    bool activeExport = false;    ///< A-
    bool reactiveImport = false;  ///< R+
    bool reactiveExport = false;  ///< R-
    friend bool operator==(const EnergyTypes&, const EnergyTypes&) = default;
};

/// One decoded position: label "X6" or "X15X16", code "B1", meaning from the table.
struct TypePosition {
    std::string label;
    std::string code;
    std::string meaning;
    friend bool operator==(const TypePosition&, const TypePosition&) = default;
};

/// A decoded and validated type number.
class TypeNumber {
public:
    /// Decodes a type number. Errors (offset = character index in `text`): Empty, BadPrefix,
    /// BadCharacter, UnknownFamily, WrongLength (offset = text length), UnknownCode (offset of the
    /// position; detail e.g. "X6 'A'").
    /// Example: decode("68 51 13 5 BD 2 40 1 1 1 XXX")->variant() == 2.
    static omt::Expected<TypeNumber, TypeNumberFailure> decode(std::string_view text);

    /// Canonical text with the data sheet's grouping, e.g. "68 51 13 5 BD 2 40 1 1 1 XXX" or
    /// "68 4-2-11P-1342AAD1-1B24XXX". decode(format()) gives an equal value.
    std::string format() const;

    MeterFamily family() const { return m_family; }
    /// "OMNIPOWER CT" or "OMNIA e-meter, three-phase" / "..., single-phase".
    const std::string& familyText() const { return m_familyText; }
    /// 1 or 2 (CT X8); 1 for OMNIA (X6, only variant 1 listed).
    int variant() const { return m_variant; }
    /// Measuring systems: CT 2 (Aron) or 3; OMNIA 1 or 3.
    int measuringSystems() const { return m_systems; }
    const std::string& currentRange() const { return m_currentRange; }
    const std::string& accuracyClass() const { return m_accuracy; }
    EnergyTypes energyTypes() const { return m_energy; }
    /// CT X10 (only "No breaker" listed) / OMNIA X4 integrated breaker.
    bool hasBreaker() const { return m_breaker; }
    const std::string& communication() const { return m_communication; }
    const std::string& supplyBackup() const { return m_supplyBackup; }
    /// CT X13 "S0 output" / OMNIA X10X11 FLEX interfaces text.
    const std::string& interfaces() const { return m_interfaces; }
    /// Integrated load control relays: OMNIA FLEX AA/AB give 2, otherwise 0; CT always 0.
    int loadControlRelays() const { return m_loadControlRelays; }
    /// OMNIA FLEX AA/AH: auxiliary power supply input.
    bool hasAuxPowerSupply() const { return m_aps; }
    /// OMNIA X9; "None" for CT (no HAN position).
    const std::string& han() const { return m_han; }
    /// OMNIA X13 HOT SWAP interface; false for CT.
    bool hasHotSwap() const { return m_hotSwap; }
    /// Three characters, as given (opaque order-form code).
    const std::string& countryCode() const { return m_country; }
    /// Every position with its code and meaning, in order.
    const std::vector<TypePosition>& positions() const { return m_positions; }

    friend bool operator==(const TypeNumber&, const TypeNumber&) = default;

private:
    MeterFamily m_family = MeterFamily::OmnipowerCt;
    std::string m_familyText;
    std::string m_digits;  ///< the characters after 68, upper case, no separators
    int m_variant = 0;
    int m_systems = 0;
    std::string m_currentRange;
    std::string m_accuracy;
    EnergyTypes m_energy;
    bool m_breaker = false;
    std::string m_communication;
    std::string m_supplyBackup;
    std::string m_interfaces;
    int m_loadControlRelays = 0;
    bool m_aps = false;
    std::string m_han = "None";
    bool m_hotSwap = false;
    std::string m_country;
    std::vector<TypePosition> m_positions;
};

/// The family of a meter from what it says about itself: its type number when that decodes,
/// else its logical device name (containing "OMPCT": OMNIPOWER CT, "OMNIA": OMNIA); nullopt
/// when neither tells (e.g. the public client, which may not read the type number).
/// Example: familyOf("", "KAMOMPCT71234567") == MeterFamily::OmnipowerCt.
std::optional<MeterFamily> familyOf(std::string_view typeNumber,
                                    std::string_view logicalDeviceName);

}  // namespace omt::meter

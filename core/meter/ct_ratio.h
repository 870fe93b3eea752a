#pragma once
// The current-transformer ratio of an OMNIPOWER CT (data sheet "Transformer ratio", Z21..Z24) as a
// value type and an editable state with the lock rule.
//
// Naming: software_config.h already has omt::meter::CtRatio (the decoded Z21 code). The richer
// value type of this file lives in the nested namespace omt::meter::ct so both can be used side
// by side; ct::CtRatio carries the secondary rating the meter is wired for.
//
//   auto r = ct::makeCtRatio(200, ct::Secondary::FiveAmp);   // "1000/5 A", standard Z21 "200"
//   ct::CtRatioState s{*r, false};
//   s.proposeChange({300, ct::Secondary::FiveAmp});           // ok while unlocked
//   auto c = s.proposeLock();                                 // Confirmation{IrreversibleLock}
//   s.confirmLock(*c);                                        // from now on changes are refused

#include "meter/software_config.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace omt::meter::ct {

/// Smallest and largest ratio factor: "The ratio can be configured from 1 to 600".
inline constexpr std::uint16_t kMinFactor = 1;
inline constexpr std::uint16_t kMaxFactor = 600;

/// Rated secondary current of the installed transformer.
enum class Secondary : std::uint8_t { FiveAmp = 5, OneAmp = 1 };

/// The ratio: primary current = factor x secondary current (Z21 code nnn means nnn*5 A/5 A or
/// nnn A/1 A). Primary energy = secondary energy x factor for either secondary.
struct CtRatio {
    std::uint16_t factor = 1;
    Secondary secondary = Secondary::FiveAmp;

    /// Rated secondary current in A: 5 or 1.
    std::uint32_t secondaryAmps() const { return static_cast<std::uint32_t>(secondary); }
    /// Rated primary current in A. Example: {200, FiveAmp} -> 1000; {200, OneAmp} -> 200.
    std::uint32_t primaryAmps() const { return std::uint32_t{factor} * secondaryAmps(); }
    /// "1000/5 A". Example: {1, OneAmp} -> "1/1 A".
    std::string text() const;
    /// The Z21 code, 3 digits zero-padded: {20, ...} -> "020". Meaningful only when isValid().
    std::string z21Code() const;
    /// factor in 1..600.
    bool isValid() const { return factor >= kMinFactor && factor <= kMaxFactor; }
    /// Whether the factor is one of the ratios the Z21 table lists (e.g. 200 yes, 201 no).
    bool isStandard() const;

    friend bool operator==(const CtRatio&, const CtRatio&) = default;
};

/// Why a ratio or a change is refused.
enum class CtError : std::uint8_t {
    OutOfRange,     ///< factor outside 1..600
    Locked,         ///< Z22 is "Locked": the ratio can no longer be changed
    AlreadyLocked,  ///< proposeLock() on a locked state
    NotConfirmed,   ///< confirmLock() with a confirmation that does not acknowledge the lock
};
using CtFailure = omt::Failure<CtError>;

/// Stable kebab-case identifier: nameOf(CtError::OutOfRange) is "out-of-range".
const char* nameOf(CtError error);

/// A checked ratio. Errors: OutOfRange (offset 0, detail names the factor).
/// Example: makeCtRatio(601, Secondary::FiveAmp) -> OutOfRange.
omt::Expected<CtRatio, CtFailure> makeCtRatio(int factor, Secondary secondary);

/// The factors of the Z21 standard table, ascending, read from zSpec(ZField::Z21):
/// {1, 2, 3, 4, 10, 15, 20, 24, 30, 32, 40, 60, 100, 200, 300, 400, 600}.
std::vector<std::uint16_t> standardFactors();

/// The ratio of a Z21 code and a secondary rating; nullopt unless the code is "001".."600".
/// Example: ratioFromZ21("300", Secondary::OneAmp) -> {300, OneAmp} ("300/1 A").
std::optional<CtRatio> ratioFromZ21(std::string_view code, Secondary secondary);

/// What the user must acknowledge before an action is carried out.
enum class ConfirmationFact : std::uint8_t {
    /// Z22 "Locked": the ratio can no longer be changed, and whether the lock can be undone is
    /// the device profile's rule (ProfileRules::ctUnlock; the data sheet does not say)
    IrreversibleLock,
};

/// Stable kebab-case identifier: nameOf(ConfirmationFact::IrreversibleLock) is
/// "irreversible-lock".
const char* nameOf(ConfirmationFact fact);

/// A confirmation request: the fact to show, and the ratio that will be fixed.
struct Confirmation {
    ConfirmationFact fact = ConfirmationFact::IrreversibleLock;
    CtRatio ratio;
    friend bool operator==(const Confirmation&, const Confirmation&) = default;
};

/// Z21 + Z22 of a meter: the ratio and whether it is locked.
struct CtRatioState {
    CtRatio ratio;
    bool locked = false;

    /// Sets a new ratio. Errors: Locked when locked (state unchanged), OutOfRange when the factor
    /// is outside 1..600 (state unchanged). Example: unlocked, proposeChange({0, ...}) ->
    /// OutOfRange.
    omt::Expected<void, CtFailure> proposeChange(const CtRatio& newRatio);

    /// The confirmation to show before locking. Errors: AlreadyLocked.
    /// Example: proposeLock()->fact == ConfirmationFact::IrreversibleLock.
    omt::Expected<Confirmation, CtFailure> proposeLock() const;

    /// Locks after the user acknowledged `confirmation`. Errors: AlreadyLocked; NotConfirmed when
    /// the confirmation was made for another ratio than the current one (state unchanged).
    omt::Expected<void, CtFailure> confirmLock(const Confirmation& confirmation);

    friend bool operator==(const CtRatioState&, const CtRatioState&) = default;
};

/// Whether an energy value is before (secondary) or after (primary) the transformer ratio.
enum class EnergyBasis : std::uint8_t { Primary, Secondary };

/// One fact of the data sheet on where primary and where secondary energy is used.
struct EnergyBasisNote {
    std::string_view subject;     ///< "Display", "Load profile", ...
    std::optional<ZField> field;  ///< the Z field that selects the basis, nullopt when fixed
    std::optional<EnergyBasis> fixedBasis;  ///< the basis when not configurable
    std::string_view text;                  ///< the data sheet's words, for a tooltip
};

/// The notes: display shows primary energy; the secondary reading is the total; S0 output is
/// secondary; Z23 selects the load profile basis; Z24 the module pulse output basis.
std::span<const EnergyBasisNote> energyBasisNotes();

/// Z23 "Load profile, based on": "1" primary, "2" secondary, otherwise nullopt.
std::optional<EnergyBasis> loadProfileBasis(std::string_view z23Code);
/// Z24 "Pulse output (module)": "0" secondary, "1" primary, otherwise nullopt.
std::optional<EnergyBasis> pulseOutputBasis(std::string_view z24Code);

/// Primary energy of a secondary energy count: secondary x factor; nullopt on overflow or an
/// invalid ratio. Example: primaryFromSecondary(12, {200, FiveAmp}) -> 2400.
std::optional<std::uint64_t> primaryFromSecondary(std::uint64_t secondary, const CtRatio& ratio);

}  // namespace omt::meter::ct

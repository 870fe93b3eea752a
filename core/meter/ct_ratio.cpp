#include "meter/ct_ratio.h"

#include <algorithm>
#include <array>
#include <limits>

namespace omt::meter::ct {

std::string CtRatio::text() const {
    return std::to_string(primaryAmps()) + "/" + std::to_string(secondaryAmps()) + " A";
}

std::string CtRatio::z21Code() const {
    std::string s = std::to_string(factor);
    while (s.size() < 3) {
        s.insert(s.begin(), '0');
    }
    return s;
}

bool CtRatio::isStandard() const {
    const auto factors = standardFactors();
    return std::find(factors.begin(), factors.end(), factor) != factors.end();
}

const char* nameOf(CtError error) {
    switch (error) {
        case CtError::OutOfRange:
            return "out-of-range";
        case CtError::Locked:
            return "locked";
        case CtError::AlreadyLocked:
            return "already-locked";
        case CtError::NotConfirmed:
            return "not-confirmed";
    }
    return "unknown";
}

const char* nameOf(ConfirmationFact fact) {
    switch (fact) {
        case ConfirmationFact::IrreversibleLock:
            return "irreversible-lock";
    }
    return "unknown";
}

omt::Expected<CtRatio, CtFailure> makeCtRatio(int factor, Secondary secondary) {
    if (factor < kMinFactor || factor > kMaxFactor) {
        return omt::unexpected(CtFailure{CtError::OutOfRange, 0,
                                         "factor " + std::to_string(factor) + " not in 1..600"});
    }
    return CtRatio{static_cast<std::uint16_t>(factor), secondary};
}

std::vector<std::uint16_t> standardFactors() {
    std::vector<std::uint16_t> out;
    for (const ZCode& code : zSpec(ZField::Z21).codes) {
        if (const auto r = ctRatioOf(code.code)) {
            out.push_back(static_cast<std::uint16_t>(r->factor));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<CtRatio> ratioFromZ21(std::string_view code, Secondary secondary) {
    const auto r = ctRatioOf(code);
    if (!r) {
        return std::nullopt;
    }
    return CtRatio{static_cast<std::uint16_t>(r->factor), secondary};
}

omt::Expected<void, CtFailure> CtRatioState::proposeChange(const CtRatio& newRatio) {
    if (locked) {
        return omt::unexpected(
            CtFailure{CtError::Locked, 0, "Z22 is locked; ratio stays " + ratio.text()});
    }
    if (!newRatio.isValid()) {
        return omt::unexpected(
            CtFailure{CtError::OutOfRange, 0,
                      "factor " + std::to_string(newRatio.factor) + " not in 1..600"});
    }
    ratio = newRatio;
    return {};
}

omt::Expected<Confirmation, CtFailure> CtRatioState::proposeLock() const {
    if (locked) {
        return omt::unexpected(CtFailure{CtError::AlreadyLocked, 0, "Z22 is already locked"});
    }
    return Confirmation{ConfirmationFact::IrreversibleLock, ratio};
}

omt::Expected<void, CtFailure> CtRatioState::confirmLock(const Confirmation& confirmation) {
    if (locked) {
        return omt::unexpected(CtFailure{CtError::AlreadyLocked, 0, "Z22 is already locked"});
    }
    if (confirmation.fact != ConfirmationFact::IrreversibleLock || confirmation.ratio != ratio) {
        return omt::unexpected(CtFailure{
            CtError::NotConfirmed, 0, "confirmation was given for " + confirmation.ratio.text()});
    }
    locked = true;
    return {};
}

namespace {

constexpr std::array<EnergyBasisNote, 5> kNotes{{
    {"Display", std::nullopt, EnergyBasis::Primary,
     "The primary energy is displayed in the display when entering the transformer ratio"},
    {"Secondary energy reading", std::nullopt, EnergyBasis::Secondary,
     "The secondary energy reading always indicates the total consumption"},
    {"S0 pulse output", std::nullopt, EnergyBasis::Secondary,
     "Emits pulses of secondary active energy at 5000 pulses per kWh"},
    {"Load profile", ZField::Z23, std::nullopt, "Z23: 1 primary energy, 2 secondary energy"},
    {"Pulse output (module)", ZField::Z24, std::nullopt,
     "Z24: 0 based on secondary energy, 1 based on primary energy"},
}};

}  // namespace

std::span<const EnergyBasisNote> energyBasisNotes() {
    return kNotes;
}

std::optional<EnergyBasis> loadProfileBasis(std::string_view z23Code) {
    if (z23Code == "1") {
        return EnergyBasis::Primary;
    }
    if (z23Code == "2") {
        return EnergyBasis::Secondary;
    }
    return std::nullopt;
}

std::optional<EnergyBasis> pulseOutputBasis(std::string_view z24Code) {
    if (z24Code == "0") {
        return EnergyBasis::Secondary;
    }
    if (z24Code == "1") {
        return EnergyBasis::Primary;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> primaryFromSecondary(std::uint64_t secondary, const CtRatio& ratio) {
    if (!ratio.isValid()) {
        return std::nullopt;
    }
    if (secondary > std::numeric_limits<std::uint64_t>::max() / ratio.factor) {
        return std::nullopt;
    }
    return secondary * ratio.factor;
}

}  // namespace omt::meter::ct

#pragma once
// The OMNIPOWER CT software configuration: the Z1..Z30 codes of the data sheet's "Configuration -
// software" tables (there is no Z9 and no Z19), as a table-driven catalogue and a value type.
//
// Textual format (ours, documented here): the 28 fields in catalogue order, each zero-padded to its
// digit width, separated by '-':
//
//   Z1-Z2-Z3-Z4-Z5-Z6-Z7-Z8-Z10-Z11-Z12-Z13-Z14-Z15-Z16-Z17-Z18-Z20-Z21-Z22-Z23-Z24-Z25-Z26-Z27-Z28-Z29-Z30
//   1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1
//
// The same 56 digits written without any separator are accepted too. Parsing checks syntax only
// (digits, widths, field count); whether a code is one the data sheet lists, and whether it is
// allowed on variant 1 or 2, is checked by validate(), so a configuration read from a meter with
// an unexpected code can still be shown and compared.
//
// Field widths come from the widths of the codes in the tables. Z5 (display configuration) and Z20
// (calendar setup) list no code at all ("See ... order form or contact Kamstrup"); they are taken
// as 3 digits like every other order-form field (Z13, Z14, Z17, Z18).
//
// Which codes are valid: the codes the data sheet lists, on the variants it names; in the fields
// whose table names an order form (Z5, Z13, Z14, Z17, Z18, Z20) any other code of the width too,
// as an order-form specific setting. Z10 (analysis logger setup) and Z26 (alarm configuration)
// list only 000 and name no order form: any other code is refused unless the device profile of
// the meter lists it (OrderFormCodes: a real meter's order form).
//
// The OMNIA e-meter has no software configuration codes at all (its data sheet has no such
// table): this catalogue is the OMNIPOWER CT's only.

#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace omt::meter {

/// Meter variant as printed in the type number (OMNIPOWER CT X8). Several Z codes exist only on
/// one of them.
enum class Variant : std::uint8_t { One = 1, Two = 2 };

/// The Z fields, valued by their number. Z9 and Z19 do not exist.
enum class ZField : std::uint8_t {
    Z1 = 1,
    Z2,
    Z3,
    Z4,
    Z5,
    Z6,
    Z7,
    Z8,
    Z10 = 10,
    Z11,
    Z12,
    Z13,
    Z14,
    Z15,
    Z16,
    Z17,
    Z18,
    Z20 = 20,
    Z21,
    Z22,
    Z23,
    Z24,
    Z25,
    Z26,
    Z27,
    Z28,
    Z29,
    Z30
};

/// Number of Z fields in a configuration string.
inline constexpr std::size_t kZFieldCount = 28;

/// Which variants a listed code is available on (bit 0: variant 1, bit 1: variant 2).
enum class VariantMask : std::uint8_t { OnlyOne = 1, OnlyTwo = 2, Both = 3 };

/// One code listed in the data sheet and its meaning, verbatim.
struct ZCode {
    std::string_view code;     ///< zero-padded to the field width, e.g. "05"
    std::string_view meaning;  ///< e.g. "Pulse in / A+ out"
    VariantMask variants = VariantMask::Both;
};

/// Which values a field takes besides the listed ones.
enum class ZDomain : std::uint8_t {
    ListedOnly,     ///< only the listed codes (and those a device profile lists)
    OrderForm,      ///< listed codes, and any other code of the width as an order-form setting
                    ///< (the field's table says "See ... order form or contact Kamstrup")
    RatioOneTo600,  ///< Z21: any value 001..600 (the listed ones are the common ratios)
};

/// Whether the field may be written over the optical port.
enum class ZWriteRule : std::uint8_t {
    Free,  ///< writable (the data sheet forbids only legal data, which are no Z field)
    WhileRatioUnlocked,  ///< Z21: only while Z22 is 1 "Unlocked"
    LockOnly,  ///< Z22: from "Unlocked" to "Locked"; back only where the device profile allows it
};

/// Whether a locked CT ratio (Z22 "2") can be unlocked from the optical port. The data sheet
/// lists Z22 1 "Unlocked" / 2 "Locked" and says nothing more, so this is a property of the
/// device profile (its rule "ct-unlock"), not of the catalogue.
enum class CtUnlock : std::uint8_t {
    NotStated,  ///< the profile does not say: OpenMeterTool never writes an unlock
    Refused,    ///< the profile says this meter type does not allow unlocking
    Allowed,    ///< the profile says the lock can be undone from the optical port
};

/// Stable kebab-case identifier, as the device profile spells it: "not-stated", "refused",
/// "allowed".
const char* nameOf(CtUnlock unlock);

/// Codes beyond the data sheet's that a device profile lists per field (a real meter's order
/// form), e.g. {{ZField::Z10, {"123"}}}.
using OrderFormCodes = std::map<ZField, std::vector<std::string>>;

/// Catalogue entry of one Z field.
struct ZFieldSpec {
    ZField field;
    std::string_view id;    ///< "Z1"
    std::string_view name;  ///< "Decimals in display"
    std::uint8_t width;     ///< digits
    ZDomain domain;
    ZWriteRule writeRule;
    std::span<const ZCode> codes;  ///< the listed codes
};

/// The catalogue, in configuration-string order (Z1 .. Z30 without Z9, Z19).
std::span<const ZFieldSpec> zCatalogue();

/// Catalogue entry of `field`. Example: zSpec(ZField::Z3).width == 2.
const ZFieldSpec& zSpec(ZField field);

/// Field for an id such as "Z21" (case-insensitive "z21" too); nullopt for "Z9", "Z19", "Z31".
std::optional<ZField> zFieldFromId(std::string_view id);

/// Z4 code of a load profile period: 900 -> "2", 1800 -> "3", 3600 -> "4", else nullopt (the
/// OMNIPOWER CT's periods; the OMNIA e-meter has no Z4).
std::optional<std::string> z4OfPeriod(std::uint32_t seconds);
/// The period of a Z4 code, nullopt for any other code.
std::optional<std::uint32_t> periodOfZ4(std::string_view code);

/// Z21: the transformer ratio code nnn means nnn*5 A / 5 A or nnn A / 1 A, nnn = 1..600.
struct CtRatio {
    int factor = 0;        ///< 1..600
    int primaryFor5A = 0;  ///< primary current for a 5 A secondary, A
    int primaryFor1A = 0;  ///< primary current for a 1 A secondary, A
};

/// Ratio of a Z21 code. Returns nullopt unless the code is 3 digits in 001..600.
/// Example: ctRatioOf("600") -> {600, 3000, 600}.
std::optional<CtRatio> ctRatioOf(std::string_view code);

/// Meaning of `code` in `field`: the listed text, the ratio text for Z21 ("1500 A/5 A or
/// 300 A/1 A"), "order-form specific setting" for unlisted codes of order-form fields, or
/// "unknown code" otherwise. Never throws.
std::string meaningOf(ZField field, std::string_view code);
/// The same, and "order-form specific setting (device profile)" for a code `orderForm` lists
/// that the data sheet does not. Example: meaningOf(Z10, "123", {{Z10, {"123"}}}).
std::string meaningOf(ZField field, std::string_view code, const OrderFormCodes& orderForm);

/// Syntax errors of a configuration string.
enum class ConfigError : std::uint8_t {
    Empty,            ///< nothing to parse
    NotDigit,         ///< a character other than a digit or '-'
    WrongLength,      ///< without separators: not the 56 digits of the 28 fields
    WrongFieldCount,  ///< with separators: not 28 fields
    WrongFieldWidth,  ///< with separators: a field has the wrong number of digits
};
using ConfigFailure = omt::Failure<ConfigError>;

/// Stable kebab-case identifier: nameOf(ConfigError::NotDigit) is "not-digit".
const char* nameOf(ConfigError error);

/// Semantic problems reported by validate() and checkOpticalWrite().
enum class ConfigIssue : std::uint8_t {
    UnknownCode,       ///< not a listed code of a ListedOnly field (nor one the profile lists)
    OutOfRange,        ///< Z21 outside 001..600
    NotForVariant,     ///< listed code not available on this variant
    RatioLocked,       ///< Z21 changed while Z22 is "Locked" (and stays locked)
    LockIrreversible,  ///< Z22 from "Locked" back to "Unlocked" where the profile does not allow it
};

/// Stable kebab-case identifier: nameOf(ConfigIssue::NotForVariant) is "not-for-variant".
const char* nameOf(ConfigIssue issue);

/// One problem found, naming the field and the offending code.
struct ConfigViolation {
    ZField field;
    ConfigIssue issue;
    std::string code;
    std::string reason;  ///< short text for traces, e.g. "only available for variant 2"
    friend bool operator==(const ConfigViolation&, const ConfigViolation&) = default;
};

/// One field in words.
struct FieldDescription {
    ZField field;
    std::string_view id;
    std::string_view name;
    std::string code;
    std::string meaning;
};

/// One changed field between two configurations.
struct FieldChange {
    ZField field;
    std::string oldCode;
    std::string oldMeaning;
    std::string newCode;
    std::string newMeaning;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

/// The 28 Z codes of one meter.
class SoftwareConfiguration {
public:
    /// All fields zero ("0", "00", "000"); not necessarily valid for a variant.
    SoftwareConfiguration();

    /// Parses "1-2-00-2-..." or the same digits without separators.
    /// Errors: Empty, NotDigit (offset of the character), WrongLength (offset = input length),
    /// WrongFieldCount (offset of the first surplus field or the input length), WrongFieldWidth
    /// (offset of the field, detail names it, e.g. "Z3 needs 2 digits").
    /// Example: parse("1200200001011000...") for the separator-less form.
    static omt::Expected<SoftwareConfiguration, ConfigFailure> parse(std::string_view text);

    /// The canonical text with '-' separators; parse(format()) gives an equal value.
    std::string format() const;
    /// The 56 digits without separators.
    std::string formatCompact() const;

    /// Code of a field, zero-padded to its width.
    std::string_view code(ZField field) const;
    /// Sets a field. Errors: WrongFieldWidth or NotDigit (offset within `code`).
    omt::Expected<void, ConfigFailure> setCode(ZField field, std::string_view code);

    /// Every violation for `variant`, in field order; empty when the configuration is valid.
    /// A code `orderForm` lists for its field is valid on both variants.
    /// Example: Z28 = "1" on Variant::One -> {Z28, NotForVariant, "1", ...};
    /// Z10 = "123" -> {Z10, UnknownCode, ...} unless orderForm lists it.
    std::vector<ConfigViolation> validate(Variant variant,
                                          const OrderFormCodes& orderForm = {}) const;

    /// Every field with its name and meaning, in field order.
    std::vector<FieldDescription> describe(const OrderFormCodes& orderForm = {}) const;

    /// The fields that differ from `before` to this configuration, in field order.
    std::vector<FieldChange> diffFrom(const SoftwareConfiguration& before,
                                      const OrderFormCodes& orderForm = {}) const;

    friend bool operator==(const SoftwareConfiguration&, const SoftwareConfiguration&) = default;

private:
    std::array<std::string, kZFieldCount> m_codes;
};

/// The write rules of the optical port from `current` (read from the meter) to `target`, with
/// the device profile's `unlock` rule: LockIrreversible when Z22 goes from "2" (Locked) to
/// anything else unless `unlock` is Allowed; RatioLocked when Z21 differs while current Z22 is
/// "2" and the target stays locked (or may not unlock). Empty when the write is allowed.
std::vector<ConfigViolation> checkOpticalWrite(const SoftwareConfiguration& current,
                                               const SoftwareConfiguration& target,
                                               CtUnlock unlock = CtUnlock::NotStated);

/// Why OpenMeterTool does not unlock a locked CT ratio, in words for traces and messages:
/// Refused "this meter type does not allow unlocking from the optical port (device profile)",
/// NotStated "the device profile does not say that this meter type allows unlocking, so
/// OpenMeterTool does not unlock it"; empty for Allowed.
std::string ctUnlockRefusal(CtUnlock unlock);

}  // namespace omt::meter

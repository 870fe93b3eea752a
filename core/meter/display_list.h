#pragma once
// Display lists of the Kamstrup meters: which readings the LCD shows, in which order, under which
// rules, and what one reading looks like on the LCD.
//
// Rules (OMNIPOWER CT data sheet, "Display"):
//   Automatic      scrolls every 10 s; max 16 readings; historical data cannot be selected.
//   Manual         left push button; max 30 readings, order selectable; the legal readings cannot
//                  be deselected (they are always in the list).
//   BackupPowered  readable without mains; max 8 readings.
// OMNIA e-meter: two lists only (automatic and manual); its data sheet gives no sizes. The sizes
// must come from the device profile of the meter; omniaRules() uses 16/30 as a provisional default
// and says so (DisplayRules::provisionalSizes).
//
// Legal readings (our definition, documented): the meter is MID-approved for active energy only,
// and legal data cannot be changed. The legal readings are therefore the active energy totals:
// A+ total 1.0.1.8.0.255 always, and A- total 1.0.2.8.0.255 when the meter measures export.
//
// Historical (not allowed in the automatic list): billing-period values, i.e. OBIS F in 0..99,
// and time-stamped stored values (e.g. the time stamp of a peak power).
//
//   auto rules = omnipowerCtRules(true);
//   auto list = DisplayList::create(DisplayListKind::Manual, rules);   // holds A+ and A- already
//   list->add(catalogueEntry(ObisCode{1, 0, 3, 8, 0, 255}).value());     // R+ total

#include "protocol/common/expected.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/unit.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace omt::meter {

/// One reading the display can show.
struct DisplayEntry {
    cosem::ObisCode code;
    std::string name;  ///< English name, e.g. "Active energy A+ total"
    cosem::Unit unit = cosem::Unit::Count;
    int decimals = 0;         ///< decimals shown for non-energy readings; energy readings follow Z1
    bool historical = false;  ///< billing-period or time-stamped stored value
    bool legal = false;       ///< a legal (metrological) reading, see the file comment
    friend bool operator==(const DisplayEntry&, const DisplayEntry&) = default;
};

/// The three lists of the OMNIPOWER CT.
enum class DisplayListKind : std::uint8_t { Automatic, Manual, BackupPowered };

/// Stable kebab-case identifier: nameOf(DisplayListKind::BackupPowered) is "backup-powered".
const char* nameOf(DisplayListKind kind);

enum class MeterType : std::uint8_t { OmnipowerCt, Omnia };

/// Rules of one meter type.
struct DisplayRules {
    MeterType meter = MeterType::OmnipowerCt;
    /// Maximum sizes indexed by DisplayListKind; nullopt when the meter has no such list.
    std::array<std::optional<std::size_t>, 3> maxSizes{};
    /// True when the sizes are a documented default rather than the meter's data (OMNIA).
    bool provisionalSizes = false;
    /// The legal readings, which the manual list always holds.
    std::vector<DisplayEntry> legalReadings;

    /// Whether the meter has the list.
    bool supports(DisplayListKind kind) const;
    /// Maximum size of the list, 0 when not supported.
    std::size_t maxSize(DisplayListKind kind) const;
    /// Whether `code` is one of the legal readings.
    bool isLegal(const cosem::ObisCode& code) const;
};

/// OMNIPOWER CT: automatic 16, manual 30, backup-powered 8; legal A+ total, plus A- total when
/// `measuresExport` (Z-configured energy types with A-).
DisplayRules omnipowerCtRules(bool measuresExport);
/// OMNIA e-meter: automatic and manual only, provisional sizes 16 and 30 (to be taken from the
/// device profile); same legal set.
DisplayRules omniaRules(bool measuresExport);

/// Why an edit or a list is refused.
enum class DisplayError : std::uint8_t {
    ListFull,              ///< the list already holds `maximum` readings
    Duplicate,             ///< the OBIS code is already in the list
    HistoricalNotAllowed,  ///< a historical reading in the automatic list
    LegalReadingRequired,  ///< removing/replacing a legal reading in the manual list, or missing
    KindNotSupported,      ///< the meter has no such list (backup-powered on OMNIA)
    IndexOutOfRange,       ///< index outside the list
    ValueTooWide,          ///< preview: the value or the identifier does not fit the LCD field
};

/// Stable kebab-case identifier: nameOf(DisplayError::ListFull) is "list-full".
const char* nameOf(DisplayError error);

/// A refused edit, with the typed facts a GUI shows. Not omt::Failure: ListFull needs the maximum
/// and every reason names the reading concerned.
struct DisplayFailure {
    DisplayError code = DisplayError::IndexOutOfRange;
    std::size_t index = 0;    ///< position concerned (the list size for a missing legal reading)
    std::size_t maximum = 0;  ///< ListFull: the maximum size; otherwise 0
    cosem::ObisCode obis;     ///< the reading concerned, when there is one
    std::string detail;       ///< short text for traces
    friend bool operator==(const DisplayFailure&, const DisplayFailure&) = default;
};

/// Every violation of a whole list (read from a meter or a file), in this order: KindNotSupported
/// (alone, nothing else is checked), ListFull (index = maximum), then per position in order
/// HistoricalNotAllowed (automatic) and Duplicate (on the later occurrence), then
/// LegalReadingRequired for each legal reading missing from a manual list (index = size).
/// Empty when the list is valid. Legal-ness is decided by `rules`, not by the entries' flags.
std::vector<DisplayFailure> validate(DisplayListKind kind, std::span<const DisplayEntry> entries,
                                     const DisplayRules& rules);

/// An editable list that is valid for its rules after every successful operation; a refused
/// operation leaves the list unchanged.
class DisplayList {
public:
    /// An empty list, or for Manual the legal readings in rules order.
    /// Errors: KindNotSupported. Example: create(BackupPowered, omniaRules(false)) -> error.
    static omt::Expected<DisplayList, DisplayFailure> create(DisplayListKind kind,
                                                             DisplayRules rules);

    /// Appends. Errors: HistoricalNotAllowed, Duplicate, ListFull (maximum set), checked in that
    /// order.
    omt::Expected<void, DisplayFailure> add(const DisplayEntry& entry);
    /// Inserts before `index` (index == size() appends). Errors: IndexOutOfRange, then as add().
    omt::Expected<void, DisplayFailure> insertAt(std::size_t index, const DisplayEntry& entry);
    /// Removes. Errors: IndexOutOfRange; LegalReadingRequired for a legal reading in Manual.
    omt::Expected<void, DisplayFailure> remove(std::size_t index);
    /// Moves the entry at `from` so it ends at `to`. Errors: IndexOutOfRange (either index).
    omt::Expected<void, DisplayFailure> move(std::size_t from, std::size_t to);
    /// Replaces the entry at `index`. Errors: IndexOutOfRange; LegalReadingRequired when a legal
    /// reading of a manual list would be replaced by another code; HistoricalNotAllowed;
    /// Duplicate (against the other entries).
    omt::Expected<void, DisplayFailure> replace(std::size_t index, const DisplayEntry& entry);

    DisplayListKind kind() const { return m_kind; }
    const DisplayRules& rules() const { return m_rules; }
    const std::vector<DisplayEntry>& entries() const { return m_entries; }
    std::size_t size() const { return m_entries.size(); }
    std::size_t maximum() const { return m_rules.maxSize(m_kind); }

private:
    DisplayList(DisplayListKind kind, DisplayRules rules);
    omt::Expected<void, DisplayFailure> checkEntry(const DisplayEntry& entry, std::size_t index,
                                                   std::optional<std::size_t> ignore) const;

    DisplayListKind m_kind;
    DisplayRules m_rules;
    std::vector<DisplayEntry> m_entries;
};

/// The readings an OMNIPOWER CT offers for display, from the data sheet's register table:
/// energy totals A+/A-/R+/R-/E+/E-, tariffs 1..4 of A+ and R+, previous billing period values,
/// peak powers, instantaneous U/I/P per phase, frequency, CT ratio, date, time, serial number,
/// hour counter and debiting stop counter. Entry flags `legal` follow omnipowerCtRules(true).
std::span<const DisplayEntry> omnipowerCtCatalogue();

/// The catalogue entry of `code`, nullopt when not in the catalogue.
std::optional<DisplayEntry> catalogueEntry(const cosem::ObisCode& code);

/// Z1 "Decimals in display": code 1 = 7.0 (default), 2 = 7.1, 3 = 7.2.
enum class DisplayDecimals : std::uint8_t { Seven0 = 1, Seven1 = 2, Seven2 = 3 };

/// The Z1 setting of a code "1".."3", nullopt otherwise.
std::optional<DisplayDecimals> displayDecimalsFromZ1(std::string_view code);

/// The three text fields of the LCD for one reading.
struct LcdText {
    std::string value;  ///< 9-digit value field, e.g. "0012345.6"
    std::string obis;   ///< 7-digit identification field, e.g. "1.8.0"
    std::string unit;   ///< unit field, e.g. "kWh"
    friend bool operator==(const LcdText&, const LcdText&) = default;
};

/// What the LCD shows for `entry` with the value mantissa x 10^scaler (in the entry's unit, e.g.
/// Wh). Rendering (ours, from the data sheet):
///  - Energy (Wh, varh, VAh): shown in kWh/kvarh/kVAh with 7 integer digits, zero-padded, and
///    0/1/2 decimals per Z1 (7.0/7.1/7.2). Digits beyond the shown decimals are TRUNCATED (never
///    rounded up), so the display never runs ahead of the register. An integer part above
///    9999999 shows its lowest 7 digits (odometer roll-over). Negative energy: ValueTooWide.
///  - Power (W, var, VA): shown in kW/kvar/kVA; other units with their symbol; Count without unit.
///    These use entry.decimals, ROUNDED half away from zero, no leading zeros, '-' for negative.
///    More than 9 digits: ValueTooWide.
///  - The decimal point is a segment between digits and takes no digit position, so "0012345.67"
///    uses all 9 digits of the value field.
///  - Identification field: "C.D.E" of the OBIS code; at most 7 digits, else ValueTooWide. The
///    billing-period F group is not shown (the field has no room for it in general).
/// Example: A+ total, 123456, -1 (12345.6 Wh), Seven2 -> {"0000012.34", "1.8.0", "kWh"}.
omt::Expected<LcdText, DisplayFailure> previewLcd(const DisplayEntry& entry, std::int64_t mantissa,
                                                  std::int8_t scaler, DisplayDecimals z1);

}  // namespace omt::meter

#pragma once
// The tariff plan of a Kamstrup meter: the activity calendar (seasons, week profiles, day
// profiles with switch times to tariffs T1..T4), the special days, the passive calendar with its
// activation time and the tariff control mode (OMNIPOWER CT Z13). Validation, conversion to and
// from the COSEM attribute values, diff, description in words, and a versioned JSON form for
// templates and `omt tariff apply FILE`.
//
// COSEM mapping (object plan; the addresses come from TariffObjects, i.e. the device profile):
//   activity calendar class 20 0.0.13.0.0.255: 2 calendar_name_active, 3..5 season / week / day
//     profile tables active, 6 calendar_name_passive, 7..9 passive tables, 10
//     activate_passive_calendar_time. A day profile action "tariff n from hh:mm" is
//     {hh:mm:00.00, 0.0.10.0.100.255, n}: script n of the tariffication script table.
//   special days class 11 0.0.11.0.0.255 attribute 2: entries with index 1..n in plan order.
//   tariffication script table class 9 0.0.10.0.100.255 attribute 2: script n (n = 1..4) writes
//     n to attribute 2 of "currently active tariff" 0.0.96.14.0.255 (class 1, unsigned).
//
// Limits: the data sheets give none for the calendar. Our assumption (TariffLimits defaults,
// overridable from the device profile): 4 seasons, 4 week profiles, 8 day profiles, 8 switch
// points per day profile, 32 special days. Season starts recur every year unless a year is given;
// switch times are whole minutes (seconds 0), season starts and special days whole dates.
//
//   auto plan = TariffPlan::fromJson(text);        // structure errors: DocumentFailure
//   auto problems = plan->validate(TariffLimits{}); // meaning errors: TariffFailure each
//   auto values = plan->toCosem(TariffObjects{});  // the 11 attribute values that hold it
//   auto steps = plan->writeSteps(objects, &current);  // what to SET / ACTION, in order
//
// JSON (format "omt-tariff-plan", version 1; unknown fields and newer versions are refused):
//   {"format": "omt-tariff-plan", "version": 1, "tariff_control": "002",
//    "active": {"name": "std",
//               "seasons": [{"name": "year", "start": "*-01-01", "week": "w"}],
//               "week_profiles": [{"name": "w", "days": [1, 1, 1, 1, 1, 2, 2]}],
//               "day_profiles": [{"id": 1, "switches": [{"time": "00:00", "tariff": 1},
//                                                       {"time": "07:00", "tariff": 2}]},
//                                {"id": 2, "switches": [{"time": "00:00", "tariff": 1}]}]},
//    "passive": { same as active }, "passive_activation": "2027-01-01T00:00",
//    "special_days": [{"date": "*-12-25", "day_profile": 2}]}

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "meter/attribute_value.h"
#include "meter/json_reader.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/cosem/obis.h"

namespace omt::meter {

/// Tariffs T1..T4.
inline constexpr std::uint8_t kMaxTariff = 4;

/// Our assumed limits (see the file comment); a device profile may give others.
struct TariffLimits {
    std::size_t seasons = 4;
    std::size_t weekProfiles = 4;
    std::size_t dayProfiles = 8;
    std::size_t switchesPerDay = 8;
    std::size_t specialDays = 32;
    friend bool operator==(const TariffLimits&, const TariffLimits&) = default;
};

/// Where the tariff objects are (defaults: the object plan).
struct TariffObjects {
    cosem::ObisCode activityCalendar{0, 0, 13, 0, 0, 255};
    cosem::ObisCode specialDays{0, 0, 11, 0, 0, 255};
    cosem::ObisCode tariffScripts{0, 0, 10, 0, 100, 255};
    cosem::ObisCode activeTariff{0, 0, 96, 14, 0, 255};
};

/// A date, every year when `year` is kEveryYear. Text: "*-03-01" or "2027-03-01".
struct PlanDate {
    static constexpr std::uint16_t kEveryYear = 0xFFFF;
    std::uint16_t year = kEveryYear;
    std::uint8_t month = 1;
    std::uint8_t day = 1;

    /// "*-MM-DD" / "YYYY-MM-DD".
    std::string text() const;
    /// Reads text(); nullopt for any other form or an impossible date (month 13, 04-31, 02-30;
    /// 02-29 only every year or in a leap year; years 2000..2099).
    static std::optional<PlanDate> parse(std::string_view text);
    /// Whether the fields name a possible date (as parse() accepts).
    bool isValid() const;
    friend auto operator<=>(const PlanDate&, const PlanDate&) = default;
};

/// A local date and time to the minute, fully specified. Text: "2027-01-01T00:00".
struct PlanDateTime {
    PlanDate date{2000, 1, 1};
    std::uint8_t hour = 0;
    std::uint8_t minute = 0;

    std::string text() const;
    /// Reads "YYYY-MM-DDThh:mm" (a year is required); nullopt otherwise.
    static std::optional<PlanDateTime> parse(std::string_view text);
    friend bool operator==(const PlanDateTime&, const PlanDateTime&) = default;
};

/// From `hour`:`minute` on, tariff `tariff` (1..4) applies.
struct TariffSwitch {
    std::uint8_t hour = 0;
    std::uint8_t minute = 0;
    std::uint8_t tariff = 1;
    friend bool operator==(const TariffSwitch&, const TariffSwitch&) = default;
};

struct TariffDayProfile {
    std::uint8_t id = 1;
    std::vector<TariffSwitch> switches;  ///< strictly ascending times
    friend bool operator==(const TariffDayProfile&, const TariffDayProfile&) = default;
};

struct TariffWeekProfile {
    std::string name;
    std::array<std::uint8_t, 7> days{};  ///< day profile id, [0] Monday .. [6] Sunday
    friend bool operator==(const TariffWeekProfile&, const TariffWeekProfile&) = default;
};

/// From `start` on (until the next season), week profile `week` applies.
struct TariffSeason {
    std::string name;
    PlanDate start;
    std::string week;
    friend bool operator==(const TariffSeason&, const TariffSeason&) = default;
};

/// One calendar (the active or the passive set of class 20).
struct TariffCalendar {
    std::string name;
    std::vector<TariffSeason> seasons;  ///< ascending starts
    std::vector<TariffWeekProfile> weekProfiles;
    std::vector<TariffDayProfile> dayProfiles;
    friend bool operator==(const TariffCalendar&, const TariffCalendar&) = default;
};

/// On `date`, day profile `dayProfile` of the active calendar applies instead of the week's.
struct SpecialDay {
    PlanDate date;
    std::uint8_t dayProfile = 1;
    friend bool operator==(const SpecialDay&, const SpecialDay&) = default;
};

/// OMNIPOWER CT Z13 "Tariff control plan".
enum class TariffControl : std::uint8_t {
    NotApplicable,  ///< no Z13 (OMNIA e-meter): the calendar drives the tariffs
    Disabled,       ///< "000" Tariff disabled
    ModulePort,     ///< "001" Module Port control: tariff inputs of the module, not the calendar
    Register,       ///< "002" Register control: the calendar objects
    OrderForm,      ///< any other code: an order-form tariff plan
};

/// Stable kebab-case identifier: nameOf(TariffControl::ModulePort) is "module-port".
const char* nameOf(TariffControl control);
/// The mode of a Z13 code; "" gives NotApplicable. Example: tariffControlOf("001") -> ModulePort.
TariffControl tariffControlOf(std::string_view z13Code);

/// What is wrong with a tariff plan, or with COSEM values that should hold one.
enum class TariffError : std::uint8_t {
    NoSeason,              ///< a calendar without seasons
    TooMany,               ///< more seasons / profiles / switches / special days than the limits
    DuplicateDayProfile,   ///< two day profiles with one id
    DuplicateWeekProfile,  ///< two week profiles with one name
    DuplicateSpecialDay,   ///< two special days on one date
    UnknownDayProfile,     ///< a week profile or special day names a day id that does not exist
    UnknownWeekProfile,    ///< a season names a week profile that does not exist
    SeasonsNotOrdered,     ///< season starts not strictly ascending
    SwitchesNotOrdered,    ///< switch times not strictly ascending
    SwitchOutOfDay,        ///< hour above 23 or minute above 59
    EmptyDayProfile,       ///< a day profile without any switch
    TariffOutOfRange,      ///< a tariff outside 1..4
    BadDate,               ///< an impossible date
    ActivationWithoutPassive,  ///< an activation time but no passive calendar
    MissingAttribute,          ///< fromCosem: an attribute value is not among those given
    BadCosemValue,             ///< fromCosem: the value does not decode or is not representable
    WrongScript,               ///< fromCosem: a day action names another script table
    MissingScript,             ///< the tariff script table lacks script n for a tariff n
};
using TariffFailure = omt::Failure<TariffError>;

/// Stable kebab-case identifier: nameOf(TariffError::UnknownDayProfile) is
/// "unknown-day-profile".
const char* nameOf(TariffError error);

/// One difference between two plans: `key` names the element ("active.day[1]"); `before` /
/// `after` are its text, empty when the element was added / removed.
struct PlanChange {
    std::string key;
    std::string before;
    std::string after;
    friend bool operator==(const PlanChange&, const PlanChange&) = default;
};

/// Elements of a plan in words: (key, text), in plan order.
using DescribedEntries = std::vector<std::pair<std::string, std::string>>;

/// The changes from `before` to `after`: changed and added keys in `after` order, then the
/// removed ones in `before` order.
std::vector<PlanChange> diffDescribed(const DescribedEntries& before,
                                      const DescribedEntries& after);

struct TariffPlan {
    TariffCalendar active;
    std::optional<TariffCalendar> passive;
    std::optional<PlanDateTime> passiveActivation;
    std::vector<SpecialDay> specialDays;
    std::string tariffControlCode;  ///< the Z13 code, "" when the meter has none

    TariffControl tariffControl() const { return tariffControlOf(tariffControlCode); }

    /// Every problem for `limits`, in plan order; empty when valid. Each failure's detail is
    /// "<path>: <reason>", e.g. "active.week_profiles[0].days[5]: day profile 3 does not exist".
    std::vector<TariffFailure> validate(const TariffLimits& limits) const;

    /// The attribute values that hold the plan (what a meter reads back once the plan is in
    /// place; to write it use writeSteps()): class 20 attributes 2..10, class 11 attribute 2
    /// and the tariff script table (class 9 attribute 2). An absent passive calendar is written
    /// as an empty one; an absent activation time as all "not specified".
    std::vector<AttributeValue> toCosem(const TariffObjects& objects) const;

    /// The ordered steps that put this plan into a meter whose plan is `current` (nullptr:
    /// unknown, write everything). The active calendar attributes are read-only (Blue Book), so
    /// when the active calendar differs it is written into the passive attributes 6..9 and
    /// activated at once (ACTION activate_passive_calendar, class 20 method 1, integer 0); then
    /// the plan's passive calendar (or an empty one) and its activation time (attribute 10) are
    /// written when they differ from what the meter holds after that, and the special days
    /// (class 11 attribute 2) when they differ. The tariff script table is fixed and never
    /// written. Example: only a special day added -> one step, the special days entries.
    std::vector<WriteStep> writeSteps(const TariffObjects& objects,
                                      const TariffPlan* current) const;

    /// The plan held by `values` (as read from a meter). Class 20 attributes 2..10 and class 11
    /// attribute 2 are required; the script table is checked when present (MissingScript for
    /// a tariff without its script). `z13` is stored as tariffControlCode.
    /// Errors: MissingAttribute, BadCosemValue (detail: the view's path and reason, or what
    /// cannot be represented: seconds in a switch time, a season starting other than at
    /// midnight, a date with a day of week), WrongScript, MissingScript. Values that decode but
    /// break a rule (tariff 7) are returned for validate() to report.
    static omt::Expected<TariffPlan, TariffFailure> fromCosem(
        std::span<const AttributeValue> values, const TariffObjects& objects,
        std::string_view z13 = {});

    /// The elements in words, one line each, e.g. "active.day[1]: 00:00 T1, 07:00 T2".
    std::vector<std::string> describe() const;

    /// What changed from `before` to this plan, element by element (see PlanChange).
    std::vector<PlanChange> diffFrom(const TariffPlan& before) const;

    /// The JSON document (format "omt-tariff-plan", version 1), 2-space indented.
    std::string toJson() const;
    /// Reads a JSON document. Errors: Syntax, DuplicateKey, WrongFormat, FutureVersion,
    /// UnknownField, MissingField, WrongType, BadValue (e.g. "$.active.seasons[0].start: ...").
    /// Meaning (references, order, limits) is checked by validate().
    static omt::Expected<TariffPlan, DocumentFailure> fromJson(std::string_view text);

    friend bool operator==(const TariffPlan&, const TariffPlan&) = default;
};

/// The tariffication script table content: script n (1..4) writes n to attribute 2 of
/// objects.activeTariff.
dlms::Data tariffScriptsData(const TariffObjects& objects);

}  // namespace omt::meter

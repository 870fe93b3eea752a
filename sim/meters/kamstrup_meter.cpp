#include "sim/meters/kamstrup_meter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include "meter/configuration.h"
#include "meter/ct_ratio.h"
#include "meter/display_list.h"
#include "meter/load_profile.h"
#include "meter/software_config.h"
#include "meter/type_number.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "sim/meters/alarm_register_object.h"
#include "sim/meters/load_model.h"
#include "sim/meters/meter_state.h"
#include "sim/meters/relay_state_object.h"
#include "sim/server/activity_calendar_object.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/attribute_table_object.h"
#include "sim/server/clock_object.h"
#include "sim/server/data_object.h"
#include "sim/server/demand_register_object.h"
#include "sim/server/disconnect_control_object.h"
#include "sim/server/extended_register_object.h"
#include "sim/server/invocation_counter_object.h"
#include "sim/server/profile_generic_object.h"
#include "sim/server/register_monitor_object.h"
#include "sim/server/register_object.h"
#include "sim/server/sap_assignment_object.h"
#include "sim/server/script_table_object.h"
#include "sim/server/security_setup_object.h"
#include "sim/server/setup_objects.h"
#include "sim/server/single_action_schedule_object.h"
#include "sim/server/special_days_object.h"

namespace omt::sim {

namespace {

using cosem::CaptureObjectDefinition;
using cosem::ObisCode;
using cosem::ScalerUnit;
using cosem::Unit;
using std::chrono::seconds;
using std::chrono::sys_seconds;

constexpr ObisCode kClockLn{0, 0, 1, 0, 0, 255};
constexpr ObisCode kLdnLn{0, 0, 42, 0, 0, 255};
constexpr ObisCode kSerialLn{0, 0, 96, 1, 0, 255};
constexpr ObisCode kTypeNumberLn{0, 0, 96, 1, 1, 255};
constexpr ObisCode kZConfigLn{0, 0, 96, 1, 128, 255};
constexpr ObisCode kFirmwareLn{1, 0, 0, 2, 0, 255};
constexpr ObisCode kSapLn{0, 0, 41, 0, 0, 255};
constexpr ObisCode kInvocationCounterLn{0, 0, 43, 1, 0, 255};
constexpr ObisCode kReaderAssociationLn{0, 0, 40, 0, 2, 255};
constexpr ObisCode kCtRatioLn{1, 0, 0, 4, 2, 255};
constexpr ObisCode kCtSecondaryLn{1, 0, 0, 4, 5, 255};
constexpr ObisCode kCtLockLn{1, 0, 0, 4, 128, 255};
constexpr ObisCode kLoadProfile1{1, 0, 99, 1, 0, 255};
constexpr ObisCode kLoadProfile2{1, 0, 99, 2, 0, 255};
constexpr ObisCode kAnalysisLogger{1, 0, 99, 128, 0, 255};
constexpr ObisCode kDebitingLogger{1, 0, 98, 1, 0, 255};
constexpr ObisCode kDebitingStop{0, 0, 15, 0, 0, 255};
/// End of billing period script table: script 1 ends the debiting period now (Z7 "none": the
/// only way it ends).
constexpr ObisCode kBillingScripts{0, 0, 10, 0, 1, 255};
constexpr ObisCode kCalendarLn{0, 0, 13, 0, 0, 255};
constexpr ObisCode kSpecialDaysLn{0, 0, 11, 0, 0, 255};
constexpr ObisCode kTariffScripts{0, 0, 10, 0, 100, 255};
constexpr ObisCode kRelayScripts{0, 0, 10, 0, 106, 255};
constexpr ObisCode kCurrentTariff{0, 0, 96, 14, 0, 255};
constexpr ObisCode kDisconnectLn{0, 0, 96, 3, 10, 255};
constexpr ObisCode kPeakLn{1, 0, 1, 6, 0, 255};
constexpr ObisCode kDemandLn{1, 0, 1, 4, 0, 255};
constexpr ObisCode kPowerTotalLn{1, 0, 1, 7, 0, 255};
/// What the alarm register monitors watch (manufacturer-specific E): lowest and highest phase
/// voltage, highest voltage THD, voltage unbalance, all now.
constexpr ObisCode kLowestVoltageLn{1, 0, 12, 7, 128, 255};
constexpr ObisCode kHighestVoltageLn{1, 0, 12, 7, 129, 255};
constexpr ObisCode kHighestThdLn{1, 0, 12, 7, 130, 255};
constexpr ObisCode kUnbalanceLn{1, 0, 12, 7, 131, 255};
constexpr ObisCode kAlarmScripts{0, 0, 10, 0, 128, 255};
/// EN 50160 limits in the registers' units (0.1 V, 0.1 %): interruption below 5 % of 230 V,
/// sag below 207 V, swell above 253 V, THD above 8 %, unbalance above 2 %.
constexpr std::uint16_t kPhaseMissingLimit = 115;
constexpr std::uint16_t kSagLimit = 2070;
constexpr std::uint16_t kSwellLimit = 2530;
constexpr std::uint16_t kThdLimit = 80;
constexpr std::uint16_t kUnbalanceLimit = 20;
/// The event logs and the "last event code" object each one captures.
constexpr std::array<ObisCode, 3> kEventLogs = {
    ObisCode{0, 0, 99, 98, 0, 255}, ObisCode{0, 0, 99, 98, 1, 255}, ObisCode{0, 0, 99, 98, 4, 255}};
constexpr std::array<ObisCode, 3> kEventCodes = {
    ObisCode{0, 0, 96, 11, 0, 255}, ObisCode{0, 0, 96, 11, 1, 255}, ObisCode{0, 0, 96, 11, 4, 255}};
constexpr std::array<std::uint32_t, 3> kEventLogDepth = {100, 100, 250};

/// Energy quantities: OBIS C of A+, A-, R+, R-, S+, S-.
constexpr std::array<std::uint8_t, 6> kEnergyC = {1, 2, 3, 4, 9, 10};
constexpr std::array<Unit, 6> kEnergyUnit = {Unit::WattHour,       Unit::WattHour,
                                             Unit::VarHour,        Unit::VarHour,
                                             Unit::VoltAmpereHour, Unit::VoltAmpereHour};

constexpr const char* kCtTypeNumber = "68 51 13 5 BD 2 40 1 1 1 XXX";
constexpr const char* kOmniaTypeNumber = "68 4-2-11P-1342AAD1-1B24XXX";
constexpr const char* kDefaultZConfig =
    "1-2-26-2-000-01-01-1-000-01-00-002-001-001-000-000-000-000-200-1-1-0-1-000-1-1-04-1";
constexpr std::int16_t kTimeZone = -60;  // CET, as the Clock's time_zone
constexpr std::int64_t kMaxCatchUp = 3LL * 366 * 86400;

constexpr auto RO = AttributeAccessMode::ReadOnly;
constexpr auto RW = AttributeAccessMode::ReadAndWrite;
constexpr auto WO = AttributeAccessMode::WriteOnly;
constexpr auto NA = AttributeAccessMode::NoAccess;

CaptureObjectDefinition column(std::uint16_t classId, ObisCode ln, std::int8_t attribute = 2) {
    return CaptureObjectDefinition{classId, ln, attribute, 0};
}

std::int64_t floorTo(std::int64_t t, std::int64_t step) {
    const std::int64_t q = t / step;
    return (t % step < 0 ? q - 1 : q) * step;
}

/// What a client may do with one object.
struct Rights {
    bool publicRead = false;
    std::vector<std::int8_t> writable;  ///< management: read-and-write (write-only if hidden)
    std::vector<std::int8_t> methods;   ///< management: access
    std::vector<std::int8_t> hidden;    ///< secrets: no read access for anybody
    bool managementOnly = false;        ///< invisible to the public and reader associations
};

/// The interval register of an energy quantity: its energy in the last load profile interval
/// (the load profile's columns), 1.0.C.29.0.255.
ObisCode intervalRegisterOf(meter::EnergyQuantity q) {
    return ObisCode(1, 0, static_cast<std::uint8_t>(q), 29, 0, 255);
}

/// Load profile 1's capture objects for a row of the data sheet's depth table: the clock, then
/// the interval register of each energy type.
std::vector<CaptureObjectDefinition> loadProfileColumns(const meter::LoadProfileRow& row) {
    std::vector<CaptureObjectDefinition> columns = {column(8, kClockLn)};
    for (const meter::EnergyQuantity q : row.quantities) {
        columns.push_back(column(3, intervalRegisterOf(q)));
    }
    return columns;
}

/// Entries of a load profile holding `row`'s depth at `period` (the longest period's depth for
/// one the table lacks).
std::uint32_t profileEntries(const meter::LoadProfileRow& row, std::uint32_t period) {
    auto days = meter::loadProfileDays(row, period);
    return days.value_or(row.depths.back().days) * (86400U / std::max<std::uint32_t>(1, period));
}

/// type and execution_time of the debiting stop date schedule: 00:00:00 on day `day` of the
/// months the Z7 interval ends a period in (every month: one entry with a wildcard month;
/// none: no entry).
std::pair<cosem::SingleActionType, Data> debitingStopSchedule(
    const meter::DebitingInterval& interval, int day) {
    cosem::ExecutionTimes times;
    const auto at = [&](std::uint8_t month) {
        times.entries.push_back({{0, 0, 0, 0},
                                 {dlms::CosemDate::kYearNotSpecified, month,
                                  static_cast<std::uint8_t>(day), dlms::CosemDate::kNotSpecified}});
    };
    if (interval.months == 1) {
        at(dlms::CosemDate::kNotSpecified);
        return {cosem::SingleActionType::SingleWildcardDate, times.toData()};
    }
    for (int month = 1; month <= 12; ++month) {
        if (interval.endsIn(month)) {
            at(static_cast<std::uint8_t>(month));
        }
    }
    return {cosem::SingleActionType::SameTimeWildcards, times.toData()};
}

DataAccessResult displayResultOf(meter::DisplayError error) {
    // Legal readings are legal data: removing them is refused as a right, not as a value.
    return error == meter::DisplayError::LegalReadingRequired ? DataAccessResult::ReadWriteDenied
                                                              : DataAccessResult::OtherReason;
}

class KamstrupMeter final : public VirtualMeter {
public:
    explicit KamstrupMeter(const VirtualMeterOptions& options)
        : m_options(options),
          m_model(options.model, options.seed),
          m_source(options.clock ? options.clock : [] {
              return std::chrono::floor<seconds>(std::chrono::system_clock::now());
          }) {
        m_origin = m_source();
    }

    Expected<void, MeterFailure> build(const std::optional<MeterState>& state);

    MeterModel model() const override { return m_options.model; }
    std::uint32_t serialNumber() const override { return m_options.serialNumber; }
    dlms::security::SystemTitle systemTitle() const override { return m_title; }
    ObjectDirectory& directory() override { return m_directory; }
    std::vector<AssociationConfig> associations() const override;
    iec62056_21::ServerOptions signOnOptions() override;
    void advance() override;
    Expected<void, MeterFailure> saveIfChanged() override;
    std::vector<std::string> notes() const override { return m_notes; }

private:
    template <class T>
    T* add(std::unique_ptr<T> object, Rights rights) {
        T* raw = object.get();
        const ObisCode ln = object->logicalName();
        const auto attributes = object->attributeCount();
        const auto methods = object->methodCount();
        if (!m_directory.add(std::move(object))) {
            return nullptr;
        }
        m_rights.push_back({ln, attributes, methods, std::move(rights)});
        return raw;
    }
    sys_seconds sourceNow() const;
    sys_seconds now() const { return m_clock->now(); }
    /// The clock's deviation (UTC - local, minutes) at `t`: its time zone, and daylight saving
    /// when it is enabled and in force then (CET -60, CEST -120).
    std::int16_t deviationAt(sys_seconds t) const;
    /// The clock's deviation with daylight saving in force or not.
    std::int16_t deviationWith(bool daylightSaving) const;
    /// `t` as the meter's local date-time (with its deviation, and status bit 7 while daylight
    /// saving is in force), as tariffs, loggers and the debiting period see it.
    std::optional<dlms::CosemDateTime> localTime(sys_seconds t) const;
    Data clockData(sys_seconds t) const;
    bool isCt() const { return m_options.model == MeterModel::OmnipowerCt; }
    meter::Variant variant() const {
        return m_typeNumber.variant() == 2 ? meter::Variant::Two : meter::Variant::One;
    }

    void addIdentity();
    void addEnergy();
    void addCt();
    void addDisplayLists();
    void addLoggers(std::uint32_t period);
    void addTariffs();
    void addLoadControl();
    void addAlarms();
    /// The derived registers the alarm monitors watch.
    void setAlarmInputs(const Instantaneous& v);
    /// The instantaneous registers (and the alarm inputs) from `v`.
    void setInstantaneousRegisters(const Instantaneous& v);
    /// The energy registers from the running totals.
    void syncEnergyRegisters();
    /// The analysis logger's row at `end` (each column read from the directory).
    void captureAnalysis(sys_seconds end);
    /// The analysis logger's capture_objects rule: the clock first, then up to 24 (CT) / 48
    /// (OMNIA) registers (class 3, attribute 2) of this meter, each once.
    std::function<DataAccessResult(const cosem::CaptureObjects&)> analysisRule();
    AttributeValidator zConfigRule();
    std::function<DataAccessResult(const cosem::CaptureObjects&)> displayRule(
        meter::DisplayListKind kind);
    void syncZConfig();

    void catchUp(sys_seconds until);
    void accumulate(sys_seconds start, std::uint32_t length);
    void dayEvents(sys_seconds dayStart);
    int tariffAt(sys_seconds t) const;
    void updateInstantaneous(sys_seconds t);
    /// Runs the tariff script of the calendar's tariff at `t`; returns the tariff (1..4).
    int applyTariff(sys_seconds t);
    void runRelays(sys_seconds from, sys_seconds to);
    MeterState currentState();
    Expected<void, MeterFailure> restore(const MeterState& state);

    struct Entry {
        ObisCode ln;
        std::int8_t attributes;
        std::int8_t methods;
        Rights rights;
    };

    VirtualMeterOptions m_options;
    LoadModel m_model;
    ClockSource m_source;
    sys_seconds m_origin;
    std::int64_t m_shift = 0;            ///< persisted clock shift
    mutable sys_seconds m_lastSource{};  ///< what the clock source gave last
    dlms::security::SystemTitle m_title;
    meter::TypeNumber m_typeNumber;
    meter::SoftwareConfiguration m_zConfig;
    meter::ct::CtRatioState m_ct;
    ObjectDirectory m_directory;
    std::vector<Entry> m_rights;
    std::string m_lastSaved;
    std::int64_t m_installedAt = 0;
    std::vector<std::string> m_notes;  ///< what the start did that an operator should know
    bool m_migrated = false;           ///< the state file was of an older form

    std::shared_ptr<AssociationSecrets> m_secrets;
    AssociationLnObject* m_readerAssociation = nullptr;
    ClockObject* m_clock = nullptr;
    AttributeTableObject* m_zObject = nullptr;
    AttributeTableObject* m_ctRatioObject = nullptr;
    AttributeTableObject* m_ctLockObject = nullptr;
    std::array<std::array<RegisterObject*, 5>, 6> m_energy{};
    /// 1.0.C.29.0.255 for A+, A-, R+, R-, R1..R4 (C 1..8)
    std::array<RegisterObject*, 8> m_intervalRegisters{};
    /// What load profile 1 captures: a row of the data sheet's table (CT: Z29; OMNIA: its
    /// capture objects)
    const meter::LoadProfileRow* m_lp1Row = nullptr;
    std::map<ObisCode, RegisterObject*> m_instant;
    ExtendedRegisterObject* m_peak = nullptr;
    DemandRegisterObject* m_demand = nullptr;
    ProfileGenericObject* m_lp1 = nullptr;
    ProfileGenericObject* m_lp2 = nullptr;
    ProfileGenericObject* m_analysis = nullptr;
    ProfileGenericObject* m_debiting = nullptr;
    std::array<ProfileGenericObject*, 3> m_eventLogs{};
    std::array<DataObject*, 3> m_eventCodes{};
    ActivityCalendarObject* m_calendar = nullptr;
    SpecialDaysObject* m_specialDays = nullptr;
    ScriptTableObject* m_tariffScripts = nullptr;
    ScriptTableObject* m_relayScripts = nullptr;
    AttributeTableObject* m_currentTariff = nullptr;
    struct Relay {
        AttributeTableObject* mode = nullptr;
        RelayStateObject* state = nullptr;
        AttributeTableObject* mask = nullptr;
        SingleActionScheduleObject* calendar = nullptr;     ///< switch-on times (script 2n-1)
        SingleActionScheduleObject* calendarOff = nullptr;  ///< switch-off times (script 2n)
    };
    std::vector<Relay> m_relays;
    DisconnectControlObject* m_disconnect = nullptr;
    SingleActionScheduleObject* m_debitingStop = nullptr;
    int m_stopDay = 1;                           ///< Z6: day of the month the debiting period ends
    meter::DebitingInterval m_debitingInterval;  ///< Z7: the months it ends in
    AlarmRegisterObject* m_alarms = nullptr;
    std::array<RegisterObject*, 4> m_alarmInputs{};  ///< lowest U, highest U, THD, unbalance
    std::vector<RegisterMonitorObject*> m_monitors;

    std::array<std::uint64_t, 6> m_totals{};
    /// energy of the running load profile 1 interval per quantity (A+, A-, R+, R-, R1..R4)
    std::array<std::uint64_t, 8> m_pending{};
    std::uint64_t m_pendingSeconds = 0;
    std::array<std::array<std::uint64_t, 4>, 6> m_tariffTotals{};
    sys_seconds m_next{};  ///< start of the next interval to accumulate
    sys_seconds m_lastAdvance{};
    double m_lastAverage = 0.0;  ///< W, last completed interval
    std::uint64_t m_peakW = 0;
    std::optional<std::int64_t> m_debitingPeriod;  ///< DebitingInterval::periodIndex now
};

sys_seconds KamstrupMeter::sourceNow() const {
    const double elapsed =
        static_cast<double>((m_source() - m_origin).count()) * m_options.timeScale;
    m_lastSource =
        m_origin + seconds{static_cast<std::int64_t>(std::llround(elapsed))} + seconds{m_shift};
    return m_lastSource;
}

std::int16_t KamstrupMeter::deviationAt(sys_seconds t) const {
    return deviationWith(m_clock->daylightSavingActiveAt(t));
}

std::int16_t KamstrupMeter::deviationWith(bool daylightSaving) const {
    const auto& clock = m_clock->attributes();
    return static_cast<std::int16_t>(clock.timeZone -
                                     (daylightSaving ? clock.daylightSavingsDeviation : 0));
}

std::optional<dlms::CosemDateTime> KamstrupMeter::localTime(sys_seconds t) const {
    // one daylight saving evaluation per call: it runs for every interval of the history
    const bool daylight = m_clock->daylightSavingActiveAt(t);
    auto local = dlms::fromSysSeconds(t, deviationWith(daylight), daylight ? 0x80 : 0x00);
    return local ? std::optional<dlms::CosemDateTime>(*local) : std::nullopt;
}

Data KamstrupMeter::clockData(sys_seconds t) const {
    auto dt = localTime(t);
    return cosem::dateTimeOctets(dt ? *dt : dlms::CosemDateTime{});
}

// --- building --------------------------------------------------------------------------------

void KamstrupMeter::addIdentity() {
    char serial[16];
    std::snprintf(serial, sizeof serial, "%08u", static_cast<unsigned>(m_options.serialNumber));
    const std::string ldn = std::string("KAM") + (isCt() ? "OMPCT" : "OMNIA") + serial;
    add(std::make_unique<DataObject>(kLdnLn, Data::octetString(bytesOf(ldn))),
        Rights{true, {}, {}, {}});
    add(std::make_unique<DataObject>(kSerialLn, Data::visibleString(serial)),
        Rights{true, {}, {}, {}});
    add(std::make_unique<DataObject>(kTypeNumberLn, Data::visibleString(m_typeNumber.format())),
        {});
    if (isCt()) {
        // the software configuration Z1-Z30: the OMNIPOWER CT's (the OMNIA has none)
        auto z = std::make_unique<AttributeTableObject>(kZConfigLn, 1, 0);
        z->addAttribute(Data::visibleString(m_zConfig.format()), zConfigRule());
        m_zObject = add(std::move(z), Rights{false, {2}, {}, {}});
    }
    add(std::make_unique<DataObject>(
            kFirmwareLn, Data::visibleString(isCt() ? "OMPCT-2.07-SIM" : "OMNIA-3.01-SIM")),
        {});
    cosem::Clock clock;
    clock.timeZone = kTimeZone;
    // The EU rule: last Sunday of March 02:00 standard time, last Sunday of October 03:00
    // daylight time, 60 minutes; as delivered off (the meter keeps standard time) until a tool
    // enables it (attribute 8).
    clock.daylightSavingsBegin.date = {dlms::CosemDate::kYearNotSpecified, 3, dlms::kDayLast, 7};
    clock.daylightSavingsBegin.time = {2, 0, 0, 0};
    clock.daylightSavingsEnd.date = {dlms::CosemDate::kYearNotSpecified, 10, dlms::kDayLast, 7};
    clock.daylightSavingsEnd.time = {3, 0, 0, 0};
    clock.daylightSavingsDeviation = 60;
    clock.daylightSavingsEnabled = false;
    m_clock = add(std::make_unique<ClockObject>([this] { return sourceNow(); }, clock),
                  Rights{true, {2, 3, 5, 6, 7, 8}, {1, 3, 6}, {}});
    add(std::make_unique<AssociationLnObject>(kCurrentAssociationLn, m_secrets),
        Rights{true, {}, {1}, {7}});
    // The reader's association as the management association sees it: its secret (the LLS
    // password) is written here.
    m_readerAssociation =
        add(std::make_unique<AssociationLnObject>(kReaderAssociationLn, m_secrets),
            Rights{false, {7}, {}, {7}, true});
    add(std::make_unique<SapAssignmentObject>(kSapLn,
                                              cosem::SapAssignmentList{{{1, bytesOf(ldn)}}}),
        Rights{true, {}, {}, {}});
    cosem::SecuritySetup security;
    security.securityPolicy =
        cosem::SecurityPolicy::kAuthenticatedRequest | cosem::SecurityPolicy::kEncryptedRequest |
        cosem::SecurityPolicy::kAuthenticatedResponse | cosem::SecurityPolicy::kEncryptedResponse;
    const auto title = m_title.bytes();
    security.serverSystemTitle = Bytes(title.begin(), title.end());
    add(std::make_unique<SecuritySetupObject>(security, m_secrets), Rights{false, {2}, {1, 2}, {}});
    // The management client's invocation counter, for every client to read before HLS.
    add(std::make_unique<InvocationCounterObject>(kInvocationCounterLn, m_secrets),
        Rights{true, {}, {}, {}});
    cosem::IecLocalPortSetup port;
    port.defaultBaud = cosem::BaudRate::Baud300;
    port.propBaud = cosem::BaudRate::Baud9600;
    port.deviceAddress = bytesOf(serial);
    port.passP1 = bytesOf("00000000");
    port.passP2 = bytesOf("00000000");
    port.passW5 = bytesOf("00000000");
    add(makeIecLocalPortSetupObject(port), Rights{false, {2, 3, 4, 5, 6, 7, 8, 9}, {}, {7, 8, 9}});
    add(makeIecHdlcSetupObject(cosem::IecHdlcSetup{}),
        Rights{false, {2, 3, 4, 5, 6, 7, 8, 9}, {}, {}});
}

void KamstrupMeter::addEnergy() {
    for (std::size_t q = 0; q < kEnergyC.size(); ++q) {
        for (std::uint8_t e = 0; e <= 4; ++e) {
            m_energy[q][e] = add(std::make_unique<RegisterObject>(
                                     ObisCode(1, 0, kEnergyC[q], 8, e, 255),
                                     Data::doubleLongUnsigned(0), ScalerUnit{0, kEnergyUnit[q]}),
                                 {});
        }
    }
    for (std::size_t q = 0; q < m_intervalRegisters.size(); ++q) {
        // A+ and A- in Wh, R+, R- and the quadrants R1..R4 in varh
        const auto quantity = static_cast<meter::EnergyQuantity>(q + 1);
        m_intervalRegisters[q] = add(std::make_unique<RegisterObject>(
                                         intervalRegisterOf(quantity), Data::doubleLongUnsigned(0),
                                         ScalerUnit{0, q < 2 ? Unit::WattHour : Unit::VarHour}),
                                     {});
    }
    auto instant = [this](ObisCode ln, Data like, ScalerUnit su) {
        m_instant[ln] = add(std::make_unique<RegisterObject>(ln, std::move(like), su), {});
    };
    const std::array<std::uint8_t, 3> u = {32, 52, 72};
    const std::array<std::uint8_t, 3> i = {31, 51, 71};
    const std::array<std::uint8_t, 3> p = {21, 41, 61};
    const std::array<std::uint8_t, 3> q = {23, 43, 63};
    const std::array<std::uint8_t, 3> s = {29, 49, 69};
    const std::array<std::uint8_t, 3> pf = {33, 53, 73};
    for (std::size_t k = 0; k < 3; ++k) {
        instant(ObisCode(1, 0, u[k], 7, 0, 255), Data::longUnsigned(0), {-1, Unit::Volt});
        instant(ObisCode(1, 0, i[k], 7, 0, 255), Data::doubleLongUnsigned(0), {-2, Unit::Ampere});
        instant(ObisCode(1, 0, p[k], 7, 0, 255), Data::doubleLongUnsigned(0), {0, Unit::Watt});
        instant(ObisCode(1, 0, q[k], 7, 0, 255), Data::doubleLongUnsigned(0), {0, Unit::Var});
        instant(ObisCode(1, 0, s[k], 7, 0, 255), Data::doubleLongUnsigned(0),
                {0, Unit::VoltAmpere});
        instant(ObisCode(1, 0, pf[k], 7, 0, 255), Data::longUnsigned(0), {-3, Unit::Count});
        instant(ObisCode(1, 0, u[k], 7, 124, 255), Data::longUnsigned(0), {-1, Unit::Percent});
        instant(ObisCode(1, 0, i[k], 7, 124, 255), Data::longUnsigned(0), {-1, Unit::Percent});
    }
    if (!isCt()) {
        // OMNIA: individual harmonics 2..15 per phase (E = the harmonic number)
        for (std::size_t k = 0; k < 3; ++k) {
            for (std::size_t h = 2; h <= kHighestHarmonic; ++h) {
                const auto e = static_cast<std::uint8_t>(h);
                instant(ObisCode(1, 0, u[k], 7, e, 255), Data::longUnsigned(0), {-2, Unit::Volt});
                instant(ObisCode(1, 0, i[k], 7, e, 255), Data::longUnsigned(0), {-3, Unit::Ampere});
            }
        }
    }
    instant(kPowerTotalLn, Data::doubleLongUnsigned(0), {0, Unit::Watt});
    instant(ObisCode(1, 0, 14, 7, 0, 255), Data::longUnsigned(5000), {-2, Unit::Hertz});
    m_peak = add(std::make_unique<ExtendedRegisterObject>(kPeakLn, Data::doubleLongUnsigned(0),
                                                          ScalerUnit{0, Unit::Watt}),
                 {});
    m_demand = add(std::make_unique<DemandRegisterObject>(kDemandLn, Data::doubleLongUnsigned(0),
                                                          ScalerUnit{0, Unit::Watt}, 900),
                   Rights{false, {8, 9}, {}, {}});
}

void KamstrupMeter::addCt() {
    const meter::ct::Secondary secondary =
        m_typeNumber.currentRange().find("1(") != std::string::npos ? meter::ct::Secondary::OneAmp
                                                                    : meter::ct::Secondary::FiveAmp;
    auto factor = meter::ct::ratioFromZ21(m_zConfig.code(meter::ZField::Z21), secondary);
    m_ct.ratio = factor ? *factor : meter::ct::CtRatio{1, secondary};
    m_ct.locked = m_zConfig.code(meter::ZField::Z22) == "2";
    if (!isCt()) {
        return;
    }
    auto ratio = std::make_unique<AttributeTableObject>(kCtRatioLn, 3, 0, 1);
    ratio->addAttribute(Data::longUnsigned(m_ct.ratio.factor), [this](const Data& v) {
        const auto* n = v.as<std::uint64_t>();
        if (v.type() != dlms::DataType::LongUnsigned || n == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        auto changed = m_ct.proposeChange({static_cast<std::uint16_t>(*n), m_ct.ratio.secondary});
        if (!changed) {
            return changed.error().code == meter::ct::CtError::Locked
                       ? DataAccessResult::ReadWriteDenied
                       : DataAccessResult::OtherReason;
        }
        syncZConfig();
        return DataAccessResult::Success;
    });
    ratio->addAttribute(ScalerUnit{0, Unit::Count}.toData());
    m_ctRatioObject = add(std::move(ratio), Rights{false, {2}, {}, {}});
    add(std::make_unique<RegisterObject>(
            kCtSecondaryLn,
            Data::longUnsigned(static_cast<std::uint16_t>(m_ct.ratio.secondaryAmps())),
            ScalerUnit{0, Unit::Ampere}),
        {});
    auto lock = std::make_unique<AttributeTableObject>(kCtLockLn, 1, 0);
    lock->addAttribute(Data::boolean(m_ct.locked), [this](const Data& v) {
        const auto* on = v.as<bool>();
        if (v.type() != dlms::DataType::Boolean || on == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        if (*on == m_ct.locked) {
            return DataAccessResult::Success;
        }
        if (!*on) {
            // this virtual meter never unlocks (the data sheet does not say a real one can)
            return DataAccessResult::ReadWriteDenied;
        }
        auto confirmation = m_ct.proposeLock();
        if (!confirmation || !m_ct.confirmLock(*confirmation)) {
            return DataAccessResult::ReadWriteDenied;
        }
        syncZConfig();
        return DataAccessResult::Success;
    });
    m_ctLockObject = add(std::move(lock), Rights{false, {2}, {}, {}});
}

void KamstrupMeter::syncZConfig() {
    (void)m_zConfig.setCode(meter::ZField::Z21, m_ct.ratio.z21Code());
    (void)m_zConfig.setCode(meter::ZField::Z22, m_ct.locked ? "2" : "1");
    if (m_lp1 != nullptr) {
        if (auto z4 = meter::z4OfPeriod(m_lp1->capturePeriod())) {
            (void)m_zConfig.setCode(meter::ZField::Z4, *z4);
        }
    }
    if (m_zObject != nullptr) {
        m_zObject->setAttributeValue(2, Data::visibleString(m_zConfig.format()));
    }
    if (m_debitingStop != nullptr) {
        auto [type, times] = debitingStopSchedule(m_debitingInterval, m_stopDay);
        m_debitingStop->setAttributeValue(3, Data::enumValue(static_cast<std::uint8_t>(type)));
        m_debitingStop->setAttributeValue(4, std::move(times));
    }
    if (m_ctRatioObject != nullptr) {
        m_ctRatioObject->setAttributeValue(2, Data::longUnsigned(m_ct.ratio.factor));
        m_ctLockObject->setAttributeValue(2, Data::boolean(m_ct.locked));
    }
}

AttributeValidator KamstrupMeter::zConfigRule() {
    return [this](const Data& v) {
        const auto* text = v.as<std::string>();
        if (v.type() != dlms::DataType::VisibleString || text == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        auto target = meter::SoftwareConfiguration::parse(*text);
        if (!target) {
            return DataAccessResult::OtherReason;
        }
        // the write rules first: a locked ratio is refused as a right, whatever else changes
        // (this virtual meter never unlocks: the data sheet does not say a real one can)
        if (!meter::checkOpticalWrite(m_zConfig, *target, meter::CtUnlock::Refused).empty()) {
            return DataAccessResult::ReadWriteDenied;
        }
        if (!target->validate(variant()).empty()) {
            return DataAccessResult::OtherReason;
        }
        const meter::LoadProfileRow* row =
            meter::loadProfileRowOfZ29(target->code(meter::ZField::Z29));
        if (row == nullptr) {
            return DataAccessResult::OtherReason;
        }
        auto ratio =
            meter::ct::ratioFromZ21(target->code(meter::ZField::Z21), m_ct.ratio.secondary);
        if (!ratio) {
            return DataAccessResult::OtherReason;
        }
        auto period = meter::periodOfZ4(target->code(meter::ZField::Z4));
        if (!period && target->code(meter::ZField::Z4) != m_zConfig.code(meter::ZField::Z4)) {
            return DataAccessResult::OtherReason;
        }
        const auto stopDay = meter::stopDayOfZ6(target->code(meter::ZField::Z6));
        const auto interval = meter::debitingIntervalOfZ7(target->code(meter::ZField::Z7));
        if (!stopDay || !interval) {
            return DataAccessResult::OtherReason;
        }
        // accepted: apply the fields that other objects show
        m_zConfig = *target;
        m_ct.ratio = *ratio;
        m_ct.locked = target->code(meter::ZField::Z22) == "2";
        if (period && m_lp1 != nullptr) {
            m_lp1->changeCapturePeriod(*period);
        }
        if (row != m_lp1Row && m_lp1 != nullptr) {
            // Z29: what the load profile captures; a new choice clears it, with its own depth
            m_lp1Row = row;
            m_lp1->changeCaptureObjects(loadProfileColumns(*row));
        }
        m_stopDay = *stopDay;
        m_debitingInterval = *interval;
        syncZConfig();
        return DataAccessResult::Success;
    };
}

std::function<DataAccessResult(const cosem::CaptureObjects&)> KamstrupMeter::displayRule(
    meter::DisplayListKind kind) {
    return [this, kind](const cosem::CaptureObjects& columns) {
        const auto rules = isCt() ? meter::omnipowerCtRules(m_typeNumber.energyTypes().activeExport)
                                  : meter::omniaRules(m_typeNumber.energyTypes().activeExport);
        std::vector<meter::DisplayEntry> entries;
        for (const auto& c : columns.entries) {
            if (auto known = meter::catalogueEntry(c.logicalName)) {
                entries.push_back(*known);
                continue;
            }
            const CosemObject* object = m_directory.find(c.logicalName);
            if (object == nullptr || object->classId() != c.classId || c.attributeIndex < 2 ||
                c.attributeIndex > object->attributeCount()) {
                return DataAccessResult::OtherReason;  // not a reading of this meter
            }
            meter::DisplayEntry entry;
            entry.code = c.logicalName;
            entry.historical = c.logicalName.f() <= 99 || c.classId == 7;
            entries.push_back(entry);
        }
        auto failures = meter::validate(kind, entries, rules);
        return failures.empty() ? DataAccessResult::Success
                                : displayResultOf(failures.front().code);
    };
}

void KamstrupMeter::addDisplayLists() {
    const ObisCode aPlus{1, 0, 1, 8, 0, 255};
    const ObisCode aMinus{1, 0, 2, 8, 0, 255};
    std::vector<CaptureObjectDefinition> automatic = {
        column(3, aPlus), column(3, aMinus), column(3, kPowerTotalLn), column(1, kSerialLn)};
    std::vector<CaptureObjectDefinition> manual = {column(3, aPlus),
                                                   column(3, aMinus),
                                                   column(3, ObisCode(1, 0, 1, 8, 1, 255)),
                                                   column(3, ObisCode(1, 0, 1, 8, 2, 255)),
                                                   column(3, ObisCode(1, 0, 3, 8, 0, 255)),
                                                   column(3, ObisCode(1, 0, 4, 8, 0, 255)),
                                                   column(4, kPeakLn),
                                                   column(3, ObisCode(1, 0, 32, 7, 0, 255)),
                                                   column(3, ObisCode(1, 0, 52, 7, 0, 255)),
                                                   column(3, ObisCode(1, 0, 72, 7, 0, 255))};
    if (isCt()) {
        manual.push_back(column(3, kCtRatioLn));
    }
    std::vector<CaptureObjectDefinition> backup = {column(3, aPlus), column(3, aMinus),
                                                   column(1, kSerialLn)};
    auto list = [this](std::uint8_t e, std::vector<CaptureObjectDefinition> columns,
                       meter::DisplayListKind kind) {
        ProfileGenericObject::Config config;
        config.captureObjects = std::move(columns);
        config.captureObjectsRule = displayRule(kind);
        add(std::make_unique<ProfileGenericObject>(ObisCode(0, 0, 21, 0, e, 255),
                                                   std::move(config)),
            Rights{false, {3}, {}, {}});
    };
    list(1, std::move(automatic), meter::DisplayListKind::Automatic);
    list(2, std::move(manual), meter::DisplayListKind::Manual);
    if (isCt()) {
        list(3, std::move(backup), meter::DisplayListKind::BackupPowered);
    }
}

void KamstrupMeter::addLoggers(std::uint32_t period) {
    const meter::MeterFamily family =
        isCt() ? meter::MeterFamily::OmnipowerCt : meter::MeterFamily::OmniaEMeter;
    // Load profile 1 captures a row of the data sheet's depth table: the CT's Z29 chooses it,
    // the OMNIA's capture objects (writable to any row of its table) are it.
    if (m_lp1Row == nullptr) {
        m_lp1Row = isCt() ? meter::loadProfileRowOfZ29(m_zConfig.code(meter::ZField::Z29))
                          : &meter::loadProfileRows(family).front();
    }
    if (m_lp1Row == nullptr) {
        m_lp1Row = &meter::loadProfileRows(family)[3];  // A+/A-/R+/R-
    }
    const std::vector<std::uint32_t> periods = meter::loadProfilePeriods(*m_lp1Row);
    ProfileGenericObject::Config lp1;
    lp1.captureObjects = loadProfileColumns(*m_lp1Row);
    lp1.capturePeriod = period;
    lp1.profileEntries = profileEntries(*m_lp1Row, period);
    lp1.allowedPeriods = periods;
    lp1.entriesForPeriod = [this](std::uint32_t p) { return profileEntries(*m_lp1Row, p); };
    lp1.assumedDeviation = kTimeZone;
    if (!isCt()) {
        lp1.captureObjectsRule = [this, family](const cosem::CaptureObjects& columns) {
            for (const meter::LoadProfileRow& row : meter::loadProfileRows(family)) {
                if (columns.entries == loadProfileColumns(row)) {
                    m_lp1Row = &row;  // ProfileGenericObject then sets the depth for it
                    return DataAccessResult::Success;
                }
            }
            return DataAccessResult::OtherReason;  // not a row of the data sheet's table
        };
    }
    m_lp1 = add(
        std::make_unique<ProfileGenericObject>(kLoadProfile1, std::move(lp1)),
        Rights{
            false, isCt() ? std::vector<std::int8_t>{4} : std::vector<std::int8_t>{3, 4}, {}, {}});
    m_lp1->setChangeListener([this](std::int8_t) { syncZConfig(); });
    if (!isCt()) {
        // The data sheet gives depths for load profile 1 only; load profile 2 (the voltages)
        // holds those of its first row (ours).
        const meter::LoadProfileRow& lp2Row = meter::loadProfileRows(family).front();
        ProfileGenericObject::Config lp2;
        lp2.captureObjects = {column(8, kClockLn), column(3, ObisCode(1, 0, 32, 7, 0, 255)),
                              column(3, ObisCode(1, 0, 52, 7, 0, 255)),
                              column(3, ObisCode(1, 0, 72, 7, 0, 255))};
        lp2.capturePeriod = 900;
        lp2.profileEntries = profileEntries(lp2Row, 900);
        lp2.allowedPeriods = periods;
        lp2.entriesForPeriod = [row = &lp2Row](std::uint32_t p) { return profileEntries(*row, p); };
        lp2.assumedDeviation = kTimeZone;
        m_lp2 = add(std::make_unique<ProfileGenericObject>(kLoadProfile2, std::move(lp2)),
                    Rights{false, {4}, {}, {}});
    }
    ProfileGenericObject::Config analysis;
    analysis.captureObjects = {column(8, kClockLn)};
    for (std::uint8_t c : {32, 52, 72, 31, 51, 71}) {
        analysis.captureObjects.push_back(column(3, ObisCode(1, 0, c, 7, 0, 255)));
    }
    analysis.capturePeriod = 3600;
    analysis.profileEntries = 30 * 24;
    analysis.assumedDeviation = kTimeZone;
    analysis.captureObjectsRule = analysisRule();
    // OMNIA data sheet: "up to 48 different registers at a time (36 registers when using
    // selective access)"; the CT's says 24 and nothing of selective access
    analysis.maxSelectiveRegisters = isCt() ? 0 : 36;
    m_analysis = add(std::make_unique<ProfileGenericObject>(kAnalysisLogger, std::move(analysis)),
                     Rights{false, {3}, {}, {}});
    ProfileGenericObject::Config debiting;
    debiting.captureObjects = {column(8, kClockLn)};
    for (std::size_t q = 0; q < 4; ++q) {
        debiting.captureObjects.push_back(column(3, m_energy[q][0]->logicalName()));
    }
    debiting.captureObjects.push_back(column(4, kPeakLn));
    debiting.profileEntries = 36;
    debiting.assumedDeviation = kTimeZone;
    m_debiting =
        add(std::make_unique<ProfileGenericObject>(kDebitingLogger, std::move(debiting)), {});
    // Ending a debiting period: the logger captures the registers and the peak, then the peak
    // starts again; on its schedule (Z6, Z7) or when a tool runs script 1.
    cosem::Scripts billing;
    billing.entries.push_back(
        cosem::Script{1,
                      {cosem::ScriptAction{cosem::ScriptService::ExecuteMethod, 7, kDebitingLogger,
                                           2, Data::integer(0)},
                       cosem::ScriptAction{cosem::ScriptService::ExecuteMethod, 4, kPeakLn, 1,
                                           Data::integer(0)}}});
    add(std::make_unique<ScriptTableObject>(kBillingScripts, billing), Rights{false, {}, {1}, {}});
    m_debitingStop =
        add(std::make_unique<SingleActionScheduleObject>(
                kDebitingStop, cosem::ScriptReference{kBillingScripts, 1},
                cosem::SingleActionType::SingleWildcardDate,
                std::vector<cosem::ExecutionTime>{{{0, 0, 0, 0}, {0xFFFF, 0xFF, 1, 0xFF}}}),
            {});
    for (std::size_t k = 0; k < kEventLogs.size(); ++k) {
        m_eventCodes[k] = add(std::make_unique<DataObject>(kEventCodes[k], Data::unsigned8(0)), {});
        ProfileGenericObject::Config log;
        log.captureObjects = {column(8, kClockLn), column(1, kEventCodes[k])};
        log.profileEntries = kEventLogDepth[k];
        log.assumedDeviation = kTimeZone;
        m_eventLogs[k] =
            add(std::make_unique<ProfileGenericObject>(kEventLogs[k], std::move(log)), {});
    }
}

void KamstrupMeter::addTariffs() {
    auto scriptWriting = [](std::uint16_t id, ObisCode target, Data value) {
        return cosem::Script{id,
                             {cosem::ScriptAction{cosem::ScriptService::WriteAttribute, 1, target,
                                                  2, std::move(value)}}};
    };
    cosem::Scripts tariffs;
    for (std::uint8_t t = 1; t <= 4; ++t) {
        tariffs.entries.push_back(scriptWriting(t, kCurrentTariff, Data::unsigned8(t)));
    }
    auto current = std::make_unique<AttributeTableObject>(kCurrentTariff, 1, 0);
    current->addAttribute(Data::unsigned8(1), [](const Data& v) {
        const auto* t = v.as<std::uint64_t>();
        if (v.type() != dlms::DataType::Unsigned || t == nullptr) {
            return DataAccessResult::TypeUnmatched;
        }
        return *t >= 1 && *t <= 4 ? DataAccessResult::Success : DataAccessResult::OtherReason;
    });
    m_currentTariff = add(std::move(current), {});
    m_tariffScripts = add(std::make_unique<ScriptTableObject>(kTariffScripts, tariffs), {});

    // Weekdays: T1 06:00-22:00, T2 at night; weekends and holidays T2.
    CalendarTables tables;
    tables.name = bytesOf("STD");
    dlms::CosemDateTime seasonStart;
    seasonStart.date = {0xFFFF, 1, 1, 0xFF};
    seasonStart.time = {0, 0, 0, 0};
    tables.seasons.entries = {{bytesOf("ALL"), seasonStart, bytesOf("WEEK")}};
    tables.weeks.entries = {{bytesOf("WEEK"), {1, 1, 1, 1, 1, 2, 2}}};
    tables.days.entries = {{1,
                            {{{0, 0, 0, 0}, kTariffScripts, 2},
                             {{6, 0, 0, 0}, kTariffScripts, 1},
                             {{22, 0, 0, 0}, kTariffScripts, 2}}},
                           {2, {{{0, 0, 0, 0}, kTariffScripts, 2}}}};
    m_calendar = add(std::make_unique<ActivityCalendarObject>(kCalendarLn, tables),
                     Rights{false, {6, 7, 8, 9, 10}, {1}, {}});
    cosem::SpecialDaysEntries holidays;
    holidays.entries = {{1, {0xFFFF, 1, 1, 0xFF}, 2},
                        {2, {0xFFFF, 12, 25, 0xFF}, 2},
                        {3, {0xFFFF, 12, 26, 0xFF}, 2}};
    m_specialDays = add(std::make_unique<SpecialDaysObject>(kSpecialDaysLn, holidays),
                        Rights{false, {2}, {1, 2}, {}});
}

void KamstrupMeter::addLoadControl() {
    const int relays = isCt() ? (m_zConfig.code(meter::ZField::Z3) == "26" ? 2 : 0)
                              : m_typeNumber.loadControlRelays();
    cosem::Scripts scripts;
    for (int n = 1; n <= relays; ++n) {
        const ObisCode state(0, static_cast<std::uint8_t>(n), 96, 3, 129, 255);
        for (bool on : {true, false}) {
            scripts.entries.push_back(
                cosem::Script{static_cast<std::uint16_t>(2 * n - (on ? 1 : 0)),
                              {cosem::ScriptAction{cosem::ScriptService::WriteAttribute, 1, state,
                                                   2, Data::boolean(on)}}});
        }
    }
    if (relays > 0) {
        m_relayScripts = add(std::make_unique<ScriptTableObject>(kRelayScripts, scripts),
                             Rights{false, {}, {1}, {}});
    }
    for (int n = 1; n <= relays; ++n) {
        const auto b = static_cast<std::uint8_t>(n);
        Relay relay;
        auto mode = std::make_unique<AttributeTableObject>(ObisCode(0, b, 96, 3, 128, 255), 1, 0);
        mode->addAttribute(Data::enumValue(0), [](const Data& v) {
            const auto* m = v.as<std::uint64_t>();
            if (v.type() != dlms::DataType::Enum || m == nullptr) {
                return DataAccessResult::TypeUnmatched;
            }
            return *m <= 2 ? DataAccessResult::Success : DataAccessResult::OtherReason;
        });
        relay.mode = add(std::move(mode), Rights{false, {2}, {}, {}});
        relay.state =
            add(std::make_unique<RelayStateObject>(ObisCode(0, b, 96, 3, 129, 255), relay.mode),
                Rights{false, {2}, {}, {}});
        auto mask = std::make_unique<AttributeTableObject>(ObisCode(0, b, 96, 3, 130, 255), 1, 0);
        mask->addAttribute(Data::unsigned8(0x01), [](const Data& v) {
            const auto* m = v.as<std::uint64_t>();
            if (v.type() != dlms::DataType::Unsigned || m == nullptr) {
                return DataAccessResult::TypeUnmatched;
            }
            return *m <= 0x0F ? DataAccessResult::Success : DataAccessResult::OtherReason;
        });
        relay.mask = add(std::move(mask), Rights{false, {2}, {}, {}});
        const dlms::CosemDate everyDay{0xFFFF, 0xFF, 0xFF, 0xFF};
        // Calendar mode: one single action schedule switches the relay on (script 2n-1), a
        // second one switches it off (script 2n): a schedule runs exactly one script.
        relay.calendar =
            add(std::make_unique<SingleActionScheduleObject>(
                    ObisCode(0, b, 15, 0, 1, 255),
                    cosem::ScriptReference{kRelayScripts, static_cast<std::uint16_t>(2 * n - 1)},
                    cosem::SingleActionType::DifferentTimesWildcards,
                    std::vector<cosem::ExecutionTime>{{{17, 0, 0, 0}, everyDay}}),
                Rights{false, {2, 3, 4}, {}, {}});
        relay.calendarOff =
            add(std::make_unique<SingleActionScheduleObject>(
                    ObisCode(0, b, 15, 0, 2, 255),
                    cosem::ScriptReference{kRelayScripts, static_cast<std::uint16_t>(2 * n)},
                    cosem::SingleActionType::DifferentTimesWildcards,
                    std::vector<cosem::ExecutionTime>{{{23, 0, 0, 0}, everyDay}}),
                Rights{false, {2, 3, 4}, {}, {}});
        m_relays.push_back(relay);
    }
    if (!isCt()) {
        cosem::DisconnectControl breaker;
        breaker.controlMode = cosem::ControlMode::Mode1;
        m_disconnect =
            add(std::make_unique<DisconnectControlObject>(breaker), Rights{false, {4}, {1, 2}, {}});
        cosem::Limiter limiter;
        limiter.monitoredValue = {3, kPowerTotalLn, 2};
        limiter.thresholdActive = Data::doubleLongUnsigned(17250);
        limiter.thresholdNormal = Data::doubleLongUnsigned(17250);
        limiter.thresholdEmergency = Data::doubleLongUnsigned(5000);
        limiter.minOverThresholdDuration = 60;
        limiter.minUnderThresholdDuration = 60;
        limiter.actions = {{kRelayScripts, 0}, {kRelayScripts, 0}};
        add(makeLimiterObject(limiter), Rights{false, {2, 3, 4, 5, 6, 7, 8, 9, 11}, {}, {}});
    }
}

void KamstrupMeter::addAlarms() {
    // The live conditions, switched by the alarm scripts.
    std::array<const DataObject*, kLiveAlarmCount> conditions{};
    cosem::Scripts scripts;
    for (std::size_t k = 0; k < kLiveAlarmCount; ++k) {
        const ObisCode ln = alarmConditionLn(static_cast<AlarmBit>(k + 2));
        conditions[k] = add(std::make_unique<DataObject>(ln, Data::boolean(false)), {});
        const auto on = static_cast<std::uint16_t>(2 * k + 1);
        for (const bool value : {true, false}) {
            scripts.entries.push_back(
                cosem::Script{static_cast<std::uint16_t>(value ? on : on + 1),
                              {cosem::ScriptAction{cosem::ScriptService::WriteAttribute, 1, ln, 2,
                                                   Data::boolean(value)}}});
        }
    }
    add(std::make_unique<ScriptTableObject>(kAlarmScripts, scripts), {});
    m_alarms = add(std::make_unique<AlarmRegisterObject>(conditions, [this] { return now(); }),
                   Rights{false, {2}, {}, {}});
    // What the monitors watch.
    const std::array<ObisCode, 4> inputs = {kLowestVoltageLn, kHighestVoltageLn, kHighestThdLn,
                                            kUnbalanceLn};
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const ScalerUnit su = k < 2 ? ScalerUnit{-1, Unit::Volt} : ScalerUnit{-1, Unit::Percent};
        m_alarmInputs[k] =
            add(std::make_unique<RegisterObject>(inputs[k], Data::longUnsigned(0), su), {});
    }
    // One monitor per input; script 2k+1 switches condition k (bit k+2) on, 2k+2 off.
    const auto script = [](std::size_t k, bool on) {
        return cosem::ScriptReference{kAlarmScripts,
                                      static_cast<std::uint16_t>(2 * k + (on ? 1 : 2))};
    };
    constexpr std::size_t sag = 0;
    constexpr std::size_t swell = 1;
    constexpr std::size_t thd = 2;
    constexpr std::size_t unbalance = 3;
    constexpr std::size_t missing = 4;
    struct Monitor {
        std::size_t input;
        std::vector<std::uint16_t> limits;
        std::vector<cosem::ActionSet> actions;
    };
    const std::array<Monitor, 4> monitors = {
        // lowest voltage: below 11.5 V a phase is missing, below 207 V a sag
        Monitor{0,
                {kPhaseMissingLimit, kSagLimit},
                {{script(missing, false), script(missing, true)},
                 {script(sag, false), script(sag, true)}}},
        Monitor{1, {kSwellLimit}, {{script(swell, true), script(swell, false)}}},
        Monitor{2, {kThdLimit}, {{script(thd, true), script(thd, false)}}},
        Monitor{3, {kUnbalanceLimit}, {{script(unbalance, true), script(unbalance, false)}}},
    };
    for (std::size_t m = 0; m < monitors.size(); ++m) {
        cosem::Thresholds thresholds;
        for (std::uint16_t limit : monitors[m].limits) {
            thresholds.values.push_back(Data::longUnsigned(limit));
        }
        cosem::RegisterMonitorActions actions;
        actions.entries = monitors[m].actions;
        m_monitors.push_back(
            add(std::make_unique<RegisterMonitorObject>(
                    ObisCode(0, 0, 16, 1, static_cast<std::uint8_t>(m + 1), 255), thresholds,
                    cosem::ValueDefinition{3, inputs[monitors[m].input], 2}, actions),
                {}));
    }
}

void KamstrupMeter::setAlarmInputs(const Instantaneous& v) {
    const auto [lowest, highest] = std::minmax_element(v.voltage.begin(), v.voltage.end());
    const double thd = *std::max_element(v.thdVoltage.begin(), v.thdVoltage.end());
    const double average = (v.voltage[0] + v.voltage[1] + v.voltage[2]) / 3.0;
    // Unbalance as the largest deviation from the average phase voltage (IEC 61000-4-30's
    // simple estimate); a missing phase is an interruption, not an unbalance.
    double unbalance = 0.0;
    if (*lowest * 10 >= kPhaseMissingLimit && average > 0.0) {
        unbalance = std::max(*highest - average, average - *lowest) / average * 100.0;
    }
    const std::array<double, 4> values = {*lowest * 10, *highest * 10, thd * 10, unbalance * 10};
    for (std::size_t k = 0; k < values.size(); ++k) {
        m_alarmInputs[k]->setValue(Data::longUnsigned(
            static_cast<std::uint16_t>(std::clamp(std::lround(values[k]), 0L, 65535L))));
    }
}

Expected<void, MeterFailure> KamstrupMeter::build(const std::optional<MeterState>& state) {
    if (m_options.serialNumber == 0 || m_options.serialNumber > 99999999) {
        return MeterFailure{MeterError::BadOption, 0, "serial number must be 1..99999999"};
    }
    if (!(m_options.timeScale > 0.0) || m_options.timeScale > 1.0e6) {
        return MeterFailure{MeterError::BadOption, 0, "time scale must be > 0 and <= 1e6"};
    }
    auto title = dlms::security::SystemTitle::fromFlag("KAM", m_options.serialNumber);
    auto type = meter::TypeNumber::decode(isCt() ? kCtTypeNumber : kOmniaTypeNumber);
    auto z = meter::SoftwareConfiguration::parse(kDefaultZConfig);
    if (!title || !type || !z) {
        return MeterFailure{MeterError::BadOption, 0, "built-in identity does not decode"};
    }
    m_title = *title;
    m_typeNumber = *type;
    if (isCt()) {
        m_zConfig = *z;
        if (!m_zConfig.validate(variant()).empty()) {
            return MeterFailure{MeterError::BadOption, 0, "built-in Z configuration is not valid"};
        }
        m_stopDay = meter::stopDayOfZ6(m_zConfig.code(meter::ZField::Z6)).value_or(1);
        m_debitingInterval = meter::debitingIntervalOfZ7(m_zConfig.code(meter::ZField::Z7))
                                 .value_or(meter::DebitingInterval{});
    }
    // The OMNIA has no software configuration: its debiting period ends monthly on day 1 (the
    // defaults of m_stopDay and m_debitingInterval), its relays follow the type number.
    if (state) {
        if (state->model != m_options.model || state->serialNumber != m_options.serialNumber) {
            return MeterFailure{MeterError::StateCorrupt, 0,
                                "state file is for another meter model or serial number"};
        }
        m_shift = state->clockShift;
    }
    m_secrets = std::make_shared<AssociationSecrets>(m_options.secrets.readerPassword,
                                                     m_options.secrets.keys, m_options.secrets.kek);
    if (state && state->secrets) {
        const PersistedSecrets& persisted = *state->secrets;
        auto ek = dlms::security::Key128::fromBytes(persisted.ek);
        auto ak = dlms::security::Key128::fromBytes(persisted.ak);
        auto kek = dlms::security::Key128::fromBytes(persisted.kek);
        if (!ek || !ak || !kek) {
            return MeterFailure{MeterError::StateCorrupt, 0, "secrets cannot be restored"};
        }
        m_secrets->restore(persisted.llsPassword, dlms::security::SecurityKeys{*ek, *ak, {}}, *kek,
                           persisted.invocationCounter, persisted.clientInvocationCounter);
    }
    addIdentity();
    addEnergy();
    addCt();
    addDisplayLists();
    addLoggers(900);
    addTariffs();
    addLoadControl();
    addAlarms();
    syncZConfig();
    if (m_readerAssociation != nullptr) {
        m_readerAssociation->describe(associations()[1]);
    }

    const sys_seconds start = now();
    m_installedAt =
        state
            ? state->installedAt
            : floorTo((start - std::chrono::days{kHistoryDays}).time_since_epoch().count(), 86400);
    if (state) {
        auto restored = restore(*state);
        if (!restored) {
            return restored;
        }
        if (state->alarmsClearedAt) {
            m_alarms->restoreClearedAt(*state->alarmsClearedAt);
        }
    }
    m_next = sys_seconds{seconds{m_installedAt}};
    m_lastAdvance = start;
    catchUp(start);
    applyTariff(start);
    updateInstantaneous(start);
    // nothing to save until a change, unless the file was migrated (then the next save writes
    // the migrated state)
    m_lastSaved = m_migrated ? std::string() : serializeMeterState(currentState());
    return {};
}

// --- running ---------------------------------------------------------------------------------

int KamstrupMeter::tariffAt(sys_seconds t) const {
    auto local = localTime(t);
    if (!local) {
        return 1;
    }
    auto script = m_calendar->scriptAt(*local, m_specialDays);
    if (!script || script->scriptLogicalName != kTariffScripts || script->scriptSelector < 1 ||
        script->scriptSelector > 4) {
        return 1;
    }
    return script->scriptSelector;
}

void KamstrupMeter::accumulate(sys_seconds start, std::uint32_t length) {
    const IntervalEnergy e = m_model.interval(start, length);
    const int tariff = tariffAt(start);
    const std::array<std::uint32_t, 6> wh = {e.wh[0], e.wh[1],          e.wh[2],
                                             e.wh[3], e.apparentImport, e.apparentExport};
    for (std::size_t q = 0; q < 6; ++q) {
        m_totals[q] += wh[q];
        m_tariffTotals[q][static_cast<std::size_t>(tariff - 1)] += wh[q];
    }
    const sys_seconds end = start + seconds{length};
    for (std::size_t q = 0; q < 4; ++q) {
        m_pending[q] += e.wh[q];
    }
    // Reactive energy per quadrant: with net import (A+ >= A-) R+ is Q1 (R1) and R- is Q4 (R4),
    // with net export R+ is Q2 (R2) and R- is Q3 (R3); so R1 + R2 = R+ and R3 + R4 = R-.
    const bool importing = e.wh[0] >= e.wh[1];
    m_pending[importing ? 4 : 5] += e.wh[2];
    m_pending[importing ? 7 : 6] += e.wh[3];
    m_pendingSeconds += length;
    std::optional<std::uint64_t> averageW;
    if (end.time_since_epoch().count() % m_lp1->capturePeriod() == 0) {
        // a load profile 1 interval ends: its row holds the energy of the whole interval, of the
        // quantities its capture objects name
        for (std::size_t q = 0; q < m_pending.size(); ++q) {
            m_intervalRegisters[q]->setValue(
                Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_pending[q])));
        }
        std::vector<Data> row = {clockData(end)};
        for (const meter::EnergyQuantity q : m_lp1Row->quantities) {
            const auto v = static_cast<std::uint32_t>(m_pending[static_cast<std::size_t>(q) - 1]);
            row.push_back(Data::doubleLongUnsigned(v));
        }
        m_lp1->append(std::move(row));
        averageW = m_pending[0] * 3600U / std::max<std::uint64_t>(1, m_pendingSeconds);
        m_pending = {};
        m_pendingSeconds = 0;
    }
    // the debiting period runs from day Z6 00:00 (local) of a month Z7 names to the next one
    const auto local = localTime(start);
    const std::int64_t period =
        local ? m_debitingInterval.periodIndex(local->date.year, local->date.month,
                                               local->date.dayOfMonth, m_stopDay)
              : 0;
    if (m_debitingPeriod && period != *m_debitingPeriod) {
        // debiting period ends: stored values, then a new peak period
        std::vector<Data> billing = {clockData(start)};
        for (std::size_t q = 0; q < 4; ++q) {
            billing.push_back(
                Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_totals[q] - wh[q])));
        }
        billing.push_back(Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_peakW)));
        m_debiting->append(std::move(billing));
        m_peakW = 0;
    }
    m_debitingPeriod = period;
    if (const auto* shown = m_peak->value().as<std::uint64_t>(); shown && *shown < m_peakW) {
        m_peakW = *shown;  // reset (script 1 of the end of billing period table)
    }
    if (averageW && *averageW > m_peakW) {
        m_peakW = *averageW;
        auto at = localTime(end);
        m_peak->update(Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_peakW)),
                       at ? *at : dlms::CosemDateTime{});
    }
    if (averageW) {
        m_lastAverage = static_cast<double>(*averageW);
    }
    const std::int64_t endSeconds = end.time_since_epoch().count();
    if (endSeconds % 3600 == 0 && end > sys_seconds{seconds{0}} && m_analysis != nullptr) {
        captureAnalysis(end);
    }
    if (m_lp2 != nullptr && endSeconds % m_lp2->capturePeriod() == 0) {
        const Instantaneous v = m_model.instantaneous(end);
        std::vector<Data> r = {clockData(end)};
        for (double u : v.voltage) {
            r.push_back(Data::longUnsigned(static_cast<std::uint16_t>(std::lround(u * 10))));
        }
        m_lp2->append(std::move(r));
    }
    const std::int64_t localEnd = endSeconds - std::int64_t{deviationAt(end)} * 60;
    if (localEnd % 86400 == 0) {
        dayEvents(end - std::chrono::days{1});
    }
}

void KamstrupMeter::dayEvents(sys_seconds dayStart) {
    const auto day = static_cast<std::uint64_t>(dayStart.time_since_epoch().count() / 86400);
    struct Candidate {
        std::size_t log;
        double probability;
        std::array<std::uint8_t, 4> codes;
    };
    // standard: power down / up; tamper: magnetic field, cover opened; power quality: sag,
    // swell, THD over limit, unbalance (codes: sim/README.md)
    const std::array<Candidate, 3> candidates = {Candidate{0, 0.04, {1, 2, 1, 2}},
                                                 Candidate{1, 0.03, {40, 41, 40, 41}},
                                                 Candidate{2, 0.25, {60, 61, 62, 63}}};
    for (const auto& c : candidates) {
        if (m_model.noise(day, 100 + c.log) >= c.probability) {
            continue;
        }
        const auto at =
            dayStart + seconds{static_cast<std::int64_t>(m_model.noise(day, 200 + c.log) * 86000)};
        const std::uint8_t code =
            c.codes[static_cast<std::size_t>(m_model.noise(day, 300 + c.log) * 4) % 4];
        if (c.log == 0) {
            m_eventLogs[0]->append({clockData(at), Data::unsigned8(1)});
            m_eventLogs[0]->append({clockData(at + seconds{90}), Data::unsigned8(2)});
            m_eventCodes[0]->setValue(Data::unsigned8(2));
            continue;
        }
        m_eventLogs[c.log]->append({clockData(at), Data::unsigned8(code)});
        m_eventCodes[c.log]->setValue(Data::unsigned8(code));
        if (c.log == 1) {
            m_alarms->latch(code == 41 ? AlarmBit::CoverOpened : AlarmBit::MagneticInfluence, at);
        }
    }
}

void KamstrupMeter::catchUp(sys_seconds until) {
    if ((until - m_next).count() > kMaxCatchUp) {
        m_next =
            sys_seconds{seconds{floorTo(until.time_since_epoch().count() - kMaxCatchUp, 3600)}};
    }
    while (true) {
        // steps that end on every boundary of both load profiles
        const std::int64_t period = m_lp2 != nullptr
                                        ? std::gcd(std::int64_t{m_lp1->capturePeriod()},
                                                   std::int64_t{m_lp2->capturePeriod()})
                                        : std::int64_t{m_lp1->capturePeriod()};
        const std::int64_t start = m_next.time_since_epoch().count();
        const std::int64_t end = floorTo(start, period) + period;
        if (end > until.time_since_epoch().count()) {
            break;
        }
        accumulate(m_next, static_cast<std::uint32_t>(end - start));
        m_next = sys_seconds{seconds{end}};
    }
    syncEnergyRegisters();
}

void KamstrupMeter::syncEnergyRegisters() {
    for (std::size_t q = 0; q < 6; ++q) {
        m_energy[q][0]->setValue(Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_totals[q])));
        for (std::size_t t = 0; t < 4; ++t) {
            m_energy[q][t + 1]->setValue(
                Data::doubleLongUnsigned(static_cast<std::uint32_t>(m_tariffTotals[q][t])));
        }
    }
}

void KamstrupMeter::captureAnalysis(sys_seconds end) {
    // The registers as they were at `end`: instantaneous values of that moment, the energy
    // totals so far. (The instantaneous ones are set to the present again by advance().)
    setInstantaneousRegisters(m_model.instantaneous(end));
    syncEnergyRegisters();
    RequestContext internal;
    internal.directory = &m_directory;
    std::vector<Data> row;
    for (const auto& c : m_analysis->captureObjects()) {
        if (c.classId == 8 && c.logicalName == kClockLn) {
            row.push_back(clockData(end));
            continue;
        }
        CosemObject* object = m_directory.find(c.logicalName);
        auto value = object != nullptr && object->classId() == c.classId
                         ? object->get(c.attributeIndex, std::nullopt, internal)
                         : Expected<Data, DataAccessResult>(DataAccessResult::ObjectUndefined);
        row.push_back(value ? std::move(*value) : Data::null());
    }
    m_analysis->append(std::move(row));
}

std::function<DataAccessResult(const cosem::CaptureObjects&)> KamstrupMeter::analysisRule() {
    return [this](const cosem::CaptureObjects& columns) {
        const std::size_t maxRegisters = isCt() ? 24 : 48;
        const auto& entries = columns.entries;
        if (entries.empty() || entries.front() != column(8, kClockLn) ||
            entries.size() - 1 > maxRegisters) {
            return DataAccessResult::OtherReason;
        }
        std::set<ObisCode> seen;
        for (std::size_t i = 1; i < entries.size(); ++i) {
            const auto& c = entries[i];
            const CosemObject* object = m_directory.find(c.logicalName);
            if (c.classId != 3 || c.attributeIndex != 2 || c.dataIndex != 0 || object == nullptr ||
                object->classId() != 3 || !seen.insert(c.logicalName).second) {
                return DataAccessResult::OtherReason;
            }
        }
        return DataAccessResult::Success;
    };
}

void KamstrupMeter::setInstantaneousRegisters(const Instantaneous& v) {
    auto set = [this](ObisCode ln, Data value) {
        if (auto it = m_instant.find(ln); it != m_instant.end()) {
            it->second->setValue(std::move(value));
        }
    };
    auto u16 = [](double x) {
        return Data::longUnsigned(static_cast<std::uint16_t>(std::lround(x)));
    };
    auto u32 = [](double x) {
        return Data::doubleLongUnsigned(static_cast<std::uint32_t>(std::lround(std::max(0.0, x))));
    };
    const std::array<std::uint8_t, 3> u = {32, 52, 72};
    const std::array<std::uint8_t, 3> i = {31, 51, 71};
    for (std::size_t k = 0; k < 3; ++k) {
        set(ObisCode(1, 0, u[k], 7, 0, 255), u16(v.voltage[k] * 10));
        set(ObisCode(1, 0, i[k], 7, 0, 255), u32(v.current[k] * 100));
        set(ObisCode(1, 0, static_cast<std::uint8_t>(21 + 20 * k), 7, 0, 255),
            u32(v.activeImport[k]));
        set(ObisCode(1, 0, static_cast<std::uint8_t>(23 + 20 * k), 7, 0, 255),
            u32(v.reactiveImport[k]));
        set(ObisCode(1, 0, static_cast<std::uint8_t>(29 + 20 * k), 7, 0, 255), u32(v.apparent[k]));
        set(ObisCode(1, 0, static_cast<std::uint8_t>(33 + 20 * k), 7, 0, 255),
            u16(v.powerFactor[k] * 1000));
        set(ObisCode(1, 0, u[k], 7, 124, 255), u16(v.thdVoltage[k] * 10));
        set(ObisCode(1, 0, i[k], 7, 124, 255), u16(v.thdCurrent[k] * 10));
        if (!isCt()) {
            for (std::size_t h = 2; h <= kHighestHarmonic; ++h) {
                const auto e = static_cast<std::uint8_t>(h);
                set(ObisCode(1, 0, u[k], 7, e, 255), u16(v.voltageHarmonics[k][h - 2] * 100));
                set(ObisCode(1, 0, i[k], 7, e, 255),
                    u16(std::min(65535.0, v.currentHarmonics[k][h - 2] * 1000)));
            }
        }
    }
    set(kPowerTotalLn, u32(v.activeImportTotal));
    set(ObisCode(1, 0, 14, 7, 0, 255), u16(v.frequency * 100));
    setAlarmInputs(v);
}

void KamstrupMeter::updateInstantaneous(sys_seconds t) {
    const Instantaneous v = m_model.instantaneous(t);
    setInstantaneousRegisters(v);
    RequestContext internal;
    internal.directory = &m_directory;
    for (auto* monitor : m_monitors) {
        monitor->evaluate(internal);
    }
    auto u32 = [](double x) {
        return Data::doubleLongUnsigned(static_cast<std::uint32_t>(std::lround(std::max(0.0, x))));
    };
    const std::uint32_t period = std::max<std::uint32_t>(1, m_demand->period());
    const std::int64_t startCurrent = floorTo(t.time_since_epoch().count(), period);
    auto capture = localTime(t);
    auto begin = localTime(sys_seconds{seconds{startCurrent}});
    m_demand->update(u32(v.activeImportTotal), u32(m_lastAverage),
                     capture ? *capture : dlms::CosemDateTime{},
                     begin ? *begin : dlms::CosemDateTime{});
}

int KamstrupMeter::applyTariff(sys_seconds t) {
    RequestContext internal;
    internal.directory = &m_directory;
    const int tariff = tariffAt(t);
    (void)m_tariffScripts->execute(static_cast<std::uint16_t>(tariff), internal);
    return tariff;
}

void KamstrupMeter::runRelays(sys_seconds from, sys_seconds to) {
    RequestContext internal;
    internal.directory = &m_directory;
    const int tariff = applyTariff(to);
    for (std::size_t n = 0; n < m_relays.size(); ++n) {
        const Relay& relay = m_relays[n];
        const auto* mode = relay.mode->attribute(2)->as<std::uint64_t>();
        if (mode == nullptr || *mode == 0) {
            continue;
        }
        const auto on = static_cast<std::uint16_t>(2 * n + 1);
        if (*mode == 1) {
            // Each schedule runs its own script when one of its times passed. When both passed
            // in one step (a long catch-up), the off switch runs last: the relay ends off, which
            // is the safe state.
            for (const auto* schedule : {relay.calendar, relay.calendarOff}) {
                if (schedule->dueBetween(from, to, deviationAt(to)) > 0) {
                    const auto script = schedule->script();
                    if (auto* table = dynamic_cast<ScriptTableObject*>(
                            m_directory.find(script.scriptLogicalName))) {
                        (void)table->execute(script.scriptSelector, internal);
                    }
                }
            }
        } else {
            const auto* mask = relay.mask->attribute(2)->as<std::uint64_t>();
            const bool wanted = mask != nullptr && ((*mask >> (tariff - 1)) & 1U) != 0;
            (void)m_relayScripts->execute(wanted ? on : static_cast<std::uint16_t>(on + 1),
                                          internal);
        }
    }
}

void KamstrupMeter::advance() {
    const sys_seconds t = now();
    if (t > m_lastAdvance) {
        m_calendar->activateIfDue(t, deviationAt(t));
        catchUp(t);
        runRelays(m_lastAdvance, t);
        m_lastAdvance = t;
    }
    updateInstantaneous(t);
}

// --- associations and the optical port -------------------------------------------------------

std::vector<AssociationConfig> KamstrupMeter::associations() const {
    AccessPolicy publicPolicy;
    AccessPolicy reader;
    AccessPolicy management;
    for (const auto& e : m_rights) {
        const auto has = [](const std::vector<std::int8_t>& list, std::int8_t i) {
            return std::find(list.begin(), list.end(), i) != list.end();
        };
        std::vector<AttributeAccessMode> readOnly;
        std::vector<AttributeAccessMode> readWrite;
        for (std::int8_t a = 1; a <= e.attributes; ++a) {
            const bool hidden = has(e.rights.hidden, a);
            const bool writable = has(e.rights.writable, a);
            readOnly.push_back(hidden ? NA : RO);
            readWrite.push_back(writable ? (hidden ? WO : RW) : (hidden ? NA : RO));
        }
        std::vector<MethodAccessMode> noMethods(static_cast<std::size_t>(e.methods),
                                                MethodAccessMode::NoAccess);
        std::vector<MethodAccessMode> methods = noMethods;
        for (std::int8_t m : e.rights.methods) {
            if (m >= 1 && m <= e.methods) {
                methods[static_cast<std::size_t>(m - 1)] = MethodAccessMode::Access;
            }
        }
        if (e.rights.publicRead) {
            publicPolicy.grant(e.ln, readOnly, noMethods);
        }
        if (!e.rights.managementOnly) {
            reader.grant(e.ln, readOnly, noMethods);
        }
        management.grant(e.ln, readWrite, methods);
    }
    auto readerConfig = AssociationConfig::reader(m_secrets->llsPassword(), reader);
    readerConfig.secrets = m_secrets;
    auto managementConfig = AssociationConfig::management(m_title, m_secrets->keys(), management);
    managementConfig.secrets = m_secrets;
    return {AssociationConfig::publicClient(publicPolicy), std::move(readerConfig),
            std::move(managementConfig)};
}

iec62056_21::ServerOptions KamstrupMeter::signOnOptions() {
    iec62056_21::ServerOptions options;
    options.identification = {"KAM", '5', "2", isCt() ? "OMNIPOWER CT" : "OMNIA"};
    char serial[16];
    std::snprintf(serial, sizeof serial, "%08u", static_cast<unsigned>(m_options.serialNumber));
    options.deviceAddress = serial;
    options.readout = [this] {
        advance();
        std::vector<iec62056_21::DataSet> sets;
        char serialText[16];
        std::snprintf(serialText, sizeof serialText, "%08u",
                      static_cast<unsigned>(m_options.serialNumber));
        sets.push_back({"C.1.0", {{serialText, std::nullopt}}, 0});
        const std::array<const char*, 6> units = {"kWh", "kWh", "kvarh", "kvarh", "kVAh", "kVAh"};
        for (std::size_t q = 0; q < 6; ++q) {
            for (std::size_t t = 0; t <= 4; ++t) {
                if (t > 0 && q != 0) {
                    continue;  // tariffs of A+ only
                }
                const std::uint64_t wh = t == 0 ? m_totals[q] : m_tariffTotals[q][t - 1];
                char value[32];
                std::snprintf(value, sizeof value, "%010.3f", static_cast<double>(wh) / 1000.0);
                sets.push_back({std::to_string(kEnergyC[q]) + ".8." + std::to_string(t),
                                {{value, std::string(units[q])}},
                                sets.size()});
            }
        }
        return sets;
    };
    // R1 of a readout address ("1.8.0") gives "value*unit"; nothing is written over this path
    auto readout = options.readout;
    options.readRegister =
        [readout](const std::string& address) -> Expected<std::string, iec62056_21::RegisterError> {
        for (const auto& set : readout()) {
            if (set.address == address && !set.values.empty()) {
                const auto& v = set.values.front();
                return v.unit ? v.value + "*" + *v.unit : v.value;
            }
        }
        return iec62056_21::RegisterError{"ERR01"};
    };
    options.writeRegister = [](const std::string&, const std::string&) {
        return std::optional<iec62056_21::RegisterError>(iec62056_21::RegisterError{"ERR02"});
    };
    return options;
}

// --- state -----------------------------------------------------------------------------------

MeterState KamstrupMeter::currentState() {
    MeterState state;
    state.model = m_options.model;
    state.serialNumber = m_options.serialNumber;
    state.installedAt = m_installedAt;
    const sys_seconds clockNow = m_clock->now();  // also refreshes m_lastSource
    state.clockShift = m_shift + (clockNow - m_lastSource).count();
    RequestContext internal;
    internal.directory = &m_directory;
    auto persist = [&](const ObisCode& ln, std::int8_t attribute) {
        CosemObject* object = m_directory.find(ln);
        auto value = object != nullptr
                         ? object->get(attribute, std::nullopt, internal)
                         : Expected<Data, DataAccessResult>(DataAccessResult::ObjectUndefined);
        if (!value) {
            return;
        }
        auto bytes = dlms::encode(*value);
        if (bytes) {
            state.attributes.push_back({ln, attribute, std::move(*bytes)});
        }
    };
    PersistedSecrets secrets;
    secrets.llsPassword = m_secrets->llsPassword();
    const auto keyBytes = [](const dlms::security::Key128& k) {
        return Bytes(k.bytes().begin(), k.bytes().end());
    };
    secrets.ek = keyBytes(m_secrets->keys().globalEk);
    secrets.ak = keyBytes(m_secrets->keys().ak);
    secrets.kek = keyBytes(m_secrets->kek());
    secrets.invocationCounter = m_secrets->reservedInvocationCounter();
    secrets.clientInvocationCounter = m_secrets->lastClientInvocationCounter();
    state.secrets = std::move(secrets);
    constexpr auto kNever = std::numeric_limits<std::int64_t>::min();
    if (m_alarms->clearedAt()[0] != kNever || m_alarms->clearedAt()[1] != kNever) {
        state.alarmsClearedAt = m_alarms->clearedAt();
    }
    for (const auto& e : m_rights) {
        if (e.ln == kClockLn) {
            // the time itself is the clock shift; time zone and daylight saving are settings
            for (std::int8_t a : {3, 5, 6, 7, 8}) {
                persist(e.ln, a);
            }
            continue;
        }
        if (e.ln == kReaderAssociationLn || e.ln == kAlarmRegisterLn) {
            // the secret is in "secrets"; the latched alarms come back from the history and the
            // times they were cleared
            continue;
        }
        for (std::int8_t a : e.rights.writable) {
            persist(e.ln, a);
        }
        if (e.ln == kCalendarLn) {
            for (std::int8_t a = 2; a <= 5; ++a) {
                persist(e.ln, a);
            }
        }
        if (e.ln == kDisconnectLn) {
            persist(e.ln, 3);
        }
    }
    return state;
}

Expected<void, MeterFailure> KamstrupMeter::restore(const MeterState& state) {
    RequestContext internal;
    internal.directory = &m_directory;
    for (const auto& a : state.attributes) {
        if (!isCt() && a.logicalName == kZConfigLn) {
            // Written by a version whose OMNIA carried the OMNIPOWER CT's Z1-Z30 string: the
            // OMNIA has no such codes. Its load profile periods are kept as their own settings;
            // the rest of the string meant nothing to it.
            m_notes.push_back(
                "the state file holds an OMNIPOWER CT configuration string (Z1-Z30) for this "
                "OMNIA e-meter, which has none: ignored (the load profile periods are their own "
                "settings; debiting periods end monthly on day 1); the file is rewritten "
                "without it");
            m_migrated = true;
            continue;
        }
        CosemObject* object = m_directory.find(a.logicalName);
        auto value = dlms::decodeAll(a.axdr);
        if (object == nullptr || !value) {
            return MeterFailure{MeterError::StateCorrupt, 0,
                                "attribute " + a.logicalName.toString() + " cannot be restored"};
        }
        auto current = object->get(a.attribute, std::nullopt, internal);
        if (current && *current == *value) {
            continue;
        }
        bool done = false;
        if (a.logicalName == kCalendarLn && a.attribute >= 2 && a.attribute <= 5) {
            done = m_calendar->setAttributeValue(a.attribute, *value);
        } else if (a.logicalName == kDisconnectLn && a.attribute == 3 && m_disconnect != nullptr) {
            done = m_disconnect->view().setAttribute(3, *value).hasValue();
            m_disconnect->view().outputState =
                m_disconnect->view().controlState == cosem::ControlState::Connected;
        } else {
            done = object->set(a.attribute, std::nullopt, *value, internal) ==
                   DataAccessResult::Success;
        }
        if (!done) {
            return MeterFailure{MeterError::StateCorrupt, 0,
                                "attribute " + a.logicalName.toString() + "/" +
                                    std::to_string(a.attribute) + " refused"};
        }
    }
    return {};
}

Expected<void, MeterFailure> KamstrupMeter::saveIfChanged() {
    if (m_options.stateFile.empty()) {
        return {};
    }
    const MeterState state = currentState();
    const std::string text = serializeMeterState(state);
    if (text == m_lastSaved) {
        return {};
    }
    auto saved = saveMeterState(m_options.stateFile, state);
    if (!saved) {
        return saved;
    }
    m_lastSaved = text;
    return {};
}

}  // namespace

Expected<std::unique_ptr<VirtualMeter>, MeterFailure> createKamstrupMeter(
    const VirtualMeterOptions& options) {
    std::optional<MeterState> state;
    if (!options.stateFile.empty()) {
        auto loaded = loadMeterState(options.stateFile);
        if (!loaded) {
            return std::move(loaded).error();
        }
        state = std::move(*loaded);
    }
    auto meter = std::make_unique<KamstrupMeter>(options);
    auto built = meter->build(state);
    if (!built) {
        return built.error();
    }
    return std::unique_ptr<VirtualMeter>(std::move(meter));
}

}  // namespace omt::sim

// The two virtual meters (sim/meters): their object models as the OBIS plan gives them, read and
// written through a ServerAssociation of each client SAP (public 0x10, reader 0x20 with LLS,
// management 0x01 with HLS-GMAC), the meters' rules (CT ratio lock, display lists, Z codes, load
// profile periods), the generated consumption (profile intervals add up to the registers) and
// the state file.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <tuple>

#include "meter/software_config.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/register_monitor.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/hls_gmac.h"
#include "protocol/dlms/security/key_wrap.h"
#include "sim/meters/alarm_register_object.h"
#include "sim/meters/load_model.h"
#include "sim/meters/meter_state.h"
#include "sim/meters/virtual_meter.h"
#include "sim/server/profile_generic_object.h"
#include "sim/server/register_object.h"
#include "sim/server/server_association.h"

using namespace omt;
using namespace omt::dlms;
using omt::cosem::ObisCode;
using omt::sim::MeterError;
using omt::sim::MeterModel;
using omt::sim::ServerAssociation;
using omt::sim::VirtualMeter;
namespace sec = omt::dlms::security;

namespace {

/// 2026-03-29T01:00:00Z.
constexpr std::int64_t kNow = 1774746000;
constexpr ObisCode kLdn{0, 0, 42, 0, 0, 255};
constexpr ObisCode kSerial{0, 0, 96, 1, 0, 255};
constexpr ObisCode kClock{0, 0, 1, 0, 0, 255};
constexpr ObisCode kAPlus{1, 0, 1, 8, 0, 255};
constexpr ObisCode kAMinus{1, 0, 2, 8, 0, 255};
constexpr ObisCode kZConfig{0, 0, 96, 1, 128, 255};
constexpr ObisCode kTypeNumber{0, 0, 96, 1, 1, 255};
constexpr ObisCode kCtRatio{1, 0, 0, 4, 2, 255};
constexpr ObisCode kCtLock{1, 0, 0, 4, 128, 255};
constexpr ObisCode kLoadProfile{1, 0, 99, 1, 0, 255};
constexpr ObisCode kAutomaticList{0, 0, 21, 0, 1, 255};
constexpr ObisCode kManualList{0, 0, 21, 0, 2, 255};
constexpr ObisCode kBackupList{0, 0, 21, 0, 3, 255};
constexpr ObisCode kDisconnect{0, 0, 96, 3, 10, 255};
constexpr ObisCode kRelay1Mode{0, 1, 96, 3, 128, 255};
constexpr ObisCode kRelay1State{0, 1, 96, 3, 129, 255};
constexpr ObisCode kAssociation{0, 0, 40, 0, 0, 255};

/// A clock the test moves.
struct TestTime {
    std::shared_ptr<std::int64_t> utc = std::make_shared<std::int64_t>(kNow);
    omt::sim::ClockSource source() const {
        auto t = utc;
        return [t] { return std::chrono::sys_seconds{std::chrono::seconds{*t}}; };
    }
};

omt::sim::VirtualMeterOptions options(MeterModel model, const TestTime& time,
                                      std::string stateFile = {}) {
    omt::sim::VirtualMeterOptions o;
    o.model = model;
    o.seed = 7;
    o.clock = time.source();
    o.stateFile = std::move(stateFile);
    return o;
}

std::unique_ptr<VirtualMeter> makeMeter(MeterModel model, const TestTime& time,
                                        std::string stateFile = {}) {
    auto meter = VirtualMeter::create(options(model, time, std::move(stateFile)));
    return meter ? std::move(*meter) : nullptr;
}

Conformance clientConformance() {
    return Conformance{}
        .set(ConformanceBit::Get)
        .set(ConformanceBit::Set)
        .set(ConformanceBit::Action)
        .set(ConformanceBit::SelectiveAccess)
        .set(ConformanceBit::BlockTransferWithGetOrRead)
        .set(ConformanceBit::MultipleReferences);
}

Bytes initiateRequest() {
    InitiateRequest request;
    request.proposedConformance = clientConformance();
    request.clientMaxReceivePduSize = 0xFFFF;
    return encodeApdu(request).value();
}

const char* const kClientTitle = "4D4D4D0000000001";

/// One client of a meter: the association of its SAP, and for the management client its
/// security context.
struct Client {
    std::unique_ptr<ServerAssociation> server;
    std::optional<sec::SecurityContext> security;

    std::optional<Apdu> exchange(const Apdu& request) {
        auto plain = encodeApdu(request).value();
        if (!security) {
            auto out = server->handleApdu(plain);
            if (!out) {
                return std::nullopt;
            }
            auto apdu = decodeApdu(*out);
            return apdu ? std::optional<Apdu>(*apdu) : std::nullopt;
        }
        auto ciphered = sec::cipherApdu(plain, *security, sec::CipheringMode::Global);
        auto out = server->handleApdu(ciphered.value());
        if (!out || out->empty()) {
            return std::nullopt;
        }
        auto deciphered = sec::decipherApdu(*out, *security);
        if (!deciphered) {
            auto apdu = decodeApdu(*out);
            return apdu ? std::optional<Apdu>(*apdu) : std::nullopt;
        }
        auto apdu = decodeApdu(deciphered->plain);
        return apdu ? std::optional<Apdu>(*apdu) : std::nullopt;
    }

    /// The value, or the data-access-result's name.
    Expected<Data, QString> get(std::uint16_t classId, const ObisCode& ln, std::int8_t attribute,
                                std::optional<SelectiveAccessDescriptor> access = std::nullopt) {
        auto rsp = exchange(GetRequestNormal{
            InvokeIdAndPriority::make(1), {classId, ln, attribute}, std::move(access)});
        const auto* normal = rsp ? std::get_if<GetResponseNormal>(&*rsp) : nullptr;
        if (normal == nullptr) {
            return QStringLiteral("no get-response-normal");
        }
        if (const auto* dar = std::get_if<DataAccessResult>(&normal->result)) {
            return QString::fromLatin1(nameOf(*dar));
        }
        return std::get<Data>(normal->result);
    }
    QString getName(std::uint16_t classId, const ObisCode& ln, std::int8_t attribute) {
        auto v = get(classId, ln, attribute);
        return v ? QStringLiteral("data") : v.error();
    }
    QString set(std::uint16_t classId, const ObisCode& ln, std::int8_t attribute,
                const Data& value) {
        auto rsp = exchange(SetRequestNormal{
            InvokeIdAndPriority::make(2), {classId, ln, attribute}, std::nullopt, value});
        const auto* normal = rsp ? std::get_if<SetResponseNormal>(&*rsp) : nullptr;
        return normal ? QString::fromLatin1(nameOf(normal->result)) : QStringLiteral("no-response");
    }
    QString action(std::uint16_t classId, const ObisCode& ln, std::int8_t method,
                   std::optional<Data> parameters) {
        auto rsp = exchange(ActionRequestNormal{
            InvokeIdAndPriority::make(3), {classId, ln, method}, std::move(parameters)});
        const auto* normal = rsp ? std::get_if<ActionResponseNormal>(&*rsp) : nullptr;
        return normal ? QString::fromLatin1(nameOf(normal->response.result))
                      : QStringLiteral("no-response");
    }
};

omt::sim::AssociationConfig configOf(VirtualMeter& meter, std::uint16_t sap) {
    for (auto& c : meter.associations()) {
        if (c.clientSap == sap) {
            return c;
        }
    }
    return {};
}

/// An associated client of `sap` (public, reader with the demo password, management with HLS
/// and the demo keys, unless others are given).
std::optional<Client> openClient(
    VirtualMeter& meter, std::uint16_t sap, std::optional<Bytes> password = std::nullopt,
    std::optional<sec::SecurityKeys> keys = std::nullopt,
    std::optional<sec::InvocationCounter> firstCounter = std::nullopt) {
    if (sap == omt::sim::kManagementClientSap && !firstCounter) {
        // as a tool does: read the meter's record of the counter through the public client
        // and continue above it
        auto pub = openClient(meter, omt::sim::kPublicClientSap);
        auto value = pub ? pub->get(1, ObisCode(0, 0, 43, 1, 0, 255), 2)
                         : Expected<Data, QString>(QStringLiteral("no public client"));
        const auto* n = value ? value->as<std::uint64_t>() : nullptr;
        if (n == nullptr) {
            return std::nullopt;
        }
        firstCounter = sec::InvocationCounter(*n + 1);
    }
    Client client;
    client.server = std::make_unique<ServerAssociation>(configOf(meter, sap), meter.directory());
    Aarq aarq;
    aarq.applicationContext = ApplicationContextName::LogicalName;
    aarq.userInformation = initiateRequest();
    if (sap == omt::sim::kReaderClientSap) {
        aarq.authentication = true;
        aarq.mechanismName = MechanismName::Low;
        aarq.callingAuthenticationValue = password.value_or(bytesOf("12345678"));
    }
    if (sap == omt::sim::kManagementClientSap) {
        client.security.emplace(*sec::SystemTitle::fromHex(kClientTitle),
                                keys.value_or(omt::sim::MeterSecrets::demo().keys));
        client.security->setInvocationCounter(*firstCounter);
        aarq.applicationContext = ApplicationContextName::LogicalNameCiphered;
        const auto own = client.security->ownSystemTitle().bytes();
        aarq.callingApTitle = Bytes(own.begin(), own.end());
        aarq.authentication = true;
        aarq.mechanismName = MechanismName::HighGmac;
        aarq.callingAuthenticationValue = bytesOf("K56iVagY");
        aarq.userInformation =
            sec::cipherApdu(initiateRequest(), *client.security, sec::CipheringMode::Global)
                .value();
    }
    auto out = client.server->handleApdu(encodeAarq(aarq).value());
    auto aare = out ? decodeAare(*out) : Expected<Aare, ApduFailure>(ApduFailure{});
    if (!aare || aare->result != AssociationResult::Accepted) {
        return std::nullopt;
    }
    if (client.security) {
        client.security->setPeerSystemTitle(meter.systemTitle());
        auto reply =
            sec::respondToChallenge(*client.security, *aare->respondingAuthenticationValue);
        if (client.action(15, kAssociation, 1, Data::octetString(reply.value())) != "success") {
            return std::nullopt;
        }
    }
    return client;
}

/// The Z configuration text as the client reads it.
std::string zText(Client& client) {
    auto value = client.get(1, ObisCode(0, 0, 96, 1, 128, 255), 2);
    const auto* text = value ? (*value).as<std::string>() : nullptr;
    return text != nullptr ? *text : std::string();
}

/// Writes the Z configuration with field `index` (0-based, in the text) replaced by `code` as a
/// tool might send it, unchecked; returns the SET result and, in `before`, the field's code.
QString setRawZField(Client& manager, int index, const QString& code, QString* before) {
    QStringList fields = QString::fromStdString(zText(manager)).split(QLatin1Char('-'));
    *before = fields.value(index);
    fields[index] = code;
    return manager.set(1, kZConfig, 2,
                       Data::visibleString(fields.join(QLatin1Char('-')).toStdString()));
}

std::uint64_t numberOf(const Data& d) {
    const auto* v = d.as<std::uint64_t>();
    return v != nullptr ? *v : 0;
}

omt::sim::ProfileGenericObject* profileOf(VirtualMeter& meter, const ObisCode& ln) {
    return dynamic_cast<omt::sim::ProfileGenericObject*>(meter.directory().find(ln));
}

std::uint64_t registerValue(VirtualMeter& meter, const ObisCode& ln) {
    auto* r = dynamic_cast<omt::sim::RegisterObject*>(meter.directory().find(ln));
    return r != nullptr ? numberOf(r->value()) : 0xFFFFFFFFFFFFULL;
}

/// Sum of column `column` over the rows of a profile.
std::uint64_t columnSum(const omt::sim::ProfileGenericObject& profile, std::size_t column) {
    std::uint64_t sum = 0;
    for (const auto& row : profile.rows()) {
        sum += numberOf(row[column]);
    }
    return sum;
}

Data captureList(std::initializer_list<std::pair<std::uint16_t, ObisCode>> columns) {
    cosem::CaptureObjects list;
    for (const auto& [classId, ln] : columns) {
        list.entries.push_back({classId, ln, 2, 0});
    }
    return list.toData();
}

}  // namespace

class TstSimMeters : public QObject {
    Q_OBJECT

private slots:
    void create_identity() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        QVERIFY(meter);
        QCOMPARE(meter->model(), MeterModel::OmnipowerCt);
        QCOMPARE(meter->serialNumber(), 71234567U);
        // system title: KAM + the serial in 5 octets (71234567 = 0x043EF307)
        QCOMPARE(meter->systemTitle().toString(), std::string("KAM00043EF407"));
        auto pub = openClient(*meter, omt::sim::kPublicClientSap);
        QVERIFY(pub);
        QCOMPARE(*pub->get(1, kLdn, 2), Data::octetString(bytesOf("KAMOMPCT71234567")));
        QCOMPARE(*pub->get(1, kSerial, 2), Data::visibleString("71234567"));
        // the clock reads the test time as CET: 2026-03-29 02:00:00, deviation -60
        QCOMPARE(
            *pub->get(8, kClock, 2),
            cosem::dateTimeOctets(
                dlms::fromSysSeconds(std::chrono::sys_seconds{std::chrono::seconds{kNow}}, -60, 0)
                    .value()));
        QCOMPARE(meter->signOnOptions().identification.manufacturer, std::string("KAM"));
        // bad options
        auto o = options(MeterModel::Omnia, time);
        o.serialNumber = 0;
        QCOMPARE(VirtualMeter::create(o).error().code, MeterError::BadOption);
        o.serialNumber = 1;
        o.timeScale = 0;
        QCOMPARE(VirtualMeter::create(o).error().code, MeterError::BadOption);
    }

    void publicAndReader_rights() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto pub = openClient(*meter, omt::sim::kPublicClientSap);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QVERIFY(pub && reader);
        // public: identity and clock only; the energy is invisible (object-undefined)
        QCOMPARE(pub->getName(3, kAPlus, 2), QStringLiteral("object-undefined"));
        QCOMPARE(pub->getName(1, kZConfig, 2), QStringLiteral("object-undefined"));
        QCOMPARE(pub->getName(17, ObisCode(0, 0, 41, 0, 0, 255), 2), QStringLiteral("data"));
        QCOMPARE(pub->set(8, kClock, 3, Data::long16(-60)), QStringLiteral("read-write-denied"));
        // reader: everything readable, nothing writable, secrets hidden
        QCOMPARE(reader->getName(3, kAPlus, 2), QStringLiteral("data"));
        QCOMPARE(reader->getName(1, kTypeNumber, 2), QStringLiteral("data"));
        QCOMPARE(*reader->get(1, kTypeNumber, 2),
                 Data::visibleString("68 51 13 5 BD 2 40 1 1 1 XXX"));
        QCOMPARE(reader->getName(19, ObisCode(0, 0, 20, 0, 0, 255), 7),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(reader->set(3, kCtRatio, 2, Data::longUnsigned(300)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(reader->set(7, kManualList, 3, captureList({{3, kAPlus}})),
                 QStringLiteral("read-write-denied"));
        // the reader's object list is longer than the public one
        const auto publicList = pub->get(15, kAssociation, 2);
        const auto readerList = reader->get(15, kAssociation, 2);
        QVERIFY(publicList && readerList);
        // LDN, serial, clock, AA, SAP, the management client's invocation counter
        QCOMPARE(publicList->elements()->size(), std::size_t{6});
        QCOMPARE(*pub->get(1, ObisCode(0, 0, 43, 1, 0, 255), 2), Data::doubleLongUnsigned(0));
        QCOMPARE(pub->set(1, ObisCode(0, 0, 43, 1, 0, 255), 2, Data::doubleLongUnsigned(9)),
                 QStringLiteral("read-write-denied"));
        QVERIFY(readerList->elements()->size() > 100);
    }

    void management_legalDataNeverWritable() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        QCOMPARE(manager->set(3, kAPlus, 2, Data::doubleLongUnsigned(0)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->action(3, kAPlus, 1, Data::integer(0)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->action(7, kLoadProfile, 1, Data::integer(0)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->set(1, kTypeNumber, 2, Data::visibleString("x")),
                 QStringLiteral("read-write-denied"));
        // the clock is set by management
        QCOMPARE(manager->set(8, kClock, 3, Data::long16(-120)), QStringLiteral("success"));
    }

    void ctRatio_lockIsIrreversible() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        // Z21 = 200 (1000/5 A), unlocked
        QCOMPARE(*manager->get(3, kCtRatio, 2), Data::longUnsigned(200));
        QCOMPARE(*manager->get(1, kCtLock, 2), Data::boolean(false));
        QCOMPARE(*manager->get(3, ObisCode(1, 0, 0, 4, 5, 255), 2), Data::longUnsigned(5));
        // out of range, wrong type, then a valid change that the Z codes follow
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(601)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(0)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::unsigned8(30)),
                 QStringLiteral("type-unmatched"));
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(300)), QStringLiteral("success"));
        auto z = meter::SoftwareConfiguration::parse(zText(*manager));
        QVERIFY(z);
        QCOMPARE(std::string(z->code(meter::ZField::Z21)), std::string("300"));
        QCOMPARE(std::string(z->code(meter::ZField::Z22)), std::string("1"));
        // lock: false -> true once
        QCOMPARE(manager->set(1, kCtLock, 2, Data::boolean(true)), QStringLiteral("success"));
        z = meter::SoftwareConfiguration::parse(zText(*manager));
        QCOMPARE(std::string(z->code(meter::ZField::Z22)), std::string("2"));
        // from now on every change is refused, by every way in
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(200)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(300)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->set(1, kCtLock, 2, Data::boolean(false)),
                 QStringLiteral("read-write-denied"));
        auto unlocked = *z;
        QVERIFY(unlocked.setCode(meter::ZField::Z22, "1"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(unlocked.format())),
                 QStringLiteral("read-write-denied"));
        auto otherRatio = *z;
        QVERIFY(otherRatio.setCode(meter::ZField::Z21, "400"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(otherRatio.format())),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(*manager->get(3, kCtRatio, 2), Data::longUnsigned(300));
        QCOMPARE(*manager->get(1, kCtLock, 2), Data::boolean(true));
        // a Z change that leaves the ratio alone is still allowed (Z1: 7.1 decimals)
        auto decimals = *z;
        QVERIFY(decimals.setCode(meter::ZField::Z1, "2"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(decimals.format())),
                 QStringLiteral("success"));
        // a code the data sheet does not list, and text that is no configuration
        auto unknown = *z;
        QVERIFY(unknown.setCode(meter::ZField::Z1, "9"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(unknown.format())),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString("1-2-3")),
                 QStringLiteral("other-reason"));
    }

    void displayLists_rulesOnSet() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        // manual: the legal readings A+ and A- cannot be removed
        QCOMPARE(manager->set(7, kManualList, 3,
                              captureList({{3, kAPlus}, {3, ObisCode(1, 0, 3, 8, 0, 255)}})),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(manager->set(
                     7, kManualList, 3,
                     captureList({{3, kAPlus}, {3, kAMinus}, {3, ObisCode(1, 0, 3, 8, 0, 255)}})),
                 QStringLiteral("success"));
        QCOMPARE(manager->get(7, kManualList, 3)->elements()->size(), std::size_t{3});
        // automatic: no historical value (A+ of the last debiting period), at most 16
        QCOMPARE(manager->set(7, kAutomaticList, 3,
                              captureList({{3, kAPlus}, {3, ObisCode(1, 0, 1, 8, 0, 1)}})),
                 QStringLiteral("other-reason"));
        cosem::CaptureObjects seventeen;
        for (std::uint8_t e = 0; e <= 4; ++e) {
            for (std::uint8_t c : {1, 2, 3, 4}) {
                seventeen.entries.push_back({3, ObisCode(1, 0, c, 8, e, 255), 2, 0});
            }
        }
        while (seventeen.entries.size() > 17) {
            seventeen.entries.pop_back();
        }
        QCOMPARE(seventeen.entries.size(), std::size_t{17});
        QCOMPARE(manager->set(7, kAutomaticList, 3, seventeen.toData()),
                 QStringLiteral("other-reason"));
        seventeen.entries.pop_back();
        QCOMPARE(manager->set(7, kAutomaticList, 3, seventeen.toData()), QStringLiteral("success"));
        // a duplicate; an object the meter does not have; a list that is no capture list
        QCOMPARE(manager->set(7, kAutomaticList, 3, captureList({{3, kAPlus}, {3, kAPlus}})),
                 QStringLiteral("other-reason"));
        QCOMPARE(
            manager->set(7, kAutomaticList, 3, captureList({{3, ObisCode(1, 0, 99, 9, 9, 255)}})),
            QStringLiteral("other-reason"));
        QCOMPARE(manager->set(7, kAutomaticList, 3, Data::array({Data::unsigned8(1)})),
                 QStringLiteral("type-unmatched"));
        // backup-powered: at most 8
        cosem::CaptureObjects nine;
        for (std::uint8_t e = 0; e <= 4; ++e) {
            nine.entries.push_back({3, ObisCode(1, 0, 1, 8, e, 255), 2, 0});
            nine.entries.push_back({3, ObisCode(1, 0, 2, 8, e, 255), 2, 0});
        }
        nine.entries.pop_back();
        QCOMPARE(manager->set(7, kBackupList, 3, nine.toData()), QStringLiteral("other-reason"));
        // the buffer of a display list is not writable
        QCOMPARE(manager->set(7, kManualList, 2, Data::array({})),
                 QStringLiteral("read-write-denied"));
    }

    void loadProfile_sumEqualsRegisters() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto* profile = profileOf(*meter, kLoadProfile);
        QVERIFY(profile);
        // 120 days of 15-minute history, up to the last full quarter before 02:00 CET
        QVERIFY(profile->rows().size() >= 120 * 96);
        QCOMPARE(profile->capturePeriod(), 900U);
        QCOMPARE(profile->profileEntries(), 180U * 96U);
        // each energy register is the sum of its profile column: A+, A-, R+, R-
        const std::array<ObisCode, 4> totals = {kAPlus, kAMinus, ObisCode(1, 0, 3, 8, 0, 255),
                                                ObisCode(1, 0, 4, 8, 0, 255)};
        for (std::size_t q = 0; q < 4; ++q) {
            QCOMPARE(columnSum(*profile, q + 1), registerValue(*meter, totals[q]));
        }
        QVERIFY(registerValue(*meter, kAPlus) > 1000000);  // > 1 MWh over 4 months
        QVERIFY(registerValue(*meter, kAMinus) > 0);       // some export
        // the tariffs add up to the total
        std::uint64_t tariffs = 0;
        for (std::uint8_t t = 1; t <= 4; ++t) {
            tariffs += registerValue(*meter, ObisCode(1, 0, 1, 8, t, 255));
        }
        QCOMPARE(tariffs, registerValue(*meter, kAPlus));
        QVERIFY(registerValue(*meter, ObisCode(1, 0, 1, 8, 1, 255)) > 0);
        QVERIFY(registerValue(*meter, ObisCode(1, 0, 1, 8, 2, 255)) > 0);
        // the last row is the quarter that ended at 01:00 UTC (02:00 CET)
        const auto& last = profile->rows().back();
        QCOMPARE(last[0], cosem::dateTimeOctets(
                              dlms::fromSysSeconds(
                                  std::chrono::sys_seconds{std::chrono::seconds{kNow}}, -60, 0)
                                  .value()));
        // an hour later: four more rows, and still equal
        const auto rowsBefore = profile->rows().size();
        *time.utc += 3600 + 100;
        meter->advance();
        QCOMPARE(profile->rows().size(), rowsBefore + 4);
        QCOMPARE(columnSum(*profile, 1), registerValue(*meter, kAPlus));
        // the same history from the same seed; another seed differs
        TestTime again;
        auto twin = makeMeter(MeterModel::OmnipowerCt, again);
        auto o = options(MeterModel::OmnipowerCt, again);
        o.seed = 8;
        auto other = std::move(*VirtualMeter::create(o));
        QCOMPARE(registerValue(*twin, kAPlus), columnSum(*profileOf(*twin, kLoadProfile), 1));
        QVERIFY(registerValue(*other, kAPlus) != registerValue(*twin, kAPlus));
    }

    void clock_acceleratedTime() {
        // a minute per second: one second of the source is a minute of the meter
        TestTime time;
        auto o = options(MeterModel::OmnipowerCt, time);
        o.timeScale = 60;
        auto meter = std::move(*VirtualMeter::create(o));
        auto* profile = profileOf(*meter, kLoadProfile);
        const auto rows = profile->rows().size();
        *time.utc += 60;  // one hour of meter time
        meter->advance();
        QCOMPARE(profile->rows().size(), rows + 4);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QCOMPARE(*reader->get(8, kClock, 2),
                 cosem::dateTimeOctets(
                     dlms::fromSysSeconds(
                         std::chrono::sys_seconds{std::chrono::seconds{kNow + 3600}}, -60, 0)
                         .value()));
        QCOMPARE(columnSum(*profile, 1), registerValue(*meter, kAPlus));
    }

    void loadProfile_selectiveReadOverTheAssociation() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QVERIFY(reader);
        // the last hour by range of the clock column
        const auto from =
            dlms::fromSysSeconds(std::chrono::sys_seconds{std::chrono::seconds{kNow - 3600 + 1}},
                                 -60, 0)
                .value();
        const auto to =
            dlms::fromSysSeconds(std::chrono::sys_seconds{std::chrono::seconds{kNow}}, -60, 0)
                .value();
        auto rows = reader->get(
            7, kLoadProfile, 2,
            makeRangeDescriptor(
                {{8, kClock, 2, 0}, cosem::dateTimeOctets(from), cosem::dateTimeOctets(to), {}}));
        QVERIFY(rows);
        QCOMPARE(rows->elements()->size(), std::size_t{4});
        auto* profile = profileOf(*meter, kLoadProfile);
        QCOMPARE(rows->elements()->back(), Data::structure(profile->rows().back()));
        // the first two entries by entry selector
        auto first = reader->get(7, kLoadProfile, 2, makeEntryDescriptor({1, 2, 1, 0}));
        QVERIFY(first);
        QCOMPARE(first->elements()->front(), Data::structure(profile->rows().front()));
    }

    void loadProfile_wholeBufferByBlockTransfer() {
        // the whole buffer (months of quarters) does not fit one APDU: it comes in blocks that
        // decode to exactly the profile's rows
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QVERIFY(reader);
        auto rsp = reader->exchange(
            GetRequestNormal{InvokeIdAndPriority::make(1), {7, kLoadProfile, 2}, std::nullopt});
        Bytes raw;
        int blocks = 0;
        while (rsp && blocks < 100000) {
            const auto* block = std::get_if<GetResponseWithDataBlock>(&*rsp);
            QVERIFY(block != nullptr);
            const auto* bytes = std::get_if<Bytes>(&block->block.result);
            QVERIFY(bytes != nullptr);
            raw.insert(raw.end(), bytes->begin(), bytes->end());
            ++blocks;
            if (block->block.lastBlock) {
                break;
            }
            rsp = reader->exchange(
                GetRequestNext{InvokeIdAndPriority::make(1), block->block.blockNumber});
        }
        QVERIFY(blocks > 1);
        auto buffer = decodeAll(raw);
        QVERIFY(buffer.hasValue());
        auto* profile = profileOf(*meter, kLoadProfile);
        QCOMPARE((*buffer).elements()->size(), profile->rows().size());
        QCOMPARE((*buffer).elements()->back(), Data::structure(profile->rows().back()));
    }

    void loadProfile_capturePeriodChangeClears() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        QVERIFY(numberOf(*manager->get(7, kLoadProfile, 7)) > 10000);
        // 5 minutes is not an OMNIPOWER CT period
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(300)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(1800)),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 7)), 0ULL);
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 360ULL * 48);
        // Z4 follows: "3" = 30 minutes
        auto z = meter::SoftwareConfiguration::parse(zText(*manager));
        QCOMPARE(std::string(z->code(meter::ZField::Z4)), std::string("3"));
        // and Z4 sets the period: "4" = 60 minutes
        QVERIFY(z->setCode(meter::ZField::Z4, "4"));
        QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(z->format())),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 4)), 3600ULL);
        // the profile runs on at the new period: two hours, two rows
        *time.utc += 2 * 3600;
        meter->advance();
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 7)), 2ULL);
    }

    void omnia_model() {
        TestTime time;
        auto meter = makeMeter(MeterModel::Omnia, time);
        QVERIFY(meter);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        QCOMPARE(*manager->get(1, kLdn, 2), Data::octetString(bytesOf("KAMOMNIA71234567")));
        // no transformer, no backup-powered list; two load profiles
        QCOMPARE(manager->getName(3, kCtRatio, 2), QStringLiteral("object-undefined"));
        QCOMPARE(manager->getName(7, kBackupList, 3), QStringLiteral("object-undefined"));
        QCOMPARE(manager->getName(7, ObisCode(1, 0, 99, 2, 0, 255), 7), QStringLiteral("data"));
        // OMNIA offers 5-minute periods
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(300)),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 60ULL * 288);
        // the breaker: disconnect and reconnect (mode 1: ready for reconnection)
        QCOMPARE(manager->action(70, kDisconnect, 1, Data::integer(0)), QStringLiteral("success"));
        QCOMPARE(*manager->get(70, kDisconnect, 2), Data::boolean(false));
        QCOMPARE(manager->action(70, kDisconnect, 2, Data::integer(0)), QStringLiteral("success"));
        QCOMPARE(*manager->get(70, kDisconnect, 3), Data::enumValue(2));
        // relay 1 on demand: written directly; in calendar mode the client may not
        QCOMPARE(manager->set(1, kRelay1State, 2, Data::boolean(true)), QStringLiteral("success"));
        QCOMPARE(manager->set(1, kRelay1Mode, 2, Data::enumValue(3)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(1, kRelay1Mode, 2, Data::enumValue(1)), QStringLiteral("success"));
        QCOMPARE(manager->set(1, kRelay1State, 2, Data::boolean(false)),
                 QStringLiteral("read-write-denied"));
        // the relay calendar switches it: on at 17:00, off at 23:00 local
        *time.utc = kNow + 14 * 3600 + 1800;  // 16:30 CET
        meter->advance();
        QCOMPARE(*manager->get(1, kRelay1State, 2), Data::boolean(true));
        *time.utc += 7 * 3600;  // 23:30
        meter->advance();
        QCOMPARE(*manager->get(1, kRelay1State, 2), Data::boolean(false));
        // no Z codes on the OMNIA (issue 18): no object to write a CT ratio into
        QCOMPARE(manager->set(1, kZConfig, 2,
                              Data::visibleString("1-2-00-2-000-01-01-1-000-01-00-002-001-001-000-"
                                                  "000-000-000-200-1-1-0-1-000-1-0-04-1")),
                 QStringLiteral("object-undefined"));
        // event logs hold a few plausible entries
        QVERIFY(numberOf(*manager->get(7, ObisCode(0, 0, 99, 98, 4, 255), 7)) > 5);
        QVERIFY(numberOf(*manager->get(7, ObisCode(0, 0, 99, 98, 1, 255), 7)) > 0);
    }

    void omnia_twoProfilesAtDifferentPeriods() {
        TestTime time;
        auto meter = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        const ObisCode lp2(1, 0, 99, 2, 0, 255);
        QCOMPARE(manager->set(7, lp2, 4, Data::doubleLongUnsigned(300)), QStringLiteral("success"));
        auto* profile1 = profileOf(*meter, kLoadProfile);
        auto* profile2 = profileOf(*meter, lp2);
        const auto rows1 = profile1->rows().size();
        const auto sumBefore = columnSum(*profile1, 1);
        QCOMPARE(sumBefore, registerValue(*meter, kAPlus));
        *time.utc += 3600;
        meter->advance();
        // load profile 2 (voltages) every 5 minutes, load profile 1 every 15
        QCOMPARE(profile2->rows().size(), std::size_t{12});
        QCOMPARE(profile1->rows().size(), rows1 + 4);
        QCOMPARE(columnSum(*profile1, 1), registerValue(*meter, kAPlus));
        const auto volts = numberOf(profile2->rows().back()[1]);
        QVERIFY(volts > 2250 && volts < 2350);  // 0.1 V
    }

    void ct_loggersRegistersAndReadout() {
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QVERIFY(reader);
        // four months: at least three debiting periods closed, each total not above the next
        auto* debiting = profileOf(*meter, ObisCode(1, 0, 98, 1, 0, 255));
        QVERIFY(debiting->rows().size() >= 3);
        for (std::size_t i = 1; i < debiting->rows().size(); ++i) {
            QVERIFY(numberOf(debiting->rows()[i - 1][1]) <= numberOf(debiting->rows()[i][1]));
        }
        QVERIFY(numberOf(debiting->rows().back()[1]) <= registerValue(*meter, kAPlus));
        // peak power with the time it occurred; demand register; instantaneous values
        const auto peak = reader->get(4, ObisCode(1, 0, 1, 6, 0, 255), 2);
        QVERIFY(peak && numberOf(*peak) > 10000);
        const auto peakTime = reader->get(4, ObisCode(1, 0, 1, 6, 0, 255), 5);
        QVERIFY(peakTime && dlms::CosemDateTime::fromBytes(*(*peakTime).as<Bytes>()).hasValue());
        QCOMPARE(reader->getName(5, ObisCode(1, 0, 1, 4, 0, 255), 3), QStringLiteral("data"));
        const auto volts = reader->get(3, ObisCode(1, 0, 32, 7, 0, 255), 2);
        QVERIFY(volts && numberOf(*volts) > 2250 && numberOf(*volts) < 2350);
        QCOMPARE(*reader->get(3, ObisCode(1, 0, 32, 7, 0, 255), 3),
                 (cosem::ScalerUnit{-1, cosem::Unit::Volt}.toData()));
        // event logs: tamper and power quality entries with their codes
        auto* quality = profileOf(*meter, ObisCode(0, 0, 99, 98, 4, 255));
        QVERIFY(quality->rows().size() > 5);
        const auto code = numberOf(quality->rows().back()[1]);
        QVERIFY(code >= 60 && code <= 63);
        // the current tariff follows the calendar: Sunday 02:00 -> T2
        QCOMPARE(*reader->get(1, ObisCode(0, 0, 96, 14, 0, 255), 2), Data::unsigned8(2));
        // the optical readout carries the same A+ total (kWh, 3 decimals)
        auto sets = meter->signOnOptions().readout();
        const auto aPlus = std::find_if(sets.begin(), sets.end(),
                                        [](const auto& set) { return set.address == "1.8.0"; });
        QVERIFY(aPlus != sets.end());
        char expected[32];
        std::snprintf(expected, sizeof expected, "%010.3f",
                      static_cast<double>(registerValue(*meter, kAPlus)) / 1000.0);
        QCOMPARE(aPlus->values.front().value, std::string(expected));
        QCOMPARE(aPlus->values.front().unit, std::optional<std::string>("kWh"));
        // R1 of the same address, an unknown address, W1 refused
        auto port = meter->signOnOptions();
        QCOMPARE(port.readRegister("1.8.0").value(), std::string(expected) + "*kWh");
        QVERIFY(!port.readRegister("9.9.9"));
        QVERIFY(port.writeRegister("1.8.0", "0").has_value());
    }

    void tariff_followsLocalTimeWithDaylightSaving() {
        // Monday 2026-03-30 04:30 UTC, the day after daylight saving began: 05:30 CET (T2, the
        // night tariff), but 06:30 CEST (T1 from 06:00) when the meter keeps daylight saving
        const std::int64_t at = kNow + 24 * 3600 + 3 * 3600 + 1800;
        const auto tariffWith = [&](bool daylightSaving, Data* lastProfileClock) {
            TestTime time;
            auto meter = makeMeter(MeterModel::OmnipowerCt, time);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            if (!manager || manager->set(8, kClock, 8, Data::boolean(daylightSaving)) !=
                                QStringLiteral("success")) {
                return -1;
            }
            *time.utc = at;
            meter->advance();
            if (lastProfileClock != nullptr) {
                *lastProfileClock = profileOf(*meter, kLoadProfile)->rows().back()[0];
            }
            return int(numberOf(*manager->get(1, ObisCode(0, 0, 96, 14, 0, 255), 2)));
        };
        Data standard;
        Data summer;
        QCOMPARE(tariffWith(false, &standard), 2);
        QCOMPARE(tariffWith(true, &summer), 1);
        // the logged time carries the deviation and the daylight saving status bit
        const auto standardTime = dlms::CosemDateTime::fromBytes(*standard.as<Bytes>()).value();
        const auto daylightTime = dlms::CosemDateTime::fromBytes(*summer.as<Bytes>()).value();
        QCOMPARE(int{standardTime.deviation}, -60);
        QCOMPARE(int{standardTime.time.hour}, 5);
        QCOMPARE(int{standardTime.clockStatus & 0x80}, 0);
        QCOMPARE(int{daylightTime.deviation}, -120);
        QCOMPARE(int{daylightTime.time.hour}, 6);
        QCOMPARE(int{daylightTime.clockStatus & 0x80}, 0x80);
    }

    void relay_followsTariff() {
        TestTime time;
        auto meter = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        // follow-tariff, on in T1 only (mask bit 0)
        QCOMPARE(manager->set(1, ObisCode(0, 1, 96, 3, 130, 255), 2, Data::unsigned8(0x01)),
                 QStringLiteral("success"));
        QCOMPARE(manager->set(1, ObisCode(0, 1, 96, 3, 130, 255), 2, Data::unsigned8(0x10)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(1, kRelay1Mode, 2, Data::enumValue(2)), QStringLiteral("success"));
        // Monday 2026-03-30 10:00 CET: T1 -> on; 23:00: T2 -> off
        *time.utc = kNow + 24 * 3600 + 8 * 3600;
        meter->advance();
        QCOMPARE(*manager->get(1, ObisCode(0, 0, 96, 14, 0, 255), 2), Data::unsigned8(1));
        QCOMPARE(*manager->get(1, kRelay1State, 2), Data::boolean(true));
        *time.utc += 13 * 3600;
        meter->advance();
        QCOMPARE(*manager->get(1, kRelay1State, 2), Data::boolean(false));
        // the relay script table may be run by management, but not to switch a tariff relay
        QCOMPARE(manager->action(9, ObisCode(0, 0, 10, 0, 106, 255), 1, Data::longUnsigned(1)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(1, kRelay1Mode, 2, Data::enumValue(0)), QStringLiteral("success"));
        QCOMPARE(manager->action(9, ObisCode(0, 0, 10, 0, 106, 255), 1, Data::longUnsigned(1)),
                 QStringLiteral("success"));
        QCOMPARE(*manager->get(1, kRelay1State, 2), Data::boolean(true));
    }

    void badInput_everyAttributeSurvives_data() {
        QTest::addColumn<int>("model");
        QTest::newRow("omnipower-ct") << static_cast<int>(MeterModel::OmnipowerCt);
        QTest::newRow("omnia") << static_cast<int>(MeterModel::Omnia);
    }
    void badInput_everyAttributeSurvives() {
        // Given a meter, when every attribute of every object is written with values of the
        // wrong shape and read with selective access it cannot apply (as the meter itself, no
        // access rights in the way), then nothing crashes and every attribute that could be read
        // before still reads the same type.
        QFETCH(int, model);
        TestTime time;
        auto meter = makeMeter(static_cast<MeterModel>(model), time);
        QVERIFY(meter);
        omt::sim::RequestContext ctx;
        ctx.directory = &meter->directory();
        Data deep = Data::null();
        for (int i = 0; i < 40; ++i) {
            deep = Data::structure({deep});
        }
        const std::vector<Data> garbage = {
            Data::null(),
            Data::array({}),
            Data::structure({}),
            deep,
            Data::octetString(Bytes(5000, 0xFF)),
            Data::visibleString(std::string(300, 'Z')),
            Data::array({Data::structure({Data::longUnsigned(8), Data::octetString({1, 2}),
                                          Data::integer(2), Data::longUnsigned(0)})}),
            Data::long64(-1),
            Data::enumValue(255),
        };
        const std::vector<SelectiveAccessDescriptor> accesses = {{1, Data::null()},
                                                                 {2, Data::structure({})},
                                                                 {3, deep},
                                                                 makeEntryDescriptor({9, 1, 1, 0})};
        for (const auto& object : meter->directory().objects()) {
            for (std::int8_t a = 1; a <= object->attributeCount(); ++a) {
                const auto before = object->get(a, std::nullopt, ctx);
                for (const auto& g : garbage) {
                    const auto result = object->set(a, std::nullopt, g, ctx);
                    // no attribute of these meters takes 41 nested structures
                    if (g == deep) {
                        QVERIFY2(
                            result != DataAccessResult::Success,
                            qPrintable(QString::fromStdString(object->logicalName().toString())));
                    }
                }
                for (const auto& access : accesses) {
                    (void)object->get(a, access, ctx);
                }
                const auto after = object->get(a, std::nullopt, ctx);
                QCOMPARE(after.hasValue(), before.hasValue());
                if (before && after) {
                    QCOMPARE((*after).type(), (*before).type());
                }
            }
            for (std::int8_t m = 1; m <= object->methodCount(); ++m) {
                (void)object->invoke(m, deep, ctx);
                (void)object->invoke(m, Data::structure({}), ctx);
            }
        }
        // the legal registers are untouched and the meter still runs
        *time.utc += 900;
        meter->advance();
        QCOMPARE(columnSum(*profileOf(*meter, kLoadProfile), 1) > 0, true);
    }

    void management_clientCounterKeptAcrossAssociationsAndRestarts() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode counterLn(0, 0, 43, 1, 0, 255);
        TestTime time;
        sec::InvocationCounter last = 0;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            QVERIFY(meter);
            auto pub = openClient(*meter, omt::sim::kPublicClientSap);
            QCOMPARE(*pub->get(1, counterLn, 2), Data::doubleLongUnsigned(0));
            {
                auto manager = openClient(*meter, omt::sim::kManagementClientSap, {}, {}, 500);
                QVERIFY(manager);
                QCOMPARE(*manager->get(3, kCtRatio, 2), Data::longUnsigned(200));
                last = manager->security->nextInvocationCounter().value() - 1;
                QVERIFY(last > 500);
            }
            // the public client sees the last counter the meter accepted from the management client
            QCOMPARE(*pub->get(1, counterLn, 2), Data::doubleLongUnsigned(last));
            // a later association with a counter the meter has seen: its AARQ is refused
            QVERIFY(!openClient(*meter, omt::sim::kManagementClientSap, {}, {}, 500));
            QVERIFY(!openClient(*meter, omt::sim::kManagementClientSap, {}, {}, last));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // after a restart too
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        auto pub = openClient(*meter, omt::sim::kPublicClientSap);
        QCOMPARE(*pub->get(1, counterLn, 2), Data::doubleLongUnsigned(last));
        QVERIFY(!openClient(*meter, omt::sim::kManagementClientSap, {}, {}, last));
        auto manager = openClient(*meter, omt::sim::kManagementClientSap, {}, {}, last + 1);
        QVERIFY(manager);
        QCOMPARE(*manager->get(3, kCtRatio, 2), Data::longUnsigned(200));
        // a replay within the association is refused too (invocation-counter-error)
        manager->security->setInvocationCounter(last + 1);
        QVERIFY(!manager->get(3, kCtRatio, 2));
    }

    void state_roundTrip() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            QVERIFY(meter);
            QVERIFY(meter->saveIfChanged().hasValue());
            QVERIFY(!QFile::exists(QString::fromStdString(path)));  // nothing changed yet
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(400)),
                     QStringLiteral("success"));
            QCOMPARE(manager->set(1, kCtLock, 2, Data::boolean(true)), QStringLiteral("success"));
            QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(3600)),
                     QStringLiteral("success"));
            QCOMPARE(manager->set(7, kManualList, 3, captureList({{3, kAPlus}, {3, kAMinus}})),
                     QStringLiteral("success"));
            QCOMPARE(manager->set(
                         8, kClock, 2,
                         cosem::dateTimeOctets(
                             dlms::fromSysSeconds(
                                 std::chrono::sys_seconds{std::chrono::seconds{kNow + 600}}, -60, 0)
                                 .value())),
                     QStringLiteral("success"));
            QVERIFY(meter->saveIfChanged().hasValue());
            QVERIFY(QFile::exists(QString::fromStdString(path)));
            QVERIFY(!QFile::exists(QString::fromStdString(path + ".tmp")));
        }
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("\"format\": 1"));
        QVERIFY(saved.contains("\"clientInvocationCounter\""));
        // a restart: the settings are back; the management client continues above the counter
        // the meter last accepted from it, as it reads through the public client
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        auto pub = openClient(*meter, omt::sim::kPublicClientSap);
        const auto counter = numberOf(*pub->get(1, ObisCode(0, 0, 43, 1, 0, 255), 2));
        QVERIFY(counter > 0);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap, {}, {},
                                  sec::InvocationCounter(counter + 1));
        QVERIFY(manager);
        QCOMPARE(*manager->get(3, kCtRatio, 2), Data::longUnsigned(400));
        QCOMPARE(*manager->get(1, kCtLock, 2), Data::boolean(true));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 4)), 3600ULL);
        QCOMPARE(manager->get(7, kManualList, 3)->elements()->size(), std::size_t{2});
        QCOMPARE(*manager->get(8, kClock, 2),
                 cosem::dateTimeOctets(
                     dlms::fromSysSeconds(
                         std::chrono::sys_seconds{std::chrono::seconds{kNow + 600}}, -60, 0)
                         .value()));
        // still locked after the restart
        QCOMPARE(manager->set(3, kCtRatio, 2, Data::longUnsigned(200)),
                 QStringLiteral("read-write-denied"));
        // the ciphered association used invocation counters of the persisted reserve: a new
        // reserve is saved once, then nothing changes and the file is not rewritten
        QVERIFY(meter->saveIfChanged().hasValue());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray resaved = file.readAll();
        file.close();
        QVERIFY(resaved != saved);
        QVERIFY(meter->saveIfChanged().hasValue());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), resaved);
        file.close();
        // a state file of another meter model is refused
        QCOMPARE(VirtualMeter::create(options(MeterModel::Omnia, time, path)).error().code,
                 MeterError::StateCorrupt);
    }

    // --- secrets (issue 3) -------------------------------------------------------------------

    void secrets_readerPasswordChangedByManagement() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode readerAssociation(0, 0, 40, 0, 2, 255);
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::Omnia, time, path);
            QVERIFY(meter);
            auto reader = openClient(*meter, omt::sim::kReaderClientSap);
            QVERIFY(reader);
            // the reader does not see the object that holds its secret
            QCOMPARE(reader->getName(15, readerAssociation, 3), QStringLiteral("object-undefined"));
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            // the management association sees the reader's association: partners 0x20 / 1, LLS
            QCOMPARE(*manager->get(15, readerAssociation, 3),
                     Data::structure({Data::integer(0x20), Data::longUnsigned(1)}));
            QCOMPARE(*manager->get(15, readerAssociation, 6),
                     Data::octetString(fromHex("60 85 74 05 08 02 01").value()));
            QCOMPARE(manager->get(15, readerAssociation, 2)->elements()->size(),
                     reader->get(15, kAssociation, 2)->elements()->size());
            // the secret is write-only
            QCOMPARE(manager->getName(15, readerAssociation, 7),
                     QStringLiteral("read-write-denied"));
            QCOMPARE(manager->set(15, readerAssociation, 7, Data::visibleString("87654321")),
                     QStringLiteral("type-unmatched"));
            QCOMPARE(manager->set(15, readerAssociation, 7, Data::octetString({})),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(15, readerAssociation, 7, Data::octetString(bytesOf("87654321"))),
                     QStringLiteral("success"));
            // the management association's own secret and HLS secret: keys are in 0.0.43.0.0.255
            QCOMPARE(manager->set(15, kAssociation, 7, Data::octetString(bytesOf("x"))),
                     QStringLiteral("read-write-denied"));
            QCOMPARE(manager->action(15, kAssociation, 2, Data::octetString(Bytes(16, 1))),
                     QStringLiteral("read-write-denied"));
            // the reader already associated keeps its association; the next needs the new one
            QCOMPARE(reader->getName(3, ObisCode(1, 0, 1, 8, 0, 255), 2), QStringLiteral("data"));
            QVERIFY(!openClient(*meter, omt::sim::kReaderClientSap));
            QVERIFY(openClient(*meter, omt::sim::kReaderClientSap, bytesOf("87654321")));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // persisted (in a file only its owner may read)
        QCOMPARE(QFile::permissions(QString::fromStdString(path)) &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto meter = makeMeter(MeterModel::Omnia, time, path);
        QVERIFY(meter);
        QVERIFY(!openClient(*meter, omt::sim::kReaderClientSap));
        QVERIFY(openClient(*meter, omt::sim::kReaderClientSap, bytesOf("87654321")));
    }

    void secrets_globalKeyTransfer() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode securitySetup(0, 0, 43, 0, 0, 255);
        const auto demo = omt::sim::MeterSecrets::demo();
        // the documented demo master key
        QVERIFY(demo.kek == *sec::Key128::fromHex("202122232425262728292A2B2C2D2E2F"));
        const sec::SecurityKeys newKeys{*sec::Key128::fromHex("00112233445566778899AABBCCDDEEFF"),
                                        *sec::Key128::fromHex("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF"),
                                        std::nullopt};
        const auto keyData = [&](std::uint8_t id, const sec::Key128& key, const sec::Key128& kek) {
            return Data::structure(
                {Data::enumValue(id), Data::octetString(sec::wrapKey(kek, key).value())});
        };
        TestTime time;
        sec::InvocationCounter lastBefore = 0;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            QVERIFY(meter);
            // the meter's invocation counter continues across associations
            auto first = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(first);
            QCOMPARE(first->getName(1, kSerial, 2), QStringLiteral("data"));
            const auto afterFirst = *first->security->lastPeerInvocationCounter();
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            QVERIFY(*manager->security->lastPeerInvocationCounter() > afterFirst);
            // wrapped under a wrong master key (the EK): refused, nothing changes
            QCOMPARE(
                manager->action(64, securitySetup, 2,
                                Data::array({keyData(0, newKeys.globalEk, demo.keys.globalEk)})),
                QStringLiteral("other-reason"));
            QVERIFY(openClient(*meter, omt::sim::kManagementClientSap));
            QCOMPARE(manager->action(64, securitySetup, 2,
                                     Data::array({keyData(0, newKeys.globalEk, demo.kek),
                                                  keyData(2, newKeys.ak, demo.kek)})),
                     QStringLiteral("success"));
            lastBefore = *manager->security->lastPeerInvocationCounter();
            // the association in progress keeps the old keys (the response above deciphered
            // with them, and so does the next one)
            QCOMPARE(manager->getName(1, kSerial, 2), QStringLiteral("data"));
            // the next association needs the new keys
            QVERIFY(!openClient(*meter, omt::sim::kManagementClientSap));
            auto renewed =
                openClient(*meter, omt::sim::kManagementClientSap, std::nullopt, newKeys);
            QVERIFY(renewed);
            // a new EK: the meter's invocation counter started again at 0 (0 the AARE, 1 the
            // f(CtoS) proof, 2 the response carrying it)
            QCOMPARE(*renewed->security->lastPeerInvocationCounter(), 2U);
            QVERIFY(lastBefore > 2U);
            // the reader has no right to transfer keys
            auto reader = openClient(*meter, omt::sim::kReaderClientSap);
            QVERIFY(reader);
            QCOMPARE(reader->action(64, securitySetup, 2,
                                    Data::array({keyData(0, demo.keys.globalEk, demo.kek)})),
                     QStringLiteral("read-write-denied"));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // persisted: after a restart the new keys work, the old ones do not, and the meter's
        // counter continues above every counter it used before
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        QVERIFY(!openClient(*meter, omt::sim::kManagementClientSap));
        auto manager = openClient(*meter, omt::sim::kManagementClientSap, std::nullopt, newKeys);
        QVERIFY(manager);
        QVERIFY(*manager->security->lastPeerInvocationCounter() > 2U);
    }

    void clock_daylightSavingEnabledAndPersisted() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        TestTime time;  // 2026-03-29T01:00:00Z: the moment daylight saving begins in the EU
        {
            auto meter = makeMeter(MeterModel::Omnia, time, path);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            // as delivered: standard time, the EU rule ready
            QCOMPARE(*manager->get(8, kClock, 8), Data::boolean(false));
            QCOMPARE(*manager->get(8, kClock, 5),
                     Data::octetString(*fromHex("FF FF 03 FE 07 02 00 00 00 80 00 FF")));
            QCOMPARE(*manager->get(8, kClock, 6),
                     Data::octetString(*fromHex("FF FF 0A FE 07 03 00 00 00 80 00 FF")));
            QCOMPARE(*manager->get(8, kClock, 2),
                     Data::octetString(*fromHex("07 EA 03 1D 07 02 00 00 00 FF C4 00")));
            QCOMPARE(manager->set(8, kClock, 8, Data::boolean(true)), QStringLiteral("success"));
            QCOMPARE(*manager->get(8, kClock, 2),
                     Data::octetString(*fromHex("07 EA 03 1D 07 03 00 00 00 FF 88 80")));
            QCOMPARE(*manager->get(8, kClock, 4), Data::unsigned8(0x80));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        auto meter = makeMeter(MeterModel::Omnia, time, path);
        auto pub = openClient(*meter, omt::sim::kPublicClientSap);
        QVERIFY(pub);
        QCOMPARE(*pub->get(8, kClock, 8), Data::boolean(true));
        QCOMPARE(*pub->get(8, kClock, 2),
                 Data::octetString(*fromHex("07 EA 03 1D 07 03 00 00 00 FF 88 80")));
    }

    void analysisLogger_configurableCaptureObjects() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode analysisLn(1, 0, 99, 128, 0, 255);
        // every class-3 register of a meter, in directory order
        const auto registersOf = [](VirtualMeter& meter) {
            std::vector<ObisCode> list;
            for (const auto& object : meter.directory().objects()) {
                if (object->classId() == 3) {
                    list.push_back(object->logicalName());
                }
            }
            return list;
        };
        const auto listOf = [](const std::vector<ObisCode>& registers, std::size_t n) {
            cosem::CaptureObjects list;
            list.entries.push_back({8, kClock, 2, 0});
            for (std::size_t i = 0; i < n; ++i) {
                list.entries.push_back({3, registers[i], 2, 0});
            }
            return list.toData();
        };
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            auto reader = openClient(*meter, omt::sim::kReaderClientSap);
            QVERIFY(manager && reader);
            auto* analysis = profileOf(*meter, analysisLn);
            QCOMPARE(analysis->captureObjects().size(), std::size_t{7});  // clock, U1..3, I1..3
            QCOMPARE(analysis->rows().size(), std::size_t{30 * 24});
            const auto registers = registersOf(*meter);
            QVERIFY(registers.size() > 25);
            // the clock first, then up to 24 registers of this meter, each once
            const Data clockAndAPlus = captureList({{8, kClock}, {3, kAPlus}});
            QCOMPARE(reader->set(7, analysisLn, 3, clockAndAPlus),
                     QStringLiteral("read-write-denied"));
            QCOMPARE(manager->set(7, analysisLn, 3, captureList({{3, kAPlus}, {8, kClock}})),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(7, analysisLn, 3, listOf(registers, 25)),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(7, analysisLn, 3, captureList({{8, kClock}, {1, kSerial}})),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(7, analysisLn, 3,
                                  captureList({{8, kClock}, {3, ObisCode(1, 0, 99, 99, 0, 255)}})),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(7, analysisLn, 3,
                                  captureList({{8, kClock}, {3, kAPlus}, {3, kAPlus}})),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(7, analysisLn, 3, Data::array({Data::long16(1)})),
                     QStringLiteral("type-unmatched"));
            QCOMPARE(analysis->rows().size(), std::size_t{30 * 24});  // refusals change nothing
            QCOMPARE(manager->set(7, analysisLn, 3, listOf(registers, 24)),
                     QStringLiteral("success"));
            // a new capture list clears the buffer
            QCOMPARE(analysis->rows().size(), std::size_t{0});
            QCOMPARE(numberOf(*manager->get(7, analysisLn, 7)), 0ULL);
            const ObisCode thd(1, 0, 32, 7, 124, 255);
            QCOMPARE(
                manager->set(7, analysisLn, 3, captureList({{8, kClock}, {3, kAPlus}, {3, thd}})),
                QStringLiteral("success"));
            // two hours later: two rows of clock, A+ (never above the register), THD
            *time.utc += 7200;
            meter->advance();
            QCOMPARE(analysis->rows().size(), std::size_t{2});
            QCOMPARE(analysis->rows()[0].size(), std::size_t{3});
            QVERIFY(numberOf(analysis->rows()[0][1]) <= numberOf(analysis->rows()[1][1]));
            QVERIFY(numberOf(analysis->rows()[1][1]) <= registerValue(*meter, kAPlus));
            QCOMPARE(analysis->rows()[1][2].type(), DataType::LongUnsigned);
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // kept across a restart; the regenerated history has the configured columns
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            auto* analysis = profileOf(*meter, analysisLn);
            QCOMPARE(analysis->captureObjects().size(), std::size_t{3});
            QCOMPARE(analysis->rows().size(), std::size_t{30 * 24});
            QCOMPARE(analysis->rows().back().size(), std::size_t{3});
        }
        // the OMNIA takes 48 registers
        auto omnia = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*omnia, omt::sim::kManagementClientSap);
        const auto registers = registersOf(*omnia);
        QVERIFY(registers.size() > 49);
        QCOMPARE(manager->set(7, analysisLn, 3, listOf(registers, 49)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(7, analysisLn, 3, listOf(registers, 48)), QStringLiteral("success"));
    }

    void debitingStopDate_followsZ6() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode stopDate(0, 0, 15, 0, 0, 255);
        const ObisCode debitingLn(1, 0, 98, 1, 0, 255);
        // the stored value's local date and time: day of month, hour, minute
        const auto dayAndTime = [](const Data& clock) {
            auto dt = dlms::CosemDateTime::fromBytes(*clock.as<Bytes>()).value();
            return std::tuple{int{dt.date.dayOfMonth}, int{dt.time.hour}, int{dt.time.minute}};
        };
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            // Z6 01: the debiting period ends on day 1 at 00:00 local time
            QCOMPARE(
                *manager->get(22, stopDate, 4),
                Data::array({Data::structure({Data::octetString(*fromHex("00 00 00 00")),
                                              Data::octetString(*fromHex("FF FF FF 01 FF"))})}));
            auto* debiting = profileOf(*meter, debitingLn);
            QVERIFY(debiting->rows().size() >= 3);
            for (const auto& row : debiting->rows()) {
                QCOMPARE(dayAndTime(row[0]), (std::tuple{1, 0, 0}));
            }
            // Z6 15 through the Z configuration
            auto z = meter::SoftwareConfiguration::parse(zText(*manager)).value();
            QVERIFY(z.setCode(meter::ZField::Z6, "15").hasValue());
            QCOMPARE(manager->set(1, kZConfig, 2, Data::visibleString(z.format())),
                     QStringLiteral("success"));
            QCOMPARE(
                *manager->get(22, stopDate, 4),
                Data::array({Data::structure({Data::octetString(*fromHex("00 00 00 00")),
                                              Data::octetString(*fromHex("FF FF FF 0F FF"))})}));
            // a day the data sheet does not list (29, field 6 of the text) is refused
            QString before;
            QCOMPARE(setRawZField(*manager, 5, QStringLiteral("29"), &before),
                     QStringLiteral("other-reason"));
            QCOMPARE(before, QStringLiteral("15"));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // the history generated at the next start closes its debiting periods on day 15
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        auto* debiting = profileOf(*meter, debitingLn);
        QVERIFY(debiting->rows().size() >= 3);
        for (const auto& row : debiting->rows()) {
            QCOMPARE(dayAndTime(row[0]), (std::tuple{15, 0, 0}));
        }
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QVERIFY(reader);
        QCOMPARE(QString::fromStdString(zText(*reader)).split(QLatin1Char('-'))[5],
                 QStringLiteral("15"));
    }

    void debitingInterval_followsZ7() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode stopDate(0, 0, 15, 0, 0, 255);
        const ObisCode debitingLn(1, 0, 98, 1, 0, 255);
        const ObisCode billingScripts(0, 0, 10, 0, 1, 255);
        const auto monthOf = [](const Data& clock) {
            return int{dlms::CosemDateTime::fromBytes(*clock.as<Bytes>()).value().date.month};
        };
        const auto setZ7 = [](Client& manager, const char* code) {
            auto z = meter::SoftwareConfiguration::parse(zText(manager)).value();
            if (!z.setCode(meter::ZField::Z7, code)) {
                return QStringLiteral("not a Z7 code");
            }
            return manager.set(1, kZConfig, 2, Data::visibleString(z.format()));
        };
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            // monthly (Z7 01) by default: the history has a row every month
            const auto monthly = profileOf(*meter, debitingLn)->rows().size();
            QVERIFY(monthly >= 3);
            // Z7 05: every third month from February
            QCOMPARE(setZ7(*manager, "05"), QStringLiteral("success"));
            QCOMPARE(*manager->get(22, stopDate, 3), Data::enumValue(3));  // same time, wildcards
            std::vector<Data> times;
            for (const char* month : {"02", "05", "08", "0B"}) {
                times.push_back(
                    Data::structure({Data::octetString(*fromHex("00 00 00 00")),
                                     Data::octetString(*fromHex(
                                         (std::string("FF FF ") + month + " 01 FF").c_str()))}));
            }
            QCOMPARE(*manager->get(22, stopDate, 4), Data::array(times));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        {
            // the history generated at the next start ends its periods in those months only
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            QVERIFY(meter);
            const auto& rows = profileOf(*meter, debitingLn)->rows();
            QVERIFY(!rows.empty());
            for (const auto& row : rows) {
                const int month = monthOf(row[0]);
                QVERIFY2(month == 2 || month == 5 || month == 8 || month == 11,
                         qPrintable(QString::number(month)));
            }
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            // a code the data sheet does not list is refused
            QString before;
            QCOMPARE(setRawZField(*manager, 6, QStringLiteral("25"), &before),
                     QStringLiteral("other-reason"));
            QCOMPARE(before, QStringLiteral("05"));
            // Z7 00: no period ends on its own
            QCOMPARE(setZ7(*manager, "00"), QStringLiteral("success"));
            QCOMPARE(*manager->get(22, stopDate, 4), Data::array({}));
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        auto* debiting = profileOf(*meter, debitingLn);
        QCOMPARE(debiting->rows().size(), std::size_t{0});
        // ... a tool ends it: script 1 of the end of billing period table stores the registers
        // and the peak, and the peak starts again
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QCOMPARE(reader->action(9, billingScripts, 1, Data::longUnsigned(1)),
                 QStringLiteral("read-write-denied"));
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        const Data aPlus = *manager->get(3, kAPlus, 2);
        const Data peak = *manager->get(4, ObisCode(1, 0, 1, 6, 0, 255), 2);
        QVERIFY(numberOf(peak) > 0);
        QCOMPARE(manager->action(9, billingScripts, 1, Data::longUnsigned(1)),
                 QStringLiteral("success"));
        QCOMPARE(debiting->rows().size(), std::size_t{1});
        QCOMPARE(debiting->rows()[0][1], aPlus);
        QCOMPARE(debiting->rows()[0][5], peak);
        QCOMPARE(numberOf(*manager->get(4, ObisCode(1, 0, 1, 6, 0, 255), 2)), 0ULL);
        // the next interval starts a new peak
        *time.utc += 1800;
        meter->advance();
        QVERIFY(numberOf(*manager->get(4, ObisCode(1, 0, 1, 6, 0, 255), 2)) > 0);
        QCOMPARE(debiting->rows().size(), std::size_t{1});
    }

    void harmonics_omniaConsistentWithThd() {
        TestTime time;
        auto omnia = makeMeter(MeterModel::Omnia, time);
        auto reader = openClient(*omnia, omt::sim::kReaderClientSap);
        QVERIFY(reader);
        for (int step = 0; step < 3; ++step) {
            *time.utc += 3 * 3600;  // night, morning, midday
            omnia->advance();
            for (const auto& [c, rmsScale, harmonicScale] :
                 {std::tuple{std::uint8_t{32}, 0.1, 0.01},
                  std::tuple{std::uint8_t{31}, 0.01, 0.001},
                  std::tuple{std::uint8_t{52}, 0.1, 0.01},
                  std::tuple{std::uint8_t{71}, 0.01, 0.001}}) {
                const double rms =
                    numberOf(*reader->get(3, ObisCode(1, 0, c, 7, 0, 255), 2)) * rmsScale;
                const double thd =
                    numberOf(*reader->get(3, ObisCode(1, 0, c, 7, 124, 255), 2)) * 0.1;
                double sumOfSquares = 0.0;
                std::vector<double> h(16, 0.0);
                for (std::uint8_t e = 2; e <= 15; ++e) {
                    const auto value = reader->get(3, ObisCode(1, 0, c, 7, e, 255), 2);
                    QVERIFY(value && value->type() == DataType::LongUnsigned);
                    h[e] = numberOf(*value) * harmonicScale;
                    sumOfSquares += h[e] * h[e];
                }
                if (rms < 1.0) {
                    continue;  // too little current to compare after rounding
                }
                // THD = sqrt(sum of the harmonics' squares) / fundamental
                const double fundamental = rms / std::sqrt(1.0 + (thd / 100) * (thd / 100));
                const double computed = std::sqrt(sumOfSquares) / fundamental * 100.0;
                QVERIFY2(
                    std::abs(computed - thd) < 0.15 + thd * 0.03,
                    qPrintable(
                        QStringLiteral("C=%1 THD %2 computed %3").arg(c).arg(thd).arg(computed)));
                // the odd harmonics dominate
                QVERIFY(h[3] > h[2] && h[5] > h[4] && h[7] > h[6]);
            }
        }
        // scaler and unit: 0.01 V and 0.001 A
        QCOMPARE(*reader->get(3, ObisCode(1, 0, 32, 7, 3, 255), 3),
                 (cosem::ScalerUnit{-2, cosem::Unit::Volt}.toData()));
        QCOMPARE(*reader->get(3, ObisCode(1, 0, 71, 7, 15, 255), 3),
                 (cosem::ScalerUnit{-3, cosem::Unit::Ampere}.toData()));
        QCOMPARE(reader->getName(3, ObisCode(1, 0, 32, 7, 16, 255), 2),
                 QStringLiteral("object-undefined"));
        // the OMNIPOWER CT has THD only
        auto ct = makeMeter(MeterModel::OmnipowerCt, time);
        auto ctReader = openClient(*ct, omt::sim::kReaderClientSap);
        QCOMPARE(ctReader->getName(3, ObisCode(1, 0, 32, 7, 3, 255), 2),
                 QStringLiteral("object-undefined"));
        QCOMPARE(ctReader->getName(3, ObisCode(1, 0, 32, 7, 124, 255), 2), QStringLiteral("data"));
    }

    // --- alarm register (issue 3, the contract with the GUI overview) ---------------------------

    void alarms_objectRules() {
        omt::sim::DataObject sag(omt::sim::alarmConditionLn(omt::sim::AlarmBit::VoltageSag),
                                 Data::boolean(false));
        std::int64_t now = 1000;
        omt::sim::AlarmRegisterObject alarms({&sag, nullptr, nullptr, nullptr, nullptr}, [&] {
            return std::chrono::sys_seconds{std::chrono::seconds{now}};
        });
        omt::sim::RequestContext ctx;
        QCOMPARE(alarms.logicalName(), ObisCode(0, 0, 97, 98, 0, 255));
        QCOMPARE(*alarms.get(2, std::nullopt, ctx), Data::doubleLongUnsigned(0));
        alarms.latch(omt::sim::AlarmBit::CoverOpened,
                     std::chrono::sys_seconds{std::chrono::seconds{500}});
        sag.setValue(Data::boolean(true));
        QCOMPARE(*alarms.get(2, std::nullopt, ctx), Data::doubleLongUnsigned(0x05));
        // only clearing set bits: setting bit 1 is other-reason, a long-unsigned type-unmatched
        QCOMPARE(alarms.set(2, std::nullopt, Data::doubleLongUnsigned(0x07), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(alarms.set(2, std::nullopt, Data::longUnsigned(0), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(alarms.set(1, std::nullopt, Data::octetString(Bytes(6, 0)), ctx),
                 DataAccessResult::ReadWriteDenied);
        // writing what is set changes nothing; writing 0 clears the latched bit, not the live one
        QCOMPARE(alarms.set(2, std::nullopt, Data::doubleLongUnsigned(0x05), ctx),
                 DataAccessResult::Success);
        QCOMPARE(alarms.bits(), 0x05U);
        QCOMPARE(alarms.set(2, std::nullopt, Data::doubleLongUnsigned(0), ctx),
                 DataAccessResult::Success);
        QCOMPARE(alarms.bits(), 0x04U);
        QCOMPARE(alarms.clearedAt()[0], 1000);
        // an event from before the clearing does not set the bit again, a later one does
        alarms.latch(omt::sim::AlarmBit::CoverOpened,
                     std::chrono::sys_seconds{std::chrono::seconds{900}});
        QCOMPARE(alarms.bits(), 0x04U);
        alarms.latch(omt::sim::AlarmBit::MagneticInfluence,
                     std::chrono::sys_seconds{std::chrono::seconds{900}});
        QCOMPARE(alarms.bits(), 0x06U);
        alarms.latch(omt::sim::AlarmBit::CoverOpened,
                     std::chrono::sys_seconds{std::chrono::seconds{1001}});
        QCOMPARE(alarms.bits(), 0x07U);
        sag.setValue(Data::boolean(false));
        QCOMPARE(alarms.bits(), 0x03U);
    }

    void alarms_liveBitsFromRegisterMonitors() {
        const ObisCode alarmLn(0, 0, 97, 98, 0, 255);
        // the windows of each disturbance in the 120 days before kNow, as the load model has them
        const omt::sim::LoadModel model(MeterModel::Omnia, 7);
        std::map<omt::sim::Disturbance, std::int64_t> first;
        for (std::int64_t t = kNow - 120 * 86400; t < kNow; t += omt::sim::kDisturbanceWindow) {
            const auto d = model.disturbanceAt(std::chrono::sys_seconds{std::chrono::seconds{t}});
            first.emplace(d.first, t);
        }
        QCOMPARE(first.size(), std::size_t{5});  // every kind happens in 120 days
        const std::map<omt::sim::Disturbance, std::uint32_t> expected = {
            {omt::sim::Disturbance::None, 0x00},
            {omt::sim::Disturbance::Sag, 0x24},            // sag and unbalance
            {omt::sim::Disturbance::Swell, 0x28},          // swell and unbalance
            {omt::sim::Disturbance::HighThd, 0x10},        // THD over limit
            {omt::sim::Disturbance::PhaseMissing, 0x44}};  // missing (and below 207 V)
        for (const auto& [kind, t] : first) {
            TestTime time;
            *time.utc = t + 60;
            auto meter = makeMeter(MeterModel::Omnia, time);
            QVERIFY(meter);
            auto pub = openClient(*meter, omt::sim::kPublicClientSap);
            auto reader = openClient(*meter, omt::sim::kReaderClientSap);
            QVERIFY(pub && reader);
            QCOMPARE(pub->getName(1, alarmLn, 2), QStringLiteral("object-undefined"));
            const auto bits = reader->get(1, alarmLn, 2);
            QVERIFY(bits && bits->type() == DataType::DoubleLongUnsigned);
            QCOMPARE(static_cast<std::uint32_t>(numberOf(*bits)) & omt::sim::kLiveAlarmMask,
                     expected.at(kind));
            // the monitors' inputs read as the instantaneous values
            const auto lowest = numberOf(*reader->get(3, ObisCode(1, 0, 12, 7, 128, 255), 2));
            QCOMPARE(lowest < 2070, kind == omt::sim::Disturbance::Sag ||
                                        kind == omt::sim::Disturbance::PhaseMissing);
            // the disturbance is over in the next window: the live bits follow
            *time.utc = t + omt::sim::kDisturbanceWindow + 60;
            const auto nextKind =
                model.disturbanceAt(std::chrono::sys_seconds{std::chrono::seconds{*time.utc}});
            meter->advance();
            const auto after = numberOf(*reader->get(1, alarmLn, 2));
            QCOMPARE(static_cast<std::uint32_t>(after) & omt::sim::kLiveAlarmMask,
                     expected.at(nextKind.first));
        }
    }

    void alarms_tamperLatchedAndClearedByManagement() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        const ObisCode alarmLn(0, 0, 97, 98, 0, 255);
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
            QVERIFY(meter);
            // the tamper log of the generated history has both events: both bits latched
            auto* tamper = profileOf(*meter, ObisCode(0, 0, 99, 98, 1, 255));
            bool cover = false;
            bool magnetic = false;
            for (const auto& row : tamper->rows()) {
                cover = cover || numberOf(row[1]) == 41;
                magnetic = magnetic || numberOf(row[1]) == 40;
            }
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            auto reader = openClient(*meter, omt::sim::kReaderClientSap);
            QVERIFY(manager && reader);
            const auto bits = numberOf(*manager->get(1, alarmLn, 2));
            QCOMPARE((bits & 1) != 0, cover);
            QCOMPARE((bits & 2) != 0, magnetic);
            QVERIFY(cover || magnetic);
            // the reader may not clear; the manager may only clear
            QCOMPARE(reader->set(1, alarmLn, 2, Data::doubleLongUnsigned(0)),
                     QStringLiteral("read-write-denied"));
            QCOMPARE(manager->set(1, alarmLn, 2, Data::doubleLongUnsigned(bits | 0x80)),
                     QStringLiteral("other-reason"));
            QCOMPARE(manager->set(1, alarmLn, 2, Data::doubleLongUnsigned(0)),
                     QStringLiteral("success"));
            QCOMPARE(numberOf(*manager->get(1, alarmLn, 2)) & omt::sim::kLatchedAlarmMask, 0U);
            QVERIFY(meter->saveIfChanged().hasValue());
        }
        // after a restart the history is generated again, but what was cleared stays cleared
        auto meter = makeMeter(MeterModel::OmnipowerCt, time, path);
        QVERIFY(meter);
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        QCOMPARE(numberOf(*reader->get(1, alarmLn, 2)) & omt::sim::kLatchedAlarmMask, 0U);
        // register monitors and alarm scripts are readable (the placement the GUI shows)
        QCOMPARE(reader->getName(21, ObisCode(0, 0, 16, 1, 1, 255), 2), QStringLiteral("data"));
        QCOMPARE(*reader->get(21, ObisCode(0, 0, 16, 1, 1, 255), 3),
                 (cosem::ValueDefinition{3, ObisCode(1, 0, 12, 7, 128, 255), 2}.toData()));
        QCOMPARE(reader->getName(9, ObisCode(0, 0, 10, 0, 128, 255), 2), QStringLiteral("data"));
    }

    void state_corruptRefusedAndLeftIntact_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("error");
        const auto corrupt = static_cast<int>(MeterError::StateCorrupt);
        QTest::newRow("garbage") << QByteArray("\x01\x02 not json") << corrupt;
        QTest::newRow("empty") << QByteArray("") << corrupt;
        QTest::newRow("array") << QByteArray("[1, 2]") << corrupt;
        QTest::newRow("no checksum")
            << QByteArray(R"({"format": 1, "model": "omnipower-ct", "serial": 71234567,)"
                          R"( "installedAt": 0, "clockShift": 0, "attributes": []})")
            << corrupt;
        QTest::newRow("future")
            << QByteArray(R"({"format": 99, "model": "omnipower-ct", "checksum": "00"})")
            << static_cast<int>(MeterError::StateFromFuture);
    }
    void state_corruptRefusedAndLeftIntact() {
        QFETCH(QByteArray, content);
        QFETCH(int, error);
        QTemporaryDir dir;
        const QString path = dir.filePath("meter.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        TestTime time;
        auto meter =
            VirtualMeter::create(options(MeterModel::OmnipowerCt, time, path.toStdString()));
        QVERIFY(!meter);
        QCOMPARE(static_cast<int>(meter.error().code), error);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void state_tamperedChecksumAndUnreadable() {
        omt::sim::MeterState state;
        state.serialNumber = 71234567;
        state.installedAt = kNow - 86400;
        state.attributes = {{kCtRatio, 2, {0x12, 0x01, 0x2C}}};
        const std::string text = omt::sim::serializeMeterState(state);
        auto parsed = omt::sim::parseMeterState(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, state);
        // one changed digit: the checksum no longer matches
        std::string tampered = text;
        tampered.replace(tampered.find("12 01 2C"), 8, "12 01 2D");
        QCOMPARE(omt::sim::parseMeterState(tampered).error().code, MeterError::StateCorrupt);
        // a state whose value the meter refuses (ratio 0) is corrupt, and left alone
        QTemporaryDir dir;
        const std::string path = dir.filePath("meter.json").toStdString();
        state.attributes = {{kCtRatio, 2, {0x12, 0x00, 0x00}}};
        QVERIFY(omt::sim::saveMeterState(path, state).hasValue());
        TestTime time;
        QCOMPARE(VirtualMeter::create(options(MeterModel::OmnipowerCt, time, path)).error().code,
                 MeterError::StateCorrupt);
        // a directory where the file should be cannot be read
        const std::string directory = dir.path().toStdString();
        QCOMPARE(
            VirtualMeter::create(options(MeterModel::OmnipowerCt, time, directory)).error().code,
            MeterError::StateUnreadable);
        // no such directory: saving fails, typed
        QCOMPARE(omt::sim::saveMeterState(directory + "/missing/meter.json", state).error().code,
                 MeterError::StateWriteFailed);
    }
    // --- issue 18: each meter by its own data sheet ------------------------------------------

    // OMNIA data sheet: "Configuration - hardware" (the type number) and no software
    // configuration table: the virtual OMNIA carries no Z string; the CT keeps its Z1-Z30.
    void issue18_omniaHasNoZCodes() {
        TestTime time;
        auto omnia = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*omnia, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        QCOMPARE(manager->getName(1, kZConfig, 2), QStringLiteral("object-undefined"));
        QVERIFY(omnia->directory().find(kZConfig) == nullptr);
        auto ct = makeMeter(MeterModel::OmnipowerCt, time);
        auto ctManager = openClient(*ct, omt::sim::kManagementClientSap);
        QVERIFY(meter::SoftwareConfiguration::parse(zText(*ctManager)).hasValue());
    }

    // OMNIA data sheet line 173: "each configurable to 5, 10, 15, 30 or 60 min. integration
    // periods"; lines 179-181: A+/A-/R+/R- 60 days at 5 min (10 min is not in the table: twice
    // the 5-minute depth, ours).
    void issue18_omniaLoadProfilesAt5And10Minutes() {
        TestTime time;
        auto meter = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        for (const ObisCode& lp : {kLoadProfile, ObisCode(1, 0, 99, 2, 0, 255)}) {
            QCOMPARE(manager->set(7, lp, 4, Data::doubleLongUnsigned(600)),
                     QStringLiteral("success"));
            QCOMPARE(numberOf(*manager->get(7, lp, 8)), 120ULL * 144);
            QCOMPARE(manager->set(7, lp, 4, Data::doubleLongUnsigned(300)),
                     QStringLiteral("success"));
            QCOMPARE(numberOf(*manager->get(7, lp, 8)), 60ULL * 288);
            QCOMPARE(manager->set(7, lp, 4, Data::doubleLongUnsigned(1200)),
                     QStringLiteral("other-reason"));
        }
    }

    // CT data sheet, "Load profile": the depth by energy type (A+ 278/556/1113 days, A+/A- and
    // A+/R+ 235/470/941, A+/A-/R+/R- 180/360/720, A+/A-/R1/R2/R3/R4 145/291/583,
    // A+/A-/R+/R-/R1/R2/R3/R4 122/244/489 at 15/30/60 min), and "Z29 - Load profile
    // configuration" choosing the energy types (5, 6, 15, 16 only on variant 2, which the
    // virtual CT is). A new Z29 changes the captured columns and the depth and clears the
    // profile.
    void issue18_z29ChoosesTheCtLoadProfileColumnsAndDepth_data() {
        QTest::addColumn<QString>("z29");
        QTest::addColumn<QList<int>>("quantities");  // OBIS C of the columns after the clock
        QTest::addColumn<int>("days15");
        QTest::addColumn<int>("days60");
        QTest::newRow("01 A+") << "01" << QList<int>{1} << 278 << 1113;
        QTest::newRow("02 A+/A-") << "02" << QList<int>{1, 2} << 235 << 941;
        QTest::newRow("03 A+/R+") << "03" << QList<int>{1, 3} << 235 << 941;
        QTest::newRow("04 four") << "04" << QList<int>{1, 2, 3, 4} << 180 << 720;
        QTest::newRow("05 quadrants") << "05" << QList<int>{1, 2, 5, 6, 7, 8} << 145 << 583;
        QTest::newRow("06 all") << "06" << QList<int>{1, 2, 3, 4, 5, 6, 7, 8} << 122 << 489;
        QTest::newRow("12 secondary A+/A-") << "12" << QList<int>{1, 2} << 235 << 941;
        QTest::newRow("16 secondary all")
            << "16" << QList<int>{1, 2, 3, 4, 5, 6, 7, 8} << 122 << 489;
    }
    void issue18_z29ChoosesTheCtLoadProfileColumnsAndDepth() {
        QFETCH(QString, z29);
        QFETCH(QList<int>, quantities);
        QFETCH(int, days15);
        QFETCH(int, days60);
        TestTime time;
        auto meter = makeMeter(MeterModel::OmnipowerCt, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        QString before;
        QCOMPARE(setRawZField(*manager, 26, z29, &before), QStringLiteral("success"));
        QCOMPARE(before, QStringLiteral("04"));
        auto columns = cosem::CaptureObjects::fromData(*manager->get(7, kLoadProfile, 3));
        QVERIFY(columns);
        QCOMPARE(columns->entries.size(), std::size_t(quantities.size() + 1));
        QCOMPARE(columns->entries[0].classId, std::uint16_t{8});
        for (int i = 0; i < quantities.size(); ++i) {
            QCOMPARE(columns->entries[std::size_t(i) + 1].logicalName,
                     ObisCode(1, 0, std::uint8_t(quantities[i]), 29, 0, 255));
        }
        if (z29 != QLatin1String("04")) {
            QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 7)), 0ULL);  // cleared
        }
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), std::uint64_t(days15) * 96);
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(3600)),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), std::uint64_t(days60) * 24);
        // The profile runs on with these columns; the quadrants add up to R+ and R-.
        *time.utc += 6 * 3600;
        meter->advance();
        auto* profile = profileOf(*meter, kLoadProfile);
        QCOMPARE(profile->rows().size(), std::size_t{6});
        QCOMPARE(profile->rows().back().size(), std::size_t(quantities.size() + 1));
        if (quantities.size() == 8) {
            QCOMPARE(columnSum(*profile, 5) + columnSum(*profile, 6), columnSum(*profile, 3));
            QCOMPARE(columnSum(*profile, 7) + columnSum(*profile, 8), columnSum(*profile, 4));
        }
    }

    // OMNIA data sheet lines 175 ("The captured registers are selectable to match the energy
    // types of interest") and 179-183 (depth per energy type of load profile 1): its capture
    // objects take any row of the table, with that row's depth, and nothing else.
    void issue18_omniaLoadProfileRows() {
        TestTime time;
        auto meter = makeMeter(MeterModel::Omnia, time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        const auto row = [](std::initializer_list<int> quantities) {
            cosem::CaptureObjects list;
            list.entries.push_back({8, kClock, 2, 0});
            for (int c : quantities) {
                list.entries.push_back({3, ObisCode(1, 0, std::uint8_t(c), 29, 0, 255), 2, 0});
            }
            return list.toData();
        };
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 180ULL * 96);
        QCOMPARE(manager->set(7, kLoadProfile, 3, row({1, 2, 5, 6, 7, 8})),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 146ULL * 96);
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 7)), 0ULL);
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(300)),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 48ULL * 288);
        QCOMPARE(manager->set(7, kLoadProfile, 3, row({1, 2, 3, 4, 5, 6, 7, 8})),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 40ULL * 288);
        QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(3600)),
                 QStringLiteral("success"));
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 8)), 491ULL * 24);
        // Not a row of the table (A+ alone is a CT row, not an OMNIA one).
        QCOMPARE(manager->set(7, kLoadProfile, 3, row({1})), QStringLiteral("other-reason"));
        *time.utc += 2 * 3600;
        meter->advance();
        QCOMPARE(profileOf(*meter, kLoadProfile)->rows().back().size(), std::size_t{9});
    }

    // OMNIA data sheet line 187: "The analysis logger can register data from up to 48 different
    // registers at a time (36 registers when using selective access)"; the CT's: "up to 24".
    void issue18_analysisLoggerRegistersAndSelectiveAccess_data() {
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("registers");
        QTest::addColumn<int>("selective");
        QTest::newRow("omnipower-ct") << int(MeterModel::OmnipowerCt) << 24 << 24;
        QTest::newRow("omnia") << int(MeterModel::Omnia) << 48 << 36;
    }
    void issue18_analysisLoggerRegistersAndSelectiveAccess() {
        QFETCH(int, model);
        QFETCH(int, registers);
        QFETCH(int, selective);
        TestTime time;
        auto meter = makeMeter(MeterModel(model), time);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QVERIFY(manager);
        const ObisCode logger(1, 0, 99, 128, 0, 255);
        std::vector<ObisCode> all;
        for (const auto& object : meter->directory().objects()) {
            if (object->classId() == 3) {
                all.push_back(object->logicalName());
            }
        }
        QVERIFY(all.size() > std::size_t(registers));
        const auto columns = [&](int n) {
            cosem::CaptureObjects list;
            list.entries.push_back({8, kClock, 2, 0});
            for (int i = 0; i < n; ++i) {
                list.entries.push_back({3, all[std::size_t(i)], 2, 0});
            }
            return list.toData();
        };
        QCOMPARE(manager->set(7, logger, 3, columns(registers + 1)),
                 QStringLiteral("other-reason"));
        QCOMPARE(manager->set(7, logger, 3, columns(registers)), QStringLiteral("success"));
        *time.utc += 3 * 3600;
        meter->advance();
        auto reader = openClient(*meter, omt::sim::kReaderClientSap);
        // Read whole: every register. Read selectively: at most `selective` registers.
        auto whole = reader->get(7, logger, 2);
        QVERIFY(whole);
        QCOMPARE(whole->elements()->size(), std::size_t{3});
        QCOMPARE(whole->elements()->back().elements()->size(), std::size_t(registers + 1));
        auto allColumns = reader->get(7, logger, 2, makeEntryDescriptor({1, 0, 1, 0}));
        auto allowed =
            reader->get(7, logger, 2, makeEntryDescriptor({2, 3, 1, std::uint16_t(selective + 1)}));
        QVERIFY(allowed);
        QCOMPARE(allowed->elements()->size(), std::size_t{2});
        QCOMPARE(allowed->elements()->front().elements()->size(), std::size_t(selective + 1));
        if (selective < registers) {
            QVERIFY(!allColumns);
            QCOMPARE(allColumns.error(), QStringLiteral("scope-of-access-violated"));
            auto tooMany = reader->get(
                7, logger, 2, makeEntryDescriptor({1, 0, 1, std::uint16_t(selective + 2)}));
            QCOMPARE(tooMany.error(), QStringLiteral("scope-of-access-violated"));
            // by time range too
            const auto from =
                dlms::fromSysSeconds(std::chrono::sys_seconds{std::chrono::seconds{kNow}}, -60, 0)
                    .value();
            const auto to = dlms::fromSysSeconds(
                                std::chrono::sys_seconds{std::chrono::seconds{*time.utc}}, -60, 0)
                                .value();
            auto range = reader->get(7, logger, 2,
                                     makeRangeDescriptor({{8, kClock, 2, 0},
                                                          cosem::dateTimeOctets(from),
                                                          cosem::dateTimeOctets(to),
                                                          {}}));
            QCOMPARE(range.error(), QStringLiteral("scope-of-access-violated"));
        } else {
            QVERIFY(allColumns);
        }
    }

    // A state file written when the virtual OMNIA still carried an OMNIPOWER CT Z string loads:
    // the string is ignored (the OMNIA has none), the meter says so, and the next save writes
    // the file without it.
    void issue18_omniaStateWithACtZStringMigrates() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("omnia.json").toStdString();
        TestTime time;
        {
            auto meter = makeMeter(MeterModel::Omnia, time, path);
            auto manager = openClient(*meter, omt::sim::kManagementClientSap);
            QVERIFY(manager);
            QCOMPARE(manager->set(7, kLoadProfile, 4, Data::doubleLongUnsigned(300)),
                     QStringLiteral("success"));
            QVERIFY(meter->saveIfChanged().hasValue());
            QVERIFY(meter->notes().empty());
        }
        auto state = omt::sim::loadMeterState(path);
        QVERIFY(state && *state);
        // what the old virtual OMNIA persisted: the CT's factory string with Z4 "2" (15 min)
        const std::string z =
            "1-2-00-2-000-01-01-1-000-01-00-002-001-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1";
        (*state)->attributes.push_back({kZConfig, 2, encode(Data::visibleString(z)).value()});
        QVERIFY(omt::sim::saveMeterState(path, **state).hasValue());

        auto meter = makeMeter(MeterModel::Omnia, time, path);
        QVERIFY(meter);
        QCOMPARE(meter->notes().size(), std::size_t{1});
        QVERIFY(meter->notes()[0].find("ignored") != std::string::npos);
        auto manager = openClient(*meter, omt::sim::kManagementClientSap);
        QCOMPARE(numberOf(*manager->get(7, kLoadProfile, 4)), 300ULL);  // kept, not Z4's 900
        QCOMPARE(manager->getName(1, kZConfig, 2), QStringLiteral("object-undefined"));
        QVERIFY(meter->saveIfChanged().hasValue());
        auto migrated = omt::sim::loadMeterState(path);
        QVERIFY(migrated && *migrated);
        QVERIFY(std::none_of((*migrated)->attributes.begin(), (*migrated)->attributes.end(),
                             [](const auto& a) { return a.logicalName == kZConfig; }));
        auto again = makeMeter(MeterModel::Omnia, time, path);
        QVERIFY(again);
        QVERIFY(again->notes().empty());
    }
};

QTEST_GUILESS_MAIN(TstSimMeters)
#include "tst_sim_meters.moc"

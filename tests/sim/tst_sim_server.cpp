// The COSEM server engine of the virtual meters, driven APDU by APDU with requests built by the
// protocol core's encoders: the object model, access rights per association, the ACSE outcomes,
// HLS-GMAC, GET / SET / ACTION results, block transfer and malformed input.
#include <QTest>

#include <chrono>
#include <random>

#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/client/client_association.h"
#include "protocol/dlms/security/ciphered_apdu.h"
#include "protocol/dlms/security/hls_gmac.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/clock_object.h"
#include "sim/server/data_object.h"
#include "sim/server/object_directory.h"
#include "sim/server/register_object.h"
#include "sim/server/server_association.h"

using namespace omt;
using namespace omt::dlms;
using omt::sim::AccessPolicy;
using omt::sim::AssociationConfig;
using omt::sim::AttributeAccessMode;
using omt::sim::MethodAccessMode;
using omt::sim::ObjectDirectory;
using omt::sim::RequestContext;
using omt::sim::ServerAssociation;
namespace sec = omt::dlms::security;

namespace {

constexpr cosem::ObisCode kLdn{0, 0, 42, 0, 0, 255};
constexpr cosem::ObisCode kClockLn{0, 0, 1, 0, 0, 255};
constexpr cosem::ObisCode kEnergy{1, 0, 1, 8, 0, 255};
constexpr cosem::ObisCode kText{0, 0, 96, 1, 10, 255};
constexpr cosem::ObisCode kAssociation = omt::sim::kCurrentAssociationLn;
constexpr int kExtraRegisters = 30;
/// 2026-03-29T01:00:00Z.
constexpr std::int64_t kNow = 1774746000;

const Bytes kPassword = bytesOf("12345678");
const char* const kServerTitle = "4B414D0000BC614E";  // KAM 0000BC614E
const char* const kClientTitle = "4D4D4D0000000001";  // MMM 0000000001

sec::Key128 key(const char* hex) {
    return sec::Key128::fromHex(hex).value_or(sec::Key128{});
}
sec::SecurityKeys greenBookKeys() {
    return {key("000102030405060708090A0B0C0D0E0F"), key("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
            std::nullopt};
}
sec::SystemTitle title(const char* hex) {
    return sec::SystemTitle::fromHex(hex).value_or(sec::SystemTitle{});
}

/// The test meter: identity, clock, an energy register, a writable text, the current
/// association, and enough further registers to make the object list long.
struct Meter {
    ObjectDirectory directory;
    Meter() {
        directory.add(std::make_unique<omt::sim::DataObject>(
            kLdn, Data::octetString(bytesOf("KAM0000BC614E"))));
        cosem::Clock clock;
        clock.timeZone = -60;  // CET
        directory.add(std::make_unique<omt::sim::ClockObject>(
            [] { return std::chrono::sys_seconds{std::chrono::seconds{kNow}}; }, clock));
        directory.add(std::make_unique<omt::sim::RegisterObject>(
            kEnergy, Data::doubleLongUnsigned(5009), cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        directory.add(
            std::make_unique<omt::sim::DataObject>(kText, Data::octetString(bytesOf("ABC"))));
        directory.add(std::make_unique<omt::sim::AssociationLnObject>());
        for (int i = 1; i <= kExtraRegisters; ++i) {
            directory.add(std::make_unique<omt::sim::RegisterObject>(
                cosem::ObisCode(1, 0, 1, 8, static_cast<std::uint8_t>(i), 255),
                Data::doubleLongUnsigned(static_cast<std::uint32_t>(i)),
                cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        }
    }
};

constexpr auto RO = AttributeAccessMode::ReadOnly;
constexpr auto RW = AttributeAccessMode::ReadAndWrite;
constexpr auto NA = AttributeAccessMode::NoAccess;

AccessPolicy publicPolicy() {
    AccessPolicy p;
    p.grant(kLdn, {RO, RO});
    p.grantAll(kClockLn, 9, RO, 6, MethodAccessMode::NoAccess);
    p.grant(kAssociation, {RO, RO, RO, RO, RO, RO, NA, RO, RO},
            {MethodAccessMode::NoAccess, MethodAccessMode::NoAccess, MethodAccessMode::NoAccess,
             MethodAccessMode::NoAccess});
    return p;
}

AccessPolicy readerPolicy() {
    AccessPolicy p = publicPolicy();
    p.grantAll(kEnergy, 3, RO, 1, MethodAccessMode::NoAccess);
    p.grant(kText, {RO, RO});
    for (int i = 1; i <= kExtraRegisters; ++i) {
        p.grantAll(cosem::ObisCode(1, 0, 1, 8, static_cast<std::uint8_t>(i), 255), 3, RO);
    }
    return p;
}

AccessPolicy managementPolicy() {
    AccessPolicy p = readerPolicy();
    p.grant(kClockLn, {RO, RW, RW, RO, RW, RW, RW, RW, RO},
            std::vector<MethodAccessMode>(6, MethodAccessMode::Access));
    p.grant(kEnergy, {RO, AttributeAccessMode::AuthenticatedReadAndWrite, RO},
            {MethodAccessMode::AuthenticatedAccess});
    p.grant(kText, {RO, RW});
    p.grant(kAssociation, {RO, RO, RO, RO, RO, RO, NA, RO, RO},
            {MethodAccessMode::Access, MethodAccessMode::NoAccess, MethodAccessMode::NoAccess,
             MethodAccessMode::NoAccess});
    return p;
}

AssociationConfig publicConfig() {
    return AssociationConfig::publicClient(publicPolicy());
}
AssociationConfig readerConfig() {
    return AssociationConfig::reader(kPassword, readerPolicy());
}
AssociationConfig managementConfig() {
    return AssociationConfig::management(title(kServerTitle), greenBookKeys(), managementPolicy());
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

Bytes initiate(Conformance conformance = clientConformance(), std::uint16_t pdu = 0xFFFF,
               std::uint8_t version = 6) {
    InitiateRequest request;
    request.proposedConformance = conformance;
    request.clientMaxReceivePduSize = pdu;
    request.proposedDlmsVersion = version;
    return encodeApdu(request).value();
}

Aarq lnAarq(std::optional<MechanismName> mechanism = std::nullopt,
            std::optional<Bytes> value = std::nullopt, std::optional<Bytes> ui = initiate()) {
    Aarq aarq;
    aarq.applicationContext = ApplicationContextName::LogicalName;
    aarq.mechanismName = mechanism;
    aarq.authentication = mechanism.has_value() && *mechanism != MechanismName::Lowest;
    aarq.callingAuthenticationValue = std::move(value);
    aarq.userInformation = std::move(ui);
    return aarq;
}

std::optional<Aare> associate(ServerAssociation& server, const Aarq& aarq) {
    auto out = server.handleApdu(encodeAarq(aarq).value());
    if (!out) {
        return std::nullopt;
    }
    auto aare = decodeAare(*out);
    if (!aare) {
        return std::nullopt;
    }
    return *aare;
}

QString diagnosticName(const Aare& aare) {
    if (const auto* user = std::get_if<AcseServiceUserDiagnostic>(&aare.diagnostic)) {
        return QString::fromLatin1(nameOf(*user));
    }
    return QStringLiteral("provider:") +
           nameOf(std::get<AcseServiceProviderDiagnostic>(aare.diagnostic));
}

/// The ConfirmedServiceError in an AARE's user-information, as "family/value".
QString initiateErrorOf(const Aare& aare) {
    if (!aare.userInformation) {
        return QStringLiteral("none");
    }
    auto apdu = decodeApdu(*aare.userInformation);
    if (!apdu) {
        return QStringLiteral("undecodable");
    }
    const auto* error = std::get_if<ConfirmedServiceError>(&*apdu);
    if (error == nullptr) {
        return QString::fromLatin1(apduName(*apdu));
    }
    return QString::fromLatin1(nameOf(error->error.kind)) + "/" +
           serviceErrorValueName(error->error);
}

std::optional<Apdu> exchange(ServerAssociation& server, const Apdu& request) {
    auto out = server.handleApdu(encodeApdu(request).value());
    if (!out) {
        return std::nullopt;
    }
    auto apdu = decodeApdu(*out);
    if (!apdu) {
        return std::nullopt;
    }
    return *apdu;
}

QString resultName(const GetDataResult& r) {
    if (const auto* dar = std::get_if<DataAccessResult>(&r)) {
        return QString::fromLatin1(nameOf(*dar));
    }
    return QStringLiteral("data");
}

GetRequestNormal getRequest(std::uint16_t classId, const cosem::ObisCode& ln, std::int8_t attr,
                            std::optional<SelectiveAccessDescriptor> access = std::nullopt) {
    return GetRequestNormal{InvokeIdAndPriority::make(1), {classId, ln, attr}, std::move(access)};
}

/// "data", a data-access-result name, or what else came back.
QString getName(ServerAssociation& server, std::uint16_t classId, const cosem::ObisCode& ln,
                std::int8_t attr, std::optional<SelectiveAccessDescriptor> access = std::nullopt) {
    auto rsp = exchange(server, getRequest(classId, ln, attr, std::move(access)));
    if (!rsp) {
        return QStringLiteral("no-response");
    }
    const auto* normal = std::get_if<GetResponseNormal>(&*rsp);
    if (normal == nullptr) {
        return QString::fromLatin1(apduName(*rsp));
    }
    return resultName(normal->result);
}

std::optional<Data> getValue(ServerAssociation& server, std::uint16_t classId,
                             const cosem::ObisCode& ln, std::int8_t attr) {
    auto rsp = exchange(server, getRequest(classId, ln, attr));
    const auto* normal = rsp ? std::get_if<GetResponseNormal>(&*rsp) : nullptr;
    const auto* data = normal ? std::get_if<Data>(&normal->result) : nullptr;
    if (data == nullptr) {
        return std::nullopt;
    }
    return *data;
}

QString setName(ServerAssociation& server, std::uint16_t classId, const cosem::ObisCode& ln,
                std::int8_t attr, const Data& value) {
    auto rsp = exchange(
        server,
        SetRequestNormal{InvokeIdAndPriority::make(2), {classId, ln, attr}, std::nullopt, value});
    const auto* normal = rsp ? std::get_if<SetResponseNormal>(&*rsp) : nullptr;
    return normal ? QString::fromLatin1(nameOf(normal->result)) : QStringLiteral("no-response");
}

QString actionName(ServerAssociation& server, std::uint16_t classId, const cosem::ObisCode& ln,
                   std::int8_t method, std::optional<Data> params) {
    auto rsp = exchange(
        server, ActionRequestNormal{
                    InvokeIdAndPriority::make(3), {classId, ln, method}, std::move(params)});
    const auto* normal = rsp ? std::get_if<ActionResponseNormal>(&*rsp) : nullptr;
    return normal ? QString::fromLatin1(nameOf(normal->response.result))
                  : QStringLiteral("no-response");
}

/// "state-error/service-error" of an exception-response, or what else came back.
QString exceptionOf(const std::optional<Bytes>& out) {
    if (!out) {
        return QStringLiteral("no-response");
    }
    auto apdu = decodeApdu(*out);
    if (!apdu) {
        return QStringLiteral("undecodable");
    }
    const auto* e = std::get_if<ExceptionResponse>(&*apdu);
    if (e == nullptr) {
        return QString::fromLatin1(apduName(*apdu));
    }
    return QString::fromLatin1(nameOf(e->stateError)) + "/" + nameOf(e->serviceError);
}

/// The client side of the HLS-GMAC association, with its own security context.
struct HlsClient {
    sec::SecurityContext context;
    Bytes ctos = bytesOf("K56iVagY");  // CtoS of the Green Book example (8 octets)
    explicit HlsClient(sec::SecurityKeys keys = greenBookKeys())
        : context(title(kClientTitle), std::move(keys)) {}

    Aarq aarq(std::uint16_t pdu = 0xFFFF, Conformance conformance = clientConformance()) {
        Aarq a;
        a.applicationContext = ApplicationContextName::LogicalNameCiphered;
        const auto own = context.ownSystemTitle().bytes();
        a.callingApTitle = Bytes(own.begin(), own.end());
        a.authentication = true;
        a.mechanismName = MechanismName::HighGmac;
        a.callingAuthenticationValue = ctos;
        a.userInformation =
            sec::cipherApdu(initiate(conformance, pdu), context, sec::CipheringMode::Global)
                .value();
        return a;
    }

    /// Ciphers the plain APDU bytes `plain`, hands them to the server and returns the plain
    /// bytes of the answer (an exception-response as it came).
    Bytes sendBytes(ServerAssociation& server, const Bytes& plain) {
        auto out = server.handleApdu(
            sec::cipherApdu(plain, context, sec::CipheringMode::Global).valueOr(Bytes{}));
        if (!out || out->empty()) {
            return {};
        }
        if (out->front() == static_cast<std::uint8_t>(ApduTag::ExceptionResponse)) {
            return *out;
        }
        auto deciphered = sec::decipherApdu(*out, context);
        return deciphered ? deciphered->plain : Bytes{};
    }

    /// Ciphers `request`, hands it to the server, deciphers the answer (exception-responses come
    /// plain). `wire` receives the ciphered request.
    std::optional<Apdu> send(ServerAssociation& server, const Apdu& request,
                             Bytes* wire = nullptr) {
        auto ciphered =
            sec::cipherApdu(encodeApdu(request).value(), context, sec::CipheringMode::Global);
        if (!ciphered) {
            return std::nullopt;
        }
        if (wire != nullptr) {
            *wire = *ciphered;
        }
        return receive(server.handleApdu(*ciphered));
    }

    std::optional<Apdu> receive(const std::optional<Bytes>& out) {
        if (!out || out->empty()) {
            return std::nullopt;
        }
        if (out->front() == static_cast<std::uint8_t>(ApduTag::ExceptionResponse)) {
            auto plain = decodeApdu(*out);
            return plain ? std::optional<Apdu>(*plain) : std::nullopt;
        }
        auto deciphered = sec::decipherApdu(*out, context);
        if (!deciphered) {
            return std::nullopt;
        }
        auto apdu = decodeApdu(deciphered->plain);
        return apdu ? std::optional<Apdu>(*apdu) : std::nullopt;
    }
};

/// Runs AARQ -> AARE for the HLS client; returns StoC (empty on failure).
Bytes hlsAssociate(HlsClient& client, ServerAssociation& server) {
    auto aare = associate(server, client.aarq());
    if (!aare || aare->result != AssociationResult::Accepted || !aare->respondingApTitle ||
        !aare->respondingAuthenticationValue) {
        return {};
    }
    client.context.setPeerSystemTitle(title(kServerTitle));
    return *aare->respondingAuthenticationValue;
}

ActionRequestNormal hlsReply(Bytes fStoC) {
    return ActionRequestNormal{
        InvokeIdAndPriority::make(4), {15, kAssociation, 1}, Data::octetString(std::move(fStoC))};
}

RequestContext emptyContext() {
    return RequestContext{};
}

}  // namespace

class TstSimServer : public QObject {
    Q_OBJECT

private slots:
    // --- object model ----------------------------------------------------------------------
    void dataObject_getSetAndTypeCheck() {
        // Given a Data object holding octet-string "ABC"
        omt::sim::DataObject text(kText, Data::octetString(bytesOf("ABC")));
        auto ctx = emptyContext();
        QCOMPARE(text.classId(), std::uint16_t{1});
        QCOMPARE(text.attributeCount(), std::int8_t{2});
        // attribute 1 is the logical name as octet-string(6)
        QCOMPARE(*text.get(1, std::nullopt, ctx), Data::octetString({0, 0, 96, 1, 10, 255}));
        // a new value of the same type is taken, another type is type-unmatched
        QCOMPARE(text.set(2, std::nullopt, Data::octetString(bytesOf("XYZ1")), ctx),
                 DataAccessResult::Success);
        QCOMPARE(*text.get(2, std::nullopt, ctx), Data::octetString(bytesOf("XYZ1")));
        QCOMPARE(text.set(2, std::nullopt, Data::visibleString("XYZ"), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(*text.get(2, std::nullopt, ctx), Data::octetString(bytesOf("XYZ1")));
        // the logical name is never written; attribute 3 does not exist
        QCOMPARE(text.set(1, std::nullopt, Data::octetString({1, 2, 3, 4, 5, 6}), ctx),
                 DataAccessResult::ReadWriteDenied);
        QCOMPARE(text.get(3, std::nullopt, ctx).error(), DataAccessResult::ObjectUndefined);
        QCOMPARE(text.get(0, std::nullopt, ctx).error(), DataAccessResult::ObjectUndefined);
        // selective access on an attribute without selectors
        SelectiveAccessDescriptor entry = makeEntryDescriptor({});
        QCOMPARE(text.get(2, entry, ctx).error(), DataAccessResult::ScopeOfAccessViolated);
        QCOMPARE(text.invoke(1, std::nullopt, ctx).error(), ActionResult::ObjectUndefined);
    }

    void sameShape_structuresAndArrays() {
        const Data like = Data::structure({Data::integer(0), Data::enumValue(30)});
        QVERIFY(
            omt::sim::sameShape(Data::structure({Data::integer(-3), Data::enumValue(27)}), like));
        QVERIFY(!omt::sim::sameShape(Data::structure({Data::integer(-3)}), like));
        QVERIFY(
            !omt::sim::sameShape(Data::structure({Data::long16(-3), Data::enumValue(27)}), like));
        const Data array = Data::array({Data::longUnsigned(1)});
        QVERIFY(omt::sim::sameShape(Data::array({}), array));
        QVERIFY(omt::sim::sameShape(Data::array({Data::longUnsigned(2), Data::longUnsigned(3)}),
                                    array));
        QVERIFY(!omt::sim::sameShape(Data::array({Data::unsigned8(2)}), array));
    }

    void registerObject_scalerUnitAndReset() {
        // Given a Register of 5009 Wh (double-long-unsigned)
        omt::sim::RegisterObject energy(kEnergy, Data::doubleLongUnsigned(5009),
                                        {0, cosem::Unit::WattHour});
        auto ctx = emptyContext();
        QCOMPARE(energy.classId(), std::uint16_t{3});
        // scaler_unit: 02 02 0F 00 16 1E
        QCOMPARE(encode(*energy.get(3, std::nullopt, ctx)).value(), *fromHex("02 02 0F 00 16 1E"));
        QCOMPARE(energy.set(2, std::nullopt, Data::longUnsigned(1), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(energy.set(3, std::nullopt, Data::structure({Data::integer(-3)}), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(energy.set(3, std::nullopt,
                            Data::structure({Data::integer(-3), Data::enumValue(30)}), ctx),
                 DataAccessResult::Success);
        QCOMPARE(energy.scalerUnit().scaler, std::int8_t{-3});
        // reset(integer 0): the value becomes 0 of the same type
        QCOMPARE(energy.invoke(1, Data::octetString({}), ctx).error(), ActionResult::TypeUnmatched);
        QVERIFY(energy.invoke(1, Data::integer(0), ctx).hasValue());
        QCOMPARE(energy.value(), Data::doubleLongUnsigned(0));
        QCOMPARE(energy.invoke(2, std::nullopt, ctx).error(), ActionResult::ObjectUndefined);
    }

    void clockObject_timeFromSourceSetAndShift() {
        // Given a clock at 2026-03-29T01:00:00Z, time zone CET (-60), no daylight saving
        std::int64_t now = kNow;
        cosem::Clock attributes;
        attributes.timeZone = -60;
        omt::sim::ClockObject clock(
            [&now] { return std::chrono::sys_seconds{std::chrono::seconds{now}}; }, attributes);
        auto ctx = emptyContext();
        // then time is 2026-03-29 (Sunday) 02:00:00.00, deviation -60 (FF C4), status 00
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 03 1D 07 02 00 00 00 FF C4 00")));
        QCOMPARE(*clock.get(3, std::nullopt, ctx), Data::long16(-60));
        // the source moves on: so does the clock
        now += 61;
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 03 1D 07 02 01 01 00 FF C4 00")));
        // setting the time to 03:00:00 local (deviation not specified: the time zone applies)
        QCOMPARE(clock.set(2, std::nullopt,
                           Data::octetString(*fromHex("07 EA 03 1D FF 03 00 00 00 80 00 FF")), ctx),
                 DataAccessResult::Success);
        QCOMPARE(clock.now().time_since_epoch().count(), kNow + 3600);
        // wrong type / length / invalid date
        QCOMPARE(clock.set(2, std::nullopt, Data::octetString({1, 2, 3}), ctx),
                 DataAccessResult::TypeUnmatched);
        QCOMPARE(clock.set(2, std::nullopt,
                           Data::octetString(*fromHex("07 EA 0D 1D FF 03 00 00 00 80 00 FF")), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(clock.set(3, std::nullopt, Data::long16(2000), ctx),
                 DataAccessResult::OtherReason);
        QCOMPARE(clock.set(3, std::nullopt, Data::unsigned8(1), ctx),
                 DataAccessResult::TypeUnmatched);
        // shift_time(long -30)
        QVERIFY(clock.invoke(6, Data::long16(-30), ctx).hasValue());
        QCOMPARE(clock.now().time_since_epoch().count(), kNow + 3600 - 30);
        QCOMPARE(clock.invoke(6, Data::long16(901), ctx).error(), ActionResult::OtherReason);
        QCOMPARE(clock.invoke(6, Data::integer(1), ctx).error(), ActionResult::TypeUnmatched);
        // adjust_to_minute: -30 s past the minute rounds to the full minute
        QVERIFY(clock.invoke(3, Data::integer(0), ctx).hasValue());
        QCOMPARE(clock.now().time_since_epoch().count() % 60, std::int64_t{0});
        QCOMPARE(clock.invoke(7, std::nullopt, ctx).error(), ActionResult::ObjectUndefined);
    }

    void clockObject_daylightSavingByBeginAndEnd() {
        using std::chrono::sys_seconds;
        const auto utc = [](std::int64_t t) { return sys_seconds{std::chrono::seconds{t}}; };
        const auto at = [](int y, unsigned m, unsigned d, int h) {
            return sys_seconds{std::chrono::sys_days{std::chrono::year{y} / m / d}} +
                   std::chrono::hours{h};
        };
        // The EU rule as daylight_savings_begin / _end: FFFF 03 FE 07 02:00:00 (last Sunday of
        // March, 02:00 standard time) and FFFF 0A FE 07 03:00:00 (last Sunday of October, 03:00
        // daylight time)
        const auto dateTime = [](const char* hex) {
            return dlms::CosemDateTime::fromBytes(*fromHex(hex)).value();
        };
        const auto begin = dateTime("FF FF 03 FE 07 02 00 00 00 80 00 FF");
        const auto end = dateTime("FF FF 0A FE 07 03 00 00 00 80 00 FF");
        using omt::sim::ClockObject;
        QCOMPARE(*ClockObject::switchInstant(begin, 2026, -60), at(2026, 3, 29, 1));
        QCOMPARE(*ClockObject::switchInstant(end, 2026, -120), at(2026, 10, 25, 1));
        QCOMPARE(*ClockObject::switchInstant(begin, 2027, -60), at(2027, 3, 28, 1));
        QCOMPARE(*ClockObject::switchInstant(end, 2027, -120), at(2027, 10, 31, 1));
        // the first Sunday on or after the 25th is the same day; 0xFD second last Sunday
        QCOMPARE(
            *ClockObject::switchInstant(dateTime("FF FF 03 19 07 02 00 00 00 80 00 FF"), 2026, -60),
            at(2026, 3, 29, 1));
        QCOMPARE(
            *ClockObject::switchInstant(dateTime("FF FF 03 FD 07 02 00 00 00 80 00 FF"), 2026, -60),
            at(2026, 3, 22, 1));
        // no weekday: the last day; a given year only in that year; no month: no switch
        QCOMPARE(
            *ClockObject::switchInstant(dateTime("FF FF 02 FE FF 00 00 00 00 80 00 FF"), 2028, 0),
            at(2028, 2, 29, 0));
        QVERIFY(!ClockObject::switchInstant(dateTime("07 EB 03 FE 07 02 00 00 00 80 00 FF"), 2026,
                                            -60));
        QVERIFY(!ClockObject::switchInstant(dateTime("FF FF FF FE 07 02 00 00 00 80 00 FF"), 2026,
                                            -60));
        QVERIFY(!ClockObject::switchInstant(dateTime("FF FF 02 1E FF 02 00 00 00 80 00 FF"), 2026,
                                            -60));

        // A CET clock with the EU rule enabled, one second before the switch in March
        std::int64_t now = kNow - 1;
        cosem::Clock attributes;
        attributes.timeZone = -60;
        attributes.daylightSavingsBegin = begin;
        attributes.daylightSavingsEnd = end;
        attributes.daylightSavingsDeviation = 60;
        attributes.daylightSavingsEnabled = true;
        omt::sim::ClockObject clock([&now] { return sys_seconds{std::chrono::seconds{now}}; },
                                    attributes);
        auto ctx = emptyContext();
        // 01:59:59 CET, deviation -60 (FF C4), status 00
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 03 1D 07 01 3B 3B 00 FF C4 00")));
        QCOMPARE(*clock.get(4, std::nullopt, ctx), Data::unsigned8(0x00));
        // 01:00:00 UTC: 03:00:00 CEST, deviation -120 (FF 88), status 80 daylight saving active
        now = kNow;
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 03 1D 07 03 00 00 00 FF 88 80")));
        QCOMPARE(*clock.get(4, std::nullopt, ctx), Data::unsigned8(0x80));
        QVERIFY(clock.daylightSavingActiveAt(utc(kNow + 100 * 86400)));
        // October: 02:59:59 CEST, then 02:00:00 CET again
        now = at(2026, 10, 25, 1).time_since_epoch().count() - 1;
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 0A 19 07 02 3B 3B 00 FF 88 80")));
        now += 1;
        QCOMPARE(*clock.get(2, std::nullopt, ctx),
                 Data::octetString(*fromHex("07 EA 0A 19 07 02 00 00 00 FF C4 00")));
        // disabled (attribute 8 false): standard time all year
        QCOMPARE(clock.set(8, std::nullopt, Data::boolean(false), ctx), DataAccessResult::Success);
        QVERIFY(!clock.daylightSavingActiveAt(utc(kNow + 100 * 86400)));
        QCOMPARE(clock.set(8, std::nullopt, Data::boolean(true), ctx), DataAccessResult::Success);
        // a deviation of 120 minutes moves the summer clock two hours
        QCOMPARE(clock.set(7, std::nullopt, Data::integer(120), ctx), DataAccessResult::Success);
        now = kNow + 100 * 86400;
        const auto summer =
            dlms::CosemDateTime::fromBytes(*clock.get(2, std::nullopt, ctx)->as<Bytes>());
        QCOMPARE(summer->deviation, std::int16_t{-180});
        QCOMPARE(clock.set(7, std::nullopt, Data::integer(60), ctx), DataAccessResult::Success);
        // a date-time written without deviation during daylight saving is daylight time
        QCOMPARE(clock.set(2, std::nullopt,
                           Data::octetString(*fromHex("07 EA 07 01 FF 0C 00 00 00 80 00 FF")), ctx),
                 DataAccessResult::Success);
        QCOMPARE(clock.now(), at(2026, 7, 1, 10));
        // southern hemisphere: begin in October, end in April -> active in January
        QCOMPARE(clock.set(5, std::nullopt,
                           Data::octetString(*fromHex("FF FF 0A 01 07 02 00 00 00 80 00 FF")), ctx),
                 DataAccessResult::Success);
        QCOMPARE(clock.set(6, std::nullopt,
                           Data::octetString(*fromHex("FF FF 04 01 07 03 00 00 00 80 00 FF")), ctx),
                 DataAccessResult::Success);
        QVERIFY(clock.daylightSavingActiveAt(at(2026, 1, 15, 12)));
        QVERIFY(!clock.daylightSavingActiveAt(at(2026, 7, 15, 12)));
        QVERIFY(clock.daylightSavingActiveAt(at(2026, 12, 15, 12)));
    }

    void directory_uniqueLogicalNames() {
        ObjectDirectory directory;
        QVERIFY(directory.add(std::make_unique<omt::sim::DataObject>(kLdn, Data::unsigned8(1))));
        QVERIFY(!directory.add(std::make_unique<omt::sim::DataObject>(kLdn, Data::unsigned8(2))));
        QVERIFY(!directory.add(nullptr));
        QCOMPARE(directory.size(), std::size_t{1});
        QVERIFY(directory.find(kLdn) != nullptr);
        QVERIFY(directory.find(kText) == nullptr);
    }

    void accessPolicy_modesAndAuthenticatedVariants() {
        AccessPolicy p;
        p.grant(kText,
                {AttributeAccessMode::ReadOnly, AttributeAccessMode::AuthenticatedReadAndWrite},
                {MethodAccessMode::AuthenticatedAccess, MethodAccessMode::Access});
        QVERIFY(p.canRead(kText, 1, false));
        QVERIFY(!p.canWrite(kText, 1, true));
        QVERIFY(!p.canRead(kText, 2, false));
        QVERIFY(p.canRead(kText, 2, true));
        QVERIFY(p.canWrite(kText, 2, true));
        QVERIFY(!p.canRead(kText, 3, true));  // not listed: no-access
        QVERIFY(!p.canInvoke(kText, 1, false));
        QVERIFY(p.canInvoke(kText, 1, true));
        QVERIFY(p.canInvoke(kText, 2, false));
        QVERIFY(!p.canInvoke(kText, 3, true));
        QVERIFY(!p.visible(kLdn));
        QVERIFY(!p.canRead(kLdn, 1, true));
        QVERIFY(AccessPolicy::allowsWrite(AttributeAccessMode::WriteOnly, false));
        QVERIFY(!AccessPolicy::allowsRead(AttributeAccessMode::WriteOnly, true));
        QVERIFY(!AccessPolicy::allowsWrite(AttributeAccessMode::AuthenticatedWriteOnly, false));
    }

    // --- ACSE ------------------------------------------------------------------------------
    void aarq_publicClientAccepted() {
        Meter meter;
        ServerAssociation server(publicConfig(), meter.directory);
        // Given the AARQ of the Green Book without authentication (LN context, InitiateRequest
        // proposing get/set/action/selective-access/block-get/multiple-references, PDU 0xFFFF)
        auto aare = associate(server, lnAarq());
        QVERIFY(aare);
        QCOMPARE(aare->result, AssociationResult::Accepted);
        QCOMPARE(diagnosticName(*aare), QStringLiteral("null"));
        QCOMPARE(aare->applicationContext, ApplicationContextName::LogicalName);
        QVERIFY(!aare->mechanismName);
        // the InitiateResponse: DLMS 6, the intersection of the conformance blocks, the
        // server's max receive PDU size, VAA name 0x0007
        QVERIFY(aare->userInformation);
        auto initiateResponse = decodeApdu(*aare->userInformation);
        QVERIFY(initiateResponse);
        const auto* ir = std::get_if<InitiateResponse>(&*initiateResponse);
        QVERIFY(ir != nullptr);
        QCOMPARE(ir->negotiatedDlmsVersion, std::uint8_t{6});
        QCOMPARE(ir->negotiatedConformance.wire(),
                 (clientConformance() & omt::sim::serverConformance()).wire());
        QCOMPARE(ir->serverMaxReceivePduSize, std::uint16_t{1024});
        QCOMPARE(ir->vaaName, std::int16_t{7});
        QCOMPARE(server.status(), cosem::AssociationStatus::Associated);
        QCOMPARE(server.clientMaxReceivePduSize(), std::uint16_t{0xFFFF});

        // a client proposing only GET gets only GET
        ServerAssociation getOnly(publicConfig(), meter.directory);
        auto aare2 = associate(getOnly, lnAarq(std::nullopt, std::nullopt,
                                               initiate(Conformance{}.set(ConformanceBit::Get))));
        QVERIFY(aare2 && aare2->result == AssociationResult::Accepted);
        QCOMPARE(getOnly.negotiatedConformance().wire(),
                 Conformance{}.set(ConformanceBit::Get).wire());
    }

    void aarq_rejections_data() {
        QTest::addColumn<int>("association");  // 0 public, 1 reader, 2 management
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("mechanism");  // -1 none
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("diagnostic");
        const int ln = static_cast<int>(ApplicationContextName::LogicalName);
        const int lnc = static_cast<int>(ApplicationContextName::LogicalNameCiphered);
        const int sn = static_cast<int>(ApplicationContextName::ShortName);
        QTest::newRow("public, SN context")
            << 0 << sn << -1 << QByteArray() << "application-context-name-not-supported";
        QTest::newRow("public, ciphered context")
            << 0 << lnc << -1 << QByteArray() << "application-context-name-not-supported";
        QTest::newRow("public, LLS mechanism") << 0 << ln << 1 << QByteArray("12345678")
                                               << "authentication-mechanism-name-not-recognised";
        QTest::newRow("reader, no mechanism")
            << 1 << ln << -1 << QByteArray() << "authentication-mechanism-name-required";
        QTest::newRow("reader, HLS-GMAC mechanism")
            << 1 << ln << 5 << QByteArray("12345678")
            << "authentication-mechanism-name-not-recognised";
        QTest::newRow("reader, wrong password")
            << 1 << ln << 1 << QByteArray("12345679") << "authentication-failure";
        QTest::newRow("reader, longer password")
            << 1 << ln << 1 << QByteArray("123456789") << "authentication-failure";
        QTest::newRow("reader, no password")
            << 1 << ln << 1 << QByteArray() << "authentication-required";
        QTest::newRow("reader, right password") << 1 << ln << 1 << QByteArray("12345678") << "null";
        QTest::newRow("management, LN context")
            << 2 << ln << 5 << QByteArray("K56iVagY") << "application-context-name-not-supported";
        QTest::newRow("management, no mechanism")
            << 2 << lnc << -1 << QByteArray() << "authentication-mechanism-name-required";
        QTest::newRow("management, LLS") << 2 << lnc << 1 << QByteArray("12345678")
                                         << "authentication-mechanism-name-not-recognised";
        QTest::newRow("management, CtoS of 7")
            << 2 << lnc << 5 << QByteArray("K56iVag") << "authentication-failure";
    }

    void aarq_rejections() {
        QFETCH(int, association);
        QFETCH(int, context);
        QFETCH(int, mechanism);
        QFETCH(QByteArray, value);
        QFETCH(QString, diagnostic);
        Meter meter;
        AssociationConfig config = association == 0   ? publicConfig()
                                   : association == 1 ? readerConfig()
                                                      : managementConfig();
        ServerAssociation server(std::move(config), meter.directory);
        HlsClient client;
        Aarq aarq = association == 2 ? client.aarq() : lnAarq();
        aarq.applicationContext = static_cast<ApplicationContextName>(context);
        aarq.mechanismName =
            mechanism < 0 ? std::nullopt
                          : std::optional<MechanismName>(static_cast<MechanismName>(mechanism));
        aarq.authentication = mechanism > 0;
        aarq.callingAuthenticationValue =
            value.isEmpty() ? std::nullopt
                            : std::optional<Bytes>(Bytes(value.begin(), value.end()));
        auto aare = associate(server, aarq);
        QVERIFY(aare);
        QCOMPARE(diagnosticName(*aare), diagnostic);
        const bool accepted = diagnostic == QStringLiteral("null");
        QCOMPARE(aare->result,
                 accepted ? AssociationResult::Accepted : AssociationResult::RejectedPermanent);
        QCOMPARE(server.status(), accepted ? cosem::AssociationStatus::Associated
                                           : cosem::AssociationStatus::NonAssociated);
        // a rejected association serves nothing
        QCOMPARE(getName(server, 1, kLdn, 2),
                 accepted ? QStringLiteral("data") : QStringLiteral("no-response"));
    }

    void aarq_initiateErrors() {
        Meter meter;
        const auto run = [&](std::optional<Bytes> ui) {
            ServerAssociation server(publicConfig(), meter.directory);
            auto aare = associate(server, lnAarq(std::nullopt, std::nullopt, std::move(ui)));
            if (!aare || aare->result != AssociationResult::RejectedPermanent ||
                server.status() != cosem::AssociationStatus::NonAssociated) {
                return QStringLiteral("not rejected");
            }
            return diagnosticName(*aare) + ":" + initiateErrorOf(*aare);
        };
        // DLMS version 5: 0E 01 06 01
        QCOMPARE(run(initiate(clientConformance(), 0xFFFF, 5)),
                 QStringLiteral("no-reason-given:initiate/dlms-version-too-low"));
        // no common service
        QCOMPARE(run(initiate(Conformance{}.set(ConformanceBit::Read), 0xFFFF)),
                 QStringLiteral("no-reason-given:initiate/incompatible-conformance"));
        // client max receive PDU size 11 (12 is the least)
        QCOMPARE(run(initiate(clientConformance(), 11)),
                 QStringLiteral("no-reason-given:initiate/pdu-size-too-short"));
        // user-information that is not an InitiateRequest
        QCOMPARE(run(*fromHex("C0 01 C1 00 01 00 00 2A 00 00 FF 02 00")),
                 QStringLiteral("no-reason-given:initiate/other"));
        // no user-information at all
        QCOMPARE(run(std::nullopt), QStringLiteral("no-reason-given:none"));
        // PDU size 12 is still accepted
        ServerAssociation server(publicConfig(), meter.directory);
        auto aare = associate(
            server, lnAarq(std::nullopt, std::nullopt, initiate(clientConformance(), 12)));
        QVERIFY(aare && aare->result == AssociationResult::Accepted);
    }

    void aarq_malformedAndWhileAssociated() {
        Meter meter;
        ServerAssociation server(publicConfig(), meter.directory);
        // a truncated AARQ: rejected by the ACSE provider
        Bytes good = encodeAarq(lnAarq()).value();
        auto out = server.handleApdu(ByteView(good).first(good.size() - 3));
        QVERIFY(out);
        auto aare = decodeAare(*out);
        QVERIFY(aare);
        QCOMPARE(aare->result, AssociationResult::RejectedPermanent);
        QCOMPARE(diagnosticName(*aare), QStringLiteral("provider:no-reason-given"));
        // associated: a second AARQ is rejected and the association stays
        QVERIFY(associate(server, lnAarq())->result == AssociationResult::Accepted);
        auto again = associate(server, lnAarq());
        QVERIFY(again);
        QCOMPARE(again->result, AssociationResult::RejectedPermanent);
        QCOMPARE(server.status(), cosem::AssociationStatus::Associated);
    }

    void rlrq_releasesAndRequestsBeforeAssociationAreDiscarded() {
        Meter meter;
        ServerAssociation server(publicConfig(), meter.directory);
        const Bytes rlrq = *fromHex("62 03 80 01 00");  // RLRQ reason normal
        // Given no association: GET, RLRQ and garbage get no response at all
        QCOMPARE(getName(server, 1, kLdn, 2), QStringLiteral("no-response"));
        QVERIFY(!server.handleApdu(rlrq));
        QVERIFY(!server.handleApdu(*fromHex("C0 01")));
        QVERIFY(!server.handleApdu(*fromHex("FF FF FF")));
        QVERIFY(!server.handleApdu(ByteView{}));
        // When associated then released: RLRE 63 03 80 01 00, and back to silence
        QVERIFY(associate(server, lnAarq())->result == AssociationResult::Accepted);
        QCOMPARE(getName(server, 1, kLdn, 2), QStringLiteral("data"));
        auto rlre = server.handleApdu(rlrq);
        QVERIFY(rlre);
        QCOMPARE(*rlre, *fromHex("63 03 80 01 00"));
        QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
        QCOMPARE(getName(server, 1, kLdn, 2), QStringLiteral("no-response"));
        // abort() (link lost) also ends the association
        QVERIFY(associate(server, lnAarq())->result == AssociationResult::Accepted);
        server.abort();
        QCOMPARE(getName(server, 1, kLdn, 2), QStringLiteral("no-response"));
    }

    // --- access separation -----------------------------------------------------------------
    void accessSeparation_publicReaderManagement() {
        Meter meter;
        ServerAssociation pub(publicConfig(), meter.directory);
        ServerAssociation reader(readerConfig(), meter.directory);
        QVERIFY(associate(pub, lnAarq())->result == AssociationResult::Accepted);
        QVERIFY(associate(reader, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        // public: identity and clock only; the energy register does not exist for it
        QCOMPARE(*getValue(pub, 1, kLdn, 2), Data::octetString(bytesOf("KAM0000BC614E")));
        QCOMPARE(getName(pub, 8, kClockLn, 2), QStringLiteral("data"));
        QCOMPARE(getName(pub, 3, kEnergy, 2), QStringLiteral("object-undefined"));
        QCOMPARE(setName(pub, 8, kClockLn, 3, Data::long16(0)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(setName(pub, 3, kEnergy, 2, Data::doubleLongUnsigned(1)),
                 QStringLiteral("object-undefined"));
        // reader: reads the register, writes nothing
        QCOMPARE(*getValue(reader, 3, kEnergy, 2), Data::doubleLongUnsigned(5009));
        QCOMPARE(setName(reader, 1, kText, 2, Data::octetString(bytesOf("NEW"))),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(actionName(reader, 3, kEnergy, 1, Data::integer(0)),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(*getValue(reader, 1, kText, 2), Data::octetString(bytesOf("ABC")));
        // associated_partners_id and mechanism name reflect each association
        QCOMPARE(*getValue(pub, 15, kAssociation, 3),
                 Data::structure({Data::integer(0x10), Data::longUnsigned(1)}));
        QCOMPARE(*getValue(reader, 15, kAssociation, 3),
                 Data::structure({Data::integer(0x20), Data::longUnsigned(1)}));
        // 60 85 74 05 08 02 01: low-level-security
        QCOMPARE(*getValue(reader, 15, kAssociation, 6),
                 Data::octetString(*fromHex("60 85 74 05 08 02 01")));
        QCOMPARE(*getValue(pub, 15, kAssociation, 4),
                 Data::octetString(*fromHex("60 85 74 05 08 01 01")));
        QCOMPARE(*getValue(pub, 15, kAssociation, 8), Data::enumValue(2));  // associated
        // xDLMS_context_info: negotiated conformance, server max receive 1024, max send = the
        // client's 0xFFFF, DLMS version 6, quality of service 0
        auto info = cosem::XdlmsContextInfo::fromData(*getValue(pub, 15, kAssociation, 5));
        QVERIFY(info);
        QCOMPARE(info->conformance.wire(),
                 (clientConformance() & omt::sim::serverConformance()).wire());
        QCOMPARE(info->maxReceivePduSize, std::uint16_t{1024});
        QCOMPARE(info->maxSendPduSize, std::uint16_t{0xFFFF});
        QCOMPARE(info->dlmsVersionNumber, std::uint8_t{6});
        QCOMPARE(*getValue(pub, 15, kAssociation, 9),
                 Data::octetString({0, 0, 43, 0, 0, 255}));  // security_setup_reference
        // the secret is never disclosed, even where the policy would allow it
        QCOMPARE(getName(pub, 15, kAssociation, 7), QStringLiteral("read-write-denied"));
    }

    void objectList_perAssociation() {
        Meter meter;
        ServerAssociation pub(publicConfig(), meter.directory);
        ServerAssociation reader(readerConfig(), meter.directory);
        QVERIFY(associate(pub, lnAarq())->result == AssociationResult::Accepted);
        QVERIFY(associate(reader, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        auto raw = getValue(pub, 15, kAssociation, 2);
        QVERIFY(raw);
        auto list = cosem::ObjectList::fromData(*raw, 1);
        QVERIFY(list);
        // public: exactly LDN, clock and the association, in directory order
        QCOMPARE(list->entries.size(), std::size_t{3});
        QCOMPARE(list->entries[0].logicalName, kLdn);
        QCOMPARE(list->entries[0].classId, std::uint16_t{1});
        QCOMPARE(list->entries[1].logicalName, kClockLn);
        QCOMPARE(list->entries[1].classId, std::uint16_t{8});
        QCOMPARE(list->entries[1].accessRights.attributeAccess.size(), std::size_t{9});
        QCOMPARE(list->entries[1].accessRights.methodAccess.size(), std::size_t{6});
        QCOMPARE(list->entries[2].logicalName, kAssociation);
        QCOMPARE(list->entries[2].version, std::uint8_t{1});
        const auto* secret = list->entries[2].findAttributeAccess(7);
        QVERIFY(secret != nullptr);
        QCOMPARE(secret->accessMode, static_cast<std::uint8_t>(AttributeAccessMode::NoAccess));
        const auto* time = list->entries[1].findAttributeAccess(2);
        QVERIFY(time && time->readable(1) && !time->writable(1));
        // reader: those plus the registers and the text
        auto readerList = cosem::ObjectList::fromData(*getValue(reader, 15, kAssociation, 2), 1);
        QVERIFY(readerList);
        QCOMPARE(readerList->entries.size(), std::size_t{5 + kExtraRegisters});
        QVERIFY(readerList->find(3, kEnergy) != nullptr);
        QVERIFY(readerList->find(3, kEnergy)->findAttributeAccess(2)->readable(1));
        QVERIFY(!readerList->find(3, kEnergy)->findMethodAccess(1)->permitted(1));
    }

    // --- services --------------------------------------------------------------------------
    void get_everyDataAccessResult() {
        Meter meter;
        ServerAssociation reader(readerConfig(), meter.directory);
        QVERIFY(associate(reader, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        // C0 01 C1 00 03 01 00 01 08 00 FF 02 00 -> C4 01 C1 00 06 00 00 13 91 (5009)
        auto out = reader.handleApdu(*fromHex("C0 01 C1 00 03 01 00 01 08 00 FF 02 00"));
        QVERIFY(out);
        QCOMPARE(*out, *fromHex("C4 01 C1 00 06 00 00 13 91"));
        QCOMPARE(getName(reader, 1, cosem::ObisCode(0, 0, 99, 99, 0, 255), 2),
                 QStringLiteral("object-undefined"));  // no such object
        QCOMPARE(getName(reader, 1, kEnergy, 2),
                 QStringLiteral("object-class-inconsistent"));  // it is a Register
        QCOMPARE(getName(reader, 3, kEnergy, 4),
                 QStringLiteral("object-undefined"));  // Register has 3 attributes
        QCOMPARE(getName(reader, 3, kEnergy, 0), QStringLiteral("object-undefined"));
        QCOMPARE(getName(reader, 15, kAssociation, 7),
                 QStringLiteral("read-write-denied"));  // no-access
        QCOMPARE(getName(reader, 3, kEnergy, 2, makeEntryDescriptor({})),
                 QStringLiteral("scope-of-access-violated"));
        QCOMPARE(getName(reader, 8, kClockLn, 2), QStringLiteral("data"));
    }

    void getWithList_eachItemOnItsOwn() {
        Meter meter;
        ServerAssociation reader(readerConfig(), meter.directory);
        QVERIFY(associate(reader, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        GetRequestWithList request{InvokeIdAndPriority::make(5),
                                   {{{3, kEnergy, 2}, std::nullopt},
                                    {{3, kEnergy, 9}, std::nullopt},
                                    {{1, kLdn, 2}, std::nullopt},
                                    {{15, kAssociation, 7}, std::nullopt}}};
        auto rsp = exchange(reader, request);
        QVERIFY(rsp);
        const auto* list = std::get_if<GetResponseWithList>(&*rsp);
        QVERIFY(list != nullptr);
        QCOMPARE(list->invokeIdAndPriority, InvokeIdAndPriority::make(5));
        QCOMPARE(list->results.size(), std::size_t{4});
        QCOMPARE(std::get<Data>(list->results[0]), Data::doubleLongUnsigned(5009));
        QCOMPARE(resultName(list->results[1]), QStringLiteral("object-undefined"));
        QCOMPARE(resultName(list->results[2]), QStringLiteral("data"));
        QCOMPARE(resultName(list->results[3]), QStringLiteral("read-write-denied"));
        // 17 items: above the bound of 16
        request.attributes.assign(17, {{1, kLdn, 2}, std::nullopt});
        QCOMPARE(exceptionOf(reader.handleApdu(encodeApdu(request).value())),
                 QStringLiteral("service-not-allowed/operation-not-possible"));
    }

    void set_resultsAndTypeChecks() {
        Meter meter;
        ServerAssociation manager(managementConfig(), meter.directory);
        HlsClient client;
        Bytes stoc = hlsAssociate(client, manager);
        QVERIFY(!stoc.empty());
        QVERIFY(
            client.send(manager, hlsReply(sec::respondToChallenge(client.context, stoc).value())));
        QCOMPARE(manager.status(), cosem::AssociationStatus::Associated);
        const auto set = [&](std::uint16_t classId, const cosem::ObisCode& ln, std::int8_t attr,
                             const Data& value) {
            auto rsp = client.send(
                manager,
                SetRequestNormal{
                    InvokeIdAndPriority::make(2), {classId, ln, attr}, std::nullopt, value});
            const auto* normal = rsp ? std::get_if<SetResponseNormal>(&*rsp) : nullptr;
            return normal ? QString::fromLatin1(nameOf(normal->result))
                          : QStringLiteral("no-response");
        };
        QCOMPARE(set(1, kText, 2, Data::octetString(bytesOf("NEW TEXT"))),
                 QStringLiteral("success"));
        QCOMPARE(set(1, kText, 2, Data::visibleString("NEW")), QStringLiteral("type-unmatched"));
        QCOMPARE(set(1, kText, 1, Data::octetString({0, 0, 0, 0, 0, 0})),
                 QStringLiteral("read-write-denied"));
        QCOMPARE(set(3, kEnergy, 3, Data::structure({Data::integer(0)})),
                 QStringLiteral("read-write-denied"));  // scaler_unit read-only here
        QCOMPARE(set(3, kEnergy, 2, Data::longUnsigned(7)), QStringLiteral("type-unmatched"));
        QCOMPARE(set(3, kEnergy, 2, Data::doubleLongUnsigned(7)), QStringLiteral("success"));
        QCOMPARE(set(8, kClockLn, 3, Data::long16(-120)), QStringLiteral("success"));
        QCOMPARE(set(1, cosem::ObisCode(9, 9, 9, 9, 9, 9), 2, Data::unsigned8(1)),
                 QStringLiteral("object-undefined"));
        // the reader sees what the manager wrote
        ServerAssociation reader(readerConfig(), meter.directory);
        QVERIFY(associate(reader, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        QCOMPARE(*getValue(reader, 1, kText, 2), Data::octetString(bytesOf("NEW TEXT")));
        QCOMPARE(*getValue(reader, 3, kEnergy, 2), Data::doubleLongUnsigned(7));
        QCOMPARE(*getValue(reader, 8, kClockLn, 3), Data::long16(-120));
        // SET-with-list: each item on its own
        SetRequestWithList list{InvokeIdAndPriority::make(6),
                                {{{1, kText, 2}, std::nullopt}, {{1, kLdn, 2}, std::nullopt}},
                                {Data::octetString(bytesOf("L")), Data::octetString({})}};
        auto rsp = client.send(manager, list);
        const auto* results = rsp ? std::get_if<SetResponseWithList>(&*rsp) : nullptr;
        QVERIFY(results != nullptr);
        QCOMPARE(results->results,
                 (std::vector<DataAccessResult>{DataAccessResult::Success,
                                                DataAccessResult::ReadWriteDenied}));
    }

    void action_results() {
        Meter meter;
        ServerAssociation manager(managementConfig(), meter.directory);
        HlsClient client;
        Bytes stoc = hlsAssociate(client, manager);
        QVERIFY(
            client.send(manager, hlsReply(sec::respondToChallenge(client.context, stoc).value())));
        const auto action = [&](std::uint16_t classId, const cosem::ObisCode& ln, std::int8_t m,
                                std::optional<Data> params) {
            auto rsp = client.send(
                manager, ActionRequestNormal{
                             InvokeIdAndPriority::make(3), {classId, ln, m}, std::move(params)});
            const auto* normal = rsp ? std::get_if<ActionResponseNormal>(&*rsp) : nullptr;
            return normal ? QString::fromLatin1(nameOf(normal->response.result))
                          : QStringLiteral("no-response");
        };
        // reset of the energy register: authenticated access, the request is authenticated
        QCOMPARE(action(3, kEnergy, 1, Data::integer(0)), QStringLiteral("success"));
        QCOMPARE(std::get<Data>(
                     std::get<GetResponseNormal>(*client.send(manager, getRequest(3, kEnergy, 2)))
                         .result),
                 Data::doubleLongUnsigned(0));
        QCOMPARE(action(3, kEnergy, 2, std::nullopt), QStringLiteral("object-undefined"));
        QCOMPARE(action(1, kEnergy, 1, std::nullopt), QStringLiteral("object-class-inconsistent"));
        QCOMPARE(action(8, kClockLn, 6, Data::long16(10)), QStringLiteral("success"));
        QCOMPARE(action(8, kClockLn, 6, Data::unsigned8(10)), QStringLiteral("type-unmatched"));
        QCOMPARE(action(15, kAssociation, 2, Data::octetString({})),
                 QStringLiteral("read-write-denied"));
        // HLS reply once associated: nothing pending
        QCOMPARE(action(15, kAssociation, 1, Data::octetString(Bytes(17, 0))),
                 QStringLiteral("read-write-denied"));
        // the public client may not reset anything
        ServerAssociation pub(publicConfig(), meter.directory);
        QVERIFY(associate(pub, lnAarq())->result == AssociationResult::Accepted);
        QCOMPARE(actionName(pub, 8, kClockLn, 6, Data::long16(1)),
                 QStringLiteral("read-write-denied"));
    }

    void exceptions_unknownAndUnsupportedServices() {
        Meter meter;
        ServerAssociation pub(publicConfig(), meter.directory);
        QVERIFY(associate(pub, lnAarq())->result == AssociationResult::Accepted);
        // tag 0x99: no DLMS APDU
        QCOMPARE(exceptionOf(pub.handleApdu(*fromHex("99 01 02"))),
                 QStringLiteral("service-unknown/service-not-supported"));
        // SN read-request 05 01 02 00 08: short-name referencing is not offered
        QCOMPARE(exceptionOf(pub.handleApdu(*fromHex("05 01 02 00 08"))),
                 QStringLiteral("service-not-allowed/service-not-supported"));
        // SET-Request-With-First-Datablock (block SET not implemented)
        SetRequestWithFirstDataBlock block{
            InvokeIdAndPriority::make(1), {1, kText, 2}, std::nullopt, {false, 1, {0x09, 0x01}}};
        QCOMPARE(exceptionOf(pub.handleApdu(encodeApdu(block).value())),
                 QStringLiteral("service-not-allowed/service-not-supported"));
        // a truncated GET: C0 01 C1 00 03
        QCOMPARE(exceptionOf(pub.handleApdu(*fromHex("C0 01 C1 00 03"))),
                 QStringLiteral("service-not-allowed/other-reason"));
        // a response APDU sent to the server
        QCOMPARE(exceptionOf(pub.handleApdu(*fromHex("C4 01 C1 00 11 05"))),
                 QStringLiteral("service-not-allowed/service-not-supported"));
        // a ciphered APDU on the non-ciphered association
        QCOMPARE(exceptionOf(pub.handleApdu(*fromHex("C8 05 30 00 00 00 01"))),
                 QStringLiteral("service-not-allowed/service-not-supported"));
        // an APDU above the server max receive PDU size (1024)
        Bytes huge(1025, 0);
        huge[0] = 0xC0;
        QCOMPARE(exceptionOf(pub.handleApdu(huge)),
                 QStringLiteral("service-not-allowed/pdu-too-long"));
        // a service that was not negotiated: SET on a GET-only association
        ServerAssociation getOnly(publicConfig(), meter.directory);
        QVERIFY(associate(getOnly, lnAarq(std::nullopt, std::nullopt,
                                          initiate(Conformance{}.set(ConformanceBit::Get))))
                    ->result == AssociationResult::Accepted);
        QCOMPARE(
            exceptionOf(getOnly.handleApdu(encodeApdu(SetRequestNormal{InvokeIdAndPriority::make(1),
                                                                       {8, kClockLn, 3},
                                                                       std::nullopt,
                                                                       Data::long16(0)})
                                               .value())),
            QStringLiteral("service-not-allowed/service-not-supported"));
        QCOMPARE(getName(getOnly, 1, kLdn, 2), QStringLiteral("data"));
    }

    void blockTransfer_longObjectList() {
        Meter meter;
        // Given the reader with a large PDU size: the whole list in one response
        ServerAssociation big(readerConfig(), meter.directory);
        QVERIFY(associate(big, lnAarq(MechanismName::Low, kPassword))->result ==
                AssociationResult::Accepted);
        auto whole = getValue(big, 15, kAssociation, 2);
        QVERIFY(whole);
        const Bytes wholeBytes = encode(*whole).value();
        QVERIFY(wholeBytes.size() > 1000);

        // When the client can receive only 128 bytes per APDU
        constexpr std::uint16_t kPdu = 128;
        ServerAssociation small(readerConfig(), meter.directory);
        QVERIFY(associate(small, lnAarq(MechanismName::Low, kPassword,
                                        initiate(clientConformance(), kPdu)))
                    ->result == AssociationResult::Accepted);
        auto out = small.handleApdu(encodeApdu(getRequest(15, kAssociation, 2)).value());
        Bytes assembled;
        std::uint32_t expectedBlock = 1;
        bool last = false;
        int blocks = 0;
        while (!last) {
            QVERIFY(out);
            QVERIFY(out->size() <= kPdu);  // every block fits the client's PDU size
            auto apdu = decodeApdu(*out);
            QVERIFY(apdu);
            const auto* block = std::get_if<GetResponseWithDataBlock>(&*apdu);
            QVERIFY(block != nullptr);
            QCOMPARE(block->block.blockNumber, expectedBlock);
            const auto* raw = std::get_if<Bytes>(&block->block.result);
            QVERIFY(raw != nullptr);
            assembled.insert(assembled.end(), raw->begin(), raw->end());
            last = block->block.lastBlock;
            ++blocks;
            if (!last) {
                out = small.handleApdu(
                    encodeApdu(GetRequestNext{InvokeIdAndPriority::make(1), expectedBlock})
                        .value());
                ++expectedBlock;
            }
        }
        // Then the blocks put together are the same object list
        QVERIFY(blocks > 5);
        QCOMPARE(assembled, wholeBytes);

        // no long GET in progress any more
        const auto nextResult = [&](std::uint32_t n) {
            auto rsp = exchange(small, GetRequestNext{InvokeIdAndPriority::make(1), n});
            const auto* block = rsp ? std::get_if<GetResponseWithDataBlock>(&*rsp) : nullptr;
            const auto* dar = block ? std::get_if<DataAccessResult>(&block->block.result) : nullptr;
            return dar ? QString::fromLatin1(nameOf(*dar)) : QStringLiteral("other");
        };
        QCOMPARE(nextResult(expectedBlock), QStringLiteral("no-long-get-in-progress"));
        // a wrong block number aborts the long GET
        QVERIFY(small.handleApdu(encodeApdu(getRequest(15, kAssociation, 2)).value()));
        QCOMPARE(nextResult(5), QStringLiteral("data-block-number-invalid"));
        QCOMPARE(nextResult(1), QStringLiteral("no-long-get-in-progress"));
        // without block transfer negotiated the long value is refused
        ServerAssociation noBlocks(readerConfig(), meter.directory);
        QVERIFY(associate(noBlocks, lnAarq(MechanismName::Low, kPassword,
                                           initiate(Conformance{}.set(ConformanceBit::Get), kPdu)))
                    ->result == AssociationResult::Accepted);
        QCOMPARE(getName(noBlocks, 15, kAssociation, 2), QStringLiteral("other-reason"));
        QCOMPARE(getName(noBlocks, 1, kLdn, 2), QStringLiteral("data"));
    }

    void blockTransfer_getWithList() {
        Meter meter;
        ServerAssociation small(readerConfig(), meter.directory);
        QVERIFY(associate(small,
                          lnAarq(MechanismName::Low, kPassword, initiate(clientConformance(), 64)))
                    ->result == AssociationResult::Accepted);
        GetRequestWithList request{InvokeIdAndPriority::make(2), {}};
        for (int i = 1; i <= 12; ++i) {
            request.attributes.push_back(
                {{3, cosem::ObisCode(1, 0, 1, 8, static_cast<std::uint8_t>(i), 255), 1},
                 std::nullopt});
        }
        // The expected raw data: count 0C, then 12 x (00 09 06 <logical name>)
        Bytes expected{0x0C};
        for (int i = 1; i <= 12; ++i) {
            const Bytes item{0x00, 0x09, 0x06, 1, 0, 1, 8, static_cast<std::uint8_t>(i), 255};
            expected.insert(expected.end(), item.begin(), item.end());
        }
        auto out = small.handleApdu(encodeApdu(request).value());
        Bytes assembled;
        for (std::uint32_t n = 1; n < 20; ++n) {
            QVERIFY(out && out->size() <= 64);
            auto apdu = decodeApdu(*out);
            QVERIFY(apdu);
            const auto& block = std::get<GetResponseWithDataBlock>(*apdu).block;
            QCOMPARE(block.blockNumber, n);
            const auto& raw = std::get<Bytes>(block.result);
            assembled.insert(assembled.end(), raw.begin(), raw.end());
            if (block.lastBlock) {
                break;
            }
            out = small.handleApdu(
                encodeApdu(GetRequestNext{InvokeIdAndPriority::make(2), n}).value());
        }
        QCOMPARE(assembled, expected);
    }

    // --- HLS-GMAC --------------------------------------------------------------------------
    void hlsGmac_fullHandshake() {
        Meter meter;
        ServerAssociation server(managementConfig(), meter.directory);
        HlsClient client;
        // Pass 1 -> 2: AARQ with CtoS and a glo-initiate-request; AARE accepted with
        // authentication-required, mechanism 5, StoC, the server system title and a
        // glo-initiate-response (28 ...)
        auto aare = associate(server, client.aarq());
        QVERIFY(aare);
        QCOMPARE(aare->result, AssociationResult::Accepted);
        QCOMPARE(diagnosticName(*aare), QStringLiteral("authentication-required"));
        QCOMPARE(aare->applicationContext, ApplicationContextName::LogicalNameCiphered);
        QCOMPARE(aare->mechanismName, std::optional<MechanismName>(MechanismName::HighGmac));
        QCOMPARE(*aare->respondingApTitle, *fromHex(kServerTitle));
        const Bytes stoc = aare->respondingAuthenticationValue.value_or(Bytes{});
        QCOMPARE(stoc.size(), std::size_t{16});
        QVERIFY(aare->userInformation && aare->userInformation->front() == 0x28);
        client.context.setPeerSystemTitle(title(kServerTitle));
        auto initiateResponse = sec::decipherApdu(*aare->userInformation, client.context);
        QVERIFY(initiateResponse);
        auto ir = decodeApdu(initiateResponse->plain);
        QVERIFY(ir && std::holds_alternative<InitiateResponse>(*ir));
        QCOMPARE(server.status(), cosem::AssociationStatus::AssociationPending);

        // Pending: nothing but reply_to_HLS_authentication
        auto early = client.send(server, getRequest(1, kLdn, 2));
        QVERIFY(early);
        QCOMPARE(resultName(std::get<GetResponseNormal>(*early).result),
                 QStringLiteral("read-write-denied"));
        // a plain request on the ciphered association is refused
        QCOMPARE(exceptionOf(server.handleApdu(encodeApdu(getRequest(1, kLdn, 2)).value())),
                 QStringLiteral("service-not-allowed/operation-not-possible"));

        // Pass 3 -> 4: f(StoC) in, f(CtoS) out, verified with the server title
        auto rsp =
            client.send(server, hlsReply(sec::respondToChallenge(client.context, stoc).value()));
        QVERIFY(rsp);
        const auto& action = std::get<ActionResponseNormal>(*rsp);
        QCOMPARE(action.response.result, ActionResult::Success);
        QVERIFY(action.response.returnParameters);
        const auto& fCtoS = std::get<Data>(*action.response.returnParameters);
        QCOMPARE(fCtoS.as<Bytes>()->size(), sec::kHlsGmacReplySize);
        QVERIFY(sec::verifyChallengeReply(client.context, client.ctos, *fCtoS.as<Bytes>()));
        QCOMPARE(server.status(), cosem::AssociationStatus::Associated);

        // Associated: ciphered GET works; the mechanism name is HLS-GMAC
        auto ldn = client.send(server, getRequest(1, kLdn, 2));
        QVERIFY(ldn);
        QCOMPARE(std::get<Data>(std::get<GetResponseNormal>(*ldn).result),
                 Data::octetString(bytesOf("KAM0000BC614E")));
        auto mechanism = client.send(server, getRequest(15, kAssociation, 6));
        QCOMPARE(std::get<Data>(std::get<GetResponseNormal>(*mechanism).result),
                 Data::octetString(*fromHex("60 85 74 05 08 02 05")));
        auto context = client.send(server, getRequest(15, kAssociation, 4));
        QCOMPARE(std::get<Data>(std::get<GetResponseNormal>(*context).result),
                 Data::octetString(*fromHex("60 85 74 05 08 01 03")));
        // general-glo-ciphering (DB 08 <title> ...) is answered in the same form
        auto general = sec::cipherApdu(encodeApdu(getRequest(1, kLdn, 2)).value(), client.context,
                                       sec::CipheringMode::GeneralGlobal);
        auto generalOut = server.handleApdu(general.value());
        QVERIFY(generalOut && generalOut->front() == sec::kGeneralGloCipheringTag);
        auto generalRsp = client.receive(generalOut);
        QVERIFY(generalRsp && std::holds_alternative<GetResponseNormal>(*generalRsp));
        // the management object list names the authenticated modes
        auto listRsp = client.send(server, getRequest(15, kAssociation, 2));
        QVERIFY(listRsp);
        auto managementList = cosem::ObjectList::fromData(
            std::get<Data>(std::get<GetResponseNormal>(*listRsp).result), 1);
        QVERIFY(managementList);
        const auto* energy = managementList->find(3, kEnergy);
        QVERIFY(energy != nullptr);
        QCOMPARE(energy->findAttributeAccess(2)->accessMode,
                 static_cast<std::uint8_t>(AttributeAccessMode::AuthenticatedReadAndWrite));
        QCOMPARE(energy->findMethodAccess(1)->accessMode,
                 static_cast<std::uint8_t>(MethodAccessMode::AuthenticatedAccess));
        // RLRQ with a glo-initiate-request under a replayed counter: ignored
        sec::SecurityContext replayed = client.context;
        replayed.setInvocationCounter(0);
        Rlrq bad{ReleaseRequestReason::Normal,
                 sec::cipherApdu(initiate(), replayed, sec::CipheringMode::Global).value()};
        QVERIFY(!server.handleApdu(encodeRlrq(bad).value()));
        QCOMPARE(server.status(), cosem::AssociationStatus::Associated);
        // RLRQ with a fresh glo-initiate-request: RLRE with a glo-initiate-response
        Rlrq rlrq{ReleaseRequestReason::Normal,
                  sec::cipherApdu(initiate(), client.context, sec::CipheringMode::Global).value()};
        auto rlreBytes = server.handleApdu(encodeRlrq(rlrq).value());
        QVERIFY(rlreBytes);
        auto rlre = decodeRlre(*rlreBytes);
        QVERIFY(rlre && rlre->userInformation);
        auto released = sec::decipherApdu(*rlre->userInformation, client.context);
        QVERIFY(released);
        auto releasedApdu = decodeApdu(released->plain);
        QVERIFY(releasedApdu && std::holds_alternative<InitiateResponse>(*releasedApdu));
        QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
        QVERIFY(server.securityContext() == nullptr);
    }

    void hlsGmac_blockTransferCiphered() {
        Meter meter;
        ServerAssociation server(managementConfig(), meter.directory);
        HlsClient client;
        auto aare = associate(server, client.aarq(200));
        QVERIFY(aare && aare->respondingAuthenticationValue);
        client.context.setPeerSystemTitle(title(kServerTitle));
        QVERIFY(client.send(
            server,
            hlsReply(sec::respondToChallenge(client.context, *aare->respondingAuthenticationValue)
                         .value())));
        auto ciphered = sec::cipherApdu(encodeApdu(getRequest(15, kAssociation, 2)).value(),
                                        client.context, sec::CipheringMode::Global);
        auto out = server.handleApdu(ciphered.value());
        Bytes assembled;
        for (std::uint32_t n = 1; n < 100; ++n) {
            QVERIFY(out && out->size() <= 200);  // ciphered blocks fit the PDU size too
            auto apdu = client.receive(out);
            QVERIFY(apdu);
            const auto& block = std::get<GetResponseWithDataBlock>(*apdu).block;
            const auto& raw = std::get<Bytes>(block.result);
            assembled.insert(assembled.end(), raw.begin(), raw.end());
            if (block.lastBlock) {
                break;
            }
            out = server.handleApdu(
                sec::cipherApdu(encodeApdu(GetRequestNext{InvokeIdAndPriority::make(1), n}).value(),
                                client.context, sec::CipheringMode::Global)
                    .value());
        }
        auto list = decodeAll(assembled);
        QVERIFY(list);
        auto objects = cosem::ObjectList::fromData(*list, 1);
        QVERIFY(objects);
        QCOMPARE(objects->entries.size(), std::size_t{5 + kExtraRegisters});
    }

    // --- block SET and block ACTION (issue 3) ------------------------------------------------

    void blockTransfer_setInBlocks() {
        Meter meter;
        ServerAssociation manager(managementConfig(), meter.directory);
        HlsClient client;
        const Conformance blocks = clientConformance()
                                       .set(ConformanceBit::BlockTransferWithSetOrWrite)
                                       .set(ConformanceBit::BlockTransferWithAction);
        auto aare = associate(manager, client.aarq(0xFFFF, blocks));
        QVERIFY(aare && aare->respondingAuthenticationValue);
        client.context.setPeerSystemTitle(title(kServerTitle));
        QVERIFY(client.send(
            manager,
            hlsReply(sec::respondToChallenge(client.context, *aare->respondingAuthenticationValue)
                         .value())));
        QVERIFY(manager.negotiatedConformance().has(ConformanceBit::BlockTransferWithSetOrWrite));

        // The value octet-string "LONG TEXT!" (09 0A 4C 4F 4E 47 20 54 45 58 54 21) written to
        // 0.0.96.1.10.255 / 2 in three blocks.
        // SET-Request-With-First-Datablock: C1 02, invoke-id C1, class 0001, 00 00 60 01 0A FF,
        // attribute 02, no access selection 00, DataBlock-SA {last-block 00, block-number
        // 00000001, raw-data 04 09 0A 4C 4F}
        const Bytes first = *fromHex("C1 02 C1 0001 0000 6001 0AFF 02 00 00 00000001 04 090A4C4F");
        QCOMPARE(encodeApdu(SetRequestWithFirstDataBlock{InvokeIdAndPriority::make(1),
                                                         {1, kText, 2},
                                                         std::nullopt,
                                                         {false, 1, *fromHex("09 0A 4C 4F")}})
                     .value(),
                 first);
        // SET-Response-Datablock C5 02 C1, block-number 00000001
        QCOMPARE(client.sendBytes(manager, first), *fromHex("C5 02 C1 00000001"));
        // SET-Request-With-Datablock C1 03 C1 {00, 00000002, 04 4E 47 20 54}
        QCOMPARE(client.sendBytes(manager, *fromHex("C1 03 C1 00 00000002 04 4E472054")),
                 *fromHex("C5 02 C1 00000002"));
        // the last block: SET-Response-Last-Datablock C5 03 C1, result 00 success, block 3
        QCOMPARE(client.sendBytes(manager, *fromHex("C1 03 C1 01 00000003 04 45585421")),
                 *fromHex("C5 03 C1 00 00000003"));
        QCOMPARE(
            std::get<Data>(
                std::get<GetResponseNormal>(*client.send(manager, getRequest(1, kText, 2))).result),
            Data::octetString(bytesOf("LONG TEXT!")));

        // a single block that is the last: written at once
        QCOMPARE(
            client.sendBytes(manager, *fromHex("C1 02 C1 0001 0000 6001 0AFF 02 00 01 00000001 03 "
                                               "09 01 41")),
            *fromHex("C5 03 C1 00 00000001"));
        // a block out of sequence ends the transfer: data-block-number-invalid (13 = 19)
        QCOMPARE(client.sendBytes(manager, first), *fromHex("C5 02 C1 00000001"));
        QCOMPARE(client.sendBytes(manager, *fromHex("C1 03 C1 00 00000003 01 4E")),
                 *fromHex("C5 03 C1 13 00000003"));
        // ... after which a block finds no transfer: no-long-set-in-progress (12 = 18)
        QCOMPARE(client.sendBytes(manager, *fromHex("C1 03 C1 01 00000002 01 4E")),
                 *fromHex("C5 03 C1 12 00000002"));
        // another request in between ends the transfer too
        QCOMPARE(client.sendBytes(manager, first), *fromHex("C5 02 C1 00000001"));
        QVERIFY(client.send(manager, getRequest(1, kLdn, 2)));
        QCOMPARE(client.sendBytes(manager, *fromHex("C1 03 C1 01 00000002 01 4E")),
                 *fromHex("C5 03 C1 12 00000002"));
        // the first block is checked at once: the LDN is read-only -> read-write-denied (03)
        QCOMPARE(client.sendBytes(manager,
                                  *fromHex("C1 02 C1 0001 0000 2A00 00FF 02 00 00 00000001 01 09")),
                 *fromHex("C5 03 C1 03 00000001"));
        // the blocks do not make one A-XDR value: type-unmatched (0C)
        QCOMPARE(
            client.sendBytes(manager, *fromHex("C1 02 C1 0001 0000 6001 0AFF 02 00 01 00000001 03 "
                                               "09 05 41")),
            *fromHex("C5 03 C1 0C 00000001"));
        QCOMPARE(
            std::get<Data>(
                std::get<GetResponseNormal>(*client.send(manager, getRequest(1, kText, 2))).result),
            Data::octetString(bytesOf("A")));
        // more than kMaxLongTransfer octets: long-set-aborted (11 = 17)
        QCOMPARE(client.sendBytes(manager, first), *fromHex("C5 02 C1 00000001"));
        Bytes last;
        for (std::uint32_t n = 2; n < 100 && last.empty(); ++n) {
            SetRequestWithDataBlock block{InvokeIdAndPriority::make(1),
                                          {false, n, Bytes(900, 0x41)}};
            Bytes out = client.sendBytes(manager, encodeApdu(block).value());
            if (out != encodeApdu(SetResponseDataBlock{InvokeIdAndPriority::make(1), n}).value()) {
                last = out;
                QVERIFY(n * 900 > omt::sim::kMaxLongTransfer);
            }
        }
        auto aborted = decodeApdu(last);
        QVERIFY(aborted);
        QCOMPARE(std::get<SetResponseLastDataBlock>(*aborted).result,
                 DataAccessResult::LongSetAborted);

        // without block-transfer-with-set negotiated: service-not-supported
        ServerAssociation plainSet(managementConfig(), meter.directory);
        HlsClient other;
        Bytes stoc = hlsAssociate(other, plainSet);
        QVERIFY(
            other.send(plainSet, hlsReply(sec::respondToChallenge(other.context, stoc).value())));
        QCOMPARE(exceptionOf(other.sendBytes(plainSet, first)),
                 QStringLiteral("service-not-allowed/service-not-supported"));
    }

    void blockTransfer_actionInBlocks() {
        Meter meter;
        const Conformance blocks = clientConformance()
                                       .set(ConformanceBit::BlockTransferWithSetOrWrite)
                                       .set(ConformanceBit::BlockTransferWithAction);
        // A client that receives at most 48 octets per APDU
        ServerAssociation manager(managementConfig(), meter.directory);
        HlsClient client;
        auto aare = associate(manager, client.aarq(48, blocks));
        QVERIFY(aare && aare->respondingAuthenticationValue);
        client.context.setPeerSystemTitle(title(kServerTitle));
        const Bytes fStoC =
            sec::respondToChallenge(client.context, *aare->respondingAuthenticationValue).value();

        // reply_to_HLS_authentication with its parameter in two blocks.
        // ACTION-Request-With-First-Pblock: C3 04 C1, class 000F, 00 00 28 00 00 FF, method 01,
        // DataBlock-SA {00, 00000001, raw-data: the first 10 octets of 09 11 <f(StoC)>}
        Bytes raw = encode(Data::octetString(fStoC)).value();
        QCOMPARE(raw.size(), std::size_t{19});
        Bytes firstBlock = *fromHex("C3 04 C1 000F 0000 2800 00FF 01 00 00000001 0A");
        firstBlock.insert(firstBlock.end(), raw.begin(), raw.begin() + 10);
        // ACTION-Response-Next-Pblock: C7 04 C1, block-number 00000001
        QCOMPARE(client.sendBytes(manager, firstBlock), *fromHex("C7 04 C1 00000001"));
        // ACTION-Request-With-Pblock: C3 06 C1 {01 last, 00000002, 09 <the other 9 octets>}
        Bytes secondBlock = *fromHex("C3 06 C1 01 00000002 09");
        secondBlock.insert(secondBlock.end(), raw.begin() + 10, raw.end());
        // The response (C7 01 C1 00 01 00 09 11 <f(CtoS) 17 octets>, 25 octets) does not fit
        // in 48 octets once ciphered: ACTION-Response-With-Pblock C7 02 C1 {last, number, raw}
        Bytes assembled;
        Bytes out = client.sendBytes(manager, secondBlock);
        for (std::uint32_t n = 1; n < 30; ++n) {
            QVERIFY(!out.empty() && out.size() <= 48 - 19);  // fits once ciphered (19 octets)
            auto apdu = decodeApdu(out);
            QVERIFY(apdu);
            const auto* block = std::get_if<ActionResponseWithPBlock>(&*apdu);
            QVERIFY(block != nullptr);
            QCOMPARE(block->block.blockNumber, n);
            assembled.insert(assembled.end(), block->block.rawData.begin(),
                             block->block.rawData.end());
            if (block->block.lastBlock) {
                QVERIFY(n >= 2);
                break;
            }
            // ACTION-Request-Next-Pblock: C3 02 C1, number of the last block received
            Bytes next = *fromHex("C3 02 C1");
            next.insert(next.end(), {0, 0, 0, static_cast<std::uint8_t>(n)});
            out = client.sendBytes(manager, next);
        }
        // the raw data is the action-result success (00), then return-parameters present (01),
        // data (00), octet-string(17) f(CtoS)
        QCOMPARE(assembled.size(), std::size_t{22});
        QCOMPARE(Bytes(assembled.begin(), assembled.begin() + 5), *fromHex("00 01 00 09 11"));
        QVERIFY(sec::verifyChallengeReply(client.context, client.ctos,
                                          Bytes(assembled.begin() + 5, assembled.end())));
        QCOMPARE(manager.status(), cosem::AssociationStatus::Associated);

        // shift_time(long 10) of the clock, its parameter 10 00 0A in two blocks
        QCOMPARE(client.sendBytes(manager,
                                  *fromHex("C3 04 C1 0008 0000 0100 00FF 06 00 00000001 01 10")),
                 *fromHex("C7 04 C1 00000001"));
        // ACTION-Response-Normal C7 01 C1, success 00, no return parameters 00
        QCOMPARE(client.sendBytes(manager, *fromHex("C3 06 C1 01 00000002 02 000A")),
                 *fromHex("C7 01 C1 00 00"));
        // a block out of sequence: long-action-aborted (0F), then no-long-action-in-progress
        // (10)
        QCOMPARE(client.sendBytes(manager,
                                  *fromHex("C3 04 C1 0008 0000 0100 00FF 06 00 00000001 01 10")),
                 *fromHex("C7 04 C1 00000001"));
        QCOMPARE(client.sendBytes(manager, *fromHex("C3 06 C1 01 00000003 02 000A")),
                 *fromHex("C7 01 C1 0F 00"));
        QCOMPARE(client.sendBytes(manager, *fromHex("C3 06 C1 01 00000002 02 000A")),
                 *fromHex("C7 01 C1 10 00"));
        QCOMPARE(client.sendBytes(manager, *fromHex("C3 02 C1 00000001")),
                 *fromHex("C7 01 C1 10 00"));
        // the method and the right are checked at the first block: the energy register has no
        // method 2 -> object-undefined (04)
        QCOMPARE(client.sendBytes(manager,
                                  *fromHex("C3 04 C1 0003 0100 0108 00FF 02 00 00000001 01 0F")),
                 *fromHex("C7 01 C1 04 00"));
        // parameters that are no A-XDR value: type-unmatched (0C)
        QCOMPARE(client.sendBytes(manager,
                                  *fromHex("C3 04 C1 0008 0000 0100 00FF 06 01 00000001 01 10")),
                 *fromHex("C7 01 C1 0C 00"));
    }

    void blockTransfer_withTheProtocolClient() {
        // The protocol core's client against the server, both PDU sizes small: the server takes
        // at most 128 octets per request, the client at most 64 per response.
        Meter meter;
        AssociationConfig config = managementConfig();
        config.serverMaxReceivePduSize = 128;
        ServerAssociation server(config, meter.directory);
        auto clientConfig =
            dlms::ClientConfig::highLevelGmac(0x01, title(kClientTitle), greenBookKeys());
        clientConfig.maxReceivePduSize = 64;
        dlms::ClientAssociation client(clientConfig);
        int exchanges = 0;
        const auto run =
            [&](Expected<Bytes, dlms::ClientFailure> first) -> std::optional<dlms::Outcome> {
            if (!first) {
                return std::nullopt;
            }
            Bytes apdu = *first;
            for (int i = 0; i < 500; ++i) {
                ++exchanges;
                auto out = server.handleApdu(apdu);
                if (!out) {
                    return std::nullopt;
                }
                auto step = client.receive(*out);
                if (!step) {
                    qWarning("client: %s", step.error().detail.c_str());
                    return std::nullopt;
                }
                if (const auto* next = std::get_if<dlms::SendNext>(&*step)) {
                    if (next->apdu.size() > 128) {
                        qWarning("a request above the server's PDU size");
                        return std::nullopt;
                    }
                    apdu = next->apdu;
                    continue;
                }
                return std::get<dlms::Completed>(*step).outcome;
            }
            return std::nullopt;
        };
        // AARQ and HLS pass 3 (the client takes no f(CtoS) in blocks: that path is byte-tested
        // in blockTransfer_actionInBlocks)
        QVERIFY(run(client.associate()));
        QCOMPARE(server.status(), cosem::AssociationStatus::Associated);
        // a long GET answer in blocks of at most 64 octets
        exchanges = 0;
        auto list = run(client.get({{15, kAssociation, 2, std::nullopt}}));
        QVERIFY(list);
        QVERIFY(std::get_if<Data>(&std::get<dlms::GetOutcome>(*list).items.at(0).result));
        QVERIFY(exchanges > 10);
        // a 300-octet value: SET-Request-With-First-Datablock and -With-Datablock
        const Bytes text(300, 0x5A);
        exchanges = 0;
        auto set = run(client.set({{{1, kText, 2, std::nullopt}, Data::octetString(text)}}));
        QVERIFY(set);
        QCOMPARE(std::get<dlms::SetOutcome>(*set).items.at(0).result, DataAccessResult::Success);
        QVERIFY(exchanges >= 3);
        auto got = run(client.get({{1, kText, 2, std::nullopt}}));
        QVERIFY(got);
        QCOMPARE(std::get<Data>(std::get<dlms::GetOutcome>(*got).items.at(0).result),
                 Data::octetString(text));
        // long invocation parameters: in blocks; the method checks what arrived (shift_time
        // takes a long, not an octet-string) and answers after the last block
        exchanges = 0;
        auto action = run(client.action({8, kClockLn, 6}, Data::octetString(Bytes(300, 0x01))));
        QVERIFY(action);
        QCOMPARE(std::get<dlms::ActionOutcome>(*action).result, ActionResult::TypeUnmatched);
        QVERIFY(exchanges >= 3);
        auto shifted = run(client.action({8, kClockLn, 6}, Data::long16(5)));
        QVERIFY(shifted);
        QCOMPARE(std::get<dlms::ActionOutcome>(*shifted).result, ActionResult::Success);
    }

    void hlsGmac_wrongKeyAndWrongReply() {
        Meter meter;
        // A client with a wrong EK: its glo-initiate-request does not authenticate
        {
            ServerAssociation server(managementConfig(), meter.directory);
            HlsClient wrong(sec::SecurityKeys{key("000102030405060708090A0B0C0D0E0E"),
                                              key("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
                                              std::nullopt});
            auto aare = associate(server, wrong.aarq());
            QVERIFY(aare);
            QCOMPARE(aare->result, AssociationResult::RejectedPermanent);
            QCOMPARE(diagnosticName(*aare), QStringLiteral("authentication-failure"));
            QCOMPARE(initiateErrorOf(*aare),
                     QStringLiteral("application-reference/deciphering-error"));
            QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
        }
        // No calling-AP-title: the client cannot be identified
        {
            ServerAssociation server(managementConfig(), meter.directory);
            HlsClient client;
            Aarq aarq = client.aarq();
            aarq.callingApTitle.reset();
            auto aare = associate(server, aarq);
            QVERIFY(aare);
            QCOMPARE(diagnosticName(*aare), QStringLiteral("calling-ap-title-not-recognized"));
            QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
        }
        // The right keys but f(StoC) over another challenge (a different AK would already fail
        // the ciphering): authentication failure, the association is released
        {
            ServerAssociation server(managementConfig(), meter.directory);
            HlsClient client;
            Bytes stoc = hlsAssociate(client, server);
            QVERIFY(!stoc.empty());
            stoc[0] ^= 0x01;
            auto rsp = client.send(server,
                                   hlsReply(sec::respondToChallenge(client.context, stoc).value()));
            QVERIFY(rsp);
            QCOMPARE(std::get<ActionResponseNormal>(*rsp).response.result,
                     ActionResult::ReadWriteDenied);
            QCOMPARE(server.status(), cosem::AssociationStatus::NonAssociated);
            QVERIFY(!client.send(server, getRequest(1, kLdn, 2)));  // nothing any more
        }
        // A request ciphered under the wrong key after the AARE: deciphering-error
        {
            ServerAssociation server(managementConfig(), meter.directory);
            HlsClient client;
            Bytes stoc = hlsAssociate(client, server);
            QVERIFY(!stoc.empty());
            sec::SecurityContext other(title(kClientTitle),
                                       {key("00000000000000000000000000000001"),
                                        key("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"), std::nullopt});
            other.setInvocationCounter(100);
            auto bad = sec::cipherApdu(encodeApdu(getRequest(1, kLdn, 2)).value(), other,
                                       sec::CipheringMode::Global);
            QCOMPARE(exceptionOf(server.handleApdu(bad.value())),
                     QStringLiteral("service-not-allowed/deciphering-error"));
        }
    }

    void hlsGmac_replayedInvocationCounter() {
        Meter meter;
        ServerAssociation server(managementConfig(), meter.directory);
        HlsClient client;
        Bytes stoc = hlsAssociate(client, server);
        QVERIFY(
            client.send(server, hlsReply(sec::respondToChallenge(client.context, stoc).value())));
        Bytes wire;
        QVERIFY(client.send(server, getRequest(1, kLdn, 2), &wire));
        const auto accepted = server.securityContext()->lastPeerInvocationCounter();
        QVERIFY(accepted);
        // the same ciphered APDU again: invocation-counter-error with the next acceptable IC
        auto out = server.handleApdu(wire);
        QVERIFY(out);
        auto apdu = decodeApdu(*out);
        QVERIFY(apdu);
        const auto& e = std::get<ExceptionResponse>(*apdu);
        QCOMPARE(e.serviceError, ExceptionServiceError::InvocationCounterError);
        QCOMPARE(e.invocationCounter, *accepted + 1);
        // the association goes on with a fresh counter
        QVERIFY(client.send(server, getRequest(1, kLdn, 2)));
    }

    // --- robustness ------------------------------------------------------------------------
    void malformedApdus_noCrash() {
        Meter meter;
        std::mt19937 rng(20261121);
        std::vector<Bytes> valid = {
            encodeAarq(lnAarq()).value(),
            encodeApdu(getRequest(15, kAssociation, 2)).value(),
            encodeApdu(GetRequestNext{InvokeIdAndPriority::make(1), 1}).value(),
            encodeApdu(SetRequestNormal{InvokeIdAndPriority::make(1),
                                        {1, kText, 2},
                                        std::nullopt,
                                        Data::octetString(bytesOf("X"))})
                .value(),
            encodeApdu(ActionRequestNormal{
                           InvokeIdAndPriority::make(1), {8, kClockLn, 6}, Data::long16(1)})
                .value(),
            *fromHex("62 03 80 01 00"),
        };
        int responses = 0;
        for (int round = 0; round < 3; ++round) {
            ServerAssociation server(round == 0   ? publicConfig()
                                     : round == 1 ? readerConfig()
                                                  : managementConfig(),
                                     meter.directory);
            if (round == 0) {
                QVERIFY(associate(server, lnAarq())->result == AssociationResult::Accepted);
            }
            for (const auto& apdu : valid) {
                for (std::size_t cut = 0; cut <= apdu.size(); ++cut) {
                    responses += server.handleApdu(ByteView(apdu).first(cut)) ? 1 : 0;
                }
                for (int i = 0; i < 300; ++i) {
                    Bytes mutated = apdu;
                    mutated[rng() % mutated.size()] = static_cast<std::uint8_t>(rng());
                    if (rng() % 4 == 0) {
                        mutated.push_back(static_cast<std::uint8_t>(rng()));
                    }
                    responses += server.handleApdu(mutated) ? 1 : 0;
                }
            }
        }
        QVERIFY(responses > 0);
    }
};

QTEST_GUILESS_MAIN(TstSimServer)
#include "tst_sim_server.moc"

#pragma once
// A small virtual meter for the client tests, built from the real sim/server engines: identity,
// clock, an energy register, a writable text, the current association and 30 further registers
// (so that lists batch and the object list needs block transfer), with the three associations
// a meter separates: public (0x10), reader (0x20, LLS "12345678"), management (0x01, HLS-GMAC
// with the Green Book keys).

#include <chrono>
#include <memory>

#include "protocol/cosem/unit.h"
#include "protocol/dlms/security/key128.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/dlms/security/system_title.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/clock_object.h"
#include "sim/server/data_object.h"
#include "sim/server/object_directory.h"
#include "sim/server/register_object.h"
#include "sim/server/server_association.h"

namespace omt::testmeter {

inline constexpr cosem::ObisCode kLdn{0, 0, 42, 0, 0, 255};
inline constexpr cosem::ObisCode kClockLn{0, 0, 1, 0, 0, 255};
inline constexpr cosem::ObisCode kEnergy{1, 0, 1, 8, 0, 255};
inline constexpr cosem::ObisCode kText{0, 0, 96, 1, 10, 255};
inline constexpr cosem::ObisCode kAssociation = sim::kCurrentAssociationLn;
inline constexpr int kExtraRegisters = 30;
inline constexpr std::int64_t kNow = 1774746000;  // 2026-03-29T01:00:00Z

inline const char* const kPassword = "12345678";
inline const char* const kServerTitle = "4B414D0000BC614E";
inline const char* const kClientTitle = "4D4D4D0000000001";

inline cosem::ObisCode extraRegister(int i) {
    return cosem::ObisCode(1, 0, 1, 8, static_cast<std::uint8_t>(i), 255);
}

inline dlms::security::Key128 key(const char* hex) {
    return dlms::security::Key128::fromHex(hex).value_or(dlms::security::Key128{});
}
inline dlms::security::SecurityKeys meterKeys() {
    return {key("000102030405060708090A0B0C0D0E0F"), key("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"),
            std::nullopt};
}
inline dlms::security::SystemTitle title(const char* hex) {
    return dlms::security::SystemTitle::fromHex(hex).value_or(dlms::security::SystemTitle{});
}

struct TestMeter {
    sim::ObjectDirectory directory;
    TestMeter() {
        directory.add(std::make_unique<sim::DataObject>(
            kLdn, dlms::Data::octetString(bytesOf("KAM0000BC614E"))));
        cosem::Clock clock;
        clock.timeZone = -60;
        directory.add(std::make_unique<sim::ClockObject>(
            [] { return std::chrono::sys_seconds{std::chrono::seconds{kNow}}; }, clock));
        directory.add(
            std::make_unique<sim::RegisterObject>(kEnergy, dlms::Data::doubleLongUnsigned(5009),
                                                  cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        directory.add(
            std::make_unique<sim::DataObject>(kText, dlms::Data::octetString(bytesOf("ABC"))));
        directory.add(std::make_unique<sim::AssociationLnObject>());
        for (int i = 1; i <= kExtraRegisters; ++i) {
            directory.add(std::make_unique<sim::RegisterObject>(
                extraRegister(i), dlms::Data::doubleLongUnsigned(static_cast<std::uint32_t>(i)),
                cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        }
    }
};

inline sim::AccessPolicy publicPolicy() {
    using M = sim::AttributeAccessMode;
    sim::AccessPolicy p;
    p.grant(kLdn, {M::ReadOnly, M::ReadOnly});
    p.grantAll(kClockLn, 9, M::ReadOnly, 6, sim::MethodAccessMode::NoAccess);
    p.grantAll(kAssociation, 9, M::ReadOnly, 4, sim::MethodAccessMode::NoAccess);
    return p;
}

inline sim::AccessPolicy readerPolicy() {
    using M = sim::AttributeAccessMode;
    sim::AccessPolicy p = publicPolicy();
    p.grantAll(kEnergy, 3, M::ReadOnly, 1, sim::MethodAccessMode::NoAccess);
    p.grant(kText, {M::ReadOnly, M::ReadOnly});
    for (int i = 1; i <= kExtraRegisters; ++i) {
        p.grantAll(extraRegister(i), 3, M::ReadOnly);
    }
    return p;
}

inline sim::AccessPolicy managementPolicy() {
    using M = sim::AttributeAccessMode;
    sim::AccessPolicy p = readerPolicy();
    p.grant(kClockLn,
            {M::ReadOnly, M::ReadAndWrite, M::ReadAndWrite, M::ReadOnly, M::ReadAndWrite,
             M::ReadAndWrite, M::ReadAndWrite, M::ReadAndWrite, M::ReadOnly},
            std::vector<sim::MethodAccessMode>(6, sim::MethodAccessMode::Access));
    p.grant(kText, {M::ReadOnly, M::ReadAndWrite});
    return p;
}

inline sim::AssociationConfig publicConfig() {
    return sim::AssociationConfig::publicClient(publicPolicy());
}
inline sim::AssociationConfig readerConfig() {
    return sim::AssociationConfig::reader(bytesOf(kPassword), readerPolicy());
}
inline sim::AssociationConfig managementConfig() {
    return sim::AssociationConfig::management(title(kServerTitle), meterKeys(), managementPolicy());
}

}  // namespace omt::testmeter

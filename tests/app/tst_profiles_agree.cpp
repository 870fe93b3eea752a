// The device profiles (resources/profiles/*.json) and the virtual meters agree: every object a
// profile locates is in the meter's object list, as the management client reads it over a real
// session, with the profile's class id and the located attributes accessible; and every located
// attribute the management client may read answers with a value. And each meter type's own
// rules (issue 18) agree with its virtual meter: the settings it has and has not (the OMNIA has
// no Z codes), the load profile periods it offers for each of its load profiles, the analysis
// logger's registers and how many of them a selective read may hold.
#include <QTest>

#include "app/common/blocking_meter.h"
#include "app/common/credentials.h"
#include "app/common/demo_meter.h"
#include "meter/device_profile.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "sim/server/profile_generic_object.h"

using namespace omt;

class TstProfilesAgree : public QObject {
    Q_OBJECT

private slots:
    void profileMatchesVirtualMeter_data();
    void profileMatchesVirtualMeter();
    void rulesMatchVirtualMeter_data();
    void rulesMatchVirtualMeter();
};

namespace {

/// A management session to a demo meter of `model`.
struct Session {
    std::unique_ptr<app::DemoMeter> demo;
    app::BlockingMeter meter;
};

bool open(Session& s, sim::MeterModel model) {
    app::DemoOptions options;
    options.model = model;
    options.line = sim::LineKind::DirectHdlc;
    auto demo = app::DemoMeter::create(options);
    if (!demo) {
        return false;
    }
    s.demo = std::move(*demo);
    link::SessionSettings settings;
    settings.transport = link::TransportKind::Injected;
    settings.mode = link::LinkMode::DirectHdlc;
    app::CredentialRequest credentials;
    credentials.level = app::AuthLevel::High;
    credentials.useEnvironment = false;
    credentials.demoSecrets = s.demo->secrets();
    credentials.titleInstance = 2;  // the tests
    auto client = app::buildClientConfig(credentials);
    if (!client) {
        return false;
    }
    settings.client = *client;
    return s.meter.open(settings, s.demo->takeClientTransport()).hasValue();
}

dlms::DataAccessResult setOne(app::BlockingMeter& meter, std::uint16_t classId,
                              const cosem::ObisCode& obis, std::int8_t attribute,
                              const dlms::Data& value) {
    auto done = meter.set({{{classId, obis, attribute, std::nullopt}, value}});
    return done && done->items.size() == 1 ? done->items[0].result
                                           : dlms::DataAccessResult::OtherReason;
}

std::optional<dlms::Data> getOne(app::BlockingMeter& meter, const dlms::AttributeRef& ref) {
    auto got = meter.get({ref});
    if (!got || got->items.size() != 1) {
        return std::nullopt;
    }
    const auto* d = std::get_if<dlms::Data>(&got->items[0].result);
    return d ? std::optional<dlms::Data>(*d) : std::nullopt;
}

}  // namespace

void TstProfilesAgree::profileMatchesVirtualMeter_data() {
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("family");
    QTest::newRow("omnipower-ct") << int(sim::MeterModel::OmnipowerCt)
                                  << int(meter::MeterFamily::OmnipowerCt);
    QTest::newRow("omnia") << int(sim::MeterModel::Omnia) << int(meter::MeterFamily::OmniaEMeter);
}

void TstProfilesAgree::profileMatchesVirtualMeter() {
    QFETCH(int, model);
    QFETCH(int, family);
    auto profile =
        meter::loadDeviceProfile(meter::MeterFamily(family), OMT_SOURCE_DIR "/resources");
    QVERIFY2(profile.hasValue(), profile ? "" : profile.error().detail.c_str());

    app::DemoOptions options;
    options.model = sim::MeterModel(model);
    options.line = sim::LineKind::DirectHdlc;
    auto demo = app::DemoMeter::create(options);
    QVERIFY(demo.hasValue());
    link::SessionSettings settings;
    settings.transport = link::TransportKind::Injected;
    settings.mode = link::LinkMode::DirectHdlc;
    app::CredentialRequest credentials;
    credentials.level = app::AuthLevel::High;
    credentials.useEnvironment = false;
    credentials.demoSecrets = (*demo)->secrets();
    credentials.titleInstance = 2;  // the tests
    auto client = app::buildClientConfig(credentials);
    QVERIFY(client.hasValue());
    settings.client = *client;
    app::BlockingMeter meter;
    auto opened = meter.open(settings, (*demo)->takeClientTransport());
    QVERIFY2(opened.hasValue(), opened ? "" : qPrintable(link::describe(opened.error())));

    auto got = meter.get({{15, cosem::ObisCode{0, 0, 40, 0, 0, 255}, 2, std::nullopt}});
    QVERIFY(got.hasValue());
    const auto* data = std::get_if<dlms::Data>(&got->items.at(0).result);
    QVERIFY(data);
    auto list = cosem::ObjectList::fromData(*data);
    QVERIFY(list.hasValue());

    const auto mismatches = profile->checkObjectList(*list);
    QStringList problems;
    for (const auto& m : mismatches) {
        problems << QString::fromStdString(m.detail);
    }
    QVERIFY2(mismatches.empty(), qPrintable(problems.join(QStringLiteral("; "))));

    // Every located attribute that the object list says the management client may read gives a
    // value (not an error).
    std::vector<dlms::AttributeRef> refs;
    for (const auto& a : profile->readList()) {
        const auto it = std::find_if(list->entries.begin(), list->entries.end(),
                                     [&](const auto& e) { return e.logicalName == a.obis; });
        QVERIFY(it != list->entries.end());
        const auto* access = it->findAttributeAccess(a.attribute);
        if (access && access->readable(cosem::kAssociationLnVersion)) {
            refs.push_back({a.classId, a.obis, a.attribute, std::nullopt});
        }
    }
    QVERIFY(refs.size() > 20);
    auto values = meter.get(refs);
    QVERIFY(values.hasValue());
    QCOMPARE(values->items.size(), refs.size());
    for (const auto& item : values->items) {
        const auto* refused = std::get_if<dlms::DataAccessResult>(&item.result);
        QVERIFY2(!refused,
                 qPrintable(QStringLiteral("%1:%2 refused (%3)")
                                .arg(QString::fromStdString(item.attribute.obis.toString()))
                                .arg(item.attribute.attribute)
                                .arg(refused ? dlms::nameOf(*refused) : "")));
    }
    meter.close();
}

void TstProfilesAgree::rulesMatchVirtualMeter_data() {
    profileMatchesVirtualMeter_data();
}

void TstProfilesAgree::rulesMatchVirtualMeter() {
    QFETCH(int, model);
    QFETCH(int, family);
    auto profile =
        meter::loadDeviceProfile(meter::MeterFamily(family), OMT_SOURCE_DIR "/resources");
    QVERIFY2(profile.hasValue(), profile ? "" : profile.error().detail.c_str());
    const auto& rules = profile->rules();
    Session s;
    QVERIFY(open(s, sim::MeterModel(model)));
    auto& meter = s.meter;
    const bool omnia = meter::MeterFamily(family) == meter::MeterFamily::OmniaEMeter;

    // The settings the type has: Z codes on the CT only (OMNIA data sheet: no software
    // configuration table); two load profiles on the OMNIA (its line 173), one on the CT.
    const cosem::ObisCode zObject{0, 0, 96, 1, 128, 255};
    const auto z = meter.get({{1, zObject, 2, std::nullopt}});
    QVERIFY(z);
    const bool meterHasZ = std::holds_alternative<dlms::Data>(z->items.at(0).result);
    QCOMPARE(meterHasZ, profile->find(meter::Setting::SoftwareConfiguration) != nullptr);
    QCOMPARE(meterHasZ, !omnia);
    QCOMPARE(profile->find(meter::Setting::LoadProfile2Period) != nullptr, omnia);

    // Every period the profile offers is accepted by each load profile, read back, and one it
    // does not offer is refused.
    QVERIFY(!rules.loadProfilePeriods.empty());
    for (const auto setting :
         {meter::Setting::LoadProfile1Period, meter::Setting::LoadProfile2Period}) {
        const auto* where = profile->find(setting);
        if (where == nullptr) {
            continue;
        }
        const dlms::AttributeRef ref{where->classId, where->objects.front(), 4, std::nullopt};
        for (const auto seconds : rules.loadProfilePeriods) {
            QCOMPARE(
                setOne(meter, ref.classId, ref.obis, 4, dlms::Data::doubleLongUnsigned(seconds)),
                dlms::DataAccessResult::Success);
            QCOMPARE(getOne(meter, ref), std::optional(dlms::Data::doubleLongUnsigned(seconds)));
        }
        for (const std::uint32_t seconds : {60U, 300U, 600U, 1200U, 7200U}) {
            if (!rules.offersPeriod(seconds)) {
                QVERIFY(setOne(meter, ref.classId, ref.obis, 4,
                               dlms::Data::doubleLongUnsigned(seconds)) !=
                        dlms::DataAccessResult::Success);
            }
        }
    }

    // The analysis logger takes as many registers as the profile says, not one more; a selective
    // read holds at most the selective limit (the whole read, all of them).
    QVERIFY(rules.analysisLoggerRegisters.has_value());
    const std::size_t registers = *rules.analysisLoggerRegisters;
    const std::size_t selective = rules.analysisLoggerSelectiveRegisters.value_or(registers);
    const auto* logger = profile->find(meter::Setting::AnalysisLogger);
    QVERIFY(logger);
    const auto* registerList = profile->find(meter::Setting::InstantaneousRegisters);
    const auto* energy = profile->find(meter::Setting::EnergyRegisters);
    std::vector<cosem::ObisCode> candidates = registerList->objects;
    candidates.insert(candidates.end(), energy->objects.begin(), energy->objects.end());
    QVERIFY(candidates.size() > registers);
    const auto columns = [&](std::size_t n) {
        cosem::CaptureObjects list;
        list.entries.push_back({8, cosem::ObisCode{0, 0, 1, 0, 0, 255}, 2, 0});
        for (std::size_t i = 0; i < n; ++i) {
            list.entries.push_back({3, candidates[i], 2, 0});
        }
        return list.toData();
    };
    const auto loggerObis = logger->objects.front();
    QVERIFY(setOne(meter, 7, loggerObis, 3, columns(registers + 1)) !=
            dlms::DataAccessResult::Success);
    QCOMPARE(setOne(meter, 7, loggerObis, 3, columns(registers)), dlms::DataAccessResult::Success);
    auto& virtualMeter = s.demo->meter();
    auto* buffer =
        dynamic_cast<sim::ProfileGenericObject*>(virtualMeter.directory().find(loggerObis));
    QVERIFY(buffer);
    QVERIFY(buffer->append(std::vector<dlms::Data>(registers + 1, dlms::Data::null())));
    const auto read = [&](std::size_t lastColumn) {
        return getOne(meter, {7, loggerObis, 2,
                              dlms::makeEntryDescriptor({1, 0, 1, std::uint16_t(lastColumn)})});
    };
    QVERIFY(read(selective + 1).has_value());
    QCOMPARE(read(selective + 2).has_value(), selective >= registers);
    QVERIFY(getOne(meter, {7, loggerObis, 2, std::nullopt}).has_value());
    meter.close();
}

QTEST_GUILESS_MAIN(TstProfilesAgree)
#include "tst_profiles_agree.moc"

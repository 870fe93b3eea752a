// The device profiles (resources/profiles/*.json) and the virtual meters agree: every object a
// profile locates is in the meter's object list, as the management client reads it over a real
// session, with the profile's class id and the located attributes accessible; and every located
// attribute the management client may read answers with a value.
#include <QTest>

#include "app/common/blocking_meter.h"
#include "app/common/credentials.h"
#include "app/common/demo_meter.h"
#include "meter/device_profile.h"
#include "protocol/cosem/association_ln.h"

using namespace omt;

class TstProfilesAgree : public QObject {
    Q_OBJECT

private slots:
    void profileMatchesVirtualMeter_data();
    void profileMatchesVirtualMeter();
};

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

QTEST_GUILESS_MAIN(TstProfilesAgree)
#include "tst_profiles_agree.moc"

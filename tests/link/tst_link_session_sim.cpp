// The session against the virtual meters themselves: a Kamstrup OMNIPOWER CT (sim/meters)
// served by sim/host's EndpointRunner on the far end of an in-process pipe, with line emulation
// (every byte takes its time at the line's rate) and, in one test, injected line faults.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "link/pipe_transport.h"
#include "link/session/meter_connection.h"
#include "sim/host/endpoint_runner.h"
#include "sim/meters/virtual_meter.h"

using namespace omt;
using namespace omt::link;

namespace {

constexpr cosem::ObisCode kLogicalDeviceName{0, 0, 42, 0, 0, 255};
constexpr cosem::ObisCode kSerialNumber{0, 0, 96, 1, 0, 255};
const dlms::security::SystemTitle kToolTitle =
    dlms::security::SystemTitle::fromHex("4F4D540000000001")
        .value_or(dlms::security::SystemTitle{});

/// One OMNIPOWER CT behind an EndpointRunner on the meter end of a pipe.
struct SimMeter {
    std::unique_ptr<sim::VirtualMeter> meter;
    std::unique_ptr<sim::EndpointRunner> runner;
    std::unique_ptr<PipeTransport> meterEnd;
    std::unique_ptr<PipeTransport> toolEnd;

    SimMeter(sim::LineKind line, sim::FaultConfig faults = {}) {
        sim::VirtualMeterOptions options;
        options.model = sim::MeterModel::OmnipowerCt;
        auto created = sim::VirtualMeter::create(options);
        if (!created) {
            return;
        }
        meter = std::move(*created);
        sim::EndpointConfig config;
        sim::configureForMeter(config, *meter);
        config.line = line;
        config.faults = faults;
        runner = std::make_unique<sim::EndpointRunner>(config, meter->directory(),
                                                       sim::RunnerOptions{.lineEmulation = true});
        auto [tool, meterSide] = PipeTransport::createPair(QStringLiteral("omnipower"));
        meterEnd = std::move(meterSide);
        toolEnd = std::move(tool);
        meterEnd->open();
        runner->attach(meterEnd.get());
    }
};

SessionSettings settingsFor(LinkMode mode, dlms::ClientConfig client) {
    SessionSettings s;
    s.transport = TransportKind::Injected;
    s.mode = mode;
    s.client = std::move(client);
    s.maxBaud = 9600;
    s.hdlcBaud = 9600;
    s.apduTimeout = std::chrono::milliseconds{8000};
    return s;
}

QString textOf(const dlms::GetItem& item) {
    const auto* data = std::get_if<dlms::Data>(&item.result);
    if (data == nullptr) {
        return QStringLiteral("<%1>").arg(
            dlms::nameOf(std::get<dlms::DataAccessResult>(item.result)));
    }
    if (const auto* bytes = data->as<Bytes>()) {
        return QString::fromLatin1(reinterpret_cast<const char*>(bytes->data()),
                                   static_cast<qsizetype>(bytes->size()));
    }
    if (const auto* text = data->as<std::string>()) {
        return QString::fromStdString(*text);
    }
    return QStringLiteral("<%1>").arg(static_cast<int>(data->type()));
}

QByteArray firstFailure(const QSignalSpy& failures) {
    return failures.isEmpty() ? QByteArray()
                              : describe(failures[0][1].value<SessionError>()).toUtf8();
}

}  // namespace

class TestLinkSessionSim : public QObject {
    Q_OBJECT

private slots:
    void modeEWithHlsAgainstOmnipowerCt();
    void directHdlcRecoversInjectedFaults();
    void wrongPasswordAgainstTheVirtualMeter();
    void learntAddressAndCounterFallbackAgainstTheVirtualMeter();
};

void TestLinkSessionSim::modeEWithHlsAgainstOmnipowerCt() {
    SimMeter sim(sim::LineKind::Optical);
    QVERIFY(sim.meter != nullptr);
    const auto secrets = sim::MeterSecrets::demo();
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(meter.start(settingsFor(LinkMode::OpticalModeE,
                                    dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap,
                                                                      kToolTitle, secrets.keys)),
                        std::move(sim.toolEnd)));
    meter.get({{1, kLogicalDeviceName, 2, std::nullopt}, {1, kSerialNumber, 2, std::nullopt}});
    QVERIFY2(QTest::qWaitFor([&] { return !results.isEmpty() || !failures.isEmpty(); }, 20000),
             "no answer");
    QVERIFY2(failures.isEmpty(), firstFailure(failures).constData());
    const auto items =
        std::get<dlms::GetOutcome>(results[0][0].value<OperationResult>().outcome).items;
    QVERIFY2(textOf(items[0]).startsWith(QStringLiteral("KAMOMPCT")), qPrintable(textOf(items[0])));
    QCOMPARE(textOf(items[1]), QStringLiteral("71234567"));
    QCOMPARE(meter.linkInfo().baud, 9600U);
    qInfo("mode E sign-on + HDLC + HLS-GMAC + one GET-with-list with line emulation: %lld ms",
          static_cast<long long>(clock.elapsed()));
    meter.finish();
    QVERIFY(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000));
}

void TestLinkSessionSim::directHdlcRecoversInjectedFaults() {
    sim::FaultConfig faults;
    faults.seed = 7;
    faults.corruptProbability = 0.01;
    faults.dropProbability = 0.01;
    SimMeter sim(sim::LineKind::DirectHdlc, faults);
    QVERIFY(sim.meter != nullptr);
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = settingsFor(
        LinkMode::DirectHdlc, dlms::ClientConfig::lowLevel(
                                  sim::kReaderClientSap, sim::MeterSecrets::demo().readerPassword));
    settings.hdlcResponseTimeout = std::chrono::milliseconds{400};
    settings.hdlcMaxRetries = 6;
    QVERIFY(meter.start(settings, std::move(sim.toolEnd)));
    for (int i = 0; i < 5; ++i) {
        meter.get({{1, kSerialNumber, 2, std::nullopt}, {1, kLogicalDeviceName, 2, std::nullopt}});
    }
    QVERIFY(QTest::qWaitFor([&] { return results.count() == 5 || !failures.isEmpty(); }, 60000));
    QVERIFY2(failures.isEmpty(), firstFailure(failures).constData());
    for (const auto& args : results) {
        const auto items =
            std::get<dlms::GetOutcome>(args[0].value<OperationResult>().outcome).items;
        QCOMPARE(textOf(items[0]), QStringLiteral("71234567"));
    }
    // The line really was bad: bytes were lost and flipped, and recovered by retransmission.
    const auto& injected = sim.runner->endpoint().faults();
    qInfo("faults injected: %zu bytes dropped, %zu corrupted", injected.droppedBytes(),
          injected.corruptedBytes());
    QVERIFY(injected.droppedBytes() >= 1);
    QVERIFY(injected.corruptedBytes() >= 1);
    meter.finish();
    QVERIFY(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 15000));
}

void TestLinkSessionSim::wrongPasswordAgainstTheVirtualMeter() {
    SimMeter sim(sim::LineKind::Wrapper);
    QVERIFY(sim.meter != nullptr);
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(
        settingsFor(LinkMode::Wrapper,
                    dlms::ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf("00000000"))),
        std::move(sim.toolEnd)));
    QVERIFY(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures[0][1].value<SessionError>().kind, SessionError::Kind::WrongPassword);
}

void TestLinkSessionSim::learntAddressAndCounterFallbackAgainstTheVirtualMeter() {
    // Mode E to the OMNIPOWER CT with a wrong physical address configured (its own is 0x11E7):
    // the address is learnt; the HLS client reads the invocation counter through the public
    // client first, which the virtual meter does not serve, so the configured counter is used.
    SimMeter sim(sim::LineKind::Optical);
    QVERIFY(sim.meter != nullptr);
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto client = dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap, kToolTitle,
                                                    sim::MeterSecrets::demo().keys);
    client.invocationCounter = 100;
    auto settings = settingsFor(LinkMode::OpticalModeE, client);
    settings.serverPhysical = 0x42;
    settings.learnAddress = true;
    settings.readInvocationCounter = true;
    settings.hdlcResponseTimeout = std::chrono::milliseconds{500};
    QVERIFY(meter.start(settings, std::move(sim.toolEnd)));
    meter.get({{1, kSerialNumber, 2, std::nullopt}});
    QVERIFY2(QTest::qWaitFor([&] { return !results.isEmpty() || !failures.isEmpty(); }, 30000),
             "no answer");
    QVERIFY2(failures.isEmpty(), firstFailure(failures).constData());
    const auto items =
        std::get<dlms::GetOutcome>(results[0][0].value<OperationResult>().outcome).items;
    QCOMPARE(textOf(items[0]), QStringLiteral("71234567"));
    const LinkInfo info = meter.linkInfo();
    QCOMPARE(addressesText(info.addressesTried), QStringLiteral("1/0x42, 1/none"));
    QCOMPARE(addressText(*info.serverAddress), QStringLiteral("1/none"));
    QCOMPARE(info.invocationCounterNote,
             QStringLiteral("the meter does not serve 0.0.43.1.0.255 (object-undefined)"));
    QCOMPARE(info.clientInvocationCounter, 100U);
    meter.finish();
    QVERIFY(QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000));
}

QTEST_MAIN(TestLinkSessionSim)
#include "tst_link_session_sim.moc"

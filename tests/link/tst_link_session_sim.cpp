// The session against the virtual meters themselves: a Kamstrup OMNIPOWER CT (sim/meters)
// served by sim/host's EndpointRunner on the far end of an in-process pipe, with line emulation
// (every byte takes its time at the line's rate) and, in one test, injected line faults.
#include <algorithm>
#include <utility>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "link/pipe_transport.h"
#include "link/session/meter_connection.h"
#include "protocol/dlms/security/key_wrap.h"
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
        reattach(line, faults);
    }

    /// A new line (runner and pipe) to the same meter, as for the next client in sequence.
    void reattach(sim::LineKind line, sim::FaultConfig faults = {}, bool trace = false) {
        runner.reset();
        meterEnd.reset();
        sim::EndpointConfig config;
        sim::configureForMeter(config, *meter);
        config.line = line;
        config.faults = faults;
        if (trace) {
            // as omt-sim --trace: deciphered with the keys the meter started with
            config.trace = true;
            config.traceKeys = sim::MeterSecrets::demo().keys;
        }
        runner = std::make_unique<sim::EndpointRunner>(config, meter->directory(),
                                                       sim::RunnerOptions{.lineEmulation = true});
        auto [tool, meterSide] = PipeTransport::createPair(QStringLiteral("omnipower"));
        meterEnd = std::move(meterSide);
        toolEnd = std::move(tool);
        meterEnd->open();
        runner->attach(meterEnd.get());
        if (trace) {
            QObject::connect(runner.get(), &sim::EndpointRunner::traced, runner.get(),
                             [this](const sim::EndpointTrace& record) {
                                 for (const auto& text : record.lines) {
                                     traceLines.push_back(text);
                                 }
                             });
        }
    }

    std::vector<std::string> traceLines;
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
    void learntAddressAndInvocationCounterAgainstTheVirtualMeter();
    void traceStaysDecipheredAfterAKeyTransfer_data();
    void traceStaysDecipheredAfterAKeyTransfer();
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

void TestLinkSessionSim::learntAddressAndInvocationCounterAgainstTheVirtualMeter() {
    // The tool is configured with the wrong physical address (0x42): the meter does not answer
    // it, so the address is learnt; the HLS client reads the meter's record of its invocation
    // counter (0.0.43.1.0.255) through the public client first and starts above it. The meter
    // keeps that record across associations and refuses a counter it has seen.
    SimMeter sim(sim::LineKind::Optical);
    QVERIFY(sim.meter != nullptr);
    auto client = dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap, kToolTitle,
                                                    sim::MeterSecrets::demo().keys);
    client.invocationCounter = 100;
    struct Run {
        LinkInfo info;
        QString failure;
        SessionError::Kind failureKind{};
    };
    auto connectOnce = [&](bool readCounter, bool learn) {
        Run run;
        MeterConnection meter;
        QSignalSpy results(&meter, &MeterConnection::operationFinished);
        QSignalSpy failures(&meter, &MeterConnection::failed);
        QSignalSpy closed(&meter, &MeterConnection::closed);
        auto settings = settingsFor(LinkMode::OpticalModeE, client);
        if (learn) {
            settings.serverPhysical = 0x42;
            settings.learnAddress = true;
        }
        settings.readInvocationCounter = readCounter;
        settings.hdlcResponseTimeout = std::chrono::milliseconds{500};
        if (!meter.start(settings, std::move(sim.toolEnd))) {
            run.failure = QStringLiteral("not started");
            return run;
        }
        meter.get({{1, kSerialNumber, 2, std::nullopt}});
        if (!QTest::qWaitFor([&] { return !results.isEmpty() || !failures.isEmpty(); }, 30000)) {
            run.failure = QStringLiteral("no answer");
            return run;
        }
        if (!failures.isEmpty()) {
            run.failure = QString::fromUtf8(firstFailure(failures));
            run.failureKind = failures[0][1].value<SessionError>().kind;
        } else {
            const auto items =
                std::get<dlms::GetOutcome>(results[0][0].value<OperationResult>().outcome).items;
            if (textOf(items[0]) != QStringLiteral("71234567")) {
                run.failure = textOf(items[0]);
            }
            run.info = meter.linkInfo();
            meter.finish();
        }
        if (!QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000) && run.failure.isEmpty()) {
            run.failure = QStringLiteral("the connection did not close");
        }
        return run;
    };

    // First client: the meter has accepted no counter yet (it serves 0); the configured 100 is
    // above it and used.
    const Run first = connectOnce(true, true);
    QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
    QCOMPARE(addressesText(first.info.addressesTried), QStringLiteral("1/0x42, 1/none"));
    QCOMPARE(addressText(*first.info.serverAddress), QStringLiteral("1/none"));
    QCOMPARE(first.info.invocationCounterNote, QString());
    QVERIFY(first.info.meterInvocationCounter.has_value());
    QCOMPARE(*first.info.meterInvocationCounter, 0U);
    QCOMPARE(first.info.clientInvocationCounter, 100U);

    // Second client, configured at 100 again: the meter now serves the last counter it accepted
    // (100 and more: AARQ, GET, RLRQ) and the tool continues above it.
    sim.reattach(sim::LineKind::Optical);
    const Run second = connectOnce(true, false);
    QVERIFY2(second.failure.isEmpty(), qPrintable(second.failure));
    QVERIFY(second.info.meterInvocationCounter.has_value());
    QVERIFY2(*second.info.meterInvocationCounter >= 102,
             qPrintable(QString::number(*second.info.meterInvocationCounter)));
    QCOMPARE(second.info.clientInvocationCounter, *second.info.meterInvocationCounter + 1);

    // Third client, configured at 100 and not reading the counter: its AARQ replays a counter
    // the meter has seen and the association is refused.
    sim.reattach(sim::LineKind::Optical);
    const Run replay = connectOnce(false, false);
    QVERIFY2(!replay.failure.isEmpty(), "a replayed invocation counter was accepted");
    QCOMPARE(replay.failureKind, SessionError::Kind::WrongKeys);
}

void TestLinkSessionSim::traceStaysDecipheredAfterAKeyTransfer_data() {
    QTest::addColumn<bool>("wrapper");
    QTest::newRow("optical, HDLC") << false;
    QTest::newRow("TCP wrapper") << true;
}

void TestLinkSessionSim::traceStaysDecipheredAfterAKeyTransfer() {
    QFETCH(bool, wrapper);
    const auto line = wrapper ? sim::LineKind::Wrapper : sim::LineKind::Optical;
    const auto mode = wrapper ? LinkMode::Wrapper : LinkMode::OpticalModeE;
    // The meter's trace (omt-sim --trace) deciphers with the demo keys; a tool transfers new
    // ones (Security setup global_key_transfer) and the next association uses them: the trace
    // follows, so that association is deciphered too.
    namespace sec = dlms::security;
    SimMeter sim(line);
    QVERIFY(sim.meter != nullptr);
    sim.reattach(line, {}, true);
    const auto demo = sim::MeterSecrets::demo();
    const sec::SecurityKeys newKeys{*sec::Key128::fromHex("00112233445566778899AABBCCDDEEFF"),
                                    *sec::Key128::fromHex("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF"),
                                    std::nullopt};
    const auto wrapped = [&](std::uint8_t id, const sec::Key128& key) {
        return dlms::Data::structure(
            {dlms::Data::enumValue(id),
             dlms::Data::octetString(sec::wrapKey(demo.kek, key).value())});
    };
    auto runSession = [&](const sec::SecurityKeys& keys, bool transfer) {
        MeterConnection meter;
        QSignalSpy results(&meter, &MeterConnection::operationFinished);
        QSignalSpy failures(&meter, &MeterConnection::failed);
        QSignalSpy closed(&meter, &MeterConnection::closed);
        auto settings = settingsFor(
            mode, dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap, kToolTitle, keys));
        settings.readInvocationCounter = true;
        if (!meter.start(settings, std::move(sim.toolEnd))) {
            return QStringLiteral("not started");
        }
        if (transfer) {
            meter.action({64, cosem::ObisCode(0, 0, 43, 0, 0, 255), 2},
                         dlms::Data::array({wrapped(0, newKeys.globalEk), wrapped(2, newKeys.ak)}));
        }
        meter.get({{1, kSerialNumber, 2, std::nullopt}});
        const qsizetype expected = transfer ? 2 : 1;
        if (!QTest::qWaitFor([&] { return results.size() >= expected || !failures.isEmpty(); },
                             30000)) {
            return QStringLiteral("no answer");
        }
        if (!failures.isEmpty()) {
            return QString::fromUtf8(firstFailure(failures));
        }
        if (transfer) {
            const auto& outcome = results[0][0].value<OperationResult>().outcome;
            const auto* action = std::get_if<dlms::ActionOutcome>(&outcome);
            if (action == nullptr || action->result != dlms::ActionResult::Success) {
                return QStringLiteral("the key transfer failed");
            }
        }
        meter.finish();
        if (!QTest::qWaitFor([&] { return !closed.isEmpty(); }, 10000)) {
            return QStringLiteral("not closed");
        }
        return QString();
    };
    const QString before = runSession(demo.keys, true);
    QVERIFY2(before.isEmpty(), qPrintable(before));
    const std::size_t firstSessionLines = sim.traceLines.size();
    sim.reattach(line, {}, true);
    const auto firstLines = std::exchange(sim.traceLines, {});
    QVERIFY(firstSessionLines > 0);
    const QString after = runSession(newKeys, false);
    QVERIFY2(after.isEmpty(), qPrintable(after));

    auto count = [](const std::vector<std::string>& lines, const std::string& what) {
        return std::count_if(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.find(what) != std::string::npos;
        });
    };
    std::string all;
    for (const auto& l : sim.traceLines) {
        all += l + "\n";
    }
    // the association under the new keys: its GET and the answer are deciphered
    QVERIFY2(count(sim.traceLines, "get-request-normal") >= 2, all.c_str());  // counter + serial
    QVERIFY2(count(sim.traceLines, "visible-string \"71234567\"") >= 1 ||
                 count(sim.traceLines, "71234567") >= 1,
             all.c_str());
    QVERIFY2(count(sim.traceLines, "authentication-failed") == 0, all.c_str());
    QVERIFY2(count(sim.traceLines, "not deciphered") == 0, all.c_str());
    // and the association that transferred the keys stayed deciphered to its end
    QVERIFY(std::any_of(firstLines.begin(), firstLines.end(), [](const std::string& l) {
        return l.find("action-request-normal") != std::string::npos &&
               l.find("0.0.43.0.0.255") != std::string::npos;
    }));
    QVERIFY(count(firstLines, "action-response-normal") >= 2);  // the HLS proof and the transfer
    QVERIFY(count(firstLines, "authentication-failed") == 0);
}

QTEST_MAIN(TestLinkSessionSim)
#include "tst_link_session_sim.moc"

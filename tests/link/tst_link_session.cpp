// The session worker (MeterConnection + Session in its thread) against a meter served in the
// test by the real server engines: hdlc::Station (secondary) + sim ServerAssociation behind an
// in-process pipe or a real TCP socket, and the TCP wrapper. Stages, results, a lost frame
// recovered by retransmission, cancel mid-way, the diagnoses a person sees, and the trace file.
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <array>
#include <deque>
#include <functional>

#include "../protocol/client/test_meter.h"
#include "link/pipe_transport.h"
#include "link/session/meter_connection.h"
#include "link/trace_writer.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/station.h"
#include "protocol/iec62056_21/server_sign_on.h"
#include "protocol/trace/trace_file.h"
#include "protocol/wrapper/wrapper_codec.h"

using namespace omt;
using namespace omt::link;
using namespace omt::testmeter;
using omt::dlms::AttributeRef;

namespace {

constexpr auto kWait = 5000;
constexpr cosem::ObisCode kCounterObject{0, 0, 43, 1, 0, 255};

/// The meter side of the line: HDLC secondary station or TCP wrapper, then one ServerAssociation
/// for whichever client SAP the test configures. Bytes in through onBytes(), out through
/// `write`. `dropWrites` lists the indexes of written chunks that are lost on the line.
class MeterEndpoint : public QObject {
public:
    enum class Framing { Hdlc, Wrapper };

    MeterEndpoint(Framing framing, sim::AssociationConfig config,
                  hdlc::LinkParameters capability = {512, 512, 3, 3})
        : m_framing(framing),
          m_association(std::move(config), m_meter.directory),
          m_capability(capability) {
        hdlc::StationConfig station;
        station.role = hdlc::Role::Secondary;
        station.client = hdlc::Address::client(m_association.config().clientSap);
        station.server = hdlc::Address::server(1);
        station.parameters = capability;
        m_station.emplace(station);
        for (std::size_t i = 0; i < m_timers.size(); ++i) {
            m_timers[i] = new QTimer(this);
            m_timers[i]->setSingleShot(true);
            connect(m_timers[i], &QTimer::timeout, this,
                    [this, i] { run(m_station->timerExpired(static_cast<hdlc::TimerId>(i))); });
        }
    }

    /// Puts the IEC 62056-21 meter-side sign-on in front (optical port): HDLC starts after
    /// the mode E switch; a mode C request gets the readout.
    /// A meter that answers only SNRMs to upper `logical` with lower `physical` (two- or
    /// four-byte field), and, when `allStation`, to the all-station lower address.
    void answerOnlyAt(std::uint16_t logical, std::uint16_t physical, bool allStation) {
        hdlc::StationConfig station;
        station.role = hdlc::Role::Secondary;
        station.client = hdlc::Address::client(m_association.config().clientSap);
        station.server = hdlc::Address::server(logical, physical, hdlc::AddressSize::Four);
        station.parameters = m_capability;
        station.acceptServer = [=](const hdlc::Address& a) {
            return a.upper == logical && a.size != hdlc::AddressSize::One &&
                   (a.lower == physical || (allStation && a.lower == hdlc::kAllStation14));
        };
        m_station.emplace(station);
    }

    /// A public client (0x10) beside the configured association, on the same line; with
    /// `counter`, the meter serves its invocation counter 0.0.43.1.0.255 to it.
    void addPublicClient(std::optional<std::uint32_t> counter) {
        sim::AccessPolicy policy = publicPolicy();
        if (counter) {
            m_meter.directory.add(std::make_unique<sim::DataObject>(
                kCounterObject, dlms::Data::doubleLongUnsigned(*counter)));
            policy.grant(kCounterObject,
                         {sim::AttributeAccessMode::ReadOnly, sim::AttributeAccessMode::ReadOnly});
        }
        m_public.emplace(sim::AssociationConfig::publicClient(policy), m_meter.directory);
    }
    int publicApdus = 0;

    void enableOpticalPort(iec62056_21::Identification identification = {"KAM", '5', "2", "MCT"}) {
        iec62056_21::ServerOptions options;
        options.identification = identification;  // '5': up to 9600 baud; "2": mode E offered
        // A pipe has no line time: the meter's reaction must cover the tool's wait for its
        // option select to leave a 300 baud line (6 characters, 200 ms) before it switches.
        options.reactionTime = std::chrono::milliseconds{300};
        options.readout = [] {
            return std::vector<iec62056_21::DataSet>{
                {"1.8.0", {{"0005.009", std::string("kWh")}}, 0},
                {"0.0.0", {{"12345678", std::nullopt}}, 1}};
        };
        m_signOn.emplace(options);
        for (std::size_t i = 0; i < m_signOnTimers.size(); ++i) {
            m_signOnTimers[i] = new QTimer(this);
            m_signOnTimers[i]->setSingleShot(true);
            connect(m_signOnTimers[i], &QTimer::timeout, this, [this, i] {
                runSignOn(m_signOn->timerExpired(static_cast<iec62056_21::ServerTimerId>(i)));
            });
        }
        m_inHdlc = false;
        runSignOn(m_signOn->start());
    }
    std::uint32_t hdlcBaud = 0;  ///< the rate the sign-on switched to

    std::function<void(const QByteArray&)> write;
    std::vector<int> dropWrites;
    std::vector<int> corruptWrites;  ///< written with one byte flipped (FCS then fails)
    std::vector<int> dropReads;      ///< received chunks lost on the way to the meter
    int writes = 0;
    int reads = 0;
    int apdusReceived = 0;
    bool silent = false;  ///< a meter that answers nothing

    sim::ServerAssociation& association() { return m_association; }
    const hdlc::Station& station() const { return *m_station; }

    void onBytes(const QByteArray& data) {
        if (silent) {
            return;
        }
        const int readIndex = reads++;
        if (std::find(dropReads.begin(), dropReads.end(), readIndex) != dropReads.end()) {
            return;
        }
        const ByteView bytes(reinterpret_cast<const std::uint8_t*>(data.constData()),
                             static_cast<std::size_t>(data.size()));
        if (m_signOn && !m_inHdlc) {
            runSignOn(m_signOn->bytesReceived(bytes));
            return;
        }
        if (m_framing == Framing::Hdlc) {
            run(m_station->bytesReceived(bytes));
            return;
        }
        auto result = m_decoder.feed(bytes);
        for (const auto& frame : result.frames) {
            ++apdusReceived;
            auto response = m_association.handleApdu(frame.payload);
            if (response) {
                auto out = wrapper::encodeWrapper(
                    {frame.destinationWPort, frame.sourceWPort, std::move(*response)});
                if (out) {
                    send(*out);
                }
            }
        }
    }

private:
    void send(ByteView bytes) {
        const int index = writes++;
        if (std::find(dropWrites.begin(), dropWrites.end(), index) != dropWrites.end()) {
            return;  // lost on the line
        }
        QByteArray data(reinterpret_cast<const char*>(bytes.data()),
                        static_cast<qsizetype>(bytes.size()));
        if (std::find(corruptWrites.begin(), corruptWrites.end(), index) != corruptWrites.end() &&
            data.size() > 12) {
            data[data.size() - 5] = static_cast<char>(data[data.size() - 5] ^ 0x10);
        }
        if (write) {
            write(data);
        }
    }

    void runSignOn(iec62056_21::ServerActions actions) {
        for (auto& action : actions) {
            if (auto* out = std::get_if<iec62056_21::SendBytes>(&action)) {
                send(out->bytes);
            } else if (auto* start = std::get_if<iec62056_21::ServerStartTimer>(&action)) {
                m_signOnTimers[static_cast<std::size_t>(start->id)]->start(start->duration);
            } else if (auto* stop = std::get_if<iec62056_21::ServerStopTimer>(&action)) {
                m_signOnTimers[static_cast<std::size_t>(stop->id)]->stop();
            } else if (auto* enter = std::get_if<iec62056_21::EnterHdlc>(&action)) {
                hdlcBaud = enter->baud;
                m_inHdlc = true;
            }
        }
    }

    /// Carries out the station's actions in order; those caused by carrying one out (the
    /// response sent for an APDU) queue behind the rest.
    void run(hdlc::Actions actions) {
        for (auto& action : actions) {
            m_pending.push_back(std::move(action));
        }
        if (m_running) {
            return;
        }
        m_running = true;
        while (!m_pending.empty()) {
            hdlc::Action action = std::move(m_pending.front());
            m_pending.pop_front();
            if (auto* out = std::get_if<hdlc::SendBytes>(&action)) {
                send(out->bytes);
            } else if (auto* start = std::get_if<hdlc::StartTimer>(&action)) {
                m_timers[static_cast<std::size_t>(start->id)]->start(start->duration);
            } else if (auto* stop = std::get_if<hdlc::StopTimer>(&action)) {
                m_timers[static_cast<std::size_t>(stop->id)]->stop();
            } else if (auto* apdu = std::get_if<hdlc::ApduReceived>(&action)) {
                ++apdusReceived;
                const bool toPublic = m_public && m_station->peer().upper == sim::kPublicClientSap;
                publicApdus += toPublic ? 1 : 0;
                auto response = toPublic ? m_public->handleApdu(apdu->apdu)
                                         : m_association.handleApdu(apdu->apdu);
                if (response) {
                    run(m_station->send(*response));
                }
            } else if (std::holds_alternative<hdlc::Disconnected>(action)) {
                m_association.abort();
                if (m_public) {
                    m_public->abort();
                }
            }
        }
        m_running = false;
    }

    Framing m_framing;
    TestMeter m_meter;
    sim::ServerAssociation m_association;
    std::optional<sim::ServerAssociation> m_public;
    hdlc::LinkParameters m_capability;
    std::optional<hdlc::Station> m_station;
    std::array<QTimer*, hdlc::kTimerCount> m_timers{};
    wrapper::WrapperDecoder m_decoder;
    std::deque<hdlc::Action> m_pending;
    bool m_running = false;
    std::optional<iec62056_21::ServerSignOn> m_signOn;
    std::array<QTimer*, 3> m_signOnTimers{};
    bool m_inHdlc = true;
};

/// A pipe whose meter end is served by `endpoint`; returns the tool's end.
std::unique_ptr<Transport> pipeTo(MeterEndpoint& endpoint,
                                  std::unique_ptr<PipeTransport>& meterEnd) {
    auto [tool, meter] = PipeTransport::createPair(QStringLiteral("meter"));
    meterEnd = std::move(meter);
    QObject::connect(meterEnd.get(), &Transport::bytesReceived, &endpoint, &MeterEndpoint::onBytes);
    endpoint.write = [end = meterEnd.get()](const QByteArray& data) { end->write(data); };
    meterEnd->open();
    return std::move(tool);
}

SessionSettings hdlcSettings(dlms::ClientConfig client) {
    SessionSettings s;
    s.transport = TransportKind::Injected;
    s.mode = LinkMode::DirectHdlc;
    s.client = std::move(client);
    s.hdlcResponseTimeout = std::chrono::milliseconds{200};
    s.apduTimeout = std::chrono::milliseconds{3000};
    s.releaseTimeout = std::chrono::milliseconds{1500};
    return s;
}

dlms::ClientConfig readerClient(const char* password = kPassword) {
    return dlms::ClientConfig::lowLevel(sim::kReaderClientSap, bytesOf(password));
}

std::vector<SessionStage> stagesOf(const QSignalSpy& spy) {
    std::vector<SessionStage> out;
    for (const auto& args : spy) {
        out.push_back(args.at(0).value<SessionStage>());
    }
    return out;
}

bool contains(const std::vector<SessionStage>& stages, SessionStage s) {
    return std::find(stages.begin(), stages.end(), s) != stages.end();
}

/// Waits until `spy` has at least `count` signals.
bool waitFor(QSignalSpy& spy, int count = 1, int ms = kWait) {
    return QTest::qWaitFor([&] { return spy.count() >= count; }, ms);
}

QByteArray firstFailureText(const QSignalSpy& failures) {
    return failures.isEmpty() ? QByteArray("no result")
                              : describe(failures[0][1].value<SessionError>()).toUtf8();
}

std::vector<AttributeRef> registers(int n) {
    std::vector<AttributeRef> items;
    for (int i = 1; i <= n; ++i) {
        items.push_back({3, extraRegister(i), 2, std::nullopt});
    }
    return items;
}

}  // namespace

class TestLinkSession : public QObject {
    Q_OBJECT

private slots:
    void hdlcOverPipeReadsAndReleases();
    void wrongPasswordIsDiagnosed();
    void wrongKeysAreDiagnosed();
    void lostFrameIsRecovered();
    void lostRequestAndCorruptedFrameAreRecovered();
    void cancelMidwayReleasesTheLink();
    void cancelDuringSignOn();
    void noAnswerNamesThePort();
    void objectNotInAssociationIsDiagnosed();
    void wrapperOverTcpWithHls();
    void hdlcOverTcp();
    void connectionRefusedOverTcp();
    void opticalModeEThenHdlc();
    void opticalModeCReadout();
    void traceFileMasksThePassword();
    void traceDeciphersWithKeysAndNeverShowsThem();
    void diagnosisTexts();
    void learningCandidatesAndSerialNumbers();
    void addressIsLearntFromTheSerialNumber();
    void allStationAddressAnswers();
    void aLearntAddressGetsTheFullRetriesOnceItAnswers();
    void noAddressAnswersNamesWhatWasTried();
    void readoutOnlyMeterIsNamed();
    void invocationCounterIsReadBeforeHls();
    void invocationCounterFallsBackWhenNotServed();
};

void TestLinkSession::hdlcOverPipeReadsAndReleases() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy stages(&meter, &MeterConnection::stageChanged);
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(hdlcSettings(readerClient()), pipeTo(endpoint, meterEnd)));
    const int id = meter.get(registers(30));
    QVERIFY(waitFor(results));
    QVERIFY2(failures.isEmpty(),
             failures.isEmpty() ? "" : qPrintable(describe(failures[0][1].value<SessionError>())));

    const auto result = results[0][0].value<OperationResult>();
    QCOMPARE(result.id, id);
    QVERIFY(result.itemErrors.empty());
    const auto& items = std::get<dlms::GetOutcome>(result.outcome).items;
    QCOMPARE(items.size(), std::size_t{30});
    QVERIFY(std::get<dlms::Data>(items[29].result) == dlms::Data::doubleLongUnsigned(30));
    // Two GET-with-list requests (16 + 14) after the AARQ.
    QCOMPARE(endpoint.apdusReceived, 3);

    // SNRM/UA settled on what both allow: the meter's 512 bytes and window 3.
    const LinkInfo info = meter.linkInfo();
    QVERIFY(info.hdlc.has_value());
    QCOMPARE(info.hdlc->maxInfoTransmit, 512U);
    QCOMPARE(info.hdlc->maxInfoReceive, 512U);
    QCOMPARE(info.hdlc->windowTransmit, 3U);
    QVERIFY(info.conformance.has(dlms::ConformanceBit::MultipleReferences));

    meter.finish();
    QVERIFY(waitFor(closed));
    const auto seen = stagesOf(stages);
    const std::vector<SessionStage> expected{
        SessionStage::Opening,       SessionStage::HdlcConnecting, SessionStage::HdlcConnected,
        SessionStage::Associating,   SessionStage::Associated,     SessionStage::Releasing,
        SessionStage::Disconnecting, SessionStage::Closed};
    QCOMPARE(seen, expected);
    // RLRQ answered, DISC acknowledged: the meter is free again.
    QCOMPARE(endpoint.association().status(), cosem::AssociationStatus::NonAssociated);
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
    QVERIFY(meter.shutdown());
}

void TestLinkSession::wrongPasswordIsDiagnosed() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(hdlcSettings(readerClient("wrong-pw")), pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed));
    QCOMPARE(failures.count(), 1);
    const auto error = failures[0][1].value<SessionError>();
    QCOMPARE(failures[0][0].toInt(), 0);
    QCOMPARE(error.kind, SessionError::Kind::WrongPassword);
    QCOMPARE(describe(error),
             QStringLiteral("The meter rejected the association: wrong password (LLS)."));
    QVERIFY(!describe(error).contains(QStringLiteral("wrong-pw")));
    // The link was still taken down properly.
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
}

void TestLinkSession::wrongKeysAreDiagnosed() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, managementConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto keys = meterKeys();
    keys.ak = key("00000000000000000000000000000001");
    QVERIFY(meter.start(hdlcSettings(dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap,
                                                                       title(kClientTitle), keys)),
                        pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed));
    QCOMPARE(failures.count(), 1);
    const auto error = failures[0][1].value<SessionError>();
    QCOMPARE(error.kind, SessionError::Kind::WrongKeys);
    QVERIFY(describe(error).contains(QStringLiteral("encryption or authentication key")));
}

void TestLinkSession::lostFrameIsRecovered() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    // Write 0 is the UA, 1 the AARE, 2 the first GET response: lose it on the line.
    endpoint.dropWrites = {2};
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QVERIFY(meter.start(hdlcSettings(readerClient()), pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY(waitFor(results));
    QVERIFY(failures.isEmpty());
    const auto result = results[0][0].value<OperationResult>();
    QVERIFY(std::get<dlms::Data>(std::get<dlms::GetOutcome>(result.outcome).items[0].result) ==
            dlms::Data::doubleLongUnsigned(5009));
    // The meter sent the lost frame again after the tool's poll.
    QVERIFY(endpoint.station().retransmissions() >= 1);
    QVERIFY(endpoint.writes > 3);
    QVERIFY(meter.shutdown());
}

void TestLinkSession::lostRequestAndCorruptedFrameAreRecovered() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    // Chunk 2 to the meter is the first GET (after SNRM and AARQ): lost. The meter's answer
    // to the poll that follows, and later its GET response (write 3), arrive with a bad FCS.
    endpoint.dropReads = {2};
    endpoint.corruptWrites = {3};
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(hdlcSettings(readerClient()), pipeTo(endpoint, meterEnd)));
    meter.get(registers(3));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY(waitFor(results, 2));
    QVERIFY(failures.isEmpty());
    const auto first = results[0][0].value<OperationResult>();
    QVERIFY(std::get<dlms::Data>(std::get<dlms::GetOutcome>(first.outcome).items[2].result) ==
            dlms::Data::doubleLongUnsigned(3));
    const auto second = results[1][0].value<OperationResult>();
    QVERIFY(std::get<dlms::Data>(std::get<dlms::GetOutcome>(second.outcome).items[0].result) ==
            dlms::Data::doubleLongUnsigned(5009));
    meter.finish();
    QVERIFY(waitFor(closed));
    QCOMPARE(endpoint.association().status(), cosem::AssociationStatus::NonAssociated);
}

void TestLinkSession::cancelDuringSignOn() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.enableOpticalPort();
    endpoint.silent = true;
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy stages(&meter, &MeterConnection::stageChanged);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.mode = LinkMode::OpticalModeE;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    const int id = meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY(QTest::qWaitFor([&] { return meter.stage() == SessionStage::SigningOn; }, kWait));
    QElapsedTimer clock;
    clock.start();
    meter.cancel();
    QVERIFY(waitFor(closed, 1, 1000));
    QVERIFY(clock.elapsed() < 1000);
    // The queued request is cancelled; no "no answer" diagnosis for a cancelled sign-on.
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures[0][0].toInt(), id);
    QCOMPARE(failures[0][1].value<SessionError>().kind, SessionError::Kind::Cancelled);
    QCOMPARE(stagesOf(stages).back(), SessionStage::Closed);
}

void TestLinkSession::cancelMidwayReleasesTheLink() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, publicConfig(), {128, 128, 1, 1});
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy progress(&meter, &MeterConnection::progressed);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto client = dlms::ClientConfig::publicClient();
    client.maxReceivePduSize = 32;  // the object list in many small blocks
    QVERIFY(meter.start(hdlcSettings(client), pipeTo(endpoint, meterEnd)));
    const int id = meter.get({{15, kAssociation, 2, std::nullopt}});
    QVERIFY(waitFor(progress));
    meter.cancel();
    QVERIFY(waitFor(closed, 1, 3000));
    QVERIFY(results.isEmpty());
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures[0][0].toInt(), id);
    QCOMPARE(failures[0][1].value<SessionError>().kind, SessionError::Kind::Cancelled);
    // The link is released cleanly: association gone, HDLC disconnected.
    QCOMPARE(endpoint.association().status(), cosem::AssociationStatus::NonAssociated);
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
    QVERIFY(meter.shutdown());
}

void TestLinkSession::noAnswerNamesThePort() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.silent = true;
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.hdlcResponseTimeout = std::chrono::milliseconds{100};
    settings.hdlcMaxRetries = 2;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed));
    QCOMPARE(failures.count(), 1);
    const auto error = failures[0][1].value<SessionError>();
    QCOMPARE(error.kind, SessionError::Kind::NoAnswer);
    QCOMPARE(error.context, QStringLiteral("pipe:meter/a"));
    QVERIFY(describe(error).startsWith(QStringLiteral("No answer on pipe:meter/a")));

    // Silence to the optical sign-on: the diagnosis names the port and the 300 baud.
    MeterEndpoint optical(MeterEndpoint::Framing::Hdlc, readerConfig());
    optical.enableOpticalPort();
    optical.silent = true;
    MeterConnection head;
    QSignalSpy headFailures(&head, &MeterConnection::failed);
    QSignalSpy headClosed(&head, &MeterConnection::closed);
    settings.mode = LinkMode::OpticalModeE;
    settings.handshake.maxAttempts = 2;
    settings.handshake.identificationTimeout = std::chrono::milliseconds{150};
    QVERIFY(head.start(settings, pipeTo(optical, meterEnd)));
    QVERIFY(waitFor(headClosed));
    QCOMPARE(headFailures.count(), 1);
    QCOMPARE(
        headFailures[0][1].value<SessionError>(),
        (SessionError{SessionError::Kind::NoAnswer, QStringLiteral("pipe:meter/a at 300 baud")}));
}

void TestLinkSession::objectNotInAssociationIsDiagnosed() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QVERIFY(meter.start(hdlcSettings(readerClient()), pipeTo(endpoint, meterEnd)));
    meter.get(
        {{3, cosem::ObisCode(1, 0, 0, 4, 2, 255), 2, std::nullopt}, {3, kEnergy, 2, std::nullopt}});
    meter.set({{{3, kEnergy, 2, std::nullopt}, dlms::Data::doubleLongUnsigned(1)}});
    QVERIFY(waitFor(results, 2));
    auto get = results[0][0].value<OperationResult>();
    QCOMPARE(get.itemErrors.size(), std::size_t{1});
    QCOMPARE(get.itemErrors[0].index, std::size_t{0});
    QCOMPARE(get.itemErrors[0].error.kind, SessionError::Kind::ObjectUndefined);
    QCOMPARE(
        describe(get.itemErrors[0].error),
        QStringLiteral("Object 1.0.0.4.2.255 attribute 2 is not in this meter's association."));
    auto set = results[1][0].value<OperationResult>();
    QCOMPARE(set.itemErrors.size(), std::size_t{1});
    QCOMPARE(set.itemErrors[0].error.kind, SessionError::Kind::AccessDenied);
    QCOMPARE(set.itemErrors[0].error.context, QStringLiteral("1.0.1.8.0.255 attribute 2"));
    // Shutting down while associated cancels, releases (the in-process meter cannot answer
    // while this thread waits, so the release runs into its bound) and joins in bounded time.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(meter.shutdown(std::chrono::milliseconds{3000}));
    QVERIFY(clock.elapsed() < 2500);
    QVERIFY(!meter.isRunning());
}

void TestLinkSession::wrapperOverTcpWithHls() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Wrapper, managementConfig());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket* socket = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, &endpoint,
                [&endpoint, &socket] { endpoint.onBytes(socket->readAll()); });
        endpoint.write = [&socket](const QByteArray& data) { socket->write(data); };
    });
    SessionSettings settings;
    settings.transport = TransportKind::Tcp;
    settings.host = QStringLiteral("127.0.0.1");
    settings.tcpPort = server.serverPort();
    settings.mode = LinkMode::Wrapper;
    settings.client = dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap,
                                                        title(kClientTitle), meterKeys());
    settings.apduTimeout = std::chrono::milliseconds{3000};
    MeterConnection meter;
    QSignalSpy stages(&meter, &MeterConnection::stageChanged);
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(settings));
    meter.set({{{1, kText, 2, std::nullopt}, dlms::Data::octetString(bytesOf("TCP"))}});
    meter.get({{1, kText, 2, std::nullopt}, {3, kEnergy, 2, std::nullopt}});
    // Finish at once: the queued work is done first, then the release.
    meter.finish();
    QVERIFY(waitFor(closed));
    QVERIFY2(results.count() == 2,
             failures.isEmpty() ? "no result"
                                : qPrintable(describe(failures[0][1].value<SessionError>())));
    auto get = results[1][0].value<OperationResult>();
    const auto& items = std::get<dlms::GetOutcome>(get.outcome).items;
    QVERIFY(std::get<dlms::Data>(items[0].result) == dlms::Data::octetString(bytesOf("TCP")));
    QVERIFY(std::get<dlms::Data>(items[1].result) == dlms::Data::doubleLongUnsigned(5009));
    QVERIFY(failures.isEmpty());
    const auto seen = stagesOf(stages);
    QVERIFY(!contains(seen, SessionStage::HdlcConnecting));
    QVERIFY(contains(seen, SessionStage::Releasing));
    QCOMPARE(endpoint.association().status(), cosem::AssociationStatus::NonAssociated);
    QVERIFY(meter.shutdown());
}

void TestLinkSession::hdlcOverTcp() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, publicConfig());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket* socket = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, &endpoint,
                [&endpoint, &socket] { endpoint.onBytes(socket->readAll()); });
        endpoint.write = [&socket](const QByteArray& data) { socket->write(data); };
    });
    SessionSettings settings = hdlcSettings(dlms::ClientConfig::publicClient());
    settings.transport = TransportKind::Tcp;
    settings.host = QStringLiteral("127.0.0.1");
    settings.tcpPort = server.serverPort();
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(settings));
    meter.get({{8, kClockLn, 2, std::nullopt}});
    QVERIFY(waitFor(results));
    const auto result = results[0][0].value<OperationResult>();
    QCOMPARE(
        std::get<dlms::Data>(std::get<dlms::GetOutcome>(result.outcome).items[0].result).type(),
        dlms::DataType::OctetString);
    meter.finish();
    QVERIFY(waitFor(closed));
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
}

void TestLinkSession::connectionRefusedOverTcp() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();  // nobody listens there now
    SessionSettings settings = hdlcSettings(dlms::ClientConfig::publicClient());
    settings.transport = TransportKind::Tcp;
    settings.host = QStringLiteral("127.0.0.1");
    settings.tcpPort = port;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QVERIFY(meter.start(settings));
    QVERIFY(waitFor(closed));
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures[0][1].value<SessionError>().kind, SessionError::Kind::ConnectionRefused);
    // The sentence names the place (it read "Nobody accepts connections at Connection refused").
    const QString text = describe(failures[0][1].value<SessionError>());
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(text));
}

void TestLinkSession::opticalModeEThenHdlc() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.enableOpticalPort();
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy stages(&meter, &MeterConnection::stageChanged);
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.mode = LinkMode::OpticalModeE;
    settings.maxBaud = 19200;  // the head could go faster; the meter offers 9600
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results), failures.isEmpty()
                                   ? "no result"
                                   : qPrintable(describe(failures[0][1].value<SessionError>())));
    QVERIFY(std::get<dlms::Data>(
                std::get<dlms::GetOutcome>(results[0][0].value<OperationResult>().outcome)
                    .items[0]
                    .result) == dlms::Data::doubleLongUnsigned(5009));
    QCOMPARE(endpoint.hdlcBaud, 9600U);
    QCOMPARE(meter.linkInfo().baud, 9600U);
    QVERIFY(meter.linkInfo().identification.has_value());
    QCOMPARE(meter.linkInfo().identification->identification, std::string("MCT"));
    meter.finish();
    QVERIFY(waitFor(closed));
    const auto seen = stagesOf(stages);
    const std::vector<SessionStage> head(seen.begin(), seen.begin() + 5);
    const std::vector<SessionStage> expected{
        SessionStage::Opening, SessionStage::SigningOn, SessionStage::SwitchingBaud,
        SessionStage::HdlcConnecting, SessionStage::HdlcConnected};
    QCOMPARE(head, expected);
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
}

void TestLinkSession::opticalModeCReadout() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.enableOpticalPort();
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy readouts(&meter, &MeterConnection::readoutReceived);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.mode = LinkMode::ModeCReadout;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed));
    QCOMPARE(readouts.count(), 1);
    const auto result = readouts[0][0].value<iec62056_21::HandshakeResult>();
    QVERIFY(result.readout.has_value());
    QCOMPARE(result.readout->dataSets.size(), std::size_t{2});
    QCOMPARE(result.readout->dataSets[0].address, std::string("1.8.0"));
    QCOMPARE(result.readout->dataSets[0].values[0].value, std::string("0005.009"));
    QCOMPARE(result.baud, 9600U);
}

void TestLinkSession::traceFileMasksThePassword() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A directory that does not exist yet: made for the trace, private.
    const QString path = dir.filePath(QStringLiteral("traces/today/session.trace"));
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.tracePath = path;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY(waitFor(results));
    meter.finish();
    QVERIFY(waitFor(closed));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Frames both ways with a timestamp, and their meaning.
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z TX 7E"))));
    QVERIFY(text.contains(QStringLiteral(" RX 7E")));
    QVERIFY(text.contains(QStringLiteral("SNRM")));
    QVERIFY(text.contains(QStringLiteral("aarq")));
    QVERIFY(text.contains(QStringLiteral("5009")));
    // The password "12345678" (31 32 ... 38) is masked in the raw bytes, its field kept.
    QVERIFY(!text.contains(QStringLiteral("31 32 33 34 35 36 37 38")));
    QVERIFY(!text.contains(QStringLiteral("12345678")));
    QVERIFY(text.contains(QStringLiteral("AC 0A 80 08 2A 2A 2A 2A 2A 2A 2A 2A")));
    // Issue 19: the masked frame kept the FCS of the real password (16 bits of it). Every frame
    // of the trace now checks against what it shows.
    const auto lines = trace::parseTrace(text.toStdString());
    QVERIFY(lines.hasValue());
    for (const auto direction : {trace::Direction::ToMeter, trace::Direction::FromMeter}) {
        hdlc::Deframer deframer;
        Bytes stream;
        for (const auto& line : *lines) {
            if (line.direction == direction) {
                stream.insert(stream.end(), line.bytes.begin(), line.bytes.end());
            }
        }
        std::size_t frames = 0;
        for (const auto& r : deframer.feed(stream)) {
            QVERIFY2(r.hasValue(), r ? "" : hdlc::nameOf(r.error().code));
            ++frames;
        }
        QVERIFY(frames >= 4);
    }
    // Issue 19: readable by its owner only, and so is the directory made for it.
    QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("traces"))),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("traces/today"))),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

void TestLinkSession::traceDeciphersWithKeysAndNeverShowsThem() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hls.trace"));
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, managementConfig());
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(dlms::ClientConfig::highLevelGmac(
        sim::kManagementClientSap, title(kClientTitle), meterKeys()));
    settings.tracePath = path;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY(waitFor(results));
    meter.finish();
    QVERIFY(waitFor(closed));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The ciphered request and response are shown deciphered.
    QVERIFY(text.contains(QStringLiteral("get-request-normal")));
    QVERIFY(text.contains(QStringLiteral("5009")));
    // Neither key appears, in any spelling.
    for (const QString& k : {QStringLiteral("000102030405060708090A0B0C0D0E0F"),
                             QStringLiteral("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF")}) {
        QVERIFY(!text.contains(k, Qt::CaseInsensitive));
        QString spaced;
        for (int i = 0; i < k.size(); i += 2) {
            spaced += (i ? QStringLiteral(" ") : QString()) + k.mid(i, 2);
        }
        QVERIFY(!text.contains(spaced, Qt::CaseInsensitive));
    }
}

void TestLinkSession::diagnosisTexts() {
    QCOMPARE(describe({SessionError::Kind::NoAnswer, QStringLiteral("/dev/ttyUSB0 at 300 baud")}),
             QStringLiteral("No answer on /dev/ttyUSB0 at 300 baud: check that the head is on "
                            "the optical port and the cable, and that the meter is powered."));
    QCOMPARE(describe({SessionError::Kind::AnswerFailsAuthentication, {}}),
             QStringLiteral("The meter's answer fails authentication: the encryption or "
                            "authentication key is wrong."));
    QCOMPARE(
        fromTransportError({TransportError::Kind::PortInUse, QStringLiteral("/dev/ttyUSB0")}).kind,
        SessionError::Kind::PortInUse);
    QCOMPARE(
        fromDataAccessResult(dlms::DataAccessResult::TemporaryFailure, QStringLiteral("X")).context,
        QStringLiteral("X: temporary-failure"));
    // Masking in the raw bytes: the field form and a bare occurrence.
    const Bytes raw = *fromHex("AA AC 06 80 04 70 61 73 73 BB 70 61 73 73");
    QCOMPARE(toHex(TraceWriter::masked(raw, {bytesOf("pass")})),
             std::string("AA AC 06 80 04 2A 2A 2A 2A BB 2A 2A 2A 2A"));
}

void TestLinkSession::learningCandidatesAndSerialNumbers() {
    // The Kamstrup rule: 0x10 + serial % 10000.
    QCOMPARE(physicalAddressOf(71234567), std::uint16_t{0x11E7});
    QCOMPARE(physicalAddressOf(10000), std::uint16_t{0x10});
    // After the configured 1/0x0042: 1/none, 1/0x11E7, 1/0x3FFF (four-byte fields).
    const auto tried = learningCandidates(hdlc::Address::server(1, 0x42), 71234567U);
    QCOMPARE(addressesText(tried), QStringLiteral("1/none, 1/0x11E7, 1/0x3FFF"));
    QCOMPARE(tried[1].size, hdlc::AddressSize::Four);
    // The configured address is not tried twice; without a serial there is no derived one.
    QCOMPARE(addressesText(learningCandidates(hdlc::Address::server(1), std::nullopt)),
             QStringLiteral("1/0x3FFF"));
    QCOMPARE(addressText(hdlc::Address::server(1, 0x42)), QStringLiteral("1/0x42"));

    QCOMPARE(serialFromIdentification({"KAM", '5', "2", "MCT71234567"}),
             std::optional<std::uint32_t>(71234567));
    QCOMPARE(serialFromIdentification({"KAM", '5', "2", "OMNIPOWER CT"}), std::nullopt);
    QCOMPARE(serialFromIdentification({"ISk", '5', "", "ME162"}), std::nullopt);  // 3 digits
    iec62056_21::Readout readout;
    readout.dataSets = {{"1.8.0", {{"0005.009", std::string("kWh")}}, 0},
                        {"C.1.0", {{"71234567", std::nullopt}}, 1}};
    QCOMPARE(serialFromReadout(readout), std::optional<std::uint32_t>(71234567));
    readout.dataSets[1].values[0].value = "7123A567";  // not a number: no serial
    QCOMPARE(serialFromReadout(readout), std::nullopt);
}

void TestLinkSession::addressIsLearntFromTheSerialNumber() {
    // A meter on the optical port that answers only its own physical address, 0x10 + serial %
    // 10000, which its identification ends with.
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.answerOnlyAt(1, 0x11E7, false);
    endpoint.enableOpticalPort({"KAM", '5', "2", "MCT71234567"});
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.mode = LinkMode::OpticalModeE;
    settings.learnAddress = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results), firstFailureText(failures).constData());
    const LinkInfo info = meter.linkInfo();
    QVERIFY(info.serverAddress.has_value());
    QCOMPARE(addressText(*info.serverAddress), QStringLiteral("1/0x11E7"));
    QCOMPARE(addressesText(info.addressesTried), QStringLiteral("1/none, 1/0x11E7"));
    meter.finish();
    QVERIFY(waitFor(closed));
    QCOMPARE(endpoint.station().state(), hdlc::LinkState::Disconnected);
}

void TestLinkSession::allStationAddressAnswers() {
    // Nothing known about the meter: the all-station address reaches it on a point-to-point
    // line; it answers from its own address (0x0777), and the session carries on there.
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.answerOnlyAt(1, 0x0777, true);
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    auto settings = hdlcSettings(readerClient());
    settings.serverPhysical = 0x42;
    settings.learnAddress = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results), firstFailureText(failures).constData());
    QCOMPARE(addressesText(meter.linkInfo().addressesTried),
             QStringLiteral("1/0x42, 1/none, 1/0x3FFF"));
    QCOMPARE(addressText(*meter.linkInfo().serverAddress), QStringLiteral("1/0x0777"));
    QVERIFY(meter.shutdown());
}

// Issue 19: the retries were charged across frames, and a learnt address kept the one
// repetition its SNRM was allowed for the whole link: an SNRM that needed it left the AARQ
// none. Now the guess's SNRM gets one repetition and, once it answered, every frame of the link
// the full retries.
void TestLinkSession::aLearntAddressGetsTheFullRetriesOnceItAnswers() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.answerOnlyAt(1, 0x0777, true);
    // Chunks to the meter: 0..3 the SNRMs to 1/0x42, 4..5 to 1/none, 6 the SNRM to the
    // all-station address (lost: its repetition, 7, is answered), 8 the AARQ and 9 the poll
    // after it (both lost; the second poll, 10, is answered).
    endpoint.dropReads = {6, 8, 9};
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    auto settings = hdlcSettings(readerClient());
    settings.serverPhysical = 0x42;
    settings.learnAddress = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results, 1, 15000), firstFailureText(failures).constData());
    QVERIFY(failures.isEmpty());
    QCOMPARE(addressText(*meter.linkInfo().serverAddress), QStringLiteral("1/0x0777"));
    QVERIFY(endpoint.reads > 10);
    QVERIFY(meter.shutdown());
}

void TestLinkSession::noAddressAnswersNamesWhatWasTried() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.answerOnlyAt(1, 0x0777, false);
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.serverPhysical = 0x42;
    settings.learnAddress = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed, 1, 10000));
    QVERIFY(!failures.isEmpty());
    const auto error = failures.last()[1].value<SessionError>();
    QCOMPARE(error.kind, SessionError::Kind::NoAnswer);
    QVERIFY2(error.context.endsWith(QStringLiteral("(tried server 1/0x42, 1/none, 1/0x3FFF)")),
             qPrintable(error.context));
    QVERIFY(describe(error).startsWith(QStringLiteral("No answer on ")));

    // Without learning only the configured address is tried.
    MeterEndpoint second(MeterEndpoint::Framing::Hdlc, readerConfig());
    second.answerOnlyAt(1, 0x0777, true);
    MeterConnection plain;
    QSignalSpy plainFailures(&plain, &MeterConnection::failed);
    QSignalSpy plainClosed(&plain, &MeterConnection::closed);
    settings.learnAddress = false;
    QVERIFY(plain.start(settings, pipeTo(second, meterEnd)));
    QVERIFY(waitFor(plainClosed, 1, 10000));
    QVERIFY(
        !plainFailures.last()[1].value<SessionError>().context.contains(QStringLiteral("tried")));
    QCOMPARE(addressesText(plain.linkInfo().addressesTried), QStringLiteral("1/0x42"));
}

void TestLinkSession::readoutOnlyMeterIsNamed() {
    // The meter identifies itself without "\2": no mode E, only a data readout.
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, readerConfig());
    endpoint.enableOpticalPort({"KAM", '5', "", "MCT"});
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    auto settings = hdlcSettings(readerClient());
    settings.mode = LinkMode::OpticalModeE;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    QVERIFY(waitFor(closed));
    QVERIFY(!failures.isEmpty());
    const auto error = failures.last()[1].value<SessionError>();
    QCOMPARE(error.kind, SessionError::Kind::ReadoutOnly);
    QCOMPARE(error.context, QStringLiteral("KAM MCT"));
    QCOMPARE(QLatin1String(nameOf(error.kind)), QLatin1String("readout-only"));
    QVERIFY2(describe(error).contains(QStringLiteral("offers only an IEC 62056-21 mode C data "
                                                     "readout")),
             qPrintable(describe(error)));
    QVERIFY(meter.linkInfo().identification.has_value());

    // The same meter gives its readout in mode C.
    MeterConnection readout;
    QSignalSpy readouts(&readout, &MeterConnection::readoutReceived);
    QSignalSpy readoutClosed(&readout, &MeterConnection::closed);
    MeterEndpoint again(MeterEndpoint::Framing::Hdlc, readerConfig());
    again.enableOpticalPort({"KAM", '5', "", "MCT"});
    settings.mode = LinkMode::ModeCReadout;
    QVERIFY(readout.start(settings, pipeTo(again, meterEnd)));
    QVERIFY(waitFor(readoutClosed));
    QCOMPARE(readouts.count(), 1);
}

void TestLinkSession::invocationCounterIsReadBeforeHls() {
    // The meter's public client serves 0.0.43.1.0.255 = 41: the HLS client starts at 42.
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, managementConfig());
    endpoint.addPublicClient(41);
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    QSignalSpy closed(&meter, &MeterConnection::closed);
    QSignalSpy wire(&meter, &MeterConnection::wireTraced);
    auto client = dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap, title(kClientTitle),
                                                    meterKeys());
    client.invocationCounter = 5;
    auto settings = hdlcSettings(client);
    settings.readInvocationCounter = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results), firstFailureText(failures).constData());
    const LinkInfo info = meter.linkInfo();
    QCOMPARE(info.meterInvocationCounter, std::optional<std::uint32_t>(41));
    QCOMPARE(info.clientInvocationCounter, 42U);
    QVERIFY(info.invocationCounterNote.isEmpty());
    // AARQ, GET, RLRQ through the public client; the HLS association after it.
    QCOMPARE(endpoint.publicApdus, 3);
    // The glo-initiate-request of the AARQ carries the invocation counter 42 (00 00 00 2A)
    // right after its security control byte 30.
    bool seen = false;
    for (const auto& args : wire) {
        const auto record = args[0].value<WireRecord>();
        if (record.toMeter && record.bytes.contains(QByteArray::fromHex("300000002A"))) {
            seen = true;
        }
    }
    QVERIFY(seen);
    meter.finish();
    QVERIFY(waitFor(closed));
}

void TestLinkSession::invocationCounterFallsBackWhenNotServed() {
    MeterEndpoint endpoint(MeterEndpoint::Framing::Hdlc, managementConfig());
    endpoint.addPublicClient(std::nullopt);  // no 0.0.43.1.0.255
    std::unique_ptr<PipeTransport> meterEnd;
    MeterConnection meter;
    QSignalSpy results(&meter, &MeterConnection::operationFinished);
    QSignalSpy failures(&meter, &MeterConnection::failed);
    auto client = dlms::ClientConfig::highLevelGmac(sim::kManagementClientSap, title(kClientTitle),
                                                    meterKeys());
    client.invocationCounter = 7;
    auto settings = hdlcSettings(client);
    settings.readInvocationCounter = true;
    QVERIFY(meter.start(settings, pipeTo(endpoint, meterEnd)));
    meter.get({{3, kEnergy, 2, std::nullopt}});
    QVERIFY2(waitFor(results), firstFailureText(failures).constData());
    const LinkInfo info = meter.linkInfo();
    QCOMPARE(info.meterInvocationCounter, std::nullopt);
    QCOMPARE(info.clientInvocationCounter, 7U);
    QCOMPARE(info.invocationCounterNote,
             QStringLiteral("the meter does not serve 0.0.43.1.0.255 (object-undefined)"));
    QVERIFY(meter.shutdown());
}

QTEST_MAIN(TestLinkSession)
#include "tst_link_session.moc"

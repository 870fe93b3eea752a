#include "meter_controller.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QTextStream>
#include <QTimeZone>

#include "app/common/credentials.h"
#include "app/common/demo_meter.h"
#include "app/common/write_records.h"
#include "link/bluetooth_transport.h"
#include "link/session/write_answer.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/display.h"
#include "protocol/dlms/security/key_file.h"
#include "protocol/trace/describe.h"

namespace omt::gui {

namespace {

using cosem::ObisCode;
using dlms::AttributeRef;
using dlms::Data;
using meter::Setting;
using Key = std::tuple<std::uint16_t, ObisCode, std::int8_t>;

const ObisCode kLogicalDeviceName{0, 0, 42, 0, 0, 255};
const ObisCode kTypeNumber{0, 0, 96, 1, 1, 255};

QString text(const Data& d) {
    if (const auto* s = d.as<std::string>()) {
        return QString::fromStdString(*s);
    }
    if (const auto* b = d.as<Bytes>()) {
        return QString::fromLatin1(reinterpret_cast<const char*>(b->data()), qsizetype(b->size()));
    }
    return {};
}

std::optional<std::int64_t> integer(const Data& d) {
    if (const auto* u = d.as<std::uint64_t>()) {
        return std::int64_t(*u);
    }
    if (const auto* i = d.as<std::int64_t>()) {
        return *i;
    }
    return std::nullopt;
}

QString shortText(const Data& d) {
    return QString::fromStdString(dlms::toDisplayString(d, 200));
}

/// The interface class a display entry's object has when the meter did not say.
std::uint16_t guessClass(const ObisCode& code) {
    const auto b = code.toBytes();
    if (b[2] == 96 || (b[2] == 0 && b[3] == 9)) {
        return 1;
    }
    if (b[3] == 6) {
        return 4;  // maximum demand: extended register
    }
    return 3;
}

meter::DisplayEntry entryFor(const ObisCode& code) {
    if (auto e = meter::catalogueEntry(code)) {
        return *e;
    }
    meter::DisplayEntry e;
    e.code = code;
    e.name = cosem::obisName(code);
    if (e.name.empty()) {
        e.name = code.toString();
    }
    return e;
}

}  // namespace

MeterController::MeterController(ui::MeterDocument* document, QString resourceDir, QString dataDir,
                                 QObject* parent)
    : QObject(parent),
      m_document(document),
      m_resourceDir(std::move(resourceDir)),
      m_dataDir(std::move(dataDir)) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        // The wait is over: a new session for the run (the old one is gone by now).
        endSession();
        if (!m_run) {
            return;
        }
        if (!startSession(m_choice, true)) {
            m_run->reconnectFailed(tr("the connection could not start").toStdString());
            driveRun();
        }
    });
}

MeterController::~MeterController() {
    if (m_run) {
        // The program ends in the middle of a write: the journal keeps it for the next start.
        m_run->abandon(tr("the program was closed during the write").toStdString(),
                       m_requestInFlight);
        appendAudit(m_run->takeAudit());
        if (!m_journalId.isEmpty()) {
            app::WriteJournal(m_dataDir).markNotRestored(
                m_journalId, QString::fromStdString(m_run->outcome().failure));
        }
    }
    if (m_connection) {
        m_connection->shutdown();
    }
}

app::DemoMeter* MeterController::demoMeter(ui::ConnectionChoice::Kind kind) const {
    auto it = m_demos.find(kind);
    return it == m_demos.end() ? nullptr : it->second.get();
}

app::DemoMeter* MeterController::demoMeter() const {
    return m_demo;
}

QString MeterController::auditFile() const {
    return m_dataDir + QStringLiteral("/audit.csv");
}

void MeterController::setBusy(bool busy) {
    emit busyChanged(busy);
}

void MeterController::endOperation() {
    m_phase = Phase::Idle;
    m_cancelRequested = false;
    m_requestInFlight = false;
    m_request = 0;
    emit progressFinished();
    setBusy(false);
}

void MeterController::report(const QString& title, const QString& detail, const QString& advice,
                             RetryAction retry) {
    m_retry = retry;
    emit problem(ui::ProblemReport{title, detail, advice, retry != RetryAction::None});
    emit message(title);
}

void MeterController::reportSessionError(const QString& title, const link::SessionError& error,
                                         RetryAction retry) {
    report(title, link::describe(error), adviceFor(error), retry);
}

QString MeterController::adviceFor(const link::SessionError& error) const {
    using K = link::SessionError::Kind;
    const bool tcp = m_choice.kind == ui::ConnectionChoice::Kind::Tcp;
    const bool bluetooth = m_choice.kind == ui::ConnectionChoice::Kind::Bluetooth;
    switch (error.kind) {
        case K::NoAnswer:
        case K::SignOnFailed:
            if (tcp) {
                return tr(
                    "Check the meter's address and port, and that the meter or its "
                    "gateway is switched on and reachable; then Connect again.");
            }
            return tr(
                "Check that the optical head sits squarely on the meter's optical port "
                "(the cable pointing down), that its cable is plugged in and that the "
                "meter has power; then Connect again.");
        case K::LinkLost:
        case K::PortError:
            if (tcp) {
                return tr("Check the network connection to the meter, then Connect again.");
            }
            return tr(
                "Check the optical head's position on the meter and its cable (a USB "
                "head that was pulled out must be plugged in again), then Connect.");
        case K::LinkRefused:
            return tr(
                "The meter does not accept this HDLC address: check the meter's address "
                "settings, then Connect again.");
        case K::WrongPassword:
            return tr(
                "Type the meter's reader password again (the connection bar keeps it "
                "only for this session), then Connect.");
        case K::WrongKeys:
        case K::AnswerFailsAuthentication:
            return tr(
                "Choose the key file that holds this meter's EK and AK (keys are per "
                "meter), then Connect.");
        case K::InvocationCounterTooLow:
            return tr(
                "Connect again: the tool reads the meter's invocation counter "
                "(0.0.43.1.0.255) before it opens the installer association.");
        case K::AssociationRejected:
            return tr(
                "Check the association (public, reader, installer) and its secret, then "
                "Connect again.");
        case K::ObjectUndefined:
            return tr(
                "This meter does not have that object; check the meter type and its "
                "device profile.");
        case K::AccessDenied:
            return tr("This association may not do that: connect as installer.");
        case K::MeterRefused:
        case K::ServiceError:
        case K::ProtocolError:
            return tr(
                "Connect again. If it keeps happening, save the trace (Trace page, Save) "
                "and send it with a description of the meter.");
        case K::PortNotFound:
            return tr(
                "Plug the optical head in, or choose its port again in the connection "
                "bar (the list is refreshed when it opens).");
        case K::PortInUse:
            return tr("Close the other program that has the port open, then Connect again.");
        case K::PermissionDenied:
#ifdef Q_OS_LINUX
            return tr(
                "Your user may not open serial ports: add it to the dialout group "
                "(sudo usermod -aG dialout $USER), log out and in again, then Connect.");
#else
            return tr("Your user may not open this port: ask the computer's administrator.");
#endif
        case K::ConnectionRefused:
        case K::HostNotFound:
            return tr("Check the meter's address and port, then Connect again.");
        case K::Cancelled:
        case K::NotReady:
            return tr("Connect again.");
        case K::BluetoothUnavailable:
            return tr(
                "Start the computer's Bluetooth service or plug in a Bluetooth adapter, "
                "then Connect again.");
        case K::BluetoothOff:
            return tr("Switch Bluetooth on, then Connect again.");
        case K::PairingRequired:
            return tr(
                "Pair the Bluetooth head in the system's Bluetooth settings, then Connect "
                "again.");
        case K::NotAnOpticalHead:
            return tr("Choose the Bluetooth optical head, not another Bluetooth device.");
        case K::ReadoutOnly:
            return tr(
                "This optical port offers only a data readout; configure the meter "
                "through a port that offers DLMS (mode E).");
    }
    Q_UNUSED(bluetooth);
    return tr("Connect again.");
}

void MeterController::retry() {
    const RetryAction action = std::exchange(m_retry, RetryAction::None);
    emit problemCleared();
    switch (action) {
        case RetryAction::Connect:
            connectTo(m_choice);
            break;
        case RetryAction::Read:
            if (m_associated) {
                readAll();
            } else {
                connectTo(m_choice);
            }
            break;
        case RetryAction::None:
            break;
    }
}

void MeterController::connectTo(const ui::ConnectionChoice& choice) {
    if (m_run) {
        emit message(tr("A write to the meter is under way: wait for it to finish."));
        return;
    }
    emit problemCleared();
    m_retry = RetryAction::None;
    if (m_connection) {
        // Whatever is left of the last session (closing, or a session still open when a new
        // connection is asked for) ends first, bounded: Connect always starts a new session.
        endSession();
    }
    m_choice = choice;
    m_associated = false;
    if (!startSession(choice, false)) {
        return;
    }
}

bool MeterController::startSession(const ui::ConnectionChoice& choice, bool recovering) {
    using Kind = ui::ConnectionChoice::Kind;
    using Auth = ui::ConnectionChoice::Auth;
    auto refuse = [&](const QString& title, const QString& advice) {
        if (!recovering) {
            emit stageChanged(title);
            report(title, QString(), advice, RetryAction::None);
        }
        return false;
    };
    link::SessionSettings s;
    std::unique_ptr<link::Transport> transport;
    m_demo = nullptr;
    if (choice.kind == Kind::DemoOmnipowerCt || choice.kind == Kind::DemoOmnia) {
        auto& demo = m_demos[choice.kind];
        if (!demo) {
            app::DemoOptions options;
            options.model = choice.kind == Kind::DemoOmnia ? sim::MeterModel::Omnia
                                                           : sim::MeterModel::OmnipowerCt;
            auto created = app::DemoMeter::create(options);
            if (!created) {
                m_demos.erase(choice.kind);
                return refuse(created.error(), tr("Restart OpenMeterTool."));
            }
            demo = std::move(*created);
        }
        m_demo = demo.get();
        transport = m_demo->takeClientTransport();
        s.transport = link::TransportKind::Injected;
        s.mode = link::LinkMode::OpticalModeE;
    } else if (choice.kind == Kind::Tcp) {
        const int colon = choice.address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const unsigned port = colon > 0 ? choice.address.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) {
            return refuse(tr("“%1” is not a TCP address.").arg(choice.address),
                          tr("Give the meter's TCP address as host:port, e.g. 10.0.0.5:4059."));
        }
        s.transport = link::TransportKind::Tcp;
        s.host = choice.address.left(colon);
        s.tcpPort = std::uint16_t(port);
        s.mode = link::LinkMode::DirectHdlc;
    } else if (choice.kind == Kind::Bluetooth) {
        if (!link::isBluetoothAddress(choice.address)) {
            return refuse(tr("No Bluetooth head is chosen."),
                          tr("Search for the Bluetooth head, or type its address like "
                             "00:1A:7D:DA:71:13."));
        }
        // The head carries the optical port's bytes (RFCOMM or BLE serial, found by itself).
        transport = std::make_unique<link::BluetoothTransport>(choice.address,
                                                               link::BluetoothProfile::Auto);
        s.transport = link::TransportKind::Injected;
        s.mode = link::LinkMode::OpticalModeE;
    } else {
        if (choice.address.isEmpty()) {
            return refuse(tr("No serial port is chosen."),
                          tr("Choose the optical head's serial port or type its path."));
        }
        s.transport = link::TransportKind::Serial;
        s.port = choice.address;
        s.mode = link::LinkMode::OpticalModeE;
    }
    // The same credentials as omt builds (app/common/credentials), from the bar's fields only:
    // the GUI does not read $OMT_PASSWORD or $OMT_KEY_FILE behind the person's back.
    app::CredentialRequest credentials;
    credentials.level = choice.auth == Auth::Public   ? app::AuthLevel::None
                        : choice.auth == Auth::Reader ? app::AuthLevel::Low
                                                      : app::AuthLevel::High;
    credentials.password = choice.password;
    credentials.keyFile = choice.keyFile;
    credentials.useEnvironment = false;
    if (m_demo) {
        credentials.demoSecrets = m_demo->secrets();
    }
    auto client = app::buildClientConfig(credentials);
    if (!client) {
        // The detail starts with the file's path, which the sentence names already.
        QString detail = QString::fromStdString(client.error().detail);
        if (!choice.keyFile.isEmpty() && detail.startsWith(choice.keyFile)) {
            detail = detail.mid(choice.keyFile.size());
            if (detail.startsWith(QLatin1Char(':'))) {
                detail.remove(0, 1);
            }
            detail = detail.trimmed();
        }
        switch (client.error().code) {
            case app::CredentialError::PasswordMissing:
                return refuse(tr("The reader association needs the meter's password."),
                              tr("Type the reader password in the connection bar, then "
                                 "Connect."));
            case app::CredentialError::KeysMissing:
                return refuse(
                    tr("The installer association needs the meter's key file (EK and AK)."),
                    tr("Choose the key file in the connection bar, then Connect."));
            case app::CredentialError::KeyFileUnreadable:
            case app::CredentialError::KeyFileInvalid:
            case app::CredentialError::BadClientSap:
                return refuse(tr("The key file %1 is not usable (%2).").arg(choice.keyFile, detail),
                              tr("Choose a key file with lines EK = <32 hex digits> and AK = "
                                 "<32 hex digits>, then Connect."));
        }
        return false;
    }
    s.client = *client;
    // HLS: the meter refuses a counter it has seen (in an earlier association too), so start
    // above the one it serves to the public client, as omt does.
    s.readInvocationCounter = credentials.level == app::AuthLevel::High;
    m_installer = credentials.level == app::AuthLevel::High;

    emit choiceUsed(choice);
    ++m_sessionGeneration;
    m_connection = std::make_unique<link::MeterConnection>();
    connect(m_connection.get(), &link::MeterConnection::stageChanged, this,
            &MeterController::onStage);
    connect(m_connection.get(), &link::MeterConnection::operationFinished, this,
            &MeterController::onFinished);
    connect(m_connection.get(), &link::MeterConnection::failed, this, &MeterController::onFailed);
    connect(m_connection.get(), &link::MeterConnection::closed, this, &MeterController::onClosed);
    connect(m_connection.get(), &link::MeterConnection::progressed, this,
            &MeterController::onProgress);
    connect(m_connection.get(), &link::MeterConnection::wireTraced, this, &MeterController::onWire);
    m_wireDecoder = s.client.keys ? std::make_unique<trace::TraceDecoder>(*s.client.keys)
                                  : std::make_unique<trace::TraceDecoder>();
    m_associated = false;
    m_sessionError.reset();
    m_recovering = recovering;
    if (!recovering) {
        m_phase = Phase::Connecting;
    }
    setBusy(true);
    if (!m_connection->start(s, std::move(transport))) {
        m_connection.reset();
        m_recovering = false;
        if (!recovering) {
            endOperation();
        }
        return refuse(tr("The connection could not start."), tr("Connect again."));
    }
    return true;
}

void MeterController::endSession() {
    if (!m_connection) {
        return;
    }
    // No signal of the old session may reach this object any more.
    m_connection->disconnect(this);
    m_connection->shutdown();
    m_connection.reset();
    m_wireDecoder.reset();
    if (m_associated) {
        m_associated = false;
        emit connectedChanged(false);
    }
}

void MeterController::disconnectMeter() {
    if (m_run) {
        emit message(tr("A write to the meter is under way: wait for it to finish."));
        return;
    }
    if (m_connection && m_connection->isRunning()) {
        m_connection->finish();
    }
}

void MeterController::cancel() {
    switch (m_phase) {
        case Phase::Idle:
            return;
        case Phase::Connecting:
            if (m_connection && m_connection->isRunning()) {
                m_connection->cancel();  // the session ends; onClosed says so
            }
            m_cancelRequested = true;
            return;
        case Phase::Writing:
            if (!m_run) {
                return;
            }
            m_cancelRequested = true;
            if (m_recovering || m_reconnectTimer.isActive()) {
                // Waiting for the link: stop trying; the outcome says what the meter may hold.
                m_reconnectTimer.stop();
                m_recovering = false;
                endSession();
                m_run->abandon(tr("cancelled while connecting again").toStdString());
                driveRun();
            } else {
                // The answer on its way (or the request about to go) brings the run back here,
                // which then stops writing and puts back what was written.
                emit message(tr("Stopping the write: what was written is being put back…"));
            }
            return;
        case Phase::ReadingIdentity:
        case Phase::ReadingAll:
        case Phase::SyncingClock:
            // The answer on its way is dropped; the session stays.
            if (m_phase == Phase::SyncingClock && !m_clockReadBack) {
                m_clockAudit.result = "cancelled (the meter may have taken the new time)";
                appendAudit({m_clockAudit});
            }
            m_clockReadBack = false;
            endOperation();
            emit message(tr("Cancelled."));
            if (!m_document->isLoaded()) {
                emit readFinished(false);
            }
            return;
    }
}

void MeterController::onStage(link::SessionStage stage, const link::LinkInfo& info) {
    using S = link::SessionStage;
    QString t;
    switch (stage) {
        case S::Opening:
            t = tr("Opening the connection…");
            break;
        case S::SigningOn:
            t = tr("Signing on at 300 baud…");
            break;
        case S::SwitchingBaud:
            t = tr("Switching to %1 baud…").arg(info.baud);
            break;
        case S::HdlcConnecting:
            t = tr("Connecting the HDLC link…");
            break;
        case S::HdlcConnected:
            t = tr("HDLC link up.");
            break;
        case S::Associating:
            t = tr("Opening the association…");
            break;
        case S::Associated:
            t = tr("Connected.");
            break;
        case S::Releasing:
            t = tr("Releasing the association…");
            break;
        case S::Disconnecting:
            t = tr("Disconnecting…");
            break;
        case S::Closed:
            t = tr("Not connected.");
            break;
    }
    if (m_recovering && stage != S::Associated && stage != S::Closed) {
        t = tr("Connecting again to finish the write: %1").arg(t);
    }
    emit stageChanged(t);
    if (stage == S::Associated) {
        m_associated = true;
        emit connectedChanged(true);
        if (m_recovering && m_run) {
            m_recovering = false;
            emit message(tr("Connected again: the write goes on."));
            m_run->reconnected();
            driveRun();
            return;
        }
        m_recovering = false;
        endOperation();
        readAll();
    }
}

void MeterController::onClosed() {
    const bool wasRecovering = std::exchange(m_recovering, false);
    if (m_associated) {
        m_associated = false;
        emit connectedChanged(false);
    }
    // The session is over; its connection goes once this signal has returned, so that Connect
    // can start the next one (a closed session's worker has ended).
    // (Compared by generation, not by address: a new connection may get the old one's.)
    QTimer::singleShot(0, this, [this, generation = m_sessionGeneration] {
        if (m_sessionGeneration == generation) {
            endSession();
        }
    });
    if (m_run) {
        if (wasRecovering) {
            // An attempt to open the link again failed.
            const QString why =
                m_sessionError ? link::describe(*m_sessionError) : tr("the connection closed");
            m_run->reconnectFailed(why.toStdString());
            driveRun();
        } else if (m_requestInFlight) {
            // The link went with a request on it and no answer: it may have happened.
            m_requestInFlight = false;
            if (m_run->next().kind == meter::WriteRequest::Kind::Read ||
                m_run->next().kind == meter::WriteRequest::Kind::Write) {
                m_run->linkLost(tr("the connection closed").toStdString());
            }
            driveRun();
        }
        return;  // the run asks for the link again, or ends
    }
    if (m_phase == Phase::Connecting && m_cancelRequested) {
        emit stageChanged(tr("Cancelled."));
        emit message(tr("Cancelled."));
    } else if (m_phase != Phase::Idle && !m_sessionError) {
        report(tr("The connection closed."), QString(), tr("Connect again."), RetryAction::Connect);
    }
    endOperation();
    emit disconnected();
}

void MeterController::onFailed(int requestId, const link::SessionError& error) {
    const QString why = link::describe(error);
    trace(false, tr("Failed: %1").arg(why), {}, {});
    if (requestId == 0) {
        // The session itself failed; closed() follows.
        m_sessionError = error;
        if (m_recovering || m_run) {
            return;
        }
        if (m_phase == Phase::Connecting) {
            if (!(m_cancelRequested && error.kind == link::SessionError::Kind::Cancelled)) {
                emit stageChanged(why);
                reportSessionError(tr("Connecting to the meter failed."), error,
                                   RetryAction::Connect);
            }
        } else if (m_phase == Phase::Idle) {
            reportSessionError(tr("The link to the meter was lost."), error, RetryAction::Connect);
        }
        return;
    }
    if (requestId != m_request) {
        return;
    }
    m_requestInFlight = false;
    switch (m_phase) {
        case Phase::ReadingIdentity:
        case Phase::ReadingAll:
            endOperation();
            if (error.kind == link::SessionError::Kind::Cancelled) {
                emit message(tr("Cancelled."));
            } else {
                reportSessionError(tr("Reading the meter failed."), error, RetryAction::Read);
            }
            emit readFinished(false);
            break;
        case Phase::Writing:
            if (m_run) {
                if (m_run->next().kind == meter::WriteRequest::Kind::Read) {
                    link::deliverRead(*m_run, error);
                } else {
                    link::deliverWrite(*m_run, link::classifyWrite(error));
                }
                driveRun();
            }
            break;
        case Phase::SyncingClock:
            endOperation();
            if (m_clockReadBack) {
                m_clockReadBack = false;
                report(tr("The clock was set, but reading it back failed."), why, adviceFor(error),
                       RetryAction::None);
                break;
            }
            m_clockAudit.result = "failed: " + why.toStdString();
            appendAudit({m_clockAudit});
            reportSessionError(tr("The clock was not set."), error, RetryAction::None);
            break;
        default:
            endOperation();
            break;
    }
}

void MeterController::readAll() {
    if (!m_associated || m_phase != Phase::Idle) {
        if (!m_associated) {
            emit message(tr("Connect to a meter first."));
        }
        return;
    }
    m_phase = Phase::ReadingIdentity;
    m_cancelRequested = false;
    setBusy(true);
    emit message(tr("Reading the meter…"));
    const std::vector<AttributeRef> refs{{1, kLogicalDeviceName, 2, std::nullopt},
                                         {1, kTypeNumber, 2, std::nullopt}};
    traceRequest(QStringLiteral("GET"), refs);
    m_request = m_connection->get(refs);
    m_requestInFlight = true;
}

void MeterController::trace(bool toMeter, const QString& summary, const QStringList& detail,
                            const Bytes& raw) {
    ui::TraceRecord r;
    r.time = QDateTime::currentDateTime();
    r.toMeter = toMeter;
    r.summary = summary;
    r.detail = detail;
    r.hex = QString::fromStdString(toHex(raw));
    emit traced(r);
}

void MeterController::onWire(const link::WireRecord& record) {
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(record.bytes.constData()),
                         std::size_t(record.bytes.size()));
    ui::TraceRecord r;
    r.time = record.time.toLocalTime();
    r.toMeter = record.toMeter;
    r.hex = QString::fromStdString(toHex(bytes));
    if (m_wireDecoder) {
        const auto lines = m_wireDecoder->feed(
            record.toMeter ? trace::Direction::ToMeter : trace::Direction::FromMeter, bytes);
        for (const auto& line : lines) {
            (r.summary.isEmpty() ? r.summary : r.detail.emplaceBack()) =
                QString::fromStdString(line);
        }
    }
    if (r.summary.isEmpty()) {
        r.summary = tr("%n byte(s), part of a frame", nullptr, int(bytes.size()));
    }
    emit traced(r);
}

void MeterController::traceRequest(const QString& what, const std::vector<AttributeRef>& refs) {
    QStringList detail;
    for (const auto& ref : refs) {
        detail << QString::fromStdString(
            trace::describeAttribute(ref.classId, ref.obis, ref.attribute));
    }
    trace(true, tr("%1 request, %n attribute(s)", nullptr, int(refs.size())).arg(what), detail, {});
}

void MeterController::onProgress(const link::SessionProgress& progress) {
    if (progress.requestId != m_request || m_phase == Phase::Writing) {
        return;
    }
    emit progressed(int(progress.itemsDone), int(progress.itemsTotal), progress.secondsLeft);
}

void MeterController::onFinished(const link::OperationResult& result) {
    if (result.id != m_request) {
        return;
    }
    m_requestInFlight = false;
    const auto* get = std::get_if<dlms::GetOutcome>(&result.outcome);
    const auto* set = std::get_if<dlms::SetOutcome>(&result.outcome);
    const auto* action = std::get_if<dlms::ActionOutcome>(&result.outcome);
    if (get) {
        for (const auto& item : get->items) {
            const auto* d = std::get_if<Data>(&item.result);
            const QString what = QString::fromStdString(trace::describeAttribute(
                item.attribute.classId, item.attribute.obis, item.attribute.attribute));
            Bytes raw;
            if (d) {
                if (auto encoded = dlms::encode(*d)) {
                    raw = *encoded;
                }
            }
            trace(false, d ? QStringLiteral("%1: %2").arg(what, shortText(*d)) : what,
                  {d ? QString() : tr("no value")}, raw);
        }
    } else if (set) {
        for (const auto& item : set->items) {
            trace(false, tr("SET result: %1").arg(QLatin1String(dlms::nameOf(item.result))), {},
                  {});
        }
    } else if (action) {
        trace(false, tr("ACTION result: %1").arg(QLatin1String(dlms::nameOf(action->result))), {},
              {});
    }
    switch (m_phase) {
        case Phase::ReadingIdentity:
            if (get) {
                readConfiguration(*get);
            }
            break;
        case Phase::ReadingAll:
            if (get) {
                buildSnapshot(*get);
            }
            break;
        case Phase::Writing:
            if (!m_run) {
                break;
            }
            // What the answer proves, by the same rule as omt's (link::classifyWrite).
            if (get) {
                link::deliverRead(*m_run, *get);
            } else {
                link::deliverWrite(*m_run, link::classifyWrite(result.outcome));
            }
            driveRun();
            break;
        case Phase::SyncingClock:
            if (set) {
                const auto r = set->items.empty() ? dlms::DataAccessResult::OtherReason
                                                  : set->items.front().result;
                m_clockAudit.result = r == dlms::DataAccessResult::Success
                                          ? std::string("written")
                                          : std::string("refused: ") + dlms::nameOf(r);
                appendAudit({m_clockAudit});
                if (r != dlms::DataAccessResult::Success) {
                    endOperation();
                    report(tr("The meter refused the new time (%1).")
                               .arg(QLatin1String(dlms::nameOf(r))),
                           QString(), tr("Connect as installer to set the meter's clock."),
                           RetryAction::None);
                    break;
                }
                // Read the clock back: the drift shown is then the one that remains.
                const auto* where = m_profile->find(Setting::Clock);
                m_phase = Phase::SyncingClock;
                m_clockReadBack = true;
                m_request =
                    m_connection->get({{where->classId, where->objects[0], 2, std::nullopt},
                                       {where->classId, where->objects[0], 3, std::nullopt}});
                m_requestInFlight = true;
            } else if (get && m_clockReadBack) {
                endOperation();
                m_clockReadBack = false;
                const auto readAt = QDateTime::currentDateTimeUtc();
                const auto* time =
                    get->items.empty() ? nullptr : std::get_if<Data>(&get->items[0].result);
                const auto* zone =
                    get->items.size() < 2 ? nullptr : std::get_if<Data>(&get->items[1].result);
                auto reading = time ? cosem::readClock(*time, zone)
                                    : omt::unexpected(cosem::CosemFailure{
                                          cosem::CosemError::WrongType, 0, "no time"});
                if (!reading) {
                    report(tr("The clock was set, but reading it back failed."),
                           QString::fromStdString(reading.error().detail), QString(),
                           RetryAction::None);
                    break;
                }
                const auto* where = m_profile->find(Setting::Clock);
                m_values[{where->classId, where->objects[0], 2}] = *time;
                m_document->updateClock(ui::meterClockTime(reading->utc, reading->deviation),
                                        readAt);
                emit message(tr("The meter's clock was set to this computer's time."));
            }
            break;
        default:
            break;
    }
}

void MeterController::readConfiguration(const dlms::GetOutcome& identity) {
    std::optional<meter::MeterFamily> family;
    if (identity.items.size() == 2) {
        const auto textAt = [&](std::size_t i) {
            const auto* d = std::get_if<Data>(&identity.items[i].result);
            return d ? text(*d).toStdString() : std::string();
        };
        family = meter::familyOf(textAt(1), textAt(0));
    }
    if (!family) {
        endOperation();
        report(tr("This meter does not say which type it is."), QString(),
               tr("Connect as reader or installer to read its type number."), RetryAction::None);
        emit readFinished(false);
        return;
    }
    auto profile = meter::loadDeviceProfile(*family, m_resourceDir.toStdString());
    if (!profile) {
        endOperation();
        report(tr("The device profile for this meter cannot be used."),
               QString::fromStdString(profile.error().detail),
               tr("Reinstall OpenMeterTool, or correct the profile file the message names."),
               RetryAction::None);
        emit readFinished(false);
        return;
    }
    m_profile = *profile;
    // The configuration (as `omt config` reads it), then what the Overview shows.
    std::vector<AttributeRef> refs;
    auto add = [&](std::uint16_t classId, const ObisCode& obis, std::int8_t attribute) {
        const AttributeRef ref{classId, obis, attribute, std::nullopt};
        if (std::none_of(refs.begin(), refs.end(), [&](const AttributeRef& r) {
                return r.classId == classId && r.obis == obis && r.attribute == attribute;
            })) {
            refs.push_back(ref);
        }
    };
    for (const auto& a : meter::configurationReadList(*m_profile)) {
        add(a.classId, a.obis, a.attribute);
    }
    for (const auto setting : {Setting::FirmwareVersion, Setting::Clock, Setting::EnergyRegisters,
                               Setting::InstantaneousRegisters, Setting::AlarmRegister}) {
        const auto* where = m_profile->find(setting);
        if (!where) {
            continue;
        }
        for (const auto& obis : where->objects) {
            for (auto attribute : where->attributes) {
                // Of the clock, its time and time zone (the drift); the rest is no setting.
                if (setting != Setting::Clock || attribute == 2 || attribute == 3) {
                    add(where->classId, obis, attribute);
                }
            }
        }
    }
    m_phase = Phase::ReadingAll;
    traceRequest(QStringLiteral("GET"), refs);
    emit progressed(0, int(refs.size()), -1);
    m_request = m_connection->get(refs);
    m_requestInFlight = true;
}

void MeterController::buildSnapshot(const dlms::GetOutcome& values) {
    m_readAt = QDateTime::currentDateTimeUtc();
    m_values.clear();
    m_read.clear();
    for (const auto& item : values.items) {
        if (const auto* d = std::get_if<Data>(&item.result)) {
            m_values[{item.attribute.classId, item.attribute.obis, item.attribute.attribute}] = *d;
            m_read.push_back(
                {item.attribute.classId, item.attribute.obis, item.attribute.attribute, *d});
        }
    }
    if (auto current = meter::MeterConfiguration::fromValues(*m_profile, m_read)) {
        m_current = *current;
    } else {
        m_current.reset();
    }
    ui::MeterSnapshot snap = snapshotOf(m_values);
    endOperation();
    // The same meter read again keeps the pending edits (a reconnect, a refresh after a write).
    m_document->reload(snap);
    emit message(tr("Read the meter %1.").arg(snap.serialNumber));
    emit readFinished(true);
}

void MeterController::writePending() {
    if (!m_associated || m_phase != Phase::Idle || !m_profile || !m_current) {
        report(tr("Nothing was written: not connected."), QString(),
               tr("Connect to the meter, then Write again: the pending changes are kept."),
               RetryAction::None);
        return;
    }
    if (const auto problems = m_document->planProblems(); !problems.isEmpty()) {
        const QString why = problems.join(QStringLiteral("; "));
        report(tr("Nothing was written: the pending plans break the meter's rules."), why,
               tr("Correct what the pages mark, then Write again."), RetryAction::None);
        emit writeFinished(false, why);
        return;
    }
    auto target = pendingConfiguration();
    if (!target) {
        report(tr("Nothing was written."), target.error(),
               tr("Correct the pending changes the message names, then Write again."),
               RetryAction::None);
        emit writeFinished(false, target.error());
        return;
    }
    startWrite(*target, {});
}

void MeterController::startWrite(const meter::MeterConfiguration& target,
                                 const QString& restoring) {
    auto plan = meter::WritePlan::make(*m_profile, *m_current, target);
    auto refuse = [&](const QString& title, const QString& detail, const QString& advice) {
        report(title, detail, advice, RetryAction::None);
        emit writeFinished(false, detail.isEmpty() ? title : title + QLatin1Char(' ') + detail);
    };
    if (!plan) {
        refuse(tr("Nothing was written."), QString::fromStdString(plan.error().detail),
               tr("Correct the pending changes the message names, then Write again."));
        return;
    }
    if (plan->empty()) {
        if (!restoring.isEmpty()) {
            app::WriteJournal(m_dataDir).resolveBackup(restoring);
            checkInterruptedWrites();
        }
        emit message(restoring.isEmpty()
                         ? tr("Nothing to write: the meter already holds these values.")
                         : tr("Nothing to restore: the meter already holds the backup's values."));
        emit writeFinished(true, tr("Nothing to write."));
        return;
    }
    // The CT page has already asked for the permanent lock; ask here for steps that lose data.
    QStringList warnings;
    for (const auto& step : plan->steps) {
        if (step.destructive &&
            (step.setting == "load-profile-period" || step.setting == "load-profile-2-period")) {
            warnings << tr(
                "Changing the load profile period clears the load profile stored in "
                "the meter: its history is lost.");
        } else if (step.destructive) {
            warnings
                << tr("Writing %1 loses data stored in the meter.").arg(settingLabel(step.setting));
        }
    }
    if (!warnings.isEmpty() && !(m_confirmWarnings && m_confirmWarnings(warnings))) {
        emit message(tr("Nothing was written."));
        emit writeFinished(false, tr("Nothing was written."));
        return;
    }
    // Before the first SET: the backup, the "attempting" audit records, the journal entry.
    const meter::Backup backup{
        m_current->meter, m_current->serialNumber,
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), plan->backup};
    auto backupPath = app::saveBackup(m_dataDir, backup);
    if (!backupPath) {
        refuse(tr("Nothing was written: the backup of the old values could not be saved."),
               backupPath.error(),
               tr("Free some disk space or fix the folder's permissions, "
                  "then Write again."));
        return;
    }
    m_lastBackup = *backupPath;
    meter::WriteRun run(*plan, auditCommon(), {}, m_runOptions);
    const app::AuditLog audit(auditFile());
    if (auto why = audit.append(run.attemptRecords())) {
        refuse(tr("Nothing was written: the audit log could not be written."), *why,
               tr("Free some disk space or fix the audit log's permissions, then Write again."));
        return;
    }
    auto journalId = app::WriteJournal(m_dataDir).begin(
        app::journalEntryFor(QStringLiteral("openmetertool"), m_current->serialNumber,
                             m_current->meter, *plan, *backupPath, audit.path()));
    if (!journalId) {
        refuse(tr("Nothing was written: the write journal could not be saved."), journalId.error(),
               tr("Free some disk space, then Write again."));
        return;
    }
    m_journalId = *journalId;
    m_restoringOf = restoring;
    m_target = target;
    m_auditProblem.reset();
    m_run.emplace(std::move(run));
    m_phase = Phase::Writing;
    m_cancelRequested = false;
    setBusy(true);
    emit problemCleared();
    m_writeClock.start();
    driveRun();
}

void MeterController::driveRun() {
    // A slot of one of the signals below may ask again (Cancel pressed as the message shows):
    // the call under way goes on with what the run says now.
    if (!m_run || m_driving) {
        return;
    }
    const QScopedValueRollback driving(m_driving, true);
    appendAudit(m_run->takeAudit());
    if (m_cancelRequested && !m_run->outcome().interrupted && !m_requestInFlight) {
        m_run->interrupt(tr("cancelled").toStdString());
        appendAudit(m_run->takeAudit());
    }
    if (m_run->done()) {
        finishRun();
        return;
    }
    const meter::WriteRequest r = m_run->next();
    if (r.kind == meter::WriteRequest::Kind::Reconnect) {
        reconnectForRun(r);
        return;
    }
    if (!m_associated || !m_connection) {
        // The link is gone (closed between two requests): the run asks for it again.
        m_run->linkLost(tr("the connection closed").toStdString());
        driveRun();
        return;
    }
    const auto done = m_run->progressDone();
    const auto total = m_run->progressTotal();
    double left = -1;
    if (done > 0 && m_writeClock.isValid()) {
        left = double(m_writeClock.elapsed()) / 1000.0 / double(done) * double(total - done);
    }
    emit progressed(int(done), int(total), left);
    if (r.kind == meter::WriteRequest::Kind::Read) {
        std::vector<AttributeRef> refs;
        for (const auto& v : r.read) {
            refs.push_back({v.classId, v.obis, v.attribute, std::nullopt});
        }
        emit message(r.phase == meter::WritePhase::VerifyingRestore
                         ? tr("Checking the restored values…")
                         : tr("Reading back what was written…"));
        traceRequest(QStringLiteral("GET"), refs);
        m_request = m_connection->get(refs);
        m_requestInFlight = true;
        return;
    }
    const QString setting = settingLabel(r.setting);
    emit message(r.phase == meter::WritePhase::Restoring ? tr("Restoring %1…").arg(setting)
                                                         : tr("Writing %1…").arg(setting));
    if (const auto* set = std::get_if<meter::AttributeValue>(&r.write)) {
        trace(true,
              QStringLiteral("SET %1").arg(QString::fromStdString(
                  trace::describeAttribute(set->classId, set->obis, set->attribute))),
              {shortText(set->value)}, dlms::encode(set->value).valueOr(Bytes{}));
        m_request = m_connection->set(
            {{AttributeRef{set->classId, set->obis, set->attribute, std::nullopt}, set->value}});
        m_requestInFlight = true;
        return;
    }
    const auto& call = std::get<meter::MethodCall>(r.write);
    trace(true,
          QStringLiteral("ACTION %1")
              .arg(QString::fromStdString(
                  trace::describeAttribute(call.classId, call.obis, call.method, "method"))),
          {shortText(call.parameter)}, dlms::encode(call.parameter).valueOr(Bytes{}));
    m_request =
        m_connection->action(dlms::MethodRef{call.classId, call.obis, call.method}, call.parameter);
    m_requestInFlight = true;
}

void MeterController::reconnectForRun(const meter::WriteRequest& r) {
    if (r.attempt == 1) {
        emit message(
            tr("The link to the meter was lost: connecting again to finish the write "
               "safely."));
    }
    const int seconds = int((r.delay.count() + 999) / 1000);
    emit stageChanged(tr("Connecting again in %n s (attempt %1 of %2)…", nullptr, seconds)
                          .arg(r.attempt)
                          .arg(r.attempts));
    emit progressed(int(m_run->progressDone()), int(m_run->progressTotal()), -1);
    // The old session goes when the wait is over (this may run inside one of its signals).
    m_reconnectTimer.start(r.delay);
}

ui::WriteReport MeterController::reportOf(const meter::WriteRun& run) const {
    ui::WriteReport report;
    const auto& o = run.outcome();
    const auto& steps = run.plan().steps;
    auto join = [](const std::vector<std::string>& parts) {
        QStringList l;
        for (const auto& p : parts) {
            l << QString::fromStdString(p);
        }
        return l.join(QStringLiteral("; "));
    };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        ui::WriteReportItem item;
        item.setting = settingLabel(steps[i].setting);
        // The plan's changes of this setting, in words ("display-list manual", "ct-ratio" ...).
        QStringList before;
        QStringList after;
        for (const auto& change : run.plan().changes) {
            if (change.key == steps[i].setting || (change.key.rfind(steps[i].setting, 0) == 0 &&
                                                   change.key.size() > steps[i].setting.size() &&
                                                   change.key[steps[i].setting.size()] == ' ')) {
                const QString part =
                    change.key == steps[i].setting
                        ? QString()
                        : QString::fromStdString(change.key.substr(steps[i].setting.size() + 1)) +
                              QStringLiteral(": ");
                before << part + QString::fromStdString(change.before);
                after << part + QString::fromStdString(change.after);
            }
        }
        item.before = before.join(QStringLiteral("; "));
        item.after = after.join(QStringLiteral("; "));
        switch (run.stepStates()[i]) {
            case meter::StepState::Verified:
                item.state = ui::WriteReportItem::State::New;
                break;
            case meter::StepState::Refused:
            case meter::StepState::Restored:
                item.state = ui::WriteReportItem::State::Old;
                break;
            case meter::StepState::Untouched:
                item.state = ui::WriteReportItem::State::Untouched;
                break;
            case meter::StepState::Written:
            case meter::StepState::Unknown:
            case meter::StepState::NotRestored:
                item.state = ui::WriteReportItem::State::Unknown;
                break;
        }
        report.items << item;
    }
    report.backupFile = m_lastBackup;
    report.auditFile = auditFile();
    report.seconds = m_writeClock.isValid() ? double(m_writeClock.elapsed()) / 1000.0 : 0.0;
    report.reconnects = int(o.reconnects);
    QString why = QString::fromStdString(o.failure);
    if (!o.failedSetting.empty()) {
        why = tr("writing %1 failed: %2").arg(settingLabel(o.failedSetting), why);
    } else if (why.isEmpty() && !o.mismatched.empty()) {
        why = tr("the meter does not hold what was written for %1").arg(join(o.mismatched));
    }
    const int changes = int(steps.size());
    switch (o.result) {
        case meter::WriteResult::Verified:
            report.result = ui::WriteReport::Result::Verified;
            report.headline = m_restoringOf.isEmpty()
                                  ? tr("%n change(s) written and verified.", nullptr, changes)
                                  : tr("The backup was restored and verified.");
            break;
        case meter::WriteResult::Restored:
            report.result = o.interrupted ? ui::WriteReport::Result::Cancelled
                                          : ui::WriteReport::Result::Restored;
            report.headline = o.interrupted
                                  ? tr("The write was cancelled: the meter holds its old "
                                       "configuration.")
                                  : tr("The write failed: the meter holds its old configuration.");
            report.reason = why;
            break;
        case meter::WriteResult::NotRestored:
            report.result = ui::WriteReport::Result::NotRestored;
            report.headline =
                tr("The write failed and the old values could not all be put back: "
                   "the meter may hold part of it.");
            report.reason = o.restoreFailures.empty()
                                ? why
                                : tr("%1; restoring: %2").arg(why, join(o.restoreFailures));
            break;
        case meter::WriteResult::NotVerified:
            report.result = ui::WriteReport::Result::NotVerified;
            report.headline =
                tr("The CT ratio lock was written but does not read back; it cannot "
                   "be undone.");
            report.reason = o.mismatched.empty() ? why : join(o.mismatched);
            break;
    }
    if (m_auditProblem) {
        report.reason += (report.reason.isEmpty() ? QString() : QStringLiteral(" ")) +
                         tr("The audit log could not be written: %1").arg(*m_auditProblem);
    }
    return report;
}

void MeterController::finishRun() {
    appendAudit(m_run->takeAudit());
    const meter::WriteRun run = std::move(*m_run);
    m_run.reset();
    m_reconnectTimer.stop();
    const ui::WriteReport report = reportOf(run);
    app::WriteJournal journal(m_dataDir);
    const auto result = run.outcome().result;
    if (result == meter::WriteResult::NotRestored) {
        journal.markNotRestored(m_journalId, QString::fromStdString(run.outcome().failure));
    } else {
        journal.finish(m_journalId);
        if (result == meter::WriteResult::Verified && !m_restoringOf.isEmpty()) {
            journal.resolveBackup(m_restoringOf);
        }
    }
    m_journalId.clear();
    const bool verified = result == meter::WriteResult::Verified;
    if (verified && m_restoringOf.isEmpty()) {
        // Read back: the pages show what was written and the edits are done, whatever happens
        // to the link afterwards.
        m_document->commitWritten();
        m_current = m_target;
    }
    m_restoringOf.clear();
    endOperation();
    emit message(report.headline);
    emit writeReported(report);
    emit writeFinished(verified, report.reason.isEmpty()
                                     ? report.headline
                                     : report.headline + QLatin1Char(' ') + report.reason);
    if (result == meter::WriteResult::NotRestored) {
        checkInterruptedWrites();
    }
    if (m_associated) {
        readAll();  // what the meter holds now (the same meter keeps any pending edits)
    } else {
        emit disconnected();
    }
}

void MeterController::appendAudit(const std::vector<meter::AuditRecord>& records) {
    if (records.empty()) {
        return;
    }
    if (auto why = app::AuditLog(auditFile()).append(records); why && !m_auditProblem) {
        m_auditProblem = why;
        emit message(tr("The audit log cannot be written: %1").arg(*why));
    }
}

void MeterController::restoreBackup(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        report(tr("The backup cannot be read."), file.errorString(),
               tr("Choose the backup file again."), RetryAction::None);
        return;
    }
    auto backup = meter::parseBackup(file.readAll().toStdString());
    if (!backup) {
        report(tr("%1 is not a backup this version can restore.").arg(path),
               QString::fromStdString(backup.error().detail),
               tr("Choose a backup saved by OpenMeterTool or omt."), RetryAction::None);
        return;
    }
    const QString serial = QString::fromStdString(backup->serial);
    if (!m_associated || !m_profile || !m_current || m_phase != Phase::Idle) {
        report(tr("Connect to meter %1 as installer to restore this backup.").arg(serial), path,
               tr("Connect, then choose Restore backup again."), RetryAction::None);
        return;
    }
    if (!backup->serial.empty() && backup->serial != m_current->serialNumber) {
        report(tr("This backup is of meter %1, not of the connected meter %2.")
                   .arg(serial, QString::fromStdString(m_current->serialNumber)),
               path, tr("Connect to meter %1, then restore it.").arg(serial), RetryAction::None);
        return;
    }
    auto target = meter::restoreTarget(*m_profile, m_read, *backup);
    if (!target) {
        report(tr("The backup does not fit this meter."),
               QString::fromStdString(target.error().detail), QString(), RetryAction::None);
        return;
    }
    for (const auto& skipped : target->skipped) {
        emit message(QString::fromStdString(skipped));
    }
    startWrite(target->configuration, path);
}

void MeterController::applyTemplate(const QString& path) {
    if (!m_profile || !m_current || !m_document->isLoaded()) {
        report(tr("Connect to a meter before opening a template."), QString(),
               tr("The template's values become pending changes of the connected meter."),
               RetryAction::None);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        report(tr("The template cannot be read."), file.errorString(), QString(),
               RetryAction::None);
        return;
    }
    auto t = meter::ConfigurationTemplate::fromJson(file.readAll().toStdString());
    if (!t) {
        report(tr("%1 is not a configuration template this version reads.").arg(path),
               QString::fromStdString(t.error().detail),
               tr("Choose a template saved by OpenMeterTool or `omt config show --json`."),
               RetryAction::None);
        return;
    }
    auto target = t->applyTo(*m_current, *m_profile);
    if (!target) {
        report(tr("The template does not fit this meter."),
               QString::fromStdString(target.error().detail), QString(), RetryAction::None);
        return;
    }
    // The template's values over what the meter holds, shown as the pages show a read.
    ValueMap values = m_values;
    for (const auto& v : target->toValues(*m_profile)) {
        values[{v.classId, v.obis, v.attribute}] = v.value;
    }
    ui::MeterSnapshot pending = snapshotOf(values);
    m_document->replacePending(pending, tr("Open template %1").arg(QFileInfo(path).fileName()));
    emit message(tr("The template's changes are pending: check them, then Write to meter."));
}

void MeterController::saveTemplate(const QString& path, bool pending) {
    if (!m_profile || !m_current) {
        report(tr("Connect to a meter before saving a template."), QString(), QString(),
               RetryAction::None);
        return;
    }
    auto config =
        pending ? pendingConfiguration() : Expected<meter::MeterConfiguration, QString>(*m_current);
    if (!config) {
        report(tr("The pending configuration cannot be saved."), config.error(),
               tr("Correct the pending changes the message names."), RetryAction::None);
        return;
    }
    const std::string text =
        meter::ConfigurationTemplate::of(*config, {}).toJson(m_profile->rules().orderFormCodes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        report(tr("The template could not be saved."), file.errorString(), QString(),
               RetryAction::None);
        return;
    }
    emit message(tr("Saved the template %1.").arg(path));
}

void MeterController::checkInterruptedWrites() {
    const auto scan = app::WriteJournal(m_dataDir).interrupted();
    QList<ui::InterruptedWrite> writes;
    for (const auto& e : scan.interrupted) {
        ui::InterruptedWrite w;
        w.id = QString::fromStdString(e.id);
        w.meterSerial = QString::fromStdString(e.serial);
        w.started =
            QDateTime::fromSecsSinceEpoch(e.started.time_since_epoch().count(), QTimeZone::utc());
        w.program = QString::fromStdString(e.program);
        w.backupFile = QString::fromStdString(e.backupFile);
        for (const auto& s : e.settings) {
            w.settings << settingLabel(s);
        }
        writes << w;
    }
    for (const auto& problem : scan.problems) {
        emit message(tr("A write journal entry cannot be read: %1").arg(problem));
    }
    emit interruptedWrites(writes);
}

void MeterController::dismissInterrupted(const QString& id) {
    app::WriteJournal(m_dataDir).dismiss(id);
    checkInterruptedWrites();
}

ui::MeterSnapshot MeterController::snapshotOf(const ValueMap& values) {
    auto find = [&](Setting s, std::size_t object = 0, int attributeAt = 0) -> const Data* {
        const auto* where = m_profile->find(s);
        if (!where || object >= where->objects.size() ||
            std::size_t(attributeAt) >= where->attributes.size()) {
            return nullptr;
        }
        auto it = values.find(
            {where->classId, where->objects[object], where->attributes[std::size_t(attributeAt)]});
        return it == values.end() ? nullptr : &it->second;
    };

    ui::MeterSnapshot snap;
    // Only the installer's association (the management client) may set the clock.
    snap.clockSettable = m_installer;
    const bool ct = m_profile->meter() == meter::MeterFamily::OmnipowerCt;
    snap.type = ct ? meter::MeterType::OmnipowerCt : meter::MeterType::Omnia;
    if (const auto* d = find(Setting::SerialNumber)) {
        snap.serialNumber = text(*d);
    }
    bool measuresExport = true;
    if (const auto* d = find(Setting::TypeNumber)) {
        snap.typeNumber = text(*d);
        if (auto type = meter::TypeNumber::decode(snap.typeNumber.toStdString())) {
            snap.variant = type->variant() == 2 ? meter::Variant::Two : meter::Variant::One;
            measuresExport = type->energyTypes().activeExport;
        }
    }
    if (const auto* d = find(Setting::FirmwareVersion)) {
        snap.firmware = text(*d);
    }
    if (const auto* time = find(Setting::Clock, 0, 0)) {
        if (auto reading = cosem::readClock(*time, find(Setting::Clock, 0, 1))) {
            snap.meterClock = ui::meterClockTime(reading->utc, reading->deviation);
            snap.clockReadAt = m_readAt;
        }
    }
    if (const auto* d = find(Setting::AlarmRegister)) {
        if (auto bits = integer(*d); bits && *bits >= 0 && *bits <= 0xFFFFFFFF) {
            snap.alarmBits = std::uint32_t(*bits);
        }
    }
    // The meter type's rules, from its device profile.
    const auto& typeRules = m_profile->rules();
    snap.ctUnlock = typeRules.ctUnlock;
    snap.orderFormCodes = typeRules.orderFormCodes;
    snap.loadProfilePeriodsOffered = typeRules.loadProfilePeriods;
    // Z codes only where the profile locates them (the OMNIPOWER CT; the OMNIA has none).
    if (const auto* d = find(Setting::SoftwareConfiguration)) {
        if (auto c = meter::SoftwareConfiguration::parse(text(*d).toStdString())) {
            snap.configuration = *c;
            snap.configurationReadable = true;
        }
    }
    for (std::size_t i = 0; i < snap.loadProfilePeriods.size(); ++i) {
        const auto setting = i == 0 ? Setting::LoadProfile1Period : Setting::LoadProfile2Period;
        if (const auto* d = find(setting)) {
            if (auto seconds = integer(*d); seconds && *seconds > 0 && *seconds <= 0xFFFFFFFF) {
                snap.loadProfilePeriods[i] = std::uint32_t(*seconds);
            }
        }
    }
    const auto rules = m_profile->displayRules(measuresExport);
    const std::pair<Setting, meter::DisplayListKind> lists[] = {
        {Setting::DisplayListAutomatic, meter::DisplayListKind::Automatic},
        {Setting::DisplayListManual, meter::DisplayListKind::Manual},
        {Setting::DisplayListBackup, meter::DisplayListKind::BackupPowered}};
    for (const auto& [setting, kind] : lists) {
        const Data* d = find(setting);
        if (!d) {
            continue;
        }
        auto columns = cosem::CaptureObjects::fromData(*d);
        auto list = meter::DisplayList::create(kind, rules);
        if (!columns || !list) {
            continue;
        }
        // Rebuild the meter's order: entries already there (legal readings) are moved.
        std::size_t at = 0;
        for (const auto& c : columns->entries) {
            const auto entry = entryFor(c.logicalName);
            const auto& entries = list->entries();
            auto it = std::find_if(entries.begin(), entries.end(),
                                   [&](const auto& e) { return e.code == entry.code; });
            if (it != entries.end()) {
                (void)list->move(std::size_t(it - entries.begin()), at);
            } else if (!list->insertAt(at, entry)) {
                continue;
            }
            ++at;
        }
        snap.displayLists.emplace(kind, *list);
        snap.configurationReadable = true;  // a meter without Z codes: its lists say so
    }
    if (ct) {
        const Data* factor = find(Setting::CtRatio);
        const Data* secondary = find(Setting::CtSecondary);
        const Data* lock = find(Setting::CtLock);
        if (factor) {
            const auto f = integer(*factor).value_or(1);
            const auto sec = secondary ? integer(*secondary).value_or(5) : 5;
            auto ratio = meter::ct::makeCtRatio(
                int(f), sec == 1 ? meter::ct::Secondary::OneAmp : meter::ct::Secondary::FiveAmp);
            if (ratio) {
                const auto* locked = lock ? lock->as<bool>() : nullptr;
                snap.ctRatio = meter::ct::CtRatioState{*ratio, locked && *locked};
            }
        }
    }
    for (const auto registers : {Setting::EnergyRegisters, Setting::InstantaneousRegisters}) {
        const auto* where = m_profile->find(registers);
        if (!where) {
            continue;
        }
        for (std::size_t i = 0; i < where->objects.size(); ++i) {
            const Data* value = find(registers, i, 0);
            const Data* su = find(registers, i, 1);
            if (!value) {
                continue;
            }
            ui::Reading r;
            r.mantissa = integer(*value).value_or(0);
            if (su) {
                if (auto scaler = cosem::ScalerUnit::fromData(*su)) {
                    r.scaler = scaler->scaler;
                    r.unit = scaler->unit;
                }
            }
            snap.readings[where->objects[i]] = r;
        }
    }
    readPlans(snap, values);
    return snap;
}

void MeterController::syncClock() {
    if (!m_associated || m_phase != Phase::Idle || !m_profile) {
        emit message(tr("Connect to the meter before setting its clock."));
        return;
    }
    if (!m_installer) {
        report(tr("This association cannot set the meter's clock."), QString(),
               tr("Connect as installer to set the meter's clock."), RetryAction::None);
        return;
    }
    const auto* where = m_profile->find(Setting::Clock);
    const auto time =
        where ? m_values.find({where->classId, where->objects[0], 2}) : m_values.end();
    if (time == m_values.end()) {
        emit message(tr("This meter's clock was not read; it cannot be set."));
        return;
    }
    const auto zone = m_values.find({where->classId, where->objects[0], 3});
    auto reading = cosem::readClock(time->second, zone == m_values.end() ? nullptr : &zone->second);
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto value = reading ? cosem::clockTimeFor(*reading, now) : omt::unexpected(reading.error());
    if (!value) {
        emit message(tr("The meter's clock cannot be set: its time does not decode (%1).")
                         .arg(QString::fromStdString(value.error().detail)));
        return;
    }
    const AttributeRef ref{where->classId, where->objects[0], 2, std::nullopt};
    m_clockAudit = auditCommon();
    m_clockAudit.time = now;
    m_clockAudit.object = "clock " + meter::addressText(ref.classId, ref.obis, ref.attribute);
    m_clockAudit.oldValue = dlms::toDisplayString(time->second, 200);
    m_clockAudit.newValue = dlms::toDisplayString(*value, 200);
    m_phase = Phase::SyncingClock;
    m_cancelRequested = false;
    setBusy(true);
    m_clockReadBack = false;
    emit message(tr("Setting the meter's clock…"));
    trace(true,
          QStringLiteral("SET %1").arg(QString::fromStdString(
              trace::describeAttribute(ref.classId, ref.obis, ref.attribute))),
          {shortText(*value)}, dlms::encode(*value).valueOr(Bytes{}));
    m_request = m_connection->set({{ref, *value}});
    m_requestInFlight = true;
}

meter::AuditRecord MeterController::auditCommon() const {
    meter::AuditRecord r;
    r.meterSerial = m_current ? m_current->serialNumber : std::string();
    r.user = (m_operator.isEmpty() ? app::accountName() : m_operator).toStdString();
    return r;
}

QString MeterController::settingLabel(const std::string& setting) const {
    if (setting == "ct-ratio") {
        return tr("CT ratio");
    }
    if (setting == "ct-lock") {
        return tr("CT ratio lock");
    }
    if (setting == "software-configuration") {
        return tr("configuration codes");
    }
    if (setting == "load-profile-period") {
        return tr("load profile period");
    }
    if (setting == "load-profile-2-period") {
        return tr("load profile 2 period");
    }
    if (setting == "ct-unlock") {
        return tr("CT ratio unlock");
    }
    if (setting == "tariff") {
        return tr("tariff plan");
    }
    if (setting == "load-control") {
        return tr("load control");
    }
    if (setting == "display-list automatic") {
        return tr("automatic display list");
    }
    if (setting == "display-list manual") {
        return tr("manual display list");
    }
    if (setting == "display-list backup-powered") {
        return tr("backup-powered display list");
    }
    return QString::fromStdString(setting);
}

Expected<meter::MeterConfiguration, QString> MeterController::pendingConfiguration() const {
    const auto& before = m_document->meterState();
    const auto& after = m_document->pending();
    meter::ConfigurationTemplate t;
    t.meter = m_profile->meter();
    if (before.configuration && after.configuration &&
        !(*before.configuration == *after.configuration)) {
        t.software = *after.configuration;
    }
    // Only a period the person changed (each clears its load profile when written).
    const auto changedPeriod = [&](std::size_t i) -> std::optional<std::uint32_t> {
        const auto& b = before.loadProfilePeriods[i];
        const auto& a = after.loadProfilePeriods[i];
        return b && a && *b != *a ? a : std::nullopt;
    };
    t.loadProfilePeriod = changedPeriod(0);
    t.loadProfile2Period = changedPeriod(1);
    if (before.ctRatio && after.ctRatio && !(*before.ctRatio == *after.ctRatio)) {
        t.ctFactor = after.ctRatio->ratio.factor;
        t.ctLocked = after.ctRatio->locked;
    }
    // The class of a display reading: as the meter lists it, or as the profile locates it.
    auto classOf = [&](const ObisCode& code) -> std::uint16_t {
        for (const auto& [kind, columns] : m_current->displayLists) {
            for (const auto& c : columns) {
                if (c.logicalName == code) {
                    return c.classId;
                }
            }
        }
        for (const auto setting : m_profile->settings()) {
            const auto* where = m_profile->find(setting);
            if (where && std::find(where->objects.begin(), where->objects.end(), code) !=
                             where->objects.end()) {
                return where->classId;
            }
        }
        return guessClass(code);
    };
    for (const auto& [kind, list] : after.displayLists) {
        auto b = before.displayLists.find(kind);
        if (b != before.displayLists.end() && b->second.entries() == list.entries()) {
            continue;
        }
        auto& readings = t.displayLists[kind];
        for (const auto& e : list.entries()) {
            readings.push_back({classOf(e.code), e.code});
        }
    }
    if (before.tariffPlan && after.tariffPlan && !(*before.tariffPlan == *after.tariffPlan)) {
        t.tariff = after.tariffPlan;
    }
    if (before.loadControl && after.loadControl && !(*before.loadControl == *after.loadControl)) {
        t.loadControl = after.loadControl;
    }
    auto target = t.applyTo(*m_current, *m_profile);
    if (!target) {
        return omt::unexpected(QString::fromStdString(target.error().detail));
    }
    return *target;
}

void MeterController::readPlans(ui::MeterSnapshot& snap, const ValueMap& read) {
    std::vector<meter::AttributeValue> values;
    values.reserve(read.size());
    for (const auto& [key, value] : read) {
        values.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), value});
    }
    const bool ct = snap.type == meter::MeterType::OmnipowerCt;
    snap.tariffLimits = m_profile->limits().tariff;
    if (m_profile->find(Setting::ActivityCalendar) && m_profile->find(Setting::SpecialDays)) {
        const std::string z13 = ct && snap.configuration
                                    ? std::string(snap.configuration->code(meter::ZField::Z13))
                                    : std::string();
        if (auto plan = meter::TariffPlan::fromCosem(values, m_profile->tariffObjects(), z13)) {
            snap.tariffPlan = *plan;
        } else {
            emit message(tr("The tariff calendar cannot be shown: %1")
                             .arg(QString::fromStdString(plan.error().detail)));
        }
    }
    auto type = meter::TypeNumber::decode(snap.typeNumber.toStdString());
    if (!type) {
        return;
    }
    auto caps = m_profile->applyLimits(
        meter::capabilitiesOf(*type, snap.configuration ? &*snap.configuration : nullptr));
    // Relays the profile (or the meter) lacks are not offered.
    const Setting modes[] = {Setting::Relay1Mode, Setting::Relay2Mode};
    std::uint8_t relays = 0;
    while (relays < caps.relays && relays < meter::kMaxRelays && m_profile->find(modes[relays])) {
        ++relays;
    }
    caps.relays = relays;
    caps.supplyControlSwitch =
        caps.supplyControlSwitch && m_profile->find(Setting::DisconnectControl) != nullptr;
    if (caps.relays == 0 && !caps.supplyControlSwitch) {
        return;
    }
    snap.loadControlCaps = caps;
    if (auto plan = meter::LoadControlPlan::fromCosem(values, m_profile->loadControlObjects(),
                                                      caps.relays, caps.supplyControlSwitch)) {
        snap.loadControl = *plan;
    } else {
        emit message(tr("The load control settings cannot be shown: %1")
                         .arg(QString::fromStdString(plan.error().detail)));
    }
}

}  // namespace omt::gui

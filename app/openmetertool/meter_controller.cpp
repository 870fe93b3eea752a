#include "meter_controller.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextStream>

#include "app/common/credentials.h"
#include "app/common/demo_meter.h"
#include "link/bluetooth_transport.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/display.h"
#include "protocol/dlms/security/key_file.h"
#include "protocol/trace/describe.h"
#include "ui/main_window.h"

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

MeterController::MeterController(ui::MainWindow* window, ui::MeterDocument* document,
                                 QString resourceDir, QString dataDir, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_document(document),
      m_resourceDir(std::move(resourceDir)),
      m_dataDir(std::move(dataDir)) {
    auto* bar = window->connectionBar();
    connect(bar, &ui::ConnectionBar::connectRequested, this, &MeterController::connectTo);
    connect(bar, &ui::ConnectionBar::disconnectRequested, this, &MeterController::disconnectMeter);
    connect(bar, &ui::ConnectionBar::cancelRequested, this, &MeterController::cancel);
    connect(window, &ui::MainWindow::readRequested, this, &MeterController::readAll);
    connect(window, &ui::MainWindow::writeRequested, this, &MeterController::writePending);
    connect(window, &ui::MainWindow::syncClockRequested, this, &MeterController::syncClock);
    connect(this, &MeterController::message, window, &ui::MainWindow::showMessage);
    connect(window, &ui::MainWindow::cancelRequested, this, &MeterController::cancel);
    connect(this, &MeterController::progressed, window, &ui::MainWindow::showProgress);
    connect(this, &MeterController::progressFinished, window, &ui::MainWindow::hideProgress);
    connect(this, &MeterController::traced, window, &ui::MainWindow::addTraceRecord);
}

MeterController::~MeterController() {
    if (m_connection) {
        m_connection->shutdown();
    }
}

QString MeterController::auditFile() const {
    return m_dataDir + QStringLiteral("/audit.csv");
}

void MeterController::connectTo(const ui::ConnectionChoice& choice) {
    if (m_connection && m_connection->isRunning()) {
        return;
    }
    using Kind = ui::ConnectionChoice::Kind;
    using Auth = ui::ConnectionChoice::Auth;
    link::SessionSettings s;
    std::unique_ptr<link::Transport> transport;
    m_demo.reset();
    if (choice.kind == Kind::DemoOmnipowerCt || choice.kind == Kind::DemoOmnia) {
        app::DemoOptions demo;
        demo.model =
            choice.kind == Kind::DemoOmnia ? sim::MeterModel::Omnia : sim::MeterModel::OmnipowerCt;
        auto created = app::DemoMeter::create(demo);
        if (!created) {
            fail(created.error());
            return;
        }
        m_demo = std::move(*created);
        transport = m_demo->takeClientTransport();
        s.transport = link::TransportKind::Injected;
        s.mode = link::LinkMode::OpticalModeE;
    } else if (choice.kind == Kind::Tcp) {
        const int colon = choice.address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const unsigned port = colon > 0 ? choice.address.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535) {
            fail(tr("Give the meter's TCP address as host:port, e.g. 10.0.0.5:4059."));
            return;
        }
        s.transport = link::TransportKind::Tcp;
        s.host = choice.address.left(colon);
        s.tcpPort = std::uint16_t(port);
        s.mode = link::LinkMode::DirectHdlc;
    } else if (choice.kind == Kind::Bluetooth) {
        if (!link::isBluetoothAddress(choice.address)) {
            fail(
                tr("Search for the Bluetooth head, or type its address like "
                   "00:1A:7D:DA:71:13."));
            return;
        }
        // The head carries the optical port's bytes (RFCOMM or BLE serial, found by itself).
        transport = std::make_unique<link::BluetoothTransport>(choice.address,
                                                               link::BluetoothProfile::Auto);
        s.transport = link::TransportKind::Injected;
        s.mode = link::LinkMode::OpticalModeE;
    } else {
        if (choice.address.isEmpty()) {
            fail(tr("Choose the optical head's serial port or type its path."));
            return;
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
                fail(tr("The reader association needs the meter's password."));
                break;
            case app::CredentialError::KeysMissing:
                fail(tr("The installer association needs the meter's key file (EK and AK)."));
                break;
            case app::CredentialError::KeyFileUnreadable:
            case app::CredentialError::KeyFileInvalid:
            case app::CredentialError::BadClientSap:
                fail(tr("The key file %1 is not usable (%2).").arg(choice.keyFile, detail));
                break;
        }
        return;
    }
    s.client = *client;
    // HLS: the meter refuses a counter it has seen (in an earlier association too), so start
    // above the one it serves to the public client, as omt does.
    s.readInvocationCounter = credentials.level == app::AuthLevel::High;

    m_window->connectionBar()->setChoice(choice);
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
    m_phase = Phase::Connecting;
    m_window->connectionBar()->setBusy(true);
    if (!m_connection->start(s, std::move(transport))) {
        fail(tr("The connection could not start."));
    }
}

void MeterController::disconnectMeter() {
    if (m_connection && m_connection->isRunning()) {
        m_connection->finish();
    }
}

void MeterController::cancel() {
    if (m_connection && m_connection->isRunning()) {
        m_connection->cancel();
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
    m_window->connectionBar()->setStage(t);
    if (stage == S::Associated) {
        m_associated = true;
        m_phase = Phase::Idle;
        m_window->connectionBar()->setBusy(false);
        m_window->connectionBar()->setConnected(true);
        readAll();
    }
}

void MeterController::onClosed() {
    m_associated = false;
    if (m_run) {
        // No request can reach the meter any more: the run ends with what it knows (the
        // restore cannot be carried out, and the outcome says so).
        const QString why = tr("the connection closed");
        while (!m_run->done()) {
            failRunRequest(why);
        }
        appendAudit(m_run->takeAudit());
        finishRun();
    }
    emit progressFinished();
    m_phase = Phase::Idle;
    m_window->connectionBar()->setBusy(false);
    m_window->connectionBar()->setConnected(false);
    emit disconnected();
}

void MeterController::fail(const QString& t) {
    emit message(t);
    m_window->connectionBar()->setStage(t);
    if (!m_associated) {
        m_window->connectionBar()->setBusy(false);
    }
}

void MeterController::onFailed(int requestId, const link::SessionError& error) {
    const QString why = link::describe(error);
    trace(false, tr("Failed: %1").arg(why), {}, {});
    const Phase phase = m_phase;
    if (requestId == 0) {
        fail(why);
    }
    if (requestId != 0 && requestId != m_request) {
        return;
    }
    switch (phase) {
        case Phase::ReadingIdentity:
        case Phase::ReadingAll:
            m_phase = Phase::Idle;
            emit progressFinished();
            emit message(tr("Reading the meter failed: %1").arg(why));
            emit readFinished(false);
            break;
        case Phase::Writing:
            if (m_run) {
                failRunRequest(why);
                driveRun();
            }
            break;
        case Phase::SyncingClock:
            m_phase = Phase::Idle;
            if (m_clockReadBack) {
                m_clockReadBack = false;
                emit message(tr("The clock was set, but reading it back failed: %1").arg(why));
                break;
            }
            m_clockAudit.result = "failed: " + why.toStdString();
            appendAudit({m_clockAudit});
            emit message(tr("The clock was not set: %1").arg(why));
            break;
        default:
            m_phase = Phase::Idle;
            break;
    }
}

void MeterController::readAll() {
    if (!m_associated || m_phase != Phase::Idle) {
        return;
    }
    m_phase = Phase::ReadingIdentity;
    emit message(tr("Reading the meter…"));
    const std::vector<AttributeRef> refs{{1, kLogicalDeviceName, 2, std::nullopt},
                                         {1, kTypeNumber, 2, std::nullopt}};
    traceRequest(QStringLiteral("GET"), refs);
    m_request = m_connection->get(refs);
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
            if (set) {
                const auto r = set->items.empty() ? dlms::DataAccessResult::OtherReason
                                                  : set->items.front().result;
                if (r == dlms::DataAccessResult::Success) {
                    m_run->writeSucceeded();
                } else {
                    m_run->writeRefused(tr("the meter refused it (%1)")
                                            .arg(QLatin1String(dlms::nameOf(r)))
                                            .toStdString());
                }
            } else if (action) {
                if (action->result == dlms::ActionResult::Success) {
                    m_run->writeSucceeded();
                } else {
                    m_run->writeRefused(tr("the meter refused it (%1)")
                                            .arg(QLatin1String(dlms::nameOf(action->result)))
                                            .toStdString());
                }
            } else if (get) {
                std::vector<std::optional<Data>> values;
                for (const auto& item : get->items) {
                    const auto* d = std::get_if<Data>(&item.result);
                    values.push_back(d ? std::optional<Data>(*d) : std::nullopt);
                }
                m_run->readDone(values);
            }
            driveRun();
            break;
        case Phase::SyncingClock:
            if (set) {
                const auto r = set->items.empty() ? dlms::DataAccessResult::OtherReason
                                                  : set->items.front().result;
                m_phase = Phase::Idle;
                m_clockAudit.result = r == dlms::DataAccessResult::Success
                                          ? std::string("written")
                                          : std::string("refused: ") + dlms::nameOf(r);
                appendAudit({m_clockAudit});
                if (r != dlms::DataAccessResult::Success) {
                    emit message(tr("The meter refused the new time (%1): connect as installer "
                                    "to set its clock.")
                                     .arg(QLatin1String(dlms::nameOf(r))));
                    break;
                }
                // Read the clock back: the drift shown is then the one that remains.
                const auto* where = m_profile->find(Setting::Clock);
                m_phase = Phase::SyncingClock;
                m_clockReadBack = true;
                m_request =
                    m_connection->get({{where->classId, where->objects[0], 2, std::nullopt},
                                       {where->classId, where->objects[0], 3, std::nullopt}});
            } else if (get && m_clockReadBack) {
                m_phase = Phase::Idle;
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
                    emit message(tr("The clock was set, but reading it back failed."));
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
        m_phase = Phase::Idle;
        emit message(
            tr("This meter does not say which type it is; connect as reader or "
               "installer to read its type number."));
        emit readFinished(false);
        return;
    }
    auto profile = meter::loadDeviceProfile(*family, m_resourceDir.toStdString());
    if (!profile) {
        m_phase = Phase::Idle;
        emit message(tr("The device profile for this meter cannot be used: %1")
                         .arg(QString::fromStdString(profile.error().detail)));
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
    auto find = [&](Setting s, std::size_t object = 0, int attributeAt = 0) -> const Data* {
        const auto* where = m_profile->find(s);
        if (!where || object >= where->objects.size() ||
            std::size_t(attributeAt) >= where->attributes.size()) {
            return nullptr;
        }
        auto it = m_values.find(
            {where->classId, where->objects[object], where->attributes[std::size_t(attributeAt)]});
        return it == m_values.end() ? nullptr : &it->second;
    };

    ui::MeterSnapshot snap;
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
    if (const auto* d = find(Setting::SoftwareConfiguration)) {
        if (auto c = meter::SoftwareConfiguration::parse(text(*d).toStdString())) {
            snap.configuration = *c;
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
    readPlans(snap);
    m_phase = Phase::Idle;
    emit progressFinished();
    m_document->load(snap);
    emit message(tr("Read the meter %1.").arg(snap.serialNumber));
    emit readFinished(true);
}

void MeterController::syncClock() {
    if (!m_associated || m_phase != Phase::Idle || !m_profile) {
        emit message(tr("Connect to the meter before setting its clock."));
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
    m_clockReadBack = false;
    emit message(tr("Setting the meter's clock…"));
    trace(true,
          QStringLiteral("SET %1").arg(QString::fromStdString(
              trace::describeAttribute(ref.classId, ref.obis, ref.attribute))),
          {shortText(*value)}, dlms::encode(*value).valueOr(Bytes{}));
    m_request = m_connection->set({{ref, *value}});
}

meter::AuditRecord MeterController::auditCommon() const {
    meter::AuditRecord r;
    r.meterSerial = m_current ? m_current->serialNumber : std::string();
    r.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toStdString();
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
    if (!(before.configuration == after.configuration)) {
        t.software = after.configuration;
    }
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

void MeterController::writePending() {
    if (!m_associated || m_phase != Phase::Idle || !m_profile || !m_current) {
        emit message(tr("Connect to the meter before writing."));
        return;
    }
    if (const auto problems = m_document->planProblems(); !problems.isEmpty()) {
        emit message(tr("Nothing was written: %1").arg(problems.join(QStringLiteral("; "))));
        emit writeFinished(false, problems.join(QStringLiteral("; ")));
        return;
    }
    auto target = pendingConfiguration();
    auto plan = target ? meter::WritePlan::make(*m_profile, *m_current, *target)
                       : omt::unexpected(meter::PlanFailure{meter::PlanError::InvalidTarget, 0,
                                                            target.error().toStdString()});
    if (!plan) {
        const QString why =
            tr("Nothing was written: %1").arg(QString::fromStdString(plan.error().detail));
        emit message(why);
        emit writeFinished(false, why);
        return;
    }
    if (plan->empty()) {
        emit message(tr("Nothing to write: the meter already holds these values."));
        return;
    }
    // The CT page has already asked for the permanent lock; ask here for steps that lose data.
    QStringList warnings;
    for (const auto& step : plan->steps) {
        if (step.destructive && step.setting == "load-profile-period") {
            warnings << tr(
                "Changing the load profile period clears the load profile stored in "
                "the meter: its history is lost.");
        } else if (step.destructive) {
            warnings
                << tr("Writing %1 loses data stored in the meter.").arg(settingLabel(step.setting));
        }
    }
    if (!warnings.isEmpty()) {
        const bool go = m_confirmWarnings
                            ? m_confirmWarnings(warnings)
                            : QMessageBox::warning(m_window, tr("Write to meter"),
                                                   warnings.join(QLatin1Char('\n')),
                                                   QMessageBox::Yes | QMessageBox::Cancel,
                                                   QMessageBox::Cancel) == QMessageBox::Yes;
        if (!go) {
            emit message(tr("Nothing was written."));
            emit writeFinished(false, tr("Nothing was written."));
            return;
        }
    }
    if (!saveBackup(*plan)) {
        finishWrite(
            false,
            tr("Nothing was written: the backup file could not be saved in %1.").arg(m_dataDir));
        return;
    }
    m_run.emplace(std::move(*plan), auditCommon());
    m_phase = Phase::Writing;
    m_lastSetting.clear();
    m_writeClock.start();
    driveRun();
}

void MeterController::driveRun() {
    appendAudit(m_run->takeAudit());
    if (m_run->done()) {
        finishRun();
        return;
    }
    const auto done = m_run->progressDone();
    const auto total = m_run->progressTotal();
    double left = -1;
    if (done > 0 && m_writeClock.isValid()) {
        left = double(m_writeClock.elapsed()) / 1000.0 / double(done) * double(total - done);
    }
    emit progressed(int(done), int(total), left);
    const meter::WriteRequest r = m_run->next();
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
        return;
    }
    m_lastSetting = settingLabel(r.setting);
    emit message(r.phase == meter::WritePhase::Restoring ? tr("Restoring %1…").arg(m_lastSetting)
                                                         : tr("Writing %1…").arg(m_lastSetting));
    if (const auto* set = std::get_if<meter::AttributeValue>(&r.write)) {
        trace(true,
              QStringLiteral("SET %1").arg(QString::fromStdString(
                  trace::describeAttribute(set->classId, set->obis, set->attribute))),
              {shortText(set->value)}, dlms::encode(set->value).valueOr(Bytes{}));
        m_request = m_connection->set(
            {{AttributeRef{set->classId, set->obis, set->attribute, std::nullopt}, set->value}});
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
}

void MeterController::failRunRequest(const QString& why) {
    if (m_run->next().kind == meter::WriteRequest::Kind::Read) {
        m_run->readFailed(why.toStdString());
    } else {
        m_run->writeFailed(why.toStdString());
    }
}

void MeterController::finishRun() {
    const meter::WriteOutcome o = m_run->outcome();
    const auto steps = m_run->plan().steps.size();
    m_run.reset();
    auto list = [](const std::vector<std::string>& parts) {
        QStringList l;
        for (const auto& p : parts) {
            l << QString::fromStdString(p);
        }
        return l.join(QStringLiteral("; "));
    };
    QString why = QString::fromStdString(o.failure);
    if (!o.failedSetting.empty()) {
        why = tr("writing %1 failed: %2").arg(settingLabel(o.failedSetting), why);
    } else if (why.isEmpty()) {
        why = tr("the meter does not hold what was written for %1").arg(list(o.mismatched));
    } else {
        why = tr("reading back failed: %1").arg(why);
    }
    switch (o.result) {
        case meter::WriteResult::Verified:
            finishWrite(true, tr("Written and verified: %n step(s).", nullptr, int(steps)));
            return;
        case meter::WriteResult::Restored:
            if (o.restoredSettings.empty()) {
                finishWrite(false, tr("Nothing changed: %1. Nothing had been written.").arg(why));
                return;
            }
            finishWrite(false, tr("Nothing changed: %1. The old configuration was restored and "
                                  "verified.")
                                   .arg(why));
            return;
        case meter::WriteResult::NotRestored:
            finishWrite(false, tr("%1; restoring the old configuration failed too (%2): restore "
                                  "the backup %3 with “omt config restore”.")
                                   .arg(why, list(o.restoreFailures), m_lastBackup));
            return;
        case meter::WriteResult::NotVerified:
            finishWrite(false, tr("The CT ratio lock was written but does not read back (%1); "
                                  "it cannot be undone. Backup: %2")
                                   .arg(o.mismatched.empty() ? QString::fromStdString(o.failure)
                                                             : list(o.mismatched),
                                        m_lastBackup));
            return;
    }
}

void MeterController::finishWrite(bool ok, const QString& summary) {
    m_phase = Phase::Idle;
    emit progressFinished();
    emit message(summary);
    emit writeFinished(ok, summary);
    readAll();
}

bool MeterController::saveBackup(const meter::WritePlan& plan) {
    const QString serial = QString::fromStdString(m_current->serialNumber);
    QDir dir(m_dataDir + QStringLiteral("/backups"));
    if (!dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    const QString name =
        QStringLiteral("%1-%2.json")
            .arg(serial.isEmpty() ? QStringLiteral("unknown") : serial,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ")));
    const meter::Backup backup{
        m_current->meter, m_current->serialNumber,
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), plan.backup};
    const std::string text = meter::backupJson(backup);
    QSaveFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
        !file.commit()) {
        return false;
    }
    m_lastBackup = dir.filePath(name);
    return true;
}

void MeterController::appendAudit(const std::vector<meter::AuditRecord>& records) {
    if (records.empty()) {
        return;
    }
    QDir().mkpath(m_dataDir);
    QFile file(auditFile());
    const bool fresh = !file.exists() || file.size() == 0;
    // The same records as `omt config`, in the same file: meter::auditLine (RFC 4180, CRLF).
    if (!file.open(QIODevice::Append)) {
        emit message(
            tr("The audit log %1 cannot be written: %2").arg(auditFile(), file.errorString()));
        return;
    }
    std::string text = fresh ? meter::auditHeader() : std::string();
    for (const auto& r : records) {
        text += meter::auditLine(r);
    }
    file.write(text.data(), qint64(text.size()));
}

void MeterController::readPlans(ui::MeterSnapshot& snap) {
    std::vector<meter::AttributeValue> values;
    values.reserve(m_values.size());
    for (const auto& [key, value] : m_values) {
        values.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), value});
    }
    const bool ct = snap.type == meter::MeterType::OmnipowerCt;
    snap.tariffLimits = m_profile->limits().tariff;
    if (m_profile->find(Setting::ActivityCalendar) && m_profile->find(Setting::SpecialDays)) {
        const std::string z13 =
            ct ? std::string(snap.configuration.code(meter::ZField::Z13)) : std::string();
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
    auto caps = m_profile->applyLimits(meter::capabilitiesOf(*type, &snap.configuration));
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

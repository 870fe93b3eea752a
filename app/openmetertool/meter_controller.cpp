#include "meter_controller.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include "app/common/demo_meter.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
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
    } else {
        if (choice.address.isEmpty()) {
            fail(tr("Choose the optical head's serial port or type its path."));
            return;
        }
        s.transport = link::TransportKind::Serial;
        s.port = choice.address;
        s.mode = link::LinkMode::OpticalModeE;
    }
    switch (choice.auth) {
        case Auth::Public:
            s.client = dlms::ClientConfig::publicClient();
            break;
        case Auth::Reader: {
            Bytes password = bytesOf(choice.password.toStdString());
            if (password.empty() && m_demo) {
                password = m_demo->secrets().readerPassword;
            }
            if (password.empty()) {
                fail(tr("The reader association needs the meter's password."));
                return;
            }
            s.client = dlms::ClientConfig::lowLevel(0x20, password);
            break;
        }
        case Auth::Installer: {
            dlms::security::SecurityKeys keys;
            if (!choice.keyFile.isEmpty()) {
                QFile file(choice.keyFile);
                if (!file.open(QIODevice::ReadOnly)) {
                    fail(tr("Cannot read the key file %1: %2")
                             .arg(choice.keyFile, file.errorString()));
                    return;
                }
                auto parsed = dlms::security::parseKeyFile(file.readAll().toStdString());
                if (!parsed) {
                    fail(tr("The key file %1 is not usable (%2).")
                             .arg(choice.keyFile,
                                  QLatin1String(dlms::security::nameOf(parsed.error().code))));
                    return;
                }
                keys = *parsed;
            } else if (m_demo) {
                keys = m_demo->secrets().keys;
            } else {
                fail(tr("The installer association needs the meter's key file (EK and AK)."));
                return;
            }
            const auto title = dlms::security::SystemTitle::fromBytes(
                bytesOf(std::string("OMT\x00\x00\x00\x00\x01", 8)));
            s.client = dlms::ClientConfig::highLevelGmac(0x01, *title, keys);
            break;
        }
    }

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
    emit progressFinished();
    m_associated = false;
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
            restore(tr("writing failed: %1").arg(why));
            break;
        case Phase::Verifying:
            restore(tr("reading back failed: %1").arg(why));
            break;
        case Phase::Restoring:
            finishWrite(false,
                        tr("Restoring the old configuration failed too (%1): check the meter "
                           "and restore the backup %2 by hand.")
                            .arg(why, m_lastBackup));
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
    if (progress.requestId != m_request || m_phase == Phase::Writing ||
        m_phase == Phase::Restoring) {
        return;
    }
    emit progressed(int(progress.itemsDone), int(progress.itemsTotal), progress.secondsLeft);
}

void MeterController::reportWriteProgress() {
    const auto done = qint64(m_written);
    const auto total = qint64(m_writes.size());
    double left = -1;
    if (done > 0 && m_writeClock.isValid()) {
        left = double(m_writeClock.elapsed()) / 1000.0 / double(done) * double(total - done);
    }
    emit progressed(int(done), int(total), left);
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
        case Phase::Restoring:
            if (set) {
                const auto r = set->items.empty() ? dlms::DataAccessResult::OtherReason
                                                  : set->items.front().result;
                const auto& w = m_writes[m_written];
                const bool restoring = m_phase == Phase::Restoring;
                audit(w, restoring ? QStringLiteral("restore-") + QLatin1String(dlms::nameOf(r))
                                   : QLatin1String(dlms::nameOf(r)));
                if (r != dlms::DataAccessResult::Success) {
                    if (restoring) {
                        finishWrite(
                            false, tr("The meter refused to restore %1 (%2): restore the "
                                      "backup %3 by hand.")
                                       .arg(w.label, QLatin1String(dlms::nameOf(r)), m_lastBackup));
                    } else {
                        restore(tr("the meter refused %1 (%2)")
                                    .arg(w.label, QLatin1String(dlms::nameOf(r))));
                    }
                    return;
                }
                ++m_written;
                writeNext();
            } else if (action) {
                const auto& w = m_writes[m_written];
                audit(w, QLatin1String(dlms::nameOf(action->result)));
                if (action->result != dlms::ActionResult::Success) {
                    restore(tr("the meter refused %1 (%2)")
                                .arg(w.label, QLatin1String(dlms::nameOf(action->result))));
                    return;
                }
                ++m_written;
                writeNext();
            }
            break;
        case Phase::Verifying:
            if (get) {
                onVerified(*get);
            }
            break;
        default:
            break;
    }
}

void MeterController::readConfiguration(const dlms::GetOutcome& identity) {
    meter::MeterFamily family = meter::MeterFamily::OmnipowerCt;
    bool known = false;
    if (identity.items.size() == 2) {
        if (const auto* d = std::get_if<Data>(&identity.items[1].result)) {
            if (auto type = meter::TypeNumber::decode(text(*d).toStdString())) {
                family = type->family();
                known = true;
            }
        }
        if (!known) {
            if (const auto* d = std::get_if<Data>(&identity.items[0].result)) {
                const QString ldn = text(*d);
                if (ldn.contains(QLatin1String("OMPCT"))) {
                    family = meter::MeterFamily::OmnipowerCt;
                    known = true;
                } else if (ldn.contains(QLatin1String("OMNIA"))) {
                    family = meter::MeterFamily::OmniaEMeter;
                    known = true;
                }
            }
        }
    }
    if (!known) {
        m_phase = Phase::Idle;
        emit message(
            tr("This meter does not say which type it is; connect as reader or "
               "installer to read its type number."));
        emit readFinished(false);
        return;
    }
    auto profile = meter::loadDeviceProfile(family, m_resourceDir.toStdString());
    if (!profile) {
        m_phase = Phase::Idle;
        emit message(tr("The device profile for this meter cannot be used: %1")
                         .arg(QString::fromStdString(profile.error().detail)));
        emit readFinished(false);
        return;
    }
    m_profile = *profile;
    static const Setting kRead[] = {Setting::SerialNumber,
                                    Setting::TypeNumber,
                                    Setting::SoftwareConfiguration,
                                    Setting::FirmwareVersion,
                                    Setting::CtRatio,
                                    Setting::CtSecondary,
                                    Setting::CtLock,
                                    Setting::DisplayListAutomatic,
                                    Setting::DisplayListManual,
                                    Setting::DisplayListBackup,
                                    Setting::EnergyRegisters,
                                    Setting::ActivityCalendar,
                                    Setting::SpecialDays,
                                    Setting::TariffScripts,
                                    Setting::Relay1Mode,
                                    Setting::Relay1State,
                                    Setting::Relay1TariffMask,
                                    Setting::Relay1ScheduleOn,
                                    Setting::Relay1ScheduleOff,
                                    Setting::Relay2Mode,
                                    Setting::Relay2State,
                                    Setting::Relay2TariffMask,
                                    Setting::Relay2ScheduleOn,
                                    Setting::Relay2ScheduleOff,
                                    Setting::DisconnectControl};
    std::vector<AttributeRef> refs;
    for (auto setting : kRead) {
        const auto* where = m_profile->find(setting);
        if (!where) {
            continue;
        }
        for (const auto& obis : where->objects) {
            for (auto attribute : where->attributes) {
                refs.push_back({where->classId, obis, attribute, std::nullopt});
            }
        }
    }
    m_phase = Phase::ReadingAll;
    traceRequest(QStringLiteral("GET"), refs);
    emit progressed(0, int(refs.size()), -1);
    m_request = m_connection->get(refs);
}

void MeterController::buildSnapshot(const dlms::GetOutcome& values) {
    m_values.clear();
    for (const auto& item : values.items) {
        if (const auto* d = std::get_if<Data>(&item.result)) {
            m_values[{item.attribute.classId, item.attribute.obis, item.attribute.attribute}] = *d;
        }
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
    if (const auto* where = m_profile->find(Setting::EnergyRegisters)) {
        for (std::size_t i = 0; i < where->objects.size(); ++i) {
            const Data* value = find(Setting::EnergyRegisters, i, 0);
            const Data* su = find(Setting::EnergyRegisters, i, 1);
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

std::vector<MeterController::Write> MeterController::plannedWrites() const {
    std::vector<Write> out;
    const auto& before = m_document->meterState();
    const auto& after = m_document->pending();
    auto add = [&](Setting s, std::size_t attributeAt, Data value, const QString& label) {
        const auto* where = m_profile->find(s);
        if (!where || where->objects.empty() || attributeAt >= where->attributes.size()) {
            return;
        }
        const AttributeRef ref{where->classId, where->objects[0], where->attributes[attributeAt],
                               std::nullopt};
        auto it = m_values.find({ref.classId, ref.obis, ref.attribute});
        if (it == m_values.end() || it->second == value) {
            return;
        }
        out.push_back({ref, it->second, std::move(value), label, std::nullopt});
    };
    // CT ratio first (it also moves Z21), then the configuration string, the display lists,
    // and the irreversible lock last, once everything else is written.
    if (before.ctRatio && after.ctRatio && before.ctRatio->ratio != after.ctRatio->ratio) {
        add(Setting::CtRatio, 0, Data::longUnsigned(after.ctRatio->ratio.factor), tr("CT ratio"));
    }
    if (!(before.configuration == after.configuration)) {
        auto config = after.configuration;
        (void)config.setCode(meter::ZField::Z22, before.configuration.code(meter::ZField::Z22));
        add(Setting::SoftwareConfiguration, 0, Data::visibleString(config.format()),
            tr("configuration codes"));
    }
    const std::pair<Setting, meter::DisplayListKind> lists[] = {
        {Setting::DisplayListAutomatic, meter::DisplayListKind::Automatic},
        {Setting::DisplayListManual, meter::DisplayListKind::Manual},
        {Setting::DisplayListBackup, meter::DisplayListKind::BackupPowered}};
    for (const auto& [setting, kind] : lists) {
        auto b = before.displayLists.find(kind);
        auto a = after.displayLists.find(kind);
        if (b == before.displayLists.end() || a == after.displayLists.end() ||
            b->second.entries() == a->second.entries()) {
            continue;
        }
        // Keep the meter's class ids for objects it listed; guess the others.
        std::map<ObisCode, std::uint16_t> classes;
        const auto* where = m_profile->find(setting);
        if (where && !where->objects.empty()) {
            auto it = m_values.find({where->classId, where->objects[0], where->attributes[0]});
            if (it != m_values.end()) {
                if (auto cols = cosem::CaptureObjects::fromData(it->second)) {
                    for (const auto& c : cols->entries) {
                        classes[c.logicalName] = c.classId;
                    }
                }
            }
        }
        std::vector<Data> items;
        for (const auto& e : a->second.entries()) {
            const auto known = classes.find(e.code);
            dlms::CaptureObjectDefinition c{
                known != classes.end() ? known->second : guessClass(e.code), e.code, 2, 0};
            items.push_back(dlms::toData(c));
        }
        add(setting, 0, Data::array(std::move(items)),
            tr("%1 display list").arg(ui::displayListTitle(kind)));
    }
    addPlanWrites(out);
    if (before.ctRatio && after.ctRatio && after.ctRatio->locked && !before.ctRatio->locked) {
        add(Setting::CtLock, 0, Data::boolean(true), tr("CT ratio lock"));
    }
    return out;
}

void MeterController::writePending() {
    if (!m_associated || m_phase != Phase::Idle || !m_profile) {
        emit message(tr("Connect to the meter before writing."));
        return;
    }
    if (const auto problems = m_document->planProblems(); !problems.isEmpty()) {
        emit message(tr("Nothing was written: %1").arg(problems.join(QStringLiteral("; "))));
        emit writeFinished(false, problems.join(QStringLiteral("; ")));
        return;
    }
    m_writes = plannedWrites();
    m_written = 0;
    m_failure.clear();
    if (m_writes.empty()) {
        emit message(tr("Nothing to write: the meter already holds these values."));
        return;
    }
    if (!saveBackup(m_writes)) {
        finishWrite(
            false,
            tr("Nothing was written: the backup file could not be saved in %1.").arg(m_dataDir));
        return;
    }
    // Everything but the irreversible lock is written and verified first; the lock follows
    // only then (so a failure before it can still be undone completely).
    const auto* lock = m_profile->find(Setting::CtLock);
    const bool lockLast = lock && !lock->objects.empty() && m_writes.size() > 1 &&
                          m_writes.back().ref.obis == lock->objects[0];
    m_stageEnd = lockLast ? m_writes.size() - 1 : m_writes.size();
    m_phase = Phase::Writing;
    m_writeClock.start();
    writeNext();
}

void MeterController::writeNext() {
    const bool restoring = m_phase == Phase::Restoring;
    // While restoring, walk the written attributes back, newest first; the restore list is
    // m_writes with old and new swapped, so the same loop serves both.
    const std::size_t end = restoring ? m_writes.size() : m_stageEnd;
    if (m_written >= end) {
        verify();
        return;
    }
    const auto& w = m_writes[m_written];
    reportWriteProgress();
    if (w.method) {
        emit message(
            tr("Running %1 (%2 of %3)…").arg(w.label).arg(m_written + 1).arg(m_writes.size()));
        trace(true,
              QStringLiteral("ACTION %1")
                  .arg(QString::fromStdString(trace::describeAttribute(
                      w.method->classId, w.method->obis, w.method->method, "method"))),
              {shortText(w.newValue)}, dlms::encode(w.newValue).valueOr(Bytes{}));
        m_request = m_connection->action(*w.method, w.newValue);
        return;
    }
    trace(true,
          QStringLiteral("SET %1").arg(QString::fromStdString(
              trace::describeAttribute(w.ref.classId, w.ref.obis, w.ref.attribute))),
          {shortText(w.newValue)}, dlms::encode(w.newValue).valueOr(Bytes{}));
    emit message((restoring ? tr("Restoring %1 (%2 of %3)…") : tr("Writing %1 (%2 of %3)…"))
                     .arg(w.label)
                     .arg(m_written + 1)
                     .arg(m_writes.size()));
    m_request = m_connection->set({{w.ref, w.newValue}});
}

void MeterController::verify() {
    const std::size_t end = m_failure.isEmpty() ? m_stageEnd : m_writes.size();
    m_phase = Phase::Verifying;
    emit progressFinished();
    // Each attribute once, expecting the value written last (a plan may write one twice).
    m_checks.clear();
    for (std::size_t i = 0; i < end; ++i) {
        const auto& w = m_writes[i];
        if (w.method) {
            continue;
        }
        auto same = std::find_if(m_checks.begin(), m_checks.end(), [&](const Check& c) {
            return c.ref.classId == w.ref.classId && c.ref.obis == w.ref.obis &&
                   c.ref.attribute == w.ref.attribute;
        });
        if (same != m_checks.end()) {
            same->expected = w.newValue;
        } else {
            m_checks.push_back({w.ref, w.newValue, w.label});
        }
    }
    std::vector<AttributeRef> refs;
    for (const auto& c : m_checks) {
        refs.push_back(c.ref);
    }
    if (refs.empty()) {
        onVerified(dlms::GetOutcome{});
        return;
    }
    traceRequest(QStringLiteral("GET"), refs);
    m_request = m_connection->get(refs);
}

void MeterController::onVerified(const dlms::GetOutcome& values) {
    QStringList mismatches;
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        const auto* d =
            i < values.items.size() ? std::get_if<Data>(&values.items[i].result) : nullptr;
        if ((!d || !(*d == m_checks[i].expected)) && !mismatches.contains(m_checks[i].label)) {
            mismatches << m_checks[i].label;
        }
    }
    const bool wasRestoring = !m_failure.isEmpty();
    if (wasRestoring) {
        finishWrite(false,
                    mismatches.isEmpty()
                        ? tr("Nothing changed: %1. The old configuration was restored and "
                             "verified.")
                              .arg(m_failure)
                        : tr("%1; restoring did not verify for %2: restore the backup %3 "
                             "by hand.")
                              .arg(m_failure, mismatches.join(QStringLiteral(", ")), m_lastBackup));
        return;
    }
    if (!mismatches.isEmpty()) {
        restore(tr("the meter does not hold what was written for %1")
                    .arg(mismatches.join(QStringLiteral(", "))));
        return;
    }
    if (m_stageEnd < m_writes.size()) {
        // The rest verified: now the lock.
        m_stageEnd = m_writes.size();
        m_phase = Phase::Writing;
        writeNext();
        return;
    }
    for (const auto& w : m_writes) {
        audit(w, QStringLiteral("verified"));
    }
    finishWrite(true, tr("Written and verified: %n change(s).", nullptr, int(m_writes.size())));
}

void MeterController::restore(const QString& why) {
    m_failure = why;
    // Restore what was written (the attributes before m_written, and the refused one, which
    // the meter left unchanged), newest first, except an irreversible lock.
    std::vector<Write> back;
    for (std::size_t i = std::min(m_written, m_writes.size()); i-- > 0;) {
        Write w = m_writes[i];
        if (w.method) {
            m_failure += tr("; %1 was run and cannot be undone").arg(w.label);
            continue;
        }
        std::swap(w.oldValue, w.newValue);
        back.push_back(w);
    }
    m_writes = back;
    m_written = 0;
    m_stageEnd = m_writes.size();
    m_phase = Phase::Restoring;
    if (m_writes.empty()) {
        finishWrite(false, tr("Nothing changed: %1.").arg(why));
        return;
    }
    writeNext();
}

void MeterController::finishWrite(bool ok, const QString& summary) {
    m_phase = Phase::Idle;
    emit progressFinished();
    emit message(summary);
    emit writeFinished(ok, summary);
    readAll();
}

bool MeterController::saveBackup(const std::vector<Write>& writes) {
    const QString serial = m_document->meterState().serialNumber;
    QDir dir(m_dataDir + QStringLiteral("/backups"));
    if (!dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    const QString name =
        QStringLiteral("%1-%2.backup")
            .arg(serial.isEmpty() ? QStringLiteral("unknown") : serial,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ")));
    QSaveFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QTextStream out(&file);
    out << "# OpenMeterTool backup of meter " << serial << ", "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n";
    out << "# class obis attribute value(A-XDR hex)\n";
    for (const auto& w : writes) {
        auto encoded = dlms::encode(w.oldValue);
        out << w.ref.classId << " " << QString::fromStdString(w.ref.obis.toString()) << " "
            << w.ref.attribute << " "
            << QString::fromStdString(encoded ? toHex(*encoded) : std::string("?")) << "\n";
    }
    out.flush();
    if (!file.commit()) {
        return false;
    }
    m_lastBackup = dir.filePath(name);
    return true;
}

void MeterController::audit(const Write& w, const QString& result) {
    QDir().mkpath(m_dataDir);
    QFile file(auditFile());
    const bool fresh = !file.exists();
    // The same records as `omt config`, in the same file: meter::auditLine (RFC 4180, CRLF).
    if (!file.open(QIODevice::Append)) {
        emit message(
            tr("The audit log %1 cannot be written: %2").arg(auditFile(), file.errorString()));
        return;
    }
    meter::AuditRecord r;
    r.time = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    r.meterSerial = m_document->meterState().serialNumber.toStdString();
    r.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toStdString();
    r.object = (w.method ? QStringLiteral("%1/%2:method-%3")
                               .arg(w.method->classId)
                               .arg(QString::fromStdString(w.method->obis.toString()))
                               .arg(w.method->method)
                         : QStringLiteral("%1/%2:%3")
                               .arg(w.ref.classId)
                               .arg(QString::fromStdString(w.ref.obis.toString()))
                               .arg(w.ref.attribute))
                   .toStdString();
    r.oldValue = shortText(w.oldValue).toStdString();
    r.newValue = shortText(w.newValue).toStdString();
    r.result = result.toStdString();
    const std::string text = (fresh ? meter::auditHeader() : std::string()) + meter::auditLine(r);
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

void MeterController::addPlanWrites(std::vector<Write>& out) const {
    const auto& before = m_document->meterState();
    const auto& after = m_document->pending();
    auto old = [&](const meter::AttributeValue& v) {
        auto it = m_values.find({v.classId, v.obis, v.attribute});
        return it == m_values.end() ? Data{} : it->second;
    };
    auto add = [&](const meter::WriteStep& step, const QString& label, bool skipUnchanged) {
        if (const auto* v = std::get_if<meter::AttributeValue>(&step)) {
            auto it = m_values.find({v->classId, v->obis, v->attribute});
            if (skipUnchanged && it != m_values.end() && it->second == v->value) {
                return;
            }
            out.push_back({AttributeRef{v->classId, v->obis, v->attribute, std::nullopt}, old(*v),
                           v->value, label, std::nullopt});
        } else if (const auto* m = std::get_if<meter::MethodCall>(&step)) {
            out.push_back({AttributeRef{m->classId, m->obis, 0, std::nullopt}, Data{}, m->parameter,
                           label, dlms::MethodRef{m->classId, m->obis, m->method}});
        }
    };
    if (before.tariffPlan && after.tariffPlan && !(*before.tariffPlan == *after.tariffPlan)) {
        for (const auto& step :
             after.tariffPlan->writeSteps(m_profile->tariffObjects(), &*before.tariffPlan)) {
            add(step, tr("tariff plan"), false);
        }
    }
    if (before.loadControl && after.loadControl && !(*before.loadControl == *after.loadControl)) {
        const auto state = before.loadControl->supplyControl
                               ? before.loadControl->supplyControl->state
                               : cosem::ControlState::Connected;
        for (const auto& step :
             after.loadControl->writeSteps(m_profile->loadControlObjects(), state)) {
            add(step, tr("load control"), true);
        }
    }
}

}  // namespace omt::gui

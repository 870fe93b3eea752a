// omt_bench_link: how close the session comes to the wire's own limit on a 9600-baud optical
// link, against a demo OMNIPOWER CT whose line is emulated at its real speed (every byte 10 bits
// at the current rate, 300 baud during sign-on).
//
//   omt_bench_link [--days N] [--timeline]   (default 30: a 30-day 15-minute load profile;
//                                             --timeline: every sign-on chunk with its time)
//
// For each scenario it prints the elapsed time, the bytes that crossed (both directions) and the
// ratio to their wire time. Sign-on is compared with the standard's minimum: the bytes at their
// rates plus the three 200 ms reaction times IEC 62056-21 requires (meter before the
// identification, tool before the option select, meter before its mode E confirmation).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <functional>

#include "app/common/credentials.h"
#include "app/common/demo_meter.h"
#include "link/session/meter_connection.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"

using namespace omt;

namespace {

struct Wire {
    double seconds = 0;  ///< wire time of the bytes recorded, both directions
    std::size_t bytes = 0;
    double meterSeconds = 0;  ///< wire time of the meter's bytes only
};

/// One connection to a fresh demo meter; `work` runs once associated and calls done().
struct Run {
    app::DemoOptions demo;
    std::function<void(link::MeterConnection&, std::function<void()> done)> work;
    // Results.
    double associateSeconds = 0;
    Wire signOn;  ///< bytes up to the association, with their rates
    double workSeconds = 0;
    Wire workWire;  ///< bytes during the work, at 9600 baud
    bool ok = false;
    bool timeline = false;  ///< print every chunk of the sign-on with its time
};

void execute(Run& run) {
    run.demo.lineEmulation = true;
    auto demo = app::DemoMeter::create(run.demo);
    if (!demo) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error()));
        return;
    }
    link::SessionSettings s;
    s.transport = link::TransportKind::Injected;
    s.mode = link::LinkMode::OpticalModeE;
    app::CredentialRequest who;
    who.level = app::AuthLevel::High;
    who.useEnvironment = false;  // the demo meter's own keys, whatever the shell has
    who.demoSecrets = (*demo)->secrets();
    who.titleInstance = 3;  // the benchmarks' system title "OMT" 00 00 00 00 03
    auto client = app::buildClientConfig(who);
    if (!client) {
        std::fprintf(stderr, "credentials: %s\n", app::nameOf(client.error().code));
        return;
    }
    s.client = std::move(*client);
    link::MeterConnection connection;
    QEventLoop loop;
    QElapsedTimer clock;
    bool associated = false;
    bool working = false;
    std::uint32_t baud = 300;
    QObject::connect(
        &connection, &link::MeterConnection::wireTraced, [&](const link::WireRecord& r) {
            Wire& w = working ? run.workWire : run.signOn;
            if (run.timeline && !working) {
                std::printf("    %8.1f ms  %s %3lld B at %5u: %s\n",
                            double(clock.nsecsElapsed()) / 1e6, r.toMeter ? "->" : "<-",
                            static_cast<long long>(r.bytes.size()), baud,
                            r.bytes.left(24).toHex(' ').constData());
            }
            w.bytes += std::size_t(r.bytes.size());
            const double t = double(r.bytes.size()) * 10.0 / double(baud);
            w.seconds += t;
            if (!r.toMeter) {
                w.meterSeconds += t;
            }
        });
    QObject::connect(&connection, &link::MeterConnection::stageChanged,
                     [&](link::SessionStage stage, const link::LinkInfo& info) {
                         if (stage == link::SessionStage::SwitchingBaud && info.baud) {
                             // The option select still goes at 300 baud; what follows at the
                             // new rate (the meter's confirmation onwards).
                             QTimer::singleShot(0, [&baud, b = info.baud] { baud = b; });
                         }
                         if (stage == link::SessionStage::Associated && !associated) {
                             associated = true;
                             run.associateSeconds = double(clock.nsecsElapsed()) / 1e9;
                             working = true;
                             QElapsedTimer* workClock = new QElapsedTimer;
                             workClock->start();
                             run.work(connection, [&, workClock] {
                                 run.workSeconds = double(workClock->nsecsElapsed()) / 1e9;
                                 delete workClock;
                                 working = false;
                                 run.ok = true;
                                 connection.finish();
                             });
                         }
                     });
    QObject::connect(&connection, &link::MeterConnection::failed,
                     [&](int, const link::SessionError& e) {
                         std::fprintf(stderr, "failed: %s\n", qPrintable(link::describe(e)));
                     });
    QObject::connect(&connection, &link::MeterConnection::closed, &loop, &QEventLoop::quit);
    QTimer::singleShot(900000, &loop, &QEventLoop::quit);
    clock.start();
    connection.start(s, (*demo)->takeClientTransport());
    loop.exec();
}

// The emulation paces the meter's output only (the tool's bytes reach the in-process meter at
// once), so the elapsed time is compared with the wire time of both directions (what a real
// half-duplex head needs) and, to show the session's own overhead, of the meter's bytes alone.
void report(const char* what, double seconds, const Wire& w) {
    std::printf("  %-60s %7.2f s %7zu B  wire %7.2f s (x%.2f)  meter's bytes %7.2f s (x%.2f)\n",
                what, seconds, w.bytes, w.seconds, w.seconds > 0 ? seconds / w.seconds : 0.0,
                w.meterSeconds, w.meterSeconds > 0 ? seconds / w.meterSeconds : 0.0);
}

std::vector<dlms::AttributeRef> registers40() {
    std::vector<dlms::AttributeRef> refs;
    for (std::uint8_t c : {1, 2, 3, 4, 9, 10}) {
        for (std::uint8_t e = 0; e <= 4; ++e) {
            refs.push_back({3, cosem::ObisCode{1, 0, c, 8, e, 255}, 2, std::nullopt});
        }
    }
    for (std::uint8_t c : {32, 52, 72, 31, 51, 71, 21, 41, 61, 14}) {
        refs.push_back({3, cosem::ObisCode{1, 0, c, 7, 0, 255}, 2, std::nullopt});
    }
    refs.resize(40);
    return refs;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int days = 30;
    const auto args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--days"))); i > 0 && i + 1 < args.size()) {
        days = std::max(1, args[i + 1].toInt());
    }
    const std::uint32_t rows = std::uint32_t(days) * 96;
    const std::uint32_t depth = 120 * 96;  // the demo profile holds 120 days
    auto profileWork = [rows, depth](link::MeterConnection& c, std::function<void()> done) {
        dlms::AttributeRef buffer{7, cosem::ObisCode{1, 0, 99, 1, 0, 255}, 2, std::nullopt};
        buffer.access = dlms::makeEntryDescriptor({depth - rows + 1, depth, 1, 0});
        const int id = c.get({buffer});
        QObject::connect(&c, &link::MeterConnection::operationFinished,
                         [id, done](const link::OperationResult& r) {
                             if (r.id == id) {
                                 done();
                             }
                         });
    };

    std::printf(
        "Link benchmark: demo OMNIPOWER CT, line emulated, mode E at 9600 baud, HLS-GMAC\n");

    Run signOn;
    signOn.timeline = args.contains(QStringLiteral("--timeline"));
    signOn.work = [](link::MeterConnection&, std::function<void()> done) { done(); };
    execute(signOn);
    Wire minimum = signOn.signOn;
    // Three 200 ms reaction times (IEC 62056-21 tr, 200..1500 ms before every answer of the
    // meter; the tool's own before the option select).
    minimum.seconds += 0.6;
    minimum.meterSeconds += 0.6;
    report("sign-on + SNRM/UA + AARQ/AARE + HLS pass 3/4 (vs the minimum)", signOn.associateSeconds,
           minimum);

    Run profile128;
    profile128.work = profileWork;
    execute(profile128);
    char what[128];
    std::snprintf(what, sizeof what, "load profile, %d days (%u rows), info field 128, window 1",
                  days, rows);
    report(what, profile128.workSeconds, profile128.workWire);

    Run profile1024;
    profile1024.demo.hdlc = hdlc::LinkParameters{1024, 1024, 7, 7};
    profile1024.work = profileWork;
    execute(profile1024);
    std::snprintf(what, sizeof what, "load profile, %d days (%u rows), info field 1024, window 7",
                  days, rows);
    report(what, profile1024.workSeconds, profile1024.workWire);

    Run batched;
    batched.work = [](link::MeterConnection& c, std::function<void()> done) {
        const int id = c.get(registers40());
        QObject::connect(&c, &link::MeterConnection::operationFinished,
                         [id, done](const link::OperationResult& r) {
                             if (r.id == id) {
                                 done();
                             }
                         });
    };
    execute(batched);
    report("40 registers, GET-with-list batches", batched.workSeconds, batched.workWire);

    Run naive;
    naive.work = [](link::MeterConnection& c, std::function<void()> done) {
        // One register per request, each sent only after the previous answer.
        auto refs = std::make_shared<std::vector<dlms::AttributeRef>>(registers40());
        auto next = std::make_shared<std::size_t>(0);
        auto pending = std::make_shared<int>(0);
        auto sendNext = std::make_shared<std::function<void()>>();
        *sendNext = [&c, refs, next, pending] { *pending = c.get({(*refs)[(*next)++]}); };
        QObject::connect(&c, &link::MeterConnection::operationFinished,
                         [refs, next, pending, sendNext, done](const link::OperationResult& r) {
                             if (r.id != *pending) {
                                 return;
                             }
                             if (*next < refs->size()) {
                                 (*sendNext)();
                             } else {
                                 done();
                             }
                         });
        (*sendNext)();
    };
    execute(naive);
    report("40 registers, one request each (a naive client)", naive.workSeconds, naive.workWire);
    return signOn.ok && profile128.ok && profile1024.ok && batched.ok && naive.ok ? 0 : 1;
}

// omt_bench_gui: does the window stay responsive while a long meter operation runs?
//
// The real main window is shown (offscreen platform unless a display is given) with an embedded
// demo meter whose line is emulated at its real speed (300 baud sign-on, then 9600 baud), exactly
// as the desktop application embeds it (the virtual meter runs in the UI thread; the session in
// its worker thread). While the session signs on, associates and reads a day of load profile, a
// 5 ms timer in the UI thread measures every gap of the event loop. Prints the longest stall,
// the 99th percentile, the number of samples and the operation's duration and size.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/common/demo_meter.h"
#include "link/session/meter_connection.h"
#include "protocol/dlms/apdu/cosem_descriptors.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"

using namespace omt;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    ui::MeterDocument document;
    ui::MainWindow window(&document);
    window.show();

    app::DemoOptions options;
    options.lineEmulation = true;
    auto demo = app::DemoMeter::create(options);
    if (!demo) {
        std::fprintf(stderr, "demo meter: %s\n", qPrintable(demo.error()));
        return 1;
    }
    link::SessionSettings settings;
    settings.transport = link::TransportKind::Injected;
    settings.mode = link::LinkMode::OpticalModeE;
    settings.client = dlms::ClientConfig::lowLevel(0x20, (*demo)->secrets().readerPassword);
    link::MeterConnection connection;

    std::vector<qint64> gaps;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        gaps.push_back(sinceTick.nsecsElapsed() / 1000);
        sinceTick.restart();
    });

    QElapsedTimer total;
    std::size_t bytes = 0;
    int request = 0;
    bool ok = false;
    QObject::connect(
        &connection, &link::MeterConnection::stageChanged,
        [&](link::SessionStage stage, const link::LinkInfo&) {
            if (stage == link::SessionStage::Associated) {
                dlms::AttributeRef buffer{7, cosem::ObisCode{1, 0, 99, 1, 0, 255}, 2, std::nullopt};
                // The last 96 entries (one day of 15-minute intervals) of the
                // 120-day profile, by entry selection.
                buffer.access = dlms::makeEntryDescriptor({11425, 11520, 1, 0});
                request = connection.get({buffer});
            }
        });
    QObject::connect(&connection, &link::MeterConnection::progressed,
                     [&](const link::SessionProgress& p) { bytes = std::max(bytes, p.bytes); });
    QObject::connect(&connection, &link::MeterConnection::operationFinished,
                     [&](const link::OperationResult& r) {
                         if (r.id == request) {
                             ok = true;
                             connection.finish();
                         }
                     });
    QObject::connect(&connection, &link::MeterConnection::failed,
                     [&](int, const link::SessionError& e) {
                         std::fprintf(stderr, "failed: %s\n", qPrintable(link::describe(e)));
                     });
    QObject::connect(&connection, &link::MeterConnection::closed, &app, &QApplication::quit);

    total.start();
    sinceTick.start();
    tick.start(5);
    connection.start(settings, (*demo)->takeClientTransport());
    QTimer::singleShot(300000, &app, &QApplication::quit);  // bound the run
    app.exec();
    tick.stop();

    if (!ok || gaps.empty()) {
        std::fprintf(stderr, "the operation did not complete\n");
        return 1;
    }
    std::vector<qint64> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto p99 = sorted[sorted.size() * 99 / 100];
    std::printf(
        "GUI responsiveness, demo OMNIPOWER CT, line emulated (300 baud sign-on, 9600 baud):\n");
    std::printf(
        "  operation: sign-on + association + 96 load profile entries (%zu response bytes), "
        "%.1f s\n",
        bytes, double(total.elapsed()) / 1000.0);
    std::printf(
        "  event loop: %zu ticks of 5 ms; longest gap %.1f ms (stall %.1f ms over the "
        "tick), 99th percentile %.1f ms\n",
        gaps.size(), double(sorted.back()) / 1000.0,
        std::max(0.0, double(sorted.back()) / 1000.0 - 5.0), double(p99) / 1000.0);
    return 0;
}

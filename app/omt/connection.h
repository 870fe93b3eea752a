#pragma once
// The connection options every meter command of `omt` shares, and opening the session they
// describe:
//
//   --port DEV | --tcp HOST:PORT [--wrapper] | --demo omnipower-ct|omnia
//   --mode auto|e|c|hdlc   --baud N   --client N --server N [--physical N]
//   --auth none|low|high   --password P ($OMT_PASSWORD)   --key-file F ($OMT_KEY_FILE)
//   --trace FILE   --quiet
//
// --mode auto (the default) on a serial port tries mode E, then direct HDLC at --baud, and says
// what it tried; on TCP it is HDLC unless --wrapper. With --demo the embedded virtual meter
// answers and, unless given, its documented demo password and keys are used.

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

#include "app/common/blocking_meter.h"
#include "app/common/demo_meter.h"

namespace omt::app {

/// Adds the connection options to `parser`.
void addConnectionOptions(QCommandLineParser& parser);

/// An open session and, with --demo, the meter it talks to.
struct OpenMeter {
    std::unique_ptr<DemoMeter> demo;  ///< declared first: destroyed after the session
    std::unique_ptr<BlockingMeter> meter;
    link::LinkInfo info;
};

/// Builds the settings from the options and opens the session (trying modes for --mode auto).
/// `readout` asks for a mode C data readout instead of an association. Errors are printed to
/// `err` as sentences; returns nullptr then.
std::unique_ptr<OpenMeter> openMeter(const QCommandLineParser& parser, QTextStream& err,
                                     bool readout = false);

}  // namespace omt::app

#pragma once
// The connection options every meter command of `omt` shares, and opening the session they
// describe:
//
//   --port DEV | --tcp HOST:PORT [--wrapper] | --demo omnipower-ct|omnia
//   --mode auto|e|c|hdlc   --baud N   --client N --server N [--physical N]
//   --auth none|low|high   --password P ($OMT_PASSWORD)   --key-file F ($OMT_KEY_FILE)
//   --trace FILE   --quiet   --verbose
//
// --mode auto (the default) on a serial port tries mode E (at the rate the meter's
// identification proposes, up to --baud); a meter that does not answer the sign-on gets direct
// HDLC at --baud; a meter that answers it without mode E offers only a mode C readout (said so,
// with its identification and serial number). On TCP it is HDLC unless --wrapper. Whenever the
// meter answers no SNRM at --server/--physical, the HDLC address is learnt (management logical
// device with no, the serial-derived and the all-station lower address; after mode E a mode C
// readout gives the serial number) and what was tried is reported. With --demo the embedded
// virtual meter answers and, unless given, its documented demo password and keys are used.
//
// Every option is checked before anything is connected: a problem with one (a number out of
// its range, an unknown mode, a bad key file, a missing or over-long password) is bad usage,
// exit code 2, and the sentence names the option and what it takes. --port NAME without a
// slash is the device /dev/NAME, or else the file NAME here (a pty's symlink). A key file that
// other users may read or change, and --password on the command line, are warned about once.

#include <QCommandLineParser>
#include <QTextStream>
#include <cstddef>
#include <memory>

#include "app/common/blocking_meter.h"
#include "app/common/credentials.h"
#include "app/common/demo_meter.h"

namespace omt::app {

/// Exit codes of omt: done, the meter or the link said no, bad usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

/// Longest LLS password accepted (octets). LLS passwords are octet strings; meters use 8 to 16.
inline constexpr std::size_t kMaxPasswordLength = 64;

/// Why openMeter() gave no meter: the sentence it printed and the exit code (kExitUsage for
/// the options, found before connecting; kExitFailed for the meter or the link).
struct OpenFailure {
    int exitCode = kExitFailed;
    QString message;
};

/// Adds the connection options to `parser`.
void addConnectionOptions(QCommandLineParser& parser);

/// An open session and, with --demo, the meter it talks to.
struct OpenMeter {
    std::unique_ptr<DemoMeter> demo;  ///< declared first: destroyed after the session
    std::unique_ptr<BlockingMeter> meter;
    link::LinkInfo info;
    /// Set (and `meter` closed) when openMeter(..., acceptReadoutOnly = true) found a meter
    /// that offers only a mode C data readout: what that readout gave.
    std::optional<iec62056_21::HandshakeResult> readoutOnly;
};

/// Builds the settings from the options and opens the session (trying modes for --mode auto).
/// `readout` asks for a mode C data readout instead of an association. A meter that offers
/// only a mode C readout is an error (said so, with its identification and serial number)
/// unless `acceptReadoutOnly` (identify): then the result carries `readoutOnly`. Errors are
/// printed to `err` as sentences; returns nullptr then, and fills `failure` when given.
std::unique_ptr<OpenMeter> openMeter(const QCommandLineParser& parser, QTextStream& err,
                                     bool readout = false, bool acceptReadoutOnly = false,
                                     OpenFailure* failure = nullptr);

/// The serial port a --port value names: itself when it has a slash or /dev/NAME exists,
/// else the absolute path of the file NAME in the working directory when there is one.
QString resolvePortPath(const QString& name);

/// identify for a meter that offers only a mode C readout: manufacturer, identification,
/// serial number (from the readout's C.1.0 / 0.0.0 / 96.1.0), and that only a readout is
/// possible, in the layout of identify.
void printReadoutIdentity(const iec62056_21::HandshakeResult& result, QTextStream& out);

/// A credential problem as the sentence omt prints (never a secret).
QString credentialProblem(const CredentialFailure& failure);

/// The HDLC addressing of `info`: "server 1/none", or "tried server 1/0x0042, 1/none; answered
/// at 1/none" when the address was learnt.
QString describeAddressing(const link::LinkInfo& info);

/// What the link settled on, one line: "link: identification KAM MCT, 9600 baud, HDLC server
/// 1/none (information field 128/128, window 1/1), meter's PDU size 1024" (--verbose, identify).
QString describeLink(const link::LinkInfo& info);

}  // namespace omt::app

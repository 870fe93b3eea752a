#pragma once
// `omt decode`: a recorded trace, decoded frame by frame.

#include <QString>
#include <QTextStream>

namespace omt::app {

struct DecodeOptions {
    QString traceFile;  ///< "-" for standard input
    QString keyFile;    ///< empty: ciphered APDUs are shown, not deciphered
};

/// Decodes the trace and writes the description to `out`; problems go to `err`.
/// Returns the process exit code: 0 decoded, 1 the trace or key file could not be read or parsed.
int runDecode(const DecodeOptions& options, QTextStream& out, QTextStream& err);

}  // namespace omt::app

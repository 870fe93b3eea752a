#pragma once
// `omt decode`: a recorded trace, decoded frame by frame.

#include <QString>
#include <QTextStream>

namespace omt::app {

struct DecodeOptions {
    QString traceFile;  ///< "-" for standard input
    QString keyFile;    ///< empty: ciphered APDUs are shown, not deciphered
    bool json = false;  ///< {"command": "decode", "records": [{direction, bytes, lines}]}
};

/// Decodes the trace and writes the description to `out`; problems go to `err` (and, with
/// `json`, are a JSON object on `out`). A key file that other users may read or change is
/// warned about. Returns the process exit code: 0 decoded, 2 the trace or key file could not be
/// read or parsed (decode talks to no meter: every failure is its input's).
int runDecode(const DecodeOptions& options, QTextStream& out, QTextStream& err);

}  // namespace omt::app

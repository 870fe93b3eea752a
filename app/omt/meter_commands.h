#pragma once
// The `omt` commands that talk to a meter: identify, readout, objects, get, set, action, clock,
// profile, and ports (which lists the optical heads). Each opens the session the connection
// options describe (connection.h), does its work, releases the association and returns the
// process exit code: 0 success, 1 the meter refused or the link failed, 2 bad usage.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace omt::app {

/// Adds the options of the meter commands (besides the connection options).
void addMeterCommandOptions(QCommandLineParser& parser);

/// Whether `command` is one of the meter commands.
bool isMeterCommand(const QString& command);

/// Runs `command` with its positional `args` (the command itself excluded).
int runMeterCommand(const QString& command, const QStringList& args,
                    const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

}  // namespace omt::app

#pragma once
// The `omt` configuration commands: the whole configuration of a meter as a template, and the
// safe write path (core/meter/write_plan.h) carried out over a session:
//
//   omt config show | diff TEMPLATE | apply TEMPLATE [--yes] | backup [FILE] | restore FILE
//   omt display-list show [KIND] | set KIND OBIS...      KIND automatic|manual|backup-powered
//   omt ct-ratio show | set N | lock [--yes]
//   omt tariff show | apply FILE
//   omt load-control show | apply FILE
//
// Every command takes the connection options (connection.h) and --json for machine-readable
// output. A write reads everything, previews the differences, warns about destructive and
// permanent steps (and asks on standard input unless --yes), saves a backup in
// $XDG_DATA_HOME/OpenMeterTool/backups, writes only the changes, verifies them, restores the
// old values on any failure and says exactly what happened; every write is appended to the
// audit log ($XDG_DATA_HOME/OpenMeterTool/audit.csv, or --audit FILE).
// Exit codes: 0 done, 1 the meter refused or the link failed (old values restored when
// possible), 2 bad usage or a bad file (nothing written).

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace omt::app {

/// Adds --json, --yes and --audit.
void addConfigCommandOptions(QCommandLineParser& parser);

/// Whether `command` is one of: config, display-list, ct-ratio, tariff, load-control.
bool isConfigCommand(const QString& command);

/// Runs `command` with its positional `args` (the command itself excluded).
int runConfigCommand(const QString& command, const QStringList& args,
                     const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

}  // namespace omt::app

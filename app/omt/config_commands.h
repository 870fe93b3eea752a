#pragma once
// The `omt` configuration commands: the whole configuration of a meter as a template, and the
// safe write path (core/meter/write_plan.h) carried out over a session:
//
//   omt config show | diff TEMPLATE | apply TEMPLATE [--yes] | backup [FILE] | restore FILE
//   omt config set SPEC VALUE               one configuration attribute, safely
//   omt config interrupted | dismiss ID     writes that did not finish (the journal)
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
// audit log ($XDG_DATA_HOME/OpenMeterTool/audit.csv, or --audit FILE): "attempting" before
// the first SET, then what became of each step. Nothing is written unless the backup, those
// records and the write journal entry are saved. A lost link is opened again (waiting about 1,
// 2, 4, 8 s) and the run finishes there; Ctrl-C (SIGINT, SIGTERM, SIGHUP) stops the writing and
// restores, a second one stops at once and says what the meter may hold; a write that did not
// finish is reported by every later run until its backup is restored or it is dismissed.
// Exit codes: 0 done, 1 the meter refused or the link failed (old values restored when
// possible), 2 bad usage or a bad file (nothing written), 128 + the signal when interrupted.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include "protocol/cosem/obis.h"

namespace omt::app {

/// Where profiles/*.json are: installed beside the binary, or the source tree in a build.
QString resourceDirectory();

/// Adds --json, --yes and --audit.
void addConfigCommandOptions(QCommandLineParser& parser);

/// Whether `command` is one of: config, display-list, ct-ratio, tariff, load-control.
bool isConfigCommand(const QString& command);

/// Whether attribute `attribute` of `obis` is a setting of a device profile's configuration (the
/// CT ratio and its lock, the Z codes, display lists, load profile periods ...): `omt set` writes
/// those through the safe path (`config set`), with the backup, the questions and the audit.
bool isConfigurationAttribute(const cosem::ObisCode& obis, std::int8_t attribute);

/// Warns on `err` about every write the journal says did not finish, with the command that
/// restores its backup.
void warnAboutInterruptedWrites(QTextStream& err);

/// Runs `command` with its positional `args` (the command itself excluded).
int runConfigCommand(const QString& command, const QStringList& args,
                     const QCommandLineParser& parser, QTextStream& out, QTextStream& err);

}  // namespace omt::app

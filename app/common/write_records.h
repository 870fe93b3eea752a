#pragma once
// The files a configuration write leaves on the computer, shared by omt and the desktop
// application so that both keep them the same way:
//
//   DATA/backups/SERIAL-TIME.json   the old values ("omt-backup"), saved before the first SET
//   DATA/audit.csv                  one record per SET/ACTION: "attempting" before the first,
//                                   then what became of it (core/meter's auditLine)
//   DATA/journal/ID.json            a write in progress ("omt-write-journal"), removed once the
//                                   meter is known to hold the old or the new configuration
//
// DATA is $XDG_DATA_HOME/OpenMeterTool. Every file is written whole or not at all (atomic
// replace, or one checked append), created 0600 in directories created 0700: backups and
// journals name meters and hold their settings. A write does not start unless its backup, its
// journal entry and its "attempting" audit records are on the disk.
//
//   auto backup = saveBackup(dataDirectory(), {family, serial, now, plan.backup});
//   AuditLog audit(dataDirectory() + "/audit.csv");
//   if (auto why = audit.append(run.attemptRecords())) refuse(*why);
//   WriteJournal journal(dataDirectory());
//   auto id = journal.begin(journalEntryFor("omt", serial, family, plan, *backup, audit.path()));
//   ... run ...; journal.finish(*id) or journal.markNotRestored(*id, why);

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "meter/write_journal.h"
#include "meter/write_plan.h"
#include "protocol/common/expected.h"

namespace omt::app {

/// $XDG_DATA_HOME/OpenMeterTool (default ~/.local/share/OpenMeterTool).
QString dataDirectory();

/// The account running the tool: $USER (or $USERNAME), else the system's name for the account
/// (so the audit's "user" column is never empty), else "uid N".
QString accountName();

/// Creates `dir` and its missing parents; those it creates get mode 0700. Nothing, or why not.
std::optional<QString> makePrivateDirectory(const QString& dir);

/// Replaces `path` with `data` atomically (a temporary file renamed over it), mode 0600, in a
/// directory made by makePrivateDirectory. Nothing, or why not ("cannot write PATH: ...").
std::optional<QString> writePrivateFile(const QString& path, const QByteArray& data);

/// Saves `backup` as DATA/backups/SERIAL-TIME.json (unique to the millisecond). The path, or
/// why it could not be saved.
Expected<QString, QString> saveBackup(const QString& dataDir, const meter::Backup& backup);

/// The audit log: CSV appended record by record, never rewritten.
class AuditLog {
public:
    explicit AuditLog(QString path) : m_path(std::move(path)) {}
    const QString& path() const { return m_path; }
    /// Appends `records` in one write (the header first into a new or empty file), flushed and
    /// synced; on a failure what was appended is cut off again. Nothing, or why not ("the audit
    /// log PATH cannot be written: No space left on device").
    std::optional<QString> append(const std::vector<meter::AuditRecord>& records) const;

private:
    QString m_path;
};

/// The journal of writes in progress, DATA/journal/.
class WriteJournal {
public:
    explicit WriteJournal(const QString& dataDir);
    QString directory() const { return m_dir; }

    /// Saves `entry` (its id is made here when empty). The id, or why it could not be saved.
    Expected<QString, QString> begin(meter::JournalEntry entry);
    /// The program gives up with the meter half-written: the entry stays, marked not-restored
    /// with `detail`. Nothing, or why not.
    std::optional<QString> markNotRestored(const QString& id, const QString& detail);
    /// The meter holds the old or the new configuration: the entry goes.
    void finish(const QString& id);

    struct Scan {
        std::vector<meter::JournalEntry> interrupted;
        /// Journal files that cannot be read (a newer version, damaged): left alone, named.
        QStringList problems;
    };
    /// The writes that did not finish: marked not-restored, or "writing" by a process that no
    /// longer runs (or on another computer). Oldest first.
    Scan interrupted() const;
    /// Removes entry `id` (the person dismissed it). False when there is none.
    bool dismiss(const QString& id);
    /// Removes the entries whose backup is `backupFile` (it was restored and verified); how
    /// many.
    int resolveBackup(const QString& backupFile);

private:
    QString pathOf(const QString& id) const;
    QString m_dir;
};

/// The journal entry of a write about to start by `program` (this process, this computer).
meter::JournalEntry journalEntryFor(const QString& program, const std::string& serial,
                                    meter::MeterFamily meter, const meter::WritePlan& plan,
                                    const QString& backupFile, const QString& auditFile);

/// Whether process `pid` runs on this computer now (and, where the system tells, is `program`).
bool processRuns(std::int64_t pid, const QString& program);

}  // namespace omt::app

#pragma once
// What every write of `omt` shares, for the commands outside the configuration plans (`omt set`
// of an attribute no plan covers, `omt action`): the question before anything that cannot be
// taken back (unless --yes), and the audit trail of the single SET or ACTION: an "attempting"
// record before it (no record, no write), then what became of it.
//
//   auto audit = SingleWriteAudit::begin(parser, serial, "set 3/1.0.0.4.2.255:2", "200", "300");
//   if (!audit) return fail(audit.error());          // "the audit log ... cannot be written"
//   ... the SET ...
//   audit->end("verified");

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <optional>
#include <string>

#include "app/common/write_records.h"
#include "protocol/common/expected.h"

namespace omt::app {

/// Asks `question` on standard error and reads the answer from standard input: true on "y" or
/// "yes" (any case); false on anything else or the end of the input.
bool askYesNo(QTextStream& err, const QString& question);

/// The audit log the options name (--audit FILE, else DATA/audit.csv).
QString auditPath(const QCommandLineParser& parser);

class SingleWriteAudit {
public:
    /// Appends the "attempting" record. Errors: why the audit log cannot be written.
    static Expected<SingleWriteAudit, QString> begin(const QCommandLineParser& parser,
                                                     std::string serial, std::string object,
                                                     std::string oldValue, std::string newValue);
    /// Appends the record of what became of the write; why it could not be written, if so.
    std::optional<QString> end(const std::string& result) const;
    QString path() const { return m_log.path(); }

private:
    SingleWriteAudit(AuditLog log, meter::AuditRecord record)
        : m_log(std::move(log)), m_record(std::move(record)) {}
    AuditLog m_log;
    meter::AuditRecord m_record;
};

}  // namespace omt::app

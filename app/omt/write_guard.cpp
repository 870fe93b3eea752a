#include "write_guard.h"

#include <chrono>
#include <cstdio>

namespace omt::app {

bool askYesNo(QTextStream& err, const QString& question) {
    err << question << " [y/N] ";
    err.flush();
    char line[64] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr) {
        err << "\n";
        return false;
    }
    const QString answer = QString::fromLatin1(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString auditPath(const QCommandLineParser& parser) {
    return parser.isSet(QStringLiteral("audit")) ? parser.value(QStringLiteral("audit"))
                                                 : dataDirectory() + QStringLiteral("/audit.csv");
}

Expected<SingleWriteAudit, QString> SingleWriteAudit::begin(const QCommandLineParser& parser,
                                                            std::string serial, std::string object,
                                                            std::string oldValue,
                                                            std::string newValue) {
    meter::AuditRecord record;
    record.meterSerial = std::move(serial);
    record.user = accountName().toStdString();
    record.object = std::move(object);
    record.oldValue = std::move(oldValue);
    record.newValue = std::move(newValue);
    SingleWriteAudit audit(AuditLog(auditPath(parser)), std::move(record));
    if (auto why = audit.end("attempting")) {
        return omt::unexpected(*why);
    }
    return audit;
}

std::optional<QString> SingleWriteAudit::end(const std::string& result) const {
    meter::AuditRecord r = m_record;
    r.time = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    r.result = result;
    return m_log.append({r});
}

}  // namespace omt::app

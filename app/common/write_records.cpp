#include "app/common/write_records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSysInfo>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace omt::app {

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::chrono::sys_seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

/// A file name part: letters, digits, '-' and '_' only.
QString fileSafe(const QString& text) {
    QString out;
    for (const QChar c : text) {
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
                       c == QLatin1Char('_')
                   ? c
                   : QLatin1Char('_');
    }
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

QString stamp() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
}

}  // namespace

QString dataDirectory() {
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/OpenMeterTool");
}

QString accountName() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
#ifdef Q_OS_UNIX
    const uid_t uid = ::getuid();
    if (const passwd* pw = ::getpwuid(uid); pw != nullptr && pw->pw_name != nullptr) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
    return QStringLiteral("uid %1").arg(uid);
#else
    return QStringLiteral("unknown");
#endif
}

std::optional<QString> makePrivateDirectory(const QString& dir) {
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    QStringList missing;
    for (QString d = absolute; !d.isEmpty() && !QFileInfo::exists(d);
         d = QFileInfo(d).absolutePath()) {
        missing.prepend(d);
        if (QFileInfo(d).absolutePath() == d) {
            break;
        }
    }
    if (!QDir().mkpath(absolute)) {
        return QStringLiteral("cannot create the directory %1").arg(absolute);
    }
    for (const QString& d : missing) {
        QFile::setPermissions(d, kPrivateDir);
    }
    if (!QFileInfo(absolute).isDir()) {
        return QStringLiteral("%1 is not a directory").arg(absolute);
    }
    return std::nullopt;
}

std::optional<QString> writePrivateFile(const QString& path, const QByteArray& data) {
    if (auto why = makePrivateDirectory(QFileInfo(path).absolutePath())) {
        return why;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    }
    // The temporary file becomes the file: private before a byte is in it.
    file.setPermissions(kPrivateFile);
    if (file.write(data) != data.size() || !file.commit()) {
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    }
    QFile::setPermissions(path, kPrivateFile);
    return std::nullopt;
}

Expected<QString, QString> saveBackup(const QString& dataDir, const meter::Backup& backup) {
    const QString dir = dataDir + QStringLiteral("/backups");
    QString path = dir + QStringLiteral("/%1-%2.json").arg(fileSafe(qs(backup.serial)), stamp());
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path =
            dir + QStringLiteral("/%1-%2-%3.json").arg(fileSafe(qs(backup.serial)), stamp()).arg(n);
    }
    const std::string text = meter::backupJson(backup);
    if (auto why = writePrivateFile(path, QByteArray::fromStdString(text))) {
        return omt::unexpected(*why);
    }
    return path;
}

std::optional<QString> AuditLog::append(const std::vector<meter::AuditRecord>& records) const {
    if (records.empty()) {
        return std::nullopt;
    }
    auto fail = [&](const QString& why) {
        return QStringLiteral("the audit log %1 cannot be written: %2").arg(m_path, why);
    };
    if (auto why = makePrivateDirectory(QFileInfo(m_path).absolutePath())) {
        return fail(*why);
    }
    QFile file(m_path);
    const bool existed = file.exists();
    if (QFileInfo(m_path).isDir()) {
        return fail(QStringLiteral("it is a directory"));
    }
    if (!file.open(QIODevice::Append)) {
        return fail(file.errorString());
    }
    if (!existed) {
        file.setPermissions(kPrivateFile);
    }
    const qint64 before = file.size();
    std::string text = before == 0 ? meter::auditHeader() : std::string();
    for (const auto& r : records) {
        text += meter::auditLine(r);
    }
    bool ok = file.write(text.data(), qint64(text.size())) == qint64(text.size()) && file.flush();
#ifdef Q_OS_UNIX
    ok = ok && (file.isSequential() || ::fsync(file.handle()) == 0 || errno == EINVAL);
#endif
    if (!ok) {
        const QString why =
            file.errorString().isEmpty() ? QStringLiteral("short write") : file.errorString();
        if (!file.isSequential()) {
            file.resize(before);  // no half record left behind
        }
        return fail(why);
    }
    return std::nullopt;
}

WriteJournal::WriteJournal(const QString& dataDir) : m_dir(dataDir + QStringLiteral("/journal")) {}

QString WriteJournal::pathOf(const QString& id) const {
    return m_dir + QLatin1Char('/') + fileSafe(id) + QStringLiteral(".json");
}

Expected<QString, QString> WriteJournal::begin(meter::JournalEntry entry) {
    if (entry.id.empty()) {
        entry.id = (fileSafe(qs(entry.serial)) + QLatin1Char('-') + stamp() + QLatin1Char('-') +
                    QString::number(entry.pid))
                       .toStdString();
    }
    const QString id = qs(entry.id);
    if (auto why =
            writePrivateFile(pathOf(id), QByteArray::fromStdString(meter::journalJson(entry)))) {
        return omt::unexpected(*why);
    }
    return id;
}

std::optional<QString> WriteJournal::markNotRestored(const QString& id, const QString& detail) {
    QFile file(pathOf(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    }
    auto entry = meter::parseJournal(file.readAll().toStdString());
    file.close();
    if (!entry) {
        return QStringLiteral("%1: %2").arg(file.fileName(), qs(entry.error().detail));
    }
    entry->state = meter::JournalEntry::State::NotRestored;
    entry->detail = detail.toStdString();
    return writePrivateFile(pathOf(id), QByteArray::fromStdString(meter::journalJson(*entry)));
}

void WriteJournal::finish(const QString& id) {
    QFile::remove(pathOf(id));
}

WriteJournal::Scan WriteJournal::interrupted() const {
    Scan scan;
    const QString host = QSysInfo::machineHostName();
    const auto files = QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            scan.problems << QStringLiteral("%1: cannot be read (%2)")
                                 .arg(info.filePath(), file.errorString());
            continue;
        }
        auto entry = meter::parseJournal(file.readAll().toStdString());
        if (!entry) {
            scan.problems << QStringLiteral("%1: %2 (left alone)")
                                 .arg(info.filePath(), qs(entry.error().detail));
            continue;
        }
        const bool elsewhere = qs(entry->host) != host;
        if (entry->state == meter::JournalEntry::State::Writing && !elsewhere &&
            processRuns(entry->pid, qs(entry->program))) {
            continue;  // still writing
        }
        scan.interrupted.push_back(std::move(*entry));
    }
    std::sort(scan.interrupted.begin(), scan.interrupted.end(),
              [](const auto& a, const auto& b) { return a.started < b.started; });
    return scan;
}

bool WriteJournal::dismiss(const QString& id) {
    return QFile::remove(pathOf(id));
}

int WriteJournal::resolveBackup(const QString& backupFile) {
    int removed = 0;
    const QString wanted = QFileInfo(backupFile).absoluteFilePath();
    const auto files = QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        auto entry = meter::parseJournal(file.readAll().toStdString());
        file.close();
        if (entry && QFileInfo(qs(entry->backupFile)).absoluteFilePath() == wanted &&
            QFile::remove(info.filePath())) {
            ++removed;
        }
    }
    return removed;
}

meter::JournalEntry journalEntryFor(const QString& program, const std::string& serial,
                                    meter::MeterFamily meter, const meter::WritePlan& plan,
                                    const QString& backupFile, const QString& auditFile) {
    meter::JournalEntry e;
    e.program = program.toStdString();
    e.pid = QCoreApplication::applicationPid();
    e.host = QSysInfo::machineHostName().toStdString();
    e.started = now();
    e.meter = meter;
    e.serial = serial;
    e.backupFile = QFileInfo(backupFile).absoluteFilePath().toStdString();
    e.auditFile = QFileInfo(auditFile).absoluteFilePath().toStdString();
    for (const auto& step : plan.steps) {
        e.settings.push_back(step.setting);
    }
    return e;
}

bool processRuns(std::int64_t pid, const QString& program) {
    if (pid <= 0) {
        return false;
    }
#if defined(Q_OS_LINUX)
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly)) {
        return false;
    }
    // The kernel keeps the first 15 characters of the name.
    const QString name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    return program.isEmpty() || program.left(15) == name;
#elif defined(Q_OS_UNIX)
    Q_UNUSED(program);
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    Q_UNUSED(program);
    HANDLE h = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (h == nullptr) {
        return false;
    }
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    ::CloseHandle(h);
    return running;
#else
    Q_UNUSED(program);
    return true;
#endif
}

}  // namespace omt::app

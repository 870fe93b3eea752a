// The files a configuration write leaves (app/common/write_records.h, core/meter/write_journal.h):
// the journal document read back exactly and refused when it is not one this version reads;
// backups and journal entries private (0600 in 0700 directories) and written whole; the audit
// log appended whole or not at all; interrupted writes found, resolved and dismissed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "app/common/write_records.h"
#include "meter/write_journal.h"

using namespace omt;

namespace {

meter::JournalEntry entry() {
    meter::JournalEntry e;
    e.id = "71234567-20261207T210300123Z-4242";
    e.program = "omt";
    e.pid = 4242;
    e.host = "laptop";
    e.started = std::chrono::sys_seconds{std::chrono::seconds{1796677380}};
    e.meter = meter::MeterFamily::OmniaEMeter;
    e.serial = "71234567";
    e.backupFile = "/data/backups/71234567-20261207T210300000Z.json";
    e.auditFile = "/data/audit.csv";
    e.settings = {"ct-ratio", "display-list manual"};
    return e;
}

constexpr QFileDevice::Permissions kOwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser;

}  // namespace

class TstWriteRecords : public QObject {
    Q_OBJECT

private slots:
    void journalDocumentsReadBackExactly() {
        auto e = entry();
        auto back = meter::parseJournal(meter::journalJson(e));
        QVERIFY2(back, back ? "" : back.error().detail.c_str());
        QCOMPARE(*back, e);
        e.state = meter::JournalEntry::State::NotRestored;
        e.detail = "the link could not be opened again";
        QCOMPARE(*meter::parseJournal(meter::journalJson(e)), e);
    }

    void journalDocumentsThisVersionCannotReadAreRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString good = QString::fromStdString(meter::journalJson(entry()));
        QString newer = good;
        newer.replace(QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 2"));
        QString unknown = good;
        unknown.replace(QStringLiteral("\"detail\": \"\""),
                        QStringLiteral("\"detail\": \"\", \"colour\": 1"));
        QString badTime = good;
        badTime.replace(QStringLiteral("2026-12-07T"), QStringLiteral("2026-13-07T"));
        QString badState = good;
        badState.replace(QStringLiteral("\"writing\""), QStringLiteral("\"done\""));
        QString settings = good;
        settings.replace(QStringLiteral("\"ct-ratio\""), QStringLiteral("1"));
        QTest::newRow("newer version") << newer << QStringLiteral("future-version");
        QTest::newRow("unknown field") << unknown << QStringLiteral("unknown-field");
        QTest::newRow("bad time") << badTime << QStringLiteral("bad-value");
        QTest::newRow("bad state") << badState << QStringLiteral("bad-value");
        QTest::newRow("a setting that is no string") << settings << QStringLiteral("wrong-type");
        QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("syntax");
        QTest::newRow("a backup, not a journal")
            << QStringLiteral(R"({"format": "omt-backup", "version": 1})")
            << QStringLiteral("wrong-format");
    }
    void journalDocumentsThisVersionCannotReadAreRefused() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto parsed = meter::parseJournal(text.toStdString());
        QVERIFY(!parsed);
        QCOMPARE(QString::fromLatin1(meter::nameOf(parsed.error().code)), error);
    }

    void backupsAndJournalEntriesArePrivate() {
        QTemporaryDir dir;
        const QString data = dir.path() + QStringLiteral("/new/OpenMeterTool");
        const meter::Backup backup{
            meter::MeterFamily::OmnipowerCt, "71234567", std::chrono::sys_seconds{}, {}};
        auto first = app::saveBackup(data, backup);
        auto second = app::saveBackup(data, backup);
        QVERIFY(first && second);
        QVERIFY(*first != *second);  // never one over the other
        QCOMPARE(QFile::permissions(*first), kOwnerRw);
        QCOMPARE(QFileInfo(data + QStringLiteral("/backups")).permissions() & 0x0077, 0);
        QCOMPARE(QFileInfo(data).permissions() & 0x0077, 0);
        QFile f(*first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(meter::parseBackup(f.readAll().toStdString()));

        app::WriteJournal journal(data);
        auto id = journal.begin(entry());
        QVERIFY(id);
        QCOMPARE(QFile::permissions(journal.directory() + QLatin1Char('/') + *id +
                                    QStringLiteral(".json")),
                 kOwnerRw);
        // A file the tool cannot save into: a clear refusal, nothing half-written.
        QVERIFY(!app::saveBackup(QStringLiteral("/proc/omt-cannot-be-here"), backup));
    }

    void theAuditLogIsAppendedWholeOrNotAtAll() {
        QTemporaryDir dir;
        const app::AuditLog audit(dir.path() + QStringLiteral("/audit.csv"));
        meter::AuditRecord r;
        r.meterSerial = "71234567";
        r.user = "lab";
        r.object = "ct-ratio 3/1.0.0.4.2.255:2";
        r.result = "attempting";
        QVERIFY(!audit.append({r}));
        r.result = "verified";
        QVERIFY(!audit.append({r}));
        QFile f(audit.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);  // one header
        QVERIFY(lines[2].endsWith(QStringLiteral(",verified")));
        QCOMPARE(QFile::permissions(audit.path()), kOwnerRw);
        // A full disk and a directory are refusals that say so.
        auto full = app::AuditLog(QStringLiteral("/dev/full")).append({r});
        QVERIFY(full);
        QVERIFY2(full->contains(QStringLiteral("/dev/full")), qPrintable(*full));
        auto directory = app::AuditLog(dir.path()).append({r});
        QVERIFY(directory);
        QVERIFY2(directory->contains(QStringLiteral("directory")), qPrintable(*directory));
    }

    void interruptedWritesAreFoundResolvedAndDismissed() {
        QTemporaryDir dir;
        app::WriteJournal journal(dir.path());
        QVERIFY(journal.interrupted().interrupted.empty());  // no journal yet
        // A write by this very process, still running: not interrupted.
        auto running = entry();
        running.id.clear();
        running.program = QCoreApplication::applicationName().toStdString();
        running.pid = QCoreApplication::applicationPid();
        running.host = QSysInfo::machineHostName().toStdString();
        auto runningId = journal.begin(running);
        QVERIFY(runningId);
        QVERIFY(journal.interrupted().interrupted.empty());
        // One by a process that is gone, and one given up as not restored.
        auto dead = running;
        dead.pid = 2000000000;  // beyond any pid the system hands out
        dead.backupFile = "/data/backups/a.json";
        auto deadId = journal.begin(dead);
        QVERIFY(deadId);
        QVERIFY(!journal.markNotRestored(*runningId, QStringLiteral("link lost")));
        // And a file of a newer version: named, left alone.
        QFile newer(journal.directory() + QStringLiteral("/newer.json"));
        QVERIFY(newer.open(QIODevice::WriteOnly));
        QString text = QString::fromStdString(meter::journalJson(entry()));
        text.replace(QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 7"));
        newer.write(text.toUtf8());
        newer.close();
        auto scan = journal.interrupted();
        QCOMPARE(scan.interrupted.size(), std::size_t(2));
        QCOMPARE(scan.problems.size(), 1);
        QVERIFY2(scan.problems[0].contains(QStringLiteral("newer.json")),
                 qPrintable(scan.problems[0]));
        QVERIFY(QFile::exists(newer.fileName()));
        // Restoring a.json resolves its entry; dismissing the other removes it.
        QCOMPARE(journal.resolveBackup(QStringLiteral("/data/backups/a.json")), 1);
        scan = journal.interrupted();
        QCOMPARE(scan.interrupted.size(), std::size_t(1));
        QCOMPARE(scan.interrupted[0].state, meter::JournalEntry::State::NotRestored);
        QCOMPARE(scan.interrupted[0].detail, std::string("link lost"));
        QVERIFY(journal.dismiss(*runningId));
        QVERIFY(!journal.dismiss(*runningId));
        QVERIFY(journal.interrupted().interrupted.empty());
    }

    void theAccountIsNamedWithoutUser() {
        qunsetenv("USER");
        qunsetenv("USERNAME");
        qunsetenv("LOGNAME");
        QVERIFY(!app::accountName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWriteRecords)
#include "tst_write_records.moc"

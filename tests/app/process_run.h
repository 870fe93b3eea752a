#pragma once
// Running a program of the tool as a person does, for the command-line tests: its exit code and
// everything it printed.
//
//   const ProcessRun r = runProcess(QStringLiteral(OMT_BINARY), {"identify", "--demo", "omnia"});
//   QCOMPARE(r.code, 0);   // -1: did not finish in time (killed), -2: crashed

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ProcessRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args` and `env` (in `workingDirectory` when given), writes `input` to
/// its standard input and closes it, and waits up to `timeoutMs` (then kills it and returns
/// code -1).
inline ProcessRun runProcess(
    const QString& program, const QStringList& args,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
    const QByteArray& input = {}, int timeoutMs = 120000, const QString& workingDirectory = {}) {
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty()) {
        p.setWorkingDirectory(workingDirectory);
    }
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    ProcessRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

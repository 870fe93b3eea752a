#pragma once
// How an `omt` command tells its outcome. As text: the result on standard output, problems as
// "omt: ..." sentences on standard error. With --json, every outcome, failures included, is
// also one JSON object on standard output (the sentences still go to standard error):
//
//   {"command": "get", "result": "ok", "exit": 0, ...what the command read...}
//   {"command": "get", "result": "failed", "exit": 1, "message": "No answer on ..."}
//   {"command": "set", "result": "bad-usage", "exit": 2, "message": "--baud takes ..."}
//
// "result" is "ok" (or a word of the command's own, such as "written-not-readable"), "failed"
// (the meter or the link said no) or "bad-usage"; "exit" is the process exit code.

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <utility>

namespace omt::app {

class Report {
public:
    Report(QString command, bool json, QTextStream& out, QTextStream& err)
        : m_command(std::move(command)), m_json(json), m_out(out), m_err(err) {}

    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// A failure: the sentence on standard error ("omt: " first) and, with --json, the object
    /// with "result" failed (code 1) or bad-usage (code 2) and the message. Returns `code`.
    int fail(int code, const QString& message, QJsonObject extra = {});
    /// A failure already told on standard error (e.g. by openMeter): only the JSON object.
    int failed(int code, const QString& message, QJsonObject extra = {});
    /// The outcome: with --json, `object` with "command", "result" and "exit" added. Returns
    /// `code`.
    int finish(int code, QJsonObject object, const QString& result = QStringLiteral("ok"));

private:
    QString m_command;
    bool m_json = false;
    QTextStream& m_out;
    QTextStream& m_err;
};

}  // namespace omt::app

#include "report.h"

#include <QJsonDocument>

namespace omt::app {

int Report::fail(int code, const QString& message, QJsonObject extra) {
    m_err << "omt: " << message << "\n";
    m_err.flush();
    return failed(code, message, std::move(extra));
}

int Report::failed(int code, const QString& message, QJsonObject extra) {
    extra[QStringLiteral("message")] = message;
    return finish(code, std::move(extra),
                  code == 2 ? QStringLiteral("bad-usage") : QStringLiteral("failed"));
}

int Report::finish(int code, QJsonObject object, const QString& result) {
    if (m_json) {
        object[QStringLiteral("command")] = m_command;
        object[QStringLiteral("result")] = result;
        object[QStringLiteral("exit")] = code;
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        m_out.flush();
    }
    return code;
}

}  // namespace omt::app

#include "decode_command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

#include "connection.h"
#include "protocol/dlms/security/key_file.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/trace_file.h"
#include "report.h"

namespace omt::app {

namespace {

Expected<QByteArray, QString> readAll(const QString& path, const char* what) {
    QFile file;
    if (path == "-") {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return omt::unexpected(QStringLiteral("cannot read standard input"));
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return omt::unexpected(QStringLiteral("cannot open %1 %2: %3")
                                       .arg(QLatin1String(what), path, file.errorString()));
        }
    }
    constexpr qint64 kLimit = static_cast<qint64>(trace::kMaxTraceText) + 1;
    QByteArray data = file.read(kLimit);
    if (data.size() >= kLimit) {
        return omt::unexpected(
            QStringLiteral("%1 %2 is larger than %3 MiB")
                .arg(QLatin1String(what), path)
                .arg(static_cast<qulonglong>(trace::kMaxTraceText / (1024 * 1024))));
    }
    return data;
}

}  // namespace

int runDecode(const DecodeOptions& options, QTextStream& out, QTextStream& err) {
    Report report(QStringLiteral("decode"), options.json, out, err);
    std::optional<dlms::security::SecurityKeys> keys;
    if (!options.keyFile.isEmpty()) {
        if (dlms::security::isExposedToOthers(QFile::encodeName(options.keyFile).toStdString())) {
            err << "omt: WARNING: the key file " << options.keyFile
                << " can be read or changed by other users: chmod 600 " << options.keyFile << "\n";
        }
        auto text = readAll(options.keyFile, "key file");
        if (!text) {
            return report.fail(kExitUsage, text.error());
        }
        auto parsed = dlms::security::parseKeyFile(text->toStdString());
        if (!parsed) {
            QString message = QStringLiteral("key file %1").arg(options.keyFile);
            if (parsed.error().offset > 0) {
                message += QStringLiteral(", line %1").arg(parsed.error().offset);
            }
            message += QStringLiteral(": ") + QString::fromStdString(parsed.error().detail);
            return report.fail(kExitUsage, message);
        }
        keys = std::move(*parsed);
    }
    auto text = readAll(options.traceFile, "trace");
    if (!text) {
        return report.fail(kExitUsage, text.error());
    }
    auto lines = trace::parseTrace(
        std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
    if (!lines) {
        return report.fail(kExitUsage, QStringLiteral("%1, line %2: %3")
                                           .arg(options.traceFile)
                                           .arg(lines.error().offset)
                                           .arg(QString::fromStdString(lines.error().detail)));
    }
    trace::TraceDecoder decoder =
        keys ? trace::TraceDecoder(std::move(*keys)) : trace::TraceDecoder();
    QJsonArray records;
    for (const auto& line : *lines) {
        const auto described = decoder.feed(line.direction, line.bytes);
        if (options.json) {
            QJsonArray meaning;
            for (const auto& d : described) {
                meaning.append(QString::fromStdString(d));
            }
            QJsonObject record{
                {QStringLiteral("direction"), QLatin1String(trace::directionName(line.direction))},
                {QStringLiteral("bytes"), qint64(line.bytes.size())},
                {QStringLiteral("lines"), meaning}};
            if (!line.timestamp.empty()) {
                record[QStringLiteral("timestamp")] = QString::fromStdString(line.timestamp);
            }
            records.append(record);
            continue;
        }
        QString head = QString::fromStdString(line.timestamp);
        if (!head.isEmpty()) {
            head += ' ';
        }
        head += trace::directionName(line.direction);
        head += QStringLiteral(" (%1 bytes)").arg(line.bytes.size());
        out << head << "\n";
        for (const auto& d : described) {
            out << "    " << QString::fromStdString(d) << "\n";
        }
    }
    return report.finish(kExitOk, {{QStringLiteral("records"), records}});
}

}  // namespace omt::app

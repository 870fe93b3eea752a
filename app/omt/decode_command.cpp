#include "decode_command.h"

#include <QFile>

#include <optional>

#include "protocol/dlms/security/key_file.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/trace_file.h"

namespace omt::app {

namespace {

std::optional<QByteArray> readAll(const QString& path, QTextStream& err, const char* what) {
    QFile file;
    if (path == "-") {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            err << "cannot read standard input\n";
            return std::nullopt;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "cannot open " << what << " " << path << ": " << file.errorString() << "\n";
            return std::nullopt;
        }
    }
    constexpr qint64 kLimit = static_cast<qint64>(trace::kMaxTraceText) + 1;
    QByteArray data = file.read(kLimit);
    if (data.size() >= kLimit) {
        err << what << " " << path << " is larger than "
            << static_cast<qulonglong>(trace::kMaxTraceText / (1024 * 1024)) << " MiB\n";
        return std::nullopt;
    }
    return data;
}

}  // namespace

int runDecode(const DecodeOptions& options, QTextStream& out, QTextStream& err) {
    std::optional<dlms::security::SecurityKeys> keys;
    if (!options.keyFile.isEmpty()) {
        auto text = readAll(options.keyFile, err, "key file");
        if (!text) {
            return 1;
        }
        auto parsed = dlms::security::parseKeyFile(text->toStdString());
        if (!parsed) {
            err << "key file " << options.keyFile;
            if (parsed.error().offset > 0) {
                err << ", line " << parsed.error().offset;
            }
            err << ": " << QString::fromStdString(parsed.error().detail) << "\n";
            return 1;
        }
        keys = std::move(*parsed);
    }
    auto text = readAll(options.traceFile, err, "trace");
    if (!text) {
        return 1;
    }
    auto lines = trace::parseTrace(
        std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
    if (!lines) {
        err << options.traceFile << ", line " << lines.error().offset << ": "
            << QString::fromStdString(lines.error().detail) << "\n";
        return 1;
    }
    trace::TraceDecoder decoder =
        keys ? trace::TraceDecoder(std::move(*keys)) : trace::TraceDecoder();
    for (const auto& line : *lines) {
        const auto described = decoder.feed(line.direction, line.bytes);
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
    return 0;
}

}  // namespace omt::app

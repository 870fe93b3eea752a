#include "link/trace_writer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace omt::link {

namespace {

constexpr std::uint8_t kMask = 0x2A;
constexpr std::size_t kMinBareSecret = 4;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

void maskAll(Bytes& data, const Bytes& pattern, std::size_t secretOffset, std::size_t secretSize) {
    if (pattern.empty() || pattern.size() > data.size()) {
        return;
    }
    auto it = data.begin();
    while (true) {
        it = std::search(it, data.end(), pattern.begin(), pattern.end());
        if (it == data.end()) {
            return;
        }
        std::fill_n(it + static_cast<long>(secretOffset), secretSize, kMask);
        it += static_cast<long>(pattern.size());
    }
}

/// Creates the missing directories of `path`, each 0700.
bool makePrivateDirectories(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
        return true;
    }
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makePrivateDirectories(parent)) {
        return false;
    }
    return QDir().mkdir(absolute, kOwnerDirectory) || QFileInfo(absolute).isDir();
}

}  // namespace

TraceWriter::TraceWriter(std::optional<dlms::security::SecurityKeys> keys,
                         trace::LineFraming framing)
    : m_decoder(keys ? trace::TraceDecoder(*keys) : trace::TraceDecoder()), m_redactor(framing) {}

TraceWriter::~TraceWriter() {
    close();
}

void TraceWriter::addSecret(Bytes secret) {
    if (!secret.empty()) {
        m_redactor.addSecret(secret);
        m_secrets.push_back(std::move(secret));
    }
}

bool TraceWriter::openPrivate(QFile& file, QIODevice::OpenMode mode) {
    const QString dir = QFileInfo(file.fileName()).absolutePath();
    if (!makePrivateDirectories(dir)) {
        return false;
    }
    // Permissions given to open() apply when the file is created; an existing file (a trace of
    // an earlier run) is made private as well.
    if (!file.open(mode, kOwnerOnly)) {
        return false;
    }
    file.setPermissions(kOwnerOnly);
    return true;
}

bool TraceWriter::open(const QString& path) {
    close();
    m_file.setFileName(path);
    if (!openPrivate(m_file, QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        return false;
    }
    m_file.write(
        "# OpenMeterTool communication trace (secrets masked; a frame with masked bytes carries "
        "the checksums of what is shown)\n");
    m_file.flush();
    return true;
}

void TraceWriter::close() {
    if (m_file.isOpen()) {
        write(m_redactor.flush());
        m_file.close();
    }
}

Bytes TraceWriter::masked(ByteView raw, const std::vector<Bytes>& secrets) {
    Bytes out(raw.begin(), raw.end());
    for (const Bytes& secret : secrets) {
        if (secret.size() < 0x7E) {
            Bytes field{0xAC, static_cast<std::uint8_t>(secret.size() + 2), 0x80,
                        static_cast<std::uint8_t>(secret.size())};
            field.insert(field.end(), secret.begin(), secret.end());
            maskAll(out, field, 4, secret.size());
        }
        if (secret.size() >= kMinBareSecret) {
            maskAll(out, secret, 0, secret.size());
        }
    }
    return out;
}

void TraceWriter::record(trace::Direction direction, ByteView bytes) {
    record(direction, bytes, QDateTime::currentDateTimeUtc());
}

void TraceWriter::record(trace::Direction direction, ByteView bytes, const QDateTime& when) {
    if (!m_file.isOpen() || bytes.empty()) {
        return;
    }
    trace::TraceRecord r;
    r.direction = direction;
    r.bytes = Bytes(bytes.begin(), bytes.end());
    r.time = when.toMSecsSinceEpoch();
    r.lines = m_decoder.feed(direction, bytes);
    write(m_redactor.add(std::move(r)));
}

void TraceWriter::write(const std::vector<trace::TraceRecord>& records) {
    if (!m_file.isOpen() || records.empty()) {
        return;
    }
    std::string text;
    for (const auto& r : records) {
        if (r.direction) {
            trace::TraceLine line;
            if (r.time) {
                line.timestamp = QDateTime::fromMSecsSinceEpoch(*r.time, Qt::UTC)
                                     .toString(Qt::ISODateWithMs)
                                     .toStdString();
            }
            line.direction = *r.direction;
            line.bytes = r.bytes;
            text += trace::formatTraceLine(line);
            text += '\n';
        }
        for (const std::string& meaning : r.lines) {
            text += "#   ";
            text += meaning;
            text += '\n';
        }
    }
    m_file.write(text.data(), static_cast<qint64>(text.size()));
    m_file.flush();
}

}  // namespace omt::link

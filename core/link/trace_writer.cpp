#include "link/trace_writer.h"

#include <QDateTime>
#include <algorithm>

namespace omt::link {

namespace {

constexpr std::uint8_t kMask = 0x2A;
constexpr std::size_t kMinBareSecret = 4;

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

}  // namespace

TraceWriter::TraceWriter(std::optional<dlms::security::SecurityKeys> keys)
    : m_decoder(keys ? trace::TraceDecoder(*keys) : trace::TraceDecoder()) {}

TraceWriter::~TraceWriter() {
    close();
}

void TraceWriter::addSecret(Bytes secret) {
    if (!secret.empty()) {
        m_secrets.push_back(std::move(secret));
    }
}

bool TraceWriter::open(const QString& path) {
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        return false;
    }
    m_file.write("# OpenMeterTool communication trace (secrets masked)\n");
    m_file.flush();
    return true;
}

void TraceWriter::close() {
    if (m_file.isOpen()) {
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
    trace::TraceLine line;
    line.timestamp = when.toUTC().toString(Qt::ISODateWithMs).toStdString();
    line.direction = direction;
    line.bytes = masked(bytes, m_secrets);
    std::string text = trace::formatTraceLine(line);
    text += '\n';
    for (const std::string& meaning : m_decoder.feed(direction, bytes)) {
        text += "#   ";
        text += meaning;
        text += '\n';
    }
    m_file.write(text.data(), static_cast<qint64>(text.size()));
    m_file.flush();
}

}  // namespace omt::link

#include "protocol/trace/trace_file.h"

namespace omt::trace {

const char* directionName(Direction d) {
    return d == Direction::ToMeter ? "TX" : "RX";
}

const char* nameOf(TraceError e) {
    switch (e) {
        case TraceError::MissingDirection:
            return "missing-direction";
        case TraceError::BadHex:
            return "bad-hex";
        case TraceError::NoBytes:
            return "no-bytes";
        case TraceError::TooLarge:
            return "too-large";
    }
    return "unknown";
}

namespace {

std::optional<Direction> directionOf(std::string_view token) {
    if (token == "TX" || token == "tx" || token == ">") {
        return Direction::ToMeter;
    }
    if (token == "RX" || token == "rx" || token == "<") {
        return Direction::FromMeter;
    }
    return std::nullopt;
}

std::string_view nextToken(std::string_view& rest) {
    std::size_t start = 0;
    while (start < rest.size() && (rest[start] == ' ' || rest[start] == '\t')) {
        ++start;
    }
    std::size_t end = start;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t') {
        ++end;
    }
    const std::string_view token = rest.substr(start, end - start);
    rest.remove_prefix(end);
    return token;
}

}  // namespace

Expected<std::vector<TraceLine>, TraceFailure> parseTrace(std::string_view text) {
    if (text.size() > kMaxTraceText) {
        return TraceFailure{TraceError::TooLarge, 0,
                            "trace of " + std::to_string(text.size()) + " bytes"};
    }
    std::vector<TraceLine> lines;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        std::string_view rest = line;
        std::string_view first = nextToken(rest);
        if (first.empty() || first.front() == '#') {
            continue;
        }
        TraceLine out;
        out.lineNumber = number;
        auto direction = directionOf(first);
        if (!direction) {
            out.timestamp = std::string(first);
            direction = directionOf(nextToken(rest));
            if (!direction) {
                return TraceFailure{TraceError::MissingDirection, number,
                                    "expected TX, RX, > or < after the timestamp"};
            }
        }
        out.direction = *direction;
        auto bytes = fromHex(rest);
        if (!bytes) {
            return TraceFailure{TraceError::BadHex, number, "the bytes are not hex"};
        }
        if (bytes->empty()) {
            return TraceFailure{TraceError::NoBytes, number, "a direction without bytes"};
        }
        out.bytes = std::move(*bytes);
        lines.push_back(std::move(out));
    }
    return lines;
}

std::string formatTraceLine(const TraceLine& line) {
    std::string out;
    if (!line.timestamp.empty()) {
        out += line.timestamp;
        out += ' ';
    }
    out += directionName(line.direction);
    out += ' ';
    out += toHex(line.bytes);
    return out;
}

}  // namespace omt::trace

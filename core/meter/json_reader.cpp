#include "meter/json_reader.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

namespace omt::meter {

using json = nlohmann::ordered_json;

const char* nameOf(DocumentError error) {
    switch (error) {
        case DocumentError::Syntax:
            return "syntax";
        case DocumentError::DuplicateKey:
            return "duplicate-key";
        case DocumentError::WrongFormat:
            return "wrong-format";
        case DocumentError::FutureVersion:
            return "future-version";
        case DocumentError::UnknownField:
            return "unknown-field";
        case DocumentError::MissingField:
            return "missing-field";
        case DocumentError::WrongType:
            return "wrong-type";
        case DocumentError::BadValue:
            return "bad-value";
    }
    return "unknown";
}

namespace {

/// Deeper documents are refused: none of ours nests beyond 8 levels.
constexpr int kMaxDepth = 32;

/// Where the parser is, to name the path of a duplicate key.
struct Frame {
    bool isArray = false;
    std::size_t index = 0;  ///< array: index of the next element
    std::string key;        ///< object: the current key
    std::set<std::string> keys;
};

struct StopParse {
    DocumentFailure failure;
};

std::string pathOf(const std::vector<Frame>& frames) {
    std::string out = "$";
    for (std::size_t i = 1; i < frames.size(); ++i) {
        const Frame& parent = frames[i - 1];
        out = parent.isArray ? jsonElement(out, parent.index) : jsonMember(out, parent.key);
    }
    return out;
}

void valueDone(std::vector<Frame>& frames) {
    if (!frames.empty() && frames.back().isArray) {
        ++frames.back().index;
    }
}

}  // namespace

omt::Expected<json, DocumentFailure> parseStrictJson(std::string_view text) {
    std::vector<Frame> frames;
    auto callback = [&frames](int depth, json::parse_event_t event, json& parsed) {
        if (depth > kMaxDepth) {
            throw StopParse{DocumentFailure{DocumentError::Syntax, 0,
                                            pathOf(frames) + ": nested deeper than 32 levels"}};
        }
        switch (event) {
            case json::parse_event_t::object_start:
                frames.push_back(Frame{});
                break;
            case json::parse_event_t::array_start:
                frames.push_back(Frame{true, 0, {}, {}});
                break;
            case json::parse_event_t::key: {
                Frame& top = frames.back();
                top.key = parsed.get<std::string>();
                if (!top.keys.insert(top.key).second) {
                    std::string path = jsonMember(pathOf(frames), top.key);
                    throw StopParse{
                        DocumentFailure{DocumentError::DuplicateKey, 0, path + ": duplicate key"}};
                }
                break;
            }
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                frames.pop_back();
                valueDone(frames);
                break;
            case json::parse_event_t::value:
                valueDone(frames);
                break;
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), callback, true, false);
    } catch (const StopParse& stop) {
        return stop.failure;
    } catch (const json::parse_error& e) {
        return DocumentFailure{DocumentError::Syntax, e.byte > 0 ? e.byte - 1 : 0, e.what()};
    } catch (const json::exception& e) {
        return DocumentFailure{DocumentError::Syntax, 0, e.what()};
    }
}

std::string jsonMember(const std::string& path, std::string_view key) {
    return path + "." + std::string(key);
}

std::string jsonElement(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

void JsonReader::fail(DocumentError code, const std::string& path, const std::string& reason) {
    if (!failure) {
        failure = DocumentFailure{code, 0, path + ": " + reason};
    }
}

bool JsonReader::isObject(const json& value, const std::string& path) {
    if (!value.is_object()) {
        fail(DocumentError::WrongType, path, "expected an object");
        return false;
    }
    return true;
}

bool JsonReader::isArray(const json& value, const std::string& path) {
    if (!value.is_array()) {
        fail(DocumentError::WrongType, path, "expected an array");
        return false;
    }
    return true;
}

void JsonReader::allowOnly(const json& value, const std::string& path,
                           std::initializer_list<std::string_view> allowed) {
    if (!value.is_object()) {
        return;
    }
    for (const auto& [key, item] : value.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            fail(DocumentError::UnknownField, jsonMember(path, key), "unknown field");
            return;
        }
    }
}

void JsonReader::checkVersion(const json& value, const std::string& path, std::string_view format,
                              int maxVersion) {
    if (!isObject(value, path)) {
        return;
    }
    const json* f = member(value, path, "format");
    if (f == nullptr) {
        return;
    }
    if (!f->is_string() || f->get<std::string>() != format) {
        fail(DocumentError::WrongFormat, jsonMember(path, "format"),
             "expected \"" + std::string(format) + "\"");
        return;
    }
    const json* v = member(value, path, "version");
    if (v == nullptr) {
        return;
    }
    if (!v->is_number_integer()) {
        fail(DocumentError::WrongType, jsonMember(path, "version"), "expected an integer");
        return;
    }
    const bool huge = v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t{INT64_MAX};
    const auto version = huge ? std::int64_t{INT64_MAX} : v->get<std::int64_t>();
    if (version > maxVersion) {
        fail(DocumentError::FutureVersion, jsonMember(path, "version"),
             "version " + v->dump() + " is newer than " + std::to_string(maxVersion) +
                 ", the newest this program reads");
    } else if (version < 1) {
        fail(DocumentError::BadValue, jsonMember(path, "version"),
             "version " + std::to_string(version) + " is not defined");
    }
}

const json* JsonReader::member(const json& value, const std::string& path, std::string_view key,
                               bool required) {
    if (!value.is_object()) {
        fail(DocumentError::WrongType, path, "expected an object");
        return nullptr;
    }
    const auto it = value.find(std::string(key));
    if (it == value.end()) {
        if (required) {
            fail(DocumentError::MissingField, jsonMember(path, key), "required field missing");
        }
        return nullptr;
    }
    return &*it;
}

std::int64_t JsonReader::integerValue(const json& value, const std::string& path, std::int64_t min,
                                      std::int64_t max) {
    if (!value.is_number_integer()) {
        fail(DocumentError::WrongType, path, "expected an integer");
        return min;
    }
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t{INT64_MAX}) {
        fail(DocumentError::BadValue, path, "out of range");
        return min;
    }
    const auto v = value.get<std::int64_t>();
    if (v < min || v > max) {
        fail(DocumentError::BadValue, path,
             std::to_string(v) + " not in " + std::to_string(min) + ".." + std::to_string(max));
        return min;
    }
    return v;
}

std::int64_t JsonReader::integer(const json& value, const std::string& path, std::string_view key,
                                 std::int64_t min, std::int64_t max) {
    const json* m = member(value, path, key);
    return m == nullptr ? min : integerValue(*m, jsonMember(path, key), min, max);
}

std::string JsonReader::string(const json& value, const std::string& path, std::string_view key) {
    const json* m = member(value, path, key);
    if (m == nullptr) {
        return {};
    }
    if (!m->is_string()) {
        fail(DocumentError::WrongType, jsonMember(path, key), "expected a string");
        return {};
    }
    return m->get<std::string>();
}

std::string JsonReader::optionalString(const json& value, const std::string& path,
                                       std::string_view key, const std::string& fallback) {
    if (value.is_object() && value.contains(std::string(key))) {
        return string(value, path, key);
    }
    return fallback;
}

bool JsonReader::boolean(const json& value, const std::string& path, std::string_view key) {
    const json* m = member(value, path, key);
    if (m == nullptr) {
        return false;
    }
    if (!m->is_boolean()) {
        fail(DocumentError::WrongType, jsonMember(path, key), "expected true or false");
        return false;
    }
    return m->get<bool>();
}

void readClockTime(JsonReader& r, const json& value, const std::string& path, std::string_view key,
                   std::uint8_t& hour, std::uint8_t& minute) {
    const std::string text = r.string(value, path, key);
    if (r.ok() && !parseClockTime(text, hour, minute)) {
        r.fail(DocumentError::BadValue, jsonMember(path, key),
               "\"" + text + "\" is not a time hh:mm");
    }
}

std::string formatClockTime(std::uint8_t hour, std::uint8_t minute) {
    std::string out(5, ':');
    out[0] = static_cast<char>('0' + hour / 10);
    out[1] = static_cast<char>('0' + hour % 10);
    out[3] = static_cast<char>('0' + minute / 10);
    out[4] = static_cast<char>('0' + minute % 10);
    return out;
}

bool parseClockTime(std::string_view text, std::uint8_t& hour, std::uint8_t& minute) {
    if (text.size() != 5 || text[2] != ':') {
        return false;
    }
    for (std::size_t i : {0U, 1U, 3U, 4U}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59) {
        return false;
    }
    hour = static_cast<std::uint8_t>(h);
    minute = static_cast<std::uint8_t>(m);
    return true;
}

}  // namespace omt::meter

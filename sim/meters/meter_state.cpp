#include "sim/meters/meter_state.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace omt::sim {

namespace {
using nlohmann::json;

std::string checksumOf(const json& document) {
    const std::string text = document.dump();
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001B3ULL;
    }
    return toHex(Bytes{static_cast<std::uint8_t>(h >> 56), static_cast<std::uint8_t>(h >> 48),
                       static_cast<std::uint8_t>(h >> 40), static_cast<std::uint8_t>(h >> 32),
                       static_cast<std::uint8_t>(h >> 24), static_cast<std::uint8_t>(h >> 16),
                       static_cast<std::uint8_t>(h >> 8), static_cast<std::uint8_t>(h)});
}

MeterFailure corrupt(std::string detail) {
    return MeterFailure{MeterError::StateCorrupt, 0, std::move(detail)};
}

bool writeAll(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}
}  // namespace

std::string serializeMeterState(const MeterState& state) {
    json attributes = json::array();
    for (const auto& a : state.attributes) {
        attributes.push_back({{"obis", a.logicalName.toString()},
                              {"attribute", a.attribute},
                              {"axdr", toHex(a.axdr)}});
    }
    json document = {{"format", kStateFormatVersion},  {"model", nameOf(state.model)},
                     {"serial", state.serialNumber},   {"installedAt", state.installedAt},
                     {"clockShift", state.clockShift}, {"attributes", attributes}};
    if (state.secrets) {
        const PersistedSecrets& secrets = *state.secrets;
        document["secrets"] = {{"llsPassword", toHex(secrets.llsPassword)},
                               {"ek", toHex(secrets.ek)},
                               {"ak", toHex(secrets.ak)},
                               {"kek", toHex(secrets.kek)},
                               {"invocationCounter", secrets.invocationCounter}};
        if (secrets.clientInvocationCounter) {
            document["secrets"]["clientInvocationCounter"] = *secrets.clientInvocationCounter;
        }
    }
    if (state.alarmsClearedAt) {
        document["alarmsClearedAt"] = {(*state.alarmsClearedAt)[0], (*state.alarmsClearedAt)[1]};
    }
    document["checksum"] = checksumOf(document);
    return document.dump(2) + "\n";
}

Expected<MeterState, MeterFailure> parseMeterState(std::string_view text) {
    json document = json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        return corrupt("not a JSON object");
    }
    if (!document.contains("format") || !document["format"].is_number_integer()) {
        return corrupt("no format version");
    }
    if (document["format"].get<std::int64_t>() > kStateFormatVersion) {
        return MeterFailure{MeterError::StateFromFuture, 0,
                            "format " + std::to_string(document["format"].get<std::int64_t>())};
    }
    if (!document.contains("checksum") || !document["checksum"].is_string()) {
        return corrupt("no checksum");
    }
    const std::string checksum = document["checksum"].get<std::string>();
    document.erase("checksum");
    if (checksum != checksumOf(document)) {
        return corrupt("checksum mismatch");
    }
    MeterState state;
    const auto& model = document.value("model", json());
    const auto parsedModel =
        model.is_string() ? meterModelFromName(model.get<std::string>()) : std::nullopt;
    if (!parsedModel) {
        return corrupt("unknown model");
    }
    state.model = *parsedModel;
    for (const char* key : {"serial", "installedAt", "clockShift"}) {
        if (!document.contains(key) || !document[key].is_number_integer()) {
            return corrupt(std::string("member ") + key);
        }
    }
    const auto serial = document["serial"].get<std::int64_t>();
    if (serial < 0 || serial > 0xFFFFFFFFLL) {
        return corrupt("serial out of range");
    }
    state.serialNumber = static_cast<std::uint32_t>(serial);
    state.installedAt = document["installedAt"].get<std::int64_t>();
    state.clockShift = document["clockShift"].get<std::int64_t>();
    const auto& attributes = document.value("attributes", json());
    if (!attributes.is_array()) {
        return corrupt("attributes");
    }
    for (const auto& a : attributes) {
        if (!a.is_object() || !a.value("obis", json()).is_string() ||
            !a.value("attribute", json()).is_number_integer() ||
            !a.value("axdr", json()).is_string()) {
            return corrupt("attribute entry");
        }
        auto ln = cosem::ObisCode::parse(a["obis"].get<std::string>());
        auto bytes = fromHex(a["axdr"].get<std::string>());
        const auto index = a["attribute"].get<std::int64_t>();
        if (!ln || !bytes || index < 1 || index > 127) {
            return corrupt("attribute entry");
        }
        state.attributes.push_back({*ln, static_cast<std::int8_t>(index), std::move(*bytes)});
    }
    if (document.contains("secrets")) {
        const auto& member = document["secrets"];
        if (!member.is_object()) {
            return corrupt("secrets");
        }
        PersistedSecrets secrets;
        const std::array<std::pair<const char*, Bytes*>, 4> fields = {
            {{"llsPassword", &secrets.llsPassword},
             {"ek", &secrets.ek},
             {"ak", &secrets.ak},
             {"kek", &secrets.kek}}};
        for (const auto& [key, target] : fields) {
            const auto& value = member.value(key, json());
            auto bytes = value.is_string() ? fromHex(value.get<std::string>()) : std::nullopt;
            if (!bytes) {
                return corrupt(std::string("secrets member ") + key);
            }
            *target = std::move(*bytes);
        }
        const auto& counter = member.value("invocationCounter", json());
        if (!counter.is_number_unsigned() || counter.get<std::uint64_t>() > 0x100000000ULL ||
            secrets.llsPassword.empty() || secrets.llsPassword.size() > 32 ||
            secrets.ek.size() != 16 || secrets.ak.size() != 16 || secrets.kek.size() != 16) {
            return corrupt("secrets");
        }
        secrets.invocationCounter = counter.get<std::uint64_t>();
        if (member.contains("clientInvocationCounter")) {
            const auto& client = member["clientInvocationCounter"];
            if (!client.is_number_unsigned() || client.get<std::uint64_t>() > 0xFFFFFFFFULL) {
                return corrupt("secrets member clientInvocationCounter");
            }
            secrets.clientInvocationCounter = std::uint32_t(client.get<std::uint64_t>());
        }
        state.secrets = std::move(secrets);
    }
    if (document.contains("alarmsClearedAt")) {
        const auto& member = document["alarmsClearedAt"];
        if (!member.is_array() || member.size() != 2 || !member[0].is_number_integer() ||
            !member[1].is_number_integer()) {
            return corrupt("alarmsClearedAt");
        }
        state.alarmsClearedAt = std::array<std::int64_t, 2>{member[0].get<std::int64_t>(),
                                                            member[1].get<std::int64_t>()};
    }
    return state;
}

Expected<std::optional<MeterState>, MeterFailure> loadMeterState(const std::string& path) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (::access(path.c_str(), F_OK) != 0) {
            return std::optional<MeterState>{};
        }
        return MeterFailure{MeterError::StateUnreadable, 0, path};
    }
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxStateFileSize) {
            return corrupt("file too large");
        }
    }
    if (in.bad()) {
        return MeterFailure{MeterError::StateUnreadable, 0, path};
    }
    auto state = parseMeterState(text);
    if (!state) {
        return std::move(state).error();
    }
    return std::optional<MeterState>{std::move(*state)};
}

Expected<void, MeterFailure> saveMeterState(const std::string& path, const MeterState& state) {
    const std::string text = serializeMeterState(state);
    const std::string temporary = path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return MeterFailure{MeterError::StateWriteFailed, 0, temporary};
    }
    const bool written = writeAll(fd, text) && ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || std::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        return MeterFailure{MeterError::StateWriteFailed, 0, path};
    }
    const auto slash = path.find_last_of('/');
    const std::string directory = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

}  // namespace omt::sim

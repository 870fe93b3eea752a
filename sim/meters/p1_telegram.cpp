#include "sim/meters/p1_telegram.h"

#include <cstdio>
#include <optional>

#include "protocol/cosem/unit.h"

namespace omt::sim {

namespace {

using cosem::ObisCode;

/// value x 10^scaler of a class 3 register, or nullopt when the meter lacks it.
std::optional<double> registerValue(const ObjectDirectory& directory, const ObisCode& code) {
    CosemObject* object = directory.find(code);
    if (!object || object->classId() != 3) {
        return std::nullopt;
    }
    RequestContext context;
    context.directory = &directory;
    auto value = object->get(2, std::nullopt, context);
    auto su = object->get(3, std::nullopt, context);
    if (!value || !su) {
        return std::nullopt;
    }
    auto scalerUnit = cosem::ScalerUnit::fromData(*su);
    double v = 0;
    if (const auto* u = value->as<std::uint64_t>()) {
        v = double(*u);
    } else if (const auto* i = value->as<std::int64_t>()) {
        v = double(*i);
    } else {
        return std::nullopt;
    }
    int scaler = scalerUnit ? scalerUnit->scaler : 0;
    for (; scaler > 0; --scaler) {
        v *= 10;
    }
    for (; scaler < 0; ++scaler) {
        v /= 10;
    }
    return v;
}

std::optional<std::uint64_t> dataValue(const ObjectDirectory& directory, const ObisCode& code) {
    CosemObject* object = directory.find(code);
    if (!object) {
        return std::nullopt;
    }
    RequestContext context;
    context.directory = &directory;
    auto value = object->get(2, std::nullopt, context);
    if (!value) {
        return std::nullopt;
    }
    if (const auto* u = value->as<std::uint64_t>()) {
        return *u;
    }
    return std::nullopt;
}

std::string line(const char* obis, const char* value) {
    return std::string(obis) + "(" + value + ")\r\n";
}

/// "004521.337*kWh": `width` characters with `decimals` decimals, then the unit.
std::string quantity(double value, int width, int decimals, const char* unit) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%0*.*f*%s", width, decimals, value < 0 ? 0.0 : value, unit);
    return buf;
}

}  // namespace

std::uint16_t p1Crc(std::string_view text) {
    std::uint16_t crc = 0;
    for (unsigned char c : text) {
        crc ^= c;
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) ? std::uint16_t((crc >> 1) ^ 0xA001U) : std::uint16_t(crc >> 1);
        }
    }
    return crc;
}

std::string buildP1Telegram(const ObjectDirectory& directory, P1Variant variant,
                            std::chrono::local_seconds localTime, bool summerTime,
                            std::string_view identification, std::string_view equipmentId) {
    std::string t = "/" + std::string(identification) + "\r\n\r\n";
    t += line("1-3:0.2.8", "50");
    {
        const auto days = std::chrono::floor<std::chrono::days>(localTime);
        const std::chrono::year_month_day ymd{days};
        const std::chrono::hh_mm_ss hms{localTime - days};
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02d%02u%02u%02d%02d%02d%c", int(ymd.year()) % 100,
                      unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                      int(hms.minutes().count()), int(hms.seconds().count()),
                      summerTime ? 'S' : 'W');
        t += line("0-0:1.0.0", buf);
    }
    {
        std::string hex;
        for (unsigned char c : equipmentId) {
            char b[3];
            std::snprintf(b, sizeof b, "%02X", c);
            hex += b;
        }
        t += line("0-0:96.1.1", hex.c_str());
    }
    // Energy delivered to (1.8) and by (2.8) the client, tariffs 1 and 2 (kWh, 3 decimals).
    struct Energy {
        const char* p1;
        ObisCode code;
    };
    const Energy energies[] = {{"1-0:1.8.1", {1, 0, 1, 8, 1, 255}},
                               {"1-0:1.8.2", {1, 0, 1, 8, 2, 255}},
                               {"1-0:2.8.1", {1, 0, 2, 8, 1, 255}},
                               {"1-0:2.8.2", {1, 0, 2, 8, 2, 255}}};
    for (const auto& e : energies) {
        if (auto wh = registerValue(directory, e.code)) {
            t += line(e.p1, quantity(*wh / 1000.0, 10, 3, "kWh").c_str());
        }
    }
    if (auto tariff = dataValue(directory, ObisCode{0, 0, 96, 14, 0, 255})) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04u", unsigned(*tariff % 10000));
        t += line("0-0:96.14.0", buf);
    }
    if (variant == P1Variant::Full) {
        struct Power {
            const char* p1;
            ObisCode code;
            double divisor;
            int width;
            int decimals;
            const char* unit;
        };
        const Power values[] = {
            {"1-0:1.7.0", {1, 0, 1, 7, 0, 255}, 1000.0, 6, 3, "kW"},
            {"1-0:2.7.0", {1, 0, 2, 7, 0, 255}, 1000.0, 6, 3, "kW"},
            {"1-0:32.7.0", {1, 0, 32, 7, 0, 255}, 1.0, 5, 1, "V"},
            {"1-0:52.7.0", {1, 0, 52, 7, 0, 255}, 1.0, 5, 1, "V"},
            {"1-0:72.7.0", {1, 0, 72, 7, 0, 255}, 1.0, 5, 1, "V"},
            {"1-0:31.7.0", {1, 0, 31, 7, 0, 255}, 1.0, 3, 0, "A"},
            {"1-0:51.7.0", {1, 0, 51, 7, 0, 255}, 1.0, 3, 0, "A"},
            {"1-0:71.7.0", {1, 0, 71, 7, 0, 255}, 1.0, 3, 0, "A"},
            {"1-0:21.7.0", {1, 0, 21, 7, 0, 255}, 1000.0, 6, 3, "kW"},
            {"1-0:41.7.0", {1, 0, 41, 7, 0, 255}, 1000.0, 6, 3, "kW"},
            {"1-0:61.7.0", {1, 0, 61, 7, 0, 255}, 1000.0, 6, 3, "kW"},
        };
        for (const auto& v : values) {
            if (auto x = registerValue(directory, v.code)) {
                t += line(v.p1, quantity(*x / v.divisor, v.width, v.decimals, v.unit).c_str());
            }
        }
    }
    t += "!";
    char crc[8];
    std::snprintf(crc, sizeof crc, "%04X", unsigned(p1Crc(t)));
    t += crc;
    t += "\r\n";
    return t;
}

}  // namespace omt::sim

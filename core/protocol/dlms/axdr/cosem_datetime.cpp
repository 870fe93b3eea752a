#include "protocol/dlms/axdr/cosem_datetime.h"

#include <cstdio>
#include <string>

namespace omt::dlms {

namespace {

AxdrFailure bad(std::size_t offset, std::string detail) {
    return AxdrFailure{AxdrError::BadDateTime, offset, std::move(detail)};
}

bool inRangeOrUnspecified(std::uint8_t v, unsigned lo, unsigned hi) {
    return v == 0xFF || (v >= lo && v <= hi);
}

std::string twoDigits(unsigned v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u", v);
    return buf;
}

const char* weekdayName(std::uint8_t dow) {
    static const char* const kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (dow >= 1 && dow <= 7) {
        return kNames[dow - 1];
    }
    return nullptr;
}

std::string field(std::uint8_t v) {
    if (v == 0xFF) {
        return "*";
    }
    return twoDigits(v);
}

}  // namespace

// --- wire bytes (members declared in data.h) -------------------------------------------------

Bytes CosemDate::toBytes() const {
    return {static_cast<std::uint8_t>(year >> 8), static_cast<std::uint8_t>(year & 0xFF), month,
            dayOfMonth, dayOfWeek};
}

Expected<CosemDate, AxdrFailure> CosemDate::fromBytes(ByteView bytes, bool validate) {
    if (bytes.size() != kCosemDateSize) {
        return AxdrFailure{AxdrError::BadLength, 0,
                           "date needs 5 bytes, have " + std::to_string(bytes.size())};
    }
    CosemDate d;
    d.year = static_cast<std::uint16_t>((bytes[0] << 8) | bytes[1]);
    d.month = bytes[2];
    d.dayOfMonth = bytes[3];
    d.dayOfWeek = bytes[4];
    if (validate) {
        if (auto v = validateDate(d); !v) {
            return v.error();
        }
    }
    return d;
}

Bytes CosemTime::toBytes() const {
    return {hour, minute, second, hundredths};
}

Expected<CosemTime, AxdrFailure> CosemTime::fromBytes(ByteView bytes, bool validate) {
    if (bytes.size() != kCosemTimeSize) {
        return AxdrFailure{AxdrError::BadLength, 0,
                           "time needs 4 bytes, have " + std::to_string(bytes.size())};
    }
    CosemTime t{bytes[0], bytes[1], bytes[2], bytes[3]};
    if (validate) {
        if (auto v = validateTime(t); !v) {
            return v.error();
        }
    }
    return t;
}

Bytes CosemDateTime::toBytes() const {
    Bytes out = date.toBytes();
    const Bytes t = time.toBytes();
    out.insert(out.end(), t.begin(), t.end());
    const auto dev = static_cast<std::uint16_t>(deviation);
    out.push_back(static_cast<std::uint8_t>(dev >> 8));
    out.push_back(static_cast<std::uint8_t>(dev & 0xFF));
    out.push_back(clockStatus);
    return out;
}

Expected<CosemDateTime, AxdrFailure> CosemDateTime::fromBytes(ByteView bytes, bool validate) {
    if (bytes.size() != kCosemDateTimeSize) {
        return AxdrFailure{AxdrError::BadLength, 0,
                           "date-time needs 12 bytes, have " + std::to_string(bytes.size())};
    }
    CosemDateTime dt;
    dt.date.year = static_cast<std::uint16_t>((bytes[0] << 8) | bytes[1]);
    dt.date.month = bytes[2];
    dt.date.dayOfMonth = bytes[3];
    dt.date.dayOfWeek = bytes[4];
    dt.time = CosemTime{bytes[5], bytes[6], bytes[7], bytes[8]};
    dt.deviation =
        static_cast<std::int16_t>(static_cast<std::uint16_t>((bytes[9] << 8) | bytes[10]));
    dt.clockStatus = bytes[11];
    if (validate) {
        if (auto v = validateDateTime(dt); !v) {
            return v.error();
        }
    }
    return dt;
}

// --- validation ------------------------------------------------------------------------------

Expected<void, AxdrFailure> validateDate(const CosemDate& d) {
    if (!(d.month == 0xFF || d.month == kMonthDstEnd || d.month == kMonthDstBegin ||
          (d.month >= 1 && d.month <= 12))) {
        return bad(2, "month " + std::to_string(d.month));
    }
    if (!(d.dayOfMonth == 0xFF || d.dayOfMonth == kDaySecondLast || d.dayOfMonth == kDayLast ||
          (d.dayOfMonth >= 1 && d.dayOfMonth <= 31))) {
        return bad(3, "day of month " + std::to_string(d.dayOfMonth));
    }
    if (!inRangeOrUnspecified(d.dayOfWeek, 1, 7)) {
        return bad(4, "day of week " + std::to_string(d.dayOfWeek));
    }
    return {};
}

Expected<void, AxdrFailure> validateTime(const CosemTime& t) {
    if (!inRangeOrUnspecified(t.hour, 0, 23)) {
        return bad(0, "hour " + std::to_string(t.hour));
    }
    if (!inRangeOrUnspecified(t.minute, 0, 59)) {
        return bad(1, "minute " + std::to_string(t.minute));
    }
    if (!inRangeOrUnspecified(t.second, 0, 59)) {
        return bad(2, "second " + std::to_string(t.second));
    }
    if (!inRangeOrUnspecified(t.hundredths, 0, 99)) {
        return bad(3, "hundredths " + std::to_string(t.hundredths));
    }
    return {};
}

Expected<void, AxdrFailure> validateDateTime(const CosemDateTime& dt) {
    if (auto v = validateDate(dt.date); !v) {
        return v;
    }
    if (auto v = validateTime(dt.time); !v) {
        auto f = v.error();
        f.offset += kCosemDateSize;
        return f;
    }
    if (dt.deviation != CosemDateTime::kDeviationNotSpecified &&
        (dt.deviation < -720 || dt.deviation > 720)) {
        return bad(9, "deviation " + std::to_string(dt.deviation));
    }
    return {};
}

bool isFullySpecified(const CosemDate& d) {
    if (d.year == CosemDate::kYearNotSpecified || d.month < 1 || d.month > 12 || d.dayOfMonth < 1 ||
        d.dayOfMonth > 31) {
        return false;
    }
    using namespace std::chrono;
    return year_month_day{year{d.year}, month{d.month}, day{d.dayOfMonth}}.ok();
}

bool isFullySpecified(const CosemTime& t) {
    return t.hour <= 23 && t.minute <= 59 && t.second <= 59;
}

// --- chrono ----------------------------------------------------------------------------------

Expected<std::chrono::sys_seconds, AxdrFailure> toSysSeconds(const CosemDateTime& dt,
                                                             std::int16_t assumedDeviation) {
    using namespace std::chrono;
    if (!isFullySpecified(dt.date)) {
        return bad(0, "date not fully specified: " + toIsoString(dt.date));
    }
    if (!isFullySpecified(dt.time)) {
        return bad(kCosemDateSize, "time not fully specified: " + toIsoString(dt.time));
    }
    const std::int16_t dev =
        dt.deviation == CosemDateTime::kDeviationNotSpecified ? assumedDeviation : dt.deviation;
    if (dev == CosemDateTime::kDeviationNotSpecified) {
        return bad(9, "deviation not specified");
    }
    if (dev < -720 || dev > 720) {
        return bad(9, "deviation " + std::to_string(dev));
    }
    const sys_days date =
        year_month_day{year{dt.date.year}, month{dt.date.month}, day{dt.date.dayOfMonth}};
    const sys_seconds local =
        date + hours{dt.time.hour} + minutes{dt.time.minute} + seconds{dt.time.second};
    return local + minutes{dev};  // UTC = local + deviation
}

Expected<std::chrono::sys_seconds, AxdrFailure> toSysSeconds(const CosemDateTime& dt) {
    return toSysSeconds(dt, CosemDateTime::kDeviationNotSpecified);
}

Expected<CosemDateTime, AxdrFailure> fromSysSeconds(std::chrono::sys_seconds utc,
                                                    std::int16_t deviation,
                                                    std::uint8_t clockStatus) {
    using namespace std::chrono;
    if (deviation < -720 || deviation > 720) {
        return bad(9, "deviation " + std::to_string(deviation));
    }
    const sys_seconds local = utc - minutes{deviation};
    const sys_days date = floor<days>(local);
    const year_month_day ymd{date};
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 0xFFFE) {
        return bad(0, "year " + std::to_string(y));
    }
    const hh_mm_ss<seconds> tod{local - date};
    CosemDateTime dt;
    dt.date.year = static_cast<std::uint16_t>(y);
    dt.date.month = static_cast<std::uint8_t>(static_cast<unsigned>(ymd.month()));
    dt.date.dayOfMonth = static_cast<std::uint8_t>(static_cast<unsigned>(ymd.day()));
    dt.date.dayOfWeek = static_cast<std::uint8_t>(weekday{date}.iso_encoding());
    dt.time.hour = static_cast<std::uint8_t>(tod.hours().count());
    dt.time.minute = static_cast<std::uint8_t>(tod.minutes().count());
    dt.time.second = static_cast<std::uint8_t>(tod.seconds().count());
    dt.time.hundredths = 0;
    dt.deviation = deviation;
    dt.clockStatus = clockStatus;
    return dt;
}

// --- ISO 8601 text ---------------------------------------------------------------------------

std::string toIsoString(const CosemDate& d) {
    std::string s;
    if (d.year == CosemDate::kYearNotSpecified) {
        s = "*";
    } else {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04u", static_cast<unsigned>(d.year));
        s = buf;
    }
    s += '-';
    switch (d.month) {
        case kMonthDstEnd:
            s += "DST-end";
            break;
        case kMonthDstBegin:
            s += "DST-begin";
            break;
        default:
            s += field(d.month);
    }
    s += '-';
    switch (d.dayOfMonth) {
        case kDaySecondLast:
            s += "last-1";
            break;
        case kDayLast:
            s += "last";
            break;
        default:
            s += field(d.dayOfMonth);
    }
    if (!isFullySpecified(d) && d.dayOfWeek != 0xFF) {
        const char* name = weekdayName(d.dayOfWeek);
        s += '(';
        s += name != nullptr ? std::string(name) : std::to_string(d.dayOfWeek);
        s += ')';
    }
    return s;
}

std::string toIsoString(const CosemTime& t) {
    std::string s = field(t.hour) + ':' + field(t.minute) + ':' + field(t.second);
    if (t.hundredths != 0xFF && t.hundredths != 0) {
        s += '.' + twoDigits(t.hundredths);
    }
    return s;
}

std::string toIsoString(const CosemDateTime& dt) {
    std::string s = toIsoString(dt.date) + 'T' + toIsoString(dt.time);
    if (dt.deviation == CosemDateTime::kDeviationNotSpecified) {
        return s;
    }
    const int offset = -static_cast<int>(dt.deviation);  // minutes east of UTC
    if (offset == 0) {
        return s + 'Z';
    }
    const unsigned a = static_cast<unsigned>(offset < 0 ? -offset : offset);
    s += offset < 0 ? '-' : '+';
    s += twoDigits(a / 60) + ':' + twoDigits(a % 60);
    return s;
}

}  // namespace omt::dlms

#include "meter_commands.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <chrono>
#include <cstdio>
#include <map>

#include <unistd.h>

#include "config_commands.h"
#include "connection.h"
#include "link/bluetooth_scanner.h"
#include "link/serial_transport.h"
#include "meter/device_profile.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/interface_class.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/axdr/display.h"
#include "value_text.h"

namespace omt::app {

namespace {

using cosem::ObisCode;
using dlms::AttributeRef;
using dlms::Data;
using dlms::DataAccessResult;

const QString kSync = QStringLiteral("sync");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kLast = QStringLiteral("last");
const QString kCsv = QStringLiteral("csv");

const ObisCode kCurrentAssociation{0, 0, 40, 0, 0, 255};
const ObisCode kClock{0, 0, 1, 0, 0, 255};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString obisText(const ObisCode& c) {
    return QString::fromStdString(c.toString());
}

QString resultName(DataAccessResult r) {
    return QLatin1String(dlms::nameOf(r));
}

/// "CLASS/OBIS:N", "OBIS:N" or "OBIS" (N defaults to `defaultIndex`).
struct Spec {
    std::optional<std::uint16_t> classId;
    ObisCode obis;
    std::int8_t index = 2;
};

Expected<Spec, QString> parseSpec(const QString& text, std::int8_t defaultIndex) {
    Spec spec;
    spec.index = defaultIndex;
    QString rest = text;
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        bool ok = false;
        const unsigned c = rest.left(slash).toUInt(&ok);
        if (!ok || c > 0xFFFF) {
            return omt::unexpected(QStringLiteral("'%1' is not a class id").arg(rest.left(slash)));
        }
        spec.classId = std::uint16_t(c);
        rest = rest.mid(slash + 1);
    }
    // The index follows the last ':' unless that ':' belongs to the "A-B:C.D.E*F" notation.
    const int colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        const int index = rest.mid(colon + 1).toInt(&ok);
        if (ok && ObisCode::parse(rest.left(colon).toStdString())) {
            if (index < 1 || index > 127) {
                return omt::unexpected(
                    QStringLiteral("attribute/method %1 is out of range (1..127)").arg(index));
            }
            spec.index = std::int8_t(index);
            rest = rest.left(colon);
        }
    }
    auto code = ObisCode::parse(rest.toStdString());
    if (!code) {
        return omt::unexpected(QStringLiteral("'%1' is not an OBIS code: %2")
                                   .arg(rest, QString::fromStdString(code.error().detail)));
    }
    spec.obis = *code;
    return spec;
}

QString valueText(const Data& d) {
    return QString::fromStdString(dlms::toDisplayString(d, 2000));
}

/// A date-time held as an octet-string(12) (Clock attribute 2) or a date-time value, as ISO text.
std::optional<QString> dateTimeText(const Data& d) {
    if (const auto* dt = d.as<dlms::CosemDateTime>()) {
        return QString::fromStdString(dlms::toIsoString(*dt));
    }
    if (const auto* bytes = d.as<Bytes>(); bytes && d.type() == dlms::DataType::OctetString &&
                                           bytes->size() == dlms::kCosemDateTimeSize) {
        auto dt = dlms::CosemDateTime::fromBytes(*bytes);
        if (dt) {
            return QString::fromStdString(dlms::toIsoString(*dt));
        }
    }
    return std::nullopt;
}

QString stringValue(const Data& d) {
    if (const auto* s = d.as<std::string>()) {
        return QString::fromStdString(*s);
    }
    if (const auto* b = d.as<Bytes>()) {
        bool printable = !b->empty();
        for (auto c : *b) {
            printable = printable && c >= 0x20 && c < 0x7F;
        }
        return printable ? QString::fromLatin1(reinterpret_cast<const char*>(b->data()),
                                               qsizetype(b->size()))
                         : QString::fromStdString(toHex(*b));
    }
    return valueText(d);
}

int sessionFailure(QTextStream& err, const link::SessionError& e) {
    err << "omt: " << link::describe(e) << "\n";
    return 1;
}

/// The association's object list (attribute 2 of the current association).
Expected<cosem::ObjectList, QString> readObjectList(BlockingMeter& meter) {
    auto got = meter.get({{15, kCurrentAssociation, 2, std::nullopt}});
    if (!got) {
        return omt::unexpected(link::describe(got.error()));
    }
    const auto& result = got->items.at(0).result;
    if (const auto* r = std::get_if<DataAccessResult>(&result)) {
        return omt::unexpected(
            QStringLiteral("the meter does not give its object list (%1)").arg(resultName(*r)));
    }
    auto list = cosem::ObjectList::fromData(std::get<Data>(result));
    if (!list) {
        return omt::unexpected(QStringLiteral("the meter's object list does not decode: %1")
                                   .arg(QString::fromStdString(list.error().detail)));
    }
    return *list;
}

/// Resolves the class ids the specs leave out from the object list (read once, when needed).
Expected<std::vector<AttributeRef>, QString> resolve(BlockingMeter& meter,
                                                     const std::vector<Spec>& specs) {
    std::optional<cosem::ObjectList> list;
    std::vector<AttributeRef> refs;
    for (const auto& spec : specs) {
        AttributeRef ref{spec.classId.value_or(0), spec.obis, spec.index, std::nullopt};
        if (!spec.classId) {
            if (!list) {
                auto read = readObjectList(meter);
                if (!read) {
                    return omt::unexpected(read.error());
                }
                list = std::move(*read);
            }
            const auto it = std::find_if(list->entries.begin(), list->entries.end(),
                                         [&](const auto& e) { return e.logicalName == spec.obis; });
            if (it == list->entries.end()) {
                return omt::unexpected(
                    QStringLiteral("object %1 is not in this meter's association (give CLASS/%1 "
                                   "to ask anyway)")
                        .arg(obisText(spec.obis)));
            }
            ref.classId = it->classId;
        }
        refs.push_back(ref);
    }
    return refs;
}

// ---------------------------------------------------------------------------------------------

int runIdentify(BlockingMeter& meter, QTextStream& out) {
    struct Item {
        const char* label;
        std::uint16_t classId;
        ObisCode obis;
    };
    const Item items[] = {
        {"logical device name", 1, {0, 0, 42, 0, 0, 255}},
        {"serial number", 1, {0, 0, 96, 1, 0, 255}},
        {"type number", 1, {0, 0, 96, 1, 1, 255}},
        {"firmware", 1, {1, 0, 0, 2, 0, 255}},
        {"clock", 8, kClock},
    };
    std::vector<AttributeRef> refs;
    for (const auto& i : items) {
        refs.push_back({i.classId, i.obis, 2, std::nullopt});
    }
    auto got = meter.get(refs);
    if (!got) {
        return 1;
    }
    for (std::size_t n = 0; n < got->items.size() && n < std::size(items); ++n) {
        out << QStringLiteral("%1:").arg(QLatin1String(items[n].label), -20) << " ";
        const auto& r = got->items[n].result;
        if (const auto* e = std::get_if<DataAccessResult>(&r)) {
            out << "(" << resultName(*e) << ")\n";
            continue;
        }
        const Data& d = std::get<Data>(r);
        if (items[n].classId == 8) {
            out << dateTimeText(d).value_or(valueText(d)) << "\n";
            continue;
        }
        const QString text = stringValue(d);
        out << text << "\n";
        if (n == 2) {
            auto type = meter::TypeNumber::decode(text.toStdString());
            if (type) {
                for (const auto& p : type->positions()) {
                    out << "    " << QString::fromStdString(p.label) << " "
                        << QString::fromStdString(p.code) << ": "
                        << QString::fromStdString(p.meaning) << "\n";
                }
            } else {
                out << "    (does not decode: " << QString::fromStdString(type.error().detail)
                    << ")\n";
            }
        }
    }
    return 0;
}

int runObjects(BlockingMeter& meter, QTextStream& out, QTextStream& err) {
    auto list = readObjectList(meter);
    if (!list) {
        err << "omt: " << list.error() << "\n";
        return 1;
    }
    for (const auto& e : list->entries) {
        const auto* info = cosem::findClass(e.classId);
        const std::string name = cosem::obisName(e.logicalName);
        out << QStringLiteral("%1  %2 v%3  %4")
                   .arg(obisText(e.logicalName), -20)
                   .arg(info ? qs(info->name) : QStringLiteral("class %1").arg(e.classId), -22)
                   .arg(e.version)
                   .arg(QString::fromStdString(name))
            << "\n";
        QStringList rights;
        for (const auto& a : e.accessRights.attributeAccess) {
            const bool r = a.readable(cosem::kAssociationLnVersion);
            const bool w = a.writable(cosem::kAssociationLnVersion);
            if (r || w) {
                rights << QStringLiteral("%1%2 %3")
                              .arg(a.attributeId)
                              .arg(QLatin1String(r && w ? "rw"
                                                 : r    ? "r"
                                                        : "w"))
                              .arg(qs(cosem::attributeName(e.classId, a.attributeId)));
            }
        }
        for (const auto& m : e.accessRights.methodAccess) {
            if (m.permitted(cosem::kAssociationLnVersion)) {
                rights << QStringLiteral("m%1 %2")
                              .arg(m.methodId)
                              .arg(qs(cosem::methodName(e.classId, m.methodId)));
            }
        }
        out << "    " << (rights.isEmpty() ? QStringLiteral("(no access)") : rights.join(", "))
            << "\n";
    }
    out << list->entries.size() << " objects\n";
    return 0;
}

int runGet(BlockingMeter& meter, const QStringList& args, QTextStream& out, QTextStream& err) {
    std::vector<Spec> specs;
    for (const auto& a : args) {
        auto spec = parseSpec(a, 2);
        if (!spec) {
            err << "omt: " << spec.error() << "\n";
            return 2;
        }
        specs.push_back(*spec);
    }
    auto refs = resolve(meter, specs);
    if (!refs) {
        err << "omt: " << refs.error() << "\n";
        return 1;
    }
    // Register values (classes 3, 4, 5, attribute 2) are shown scaled too: their scaler_unit
    // rides along in the same request.
    std::vector<AttributeRef> all = *refs;
    std::map<std::size_t, std::size_t> scalerOf;
    for (std::size_t i = 0; i < refs->size(); ++i) {
        const auto& r = (*refs)[i];
        if ((r.classId == 3 || r.classId == 4 || r.classId == 5) && r.attribute == 2) {
            scalerOf[i] = all.size();
            all.push_back({r.classId, r.obis, 3, std::nullopt});
        }
    }
    auto got = meter.get(all);
    if (!got) {
        return sessionFailure(err, got.error());
    }
    int rc = 0;
    for (std::size_t i = 0; i < refs->size() && i < got->items.size(); ++i) {
        const auto& item = got->items[i];
        const auto& ref = item.attribute;
        out << obisText(ref.obis) << ":" << ref.attribute << " "
            << qs(cosem::attributeName(ref.classId, ref.attribute)) << " = ";
        if (const auto* e = std::get_if<DataAccessResult>(&item.result)) {
            out << "(" << resultName(*e) << ")\n";
            rc = 1;
            continue;
        }
        const Data& d = std::get<Data>(item.result);
        out << dateTimeText(d).value_or(valueText(d));
        if (auto s = scalerOf.find(i); s != scalerOf.end() && s->second < got->items.size()) {
            if (const auto* su = std::get_if<Data>(&got->items[s->second].result)) {
                if (auto scalerUnit = cosem::ScalerUnit::fromData(*su)) {
                    auto text =
                        cosem::formatRegisterValue(d, *scalerUnit, cosem::MetricPrefix::Allowed);
                    // A plain count with scaler 0 reads the same as the raw value: no echo.
                    if (text && QString::fromStdString(*text) != valueText(d).section(' ', -1)) {
                        out << "  (" << QString::fromStdString(*text) << ")";
                    }
                }
            }
        }
        out << "\n";
    }
    return rc;
}

int runSet(BlockingMeter& meter, const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.size() != 2) {
        err << "omt: set takes OBIS:ATTR VALUE, e.g. omt set 1.0.0.4.2.255:2 200\n";
        return 2;
    }
    auto spec = parseSpec(args[0], 2);
    if (!spec) {
        err << "omt: " << spec.error() << "\n";
        return 2;
    }
    auto refs = resolve(meter, {*spec});
    if (!refs) {
        err << "omt: " << refs.error() << "\n";
        return 1;
    }
    auto before = meter.get(*refs);
    if (!before) {
        return sessionFailure(err, before.error());
    }
    const Data* current = std::get_if<Data>(&before->items.at(0).result);
    auto value = parseValue(args[1], current);
    if (!value) {
        err << "omt: " << value.error() << "\n";
        return 2;
    }
    auto set = meter.set({{refs->front(), *value}});
    if (!set) {
        return sessionFailure(err, set.error());
    }
    const auto result = set->items.at(0).result;
    if (result != DataAccessResult::Success) {
        err << "omt: the meter refused to set " << obisText(spec->obis) << ":" << spec->index
            << " (" << resultName(result) << ")\n";
        return 1;
    }
    auto after = meter.get(*refs);
    if (!after) {
        return sessionFailure(err, after.error());
    }
    const Data* now = std::get_if<Data>(&after->items.at(0).result);
    if (!now || !(*now == *value)) {
        err << "omt: written, but the meter now reports "
            << (now ? valueText(*now) : QStringLiteral("no value")) << "\n";
        return 1;
    }
    out << obisText(spec->obis) << ":" << spec->index << " "
        << (current ? valueText(*current) : QStringLiteral("?")) << " -> " << valueText(*now)
        << " (verified)\n";
    return 0;
}

int runAction(BlockingMeter& meter, const QStringList& args, QTextStream& out, QTextStream& err) {
    if (args.isEmpty() || args.size() > 2) {
        err << "omt: action takes OBIS:METHOD [TYPE:VALUE], e.g. omt action 0.0.1.0.0.255:6 "
               "i16:-30\n";
        return 2;
    }
    auto spec = parseSpec(args[0], 1);
    if (!spec) {
        err << "omt: " << spec.error() << "\n";
        return 2;
    }
    auto refs = resolve(meter, {*spec});
    if (!refs) {
        err << "omt: " << refs.error() << "\n";
        return 1;
    }
    std::optional<Data> parameter;
    if (args.size() == 2) {
        auto value = parseValue(args[1], nullptr);
        if (!value) {
            err << "omt: " << value.error() << "\n";
            return 2;
        }
        parameter = *value;
    }
    dlms::MethodRef method{refs->front().classId, spec->obis, spec->index};
    auto done = meter.action(method, parameter);
    if (!done) {
        return sessionFailure(err, done.error());
    }
    if (done->result != dlms::ActionResult::Success) {
        err << "omt: the meter refused " << obisText(spec->obis) << " method " << spec->index
            << " (" << QLatin1String(dlms::nameOf(done->result)) << ")\n";
        return 1;
    }
    out << obisText(spec->obis) << " " << qs(cosem::methodName(method.classId, method.method))
        << ": done";
    if (done->returnParameters) {
        if (const auto* d = std::get_if<Data>(&*done->returnParameters)) {
            out << ", returned " << valueText(*d);
        }
    }
    out << "\n";
    return 0;
}

int runClock(BlockingMeter& meter, bool sync, QTextStream& out, QTextStream& err) {
    auto got = meter.get({{8, kClock, 2, std::nullopt}, {8, kClock, 3, std::nullopt}});
    if (!got) {
        return sessionFailure(err, got.error());
    }
    const auto pcNow =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const Data* time = std::get_if<Data>(&got->items.at(0).result);
    const Data* zone = std::get_if<Data>(&got->items.at(1).result);
    if (!time) {
        err << "omt: the meter does not give its time ("
            << resultName(std::get<DataAccessResult>(got->items.at(0).result)) << ")\n";
        return 1;
    }
    auto reading = cosem::readClock(*time, zone);
    if (!reading) {
        err << "omt: the meter's time does not decode (" << qs(reading.error().detail)
            << "): " << valueText(*time) << "\n";
        return 1;
    }
    out << "meter time: " << QString::fromStdString(dlms::toIsoString(reading->time)) << "\n";
    const auto drift = (reading->utc - pcNow).count();
    out << "drift:      " << (drift >= 0 ? "+" : "") << drift
        << " s against this computer's clock\n";
    if (!sync) {
        return 0;
    }
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto newTime = cosem::clockTimeFor(*reading, now);
    if (!newTime) {
        err << "omt: cannot express this computer's time for the meter\n";
        return 1;
    }
    auto set = meter.set({{{8, kClock, 2, std::nullopt}, *newTime}});
    if (!set) {
        return sessionFailure(err, set.error());
    }
    if (set->items.at(0).result != DataAccessResult::Success) {
        err << "omt: the meter refused the new time (" << resultName(set->items.at(0).result)
            << "); a writing association is needed "
            << "(e.g. --auth high)\n";
        return 1;
    }
    const auto shown = cosem::readClock(*newTime);
    out << "set to:     "
        << (shown ? QString::fromStdString(dlms::toIsoString(shown->time)) : valueText(*newTime))
        << "\n";
    return 0;
}

/// RFC 4180 field quoting (the audit log's, core/meter).
QString csvField(const QString& s) {
    return QString::fromStdString(meter::csvField(s.toStdString()));
}

Expected<Data, QString> isoToClockValue(const QString& text) {
    const auto dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        return omt::unexpected(
            QStringLiteral("'%1' is not an ISO 8601 time like 2026-11-01T00:00:00Z").arg(text));
    }
    const auto utc = std::chrono::sys_seconds{std::chrono::seconds{dt.toSecsSinceEpoch()}};
    const auto offsetMinutes = std::int16_t(-dt.offsetFromUtc() / 60);
    auto cosemTime = dlms::fromSysSeconds(utc, offsetMinutes);
    if (!cosemTime) {
        return omt::unexpected(QStringLiteral("'%1' is out of range").arg(text));
    }
    return Data::octetString(cosemTime->toBytes());
}

/// How many registers `profile` may hold for a selective read, as the meter's device profile
/// says (the analysis logger's rule: the OMNIA's 48 registers are read selectively only up to
/// 36); nullopt when the profile says nothing or the meter's type cannot be read.
std::optional<std::size_t> selectiveRegisterLimit(BlockingMeter& meter, const ObisCode& profile) {
    const ObisCode ldn{0, 0, 42, 0, 0, 255};
    const ObisCode type{0, 0, 96, 1, 1, 255};
    auto identity = meter.get({{1, ldn, 2, std::nullopt}, {1, type, 2, std::nullopt}});
    if (!identity || identity->items.size() != 2) {
        return std::nullopt;
    }
    const auto textAt = [&](std::size_t i) {
        const auto* d = std::get_if<Data>(&identity->items[i].result);
        if (const auto* s = d ? d->as<std::string>() : nullptr) {
            return *s;
        }
        if (const auto* b = d ? d->as<Bytes>() : nullptr) {
            return std::string(b->begin(), b->end());
        }
        return std::string();
    };
    const auto family = meter::familyOf(textAt(1), textAt(0));
    if (!family) {
        return std::nullopt;
    }
    auto device = meter::loadDeviceProfile(*family, resourceDirectory().toStdString());
    const auto* logger = device ? device->find(meter::Setting::AnalysisLogger) : nullptr;
    if (logger == nullptr || logger->objects.front() != profile) {
        return std::nullopt;
    }
    return device->rules().analysisLoggerSelectiveRegisters;
}

int runProfile(BlockingMeter& meter, const QStringList& args, const QCommandLineParser& parser,
               QTextStream& out, QTextStream& err) {
    if (args.size() != 1) {
        err << "omt: profile takes one OBIS code, e.g. omt profile 1.0.99.1.0.255 --last 96\n";
        return 2;
    }
    auto spec = parseSpec(args[0], 2);
    if (!spec) {
        err << "omt: " << spec.error() << "\n";
        return 2;
    }
    const ObisCode profile = spec->obis;
    if (parser.isSet(kLast) && (parser.isSet(kFrom) || parser.isSet(kTo))) {
        err << "omt: give --last N or --from/--to, not both\n";
        return 2;
    }
    auto columns = meter.get({{7, profile, 3, std::nullopt}, {7, profile, 7, std::nullopt}});
    if (!columns) {
        return sessionFailure(err, columns.error());
    }
    const Data* captureData = std::get_if<Data>(&columns->items.at(0).result);
    if (!captureData) {
        err << "omt: " << obisText(profile) << " is not a readable profile ("
            << resultName(std::get<DataAccessResult>(columns->items.at(0).result)) << ")\n";
        return 1;
    }
    auto capture = cosem::CaptureObjects::fromData(*captureData);
    if (!capture) {
        err << "omt: the capture objects do not decode: "
            << QString::fromStdString(capture.error().detail) << "\n";
        return 1;
    }
    // Units of the register columns (classes 3, 4, 5: attribute 3 is scaler_unit).
    std::vector<AttributeRef> unitRefs;
    std::vector<std::size_t> unitColumns;
    for (std::size_t i = 0; i < capture->entries.size(); ++i) {
        const auto& c = capture->entries[i];
        if ((c.classId == 3 || c.classId == 4 || c.classId == 5) && c.attributeIndex == 2) {
            unitRefs.push_back({c.classId, c.logicalName, 3, std::nullopt});
            unitColumns.push_back(i);
        }
    }
    std::vector<std::optional<cosem::ScalerUnit>> units(capture->entries.size());
    if (!unitRefs.empty()) {
        auto got = meter.get(unitRefs);
        if (!got) {
            return sessionFailure(err, got.error());
        }
        for (std::size_t k = 0; k < got->items.size(); ++k) {
            if (const auto* d = std::get_if<Data>(&got->items[k].result)) {
                if (auto su = cosem::ScalerUnit::fromData(*d)) {
                    units[unitColumns[k]] = *su;
                }
            }
        }
    }

    AttributeRef buffer{7, profile, 2, std::nullopt};
    // A logger wider than the meter reads selectively (the OMNIA's analysis logger: 36 of its up
    // to 48 registers) is read whole and its entries picked here.
    const auto registers = std::size_t(
        std::count_if(capture->entries.begin(), capture->entries.end(),
                      [](const cosem::CaptureObjectDefinition& c) { return c.classId != 8; }));
    bool selectHere = false;
    if (parser.isSet(kLast) || parser.isSet(kFrom) || parser.isSet(kTo)) {
        if (const auto limit = selectiveRegisterLimit(meter, profile);
            limit && registers > *limit) {
            selectHere = true;
            err << "omt: " << obisText(profile) << " captures " << registers
                << " registers; this meter type reads at most " << *limit
                << " with selective access (device profile): reading every entry and selecting "
                   "them here\n";
        }
    }
    std::optional<std::uint32_t> lastWanted;
    std::optional<dlms::RangeDescriptor> rangeWanted;
    if (parser.isSet(kLast)) {
        bool ok = false;
        const unsigned last = parser.value(kLast).toUInt(&ok);
        const Data* inUse = std::get_if<Data>(&columns->items.at(1).result);
        const auto* entries = inUse ? inUse->as<std::uint64_t>() : nullptr;
        if (!ok || last == 0) {
            err << "omt: --last takes a number of entries\n";
            return 2;
        }
        if (!entries) {
            err << "omt: the profile does not say how many entries it holds\n";
            return 1;
        }
        const auto n = std::uint32_t(*entries);
        if (n == 0) {
            out << "the profile is empty\n";
            return 0;
        }
        buffer.access = dlms::makeEntryDescriptor({n > last ? n - last + 1 : 1, n, 1, 0});
        lastWanted = last;
    } else if (parser.isSet(kFrom) || parser.isSet(kTo)) {
        auto from = isoToClockValue(parser.isSet(kFrom) ? parser.value(kFrom)
                                                        : QStringLiteral("2000-01-01T00:00:00Z"));
        auto to = isoToClockValue(parser.isSet(kTo)
                                      ? parser.value(kTo)
                                      : QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!from || !to) {
            err << "omt: " << (from ? to.error() : from.error()) << "\n";
            return 2;
        }
        rangeWanted = dlms::RangeDescriptor{{8, kClock, 2, 0}, *from, *to, {}};
        buffer.access = dlms::makeRangeDescriptor(*rangeWanted);
    }
    if (selectHere) {
        buffer.access.reset();
    }
    // Progress on a terminal only: "\r" lines are noise in a log file or a pipe.
    const bool progress = !parser.isSet(QStringLiteral("quiet")) && isatty(fileno(stderr)) != 0;
    meter.setProgressLog([&err, progress](const link::SessionProgress& p) {
        if (!progress) {
            return;
        }
        err << "\romt: " << p.bytes << " bytes";
        if (p.secondsLeft >= 0) {
            err << ", about " << int(p.secondsLeft + 0.5) << " s left   ";
        }
        err.flush();
    });
    auto rows = meter.get({buffer});
    meter.setProgressLog({});
    if (progress) {
        err << "\r";
    }
    if (!rows) {
        return sessionFailure(err, rows.error());
    }
    const Data* bufferData = std::get_if<Data>(&rows->items.at(0).result);
    if (!bufferData) {
        err << "omt: the meter refused the profile buffer ("
            << resultName(std::get<DataAccessResult>(rows->items.at(0).result)) << ")\n";
        return 1;
    }
    Data selected;
    if (selectHere && bufferData->elements()) {
        const auto& all = *bufferData->elements();
        std::vector<Data> keep;
        if (lastWanted) {
            const std::size_t from = all.size() > *lastWanted ? all.size() - *lastWanted : 0;
            keep.assign(all.begin() + std::ptrdiff_t(from), all.end());
        } else if (rangeWanted) {
            auto picked = cosem::selectRowsInRange(*bufferData, *capture, *rangeWanted);
            if (!picked) {
                err << "omt: the entries cannot be selected by time: "
                    << QString::fromStdString(picked.error().detail) << "\n";
                return 1;
            }
            for (std::size_t i : *picked) {
                keep.push_back(all[i]);
            }
        }
        selected = Data::array(std::move(keep));
        bufferData = &selected;
    }

    // The CSV: a header naming each capture object with its unit, then one line per entry.
    QStringList header;
    for (std::size_t i = 0; i < capture->entries.size(); ++i) {
        const auto& c = capture->entries[i];
        QString h = obisText(c.logicalName);
        if (c.classId == 8 && c.attributeIndex == 2) {
            h = QStringLiteral("time");
        } else if (units[i] && units[i]->unit != cosem::Unit::Count) {
            const auto sym = cosem::unitSymbol(units[i]->unit);
            h += QStringLiteral(" [%1]").arg(qs(sym));
        }
        header << csvField(h);
    }
    QStringList lines{header.join(QLatin1Char(','))};
    const auto* entries = bufferData->elements();
    std::size_t count = 0;
    if (entries) {
        for (const auto& row : *entries) {
            const auto* cells = row.elements();
            if (!cells) {
                continue;
            }
            QStringList fields;
            for (std::size_t i = 0; i < cells->size(); ++i) {
                const Data& cell = (*cells)[i];
                QString text;
                if (auto t = dateTimeText(cell)) {
                    text = *t;
                } else if (i < units.size() && units[i]) {
                    auto f =
                        cosem::formatRegisterValue(cell, {units[i]->scaler, cosem::Unit::Count});
                    text = f ? QString::fromStdString(*f) : valueText(cell);
                } else {
                    text = cell.isNull() ? QString() : valueText(cell);
                }
                fields << csvField(text);
            }
            lines << fields.join(QLatin1Char(','));
            ++count;
        }
    }
    const QString csv = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (parser.isSet(kCsv)) {
        QSaveFile file(parser.value(kCsv));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
            err << "omt: cannot write " << parser.value(kCsv) << ": " << file.errorString() << "\n";
            return 1;
        }
        if (!parser.isSet(QStringLiteral("quiet"))) {
            err << "omt: " << count << " entries written to " << parser.value(kCsv) << "\n";
        }
    } else {
        out << csv;
    }
    return 0;
}

int runPorts(QTextStream& out) {
    const auto ports = link::SerialTransport::availablePorts();
    if (ports.isEmpty()) {
        out << "no serial ports found (is the optical head plugged in?)\n";
        return 0;
    }
    for (const auto& p : ports) {
        out << p.path;
        if (!p.description.isEmpty()) {
            out << "  " << p.description;
        }
        if (!p.manufacturer.isEmpty()) {
            out << " (" << p.manufacturer << ")";
        }
        if (p.vendorId && p.productId) {
            out << QStringLiteral("  USB %1:%2")
                       .arg(*p.vendorId, 4, 16, QLatin1Char('0'))
                       .arg(*p.productId, 4, 16, QLatin1Char('0'));
        }
        out << "\n";
    }
    return 0;
}

int runScanBluetooth(QTextStream& out, QTextStream& err) {
    link::BluetoothScanner scanner;
    QEventLoop loop;
    std::optional<link::TransportError> error;
    QList<link::HeadInfo> heads;
    QObject::connect(&scanner, &link::BluetoothScanner::discovered,
                     [&err](const link::HeadInfo& h) {
                         err << "omt: found " << h.address << " " << h.name << "\n";
                         err.flush();
                     });
    QObject::connect(&scanner, &link::BluetoothScanner::finished,
                     [&](const QList<link::HeadInfo>& found) {
                         heads = found;
                         loop.quit();
                     });
    QObject::connect(&scanner, &link::BluetoothScanner::failed, [&](const link::TransportError& e) {
        error = e;
        loop.quit();
    });
    err << "omt: scanning for Bluetooth optical heads...\n";
    err.flush();
    scanner.start();
    if (!error && heads.isEmpty()) {
        loop.exec();
    }
    if (error) {
        err << "omt: " << link::describe(link::fromTransportError(*error)) << "\n";
        return 1;
    }
    if (heads.isEmpty()) {
        out << "no Bluetooth devices found (is the head switched on and in range?)\n";
        return 0;
    }
    for (const auto& h : heads) {
        out << h.address << "  " << (h.name.isEmpty() ? QStringLiteral("(no name)") : h.name)
            << "  " << h.profiles();
        if (h.bleUart) {
            out << " (" << h.bleUartName << ")";
        }
        if (h.rssi) {
            out << "  " << *h.rssi << " dBm";
        }
        out << "\n";
    }
    return 0;
}

int runReadout(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    auto open = openMeter(parser, err, true);
    if (!open) {
        return 1;
    }
    const auto& readout = open->meter->readout();
    if (!readout || !readout->readout) {
        err << "omt: the meter sent no data readout\n";
        return 1;
    }
    const auto& id = readout->identification;
    out << "identification: " << QString::fromStdString(id.manufacturer) << " "
        << QString::fromStdString(id.identification) << "\n";
    for (const auto& set : readout->readout->dataSets) {
        out << QString::fromStdString(set.address);
        for (const auto& v : set.values) {
            out << "(" << QString::fromStdString(v.value);
            if (v.unit) {
                out << "*" << QString::fromStdString(*v.unit);
            }
            out << ")";
        }
        out << "\n";
    }
    open->meter->close();
    return 0;
}

}  // namespace

void addMeterCommandOptions(QCommandLineParser& p) {
    addConnectionOptions(p);
    p.addOption({kSync, QStringLiteral("clock: set the meter's clock to this computer's time.")});
    p.addOption(
        {kFrom, QStringLiteral("profile: first entry time (ISO 8601)."), QStringLiteral("TIME")});
    p.addOption(
        {kTo, QStringLiteral("profile: last entry time (ISO 8601)."), QStringLiteral("TIME")});
    p.addOption({kLast, QStringLiteral("profile: the last N entries."), QStringLiteral("N")});
    p.addOption({kCsv, QStringLiteral("profile: write CSV to FILE instead of standard output."),
                 QStringLiteral("FILE")});
}

bool isMeterCommand(const QString& c) {
    static const QStringList kCommands{QStringLiteral("identify"), QStringLiteral("readout"),
                                       QStringLiteral("objects"),  QStringLiteral("get"),
                                       QStringLiteral("set"),      QStringLiteral("action"),
                                       QStringLiteral("clock"),    QStringLiteral("profile"),
                                       QStringLiteral("ports"),    QStringLiteral("scan-bt")};
    return kCommands.contains(c);
}

int runMeterCommand(const QString& command, const QStringList& args,
                    const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    if (command == QLatin1String("ports")) {
        return runPorts(out);
    }
    if (command == QLatin1String("readout")) {
        return runReadout(parser, out, err);
    }
    if (command == QLatin1String("scan-bt")) {
        return runScanBluetooth(out, err);
    }
    if ((command == QLatin1String("get") || command == QLatin1String("set") ||
         command == QLatin1String("action")) &&
        args.isEmpty()) {
        err << "omt: " << command << " needs an OBIS code (see omt --help)\n";
        return 2;
    }
    // identify also works on a meter that gives only a mode C readout (no DLMS on its port).
    const bool identify = command == QLatin1String("identify");
    auto open = openMeter(parser, err, false, identify);
    if (!open) {
        return 1;
    }
    if (open->readoutOnly) {
        printReadoutIdentity(*open->readoutOnly, out);
        return 0;
    }
    BlockingMeter& meter = *open->meter;
    int rc = 0;
    if (command == QLatin1String("identify")) {
        rc = runIdentify(meter, out);
    } else if (command == QLatin1String("objects")) {
        rc = runObjects(meter, out, err);
    } else if (command == QLatin1String("get")) {
        rc = runGet(meter, args, out, err);
    } else if (command == QLatin1String("set")) {
        rc = runSet(meter, args, out, err);
    } else if (command == QLatin1String("action")) {
        rc = runAction(meter, args, out, err);
    } else if (command == QLatin1String("clock")) {
        rc = runClock(meter, parser.isSet(kSync), out, err);
    } else if (command == QLatin1String("profile")) {
        rc = runProfile(meter, args, parser, out, err);
    }
    out.flush();
    meter.close();
    return rc;
}

}  // namespace omt::app

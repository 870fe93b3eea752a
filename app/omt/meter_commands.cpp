#include "meter_commands.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
#include "meter/write_risk.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/clock.h"
#include "protocol/cosem/interface_class.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/profile_generic.h"
#include "protocol/cosem/secrets.h"
#include "protocol/cosem/unit.h"
#include "protocol/dlms/axdr/cosem_datetime.h"
#include "protocol/dlms/axdr/display.h"
#include "report.h"
#include "value_text.h"
#include "write_guard.h"

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

int sessionFailure(Report& report, const link::SessionError& e) {
    return report.fail(kExitFailed, link::describe(e));
}

/// The value of `ref` as text; a secret attribute's by its length only.
QString shownValue(const AttributeRef& ref, const Data& d) {
    if (cosem::isSecretAttribute(ref.classId, ref.attribute)) {
        const auto* bytes = d.as<Bytes>();
        const auto* text = d.as<std::string>();
        const std::size_t n = bytes ? bytes->size() : text ? text->size() : 0;
        return QStringLiteral("%1 (%2 bytes, secret: not shown)")
            .arg(QLatin1String(dlms::dataTypeName(d.type())))
            .arg(n);
    }
    return dateTimeText(d).value_or(valueText(d));
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

/// The command's positional arguments checked before anything is connected: the specs parse,
/// a typed VALUE parses, an untyped one is refused where it cannot be taken (an action's
/// parameter, a secret attribute, neither of which the meter gives to copy the type from).
std::optional<QString> argumentProblem(const QString& command, const QStringList& args) {
    if (command == QLatin1String("get")) {
        for (const auto& a : args) {
            if (auto spec = parseSpec(a, 2); !spec) {
                return spec.error();
            }
        }
        return std::nullopt;
    }
    if (command == QLatin1String("set")) {
        if (args.size() != 2) {
            return QStringLiteral("set takes OBIS:ATTR VALUE, e.g. omt set 1.0.0.4.2.255:2 200");
        }
        auto spec = parseSpec(args[0], 2);
        if (!spec) {
            return spec.error();
        }
        if (hasType(args[1])) {
            if (auto value = parseValue(args[1], nullptr); !value) {
                return value.error();
            }
        } else if (spec->classId && cosem::isSecretAttribute(*spec->classId, spec->index)) {
            return QStringLiteral(
                       "%1:%2 is a secret the meter does not give back, so the type "
                       "of the value cannot be taken from it: give it, e.g. hex:%3 "
                       "or str:%3")
                .arg(obisText(spec->obis))
                .arg(spec->index)
                .arg(QStringLiteral("VALUE"));
        }
        return std::nullopt;
    }
    if (command == QLatin1String("action")) {
        if (args.isEmpty() || args.size() > 2) {
            return QStringLiteral(
                "action takes OBIS:METHOD [TYPE:VALUE], e.g. omt action 0.0.1.0.0.255:6 i16:-30");
        }
        if (auto spec = parseSpec(args[0], 1); !spec) {
            return spec.error();
        }
        if (args.size() == 2) {
            if (auto value = parseValue(args[1], nullptr); !value) {
                return value.error();
            }
        }
        return std::nullopt;
    }
    if (command == QLatin1String("profile")) {
        if (args.size() != 1) {
            return QStringLiteral(
                "profile takes one OBIS code, e.g. omt profile 1.0.99.1.0.255 --last 96");
        }
        if (auto spec = parseSpec(args[0], 2); !spec) {
            return spec.error();
        }
        return std::nullopt;
    }
    if (!args.isEmpty()) {
        return QStringLiteral("%1 takes no arguments, not '%2'").arg(command, args.front());
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

int runIdentify(BlockingMeter& meter, Report& report) {
    struct Item {
        const char* label;
        const char* key;
        std::uint16_t classId;
        ObisCode obis;
    };
    const Item items[] = {
        {"logical device name", "logical-device-name", 1, {0, 0, 42, 0, 0, 255}},
        {"serial number", "serial-number", 1, {0, 0, 96, 1, 0, 255}},
        {"type number", "type-number", 1, {0, 0, 96, 1, 1, 255}},
        {"firmware", "firmware", 1, {1, 0, 0, 2, 0, 255}},
        {"clock", "clock", 8, kClock},
    };
    std::vector<AttributeRef> refs;
    for (const auto& i : items) {
        refs.push_back({i.classId, i.obis, 2, std::nullopt});
    }
    auto got = meter.get(refs);
    if (!got) {
        return sessionFailure(report, got.error());
    }
    QTextStream& out = report.out();
    QJsonObject json;
    for (std::size_t n = 0; n < got->items.size() && n < std::size(items); ++n) {
        const QString key = QLatin1String(items[n].key);
        if (!report.json()) {
            out << QStringLiteral("%1:").arg(QLatin1String(items[n].label), -20) << " ";
        }
        const auto& r = got->items[n].result;
        if (const auto* e = std::get_if<DataAccessResult>(&r)) {
            json[key] = QJsonObject{{QStringLiteral("error"), resultName(*e)}};
            if (!report.json()) {
                out << "(" << resultName(*e) << ")\n";
            }
            continue;
        }
        const Data& d = std::get<Data>(r);
        const QString text =
            items[n].classId == 8 ? dateTimeText(d).value_or(valueText(d)) : stringValue(d);
        json[key] = text;
        if (!report.json()) {
            out << text << "\n";
        }
        if (n == 2) {
            auto type = meter::TypeNumber::decode(text.toStdString());
            QJsonArray positions;
            if (type) {
                for (const auto& p : type->positions()) {
                    positions.append(QJsonObject{{QStringLiteral("position"), qs(p.label)},
                                                 {QStringLiteral("code"), qs(p.code)},
                                                 {QStringLiteral("meaning"), qs(p.meaning)}});
                    if (!report.json()) {
                        out << "    " << QString::fromStdString(p.label) << " "
                            << QString::fromStdString(p.code) << ": "
                            << QString::fromStdString(p.meaning) << "\n";
                    }
                }
                json[QStringLiteral("type-number-decoded")] = positions;
            } else if (!report.json()) {
                out << "    (does not decode: " << QString::fromStdString(type.error().detail)
                    << ")\n";
            }
        }
    }
    return report.finish(kExitOk, json);
}

int runObjects(BlockingMeter& meter, Report& report) {
    auto list = readObjectList(meter);
    if (!list) {
        return report.fail(kExitFailed, list.error());
    }
    QTextStream& out = report.out();
    QJsonArray objects;
    for (const auto& e : list->entries) {
        const auto* info = cosem::findClass(e.classId);
        const std::string name = cosem::obisName(e.logicalName);
        const QString className = info ? qs(info->name) : QStringLiteral("class %1").arg(e.classId);
        if (!report.json()) {
            out << QStringLiteral("%1  %2 v%3  %4")
                       .arg(obisText(e.logicalName), -20)
                       .arg(className, -22)
                       .arg(e.version)
                       .arg(QString::fromStdString(name))
                << "\n";
        }
        QStringList rights;
        QJsonArray attributes;
        QJsonArray methods;
        for (const auto& a : e.accessRights.attributeAccess) {
            const bool r = a.readable(cosem::kAssociationLnVersion);
            const bool w = a.writable(cosem::kAssociationLnVersion);
            if (r || w) {
                const QString access = QLatin1String(r && w ? "rw" : r ? "r" : "w");
                const QString attribute = qs(cosem::attributeName(e.classId, a.attributeId));
                rights << QStringLiteral("%1%2 %3").arg(a.attributeId).arg(access, attribute);
                attributes.append(QJsonObject{{QStringLiteral("index"), int(a.attributeId)},
                                              {QStringLiteral("name"), attribute},
                                              {QStringLiteral("access"), access}});
            }
        }
        for (const auto& m : e.accessRights.methodAccess) {
            if (m.permitted(cosem::kAssociationLnVersion)) {
                const QString method = qs(cosem::methodName(e.classId, m.methodId));
                rights << QStringLiteral("m%1 %2").arg(m.methodId).arg(method);
                methods.append(QJsonObject{{QStringLiteral("index"), int(m.methodId)},
                                           {QStringLiteral("name"), method}});
            }
        }
        objects.append(QJsonObject{{QStringLiteral("obis"), obisText(e.logicalName)},
                                   {QStringLiteral("class"), int(e.classId)},
                                   {QStringLiteral("class-name"), className},
                                   {QStringLiteral("version"), int(e.version)},
                                   {QStringLiteral("name"), QString::fromStdString(name)},
                                   {QStringLiteral("attributes"), attributes},
                                   {QStringLiteral("methods"), methods}});
        if (!report.json()) {
            out << "    " << (rights.isEmpty() ? QStringLiteral("(no access)") : rights.join(", "))
                << "\n";
        }
    }
    if (!report.json()) {
        out << list->entries.size() << " objects\n";
    }
    return report.finish(kExitOk, {{QStringLiteral("objects"), objects}});
}

int runGet(BlockingMeter& meter, const QStringList& args, Report& report) {
    std::vector<Spec> specs;
    for (const auto& a : args) {
        auto spec = parseSpec(a, 2);
        if (!spec) {
            return report.fail(kExitUsage, spec.error());
        }
        specs.push_back(*spec);
    }
    auto refs = resolve(meter, specs);
    if (!refs) {
        return report.fail(kExitFailed, refs.error());
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
        return sessionFailure(report, got.error());
    }
    QTextStream& out = report.out();
    int rc = kExitOk;
    QJsonArray values;
    for (std::size_t i = 0; i < refs->size() && i < got->items.size(); ++i) {
        const auto& item = got->items[i];
        const auto& ref = item.attribute;
        const QString name = qs(cosem::attributeName(ref.classId, ref.attribute));
        QJsonObject value{{QStringLiteral("class"), int(ref.classId)},
                          {QStringLiteral("obis"), obisText(ref.obis)},
                          {QStringLiteral("attribute"), int(ref.attribute)},
                          {QStringLiteral("name"), name}};
        if (!report.json()) {
            out << obisText(ref.obis) << ":" << ref.attribute << " " << name << " = ";
        }
        if (const auto* e = std::get_if<DataAccessResult>(&item.result)) {
            value[QStringLiteral("error")] = resultName(*e);
            values.append(value);
            if (!report.json()) {
                out << "(" << resultName(*e) << ")\n";
            }
            rc = kExitFailed;
            continue;
        }
        const Data& d = std::get<Data>(item.result);
        const QString text = shownValue(ref, d);
        value[QStringLiteral("value")] = text;
        if (!report.json()) {
            out << text;
        }
        if (auto s = scalerOf.find(i); s != scalerOf.end() && s->second < got->items.size()) {
            if (const auto* su = std::get_if<Data>(&got->items[s->second].result)) {
                if (auto scalerUnit = cosem::ScalerUnit::fromData(*su)) {
                    auto scaled =
                        cosem::formatRegisterValue(d, *scalerUnit, cosem::MetricPrefix::Allowed);
                    if (scaled) {
                        value[QStringLiteral("scaled")] = QString::fromStdString(*scaled);
                    }
                    // A plain count with scaler 0 reads the same as the raw value: no echo.
                    if (scaled && !report.json() &&
                        QString::fromStdString(*scaled) != valueText(d).section(' ', -1)) {
                        out << "  (" << QString::fromStdString(*scaled) << ")";
                    }
                }
            }
        }
        values.append(value);
        if (!report.json()) {
            out << "\n";
        }
    }
    return report.finish(rc, {{QStringLiteral("values"), values}},
                         rc == kExitOk ? QStringLiteral("ok") : QStringLiteral("refused"));
}

/// The meter's serial number (0.0.96.1.0.255), for the audit; "" when it does not give it.
std::string serialOf(BlockingMeter& meter) {
    auto got = meter.get({{1, ObisCode{0, 0, 96, 1, 0, 255}, 2, std::nullopt}});
    if (!got || got->items.empty()) {
        return {};
    }
    const auto* d = std::get_if<Data>(&got->items[0].result);
    if (d == nullptr) {
        return {};
    }
    if (const auto* text = d->as<std::string>()) {
        return *text;
    }
    if (const auto* bytes = d->as<Bytes>()) {
        return std::string(bytes->begin(), bytes->end());
    }
    return {};
}

/// A value for the audit log: a secret by its length only.
std::string auditText(bool secret, const Data& d) {
    if (secret) {
        const auto* bytes = d.as<Bytes>();
        return "(secret, " + std::to_string(bytes ? bytes->size() : 0) + " bytes)";
    }
    return dlms::toDisplayString(d);
}

/// Asks before a write that cannot be taken back (unless --yes); false when not confirmed.
bool confirmed(const QCommandLineParser& parser, Report& report, const QString& what,
               const std::string& warning) {
    if (parser.isSet(QStringLiteral("yes"))) {
        return true;
    }
    report.err() << "omt: WARNING: " << what << " " << qs(warning) << "\n";
    return askYesNo(report.err(), QStringLiteral("Go ahead?"));
}

int runSet(BlockingMeter& meter, const QStringList& args, const QCommandLineParser& parser,
           Report& report) {
    auto spec = parseSpec(args[0], 2);
    if (!spec) {
        return report.fail(kExitUsage, spec.error());
    }
    auto refs = resolve(meter, {*spec});
    if (!refs) {
        return report.fail(kExitFailed, refs.error());
    }
    const AttributeRef& ref = refs->front();
    const bool secret = cosem::isSecretAttribute(ref.classId, ref.attribute);
    auto before = meter.get(*refs);
    if (!before) {
        return sessionFailure(report, before.error());
    }
    const Data* current = std::get_if<Data>(&before->items.at(0).result);
    auto value = parseValue(args[1], current);
    if (!value) {
        return report.fail(kExitUsage, value.error());
    }
    const QString where = QStringLiteral("%1:%2").arg(obisText(spec->obis)).arg(spec->index);
    QJsonObject json{{QStringLiteral("class"), int(ref.classId)},
                     {QStringLiteral("obis"), obisText(ref.obis)},
                     {QStringLiteral("attribute"), int(ref.attribute)}};
    if (auto warning = meter::setWarning(ref.classId, ref.attribute);
        warning && !confirmed(parser, report, QStringLiteral("setting %1").arg(where), *warning)) {
        return report.fail(kExitUsage,
                           QStringLiteral("nothing written: not confirmed (give --yes "
                                          "to confirm from a script)"),
                           json);
    }
    // Every SET is audited: "attempting" first (no record, no write), then its result.
    auto audit = SingleWriteAudit::begin(
        parser, serialOf(meter), "set " + meter::addressText(ref.classId, ref.obis, ref.attribute),
        current ? auditText(secret, *current) : std::string(), auditText(secret, *value));
    if (!audit) {
        return report.fail(kExitFailed, QStringLiteral("nothing written: %1").arg(audit.error()),
                           json);
    }
    json[QStringLiteral("audit")] = audit->path();
    auto set = meter.set({{ref, *value}});
    if (!set) {
        audit->end("outcome unknown: " + link::describe(set.error()).toStdString());
        return sessionFailure(report, set.error());
    }
    const auto result = set->items.at(0).result;
    if (result != DataAccessResult::Success) {
        audit->end(std::string("refused: ") + dlms::nameOf(result));
        json[QStringLiteral("error")] = resultName(result);
        return report.fail(
            kExitFailed,
            QStringLiteral("the meter refused to set %1 (%2)").arg(where, resultName(result)),
            json);
    }
    auto after = meter.get(*refs);
    if (!after) {
        audit->end("written, not verified: " + link::describe(after.error()).toStdString());
        return sessionFailure(report, after.error());
    }
    const QString beforeText = current ? shownValue(ref, *current) : QStringLiteral("?");
    json[QStringLiteral("before")] = current ? QJsonValue(beforeText) : QJsonValue();
    const auto* refusedRead = std::get_if<DataAccessResult>(&after->items.at(0).result);
    if (refusedRead != nullptr) {
        // Write-only (a secret, for one): the meter took the value and does not give it back.
        json[QStringLiteral("read-back")] = resultName(*refusedRead);
        audit->end("written, not readable back");
        if (!report.json()) {
            report.out() << where << " written; the meter does not give it back to verify ("
                         << resultName(*refusedRead) << ": "
                         << (secret ? "a secret is write-only" : "write-only for this client")
                         << ")\n";
        }
        return report.finish(kExitOk, json, QStringLiteral("written-not-readable"));
    }
    const Data& now = std::get<Data>(after->items.at(0).result);
    json[QStringLiteral("after")] = shownValue(ref, now);
    if (!(now == *value)) {
        audit->end("written, not verified: the meter reports " + auditText(secret, now));
        return report.fail(
            kExitFailed,
            QStringLiteral("written, but the meter now reports %1").arg(shownValue(ref, now)),
            json);
    }
    audit->end("verified");
    if (!report.json()) {
        report.out() << where << " " << beforeText << " -> " << shownValue(ref, now)
                     << " (verified)\n";
    }
    return report.finish(kExitOk, json, QStringLiteral("verified"));
}

int runAction(BlockingMeter& meter, const QStringList& args, const QCommandLineParser& parser,
              Report& report) {
    auto spec = parseSpec(args[0], 1);
    if (!spec) {
        return report.fail(kExitUsage, spec.error());
    }
    auto refs = resolve(meter, {*spec});
    if (!refs) {
        return report.fail(kExitFailed, refs.error());
    }
    std::optional<Data> parameter;
    if (args.size() == 2) {
        auto value = parseValue(args[1], nullptr);
        if (!value) {
            return report.fail(kExitUsage, value.error());
        }
        parameter = *value;
    }
    dlms::MethodRef method{refs->front().classId, spec->obis, spec->index};
    const QString name = qs(cosem::methodName(method.classId, method.method));
    QJsonObject json{{QStringLiteral("class"), int(method.classId)},
                     {QStringLiteral("obis"), obisText(spec->obis)},
                     {QStringLiteral("method"), int(spec->index)},
                     {QStringLiteral("name"), name}};
    if (auto warning = meter::actionWarning(method.classId, method.method);
        warning &&
        !confirmed(parser, report,
                   QStringLiteral("%1 method %2").arg(obisText(spec->obis)).arg(spec->index),
                   *warning)) {
        return report.fail(kExitUsage,
                           QStringLiteral("nothing done: not confirmed (give --yes "
                                          "to confirm from a script)"),
                           json);
    }
    // Every ACTION is audited: "attempting" first (no record, no action), then its result. Its
    // parameter is not written out where it may carry a secret (a key transfer).
    const bool secretParameter = cosem::isSecretMethod(method.classId, method.method);
    auto audit = SingleWriteAudit::begin(
        parser, serialOf(meter),
        "action " + std::to_string(method.classId) + "/" + method.obis.toString() + ":m" +
            std::to_string(method.method),
        std::string(), parameter ? auditText(secretParameter, *parameter) : std::string());
    if (!audit) {
        return report.fail(kExitFailed, QStringLiteral("nothing done: %1").arg(audit.error()),
                           json);
    }
    json[QStringLiteral("audit")] = audit->path();
    auto done = meter.action(method, parameter);
    if (!done) {
        audit->end("outcome unknown: " + link::describe(done.error()).toStdString());
        return sessionFailure(report, done.error());
    }
    audit->end(done->result == dlms::ActionResult::Success
                   ? std::string("done")
                   : std::string("refused: ") + dlms::nameOf(done->result));
    if (done->result != dlms::ActionResult::Success) {
        json[QStringLiteral("error")] = QLatin1String(dlms::nameOf(done->result));
        return report.fail(kExitFailed,
                           QStringLiteral("the meter refused %1 method %2 (%3)")
                               .arg(obisText(spec->obis))
                               .arg(spec->index)
                               .arg(QLatin1String(dlms::nameOf(done->result))),
                           json);
    }
    QString returned;
    if (done->returnParameters) {
        if (const auto* d = std::get_if<Data>(&*done->returnParameters)) {
            returned = valueText(*d);
            json[QStringLiteral("returned")] = returned;
        }
    }
    if (!report.json()) {
        report.out() << obisText(spec->obis) << " " << name << ": done";
        if (!returned.isEmpty()) {
            report.out() << ", returned " << returned;
        }
        report.out() << "\n";
    }
    return report.finish(kExitOk, json, QStringLiteral("done"));
}

int runClock(BlockingMeter& meter, bool sync, Report& report) {
    auto got = meter.get({{8, kClock, 2, std::nullopt}, {8, kClock, 3, std::nullopt}});
    if (!got) {
        return sessionFailure(report, got.error());
    }
    const auto pcNow =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const Data* time = std::get_if<Data>(&got->items.at(0).result);
    const Data* zone = std::get_if<Data>(&got->items.at(1).result);
    if (!time) {
        return report.fail(
            kExitFailed, QStringLiteral("the meter does not give its time (%1)")
                             .arg(resultName(std::get<DataAccessResult>(got->items.at(0).result))));
    }
    auto reading = cosem::readClock(*time, zone);
    if (!reading) {
        return report.fail(kExitFailed, QStringLiteral("the meter's time does not decode (%1): %2")
                                            .arg(qs(reading.error().detail), valueText(*time)));
    }
    const auto drift = (reading->utc - pcNow).count();
    const QString meterTime = QString::fromStdString(dlms::toIsoString(reading->time));
    QJsonObject json{{QStringLiteral("meter-time"), meterTime},
                     {QStringLiteral("drift-seconds"), qint64(drift)}};
    if (!report.json()) {
        report.out() << "meter time: " << meterTime << "\n";
        report.out() << "drift:      " << (drift >= 0 ? "+" : "") << drift
                     << " s against this computer's clock\n";
    }
    if (!sync) {
        return report.finish(kExitOk, json);
    }
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    auto newTime = cosem::clockTimeFor(*reading, now);
    if (!newTime) {
        return report.fail(
            kExitFailed, QStringLiteral("cannot express this computer's time for the meter"), json);
    }
    auto set = meter.set({{{8, kClock, 2, std::nullopt}, *newTime}});
    if (!set) {
        return sessionFailure(report, set.error());
    }
    if (set->items.at(0).result != DataAccessResult::Success) {
        return report.fail(kExitFailed,
                           QStringLiteral("the meter refused the new time (%1); a writing "
                                          "association is needed (e.g. --auth high)")
                               .arg(resultName(set->items.at(0).result)),
                           json);
    }
    const auto shown = cosem::readClock(*newTime);
    const QString setTo =
        shown ? QString::fromStdString(dlms::toIsoString(shown->time)) : valueText(*newTime);
    json[QStringLiteral("set-to")] = setTo;
    if (!report.json()) {
        report.out() << "set to:     " << setTo << "\n";
    }
    return report.finish(kExitOk, json, QStringLiteral("set"));
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

constexpr std::uint64_t kMaxLast = 0xFFFFFFFFU;

/// --last N: 1..4294967295 entries.
std::optional<std::uint32_t> lastEntries(const QString& text) {
    bool ok = false;
    const qulonglong v = text.startsWith(QLatin1Char('-')) ? 0 : text.toULongLong(&ok);
    if (!ok || v < 1 || v > kMaxLast) {
        return std::nullopt;
    }
    return std::uint32_t(v);
}

/// The profile options checked before connecting.
std::optional<QString> profileOptionProblem(const QCommandLineParser& parser) {
    if (parser.isSet(kLast) && (parser.isSet(kFrom) || parser.isSet(kTo))) {
        return QStringLiteral("give --last N or --from/--to, not both");
    }
    if (parser.isSet(kLast) && !lastEntries(parser.value(kLast))) {
        return QStringLiteral("--last takes a number of entries from 1 to %1, not '%2'")
            .arg(kMaxLast)
            .arg(parser.value(kLast));
    }
    for (const QString& option : {kFrom, kTo}) {
        if (parser.isSet(option)) {
            if (auto t = isoToClockValue(parser.value(option)); !t) {
                return QStringLiteral("--%1: %2").arg(option, t.error());
            }
        }
    }
    return std::nullopt;
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
        if (const auto* t = d ? d->as<std::string>() : nullptr) {
            return *t;
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
               Report& report) {
    auto spec = parseSpec(args[0], 2);
    if (!spec) {
        return report.fail(kExitUsage, spec.error());
    }
    if (auto problem = profileOptionProblem(parser)) {
        return report.fail(kExitUsage, *problem);
    }
    const ObisCode profile = spec->obis;
    QJsonObject json{{QStringLiteral("obis"), obisText(profile)}};
    auto columns = meter.get({{7, profile, 3, std::nullopt}, {7, profile, 7, std::nullopt}});
    if (!columns) {
        return sessionFailure(report, columns.error());
    }
    const Data* captureData = std::get_if<Data>(&columns->items.at(0).result);
    if (!captureData) {
        return report.fail(
            kExitFailed,
            QStringLiteral("%1 is not a readable profile (%2)")
                .arg(obisText(profile),
                     resultName(std::get<DataAccessResult>(columns->items.at(0).result))),
            json);
    }
    auto capture = cosem::CaptureObjects::fromData(*captureData);
    if (!capture) {
        return report.fail(kExitFailed,
                           QStringLiteral("the capture objects do not decode: %1")
                               .arg(QString::fromStdString(capture.error().detail)),
                           json);
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
            return sessionFailure(report, got.error());
        }
        for (std::size_t k = 0; k < got->items.size(); ++k) {
            if (const auto* d = std::get_if<Data>(&got->items[k].result)) {
                if (auto su = cosem::ScalerUnit::fromData(*d)) {
                    units[unitColumns[k]] = *su;
                }
            }
        }
    }

    // The header names each capture object with its unit.
    QStringList header;
    QJsonArray jsonColumns;
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
        jsonColumns.append(h);
    }
    json[QStringLiteral("columns")] = jsonColumns;

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
            report.err() << "omt: " << obisText(profile) << " captures " << registers
                         << " registers; this meter type reads at most " << *limit
                         << " with selective access (device profile): reading every entry and "
                            "selecting them here\n";
        }
    }
    std::optional<std::uint32_t> lastWanted;
    std::optional<dlms::RangeDescriptor> rangeWanted;
    if (parser.isSet(kLast)) {
        const std::uint32_t last = *lastEntries(parser.value(kLast));
        const Data* inUse = std::get_if<Data>(&columns->items.at(1).result);
        const auto* entries = inUse ? inUse->as<std::uint64_t>() : nullptr;
        if (!entries) {
            return report.fail(kExitFailed,
                               QStringLiteral("the profile does not say how many entries it holds"),
                               json);
        }
        const auto n = std::uint32_t(*entries);
        if (n == 0) {
            if (!report.json()) {
                report.out() << "the profile is empty\n";
            }
            json[QStringLiteral("rows")] = QJsonArray();
            return report.finish(kExitOk, json, QStringLiteral("empty"));
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
            return report.fail(kExitUsage, from ? to.error() : from.error(), json);
        }
        rangeWanted = dlms::RangeDescriptor{{8, kClock, 2, 0}, *from, *to, {}};
        buffer.access = dlms::makeRangeDescriptor(*rangeWanted);
    }
    if (selectHere) {
        buffer.access.reset();
    }
    // Progress on a terminal only: "\r" lines are noise in a log file or a pipe.
    QTextStream& err = report.err();
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
        return sessionFailure(report, rows.error());
    }
    const Data* bufferData = std::get_if<Data>(&rows->items.at(0).result);
    if (!bufferData) {
        return report.fail(
            kExitFailed,
            QStringLiteral("the meter refused the profile buffer (%1)")
                .arg(resultName(std::get<DataAccessResult>(rows->items.at(0).result))),
            json);
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
                return report.fail(kExitFailed,
                                   QStringLiteral("the entries cannot be selected by time: %1")
                                       .arg(QString::fromStdString(picked.error().detail)),
                                   json);
            }
            for (std::size_t k : *picked) {
                keep.push_back(all[k]);
            }
        }
        selected = Data::array(std::move(keep));
        bufferData = &selected;
    }

    // The CSV: the header, then one line per entry.
    QStringList lines{header.join(QLatin1Char(','))};
    QJsonArray jsonRows;
    const auto* entries = bufferData->elements();
    std::size_t count = 0;
    if (entries) {
        for (const auto& row : *entries) {
            const auto* cells = row.elements();
            if (!cells) {
                continue;
            }
            QStringList fields;
            QJsonArray jsonRow;
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
                jsonRow.append(text);
            }
            lines << fields.join(QLatin1Char(','));
            jsonRows.append(jsonRow);
            ++count;
        }
    }
    json[QStringLiteral("entries")] = qint64(count);
    const QString csv = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (parser.isSet(kCsv)) {
        QSaveFile file(parser.value(kCsv));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
            return report.fail(
                kExitFailed,
                QStringLiteral("cannot write %1: %2").arg(parser.value(kCsv), file.errorString()),
                json);
        }
        json[QStringLiteral("csv")] = parser.value(kCsv);
        if (!parser.isSet(QStringLiteral("quiet"))) {
            err << "omt: " << count << " entries written to " << parser.value(kCsv) << "\n";
        }
    } else if (report.json()) {
        json[QStringLiteral("rows")] = jsonRows;
    } else {
        report.out() << csv;
    }
    return report.finish(kExitOk, json);
}

int runPorts(Report& report) {
    const auto ports = link::SerialTransport::availablePorts();
    QJsonArray list;
    for (const auto& p : ports) {
        QJsonObject port{{QStringLiteral("path"), p.path},
                         {QStringLiteral("description"), p.description},
                         {QStringLiteral("manufacturer"), p.manufacturer}};
        QString usb;
        if (p.vendorId && p.productId) {
            usb = QStringLiteral("%1:%2")
                      .arg(*p.vendorId, 4, 16, QLatin1Char('0'))
                      .arg(*p.productId, 4, 16, QLatin1Char('0'));
            port[QStringLiteral("usb")] = usb;
        }
        list.append(port);
        if (report.json()) {
            continue;
        }
        QTextStream& out = report.out();
        out << p.path;
        if (!p.description.isEmpty()) {
            out << "  " << p.description;
        }
        if (!p.manufacturer.isEmpty()) {
            out << " (" << p.manufacturer << ")";
        }
        if (!usb.isEmpty()) {
            out << "  USB " << usb;
        }
        out << "\n";
    }
    if (ports.isEmpty() && !report.json()) {
        report.out() << "no serial ports found (is the optical head plugged in?)\n";
    }
    return report.finish(kExitOk, {{QStringLiteral("ports"), list}});
}

int runScanBluetooth(Report& report) {
    QTextStream& err = report.err();
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
        return report.fail(kExitFailed, link::describe(link::fromTransportError(*error)));
    }
    QJsonArray list;
    for (const auto& h : heads) {
        QJsonObject head{{QStringLiteral("address"), h.address},
                         {QStringLiteral("name"), h.name},
                         {QStringLiteral("profiles"), h.profiles()}};
        if (h.bleUart) {
            head[QStringLiteral("ble-uart")] = h.bleUartName;
        }
        if (h.rssi) {
            head[QStringLiteral("rssi")] = int(*h.rssi);
        }
        list.append(head);
        if (report.json()) {
            continue;
        }
        QTextStream& out = report.out();
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
    if (heads.isEmpty() && !report.json()) {
        report.out() << "no Bluetooth devices found (is the head switched on and in range?)\n";
    }
    return report.finish(kExitOk, {{QStringLiteral("heads"), list}});
}

int runReadout(const QCommandLineParser& parser, Report& report) {
    OpenFailure failure;
    auto open = openMeter(parser, report.err(), true, false, &failure);
    if (!open) {
        return report.failed(failure.exitCode, failure.message);
    }
    const auto& readout = open->meter->readout();
    if (!readout || !readout->readout) {
        open->meter->close();
        return report.fail(kExitFailed, QStringLiteral("the meter sent no data readout"));
    }
    const auto& id = readout->identification;
    const QString identification = QString::fromStdString(id.manufacturer) + QLatin1Char(' ') +
                                   QString::fromStdString(id.identification);
    QJsonArray sets;
    QTextStream& out = report.out();
    if (!report.json()) {
        out << "identification: " << identification << "\n";
    }
    for (const auto& set : readout->readout->dataSets) {
        QJsonArray values;
        if (!report.json()) {
            out << QString::fromStdString(set.address);
        }
        for (const auto& v : set.values) {
            QJsonObject value{{QStringLiteral("value"), QString::fromStdString(v.value)}};
            if (v.unit) {
                value[QStringLiteral("unit")] = QString::fromStdString(*v.unit);
            }
            values.append(value);
            if (!report.json()) {
                out << "(" << QString::fromStdString(v.value);
                if (v.unit) {
                    out << "*" << QString::fromStdString(*v.unit);
                }
                out << ")";
            }
        }
        sets.append(QJsonObject{{QStringLiteral("address"), QString::fromStdString(set.address)},
                                {QStringLiteral("values"), values}});
        if (!report.json()) {
            out << "\n";
        }
    }
    open->meter->close();
    return report.finish(kExitOk, {{QStringLiteral("identification"), identification},
                                   {QStringLiteral("data-sets"), sets}});
}

/// identify for a meter that offers only a mode C readout.
int reportReadoutOnly(const iec62056_21::HandshakeResult& result, Report& report) {
    if (!report.json()) {
        printReadoutIdentity(result, report.out());
        return report.finish(kExitOk, {});
    }
    std::optional<std::uint32_t> serial;
    if (result.readout) {
        serial = link::serialFromReadout(*result.readout);
    }
    QJsonObject json{
        {QStringLiteral("manufacturer"),
         QString::fromStdString(result.identification.manufacturer)},
        {QStringLiteral("identification"),
         QString::fromStdString(result.identification.identification)},
        {QStringLiteral("protocol"), QStringLiteral("IEC 62056-21 mode C data readout only")},
        {QStringLiteral("baud"), qint64(result.baud)}};
    if (serial) {
        json[QStringLiteral("serial-number")] = QString::number(*serial);
    }
    return report.finish(kExitOk, json);
}

}  // namespace

void addMeterCommandOptions(QCommandLineParser& p) {
    addConnectionOptions(p);
    p.addOption({kSync, QStringLiteral("clock: set the meter's clock to this computer's time.")});
    p.addOption(
        {kFrom, QStringLiteral("profile: first entry time (ISO 8601)."), QStringLiteral("TIME")});
    p.addOption(
        {kTo, QStringLiteral("profile: last entry time (ISO 8601)."), QStringLiteral("TIME")});
    p.addOption({kLast, QStringLiteral("profile: the last N entries (1..4294967295)."),
                 QStringLiteral("N")});
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
    Report report(command, parser.isSet(QStringLiteral("json")), out, err);
    if ((command == QLatin1String("get") || command == QLatin1String("set") ||
         command == QLatin1String("action") || command == QLatin1String("profile")) &&
        args.isEmpty()) {
        return report.fail(kExitUsage,
                           QStringLiteral("%1 needs an OBIS code (see omt --help)").arg(command));
    }
    // Everything that can be checked without the meter is checked before connecting.
    if (auto problem = argumentProblem(command, args)) {
        return report.fail(kExitUsage, *problem);
    }
    if (command == QLatin1String("profile")) {
        if (auto problem = profileOptionProblem(parser)) {
            return report.fail(kExitUsage, *problem);
        }
    }
    if (command == QLatin1String("ports")) {
        return runPorts(report);
    }
    if (command == QLatin1String("readout")) {
        return runReadout(parser, report);
    }
    if (command == QLatin1String("scan-bt")) {
        return runScanBluetooth(report);
    }
    // A configuration attribute goes through the safe path: backup, questions, read-back,
    // restore, audit (`config set`), as `omt ct-ratio set` or `omt config apply` would.
    if (command == QLatin1String("set") && args.size() == 2) {
        if (auto spec = parseSpec(args[0], 2);
            spec && isConfigurationAttribute(spec->obis, spec->index)) {
            return runConfigCommand(QStringLiteral("config"),
                                    {QStringLiteral("set"), args[0], args[1]}, parser, out, err);
        }
    }
    // identify also works on a meter that gives only a mode C readout (no DLMS on its port).
    const bool identify = command == QLatin1String("identify");
    OpenFailure failure;
    auto open = openMeter(parser, err, false, identify, &failure);
    if (!open) {
        return report.failed(failure.exitCode, failure.message);
    }
    if (open->readoutOnly) {
        return reportReadoutOnly(*open->readoutOnly, report);
    }
    BlockingMeter& meter = *open->meter;
    int rc = kExitOk;
    if (command == QLatin1String("identify")) {
        rc = runIdentify(meter, report);
    } else if (command == QLatin1String("objects")) {
        rc = runObjects(meter, report);
    } else if (command == QLatin1String("get")) {
        rc = runGet(meter, args, report);
    } else if (command == QLatin1String("set")) {
        rc = runSet(meter, args, parser, report);
    } else if (command == QLatin1String("action")) {
        rc = runAction(meter, args, parser, report);
    } else if (command == QLatin1String("clock")) {
        rc = runClock(meter, parser.isSet(kSync), report);
    } else if (command == QLatin1String("profile")) {
        rc = runProfile(meter, args, parser, report);
    }
    out.flush();
    meter.close();
    return rc;
}

}  // namespace omt::app

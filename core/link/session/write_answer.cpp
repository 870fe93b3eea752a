#include "link/session/write_answer.h"

#include <QCoreApplication>

#include "meter/write_plan.h"

namespace omt::link {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("omt::link", text);
}

}  // namespace

const char* nameOf(WriteAnswer::Kind kind) {
    switch (kind) {
        case WriteAnswer::Kind::Done:
            return "done";
        case WriteAnswer::Kind::Refused:
            return "refused";
        case WriteAnswer::Kind::Unknown:
            return "unknown";
        case WriteAnswer::Kind::LinkLost:
            return "link-lost";
    }
    return "unknown";
}

bool sessionIsGone(const SessionError& error) {
    using K = SessionError::Kind;
    switch (error.kind) {
        case K::NoAnswer:
        case K::LinkLost:
        case K::PortError:
        case K::PortNotFound:
        case K::PortInUse:
        case K::PermissionDenied:
        case K::ConnectionRefused:
        case K::HostNotFound:
        case K::NotReady:
        case K::Cancelled:
        case K::BluetoothUnavailable:
        case K::BluetoothOff:
        case K::PairingRequired:
        case K::NotAnOpticalHead:
        case K::SignOnFailed:
        case K::LinkRefused:
        case K::ReadoutOnly:
            return true;
        case K::WrongPassword:
        case K::WrongKeys:
        case K::AnswerFailsAuthentication:
        case K::InvocationCounterTooLow:
        case K::AssociationRejected:
        case K::ObjectUndefined:
        case K::AccessDenied:
        case K::MeterRefused:
        case K::ServiceError:
        case K::ProtocolError:
            return false;
    }
    return true;
}

WriteAnswer classifyWrite(const dlms::Outcome& outcome) {
    if (const auto* set = std::get_if<dlms::SetOutcome>(&outcome)) {
        if (set->items.empty()) {
            return {WriteAnswer::Kind::Unknown, tr("the meter's answer holds no result")};
        }
        for (const auto& item : set->items) {
            if (item.result != dlms::DataAccessResult::Success) {
                const auto& a = item.attribute;
                return {WriteAnswer::Kind::Refused,
                        tr("the meter refused %1 (%2)")
                            .arg(QString::fromStdString(
                                     meter::addressText(a.classId, a.obis, a.attribute)),
                                 QLatin1String(dlms::nameOf(item.result)))};
            }
        }
        return {WriteAnswer::Kind::Done, {}};
    }
    if (const auto* action = std::get_if<dlms::ActionOutcome>(&outcome)) {
        if (action->result != dlms::ActionResult::Success) {
            const auto& m = action->method;
            return {WriteAnswer::Kind::Refused,
                    tr("the meter refused action %1 (%2)")
                        .arg(QStringLiteral("%1/%2:m%3")
                                 .arg(m.classId)
                                 .arg(QString::fromStdString(m.obis.toString()))
                                 .arg(m.method),
                             QLatin1String(dlms::nameOf(action->result)))};
        }
        return {WriteAnswer::Kind::Done, {}};
    }
    return {WriteAnswer::Kind::Unknown, tr("the meter answered a write with something else")};
}

WriteAnswer classifyWrite(const SessionError& error) {
    return {sessionIsGone(error) ? WriteAnswer::Kind::LinkLost : WriteAnswer::Kind::Unknown,
            describe(error)};
}

void deliverWrite(meter::WriteRun& run, const WriteAnswer& answer) {
    switch (answer.kind) {
        case WriteAnswer::Kind::Done:
            run.writeSucceeded();
            break;
        case WriteAnswer::Kind::Refused:
            run.writeRefused(answer.why.toStdString());
            break;
        case WriteAnswer::Kind::Unknown:
            run.writeFailed(answer.why.toStdString());
            break;
        case WriteAnswer::Kind::LinkLost:
            run.linkLost(answer.why.toStdString());
            break;
    }
}

void deliverRead(meter::WriteRun& run, const dlms::GetOutcome& outcome) {
    std::vector<std::optional<dlms::Data>> values;
    values.reserve(outcome.items.size());
    for (const auto& item : outcome.items) {
        const auto* d = std::get_if<dlms::Data>(&item.result);
        values.push_back(d ? std::optional<dlms::Data>(*d) : std::nullopt);
    }
    run.readDone(values);
}

void deliverRead(meter::WriteRun& run, const SessionError& error) {
    if (sessionIsGone(error)) {
        run.linkLost(describe(error).toStdString());
    } else {
        run.readFailed(describe(error).toStdString());
    }
}

}  // namespace omt::link

#include "ui/meter_document.h"

#include <QUndoCommand>

#include "ui/meter_texts.h"

namespace omt::ui {

/// One pending edit: the whole pending state before and after. The state is small (a few
/// strings and lists), so snapshots keep undo trivially correct across pages.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(MeterDocument* doc, MeterSnapshot before, MeterSnapshot after,
                    const QString& text)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)) {}
    void undo() override { m_doc->apply(m_before); }
    void redo() override { m_doc->apply(m_after); }

private:
    MeterDocument* m_doc;
    MeterSnapshot m_before;
    MeterSnapshot m_after;
};

MeterDocument::MeterDocument(QObject* parent) : QObject(parent) {}

void MeterDocument::load(const MeterSnapshot& snapshot) {
    m_meter = snapshot;
    m_pending = snapshot;
    m_loaded = true;
    m_undo.clear();
    emit changed();
}

void MeterDocument::updateClock(const QDateTime& meterClock, const QDateTime& readAt) {
    if (!m_loaded) {
        return;
    }
    m_meter.meterClock = meterClock;
    m_meter.clockReadAt = readAt;
    m_pending.meterClock = meterClock;
    m_pending.clockReadAt = readAt;
    emit changed();
}

void MeterDocument::apply(const MeterSnapshot& state) {
    m_pending = state;
    emit changed();
}

void MeterDocument::push(const MeterSnapshot& after, const QString& text) {
    m_undo.push(new SnapshotCommand(this, m_pending, after, text));
}

void MeterDocument::refuse(const QString& reason) {
    emit editRefused(reason);
}

bool MeterDocument::setZCode(meter::ZField field, const QString& code) {
    const auto& spec = meter::zSpec(field);
    if (field == meter::ZField::Z22 &&
        code != QString::fromStdString(std::string(m_pending.configuration.code(field)))) {
        refuse(
            tr("Lock the CT ratio on the CT ratio page: it asks for the confirmation a "
               "permanent lock needs."));
        return false;
    }
    if (field == meter::ZField::Z21 && m_pending.ctRatio) {
        const auto ratio =
            meter::ct::ratioFromZ21(code.toStdString(), m_pending.ctRatio->ratio.secondary);
        if (!ratio) {
            refuse(tr("Z21 is the CT ratio: a number from 001 to 600."));
            return false;
        }
        return setCtRatio(*ratio);
    }
    MeterSnapshot after = m_pending;
    if (auto r = after.configuration.setCode(field, code.toStdString()); !r) {
        const QString id = QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size()));
        refuse(tr("%1 needs %n digit(s).", nullptr, int(spec.width)).arg(id));
        return false;
    }
    if (after.configuration == m_pending.configuration) {
        return true;
    }
    const auto lock = meter::checkOpticalWrite(m_meter.configuration, after.configuration);
    for (const auto& v : lock) {
        if (v.issue == meter::ConfigIssue::RatioLocked) {
            refuse(tr("The CT ratio is locked in this meter (Z22): Z21 cannot be changed."));
            return false;
        }
        if (v.issue == meter::ConfigIssue::LockIrreversible) {
            refuse(tr("The CT ratio lock (Z22) cannot be undone from the optical port."));
            return false;
        }
    }
    push(
        after,
        tr("Set %1 to %2").arg(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), code));
    return true;
}

bool MeterDocument::setConfiguration(const meter::SoftwareConfiguration& configuration) {
    if (configuration == m_pending.configuration) {
        return true;
    }
    const auto lock = meter::checkOpticalWrite(m_meter.configuration, configuration);
    if (!lock.empty()) {
        refuse(lock.front().issue == meter::ConfigIssue::RatioLocked
                   ? tr("The CT ratio is locked in this meter (Z22): Z21 cannot be changed.")
                   : tr("The CT ratio lock (Z22) cannot be undone from the optical port."));
        return false;
    }
    MeterSnapshot after = m_pending;
    after.configuration = configuration;
    push(after, tr("Set the configuration codes"));
    return true;
}

bool MeterDocument::setDisplayList(const meter::DisplayList& list, const QString& description) {
    MeterSnapshot after = m_pending;
    auto it = after.displayLists.find(list.kind());
    if (it == after.displayLists.end()) {
        refuse(tr("This meter has no %1 display list.").arg(displayListTitle(list.kind())));
        return false;
    }
    if (it->second.entries() == list.entries()) {
        return true;
    }
    it->second = list;
    push(after, description);
    return true;
}

bool MeterDocument::setCtRatio(const meter::ct::CtRatio& ratio) {
    if (!m_pending.ctRatio) {
        refuse(tr("This meter has no current transformer ratio."));
        return false;
    }
    if (m_meter.ctRatio && m_meter.ctRatio->locked) {
        refuse(tr("The CT ratio is locked in this meter and can no longer be changed."));
        return false;
    }
    MeterSnapshot after = m_pending;
    if (auto r = after.ctRatio->proposeChange(ratio); !r) {
        refuse(r.error().code == meter::ct::CtError::Locked
                   ? tr("The CT ratio is locked and can no longer be changed.")
                   : tr("The ratio must be between %1 and %2.")
                         .arg(meter::ct::kMinFactor)
                         .arg(meter::ct::kMaxFactor));
        return false;
    }
    if (after.ctRatio == m_pending.ctRatio) {
        return true;
    }
    (void)after.configuration.setCode(meter::ZField::Z21, ratio.z21Code());
    push(after, tr("Set the CT ratio to %1").arg(QString::fromStdString(ratio.text())));
    return true;
}

bool MeterDocument::lockCtRatio(const meter::ct::Confirmation& confirmation) {
    if (!m_pending.ctRatio) {
        refuse(tr("This meter has no current transformer ratio."));
        return false;
    }
    MeterSnapshot after = m_pending;
    if (auto r = after.ctRatio->confirmLock(confirmation); !r) {
        refuse(r.error().code == meter::ct::CtError::AlreadyLocked
                   ? tr("The CT ratio is already locked.")
                   : tr("The ratio changed since the confirmation; confirm the lock again."));
        return false;
    }
    (void)after.configuration.setCode(meter::ZField::Z22, "2");
    push(after,
         tr("Lock the CT ratio at %1").arg(QString::fromStdString(after.ctRatio->ratio.text())));
    return true;
}

bool MeterDocument::setTariffPlan(const meter::TariffPlan& plan, const QString& description) {
    if (!m_pending.tariffPlan) {
        refuse(tr("This meter has no tariff calendar."));
        return false;
    }
    if (*m_pending.tariffPlan == plan) {
        return true;
    }
    MeterSnapshot after = m_pending;
    after.tariffPlan = plan;
    push(after, description);
    return true;
}

bool MeterDocument::setLoadControlPlan(const meter::LoadControlPlan& plan,
                                       const QString& description) {
    if (!m_pending.loadControl) {
        refuse(tr("This meter has no load control."));
        return false;
    }
    if (*m_pending.loadControl == plan) {
        return true;
    }
    MeterSnapshot after = m_pending;
    after.loadControl = plan;
    push(after, description);
    return true;
}

QStringList MeterDocument::planProblems() const {
    QStringList out;
    if (m_pending.tariffPlan) {
        for (const auto& f : m_pending.tariffPlan->validate(m_pending.tariffLimits)) {
            out << tr("Tariffs: %1").arg(QString::fromStdString(f.detail));
        }
    }
    if (m_pending.loadControl) {
        for (const auto& f : m_pending.loadControl->validate(m_pending.loadControlCaps)) {
            out << tr("Load control: %1").arg(QString::fromStdString(f.detail));
        }
    }
    return out;
}

QStringList MeterDocument::pendingChanges() const {
    QStringList out;
    for (const auto& c : m_pending.configuration.diffFrom(m_meter.configuration)) {
        const auto& spec = meter::zSpec(c.field);
        out << tr("%1 %2: %3 (%4) -> %5 (%6)")
                   .arg(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())),
                        zFieldName(c.field), QString::fromStdString(c.oldCode),
                        zCodeMeaning(c.field, c.oldCode), QString::fromStdString(c.newCode),
                        zCodeMeaning(c.field, c.newCode));
    }
    for (const auto& [kind, list] : m_pending.displayLists) {
        auto before = m_meter.displayLists.find(kind);
        if (before != m_meter.displayLists.end() && before->second.entries() != list.entries()) {
            out << tr("%1 display list: %2 -> %n reading(s)", nullptr, int(list.size()))
                       .arg(displayListTitle(kind))
                       .arg(before->second.size());
        }
    }
    if (m_pending.ctRatio && m_meter.ctRatio) {
        if (m_pending.ctRatio->ratio != m_meter.ctRatio->ratio) {
            out << tr("CT ratio: %1 -> %2")
                       .arg(QString::fromStdString(m_meter.ctRatio->ratio.text()),
                            QString::fromStdString(m_pending.ctRatio->ratio.text()));
        }
        if (m_pending.ctRatio->locked && !m_meter.ctRatio->locked) {
            out << tr("CT ratio lock: unlocked -> LOCKED (permanent)");
        }
    }
    auto describeChange = [](const QString& area, const meter::PlanChange& c) {
        const QString key = QString::fromStdString(c.key);
        if (c.before.empty()) {
            return tr("%1 %2: added %3").arg(area, key, QString::fromStdString(c.after));
        }
        if (c.after.empty()) {
            return tr("%1 %2: removed %3").arg(area, key, QString::fromStdString(c.before));
        }
        return tr("%1 %2: %3 -> %4")
            .arg(area, key, QString::fromStdString(c.before), QString::fromStdString(c.after));
    };
    if (m_pending.tariffPlan && m_meter.tariffPlan) {
        for (const auto& c : m_pending.tariffPlan->diffFrom(*m_meter.tariffPlan)) {
            out << describeChange(tr("Tariffs"), c);
        }
    }
    if (m_pending.loadControl && m_meter.loadControl) {
        for (const auto& c : m_pending.loadControl->diffFrom(*m_meter.loadControl)) {
            out << describeChange(tr("Load control"), c);
        }
    }
    return out;
}

QString describeViolation(const meter::ConfigViolation& v, meter::Variant variant) {
    const auto& spec = meter::zSpec(v.field);
    const QString id = QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size()));
    const QString code = QString::fromStdString(v.code);
    switch (v.issue) {
        case meter::ConfigIssue::NotForVariant:
            return MeterDocument::tr("%1: code %2 is not available on variant %3 of this meter.")
                .arg(id, code)
                .arg(int(variant));
        case meter::ConfigIssue::UnknownCode:
            return MeterDocument::tr("%1: code %2 is not one of the codes this field allows.")
                .arg(id, code);
        case meter::ConfigIssue::OutOfRange:
            return MeterDocument::tr("%1: the CT ratio must be between 001 and 600.").arg(id);
        case meter::ConfigIssue::RatioLocked:
            return MeterDocument::tr("%1: the CT ratio is locked and cannot be changed.").arg(id);
        case meter::ConfigIssue::LockIrreversible:
            return MeterDocument::tr("%1: the CT ratio lock cannot be undone.").arg(id);
    }
    return {};
}

QString displayListTitle(meter::DisplayListKind kind) {
    switch (kind) {
        case meter::DisplayListKind::Automatic:
            return MeterDocument::tr("Automatic");
        case meter::DisplayListKind::Manual:
            return MeterDocument::tr("Manual");
        case meter::DisplayListKind::BackupPowered:
            return MeterDocument::tr("Backup-powered");
    }
    return {};
}

QString describeDisplayFailure(const meter::DisplayFailure& failure, meter::DisplayListKind kind) {
    const QString list = displayListTitle(kind);
    const QString obis = QString::fromStdString(failure.obis.toString());
    switch (failure.code) {
        case meter::DisplayError::ListFull:
            return MeterDocument::tr("The %1 list holds at most %n reading(s).", nullptr,
                                     int(failure.maximum))
                .arg(list);
        case meter::DisplayError::Duplicate:
            return MeterDocument::tr("%1 is already in the %2 list.").arg(obis, list);
        case meter::DisplayError::HistoricalNotAllowed:
            return MeterDocument::
                tr("%1 is a historical value: the automatic list cannot show historical values.")
                    .arg(obis);
        case meter::DisplayError::LegalReadingRequired:
            return MeterDocument::tr("%1 is a legal reading: the manual list must always show it.")
                .arg(obis);
        case meter::DisplayError::KindNotSupported:
            return MeterDocument::tr("This meter has no %1 list.").arg(list);
        case meter::DisplayError::IndexOutOfRange:
            return MeterDocument::tr("There is no reading at that position.");
        case meter::DisplayError::ValueTooWide:
            return MeterDocument::tr("The value does not fit the display.");
    }
    return {};
}

}  // namespace omt::ui

namespace omt::ui {

bool isTamperAlarm(int bit) {
    return bit >= 0 && bit < 32 && meter::isTamper(AlarmBit(bit));
}

QStringList describeAlarms(std::uint32_t bits) {
    QStringList out;
    for (int bit = 0; bit < 32; ++bit) {
        if ((bits & (std::uint32_t(1) << bit)) == 0) {
            continue;
        }
        switch (AlarmBit(bit)) {
            case AlarmBit::CoverOpened:
                out << MeterDocument::tr(
                    "Cover opened: the terminal cover has been opened (tamper, stays set until "
                    "cleared).");
                break;
            case AlarmBit::MagneticInfluence:
                out << MeterDocument::tr(
                    "Magnetic influence: a strong magnet was detected near the meter (tamper, "
                    "stays set until cleared).");
                break;
            case AlarmBit::VoltageSag:
                out << MeterDocument::tr("Voltage sag: a phase voltage is below its limit now.");
                break;
            case AlarmBit::VoltageSwell:
                out << MeterDocument::tr("Voltage swell: a phase voltage is above its limit now.");
                break;
            case AlarmBit::ThdOverLimit:
                out << MeterDocument::tr(
                    "THD over limit: the harmonic distortion is above its limit now.");
                break;
            case AlarmBit::VoltageUnbalance:
                out << MeterDocument::tr(
                    "Voltage unbalance: the phase voltages differ more than allowed now.");
                break;
            case AlarmBit::PhaseMissing:
                out << MeterDocument::tr("Phase missing: a phase has no voltage now.");
                break;
            default:
                out << MeterDocument::tr("alarm bit %1").arg(bit);
                break;
        }
    }
    return out;
}

QString describeClockDrift(const QDateTime& meterClock, const QDateTime& readAt) {
    if (!meterClock.isValid() || !readAt.isValid()) {
        return MeterDocument::tr("The meter's clock could not be compared with this computer's.");
    }
    const qint64 drift = readAt.secsTo(meterClock);  // positive: the meter is ahead
    const qint64 size = drift < 0 ? -drift : drift;
    if (size <= 1) {
        return MeterDocument::tr("The meter's clock is right (within 1 s).");
    }
    QString amount;
    if (size >= 86400) {
        amount = MeterDocument::tr("%n day(s)", nullptr, int(size / 86400)) + QLatin1Char(' ') +
                 MeterDocument::tr("%1 h %2 min").arg(size % 86400 / 3600).arg(size % 3600 / 60);
    } else if (size >= 3600) {
        amount = MeterDocument::tr("%1 h %2 min").arg(size / 3600).arg(size % 3600 / 60);
    } else if (size >= 60) {
        amount = MeterDocument::tr("%1 min %2 s").arg(size / 60).arg(size % 60);
    } else {
        amount = MeterDocument::tr("%1 s").arg(size);
    }
    return drift < 0 ? MeterDocument::tr("The meter's clock is %1 behind.").arg(amount)
                     : MeterDocument::tr("The meter's clock is %1 ahead.").arg(amount);
}

}  // namespace omt::ui

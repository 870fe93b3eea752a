#include "ui/meter_document.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <algorithm>

#include "ui/meter_texts.h"
#include "ui/pages/load_control_page.h"
#include "ui/widgets/clock_text.h"

namespace omt::ui {

namespace {

/// The parts of a snapshot the pages edit; the rest (identity, readings, clock) is as read.
void copyEditable(const MeterSnapshot& from, MeterSnapshot& to) {
    to.configuration = from.configuration;
    to.displayLists = from.displayLists;
    to.ctRatio = from.ctRatio;
    to.loadProfilePeriods = from.loadProfilePeriods;
    to.tariffPlan = from.tariffPlan;
    to.loadControl = from.loadControl;
}

/// Same kinds of list with the same readings in the same order.
bool sameLists(const std::map<meter::DisplayListKind, meter::DisplayList>& a,
               const std::map<meter::DisplayListKind, meter::DisplayList>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.first == y.first && x.second.entries() == y.second.entries();
    });
}

bool sameEditable(const MeterSnapshot& a, const MeterSnapshot& b) {
    return a.configuration == b.configuration && sameLists(a.displayLists, b.displayLists) &&
           a.ctRatio == b.ctRatio && a.loadProfilePeriods == b.loadProfilePeriods &&
           a.tariffPlan == b.tariffPlan && a.loadControl == b.loadControl;
}

/// Why the CT ratio is not unlocked, as far as the device profile says.
QString unlockRefusal(meter::CtUnlock rule) {
    return rule == meter::CtUnlock::Refused
               ? MeterDocument::tr(
                     "This meter type does not allow unlocking the CT ratio (Z22) "
                     "from the optical port.")
               : MeterDocument::tr(
                     "OpenMeterTool does not unlock the CT ratio (Z22): the device "
                     "profile does not say that this meter type allows it.");
}

}  // namespace

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

void MeterDocument::reload(const MeterSnapshot& snapshot) {
    const bool sameMeter = m_loaded && !snapshot.serialNumber.isEmpty() &&
                           snapshot.serialNumber == m_meter.serialNumber &&
                           snapshot.type == m_meter.type;
    if (!sameMeter) {
        load(snapshot);
        return;
    }
    MeterSnapshot meter = snapshot;
    MeterSnapshot pending = snapshot;
    if (!snapshot.configurationReadable) {
        // Nothing of the configuration was read (the public association): what was read before
        // stays, and so do the edits.
        copyEditable(m_meter, meter);
        copyEditable(m_pending, pending);
    } else {
        // A part the person edited keeps the edit; the others follow the meter. The codes go
        // field by field (the CT ratio page edits Z21 and Z22 with the ratio).
        if (m_pending.configuration && m_meter.configuration && pending.configuration) {
            for (const auto& c : m_pending.configuration->diffFrom(*m_meter.configuration)) {
                (void)pending.configuration->setCode(c.field, c.newCode);
            }
        }
        auto keepEdit = [&](auto member) {
            if (!(m_pending.*member == m_meter.*member)) {
                pending.*member = m_pending.*member;
            }
        };
        for (auto& [kind, list] : pending.displayLists) {
            const auto edited = m_pending.displayLists.find(kind);
            const auto read = m_meter.displayLists.find(kind);
            if (edited != m_pending.displayLists.end() && read != m_meter.displayLists.end() &&
                edited->second.entries() != read->second.entries()) {
                list = edited->second;
            }
        }
        keepEdit(&MeterSnapshot::ctRatio);
        for (std::size_t i = 0; i < pending.loadProfilePeriods.size(); ++i) {
            if (m_pending.loadProfilePeriods[i] != m_meter.loadProfilePeriods[i] &&
                pending.loadProfilePeriods[i]) {
                pending.loadProfilePeriods[i] = m_pending.loadProfilePeriods[i];
            }
        }
        keepEdit(&MeterSnapshot::tariffPlan);
        keepEdit(&MeterSnapshot::loadControl);
    }
    // The undo history holds states built on what the meter held: when that changed, it no
    // longer applies (the edits themselves stay).
    if (!sameEditable(meter, m_meter)) {
        m_undo.clear();
    }
    m_meter = meter;
    m_pending = pending;
    emit changed();
}

void MeterDocument::commitWritten() {
    if (!m_loaded) {
        return;
    }
    copyEditable(m_pending, m_meter);
    m_undo.clear();
    emit changed();
}

bool MeterDocument::replacePending(const MeterSnapshot& pending, const QString& undoText) {
    if (!m_loaded) {
        refuse(tr("Connect to a meter before loading a configuration into it."));
        return false;
    }
    MeterSnapshot after = m_pending;
    if (after.configuration && pending.configuration) {
        after.configuration = pending.configuration;
    }
    for (std::size_t i = 0; i < after.loadProfilePeriods.size(); ++i) {
        if (after.loadProfilePeriods[i] && pending.loadProfilePeriods[i]) {
            after.loadProfilePeriods[i] = pending.loadProfilePeriods[i];
        }
    }
    for (auto& [kind, list] : after.displayLists) {
        if (auto it = pending.displayLists.find(kind); it != pending.displayLists.end()) {
            list = it->second;
        }
    }
    if (after.ctRatio && pending.ctRatio) {
        after.ctRatio = pending.ctRatio;
    }
    if (after.tariffPlan && pending.tariffPlan) {
        after.tariffPlan = pending.tariffPlan;
    }
    if (after.loadControl && pending.loadControl) {
        after.loadControl = pending.loadControl;
    }
    if (m_meter.ctRatio && m_meter.ctRatio->locked && after.ctRatio &&
        (after.ctRatio->ratio != m_meter.ctRatio->ratio || !after.ctRatio->locked)) {
        refuse(tr("The CT ratio is locked in this meter and can no longer be changed."));
        return false;
    }
    if (sameEditable(after, m_pending)) {
        return true;
    }
    push(after, undoText);
    return true;
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
    // Only the edits: the meter's identity, readings and clock stay as last read.
    copyEditable(state, m_pending);
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
    if (!m_pending.configuration || !m_meter.configuration) {
        refuse(tr("This meter has no configuration codes."));
        return false;
    }
    if (field == meter::ZField::Z22 &&
        code != QString::fromStdString(std::string(m_pending.configuration->code(field)))) {
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
    if (auto r = after.configuration->setCode(field, code.toStdString()); !r) {
        const QString id = QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size()));
        refuse(tr("%1 needs %n digit(s).", nullptr, int(spec.width)).arg(id));
        return false;
    }
    if (after.configuration == m_pending.configuration) {
        return true;
    }
    if (field == meter::ZField::Z4 && after.loadProfilePeriods[0]) {
        // Z4 is load profile 1's period
        if (auto period = meter::periodOfZ4(code.toStdString())) {
            after.loadProfilePeriods[0] = *period;
        }
    }
    const auto lock =
        meter::checkOpticalWrite(*m_meter.configuration, *after.configuration, m_meter.ctUnlock);
    for (const auto& v : lock) {
        if (v.issue == meter::ConfigIssue::RatioLocked) {
            refuse(tr("The CT ratio is locked in this meter (Z22): Z21 cannot be changed."));
            return false;
        }
        if (v.issue == meter::ConfigIssue::LockIrreversible) {
            refuse(unlockRefusal(m_meter.ctUnlock));
            return false;
        }
    }
    push(
        after,
        tr("Set %1 to %2").arg(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), code));
    return true;
}

bool MeterDocument::setConfiguration(const meter::SoftwareConfiguration& configuration) {
    if (!m_pending.configuration || !m_meter.configuration) {
        refuse(tr("This meter has no configuration codes."));
        return false;
    }
    if (configuration == *m_pending.configuration) {
        return true;
    }
    const auto lock =
        meter::checkOpticalWrite(*m_meter.configuration, configuration, m_meter.ctUnlock);
    if (!lock.empty()) {
        refuse(lock.front().issue == meter::ConfigIssue::RatioLocked
                   ? tr("The CT ratio is locked in this meter (Z22): Z21 cannot be changed.")
                   : unlockRefusal(m_meter.ctUnlock));
        return false;
    }
    MeterSnapshot after = m_pending;
    after.configuration = configuration;
    if (after.loadProfilePeriods[0]) {
        if (auto period = meter::periodOfZ4(configuration.code(meter::ZField::Z4))) {
            after.loadProfilePeriods[0] = *period;
        }
    }
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
    if (after.configuration) {
        (void)after.configuration->setCode(meter::ZField::Z21, ratio.z21Code());
    }
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
    if (after.configuration) {
        (void)after.configuration->setCode(meter::ZField::Z22, "2");
    }
    push(after,
         tr("Lock the CT ratio at %1").arg(QString::fromStdString(after.ctRatio->ratio.text())));
    return true;
}

bool MeterDocument::setLoadProfilePeriod(int profile, std::uint32_t seconds) {
    if (profile < 1 || profile > int(m_pending.loadProfilePeriods.size()) ||
        !m_pending.loadProfilePeriods[std::size_t(profile - 1)]) {
        refuse(tr("This meter has no load profile %1.").arg(profile));
        return false;
    }
    const auto& offered = m_meter.loadProfilePeriodsOffered;
    if (!offered.empty() && std::find(offered.begin(), offered.end(), seconds) == offered.end()) {
        refuse(
            tr("This meter does not offer a load profile period of %1.").arg(periodText(seconds)));
        return false;
    }
    MeterSnapshot after = m_pending;
    after.loadProfilePeriods[std::size_t(profile - 1)] = seconds;
    if (profile == 1 && after.configuration) {
        // Z4 is load profile 1's period
        if (auto z4 = meter::z4OfPeriod(seconds)) {
            (void)after.configuration->setCode(meter::ZField::Z4, *z4);
        }
    }
    if (after.loadProfilePeriods == m_pending.loadProfilePeriods) {
        return true;
    }
    push(after,
         tr("Set the period of load profile %1 to %2").arg(profile).arg(periodText(seconds)));
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

namespace {

QString arrow(const QString& before, const QString& after) {
    return MeterDocument::tr("%1 → %2").arg(before, after);
}

/// "1.8.0 Active energy A+ total": the reading as the Display lists page names it.
QString readingLabel(const meter::DisplayEntry& entry) {
    const auto b = entry.code.toBytes();
    return QStringLiteral("%1.%2.%3 %4").arg(b[2]).arg(b[3]).arg(b[4]).arg(meterText(entry.name));
}

/// Added, removed and moved readings from `before` to `after`. A reading counts as moved when
/// its place among the readings both lists hold changed: the longest run that kept its order
/// stays, the others moved (two entries swapped: one moved).
QStringList displayListItems(const meter::DisplayList& beforeList,
                             const meter::DisplayList& afterList) {
    const auto& before = beforeList.entries();
    const auto& after = afterList.entries();
    auto indexIn = [](const std::vector<meter::DisplayEntry>& list, const cosem::ObisCode& code) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].code == code) {
                return int(i);
            }
        }
        return -1;
    };
    QStringList out;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (indexIn(after, before[i].code) < 0) {
            out << MeterDocument::tr("removed %1 (was at %2)")
                       .arg(readingLabel(before[i]))
                       .arg(i + 1);
        }
    }
    // The readings both hold, in `after` order, with their place in `before`.
    std::vector<std::pair<std::size_t, int>> common;  // (after index, before index)
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (const int b = indexIn(before, after[i].code); b >= 0) {
            common.emplace_back(i, b);
        }
    }
    // Longest increasing run of before-indices (O(n^2): lists hold 16 readings at most).
    std::vector<int> length(common.size(), 1);
    std::vector<int> previous(common.size(), -1);
    int best = -1;
    for (std::size_t i = 0; i < common.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (common[j].second < common[i].second && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = int(j);
            }
        }
        if (best < 0 || length[i] > length[std::size_t(best)]) {
            best = int(i);
        }
    }
    std::vector<bool> stays(common.size(), false);
    for (int i = best; i >= 0; i = previous[std::size_t(i)]) {
        stays[std::size_t(i)] = true;
    }
    std::size_t c = 0;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (c < common.size() && common[c].first == i) {
            if (!stays[c]) {
                out << MeterDocument::tr("moved %1 from %2 to %3")
                           .arg(readingLabel(after[i]))
                           .arg(common[c].second + 1)
                           .arg(i + 1);
            }
            ++c;
        } else {
            out << MeterDocument::tr("added %1 at %2").arg(readingLabel(after[i])).arg(i + 1);
        }
    }
    return out;
}

QString switchText(const meter::TariffSwitch& s) {
    return QStringLiteral("%1 T%2").arg(clockText(s.hour, s.minute)).arg(s.tariff);
}

QString switchesText(const std::vector<meter::TariffSwitch>& switches) {
    QStringList parts;
    for (const auto& s : switches) {
        parts << switchText(s);
    }
    return parts.join(QStringLiteral(", "));
}

/// The weekday as the Tariffs page's week table heads it (0 = Monday).
QString weekdayName(std::size_t day) {
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return QCoreApplication::translate("omt::ui::TariffPage", kDays[std::min<std::size_t>(day, 6)]);
}

QString weekText(const meter::TariffWeekProfile& w) {
    QStringList parts;
    for (std::size_t d = 0; d < w.days.size(); ++d) {
        parts << QStringLiteral("%1 %2").arg(weekdayName(d)).arg(w.days[d]);
    }
    return parts.join(QStringLiteral(", "));
}

template <typename T, typename Key>
const T* findBy(const std::vector<T>& list, Key key, const decltype(key(list.front()))& value) {
    for (const auto& e : list) {
        if (key(e) == value) {
            return &e;
        }
    }
    return nullptr;
}

QStringList calendarItems(const meter::TariffCalendar& before, const meter::TariffCalendar& after) {
    QStringList out;
    auto q = [](const std::string& t) { return QString::fromStdString(t); };
    if (before.name != after.name) {
        out << MeterDocument::tr("calendar name: %1").arg(arrow(q(before.name), q(after.name)));
    }
    const auto seasonName = [](const meter::TariffSeason& s) { return s.name; };
    for (const auto& s : after.seasons) {
        const auto* old = findBy(before.seasons, seasonName, s.name);
        if (!old) {
            out << MeterDocument::tr("season %1 added: from %2, week profile %3")
                       .arg(q(s.name), q(s.start.text()), q(s.week));
            continue;
        }
        if (old->start != s.start) {
            out << MeterDocument::tr("season %1: starts %2")
                       .arg(q(s.name), arrow(q(old->start.text()), q(s.start.text())));
        }
        if (old->week != s.week) {
            out << MeterDocument::tr("season %1: week profile %2")
                       .arg(q(s.name), arrow(q(old->week), q(s.week)));
        }
    }
    for (const auto& s : before.seasons) {
        if (!findBy(after.seasons, seasonName, s.name)) {
            out << MeterDocument::tr("season %1 removed").arg(q(s.name));
        }
    }
    const auto weekName = [](const meter::TariffWeekProfile& w) { return w.name; };
    for (const auto& w : after.weekProfiles) {
        const auto* old = findBy(before.weekProfiles, weekName, w.name);
        if (!old) {
            out << MeterDocument::tr("week profile %1 added: %2").arg(q(w.name), weekText(w));
            continue;
        }
        for (std::size_t d = 0; d < w.days.size(); ++d) {
            if (old->days[d] != w.days[d]) {
                out << MeterDocument::tr("week profile %1, %2: day profile %3")
                           .arg(q(w.name), weekdayName(d),
                                arrow(QString::number(old->days[d]), QString::number(w.days[d])));
            }
        }
    }
    for (const auto& w : before.weekProfiles) {
        if (!findBy(after.weekProfiles, weekName, w.name)) {
            out << MeterDocument::tr("week profile %1 removed").arg(q(w.name));
        }
    }
    const auto dayId = [](const meter::TariffDayProfile& d) { return d.id; };
    for (const auto& d : after.dayProfiles) {
        const auto* old = findBy(before.dayProfiles, dayId, d.id);
        if (!old) {
            out << MeterDocument::tr("day profile %1 added: %2")
                       .arg(d.id)
                       .arg(switchesText(d.switches));
            continue;
        }
        const std::size_t n = std::max(old->switches.size(), d.switches.size());
        for (std::size_t i = 0; i < n; ++i) {
            if (i >= old->switches.size()) {
                out << MeterDocument::tr("day profile %1: added %2")
                           .arg(d.id)
                           .arg(switchText(d.switches[i]));
            } else if (i >= d.switches.size()) {
                out << MeterDocument::tr("day profile %1: removed %2")
                           .arg(old->id)
                           .arg(switchText(old->switches[i]));
            } else if (old->switches[i] != d.switches[i]) {
                out << MeterDocument::tr("day profile %1: %2")
                           .arg(d.id)
                           .arg(arrow(switchText(old->switches[i]), switchText(d.switches[i])));
            }
        }
    }
    for (const auto& d : before.dayProfiles) {
        if (!findBy(after.dayProfiles, dayId, d.id)) {
            out << MeterDocument::tr("day profile %1 removed").arg(d.id);
        }
    }
    return out;
}

QStringList tariffItems(const meter::TariffPlan& before, const meter::TariffPlan& after) {
    QStringList out = calendarItems(before.active, after.active);
    auto q = [](const std::string& t) { return QString::fromStdString(t); };
    const auto date = [](const meter::SpecialDay& d) { return d.date; };
    for (const auto& d : after.specialDays) {
        const auto* old = findBy(before.specialDays, date, d.date);
        if (!old) {
            out << MeterDocument::tr("special day %1 added: day profile %2")
                       .arg(q(d.date.text()))
                       .arg(d.dayProfile);
        } else if (old->dayProfile != d.dayProfile) {
            out << MeterDocument::tr("special day %1: day profile %2")
                       .arg(q(d.date.text()),
                            arrow(QString::number(old->dayProfile), QString::number(d.dayProfile)));
        }
    }
    for (const auto& d : before.specialDays) {
        if (!findBy(after.specialDays, date, d.date)) {
            out << MeterDocument::tr("special day %1 removed").arg(q(d.date.text()));
        }
    }
    if (!before.passive && after.passive) {
        out << MeterDocument::tr("passive calendar %1 added: %n season(s)", nullptr,
                                 int(after.passive->seasons.size()))
                   .arg(q(after.passive->name));
    } else if (before.passive && !after.passive) {
        out << MeterDocument::tr("passive calendar %1 removed").arg(q(before.passive->name));
    } else if (before.passive && after.passive && !(*before.passive == *after.passive)) {
        for (const auto& item : calendarItems(*before.passive, *after.passive)) {
            out << MeterDocument::tr("passive calendar: %1").arg(item);
        }
    }
    if (before.passiveActivation != after.passiveActivation) {
        auto when = [&](const std::optional<meter::PlanDateTime>& t) {
            return t ? q(t->text()).replace(QLatin1Char('T'), QLatin1Char(' '))
                     : MeterDocument::tr("none");
        };
        out << MeterDocument::tr("passive calendar activation: %1")
                   .arg(arrow(when(before.passiveActivation), when(after.passiveActivation)));
    }
    return out;
}

QString onOff(bool on) {
    return on ? MeterDocument::tr("on") : MeterDocument::tr("off");
}

QString relaySwitchText(const meter::RelaySwitch& s) {
    return MeterDocument::tr("%1 %2", "time, then on or off")
        .arg(clockText(s.hour, s.minute),
             s.on ? MeterDocument::tr("on") : MeterDocument::tr("off"));
}

QString tariffsText(std::uint8_t mask) {
    QStringList parts;
    for (int t = 1; t <= meter::kMaxTariff; ++t) {
        if ((mask >> (t - 1)) & 1U) {
            parts << QStringLiteral("T%1").arg(t);
        }
    }
    return parts.isEmpty() ? MeterDocument::tr("none") : parts.join(QStringLiteral(", "));
}

QStringList loadControlItems(const meter::LoadControlPlan& before,
                             const meter::LoadControlPlan& after) {
    QStringList out;
    for (const auto& r : after.relays) {
        const meter::RelayPlan* old = nullptr;
        for (const auto& o : before.relays) {
            if (o.relay == r.relay) {
                old = &o;
            }
        }
        if (!old || *old == r) {
            continue;
        }
        const int n = r.relay;
        if (old->mode != r.mode) {
            out << MeterDocument::tr("relay %1: %2")
                       .arg(n)
                       .arg(arrow(relayModeText(old->mode), relayModeText(r.mode)));
        }
        if (r.mode == meter::RelayMode::OnDemand && old->state != r.state) {
            out << MeterDocument::tr("relay %1, on demand: %2")
                       .arg(n)
                       .arg(arrow(old->state ? onOff(*old->state) : MeterDocument::tr("none"),
                                  r.state ? onOff(*r.state) : MeterDocument::tr("none")));
        }
        if (r.mode == meter::RelayMode::Calendar && old->schedule != r.schedule) {
            const std::size_t count = std::max(old->schedule.size(), r.schedule.size());
            for (std::size_t i = 0; i < count; ++i) {
                if (i >= old->schedule.size()) {
                    out << MeterDocument::tr("relay %1 schedule: added %2")
                               .arg(n)
                               .arg(relaySwitchText(r.schedule[i]));
                } else if (i >= r.schedule.size()) {
                    out << MeterDocument::tr("relay %1 schedule: removed %2")
                               .arg(n)
                               .arg(relaySwitchText(old->schedule[i]));
                } else if (old->schedule[i] != r.schedule[i]) {
                    out << MeterDocument::tr("relay %1 schedule: %2")
                               .arg(n)
                               .arg(arrow(relaySwitchText(old->schedule[i]),
                                          relaySwitchText(r.schedule[i])));
                }
            }
        }
        if (r.mode == meter::RelayMode::FollowTariff && old->tariffMask != r.tariffMask) {
            out << MeterDocument::tr("relay %1, on in tariffs: %2")
                       .arg(n)
                       .arg(arrow(tariffsText(old->tariffMask), tariffsText(r.tariffMask)));
        }
    }
    if (before.supplyControl && after.supplyControl) {
        const auto from = before.supplyControl->state;
        const auto to = after.supplyControl->state;
        if (from != to) {
            out << (to == cosem::ControlState::Connected
                        ? MeterDocument::tr("restore the customer's supply (%1)")
                        : MeterDocument::tr("cut the customer's supply (%1)"))
                       .arg(arrow(supplyStateText(from), supplyStateText(to)));
        }
        if (before.supplyControl->mode != after.supplyControl->mode) {
            out << MeterDocument::tr("supply control mode: %1")
                       .arg(arrow(QString::number(int(before.supplyControl->mode)),
                                  QString::number(int(after.supplyControl->mode))));
        }
    }
    return out;
}

}  // namespace

QList<PendingChange> MeterDocument::pendingChangeItems() const {
    QList<PendingChange> out;
    if (!m_loaded) {
        return out;
    }
    const bool ratioChanged =
        m_pending.ctRatio && m_meter.ctRatio && m_pending.ctRatio->ratio != m_meter.ctRatio->ratio;
    const bool lockChanged = m_pending.ctRatio && m_meter.ctRatio &&
                             m_pending.ctRatio->locked != m_meter.ctRatio->locked;
    const bool periodChanged = m_pending.loadProfilePeriods[0] && m_meter.loadProfilePeriods[0] &&
                               m_pending.loadProfilePeriods[0] != m_meter.loadProfilePeriods[0];
    const auto codes = m_pending.configuration && m_meter.configuration
                           ? m_pending.configuration->diffFrom(*m_meter.configuration)
                           : std::vector<meter::FieldChange>{};
    for (const auto& c : codes) {
        // The CT ratio page's edit sets Z21 (and the lock Z22) too, a load profile period Z4:
        // one change, said once.
        if ((c.field == meter::ZField::Z21 && ratioChanged) ||
            (c.field == meter::ZField::Z22 && lockChanged) ||
            (c.field == meter::ZField::Z4 && periodChanged)) {
            continue;
        }
        const auto& spec = meter::zSpec(c.field);
        out << PendingChange{
            tr("%1 %2").arg(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())),
                            zFieldName(c.field)),
            {arrow(tr("%1 (%2)").arg(QString::fromStdString(c.oldCode),
                                     zCodeMeaning(c.field, c.oldCode)),
                   tr("%1 (%2)").arg(QString::fromStdString(c.newCode),
                                     zCodeMeaning(c.field, c.newCode)))}};
    }
    for (const auto& [kind, list] : m_pending.displayLists) {
        auto before = m_meter.displayLists.find(kind);
        if (before != m_meter.displayLists.end() && before->second.entries() != list.entries()) {
            out << PendingChange{tr("%1 display list").arg(displayListTitle(kind)),
                                 displayListItems(before->second, list)};
        }
    }
    if (ratioChanged) {
        out << PendingChange{tr("CT ratio"),
                             {arrow(QString::fromStdString(m_meter.ctRatio->ratio.text()),
                                    QString::fromStdString(m_pending.ctRatio->ratio.text()))}};
    }
    if (lockChanged && m_pending.ctRatio->locked) {
        out << PendingChange{tr("CT ratio lock"),
                             {arrow(tr("unlocked"), m_meter.ctUnlock == meter::CtUnlock::Allowed
                                                        ? tr("LOCKED")
                                                        : tr("LOCKED (permanent)"))}};
    }
    for (std::size_t i = 0; i < m_pending.loadProfilePeriods.size(); ++i) {
        const auto& before = m_meter.loadProfilePeriods[i];
        const auto& after = m_pending.loadProfilePeriods[i];
        if (before && after && *before != *after) {
            out << PendingChange{tr("Load profile %1 period").arg(i + 1),
                                 {arrow(periodText(*before), periodText(*after))}};
        }
    }
    if (m_pending.tariffPlan && m_meter.tariffPlan &&
        !(*m_pending.tariffPlan == *m_meter.tariffPlan)) {
        QStringList items = tariffItems(*m_meter.tariffPlan, *m_pending.tariffPlan);
        if (items.isEmpty()) {
            items << tr("changed");
        }
        out << PendingChange{tr("Tariffs"), items};
    }
    if (m_pending.loadControl && m_meter.loadControl &&
        !(*m_pending.loadControl == *m_meter.loadControl)) {
        QStringList items = loadControlItems(*m_meter.loadControl, *m_pending.loadControl);
        if (items.isEmpty()) {
            items << tr("changed");
        }
        out << PendingChange{tr("Load control"), items};
    }
    return out;
}

QStringList MeterDocument::pendingChanges() const {
    QStringList out;
    for (const auto& change : pendingChangeItems()) {
        if (change.items.isEmpty()) {
            out << change.setting;
        }
        for (const auto& item : change.items) {
            out << tr("%1: %2").arg(change.setting, item);
        }
    }
    return out;
}

QString periodText(std::uint32_t seconds) {
    if (seconds % 60 == 0) {
        return MeterDocument::tr("%1 min").arg(seconds / 60);
    }
    return MeterDocument::tr("%1 s").arg(seconds);
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

#include "ui/meter_texts.h"

#include "meter/display_list.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace omt::ui {

namespace {

constexpr const char* kContext = "omt::ui::MeterTexts";

// The texts of core/meter in full, as lupdate collects them. Composed texts are built from the
// parts below by meterText().
constexpr const char* kTexts[] = {
    // Z-field names (software_config.cpp, kCatalogue).
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Decimals in display"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "LED configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Primary module configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Integration period / Load profile period"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Display configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debiting stop date"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debiting logging interval"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Pulse out length / Alarm input"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Analysis logger setup"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Greenwich Mean Time (GMT)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Unit pulse input"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Tariff control plan"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control plan"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Daylight saving time / Summer-winter time table"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Frequency code Protocol"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Push button 2 setup"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "1107 configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Calendar setup"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Transformer ratio"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Transformer ratio (unlocked / locked)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load profile, based on"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Pulse output (module)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debitlogger 2 interval"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Alarm configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load profile data (DLMS)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Local interface encryption"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load profile configuration"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debit 2 logger configuration"),
    // Z-code meanings and their parts.
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "7.0 [Default]"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "7.1 [Country specific]"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "7.2 [Country specific]"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "LED switched off without consumption"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "LED switched on without consumption"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "No function"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "4-tariff"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "4-tariff inverted"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Pulse in"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Pulse in inv."),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Alarm in"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Alarm in inverted"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "A+ out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "A- out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "R+ out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "2-tariff"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "2-tariff inverted"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debiting stop pulse"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control load"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Status control"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load tariff sync"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load tariff sync inverted"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "4-tariff sync load control"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "4-tariff sync load control inverted"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control 1"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control 2"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Toggle Load control 1 & 2"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "None (externally controlled)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Monthly"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Every second month"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Every third month"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Half-yearly"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Yearly"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "January"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "February"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "March"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "April"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "May"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "June"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "July"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "August"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "September"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "October"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "November"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "December"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "30 msec pulse length"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "80 msec pulse length"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Alarm input deactivated"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Alarm input active"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Default setup"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "None"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Tariff disabled"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Module Port control"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Register control"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Load control disabled"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "No PB2 setup"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Disabled"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Enabled"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Mode A and C"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Unlocked"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Locked"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Primary energy"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Secondary energy"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Based on secondary energy"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Based on primary energy"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Daily"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Weekly"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "No alarms enabled"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Absolute values"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Delta values"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "order-form specific setting"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "order-form specific setting (device profile)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "unknown code"),
    // Display reading catalogue (display_list.cpp) and its parts.
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active energy A+ total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active energy A- total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Reactive energy R+ total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Reactive energy R- total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Apparent energy E+ total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Apparent energy E- total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active energy A+"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Reactive energy R+"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active energy A-"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Reactive energy R-"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Apparent energy E+"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Apparent energy E-"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "last debiting period"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Peak power P+max"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Accumulated peak power P+max acc"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Peak power Q+max"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Peak power S+max"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Peak power S-max"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Voltage"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Current"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active power P+"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active power P+ total"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Frequency"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Current transformer ratio"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Time"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Date"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Serial number"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Hour counter"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Debiting stop counter"),
    // Type-number meanings (type_number.cpp).
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Country code"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "CT meter"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Standard"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "2 systems - Aron"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "No breaker"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "No radio"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Radio (for OMNIA)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Supercap + battery"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "S0 output"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Three-phase meter"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Single-phase meter"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Standard layout"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "2 screws"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "OMNIA e-meter"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "LTE cat. M1/NB2"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "DSMR P1 Lite"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "APS + 2x load ctrl + 1x pulse out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "2x load ctrl + 1x pulse out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "APS + 1x pulse out"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Supercap"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "3 days capacity"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "7 days capacity"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "3 days capacity and last gasp"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "7 days capacity and last gasp"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Battery"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Battery and last gasp"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Yes"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active 1 / reactive 1 (IEC)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active 1 / reactive 2 (IEC)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active 2 / reactive 2 (IEC)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active B / reactive 1 (MID)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active B / reactive 2 (MID)"),
    QT_TRANSLATE_NOOP("omt::ui::MeterTexts", "Active A / reactive 2 (MID)"),
};

const QSet<QString>& known() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* t : kTexts) {
            s.insert(QString::fromUtf8(t));
        }
        return s;
    }();
    return set;
}

QString ioDirection(const QString& word) {
    if (word == QLatin1String("input")) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "input");
    }
    if (word == QLatin1String("output")) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "output");
    }
    return word;
}

QString translate(const QString& text, int depth);

QString joinParts(const QString& text, const QString& separator, int depth) {
    QStringList parts = text.split(separator);
    for (auto& p : parts) {
        p = translate(p, depth + 1);
    }
    return parts.join(separator);
}

QString translate(const QString& text, int depth) {
    if (text.isEmpty() || depth > 4) {
        return text;
    }
    if (known().contains(text)) {
        return QCoreApplication::translate(kContext, text.toUtf8().constData());
    }
    static const QRegularExpression io(
        QStringLiteral("^(.*) \\(I/O 1: (input|output|-), I/O 2: (input|output|-)\\)$"));
    static const QRegularExpression hours(
        QStringLiteral("^([+-]) (\\d+) Hours?((?: \\[[^\\]]*\\])?)$"));
    static const QRegularExpression ratio(QStringLiteral("^(\\d+) A/5 A or (\\d+) A/1 A$"));
    static const QRegularExpression minutes(QStringLiteral("^(\\d+) min\\.$"));
    static const QRegularExpression secondary(QStringLiteral("^Secondary (.+)$"));
    static const QRegularExpression profile(QStringLiteral("^Profile (\\d+)$"));
    static const QRegularExpression tariff(QStringLiteral("^(.+) tariff (\\d)$"));
    static const QRegularExpression phase(QStringLiteral("^(.+) (L[123])$"));
    static const QRegularExpression cls(QStringLiteral("^Class (\\S+)$"));
    static const QRegularExpression generation(QStringLiteral("^Generation (\\S+)$"));
    static const QRegularExpression revision(QStringLiteral("^Revision (\\S+)$"));
    static const QRegularExpression variant(
        QStringLiteral("^(?:Variant (\\d+)|(\\d+)\\. Variant)$"));
    static const QRegularExpression systems(QStringLiteral("^(\\d+) systems?$"));
    QRegularExpressionMatch m;
    if ((m = io.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "%1 (I/O 1: %2, I/O 2: %3)")
            .arg(translate(m.captured(1), depth + 1), ioDirection(m.captured(2)),
                 ioDirection(m.captured(3)));
    }
    if ((m = hours.match(text)).hasMatch()) {
        const int n = m.captured(2).toInt();
        return m.captured(1) + QLatin1Char(' ') +
               QCoreApplication::translate("omt::ui::MeterTexts", "%n hour(s)", nullptr, n) +
               m.captured(3);
    }
    if ((m = ratio.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "%1 A/5 A or %2 A/1 A")
            .arg(m.captured(1), m.captured(2));
    }
    if ((m = minutes.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "%1 min.").arg(m.captured(1));
    }
    if ((m = secondary.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "Secondary %1")
            .arg(m.captured(1));
    }
    if ((m = profile.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "Profile %1").arg(m.captured(1));
    }
    if ((m = tariff.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "%1 tariff %2")
            .arg(translate(m.captured(1), depth + 1), m.captured(2));
    }
    if ((m = phase.match(text)).hasMatch()) {
        return translate(m.captured(1), depth + 1) + QLatin1Char(' ') + m.captured(2);
    }
    if ((m = cls.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "Class %1").arg(m.captured(1));
    }
    if ((m = generation.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "Generation %1")
            .arg(m.captured(1));
    }
    if ((m = revision.match(text)).hasMatch()) {
        return QCoreApplication::translate("omt::ui::MeterTexts", "Revision %1").arg(m.captured(1));
    }
    if ((m = variant.match(text)).hasMatch()) {
        const QString n = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        return QCoreApplication::translate("omt::ui::MeterTexts", "Variant %1").arg(n);
    }
    if ((m = systems.match(text)).hasMatch()) {
        const int count = m.captured(1).toInt();
        return QCoreApplication::translate("omt::ui::MeterTexts", "%n system(s)", nullptr, count);
    }
    if (text.contains(QLatin1String(" / "))) {
        return joinParts(text, QStringLiteral(" / "), depth);
    }
    if (text.contains(QLatin1String(", "))) {
        return joinParts(text, QStringLiteral(", "), depth);
    }
    return text;
}

}  // namespace

QString meterText(std::string_view english) {
    return translate(QString::fromUtf8(english.data(), qsizetype(english.size())), 0);
}

QString zFieldName(meter::ZField field) {
    return meterText(meter::zSpec(field).name);
}

QString zCodeMeaning(meter::ZField field, std::string_view code) {
    return meterText(meter::meaningOf(field, code));
}

QString zCodeMeaning(meter::ZField field, std::string_view code,
                     const meter::OrderFormCodes& orderForm) {
    return meterText(meter::meaningOf(field, code, orderForm));
}

QString readingName(const cosem::ObisCode& code) {
    if (const auto entry = meter::catalogueEntry(code)) {
        return meterText(entry->name);
    }
    // Energy registers 1.0.C.8.E.255 per tariff E = 1..4.
    static const std::pair<std::uint8_t, const char*> kEnergy[] = {
        {1, "Active energy A+"},   {2, "Active energy A-"},   {3, "Reactive energy R+"},
        {4, "Reactive energy R-"}, {9, "Apparent energy E+"}, {10, "Apparent energy E-"}};
    if (code.a() == 1 && code.d() == 8 && code.f() == 255 && code.e() >= 1 && code.e() <= 4) {
        for (const auto& [c, name] : kEnergy) {
            if (code.c() == c) {
                return meterText(std::string(name) + " tariff " + std::to_string(code.e()));
            }
        }
    }
    return QString::fromStdString(cosem::obisName(code));
}

QStringList meterTextSources() {
    QStringList out;
    for (const char* t : kTexts) {
        out << QString::fromUtf8(t);
    }
    return out;
}

}  // namespace omt::ui

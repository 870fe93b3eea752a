#include "ui/widgets/week_timeline.h"

#include <QPainter>

namespace omt::ui {

WeekTimeline::WeekTimeline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("weekTimeline"));
    setAccessibleName(tr("Week timeline of the tariffs"));
}

QColor WeekTimeline::tariffColour(int n) {
    switch (n) {
        case 1:
            return QColor(0x4c, 0x9a, 0x2a);
        case 2:
            return QColor(0xe0, 0x8a, 0x1e);
        case 3:
            return QColor(0x2b, 0x6c, 0xb0);
        case 4:
            return QColor(0xb0, 0x2b, 0x5a);
        default:
            return QColor(0xbb, 0xbb, 0xbb);
    }
}

void WeekTimeline::setWeek(const meter::TariffCalendar& calendar, const std::string& weekName) {
    m_days = {};
    m_known = {};
    for (const auto& week : calendar.weekProfiles) {
        if (week.name != weekName) {
            continue;
        }
        for (std::size_t d = 0; d < 7; ++d) {
            for (const auto& profile : calendar.dayProfiles) {
                if (profile.id == week.days[d]) {
                    m_days[d] = profile.switches;
                    m_known[d] = true;
                }
            }
        }
        break;
    }
    update();
}

int WeekTimeline::tariffAt(int day, int minute) const {
    if (day < 0 || day > 6 || !m_known[std::size_t(day)]) {
        return 0;
    }
    const auto& switches = m_days[std::size_t(day)];
    int tariff = 0;
    // Carried over from the previous day's last switch.
    const auto& previous = m_days[std::size_t((day + 6) % 7)];
    if (!previous.empty()) {
        tariff = previous.back().tariff;
    }
    for (const auto& s : switches) {
        if (s.hour * 60 + s.minute <= minute) {
            tariff = s.tariff;
        }
    }
    if (tariff == 0 && !switches.empty()) {
        tariff = switches.back().tariff;
    }
    return tariff;
}

QSize WeekTimeline::sizeHint() const {
    return {640, 7 * 22 + 50};
}

QSize WeekTimeline::minimumSizeHint() const {
    return {320, 7 * 16 + 44};
}

void WeekTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("MMMM")) + 8;
    const int legendHeight = fm.height() + 8;
    const int axisHeight = fm.height() + 4;
    const int left = labelWidth;
    const int width = std::max(10, this->width() - left - 8);
    const int rowHeight = std::max(10, (height() - legendHeight - axisHeight) / 7);
    const QStringList days{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                           tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d) {
        const int y = d * rowHeight;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   days[d]);
        // Stretches between switch points, 15-minute resolution is enough to draw.
        for (int m = 0; m < 24 * 60; m += 15) {
            const int x0 = left + width * m / (24 * 60);
            const int x1 = left + width * (m + 15) / (24 * 60);
            p.fillRect(QRect(x0, y + 2, x1 - x0, rowHeight - 4), tariffColour(tariffAt(d, m)));
        }
    }
    const int axisY = 7 * rowHeight;
    p.setPen(palette().color(QPalette::WindowText));
    for (int h = 0; h <= 24; h += 3) {
        const int x = left + width * h / 24;
        p.drawLine(x, axisY, x, axisY + 3);
        p.drawText(QRect(x - 20, axisY + 2, 40, fm.height()), Qt::AlignHCenter,
                   QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }
    int x = left;
    const int legendY = axisY + axisHeight + 2;
    for (int t = 1; t <= meter::kMaxTariff; ++t) {
        p.fillRect(QRect(x, legendY + 2, 14, fm.height() - 4), tariffColour(t));
        const QString label = QStringLiteral("T%1").arg(t);
        p.drawText(QPoint(x + 18, legendY + fm.ascent()), label);
        x += 18 + fm.horizontalAdvance(label) + 16;
    }
}

}  // namespace omt::ui

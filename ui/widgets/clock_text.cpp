#include "ui/widgets/clock_text.h"

#include <QRegularExpression>

namespace omt::ui {

QString clockText(int hour, int minute) {
    return QStringLiteral("%1:%2")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

std::optional<std::pair<int, int>> parseClockText(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59) {
        return std::nullopt;
    }
    return std::pair{h, min};
}

}  // namespace omt::ui

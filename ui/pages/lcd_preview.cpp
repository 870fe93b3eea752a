#include "ui/pages/lcd_preview.h"

#include <QFontDatabase>
#include <QPainter>

namespace omt::ui {

LcdPreview::LcdPreview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lcdPreview"));
    setAccessibleName(tr("Display preview"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LcdPreview::setText(const std::optional<meter::LcdText>& text) {
    m_text = text;
    setToolTip(text ? QStringLiteral("%1  %2 %3")
                          .arg(QString::fromStdString(text->obis),
                               QString::fromStdString(text->value),
                               QString::fromStdString(text->unit))
                    : QString());
    update();
}

QSize LcdPreview::sizeHint() const {
    const int h = fontMetrics().height();
    return {h * 22, h * 5};
}

void LcdPreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // An LCD looks the same in light and dark themes: grey-green glass, dark segments.
    const QRectF glass = QRectF(rect()).adjusted(2, 2, -2, -2);
    p.setPen(QPen(QColor(0x55, 0x5a, 0x50), 2));
    p.setBrush(QColor(0xc8, 0xd2, 0xb4));
    p.drawRoundedRect(glass, 6, 6);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor ink = m_text ? QColor(0x1e, 0x23, 0x1e) : QColor(0xb0, 0xba, 0x9e);
    p.setPen(ink);

    const QString obis = m_text ? QString::fromStdString(m_text->obis) : QStringLiteral("8.8.8");
    const QString value =
        m_text ? QString::fromStdString(m_text->value) : QStringLiteral("888888888");
    const QString unit = m_text ? QString::fromStdString(m_text->unit) : QString();

    const qreal h = glass.height();
    mono.setPixelSize(int(h * 0.22));
    p.setFont(mono);
    p.drawText(glass.adjusted(h * 0.15, h * 0.08, 0, 0), Qt::AlignLeft | Qt::AlignTop, obis);

    mono.setPixelSize(int(h * 0.42));
    mono.setBold(true);
    p.setFont(mono);
    const QRectF valueBox = glass.adjusted(h * 0.15, h * 0.35, -h * 1.3, -h * 0.1);
    p.drawText(valueBox, Qt::AlignRight | Qt::AlignVCenter, value);

    mono.setPixelSize(int(h * 0.24));
    mono.setBold(false);
    p.setFont(mono);
    p.drawText(glass.adjusted(glass.width() - h * 1.2, h * 0.45, -h * 0.1, -h * 0.1),
               Qt::AlignLeft | Qt::AlignVCenter, unit);
}

}  // namespace omt::ui

#pragma once
// A drawing of the meter's LCD for one reading: the 7-digit identification (OBIS) field, the
// 9-digit value field and the unit, as meter::previewLcd() renders them.

#include <QWidget>

#include "meter/display_list.h"

namespace omt::ui {

class LcdPreview : public QWidget {
    Q_OBJECT

public:
    explicit LcdPreview(QWidget* parent = nullptr);

    /// Shows `text`, or clears the display (all segments off) for nullopt.
    void setText(const std::optional<meter::LcdText>& text);
    const std::optional<meter::LcdText>& text() const { return m_text; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<meter::LcdText> m_text;
};

}  // namespace omt::ui

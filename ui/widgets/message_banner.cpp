#include "ui/widgets/message_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace omt::ui {

namespace {

QIcon kindIcon(const QStyle* style, TintedFrame::Kind kind) {
    switch (kind) {
        case TintedFrame::Kind::Information:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case TintedFrame::Kind::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case TintedFrame::Kind::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QColor mix(const QColor& a, const QColor& b, double share) {
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

}  // namespace

TintedFrame::TintedFrame(QWidget* parent) : QFrame(parent) {
    setAutoFillBackground(false);
}

void TintedFrame::setKind(Kind kind) {
    m_kind = kind;
    update();
}

QColor TintedFrame::kindColour(Kind kind) {
    switch (kind) {
        case Kind::Information:
            return QColor(0x3d, 0xae, 0xe9);
        case Kind::Warning:
            return QColor(0xf6, 0x74, 0x00);
        case Kind::Error:
            return QColor(0xda, 0x44, 0x53);
    }
    return {};
}

void TintedFrame::paintEvent(QPaintEvent* event) {
    // The palette's window colour with a fifth of the kind's: light on a light palette, dark on
    // a dark one, so the palette's text colour stays readable on it.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor border = kindColour(m_kind);
    painter.setPen(QPen(border, 1.5));
    painter.setBrush(mix(palette().color(QPalette::Window), border, 0.2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    QFrame::paintEvent(event);
}

MessageBanner::MessageBanner(QWidget* parent)
    : TintedFrame(parent),
      m_icon(new QLabel(this)),
      m_title(new QLabel(this)),
      m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("messageBanner"));
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("messageRetry"));
    m_dismiss->setObjectName(QStringLiteral("messageDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss this message"));
    m_icon->setAlignment(Qt::AlignTop);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);
    layout->setAlignment(buttons, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString& title, const QStringList& lines,
                                bool retry) {
    setKind(kind);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) * 2 / 3;
    m_icon->setPixmap(kindIcon(style(), kind).pixmap(size, size));
    m_title->setText(title);
    QStringList shown;
    for (const auto& line : lines) {
        if (!line.trimmed().isEmpty()) {
            shown << line;
        }
    }
    m_text->setText(shown.join(QLatin1Char('\n')));
    m_text->setVisible(!shown.isEmpty());
    m_retry->setVisible(retry);
    setAccessibleName(title);
    setAccessibleDescription(shown.join(QLatin1Char(' ')));
    // Two banners may show at once: their buttons say which message they act on.
    m_retry->setAccessibleDescription(title);
    m_dismiss->setAccessibleDescription(title);
    show();
}

void MessageBanner::clear() {
    hide();
}

InterruptedWritesPanel::InterruptedWritesPanel(QWidget* parent)
    : TintedFrame(parent), m_title(new QLabel(this)), m_rows(new QVBoxLayout) {
    setObjectName(QStringLiteral("interruptedWrites"));
    setKind(Kind::Warning);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    setAccessibleName(tr("Writes that did not finish"));
    hide();
}

QString InterruptedWritesPanel::describe(const InterruptedWrite& write) {
    const QString meter = write.meterSerial.isEmpty() ? tr("A meter of unknown serial number")
                                                      : tr("Meter %1").arg(write.meterSerial);
    const QString when =
        write.started.isValid()
            ? write.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("at an unknown time");
    QString text =
        tr("%1, %2, %3: %4.")
            .arg(meter, when, write.program.isEmpty() ? tr("unknown program") : write.program,
                 write.settings.isEmpty() ? tr("settings not recorded")
                                          : write.settings.join(QStringLiteral(", ")));
    text += QLatin1Char('\n') + (write.backupFile.isEmpty()
                                     ? tr("No backup was saved.")
                                     : tr("Backup of the old values: %1").arg(write.backupFile));
    return text;
}

void InterruptedWritesPanel::setWrites(const QList<InterruptedWrite>& writes) {
    m_writes = writes;
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        // Later: this may run inside a click of one of the row's buttons.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_restoreButtons.clear();
    m_dismissButtons.clear();
    if (writes.isEmpty()) {
        hide();
        return;
    }
    m_title->setText(
        tr("%n write(s) did not finish: the meter may hold part of the new values. "
           "Restore the backup on that meter, or dismiss the entry once it is "
           "repaired.",
           nullptr, int(writes.size())));
    for (int i = 0; i < writes.size(); ++i) {
        const auto& write = writes[i];
        auto* row = new QWidget(this);
        auto* label = new QLabel(describe(write), row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setObjectName(QStringLiteral("interruptedText%1").arg(i));
        auto* restore = new QPushButton(tr("Restore backup"), row);
        restore->setObjectName(QStringLiteral("interruptedRestore%1").arg(i));
        restore->setEnabled(!write.backupFile.isEmpty());
        restore->setAccessibleName(tr("Restore the backup of meter %1").arg(write.meterSerial));
        auto* dismiss = new QPushButton(tr("Dismiss"), row);
        dismiss->setObjectName(QStringLiteral("interruptedDismiss%1").arg(i));
        dismiss->setAccessibleName(tr("Dismiss the entry of meter %1").arg(write.meterSerial));
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label, 1);
        layout->addWidget(restore, 0, Qt::AlignTop);
        layout->addWidget(dismiss, 0, Qt::AlignTop);
        m_rows->addWidget(row);
        m_restoreButtons << restore;
        m_dismissButtons << dismiss;
        connect(restore, &QPushButton::clicked, this,
                [this, file = write.backupFile] { emit restoreBackupRequested(file); });
        connect(dismiss, &QPushButton::clicked, this, [this, id = write.id] {
            // The entry leaves the list at once; the journal's next list replaces this one.
            auto rest = m_writes;
            rest.removeIf([&](const InterruptedWrite& w) { return w.id == id; });
            emit dismissRequested(id);
            setWrites(rest);
        });
    }
    show();
}

QPushButton* InterruptedWritesPanel::restoreButton(int row) const {
    return m_restoreButtons.value(row);
}

QPushButton* InterruptedWritesPanel::dismissButton(int row) const {
    return m_dismissButtons.value(row);
}

}  // namespace omt::ui

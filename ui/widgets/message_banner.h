#pragma once
// The window's message area: a banner between the connection bar and the pages (like KDE's
// KMessageWidget) that says what happened and what to do next, and stays until the person
// dismisses it or a newer message replaces it. Unlike the status line it does not vanish.
//
//   MessageBanner banner;
//   banner.showMessage(MessageBanner::Kind::Error, tr("The link to the meter was lost."),
//                      {describe(error), tr("Check the optical head, then Connect.")}, true);
//   connect(&banner, &MessageBanner::retryRequested, ...);   // Retry closes the banner
//
// InterruptedWritesPanel lists the writes the journal holds that never finished, each with
// "Restore backup" and "Dismiss".

#include <QFrame>
#include <QList>

#include "ui/reports.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace omt::ui {

/// A frame tinted by its kind from the current palette (readable in light and dark palettes),
/// with the kind's colour as its border.
class TintedFrame : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit TintedFrame(QWidget* parent = nullptr);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    /// The border colour of `kind`; the background mixes it into the palette's window colour.
    static QColor kindColour(Kind kind);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Kind m_kind = Kind::Information;
};

class MessageBanner : public TintedFrame {
    Q_OBJECT

public:
    explicit MessageBanner(QWidget* parent = nullptr);

    /// Shows the banner: the icon of `kind`, `title` in bold, `lines` below (empty lines are
    /// left out), Retry only when `retry`. Replaces what the banner showed.
    void showMessage(Kind kind, const QString& title, const QStringList& lines, bool retry = false);
    /// Hides the banner (as Dismiss does, without the dismissed() signal).
    void clear();

    QLabel* titleLabel() const { return m_title; }
    QLabel* textLabel() const { return m_text; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* dismissButton() const { return m_dismiss; }

signals:
    /// Retry was pressed; the banner has closed.
    void retryRequested();
    /// Dismiss was pressed; the banner has closed.
    void dismissed();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
};

/// The writes that never finished (the journal), each with what the meter may hold now and its
/// backup, "Restore backup" and "Dismiss" (the entry leaves the list at once). Hidden while the
/// list is empty.
class InterruptedWritesPanel : public TintedFrame {
    Q_OBJECT

public:
    explicit InterruptedWritesPanel(QWidget* parent = nullptr);

    /// Shows `writes` (replacing the list shown); an empty list hides the panel.
    void setWrites(const QList<InterruptedWrite>& writes);
    const QList<InterruptedWrite>& writes() const { return m_writes; }

    /// The sentence describing one write, e.g. "Meter 71234567, 2026-11-21 20:00, omt: CT ratio,
    /// manual display list."
    static QString describe(const InterruptedWrite& write);

    /// The Restore backup and Dismiss buttons of entry `row`.
    QPushButton* restoreButton(int row) const;
    QPushButton* dismissButton(int row) const;

signals:
    void restoreBackupRequested(const QString& backupFile);
    void dismissRequested(const QString& id);

private:
    QList<InterruptedWrite> m_writes;
    QLabel* m_title;
    QVBoxLayout* m_rows;
    QList<QPushButton*> m_restoreButtons;
    QList<QPushButton*> m_dismissButtons;
};

}  // namespace omt::ui

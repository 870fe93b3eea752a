#pragma once
// The question before a write: every setting the pending edits change, in the person's words,
// and what changes in it item by item (MeterDocument::pendingChangeItems), as a tree; Write or
// Cancel, Cancel the default so Enter writes nothing.
//
//   WriteConfirmDialog dialog(document.pendingChangeItems(), window);
//   if (dialog.exec() == QDialog::Accepted) ...

#include <QDialog>

#include "ui/meter_document.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace omt::ui {

class WriteConfirmDialog : public QDialog {
    Q_OBJECT

public:
    explicit WriteConfirmDialog(const QList<PendingChange>& changes, QWidget* parent = nullptr);

    QTreeWidget* changeTree() const { return m_tree; }
    QLabel* questionLabel() const { return m_question; }
    QPushButton* writeButton() const { return m_write; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QLabel* m_question;
    QTreeWidget* m_tree;
    QPushButton* m_write;
    QPushButton* m_cancel;
};

}  // namespace omt::ui

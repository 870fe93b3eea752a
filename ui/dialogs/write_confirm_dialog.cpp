#include "ui/dialogs/write_confirm_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace omt::ui {

WriteConfirmDialog::WriteConfirmDialog(const QList<PendingChange>& changes, QWidget* parent)
    : QDialog(parent),
      m_question(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_write(new QPushButton(tr("&Write"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("writeConfirmDialog"));
    setWindowTitle(tr("Write to meter"));
    int count = 0;
    for (const auto& c : changes) {
        count += std::max(1, int(c.items.size()));
    }
    m_question->setText(tr("Write these %n change(s) to the meter?", nullptr, count));
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_question->setWordWrap(true);
    auto* note = new QLabel(tr("A backup of the old values is saved first. Every value is read "
                               "back; if anything is refused or reads back wrong, the old values "
                               "are written back."),
                            this);
    note->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("changeTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setAccessibleName(tr("Changes"));
    // Long items scroll sideways rather than being cut.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const auto& c : changes) {
        auto* setting = new QTreeWidgetItem(m_tree, {c.setting});
        QFont font = setting->font(0);
        font.setBold(true);
        setting->setFont(0, font);
        for (const auto& item : c.items) {
            auto* child = new QTreeWidgetItem(setting, {item});
            child->setToolTip(0, item);
        }
    }
    m_tree->expandAll();

    // Cancel is the default: Enter never writes by accident.
    m_write->setObjectName(QStringLiteral("confirmWrite"));
    m_write->setAutoDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelWrite"));
    m_cancel->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 420);
    m_cancel->setFocus();
}

}  // namespace omt::ui

#include "ui/dialogs/write_outcome_dialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omt::ui {

QString WriteOutcomeDialog::stateText(WriteReportItem::State state) {
    switch (state) {
        case WriteReportItem::State::New:
            return tr("new value");
        case WriteReportItem::State::Old:
            return tr("old value");
        case WriteReportItem::State::Unknown:
            return tr("unknown — restore the backup");
        case WriteReportItem::State::Untouched:
            return tr("not written");
    }
    return {};
}

WriteOutcomeDialog::WriteOutcomeDialog(QWidget* parent)
    : QDialog(parent),
      m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }),
      m_icon(new QLabel(this)),
      m_headline(new QLabel(this)),
      m_reason(new QLabel(this)),
      m_items(new QTableWidget(0, ColumnCount, this)),
      m_backup(new QLineEdit(this)),
      m_copy(new QPushButton(tr("&Copy path"), this)),
      m_showFolder(new QPushButton(tr("Show in &folder"), this)),
      m_restore(new QPushButton(tr("&Restore backup"), this)) {
    setObjectName(QStringLiteral("writeOutcomeDialog"));
    setWindowTitle(tr("Write outcome"));
    setModal(false);
    m_headline->setObjectName(QStringLiteral("outcomeHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("outcomeReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_items->setObjectName(QStringLiteral("outcomeItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Setting"), tr("Old value"), tr("New value"), tr("The meter holds")});
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setWordWrap(true);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_backup->setObjectName(QStringLiteral("outcomeBackup"));
    m_backup->setReadOnly(true);
    m_backup->setAccessibleName(tr("Backup file"));
    m_copy->setObjectName(QStringLiteral("outcomeCopyPath"));
    m_showFolder->setObjectName(QStringLiteral("outcomeShowFolder"));
    m_restore->setObjectName(QStringLiteral("outcomeRestore"));
    m_restore->setToolTip(tr("Write the old values of this backup back to the connected meter."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_reason);
    top->addLayout(texts, 1);

    auto* backupBox = new QGroupBox(tr("Backup of the old values"), this);
    auto* backupLayout = new QGridLayout(backupBox);
    backupLayout->addWidget(m_backup, 0, 0, 1, 4);
    backupLayout->addWidget(m_copy, 1, 0);
    backupLayout->addWidget(m_showFolder, 1, 1);
    backupLayout->setColumnStretch(2, 1);
    backupLayout->addWidget(m_restore, 1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_items, 1);
    layout->addWidget(backupBox);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_report.backupFile); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        m_openUrl(QUrl::fromLocalFile(QFileInfo(m_report.backupFile).absolutePath()));
    });
    connect(m_restore, &QPushButton::clicked, this,
            [this] { emit restoreBackupRequested(m_report.backupFile); });
    resize(760, 460);
}

void WriteOutcomeDialog::setReport(const WriteReport& report) {
    m_report = report;
    const bool lockStuck = report.result == WriteReport::Result::NotVerified;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(lockStuck ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical)
            .pixmap(size, size));
    m_headline->setText(report.headline);
    m_reason->setText(report.reason);
    m_reason->setVisible(!report.reason.isEmpty());
    m_items->setRowCount(int(report.items.size()));
    for (int row = 0; row < report.items.size(); ++row) {
        const auto& item = report.items[row];
        const QString texts[] = {item.setting, item.before, item.after, stateText(item.state)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(texts[column]);
            cell->setToolTip(texts[column]);
            if (column == StateColumn && item.state == WriteReportItem::State::Unknown) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            m_items->setItem(row, column, cell);
        }
    }
    m_items->resizeRowsToContents();
    const bool backup = !report.backupFile.isEmpty();
    m_backup->setText(backup ? report.backupFile : tr("No backup was saved."));
    m_copy->setEnabled(backup);
    m_showFolder->setEnabled(backup);
    m_restore->setEnabled(backup);
}

}  // namespace omt::ui

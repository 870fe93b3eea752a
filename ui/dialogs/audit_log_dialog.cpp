#include "ui/dialogs/audit_log_dialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/audit_log_model.h"

namespace omt::ui {

AuditLogDialog::AuditLogDialog(const QString& file, QWidget* parent)
    : QDialog(parent),
      m_file(file),
      m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); }),
      m_model(new AuditLogModel(this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_filterBox(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_open(new QPushButton(tr("&Open in another program"), this)) {
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(AuditLogModel::SortRole);
    m_filterBox->setObjectName(QStringLiteral("auditFilter"));
    m_filterBox->setPlaceholderText(tr("Filter: text in any column"));
    m_filterBox->setClearButtonEnabled(true);
    m_filterBox->setAccessibleName(tr("Filter"));
    connect(m_filterBox, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder);  // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Values and results wrap onto more lines rather than being cut.
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("File: %1").arg(file));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("auditOpen"));
    m_open->setToolTip(tr("Open %1 in the program this computer uses for CSV files.").arg(file));
    connect(m_open, &QPushButton::clicked, this,
            [this] { m_openUrl(QUrl::fromLocalFile(m_file)); });

    auto* reloadButton = new QPushButton(tr("Re&load"), this);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(reloadButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBox);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1000, 560);
    reload();
}

void AuditLogDialog::reload() {
    QFile file(m_file);
    const bool exists = file.exists();
    m_open->setEnabled(exists);
    if (!exists) {
        m_model->setCsv({});
        m_empty->setText(tr("No write has been recorded yet."));
        m_stack->setCurrentWidget(m_empty);
        m_summary->setText(tr("File: %1").arg(m_file));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_model->setCsv({});
        m_empty->setText(tr("The audit log %1 cannot be read: %2").arg(m_file, file.errorString()));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_model->setCsv(meter::parseAuditCsv(file.readAll().toStdString()));
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No write has been recorded yet."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    QString summary =
        tr("%n record(s) in %1.", nullptr, m_model->rowCount() - m_model->malformedCount())
            .arg(m_file);
    if (const int bad = m_model->malformedCount(); bad > 0) {
        summary += QLatin1Char(' ') +
                   tr("%n line(s) are not records; they are shown as they stand in the file.",
                      nullptr, bad);
    }
    m_summary->setText(summary);
}

}  // namespace omt::ui

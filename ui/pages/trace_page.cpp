#include "ui/pages/trace_page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/models/trace_model.h"

namespace omt::ui {

TracePage::TracePage(QWidget* parent)
    : QWidget(parent),
      m_model(new TraceModel(this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_filterBox(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("tracePage"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterBox->setPlaceholderText(tr("Filter: text in any column"));
    m_filterBox->setClearButtonEnabled(true);
    m_filterBox->setAccessibleName(tr("Filter"));
    connect(m_filterBox, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // The decoded meaning is what a person reads; the hex is there to be checked.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Time,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Direction,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Decoded, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Hex, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(TraceModel::Hex, 360);
    m_view->setWordWrap(false);

    auto* save = new QPushButton(tr("&Save…"), this);
    save->setObjectName(QStringLiteral("saveTrace"));
    connect(save, &QPushButton::clicked, this, &TracePage::save);
    auto* clear = new QPushButton(tr("C&lear"), this);
    connect(clear, &QPushButton::clicked, m_model, &TraceModel::clear);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterBox, 1);
    top->addWidget(save);
    top->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Requests to and responses from the meter, newest last."), this));
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
}

void TracePage::add(const TraceRecord& record) {
    const bool atEnd =
        m_view->verticalScrollBar() == nullptr ||
        m_view->verticalScrollBar()->value() == m_view->verticalScrollBar()->maximum();
    m_model->append(record);
    if (atEnd) {
        m_view->scrollToBottom();
    }
}

bool TracePage::saveTo(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        file.write((TraceModel::textOf(m_model->record(source)) + QLatin1Char('\n')).toUtf8());
    }
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void TracePage::save() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save trace"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    m_status->setText(saveTo(path, &error)
                          ? tr("Saved %n record(s) to %1.", nullptr, m_filter->rowCount()).arg(path)
                          : tr("The trace cannot be saved to %1: %2").arg(path, error));
}

}  // namespace omt::ui

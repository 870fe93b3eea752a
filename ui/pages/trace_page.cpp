#include "ui/pages/trace_page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
      m_detail(new QPlainTextEdit(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
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
    m_view->setObjectName(QStringLiteral("traceTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The decoded meaning is what a person reads and takes the room; the hex is there to be
    // checked. What does not fit a cell is in the detail pane below (and the cell's tooltip).
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Time,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Direction,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Decoded, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TraceModel::Hex, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(TraceModel::Hex, 240);
    m_view->setWordWrap(false);
    m_view->setProperty("omtDetailPane", true);  // the full text is in m_detail (tests)

    m_detail->setObjectName(QStringLiteral("traceDetail"));
    m_detail->setReadOnly(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setFont(QFont(QStringLiteral("monospace")));
    m_detail->setPlaceholderText(tr("Select a record to see it in full."));
    m_detail->setAccessibleName(tr("Selected record"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePage::showDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TracePage::showDetail);

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
    m_splitter->setObjectName(QStringLiteral("traceSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(QSettings().value(QStringLiteral("trace/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("trace/splitter"), m_splitter->saveState());
    });
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
}

void TracePage::showDetail() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const auto& r = m_model->record(m_filter->mapToSource(current).row());
    QStringList lines;
    lines << QStringLiteral("%1  %2").arg(
        r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
        r.toMeter ? tr("to meter") : tr("from meter"));
    lines << r.summary;
    for (const auto& line : r.detail) {
        if (!line.isEmpty()) {
            lines << QStringLiteral("  ") + line;
        }
    }
    if (!r.hex.isEmpty()) {
        lines << QString() << r.hex;
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
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

#include "ui/pages/display_lists_page.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/meter_document.h"
#include "ui/meter_texts.h"
#include "ui/models/display_list_model.h"
#include "ui/pages/lcd_preview.h"

namespace omt::ui {

namespace {

meter::DisplayDecimals decimalsOf(const MeterDocument& doc) {
    // Z1 on the OMNIPOWER CT; the OMNIA has no Z codes (7.0 then)
    const auto& codes = doc.pending().configuration;
    if (!codes) {
        return meter::DisplayDecimals::Seven0;
    }
    return meter::displayDecimalsFromZ1(codes->code(meter::ZField::Z1))
        .value_or(meter::DisplayDecimals::Seven0);
}

}  // namespace

DisplayListsPage::DisplayListsPage(MeterDocument* document, QWidget* parent)
    : QWidget(parent),
      m_document(document),
      m_catalogueModel(new DisplayCatalogueModel(this)),
      m_filterModel(new QSortFilterProxyModel(this)),
      m_catalogue(new QListView(this)),
      m_filter(new QLineEdit(this)),
      m_tabs(new QTabWidget(this)),
      m_message(new QLabel(this)),
      m_count(new QLabel(this)),
      m_preview(new LcdPreview(this)),
      m_previewCaption(new QLabel(this)) {
    m_filterModel->setSourceModel(m_catalogueModel);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_catalogue->setObjectName(QStringLiteral("displayCatalogue"));
    m_catalogue->setModel(m_filterModel);
    m_catalogue->setDragEnabled(true);
    m_catalogue->setDragDropMode(QAbstractItemView::DragOnly);
    m_catalogue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_filter->setPlaceholderText(tr("Filter readings"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filterModel,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* add = new QPushButton(tr("&Add →"), this);
    add->setObjectName(QStringLiteral("addReading"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeReading"));
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move do&wn"), this);
    connect(add, &QPushButton::clicked, this, &DisplayListsPage::addSelected);
    connect(remove, &QPushButton::clicked, this, &DisplayListsPage::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    auto* del = new QShortcut(QKeySequence::Delete, m_tabs);
    connect(del, &QShortcut::activated, this, &DisplayListsPage::removeSelected);

    m_message->setObjectName(QStringLiteral("displayMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    connect(document, &MeterDocument::editRefused, m_message, &QLabel::setText);

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Readings the meter offers"), this));
    left->addWidget(m_filter);
    left->addWidget(m_catalogue, 1);

    auto* buttons = new QVBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addSpacing(12);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();

    auto* right = new QVBoxLayout;
    right->addWidget(m_tabs, 1);
    right->addWidget(m_count);
    right->addWidget(m_message);

    auto* lists = new QHBoxLayout;
    lists->addLayout(left, 1);
    lists->addLayout(buttons);
    lists->addLayout(right, 1);

    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_previewCaption, 1);
    m_previewCaption->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(previewRow);

    connect(m_catalogue, &QListView::clicked, this, &DisplayListsPage::showPreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DisplayListsPage::updateCounts);
    connect(document, &MeterDocument::changed, this, &DisplayListsPage::rebuildTabs);
    rebuildTabs();
}

void DisplayListsPage::rebuildTabs() {
    m_catalogueModel->setHasCurrentTransformers(!m_document->isLoaded() ||
                                                m_document->meterState().ctRatio.has_value());
    std::vector<meter::DisplayListKind> kinds;
    for (const auto& [kind, list] : m_document->pending().displayLists) {
        kinds.push_back(kind);
    }
    if (kinds != m_tabKinds) {
        const int current = m_tabs->currentIndex();
        m_tabs->clear();
        for (auto& [kind, pair] : m_lists) {
            pair.first->deleteLater();
            pair.second->deleteLater();
        }
        m_lists.clear();
        for (auto kind : kinds) {
            auto* model = new DisplayListModel(m_document, kind, this);
            auto* view = new QListView(m_tabs);
            view->setObjectName(QStringLiteral("displayList-%1").arg(QLatin1String(nameOf(kind))));
            view->setModel(model);
            view->setDragEnabled(true);
            view->setAcceptDrops(true);
            view->setDropIndicatorShown(true);
            view->setDragDropMode(QAbstractItemView::DragDrop);
            view->setDefaultDropAction(Qt::MoveAction);
            connect(view, &QListView::clicked, this, &DisplayListsPage::showPreview);
            connect(model, &QAbstractItemModel::modelReset, this, &DisplayListsPage::updateCounts);
            m_tabs->addTab(view, displayListTitle(kind));
            m_lists[kind] = {view, model};
        }
        m_tabKinds = kinds;
        if (current >= 0 && current < m_tabs->count()) {
            m_tabs->setCurrentIndex(current);
        }
    }
    updateCounts();
}

void DisplayListsPage::updateCounts() {
    const auto* model = currentModel();
    const auto* list = model ? model->list() : nullptr;
    if (!list) {
        m_count->setText(m_document->isLoaded()
                             ? tr("This meter has no display lists.")
                             : tr("Connect to a meter to edit its display lists."));
        return;
    }
    QString text =
        tr("%1 of at most %n reading(s).", nullptr, int(list->maximum())).arg(list->size());
    if (list->rules().provisionalSizes) {
        text += QLatin1Char(' ') + tr("(Size limit assumed: the data sheet gives none.)");
    }
    m_count->setText(text);
}

QListView* DisplayListsPage::listView(meter::DisplayListKind kind) const {
    auto it = m_lists.find(kind);
    return it == m_lists.end() ? nullptr : it->second.first;
}

DisplayListModel* DisplayListsPage::listModel(meter::DisplayListKind kind) const {
    auto it = m_lists.find(kind);
    return it == m_lists.end() ? nullptr : it->second.second;
}

DisplayListModel* DisplayListsPage::currentModel() const {
    const int i = m_tabs->currentIndex();
    return i < 0 || i >= int(m_tabKinds.size()) ? nullptr : listModel(m_tabKinds[std::size_t(i)]);
}

QListView* DisplayListsPage::currentView() const {
    const int i = m_tabs->currentIndex();
    return i < 0 || i >= int(m_tabKinds.size()) ? nullptr : listView(m_tabKinds[std::size_t(i)]);
}

void DisplayListsPage::addSelected() {
    auto* model = currentModel();
    auto* view = currentView();
    if (!model || !view) {
        return;
    }
    m_message->clear();
    const auto selected = m_catalogue->selectionModel()->selectedRows();
    int row = view->currentIndex().isValid() ? view->currentIndex().row() + 1 : model->rowCount();
    for (const auto& proxyIndex : selected) {
        const auto& entry = m_catalogueModel->entryAt(m_filterModel->mapToSource(proxyIndex).row());
        if (!model->insertEntry(row, entry)) {
            return;
        }
        ++row;
    }
    if (!selected.isEmpty()) {
        view->setCurrentIndex(model->index(row - 1));
    }
}

void DisplayListsPage::removeSelected() {
    auto* model = currentModel();
    auto* view = currentView();
    if (!model || !view || !view->currentIndex().isValid()) {
        return;
    }
    m_message->clear();
    const int row = view->currentIndex().row();
    if (model->removeEntry(row) && model->rowCount() > 0) {
        view->setCurrentIndex(model->index(std::min(row, model->rowCount() - 1)));
    }
}

void DisplayListsPage::moveSelected(int delta) {
    auto* model = currentModel();
    auto* view = currentView();
    if (!model || !view || !view->currentIndex().isValid()) {
        return;
    }
    m_message->clear();
    const int from = view->currentIndex().row();
    const int to = from + delta;
    if (to < 0 || to >= model->rowCount()) {
        return;
    }
    if (model->moveEntry(from, to)) {
        view->setCurrentIndex(model->index(to));
    }
}

void DisplayListsPage::showPreview(const QModelIndex& index) {
    const auto code = cosem::ObisCode::parse(index.data(Qt::UserRole).toString().toStdString());
    if (!code) {
        m_preview->setText(std::nullopt);
        return;
    }
    const auto entry = meter::catalogueEntry(*code);
    if (!entry) {
        m_preview->setText(std::nullopt);
        return;
    }
    const auto& readings = m_document->meterState().readings;
    const auto reading = readings.find(*code);
    if (reading == readings.end()) {
        m_preview->setText(std::nullopt);
        m_previewCaption->setText(
            tr("%1: no value read from the meter yet.").arg(meterText(entry->name)));
        return;
    }
    auto lcd = meter::previewLcd(*entry, reading->second.mantissa, reading->second.scaler,
                                 decimalsOf(*m_document));
    if (!lcd) {
        m_preview->setText(std::nullopt);
        m_previewCaption->setText(
            describeDisplayFailure(lcd.error(), meter::DisplayListKind::Manual));
        return;
    }
    m_preview->setText(*lcd);
    m_previewCaption->setText(meterText(entry->name));
}

}  // namespace omt::ui

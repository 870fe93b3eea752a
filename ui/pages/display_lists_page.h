#pragma once
// Display lists page: the readings the meter offers on the left, the meter's lists (tabs) on
// the right. Add by drag and drop or the Add button, order by drag or Up/Down, remove with
// Remove or Delete. The rules are enforced as you edit: a refused edit shows its reason under
// the list. The LCD preview shows how the meter displays the selected reading.

#include <QWidget>
#include <map>

#include "meter/display_list.h"

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;

namespace omt::ui {

class DisplayCatalogueModel;
class DisplayListModel;
class LcdPreview;
class MeterDocument;

class DisplayListsPage : public QWidget {
    Q_OBJECT

public:
    explicit DisplayListsPage(MeterDocument* document, QWidget* parent = nullptr);

    QListView* catalogueView() const { return m_catalogue; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* messageLabel() const { return m_message; }
    LcdPreview* preview() const { return m_preview; }
    /// The view and model of a list; nullptr when the meter has no such list.
    QListView* listView(meter::DisplayListKind kind) const;
    DisplayListModel* listModel(meter::DisplayListKind kind) const;

    /// The button actions, public for tests and shortcuts.
    void addSelected();
    void removeSelected();
    void moveSelected(int delta);

private:
    void rebuildTabs();
    void updateCounts();
    void showPreview(const QModelIndex& index);
    DisplayListModel* currentModel() const;
    QListView* currentView() const;

    MeterDocument* m_document;
    DisplayCatalogueModel* m_catalogueModel;
    QSortFilterProxyModel* m_filterModel;
    QListView* m_catalogue;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QLabel* m_message;
    QLabel* m_count;
    LcdPreview* m_preview;
    QLabel* m_previewCaption;
    std::map<meter::DisplayListKind, std::pair<QListView*, DisplayListModel*>> m_lists;
    std::vector<meter::DisplayListKind> m_tabKinds;
};

}  // namespace omt::ui

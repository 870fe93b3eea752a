// The Configuration codes and Display lists pages driven through their real widgets and models
// (offscreen), on a document loaded with an OMNIPOWER CT snapshot.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include "ui/connection_bar.h"
#include "ui/main_window.h"
#include "ui/meter_document.h"
#include "ui/models/display_list_model.h"
#include "ui/models/zcode_model.h"
#include "ui/pages/config_codes_page.h"
#include "ui/pages/ct_ratio_page.h"
#include "ui/pages/display_lists_page.h"
#include "ui/pages/lcd_preview.h"

using namespace omt;
using namespace omt::ui;
using meter::DisplayListKind;
using meter::ZField;

namespace {

// Variant 1, Z1 1 (7.0 decimals), Z21 001, Z22 1 (unlocked); see tests/meter/tst_meter_config.cpp.
const char* const kBaseV1 =
    "1-2-00-2-000-01-01-1-000-01-00-000-000-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1";

const cosem::ObisCode kAPlus{1, 0, 1, 8, 0, 255};
const cosem::ObisCode kRPlus{1, 0, 3, 8, 0, 255};
const cosem::ObisCode kFrequency{1, 0, 14, 7, 0, 255};

MeterSnapshot omnipowerSnapshot(bool locked = false) {
    MeterSnapshot s;
    s.type = meter::MeterType::OmnipowerCt;
    s.variant = meter::Variant::One;
    s.serialNumber = QStringLiteral("71234567");
    s.configuration = *meter::SoftwareConfiguration::parse(kBaseV1);
    s.configurationReadable = true;  // read as installer
    s.clockSettable = true;
    const auto rules = meter::omnipowerCtRules(true);
    for (auto kind :
         {DisplayListKind::Automatic, DisplayListKind::Manual, DisplayListKind::BackupPowered}) {
        auto list = meter::DisplayList::create(kind, rules);
        s.displayLists.emplace(kind, *list);
    }
    auto& automatic = s.displayLists.at(DisplayListKind::Automatic);
    (void)automatic.add(*meter::catalogueEntry(kAPlus));
    s.ctRatio =
        meter::ct::CtRatioState{*meter::ct::makeCtRatio(1, meter::ct::Secondary::FiveAmp), locked};
    s.readings[kAPlus] = Reading{1234567, 0, cosem::Unit::WattHour};  // 1234.567 kWh
    return s;
}

int rowOf(const QAbstractItemModel* model, const cosem::ObisCode& code) {
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(Qt::UserRole).toString() ==
            QString::fromStdString(code.toString())) {
            return r;
        }
    }
    return -1;
}

}  // namespace

class TstUiPages : public QObject {
    Q_OBJECT

private slots:
    void modelsPassTheItemModelTester();
    void zCodeEditIsPendingAndUndoable();
    void zCodeRefusesWrongWidthAndLockChange();
    void configurationStringSetsEveryFieldOrExplainsWhy();
    void variantRestrictionIsShown();
    void displayListAddsThroughButtonAndDrop();
    void displayListRefusalShowsReason();
    void legalReadingCannotBeRemoved();
    void displayListMoveAndUndo();
    void lcdPreviewRendersReading();
    void lockedCtRatioRefusesZ21();
    void ctRatioPageChoosesAndLocksOnlyAfterConfirmation();
    void mainWindowHidesUnsupportedPagesAndConfirmsWrites();
    void pageListIsAsWideAsItsNames_data();
    void pageListIsAsWideAsItsNames();
    void issue18_ctLockSaysWhatTheProfileKnows();
    void issue18_z10AndZ26OfferTheirListedCodeAndTheProfiles();
};

void TstUiPages::modelsPassTheItemModelTester() {
    MeterDocument doc;
    ZCodeModel z(&doc);
    QAbstractItemModelTester t1(&z, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DisplayCatalogueModel cat;
    QAbstractItemModelTester t2(&cat, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DisplayListModel list(&doc, DisplayListKind::Manual);
    QAbstractItemModelTester t3(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), 0);  // nothing loaded yet
    doc.load(omnipowerSnapshot());
    QCOMPARE(z.rowCount(), 28);
    QCOMPARE(list.rowCount(), 2);  // A+ and A- are legal readings, always in the manual list
    QVERIFY(list.insertEntry(2, *meter::catalogueEntry(kRPlus)));
    QCOMPARE(list.rowCount(), 3);
}

void TstUiPages::zCodeEditIsPendingAndUndoable() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    ConfigCodesPage page(&doc);
    auto* model = page.model();
    const QModelIndex z1 = model->index(0, ZCodeModel::CodeColumn);
    QCOMPARE(model->index(0, ZCodeModel::FieldColumn).data().toString(), QStringLiteral("Z1"));
    QVERIFY(model->flags(z1) & Qt::ItemIsEditable);
    QVERIFY(model->setData(z1, QStringLiteral("2 - 7.1"), Qt::EditRole));
    QCOMPARE(z1.data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(0, ZCodeModel::MeterColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(z1.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(page.configurationEdit()->text().startsWith(QStringLiteral("2-2-00")));
    QCOMPARE(doc.pendingChanges().size(), 1);
    QVERIFY(doc.pendingChanges().first().startsWith(QStringLiteral("Z1 ")));
    doc.undoStack()->undo();
    QCOMPARE(z1.data().toString(), QStringLiteral("1"));
    QVERIFY(!doc.hasPendingChanges());
    doc.undoStack()->redo();
    QCOMPARE(z1.data().toString(), QStringLiteral("2"));
}

void TstUiPages::zCodeRefusesWrongWidthAndLockChange() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    ZCodeModel model(&doc);
    QSignalSpy refused(&doc, &MeterDocument::editRefused);
    const int z3 = 2;
    QCOMPARE(model.fieldAt(z3), ZField::Z3);
    QVERIFY(!model.setData(model.index(z3, ZCodeModel::CodeColumn), QStringLiteral("123"),
                           Qt::EditRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("Z3 needs 2 digit")));
    int z22 = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.fieldAt(r) == ZField::Z22) {
            z22 = r;
        }
    }
    QVERIFY(!model.setData(model.index(z22, ZCodeModel::CodeColumn), QStringLiteral("2"),
                           Qt::EditRole));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("CT ratio page")));
    QVERIFY(!doc.hasPendingChanges());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TstUiPages::configurationStringSetsEveryFieldOrExplainsWhy() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    ConfigCodesPage page(&doc);
    QSignalSpy refused(&doc, &MeterDocument::editRefused);
    page.configurationEdit()->setText(QStringLiteral("1-2-00"));
    emit page.configurationEdit()->editingFinished();
    QCOMPARE(refused.size(), 1);
    QVERIFY(page.problemsLabel()->text().contains(QStringLiteral("28 fields")));
    QVERIFY(!doc.hasPendingChanges());

    QString text = QString::fromLatin1(kBaseV1);
    text[2] = QLatin1Char('1');  // Z2 2 -> 1
    page.configurationEdit()->setText(text);
    emit page.configurationEdit()->editingFinished();
    QCOMPARE(doc.pendingChanges().size(), 1);
    QVERIFY(doc.pendingChanges().first().startsWith(QStringLiteral("Z2 ")));
}

void TstUiPages::variantRestrictionIsShown() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    ZCodeModel model(&doc);
    int z28 = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.fieldAt(r) == ZField::Z28) {
            z28 = r;
        }
    }
    const QModelIndex code = model.index(z28, ZCodeModel::CodeColumn);
    // Variant 1 offers no "1" (encryption) for Z28.
    const auto allowed = code.data(ZCodeModel::AllowedCodesRole).toStringList();
    QVERIFY(!allowed.isEmpty());
    for (const auto& a : allowed) {
        QVERIFY2(!a.startsWith(QStringLiteral("1 ")), qPrintable(a));
    }
    ConfigCodesPage page(&doc);
    QVERIFY(page.problemsLabel()->text().contains(QStringLiteral("valid for variant 1")));
}

void TstUiPages::displayListAddsThroughButtonAndDrop() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    DisplayListsPage page(&doc);
    QCOMPARE(page.tabs()->count(), 3);
    page.tabs()->setCurrentIndex(1);  // manual
    auto* manual = page.listModel(DisplayListKind::Manual);
    QVERIFY(manual);
    const int rPlus = rowOf(page.catalogueView()->model(), kRPlus);
    QVERIFY(rPlus >= 0);
    page.catalogueView()->selectionModel()->select(page.catalogueView()->model()->index(rPlus, 0),
                                                   QItemSelectionModel::ClearAndSelect);
    page.findChild<QPushButton*>(QStringLiteral("addReading"))->click();
    QCOMPARE(manual->rowCount(), 3);
    QCOMPARE(manual->index(2).data(Qt::UserRole).toString(),
             QString::fromStdString(kRPlus.toString()));

    // A drop from the catalogue inserts at the drop row.
    const int freq = rowOf(page.catalogueView()->model(), kFrequency);
    std::unique_ptr<QMimeData> mime(
        page.catalogueView()->model()->mimeData({page.catalogueView()->model()->index(freq, 0)}));
    QVERIFY(manual->canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QVERIFY(manual->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(manual->rowCount(), 4);
    QCOMPARE(manual->index(0).data(Qt::UserRole).toString(),
             QString::fromStdString(kFrequency.toString()));
    // One setting, each reading added said on its own (issue 12).
    QCOMPARE(doc.pendingChangeItems().size(), 1);
    QCOMPARE(doc.pendingChangeItems().first().setting, QStringLiteral("Manual display list"));
    QCOMPARE(doc.pendingChanges().size(), 2);
    QVERIFY2(
        doc.pendingChanges().join(u'|').contains(QStringLiteral("added 14.7.0 Frequency at 1")),
        qPrintable(doc.pendingChanges().join(u'|')));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("displayMessage"))->text().isEmpty());
}

void TstUiPages::displayListRefusalShowsReason() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    DisplayListsPage page(&doc);
    auto* automatic = page.listModel(DisplayListKind::Automatic);
    // A+ is already in the automatic list: a duplicate is refused with the reason shown.
    QVERIFY(!automatic->insertEntry(0, *meter::catalogueEntry(kAPlus)));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("already in")));
    // A historical value (previous billing period) cannot go into the automatic list.
    const cosem::ObisCode previous{1, 0, 1, 8, 0, 1};
    auto entry = meter::catalogueEntry(previous);
    QVERIFY(entry.has_value());
    QVERIFY(!automatic->insertEntry(1, *entry));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("historical")));
    QCOMPARE(automatic->rowCount(), 1);
    QVERIFY(!doc.hasPendingChanges());

    // The list holds 16 at most.
    int added = 0;
    for (const auto& e : meter::omnipowerCtCatalogue()) {
        if (!e.historical && automatic->insertEntry(automatic->rowCount(), e)) {
            ++added;
        }
        if (automatic->rowCount() == 16) {
            break;
        }
    }
    QCOMPARE(automatic->rowCount(), 16);
    QVERIFY(!automatic->insertEntry(0, *meter::catalogueEntry(kFrequency)) ||
            automatic->rowCount() == 16);
    QCOMPARE(automatic->rowCount(), 16);
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("at most 16")) ||
            page.messageLabel()->text().contains(QStringLiteral("already in")));
    QVERIFY(added >= 15);
}

void TstUiPages::legalReadingCannotBeRemoved() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    DisplayListsPage page(&doc);
    page.tabs()->setCurrentIndex(1);
    auto* view = page.listView(DisplayListKind::Manual);
    view->setCurrentIndex(view->model()->index(0, 0));
    page.findChild<QPushButton*>(QStringLiteral("removeReading"))->click();
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("legal reading")));
}

void TstUiPages::displayListMoveAndUndo() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    DisplayListsPage page(&doc);
    page.tabs()->setCurrentIndex(1);
    auto* model = page.listModel(DisplayListKind::Manual);
    const QString first = model->index(0).data(Qt::UserRole).toString();
    auto* view = page.listView(DisplayListKind::Manual);
    view->setCurrentIndex(model->index(0));
    page.moveSelected(+1);
    QCOMPARE(model->index(1).data(Qt::UserRole).toString(), first);
    QCOMPARE(view->currentIndex().row(), 1);
    // Internal drag: the row mime data moves the entry back to the top.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(1)}));
    model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(model->index(0).data(Qt::UserRole).toString(), first);
    doc.undoStack()->undo();
    QCOMPARE(model->index(1).data(Qt::UserRole).toString(), first);
    doc.undoStack()->undo();
    QCOMPARE(model->index(0).data(Qt::UserRole).toString(), first);
    QVERIFY(!doc.hasPendingChanges());
}

void TstUiPages::lcdPreviewRendersReading() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    DisplayListsPage page(&doc);
    auto* view = page.listView(DisplayListKind::Automatic);
    QVERIFY(view);
    const QModelIndex aPlus = view->model()->index(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(aPlus).center());
    // The tab widget may not have laid out offscreen; fall back to the signal path.
    if (!page.preview()->text()) {
        emit view->clicked(aPlus);
    }
    QVERIFY(page.preview()->text().has_value());
    QCOMPARE(QString::fromStdString(page.preview()->text()->obis), QStringLiteral("1.8.0"));
    QCOMPARE(QString::fromStdString(page.preview()->text()->value), QStringLiteral("0001234"));
    QCOMPARE(QString::fromStdString(page.preview()->text()->unit), QStringLiteral("kWh"));
}

void TstUiPages::lockedCtRatioRefusesZ21() {
    MeterDocument doc;
    auto snapshot = omnipowerSnapshot(true);
    (void)snapshot.configuration->setCode(ZField::Z22, "2");
    doc.load(snapshot);
    QSignalSpy refused(&doc, &MeterDocument::editRefused);
    QVERIFY(!doc.setZCode(ZField::Z21, QStringLiteral("200")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("locked")));
    QVERIFY(!doc.setCtRatio({200, meter::ct::Secondary::FiveAmp}));
    QVERIFY(!doc.hasPendingChanges());
}

void TstUiPages::ctRatioPageChoosesAndLocksOnlyAfterConfirmation() {
    MeterDocument doc;
    doc.load(omnipowerSnapshot());
    CtRatioPage page(&doc);
    QVERIFY(page.meterRatioLabel()->text().contains(QStringLiteral("5/5 A")));
    QVERIFY(page.lockStateLabel()->text().contains(QStringLiteral("Unlocked")));
    // A standard ratio from the chooser.
    const int i = page.standardChooser()->findData(200);
    QVERIFY(i >= 0);
    page.standardChooser()->setCurrentIndex(i);
    emit page.standardChooser()->activated(i);
    QCOMPARE(doc.pending().ctRatio->ratio.factor, 200);
    QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z21)), std::string("200"));
    // A custom factor.
    page.customFactor()->setValue(250);
    emit page.customFactor()->editingFinished();
    QCOMPARE(doc.pending().ctRatio->ratio.factor, 250);
    QCOMPARE(page.standardChooser()->currentIndex(), -1);  // 250 is not a standard ratio

    // The lock asks first; a cancelled confirmation changes nothing.
    QString asked;
    page.setConfirm([&](const QString&, const QString& text) {
        asked = text;
        return false;
    });
    page.lockButton()->click();
    QVERIFY(asked.contains(QStringLiteral("PERMANENT")));
    QVERIFY(asked.contains(QStringLiteral("1250/5 A")));
    QVERIFY(!doc.pending().ctRatio->locked);
    page.setConfirm([](const QString&, const QString&) { return true; });
    page.lockButton()->click();
    QVERIFY(doc.pending().ctRatio->locked);
    QCOMPARE(std::string(doc.pending().configuration->code(ZField::Z22)), std::string("2"));
    QVERIFY(!page.customFactor()->isEnabled());
    QVERIFY(!page.lockButton()->isEnabled());
    QVERIFY(doc.pendingChanges().join('\n').contains(QStringLiteral("LOCKED (permanent)")));
    // Undo takes the pending lock back.
    doc.undoStack()->undo();
    QVERIFY(!doc.pending().ctRatio->locked);
    QVERIFY(page.lockButton()->isEnabled());
}

void TstUiPages::mainWindowHidesUnsupportedPagesAndConfirmsWrites() {
    QCoreApplication::setOrganizationName(QStringLiteral("OpenMeterToolTest"));
    MeterDocument doc;
    MainWindow window(&doc);
    QVERIFY(!window.writeAction()->isEnabled());
    auto omnia = omnipowerSnapshot();
    omnia.type = meter::MeterType::Omnia;
    omnia.ctRatio.reset();
    omnia.displayLists.erase(DisplayListKind::BackupPowered);
    doc.load(omnia);
    QVERIFY(window.isPageVisible(MainWindow::Page::Overview));
    QVERIFY(window.isPageVisible(MainWindow::Page::DisplayLists));
    QVERIFY(!window.isPageVisible(MainWindow::Page::CtRatio));
    QVERIFY(!window.isPageVisible(MainWindow::Page::ConfigurationCodes));
    // a meter without current transformers does not offer the CT ratio for its display
    auto* catalogue = window.findChild<QListView*>(QStringLiteral("displayCatalogue"));
    QVERIFY(catalogue != nullptr);
    const cosem::ObisCode ctRatio{1, 0, 0, 4, 2, 255};
    QCOMPARE(rowOf(catalogue->model(), ctRatio), -1);
    QVERIFY(rowOf(catalogue->model(), kAPlus) >= 0);

    doc.load(omnipowerSnapshot());
    QVERIFY(rowOf(catalogue->model(), ctRatio) >= 0);
    QVERIFY(window.isPageVisible(MainWindow::Page::CtRatio));
    window.showPage(MainWindow::Page::CtRatio);
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::CtRatio));
    QVERIFY(!window.writeAction()->isEnabled());
    QVERIFY(doc.setZCode(ZField::Z1, QStringLiteral("3")));
    QVERIFY(!window.writeAction()->isEnabled());  // not connected (issue 12)
    window.connectionBar()->setConnected(true);
    QVERIFY(window.writeAction()->isEnabled());

    QSignalSpy write(&window, &MainWindow::writeRequested);
    QStringList shown;
    window.setConfirmWrite([&](const QStringList& changes) {
        shown = changes;
        return false;
    });
    window.writeAction()->trigger();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(write.size(), 0);
    window.setConfirmWrite([](const QStringList&) { return true; });
    window.writeAction()->trigger();
    QCOMPARE(write.size(), 1);
    // The language menu stores the choice for the next start.
    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(languageMenu);
    QAction* german = nullptr;
    for (auto* a : languageMenu->actions()) {
        if (a->data().toString() == QStringLiteral("de")) {
            german = a;
        }
    }
    QVERIFY(german);
    german->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
    // The password never goes to the settings.
    window.connectionBar()->passwordEdit()->setText(QStringLiteral("secret-pw"));
    window.connectionBar()->saveSettings();
    QSettings settings;
    for (const auto& key : settings.allKeys()) {
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("secret-pw")));
    }
    settings.clear();
}

// The page list is as wide as its longest name in the language shown (plus frame and scroll
// bar): no name is cut in German or Polish, and English does not get the old 220 px.
void TstUiPages::pageListIsAsWideAsItsNames_data() {
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "da", "de", "sv", "nb", "fi", "pl"}) {
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TstUiPages::pageListIsAsWideAsItsNames() {
    QFETCH(QString, language);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenMeterToolTest"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/openmetertool_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    MeterDocument doc;
    MainWindow window(&doc);
    QCoreApplication::removeTranslator(&translator);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.pageList();
    if (language == QLatin1String("de")) {
        QCOMPARE(list->item(int(MainWindow::Page::ConfigurationCodes))->text(),
                 QStringLiteral("Konfigurationscodes"));  // the translation is in use
    }
    // The text of an item is drawn inside the focus frame margin on each side.
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    const int room = list->viewport()->width() - 2 * margin;
    int widest = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        const int width = list->fontMetrics().horizontalAdvance(text);
        widest = std::max(widest, width);
        QVERIFY2(width <= room, qPrintable(QStringLiteral("\"%1\" is %2 px, the list has %3 px")
                                               .arg(text)
                                               .arg(width)
                                               .arg(room)));
    }
    // No space wasted: the longest name plus margins, frame and a scroll bar, no more.
    const int scrollBar =
        list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list->verticalScrollBar());
    QVERIFY2(list->width() <= widest + 2 * margin + 2 * list->frameWidth() + scrollBar + 8,
             qPrintable(QString::number(list->width())));
    if (language == QLatin1String("en")) {
        QVERIFY2(list->width() < 220, qPrintable(QString::number(list->width())));
    }
    // The page starts right beside the list: no empty band between them.
    const int gap = window.pages()->mapTo(&window, QPoint(0, 0)).x() -
                    list->mapTo(&window, QPoint(list->width(), 0)).x();
    QVERIFY2(gap >= 0 && gap <= 12, qPrintable(QString::number(gap)));
}

// Issue 18, item 6. CT data sheet: "Z22 Transformer ratio (unlocked / locked): Unlocked 1,
// Locked 2" and no more. The lock stays behind a confirmation; its words follow the device
// profile's rule, and a Z22 that would unlock is refused with the profile's reason.
void TstUiPages::issue18_ctLockSaysWhatTheProfileKnows() {
    struct Case {
        meter::CtUnlock rule;
        const char* says;
        bool permanent;
    };
    for (const Case& c :
         {Case{meter::CtUnlock::NotStated, "does not say whether this meter type can be unlocked",
               true},
          Case{meter::CtUnlock::Refused,
               "this meter type does not allow unlocking from the optical port", true},
          Case{meter::CtUnlock::Allowed, "can be unlocked again from the optical port", false}}) {
        MeterDocument doc;
        auto snapshot = omnipowerSnapshot();
        snapshot.ctUnlock = c.rule;
        doc.load(snapshot);
        CtRatioPage page(&doc);
        QString title;
        QString asked;
        page.setConfirm([&](const QString& t, const QString& text) {
            title = t;
            asked = text;
            return false;
        });
        page.lockButton()->click();
        QVERIFY2(asked.contains(QString::fromLatin1(c.says)), qPrintable(asked));
        QCOMPARE(asked.contains(QStringLiteral("PERMANENT")), c.permanent);
        QCOMPARE(title.contains(QStringLiteral("permanently")), c.permanent);
        QVERIFY(!asked.contains(QStringLiteral("can never be")));
        QVERIFY(!doc.pending().ctRatio->locked);
    }
    // A locked meter: Z22 back to 1 is refused with what the profile says.
    for (const auto rule : {meter::CtUnlock::NotStated, meter::CtUnlock::Refused}) {
        MeterDocument doc;
        auto snapshot = omnipowerSnapshot(true);
        (void)snapshot.configuration->setCode(ZField::Z22, "2");
        snapshot.ctUnlock = rule;
        doc.load(snapshot);
        QSignalSpy refused(&doc, &MeterDocument::editRefused);
        auto codes = *doc.pending().configuration;
        (void)codes.setCode(ZField::Z22, "1");
        QVERIFY(!doc.setConfiguration(codes));
        const QString why = refused.last().first().toString();
        QVERIFY2(why.contains(rule == meter::CtUnlock::Refused
                                  ? QStringLiteral("does not allow unlocking")
                                  : QStringLiteral("does not say")),
                 qPrintable(why));
    }
}

// Issue 18, item 5: Z10 "Default setup 000" and Z26 "No alarms enabled 000" are the codes the
// data sheet lists, without an order form: the table offers them (and the profile's), no free
// entry, and flags another code.
void TstUiPages::issue18_z10AndZ26OfferTheirListedCodeAndTheProfiles() {
    MeterDocument doc;
    auto snapshot = omnipowerSnapshot();
    snapshot.orderFormCodes = {{ZField::Z26, {"007"}}};
    doc.load(snapshot);
    ZCodeModel model(&doc);
    for (int r = 0; r < model.rowCount(); ++r) {
        const ZField field = model.fieldAt(r);
        if (field != ZField::Z10 && field != ZField::Z26) {
            continue;
        }
        const auto code = model.index(r, ZCodeModel::CodeColumn);
        QVERIFY(!code.data(ZCodeModel::FreeEntryRole).toBool());
        const QStringList offered = code.data(ZCodeModel::AllowedCodesRole).toStringList();
        QCOMPARE(offered.size(), field == ZField::Z26 ? 2 : 1);
        QVERIFY(offered.first().startsWith(QStringLiteral("000 - ")));
        QVERIFY(model.setData(code,
                              field == ZField::Z26 ? QStringLiteral("007") : QStringLiteral("123"),
                              Qt::EditRole));
        const bool flagged = model.index(r, ZCodeModel::CodeColumn)
                                 .data(Qt::ToolTipRole)
                                 .toString()
                                 .contains(QStringLiteral("not one of the codes"));
        QCOMPARE(flagged, field == ZField::Z10);
    }
}

QTEST_MAIN(TstUiPages)
#include "tst_ui_pages.moc"

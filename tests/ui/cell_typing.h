#pragma once
// Typing into a table cell the way a person does, for the widget tests (tests/ui, tests/gui).

#include <QCoreApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

namespace omt::testing {

/// Types `text` into a table cell as a person does: opens the cell's editor, replaces what it
/// holds and presses Enter. Fails the running test when the cell opens no line editor or the
/// editor stays open.
inline void typeIntoCell(QTableWidget* table, int row, int column, const QString& text) {
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(table->model()->index(row, column)));
    QVERIFY2(editor, "the cell opened no line editor");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits the text queued
    QVERIFY2(!table->indexWidget(table->model()->index(row, column)), "the editor is still open");
}

}  // namespace omt::testing

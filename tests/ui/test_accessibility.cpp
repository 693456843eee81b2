// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader (Orca, over AT-SPI) asks of the window's text fields, answered in process
// as the bridge would ask it: at, before and past the end of the text, never hanging.
#include "uisupport.h"

#include "accessibility/itemviewaccessible.h"
#include "accessibility/lineeditaccessible.h"
#include "dialogs/exportdialog.h"
#include "dialogs/partnersdialog.h"
#include "dialogs/savedviewsdialog.h"
#include "dialogs/teamconnectdialog.h"
#include "dialogs/vocabularydialog.h"
#include "widgets/measuretableview.h"
#include "editor/measureeditor.h"
#include "editor/termchecklist.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/uilanguage.h"
#include "session/cataloguesession.h"
#include "widgets/filterbar.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

namespace {

const QList<QAccessible::TextBoundaryType> kBoundaries = {QAccessible::CharBoundary,     QAccessible::WordBoundary,
                                                          QAccessible::SentenceBoundary, QAccessible::ParagraphBoundary,
                                                          QAccessible::LineBoundary,     QAccessible::NoBoundary};

// Every question at every offset from before the start to past the end: each answer in bounds.
void askEverywhere(QLineEdit *edit)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit);
    REQUIRE(accessible);
    REQUIRE(dynamic_cast<LineEditAccessible *>(accessible)); // ours, not Qt 6.4's looping one
    QAccessibleTextInterface *text = accessible->textInterface();
    REQUIRE(text);
    const int length = int(edit->text().size());
    for (const QAccessible::TextBoundaryType boundary : kBoundaries)
        for (int offset = -2; offset <= length + 2; ++offset) {
            INFO("boundary " << int(boundary) << ", offset " << offset);
            for (int question = 0; question < 3; ++question) {
                int start = -5, end = -5;
                const QString answer = question == 0   ? text->textAtOffset(offset, boundary, &start, &end)
                                       : question == 1 ? text->textBeforeOffset(offset, boundary, &start, &end)
                                                       : text->textAfterOffset(offset, boundary, &start, &end);
                if (answer.isEmpty())
                    continue;
                CHECK(0 <= start);
                CHECK(start < end);
                CHECK(end <= length);
                CHECK(answer == edit->text().mid(start, end - start));
            }
        }
}

} // namespace

TEST_CASE("a screen reader moving word by word to the end of the search box gets an answer, never a hang")
{
    SampleWindow s;
    QLineEdit *search = s.window->filterBar()->searchBox();
    search->setText(QStringLiteral("fondo de fomento"));
    askEverywhere(search);
    QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(search)->textInterface();
    int start = 0, end = 0;
    // At the very end (where Qt 6.4 looped for ever), the last word.
    CHECK(text->textAtOffset(16, QAccessible::WordBoundary, &start, &end) == u"fomento");
    CHECK(start == 9);
    CHECK(end == 16);
    // Word by word, as Ctrl+Right reads them: the whole text, then nothing more.
    QString read;
    int offset = 0;
    for (int step = 0; step < 20; ++step) {
        const QString word = text->textAtOffset(offset, QAccessible::WordBoundary, &start, &end);
        read += word;
        if (end >= 16)
            break;
        offset = end;
    }
    CHECK(read == u"fondo de fomento");
    CHECK(text->textAfterOffset(16, QAccessible::WordBoundary, &start, &end).isEmpty());
    CHECK(text->textBeforeOffset(16, QAccessible::WordBoundary, &start, &end) == u"fomento");
}

TEST_CASE("the form's title answers a screen reader at and past its end, and text it inserts can be undone")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    editor.show();
    QLineEdit *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
    REQUIRE(title);
    askEverywhere(title);
    title->setText(QString());
    askEverywhere(title); // an empty field too

    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(title);
    accessible->editableTextInterface()->insertText(0, QStringLiteral("Encuentro CONECTA"));
    CHECK(title->text() == u"Encuentro CONECTA");
    accessible->editableTextInterface()->replaceText(0, 9, QStringLiteral("Rencontre"));
    CHECK(title->text() == u"Rencontre CONECTA");
    CHECK(accessible->text(QAccessible::Value) == u"Rencontre CONECTA");
    title->undo();
    CHECK(title->text() == u"Encuentro CONECTA");
}

namespace {

// Every focusable, visible control under `root` in the accessibility tree, with the ones a screen
// reader could only call by their role.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || depth > 40)
            return;
        const QAccessible::State state = node->state();
        if (state.focusable && !state.invisible && node->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *object = node->object();
            unnamed << QStringLiteral("%1 “%2” (role %3)")
                           .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
                                object ? object->objectName() : QString())
                           .arg(int(node->role()));
        }
        // Table cells and list items are named by their text; their containers are what is checked.
        if (node->role() == QAccessible::Table || node->role() == QAccessible::List || node->role() == QAccessible::Tree)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return unnamed;
}

} // namespace

TEST_CASE("every focusable control of the main window and the form has a name a screen reader can say")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        INFO(language.code().toStdString());
        const QStringList window = unnamedControls(&w);
        INFO(window.join(QStringLiteral("; ")).toStdString());
        CHECK(window.isEmpty());
        MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
        editor.show();
        const QStringList form = unnamedControls(&editor);
        INFO(form.join(QStringLiteral("; ")).toStdString());
        CHECK(form.isEmpty());
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("every focusable control of each dialog has a name a screen reader can say")
{
    SampleWindow s;
    for (const auto &make : everyDialog(s)) {
        std::unique_ptr<QWidget> dialog(make());
        dialog->show();
        const QStringList unnamed = unnamedControls(dialog.get());
        INFO(dialog->metaObject()->className() << ": " << unnamed.join(QStringLiteral("; ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

namespace {

// What Orca's table navigation asks (AT-SPI IsSelected, GetRowHeader, GetRowColumnExtentsAtIndex
// ...), at every edge and past it: each question about a cell gets a cell that answers.
void askAroundEveryView(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QHeaderView *>(view))
            continue;
        INFO(view->metaObject()->className() << " “" << view->objectName().toStdString() << "”");
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
        REQUIRE(accessible);
        REQUIRE(dynamic_cast<ItemViewAccessible *>(accessible));
        QAccessibleTableInterface *table = accessible->tableInterface();
        REQUIRE(table);
        const int rows = table->rowCount(), columns = table->columnCount();
        const QList<QPair<int, int>> outside = {{-1, -1}, {-1, 0}, {0, -1}, {rows, 0}, {0, columns},
                                                {rows + 7, columns + 7}, {std::numeric_limits<int>::max(), 0}};
        for (const auto &[row, column] : outside) {
            INFO("outside at " << row << ", " << column);
            QAccessibleInterface *cell = table->cellAt(row, column);
            REQUIRE(cell);
            REQUIRE(cell->tableCellInterface());
            CHECK_FALSE(cell->tableCellInterface()->isSelected());
            CHECK(cell->tableCellInterface()->rowIndex() == -1);
            CHECK(cell->tableCellInterface()->columnIndex() == -1);
            CHECK(cell->tableCellInterface()->columnHeaderCells().isEmpty());
            CHECK(cell->tableCellInterface()->rowHeaderCells().isEmpty());
            CHECK(cell->tableCellInterface()->columnExtent() == 0);
            CHECK(cell->text(QAccessible::Name).isEmpty());
            CHECK(cell->state().invisible);
            CHECK(cell->isValid()); // the bridge answers it, rather than an error
        }
        CHECK_FALSE(table->isRowSelected(-1));
        CHECK_FALSE(table->isRowSelected(rows));
        CHECK_FALSE(table->selectRow(rows));
        CHECK(table->columnDescription(columns).isEmpty());
        CHECK(table->rowDescription(rows).isEmpty());
        CHECK(accessible->child(-1) == nullptr);
        CHECK(accessible->child(accessible->childCount()) == nullptr);
        CHECK(accessible->indexOfChild(nullptr) == -1);
        // Inside: each cell knows where it is, and is the child the view's events number it by.
        for (int row = 0; row < std::min(rows, 3); ++row)
            for (int column = 0; column < columns; ++column) {
                INFO("inside at " << row << ", " << column);
                QAccessibleInterface *cell = table->cellAt(row, column);
                REQUIRE(cell);
                REQUIRE(cell->tableCellInterface());
                CHECK(cell->tableCellInterface()->rowIndex() == row);
                CHECK(cell->tableCellInterface()->columnIndex() == column);
                CHECK(cell->tableCellInterface()->table() == accessible);
                CHECK(cell->parent() == accessible);
                const int index = accessible->indexOfChild(cell);
                REQUIRE(index >= 0);
                CHECK(index < accessible->childCount());
                CHECK(accessible->child(index) == cell);
            }
    }
}

} // namespace

TEST_CASE("a screen reader asking for a cell outside any table, list or tree gets an answer, never a crash")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    askAroundEveryView(&w);
    const qint64 first = w.model()->idAt(0);
    // An empty result: Qt's own answer to any cell of a table with no rows killed the app.
    typeText(w.findChild<FilterBar *>()->searchBox(), QStringLiteral("zzqqxx"));
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 0; }));
    CHECK(QAccessible::queryAccessibleInterface(w.table())->tableInterface()->rowCount() == 0);
    askAroundEveryView(&w);

    CatalogueSession *session = w.session();
    MeasureEditor editor(session, *session->load(first), &w);
    editor.show();
    askAroundEveryView(&editor);
    for (const auto &make : everyDialog(s)) {
        std::unique_ptr<QWidget> dialog(make());
        dialog->show();
        askAroundEveryView(dialog.get());
    }
}

TEST_CASE("the measure table tells a screen reader the columns that show, in their order, named by their headers")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    MeasureTableView *view = w.table();
    QAccessibleTableInterface *table = QAccessible::queryAccessibleInterface(view)->tableInterface();
    REQUIRE(table);
    auto checkShown = [&] {
        const QList<MeasureField> shown = view->visibleFields();
        REQUIRE(table->columnCount() == shown.size());
        CHECK(table->columnCount() < view->model()->columnCount()); // not the hidden ones
        CHECK(table->rowCount() == w.model()->rowCount());
        for (int column = 0; column < table->columnCount(); ++column) {
            const QModelIndex index = w.model()->index(1, MeasureTableModel::columnOf(shown[column]));
            INFO("column " << column);
            CHECK(table->columnDescription(column) == w.model()->headerData(index.column(), Qt::Horizontal).toString());
            QAccessibleInterface *cell = table->cellAt(1, column);
            CHECK(cell->text(QAccessible::Name) == index.data().toString());
            const QList<QAccessibleInterface *> header = cell->tableCellInterface()->columnHeaderCells();
            REQUIRE(header.size() == 1);
            CHECK(header.first()->text(QAccessible::Name) == table->columnDescription(column));
        }
    };
    checkShown();
    const int before = table->columnCount();
    view->setFieldVisible(view->visibleFields().at(1), false);
    CHECK(table->columnCount() == before - 1);
    checkShown();
}

TEST_CASE("ticking a goal in the form tells a screen reader on that goal that its check changed")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    showActive(&editor);
    auto *goals = editor.findChild<GoalAreaTree *>();
    REQUIRE(goals);
    QTreeWidget *tree = goals->findChild<QTreeWidget *>();
    REQUIRE(tree);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(tree);
    REQUIRE(dynamic_cast<ItemViewAccessible *>(accessible));
    QTreeWidgetItem *goal = tree->topLevelItem(1);
    const QModelIndex index = tree->model()->index(1, 0);
    QAccessibleInterface *cell = nullptr; // the reader is on it: the row that shows it
    for (int row = 0; row < accessible->tableInterface()->rowCount() && !cell; ++row)
        if (accessible->tableInterface()->cellAt(row, 0)->text(QAccessible::Name) == goal->text(0))
            cell = accessible->tableInterface()->cellAt(row, 0);
    REQUIRE(cell);
    const bool before = goal->checkState(0) == Qt::Checked;
    CHECK(cell->state().checkable);
    CHECK(bool(cell->state().checked) == before);

    // The reader's Toggle, as Space on the goal would.
    REQUIRE(cell->actionInterface());
    CHECK(cell->actionInterface()->actionNames() == QStringList{QAccessibleActionInterface::toggleAction()});
    cell->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    CHECK((goal->checkState(0) == Qt::Checked) == !before);
    // What the view tells its reader (Qt sends it once a reader listens), and what is then said.
    QAccessibleTableModelChangeEvent dataChanged(tree, QAccessibleTableModelChangeEvent::DataChanged);
    dataChanged.setFirstRow(index.row());
    dataChanged.setLastRow(index.row());
    dataChanged.setFirstColumn(0);
    dataChanged.setLastColumn(0);
    auto *view = dynamic_cast<ItemViewAccessible *>(accessible);
    const QList<QAccessibleInterface *> changed = view->checksChanged(&dataChanged);
    accessible->tableInterface()->modelChange(&dataChanged);
    CHECK(changed.contains(cell));
    CHECK(bool(cell->state().checked) == !before);
    CHECK(accessible->tableInterface()->cellAt(cell->tableCellInterface()->rowIndex(), 0) == cell); // nothing renumbered
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The window without a mouse: sorting, the way Tab goes from the search, a facet's list, the
// export dialog's choices.
#include "uisupport.h"

#include "dialogs/exportdialog.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/cataloguesession.h"
#include "widgets/facetbutton.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

namespace {

QAction *itemNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (QString(action->text()).remove(u'&') == text)
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("View ▸ Sort By sorts the table by any visible column, ascending or descending, without a mouse")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    QMenu *sortBy = w.table()->sortMenu();
    REQUIRE(sortBy);
    CHECK(QString(sortBy->title()).remove(u'&') == u"Sort By");
    w.table()->rebuildSortMenu(); // as opening the menu does
    QAction *country = itemNamed(sortBy, QStringLiteral("Country"));
    REQUIRE(country);
    country->trigger();
    QHeaderView *header = w.table()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == MeasureTableModel::columnOf(MeasureField::Country));
    CHECK(w.model()->sortOrder().field == MeasureField::Country);
    w.table()->rebuildSortMenu();
    CHECK(itemNamed(sortBy, QStringLiteral("Country"))->isChecked());
    itemNamed(sortBy, QStringLiteral("Descending"))->trigger();
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(w.model()->sortOrder().order == Qt::DescendingOrder);
    CHECK(w.model()->sortOrder().field == MeasureField::Country);
}

TEST_CASE("Tab from the search box goes to the table, not to Clear Filters")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    QLineEdit *search = w.filterBar()->searchBox();
    search->setFocus();
    REQUIRE(waitFor([&] { return search->hasFocus(); }));
    QTest::keyClick(search, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == w.table());
}

TEST_CASE("a facet's list opens on its first row, wherever it was left")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    FacetButton *domains = w.filterBar()->facet(FilterBar::Facet::Domain);
    QTreeWidget *list = domains->list();
    emit domains->menu()->aboutToShow();
    REQUIRE(list->topLevelItemCount() > 3);
    list->setCurrentItem(list->topLevelItem(3));
    emit domains->menu()->aboutToHide();
    emit domains->menu()->aboutToShow(); // opened again
    CHECK(list->currentItem() == list->topLevelItem(0));
}

TEST_CASE("arrow keys choose among the export dialog's formats, as in any group of radio buttons")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    ExportDialog dialog(*w.session()->catalogue(), w.session()->vocabulary(), w.model()->filter(), w.model()->sortOrder(),
                        w.table()->visibleFields(), w.model()->rowCount(), &w);
    showActive(&dialog);
    QRadioButton *workbook = dialog.workbookFormat();
    workbook->setChecked(true);
    workbook->setFocus();
    REQUIRE(waitFor([&] { return workbook->hasFocus(); }));
    QTest::keyClick(workbook, Qt::Key_Down);
    CHECK(dialog.excelPreset()->isChecked());
    CHECK(dialog.excelPreset()->hasFocus());
    QTest::keyClick(dialog.excelPreset(), Qt::Key_Up);
    CHECK(workbook->isChecked());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views in the window: naming what the window shows, and getting it back from the menu.
#include "uisupport.h"

#include "dialogs/savedviewsdialog.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/savedviewsmenu.h"
#include "models/measuretablemodel.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>

namespace {

QAction *menuItem(QMenu *menu, const QString &name)
{
    emit menu->aboutToShow();
    for (QAction *action : menu->actions())
        if (action->text().endsWith(name))
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("a view saved in the window comes back from View ▸ Saved Views after the catalogue is closed and opened again")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    // The analyst narrows the table, sorts it by amount (largest first) and hides the year.
    typeText(w.filterBar()->searchBox(), QStringLiteral("capacitacion"));
    w.table()->sortByColumn(MeasureTableModel::columnOf(MeasureField::FundingUsd), Qt::DescendingOrder);
    w.table()->setFieldVisible(MeasureField::ReportYear, false);
    const MeasureFilter filter = w.filterBar()->filter();
    const QList<MeasureField> columns = w.table()->visibleFields();
    REQUIRE(w.model()->rowCount() == 2);

    // View ▸ Saved Views ▸ Save Current View…, typing a name (the search offered as one).
    QString offered;
    whenModalAppears([&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        offered = input->textValue();
        input->setTextValue(QStringLiteral("Capacitación, mayor importe"));
        input->accept();
    });
    emit w.savedViews()->aboutToShow(); // the menu was opened (and rebuilt) before the item is chosen
    w.savedViews()->saveAction()->trigger();
    REQUIRE(w.session()->savedViews().size() == 1);
    CHECK(offered == u"capacitacion");

    // Everything changes; the catalogue is closed and opened again.
    w.filterBar()->clear();
    w.table()->resetColumns();
    w.table()->sortByColumn(MeasureTableModel::columnOf(MeasureField::Title), Qt::AscendingOrder);
    const QString path = w.session()->catalogue()->path();
    w.files()->close();
    REQUIRE(w.files()->open(path));
    REQUIRE(w.model()->rowCount() == 5);

    QAction *item = menuItem(w.savedViews(), QStringLiteral("Capacitación, mayor importe"));
    REQUIRE(item);
    CHECK(item->text().startsWith(QStringLiteral("&1"))); // Alt+V, V, 1 on the keyboard
    item->trigger();
    CHECK(w.filterBar()->filter() == filter);
    CHECK(w.filterBar()->searchBox()->text() == u"capacitacion");
    CHECK(w.model()->rowCount() == 2);
    CHECK(w.table()->visibleFields() == columns);
    CHECK(w.table()->horizontalHeader()->sortIndicatorSection() == MeasureTableModel::columnOf(MeasureField::FundingUsd));
    CHECK(w.table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(w.model()->sortOrder().field == MeasureField::FundingUsd);
}

TEST_CASE("saving under a name already taken asks before replacing, and No keeps the name typed for another try")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    SavedView first;
    first.name = QStringLiteral("Perú");
    first.filter.countries = {QStringLiteral("PER")};
    REQUIRE(w.session()->saveView(first, false).isEmpty());
    typeText(w.filterBar()->searchBox(), QStringLiteral("cine"));

    int asked = 0;
    QString offeredAgain;
    std::function<void(QWidget *)> answerName = [&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        if (asked == 0) {
            input->setTextValue(QStringLiteral("PERÚ"));
            whenModalAppears([&](QWidget *box) {
                ++asked;
                CHECK(qobject_cast<QMessageBox *>(box)->text().contains(QStringLiteral("already a view called “Perú”")));
                clickMessageBoxButton(box, QStringLiteral("No"));
                whenModalAppears(answerName);
            });
            input->accept();
        } else {
            offeredAgain = input->textValue();
            input->reject();
        }
    };
    whenModalAppears(answerName);
    CHECK_FALSE(w.savedViews()->saveCurrentWithDialog());
    CHECK(asked == 1);
    CHECK(offeredAgain == u"PERÚ");
    const QList<SavedView> views = w.session()->savedViews();
    REQUIRE(views.size() == 1);
    CHECK(views.first().filter.countries == QStringList{QStringLiteral("PER")}); // not replaced
}

TEST_CASE("the saved views dialog shows, renames and deletes views, asking before a delete")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    for (const char *name : {"Música", "Cine"}) {
        SavedView view;
        view.name = QString::fromUtf8(name);
        view.filter.domains = {name == QByteArray("Música") ? QStringLiteral("music") : QStringLiteral("cinema_audiovisual_arts")};
        REQUIRE(w.session()->saveView(view, false).isEmpty());
    }
    SavedViewsDialog dialog(w.session(), &w);
    showActive(&dialog);
    CHECK(dialog.list()->hasFocus());
    REQUIRE(dialog.list()->count() == 2);
    dialog.list()->setCurrentRow(1);
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Yes")); });
    QTest::keyClick(dialog.list(), Qt::Key_Delete);
    REQUIRE(dialog.list()->count() == 1);
    CHECK(w.session()->savedViews().first().name == u"Música");
    showActive(&dialog); // as the window manager gives it back after the question
    CHECK(dialog.list()->hasFocus());
    whenModalAppears([](QWidget *input) {
        qobject_cast<QInputDialog *>(input)->setTextValue(QStringLiteral("Música y más"));
        qobject_cast<QInputDialog *>(input)->accept();
    });
    QTest::keyClick(dialog.list(), Qt::Key_F2);
    CHECK(w.session()->savedViews().first().name == u"Música y más");
    QTest::keyClick(dialog.list(), Qt::Key_Return); // shows it
    REQUIRE(dialog.chosen());
    CHECK(dialog.chosen()->filter.domains == QStringList{QStringLiteral("music")});
}

TEST_CASE("the window names the saved view it shows, until the search, a filter, the sort or the columns change")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    auto *named = w.findChild<QLabel *>(QStringLiteral("activeView"));
    REQUIRE(named);
    CHECK_FALSE(named->isVisible()); // no view chosen yet
    typeText(w.filterBar()->searchBox(), QStringLiteral("capacitacion"));
    w.table()->setFieldVisible(MeasureField::ReportYear, false);
    whenModalAppears([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("Capacitación"));
        input->accept();
    });
    w.savedViews()->saveAction()->trigger();
    CHECK(named->isVisible()); // saved: what the window shows is that view
    CHECK(named->text() == u"View: Capacitación");

    typeText(w.filterBar()->searchBox(), QStringLiteral("x")); // the search changes
    CHECK_FALSE(named->isVisible());
    QAction *item = menuItem(w.savedViews(), QStringLiteral("Capacitación"));
    REQUIRE(item);
    item->trigger();
    CHECK(named->isVisible());
    w.table()->sortByColumn(MeasureTableModel::columnOf(MeasureField::FundingUsd), Qt::DescendingOrder); // the sort
    CHECK_FALSE(named->isVisible());
    item->trigger();
    w.table()->setFieldVisible(MeasureField::Country, false); // the columns
    CHECK_FALSE(named->isVisible());
    item->trigger();
    CHECK(named->isVisible());
    // In the language the window speaks.
    UiLanguage::instance().set(Language::byCode(u"es"));
    CHECK(named->text() == u"Vista: Capacitación");
    UiLanguage::instance().set(Language::English);
    // Another catalogue shows none of this one's views.
    w.files()->close();
    CHECK_FALSE(named->isVisible());
}

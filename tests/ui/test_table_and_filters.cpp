// SPDX-License-Identifier: GPL-3.0-or-later
// Finding measures in the window: the search box, each facet, clearing, the model's contract.
#include "uisupport.h"

#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "query/measurequery.h"
#include "model/readiness.h"
#include "csv/csvformat.h"
#include "sample/measuregenerator.h"
#include "session/uilanguage.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "dialogs/vocabularydialog.h"
#include "widgets/facetbutton.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"
#include "widgets/readingpane.h"
#include "widgets/statisticspane.h"
#include "widgets/yearrangebutton.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStatusBar>
#include <QToolButton>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QStandardItemModel>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace {

void check(FacetButton *facet, const QString &code, bool on = true)
{
    QTreeWidget *list = facet->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == code) {
            list->topLevelItem(i)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked); // as a click on its box does
            return;
        }
    }
    FAIL("no value " << code.toStdString());
}

QStringList shownTitles(const MainWindow &w)
{
    QStringList titles;
    for (int row = 0; row < w.model()->rowCount(); ++row)
        titles << w.model()->index(row, MeasureTableModel::columnOf(MeasureField::Title)).data().toString();
    return titles;
}

} // namespace

TEST_CASE("typing in the search box narrows the table and the count")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    REQUIRE(w.model()->rowCount() == 5);
    CHECK(s.countText() == u"5 measures");
    typeText(w.filterBar()->searchBox(), QStringLiteral("capacitacion"));
    CHECK(w.model()->rowCount() == 2); // every keystroke searches at once: no pause to wait for
    CHECK(s.countText() == u"2 of 5 measures");
    CHECK(shownTitles(w) == (QStringList{QStringLiteral("Fortalecimiento de capacidades"),
                                         QStringLiteral("Ibermuseums Training and Capacity Building")}));
    QTest::keyClick(w.filterBar()->searchBox(), Qt::Key_A, Qt::ControlModifier);
    typeText(w.filterBar()->searchBox(), QStringLiteral("junín"));
    CHECK(shownTitles(w) == QStringList{QStringLiteral("‘CONECTA’ Meeting")});
}

TEST_CASE("each facet filters the table")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    FilterBar *bar = w.filterBar();
    const auto facet = [&](FilterBar::Facet f) { return bar->facet(f); };
    struct Case {
        FilterBar::Facet facet;
        const char *code;
        int rows;
    } cases[] = {
        {FilterBar::Facet::Goal, "4", 1},           {FilterBar::Facet::Area, "mobility", 2},
        {FilterBar::Facet::Domain, "publishing", 1}, {FilterBar::Facet::Scope, "local", 1},
        {FilterBar::Facet::Nature, "financial", 1},  {FilterBar::Facet::Country, "MEX", 2},
        {FilterBar::Facet::PartnerType, "international_organization", 1},
        {FilterBar::Facet::Evaluated, "yes", 1},     {FilterBar::Facet::Status, "ready", 2},
    };
    for (const Case &c : cases) {
        INFO(c.code);
        check(facet(c.facet), QString::fromLatin1(c.code));
        CHECK(w.model()->rowCount() == c.rows);
        CHECK(facet(c.facet)->font().bold()); // an active facet stands out
        check(facet(c.facet), QString::fromLatin1(c.code), false);
        CHECK(w.model()->rowCount() == 5);
    }
    // Facets combine with AND.
    check(facet(FilterBar::Facet::Country), QStringLiteral("MEX"));
    check(facet(FilterBar::Facet::Goal), QStringLiteral("4"));
    CHECK(shownTitles(w) == QStringList{QStringLiteral("Interdisciplinary technical assistance of the UNESCO Office in Mexico")});
    CHECK(facet(FilterBar::Facet::Country)->text() == u"Country: Mexico");
}

namespace {

// Every label of a facet's list shows whole (wrapped if need be), and every row is there to see.
void checkFitsItsContent(FacetButton *facet, const char *name)
{
    QTreeWidget *list = facet->list();
    INFO(name);
    checkRowsShowWholeLabels(list); // not cut mid-word
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        CHECK(list->fontMetrics().horizontalAdvance(list->topLevelItem(i)->text(1)) <= list->header()->sectionSize(1)); // the count whole
    CHECK(list->horizontalScrollBar()->maximum() == 0);
    if (list->topLevelItemCount() <= 16)
        CHECK(list->verticalScrollBar()->maximum() == 0); // short lists show every value
    CHECK(list->width() >= 220);
}

} // namespace

TEST_CASE("facet lists fit their labels in both languages and count the measures each value would match")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    VocabularyDialog vocabulary(w.session(), &w);
    REQUIRE(vocabulary.addTerm(VocabularyKind::CulturalDomain,
                               QStringLiteral("Community radio, independent local broadcasting and its archives"),
                               QStringLiteral("Radio comunitaria, radiodifusión local independiente y sus archivos")).isEmpty());
    FilterBar *bar = w.filterBar();
    for (Language language : {Language::English, Language::byCode(u"es")}) {
        UiLanguage::instance().set(language);
        for (FilterBar::Facet f : {FilterBar::Facet::Goal, FilterBar::Facet::Area, FilterBar::Facet::Domain, FilterBar::Facet::Country}) {
            FacetButton *facet = bar->facet(f);
            facet->refreshCounts(); // as opening it does
            checkFitsItsContent(facet, qPrintable(facet->text()));
        }
    }
    UiLanguage::instance().set(Language::English);

    // Counts: how many measures of the current view each value would match.
    MeasureFilter mexico;
    mexico.countries = {QStringLiteral("MEX")};
    bar->facet(FilterBar::Facet::Country)->setSelectedCodes({QStringLiteral("MEX")});
    emit bar->facet(FilterBar::Facet::Country)->selectionChanged({QStringLiteral("MEX")});
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 2; }));
    FacetButton *goals = bar->facet(FilterBar::Facet::Goal);
    goals->refreshCounts();
    MeasureQuery query(*w.session()->catalogue());
    for (int i = 0; i < goals->list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = goals->list()->topLevelItem(i);
        MeasureFilter withGoal = mexico;
        withGoal.goals = {item->data(0, Qt::UserRole).toString()};
        INFO(item->text(0).toStdString());
        CHECK(item->text(1) == QString::number(query.count(withGoal)));
    }
    // The country list names the countries present first (the others still choosable, greyed).
    FacetButton *countries = bar->facet(FilterBar::Facet::Country);
    countries->refreshCounts();
    CHECK(countries->list()->topLevelItem(0)->text(0) == u"Mexico");
    CHECK(countries->list()->topLevelItem(0)->text(1) == u"2");
    CHECK(countries->list()->topLevelItem(1)->text(0) == u"Peru");
    CHECK(countries->list()->topLevelItem(2)->text(1) == u"0");
}

TEST_CASE("in a long facet list, typing narrows it from the keyboard, and Down and Space choose")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    FacetButton *countries = w.filterBar()->facet(FilterBar::Facet::Country);
    countries->menu()->popup(countries->mapToGlobal(QPoint(0, countries->height())));
    REQUIRE(waitFor([&] { return countries->menu()->isVisible(); }));
    QTreeWidget *list = countries->list();
    list->setFocus(); // where the menu leaves the focus when it opens
    for (QChar c : QStringLiteral("mong"))
        QTest::keyClick(list, c.toLatin1());
    QLineEdit *narrow = countries->menu()->findChild<QLineEdit *>();
    REQUIRE(narrow);
    CHECK(narrow->text() == u"mong");
    QTest::keyClick(narrow, Qt::Key_Down);
    CHECK(list->hasFocus());
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text(0) == u"Mongolia");
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(countries->selectedCodes() == QStringList{QStringLiteral("MNG")});
    countries->menu()->hide();
}

TEST_CASE("the report year range filters the table")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    Measure conecta = *w.session()->load(w.model()->idAt(0));
    conecta.reportYear = 2020;
    REQUIRE(w.session()->save(conecta).saved);
    w.filterBar()->years()->findChild<QSpinBox *>(QStringLiteral("yearFrom"))->setValue(2019);
    CHECK(w.model()->rowCount() == 1);
    w.filterBar()->years()->findChild<QSpinBox *>(QStringLiteral("yearTo"))->setValue(2019);
    CHECK(w.model()->rowCount() == 0);
    CHECK(w.filterBar()->years()->text() == u"Year: 2019");
}

TEST_CASE("an empty result says so and clearing the filters brings every measure back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    typeText(w.filterBar()->searchBox(), QStringLiteral("zzzz"));
    QTest::keyClick(w.filterBar()->searchBox(), Qt::Key_Return);
    REQUIRE(w.model()->rowCount() == 0);
    QWidget *empty = w.table()->findChild<QWidget *>(QStringLiteral("emptyState"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    auto *button = w.table()->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
    CHECK(button->text() == u"Clear Filters");
    button->click();
    CHECK(w.model()->rowCount() == 5);
    CHECK(w.filterBar()->searchBox()->text().isEmpty());
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("the table model keeps Qt's model contract while filtering, sorting and reloading")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < w.model()->columnCount(); ++column) {
        w.model()->sort(column, Qt::AscendingOrder);
        w.model()->sort(column, Qt::DescendingOrder);
        CHECK(w.model()->rowCount() == 5);
    }
    MeasureFilter filter;
    filter.search = QStringLiteral("museum");
    w.model()->setFilter(filter);
    CHECK(w.model()->rowCount() == 1);
    w.model()->setFilter({});
    w.model()->reload();
    w.model()->setLanguage(Language::byCode(u"es"));
    w.model()->setLanguage(Language::English);
    CHECK(w.model()->rowCount() == 5);
}

TEST_CASE("clicking a column header sorts the table in SQL")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const int funding = MeasureTableModel::columnOf(MeasureField::FundingUsd);
    w.table()->sortByColumn(funding, Qt::DescendingOrder);
    CHECK(shownTitles(w).first() == u"‘CONECTA’ Meeting"); // the only one with an amount; empty ones last
    w.table()->sortByColumn(MeasureTableModel::columnOf(MeasureField::Title), Qt::DescendingOrder);
    CHECK(shownTitles(w).first() == u"Technical Group of Culture of the Pacific Alliance");
}

TEST_CASE("on a 1366-pixel laptop in every language the default columns fit beside the reading pane, every header whole")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.resize(1366, 740);
    REQUIRE(waitFor([&] { return w.width() == 1366; }));
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        QTest::qWait(50);
        INFO(language.code().toStdString());
        CHECK(w.readingPane()->isVisible());
        CHECK(w.table()->horizontalScrollBar()->maximum() == 0); // the last column not cut off
        QHeaderView *header = w.table()->horizontalHeader();
        // A header's text, its margins and the sort arrow's room.
        const int room = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                       + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (MeasureField field : w.table()->visibleFields()) {
            const int column = MeasureTableModel::columnOf(field);
            INFO(MeasureFields::key(field).toStdString());
            CHECK(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(w.model()->headerData(column, Qt::Horizontal).toString()) + room);
        }
        const int title = MeasureTableModel::columnOf(MeasureField::Title);
        CHECK(header->sectionSize(title) >= 16 * w.table()->fontMetrics().horizontalAdvance(u'M'));
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("in a 1400-pixel window the default columns fit beside the reading pane, every header unclipped, the title readable")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.resize(1400, 860);
    REQUIRE(waitFor([&] { return w.width() == 1400; }));
    QTest::qWait(50);
    CHECK(w.model()->rowCount() == 5);
    CHECK(w.readingPane()->isVisible());
    CHECK(w.table()->horizontalScrollBar()->maximum() == 0); // no horizontal scroll bar
    QHeaderView *header = w.table()->horizontalHeader();
    for (MeasureField field : w.table()->visibleFields()) {
        const int column = MeasureTableModel::columnOf(field);
        INFO(MeasureFields::key(field).toStdString());
        CHECK(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(w.model()->headerData(column, Qt::Horizontal).toString()));
    }
    const int title = MeasureTableModel::columnOf(MeasureField::Title);
    CHECK(header->sectionSize(title) >= w.table()->fontMetrics().horizontalAdvance(QStringLiteral("Technical Group of Culture of the Pacific")));
    CHECK(w.model()->index(0, MeasureTableModel::columnOf(MeasureField::FundingUsd)).data().toString() == u"11,782.50");
}

TEST_CASE("Ctrl+End and Ctrl+Home select the last and the first measure, and the reading pane follows")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    ReadingPane *pane = w.readingPane();
    MeasureTableView *table = w.table();
    table->setFocus();
    table->selectRow(1);
    const int column = table->currentIndex().column(); // the title's, where the analyst reads
    REQUIRE(column >= 0);
    const auto titleOf = [&](int row) { return w.model()->index(row, 0).data().toString(); };
    const int last = w.model()->rowCount() - 1;
    REQUIRE(last > 1);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    REQUIRE(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().first().row() == last);
    CHECK(table->currentIndex().column() == column); // down, not sideways to the last column
    CHECK(waitFor([&] { return pane->plainText().contains(titleOf(last).left(20)); }));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    REQUIRE(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().first().row() == 0);
    CHECK(table->currentIndex().column() == column);
    CHECK(waitFor([&] { return pane->plainText().contains(titleOf(0).left(20)); }));
}

TEST_CASE("the reading pane shows the selected measure in the interface's language, the searched words highlighted")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    ReadingPane *pane = w.readingPane();
    REQUIRE(pane->isVisible());
    w.table()->clearSelection();
    CHECK(pane->plainText().contains(u"Select a measure"));

    typeText(w.filterBar()->searchBox(), QStringLiteral("conecta"));
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 1; }));
    w.table()->selectRow(0);
    REQUIRE(waitFor([&] { return pane->plainText().contains(u"Meeting"); }));
    CHECK(pane->plainText().contains(u"Responsible agencies"));
    CHECK(pane->plainText().contains(u"Not given")); // an empty field says so rather than vanishing
    CHECK(pane->browser()->toHtml().contains(u"#ffe58f")); // the searched word is marked

    UiLanguage::instance().set(Language::byCode(u"es"));
    const QString spanish = pane->plainText();
    UiLanguage::instance().set(Language::English);
    CHECK(spanish.contains(u"Organismos responsables"));
    CHECK(spanish.contains(u"Sin indicar"));
    CHECK(spanish.contains(u"Perú"));
    for (const char *english : {"Not given", "Responsible agencies", "Description", "Results", "Peru"}) {
        INFO(english);
        CHECK_FALSE(spanish.contains(QLatin1String(english)));
    }

    w.action(MainWindow::Action::ReadingPane)->trigger(); // F3 hides it and the choice is kept
    CHECK_FALSE(pane->isVisible());
    CHECK_FALSE(AppSettings::readingPaneShown());
    w.action(MainWindow::Action::ReadingPane)->trigger();
    CHECK(pane->isVisible());
}

TEST_CASE("while typing in the search box, Ctrl+E exports the view and Down goes on to the results")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    QLineEdit *search = w.filterBar()->searchBox();
    search->setFocus();
    typeText(search, QStringLiteral("mexico"));
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 2; }));
    search->setCursorPosition(0);

    QString opened;
    whenModalAppears([&](QWidget *dialog) {
        opened = dialog->objectName();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    CHECK(waitFor([&] { return !opened.isEmpty(); }));
    CHECK(opened == u"exportDialog");
    CHECK(search->cursorPosition() == 0); // not taken as "end of line"
    CHECK(search->text() == u"mexico");

    showActive(&w); // the dialog has closed
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(w.table()->hasFocus());
    CHECK(w.table()->selectedIds() == QList<qint64>{w.model()->idAt(0)});
}

TEST_CASE("the column chooser hides and shows columns, and the layout is remembered")
{
    QByteArray saved;
    {
        SampleWindow s;
        MainWindow &w = *s.window;
        QAction *website = nullptr;
        for (QAction *a : w.table()->columnsMenu()->actions())
            if (QString(a->text()).remove(u'&') == u"Website") // its access key wherever it falls
                website = a;
        REQUIRE(website);
        website->trigger();
        CHECK(w.table()->visibleFields().contains(MeasureField::Website));
        w.table()->setFieldVisible(MeasureField::Status, false);
        CHECK_FALSE(w.table()->visibleFields().contains(MeasureField::Status));
        s.window->close();
    }
    SampleWindow again;
    CHECK(again.window->table()->visibleFields().contains(MeasureField::Website));
    CHECK_FALSE(again.window->table()->visibleFields().contains(MeasureField::Status));
    again.window->table()->resetColumns();
    CHECK(again.window->table()->visibleFields() == MeasureFields::defaultColumns());
}

TEST_CASE("on a large catalogue the table queries on a worker thread, keeps the old rows meanwhile and shows only the newest result")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 600, 11).isEmpty());
    const Vocabulary vocabulary = t.vocabulary();
    MeasureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundFrom(0); // treat this catalogue as a large one
    model.setCatalogue(t.catalogue.get(), &vocabulary);
    REQUIRE(model.rowCount() == 600);

    MeasureFilter first;
    first.search = QStringLiteral("música");
    MeasureFilter last;
    last.countries = {QStringLiteral("PER")};
    int published = 0;
    QObject::connect(&model, &MeasureTableModel::countsChanged, [&] { ++published; });
    model.setFilter(first);
    model.setFilter(last); // typed on before the first answer came
    CHECK(model.isLoading());
    CHECK(model.rowCount() == 600); // the previous rows stay until the new ones are ready
    REQUIRE(waitFor([&] { return !model.isLoading(); }));
    QTest::qWait(50);
    CHECK(published == 1); // the superseded result is never shown
    CHECK(model.rowCount() == MeasureQuery(*t.catalogue).count(last));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, MeasureTableModel::columnOf(MeasureField::Country)).data().toString() == u"Peru");
    model.sort(MeasureTableModel::columnOf(MeasureField::FundingUsd), Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return !model.isLoading(); }));
    CHECK(model.rowCount() == MeasureQuery(*t.catalogue).count(last));
}

TEST_CASE("a table layout saved before a field was added comes back by column key, and one saved by version 0.1 too")
{
    SampleWindow s;
    MeasureTableView *table = s.window->table();
    // As an earlier version wrote it: it knew no "website" column (say it was added since).
    const QByteArray saved = R"({"layout":2,"columns":[
        {"key":"country","width":140,"visible":true},{"key":"title","width":420,"visible":true},
        {"key":"funding_usd","width":130,"visible":true},{"key":"status","width":90,"visible":false},
        {"key":"a_field_removed_since","width":90,"visible":true}],
        "sort":{"key":"funding_usd","descending":true}})";
    REQUIRE(table->restoreLayout(saved));
    QList<MeasureField> visible = table->visibleFields();
    REQUIRE(visible.size() >= 3);
    CHECK(visible.mid(0, 3) == (QList<MeasureField>{MeasureField::Country, MeasureField::Title, MeasureField::FundingUsd}));
    CHECK_FALSE(table->isFieldVisible(MeasureField::Status));
    CHECK_FALSE(table->isFieldVisible(MeasureField::Website)); // unknown to that layout: its default (hidden)
    CHECK(table->isFieldVisible(MeasureField::UpdatedAt));     // unknown to that layout: its default (shown)
    CHECK(table->horizontalHeader()->sectionSize(MeasureTableModel::columnOf(MeasureField::Title)) == 420);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == MeasureTableModel::columnOf(MeasureField::FundingUsd));
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    // And it saves by key again.
    CHECK(table->saveLayout().contains("\"key\":\"country\""));

    // Version 0.1 saved Qt's header state by position (23 fields, in the order of that time).
    QStandardItemModel shape(0, 23);
    QHeaderView old(Qt::Horizontal);
    old.setModel(&shape);
    old.moveSection(2, 0);     // country first
    old.resizeSection(1, 333); // title
    old.setSectionHidden(19, true); // website
    old.setSortIndicator(3, Qt::AscendingOrder); // report year
    REQUIRE(table->restoreLayout(old.saveState()));
    CHECK(table->visibleFields().first() == MeasureField::Country);
    CHECK(table->horizontalHeader()->sectionSize(MeasureTableModel::columnOf(MeasureField::Title)) == 333);
    CHECK_FALSE(table->isFieldVisible(MeasureField::Website));
    CHECK(table->horizontalHeader()->sortIndicatorSection() == MeasureTableModel::columnOf(MeasureField::ReportYear));
}

TEST_CASE("the statistics follow the filter, count as the table does, speak the interface language, and a bar narrows the view")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    w.action(MainWindow::Action::Statistics)->trigger(); // View ▸ Statistics
    StatisticsPane *pane = w.statisticsPane();
    REQUIRE(waitFor([&] { return pane->isVisible() && !pane->barLabels().isEmpty(); }));
    CHECK(pane->isAncestorOf(QApplication::focusWidget())); // opened from the keyboard, it has the keyboard
    // Goals by their number too, as the filter and the table name them (a count beside a bare
    // label read as a goal's number).
    for (const QString &goal : pane->barLabels())
        if (goal != u"(not given)")
            CHECK(goal.contains(QRegularExpression(QStringLiteral("^[1-4]\\. "))));
    // A goal none of whose measures gives an amount shows none, not 0.00.
    auto *figures = pane->findChild<QTreeWidget *>(QStringLiteral("statisticsList"));
    REQUIRE(figures);
    int unknown = 0;
    for (int i = 0; i < figures->topLevelItemCount(); ++i) {
        CHECK(figures->topLevelItem(i)->text(2) != u"0.00");
        if (figures->topLevelItem(i)->text(2) == u"—") {
            ++unknown;
            CHECK_FALSE(figures->topLevelItem(i)->toolTip(2).isEmpty());
        }
    }
    CHECK(unknown > 0); // the sample's goals 3 and 4: one measure each, no amount
    // Tab leaves the table for the panes beside it instead of walking its cells.
    w.table()->setFocus();
    QWidget *from = QApplication::focusWidget();
    pressKey(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != from);
    pane->setDimension(Statistics::Dimension::Country);
    // Each bar: the measures of that country, as the table's own count says.
    MeasureQuery query(*w.session()->catalogue());
    const QStringList countries = pane->barLabels();
    REQUIRE(countries.contains(QStringLiteral("Mexico")));
    for (int i = 0; i < countries.size(); ++i) {
        INFO(countries.join(u'|').toStdString());
        if (countries[i] == u"(not given)") { // the measures without a country: the rest of the five
            int withCountry = 0;
            for (int j = 0; j < i; ++j)
                withCountry += int(pane->barValues().value(j));
            CHECK(pane->barValues().value(i) == 5 - withCountry);
            continue;
        }
        const VocabularyTerm *country = w.session()->vocabulary().match(VocabularyKind::Country, countries[i]);
        REQUIRE(country);
        MeasureFilter byCountry;
        byCountry.countries = {country->code};
        CHECK(pane->barValues().value(i) == query.count(byCountry));
    }
    CHECK(countries.last() == u"(not given)"); // named in the interface's language, last
    CHECK(pane->totalsText().startsWith(QStringLiteral("5 measures in the view")));

    // A search narrows the statistics too.
    w.filterBar()->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("museos"));
    REQUIRE(waitFor([&] { return !pane->totalsText().startsWith(QStringLiteral("5 ")); }));
    CHECK(pane->totalsText().startsWith(QString::number(w.model()->rowCount()) + QStringLiteral(" measure")));
    w.filterBar()->clear();
    REQUIRE(waitFor([&] { return pane->totalsText().startsWith(QStringLiteral("5 ")); }));

    // In Spanish, the labels and the totals are Spanish.
    UiLanguage::instance().set(Language::byCode(u"es"));
    REQUIRE(waitFor([&] { return pane->barLabels().contains(QStringLiteral("México")); }));
    CHECK(pane->totalsText().startsWith(QStringLiteral("5 medidas en la vista")));
    UiLanguage::instance().set(Language::English);
    REQUIRE(waitFor([&] { return pane->barLabels().contains(QStringLiteral("Mexico")); }));

    // "Not given" cannot be picked out with the filters: the window says so and the view stays.
    const int before = w.model()->rowCount();
    pane->chooseBar(int(pane->barLabels().indexOf(QStringLiteral("(not given)"))));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("without a value")));
    CHECK(w.model()->rowCount() == before);

    // Clicking Mexico's bar shows only Mexico's measures.
    pane->chooseBar(int(pane->barLabels().indexOf(QStringLiteral("Mexico"))));
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 2; }));
    CHECK(w.filterBar()->facet(FilterBar::Facet::Country)->selectedCodes() == QStringList{QStringLiteral("MEX")});
}

TEST_CASE("'Needs attention' shows only the measures the report would find lacking, and the reading pane says what each lacks")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureFilter lacking;
    lacking.needsAttention = true;
    const int expected = MeasureQuery(*w.session()->catalogue()).count(lacking);
    REQUIRE(expected > 1);
    REQUIRE(expected < 5);
    w.filterBar()->needsAttention()->click();
    REQUIRE(waitFor([&] { return w.model()->rowCount() == expected; }));
    CHECK(w.filterBar()->filter().needsAttention);
    w.action(MainWindow::Action::ReadingPane)->setChecked(true);
    w.table()->selectId(w.model()->idAt(0));
    REQUIRE(waitFor([&] { return w.readingPane()->plainText().contains(QStringLiteral("Needs attention:")); }));
    // The statistics see the same view, and count again after a change.
    w.action(MainWindow::Action::Statistics)->trigger();
    StatisticsPane *pane = w.statisticsPane();
    REQUIRE(waitFor([&] { return pane->totalsText().startsWith(QString::number(expected) + QStringLiteral(" measure")); }));
    Measure fixed = *w.session()->load(w.model()->idAt(0));
    fixed.goals = {QStringLiteral("1")};
    fixed.domains = {QStringLiteral("music")};
    fixed.mainFeatures = QStringLiteral("Described");
    fixed.expectedResults = QStringLiteral("Expected");
    fixed.evaluated = QStringLiteral("no");
    fixed.fundingText = QStringLiteral("Not applicable.");
    REQUIRE(w.session()->save(fixed).saved);
    REQUIRE(waitFor([&] { return pane->totalsText().startsWith(QString::number(expected - 1) + QStringLiteral(" measure")); }));
    w.filterBar()->clear(); // clears it too
    REQUIRE(waitFor([&] { return w.model()->rowCount() == 5; }));
    CHECK_FALSE(w.filterBar()->needsAttention()->isChecked());
}

TEST_CASE("the Missing column says what the report form still lacks, and an export of the view leaves it out")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.table()->setFieldVisible(MeasureField::Readiness, true);
    CHECK(w.table()->visibleFields().contains(MeasureField::Readiness));
    const int column = MeasureTableModel::columnOf(MeasureField::Readiness);
    CHECK(w.model()->headerData(column, Qt::Horizontal).toString() == u"Missing");
    int lacking = 0;
    for (int row = 0; row < w.model()->rowCount(); ++row) {
        const Measure measure = *w.session()->load(w.model()->idAt(row));
        const QString cell = w.model()->index(row, column).data().toString();
        CHECK(cell == Readiness::describe(measure, Language::English));
        lacking += cell.isEmpty() ? 0 : 1;
    }
    CHECK(lacking > 0); // the sample has measures still lacking something
    CsvOptions options = CsvOptions::standard(Language::English);
    options.columns = w.table()->visibleFields();
    CHECK_FALSE(options.effectiveColumns().contains(MeasureField::Readiness));
    CHECK(options.effectiveColumns().size() == w.table()->visibleFields().size() - 1);
}

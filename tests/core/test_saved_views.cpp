// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views: a named search, filters, sort and columns kept in the catalogue file.
#include "testsupport.h"

#include "query/savedviewquery.h"
#include "store/savedviewstore.h"

#include <QFile>

namespace {

SavedView readyForReport()
{
    SavedView view;
    view.name = QStringLiteral("Ready for the 2027 report");
    view.filter.search = QStringLiteral("capacitación músicos");
    view.filter.goals = {QStringLiteral("1"), QStringLiteral("4")};
    view.filter.areas = {QStringLiteral("cultural_creative_sectors")};
    view.filter.domains = {QStringLiteral("music"), QStringLiteral("cinema_audiovisual_arts")};
    view.filter.scopes = {QStringLiteral("national")};
    view.filter.natures = {QStringLiteral("financial")};
    view.filter.countries = {QStringLiteral("PER"), QStringLiteral("MEX")};
    view.filter.evaluated = {QStringLiteral("yes")};
    view.filter.partnerTypes = {QStringLiteral("civil_society")};
    view.filter.statuses = {QStringLiteral("ready")};
    view.filter.yearFrom = 2016;
    view.filter.yearTo = 2020;
    view.filter.needsAttention = true;
    view.sortField = MeasureField::FundingUsd;
    view.sortOrder = Qt::DescendingOrder;
    view.columns = {MeasureField::Title, MeasureField::FundingUsd, MeasureField::Country, MeasureField::Domains};
    return view;
}

} // namespace

TEST_CASE("a saved view keeps every part of the filter, the sort and the columns across closing and reopening the file")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const SavedView saved = readyForReport();
    REQUIRE(SavedViewStore(*t.catalogue).save(saved, false).isEmpty());
    t.close();
    // A colleague who is sent the file opens it, even read-only, and finds the view.
    t.reopen(Catalogue::Access::ReadOnly);
    const QList<SavedView> views = SavedViewQuery::all(*t.catalogue);
    REQUIRE(views.size() == 1);
    CHECK(views.first() == saved);
    CHECK(views.first().filter.yearFrom == 2016);
    CHECK(views.first().filter.needsAttention);
    CHECK(views.first().columns == saved.columns);
    const auto found = SavedViewQuery::find(*t.catalogue, QStringLiteral("READY FOR THE 2027 REPORT"));
    REQUIRE(found);
    CHECK(found->name == saved.name);
}

TEST_CASE("view names are unique regardless of case, and replacing, renaming and deleting say what went wrong")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    SavedViewStore store(*t.catalogue);
    SavedView a;
    a.name = QStringLiteral("  Perú   music ");
    a.filter.countries = {QStringLiteral("PER")};
    REQUIRE(store.save(a, false).isEmpty());
    CHECK(SavedViewQuery::all(*t.catalogue).first().name == u"Perú music"); // spaces as a person means them

    SavedView b = a;
    b.name = QStringLiteral("perú MUSIC");
    b.filter.domains = {QStringLiteral("music")};
    CHECK(store.save(b, false).contains(QStringLiteral("already a view called “Perú music”")));
    CHECK(SavedViewQuery::all(*t.catalogue).first().filter.domains.isEmpty()); // unchanged
    REQUIRE(store.save(b, true).isEmpty());
    REQUIRE(SavedViewQuery::all(*t.catalogue).size() == 1);
    CHECK(SavedViewQuery::all(*t.catalogue).first().filter.domains == QStringList{QStringLiteral("music")});

    SavedView c;
    c.name = QStringLiteral("Mexico");
    REQUIRE(store.save(c, false).isEmpty());
    CHECK(store.rename(QStringLiteral("Mexico"), QStringLiteral("PERÚ MUSIC")).contains(QStringLiteral("already a view")));
    CHECK(store.rename(QStringLiteral("Mexico"), QStringLiteral("México")).isEmpty());
    CHECK(store.rename(QStringLiteral("Gone"), QStringLiteral("Other")).contains(QStringLiteral("no longer")));
    CHECK(store.save(SavedView{}, false).contains(QStringLiteral("Give the view a name")));
    CHECK(store.remove(QStringLiteral("MÉXICO")).isEmpty());
    QStringList names;
    for (const SavedView &v : SavedViewQuery::all(*t.catalogue))
        names << v.name;
    CHECK(names == QStringList{QStringLiteral("perú MUSIC")});
}

TEST_CASE("a read-only catalogue shows its views but does not change them")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    REQUIRE(SavedViewStore(*t.catalogue).save(readyForReport(), false).isEmpty());
    t.close();
    t.reopen(Catalogue::Access::ReadOnly);
    CHECK_FALSE(SavedViewStore(*t.catalogue).remove(readyForReport().name).isEmpty());
    CHECK(SavedViewQuery::all(*t.catalogue).size() == 1);
}

TEST_CASE("a view written by a later version is left alone rather than guessed at")
{
    CHECK_FALSE(SavedView::fromJson(QStringLiteral("x"), R"({"version":99,"filter":{"goals":["1"]}})"));
    // A column a later version added is skipped; the rest of the view still works.
    const auto view = SavedView::fromJson(QStringLiteral("x"), R"({"version":1,"filter":{"goals":["1"]},)"
                                                               R"("columns":["title","hologram","country"]})");
    REQUIRE(view);
    CHECK(view->filter.goals == QStringList{QStringLiteral("1")});
    CHECK(view->columns == QList<MeasureField>{MeasureField::Title, MeasureField::Country});
}

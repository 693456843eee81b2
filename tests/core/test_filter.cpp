// SPDX-License-Identifier: GPL-3.0-or-later
// Finding measures again: every facet, the search box, the sort, and the count all agree.
#include "testsupport.h"

#include "catalogue/sqlitestatement.h"
#include "model/readiness.h"
#include "query/measurecursor.h"
#include "query/measurefilter.h"
#include "query/measurequery.h"
#include "query/searchtokenizer.h"
#include "sample/measuregenerator.h"
#include "store/partnerstore.h"
#include "store/writetransaction.h"

namespace {

struct Catalogue3 {
    TempCatalogue t;
    qint64 music = 0, film = 0, law = 0;

    Catalogue3()
    {
        CatalogueAccess repository(*t.catalogue);
        const Vocabulary vocabulary = t.vocabulary();

        Measure a;
        a.title = QStringLiteral("Fondo de Música Tradicional");
        a.country = QStringLiteral("PER");
        a.reportYear = 2016;
        a.mainFeatures = QStringLiteral("Acción de apoyo a la capacitación de músicos en zonas rurales.");
        a.domains = {QStringLiteral("music")};
        a.monitoringAreas = {QStringLiteral("cultural_creative_sectors")};
        a.scopes = {QStringLiteral("national")};
        a.natures = {QStringLiteral("financial")};
        a.evaluated = QStringLiteral("yes");
        a.status = QStringLiteral("ready");
        a.fundingUsdCents = 500000;
        a.partners = {{QStringLiteral("Asociación de Músicos"), QStringLiteral("civil_society")}};

        Measure b;
        b.title = QStringLiteral("Ámbito audiovisual: cine itinerante");
        b.country = QStringLiteral("MEX");
        b.reportYear = 2020;
        b.keyObjectives = QStringLiteral("Bring cinema to rural towns; ticket price is \"free\" (NEAR schools).");
        b.domains = {QStringLiteral("cinema_audiovisual"), QStringLiteral("music")};
        b.monitoringAreas = {QStringLiteral("mobility")};
        b.scopes = {QStringLiteral("local"), QStringLiteral("regional")};
        b.natures = {QStringLiteral("institutional")};
        b.evaluated = QStringLiteral("no");
        b.fundingUsdCents = 12000000;
        b.partners = {{QStringLiteral("Cineteca Nacional"), QStringLiteral("public_sector")}};

        Measure c;
        c.title = QStringLiteral("Ley del Artista");
        c.country = QStringLiteral("COL");
        c.reportYear = 2024;
        c.mainFeatures = QStringLiteral("Seguridad social para artistas; igualdad de género.");
        c.monitoringAreas = {QStringLiteral("gender_equality"), QStringLiteral("artistic_freedom")};
        c.natures = {QStringLiteral("legislative")};
        c.scopes = {QStringLiteral("national")};

        for (Measure *m : {&a, &b, &c}) {
            const auto result = repository.save(*m, vocabulary);
            INFO(result.error.toStdString());
            REQUIRE(result.saved);
        }
        music = a.id;
        film = b.id;
        law = c.id;
    }

    QVector<qint64> find(const MeasureFilter &filter, MeasureSort sort = {})
    {
        MeasureQuery query(*t.catalogue);
        const MeasureQuery::Result result = query.find(filter, sort);
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
        CHECK(query.count(filter) == result.ids.size()); // the count label and the table always agree
        return result.ids;
    }
};

MeasureFilter searchFor(const QString &text)
{
    MeasureFilter f;
    f.search = text;
    return f;
}

} // namespace

TEST_CASE("an empty filter shows every measure, sorted by title ignoring accents and case")
{
    Catalogue3 c;
    CHECK(c.find({}) == (QVector<qint64>{c.film, c.music, c.law})); // Ámbito, Fondo, Ley
    MeasureSort descending;
    descending.order = Qt::DescendingOrder;
    CHECK(c.find({}, descending) == (QVector<qint64>{c.law, c.music, c.film}));
}

TEST_CASE("search ignores accents and case, in both directions")
{
    Catalogue3 c;
    CHECK(c.find(searchFor(QStringLiteral("musica"))) == (QVector<qint64>{c.music}));
    CHECK(c.find(searchFor(QStringLiteral("MÚSICA"))) == (QVector<qint64>{c.music}));
    CHECK(c.find(searchFor(QStringLiteral("accion"))) == (QVector<qint64>{c.music}));
    CHECK(c.find(searchFor(QStringLiteral("capacitacion"))) == (QVector<qint64>{c.music}));
    CHECK(c.find(searchFor(QStringLiteral("ambito"))) == (QVector<qint64>{c.film}));
    CHECK(c.find(searchFor(QStringLiteral("genero"))) == (QVector<qint64>{c.law}));
}

TEST_CASE("search matches word prefixes as the analyst types, and every word must match")
{
    Catalogue3 c;
    CHECK(c.find(searchFor(QStringLiteral("mús"))).contains(c.music));
    CHECK(c.find(searchFor(QStringLiteral("rural"))) == (QVector<qint64>{c.film, c.music}));
    CHECK(c.find(searchFor(QStringLiteral("rural cine"))) == (QVector<qint64>{c.film}));
    CHECK(c.find(searchFor(QStringLiteral("  "))).size() == 3);
}

TEST_CASE("search syntax typed by a user is searched for, never executed")
{
    Catalogue3 c;
    for (const char *typed : {"\"free\"", "NEAR(schools", "cine OR ley", "-cine", "cine*", "title:ley", "(", "\"",
                              "ley AND", "^cine", "a\"b", "{title}: x"}) {
        INFO(typed);
        MeasureQuery query(*c.t.catalogue);
        CHECK(query.find(searchFor(QString::fromUtf8(typed)), {}).ok);
    }
    CHECK(c.find(searchFor(QStringLiteral("cine OR ley"))).isEmpty()); // "or" is a word here, not an operator
    CHECK(c.find(searchFor(QStringLiteral("\"free\""))) == (QVector<qint64>{c.film}));
    CHECK(MeasureQuery(*c.t.catalogue).tokenizer().ftsQuery(QStringLiteral("música, \"en\" vivo*")) == u"\"musica\"* AND \"en\"* AND \"vivo\"*");
}

TEST_CASE("each facet narrows the table to the matching measures")
{
    Catalogue3 c;
    MeasureFilter f;
    SECTION("goal") { f.goals = {QStringLiteral("4")}; CHECK(c.find(f) == (QVector<qint64>{c.law})); }
    SECTION("goal derived from a monitoring area") { f.goals = {QStringLiteral("2")}; CHECK(c.find(f) == (QVector<qint64>{c.film})); }
    SECTION("monitoring area") { f.areas = {QStringLiteral("cultural_creative_sectors")}; CHECK(c.find(f) == (QVector<qint64>{c.music})); }
    SECTION("domain") { f.domains = {QStringLiteral("music")}; CHECK(c.find(f) == (QVector<qint64>{c.film, c.music})); }
    SECTION("scope") { f.scopes = {QStringLiteral("national")}; CHECK(c.find(f) == (QVector<qint64>{c.music, c.law})); }
    SECTION("nature") { f.natures = {QStringLiteral("legislative")}; CHECK(c.find(f) == (QVector<qint64>{c.law})); }
    SECTION("country") { f.countries = {QStringLiteral("MEX"), QStringLiteral("COL")}; CHECK(c.find(f) == (QVector<qint64>{c.film, c.law})); }
    SECTION("year range") { f.yearFrom = 2017; f.yearTo = 2022; CHECK(c.find(f) == (QVector<qint64>{c.film})); }
    SECTION("year from only") { f.yearFrom = 2020; CHECK(c.find(f) == (QVector<qint64>{c.film, c.law})); }
    SECTION("evaluated") { f.evaluated = {QStringLiteral("unknown")}; CHECK(c.find(f) == (QVector<qint64>{c.law})); }
    SECTION("partner type") { f.partnerTypes = {QStringLiteral("public_sector")}; CHECK(c.find(f) == (QVector<qint64>{c.film})); }
    SECTION("status") { f.statuses = {QStringLiteral("ready")}; CHECK(c.find(f) == (QVector<qint64>{c.music})); }
    SECTION("facets combine with AND, values within one facet with OR")
    {
        f.domains = {QStringLiteral("music"), QStringLiteral("design")};
        f.countries = {QStringLiteral("PER")};
        CHECK(c.find(f) == (QVector<qint64>{c.music}));
        f.search = QStringLiteral("cine");
        CHECK(c.find(f).isEmpty());
    }
}

TEST_CASE("sorting by funding or year puts empty values last in both directions")
{
    Catalogue3 c;
    MeasureSort sort;
    sort.field = MeasureField::FundingUsd;
    CHECK(c.find({}, sort) == (QVector<qint64>{c.music, c.film, c.law}));
    sort.order = Qt::DescendingOrder;
    CHECK(c.find({}, sort) == (QVector<qint64>{c.film, c.music, c.law}));
    sort.field = MeasureField::ReportYear;
    CHECK(c.find({}, sort) == (QVector<qint64>{c.law, c.film, c.music}));
}

TEST_CASE("measures with the same amount or year are in title order, and such sorts still read only an index")
{
    TempCatalogue t;
    CatalogueAccess repository(*t.catalogue);
    const Vocabulary vocabulary = t.vocabulary();
    QHash<qint64, QString> titles;
    for (const char *title : {"Cine", "Ámbar", "Danza", "Bandas"}) { // the same year, no amount
        Measure m;
        m.title = QString::fromUtf8(title);
        m.reportYear = 2021;
        REQUIRE(repository.save(m, vocabulary).saved);
        titles.insert(m.id, m.title);
    }
    const auto titlesIn = [&](const MeasureSort &sort) {
        QStringList listed;
        for (qint64 id : MeasureQuery(*t.catalogue).find({}, sort).ids)
            listed << titles.value(id);
        return listed;
    };
    for (MeasureField field : {MeasureField::ReportYear, MeasureField::FundingUsd}) {
        MeasureSort sort;
        sort.field = field;
        CHECK(titlesIn(sort) == QStringList{QStringLiteral("Ámbar"), QStringLiteral("Bandas"), QStringLiteral("Cine"),
                                            QStringLiteral("Danza")});
        sort.order = Qt::DescendingOrder; // ties follow the direction, so one index serves both
        CHECK(titlesIn(sort) == QStringList{QStringLiteral("Danza"), QStringLiteral("Cine"), QStringLiteral("Bandas"),
                                            QStringLiteral("Ámbar")});
    }

    // The plan SQLite chooses: no temporary sort for the sorts that walk a covering index, with
    // or without facets (a sort of 100,000 measures in ~20 ms depends on it).
    MeasureFilter facets;
    facets.goals = {QStringLiteral("2")};
    facets.statuses = {QStringLiteral("ready")};
    for (MeasureField field : {MeasureField::Title, MeasureField::FundingUsd, MeasureField::ReportYear}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const MeasureFilter &filter : {MeasureFilter(), facets}) {
                MeasureSort sort;
                sort.field = field;
                sort.order = order;
                REQUIRE(MeasureFilterSql::walksCoveringIndex(sort));
                const SqlCondition where = MeasureFilterSql::where(filter, {});
                SqliteStatement plan(t.catalogue->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM measure m %1 %2")
                                                                    .arg(where.sql, MeasureFilterSql::orderBy(sort)));
                plan.bindAll(where.values);
                QString steps;
                while (plan.step())
                    steps += plan.text(3) + u'\n';
                INFO(MeasureFields::key(field).toStdString() << (order == Qt::AscendingOrder ? " asc" : " desc") << "\n"
                                                             << steps.toStdString());
                CHECK(steps.contains(QStringLiteral("COVERING INDEX")));
                CHECK_FALSE(steps.contains(QStringLiteral("TEMP B-TREE")));
            }
        }
    }
}

TEST_CASE("the table, its count and the export show the same measures in the same order for every search, facet and sort")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 1500, 7).isEmpty());
    const Vocabulary vocabulary = t.vocabulary();
    QList<MeasureFilter> filters;
    for (const char *search : {"m", "mu", "música", "cine itinerante", "zzzz", ""}) {
        MeasureFilter f;
        f.search = QString::fromUtf8(search);
        filters << f;
        f.goals = {QStringLiteral("2")};
        f.statuses = {QStringLiteral("ready")};
        filters << f;
    }
    int nonEmpty = 0;
    for (const MeasureFilter &filter : filters) {
        for (MeasureField field : {MeasureField::Title, MeasureField::FundingUsd, MeasureField::ReportYear, MeasureField::Country}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                MeasureSort sort;
                sort.field = field;
                sort.order = order;
                MeasureQuery query(*t.catalogue);
                const MeasureQuery::Result table = query.find(filter, sort);
                REQUIRE(table.ok);
                QVector<qint64> exported;
                MeasureCursor cursor(*t.catalogue, vocabulary, filter, sort, false, MeasureCursor::ReadAhead::No);
                while (cursor.next())
                    exported << cursor.measure().id;
                INFO("search \"" << filter.search.toStdString() << "\" goals " << filter.goals.size() << " by "
                                  << MeasureFields::key(field).toStdString() << (order == Qt::AscendingOrder ? " asc" : " desc"));
                CHECK_FALSE(cursor.hasError());
                CHECK(table.ids == exported);
                CHECK(query.count(filter) == table.ids.size());
                nonEmpty += table.ids.isEmpty() ? 0 : 1;
            }
        }
    }
    CHECK(nonEmpty >= 60); // the searches do find measures
}

TEST_CASE("sorting by country follows the country names of the language shown")
{
    Catalogue3 c;
    MeasureSort sort;
    sort.field = MeasureField::Country;
    sort.language = Language::English; // Colombia, Mexico, Peru
    CHECK(c.find({}, sort) == (QVector<qint64>{c.law, c.film, c.music}));
    MeasureSort every;
    for (MeasureField field : MeasureFields::all()) {
        every.field = field;
        INFO(MeasureFields::key(field).toStdString());
        CHECK(c.find({}, every).size() == 3);
    }
}

TEST_CASE("a page of rows carries every field the table shows")
{
    Catalogue3 c;
    MeasureQuery query(*c.t.catalogue);
    const auto rows = query.rows({c.music, c.film}, c.t.vocabulary());
    REQUIRE(rows.size() == 2);
    const Measure &film = rows.value(c.film);
    CHECK(film.title == u"Ámbito audiovisual: cine itinerante");
    CHECK(film.domains == (QStringList{QStringLiteral("cinema_audiovisual"), QStringLiteral("music")}));
    CHECK(film.partners.value(0).name == u"Cineteca Nacional");
    CHECK(film.goals == QStringList{QStringLiteral("2")});
    CHECK(rows.value(c.music).fundingUsdCents == 500000);
}

TEST_CASE("'needs attention' picks exactly the measures the readiness rules find lacking, and says what each lacks")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 400, 21).isEmpty());
    CatalogueAccess access(*t.catalogue);
    // A few measures made lacking in each way the report form cares about, one gap each.
    QVector<qint64> ids = access.ids();
    REQUIRE(ids.size() == 400);
    const auto edit = [&](int i, const std::function<void(Measure &)> &change) {
        Measure m = *access.load(ids[i]);
        change(m);
        REQUIRE(access.save(m).saved);
    };
    edit(0, [](Measure &m) { m.goals.clear(); m.monitoringAreas.clear(); });
    edit(1, [](Measure &m) { m.domains.clear(); });
    edit(2, [](Measure &m) { m.mainFeatures = QStringLiteral(" \n\t"); });
    edit(3, [](Measure &m) { m.expectedResults.clear(); m.resultsAchieved.clear(); });
    edit(4, [](Measure &m) { m.evaluated = QStringLiteral("unknown"); });
    edit(5, [](Measure &m) { m.fundingText.clear(); m.fundingUsdCents.reset(); });
    edit(6, [](Measure &m) { m.fundingText.clear(); m.fundingUsdCents = 100; }); // an amount is enough

    MeasureFilter lacking;
    lacking.needsAttention = true;
    const QVector<qint64> picked = access.ids(lacking);
    QVector<qint64> expected;
    for (qint64 id : access.ids()) {
        const Measure m = *access.load(id);
        if (!Readiness::gapsOf(m).isEmpty())
            expected << id;
    }
    std::sort(expected.begin(), expected.end());
    QVector<qint64> sortedPicked = picked;
    std::sort(sortedPicked.begin(), sortedPicked.end());
    CHECK(sortedPicked == expected);
    CHECK(MeasureQuery(*t.catalogue).count(lacking) == expected.size());
    CHECK(expected.size() >= 6);
    CHECK(expected.size() < 400); // some measures are ready

    CHECK(Readiness::gapsOf(*access.load(ids[0])) == QList<Readiness::Gap>{Readiness::Gap::NoGoal});
    CHECK(Readiness::gapsOf(*access.load(ids[2])).contains(Readiness::Gap::NoMainFeatures));
    CHECK(Readiness::gapsOf(*access.load(ids[5])).contains(Readiness::Gap::NoFunding));
    CHECK_FALSE(Readiness::gapsOf(*access.load(ids[6])).contains(Readiness::Gap::NoFunding));
    CHECK(Readiness::describe(*access.load(ids[1]), Language::byCode(u"es")).contains(QStringLiteral("dominio cultural")));

    // The table's column: sorted by what is missing, the most lacking first, as the rules count it;
    // and the table's rows (long texts cut short) lack exactly what the whole measures lack.
    MeasureSort byGaps;
    byGaps.field = MeasureField::Readiness;
    byGaps.order = Qt::DescendingOrder;
    const QVector<qint64> sorted = access.ids({}, byGaps);
    REQUIRE(sorted.size() == 400);
    int previous = 99;
    for (qint64 id : sorted) {
        const int gaps = int(Readiness::gapsOf(*access.load(id)).size());
        CHECK(gaps <= previous);
        previous = gaps;
    }
    const auto rows = MeasureQuery(*t.catalogue).rows(ids.mid(0, 8), t.vocabulary());
    for (qint64 id : ids.mid(0, 8))
        CHECK(Readiness::gapsOf(rows.value(id)) == Readiness::gapsOf(*access.load(id)));
}

TEST_CASE("searching for a partner's name finds the measures that name it, also after the partner is renamed")
{
    Catalogue3 c;
    CHECK(c.find(searchFor(QStringLiteral("cineteca"))) == (QVector<qint64>{c.film}));
    CHECK(c.find(searchFor(QStringLiteral("asociacion musicos"))) == (QVector<qint64>{c.music}));

    PartnerStore partners(*c.t.catalogue);
    const qint64 cineteca = partners.idOf(QStringLiteral("Cineteca Nacional"));
    REQUIRE(cineteca != 0);
    REQUIRE(partners.rename(cineteca, QStringLiteral("Filmoteca del Estado")).isEmpty());
    CHECK(c.find(searchFor(QStringLiteral("cineteca"))).isEmpty());
    CHECK(c.find(searchFor(QStringLiteral("filmoteca"))) == (QVector<qint64>{c.film}));

    // Merged into another partner: the measure is found by the name it now carries.
    const qint64 asociacion = partners.idOf(QStringLiteral("Asociación de Músicos"));
    REQUIRE(partners.merge({asociacion}, partners.idOf(QStringLiteral("Filmoteca del Estado"))).isEmpty());
    CHECK(c.find(searchFor(QStringLiteral("asociacion"))).isEmpty());
    CHECK(c.find(searchFor(QStringLiteral("filmoteca"))) == (QVector<qint64>{c.film, c.music}));
    CHECK(sqlInt(*c.t.catalogue, QStringLiteral("SELECT count(*) FROM measure_search WHERE measure_search MATCH 'filmoteca'")) == 2);
}

namespace {
// FTS5's own check that the index holds exactly what the measures' columns hold.
bool searchIndexIsWhole(const Catalogue &catalogue)
{
    SqliteStatement check(catalogue.connection(), QStringLiteral("INSERT INTO measure_search (measure_search, rank) VALUES ('integrity-check', 1)"));
    INFO(check.errorMessage().toStdString());
    return check.run();
}
} // namespace

TEST_CASE("search finds what one step wrote, and not what it replaced, deleted or took back")
{
    Catalogue3 c;
    CatalogueAccess repository(*c.t.catalogue);
    {
        // One step of many writes (a merge, an undo): an edit, a new measure, a deletion, and a
        // part begun then taken back.
        WriteTransaction step(*c.t.catalogue);
        REQUIRE(step.isActive());
        Measure law = *repository.load(c.law);
        law.title = QStringLiteral("Ley de Zanahorias");
        REQUIRE(repository.save(law).saved);
        law.mainFeatures = QStringLiteral("Segunda edición en el mismo paso.");
        REQUIRE(repository.save(law).saved);
        Measure added;
        added.title = QStringLiteral("Festival de la Berenjena");
        added.country = QStringLiteral("PER");
        REQUIRE(repository.save(added).saved);
        REQUIRE(repository.remove({c.music}).isEmpty());
        {
            WriteTransaction part(*c.t.catalogue);
            REQUIRE(part.isActive());
            Measure film = *repository.load(c.film);
            film.title = QStringLiteral("Pepino itinerante");
            REQUIRE(repository.save(film).saved);
            part.rollback();
        }
        REQUIRE(step.commit());
    }
    CHECK(c.find(searchFor(QStringLiteral("zanahorias"))) == (QVector<qint64>{c.law}));
    CHECK(c.find(searchFor(QStringLiteral("segunda edicion"))) == (QVector<qint64>{c.law}));
    CHECK(c.find(searchFor(QStringLiteral("artista"))).isEmpty()); // its old title
    CHECK(c.find(searchFor(QStringLiteral("berenjena"))).size() == 1);
    CHECK(c.find(searchFor(QStringLiteral("tradicional"))).isEmpty()); // deleted
    CHECK(c.find(searchFor(QStringLiteral("pepino"))).isEmpty());      // taken back
    CHECK(c.find(searchFor(QStringLiteral("itinerante"))) == (QVector<qint64>{c.film}));
    CHECK(searchIndexIsWhole(*c.t.catalogue));

    // A step that fails leaves the index as the rows are: as before it.
    {
        WriteTransaction failed(*c.t.catalogue);
        Measure film = *repository.load(c.film);
        film.title = QStringLiteral("Calabaza");
        REQUIRE(repository.save(film).saved);
    }
    CHECK(c.find(searchFor(QStringLiteral("calabaza"))).isEmpty());
    CHECK(c.find(searchFor(QStringLiteral("itinerante"))) == (QVector<qint64>{c.film}));
    Measure film = *repository.load(c.film);
    film.title = QStringLiteral("Cine de Calabaza");
    REQUIRE(repository.save(film).saved);
    CHECK(c.find(searchFor(QStringLiteral("calabaza"))) == (QVector<qint64>{c.film}));
    CHECK(searchIndexIsWhole(*c.t.catalogue));
}

TEST_CASE("a step of thousands of edits, part of it taken back, leaves the search finding exactly what was kept")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 3000, 11).isEmpty());
    CatalogueAccess access(*t.catalogue);
    const QVector<qint64> ids = access.ids();
    REQUIRE(ids.size() == 3000);
    const Vocabulary vocabulary = t.vocabulary();
    MeasureStore store(*t.catalogue, vocabulary);
    const auto retitle = [&](int from, int to, const QString &word) {
        for (int i = from; i < to; ++i) {
            Measure m = *access.load(ids[i]);
            m.title = word + u' ' + QString::number(i);
            REQUIRE(store.save(m, Language::English).saved);
        }
    };
    {
        WriteTransaction step(*t.catalogue);
        REQUIRE(step.isActive());
        retitle(0, 1500, QStringLiteral("Kohlrabi"));
        {
            WriteTransaction part(*t.catalogue); // more than the index waits for, inside a savepoint
            REQUIRE(part.isActive());
            retitle(1000, 2600, QStringLiteral("Pastinaca"));
            part.rollback();
        }
        retitle(2000, 2700, QStringLiteral("Romanesco")); // past the rows held back: the index takes them in now
        REQUIRE(step.commit());
    }
    MeasureQuery query(*t.catalogue);
    MeasureFilter filter;
    filter.search = QStringLiteral("kohlrabi");
    CHECK(query.count(filter) == 1500);
    filter.search = QStringLiteral("pastinaca");
    CHECK(query.count(filter) == 0);
    filter.search = QStringLiteral("romanesco");
    CHECK(query.count(filter) == 700);
    CHECK(searchIndexIsWhole(*t.catalogue));
}

TEST_CASE("search finds the texts of earlier report forms and the platform's measure id")
{
    Catalogue3 c;
    CatalogueAccess repository(*c.t.catalogue);
    Measure m = completeMeasure();
    REQUIRE(repository.save(m, c.t.vocabulary()).saved);
    for (const char *word : {"pandemia", "indigenas", "alcance", "5012", "urbana", "SDG", "Peru"}) {
        INFO(word);
        CHECK(c.find(searchFor(QString::fromUtf8(word))).contains(m.id));
    }
}

TEST_CASE("sorting by an answer of the earlier forms puts yes, then no, then not known last, in both directions")
{
    Catalogue3 c;
    CatalogueAccess repository(*c.t.catalogue);
    const auto answer = [&](qint64 id, const char *code) {
        Measure m = *repository.load(id);
        m.innovative = QString::fromLatin1(code);
        REQUIRE(repository.save(m).saved);
    };
    answer(c.music, "no");
    answer(c.law, "yes"); // the film stays not known
    MeasureSort sort;
    sort.field = MeasureField::Innovative;
    CHECK(c.find({}, sort) == (QVector<qint64>{c.law, c.music, c.film}));
    sort.order = Qt::DescendingOrder;
    CHECK(c.find({}, sort) == (QVector<qint64>{c.music, c.law, c.film}));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample catalogue (the five seed pages) and the synthetic generator.
#include "testsupport.h"

#include "catalogue/sqlitestatement.h"
#include "csv/csvexporter.h"
#include "csv/csvimporter.h"
#include "model/measurevalidator.h"
#include "query/measurequery.h"
#include "sample/measuregenerator.h"

#include <QBuffer>
#include <QRegularExpression>

namespace {

QList<Measure> allMeasures(const TempCatalogue &t)
{
    CatalogueAccess repository(*t.catalogue);
    QList<Measure> measures;
    for (qint64 id : MeasureQuery(*t.catalogue).find({}, {}).ids)
        measures << *repository.load(id);
    return measures;
}

QByteArray exportAll(const TempCatalogue &t)
{
    const Vocabulary vocabulary = t.vocabulary();
    CsvOptions options = CsvOptions::standard(Language::English);
    options.header = CsvOptions::Header::Keys;
    options.codes = true;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter(*t.catalogue, vocabulary).write(buffer, {}, {}, options).ok);
    return buffer.data();
}

} // namespace

TEST_CASE("the sample catalogue holds one measure per seed page with the facts each page gives")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QList<Measure> all = allMeasures(t);
    REQUIRE(all.size() == 5);
    QHash<QString, Measure> byTitle;
    for (const Measure &m : all)
        byTitle.insert(m.title, m);

    const Measure conecta = byTitle.value(QStringLiteral("‘CONECTA’ Meeting"));
    CHECK(conecta.country == u"PER");
    CHECK(conecta.responsibleAgencies == u"Ministry of Culture");
    CHECK(conecta.fundingUsdCents == 1178250);
    CHECK(conecta.fundingText.contains(QStringLiteral("USD 11,782.5")));
    CHECK(conecta.evaluated == u"yes");
    CHECK(conecta.evaluationConclusions.contains(QStringLiteral("transversal")));
    CHECK(conecta.domains.size() == 4);
    CHECK(conecta.domains.contains(QStringLiteral("publishing")));
    CHECK(conecta.partners == (QList<PartnerLink>{{QStringLiteral("Decentralized Directorates of Culture"), QStringLiteral("public_sector")},
                                                  {QStringLiteral("Antenor Orrego Private University (UPAO)"), QStringLiteral("private_sector")}}));
    CHECK(conecta.resultsAchieved.contains(QStringLiteral("170 people")));

    const Measure pacific = byTitle.value(QStringLiteral("Technical Group of Culture of the Pacific Alliance"));
    CHECK(pacific.responsibleAgencies == u"Ministry of Culture; Ministry of Foreign Affairs");
    CHECK(pacific.scopes == (QStringList{QStringLiteral("regional"), QStringLiteral("international")}));
    CHECK(pacific.fundingText.contains(QStringLiteral("two advisers")));
    CHECK_FALSE(pacific.fundingUsdCents);

    const Measure ibermuseos = byTitle.value(QStringLiteral("Ibermuseums Training and Capacity Building"));
    CHECK(ibermuseos.country == u"MEX");
    CHECK(ibermuseos.resultsAchieved.contains(QStringLiteral("More than 300")));
    CHECK(ibermuseos.partners.size() == 7);

    const Measure capacities = byTitle.value(QStringLiteral("Fortalecimiento de capacidades"));
    CHECK(capacities.keyObjectives.contains(QStringLiteral("capacitación")));
    CHECK(capacities.partners.value(0).typeCode == u"international_organization");

    CHECK(byTitle.contains(QStringLiteral("Interdisciplinary technical assistance of the UNESCO Office in Mexico")));
}

TEST_CASE("the sample catalogue leaves out the pages' junk")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const QString everything = QString::fromUtf8(exportAll(t));
    for (const char *junk : {"bestbonus", "eokul365", "learn more", "outdated browser", "Imagem Webnar", "Laura Iglesias",
                             "I have funding", "andtraining", "Foreing"})
        CHECK_FALSE(everything.contains(QString::fromUtf8(junk), Qt::CaseInsensitive));
    for (const Measure &m : allMeasures(t))
        CHECK(MeasureValidator::validate(m, t.vocabulary(), Language::English).isEmpty());
}

TEST_CASE("generating with the same seed gives the same catalogue, and another seed another")
{
    TempCatalogue a, b, c;
    REQUIRE(MeasureGenerator::generate(*a.catalogue, 300, 42).isEmpty());
    REQUIRE(MeasureGenerator::generate(*b.catalogue, 300, 42).isEmpty());
    REQUIRE(MeasureGenerator::generate(*c.catalogue, 300, 43).isEmpty());
    CHECK(exportAll(a) == exportAll(b));
    CHECK(exportAll(a) != exportAll(c));
}

TEST_CASE("generated measures are valid, bilingual, accented, and share partners")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 400, 5).isEmpty());
    const Vocabulary vocabulary = t.vocabulary();
    const QList<Measure> all = allMeasures(t);
    REQUIRE(all.size() == 400);
    int spanish = 0, withPartners = 0;
    for (const Measure &m : all) {
        INFO(m.title.toStdString());
        CHECK(MeasureValidator::validate(m, vocabulary, Language::English).isEmpty());
        for (const QString &goal : vocabulary.goalsOfAreas(m.monitoringAreas))
            CHECK(m.goals.contains(goal)); // every area's goal is recorded
        CHECK_FALSE(m.domains.isEmpty());
        spanish += m.title.contains(QRegularExpression(QStringLiteral("[áéíóúñ]"))) || m.keyObjectives.contains(QStringLiteral("ción"));
        withPartners += m.partners.isEmpty() ? 0 : 1;
    }
    CHECK(spanish > 100);
    CHECK(spanish < 300);
    CHECK(withPartners > 200);
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM measure_partner"))
          > 2 * sqlInt(*t.catalogue, QStringLiteral("SELECT count(DISTINCT partner_id) FROM measure_partner"))); // partners are reused
}

TEST_CASE("a bulk write into a small catalogue builds its indexes at the end, and leaves every one of them as it was")
{
    const auto indexes = [](const Catalogue &catalogue) {
        QStringList statements;
        SqliteStatement query(catalogue.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                                                     "AND sql IS NOT NULL ORDER BY name"));
        while (query.step())
            statements << query.text(0);
        return statements;
    };
    const auto rootPage = [](const Catalogue &catalogue) {
        return sqlInt(catalogue, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'measure_by_title'"));
    };
    TempCatalogue t;
    const QStringList before = indexes(*t.catalogue);
    REQUIRE(before.size() >= 7);
    const qint64 rootBefore = rootPage(*t.catalogue);
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 3000, 5).isEmpty());
    CHECK(indexes(*t.catalogue) == before);
    CHECK(rootPage(*t.catalogue) != rootBefore); // it was dropped and built again
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM measure")) == 3000);
    // Each index holds every row (an index rebuilt from nothing would show a mismatch here).
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM measure INDEXED BY measure_by_funding")) == 3000);
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM measure_term INDEXED BY measure_term_by_code")) ==
          sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM measure_term")));
    CHECK_FALSE(Catalogue::probe(t.path, true).isError()); // quick_check included

    // An import larger than the catalogue takes the same path, and the same care.
    TempCatalogue other;
    REQUIRE(MeasureGenerator::generate(*other.catalogue, 5200, 9).isEmpty());
    const QString csv = other.file(QStringLiteral("all.csv"));
    REQUIRE(CsvExporter(*other.catalogue, other.vocabulary()).writeFile(csv, {}, {}, keysAndCodes()).ok);
    TempCatalogue small(TempCatalogue::Content::Sample);
    const qint64 smallRoot = rootPage(*small.catalogue);
    const CsvImporter::Plan plan = importFile(*small.catalogue, csv);
    INFO(plan.problems.join(u'\n').toStdString() << plan.failure.toStdString());
    REQUIRE(plan.ok);
    CHECK(plan.added == 5200);
    CHECK(indexes(*small.catalogue) == before);
    CHECK(rootPage(*small.catalogue) != smallRoot);
    CHECK(sqlInt(*small.catalogue, QStringLiteral("SELECT count(*) FROM measure INDEXED BY measure_by_year")) == 5205);
    CHECK_FALSE(Catalogue::probe(small.path, true).isError());
}

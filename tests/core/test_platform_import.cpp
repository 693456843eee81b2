// SPDX-License-Identifier: GPL-3.0-or-later
// Starting from the last report: the Policy Monitoring Platform's export comes in whole, in any of
// the site's three languages, and a newer export updates what came in before.
#include "testsupport.h"

#include "merge/duplicatemerge.h"
#include "merge/merge.h"
#include "query/revisionquery.h"

#include <QFile>

#include "platform/platformcolumns.h"
#include "platform/platformfunding.h"
#include "query/measurequery.h"
#include "sample/platformexport.h"
#include "store/partnerstore.h"

#include <QRegularExpression>

namespace {

using C = PlatformColumn;
using Site = PlatformColumns::SiteLanguage;
using Cells = QHash<PlatformColumn, QString>;

// The header exactly as it was seen in an export of the English site.
const char *const kEnglishHeader =
    "Unique ID Measure,Unique ID Report,Year of Periodic Report,Country,Measure,Editorialized title,SDGs,Areas of Monitoring,"
    "Special Categories,Cultural Domains,Full URL,Canonical URL,Innovative,b. Key objectives of the measure,c. What is,"
    "c.1. the scope of the measure,c.2. the nature of the measure,c.3. the main feature of the measure,Context of the measure,"
    "Cultural Value Chain,d. Does it specifically target individuals and/or social groups as defined in Article 7 of the "
    "Convention?,Does it specifically target young people?,Does this measure/initiative receive or has it received "
    "International Fund for Cultural Diversity (IFCD) funding?,e. What are the results expected through the implementation "
    "of the measure?,f.1 Name of agency responsible for the implementation of the measure,f.2 Financial resources allocated "
    "to implement the measure,h. Was this measure introduced or revised in order to,h.1. Implement the provisions of the "
    "Convention?,h.2. Support/nurture policy discussion inspired by the Convention?,h.3. Other reasons unrelated to the "
    "Convention?,i. Has the implementation of the measure been evaluated?,i.1 At what level the evaluation was conducted?,"
    "i.2 What were the main conclusions?,i.3 Which indicators were used to determine impact?,List targeted individual/social "
    "groups,Partner(s) engaged in the implementation of the measure,Special Categories,Website";

QByteArray quoted(const QString &cell)
{
    QString text = cell;
    return '"' + text.replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

// An export of `rows`: the header in the site's language, in the export's order or reversed
// (columns may come in any order); the second Special Categories cell from `secondCategories`.
QByteArray exportOf(Site site, const QList<Cells> &rows, bool reversed = false, const QStringList &secondCategories = {})
{
    QList<PlatformColumn> order = PlatformColumns::exportOrder();
    QStringList header;
    if (site == Site::English)
        header = QString::fromUtf8(kEnglishHeader).split(u',');
    else
        for (PlatformColumn column : order)
            header << PlatformColumns::header(column, site);
    REQUIRE(header.size() == order.size());
    QList<int> positions;
    for (int i = 0; i < order.size(); ++i)
        positions << (reversed ? int(order.size()) - 1 - i : i);
    QByteArray out;
    QStringList cells;
    for (int p : positions)
        cells << header.at(p);
    for (const QString &cell : cells)
        out += quoted(cell) + (&cell == &cells.last() ? "\r\n" : ",");
    for (int r = 0; r < rows.size(); ++r) {
        cells.clear();
        for (int p : positions) {
            const bool second = order.at(p) == C::SpecialCategories && order.indexOf(C::SpecialCategories) != p;
            cells << (second ? secondCategories.value(r) : rows.at(r).value(order.at(p)));
        }
        for (const QString &cell : cells)
            out += quoted(cell) + (&cell == &cells.last() ? "\r\n" : ",");
    }
    return out;
}

CsvImporter::Plan importBytes(TempCatalogue &t, const QByteArray &bytes, const QString &name = QStringLiteral("platform.csv"))
{
    const QString path = t.file(name);
    writeBytes(path, bytes);
    return importFile(*t.catalogue, path, false, name);
}

Measure byPlatformId(TempCatalogue &t, const QString &id)
{
    MeasureQuery query(*t.catalogue);
    const std::optional<Measure> m = query.loadByPlatformId(id);
    REQUIRE(m);
    return *m;
}

// Every field a user edits, compared one by one: a difference names the field.
void checkEveryField(const Measure &actual, const Measure &expected)
{
    for (MeasureField field : MeasureFields::contentFields()) {
        INFO("field " << MeasureFields::key(field).toStdString());
        CHECK(MeasureFields::same(actual, expected, field));
    }
}

Measure expectedOf(const QString &id)
{
    Measure m;
    m.platformMeasureId = id;
    return m;
}

} // namespace

TEST_CASE("the platform's export from the English site comes in with every column in its field")
{
    TempCatalogue t;
    // A partner the catalogue already knows keeps its type, and its name keeps its comma.
    Measure known;
    known.title = QStringLiteral("Earlier measure");
    known.partners = {{QStringLiteral("Ministry of Culture, Sports and Tourism"), QStringLiteral("public_sector")}};
    REQUIRE(CatalogueAccess(*t.catalogue).save(known).saved);

    Cells fund;
    fund[C::MeasureId] = QStringLiteral("2301");
    fund[C::ReportId] = QStringLiteral("451");
    fund[C::ReportYear] = QStringLiteral("2020");
    fund[C::Country] = QStringLiteral("Norway");
    fund[C::Title] = QStringLiteral("Arts Council Norway's project grants");
    fund[C::PlatformTitle] = QStringLiteral("Norway funds \"new\" art");
    fund[C::Sdgs] = QStringLiteral("SDG 8, SDG 10");
    fund[C::Areas] = QStringLiteral("Cultural and creative sectors, Sustainable systems of governance for culture");
    fund[C::SpecialCategories] = QStringLiteral("Youth");
    fund[C::Domains] = QStringLiteral("Music, Performing arts, Multi-domain");
    fund[C::FullUrl] = QStringLiteral("https://www.unesco.org/creativity/en/policy-monitoring-platform/project-grants");
    fund[C::CanonicalUrl] = QStringLiteral("https://www.unesco.org/creativity/en/node/2301");
    fund[C::Innovative] = QStringLiteral("Yes");
    fund[C::KeyObjectives] = QStringLiteral("Support artists, ensembles and \"new\" works.");
    fund[C::Scope] = QStringLiteral("Regional, International");
    fund[C::Nature] = QStringLiteral("financial");
    fund[C::MainFeatures] = QStringLiteral("Grants;\nresidencies abroad");
    fund[C::Context] = QStringLiteral("A white paper on culture (2018).");
    fund[C::ValueChain] = QStringLiteral("Creation, Production");
    fund[C::TargetsArticle7] = QStringLiteral("Yes");
    fund[C::TargetsYoungPeople] = QStringLiteral("No");
    fund[C::IfcdFunding] = QStringLiteral("No");
    fund[C::ExpectedResults] = QStringLiteral("More works by Sámi artists.");
    fund[C::Agencies] = QStringLiteral("Arts Council Norway");
    fund[C::Funding] = QStringLiteral("USD 11,782.5 (2019)");
    fund[C::ReasonConvention] = QStringLiteral("Yes");
    fund[C::ReasonPolicyDiscussion] = QStringLiteral("No");
    fund[C::Evaluated] = QStringLiteral("Yes");
    fund[C::EvaluationLevel] = QStringLiteral("National");
    fund[C::Conclusions] = QStringLiteral("Reach beyond Oslo.");
    fund[C::Indicators] = QStringLiteral("Number of grants, audiences");
    fund[C::TargetedGroups] = QStringLiteral("Women, minorities");
    fund[C::Partners] = QStringLiteral("Norsk kulturråd, Ministry of Culture, Sports and Tourism");
    fund[C::Website] = QStringLiteral("https://www.kulturradet.no");

    Cells law;
    law[C::MeasureId] = QStringLiteral("2302");
    law[C::Country] = QStringLiteral("Peru");
    law[C::Title] = QStringLiteral("Ley de cine");
    law[C::Domains] = QStringLiteral("Cinema / Audiovisual arts, Urban music");
    law[C::Areas] = QStringLiteral("Gender equality");
    law[C::Funding] = QStringLiteral("Not applicable.");
    law[C::Evaluated] = QStringLiteral("No");
    law[C::ReasonOther] = QStringLiteral("To please the public");
    law[C::Website] = QStringLiteral("www.cine.pe");

    const CsvImporter::Plan plan = importBytes(t, exportOf(Site::English, {fund, law}, false, {QStringLiteral("Gender"), QString()}));
    INFO(plan.problems.join(u'\n').toStdString());
    REQUIRE(plan.ok);
    CHECK(plan.platform);
    CHECK(plan.added == 2);

    Measure a = expectedOf(QStringLiteral("2301"));
    a.platformReportId = QStringLiteral("451");
    a.reportYear = 2020;
    a.country = QStringLiteral("NOR");
    a.title = fund[C::Title];
    a.platformTitle = fund[C::PlatformTitle];
    a.sdgs = fund[C::Sdgs];
    a.monitoringAreas = {QStringLiteral("cultural_creative_sectors")};
    a.goals = {QStringLiteral("1")};
    a.specialCategories = QStringLiteral("Youth; Gender"); // both Special Categories columns
    a.domains = {QStringLiteral("music"), QStringLiteral("performing_arts"), QStringLiteral("multidomain")};
    a.platformUrl = fund[C::FullUrl];
    a.platformCanonicalUrl = fund[C::CanonicalUrl];
    a.innovative = QStringLiteral("yes");
    a.keyObjectives = fund[C::KeyObjectives];
    a.scopes = {QStringLiteral("regional"), QStringLiteral("international")};
    a.natures = {QStringLiteral("financial")};
    a.mainFeatures = fund[C::MainFeatures];
    a.context = fund[C::Context];
    a.valueChain = {QStringLiteral("creation"), QStringLiteral("production")};
    a.targetsArticle7 = QStringLiteral("yes");
    a.targetsYoungPeople = QStringLiteral("no");
    a.ifcdFunding = QStringLiteral("no");
    a.expectedResults = fund[C::ExpectedResults];
    a.responsibleAgencies = fund[C::Agencies];
    a.fundingText = fund[C::Funding];
    a.fundingUsdCents = 1178250;
    a.reasonConvention = QStringLiteral("yes");
    a.reasonPolicyDiscussion = QStringLiteral("no");
    a.evaluated = QStringLiteral("yes");
    a.evaluationLevel = QStringLiteral("National");
    a.evaluationConclusions = fund[C::Conclusions];
    a.evaluationIndicators = fund[C::Indicators];
    a.targetedGroups = fund[C::TargetedGroups];
    a.partners = {{QStringLiteral("Norsk kulturråd"), QStringLiteral("not_stated")},
                  {QStringLiteral("Ministry of Culture, Sports and Tourism"), QStringLiteral("public_sector")}};
    a.website = fund[C::Website];
    checkEveryField(byPlatformId(t, QStringLiteral("2301")), a);

    Measure b = expectedOf(QStringLiteral("2302"));
    b.country = QStringLiteral("PER");
    b.title = QStringLiteral("Ley de cine");
    b.domains = {QStringLiteral("cinema_audiovisual")};
    b.monitoringAreas = {QStringLiteral("gender_equality")};
    b.goals = {QStringLiteral("4")}; // the area's goal
    b.fundingText = QStringLiteral("Not applicable.");
    b.evaluated = QStringLiteral("no");
    b.keptAsWritten = QStringLiteral("Cultural Domains: Urban music\nh.3. Other reasons unrelated to the Convention?: To please the public\n"
                                     "Website: www.cine.pe");
    checkEveryField(byPlatformId(t, QStringLiteral("2302")), b);

    // Each value kept as text is listed with its place (the line where its row starts: the first
    // row takes two lines), and counted in the summary.
    INFO(plan.kept.join(u'\n').toStdString());
    CHECK(plan.keptCount == 3);
    CHECK(plan.kept.filter(QRegularExpression(QStringLiteral("^platform.csv:4:10: “Urban music” is not a value of Cultural domains"))).size() == 1);
    CHECK(plan.kept.filter(QRegularExpression(QStringLiteral("^platform.csv:4:30: “To please the public”"))).size() == 1);
    CHECK(plan.kept.filter(QRegularExpression(QStringLiteral("^platform.csv:4:38: “www.cine.pe” is not a web address"))).size() == 1);
    CHECK(plan.notes().filter(QStringLiteral("platform.csv:4:10:")).size() == 1);
    CHECK(plan.summary().contains(QStringLiteral("3 values matched none of the catalogue's terms")));
}

TEST_CASE("the French and Spanish sites' exports come in too, their columns in any order, with the labels' variants")
{
    TempCatalogue t;
    Cells fr;
    fr[C::MeasureId] = QStringLiteral("3100");
    fr[C::ReportYear] = QStringLiteral("2016");
    fr[C::Country] = QStringLiteral("Côte d'Ivoire");
    fr[C::Title] = QStringLiteral("Fonds de soutien à l'édition");
    fr[C::Areas] = QStringLiteral("Égalité des genres, Droits de l'homme et libertés fondamentales, Secteurs culturels et créatifs");
    fr[C::Domains] = QStringLiteral("Cinéma / Arts audiovisuels, Édition, Musique urbaine");
    fr[C::Scope] = QStringLiteral("National");
    fr[C::Nature] = QStringLiteral("regulatory");
    fr[C::ValueChain] = QStringLiteral("Création, Accès");
    fr[C::Funding] = QStringLiteral("1 200 000 USD par an");
    fr[C::Innovative] = QStringLiteral("No");
    fr[C::TargetsYoungPeople] = QStringLiteral("Yes");
    fr[C::Context] = QStringLiteral("Après la crise, « relancer » la lecture.");
    fr[C::Partners] = QStringLiteral("Institut français");
    Cells frSecond;
    frSecond[C::MeasureId] = QStringLiteral("3101");
    frSecond[C::Country] = QStringLiteral("Norvège");
    frSecond[C::Title] = QStringLiteral("Musique pour tous");
    frSecond[C::Domains] = QStringLiteral("Multidomaine, Arts de la scène");

    Cells es;
    es[C::MeasureId] = QStringLiteral("4200");
    es[C::ReportYear] = QStringLiteral("2024");
    es[C::Country] = QStringLiteral("Perú");
    es[C::Title] = QStringLiteral("Puntos de Cultura");
    es[C::Areas] = QStringLiteral("Sistemas sostenibles de gobernanza de la cultura, Diversidad de los medios");
    es[C::Domains] = QStringLiteral("Cine / Artes audiovisuales, Música, Las artes escénicas, Multi-dominio");
    es[C::Scope] = QStringLiteral("Local, National");
    es[C::Nature] = QStringLiteral("institutional");
    es[C::ValueChain] = QStringLiteral("Creación, Participación");
    es[C::Funding] = QStringLiteral("PEN 6 millones (aprox. USD 1.8 million)");
    es[C::Evaluated] = QStringLiteral("Yes");
    es[C::Conclusions] = QStringLiteral("Ampliar la cobertura rural.");
    es[C::Partners] = QStringLiteral("Red de Puntos de Cultura, Ministerio de Cultura");
    es[C::TargetedGroups] = QStringLiteral("Jóvenes; pueblos indígenas");
    Cells esSecond;
    esSecond[C::MeasureId] = QStringLiteral("4201");
    esSecond[C::Country] = QStringLiteral("Noruega");
    esSecond[C::Title] = QStringLiteral("Fondo de música");
    esSecond[C::Funding] = QStringLiteral("US$ 150.000");

    const CsvImporter::Plan french = importBytes(t, exportOf(Site::French, {fr, frSecond}), QStringLiteral("fr.csv"));
    INFO(french.problems.join(u'\n').toStdString());
    REQUIRE(french.ok);
    const CsvImporter::Plan spanish = importBytes(t, exportOf(Site::Spanish, {es, esSecond}, true), QStringLiteral("es.csv"));
    INFO(spanish.problems.join(u'\n').toStdString());
    REQUIRE(spanish.ok);
    CHECK((french.platform && spanish.platform));

    Measure a = expectedOf(QStringLiteral("3100"));
    a.reportYear = 2016;
    a.country = QStringLiteral("CIV");
    a.title = fr[C::Title];
    a.monitoringAreas = {QStringLiteral("cultural_creative_sectors"), QStringLiteral("gender_equality")};
    a.goals = {QStringLiteral("1"), QStringLiteral("4")};
    a.domains = {QStringLiteral("cinema_audiovisual"), QStringLiteral("publishing")};
    a.scopes = {QStringLiteral("national")};
    a.natures = {QStringLiteral("regulatory")};
    a.valueChain = {QStringLiteral("creation"), QStringLiteral("access")};
    a.fundingText = fr[C::Funding];
    a.fundingUsdCents = 120000000;
    a.innovative = QStringLiteral("no");
    a.targetsYoungPeople = QStringLiteral("yes");
    a.context = fr[C::Context];
    a.partners = {{QStringLiteral("Institut français"), QStringLiteral("not_stated")}};
    a.keptAsWritten = QStringLiteral("Domaines culturels: Musique urbaine");
    checkEveryField(byPlatformId(t, QStringLiteral("3100")), a);

    Measure b = expectedOf(QStringLiteral("3101"));
    b.country = QStringLiteral("NOR");
    b.title = frSecond[C::Title];
    b.domains = {QStringLiteral("performing_arts"), QStringLiteral("multidomain")};
    checkEveryField(byPlatformId(t, QStringLiteral("3101")), b);

    Measure c = expectedOf(QStringLiteral("4200"));
    c.reportYear = 2024;
    c.country = QStringLiteral("PER");
    c.title = es[C::Title];
    c.monitoringAreas = {QStringLiteral("media_diversity")};
    c.goals = {QStringLiteral("1")};
    c.domains = {QStringLiteral("cinema_audiovisual"), QStringLiteral("music"), QStringLiteral("performing_arts"), QStringLiteral("multidomain")};
    c.scopes = {QStringLiteral("local"), QStringLiteral("national")};
    c.natures = {QStringLiteral("institutional")};
    c.valueChain = {QStringLiteral("creation"), QStringLiteral("participation")};
    c.fundingText = es[C::Funding];
    c.fundingUsdCents = 180000000;
    c.evaluated = QStringLiteral("yes");
    c.evaluationConclusions = es[C::Conclusions];
    c.targetedGroups = es[C::TargetedGroups];
    c.partners = {{QStringLiteral("Red de Puntos de Cultura"), QStringLiteral("not_stated")},
                  {QStringLiteral("Ministerio de Cultura"), QStringLiteral("not_stated")}};
    checkEveryField(byPlatformId(t, QStringLiteral("4200")), c);

    Measure d = expectedOf(QStringLiteral("4201"));
    d.country = QStringLiteral("NOR");
    d.title = esSecond[C::Title];
    d.fundingText = esSecond[C::Funding];
    d.fundingUsdCents = 15000000;
    checkEveryField(byPlatformId(t, QStringLiteral("4201")), d);

    // Partners and the new texts are found by the search box.
    MeasureFilter search;
    search.search = QStringLiteral("puntos cultura red");
    CHECK(MeasureQuery(*t.catalogue).count(search) == 1);
    search.search = QStringLiteral("institut");
    CHECK(MeasureQuery(*t.catalogue).count(search) == 1);
}

TEST_CASE("a newer export of the same view updates those measures, says what changed, and keeps what the analyst added or corrected")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("5012");
    row[C::Country] = QStringLiteral("Peru");
    row[C::Title] = QStringLiteral("Música en Acción");
    row[C::Domains] = QStringLiteral("Music");
    row[C::ExpectedResults] = QStringLiteral("3,000 young people trained.");
    row[C::Areas] = QStringLiteral("Cultural and creative sectors");
    row[C::Funding] = QStringLiteral("EUR 40,000");
    row[C::Partners] = QStringLiteral("Sinfonía por el Perú");
    Cells other;
    other[C::MeasureId] = QStringLiteral("5013");
    other[C::Title] = QStringLiteral("Ley del Libro");
    other[C::Country] = QStringLiteral("Perou (Republique du)"); // a name no list knows: kept as written
    REQUIRE(importBytes(t, exportOf(Site::English, {row, other})).ok);
    const Measure first = byPlatformId(t, QStringLiteral("5012"));
    REQUIRE(byPlatformId(t, QStringLiteral("5013")).country.isEmpty());

    // The analyst completes and corrects what the platform holds.
    Measure edited = first;
    edited.resultsAchieved = QStringLiteral("2,450 trained by 2024.");
    edited.status = QStringLiteral("ready");
    edited.goals << QStringLiteral("3");                      // a goal no area of the export implies
    edited.fundingUsdCents = 4350000;                         // the EUR amount, in dollars
    edited.partners << PartnerLink{QStringLiteral("Banco de Crédito"), QStringLiteral("private_sector")};
    REQUIRE(CatalogueAccess(*t.catalogue).save(edited).saved);
    Measure law = byPlatformId(t, QStringLiteral("5013"));
    law.country = QStringLiteral("PER");                      // the country the import could not read
    REQUIRE(CatalogueAccess(*t.catalogue).save(law).saved);

    row[C::ExpectedResults] = QStringLiteral("4,000 young people trained.");
    row[C::Domains] = QStringLiteral("Music, Performing arts");
    const CsvImporter::Plan plan = importBytes(t, exportOf(Site::English, {row, other}), QStringLiteral("newer.csv"));
    INFO(plan.problems.join(u'\n').toStdString());
    REQUIRE(plan.ok);
    CHECK(plan.added == 0);
    CHECK(plan.updated == 1);
    CHECK(plan.unchanged == 1);
    CHECK(plan.notes().contains(QStringLiteral("newer.csv:2: “Música en Acción” is updated: Expected results, Cultural domains.")));
    CHECK(MeasureQuery(*t.catalogue).total() == 2);

    const Measure after = byPlatformId(t, QStringLiteral("5012"));
    CHECK(after.uuid == first.uuid);
    CHECK(after.expectedResults == row[C::ExpectedResults]);
    CHECK(after.domains == (QStringList{QStringLiteral("music"), QStringLiteral("performing_arts")}));
    CHECK(after.resultsAchieved == edited.resultsAchieved);
    CHECK(after.status == QStringLiteral("ready"));
    CHECK(after.goals == (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    CHECK(after.fundingUsdCents == 4350000);
    CHECK(after.partners.size() == 2);
    CHECK(byPlatformId(t, QStringLiteral("5013")).country == QStringLiteral("PER"));

    // A newer export that states an amount in USD, and a country it names well, does set them.
    row[C::Funding] = QStringLiteral("USD 45,000");
    other[C::Country] = QStringLiteral("Chile");
    const CsvImporter::Plan newest = importBytes(t, exportOf(Site::English, {row, other}), QStringLiteral("newest.csv"));
    REQUIRE(newest.updated == 2);
    CHECK(newest.otherCountry == 1);
    CHECK(newest.summary().contains(QStringLiteral("1 of the rows updated moves a measure to another country")));
    // A measure that changes country under the same id is pointed out: perhaps another view's export.
    CHECK(newest.notes().contains(QStringLiteral("newest.csv:3: “Ley del Libro” has the measure ID of a measure of Peru in the catalogue: "
                                                 "check that this file is a newer export of the same view before importing it.")));
    CHECK(byPlatformId(t, QStringLiteral("5012")).fundingUsdCents == 4500000);
    CHECK(byPlatformId(t, QStringLiteral("5013")).country == QStringLiteral("CHL"));

    // The same file again changes nothing.
    const CsvImporter::Plan again = importBytes(t, exportOf(Site::English, {row, other}), QStringLiteral("newest.csv"));
    CHECK((again.ok && again.updated == 0 && again.unchanged == 2));
}

TEST_CASE("a platform file with missing columns, broken quoting, ragged rows, repeated ids or a wrong encoding is refused with its place, and nothing is written")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("7001");
    row[C::Title] = QStringLiteral("Fondo de Música");
    row[C::Country] = QStringLiteral("Chile");
    const QByteArray good = exportOf(Site::Spanish, {row});

    // Without the measure id or the title column.
    QByteArray noId = exportOf(Site::English, {row});
    noId.replace("\"Unique ID Measure\"", "\"Identifier of something\"");
    CsvImporter::Plan plan = importBytes(t, noId);
    CHECK_FALSE(plan.ok);
    CHECK(plan.problems.filter(QStringLiteral("platform.csv:1:1: This file looks like an export of the Policy Monitoring Platform, but it has "
                                              "no “Unique ID Measure” column")).size() == 1);
    QByteArray noTitle = exportOf(Site::English, {row});
    noTitle.replace("\"Measure\",", "\"Measure name\",");
    plan = importBytes(t, noTitle);
    CHECK(plan.problems.filter(QStringLiteral("no “Measure” column")).size() == 1);

    // A quote never closed, and a row with a field too few.
    QByteArray broken = good;
    broken.replace("\"Fondo de Música\"", "\"Fondo de Música");
    plan = importBytes(t, broken);
    CHECK(plan.problems.filter(QRegularExpression(QStringLiteral("^platform.csv:2:\\d+: A quoted field that starts on line 2 is never closed"))).size() == 1);
    QByteArray ragged = good.left(good.lastIndexOf(',')) + "\r\n";
    plan = importBytes(t, ragged);
    CHECK(plan.problems.filter(QRegularExpression(QStringLiteral("^platform.csv:2:38: This row has 37 fields but the header has 38"))).size() == 1);

    // An empty or repeated measure id.
    Cells noIdCell = row;
    noIdCell[C::MeasureId] = QString();
    plan = importBytes(t, exportOf(Site::Spanish, {row, noIdCell, row}));
    CHECK(plan.problems.filter(QStringLiteral("platform.csv:3:1: This row has no measure ID")).size() == 1);
    CHECK(plan.problems.filter(QStringLiteral("platform.csv:4:1: The measure ID 7001 already appears on line 2")).size() == 1);

    // Bytes that are neither UTF-8 nor Windows-1252.
    Cells plain = row;
    plain[C::Title] = QStringLiteral("Fondo de Musica");
    QByteArray undefined = exportOf(Site::English, {plain});
    undefined.replace("Fondo de Musica", "Fondo de M\x81sica");
    plan = importBytes(t, undefined);
    CHECK(plan.problems.filter(QStringLiteral("platform.csv:2:5: The text is neither UTF-8 nor Windows-1252")).size() == 1);
    // UTF-8 accents beside a Windows-1252 byte: which one is meant cannot be told.
    QByteArray mixed = good;
    mixed.replace("Chile", "Chil\xe9");
    plan = importBytes(t, mixed);
    CHECK(plan.problems.filter(QStringLiteral("The file mixes UTF-8 and Windows-1252 text")).size() == 1);

    CHECK(MeasureQuery(*t.catalogue).total() == 0);
}

TEST_CASE("a platform export saved by Excel on Windows (Windows-1252) comes in with the same accents as the UTF-8 one")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("8001");
    row[C::Title] = QStringLiteral("Fondo para la creación – “Música en Acción”");
    row[C::Country] = QStringLiteral("Perú");
    row[C::Domains] = QStringLiteral("Música, Las artes escénicas");
    const QByteArray utf8 = exportOf(Site::Spanish, {row});
    QByteArray windows;
    for (QChar c : QString::fromUtf8(utf8)) { // the few characters the test uses beyond Latin-1
        if (c == QChar(0x2013))
            windows += '\x96';
        else if (c == QChar(0x201C))
            windows += '\x93';
        else if (c == QChar(0x201D))
            windows += '\x94';
        else {
            REQUIRE(c.unicode() < 0x100);
            windows += char(c.unicode());
        }
    }
    const CsvImporter::Plan plan = importBytes(t, windows);
    INFO(plan.problems.join(u'\n').toStdString());
    REQUIRE(plan.ok);
    CHECK(plan.summary().contains(QStringLiteral("read as Windows-1252")));
    const Measure m = byPlatformId(t, QStringLiteral("8001"));
    CHECK(m.title == row[C::Title]);
    CHECK(m.country == QStringLiteral("PER"));
    CHECK(m.domains == (QStringList{QStringLiteral("music"), QStringLiteral("performing_arts")}));
    CHECK(importBytes(t, utf8, QStringLiteral("utf8.csv")).unchanged == 1); // the same measure, read the same
}

TEST_CASE("an amount in US dollars is read from the funding text in the ways reports write it, and nothing else is")
{
    const struct {
        const char *text;
        std::optional<qint64> cents;
    } cases[] = {
        {"USD 11,782.5 (2019)", 1178250},
        {"CAD 2.5 million (or USD 1.8 million)", 180000000},
        {"1 200 000 USD par an", 120000000},
        {"US$ 150.000", 15000000},
        {"USD 1,500", 150000},
        {"5.000,50 dólares estadounidenses", 500050},
        {"USD 1.250 million", 125000000},
        {"Budget 2019 150 000 USD", 15000000},
        {"Not applicable.", std::nullopt},
        {"USD 1.2 billion", std::nullopt}, // a scale not read is no amount, rather than a wrong one
        {"USD 2.5 bn", std::nullopt},
        {"USD 500 mil", std::nullopt},
        {"USD 45k", std::nullopt},
        {"2.000.000 dólares canadienses", std::nullopt},
        {"5,000 dollars used", std::nullopt},
        {"EUR 40,000", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto &c : cases) {
        INFO(c.text);
        CHECK(PlatformFunding::usdCents(QString::fromUtf8(c.text)) == c.cents);
    }
}

TEST_CASE("generated platform exports in each site language import whole, and again without a change")
{
    for (Site site : {Site::English, Site::French, Site::Spanish}) {
        TempCatalogue t;
        const QByteArray bytes = PlatformExport::generate(300, 7 + int(site), site);
        CsvImporter::Plan plan = importBytes(t, bytes);
        INFO(plan.problems.join(u'\n').toStdString());
        REQUIRE(plan.ok);
        CHECK(plan.added == 300);
        // Unknown labels are the generator's deliberate few, and every one is listed.
        CHECK(plan.keptCount == plan.kept.size());
        CHECK(plan.keptCount < 30);
        for (const QString &kept : plan.kept)
            CHECK(QRegularExpression(QStringLiteral("^platform.csv:\\d+:10: “(Urban music|Gastronomy|Musique urbaine|Gastronomie|Música urbana|Gastronomía)”"))
                      .match(kept)
                      .hasMatch());
        plan = importBytes(t, bytes);
        CHECK((plan.ok && plan.unchanged == 300 && plan.updated == 0 && plan.added == 0));
    }
}

TEST_CASE("importing the same export again leaves the analyst's edits, and a newer one changes only what the platform changed")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("6100");
    row[C::Country] = QStringLiteral("Peru");
    row[C::Title] = QStringLiteral("Puntos de Cultura");
    row[C::ExpectedResults] = QStringLiteral("1,000 points.");
    row[C::Context] = QStringLiteral("A law of 2016.");
    REQUIRE(importBytes(t, exportOf(Site::English, {row})).ok);

    Measure edited = byPlatformId(t, QStringLiteral("6100"));
    edited.title = QStringLiteral("Programa Puntos de Cultura");
    edited.context = QStringLiteral("Ley 30487 (2016).");
    REQUIRE(CatalogueAccess(*t.catalogue).save(edited).saved);

    CsvImporter::Plan again = importBytes(t, exportOf(Site::English, {row}));
    CHECK((again.ok && again.unchanged == 1 && again.updated == 0));
    CHECK(byPlatformId(t, QStringLiteral("6100")).title == edited.title);
    CHECK(byPlatformId(t, QStringLiteral("6100")).context == edited.context);

    row[C::ExpectedResults] = QStringLiteral("1,500 points.");
    const CsvImporter::Plan newer = importBytes(t, exportOf(Site::English, {row}), QStringLiteral("newer.csv"));
    CHECK(newer.updated == 1);
    CHECK(newer.notes().contains(QStringLiteral("newer.csv:2: “Programa Puntos de Cultura” is updated: Expected results.")));
    const Measure after = byPlatformId(t, QStringLiteral("6100"));
    CHECK(after.expectedResults == row[C::ExpectedResults]);
    CHECK(after.title == edited.title);
    CHECK(after.context == edited.context);
}

TEST_CASE("a measure of the export deleted here is listed as deleted, and imported again comes back as itself, its history going on")
{
    TempCatalogue t;
    t.catalogue->setAuthor(QStringLiteral("Lucía"));
    Cells row;
    row[C::MeasureId] = QStringLiteral("6100");
    row[C::Country] = QStringLiteral("Peru");
    row[C::Title] = QStringLiteral("Puntos de Cultura");
    REQUIRE(importBytes(t, exportOf(Site::English, {row})).ok);
    const Measure imported = byPlatformId(t, QStringLiteral("6100"));
    REQUIRE(CatalogueAccess(*t.catalogue).remove({imported.id}).isEmpty());
    const QString deletion = RevisionQuery(*t.catalogue).deletionOf(imported.uuid)->id;

    const CsvImporter::Plan again = importBytes(t, exportOf(Site::English, {row}), QStringLiteral("again.csv"));
    REQUIRE(again.ok);
    CHECK(again.added == 1);
    CHECK(again.restored == 1);
    REQUIRE(again.changes.size() == 1);
    CHECK(again.changes.first().deletedBy == u"Lucía");
    CHECK(again.changes.first().deletedAt.isValid());
    CHECK(again.notes().first().contains(QStringLiteral("again.csv:2: “Puntos de Cultura” was deleted on ")));
    CHECK(again.notes().first().contains(QStringLiteral(" by Lucía; importing brings it back")));
    const Measure back = byPlatformId(t, QStringLiteral("6100"));
    CHECK(back.uuid == imported.uuid);
    const QList<Revision> history = RevisionQuery(*t.catalogue).historyOf(back.uuid, back.revision);
    REQUIRE(history.size() >= 3);
    CHECK(history.first().parent == deletion);
    CHECK(sqlInt(*t.catalogue, QStringLiteral("SELECT count(*) FROM tombstone")) == 0);
}

TEST_CASE("after Find Duplicates kept my measure with the platform's id, importing the same export again changes nothing I corrected")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("6100");
    row[C::Country] = QStringLiteral("Peru");
    row[C::Title] = QStringLiteral("Puntos de Cultura");
    row[C::ExpectedResults] = QStringLiteral("1,000 points.");
    REQUIRE(importBytes(t, exportOf(Site::English, {row})).ok);
    // The analyst had entered it by hand too, with a better title and results.
    Measure mine;
    mine.title = QStringLiteral("Programa Puntos de Cultura");
    mine.country = QStringLiteral("PER");
    mine.expectedResults = QStringLiteral("1.000 puntos de cultura reconocidos.");
    REQUIRE(CatalogueAccess(*t.catalogue).save(mine).saved);
    const Measure platform = byPlatformId(t, QStringLiteral("6100"));
    const Merge::Applied merged = DuplicateMerge::apply(*t.catalogue, mine, platform, {MeasureField::PlatformMeasureId}, Language::English);
    REQUIRE(merged.ok);
    const Measure kept = byPlatformId(t, QStringLiteral("6100"));
    CHECK(kept.uuid == mine.uuid);

    const CsvImporter::Plan again = importBytes(t, exportOf(Site::English, {row}), QStringLiteral("again.csv"));
    CHECK((again.ok && again.updated == 0 && again.added == 0));
    const Measure after = byPlatformId(t, QStringLiteral("6100"));
    CHECK(after.title == mine.title);
    CHECK(after.expectedResults == mine.expectedResults);
}

TEST_CASE("after a merge took a colleague's corrections of a newer export, importing that export here changes none of them")
{
    TempCatalogue t;
    Cells row;
    row[C::MeasureId] = QStringLiteral("6100");
    row[C::Country] = QStringLiteral("Peru");
    row[C::Title] = QStringLiteral("Puntos de Cultura");
    row[C::ExpectedResults] = QStringLiteral("1,000 points.");
    REQUIRE(importBytes(t, exportOf(Site::English, {row})).ok);
    t.close();
    const QString anaPath = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, anaPath));
    t.reopen();
    // Ana imports a newer export, then corrects what the platform changed.
    row[C::ExpectedResults] = QStringLiteral("1,500 points.");
    Measure corrected;
    {
        CatalogueError error;
        auto ana = Catalogue::open(anaPath, {}, &error);
        REQUIRE(ana);
        writeBytes(t.file(QStringLiteral("newer.csv")), exportOf(Site::English, {row}));
        REQUIRE(importFile(*ana, t.file(QStringLiteral("newer.csv"))).ok);
        corrected = *MeasureQuery(*ana).loadByPlatformId(QStringLiteral("6100"));
        corrected.expectedResults = QStringLiteral("1.500 puntos reconocidos en 2024.");
        REQUIRE(CatalogueAccess(*ana).save(corrected).saved);
    }
    // Meanwhile I corrected the title here: the merge combines both sides' changes.
    Measure mine = byPlatformId(t, QStringLiteral("6100"));
    mine.title = QStringLiteral("Programa Puntos de Cultura");
    REQUIRE(CatalogueAccess(*t.catalogue).save(mine).saved);
    // I merge Ana's catalogue: her correction comes in, with what her import saw of the platform's row.
    {
        CatalogueError error;
        auto ana = Catalogue::open(anaPath, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(ana);
        const MergePlan plan = Merge::plan(*t.catalogue, *ana, QStringLiteral("ana.measures"), Language::English);
        REQUIRE(plan.count(MergeEntry::Kind::Combined) == 1);
        REQUIRE(Merge::apply(*t.catalogue, plan, Language::English, false).ok);
    }
    CHECK(byPlatformId(t, QStringLiteral("6100")).expectedResults == corrected.expectedResults);
    CHECK(byPlatformId(t, QStringLiteral("6100")).title == mine.title);
    const CsvImporter::Plan newer = importBytes(t, exportOf(Site::English, {row}), QStringLiteral("newer-here.csv"));
    CHECK((newer.ok && newer.updated == 0));
    CHECK(byPlatformId(t, QStringLiteral("6100")).expectedResults == corrected.expectedResults);
    CHECK(byPlatformId(t, QStringLiteral("6100")).title == mine.title);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the same measure entered twice, before a report goes out: measures-cli duplicates.
#include "testsupport.h"

#include "query/duplicatequery.h"

namespace {

Measure titled(const QString &title, const QString &country, const QString &platformId = {})
{
    Measure m;
    m.title = title;
    m.country = country;
    m.platformMeasureId = platformId;
    return m;
}

} // namespace

TEST_CASE("the sample catalogue has no likely duplicates, and near-duplicates added to it are found in pairs, one a line")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    QString out, err;
    REQUIRE(runCli({QStringLiteral("duplicates"), t.path}, &out, &err) == 0);
    CHECK(out.trimmed().isEmpty());
    CHECK(err.contains(QStringLiteral("0 likely duplicate pairs")));

    CatalogueAccess access(*t.catalogue);
    QList<Measure> added = {
        titled(QStringLiteral("Fondo de Música Tradicional"), QStringLiteral("PER")),
        titled(QStringLiteral("FONDO DE MUSICA TRADICIONAL."), QStringLiteral("PER")),     // case, accents, punctuation
        titled(QStringLiteral("Música tradicional, fondo del"), QStringLiteral("PER")),    // word order, small words
        titled(QStringLiteral("Fondo de Música Tradicional"), QStringLiteral("MEX")),      // another country: not a pair
        titled(QStringLiteral("Fondo de Música Tradicional 2"), QStringLiteral("PER")),    // another number: not a pair
        titled(QStringLiteral("Ley del cine"), QStringLiteral("COL"), QStringLiteral("4242")),
        titled(QStringLiteral("Film law"), QStringLiteral("COL"), QStringLiteral("4242")), // the same platform id
        titled(QStringLiteral("Encuentro CONECTA"), QStringLiteral("PER")),                // the sample's ‘CONECTA’ Meeting, in Spanish
        titled(QStringLiteral("Encuentro CONECTA (copia)"), QStringLiteral("PER")),        // most of its words: a near pair
        titled(QStringLiteral("Encuentro CONECTA (copia)"), QStringLiteral("CHL")),        // another country: not a pair
        titled(QStringLiteral("Programa Ibermedia"), QStringLiteral("PER")),
        titled(QStringLiteral("Fondo Ibermedia"), QStringLiteral("PER")),                  // one shared name: not a pair
        titled(QStringLiteral("Ibermedia Programme"), QStringLiteral("PER")),              // the programme in English: a pair
        titled(QStringLiteral("Red Theatre"), QStringLiteral("PER")),                      // "red" read two ways: not a pair
        titled(QStringLiteral("Red de Teatros"), QStringLiteral("PER")),
        titled(QStringLiteral("Centro Cultural"), QStringLiteral("PER")),                  // no name of its own: not a pair
        titled(QStringLiteral("Cultural Centre"), QStringLiteral("PER")),
        titled(QStringLiteral("Fonds d'aide à l'édition CONECTA"), QStringLiteral("PER")), // French elisions: the words are read
    };
    for (Measure &m : added)
        REQUIRE(access.save(m).saved);
    t.close();

    REQUIRE(runCli({QStringLiteral("duplicates"), t.path}, &out, &err) == 0);
    const QStringList lines = out.trimmed().split(u'\n');
    INFO(out.toStdString());
    REQUIRE(lines.size() == 6);
    QStringList pairs;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u'\t');
        REQUIRE(cells.size() == 5);
        pairs << cells.at(2) + u':' + cells.at(3) + u'~' + cells.at(4);
    }
    CHECK(pairs.contains(QStringLiteral("title:Fondo de Música Tradicional~FONDO DE MUSICA TRADICIONAL.")));
    CHECK(pairs.contains(QStringLiteral("title:Fondo de Música Tradicional~Música tradicional, fondo del")));
    CHECK(pairs.contains(QStringLiteral("platform-id:Ley del cine~Film law")));
    CHECK(pairs.contains(QStringLiteral("similar-title:Encuentro CONECTA~Encuentro CONECTA (copia)")));
    // A title in another language: its words say the same (encuentro, meeting), its name is shared.
    CHECK(pairs.contains(QStringLiteral("other-language:‘CONECTA’ Meeting~Encuentro CONECTA")));
    CHECK(pairs.contains(QStringLiteral("other-language:Programa Ibermedia~Ibermedia Programme")));
    CHECK(err.contains(QStringLiteral("6 likely duplicate pairs")));
    CHECK(lines.first().startsWith(added.at(0).uuid + u'\t' + added.at(1).uuid)); // the surest first, in title order, older first
    CHECK(lines.last().contains(QStringLiteral("similar-title"))); // the near pair after the sure ones
}

TEST_CASE("duplicates of a file that is not a catalogue, or does not exist, get the same answers as opening one")
{
    TempCatalogue t;
    const QString notCatalogue = t.file(QStringLiteral("notes.measures"));
    writeBytes(notCatalogue, "just some notes\n");
    QString out, err;
    CHECK(runCli({QStringLiteral("duplicates"), notCatalogue}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("not a Measures Catalogue")));
    CHECK(runCli({QStringLiteral("duplicates"), t.file(QStringLiteral("missing.measures"))}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a title's words are read past French elisions and small words of the three languages")
{
    CHECK(DuplicateQuery::titleSignature(QStringLiteral("Fonds d'aide à l'édition")) == u"aide edition fonds");
    CHECK(DuplicateQuery::titleSignature(QStringLiteral("Programa por la cultura con los jóvenes")) == u"cultura jovenes programa");
    CHECK(DuplicateQuery::titleSignature(QStringLiteral("Fund 2")) == u"2 fund"); // a number is a word: another measure
}

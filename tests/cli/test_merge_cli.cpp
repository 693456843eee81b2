// SPDX-License-Identifier: GPL-3.0-or-later
// measures-cli merge: the coordinator's command line. Conflicts listed and nothing written
// unless --prefer decides them; --dry-run never writes.
#include "testsupport.h"

#include "catalogue/sqlitestatement.h"
#include "model/revision.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"

#include <QFile>

namespace {

// Saved as the analyst's edit, or (origin undo) as Edit ▸ Undo writes a step undone.
void setFunding(const QString &path, const QString &uuid, const QString &text, const QString &origin = RevisionOrigin::edit)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    REQUIRE(catalogue);
    CatalogueAccess access(*catalogue);
    Measure m = *access.loadByUuid(uuid);
    m.fundingText = text;
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    MeasureStore store(*catalogue, vocabulary);
    store.setOrigin(origin);
    REQUIRE(store.save(m, Language::English).saved);
}

QString funding(const QString &path, const QString &uuid)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(catalogue);
    return CatalogueAccess(*catalogue).loadByUuid(uuid)->fundingText;
}

} // namespace

TEST_CASE("merge from the command line lists a conflict and writes nothing without --prefer, then applies the side --prefer names")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QString uuid = access.load(access.ids().first())->uuid;
    t.close();
    const QString theirs = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, theirs));
    setFunding(t.path, uuid, QStringLiteral("USD 1 million (mine)"));
    setFunding(theirs, uuid, QStringLiteral("USD 2 million (Ana)"));
    const QByteArray before = sha256(t.path);

    QString out, err;
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("Conflict: ")));
    CHECK(out.contains(QStringLiteral("Funding as reported")));
    CHECK(err.contains(QStringLiteral("1 conflict: nothing was written")));
    CHECK(sha256(t.path) == before);

    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--prefer"), QStringLiteral("theirs"),
                  QStringLiteral("--dry-run")}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Dry run")));
    CHECK(sha256(t.path) == before);

    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--prefer"), QStringLiteral("theirs")},
                 &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Merged 1 measure.")));
    CHECK(funding(t.path, uuid) == u"USD 2 million (Ana)");

    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Nothing new")));
}

TEST_CASE("merge from the command line refuses what it cannot merge with the exit code that says why")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    QString out, err;
    CHECK(runCli({QStringLiteral("merge"), t.path}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("merge needs --from OTHER")));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), t.path, QStringLiteral("--prefer"), QStringLiteral("newest")}, &out,
                 &err) == 2);
    CHECK(err.contains(QStringLiteral("--prefer takes mine or theirs")));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), t.path}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("merging it into itself")));
    const QString notes = t.file(QStringLiteral("notes.csv"));
    writeBytes(notes, "title\r\nnot a catalogue\r\n");
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), notes}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("not a Measures Catalogue")));
}

TEST_CASE("merge --ask-again lists what an undo here took away of theirs, never my own later edits, and --prefer theirs takes it")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QList<qint64> ids = access.ids();
    const QString undone = access.load(ids.at(0))->uuid, edited = access.load(ids.at(1))->uuid;
    const QString before = access.load(ids.at(0))->fundingText;
    t.close();
    const QString theirs = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, theirs));
    setFunding(theirs, undone, QStringLiteral("USD 7 million"));
    setFunding(theirs, edited, QStringLiteral("USD 8 million"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    setFunding(t.path, edited, QStringLiteral("USD 1 million"), RevisionOrigin::edit);  // my own edit after the merge
    setFunding(t.path, undone, before, RevisionOrigin::undo);                         // what Edit ▸ Undo writes
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Nothing new")));
    CHECK(err.contains(QStringLiteral("Undoing a step here took its version of 1 measure")));
    CHECK(err.contains(QStringLiteral("--ask-again lists it as a conflict")));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again")}, &out, &err) == 1);
    CHECK(out.count(QStringLiteral("Conflict:")) == 1);
    CHECK(out.contains(QStringLiteral("undone here: Funding as reported")));
    CHECK(funding(t.path, undone) == before);
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again"), QStringLiteral("--prefer"),
                    QStringLiteral("theirs")},
                   &out, &err) == 0);
    CHECK(funding(t.path, undone) == u"USD 7 million");
    CHECK(funding(t.path, edited) == u"USD 1 million");
    // Answered: neither mode asks again.
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again")}, &out, &err) == 0);
    CHECK_FALSE(out.contains(QStringLiteral("Conflict:")));
    CHECK_FALSE(err.contains(QStringLiteral("--ask-again")));
}

TEST_CASE("keeping my version when asked again is an answer: the next merge does not offer to ask again")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QString uuid = access.load(access.ids().first())->uuid;
    const QString before = access.load(access.ids().first())->fundingText;
    t.close();
    const QString theirs = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, theirs));
    setFunding(theirs, uuid, QStringLiteral("USD 7 million"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    setFunding(t.path, uuid, before, RevisionOrigin::undo);
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again"), QStringLiteral("--prefer"),
                    QStringLiteral("mine")},
                   &out, &err) == 0);
    CHECK(funding(t.path, uuid) == before);
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Nothing new")));
    CHECK_FALSE(err.contains(QStringLiteral("--ask-again")));
    // Their next change of the same field meets mine: a conflict, as any change on both sides.
    setFunding(theirs, uuid, QStringLiteral("USD 9 million"));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("Conflict: ")));
    CHECK(funding(t.path, uuid) == before);
}

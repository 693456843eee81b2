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

// Saved as the analyst's edit, or with the origin Edit ▸ Undo writes: RevisionOrigin::undoMerge
// for a merge undone, RevisionOrigin::undo for any other step undone or redone.
void change(const QString &path, const QString &uuid, const std::function<void(Measure &)> &edit, const QString &origin = RevisionOrigin::edit)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    REQUIRE(catalogue);
    CatalogueAccess access(*catalogue);
    Measure m = *access.loadByUuid(uuid);
    edit(m);
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    MeasureStore store(*catalogue, vocabulary);
    store.setOrigin(origin);
    REQUIRE(store.save(m, Language::English).saved);
}

void setFunding(const QString &path, const QString &uuid, const QString &text, const QString &origin = RevisionOrigin::edit)
{
    change(path, uuid, [&text](Measure &m) { m.fundingText = text; }, origin);
}

QString funding(const QString &path, const QString &uuid)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(catalogue);
    return CatalogueAccess(*catalogue).loadByUuid(uuid)->fundingText;
}

// My catalogue (the sample) and Ana's copy of it; the stories change the first measure, whose
// funding was `before`.
struct WithAna {
    WithAna()
    {
        CatalogueAccess access(*t.catalogue);
        const Measure first = *access.load(access.ids().first());
        uuid = first.uuid;
        before = first.fundingText;
        t.close();
        theirs = t.file(QStringLiteral("ana.measures"));
        REQUIRE(QFile::copy(t.path, theirs));
    }
    // measures-cli merge MINE --from ANA [options]: the exit code (out and err keep its words).
    int merge(const QStringList &options = {})
    {
        return runCli(QStringList{QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs} + options, &out, &err);
    }
    // Ana's funding merged here, then that merge undone (as Edit ▸ Undo writes it).
    void mergeHerFundingThenUndo()
    {
        setFunding(theirs, uuid, QStringLiteral("USD 7 million"));
        REQUIRE(merge() == 0);
        setFunding(t.path, uuid, before, RevisionOrigin::undoMerge);
    }

    TempCatalogue t{TempCatalogue::Content::Sample};
    QString uuid, before, theirs, out, err;
};

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
    CHECK(err.contains(QStringLiteral("brings nothing new")));
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

TEST_CASE("merge --ask-again lists what undoing a merge took away of theirs, never what I changed since, and --prefer theirs takes it")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QList<qint64> ids = access.ids();
    const QString undone = access.load(ids.at(0))->uuid, edited = access.load(ids.at(1))->uuid;
    const QString before = access.load(ids.at(0))->fundingText, editedBefore = access.load(ids.at(1))->fundingText;
    t.close();
    const QString theirs = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, theirs));
    setFunding(theirs, undone, QStringLiteral("USD 7 million"));
    setFunding(theirs, edited, QStringLiteral("USD 8 million"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    // Edit ▸ Undo of the merge, then my own edit of the field it took back on one of them.
    setFunding(t.path, undone, before, RevisionOrigin::undoMerge);
    setFunding(t.path, edited, editedBefore, RevisionOrigin::undoMerge);
    setFunding(t.path, edited, QStringLiteral("USD 1 million"));
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("brings nothing new")));
    CHECK(err.contains(QStringLiteral("took away “ana.measures”'s version of 1 measure")));
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
    WithAna x;
    x.mergeHerFundingThenUndo();
    REQUIRE(x.merge({QStringLiteral("--ask-again"), QStringLiteral("--prefer"), QStringLiteral("mine")}) == 0);
    CHECK(funding(x.t.path, x.uuid) == x.before);
    REQUIRE(x.merge() == 0);
    CHECK(x.err.contains(QStringLiteral("brings nothing new")));
    CHECK_FALSE(x.err.contains(QStringLiteral("--ask-again")));
    // Their next change of the same field meets mine: a conflict, as any change on both sides.
    setFunding(x.theirs, x.uuid, QStringLiteral("USD 9 million"));
    CHECK(x.merge() == 1);
    CHECK(x.out.contains(QStringLiteral("Conflict: ")));
    CHECK(funding(x.t.path, x.uuid) == x.before);
}

TEST_CASE("what came back since an undone merge, and the undo of my own edit a colleague got, are not asked again")
{
    WithAna x;
    const auto nothingAsked = [&x] {
        REQUIRE(x.merge() == 0);
        CHECK_FALSE(x.err.contains(QStringLiteral("--ask-again")));
        REQUIRE(x.merge({QStringLiteral("--ask-again")}) == 0);
        CHECK_FALSE(x.out.contains(QStringLiteral("Conflict:")));
    };
    SECTION("undone, redone, then edited by me")
    {
        x.mergeHerFundingThenUndo();
        setFunding(x.t.path, x.uuid, QStringLiteral("USD 7 million"), RevisionOrigin::undo); // Redo
        setFunding(x.t.path, x.uuid, QStringLiteral("USD 1 million (mine)"));
        nothingAsked();
        CHECK(funding(x.t.path, x.uuid) == u"USD 1 million (mine)");
    }
    SECTION("undone, then redone")
    {
        x.mergeHerFundingThenUndo();
        setFunding(x.t.path, x.uuid, QStringLiteral("USD 7 million"), RevisionOrigin::undo); // Redo
        nothingAsked();
        CHECK(funding(x.t.path, x.uuid) == u"USD 7 million");
    }
    SECTION("my own edit e-mailed, then undone here")
    {
        setFunding(x.t.path, x.uuid, QStringLiteral("USD 5 million"));
        REQUIRE(QFile::remove(x.theirs));
        REQUIRE(QFile::copy(x.t.path, x.theirs));
        setFunding(x.t.path, x.uuid, x.before, RevisionOrigin::undo);
        nothingAsked();
        CHECK(funding(x.t.path, x.uuid) == x.before);
    }
}

TEST_CASE("a later ordinary merge from the same colleague does not answer for me: what an undo took away can still be asked")
{
    WithAna x;
    x.mergeHerFundingThenUndo();
    change(x.theirs, x.uuid, [](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
    REQUIRE(x.merge() == 0); // their website comes in
    CHECK(funding(x.t.path, x.uuid) == x.before);
    REQUIRE(x.merge() == 0);
    CHECK(x.err.contains(QStringLiteral("--ask-again lists it as a conflict")));
    CHECK(x.merge({QStringLiteral("--ask-again")}) == 1);
    CHECK(x.out.contains(QStringLiteral("undone here: Funding as reported")));
}

TEST_CASE("asking again while their copy changed the measure since asks about what my undo took, and takes their new change with it")
{
    WithAna x;
    x.mergeHerFundingThenUndo();
    change(x.theirs, x.uuid, [](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
    // Without --ask-again: their website comes in, my undo stands, and the way to ask is offered.
    REQUIRE(x.merge({QStringLiteral("--dry-run")}) == 0);
    CHECK(x.out.contains(QStringLiteral("Both changes kept: ")));
    CHECK(x.err.contains(QStringLiteral("--ask-again lists it as a conflict")));
    // With it: one question, beside their new change.
    CHECK(x.merge({QStringLiteral("--ask-again")}) == 1);
    CHECK(x.out.count(QStringLiteral("Conflict:")) == 1);
    CHECK(x.out.contains(QStringLiteral("undone here: Funding as reported")));
    REQUIRE(x.merge({QStringLiteral("--ask-again"), QStringLiteral("--prefer"), QStringLiteral("mine")}) == 0);
    CHECK(funding(x.t.path, x.uuid) == x.before);
    CatalogueError error;
    auto mine = Catalogue::open(x.t.path, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(mine);
    CHECK(CatalogueAccess(*mine).loadByUuid(x.uuid)->website == u"https://ana.example.org");
    mine.reset();
    // Answered: asked no more.
    REQUIRE(x.merge({QStringLiteral("--ask-again")}) == 0);
    CHECK_FALSE(x.out.contains(QStringLiteral("Conflict:")));
    CHECK_FALSE(x.err.contains(QStringLiteral("--ask-again")));
}

TEST_CASE("answering a colleague's Compare Again does not answer for another colleague whose merge I undid")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QString uuid = access.load(access.ids().first())->uuid;
    const QString before = access.load(access.ids().first())->fundingText;
    const QString website = access.load(access.ids().first())->website;
    t.close();
    const QString ana = t.file(QStringLiteral("ana.measures")), bob = t.file(QStringLiteral("bob.measures"));
    REQUIRE(QFile::copy(t.path, ana));
    REQUIRE(QFile::copy(t.path, bob));
    setFunding(ana, uuid, QStringLiteral("USD 7 million (Ana)"));
    change(bob, uuid, [](Measure &m) { m.website = QStringLiteral("https://bob.example.org"); });
    QString out, err;
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), ana}, &out, &err) == 0);
    setFunding(t.path, uuid, before, RevisionOrigin::undoMerge);
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), bob}, &out, &err) == 0);
    change(t.path, uuid, [&website](Measure &m) { m.website = website; }, RevisionOrigin::undoMerge);
    // Bob's question is his website only; I keep mine.
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), bob, QStringLiteral("--ask-again")}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("undone here: Website")));
    CHECK_FALSE(out.contains(QStringLiteral("Funding")));
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), bob, QStringLiteral("--ask-again"), QStringLiteral("--prefer"),
                    QStringLiteral("mine")},
                   &out, &err) == 0);
    // Ana's funding, which my undo took away, can still be asked.
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), ana}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("--ask-again lists it as a conflict")));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), ana, QStringLiteral("--ask-again")}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("undone here: Funding as reported")));
    CHECK(funding(t.path, uuid) == before);
}

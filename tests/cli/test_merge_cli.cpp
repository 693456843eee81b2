// SPDX-License-Identifier: GPL-3.0-or-later
// measures-cli merge: the coordinator's command line. Conflicts listed and nothing written
// unless --prefer decides them; --dry-run never writes.
#include "testsupport.h"

#include "catalogue/sqlitestatement.h"

#include <QFile>

namespace {

void setFunding(const QString &path, const QString &uuid, const QString &text)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {}, &error);
    REQUIRE(catalogue);
    CatalogueAccess access(*catalogue);
    Measure m = *access.loadByUuid(uuid);
    m.fundingText = text;
    REQUIRE(access.save(m).saved);
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
    CHECK(err.contains(QStringLiteral("Nothing to merge")));
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

TEST_CASE("merge --ask-again lists what was changed here after an earlier merge, and --prefer theirs takes their version")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    CatalogueAccess access(*t.catalogue);
    const QString uuid = access.load(access.ids().first())->uuid;
    t.close();
    const QString theirs = t.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(t.path, theirs));
    setFunding(theirs, uuid, QStringLiteral("USD 7 million"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    setFunding(t.path, uuid, QStringLiteral("USD 1 million")); // changed here after the merge
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(err.contains(QStringLiteral("Nothing to merge")));
    CHECK(err.contains(QStringLiteral("--ask-again")));
    CHECK(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again")}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("Conflict:")));
    CHECK(funding(t.path, uuid) == u"USD 1 million");
    REQUIRE(runCli({QStringLiteral("merge"), t.path, QStringLiteral("--from"), theirs, QStringLiteral("--ask-again"), QStringLiteral("--prefer"),
                    QStringLiteral("theirs")},
                   &out, &err) == 0);
    CHECK(funding(t.path, uuid) == u"USD 7 million");
}

// SPDX-License-Identifier: GPL-3.0-or-later
// measures-cli delete: scripts delete as the window does; the deletions travel with the file.
#include "testsupport.h"

#include "query/revisionquery.h"

#include <QFile>

namespace {

QStringList uuidsOf(const QString &path)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(catalogue);
    CatalogueAccess access(*catalogue);
    QStringList uuids;
    for (qint64 id : access.ids())
        uuids << access.load(id)->uuid;
    return uuids;
}

} // namespace

TEST_CASE("deleting a measure by its identifier lists it, leaves a tombstone, and the deletion travels to a copy")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    const QString copy = t.file(QStringLiteral("copy.measures"));
    REQUIRE(QFile::copy(t.path, copy));
    const QString uuid = uuidsOf(t.path).at(1);
    QString out, err;
    qputenv("MEASURES_AUTHOR", "Lucía Ramos"); // who the history names for the command line
    REQUIRE(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--uuid"), uuid}, &out, &err) == 0);
    qunsetenv("MEASURES_AUTHOR");
    CHECK(out.startsWith(uuid + u'\t'));
    CHECK(err.contains(QStringLiteral("Deleted 1 measure")));
    CHECK_FALSE(uuidsOf(t.path).contains(uuid));
    CHECK(rawInt(t.path, "SELECT count(*) FROM tombstone") == 1);

    // The copy made before learns of it by merging: deleted there too, without a question.
    REQUIRE(runCli({QStringLiteral("merge"), copy, QStringLiteral("--from"), t.path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Deleted:")));
    CHECK_FALSE(uuidsOf(copy).contains(uuid));
    // Deleting it again names when it was deleted, and by whom.
    CHECK(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--uuid"), uuid}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("was already deleted, on ")));
    CHECK(err.contains(QStringLiteral(" by Lucía Ramos.")));
}

TEST_CASE("deleting needs an identifier, a filter or --all, and a dry run lists what a filter would delete and deletes nothing")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    const QByteArray before = sha256(t.path);
    QString out, err;
    CHECK(runCli({QStringLiteral("delete"), t.path}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("--all")));
    CHECK(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--uuid"), QStringLiteral("3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b")}, &out,
                 &err) == 1);
    CHECK(err.contains(QStringLiteral("No measure of this catalogue has the identifier")));
    CHECK(err.contains(QStringLiteral("Nothing was deleted")));
    REQUIRE(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--country"), QStringLiteral("MEX"), QStringLiteral("--dry-run")}, &out,
                   &err) == 0);
    const int listed = int(out.split(u'\n', Qt::SkipEmptyParts).size());
    CHECK(listed >= 1);
    CHECK(err.contains(QStringLiteral("would be deleted")));
    CHECK(sha256(t.path) == before);

    REQUIRE(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--country"), QStringLiteral("MEX")}, &out, &err) == 0);
    CHECK(uuidsOf(t.path).size() == 5 - listed);
    REQUIRE(runCli({QStringLiteral("delete"), t.path, QStringLiteral("--all")}, &out, &err) == 0);
    CHECK(uuidsOf(t.path).isEmpty());
    CHECK(rawInt(t.path, "SELECT count(*) FROM tombstone") == 5);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A colleague's file is untrusted input: one altered by another program (triggers, an endless
// view, tables or columns of its own) is refused before anything reads it, by check, count,
// export and merge alike, and never runs its code; one with values this catalogue refuses is
// refused with the measure and field named, briefly. Either way my catalogue is left as it was.
#include "testsupport.h"

#include "catalogue/backups.h"
#include "catalogue/sqliteconnection.h"
#include "store/revisionlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

struct Exchange {
    Exchange()
    {
        CatalogueAccess access(*mine.catalogue);
        uuid = access.load(access.ids().first())->uuid;
        mine.close();
        theirs = mine.file(QStringLiteral("ana.measures"));
        REQUIRE(QFile::copy(mine.path, theirs));
        before = sha256(mine.path);
    }
    // Their edit of the first measure, through the app (so that it comes in), then `sql` run by
    // another program on their file.
    void theirEdit(const std::function<void(Measure &)> &change)
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(theirs, {}, &error);
        REQUIRE(catalogue);
        CatalogueAccess access(*catalogue);
        Measure m = *access.loadByUuid(uuid);
        change(m);
        const MeasureStore::SaveResult saved = access.save(m);
        INFO(saved.error.toStdString());
        REQUIRE(saved.saved);
    }
    // Another program's SQL on their file; %1 is the measure they edited.
    void alter(const QString &sql) { rawSql(theirs, sql.arg(uuid).toUtf8().constData()); }
    // ...and its history made to record what it now holds, as a program that writes catalogues
    // wrongly would: the values themselves must then be refused.
    void alterConsistently(const QString &sql)
    {
        alter(sql);
        CatalogueError error;
        auto catalogue = Catalogue::open(theirs, {}, &error);
        REQUIRE(catalogue);
        Measure m = *CatalogueAccess(*catalogue).loadByUuid(uuid);
        RevisionLog log(*catalogue);
        REQUIRE(log.record(m, m.revision));
        sqlRun(*catalogue, QStringLiteral("UPDATE measure SET revision = '%1' WHERE uuid = '%2'").arg(m.revision, uuid));
    }
    // measures-cli merge into mine: the exit code; my file must be exactly as it was.
    int merge(QString *err)
    {
        QElapsedTimer timer;
        timer.start();
        const int code = runCli({QStringLiteral("merge"), mine.path, QStringLiteral("--from"), theirs, QStringLiteral("--prefer"),
                                 QStringLiteral("theirs")},
                                nullptr, err);
        elapsedMs = timer.elapsed();
        theirCheck = runCli({QStringLiteral("check"), theirs}); // what check says of their file
        CHECK(sha256(mine.path) == before);
        CHECK(Backups::all(mine.path).isEmpty()); // no copy left behind by a refused merge
        return code;
    }

    TempCatalogue mine{TempCatalogue::Content::Sample, QStringLiteral("mine.measures")};
    QString theirs;
    QString uuid;
    QByteArray before;
    qint64 elapsedMs = 0;
    int theirCheck = 0;
};

// Every command refuses the altered file, quickly, saying what differs; none runs its code.
void refusedEverywhere(Exchange &x, const QString &difference)
{
    const QByteArray theirsBefore = sha256(x.theirs);
    QString err;
    CHECK(x.merge(&err) == 3);
    CHECK(err.contains(QStringLiteral("is not as Measures Catalogue saves its catalogues")));
    CHECK(err.contains(difference));
    CHECK(x.elapsedMs < 10000);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("count"), QStringLiteral("export")}) {
        INFO(command.toStdString());
        QString out, error;
        CHECK(runCli({command, x.theirs}, &out, &error) != 0);
        CHECK(out.isEmpty());
        CHECK(error.contains(difference));
    }
    // Opened to be edited, it is refused too: nothing is written, so no trigger of theirs can run.
    CatalogueError error;
    CHECK_FALSE(Catalogue::open(x.theirs, {}, &error));
    CHECK(error.kind == CatalogueError::Kind::Altered);
    CHECK(sha256(x.theirs) == theirsBefore);
}

} // namespace

TEST_CASE("a colleague's file whose measures table deletes the others on insert is refused, and its trigger never runs")
{
    Exchange x;
    rawSql(x.theirs, "CREATE TRIGGER wipe AFTER INSERT ON measure BEGIN DELETE FROM measure WHERE id <> new.id; END;");
    refusedEverywhere(x, QStringLiteral("a trigger “wipe”"));
    CHECK(rawInt(x.theirs, "SELECT count(*) FROM measure") == 5);
}

TEST_CASE("a colleague's file whose vocabulary is an endless view is refused at once instead of filling the disk")
{
    Exchange x;
    rawSql(x.theirs, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; ALTER TABLE term RENAME TO term_kept;"
                     "CREATE VIEW term AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                     "SELECT 'goal' AS kind, n AS code, 'x' AS label_en, 'x' AS label_es, NULL AS parent_code, 0 AS builtin, "
                     "n AS position, NULL AS bit FROM r;");
    refusedEverywhere(x, QStringLiteral("“term” is a view, where this app makes a table"));
}

TEST_CASE("a colleague's file missing a column, with a table, a generated column or an expression index of its own is refused")
{
    {
        Exchange x;
        rawSql(x.theirs, "ALTER TABLE measure DROP COLUMN website");
        refusedEverywhere(x, QStringLiteral("the table “measure” has other columns than this app makes"));
    }
    {
        Exchange x;
        rawSql(x.theirs, "CREATE TABLE notes (text TEXT)");
        refusedEverywhere(x, QStringLiteral("a table “notes” that this app never makes"));
    }
    {
        Exchange x;
        rawSql(x.theirs, "ALTER TABLE measure ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(title)) VIRTUAL");
        refusedEverywhere(x, QStringLiteral("the table “measure” has other columns than this app makes"));
    }
    {
        Exchange x;
        rawSql(x.theirs, "CREATE INDEX by_lower_title ON measure (lower(title))");
        refusedEverywhere(x, QStringLiteral("an index “by_lower_title” that this app never makes"));
    }
    {
        Exchange x;
        rawSql(x.theirs, "DROP TABLE partner_revision");
        refusedEverywhere(x, QStringLiteral("the table “partner_revision” is missing"));
    }
}

TEST_CASE("an older colleague's file with a trigger is refused before its copy is upgraded, so the trigger never runs")
{
    Exchange x;
    // Format 8 as the last release wrote it, plus a trigger that would fire on the upgrade's updates.
    rawSql(x.theirs, "DROP TABLE partner_revision; DROP INDEX tombstone_by_platform_id; ALTER TABLE tombstone DROP COLUMN platform_measure_id;"
                     "ALTER TABLE partner DROP COLUMN revision; DROP INDEX revision_by_measure;"
                     "CREATE INDEX revision_by_measure ON revision (measure_uuid, changed_at);"
                     "CREATE TABLE fired (n INTEGER);"
                     "CREATE TRIGGER on_upgrade AFTER UPDATE ON measure BEGIN INSERT INTO fired VALUES (1); END;"
                     "PRAGMA user_version = 8;");
    const QByteArray theirsBefore = sha256(x.theirs);
    QString err;
    CHECK(x.merge(&err) == 3);
    CHECK(err.contains(QStringLiteral("a trigger “on_upgrade”")));
    CHECK(sha256(x.theirs) == theirsBefore);
    CHECK(rawInt(x.theirs, "SELECT count(*) FROM fired") == 0);
}

TEST_CASE("a colleague's values my own import refuses are refused by the merge, naming the measure and the field, briefly")
{
    SECTION("a NUL character in a title")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alterConsistently(QStringLiteral("UPDATE measure SET title = 'Programa' || char(0) || ' oculto' WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("Title contains a NUL character")));
    }
    SECTION("a change time in the year 9999")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alter(QStringLiteral("UPDATE measure SET updated_at = '9999-12-31T00:00:00Z' WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("Last changed is 9999-12-31T00:00:00Z, which is in the future")));
    }
    SECTION("a type of partner whose label holds the CSV's separators")
    {
        Exchange x;
        rawSql(x.theirs, "INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                         "VALUES ('partner_type', 'mixed', 'Mixed [public; private]', 'Mixto', 0, 99, 20)");
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("A label cannot contain")));
    }
    SECTION("an identifier that is not a UUID")
    {
        Exchange x;
        {
            CatalogueError error;
            auto catalogue = Catalogue::open(x.theirs, {}, &error);
            REQUIRE(catalogue);
            Measure added;
            added.title = QStringLiteral("Medida nueva de Ana");
            REQUIRE(CatalogueAccess(*catalogue).save(added).saved);
        }
        rawSql(x.theirs, "UPDATE measure SET uuid = 'not-a-uuid' WHERE title = 'Medida nueva de Ana';"
                         "UPDATE revision SET measure_uuid = 'not-a-uuid' WHERE measure_uuid NOT IN (SELECT uuid FROM measure) "
                         "AND measure_uuid NOT IN (SELECT uuid FROM tombstone)");
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("not-a-uuid")));
    }
    SECTION("a revision whose content is not what its id says")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alter(QStringLiteral("UPDATE revision SET fields = X'0100000000000000000000000000000000' "
                               "WHERE id = (SELECT revision FROM measure WHERE uuid = '%1')"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("is damaged or was changed by another program")));
    }
    SECTION("an answer to Compare Again that joins nothing, or an undo that joins something (they would silence questions)")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alter(QStringLiteral("UPDATE revision SET origin = 'answer' WHERE id = (SELECT revision FROM measure WHERE uuid = '%1')"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1);
        CHECK(err.contains(QStringLiteral("is damaged or was changed by another program")));
    }
    SECTION("a title another program changed without its history")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alter(QStringLiteral("UPDATE measure SET title = 'Otro título' WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("does not hold what its history records")));
    }
    SECTION("a present revision that is not one of the measure's revisions")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alter(QStringLiteral("UPDATE measure SET revision = 'not a revision' WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("its present revision is not among its revisions")));
    }
    SECTION("a partner whose present revision is another partner's")
    {
        Exchange x;
        x.alter(QStringLiteral("UPDATE partner SET revision = (SELECT revision FROM partner ORDER BY id DESC LIMIT 1) "
                               "WHERE id = (SELECT min(id) FROM partner)"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("In “ana.measures”: The history of the partner")));
    }
    SECTION("a measure both in the catalogue and deleted")
    {
        Exchange x;
        x.alter(QStringLiteral("INSERT INTO tombstone (uuid, revision, deleted_at) "
                               "SELECT uuid, revision, '2026-01-01T00:00:00Z' FROM measure WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("In “ana.measures”: The measure %1 is both in the catalogue and deleted.").arg(x.uuid)));
    }
    SECTION("an empty identifier, which would otherwise come in again at every merge")
    {
        Exchange x;
        x.alter(QStringLiteral("UPDATE measure SET uuid = '' WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("is not a UUID")));
    }
    SECTION("a NUL character in the label of their own type of partner")
    {
        Exchange x;
        rawSql(x.theirs, "INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                         "VALUES ('partner_type', 'evil', 'Ev' || char(0) || 'il', 'Mal', 0, 99, 21)");
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("control characters")));
    }
    SECTION("megabytes of title")
    {
        Exchange x;
        x.theirEdit([](Measure &m) { m.website = QStringLiteral("https://ana.example.org"); });
        x.alterConsistently(QStringLiteral("UPDATE measure SET title = 'Programa ' || hex(zeroblob(2000000)) WHERE uuid = '%1'"));
        QString err;
        CHECK(x.merge(&err) == 1);
        CHECK(x.theirCheck == 1); // check finds it too: a file it calls healthy is one that merges
        CHECK(err.contains(QStringLiteral("The title is too long")));
        CHECK(err.size() < 1500); // the title is named, not echoed
    }
}

TEST_CASE("a colleague's cultural domain without a filter bit comes in with a free bit, and my catalogue stays healthy and filterable")
{
    TempCatalogue mine(TempCatalogue::Content::Sample, QStringLiteral("mine.measures"));
    const QString uuid = CatalogueAccess(*mine.catalogue).load(CatalogueAccess(*mine.catalogue).ids().first())->uuid;
    mine.close();
    const QString theirs = mine.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(mine.path, theirs));
    rawSql(theirs, "INSERT INTO term (kind, code, label_en, label_es, builtin, position, bit) "
                   "VALUES ('domain', 'street_art', 'Street art', 'Arte urbano', 0, 40, 30)");
    const QString sheet = mine.file(QStringLiteral("domains.csv"));
    writeBytes(sheet, QStringLiteral("uuid,domains\n%1,street_art\n").arg(uuid).toUtf8());
    REQUIRE(runCli({QStringLiteral("import"), theirs, QStringLiteral("--in"), sheet}) == 0);
    rawSql(theirs, "UPDATE term SET bit = NULL WHERE code = 'street_art'"); // another program's doing
    QString out, err;
    CHECK(runCli({QStringLiteral("merge"), mine.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(runCli({QStringLiteral("check"), mine.path}, &out, &err) == 0);
    CHECK(runCli({QStringLiteral("count"), mine.path, QStringLiteral("--domain"), QStringLiteral("street_art")}, &out, &err) == 0);
    CHECK(out.trimmed() == u"1");
}

TEST_CASE("a colleague's file with recent changes still in its -wal is merged with them, and left exactly as it came")
{
    TempCatalogue mine(TempCatalogue::Content::Sample, QStringLiteral("mine.measures"));
    const QString uuid = CatalogueAccess(*mine.catalogue).load(CatalogueAccess(*mine.catalogue).ids().first())->uuid;
    mine.close();
    const QString source = mine.file(QStringLiteral("editing.measures")), theirs = mine.file(QStringLiteral("ana.measures"));
    REQUIRE(QFile::copy(mine.path, source));
    {
        // Their app was still open when the file was copied (or it crashed): the last change is in the -wal.
        CatalogueError error;
        auto editing = Catalogue::open(source, {}, &error);
        REQUIRE(editing);
        REQUIRE(editing->connection().execute("PRAGMA wal_autocheckpoint = 0"));
        CatalogueAccess access(*editing);
        Measure m = *access.loadByUuid(uuid);
        m.website = QStringLiteral("https://ana.example.org/wal");
        REQUIRE(access.save(m).saved);
        REQUIRE(QFileInfo(source + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(source, theirs));
        REQUIRE(QFile::copy(source + QStringLiteral("-wal"), theirs + QStringLiteral("-wal")));
    }
    const QByteArray file = sha256(theirs), wal = sha256(theirs + QStringLiteral("-wal"));
    QString out, err;
    CHECK(runCli({QStringLiteral("merge"), mine.path, QStringLiteral("--from"), theirs}, &out, &err) == 0);
    CHECK(sha256(theirs) == file);
    REQUIRE(QFileInfo::exists(theirs + QStringLiteral("-wal")));
    CHECK(sha256(theirs + QStringLiteral("-wal")) == wal);
    CatalogueError error;
    auto merged = Catalogue::open(mine.path, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(merged);
    CHECK(CatalogueAccess(*merged).loadByUuid(uuid)->website == u"https://ana.example.org/wal");
}

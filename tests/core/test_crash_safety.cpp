// SPDX-License-Identifier: GPL-3.0-or-later
// A kill -9 or a power cut at any moment: the catalogue stays valid, keeps every saved measure,
// and an interrupted import leaves all of its rows or none.
#include "testsupport.h"

#include "catalogue/sqlitestatement.h"
#include "model/measuredigest.h"
#include "query/measurequery.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

namespace {

QStringList killAfter(const QStringList &arguments, int milliseconds)
{
    QProcess writer;
    writer.start(QStringLiteral(CRASH_WRITER), arguments);
    REQUIRE(writer.waitForStarted());
    QThread::msleep(milliseconds);
    writer.kill(); // SIGKILL: no cleanup, no destructor, no flush of anything not yet committed
    writer.waitForFinished();
    QStringList lines;
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    return lines;
}

// The file is valid, and every measure in it is whole: its history's head is there and records
// exactly its content, its links are there, and nothing is left half-deleted.
int measureCount(const QString &path)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, true}, &error); // quick_check included
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
    SqliteStatement integrity(catalogue->connection(), QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == u"ok");
    CHECK(sqlInt(*catalogue, QStringLiteral("SELECT count(*) FROM measure m WHERE NOT EXISTS "
                                            "(SELECT 1 FROM revision r WHERE r.id = m.revision AND r.measure_uuid = m.uuid)")) == 0);
    CHECK(sqlInt(*catalogue, QStringLiteral("SELECT count(*) FROM tombstone t JOIN measure m ON m.uuid = t.uuid")) == 0);
    // Every measure the writers make names one partner and at least one domain.
    CHECK(sqlInt(*catalogue, QStringLiteral("SELECT count(*) FROM measure m WHERE (m.title LIKE 'Programa %' OR m.title LIKE 'Medida guardada%') "
                                            "AND ((SELECT count(*) FROM measure_partner mp WHERE mp.measure_id = m.id) <> 1 "
                                            "OR NOT EXISTS (SELECT 1 FROM measure_term mt WHERE mt.measure_id = m.id AND mt.kind = 'domain'))")) == 0);
    // The head records the content, field by field (a sample of the measures, read whole).
    MeasureQuery query(*catalogue);
    const QVector<qint64> ids = query.find({}, {}).ids;
    SqliteStatement recorded(catalogue->connection(), QStringLiteral("SELECT fields FROM revision WHERE id = ?"));
    for (int i = 0; i < ids.size(); i += qMax(1, int(ids.size() / 150))) {
        const std::optional<Measure> m = query.load(ids.at(i));
        REQUIRE(m);
        recorded.reset();
        recorded.bindText(1, m->revision);
        REQUIRE(recorded.step());
        CHECK(recorded.blob(0) == MeasureDigest::fields(*m));
    }
    return MeasureQuery(*catalogue).total();
}

} // namespace

TEST_CASE("a writer killed at any moment leaves a valid catalogue holding every measure it saved, with its history and links")
{
    TempCatalogue t;
    t.close();
    QRandomGenerator random(2026);
    QStringList saved;
    for (int round = 0; round < 25; ++round) {
        const int delay = 30 + int(random.bounded(250));
        INFO("round " << round << ", killed after " << delay << " ms");
        const QStringList lines = killAfter({QStringLiteral("save"), t.path}, delay);
        for (const QString &line : lines)
            if (line.startsWith(QStringLiteral("saved ")))
                saved << line.mid(6);
        // The lock file of the killed writer is stale: the next open must not be blocked by it.
        CatalogueError error;
        auto catalogue = Catalogue::open(t.path, {Catalogue::Access::ReadWrite, true}, &error);
        INFO(error.message().toStdString());
        REQUIRE(catalogue);
        CatalogueAccess repository(*catalogue);
        for (const QString &uuid : saved)
            REQUIRE(repository.loadByUuid(uuid).has_value());
        // Extra rows can only be ones committed just before a kill, before their "saved" line: one per round.
        CHECK(repository.ids().size() >= saved.size());
        CHECK(repository.ids().size() <= saved.size() + round + 1);
        MeasureFilter search;
        search.search = QStringLiteral("guardada");
        CHECK(MeasureQuery(*catalogue).count(search) == repository.ids().size()); // the search index kept step
    }
    CHECK(saved.size() > 50);
    CHECK(measureCount(t.path) >= saved.size());
}

TEST_CASE("an import killed at any moment leaves all of its rows or none, with their histories and links")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    QByteArray csv = "title,country,domains,partners\r\n";
    for (int i = 0; i < 10000; ++i)
        csv += "Programa " + QByteArray::number(i) + ",PER,music; design,Fundación " + QByteArray::number(i % 50)
             + " [civil_society]\r\n";
    const QString file = t.file(QStringLiteral("many.csv"));
    writeBytes(file, csv);
    QRandomGenerator random(7);
    int completed = 0, interrupted = 0;
    int expected = 5;
    for (int round = 0; round < 12; ++round) {
        const int delay = 15 + int(random.bounded(700));
        INFO("round " << round << ", killed after " << delay << " ms");
        const QStringList lines = killAfter({QStringLiteral("import"), t.path, file}, delay);
        const bool done = lines.contains(QStringLiteral("imported"));
        const int count = measureCount(t.path);
        if (done)
            expected += 10000;
        else
            CHECK((count == expected || count == expected + 10000)); // killed between COMMIT and the printout
        expected = count;
        CHECK((count - 5) % 10000 == 0);
        (done ? completed : interrupted)++;
    }
    INFO("completed " << completed << ", interrupted " << interrupted);
    CHECK(interrupted > 0);
}

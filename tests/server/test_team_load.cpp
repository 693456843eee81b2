// SPDX-License-Identifier: GPL-3.0-or-later
// The load test: 20 client processes (team_load_client) change what they own in copies of their
// own and synchronize, all at once, against one server, for MEASURES_LOAD_SECONDS (30 by default;
// measures-bench runs it for a minute). Afterwards: every copy is the same, every client's last
// change is there, and the server holds each change exactly once.
#include "testserver.h"
#include "testsupport.h"

#include "catalogue/catalogue.h"
#include "model/measurefield.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "team/measurejson.h"
#include "team/teamconnection.h"
#include "team/teamsync.h"
#include "team/teamurl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <numeric>

namespace {

std::unique_ptr<TeamConnection> connectAs(const QString &database, const QString &user, const QString &password)
{
    QString error;
    TeamError teamError;
    auto connection = TeamConnection::open(TeamUrl::parse(socketUrl(database, user, password), &error), &teamError);
    INFO(teamError.message);
    REQUIRE(connection);
    return connection;
}

QMap<QString, QByteArray> contents(const Catalogue &catalogue)
{
    QMap<QString, QByteArray> all;
    QHash<QString, RevisionQuery::Head> heads;
    REQUIRE(RevisionQuery(catalogue).heads(&heads));
    MeasureQuery query(catalogue);
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        all.insert(it.key(), it->deleted ? QByteArray("deleted") : MeasureJson::write(*query.loadByUuid(it.key())));
    return all;
}

} // namespace

TEST_CASE("20 clients editing and synchronizing at once: every change arrives exactly once, no deadlock, every copy equal after a final round")
{
    constexpr int kClients = 20;
    const int seconds = qEnvironmentVariableIsSet("MEASURES_LOAD_SECONDS") ? qEnvironmentVariableIntValue("MEASURES_LOAD_SECONDS") : 30;
    const QString database = newDatabase();
    initTeam(database);
    const QString password = QStringLiteral("load-pw");
    const QString member = addMember(database, "editor", password);
    TempCatalogue folder;
    folder.close();
    const QString first = folder.file(QStringLiteral("first.measures"));
    REQUIRE(cli({QStringLiteral("generate"), first, QStringLiteral("--count"), QStringLiteral("40")}) == 0);
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(first, {}, &error);
        REQUIRE(catalogue);
        auto connection = connectAs(database, member, password);
        REQUIRE(!TeamSync::share(*catalogue, *connection, socketUrl(database, member, {})).error.isError());
    }
    QStringList copies;
    for (int i = 0; i < kClients; ++i) {
        copies << folder.file(QStringLiteral("client%1.measures").arg(i));
        auto connection = connectAs(database, member, password);
        REQUIRE(!TeamSync::join(*connection, copies.last(), socketUrl(database, member, {}), Language::English).error.isError());
    }

    QList<QProcess *> clients;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kClients; ++i) {
        auto *process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(TEAM_LOAD_CLIENT),
                       {copies.at(i), socketUrl(database, member, {}), QString::number(i), QString::number(seconds)});
        clients << process;
    }
    QList<qint64> changes, times;
    qint64 synchronizes = 0, longest = 0, busy = 0;
    for (int i = 0; i < kClients; ++i) {
        QProcess *process = clients.at(i);
        // No deadlock: every client ends within its time and a generous margin.
        REQUIRE(process->waitForFinished((seconds + 120) * 1000));
        const QString output = QString::fromUtf8(process->readAllStandardOutput());
        INFO("client " << i << ": " << output.toStdString() << process->readAllStandardError().toStdString());
        REQUIRE(process->exitCode() == 0);
        QHash<QString, qint64> figures;
        for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("times_ms ")))
                for (const QString &t : line.mid(9).split(u',', Qt::SkipEmptyParts))
                    times << t.toLongLong();
            else
                figures.insert(line.section(u' ', 0, 0), line.section(u' ', 1).toLongLong());
        }
        changes << figures.value(QStringLiteral("changes"));
        synchronizes += figures.value(QStringLiteral("synchronizes"));
        longest = qMax(longest, figures.value(QStringLiteral("max_ms")));
        busy = qMax(busy, figures.value(QStringLiteral("busy_ms")));
        delete process;
    }
    const double elapsed = clock.elapsed() / 1000.0;
    // Over every synchronize of every client (not each client's own p95).
    std::sort(times.begin(), times.end());
    const qint64 p95 = times.isEmpty() ? 0 : times.at(qMin(times.size() - 1, qsizetype(double(times.size()) * 0.95)));
    REQUIRE(times.size() == synchronizes);

    // A final round, twice over: everyone has everyone's last change.
    std::vector<std::unique_ptr<Catalogue>> opened;
    for (const QString &path : std::as_const(copies)) {
        CatalogueError error;
        opened.push_back(Catalogue::open(path, {}, &error));
        REQUIRE(opened.back());
    }
    for (int round = 0; round < 2; ++round)
        for (auto &catalogue : opened) {
            auto connection = connectAs(database, member, password);
            const TeamSync::Synchronized done = TeamSync::synchronize(*catalogue, *connection, Language::English, {});
            INFO(done.error.message);
            REQUIRE(!done.error.isError());
        }
    const QMap<QString, QByteArray> reference = contents(*opened.front());
    for (auto &catalogue : opened) {
        CHECK(contents(*catalogue) == reference);
        CHECK(TeamSync::state(*catalogue).waiting == 0);
    }
    QHash<QString, RevisionQuery::Head> heads;
    REQUIRE(RevisionQuery(*opened.front()).heads(&heads));
    QStringList ids = heads.keys();
    std::sort(ids.begin(), ids.end());
    Admin admin(database);
    MeasureQuery query(*opened.front());
    for (int i = 0; i < kClients; ++i) {
        INFO("client " << i);
        const QString token = QStringLiteral("client %1 change %2").arg(i).arg(changes.at(i));
        CHECK(query.loadByUuid(ids.at(5 + i))->title == token);
        // ... and in the measure four clients shared, the field this one owned holds its last change.
        static const QList<MeasureField> shared = {MeasureField::ResponsibleAgencies, MeasureField::KeyObjectives,
                                                   MeasureField::MainFeatures, MeasureField::ExpectedResults};
        CHECK(*MeasureFields::text(*query.loadByUuid(ids.at(i / 4)), shared.at(i % 4)) == token);
        // Exactly once: one revision on the server for each change the client made, to each measure.
        for (const QString &uuid : {ids.at(5 + i), ids.at(i / 4)})
            CHECK(admin.value(QStringLiteral("SELECT count(*) FROM team.revision WHERE measure_uuid = ?::uuid AND author = ? "
                                             "AND origin = 'edit'"),
                              {uuid, QStringLiteral("client %1").arg(i)})
                      .toLongLong()
                  == changes.at(i));
    }
    const qint64 total = std::accumulate(changes.cbegin(), changes.cend(), qint64(0));
    // measures-bench reads the figures from here (sync_20_clients_*).
    if (const QString path = qEnvironmentVariable("MEASURES_LOAD_FIGURES"); !path.isEmpty()) {
        QFile figures(path);
        if (figures.open(QIODevice::WriteOnly))
            figures.write(QStringLiteral("sync_20_clients_changes_per_s %1 /s\nsync_20_clients_p95_s %2 s\nsync_20_clients_max_s %3 s\n"
                                         "sync_20_clients_synchronizes %4 n\n")
                              .arg(total * 2 / (busy / 1000.0), 0, 'f', 1)
                              .arg(p95 / 1000.0, 0, 'f', 1)
                              .arg(longest / 1000.0, 0, 'f', 1)
                              .arg(synchronizes)
                              .toUtf8());
    }
    WARN("load: " << kClients << " clients for " << seconds << " s (" << elapsed << " s in all): " << total << " changes ("
                  << total * 2 / (busy / 1000.0) << " measure changes pushed per second), " << synchronizes << " synchronizes, p95 "
                  << p95 << " ms, longest " << longest << " ms");
}

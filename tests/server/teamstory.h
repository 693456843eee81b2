// SPDX-License-Identifier: GPL-3.0-or-later
// The team stories' cast: analysts with catalogues of their own and logins on the tests' server,
// a team catalogue with its members, and what each copy holds, compared field by field.
#pragma once

#include "testserver.h"
#include "testsupport.h"

#include "merge/mergeplan.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "store/measurestore.h"
#include "team/measurejson.h"
#include "team/teamconnection.h"
#include "team/teamsync.h"
#include "team/teamurl.h"

#include <QMap>
#include <memory>

// One analyst: a catalogue of their own and their login on the team's server.
struct Analyst {
    QString name, password, database;
    std::unique_ptr<TempCatalogue> file;

    std::unique_ptr<TeamConnection> connect() const
    {
        TeamError error;
        QString parseError;
        auto connection = TeamConnection::open(TeamUrl::parse(socketUrl(database, name, password), &parseError), &error);
        INFO(error.message);
        REQUIRE(connection);
        return connection;
    }
    const Catalogue &catalogue() const { return *file->catalogue; }
    TeamSync::Synchronized sync(MergeSide prefer = MergeSide::Undecided) const
    {
        auto connection = connect();
        return TeamSync::synchronize(catalogue(), *connection, Language::English, [prefer](MergePlan &plan) {
            if (prefer != MergeSide::Undecided)
                plan.prefer(prefer);
        });
    }
    void syncOk() const
    {
        const TeamSync::Synchronized done = sync();
        INFO(name << ": " << done.error.message);
        REQUIRE(!done.error.isError());
    }
    qint64 waiting() const { return TeamSync::state(catalogue()).waiting; }
    Measure load(const QString &uuid) const
    {
        auto m = MeasureQuery(catalogue()).loadByUuid(uuid);
        REQUIRE(m);
        return *m;
    }
    void save(Measure m) const
    {
        CatalogueAccess access(catalogue());
        REQUIRE(access.save(m).saved);
    }
    // Every measure as the server would carry it, by uuid: what "the same catalogue" means.
    QMap<QString, QByteArray> contents() const
    {
        QMap<QString, QByteArray> all;
        QHash<QString, RevisionQuery::Head> heads;
        REQUIRE(RevisionQuery(catalogue()).heads(&heads));
        for (auto it = heads.cbegin(); it != heads.cend(); ++it)
            all.insert(it.key(), it->deleted ? QByteArray("deleted") : MeasureJson::write(load(it.key())));
        return all;
    }
};

// A team catalogue on the test server with editors (and readers) of its own.
struct Team {
    QString database = newDatabase();
    Team() { initTeam(database); }
    Analyst member(const char *role = "editor") const
    {
        Analyst a;
        a.password = QStringLiteral("pw-") + uniqueName("x");
        a.name = addMember(database, role, a.password);
        a.database = database;
        return a;
    }
    qint64 pushes() const { return Admin(database).value(QStringLiteral("SELECT count(*) FROM team.push")).toLongLong(); }
};

// The first analyst shares the bundled sample; the others join it into new files.
void share(Analyst &first);
void join(Analyst &a);
QStringList uuids(const Analyst &a);

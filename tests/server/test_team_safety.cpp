// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps an analyst's copy safe when synchronizing: the day's safety copy, the server's data
// checked as a colleague's file is (refused with nothing written here), a download cancelled.
#include "teamstory.h"

#include "catalogue/stepprogress.h"
#include "query/savedviewquery.h"
#include "store/savedviewstore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <limits>

TEST_CASE("a safety copy is made before the first synchronize of a day that brings changes, and before one with a conflict or too large to undo")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    join(ben);
    const QStringList ids = uuids(ana);
    const auto anaChanges = [&](const QString &title) {
        Measure m = ana.load(ids[0]);
        m.title = title;
        ana.save(m);
        ana.syncOk();
    };
    anaChanges(QStringLiteral("First change of the day"));
    TeamSync::Synchronized first = ben.sync();
    REQUIRE(!first.error.isError());
    REQUIRE(!first.backup.isEmpty());
    CHECK(QFileInfo::exists(first.backup));

    anaChanges(QStringLiteral("Second change of the day"));
    const TeamSync::Synchronized second = ben.sync();
    REQUIRE(!second.error.isError());
    CHECK(second.backup.isEmpty());
    CHECK(ben.load(ids[0]).title == u"Second change of the day");

    // The copy of the day before: the next synchronize that brings changes makes a new one.
    QString name = QFileInfo(first.backup).fileName();
    name.replace(QRegularExpression(QStringLiteral("\\d{8}-\\d{6}")),
                 QDateTime::currentDateTimeUtc().addDays(-1).addSecs(-60).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString older = QFileInfo(first.backup).dir().filePath(name);
    REQUIRE(older != first.backup);
    REQUIRE(QFile::rename(first.backup, older));
    anaChanges(QStringLiteral("Change of the next day"));
    const TeamSync::Synchronized third = ben.sync();
    REQUIRE(!third.error.isError());
    CHECK(!third.backup.isEmpty());

    // Later that day: none for histories joined only, nor for the team's newer versions; always
    // one before a merge too large to keep for undo, or with a conflict (a side chosen may
    // overwrite what was never pushed).
    MergePlan plan;
    plan.displayName = TeamSync::teamName(*ben.connect());
    CHECK_FALSE(TeamSync::backupBeforeMerge(ben.catalogue(), plan));
    MergeEntry updated;
    updated.kind = MergeEntry::Kind::Updated;
    plan.entries << updated;
    CHECK_FALSE(TeamSync::backupBeforeMerge(ben.catalogue(), plan));
    MergePlan huge = plan;
    huge.undoBytes = std::numeric_limits<qint64>::max();
    CHECK(TeamSync::backupBeforeMerge(ben.catalogue(), huge));
    MergePlan conflicting = plan;
    conflicting.entries.first().kind = MergeEntry::Kind::Conflict;
    CHECK(TeamSync::backupBeforeMerge(ben.catalogue(), conflicting));
}

TEST_CASE("a team catalogue changed by hand on the server is refused on join: no file is made, and the message says what is wrong")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    // By hand, as a superuser can (the app's triggers would refuse it): the triggers are skipped.
    Admin admin(team.database);
    admin.exec(QStringLiteral("SET session_replication_role = replica"));
    admin.exec(QStringLiteral("UPDATE team.revision SET content = jsonb_set(content, '{title}', '\"Changed by hand\"') "
                                             "WHERE id = (SELECT revision FROM team.measure_head ORDER BY measure_uuid LIMIT 1)"));
    TempCatalogue folder;
    folder.close();
    const QString path = folder.file(QStringLiteral("ben.measures"));
    auto connection = ben.connect();
    const TeamSync::Joined joined = TeamSync::join(*connection, path, socketUrl(team.database, ben.name, {}), Language::English);
    CHECK(joined.error.kind == TeamError::Kind::Refused);
    CHECK(joined.error.message.contains(QStringLiteral("does not hold what its history records")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a head pointing at a revision the server does not have is refused on join and on synchronize, and nothing is written")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    join(ben);
    Measure a = ana.load(uuids(ana).first());
    a.title = QStringLiteral("Pushed before the damage");
    ana.save(a);
    ana.syncOk();
    Admin admin(team.database);
    admin.exec(QStringLiteral("SET session_replication_role = replica"));
    admin.exec(QStringLiteral("UPDATE team.measure_head SET revision = '0123456789abcdef0123456789abcdef' "
                              "WHERE measure_uuid = (SELECT measure_uuid FROM team.measure_head ORDER BY measure_uuid LIMIT 1)"));
    const auto before = ben.contents();
    const TeamSync::Synchronized done = ben.sync();
    CHECK(done.error.kind == TeamError::Kind::Refused);
    CHECK(ben.contents() == before);
    TempCatalogue folder;
    folder.close();
    auto connection = ben.connect();
    const QString path = folder.file(QStringLiteral("again.measures"));
    CHECK(TeamSync::join(*connection, path, socketUrl(team.database, ben.name, {}), Language::English).error.kind == TeamError::Kind::Refused);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a partner's name with a terminal's escape sequence, from the server, is refused and never quoted raw")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    Admin admin(team.database);
    admin.exec(QStringLiteral("SET session_replication_role = replica"));
    admin.exec(QStringLiteral("UPDATE team.partner_revision SET name = E'AECID\\x1b[31m' WHERE id = (SELECT revision FROM team.partner_head "
                              "ORDER BY name_key LIMIT 1)"));
    TempCatalogue folder;
    folder.close();
    auto connection = ben.connect();
    const TeamSync::Joined joined =
        TeamSync::join(*connection, folder.file(QStringLiteral("b.measures")), socketUrl(team.database, ben.name, {}), Language::English);
    CHECK(joined.error.kind == TeamError::Kind::Refused);
    CHECK_FALSE(joined.error.message.contains(QChar(0x1b)));
}

TEST_CASE("a saved view on the server this app cannot read refuses the synchronize before anything is written here")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    join(ben);
    const QStringList ids = uuids(ana);
    Measure mine = ben.load(ids[0]);
    mine.title = QStringLiteral("Ben's edit, not sent yet");
    ben.save(mine);
    Measure theirs = ana.load(ids[1]);
    theirs.title = QStringLiteral("Ana's edit");
    ana.save(theirs);
    ana.syncOk();
    // Someone writes a good view and a bad one on the server, by hand.
    Admin admin(team.database);
    admin.exec(QStringLiteral("BEGIN; INSERT INTO team.push (copy_id, app_format) VALUES (gen_random_uuid(), 10); "
                              "INSERT INTO team.saved_view_version (name_key, push_seq, name, definition) VALUES "
                              "('aaa good', (SELECT max(seq) FROM team.push), 'aaa good', '{}'), "
                              "('zzz evil', (SELECT max(seq) FROM team.push), 'zzz evil', '{not json'); COMMIT"));
    const QMap<QString, QByteArray> before = ben.contents();
    const qint64 waiting = ben.waiting();
    const TeamSync::Synchronized refused = ben.sync(MergeSide::Theirs);
    CHECK(refused.error.kind == TeamError::Kind::Refused);
    CHECK(refused.error.message.contains(QStringLiteral("zzz evil")));
    CHECK(ben.contents() == before); // Ana's edit not merged either
    CHECK(ben.waiting() == waiting);
    CHECK_FALSE(SavedViewQuery::find(ben.catalogue(), QStringLiteral("aaa good")));
    CHECK(refused.backup.isEmpty());
}

TEST_CASE("a download cancelled from its progress writes no file and says it was cancelled")
{
    Team team;
    Analyst ana = team.member(), ben = team.member();
    share(ana);
    TempCatalogue folder;
    folder.close();
    const QString path = folder.file(QStringLiteral("cancelled.measures"));
    StepProgress progress;
    progress.cancel();
    auto connection = ben.connect();
    const TeamSync::Joined joined = TeamSync::join(*connection, path, socketUrl(team.database, ben.name, {}), Language::English, &progress);
    CHECK(joined.error.kind == TeamError::Kind::Cancelled);
    CHECK_FALSE(QFileInfo::exists(path));
    // And then, not cancelled, it downloads.
    CHECK_FALSE(TeamSync::join(*connection, path, socketUrl(team.database, ben.name, {}), Language::English).error.isError());
    CHECK(QFileInfo::exists(path));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up a team catalogue, against a real PostgreSQL 15 that ctest starts for these tests
// (the "pg" fixture: tests/server/pgserver.sh). Every story makes a database of its own.
#include "testserver.h"
#include "testsupport.h"

#include "team/teamconnection.h"
#include "team/scramverifier.h"
#include "team/teamschema.h"
#include "team/teamurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

const QStringList kHistoryTables = {QStringLiteral("team.format"), QStringLiteral("team.push"), QStringLiteral("team.revision"),
                                    QStringLiteral("team.tombstone"), QStringLiteral("team.partner_revision"),
                                    QStringLiteral("team.term_version"), QStringLiteral("team.saved_view_version")};

} // namespace

TEST_CASE("an IT department makes an empty database a team catalogue: its schema, two roles and their grants")
{
    const QString database = newDatabase();
    QString err;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("init"), adminUrl(database)}, nullptr, &err) == 0);
    CHECK(err.contains(QStringLiteral("is now a team catalogue (format %1)").arg(TeamSchema::latestVersion())));
    CHECK(err.contains(QStringLiteral("“%1_editor” and “%1_reader”").arg(database)));

    Admin admin(database);
    CHECK(admin.value(QStringLiteral("SELECT max(version) FROM team.format")).toInt() == TeamSchema::latestVersion());
    CHECK(admin.value(QStringLiteral("SELECT applied_by FROM team.format")).toString() == server().user);
    for (const char *table : {"push", "revision", "measure_head", "tombstone", "partner_revision", "partner_head", "term_version",
                              "saved_view_version"})
        CHECK(admin.value(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QStringLiteral("team.") + QLatin1String(table)}).toBool());
    const QString editor = database + QStringLiteral("_editor"), reader = database + QStringLiteral("_reader");
    for (const QString &role : {editor, reader})
        CHECK(admin.value(QStringLiteral("SELECT NOT rolcanlogin FROM pg_roles WHERE rolname = ?"), {role}).toBool());

    const auto may = [&](const QString &role, const QString &table, const char *privilege) {
        return admin.value(QStringLiteral("SELECT has_table_privilege(?, ?, ?)"), {role, table, QLatin1String(privilege)}).toBool();
    };
    const auto mayColumn = [&](const QString &role, const QString &table, const char *column, const char *privilege) {
        return admin.value(QStringLiteral("SELECT has_column_privilege(?, ?, ?, ?)"), {role, table, QLatin1String(column), QLatin1String(privilege)})
            .toBool();
    };
    for (const QString &table : kHistoryTables) {
        INFO(table.toStdString());
        CHECK(may(reader, table, "SELECT"));
        CHECK(may(editor, table, "SELECT"));
        CHECK_FALSE(may(reader, table, "INSERT"));
        CHECK_FALSE(mayColumn(reader, table, table == u"team.format" ? "version" : table == u"team.push" ? "copy_id" : "push_seq", "INSERT"));
        for (const char *change : {"UPDATE", "DELETE", "TRUNCATE"}) {
            CHECK_FALSE(may(editor, table, change));
            CHECK_FALSE(may(reader, table, change));
        }
    }
    // Editors push: they insert history, and move heads; who pushed is the server's to say.
    CHECK(mayColumn(editor, QStringLiteral("team.revision"), "id", "INSERT"));
    CHECK_FALSE(mayColumn(editor, QStringLiteral("team.revision"), "pushed_by", "INSERT"));
    CHECK_FALSE(mayColumn(editor, QStringLiteral("team.push"), "pushed_by", "INSERT"));
    CHECK_FALSE(mayColumn(editor, QStringLiteral("team.format"), "version", "INSERT"));
    CHECK(mayColumn(editor, QStringLiteral("team.measure_head"), "revision", "UPDATE"));
    CHECK_FALSE(mayColumn(editor, QStringLiteral("team.measure_head"), "measure_uuid", "UPDATE"));
    CHECK_FALSE(may(reader, QStringLiteral("team.measure_head"), "UPDATE"));
    CHECK_FALSE(may(editor, QStringLiteral("team.measure_head"), "DELETE"));
    // Only the team's roles may connect: PUBLIC's CONNECT is gone.
    CHECK(admin.value(QStringLiteral("SELECT count(*) FROM pg_database d, aclexplode(d.datacl) a "
                                     "WHERE d.datname = current_database() AND a.grantee = 0"))
              .toInt()
          == 0);
    CHECK(admin.value(QStringLiteral("SELECT has_database_privilege(?, current_database(), 'CONNECT')"), {reader}).toBool());

    QString out;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(database)}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Format: %1 (this app knows up to %1)").arg(TeamSchema::latestVersion())));
    CHECK(out.contains(QStringLiteral("Measures: 0")));
    CHECK(out.contains(QStringLiteral("Members: none yet")));
}

TEST_CASE("server init leaves a team catalogue that is up to date as it is (exit 0), refuses a database that holds anything else, and changes nothing")
{
    const QString database = newDatabase();
    initTeam(database);
    const QString before = snapshot(database);
    QString err;
    CHECK(cli({QStringLiteral("server"), QStringLiteral("init"), adminUrl(database)}, nullptr, &err) == 0);
    CHECK(err.contains(QStringLiteral("is a team catalogue already (format %1): nothing was changed").arg(TeamSchema::latestVersion())));
    CHECK(snapshot(database) == before);

    const QString busy = newDatabase();
    Admin(busy).exec(QStringLiteral("CREATE TABLE public.budget (id integer)"));
    const QString busyBefore = snapshot(busy);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("init"), adminUrl(busy)}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("is not empty")));
    CHECK(snapshot(busy) == busyBefore);
    CHECK(Admin(busy).value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE ?"), {busy + u'%'}).toInt() == 0);

    // The server's own databases are never made team catalogues (a template would pass it on).
    CHECK(cli({QStringLiteral("server"), QStringLiteral("init"), adminUrl(QStringLiteral("template1"))}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("one of the server's own databases")));
    CHECK(Admin(QStringLiteral("template1")).value(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'team'")).toInt() == 0);
}

TEST_CASE("a reader added with add-user reads the team catalogue but cannot push, and is told why")
{
    const QString database = newDatabase();
    initTeam(database);
    const QString reader = addMember(database, "reader", QStringLiteral("lector's pass"));
    const QString editor = addMember(database, "editor", QStringLiteral("editora"));

    QString out, err;
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("status"), socketUrl(database, reader, QStringLiteral("lector's pass"))}, &out,
                &err)
            == 0);
    CHECK(out.contains(QStringLiteral("  %1\treader").arg(reader)));
    CHECK(out.contains(QStringLiteral("  %1\teditor").arg(editor)));

    QString error;
    TeamError teamError;
    const TeamUrl readerUrl = TeamUrl::parse(tcpUrl(database, reader, QStringLiteral("lector's pass")), &error);
    REQUIRE(error.isEmpty());
    const auto asReader = TeamConnection::open(readerUrl, &teamError);
    INFO(teamError.message);
    REQUIRE(asReader);
    CHECK(asReader->userName() == reader);
    QSqlQuery push(asReader->database());
    const QString newPush = QStringLiteral("INSERT INTO team.push (copy_id, app_format) VALUES (?::uuid, 9) RETURNING seq");
    const QVariantList copy = {QStringLiteral("6f1b2d0e-8c1a-4a39-9a9e-3f1c2b7d5e10")};
    CHECK_FALSE(asReader->exec(push, newPush, copy, &teamError));
    CHECK(teamError.kind == TeamError::Kind::NotAllowed);
    CHECK(teamError.message.contains(QStringLiteral("“%1” may not change the team catalogue").arg(reader)));
    CHECK(teamError.message.contains(QStringLiteral("readers can pull what the team pushed but not push")));

    // The editor pushes (one transaction); the server, not the client, says who did; history is never rewritten.
    const auto asEditor = TeamConnection::open(TeamUrl::parse(tcpUrl(database, editor, QStringLiteral("editora")), &error), &teamError);
    REQUIRE(asEditor);
    QSqlQuery query(asEditor->database());
    const QString newRevision = QStringLiteral("INSERT INTO team.revision (id, measure_uuid, fields, content, changed_at, origin, push_seq) "
                                               "VALUES (?, ?::uuid, '\\x01'::bytea, '{}'::jsonb, now(), 'edit', ?)");
    REQUIRE(asEditor->database().transaction());
    REQUIRE(asEditor->exec(query, newPush, copy, &teamError));
    REQUIRE(query.next());
    const qint64 seq = query.value(0).toLongLong();
    REQUIRE(asEditor->exec(query, newRevision, {QStringLiteral("00112233445566778899aabbccddeeff"), copy.first(), seq}, &teamError));
    REQUIRE(asEditor->database().commit());
    CHECK(Admin(database).value(QStringLiteral("SELECT pushed_by FROM team.push WHERE seq = ?"), {seq}).toString() == editor);
    CHECK(Admin(database).value(QStringLiteral("SELECT pushed_by FROM team.revision")).toString() == editor);
    CHECK_FALSE(asEditor->exec(query, QStringLiteral("INSERT INTO team.push (copy_id, app_format, pushed_by) VALUES (?::uuid, 9, 'someone_else')"),
                               copy, &teamError));
    CHECK(teamError.kind == TeamError::Kind::NotAllowed);
    // Nor filed later under that push (pullers have read past it), nor by another editor under it.
    CHECK_FALSE(asEditor->exec(query, newRevision, {QStringLiteral("1011223344556677"), copy.first(), seq}, &teamError));
    CHECK(teamError.kind == TeamError::Kind::NotAllowed);
    const QString other = addMember(database, "editor", QStringLiteral("otra"));
    const auto asOther = TeamConnection::open(TeamUrl::parse(tcpUrl(database, other, QStringLiteral("otra")), &error), &teamError);
    REQUIRE(asOther);
    QSqlQuery theirs(asOther->database());
    REQUIRE(asOther->database().transaction());
    REQUIRE(asOther->exec(theirs, newPush, copy, &teamError));
    CHECK_FALSE(asOther->exec(theirs, newRevision, {QStringLiteral("2011223344556677"), copy.first(), seq}, &teamError));
    CHECK(teamError.message.contains(QStringLiteral("“%1” may not do this").arg(other))); // named, and not called a reader
    asOther->database().rollback();
    // An editor is not the server's administrator: adding members is refused, saying who and why.
    qputenv("MEASURES_NEW_PASSWORD", "nueva");
    CHECK(cli({QStringLiteral("server"), QStringLiteral("add-user"), tcpUrl(database, other, QStringLiteral("otra")), QStringLiteral("intruso"),
               QStringLiteral("--role"), QStringLiteral("editor")},
              nullptr, &err)
          == 3);
    qunsetenv("MEASURES_NEW_PASSWORD");
    CHECK(err.contains(QStringLiteral("“%1” may not do this").arg(other)));
    // A head is one of its own measure's revisions.
    REQUIRE(asEditor->database().transaction());
    REQUIRE(asEditor->exec(query, newPush, copy, &teamError));
    REQUIRE(query.next());
    const qint64 second = query.value(0).toLongLong();
    CHECK_FALSE(asEditor->exec(query, QStringLiteral("INSERT INTO team.measure_head (measure_uuid, revision, push_seq) VALUES "
                                                     "('7a1b2d0e-8c1a-4a39-9a9e-3f1c2b7d5e11'::uuid, '00112233445566778899aabbccddeeff', ?)"),
                               {second}, &teamError));
    asEditor->database().rollback();
    REQUIRE(asEditor->database().transaction());
    REQUIRE(asEditor->exec(query, newPush, copy, &teamError));
    REQUIRE(query.next());
    CHECK(asEditor->exec(query, QStringLiteral("INSERT INTO team.measure_head (measure_uuid, revision, push_seq) VALUES "
                                               "(?::uuid, '00112233445566778899aabbccddeeff', ?)"),
                         {copy.first(), query.value(0).toLongLong()}, &teamError));
    REQUIRE(asEditor->database().commit());
    CHECK(Admin(database).value(QStringLiteral("SELECT count(*) FROM team.measure_head")).toInt() == 1);
    for (const char *rewrite : {"UPDATE team.revision SET author = 'x'", "DELETE FROM team.revision", "DELETE FROM team.push",
                                "UPDATE team.push SET pushed_by = 'x'"}) {
        INFO(rewrite);
        CHECK_FALSE(asEditor->exec(query, QLatin1String(rewrite), {}, &teamError));
        CHECK(teamError.kind == TeamError::Kind::NotAllowed);
    }
    CHECK(Admin(database).value(QStringLiteral("SELECT count(*) FROM team.revision")).toInt() == 1);

    // Changing a member's role takes the other one away.
    qputenv("MEASURES_NEW_PASSWORD", "unused");
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), reader, QStringLiteral("--role"),
                 QStringLiteral("editor")},
                nullptr, &err)
            == 0);
    qunsetenv("MEASURES_NEW_PASSWORD");
    CHECK(err.contains(QStringLiteral("already had a login on this server")));
    REQUIRE(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(database)}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("  %1\teditor").arg(reader)));
    CHECK_FALSE(out.contains(QStringLiteral("  %1\treader").arg(reader)));
}

TEST_CASE("add-user refuses names that are not plain role names, and needs a role and a password")
{
    const QString database = newDatabase();
    initTeam(database);
    QString err;
    qputenv("MEASURES_NEW_PASSWORD", "x");
    for (const char *name : {"Ana", "ana; DROP ROLE x", "a\"b", "1ana", "ana.b"}) {
        INFO(name);
        CHECK(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), QLatin1String(name), QStringLiteral("--role"),
                   QStringLiteral("reader")},
                  nullptr, &err)
              == 2);
        CHECK(err.contains(QStringLiteral("cannot be a member's name")));
    }
    CHECK(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), QStringLiteral("ana"), QStringLiteral("--role"),
               QStringLiteral("admin")},
              nullptr, &err)
          == 2);
    CHECK(err.contains(QStringLiteral("--role editor or --role reader")));
    qunsetenv("MEASURES_NEW_PASSWORD");
    CHECK(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), uniqueName("nopass"), QStringLiteral("--role"),
               QStringLiteral("reader")},
              nullptr, &err)
          == 2);
    CHECK(err.contains(QStringLiteral("MEASURES_NEW_PASSWORD")));
    CHECK(Admin(database).value(QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                               "WHERE g.rolname LIKE ?"),
                                {database + u'%'})
              .toInt()
          == 0);
}

TEST_CASE("status on a database that is not a team catalogue says so, in the analyst's language")
{
    const QString database = newDatabase();
    QString out, err;
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(database)}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("is not a team catalogue (it has no team schema)")));
    CHECK(out.isEmpty());
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(database), QStringLiteral("--lang"), QStringLiteral("es")},
              &out, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("no es un catálogo de equipo")));
}

TEST_CASE("a team catalogue of a later format is refused, with words that say to update the app")
{
    const QString database = newDatabase();
    initTeam(database);
    Admin(database).exec(QStringLiteral("INSERT INTO team.format (version) VALUES (%1)").arg(TeamSchema::latestVersion() + 1));
    QString out, err;
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(database)}, &out, &err) == 3);
    CHECK(err.contains(QStringLiteral("made by a later version of Measures Catalogue")));
    CHECK(err.contains(QStringLiteral("Update Measures Catalogue to work with it")));
    CHECK(out.isEmpty());
    qputenv("MEASURES_NEW_PASSWORD", "x");
    CHECK(cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), uniqueName("late"), QStringLiteral("--role"),
               QStringLiteral("reader")},
              nullptr, &err)
          == 3);
    qunsetenv("MEASURES_NEW_PASSWORD");
    CHECK(err.contains(QStringLiteral("Update Measures Catalogue")));
}

TEST_CASE("a wrong password and a server that does not answer exit 3, saying which")
{
    const QString database = newDatabase();
    initTeam(database);
    QString err;
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), tcpUrl(database, server().user, QStringLiteral("not-the-password"))},
              nullptr, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("was reached but refused the login: the password of “%1” is wrong").arg(server().user)));

    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), socketUrl(database, server().user, QString())}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("asks for the password of “%1”").arg(server().user)));

    // Port 1 on this machine and a socket folder that does not exist: nothing answers there.
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"),
               QStringLiteral("postgresql://%1:x@127.0.0.1:1/%2").arg(server().user, database)},
              nullptr, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("Cannot reach the server of “%1” on 127.0.0.1:1: nothing answers there").arg(database)));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("postgresql:///%1?host=/nonexistent/folder&port=5").arg(database)},
              nullptr, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("Cannot reach the server of “%1” on /nonexistent/folder (port 5): nothing answers there").arg(database)));

    Admin(QStringLiteral("postgres")).value(QStringLiteral("SELECT 1")); // the server still runs
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), adminUrl(QStringLiteral("no_such_database"))}, nullptr, &err) == 3);
    CHECK(err.contains(QStringLiteral("was reached, but it has no database “no_such_database”")));
}

TEST_CASE("server addresses are read as libpq reads them, and anything else is refused as usage")
{
    QString error;
    const TeamUrl url = TeamUrl::parse(QStringLiteral("postgresql://ana:s%3Bcr%27t@db.example.org:6432/team?sslmode=verify-full"
                                                      "&sslrootcert=/etc/ssl/team%20ca.pem&connect_timeout=10"),
                                       &error);
    REQUIRE(error.isEmpty());
    CHECK(url.host == u"db.example.org");
    CHECK(url.port == 6432);
    CHECK(url.user == u"ana");
    CHECK(url.password == u"s;cr't");
    CHECK(url.database == u"team");
    // What the address gives, then the limits a dead network is given up after (where it gave none).
    CHECK(url.connectOptions() == u"sslmode='verify-full';sslrootcert='/etc/ssl/team ca.pem';connect_timeout='10';keepalives='1';"
                                  "keepalives_idle='30';keepalives_interval='10';keepalives_count='3';tcp_user_timeout='60000'");
    const TeamUrl socket = TeamUrl::parse(QStringLiteral("postgresql:///team?host=/run/postgresql&port=5433&user=ana"), &error);
    REQUIRE(error.isEmpty());
    CHECK(socket.host == u"/run/postgresql");
    CHECK(socket.port == 5433);
    CHECK(socket.isUnixSocket());
    CHECK(socket.connectOptions() == u"connect_timeout='10'"); // no TCP on a socket

    QString err;
    for (const char *bad : {"team", "postgresql://db/team?sslmod=require", "postgresql://db/team?port=x", "postgresql://a,b/team",
                            "postgresql://db/team?sslrootcert=a;host=evil"}) {
        INFO(bad);
        CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), QLatin1String(bad)}, nullptr, &err) == 2);
        CHECK_FALSE(err.isEmpty());
    }
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("postgresql://db/team?sslmod=require")}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("“sslmod”")));
    // A mistyped address is never echoed: it may hold a password.
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("postgresql://ana:sec ret[@db/team")}, nullptr, &err) == 2);
    CHECK_FALSE(err.contains(QStringLiteral("sec ret")));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status"), QStringLiteral("ana:secret@db/team")}, nullptr, &err) == 2);
    CHECK_FALSE(err.contains(QStringLiteral("secret")));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("frobnicate"), QStringLiteral("postgresql:///team")}, nullptr, &err) == 2);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("status")}, nullptr, &err) == 2);
}

TEST_CASE("a new member's password reaches the server only as its SCRAM verifier, and logs in")
{
    // RFC 7677's example: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 rounds.
    const QString known = ScramVerifier::of(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="));
    CHECK(known == u"SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=");
    CHECK(ScramVerifier::of(QStringLiteral("pencil")) != ScramVerifier::of(QStringLiteral("pencil"))); // a new salt each time
}

TEST_CASE("measures-cli --help lists the team catalogue's server commands")
{
    QString out;
    REQUIRE(cli({QStringLiteral("--help")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("server init URL")));
    CHECK(out.contains(QStringLiteral("server add-user URL NAME --role editor|reader")));
    CHECK(out.contains(QStringLiteral("server status URL")));
}

TEST_CASE("talking to the server loads Qt's PostgreSQL driver and libpq, never a second SQLite")
{
    const QString database = newDatabase();
    initTeam(database);
    TempCatalogue local(TempCatalogue::Content::Sample); // the local file's SQLite, core's
    QString error;
    TeamError teamError;
    const auto connection = TeamConnection::open(TeamUrl::parse(adminUrl(database), &error), &teamError);
    REQUIRE(connection);
    REQUIRE(TeamSchema::status(*connection, &teamError));
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    QSet<QString> libraries;
    for (const QByteArray &line : maps.readAll().split('\n'))
        if (const qsizetype slash = line.indexOf('/'); slash >= 0)
            libraries.insert(QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName());
    QStringList sqlite;
    for (const QString &library : std::as_const(libraries))
        if (library.contains(QStringLiteral("sqlite"), Qt::CaseInsensitive))
            sqlite << library;
    INFO(sqlite.join(u' ').toStdString());
    CHECK(sqlite.size() == 1);
    CHECK_FALSE(libraries.contains(QStringLiteral("libqsqlite.so")));
    CHECK(libraries.contains(QStringLiteral("libqsqlpsql.so")));
    CHECK(std::any_of(libraries.cbegin(), libraries.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("libpq.so")); }));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>


// The server the fixture started: its socket folder, port and superuser (server.env).

const TestServer &server()
{
    static const TestServer found = [] {
        TestServer s;
        const QString path = qEnvironmentVariableIsEmpty("MEASURES_PG_ENV") ? QStringLiteral(MEASURES_PG_ENV_FILE)
                                                                            : qEnvironmentVariable("MEASURES_PG_ENV");
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const qsizetype eq = line.indexOf('=');
                const QByteArray key = line.left(eq), value = line.mid(eq + 1);
                if (key == "MEASURES_PG_SOCKET")
                    s.socket = QString::fromLocal8Bit(value);
                else if (key == "MEASURES_PG_PORT")
                    s.port = value.toInt();
                else if (key == "MEASURES_PG_USER")
                    s.user = QString::fromLocal8Bit(value);
                else if (key == "MEASURES_PG_PASSWORD")
                    s.password = QString::fromLocal8Bit(value);
                else if (key == "MEASURES_PG_CA")
                    s.ca = QString::fromLocal8Bit(value);
                else if (key == "MEASURES_PG_OTHER_CA")
                    s.otherCa = QString::fromLocal8Bit(value);
            }
        }
        return s;
    }();
    INFO("No test server: run these tests through ctest (it starts one), or tests/server/pgserver.sh start "
         << MEASURES_PG_ENV_FILE);
    REQUIRE(found.port > 0);
    return found;
}

QString encoded(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }

// An address through the Unix socket, as the README writes them.
QString socketUrl(const QString &database, const QString &user, const QString &password)
{
    const TestServer &s = server();
    QString url = QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4").arg(database, encoded(s.socket), QString::number(s.port), user);
    if (!password.isEmpty())
        url += QStringLiteral("&password=") + encoded(password);
    return url;
}

QString adminUrl(const QString &database) { return socketUrl(database, server().user, server().password); }

QString tcpUrl(const QString &database, const QString &user, const QString &password)
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(user, encoded(password), QString::number(server().port), database);
}

// A name of its own for each story's database and members (roles are the whole server's).
QString uniqueName(const char *prefix)
{
    static int count = 0;
    return QStringLiteral("%1_%2_%3").arg(QLatin1String(prefix)).arg(QCoreApplication::applicationPid()).arg(++count);
}

Admin::Admin(const QString &database)
        : m_name(uniqueName("admin"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server().socket);
        db.setPort(server().port);
        db.setUserName(server().user);
        db.setPassword(server().password);
        db.setDatabaseName(database);
        INFO(db.lastError().text());
        REQUIRE(db.open());
    }
Admin::~Admin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
QVariant Admin::value(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        INFO(sql << ": " << query.lastError().text());
        REQUIRE(query.exec());
        return query.next() ? query.value(0) : QVariant();
    }
void Admin::exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        INFO(sql << ": " << query.lastError().text());
        REQUIRE(query.exec(sql));
    }


QString newDatabase()
{
    const QString name = uniqueName("team");
    Admin(QStringLiteral("postgres")).exec(QStringLiteral("CREATE DATABASE ") + name);
    return name;
}

// What a database holds, to compare before and after a refused command.
QString snapshot(const QString &database)
{
    Admin admin(database);
    return admin.value(QStringLiteral("SELECT string_agg(n.nspname || '.' || c.relname, ',' ORDER BY 1) FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                      "AND n.nspname NOT LIKE 'pg\\_%'"))
               .toString()
           + u'|'
           + admin.value(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY 1) FROM pg_roles WHERE rolname LIKE ?"), {database + u'%'})
                 .toString()
           + u'|' + admin.value(QStringLiteral("SELECT datacl::text FROM pg_database WHERE datname = ?"), {database}).toString()
           + u'|'
           + (admin.value(QStringLiteral("SELECT to_regclass('team.format') IS NOT NULL")).toBool()
                  ? admin.value(QStringLiteral("SELECT string_agg(version::text, ',') FROM team.format")).toString()
                  : QString());
}

int cli(const QStringList &arguments, QString *out, QString *err)
{
    qunsetenv("PGPASSWORD");
    return runCli(arguments, out, err);
}

void initTeam(const QString &database)
{
    QString err;
    const int code = cli({QStringLiteral("server"), QStringLiteral("init"), adminUrl(database)}, nullptr, &err);
    INFO(err);
    REQUIRE(code == 0);
}

QString addMember(const QString &database, const char *role, const QString &password)
{
    const QString name = uniqueName(role);
    qputenv("MEASURES_NEW_PASSWORD", password.toUtf8());
    QString err;
    const int code = cli({QStringLiteral("server"), QStringLiteral("add-user"), adminUrl(database), name, QStringLiteral("--role"),
                          QLatin1String(role)},
                         nullptr, &err);
    qunsetenv("MEASURES_NEW_PASSWORD");
    INFO(err);
    REQUIRE(code == 0);
    return name;
}


// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL 15 that ctest starts for the server tests (the "pg" fixture: tests/server/pgserver.sh),
// and what the stories do with it: databases of their own, the superuser's look at what the app did.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// The server the fixture started: its socket folder, port and superuser (server.env).
struct TestServer {
    QString socket;
    int port = 0;
    QString user;
    QString password;
    QString ca, otherCa; // the certificate authority that signed the server's certificate, and an unrelated one
};
const TestServer &server();

// An address through the Unix socket, as the README writes them.
QString socketUrl(const QString &database, const QString &user, const QString &password);
QString adminUrl(const QString &database);
QString tcpUrl(const QString &database, const QString &user, const QString &password);
// A name of its own for each story's database and members (roles are the whole server's).
QString uniqueName(const char *prefix);

// The superuser's own connection, to look at what the app did (never through the app's code).
class Admin
{
public:
    explicit Admin(const QString &database);
    ~Admin();
    QVariant value(const QString &sql, const QVariantList &values = {});
    void exec(const QString &sql);

private:
    QString m_name;
};

QString newDatabase();
// What a database holds, to compare before and after a refused command.
QString snapshot(const QString &database);
// measures-cli, with no PGPASSWORD of the caller's.
int cli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
void initTeam(const QString &database);
// A new member of that team's role ("editor", "reader") with this password; its login name.
QString addMember(const QString &database, const char *role, const QString &password);

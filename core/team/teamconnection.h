// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamerror.h"
#include "teamurl.h"

#include <QSqlDatabase>
#include <memory>

class QSqlError;
class QSqlQuery;

// One open connection to a team catalogue's server, through Qt Sql's QPSQL driver under a name of
// its own (never the default connection, never QSQLITE: the local file is SQLite's C API's).
// The connection is removed when this object goes.
class TeamConnection
{
public:
    // Connects to the address, or says why not: unreachable (nothing answers there) and login
    // refused (the server answered: password, user, database) are told apart.
    static std::unique_ptr<TeamConnection> open(const TeamUrl &url, TeamError *error);
    ~TeamConnection();
    TeamConnection(const TeamConnection &) = delete;
    TeamConnection &operator=(const TeamConnection &) = delete;

    QSqlDatabase database() const;
    const TeamUrl &url() const { return m_url; }
    QString userName() const { return m_user; } // the server's session_user, asked once at login
    bool isReader() const { return m_reader; }    // may pull, not push (asked once at login)

    // Runs a statement with values bound in order; on failure fills `error` (see describe).
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, TeamError *error) const;
    // An identifier the app itself chose or validated, quoted by the driver.
    QString identifier(const QString &name) const;
    // The server's refusal in words: insufficient privilege names the user and what readers may do.
    TeamError describe(const QSqlError &error) const;

private:
    TeamConnection(const TeamUrl &url, const QString &name);
    TeamUrl m_url;
    QString m_name;
    // Asked at login: a refusal's message cannot ask in a transaction the refusal aborted.
    QString m_user;
    bool m_reader = false; // a member of this database's reader role
};

// Where an address leads without logging in: whether anything accepts a connection there.
namespace TeamReachability {
enum class Answer { Reachable, NoSuchHost, NothingListens };
Answer probe(const TeamUrl &url, QString *detail);
} // namespace TeamReachability

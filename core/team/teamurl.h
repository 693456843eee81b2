// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

// A team catalogue's address: a PostgreSQL connection URI as libpq writes it
// (postgresql://ana@db.example.org/team?sslmode=verify-full, or
// postgresql:///team?host=/run/postgresql&port=5432&user=ana for a Unix socket), read into what
// Qt Sql's QPSQL driver takes: host, port, database, user, password and connect options.
// Only libpq's connection parameters that make sense here are accepted; anything else is refused
// by name, so that a typo never silently connects somewhere else or without TLS.
struct TeamUrl {
    QString host;     // a name, an address or a socket folder (starts with /); empty: libpq's default
    int port = -1;    // -1: libpq's default (5432, or PGPORT)
    QString database; // empty: libpq's default (the user's name, or PGDATABASE)
    QString user;     // empty: libpq's default (the login name, or PGUSER)
    QString password; // empty: libpq's usual places (PGPASSWORD, ~/.pgpass)
    QList<QPair<QString, QString>> options; // sslmode, sslrootcert, connect_timeout...

    // The parsed address, or std::nullopt-like: `ok` false and `error` saying what is wrong.
    static TeamUrl parse(const QString &text, QString *error);
    // The address as given, without its password (what a linked catalogue keeps): empty when
    // `text` is not an address parse() accepts.
    static QString withoutPassword(const QString &text);
    // How messages name the server: "team on db.example.org:5432" (never the password).
    QString displayName() const;
    // QPSQL's connect options: key='value' pairs, quoted as libpq reads them.
    QString connectOptions() const;
    void applyTo(QSqlDatabase &database) const;
    bool isUnixSocket() const { return host.isEmpty() || host.startsWith(u'/'); }
};

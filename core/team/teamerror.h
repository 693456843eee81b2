// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why talking to a team catalogue's server failed, and the message to show (translated).
struct TeamError {
    enum class Kind {
        None,
        NoDriver,        // Qt's PostgreSQL driver (libqt6sql6-psql) is missing
        Unreachable,     // nothing answers at the address (host, port, socket)
        PasswordNeeded,  // the server asks for a password and none was given
        LoginRefused,    // the server answered and refused the login (password, user, database, pg_hba.conf)
        Untrusted,       // TLS: the server's certificate is not trusted for that address
        NotTeam,         // the database is not a team catalogue
        TooNew,          // a team catalogue of a later format than this app knows
        TooOld,          // a team catalogue of an earlier format: its administrator upgrades it
        Moved,           // a push found heads moved by someone else since the pull: pull again
        NotEmpty,        // init: the database holds something already
        AlreadyTeam,     // init: the database is a team catalogue already
        NotAllowed,      // the server refused a statement to this user (a reader pushing...)
        Invalid,         // a name or value given is not acceptable
        Server,          // any other failure the server reported
        Local,           // this catalogue could not be read or written (the message says why)
        Refused,         // what the server holds is refused (damaged, or not what this app writes)
        Cancelled,       // the analyst cancelled the step: nothing was changed
        Conflicts,       // a synchronize found conflicts to decide: nothing was written
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static TeamError of(Kind kind, const QString &message) { return {kind, message}; }
};

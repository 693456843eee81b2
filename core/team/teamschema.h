// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class TeamConnection;

// The team catalogue's schema on the server: numbered migrations (core/team/sql/NNN_*.sql, their
// versions kept in team.format), the two roles of a team (<database>_editor, <database>_reader)
// and their grants, its members. docs/design-notes.md, "A team catalogue on a server".
namespace TeamSchema {

enum class Role { Editor, Reader };
QString roleKey(Role role); // "editor", "reader"
std::optional<Role> roleFromKey(const QString &key);

int latestVersion();
// The database's team format: 0 when it is not a team catalogue (with `error` NotTeam set), or
// its version; a version later than latestVersion() sets TooNew.
int checkFormat(TeamConnection &connection, TeamError *error);

// Makes the empty database the connection is on a team catalogue, in one transaction: the schema,
// the roles and their grants, CONNECT revoked from PUBLIC. Refuses a database that holds anything.
// A team catalogue of an earlier format is brought up to this one (its next steps, its grants).
TeamError initialize(TeamConnection &connection);

// Makes `name` a member of the team: a new login role with that password, or an existing role
// given this team's role instead of its other one (`created` says which; the password of an
// existing role is left as it is).
TeamError addMember(TeamConnection &connection, const QString &name, Role role, const QString &password, bool *created);

// A login role name this app accepts: lower-case letters, digits and _, starting with a letter or _.
bool isValidName(const QString &name);

struct Member {
    QString name;
    Role role;
};
struct Status {
    QString database;
    int version = 0;
    QList<Member> members;
    qint64 measures = 0;  // measures whose head is not a deletion
    qint64 pushes = 0;
    QString lastPushBy;
    QDateTime lastPushAt;
};
std::optional<Status> status(TeamConnection &connection, TeamError *error);

} // namespace TeamSchema

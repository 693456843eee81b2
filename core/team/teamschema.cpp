// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamschema.h"

#include "scramverifier.h"

#include "teamconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class TeamSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)
};

const char *const kSteps[] = {
    ":/team-sql/001_team_schema.sql",
    ":/team-sql/002_push_rules.sql",
    ":/team-sql/003_term_labels.sql",
};

// What each role may do, table by table. History tables are append-only: INSERT, never UPDATE or
// DELETE, and never the columns the server fills itself (who pushed, the push's number).
struct TableGrant {
    const char *table;
    const char *insertColumns; // editors; nullptr: none
    const char *updateColumns; // editors; nullptr: none
};
const TableGrant kGrants[] = {
    {"team.format", nullptr, nullptr},
    {"team.push", "copy_id, app_format", nullptr},
    {"team.revision", "id, measure_uuid, parent, merged, fields, content, author, changed_at, origin, push_seq", nullptr},
    {"team.measure_head", "measure_uuid, revision, push_seq", "revision, push_seq"},
    {"team.tombstone", "measure_uuid, revision, platform_measure_id, push_seq", nullptr},
    {"team.partner_revision", "id, name_key, name, parent, merged, type_code, author, changed_at, origin, push_seq", nullptr},
    {"team.partner_head", "name_key, revision, push_seq", "revision, push_seq"},
    {"team.term_version", "kind, code, push_seq, label_en, label_es, other_labels, parent_code, position, removed", nullptr},
    {"team.saved_view_version", "name_key, push_seq, name, definition, position, removed", nullptr},
};

QString roleName(const QString &database, TeamSchema::Role role)
{
    return database + QStringLiteral("_") + TeamSchema::roleKey(role);
}

bool run(TeamConnection &connection, const QString &sql, const QVariantList &values, TeamError *error, QSqlQuery *result = nullptr)
{
    QSqlQuery query(connection.database());
    if (!connection.exec(query, sql, values, error))
        return false;
    if (result)
        *result = std::move(query);
    return true;
}

std::optional<QVariant> single(TeamConnection &connection, const QString &sql, const QVariantList &values, TeamError *error)
{
    QSqlQuery query(connection.database());
    if (!connection.exec(query, sql, values, error))
        return std::nullopt;
    return query.next() ? query.value(0) : QVariant();
}

QString currentDatabase(TeamConnection &connection, TeamError *error)
{
    const auto name = single(connection, QStringLiteral("SELECT current_database()"), {}, error);
    return name ? name->toString() : QString();
}

// The numbered steps from `from` (exclusive) on, in the caller's transaction.
bool migrate(TeamConnection &connection, int from, TeamError *error)
{
    for (int version = from + 1; version <= TeamSchema::latestVersion(); ++version) {
        QFile file(QString::fromLatin1(kSteps[version - 1]));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = TeamError::of(TeamError::Kind::Invalid, TeamSchemaText::tr("The team schema's step %1 is missing from this program.").arg(version));
            return false;
        }
        // One script per step, sent as one simple query: PostgreSQL runs its statements in order.
        if (!run(connection, QString::fromUtf8(file.readAll()), {}, error)
            || !run(connection, QStringLiteral("INSERT INTO team.format (version) VALUES (?)"), {version}, error))
            return false;
    }
    return true;
}

bool grant(TeamConnection &connection, const QString &database, TeamError *error)
{
    const QString editor = connection.identifier(roleName(database, TeamSchema::Role::Editor));
    const QString reader = connection.identifier(roleName(database, TeamSchema::Role::Reader));
    const QString db = connection.identifier(database);
    QStringList statements = {
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(db),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(db, editor, reader),
        QStringLiteral("REVOKE ALL ON SCHEMA team FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA team TO %1, %2").arg(editor, reader),
        // A push's number is taken by team.push_in_order once it holds the pushes' lock.
        QStringLiteral("GRANT USAGE ON SEQUENCE team.push_seq_seq TO %1").arg(editor),
        // A member whose laptop sleeps mid-push does not hold the pushes' lock for hours.
        QStringLiteral("ALTER DATABASE %1 SET idle_in_transaction_session_timeout = '10min'").arg(db),
    };
    for (const TableGrant &table : kGrants) {
        const QString name = QString::fromLatin1(table.table);
        statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2, %3").arg(name, editor, reader)
                   << QStringLiteral("GRANT SELECT ON %1 TO %2, %3").arg(name, editor, reader);
        if (table.insertColumns)
            statements << QStringLiteral("GRANT INSERT (%1) ON %2 TO %3").arg(QString::fromLatin1(table.insertColumns), name, editor);
        if (table.updateColumns)
            statements << QStringLiteral("GRANT UPDATE (%1) ON %2 TO %3").arg(QString::fromLatin1(table.updateColumns), name, editor);
    }
    for (const QString &statement : std::as_const(statements))
        if (!run(connection, statement, {}, error))
            return false;
    return true;
}

// Ends the transaction: commits when `ok`, else rolls back. Returns `error` (or the commit's).
TeamError finish(TeamConnection &connection, bool ok, TeamError error)
{
    QSqlDatabase db = connection.database();
    if (ok && !db.commit())
        return connection.describe(db.lastError());
    if (!ok)
        db.rollback();
    return error;
}

} // namespace

namespace TeamSchema {

QString roleKey(Role role) { return role == Role::Editor ? QStringLiteral("editor") : QStringLiteral("reader"); }

std::optional<Role> roleFromKey(const QString &key)
{
    if (key == u"editor")
        return Role::Editor;
    if (key == u"reader")
        return Role::Reader;
    return std::nullopt;
}

int latestVersion() { return int(std::size(kSteps)); }

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return name.size() <= 63 && pattern.match(name).hasMatch();
}

int checkFormat(TeamConnection &connection, TeamError *error)
{
    *error = {};
    const auto table = single(connection, QStringLiteral("SELECT to_regclass('team.format') IS NOT NULL"), {}, error);
    if (!table)
        return 0;
    if (!table->toBool()) {
        *error = TeamError::of(TeamError::Kind::NotTeam,
                               TeamSchemaText::tr("%1 is not a team catalogue (it has no team schema). Check the database's name, or "
                                  "make an empty database a team catalogue with measures-cli server init.")
                                   .arg(connection.url().displayName()));
        return 0;
    }
    const auto version = single(connection, QStringLiteral("SELECT max(version) FROM team.format"), {}, error);
    if (!version)
        return 0;
    const int found = version->toInt();
    if (found > latestVersion())
        *error = TeamError::of(TeamError::Kind::TooNew,
                               TeamSchemaText::tr("%1 is a team catalogue of format %2, made by a later version of Measures Catalogue; this "
                                  "version knows formats up to %3. Update Measures Catalogue to work with it.")
                                   .arg(connection.url().displayName())
                                   .arg(found)
                                   .arg(latestVersion()));
    else if (found < 1)
        *error = TeamError::of(TeamError::Kind::NotTeam,
                               TeamSchemaText::tr("%1 is not a whole team catalogue: its format is not recorded.").arg(connection.url().displayName()));
    return found;
}

TeamError initialize(TeamConnection &connection)
{
    TeamError error;
    const QString database = currentDatabase(connection, &error);
    if (error.isError())
        return error;
    if (!isValidName(database) || database.size() > 56)
        return TeamError::of(TeamError::Kind::Invalid,
                             TeamSchemaText::tr("A team catalogue's database is named with lower-case letters, digits and _ (at most 56), "
                                "because its roles are named after it; “%1” is not. Create a database with such a name.")
                                 .arg(database));
    // A template would pass the team's schema to every database made from it, and the maintenance
    // database would lose its public access.
    if (database == u"postgres" || database.startsWith(QStringLiteral("template")))
        return TeamError::of(TeamError::Kind::Invalid,
                             TeamSchemaText::tr("“%1” is one of the server's own databases: a team catalogue needs a database "
                                                "of its own. Create one (CREATE DATABASE team) and give its address.")
                                 .arg(database));
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return connection.describe(db.lastError());
    // Two inits at once: the second waits here, then finds the first one's schema.
    bool ok = run(connection, QStringLiteral("SELECT pg_advisory_xact_lock(7316372)"), {}, &error);
    int existing = 0;
    if (ok) {
        TeamError formatError;
        existing = checkFormat(connection, &formatError);
        if (!formatError.isError() && existing < latestVersion()) {
            // A team catalogue of an earlier format: its next steps, and the grants they need.
            ok = migrate(connection, existing, &error) && grant(connection, database, &error);
            return finish(connection, ok, error);
        }
        if (formatError.kind != TeamError::Kind::NotTeam) {
            if (!formatError.isError() || formatError.kind == TeamError::Kind::TooNew)
                formatError = TeamError::of(TeamError::Kind::AlreadyTeam,
                                            TeamSchemaText::tr("%1 is a team catalogue already (format %2): nothing was changed.")
                                                .arg(connection.url().displayName())
                                                .arg(existing));
            return finish(connection, false, formatError);
        }
    }
    const auto objects = ok ? single(connection,
                                     QStringLiteral("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                    "        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                                    "          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%') "
                                                    "     + (SELECT count(*) FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', "
                                                    "          'information_schema', 'public') AND nspname NOT LIKE 'pg\\_%')"),
                                     {}, &error)
                            : std::nullopt;
    if (!objects)
        return finish(connection, false, error);
    if (objects->toLongLong() > 0)
        return finish(connection, false,
                      TeamError::of(TeamError::Kind::NotEmpty,
                                    TeamSchemaText::tr("%1 is not empty: it holds tables or schemas already. A team catalogue is made in an "
                                       "empty database (CREATE DATABASE …); nothing was changed.")
                                        .arg(connection.url().displayName())));
    const auto mayCreateRoles = single(connection, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"),
                                       {}, &error);
    if (!mayCreateRoles)
        return finish(connection, false, error);
    if (!mayCreateRoles->toBool())
        return finish(connection, false,
                      TeamError::of(TeamError::Kind::NotAllowed,
                                    TeamSchemaText::tr("“%1” may not create roles: run server init as a PostgreSQL superuser, or as a user with "
                                       "CREATEROLE that owns the database. Nothing was changed.")
                                        .arg(connection.userName())));
    for (Role role : {Role::Editor, Role::Reader}) {
        const QString name = roleName(database, role);
        const auto exists = single(connection, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}, &error);
        if (!exists)
            return finish(connection, false, error);
        if (exists->toInt() > 0)
            return finish(connection, false,
                          TeamError::of(TeamError::Kind::NotEmpty,
                                        TeamSchemaText::tr("The server has a role “%1” already (left by an earlier team catalogue of that name?): "
                                           "drop it or use another database name. Nothing was changed.")
                                            .arg(name)));
        if (!run(connection, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(connection.identifier(name)), {}, &error))
            return finish(connection, false, error);
    }
    ok = migrate(connection, existing, &error) && grant(connection, database, &error);
    return finish(connection, ok, error);
}

TeamError addMember(TeamConnection &connection, const QString &name, Role role, const QString &password, bool *created)
{
    *created = false;
    TeamError error;
    checkFormat(connection, &error);
    if (error.isError())
        return error;
    const QString database = currentDatabase(connection, &error);
    if (error.isError())
        return error;
    if (!isValidName(name) || name.startsWith(QStringLiteral("pg_")))
        return TeamError::of(TeamError::Kind::Invalid,
                             TeamSchemaText::tr("“%1” cannot be a member's name: use lower-case letters, digits and _ (at most 63), "
                                "starting with a letter.")
                                 .arg(name));
    const QString mine = roleName(database, role);
    const QString other = roleName(database, role == Role::Editor ? Role::Reader : Role::Editor);
    if (name == mine || name == other)
        return TeamError::of(TeamError::Kind::Invalid, TeamSchemaText::tr("“%1” is one of the team's own roles, not a person.").arg(name));
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return connection.describe(db.lastError());
    const auto exists = single(connection, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}, &error);
    if (!exists)
        return finish(connection, false, error);
    bool ok = true;
    if (exists->toInt() == 0) {
        if (password.isEmpty())
            return finish(connection, false, TeamError::of(TeamError::Kind::Invalid, TeamSchemaText::tr("A new member needs a password.")));
        // The verifier, never the password: statements can be logged and are shown in
        // pg_stat_activity. It holds only base64, digits, $ and : (nothing to quote).
        const QString verifier = ScramVerifier::of(password);
        ok = run(connection, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(connection.identifier(name), verifier), {}, &error);
        *created = ok;
    } else {
        // An existing login (a member of another team, or changing role): this team's other role goes.
        // Revoking a role it never had is a server WARNING printed raw on the terminal: only the
        // transaction's errors are wanted here.
        ok = run(connection, QStringLiteral("SET LOCAL client_min_messages = error"), {}, &error)
          && run(connection, QStringLiteral("REVOKE %1 FROM %2").arg(connection.identifier(other), connection.identifier(name)), {}, &error);
    }
    ok = ok && run(connection, QStringLiteral("GRANT %1 TO %2").arg(connection.identifier(mine), connection.identifier(name)), {}, &error);
    return finish(connection, ok, error);
}

std::optional<Status> status(TeamConnection &connection, TeamError *error)
{
    Status result;
    result.version = checkFormat(connection, error);
    if (error->isError())
        return std::nullopt;
    result.database = currentDatabase(connection, error);
    if (error->isError())
        return std::nullopt;
    QSqlQuery query(connection.database());
    if (!connection.exec(query,
                         QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members a "
                                        "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
                                        "WHERE g.rolname IN (?, ?) ORDER BY m.rolname, g.rolname"),
                         {roleName(result.database, Role::Editor), roleName(result.database, Role::Reader)}, error))
        return std::nullopt;
    while (query.next())
        result.members.append({query.value(0).toString(),
                               query.value(1).toString() == roleName(result.database, Role::Editor) ? Role::Editor : Role::Reader});
    if (!connection.exec(query,
                         QStringLiteral("SELECT (SELECT count(*) FROM team.measure_head h JOIN team.revision r ON r.id = h.revision "
                                        "        WHERE r.fields IS NOT NULL), "
                                        "       (SELECT count(*) FROM team.push), "
                                        "       (SELECT pushed_by FROM team.push ORDER BY seq DESC LIMIT 1), "
                                        "       (SELECT pushed_at FROM team.push ORDER BY seq DESC LIMIT 1)"),
                         {}, error)
        || !query.next())
        return std::nullopt;
    result.measures = query.value(0).toLongLong();
    result.pushes = query.value(1).toLongLong();
    result.lastPushBy = query.value(2).toString();
    result.lastPushAt = query.value(3).toDateTime();
    return result;
}

} // namespace TeamSchema

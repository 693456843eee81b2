// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "migrations.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace {

struct Object {
    QString type;      // table, virtual table, shadow table, index, view, trigger
    QString signature; // what must be the same
};
using Schema = QMap<QString, Object>;

QString rows(SqliteConnection &connection, const QString &sql, const QString &name)
{
    SqliteStatement query(connection, sql);
    query.bindText(1, name);
    QStringList lines;
    while (query.step()) {
        QStringList cells;
        for (int column = 0; column < 8; ++column)
            cells << (query.isNull(column) ? QStringLiteral("∅") : query.text(column));
        lines << cells.join(u'|');
    }
    if (query.hasError() || !query.isValid())
        lines << QStringLiteral("error: ") + query.errorMessage();
    return lines.join(u';');
}

// Only the structure: the text of CREATE statements changed between versions (comments, CHECKs
// written with OR) for files that are nonetheless the app's own.
Schema describe(SqliteConnection &connection)
{
    Schema schema;
    QStringList virtualTables;
    QHash<QString, QString> sqlOf;
    {
        SqliteStatement objects(connection, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
        while (objects.step()) {
            const QString type = objects.text(0), name = objects.text(1), sql = objects.text(3).simplified();
            if (type == u"table" && sql.startsWith(QStringLiteral("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables << name;
            sqlOf.insert(name, sql);
            schema.insert(name, {type, objects.text(2)});
        }
        if (objects.hasError() || !objects.isValid())
            schema.insert(QStringLiteral("(sqlite_schema)"), {QStringLiteral("unreadable"), objects.errorMessage()});
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString &name = it.key();
        Object &object = it.value();
        static const QStringList internal = {QStringLiteral("sqlite_sequence"), QStringLiteral("sqlite_stat1"), QStringLiteral("sqlite_stat2"),
                                             QStringLiteral("sqlite_stat3"), QStringLiteral("sqlite_stat4")};
        if ((internal.contains(name) && object.type == u"table") || (name.startsWith(QStringLiteral("sqlite_autoindex_")) && object.type == u"index")) {
            object = {QStringLiteral("internal"), {}}; // statistics, sequences, automatic indexes (compared with their tables)
            continue;
        }
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&name](const QString &v) {
            return name.startsWith(v + u'_');
        });
        if (object.type == u"table" && shadow) {
            object = {QStringLiteral("shadow table"), {}}; // the search index's own tables: SQLite's to lay out
        } else if (object.type == u"table") {
            const bool isVirtual = virtualTables.contains(name);
            QString signature = rows(connection, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)"), name);
            if (isVirtual) // the search index: its module and options, as written (unchanged since its format)
                signature += u'#' + sqlOf.value(name);
            else // its indexes, and its references to other tables with what a deletion there does here
                signature += u'#' + rows(connection, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY name"), name)
                           + u'#' + rows(connection, QStringLiteral("SELECT seq, \"table\", \"from\", \"to\", on_update, on_delete, match "
                                                                   "FROM pragma_foreign_key_list(?1) ORDER BY id, seq"), name);
            object = {isVirtual ? QStringLiteral("virtual table") : QStringLiteral("table"), signature};
        } else if (object.type == u"index") {
            object.signature = object.signature + u'#'
                + rows(connection, QStringLiteral("SELECT seqno, cid, name, desc, coll, key FROM pragma_index_xinfo(?1)"), name);
        } else {
            object.signature.clear(); // a view or a trigger: never ours
        }
    }
    return schema;
}

// The schema the migrations make at `version`, built once per version in memory.
Schema expected(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> built;
    const QMutexLocker lock(&mutex);
    if (const auto it = built.constFind(version); it != built.cend())
        return it.value();
    QString error;
    auto memory = SqliteConnection::open(QStringLiteral(":memory:"), SqliteConnection::Access::ReadWriteCreate, 0, &error);
    Schema schema;
    if (memory && Migrations::migrate(*memory, version).isEmpty())
        schema = describe(*memory);
    built.insert(version, schema);
    return schema;
}

} // namespace

QStringList SchemaCheck::differences(SqliteConnection &connection, int version, int limit)
{
    const Schema want = expected(version);
    const Schema have = describe(connection);
    QStringList found;
    if (want.isEmpty())
        return {tr("this version cannot tell how format %1 is laid out").arg(version)};
    // Whole sentences per kind of object: translations agree in gender and number.
    const auto unexpected = [](const QString &type, const QString &name) {
        if (type == u"view")
            return tr("a view “%1” that this app never makes").arg(name);
        if (type == u"trigger")
            return tr("a trigger “%1” that this app never makes").arg(name);
        if (type == u"index")
            return tr("an index “%1” that this app never makes").arg(name);
        return tr("a table “%1” that this app never makes").arg(name);
    };
    const auto otherKind = [](const QString &type, const QString &name) {
        if (type == u"view")
            return tr("“%1” is a view, where this app makes a table").arg(name);
        return tr("“%1” is of another kind than this app makes").arg(name);
    };
    const auto otherColumns = [](const QString &type, const QString &name) {
        if (type == u"index")
            return tr("the index “%1” covers other columns than this app makes").arg(name);
        return tr("the table “%1” has other columns than this app makes").arg(name);
    };
    const auto missing = [](const QString &type, const QString &name) {
        if (type == u"index")
            return tr("the index “%1” is missing").arg(name);
        return tr("the table “%1” is missing").arg(name);
    };
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        if (it->type == u"internal")
            continue;
        const QString name = it.key().left(60);
        const auto wanted = want.constFind(it.key());
        if (wanted == want.cend())
            found << unexpected(it->type, name);
        else if (wanted->type != it->type)
            found << otherKind(it->type, name);
        else if (wanted->signature != it->signature)
            found << otherColumns(it->type, name);
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (it->type != u"internal" && !have.contains(it.key()))
            found << missing(it->type, it.key());
    if (found.size() > limit) {
        const qsizetype more = found.size() - limit;
        found = found.mid(0, limit);
        found << tr("%n more difference(s)", nullptr, int(more));
    }
    return found;
}

#include "migrations.h"

#include "sqlitestatement.h"

#include <QFile>
#include <QTextStream>
#include <functional>
#include <sqlite3.h>

namespace {

// Countries come from Debian's iso-codes (English and Spanish names), as a resource file.
QString seedCountries(sqlite3 *db)
{
    QFile file(QStringLiteral(":/vocabularies/countries.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("countries.tsv resource is missing");
    SqliteStatement insert(db, QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, builtin, position) "
                                              "VALUES ('country', ?, ?, ?, 1, ?)"));
    if (!insert.isValid())
        return insert.errorMessage();
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    int position = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() != 3)
            continue;
        insert.reset();
        insert.bindAll({parts[0], parts[1], parts[2], ++position});
        insert.step();
        if (insert.hasError())
            return insert.errorMessage();
    }
    return {};
}

struct Step {
    int version;
    const char *script;
    std::function<QString(sqlite3 *)> extra;
};

const Step kSteps[] = {
    {1, ":/sql/001_schema.sql", nullptr},
    {2, ":/sql/002_vocabularies.sql", seedCountries},
    {3, ":/sql/003_search.sql", nullptr},
    {4, ":/sql/004_facet_bits.sql", nullptr},
};

QString runStep(sqlite3 *db, const Step &step)
{
    QFile file(QString::fromLatin1(step.script));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("missing migration script %1").arg(QString::fromLatin1(step.script));
    QString error;
    if (!executeSimple(db, "BEGIN IMMEDIATE", &error))
        return error;
    // Another process may have upgraded the file meanwhile; the step must start where it expects.
    if (Migrations::currentVersion(db) != step.version - 1) {
        executeSimple(db, "ROLLBACK");
        return {};
    }
    error = executeScript(db, file.readAll());
    if (error.isEmpty() && step.extra)
        error = step.extra(db);
    if (error.isEmpty()) {
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(step.version);
        executeSimple(db, pragma.constData(), &error);
    }
    if (error.isEmpty() && executeSimple(db, "COMMIT", &error))
        return {};
    executeSimple(db, "ROLLBACK");
    return error;
}

} // namespace

namespace Migrations {

int latestVersion() { return int(std::size(kSteps)); }

int currentVersion(sqlite3 *db)
{
    SqliteStatement query(db, QStringLiteral("PRAGMA user_version"));
    return query.step() ? int(query.int64(0)) : -1;
}

QString migrate(sqlite3 *db, int target)
{
    if (target < 0)
        target = latestVersion();
    for (const Step &step : kSteps) {
        if (step.version > target)
            break;
        if (currentVersion(db) >= step.version)
            continue;
        const QString error = runStep(db, step);
        if (!error.isEmpty())
            return QStringLiteral("step %1: %2").arg(step.version).arg(error);
    }
    return {};
}

} // namespace Migrations

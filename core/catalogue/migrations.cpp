// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "facetcolumns.h"
#include "historymigrations.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <functional>

namespace {

// Countries come from Debian's iso-codes (English and Spanish names), as a resource file:
// code, English name, Spanish name per line.
QString forEachCountry(const std::function<QString(const QStringList &)> &visit)
{
    QFile file(QStringLiteral(":/vocabularies/countries.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("countries.tsv resource is missing");
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3)
            continue;
        if (const QString error = visit(parts); !error.isEmpty())
            return error;
    }
    return {};
}

QString seedCountries(SqliteConnection &connection)
{
    SqliteStatement insert(connection, QStringLiteral("INSERT INTO term (kind, code, label_en, label_es, builtin, position) "
                                                      "VALUES ('country', ?, ?, ?, 1, ?)"));
    if (!insert.isValid())
        return insert.errorMessage();
    int position = 0;
    return forEachCountry([&](const QStringList &country) {
        insert.bindAll({country[0], country[1], country[2], ++position});
        return insert.run() ? QString() : insert.errorMessage();
    });
}

// Migration 5: names corrected in the resource reach catalogues made before the correction.
QString refreshCountryNames(SqliteConnection &connection)
{
    SqliteStatement update(connection, QStringLiteral("UPDATE term SET label_en = ?, label_es = ? "
                                                      "WHERE kind = 'country' AND code = ? AND builtin = 1"));
    if (!update.isValid())
        return update.errorMessage();
    return forEachCountry([&](const QStringList &country) {
        update.bindAll({country[1], country[2], country[0]});
        return update.run() ? QString() : update.errorMessage();
    });
}

// The built-in terms' labels in the listed languages the term table has no column for:
// terms-<code>.tsv (kind, code, label) and countries-<code>.tsv (code, name) per language.
struct BuiltinLabel {
    QString kind, code, language, label;
};

QList<BuiltinLabel> builtinLabels()
{
    QList<BuiltinLabel> labels;
    for (const Language language : Language::all()) {
        if (VocabularyTerm::hasColumn(language))
            continue;
        for (const bool countries : {false, true}) {
            QFile file(QStringLiteral(":/vocabularies/%1-%2.tsv").arg(countries ? u"countries" : u"terms", language.code()));
            if (!file.open(QIODevice::ReadOnly))
                continue; // a language without labels yet shows English ones
            QTextStream in(&file);
            in.setEncoding(QStringConverter::Utf8);
            while (!in.atEnd()) {
                const QString line = in.readLine();
                if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                    continue;
                const QStringList parts = line.split(u'\t');
                if (countries && parts.size() >= 2 && !parts[1].trimmed().isEmpty())
                    labels.append({QStringLiteral("country"), parts[0].trimmed(), language.code(), parts[1].trimmed()});
                else if (!countries && parts.size() >= 3 && !parts[2].trimmed().isEmpty())
                    labels.append({parts[0].trimmed(), parts[1].trimmed(), language.code(), parts[2].trimmed()});
            }
        }
    }
    return labels;
}

// Writes the labels that differ from the file's (only for terms that are built in there); an
// empty label removes that row.
QString writeBuiltinLabels(SqliteConnection &connection, const QList<BuiltinLabel> &labels)
{
    SqliteStatement remove(connection, QStringLiteral("DELETE FROM term_label WHERE kind = ?1 AND code = ?2 AND language = ?3 AND "
                                                      "EXISTS (SELECT 1 FROM term WHERE kind = ?1 AND code = ?2 AND builtin = 1)"));
    if (!remove.isValid())
        return remove.errorMessage();
    SqliteStatement upsert(connection, QStringLiteral("INSERT INTO term_label (kind, code, language, label) "
                                                      "SELECT kind, code, ?3, ?4 FROM term WHERE kind = ?1 AND code = ?2 AND builtin = 1 "
                                                      "ON CONFLICT (kind, code, language) DO UPDATE SET label = excluded.label"));
    if (!upsert.isValid())
        return upsert.errorMessage();
    for (const BuiltinLabel &l : labels) {
        SqliteStatement &statement = l.label.isEmpty() ? remove : upsert;
        statement.bindAll(l.label.isEmpty() ? QVariantList{l.kind, l.code, l.language} : QVariantList{l.kind, l.code, l.language, l.label});
        if (!statement.run())
            return statement.errorMessage();
        statement.reset();
    }
    return {};
}

QList<BuiltinLabel> changedBuiltinLabels(SqliteConnection &connection, QString *error)
{
    QHash<QString, QString> stored;
    const auto key = [](const QString &kind, const QString &code, const QString &language) {
        return kind + u'\t' + code + u'\t' + language;
    };
    SqliteStatement read(connection, QStringLiteral("SELECT l.kind, l.code, l.language, l.label FROM term_label l "
                                                    "JOIN term t ON t.kind = l.kind AND t.code = l.code WHERE t.builtin = 1"));
    while (read.step())
        stored.insert(key(read.text(0), read.text(1), read.text(2)), read.text(3));
    *error = read.errorMessage();
    QList<BuiltinLabel> changed;
    for (const BuiltinLabel &l : builtinLabels()) {
        if (stored.value(key(l.kind, l.code, l.language)) != l.label)
            changed << l;
        stored.remove(key(l.kind, l.code, l.language));
    }
    // A built-in term's label the program's files do not give (a hand-edited file's): removed.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QStringList parts = it.key().split(u'\t');
        changed << BuiltinLabel{parts.value(0), parts.value(1), parts.value(2), QString()};
    }
    return changed;
}

QString fillBuiltinLabels(SqliteConnection &connection)
{
    return writeBuiltinLabels(connection, builtinLabels());
}

// Migration 4's masks, derived from the links by the one definition in FacetColumns.
QString fillFacetMasks(SqliteConnection &connection)
{
    QStringList assignments;
    for (const FacetColumn &facet : FacetColumns::all())
        assignments << QStringLiteral("%1 = %2").arg(facet.columnName(), facet.maskFromLinksSql());
    SqliteStatement update(connection, QStringLiteral("UPDATE measure SET ") + assignments.join(QStringLiteral(", ")));
    return update.run() ? QString() : update.errorMessage();
}

struct Step {
    int version;
    const char *script; // or nullptr when the step is only its C++ part
    std::function<QString(SqliteConnection &)> extra;
};

const Step kSteps[] = {
    {1, ":/sql/001_schema.sql", nullptr},
    {2, ":/sql/002_vocabularies.sql", seedCountries},
    {3, ":/sql/003_search.sql", nullptr},
    {4, ":/sql/004_facet_bits.sql", fillFacetMasks},
    {5, ":/sql/005_sort_ties.sql", refreshCountryNames},
    {6, ":/sql/006_saved_views.sql", nullptr},
    {7, ":/sql/007_earlier_forms.sql", nullptr},
    {8, ":/sql/008_revisions.sql", HistoryMigrations::deriveFirstRevisions},
    {9, ":/sql/009_converging_history.sql", HistoryMigrations::deriveKeyedRevisions},
    {10, ":/sql/010_team_link.sql", nullptr},
    {11, ":/sql/011_term_labels.sql", fillBuiltinLabels},
};

QString runStep(SqliteConnection &connection, const Step &step)
{
    QByteArray script;
    if (step.script) {
        QFile file(QString::fromLatin1(step.script));
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("Migrations", "the upgrade script %1 is missing from this program").arg(QString::fromLatin1(step.script));
        script = file.readAll();
    }
    QString error;
    if (!connection.execute("BEGIN IMMEDIATE", &error))
        return error;
    // Another process may have upgraded the file meanwhile; the step must start where it expects.
    if (Migrations::currentVersion(connection) != step.version - 1) {
        connection.execute("ROLLBACK");
        return {};
    }
    if (!script.isEmpty())
        error = connection.executeScript(script);
    if (error.isEmpty() && step.extra)
        error = step.extra(connection);
    if (error.isEmpty()) {
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(step.version);
        connection.execute(pragma.constData(), &error);
    }
    if (error.isEmpty() && connection.execute("COMMIT", &error))
        return {};
    connection.execute("ROLLBACK");
    return error;
}

} // namespace

namespace Migrations {

int latestVersion() { return int(std::size(kSteps)); }

int currentVersion(SqliteConnection &connection)
{
    SqliteStatement query(connection, QStringLiteral("PRAGMA user_version"));
    return query.step() ? int(query.int64(0)) : -1;
}

QString migrate(SqliteConnection &connection, int target)
{
    if (target < 0)
        target = latestVersion();
    for (const Step &step : kSteps) {
        if (step.version > target)
            break;
        if (currentVersion(connection) >= step.version)
            continue;
        const QString error = runStep(connection, step);
        if (!error.isEmpty())
            return QCoreApplication::translate("Migrations", "upgrade step %1: %2").arg(step.version).arg(error);
    }
    return {};
}

QString refreshBuiltinCountryNames(SqliteConnection &connection)
{
    // Compared first: a catalogue whose names are right is not written to at all.
    QHash<QString, QPair<QString, QString>> stored;
    {
        SqliteStatement read(connection, QStringLiteral("SELECT code, label_en, label_es FROM term WHERE kind = 'country' AND builtin = 1"));
        while (read.step())
            stored.insert(read.text(0), {read.text(1), read.text(2)});
        if (read.hasError())
            return read.errorMessage();
    }
    QList<QStringList> changed;
    const QString listError = forEachCountry([&](const QStringList &country) {
        const auto it = stored.constFind(country[0]);
        if (it != stored.cend() && (it->first != country[1] || it->second != country[2]))
            changed << country;
        return QString();
    });
    if (!listError.isEmpty() || changed.isEmpty())
        return listError;
    QString error;
    if (!connection.execute("BEGIN IMMEDIATE", &error))
        return error;
    SqliteStatement update(connection, QStringLiteral("UPDATE term SET label_en = ?, label_es = ? "
                                                      "WHERE kind = 'country' AND code = ? AND builtin = 1"));
    for (const QStringList &country : std::as_const(changed)) {
        update.bindAll({country[1], country[2], country[0]});
        if (!update.run()) {
            error = update.errorMessage();
            connection.execute("ROLLBACK");
            return error;
        }
        update.reset();
    }
    if (!connection.execute("COMMIT", &error)) {
        connection.execute("ROLLBACK"); // never left open for the analyst's first save to join
        return error;
    }
    return {};
}

QString refreshBuiltinLabels(SqliteConnection &connection)
{
    QString error;
    const QList<BuiltinLabel> changed = changedBuiltinLabels(connection, &error);
    if (!error.isEmpty() || changed.isEmpty())
        return error;
    if (!connection.execute("BEGIN IMMEDIATE", &error))
        return error;
    error = writeBuiltinLabels(connection, changed);
    if (error.isEmpty() && connection.execute("COMMIT", &error))
        return {};
    connection.execute("ROLLBACK"); // never left open for the analyst's first save to join
    return error;
}

} // namespace Migrations

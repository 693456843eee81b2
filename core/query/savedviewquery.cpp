// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "store/storageerror.h"

namespace {

bool hasViews(const Catalogue &catalogue)
{
    SqliteStatement query(catalogue.connection(),
                          QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'saved_view'"));
    return query.step();
}

QList<SavedView> read(const Catalogue &catalogue, const QString &name, QString *error)
{
    QList<SavedView> views;
    if (!hasViews(catalogue))
        return views;
    SqliteStatement query(catalogue.connection(), QStringLiteral("SELECT name, definition FROM saved_view ORDER BY position, name"));
    while (query.step()) {
        // Compared here rather than in SQL: NOCASE folds only ASCII, and “Perú” is “PERÚ”.
        if (!name.isNull() && query.text(0).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (auto view = SavedView::fromJson(query.text(0), query.text(1).toUtf8()))
            views << *view; // a view written by a later version is left alone, not guessed at
    }
    if (error && query.hasError())
        *error = StorageError::unreadable(query.errorMessage());
    return views;
}

} // namespace

namespace SavedViewQuery {

QList<SavedView> all(const Catalogue &catalogue, QString *error)
{
    return read(catalogue, QString(), error);
}

std::optional<SavedView> find(const Catalogue &catalogue, const QString &name, QString *error)
{
    const QList<SavedView> views = read(catalogue, name.simplified(), error);
    if (views.isEmpty())
        return std::nullopt;
    return views.first();
}

} // namespace SavedViewQuery

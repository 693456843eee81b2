// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewstore.h"

#include "catalogue/catalogue.h"
#include "model/timestamps.h"
#include "query/savedviewquery.h"
#include "storageerror.h"
#include "writetransaction.h"

SavedViewStore::SavedViewStore(const Catalogue &catalogue) : m_catalogue(catalogue) {}

QString SavedViewStore::save(const SavedView &view, bool replace)
{
    if (const QString problem = SavedViews::checkName(view.name); !problem.isEmpty())
        return problem;
    const QString name = view.name.simplified();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    const auto existing = SavedViewQuery::find(m_catalogue, name, &error);
    if (!error.isEmpty())
        return error;
    if (existing && !replace)
        return tr("There is already a view called “%1”. Choose another name, or replace that view.").arg(existing->name);
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    error = existing ? StorageError::run(m_catalogue, QStringLiteral("UPDATE saved_view SET name = ?, definition = ?, updated_at = ? WHERE name = ?"),
                              {name, QString::fromUtf8(view.toJson()), now, existing->name})
                     : StorageError::run(m_catalogue,
                              QStringLiteral("INSERT INTO saved_view (name, definition, position, updated_at) "
                                             "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_view), ?)"),
                              {name, QString::fromUtf8(view.toJson()), now});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString SavedViewStore::rename(const QString &name, const QString &newName)
{
    if (const QString problem = SavedViews::checkName(newName); !problem.isEmpty())
        return problem;
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    const auto other = SavedViewQuery::find(m_catalogue, newName, &error);
    if (!error.isEmpty())
        return error;
    if (other && other->name.compare(name, Qt::CaseInsensitive) != 0)
        return tr("There is already a view called “%1”. Choose another name.").arg(other->name);
    const auto view = SavedViewQuery::find(m_catalogue, name, &error);
    if (!error.isEmpty())
        return error;
    if (!view)
        return tr("The view “%1” is no longer in this catalogue.").arg(name);
    error = StorageError::run(m_catalogue, QStringLiteral("UPDATE saved_view SET name = ?, updated_at = ? WHERE name = ?"),
                   {newName.simplified(), isoTimestamp(QDateTime::currentDateTimeUtc()), view->name});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString SavedViewStore::remove(const QString &name)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    const auto view = SavedViewQuery::find(m_catalogue, name, &error);
    if (!error.isEmpty())
        return error;
    if (!view)
        return {}; // already gone: what was asked is true
    error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM saved_view WHERE name = ?"), {view->name});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

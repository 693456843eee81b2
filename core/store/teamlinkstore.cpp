// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlinkstore.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/timestamps.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QUuid>

namespace TeamLinkStore {

namespace {

// No link, no heads recorded: in the caller's transaction.
QString clear(const Catalogue &catalogue)
{
    for (const char *sql : {"DELETE FROM team_head", "DELETE FROM team_partner_head", "DELETE FROM team_view", "DELETE FROM team_link"})
        if (const QString error = StorageError::run(catalogue, QString::fromLatin1(sql), {}); !error.isEmpty())
            return error;
    return {};
}

} // namespace

QString link(const Catalogue &catalogue, const QString &address)
{
    WriteTransaction transaction(catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    if (const QString error = clear(catalogue); !error.isEmpty())
        return error;
    if (const QString error = StorageError::run(catalogue, QStringLiteral("INSERT INTO team_link (id, address, copy_id) VALUES (1, ?, ?)"),
                                               {address, QUuid::createUuid().toString(QUuid::WithoutBraces)});
        !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString record(const Catalogue &catalogue, const TeamHeads &heads, bool completesSynchronize)
{
    WriteTransaction transaction(catalogue, heads.measures.size() > 5000 ? WriteTransaction::Size::Bulk : WriteTransaction::Size::Normal);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (auto [sql, map] : {std::pair{"INSERT OR REPLACE INTO team_head (measure_uuid, revision) VALUES (?, ?)", &heads.measures},
                            std::pair{"INSERT OR REPLACE INTO team_partner_head (name_key, revision) VALUES (?, ?)", &heads.partners}}) {
        SqliteStatement s(catalogue.connection(), QString::fromLatin1(sql));
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            s.reset();
            s.bindText(1, it.key());
            s.bindText(2, it.value());
            if (!s.run())
                return StorageError::message(s.errorCode(), s.errorMessage());
        }
    }
    QString error = StorageError::run(catalogue, QStringLiteral("UPDATE team_link SET pulled_seq = max(pulled_seq, ?) WHERE id = 1"), {heads.seq});
    if (error.isEmpty() && completesSynchronize)
        error = StorageError::run(catalogue, QStringLiteral("UPDATE team_link SET synchronized_at = ? WHERE id = 1"),
                                  {isoTimestamp(QDateTime::currentDateTimeUtc())});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString recordViews(const Catalogue &catalogue, const QHash<QString, QString> &views)
{
    WriteTransaction transaction(catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    if (const QString error = StorageError::run(catalogue, QStringLiteral("DELETE FROM team_view"), {}); !error.isEmpty())
        return error;
    for (auto it = views.cbegin(); it != views.cend(); ++it)
        if (const QString error = StorageError::run(catalogue, QStringLiteral("INSERT INTO team_view (name_key, definition) VALUES (?, ?)"),
                                                    {it.key(), it.value()});
            !error.isEmpty())
            return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString unlink(const Catalogue &catalogue)
{
    WriteTransaction transaction(catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    if (const QString error = clear(catalogue); !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

} // namespace TeamLinkStore

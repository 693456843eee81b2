#include "catalogueprobe.h"

#include "migrations.h"
#include "readonlypolicy.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

CatalogueError CatalogueProbe::fromSqlite(int code, const QString &path, const QString &message)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return {CatalogueError::Kind::NotACatalogue, path, message};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {CatalogueError::Kind::Busy, path, message};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_READONLY:
        return {CatalogueError::Kind::Unreadable, path, message};
    default:
        return {CatalogueError::Kind::Corrupt, path, message};
    }
}

CatalogueError CatalogueProbe::probe(const QString &path, bool quickCheck, int *version)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {CatalogueError::Kind::Missing, path};
    if (info.isDir())
        return {CatalogueError::Kind::NotACatalogue, path, tr("it is a folder")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {CatalogueError::Kind::Unreadable, path, file.errorString()};
    if (file.size() == 0)
        return {CatalogueError::Kind::Empty, path};
    const QByteArray header = file.read(100);
    file.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return {CatalogueError::Kind::NotACatalogue, path, tr("not an SQLite database")};
    if (header.size() < 100)
        return {CatalogueError::Kind::Corrupt, path, tr("the file is truncated")};

    const ReadOnlyPolicy::Plan plan = ReadOnlyPolicy::readOnlyPlan(path);
    SideFiles sideFiles(path);
    sideFiles.remember();
    CatalogueError result;
    {
        QString openError;
        int openCode = 0;
        const auto connection = SqliteConnection::open(plan.target, plan.access, kBusyTimeoutMs, &openError, &openCode);
        if (!connection)
            return {CatalogueError::Kind::Unreadable, path, openError};
        result = [&]() -> CatalogueError {
            SqliteStatement appId(*connection, QStringLiteral("PRAGMA application_id"));
            if (!appId.step())
                return fromSqlite(appId.errorCode(), path, appId.errorMessage());
            const qint64 id = appId.int64(0);
            SqliteStatement userVersion(*connection, QStringLiteral("PRAGMA user_version"));
            if (!userVersion.step())
                return fromSqlite(userVersion.errorCode(), path, userVersion.errorMessage());
            const int found = int(userVersion.int64(0));
            if (version)
                *version = found;
            if (id != kApplicationId)
                return {CatalogueError::Kind::NotACatalogue, path, tr("an SQLite database of another program")};
            if (found > Migrations::latestVersion()) {
                CatalogueError error(CatalogueError::Kind::NewerVersion, path);
                error.foundVersion = found;
                return error;
            }
            if (found < 1)
                return {CatalogueError::Kind::Corrupt, path, tr("the catalogue was never finished")};
            if (!quickCheck)
                return {};
            SqliteStatement check(*connection, QStringLiteral("PRAGMA quick_check(5)"));
            QStringList problems;
            while (check.step()) {
                const QString line = check.text(0);
                if (line != u"ok")
                    problems << line;
            }
            if (check.hasError())
                return fromSqlite(check.errorCode(), path, check.errorMessage());
            if (!problems.isEmpty())
                return {CatalogueError::Kind::Corrupt, path, problems.join(QStringLiteral("; "))};
            return {};
        }();
    }
    if (plan.removeCreatedSideFiles)
        sideFiles.removeCreatedSince();
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueprobe.h"

#include "migrations.h"
#include "readonlypolicy.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <vector>
#include <QFileInfo>
#include <QStorageInfo>
#include <sqlite3.h>

namespace {

// The first bytes of the file, read through SQLite's own file layer: it keeps a descriptor open
// while this process holds SQLite locks on the file, because closing any descriptor of a file
// releases every POSIX lock the process holds on it. A probe of a catalogue open in this window
// (opening it again, a worker's connection) must not strip the window's locks.
QByteArray readHeader(const QString &path, QString *error)
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    std::vector<char> storage(size_t(vfs->szOsFile));
    auto *file = reinterpret_cast<sqlite3_file *>(storage.data());
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    int flags = 0;
    if (vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) != SQLITE_OK) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    QByteArray header(100, '\0');
    const int rc = file->pMethods->xRead(file, header.data(), int(header.size()), 0);
    file->pMethods->xClose(file);
    if (rc == SQLITE_IOERR_SHORT_READ) // zero-filled past the end: how much was there is the file's size
        header.truncate(qMin<qint64>(QFileInfo(path).size(), header.size()));
    else if (rc != SQLITE_OK)
        *error = QCoreApplication::translate("CatalogueProbe", "the file could not be read (SQLite error %1)").arg(rc);
    return header;
}

} // namespace

bool CatalogueProbe::isDriveFull(const QString &path)
{
    const QStorageInfo drive(QFileInfo(path).absolutePath());
    return drive.isValid() && drive.bytesAvailable() >= 0 && drive.bytesAvailable() < kFullBelowBytes;
}

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
    // A full or failing drive is no damage: saying "damaged, restore a backup" would have the
    // analyst throw away all the work since that backup.
    case SQLITE_FULL:
        return {CatalogueError::Kind::DiskFull, path, message};
    case SQLITE_IOERR:
    case SQLITE_NOMEM:
    case SQLITE_INTERRUPT:
        return {CatalogueError::Kind::DiskError, path, message};
    case SQLITE_CORRUPT:
        return {isDriveFull(path) ? CatalogueError::Kind::DiskFull : CatalogueError::Kind::Corrupt, path, message};
    default:
        return {CatalogueError::Kind::Corrupt, path, message};
    }
}

CatalogueError CatalogueProbe::probe(const QString &path, bool quickCheck, int *version)
{
    // A second look before calling a file damaged: a read that failed once (a drive waking up,
    // another program's write) may not fail again, and "damaged" sends the analyst to a backup.
    const CatalogueError first = probeOnce(path, quickCheck, version);
    if (first.kind != CatalogueError::Kind::Corrupt)
        return first;
    const CatalogueError second = probeOnce(path, quickCheck, version);
    return second.isError() ? first : second;
}

CatalogueError CatalogueProbe::probeOnce(const QString &path, bool quickCheck, int *version)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {CatalogueError::Kind::Missing, path};
    if (info.isDir())
        return {CatalogueError::Kind::NotACatalogue, path, tr("it is a folder")};
    if (info.size() == 0)
        return {CatalogueError::Kind::Empty, path};
    QString readError;
    const QByteArray header = readHeader(path, &readError);
    if (!readError.isEmpty())
        return {CatalogueError::Kind::Unreadable, path, readError};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return {CatalogueError::Kind::NotACatalogue, path, tr("its content is not a catalogue's")};
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
                return {CatalogueError::Kind::NotACatalogue, path, tr("it is a database of another program")};
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

#include "catalogue.h"

#include "backups.h"
#include "migrations.h"
#include "sqlitestatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QStorageInfo>
#include <QUrl>
#include <QSqlError>
#include <QRandomGenerator>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {

QAtomicInt g_connectionCounter;

QString newConnectionName(const char *purpose)
{
    return QStringLiteral("measures-%1-%2").arg(QLatin1String(purpose)).arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// A connection that is removed from Qt's registry when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &name, const QString &options) : m_name(newConnectionName("probe"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(name);
        db.setConnectOptions(options);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    sqlite3 *handle() const { return nativeHandle(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

CatalogueError fromSqlite(int code, const QString &path, const QString &message)
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

bool isDirectoryWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// How a read-only connection names the file. SQLite reads a WAL catalogue through a "-shm"
// file it creates beside it; in a folder this user cannot write that fails, so there the file is
// opened as immutable (nobody can change it under us there) unless a WAL holds recent changes.
struct ReadOnlyTarget {
    QString name;
    QString options;
};

ReadOnlyTarget readOnlyTarget(const QString &path, const QString &extraOptions)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!isDirectoryWritable(path) && (!wal.exists() || wal.size() == 0)) {
        const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
        return {uri + QStringLiteral("?immutable=1"),
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + extraOptions};
    }
    return {path, QStringLiteral("QSQLITE_OPEN_READONLY;") + extraOptions};
}

QString lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

QString describeLockOwner(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return Catalogue::tr("owner unknown");
    return Catalogue::tr("%1, process %2 on %3").arg(app.isEmpty() ? Catalogue::tr("another program") : app).arg(pid).arg(host);
}

} // namespace

CatalogueError Catalogue::probe(const QString &path, bool quickCheck, int *version)
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

    const ReadOnlyTarget target = readOnlyTarget(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    ScopedConnection connection(target.name, target.options);
    sqlite3 *db = connection.handle();
    if (!connection.isOpen() || !db)
        return {CatalogueError::Kind::Unreadable, path, connection.error()};

    SqliteStatement appId(db, QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid() || !appId.step())
        return fromSqlite(appId.isValid() ? appId.errorCode() : appId.errorCode(), path, appId.errorMessage());
    const qint64 id = appId.int64(0);
    SqliteStatement userVersion(db, QStringLiteral("PRAGMA user_version"));
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

    if (quickCheck) {
        SqliteStatement check(db, QStringLiteral("PRAGMA quick_check(5)"));
        if (!check.isValid())
            return fromSqlite(check.errorCode(), path, check.errorMessage());
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
    }
    return {};
}

std::unique_ptr<Catalogue> Catalogue::connect(const QString &path, Connection mode, CatalogueError *error)
{
    // A read-only *file* needs SQLite's read-only mode. A writable file viewed read-only gets a
    // normal connection with query_only, so that closing it tidies the -wal and -shm files away.
    const bool readOnly = mode == Connection::ReadOnlyFile;
    std::unique_ptr<Catalogue> catalogue(new Catalogue);
    catalogue->m_path = QFileInfo(path).absoluteFilePath();
    catalogue->m_connectionName = newConnectionName("catalogue");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), catalogue->m_connectionName);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500");
    const ReadOnlyTarget target = readOnly ? readOnlyTarget(catalogue->m_path, busy) : ReadOnlyTarget{catalogue->m_path, busy};
    db.setDatabaseName(target.name);
    db.setConnectOptions(target.options);
    if (!db.open() || !(catalogue->m_handle = nativeHandle(db))) {
        *error = {CatalogueError::Kind::Unreadable, path, db.lastError().text()};
        return nullptr;
    }
    QString message;
    int code = 0;
    const char *pragmas = mode == Connection::ReadWrite
        ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"
        : "PRAGMA query_only = ON; PRAGMA foreign_keys = ON";
    if (!executeSimple(catalogue->m_handle, pragmas, &message, &code)) {
        *error = fromSqlite(code, path, message);
        return nullptr;
    }
    return catalogue;
}

std::unique_ptr<Catalogue> Catalogue::open(const QString &path, const OpenOptions &options, CatalogueError *error)
{
    CatalogueError ignored;
    if (!error)
        error = &ignored;
    int version = 0;
    *error = probe(path, options.quickCheck, &version);
    if (error->isError())
        return nullptr;

    ReadOnlyReason reason = ReadOnlyReason::None;
    std::unique_ptr<QLockFile> lock;
    if (options.access == Access::ReadOnly) {
        reason = ReadOnlyReason::Requested;
    } else if (!QFileInfo(path).isWritable()) {
        reason = ReadOnlyReason::FileNotWritable;
    } else if (!isDirectoryWritable(path)) {
        reason = ReadOnlyReason::FolderNotWritable; // SQLite needs the folder for its journal
    } else {
        lock = std::make_unique<QLockFile>(lockPathFor(path));
        lock->setStaleLockTime(0); // held for the whole session: only a dead owner makes it stale
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                *error = {CatalogueError::Kind::Locked, path, describeLockOwner(*lock)};
                return nullptr;
            }
            lock.reset();
            reason = ReadOnlyReason::FolderNotWritable;
        }
    }

    const bool readOnly = reason != ReadOnlyReason::None;
    if (readOnly && version < Migrations::latestVersion()) {
        // An older file cannot be upgraded without writing; say so rather than show a broken view.
        *error = {CatalogueError::Kind::BackupFailed, path, tr("the file or its folder is read-only")};
        return nullptr;
    }
    const Connection mode = reason == ReadOnlyReason::None ? Connection::ReadWrite
                          : reason == ReadOnlyReason::Requested && QFileInfo(path).isWritable() && isDirectoryWritable(path)
                              ? Connection::QueryOnly
                              : Connection::ReadOnlyFile;
    std::unique_ptr<Catalogue> catalogue = connect(path, mode, error);
    if (!catalogue)
        return nullptr;
    catalogue->m_lock = std::move(lock);
    catalogue->m_readOnlyReason = reason;
    struct stat info {};
    if (::stat(QFile::encodeName(catalogue->m_path).constData(), &info) == 0) {
        catalogue->m_device = quint64(info.st_dev);
        catalogue->m_inode = quint64(info.st_ino);
    }

    if (version < Migrations::latestVersion()) {
        const QString backup = Backups::migrationBackupPath(catalogue->m_path, version);
        const QString backupError = catalogue->backupTo(backup);
        if (!backupError.isEmpty()) {
            *error = {CatalogueError::Kind::BackupFailed, path, backupError};
            return nullptr;
        }
        catalogue->m_migrationBackup = backup;
        const QString migrationError = Migrations::migrate(catalogue->m_handle);
        if (!migrationError.isEmpty()) {
            *error = {CatalogueError::Kind::MigrationFailed, path, migrationError};
            return nullptr;
        }
    }
    return catalogue;
}

std::unique_ptr<Catalogue> Catalogue::create(const QString &path, CatalogueError *error)
{
    return createWith(path, [](Catalogue &) { return QString(); }, error);
}

std::unique_ptr<Catalogue> Catalogue::createWith(const QString &path,
                                                 const std::function<QString(Catalogue &)> &fill,
                                                 CatalogueError *error)
{
    CatalogueError ignored;
    if (!error)
        error = &ignored;
    const QFileInfo target(path);
    if (target.exists()) {
        *error = {CatalogueError::Kind::AlreadyExists, path};
        return nullptr;
    }
    // A plain new file (not QTemporaryFile, which is private to its owner) keeps the user's umask.
    QString temporaryPath;
    {
        QFile temporary;
        for (int attempt = 0; attempt < 100 && !temporary.isOpen(); ++attempt) {
            temporary.setFileName(target.absoluteDir().filePath(
                QStringLiteral(".%1.%2.creating").arg(target.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
            if (!temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly) && temporary.error() != QFileDevice::OpenError)
                break;
        }
        if (!temporary.isOpen()) {
            *error = {CatalogueError::Kind::CannotCreate, path, temporary.errorString()};
            return nullptr;
        }
        temporaryPath = temporary.fileName();
    }
    const auto discard = [&temporaryPath] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temporaryPath + QLatin1String(suffix));
    };
    {
        std::unique_ptr<Catalogue> fresh = connect(temporaryPath, Connection::ReadWrite, error);
        QString failure;
        if (!fresh)
            failure = error->detail;
        else if (!(failure = Migrations::migrate(fresh->m_handle)).isEmpty())
            ;
        else {
            // The file is private until renamed: while it is filled, an in-memory rollback journal
            // keeps each transaction all-or-nothing without writing every page twice (WAL, then
            // checkpoint). A failed fill discards the file anyway.
            executeSimple(fresh->m_handle, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF");
            failure = fill(*fresh);
            if (failure.isEmpty() && !executeSimple(fresh->m_handle, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", &failure))
                failure = failure.isEmpty() ? QStringLiteral("journal mode") : failure;
        }
        if (!failure.isEmpty()) {
            fresh.reset();
            discard();
            *error = {CatalogueError::Kind::CannotCreate, path, failure};
            return nullptr;
        }
    } // closing checkpoints the WAL into the file, so the rename moves a complete catalogue
    if (!QFile::rename(temporaryPath, path)) {
        discard();
        *error = {QFileInfo::exists(path) ? CatalogueError::Kind::AlreadyExists : CatalogueError::Kind::CannotCreate, path,
                  tr("the file could not be moved into place")};
        return nullptr;
    }
    return open(path, OpenOptions{Access::ReadWrite, false}, error);
}

Catalogue::~Catalogue()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalogue::displayName() const { return QFileInfo(m_path).completeBaseName(); }

QString Catalogue::readOnlyExplanation() const
{
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("This catalogue is open read-only. You can search and export, but not change it.");
    case ReadOnlyReason::FileNotWritable:
        return tr("This catalogue file is read-only, so it is open for viewing only. To edit it, make a copy "
                  "with File ▸ Back Up, or ask for write permission.");
    case ReadOnlyReason::FolderNotWritable:
        return tr("The folder of this catalogue is read-only, so it is open for viewing only. To edit it, copy "
                  "it to a folder where you can write.");
    }
    return {};
}

bool Catalogue::isFileStillThere() const
{
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0)
        return false;
    return m_inode == 0 || (quint64(info.st_dev) == m_device && quint64(info.st_ino) == m_inode);
}

qint64 Catalogue::changesSinceOpen() const { return m_handle ? sqlite3_total_changes64(m_handle) : 0; }

bool Catalogue::isNetworkFileSystem(const QString &fileSystemType)
{
    const QString type = fileSystemType.toLower();
    static const QStringList network = {QStringLiteral("nfs"),   QStringLiteral("nfs4"),   QStringLiteral("cifs"),
                                        QStringLiteral("smbfs"), QStringLiteral("smb3"),   QStringLiteral("smb2"),
                                        QStringLiteral("9p"),    QStringLiteral("afs"),    QStringLiteral("ceph"),
                                        QStringLiteral("davfs"), QStringLiteral("ncpfs"),  QStringLiteral("glusterfs"),
                                        QStringLiteral("lustre"), QStringLiteral("gpfs")};
    return network.contains(type) || type.startsWith(QStringLiteral("fuse.sshfs")) || type.startsWith(QStringLiteral("fuse.rclone"))
        || type.startsWith(QStringLiteral("fuse.davfs")) || type.startsWith(QStringLiteral("fuse.glusterfs"));
}

QString Catalogue::networkDriveWarning() const
{
    const QString type = QString::fromUtf8(QStorageInfo(m_path).fileSystemType());
    if (!isNetworkFileSystem(type))
        return {};
    return tr("This catalogue is on a network drive (%1). If two computers open it at the same time it can be damaged. "
              "Copy it to this computer to work on it, and copy it back when you are done.").arg(type);
}

QSqlDatabase Catalogue::database() const { return QSqlDatabase::database(m_connectionName, false); }

int Catalogue::schemaVersion() const { return Migrations::currentVersion(m_handle); }

QString Catalogue::backupTo(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return tr("a backup cannot replace the catalogue itself");
    if (QFileInfo::exists(target))
        return tr("“%1” already exists").arg(QDir::toNativeSeparators(target));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // query_only (how a writable file is viewed read-only) also refuses VACUUM INTO, which only
    // reads this file: lift it for the copy. A read-only file's connection copies as it is.
    SqliteStatement queryOnly(m_handle, QStringLiteral("PRAGMA query_only"));
    const bool wasQueryOnly = queryOnly.step() && queryOnly.int64(0) != 0;
    queryOnly.reset();
    if (wasQueryOnly)
        executeSimple(m_handle, "PRAGMA query_only = OFF");
    SqliteStatement vacuum(m_handle, QStringLiteral("VACUUM INTO ?"));
    vacuum.bindText(1, partial);
    vacuum.step();
    if (wasQueryOnly)
        executeSimple(m_handle, "PRAGMA query_only = ON");
    if (!vacuum.isValid() || vacuum.hasError()) {
        const QString message = vacuum.errorMessage();
        QFile::remove(partial);
        return message;
    }
    // The copy must open as a healthy catalogue before it takes the final name.
    const CatalogueError check = probe(partial, true);
    if (check.isError()) {
        QFile::remove(partial);
        return check.message();
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return tr("the copy could not be renamed to “%1”").arg(QDir::toNativeSeparators(target));
    }
    return {};
}

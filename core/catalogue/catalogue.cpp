// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "backups.h"
#include "catalogueprobe.h"
#include "durability.h"
#include "editlock.h"
#include "migrations.h"
#include "networkdrive.h"
#include "schemacheck.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"
#include "stepprogress.h"

#include <QCoreApplication>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtGlobal>

Catalogue::Catalogue() = default;

CatalogueError Catalogue::probe(const QString &path, bool quickCheck, int *version)
{
    return CatalogueProbe::probe(path, quickCheck, version);
}

std::unique_ptr<Catalogue> Catalogue::connect(const QString &path, ReadOnlyReason reason, CatalogueError *error)
{
    std::unique_ptr<Catalogue> catalogue(new Catalogue);
    catalogue->m_path = QFileInfo(path).absoluteFilePath();
    catalogue->m_readOnlyReason = reason;
    const ReadOnlyPolicy::Plan plan = ReadOnlyPolicy::plan(path, reason);
    if (plan.removeCreatedSideFiles) {
        catalogue->m_sideFiles = std::make_unique<SideFiles>(path);
        catalogue->m_sideFiles->remember();
    }
    QString message;
    int code = 0;
    catalogue->m_connection = SqliteConnection::open(plan.target, plan.access, CatalogueProbe::kBusyTimeoutMs, &message, &code);
    if (!catalogue->m_connection) {
        *error = {CatalogueError::Kind::Unreadable, path, message};
        return nullptr;
    }
    if (!catalogue->m_connection->execute(plan.pragmas, &message, &code)) {
        *error = CatalogueProbe::fromSqlite(code, path, message);
        return nullptr;
    }
    catalogue->m_identity = FileIdentity::of(catalogue->m_path);
    return catalogue;
}

std::unique_ptr<Catalogue> Catalogue::open(const QString &path, const OpenOptions &options, CatalogueError *error)
{
    CatalogueError ignored;
    if (!error)
        error = &ignored;
    int version = 0;
    *error = CatalogueProbe::probe(path, options.quickCheck, &version);
    if (error->isError())
        return nullptr;

    ReadOnlyReason reason = ReadOnlyReason::None;
    std::unique_ptr<EditLock> lock;
    if (options.access == Access::ReadOnly) {
        reason = ReadOnlyReason::Requested;
    } else if (!QFileInfo(path).isWritable()) {
        reason = ReadOnlyReason::FileNotWritable;
    } else if (!ReadOnlyPolicy::isFolderWritable(path)) {
        reason = ReadOnlyReason::FolderNotWritable; // SQLite needs the folder for its journal
    } else {
        lock = std::make_unique<EditLock>(path);
        switch (lock->acquire()) {
        case EditLock::Result::Acquired:
            break;
        case EditLock::Result::HeldByAnother:
            *error = {CatalogueError::Kind::Locked, path, lock->ownerDescription()};
            return nullptr;
        case EditLock::Result::CannotCreate:
            // A full drive refuses the lock file too: that is no read-only folder.
            if (CatalogueProbe::isDriveFull(path)) {
                *error = {CatalogueError::Kind::DiskFull, path};
                return nullptr;
            }
            lock.reset();
            reason = ReadOnlyReason::FolderNotWritable;
            break;
        }
    }
    if (reason != ReadOnlyReason::None && version < Migrations::latestVersion()) {
        // An older file cannot be upgraded without writing; say so rather than show a broken view.
        *error = {CatalogueError::Kind::NeedsUpgrade, path,
                  reason == ReadOnlyReason::Requested ? QStringLiteral("requested") : QString()};
        return nullptr;
    }
    if (reason == ReadOnlyReason::None) {
        if (const QString blocked = SideFiles(path).prepareForWriting(); !blocked.isEmpty()) {
            *error = {CatalogueError::Kind::SideFilesBlocked, path, blocked};
            return nullptr;
        }
    }

    std::unique_ptr<Catalogue> catalogue = connect(path, reason, error);
    if (!catalogue)
        return nullptr;
    catalogue->m_lock = std::move(lock);
    // Before anything reads it (or upgrades it): the file may come from someone else.
    if (const QStringList differences = SchemaCheck::differences(*catalogue->m_connection, version); !differences.isEmpty()) {
        *error = {CatalogueError::Kind::Altered, path, differences.join(QStringLiteral("; "))};
        return nullptr;
    }

    if (version < Migrations::latestVersion()) {
        if (options.backupBeforeUpgrade) {
            const QString backup = Backups::migrationBackupPath(catalogue->m_path, version);
            const QString backupError = catalogue->backupTo(backup);
            if (!backupError.isEmpty()) {
                *error = {CatalogueError::Kind::BackupFailed, path, backupError};
                return nullptr;
            }
            catalogue->m_migrationBackup = backup;
        }
        const QString migrationError = Migrations::migrate(*catalogue->m_connection);
        if (!migrationError.isEmpty()) {
            *error = {options.backupBeforeUpgrade ? CatalogueError::Kind::MigrationFailed : CatalogueError::Kind::CopyUpgradeFailed,
                      path, migrationError};
            return nullptr;
        }
    }
    if (reason == ReadOnlyReason::None) { // a failure here only leaves older spellings: not worth refusing the file
        Migrations::refreshBuiltinCountryNames(*catalogue->m_connection);
        Migrations::refreshBuiltinLabels(*catalogue->m_connection);
    }
    // What the upgrade wrote is not the analyst's change: closing an untouched file makes no backup.
    catalogue->m_changesAtOpen = catalogue->m_connection->totalChanges();
    return catalogue;
}

std::unique_ptr<Catalogue> Catalogue::create(const QString &path, CatalogueError *error)
{
    return createWith(path, [](Catalogue &) { return QString(); }, error);
}

std::unique_ptr<Catalogue> Catalogue::createWith(const QString &path, const std::function<QString(Catalogue &)> &fill,
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
    // What a making of this very file killed part-way left (not one under way now: only what
    // nobody wrote to for ten minutes).
    {
        const QString prefix = u'.' + target.fileName() + u'.';
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (const QFileInfo &left : target.absoluteDir().entryInfoList({QStringLiteral("*.creating*")}, QDir::Files | QDir::Hidden))
            if (left.fileName().startsWith(prefix) && left.lastModified().toUTC() < before)
                QFile::remove(left.absoluteFilePath());
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
    QString failure;
    {
        std::unique_ptr<Catalogue> fresh(new Catalogue);
        fresh->m_path = QFileInfo(temporaryPath).absoluteFilePath();
        fresh->m_connection = SqliteConnection::open(temporaryPath, SqliteConnection::Access::ReadWrite,
                                                     CatalogueProbe::kBusyTimeoutMs, &failure);
        fresh->m_identity = FileIdentity::of(fresh->m_path);
        // The file is private until it is renamed: an in-memory rollback journal keeps each
        // transaction all-or-nothing without writing every page twice, and the file is synced
        // once at the end instead of at every commit. A failed fill discards the file anyway.
        if (fresh->m_connection
            && fresh->m_connection->execute("PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF",
                                            &failure)
            && (failure = Migrations::migrate(*fresh->m_connection)).isEmpty()
            && (failure = fill(*fresh)).isEmpty())
            fresh->m_connection->execute("PRAGMA journal_mode = WAL", &failure);
        if (failure.isEmpty() && !fresh->close(&failure) && failure.isEmpty())
            failure = tr("the new file could not be closed");
    }
    if (!failure.isEmpty()) {
        discard();
        *error = {CatalogueError::Kind::CannotCreate, path, failure};
        return nullptr;
    }
    QString publishError;
    if (!Durability::publish(temporaryPath, path, &publishError)) {
        discard();
        *error = {QFileInfo::exists(path) ? CatalogueError::Kind::AlreadyExists : CatalogueError::Kind::CannotCreate, path,
                  tr("the file could not be moved into place (%1)").arg(publishError)};
        return nullptr;
    }
    return open(path, OpenOptions{Access::ReadWrite, false}, error);
}

Catalogue::~Catalogue()
{
    QString error;
    if (!close(&error)) {
        // For developers only (the window and the command line have said it in the user's words already).
        qDebug("Measures Catalogue: the catalogue %s could not be closed cleanly: %s", qPrintable(m_path), qPrintable(error));
        m_connection.reset(); // its destructor tries once more; only then may another window edit the file
    }
    m_lock.reset();
}

std::unique_ptr<Catalogue> Catalogue::openWorker(StepProgress *progress, CatalogueError *error) const
{
    if (isReadOnly() || !isOpen()) {
        *error = {CatalogueError::Kind::Unreadable, m_path, tr("the catalogue is not open for editing")};
        return nullptr;
    }
    std::unique_ptr<Catalogue> worker = connect(m_path, ReadOnlyReason::None, error);
    if (!worker)
        return nullptr;
    worker->m_isWorker = true;
    worker->m_author = m_author;
    worker->m_identity = m_identity;
    worker->m_progress = progress;
    worker->m_changesAtOpen = worker->m_connection->totalChanges();
    worker->m_connection->watch(progress);
    return worker;
}

bool Catalogue::isOpen() const { return m_connection && m_connection->isOpen(); }

bool Catalogue::close(QString *error)
{
    if (!m_connection)
        return true;
    // The file alone, even if a viewer keeps the WAL open (then the last to close folds it in).
    QString foldError;
    bool blocked = false;
    const bool folded = m_isWorker || checkpoint(&foldError, &blocked) || blocked;
    if (!m_connection->close(error))
        return false;
    m_connection.reset();
    if (!folded && error)
        *error = tr("its latest changes could not be folded into the file (%1)").arg(foldError);
    if (m_sideFiles)
        m_sideFiles->removeCreatedSince();
    m_lock.reset(); // only now may another window edit it
    return folded;
}

bool Catalogue::checkpoint(QString *error, bool *blocked) const
{
    if (!m_connection || !m_connection->isOpen() || m_readOnlyReason != ReadOnlyReason::None)
        return true;
    SqliteStatement fold(*m_connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const bool stepped = fold.step();
    const bool complete = stepped && fold.int64(0) == 0; // not blocked by a reader
    if (blocked)
        *blocked = stepped && !complete;
    if (error && !complete)
        *error = stepped ? tr("another program is reading the catalogue") : fold.errorMessage();
    return complete;
}

QString Catalogue::loginName() { return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")); }

void Catalogue::checkpointPassively() const
{
    if (m_connection && m_connection->isOpen() && m_readOnlyReason == ReadOnlyReason::None)
        m_connection->execute("PRAGMA wal_checkpoint(PASSIVE)");
}

QString Catalogue::engineVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QString Catalogue::displayName() const { return QFileInfo(m_path).completeBaseName(); }

qint64 Catalogue::changesSinceOpen() const
{
    return m_connection ? m_connection->totalChanges() - m_changesAtOpen + m_changedElsewhere : 0;
}

qint64 Catalogue::dataVersion() const
{
    if (!isOpen())
        return -1;
    SqliteStatement version(*m_connection, QStringLiteral("PRAGMA data_version"));
    return version.step() ? version.int64(0) : -1;
}

QString Catalogue::networkDriveWarning() const { return NetworkDrive::warningFor(m_path); }

int Catalogue::schemaVersion() const { return Migrations::currentVersion(*m_connection); }

QString Catalogue::backupTo(const QString &target) const { return Backups::copy(*m_connection, m_path, target); }

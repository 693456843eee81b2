#pragma once

#include "catalogueerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;
struct sqlite3;

// One catalogue = one SQLite file. Opening checks that the file is ours, intact and not from a
// newer release before anything is written; editing takes a lock so that a second window or
// process gets a clear answer instead of a silent wait.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class ReadOnlyReason { None, Requested, FileNotWritable, FolderNotWritable };
    struct OpenOptions {
        Access access = Access::ReadWrite;
        bool quickCheck = true; // PRAGMA quick_check: the GUI and `check` do it, read-only CLI calls skip it
    };

    static constexpr qint32 kApplicationId = 0x4D434154; // 'MCAT'
    static QString fileSuffix() { return QStringLiteral("measures"); }

    // Reads the header and, if asked, runs quick_check, on a private read-only connection.
    // Never writes. Safe to call from a worker thread.
    static CatalogueError probe(const QString &path, bool quickCheck, int *version = nullptr);
    static std::unique_ptr<Catalogue> open(const QString &path, const OpenOptions &options, CatalogueError *error);
    // New empty catalogue; refuses to overwrite anything.
    static std::unique_ptr<Catalogue> create(const QString &path, CatalogueError *error);
    // New catalogue filled by `fill` (sample, generated data) in a temporary file that is renamed
    // into place only when fill succeeds: an interrupted or failed fill leaves no half catalogue.
    static std::unique_ptr<Catalogue> createWith(const QString &path,
                                                 const std::function<QString(Catalogue &)> &fill,
                                                 CatalogueError *error);

    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    QString path() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyExplanation() const; // translated, for the banner
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    sqlite3 *handle() const { return m_handle; }
    int schemaVersion() const;
    QString migrationBackupPath() const { return m_migrationBackup; } // set when this open upgraded the file

    // False when the file was deleted, or moved or replaced, since it was opened: SQLite would
    // go on writing into a file nobody will see again, so writes are refused (WriteTransaction).
    bool isFileStillThere() const;
    // Rows this window has changed since it opened the file (SQLite's own count).
    qint64 changesSinceOpen() const;
    // A warning when the file lives on a network drive, where SQLite's locking is unreliable;
    // empty on a local disk.
    QString networkDriveWarning() const;
    static bool isNetworkFileSystem(const QString &type); // "nfs4", "cifs", "fuse.sshfs"...

    // Consistent snapshot of the whole catalogue (VACUUM INTO a temporary file beside `target`,
    // checked, then renamed). Returns an empty string or a translated error.
    QString backupTo(const QString &target) const;

private:
    Catalogue() = default;
    enum class Connection { ReadWrite, QueryOnly, ReadOnlyFile };
    static std::unique_ptr<Catalogue> connect(const QString &path, Connection mode, CatalogueError *error);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_migrationBackup;
    quint64 m_device = 0; // identity of the file opened, to notice it being replaced or deleted
    quint64 m_inode = 0;
};

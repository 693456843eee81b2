// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogueerror.h"
#include "fileidentity.h"
#include "readonlypolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class EditLock;
class SideFiles;
class SqliteConnection;
class StepProgress;

// One catalogue = one SQLite file. This is the face the rest of core sees; the reasons to change
// live beside it: probing the file (CatalogueProbe), the edit lock (EditLock), viewing read-only
// (ReadOnlyPolicy, SideFiles), upgrades (Migrations), safety copies (Backups), file identity
// (FileIdentity) and durable creation (Durability).
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    enum class Access { ReadWrite, ReadOnly };
    using ReadOnlyReason = ReadOnlyPolicy::Reason;
    struct OpenOptions {
        Access access = Access::ReadWrite;
        bool quickCheck = true;          // PRAGMA quick_check: the GUI and `check` do it, read-only CLI calls skip it
        bool backupBeforeUpgrade = true; // off only when the file is itself a fresh copy of a backup
    };

    static QString fileSuffix() { return QStringLiteral("measures"); }
    static QString engineVersion(); // the SQLite library's, for Help ▸ About

    // Reads the header and, if asked, runs quick_check, on a private read-only connection.
    // Never writes. Safe to call from a worker thread.
    static CatalogueError probe(const QString &path, bool quickCheck, int *version = nullptr);
    static std::unique_ptr<Catalogue> open(const QString &path, const OpenOptions &options, CatalogueError *error);
    // New empty catalogue; refuses to overwrite anything.
    static std::unique_ptr<Catalogue> create(const QString &path, CatalogueError *error);
    // New catalogue filled by `fill` (sample, generated data) in a temporary file that is synced
    // to disk and renamed into place only when fill succeeds: an interrupted or failed fill, or a
    // power cut, leaves no half catalogue.
    static std::unique_ptr<Catalogue> createWith(const QString &path, const std::function<QString(Catalogue &)> &fill,
                                                 CatalogueError *error);

    // Another connection to this open catalogue, for a big step run on a worker thread while the
    // window keeps reading through this one (WAL: it sees the step only once it is committed). It
    // takes no lock (this catalogue holds it) and keeps the author; the step's statements stop
    // when `progress` is cancelled, and its loops report to it (stepProgress()). Closing it leaves
    // folding the WAL in to this catalogue. Null, with why in *error, if it cannot be opened.
    std::unique_ptr<Catalogue> openWorker(StepProgress *progress, CatalogueError *error) const;
    // The step a worker connection runs for (null on the window's own connection).
    StepProgress *stepProgress() const { return m_progress; }
    // Rows a worker connection changed: they count as this window's changes (changesSinceOpen),
    // and what is cached from the file is read again (writesBegun).
    void noteChangedElsewhere(qint64 rows) const
    {
        m_changedElsewhere += rows;
        ++m_writesBegun;
    }

    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // Finalizes every statement, folds the WAL into the file, closes the connection and only then
    // releases the edit lock: afterwards the .measures file alone holds every saved change.
    // Returns false (with SQLite's words) when SQLite refused to close, or when the WAL could not
    // be folded in (a full disk): then the changes are in the -wal file beside the catalogue.
    bool close(QString *error = nullptr);
    bool isOpen() const;

    QString path() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyExplanation() const { return ReadOnlyPolicy::explanation(m_readOnlyReason); }
    SqliteConnection &connection() const { return *m_connection; }
    int schemaVersion() const;
    QString migrationBackupPath() const { return m_migrationBackup; } // set when this open upgraded the file

    // False once the file this catalogue was opened from has been deleted, moved or replaced:
    // a change then would land in a file nobody can find.
    bool isFileStillThere() const { return m_identity.stillAt(m_path); }
    // Changes when another connection (a worker's) commits to the file (PRAGMA data_version).
    qint64 dataVersion() const;
    // Rows this window has changed since it opened the file (SQLite's own count).
    qint64 changesSinceOpen() const;
    // A translated warning when the file lives on a network drive; empty on a local disk.
    QString networkDriveWarning() const;

    // Consistent, checked snapshot of the whole catalogue (see Backups::copy).
    QString backupTo(const QString &target) const;
    // Folds the WAL into the file (no-op when read-only): a copy of the file alone then holds
    // every saved change. False, with why in *error, when it could not all be folded in (a full
    // disk; another program reading: `blocked`): the changes are safe in the -wal file beside it.
    bool checkpoint(QString *error = nullptr, bool *blocked = nullptr) const;
    // The same without waiting for readers (a table's worker): what it can fold in now, so that
    // a copy of the file taken while the window is open holds the changes saved a moment ago.
    void checkpointPassively() const;

    // Counts write transactions begun on this catalogue (WriteTransaction), so that what is
    // cached from the file (term bits) is read again after any change could have happened.
    quint64 writesBegun() const { return m_writesBegun; }
    // Who is making the changes (the owner's name from the preferences, or the CLI's): written
    // into each measure's history.
    QString author() const { return m_author; }
    static QString loginName(); // the author until one is set
    // At most kMaxAuthorLength characters: a name, kept in every revision.
    static constexpr int kMaxAuthorLength = 200;
    void setAuthor(const QString &name) { m_author = name.simplified().left(kMaxAuthorLength); }
    void noteWriteBegun() const { ++m_writesBegun; }
    // True while a bulk WriteTransaction builds the search index once, at its commit: the rows
    // written meanwhile are not indexed (nor unindexed) one by one, and nothing searches them.
    bool isSearchIndexDeferred() const { return m_searchIndexDeferred; }
    void setSearchIndexDeferred(bool deferred) const { m_searchIndexDeferred = deferred; }
    // The rows whose searched text changed in the open write transaction, with the text the
    // index still holds for each (SearchIndex: brought up to date just before the commit).
    using PendingSearch = QHash<qint64, std::optional<QList<QByteArray>>>;
    PendingSearch &pendingSearch() const { return m_pendingSearch; }
    // How many WriteTransactions are open on this catalogue (1: the outermost one alone).
    int writeDepth() const { return m_writeDepth; }
    void setWriteDepth(int depth) const { m_writeDepth = depth; }

private:
    Catalogue();
    static std::unique_ptr<Catalogue> connect(const QString &path, ReadOnlyReason reason, CatalogueError *error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<EditLock> m_lock;
    std::unique_ptr<SideFiles> m_sideFiles; // read-only views tidy up what SQLite created
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_migrationBackup;
    qint64 m_changesAtOpen = 0;
    FileIdentity m_identity;
    mutable quint64 m_writesBegun = 0;
    mutable qint64 m_changedElsewhere = 0;
    mutable bool m_searchIndexDeferred = false;
    mutable PendingSearch m_pendingSearch;
    mutable int m_writeDepth = 0;
    StepProgress *m_progress = nullptr;
    bool m_isWorker = false;
    QString m_author;
};

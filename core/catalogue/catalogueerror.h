// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why a catalogue file could not be opened or created. message() is translated at the time it
// is called (so it follows a live language switch) and always says what the analyst can do.
class CatalogueError
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueError)
public:
    enum class Kind {
        None,
        Missing,         // no such file
        Unreadable,      // permission denied
        Empty,           // zero bytes
        NotACatalogue,   // not SQLite, or another program's SQLite database
        Corrupt,         // damaged or truncated
        NewerVersion,    // written by a newer release
        Locked,          // open for editing in another window or process
        Busy,            // another program holds SQLite's write lock
        AlreadyExists,   // create/sample/generate refuse to overwrite
        CannotCreate,    // folder not writable, disk full...
        BackupFailed,    // the safety copy before a migration could not be made
        MigrationFailed, // an upgrade step failed and was rolled back
        CopyUpgradeFailed, // the same, in a copy being made (a restored backup): no safety copy of its own
        NeedsUpgrade,    // an older format, in a file or folder that cannot be written
        SideFilesBlocked, // SQLite's -wal/-shm beside it are read-only and not ours
        Altered,          // laid out otherwise than the app makes its files (SchemaCheck): another program changed it
        DiskFull,         // no room left on its drive: nothing is wrong with the file
        DiskError,        // its drive could not be read (disconnected, failing): not the file's fault either
    };

    CatalogueError() = default;
    CatalogueError(Kind kind, QString path, QString detail = {}) : kind(kind), path(std::move(path)), detail(std::move(detail)) {}

    bool isError() const { return kind != Kind::None; }
    QString message() const;

    Kind kind = Kind::None;
    QString path;
    QString detail;      // SQLite's own words, an OS error, a lock owner, ...
    int foundVersion = 0; // NewerVersion: the file's schema version
};

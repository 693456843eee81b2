// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "i18n/surface.h"

#include <sqlite3.h>

QString StorageError::message(int sqliteCode, const QString &detail)
{
    switch (sqliteCode) {
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
    case SQLITE_READONLY_RECOVERY:
    case SQLITE_READONLY_DIRECTORY:
        // Not the catalogue file itself: SQLite's working files (-wal, -shm) beside it.
        return (Surface::isCommandLine()
                    ? tr("The change was not saved because SQLite's working files beside the catalogue (its name followed "
                         "by “-wal” and “-shm”) are read-only (%1). Run the command again once no other program has the "
                         "catalogue open: if the files belong to you they are repaired, otherwise you are told whom to ask.")
                    : tr("The change was not saved because SQLite's working files beside the catalogue (its name followed "
                         "by “-wal” and “-shm”) are read-only (%1). Close the catalogue and open it again: if the files "
                         "belong to you they are repaired, otherwise you are told whom to ask."))
            .arg(detail);
    default:
        break;
    }
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("The disk is full, so the change was not saved. Free some space and try again.");
    case SQLITE_READONLY:
        return tr("The catalogue file has become read-only, so the change was not saved. Check its "
                  "permissions, or copy it to a folder where you can write.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Another program is writing to the catalogue, so the change was not saved. Try again in "
                  "a moment.");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTFOUND:
        return tr("The catalogue file could not be written: it may have been moved or deleted, or its "
                  "drive disconnected (%1). Reconnect the drive and try again.")
            .arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return (Surface::isCommandLine() ? tr("The catalogue file is damaged (%1). The change was not saved. “measures-cli check” "
                                              "says what is wrong; a backup copy of the catalogue is the way back.")
                                         : tr("The catalogue file is damaged (%1). The change was not saved. Restore the catalogue "
                                              "from a backup copy."))
            .arg(detail);
    case SQLITE_CONSTRAINT:
        return tr("The change breaks a rule of the catalogue (%1) and was not saved.").arg(detail);
    default:
        return tr("The change could not be saved (%1).").arg(detail);
    }
}

QString StorageError::unreadable(const QString &detail)
{
    return (Surface::isCommandLine()
                ? tr("The catalogue could not be read (%1), so nothing was changed. Run the command again; if this goes on, "
                     "“measures-cli check” says whether its file is damaged.")
                : tr("The catalogue could not be read (%1), so nothing was changed. Close the catalogue and open it again; if "
                     "this goes on, its file may be damaged: File ▸ Restore from Backup brings back a checked copy."))
        .arg(detail);
}

QString StorageError::run(const Catalogue &catalogue, const QString &sql, const QVariantList &values)
{
    SqliteStatement statement(catalogue.connection(), sql);
    statement.bindAll(values);
    return statement.run() ? QString() : message(statement.errorCode(), statement.errorMessage());
}

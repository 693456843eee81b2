// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitetext.h"

#include <sqlite3.h>

QString SqliteText::of(int extendedCode, const QString &sqliteWords)
{
    switch (extendedCode) {
    case SQLITE_IOERR_NOMEM:
        return tr("there was not enough memory");
    case SQLITE_READONLY_DBMOVED:
        return tr("the file was moved or deleted while it was open");
    default:
        break;
    }
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_IOERR:
        return tr("the disk could not be read or written: the drive may be full, disconnected or failing");
    case SQLITE_CORRUPT:
        return tr("the file's content is damaged");
    case SQLITE_NOTADB:
        return tr("the file is not a catalogue");
    case SQLITE_READONLY:
        return tr("the file or its folder cannot be written to");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is using the catalogue");
    case SQLITE_CANTOPEN:
        return tr("the file could not be opened");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("permission was refused");
    case SQLITE_INTERRUPT:
        return tr("the step was stopped");
    case SQLITE_NOMEM:
        return tr("there was not enough memory");
    case SQLITE_TOOBIG:
        return tr("a value is larger than a catalogue holds");
    default:
        return sqliteWords;
    }
}

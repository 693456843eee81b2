// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QString>

// When a catalogue opens for viewing only, why, and how SQLite is asked to read it so that the
// viewing leaves nothing behind: a read-only *file* read through SQLite's WAL machinery would
// create "-shm"/"-wal" files beside it with its own read-only permissions, and every later save
// (once the file is writable again) would fail on them.
class ReadOnlyPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyPolicy)
public:
    enum class Reason { None, Requested, FileNotWritable, FolderNotWritable };

    // How the connection is made for a reason.
    struct Plan {
        QString target;               // path, or file: URI
        SqliteConnection::Access access = SqliteConnection::Access::ReadWrite;
        const char *pragmas = "";     // run right after opening
        bool removeCreatedSideFiles = false; // read-only connections do not tidy up after themselves
    };

    static bool isFolderWritable(const QString &path);
    static Plan plan(const QString &path, Reason reason);
    // For a probe: read-only, never creating side files when it can be avoided.
    static Plan readOnlyPlan(const QString &path);
    static QString explanation(Reason reason); // translated, for the banner
};

// The "-wal" and "-shm" files SQLite keeps beside a catalogue while it is open.
class SideFiles
{
    Q_DECLARE_TR_FUNCTIONS(SideFiles)
public:
    explicit SideFiles(const QString &cataloguePath);
    // Before editing: side files left read-only (by a viewer, or copied from a read-only medium)
    // are given the catalogue's own permissions when they are ours; otherwise a translated
    // explanation of what to do is returned. Empty when the catalogue can be written.
    QString prepareForWriting() const;
    // Remembers which side files exist now, so that those a read-only connection creates can be
    // removed after it closes (unless an editor holds the catalogue meanwhile).
    void remember();
    void removeCreatedSince() const;
    bool exist() const;

private:
    QString m_path;
    bool m_hadWal = false;
    bool m_hadShm = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// SQLite's locking is unreliable on network file systems: the window warns about them.
class NetworkDrive
{
    Q_DECLARE_TR_FUNCTIONS(NetworkDrive)
public:
    static bool isNetworkFileSystem(const QString &fileSystemType); // "nfs4", "cifs", "fuse.sshfs"...
    // A translated warning when `path` lives on a network drive; empty on a local disk.
    static QString warningFor(const QString &path);
};

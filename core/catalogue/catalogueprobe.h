// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogueerror.h"

#include <QCoreApplication>

// Is this file one of our catalogues, intact, and of a format this version reads? Answered on a
// private read-only connection that never writes and leaves nothing behind. Safe on a worker thread.
class CatalogueProbe
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueProbe)
public:
    static constexpr qint32 kApplicationId = 0x4D434154; // 'MCAT'
    static constexpr int kBusyTimeoutMs = 1500;

    // `quickCheck` runs PRAGMA quick_check (reads the whole file). *version gets user_version.
    static CatalogueError probe(const QString &path, bool quickCheck, int *version = nullptr);
    // SQLite's result code as a CatalogueError kind.
    static CatalogueError fromSqlite(int code, const QString &path, const QString &message);
    // Whether the drive holding `path` has (nearly) no room left: SQLite needs some to work.
    static bool isDriveFull(const QString &path);
    static constexpr qint64 kFullBelowBytes = 1024 * 1024;

private:
    static CatalogueError probeOnce(const QString &path, bool quickCheck, int *version);
};

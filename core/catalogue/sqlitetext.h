// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// What SQLite says went wrong, in the interface's language: its own texts ("disk I/O error",
// "database disk image is malformed") are English and read alike for a full disk and a failing
// one. Told apart by the extended result code; the few codes that only a programmer meets (a
// statement's own error, a rule of the schema) keep SQLite's words.
class SqliteText
{
    Q_DECLARE_TR_FUNCTIONS(SqliteText)
public:
    static QString of(int extendedCode, const QString &sqliteWords);
};

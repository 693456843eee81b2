// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

class Catalogue;

// Turns an SQLite failure during a write into words an analyst can act on: what happened and
// what to do next, in the words of the window or of the command line (Surface). Whether what
// was typed is kept is for the caller to say: a form keeps it, an import has nothing typed.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
public:
    static QString message(int sqliteCode, const QString &detail);
    // A read that a change depended on failed: nothing was changed.
    static QString unreadable(const QString &detail);
    // Runs one statement of a store's change with its values bound; empty, or message() of its failure.
    static QString run(const Catalogue &catalogue, const QString &sql, const QVariantList &values);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class SqliteConnection;

// Is this file laid out as the app makes its catalogues? Its tables, columns and indexes are
// compared with the ones the migrations make at the file's format (built once per format, in
// memory); a trigger, a view, a table or column of another program's, a missing table, a
// generated column or an index on an expression is a difference. Run before anything else
// reads a file (a file from someone else is untrusted input) and by `measures-cli check`.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)
public:
    // Translated lines, at most `limit`; empty when the file is as this app makes it.
    static QStringList differences(SqliteConnection &connection, int version, int limit = 5);
};

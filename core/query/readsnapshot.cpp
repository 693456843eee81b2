// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsnapshot.h"

#include "catalogue/sqliteconnection.h"

#include <sqlite3.h>

ReadSnapshot::ReadSnapshot(SqliteConnection &connection) : m_connection(connection)
{
    if (connection.handle() && sqlite3_get_autocommit(connection.handle()))
        m_began = connection.execute("BEGIN DEFERRED");
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_began)
        m_connection.execute("COMMIT");
}

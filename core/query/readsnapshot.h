// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class SqliteConnection;

// Several reads that must agree (the ordered ids and the total of "N of M", a page and its lists)
// run inside one read transaction: a save committed by another connection meanwhile is seen by
// all of them or by none. Nested use is harmless (only the outermost one begins and ends).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteConnection &connection);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    SqliteConnection &m_connection;
    bool m_began = false;
};

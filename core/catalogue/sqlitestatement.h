// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantList>

struct sqlite3_stmt;
class SqliteConnection;

// A prepared statement on one SqliteConnection. Values are always bound, never spliced into SQL.
// If the connection closes first, the statement is finalized then and stays invalid.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    void bindAll(const QVariantList &values); // 1-based positions in order
    void bind(int position, const QVariant &value);
    void bindInt64(int position, qint64 value);
    void bindNull(int position);
    void bindText(int position, const QString &text);
    void bindUtf8(int position, QByteArrayView utf8);
    void bindBlob(int position, QByteArrayView bytes); // NULL when bytes is null
    void bindPointer(int position, void *pointer, const char *type); // sqlite3_bind_pointer

    // Returns true while a row is available; false at the end or on error (see hasError()).
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it; false on error.
    bool run();
    bool hasError() const { return m_errorCode != 0; }
    void reset(); // also clears the bindings and the last error

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next step()
    QString text(int column) const;
    QByteArray blob(int column) const;
    // Into an existing string, reusing its buffer (no allocation once it is large enough).
    void textInto(int column, QString &out) const;

private:
    friend class SqliteConnection;
    void release(); // the connection is closing

    SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_bound; // bindText's UTF-8, lent to SQLite until bound again (position - 1)
    QString m_error;
    int m_errorCode = 0;
};

// "?,?,?" for an IN list of `count` bound values (the SQL text never holds the values).
QString sqlPlaceholders(qsizetype count);

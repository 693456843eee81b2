#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the catalogue's own connection, for the few hot paths (id lists,
// CSV export, bulk generation) where QSqlQuery's per-value QVariant and UTF-16 conversions
// cost more than the query itself. Values are always bound, never spliced into SQL.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
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

    // Returns true while a row is available; false at the end or on error (see hasError()).
    bool step();
    bool hasError() const { return m_errorCode != 0; }
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next step()
    QString text(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

// "?,?,?" for an IN list of `count` bound values (the SQL text never holds the values).
QString sqlPlaceholders(qsizetype count);
// Runs a script of several statements (a migration file); returns an empty string or the error.
QString executeScript(sqlite3 *db, const QByteArray &sql);
// Runs one statement that returns nothing; returns false and fills *error on failure.
bool executeSimple(sqlite3 *db, const char *sql, QString *error = nullptr, int *code = nullptr);

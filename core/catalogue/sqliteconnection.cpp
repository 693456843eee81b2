// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "stepprogress.h"

#include "sqlitestatement.h"
#include "sqlitetext.h"

#include <QFile>
#include <algorithm>
#include <sqlite3.h>

std::unique_ptr<SqliteConnection> SqliteConnection::open(const QString &target, Access access, int busyTimeoutMs,
                                                         QString *error, int *code)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Access::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    sqlite3 *db = nullptr;
    const QByteArray name = target.startsWith(QStringLiteral("file:")) ? target.toUtf8() : QFile::encodeName(target);
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int extended = db ? sqlite3_extended_errcode(db) : rc;
        if (error)
            *error = SqliteText::of(extended, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        if (code)
            *code = extended;
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, busyTimeoutMs);
    sqlite3_extended_result_codes(db, 1);
    // Every file may come from someone else (SQLite's "defense against the dark arts"): its
    // schema runs no code of its own (our schema has no triggers or views), it cannot be made
    // writable, cells are checked as they are read, nothing is memory-mapped, and no value can
    // be larger than any the app writes.
    for (const auto &[option, value] : {std::pair{SQLITE_DBCONFIG_DEFENSIVE, 1}, std::pair{SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                                        std::pair{SQLITE_DBCONFIG_ENABLE_TRIGGER, 0}, std::pair{SQLITE_DBCONFIG_ENABLE_VIEW, 0},
                                        std::pair{SQLITE_DBCONFIG_DQS_DDL, 0}, std::pair{SQLITE_DBCONFIG_DQS_DML, 0}})
        sqlite3_db_config(db, option, value, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
    auto connection = std::unique_ptr<SqliteConnection>(new SqliteConnection(db));
    sqlite3_progress_handler(db, 10000, &SqliteConnection::progress, connection.get());
    return connection;
}

SqliteConnection::~SqliteConnection() { close(); }

void SqliteConnection::attach(SqliteStatement *statement) { m_statements.push_back(statement); }

void SqliteConnection::detach(SqliteStatement *statement)
{
    m_statements.erase(std::remove(m_statements.begin(), m_statements.end(), statement), m_statements.end());
}

bool SqliteConnection::close(QString *error)
{
    if (!m_db)
        return true;
    // Statements owned by objects that outlive the connection are finalized here; using them
    // afterwards fails cleanly (isValid() is false) instead of keeping the file open.
    const std::vector<SqliteStatement *> statements = std::move(m_statements);
    m_statements.clear();
    for (SqliteStatement *statement : statements)
        statement->release();
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false; // still open: the caller reports it; the destructor tries again
    }
    m_db = nullptr;
    return true;
}

int SqliteConnection::progress(void *self)
{
    const auto *connection = static_cast<const SqliteConnection *>(self);
    if (connection->m_watched && connection->m_watched->isCancelled())
        return 1;
    return connection->m_stepLimitMs > 0 && connection->m_stepTimer.isValid() && connection->m_stepTimer.elapsed() > connection->m_stepLimitMs;
}

bool SqliteConnection::isCancelled() const { return m_watched && m_watched->isCancelled(); }

void SqliteConnection::stepStarting() { m_stepTimer.start(); }

bool SqliteConnection::execute(const char *sql, QString *error, int *code)
{
    stepStarting();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    if (error)
        *error = SqliteText::of(sqlite3_extended_errcode(m_db), QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)));
    if (code)
        *code = sqlite3_extended_errcode(m_db);
    sqlite3_free(message);
    return false;
}

QString SqliteConnection::executeScript(const QByteArray &sql)
{
    QString error;
    return execute(sql.constData(), &error) ? QString() : error;
}

void SqliteConnection::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

int SqliteConnection::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

qint64 SqliteConnection::totalChanges() const { return m_db ? sqlite3_total_changes64(m_db) : 0; }

bool SqliteConnection::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

int SqliteConnection::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }

namespace SqliteLibrary {
int runtimeVersionNumber() { return sqlite3_libversion_number(); }
int compiledVersionNumber() { return SQLITE_VERSION_NUMBER; }
QString runtimeVersion() { return QString::fromLatin1(sqlite3_libversion()); }
} // namespace SqliteLibrary

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;
class SqliteStatement;
class StepProgress;

// One connection to an SQLite file, opened with the SQLite library core links against (never
// through a Qt SQL plugin, which may carry a second copy of SQLite: docs/design-notes.md). It
// knows its live statements, so that closing it can finalize them first: a connection closed with
// a statement still prepared stays open, and with it the -wal file that holds recent changes.
// A connection and its statements belong to one thread.
class SqliteConnection
{
public:
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly };
    // No text or blob in a catalogue is larger (the longest field holds 100,000 characters).
    static constexpr int kMaxValueBytes = 32 * 1024 * 1024;

    // `target` is a path, or a file: URI (read-only views use ?immutable=1).
    static std::unique_ptr<SqliteConnection> open(const QString &target, Access access, int busyTimeoutMs,
                                                  QString *error, int *code = nullptr);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    // Finalizes every statement still prepared on this connection (they become invalid), then
    // closes it. Returns false, with SQLite's words in *error, if SQLite refused to close.
    bool close(QString *error = nullptr);

    // Runs statements that return no rows; false and SQLite's words on failure.
    bool execute(const char *sql, QString *error = nullptr, int *code = nullptr);
    QString executeScript(const QByteArray &sql); // empty, or the error
    qint64 totalChanges() const;
    bool inTransaction() const; // a BEGIN is open (sqlite3_get_autocommit is off)
    int changes() const; // rows changed by the last INSERT, UPDATE or DELETE
    // Makes the statement running on this connection stop with SQLITE_INTERRUPT. The one call
    // that may come from another thread (a newer search supersedes the one in flight).
    void interrupt();
    int lastErrorCode() const;
    // Work that runs away (a file from someone else built to make a statement endless) is
    // stopped: no single step of a statement may take longer than this (0: no limit).
    void limitStepTime(int milliseconds) { m_stepLimitMs = milliseconds; }
    // A big step run through this connection on a worker thread: the statement running stops
    // (SQLITE_INTERRUPT, rolling back what it was writing) once `progress` is cancelled.
    void watch(const StepProgress *progress) { m_watched = progress; }
    bool isCancelled() const; // the step watched was cancelled

private:
    friend class SqliteStatement;
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    void attach(SqliteStatement *statement);
    void detach(SqliteStatement *statement);
    void stepStarting();
    static int progress(void *self);

    sqlite3 *m_db = nullptr;
    std::vector<SqliteStatement *> m_statements;
    int m_stepLimitMs = 0;
    const StepProgress *m_watched = nullptr;
    QElapsedTimer m_stepTimer;
};

// The SQLite library this process runs with, and the one core was compiled against.
namespace SqliteLibrary {
int runtimeVersionNumber();
int compiledVersionNumber();
QString runtimeVersion();
} // namespace SqliteLibrary

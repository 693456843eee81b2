#pragma once

#include <QString>

struct sqlite3;

// One user-visible change = one transaction. BEGIN IMMEDIATE takes the write lock up front so
// that a busy catalogue fails at once with a clear message instead of half-way through.
// Rolls back on destruction unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(sqlite3 *db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorMessage() const; // translated, actionable
    int errorCode() const { return m_code; }

private:
    sqlite3 *m_db;
    bool m_active = false;
    int m_code = 0;
    QString m_detail;
};

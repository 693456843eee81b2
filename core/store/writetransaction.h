#pragma once

#include <QString>

class Catalogue;
struct sqlite3;

// One user-visible change = one transaction. BEGIN IMMEDIATE takes the write lock up front so
// that a busy catalogue fails at once with a clear message instead of half-way through.
// Rolls back on destruction unless committed.
class WriteTransaction
{
public:
    // Refuses to start when the catalogue's file has gone (see Catalogue::isFileStillThere).
    explicit WriteTransaction(const Catalogue &catalogue);
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
    bool m_fileGone = false;
};

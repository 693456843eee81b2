#pragma once

#include <QString>

class Catalogue;

// One user-visible change = one transaction. BEGIN IMMEDIATE takes the write lock up front so
// that a busy catalogue fails at once with a clear message instead of half-way through. Refuses
// to start on a read-only catalogue or when the catalogue's file has gone. Rolls back on
// destruction unless committed.
class WriteTransaction
{
public:
    // Bulk: many thousands of rows (generation, large imports): a larger page cache while the
    // indexes grow, and fresh planner statistics afterwards.
    enum class Size { Normal, Bulk };
    explicit WriteTransaction(const Catalogue &catalogue, Size size = Size::Normal);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorMessage() const; // translated, actionable
    int errorCode() const { return m_code; }

private:
    const Catalogue &m_catalogue;
    Size m_size;
    bool m_active = false;
    int m_code = 0;
    QString m_detail;
    enum class Refusal { None, ReadOnly, FileGone } m_refusal = Refusal::None;
};

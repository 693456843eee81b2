// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class Catalogue;

// One user-visible change = one transaction. BEGIN IMMEDIATE takes the write lock up front so
// that a busy catalogue fails at once with a clear message instead of half-way through. Refuses
// to start on a read-only catalogue or when the catalogue's file has gone. Rolls back on
// destruction unless committed. Opened inside another one (an undo step made of a store's
// changes), it is a savepoint of the outer transaction: its commit only counts when the outer
// one commits, and its rollback undoes only its own part.
class WriteTransaction
{
public:
    // Bulk: many thousands of rows (generation, large imports): a larger page cache while the
    // indexes grow, and fresh planner statistics afterwards. When the rows to write outnumber the
    // measures already there, the measures' secondary indexes are dropped and built again at
    // commit (one sort each instead of an insertion per row), inside the same transaction, and
    // the search index is built once then (Catalogue::isSearchIndexDeferred).
    enum class Size { Normal, Bulk };
    explicit WriteTransaction(const Catalogue &catalogue, Size size = Size::Normal, qint64 rowsToWrite = 0);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorMessage() const; // translated, actionable
    int errorCode() const { return m_code; }

private:
    void deferIndexes(qint64 rowsToWrite);
    bool rebuildSearchIndex();

    const Catalogue &m_catalogue;
    Size m_size;
    bool m_active = false;
    bool m_nested = false;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run again before COMMIT
    bool m_deferredSearch = false;  // the search index is built again before COMMIT
    int m_code = 0;
    QString m_detail;
    enum class Refusal { None, ReadOnly, FileGone } m_refusal = Refusal::None;
};

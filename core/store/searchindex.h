// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class Catalogue;
class SqliteStatement;

// The search index (FTS5 over the measures' own columns) kept in step with the rows. Inside a
// write transaction the rows' changes wait until just before its commit: FTS5 writes a segment
// of its own at every statement savepoint, and every UPDATE of a measure has one (its foreign
// keys), so indexing row by row wrote some twenty pages per measure and merged them again and
// again (1,000 measures merged: 1.2 s of the 1.6 s of writing). Nothing searches in the middle
// of a write.
class SearchIndex
{
public:
    explicit SearchIndex(const Catalogue &catalogue);
    ~SearchIndex();

    // Before a row's searched text changes, or the row goes.
    bool unindex(qint64 id);
    // After a row was written (its searched text read from the row, as written).
    bool index(qint64 id);

    // Just before the outermost commit: each row changed has its old text taken out and its text
    // now put in, once. False (with the reason) when SQLite refused.
    static bool flush(const Catalogue &catalogue, QString *detail, int *code);

    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }

private:
    bool deferred() const;
    bool flushIfLarge();
    static constexpr int kMaxPending = 2000;
    bool fail(const SqliteStatement &statement);

    const Catalogue &m_catalogue;
    std::unique_ptr<SqliteStatement> m_indexedText, m_unindexRow, m_reindexRow;
    int m_errorCode = 0;
    QString m_errorDetail;
};

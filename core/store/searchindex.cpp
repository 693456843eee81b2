// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "catalogue/catalogue.h"
#include "catalogue/measurecolumns.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace {

struct Statements {
    std::unique_ptr<SqliteStatement> indexedText, unindexRow, indexRow;
};

// Single-row INSERT ... VALUES only: a statement that may write several rows has a savepoint of
// its own, which makes FTS5 write what it holds in memory as a new segment.
Statements prepare(SqliteConnection &db)
{
    const QString searched = MeasureColumns::searchNames().join(QStringLiteral(", "));
    const int count = int(MeasureColumns::searchNames().size());
    Statements s;
    s.indexedText = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT %1 FROM measure WHERE id = ?").arg(searched));
    s.unindexRow = std::make_unique<SqliteStatement>(
        db, QStringLiteral("INSERT INTO measure_search (measure_search, rowid, %1) VALUES ('delete', %2)").arg(searched, sqlPlaceholders(count + 1)));
    s.indexRow = std::make_unique<SqliteStatement>(
        db, QStringLiteral("INSERT INTO measure_search (rowid, %1) VALUES (%2)").arg(searched, sqlPlaceholders(count + 1)));
    return s;
}

// The row's searched text as stored, or none for a row that is not there.
std::optional<QList<QByteArray>> readText(SqliteStatement &select, qint64 id, bool *ok)
{
    select.reset();
    select.bindInt64(1, id);
    std::optional<QList<QByteArray>> text;
    if (select.step()) {
        QList<QByteArray> columns;
        for (int column = 0; column < int(MeasureColumns::searchNames().size()); ++column)
            columns << select.utf8(column).toByteArray();
        text = std::move(columns);
    }
    *ok = !(select.hasError() || !select.isValid());
    select.reset();
    return text;
}

bool put(SqliteStatement &statement, qint64 id, const QList<QByteArray> &text)
{
    statement.bindInt64(1, id);
    for (int column = 0; column < text.size(); ++column)
        statement.bindUtf8(column + 2, text.at(column));
    return statement.run();
}

} // namespace

SearchIndex::SearchIndex(const Catalogue &catalogue) : m_catalogue(catalogue)
{
    Statements s = prepare(catalogue.connection());
    m_indexedText = std::move(s.indexedText);
    m_unindexRow = std::move(s.unindexRow);
    m_reindexRow = std::move(s.indexRow);
}

SearchIndex::~SearchIndex() = default;

// Only inside a WriteTransaction, whose commit brings the index up to date; outside one (nothing
// writes so today) the index follows the row at once.
bool SearchIndex::deferred() const { return m_catalogue.writeDepth() > 0; }

// A step of many updates (an undo of 20,000, a merge of 50,000) would hold every row's old text
// until its commit: past this many rows they go into the index at once, after a row was written
// (every row taken out before it has been written by then). Only in the outermost
// transaction: a savepoint rolled back would take those index changes back with it, not the
// rows changed before it.
bool SearchIndex::flushIfLarge()
{
    if (m_catalogue.pendingSearch().size() < kMaxPending || m_catalogue.writeDepth() != 1)
        return true;
    QString detail;
    int code = 0;
    if (flush(m_catalogue, &detail, &code))
        return true;
    m_errorCode = code ? code : SQLITE_ERROR;
    m_errorDetail = detail;
    return false;
}

bool SearchIndex::fail(const SqliteStatement &statement)
{
    m_errorCode = statement.errorCode() ? statement.errorCode() : SQLITE_ERROR;
    m_errorDetail = statement.errorMessage();
    return false;
}

bool SearchIndex::unindex(qint64 id)
{
    if (m_catalogue.isSearchIndexDeferred()) // a bulk write builds the whole index at its commit
        return true;
    Catalogue::PendingSearch &pending = m_catalogue.pendingSearch();
    if (deferred() && pending.contains(id))
        return true; // the text the index holds was kept when the row first changed
    bool ok = true;
    std::optional<QList<QByteArray>> text = readText(*m_indexedText, id, &ok);
    if (!ok)
        return fail(*m_indexedText);
    if (deferred()) {
        pending.insert(id, std::move(text));
        return true; // never flushed here: the row is about to change
    }
    return !text || put(*m_unindexRow, id, *text) || fail(*m_unindexRow);
}

bool SearchIndex::index(qint64 id)
{
    if (m_catalogue.isSearchIndexDeferred())
        return true;
    if (deferred()) {
        Catalogue::PendingSearch &pending = m_catalogue.pendingSearch();
        if (!pending.contains(id))
            pending.insert(id, std::nullopt); // a row the index has not seen yet
        return flushIfLarge();
    }
    bool ok = true;
    const std::optional<QList<QByteArray>> text = readText(*m_indexedText, id, &ok);
    if (!ok)
        return fail(*m_indexedText);
    return !text || put(*m_reindexRow, id, *text) || fail(*m_reindexRow);
}

bool SearchIndex::flush(const Catalogue &catalogue, QString *detail, int *code)
{
    Catalogue::PendingSearch &pending = catalogue.pendingSearch();
    if (pending.isEmpty())
        return true;
    Statements s = prepare(catalogue.connection());
    const auto failed = [&](const SqliteStatement &statement) {
        *detail = statement.errorMessage();
        *code = statement.errorCode() ? statement.errorCode() : SQLITE_ERROR;
        return false;
    };
    // Each row's net change, in row order: its old text out, its text now in (neither when equal).
    QList<qint64> ids = pending.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        bool ok = true;
        const std::optional<QList<QByteArray>> now = readText(*s.indexedText, id, &ok);
        if (!ok)
            return failed(*s.indexedText);
        const std::optional<QList<QByteArray>> &old = pending.value(id);
        if (old == now)
            continue;
        if (old && !put(*s.unindexRow, id, *old))
            return failed(*s.unindexRow);
        if (now && !put(*s.indexRow, id, *now))
            return failed(*s.indexRow);
    }
    pending.clear();
    return true;
}

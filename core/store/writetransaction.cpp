// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "i18n/surface.h"
#include "catalogue/catalogue.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "searchindex.h"
#include "storageerror.h"

namespace {

struct DeferrableIndex {
    QString name;
    QString sql;
};

// The measures' own secondary indexes, as SQLite keeps their definitions (so nothing here repeats
// the migrations). Unique indexes stay: they enforce constraints while rows go in.
QList<DeferrableIndex> deferrableIndexes(SqliteConnection &connection)
{
    QList<DeferrableIndex> indexes;
    SqliteStatement query(connection, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                                     "AND tbl_name IN ('measure', 'measure_term', 'measure_partner') "
                                                     "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
    while (query.step())
        indexes.append({query.text(0), query.text(1)});
    return query.hasError() ? QList<DeferrableIndex>() : indexes;
}

QString quotedName(const QString &name) { return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"'; }

} // namespace

WriteTransaction::WriteTransaction(const Catalogue &catalogue, Size size, qint64 rowsToWrite) : m_catalogue(catalogue), m_size(size)
{
    m_nested = catalogue.isOpen() && catalogue.connection().inTransaction();
    if (m_nested)
        m_size = size = Size::Normal; // the outer transaction decides how a bulk write is done
    if (size == Size::Bulk && !catalogue.isReadOnly())
        catalogue.connection().execute("PRAGMA cache_size = -65536"); // 64 MB while building the indexes
    if (catalogue.isReadOnly())
        m_refusal = Refusal::ReadOnly;
    else if (!catalogue.isFileStillThere())
        m_refusal = Refusal::FileGone;
    else
        m_active = catalogue.connection().execute(m_nested ? "SAVEPOINT write_step" : "BEGIN IMMEDIATE", &m_detail, &m_code);
    if (m_active) {
        catalogue.noteWriteBegun();
        catalogue.setWriteDepth(catalogue.writeDepth() + 1);
        if (!m_nested)
            catalogue.pendingSearch().clear(); // nothing of an earlier transaction is left to index
    }
    if (m_active && size == Size::Bulk && rowsToWrite > 0)
        deferIndexes(rowsToWrite);
}

void WriteTransaction::deferIndexes(qint64 rowsToWrite)
{
    SqliteConnection &db = m_catalogue.connection();
    qint64 measures = -1;
    {
        SqliteStatement count(db, QStringLiteral("SELECT count(*) FROM measure"));
        measures = count.step() ? count.int64(0) : -1; // finished before any DROP: no statement may be pending
    }
    if (measures < 0 || rowsToWrite <= measures)
        return;
    // Whatever was dropped is made again at commit; a drop that fails only means that index grows
    // row by row as usual (and a rollback brings every index back anyway).
    for (const DeferrableIndex &index : deferrableIndexes(db)) {
        SqliteStatement drop(db, QStringLiteral("DROP INDEX ") + quotedName(index.name));
        if (drop.run())
            m_deferredIndexes << index.sql;
    }
    // The search index too: FTS5's 'rebuild' at commit tokenizes every row once, in rowid order,
    // where row-by-row inserts (and the deletes of rows updated) cost about a third more.
    m_deferredSearch = true;
    m_catalogue.setSearchIndexDeferred(true);
}

bool WriteTransaction::rebuildSearchIndex()
{
    SqliteConnection &db = m_catalogue.connection();
    // FTS5 writes a segment each time its terms in memory pass 'hashsize' (1 MB by default), and
    // merges segments as they pile up: 8 MB while rebuilding 100,000 measures took the rebuild
    // from 1.8 s to 1.35 s (sqlite3 shell, measured). The setting is FTS5's own and stays in its
    // config table, so it goes back to FTS5's default (1048576) right after.
    SqliteStatement setHashSize(db, QStringLiteral("INSERT INTO measure_search (measure_search, rank) VALUES ('hashsize', ?)"));
    SqliteStatement rebuild(db, QStringLiteral("INSERT INTO measure_search (measure_search) VALUES ('rebuild')"));
    const auto hashSize = [&setHashSize](qint64 bytes) {
        setHashSize.bindInt64(1, bytes);
        return setHashSize.run();
    };
    if (hashSize(8 << 20) && rebuild.run() && hashSize(1 << 20))
        return true;
    const SqliteStatement &failed = setHashSize.hasError() || !setHashSize.isValid() ? setHashSize : rebuild;
    m_detail = failed.errorMessage();
    m_code = failed.errorCode();
    return false;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
    if (m_size == Size::Bulk && !m_catalogue.isReadOnly())
        m_catalogue.connection().execute("PRAGMA cache_size = -2000");
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (m_deferredSearch) {
        if (!rebuildSearchIndex()) {
            rollback();
            return false;
        }
        m_catalogue.setSearchIndexDeferred(false);
        m_deferredSearch = false;
        m_catalogue.pendingSearch().clear(); // the rebuild indexed every row as it is
    }
    // Inside the transaction, after every other statement (none opens a savepoint after it).
    if (!m_nested && !SearchIndex::flush(m_catalogue, &m_detail, &m_code)) {
        rollback();
        return false;
    }
    for (const QString &index : std::as_const(m_deferredIndexes)) {
        SqliteStatement create(m_catalogue.connection(), index);
        if (!create.run()) {
            m_detail = create.errorMessage();
            m_code = create.errorCode();
            rollback();
            return false;
        }
    }
    if (!m_catalogue.connection().execute(m_nested ? "RELEASE write_step" : "COMMIT", &m_detail, &m_code)) {
        rollback();
        return false;
    }
    m_active = false;
    m_catalogue.setWriteDepth(m_catalogue.writeDepth() - 1);
    m_deferredIndexes.clear();
    // Fresh planner statistics, sampled (SQLite's advice: analysis_limit 400) rather than read
    // from every row of every index: 0.2-0.3 s after a bulk write of 100,000 measures otherwise.
    if (m_size == Size::Bulk)
        m_catalogue.connection().execute("PRAGMA analysis_limit = 400; PRAGMA optimize");
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_deferredSearch) // the index as it was comes back with the rows
        m_catalogue.setSearchIndexDeferred(false);
    m_deferredSearch = false;
    // A nested step's rows keep their place in the pending search changes: each row's index is
    // brought from the text it held before the transaction to the text it has at the commit.
    if (m_nested) {
        m_catalogue.connection().execute("ROLLBACK TO write_step; RELEASE write_step"); // the outer one decides the rest
    } else {
        m_catalogue.connection().execute("ROLLBACK");
        m_catalogue.pendingSearch().clear();
    }
    m_active = false;
    m_catalogue.setWriteDepth(m_catalogue.writeDepth() - 1);
}

QString WriteTransaction::errorMessage() const
{
    switch (m_refusal) {
    case Refusal::ReadOnly:
        return m_catalogue.readOnlyExplanation();
    case Refusal::FileGone:
        return Surface::isCommandLine()
                 ? StorageError::tr("The catalogue file was moved, renamed or deleted while the command ran, so the change was "
                                    "not saved. Run the command again on the file where it is now.")
                 : StorageError::tr("The catalogue file was moved, renamed or deleted since it was opened, so the change was not "
                                    "saved. Save everything that is open to a new file with File ▸ Save a Copy, then work in "
                                    "that file.");
    case Refusal::None:
        break;
    }
    return StorageError::message(m_code, m_detail);
}

#include "writetransaction.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "storageerror.h"

namespace {

// The measures' own secondary indexes, as SQLite keeps their definitions (so nothing here repeats
// the migrations). Unique indexes stay: they enforce constraints while rows go in.
QStringList deferrableIndexes(SqliteConnection &connection)
{
    QStringList statements;
    SqliteStatement query(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                                     "AND tbl_name IN ('measure', 'measure_term', 'measure_partner') "
                                                     "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
    while (query.step())
        statements << query.text(0);
    return query.hasError() ? QStringList() : statements;
}

QString indexName(const QString &createIndex)
{
    // "CREATE INDEX name ON ..." as SQLite stores it.
    return createIndex.section(u' ', 2, 2);
}

} // namespace

WriteTransaction::WriteTransaction(const Catalogue &catalogue, Size size, qint64 rowsToWrite) : m_catalogue(catalogue), m_size(size)
{
    if (size == Size::Bulk && !catalogue.isReadOnly())
        catalogue.connection().execute("PRAGMA cache_size = -65536"); // 64 MB while building the indexes
    if (catalogue.isReadOnly())
        m_refusal = Refusal::ReadOnly;
    else if (!catalogue.isFileStillThere())
        m_refusal = Refusal::FileGone;
    else
        m_active = catalogue.connection().execute("BEGIN IMMEDIATE", &m_detail, &m_code);
    if (m_active)
        catalogue.noteWriteBegun();
    if (m_active && size == Size::Bulk && rowsToWrite > 0) {
        qint64 measures = -1;
        {
            SqliteStatement count(catalogue.connection(), QStringLiteral("SELECT count(*) FROM measure"));
            measures = count.step() ? count.int64(0) : -1; // finished before any DROP: no statement may be pending
        }
        if (measures >= 0 && rowsToWrite > measures) {
            const QStringList indexes = deferrableIndexes(catalogue.connection());
            bool dropped = true;
            for (const QString &index : indexes) {
                SqliteStatement drop(catalogue.connection(), QStringLiteral("DROP INDEX \"%1\"").arg(indexName(index)));
                if (dropped && !drop.run()) {
                    dropped = false;
                    m_detail = drop.errorMessage();
                    m_code = drop.errorCode();
                }
            }
            if (dropped)
                m_deferredIndexes = indexes;
            else
                rollback(); // not a state to write in: refuse the transaction as a whole
        }
    }
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
    for (const QString &index : std::as_const(m_deferredIndexes)) {
        SqliteStatement create(m_catalogue.connection(), index);
        if (!create.run()) {
            m_detail = create.errorMessage();
            m_code = create.errorCode();
            rollback();
            return false;
        }
    }
    if (!m_catalogue.connection().execute("COMMIT", &m_detail, &m_code)) {
        rollback();
        return false;
    }
    m_active = false;
    if (m_size == Size::Bulk)
        m_catalogue.connection().execute("PRAGMA optimize");
    return true;
}

void WriteTransaction::rollback()
{
    if (m_active) {
        m_catalogue.connection().execute("ROLLBACK");
        m_active = false;
    }
}

QString WriteTransaction::errorMessage() const
{
    switch (m_refusal) {
    case Refusal::ReadOnly:
        return m_catalogue.readOnlyExplanation();
    case Refusal::FileGone:
        return StorageError::tr("The catalogue file was moved, renamed or deleted since it was opened, so the change was not "
                                "saved. What you typed is kept. Save everything that is open to a new file with File ▸ Save "
                                "a Copy, then work in that file.");
    case Refusal::None:
        break;
    }
    return StorageError::message(m_code, m_detail);
}

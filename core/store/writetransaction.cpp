#include "writetransaction.h"

#include "catalogue/sqlitestatement.h"
#include "storageerror.h"

WriteTransaction::WriteTransaction(sqlite3 *db) : m_db(db)
{
    m_active = executeSimple(m_db, "BEGIN IMMEDIATE", &m_detail, &m_code);
}

WriteTransaction::~WriteTransaction() { rollback(); }

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!executeSimple(m_db, "COMMIT", &m_detail, &m_code)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (m_active) {
        executeSimple(m_db, "ROLLBACK");
        m_active = false;
    }
}

QString WriteTransaction::errorMessage() const { return StorageError::message(m_code, m_detail); }

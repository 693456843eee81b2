#include "writetransaction.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "storageerror.h"

WriteTransaction::WriteTransaction(const Catalogue &catalogue) : m_db(catalogue.handle())
{
    m_fileGone = !catalogue.isFileStillThere();
    if (!m_fileGone)
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

QString WriteTransaction::errorMessage() const
{
    if (m_fileGone)
        return StorageError::tr("The catalogue file was moved, renamed or deleted since it was opened, so the change was not "
                                "saved. What you typed is kept. Save everything that is open to a new file with File ▸ Back Up, "
                                "then open that file.");
    return StorageError::message(m_code, m_detail);
}

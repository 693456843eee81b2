#include "writetransaction.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqliteconnection.h"
#include "storageerror.h"

WriteTransaction::WriteTransaction(const Catalogue &catalogue, Size size) : m_catalogue(catalogue), m_size(size)
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

#include "partnerrepository.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "measurewriter.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace {

// Runs one statement with values; returns an empty string or a translated storage error.
QString run(sqlite3 *db, const QString &sql, const QVariantList &values)
{
    SqliteStatement statement(db, sql);
    statement.bindAll(values);
    statement.step();
    if (!statement.isValid() || statement.hasError())
        return StorageError::message(statement.errorCode(), statement.errorMessage());
    return {};
}

QString touchMeasuresOf(sqlite3 *db, qint64 partnerId)
{
    return run(db, QStringLiteral("UPDATE measure SET updated_at = ? WHERE id IN "
                                  "(SELECT measure_id FROM measure_partner WHERE partner_id = ?)"),
               {isoTimestamp(QDateTime::currentDateTimeUtc()), partnerId});
}

} // namespace

PartnerRepository::PartnerRepository(const Catalogue &catalogue) : m_catalogue(catalogue) {}

QList<PartnerInfo> PartnerRepository::all() const
{
    SqliteStatement query(m_catalogue.handle(),
                          QStringLiteral("SELECT p.id, p.name, p.type_code, "
                                         "(SELECT count(*) FROM measure_partner mp WHERE mp.partner_id = p.id) "
                                         "FROM partner p ORDER BY p.name_key"));
    QList<PartnerInfo> partners;
    while (query.step())
        partners.append({query.int64(0), query.text(1), query.text(2), int(query.int64(3))});
    return partners;
}

QStringList PartnerRepository::names() const
{
    SqliteStatement query(m_catalogue.handle(), QStringLiteral("SELECT name FROM partner ORDER BY name_key"));
    QStringList names;
    while (query.step())
        names << query.text(0);
    return names;
}

QList<QPair<qint64, QString>> PartnerRepository::measuresUsing(qint64 partnerId) const
{
    SqliteStatement query(m_catalogue.handle(),
                          QStringLiteral("SELECT m.id, m.title FROM measure_partner mp JOIN measure m ON m.id = mp.measure_id "
                                         "WHERE mp.partner_id = ? ORDER BY m.title_key"));
    query.bindInt64(1, partnerId);
    QList<QPair<qint64, QString>> measures;
    while (query.step())
        measures.append({query.int64(0), query.text(1)});
    return measures;
}

QString PartnerRepository::rename(qint64 id, const QString &newName)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        return tr("A partner needs a name.");
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    SqliteStatement existing(m_catalogue.handle(), QStringLiteral("SELECT id FROM partner WHERE name_key = ? AND id <> ?"));
    existing.bindText(1, name.toCaseFolded());
    existing.bindInt64(2, id);
    if (existing.step())
        return tr("Another partner is already called “%1”. To make them one, select both and choose Merge.").arg(name);
    existing.reset();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error = run(m_catalogue.handle(), QStringLiteral("UPDATE partner SET name = ?, name_key = ? WHERE id = ?"),
                        {name, name.toCaseFolded(), id});
    if (error.isEmpty())
        error = touchMeasuresOf(m_catalogue.handle(), id);
    if (error.isEmpty() && !transaction.commit())
        error = transaction.errorMessage();
    return error;
}

QString PartnerRepository::setType(qint64 id, const QString &typeCode)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error = run(m_catalogue.handle(), QStringLiteral("UPDATE partner SET type_code = ? WHERE id = ?"), {typeCode, id});
    if (error.isEmpty())
        error = touchMeasuresOf(m_catalogue.handle(), id);
    if (error.isEmpty())
        error = MeasureWriter::refreshPartnerTypeBits(m_catalogue.handle(), id);
    if (error.isEmpty() && !transaction.commit())
        error = transaction.errorMessage();
    return error;
}

QString PartnerRepository::merge(const QList<qint64> &sources, qint64 target)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    sqlite3 *db = m_catalogue.handle();
    for (qint64 source : sources) {
        if (source == target)
            continue;
        QString error = touchMeasuresOf(db, source);
        // A measure that lists both keeps one link: the target's.
        if (error.isEmpty())
            error = run(db, QStringLiteral("UPDATE OR IGNORE measure_partner SET partner_id = ? WHERE partner_id = ?"), {target, source});
        if (error.isEmpty())
            error = run(db, QStringLiteral("DELETE FROM measure_partner WHERE partner_id = ?"), {source});
        if (error.isEmpty())
            error = run(db, QStringLiteral("DELETE FROM partner WHERE id = ?"), {source});
        if (!error.isEmpty())
            return error;
    }
    if (const QString error = MeasureWriter::refreshPartnerTypeBits(db, target); !error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString PartnerRepository::remove(qint64 id)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    const int uses = int(measuresUsing(id).size());
    if (uses > 0)
        return tr("This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, "
                  "or merge it into another partner.", nullptr, uses);
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const QString error = run(m_catalogue.handle(), QStringLiteral("DELETE FROM partner WHERE id = ?"), {id});
    if (!error.isEmpty())
        return error;
    return transaction.commit() ? QString() : transaction.errorMessage();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurestore.h"

#include "catalogue/catalogue.h"
#include "query/measurequery.h"
#include "storageerror.h"
#include "writetransaction.h"

MeasureStore::MeasureStore(const Catalogue &catalogue, const Vocabulary &vocabulary)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_writer(std::make_unique<MeasureWriter>(catalogue)),
      m_query(std::make_unique<MeasureQuery>(catalogue))
{
}

MeasureStore::~MeasureStore() = default;

QString MeasureStore::storageError() const { return StorageError::message(m_writer->errorCode(), m_writer->errorDetail()); }

bool MeasureStore::write(Measure &measure, Timestamps timestamps, Language language, QList<FieldIssue> *issues, QString *error)
{
    Measure candidate = MeasureValidator::normalized(measure, m_vocabulary);
    QList<FieldIssue> found = MeasureValidator::validate(candidate, m_vocabulary, language);
    if (!found.isEmpty()) {
        if (issues)
            *issues = found;
        return false;
    }
    if (!m_writer->write(candidate, timestamps)) {
        if (error)
            *error = storageError();
        return false;
    }
    measure = candidate;
    return true;
}

bool MeasureStore::erase(qint64 id, QString *error)
{
    if (m_writer->remove(id))
        return true;
    if (error)
        *error = storageError();
    return false;
}

MeasureStore::SaveResult MeasureStore::save(Measure &measure, Language language)
{
    SaveResult result;
    Measure candidate = MeasureValidator::normalized(measure, m_vocabulary);
    result.issues = MeasureValidator::validate(candidate, m_vocabulary, language);
    if (!result.issues.isEmpty())
        return result;
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive()) {
        result.error = transaction.errorMessage();
        return result;
    }
    if (!m_writer->write(candidate, Timestamps::Now)) {
        result.error = storageError();
        return result;
    }
    if (!transaction.commit()) {
        result.error = transaction.errorMessage();
        return result;
    }
    measure = candidate;
    result.saved = true;
    return result;
}

QString MeasureStore::restore(const QList<Measure> &measures)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (Measure m : measures) {
        m.id = m_query->idOfUuid(m.uuid);
        if (!m_writer->write(m, Timestamps::Keep))
            return storageError();
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::revert(const QList<Measure> &restore, const QStringList &removeUuids)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (const QString &uuid : removeUuids)
        if (const qint64 id = m_query->idOfUuid(uuid); id && !m_writer->remove(id))
            return storageError();
    for (Measure m : restore) {
        m.id = m_query->idOfUuid(m.uuid);
        if (!m_writer->write(m, Timestamps::Keep))
            return storageError();
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::remove(const QList<qint64> &ids)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (qint64 id : ids)
        if (!m_writer->remove(id))
            return storageError();
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::removeByUuid(const QStringList &uuids)
{
    QList<qint64> ids;
    for (const QString &uuid : uuids)
        if (const qint64 id = m_query->idOfUuid(uuid))
            ids << id;
    return remove(ids);
}

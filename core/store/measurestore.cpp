// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurestore.h"

#include "catalogue/stepprogress.h"

#include "catalogue/catalogue.h"
#include "query/measurequery.h"
#include "revisionlog.h"
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
    // What is written without a form: an import's rows, a colleague's measures, generated ones.
    QList<FieldIssue> found = MeasureValidator::validate(candidate, m_vocabulary, language, MeasureValidator::Source::File);
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

bool MeasureStore::writeChecked(Measure &measure, Timestamps timestamps, QString *error)
{
    if (m_writer->write(measure, timestamps))
        return true;
    if (error)
        *error = storageError();
    return false;
}

void MeasureStore::setOrigin(const QString &origin) { m_writer->revisions().setOrigin(origin); }

RevisionLog &MeasureStore::revisions() { return m_writer->revisions(); }

bool MeasureStore::erase(qint64 id, QString *error)
{
    if (m_writer->remove(id))
        return true;
    if (error)
        *error = storageError();
    return false;
}

bool MeasureStore::followHistory(Measure &current, const QString &theirHead, bool adopt, QString *error)
{
    RevisionLog &log = m_writer->revisions();
    if (adopt) {
        current.revision = theirHead;
    } else {
        log.mergeNext(theirHead);
        if (!log.record(current, current.revision)) {
            if (error)
                *error = StorageError::message(log.errorCode(), log.errorDetail());
            return false;
        }
    }
    if (m_writer->setHead(current.id, current.revision))
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

bool MeasureStore::findId(const QString &uuid, qint64 *id, QString *error)
{
    *id = m_query->idOfUuid(uuid);
    if (*id == 0 && !m_query->lastError().isEmpty()) {
        *error = StorageError::unreadable(m_query->lastError());
        return false;
    }
    return true;
}

QString MeasureStore::restore(const QList<Measure> &measures)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    for (Measure m : measures) {
        if (!findId(m.uuid, &m.id, &error))
            return error; // unread, it would be written again as a new row
        if (!m_writer->write(m, Timestamps::Keep))
            return storageError();
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::revert(const MeasureCopies &restore, const QStringList &removeUuids)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    StepProgress *progress = m_catalogue.stepProgress();
    for (const QString &uuid : removeUuids) {
        qint64 id = 0;
        if (!findId(uuid, &id, &error))
            return error; // an unread row would be left in place while the step reads as done
        if (id && !m_writer->remove(id))
            return storageError();
        if (progress && progress->isCancelled())
            return tr("Cancelled: nothing was changed.");
        if (progress)
            progress->advance();
    }
    for (const std::shared_ptr<const Measure> &kept : restore) {
        Measure m = *kept;
        if (!findId(m.uuid, &m.id, &error))
            return error;
        if (!m_writer->write(m, Timestamps::Keep))
            return storageError();
        if (progress && progress->isCancelled())
            return tr("Cancelled: nothing was changed.");
        if (progress)
            progress->advance();
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::remove(const QList<qint64> &ids)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    StepProgress *progress = m_catalogue.stepProgress();
    if (progress)
        progress->setTotal(ids.size());
    for (qint64 id : ids) {
        if (!m_writer->remove(id))
            return storageError();
        if (progress && progress->isCancelled())
            return tr("Cancelled: nothing was changed.");
        if (progress)
            progress->advance();
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureStore::removeByUuid(const QStringList &uuids)
{
    QList<qint64> ids;
    QString error;
    for (const QString &uuid : uuids) {
        qint64 id = 0;
        if (!findId(uuid, &id, &error))
            return error;
        if (id)
            ids << id;
    }
    return remove(ids);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurewriter.h"
#include "model/measure.h"
#include "model/measurevalidator.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

class Catalogue;
class MeasureQuery;
class RevisionLog;
class Vocabulary;

// The one way measures are written: normalizing and validating (MeasureValidator), deriving what
// the schema keeps beside them, and keeping time stamps, for the form, the import, the sample,
// the generator and undo alike. Every public change is one transaction; when it fails the
// caller still holds the measure exactly as typed, plus a message that says what to do.
class MeasureStore
{
    Q_DECLARE_TR_FUNCTIONS(MeasureStore)
public:
    using Timestamps = MeasureWriter::Timestamps;
    struct SaveResult {
        bool saved = false;
        QList<FieldIssue> issues; // validation problems: nothing was written
        QString error;            // storage failure: nothing was written
    };

    // The vocabulary must outlive the store (the session keeps both).
    MeasureStore(const Catalogue &catalogue, const Vocabulary &vocabulary);
    MeasureStore(const Catalogue &catalogue, Vocabulary &&vocabulary) = delete; // it would dangle
    ~MeasureStore();

    // Normalizes, validates (messages in `language`), then writes in one transaction. On success
    // `measure` holds the saved values (id, uuid, timestamps); on failure it is left as given.
    SaveResult save(Measure &measure, Language language);
    // Puts back measures exactly as they were (same uuid and times), found by uuid: undo.
    QString restore(const QList<Measure> &measures);
    QString remove(const QList<qint64> &ids);
    QString removeByUuid(const QStringList &uuids);
    // Undo and redo, in one transaction: measures put back as given (by uuid: their content and
    // times, as a new revision after their present one, or continuing from their tombstone) and
    // measures deleted by uuid (a deletion revision and a tombstone each).
    QString revert(const MeasureCopies &restore, const QStringList &removeUuids);

    // For bulk writers (import, sample, generator, merge) inside their own WriteTransaction:
    // normalizes, validates and writes one measure. False with `issues` (nothing written for
    // this measure) or with a storage error in `error`.
    bool write(Measure &measure, Timestamps timestamps, Language language, QList<FieldIssue> *issues, QString *error);
    // The same for a measure the caller has normalized and checked itself (IncomingCheck, against
    // this store's vocabulary): written as it is, without checking it a second time.
    bool writeChecked(Measure &measure, Timestamps timestamps, QString *error);
    bool erase(qint64 id, QString *error);
    // A merge that leaves a measure's content as it is: its head becomes the other side's
    // (`adopt`, which descends from it) or a merge revision joining both heads.
    bool followHistory(Measure &current, const QString &theirHead, bool adopt, QString *error);
    // What the measures' history says of the writes from now on (a RevisionOrigin code).
    void setOrigin(const QString &origin);
    RevisionLog &revisions();

private:
    QString storageError() const;
    // The row of `uuid`, 0 when there is none; false (with a translated error) when it could not be read.
    bool findId(const QString &uuid, qint64 *id, QString *error);

    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    std::unique_ptr<MeasureWriter> m_writer;
    std::unique_ptr<MeasureQuery> m_query;
};

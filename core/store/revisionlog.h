// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/revision.h"

#include <memory>

class Catalogue;
class SqliteStatement;

// Writes measures' histories (core/sql/008_revisions.sql) in the caller's transaction, for
// MeasureWriter and the merge. A write names the revision it starts from (Measure::revision);
// the log keeps that revision when the content is still what it recorded (an unchanged save,
// an undo putting a measure back, a merge taking the other side's version) and otherwise adds
// a revision whose parent it is.
class RevisionLog
{
public:
    explicit RevisionLog(const Catalogue &catalogue);
    ~RevisionLog();

    // Who and why, for the revisions written from now on (the catalogue's author is read each time).
    void setOrigin(const QString &origin) { m_origin = origin; }
    QString origin() const { return m_origin; }

    // Sets m.revision to the revision its content is at, adding one when needed. With `merged`,
    // always a new revision with both parents (a merge of two versions).
    bool record(Measure &m, const QDateTime &when, const QString &merged = {});
    // The measure `uuid`, at `head`, is deleted: a deletion revision and a tombstone.
    bool recordDeletion(const QString &uuid, const QString &head, const QDateTime &when, const QString &merged = {});
    // The next revision recorded (a write or a deletion) also descends from the other side's
    // `theirHead`: how a merge joins two histories through the writer.
    void mergeNext(const QString &theirHead) { m_nextMerged = theirHead; }
    // The id of the last deletion recorded.
    QString lastDeletion() const { return m_lastDeletion; }
    // Puts a tombstone back as it was (undo and redo of a merge).
    bool bury(const Tombstone &tombstone);
    // The measure is back (undo of a deletion, a merge): no longer a tombstone.
    bool forgetDeletion(const QString &uuid);
    // A revision made elsewhere (another catalogue's history, brought in by a merge).
    bool add(const Revision &revision);

    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }

private:
    bool fail(const SqliteStatement &statement);
    bool insert(const Revision &revision);

    const Catalogue &m_catalogue;
    std::unique_ptr<SqliteStatement> m_fieldsOf, m_insert, m_bury, m_unbury;
    QString m_origin;
    QString m_nextMerged;
    QString m_lastDeletion;
    int m_errorCode = 0;
    QString m_errorDetail;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/revision.h"

#include <memory>
#include <optional>

class Catalogue;
class SqliteStatement;

// Writes the histories of measures and of partners' types (docs/design-notes.md, "The history
// model") in the caller's transaction, for MeasureWriter, the partner list and the merge. A head
// never moves back: every change, undo and redo included, is a new revision after the current
// head; only a merge may adopt the other side's head, which descends from it.
class RevisionLog
{
public:
    explicit RevisionLog(const Catalogue &catalogue);
    ~RevisionLog();

    // Who and why, for the revisions written from now on (the catalogue's author is read each time).
    void setOrigin(const QString &origin) { m_origin = origin; }
    QString origin() const { return m_origin; }

    // The next revision recorded (a write or a deletion) also descends from the other side's
    // `theirHead`: how a merge joins two histories through the writer.
    void mergeNext(const QString &theirHead) { m_nextMerged = theirHead; }
    // The next write or deletion takes `revision` (already in the log) as its head, recording
    // nothing: a merge adopting the other side's history, which descends from this one's.
    void adoptNext(const QString &revision) { m_nextAdopted = revision; }
    QString takeAdopted() { return std::exchange(m_nextAdopted, QString()); }

    // Revisions are timed when they are made (not by the content's own change time).
    // Sets m.revision to the revision its content is at: `parent` itself when nothing changed
    // (and no merge), else a new revision after `parent` (empty: the first of a new measure).
    bool record(Measure &m, const QString &parent);
    // The measure `uuid`, at `head`, is deleted: a deletion revision and a tombstone.
    bool recordDeletion(const QString &uuid, const QString &head, const QString &platformMeasureId);
    // The id of the last deletion recorded or adopted.
    QString lastDeletion() const { return m_lastDeletion; }
    // A deletion as another catalogue recorded it, adopted here (its revisions added first).
    bool bury(const Tombstone &tombstone);
    // The tombstone of `uuid`, if it was deleted here. False when it could not be read.
    bool tombstoneOf(const QString &uuid, std::optional<Tombstone> *out);
    // The measure is back: no longer a tombstone (its history continues from it).
    bool forgetDeletion(const QString &uuid);
    // A revision made elsewhere (another catalogue's history, brought in by a merge).
    bool add(const Revision &revision);

    // A partner's type: `head` itself when `typeCode` is what it states, else a new revision
    // after it (empty head: the partner's first). Returns the partner's head, empty on failure.
    QString recordPartnerType(const QString &partnerKey, const QString &head, const QString &typeCode, const QString &merged = {});
    bool addPartnerRevision(const PartnerRevision &revision);

    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }

private:
    bool fail(const SqliteStatement &statement);
    bool insert(const Revision &revision);
    void clearError();

    const Catalogue &m_catalogue;
    std::unique_ptr<SqliteStatement> m_fieldsOf, m_insert, m_bury, m_unbury, m_tombstone, m_partnerTypeOf, m_insertPartner;
    QString m_origin;
    QString m_nextMerged;
    QString m_nextAdopted;
    QString m_lastDeletion;
    int m_errorCode = 0;
    QString m_errorDetail;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionlog.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/measuredigest.h"
#include "model/timestamps.h"

#include <sqlite3.h>
#include <utility>

RevisionLog::RevisionLog(const Catalogue &catalogue) : m_catalogue(catalogue), m_origin(RevisionOrigin::edit)
{
    SqliteConnection &db = catalogue.connection();
    const auto prepare = [&db](const char *sql) { return std::make_unique<SqliteStatement>(db, QString::fromLatin1(sql)); };
    m_fieldsOf = prepare("SELECT fields FROM revision WHERE id = ?");
    m_insert = prepare("INSERT OR IGNORE INTO revision (id, measure_uuid, parent, merged, fields, author, changed_at, origin) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_bury = prepare("INSERT OR REPLACE INTO tombstone (uuid, revision, deleted_at, platform_measure_id) VALUES (?, ?, ?, ?)");
    m_unbury = prepare("DELETE FROM tombstone WHERE uuid = ?");
    m_tombstone = prepare("SELECT revision, platform_measure_id FROM tombstone WHERE uuid = ?");
    m_partnerTypeOf = prepare("SELECT type_code FROM partner_revision WHERE id = ?");
    m_insertPartner = prepare("INSERT OR IGNORE INTO partner_revision (id, name_key, parent, merged, type_code, author, changed_at, origin) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

RevisionLog::~RevisionLog() = default;

bool RevisionLog::fail(const SqliteStatement &statement)
{
    m_errorCode = statement.errorCode() ? statement.errorCode() : SQLITE_ERROR;
    m_errorDetail = statement.errorMessage();
    return false;
}

void RevisionLog::clearError()
{
    m_errorCode = 0;
    m_errorDetail.clear();
}

bool RevisionLog::insert(const Revision &r)
{
    SqliteStatement &s = *m_insert;
    if (!s.isValid())
        return fail(s);
    s.bindText(1, r.id);
    s.bindText(2, r.measureUuid);
    r.parent.isEmpty() ? s.bindNull(3) : s.bindText(3, r.parent);
    r.merged.isEmpty() ? s.bindNull(4) : s.bindText(4, r.merged);
    s.bindBlob(5, r.fields.isEmpty() ? QByteArrayView() : QByteArrayView(r.fields));
    s.bindText(6, r.author);
    s.bindText(7, isoTimestamp(r.changedAt));
    s.bindText(8, r.origin);
    return s.run() || fail(s);
}

bool RevisionLog::record(Measure &m, const QString &parent)
{
    const QString merged = std::exchange(m_nextMerged, QString());
    clearError();
    const QByteArray fields = MeasureDigest::fields(m);
    if (merged.isEmpty() && !parent.isEmpty()) {
        SqliteStatement &s = *m_fieldsOf;
        if (!s.isValid())
            return fail(s);
        s.reset();
        s.bindText(1, parent);
        const bool found = s.step();
        if (!found && s.hasError())
            return fail(s);
        const bool same = found && s.blob(0) == fields;
        s.reset();
        if (same) {
            m.revision = parent; // what that revision recorded: nothing new to say
            return true;
        }
    }
    Revision revision;
    revision.measureUuid = m.uuid;
    revision.parent = parent;
    revision.merged = merged;
    revision.fields = fields;
    revision.id = MeasureDigest::revisionId(m.uuid, revision.parents(), fields);
    revision.author = m_catalogue.author();
    revision.changedAt = QDateTime::currentDateTimeUtc();
    revision.origin = m_origin;
    if (!insert(revision))
        return false;
    m.revision = revision.id;
    return true;
}

bool RevisionLog::recordDeletion(const QString &uuid, const QString &head, const QString &platformMeasureId)
{
    const QString merged = std::exchange(m_nextMerged, QString());
    clearError();
    Revision revision;
    revision.measureUuid = uuid;
    revision.parent = head;
    revision.merged = merged;
    revision.id = MeasureDigest::revisionId(uuid, revision.parents(), {});
    revision.author = m_catalogue.author();
    revision.changedAt = QDateTime::currentDateTimeUtc();
    // A deletion an undo makes stays one of its steps: Compare Again asks about what undoing a
    // merge took away, and what it was answered.
    if (!merged.isEmpty())
        revision.origin = m_origin == RevisionOrigin::answer ? RevisionOrigin::answer : RevisionOrigin::merge;
    else if (m_origin == RevisionOrigin::undo || m_origin == RevisionOrigin::undoMerge)
        revision.origin = m_origin;
    else
        revision.origin = RevisionOrigin::deletion;
    if (!insert(revision))
        return false;
    return bury({uuid, revision.id, platformMeasureId});
}

bool RevisionLog::bury(const Tombstone &tombstone)
{
    clearError();
    m_bury->bindAll({tombstone.uuid, tombstone.revision, isoTimestamp(QDateTime::currentDateTimeUtc()), tombstone.platformMeasureId});
    if (!m_bury->run())
        return fail(*m_bury);
    m_lastDeletion = tombstone.revision;
    return true;
}

bool RevisionLog::tombstoneOf(const QString &uuid, std::optional<Tombstone> *out)
{
    out->reset();
    SqliteStatement &s = *m_tombstone;
    s.reset();
    s.bindText(1, uuid);
    if (s.step())
        *out = Tombstone{uuid, s.text(0), s.text(1)};
    const bool ok = !s.hasError() && s.isValid();
    if (!ok)
        fail(s);
    s.reset();
    return ok;
}

bool RevisionLog::forgetDeletion(const QString &uuid)
{
    m_unbury->bindText(1, uuid);
    return m_unbury->run() || fail(*m_unbury);
}

bool RevisionLog::add(const Revision &revision) { return insert(revision); }

QString RevisionLog::recordPartnerType(const QString &partnerKey, const QString &head, const QString &typeCode, const QString &merged)
{
    clearError();
    if (!head.isEmpty() && merged.isEmpty()) {
        SqliteStatement &s = *m_partnerTypeOf;
        s.reset();
        s.bindText(1, head);
        const bool same = s.step() && s.text(0) == typeCode;
        if (s.hasError() || !s.isValid()) {
            fail(s);
            return {};
        }
        s.reset();
        if (same)
            return head;
    }
    PartnerRevision revision;
    revision.key = partnerKey;
    revision.parent = head;
    revision.merged = merged;
    revision.typeCode = typeCode;
    revision.id = MeasureDigest::partnerRevisionId(partnerKey, revision.parents(), typeCode);
    revision.author = m_catalogue.author();
    revision.changedAt = QDateTime::currentDateTimeUtc();
    revision.origin = m_origin;
    return addPartnerRevision(revision) ? revision.id : QString();
}

bool RevisionLog::addPartnerRevision(const PartnerRevision &r)
{
    SqliteStatement &s = *m_insertPartner;
    if (!s.isValid())
        return fail(s);
    s.bindText(1, r.id);
    s.bindText(2, r.key);
    r.parent.isEmpty() ? s.bindNull(3) : s.bindText(3, r.parent);
    r.merged.isEmpty() ? s.bindNull(4) : s.bindText(4, r.merged);
    s.bindText(5, r.typeCode);
    s.bindText(6, r.author);
    s.bindText(7, isoTimestamp(r.changedAt));
    s.bindText(8, r.origin);
    return s.run() || fail(s);
}

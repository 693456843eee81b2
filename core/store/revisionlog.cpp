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
    m_fieldsOf = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT fields FROM revision WHERE id = ?"));
    m_insert = std::make_unique<SqliteStatement>(
        db, QStringLiteral("INSERT OR IGNORE INTO revision (id, measure_uuid, parent, merged, fields, author, changed_at, origin) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    m_bury = std::make_unique<SqliteStatement>(db, QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, revision, deleted_at) VALUES (?, ?, ?)"));
    m_unbury = std::make_unique<SqliteStatement>(db, QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"));
}

RevisionLog::~RevisionLog() = default;

bool RevisionLog::fail(const SqliteStatement &statement)
{
    m_errorCode = statement.errorCode() ? statement.errorCode() : SQLITE_ERROR;
    m_errorDetail = statement.errorMessage();
    return false;
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

bool RevisionLog::record(Measure &m, const QDateTime &when, const QString &mergedParent)
{
    const QString merged = mergedParent.isEmpty() ? std::exchange(m_nextMerged, QString()) : mergedParent;
    m_errorCode = 0;
    m_errorDetail.clear();
    const QByteArray fields = MeasureDigest::fields(m);
    if (merged.isEmpty() && !m.revision.isEmpty()) {
        SqliteStatement &s = *m_fieldsOf;
        if (!s.isValid())
            return fail(s);
        s.reset();
        s.bindText(1, m.revision);
        const bool found = s.step();
        if (!found && s.hasError())
            return fail(s);
        const bool same = found && s.blob(0) == fields;
        s.reset();
        if (same)
            return true; // what that revision recorded: nothing new to say
    }
    Revision revision;
    revision.measureUuid = m.uuid;
    revision.parent = m.revision;
    revision.merged = merged;
    revision.fields = fields;
    revision.id = MeasureDigest::revisionId(m.uuid, revision.parent, merged, fields);
    revision.author = m_catalogue.author();
    revision.changedAt = merged.isEmpty() ? when : QDateTime::currentDateTimeUtc(); // a merge happens now, whatever the content's time
    revision.origin = m_origin;
    if (!insert(revision))
        return false;
    m.revision = revision.id;
    return true;
}

bool RevisionLog::recordDeletion(const QString &uuid, const QString &head, const QDateTime &when, const QString &mergedParent)
{
    const QString merged = mergedParent.isEmpty() ? std::exchange(m_nextMerged, QString()) : mergedParent;
    m_errorCode = 0;
    m_errorDetail.clear();
    Revision revision;
    revision.measureUuid = uuid;
    revision.parent = head;
    revision.merged = merged;
    revision.id = MeasureDigest::revisionId(uuid, head, merged, {});
    revision.author = m_catalogue.author();
    revision.changedAt = when;
    revision.origin = RevisionOrigin::deletion;
    if (!insert(revision))
        return false;
    m_lastDeletion = revision.id;
    m_bury->bindAll({uuid, revision.id, isoTimestamp(when)});
    return m_bury->run() || fail(*m_bury);
}

bool RevisionLog::bury(const Tombstone &tombstone)
{
    m_bury->bindAll({tombstone.uuid, tombstone.revision, isoTimestamp(QDateTime::currentDateTimeUtc())});
    return m_bury->run() || fail(*m_bury);
}

bool RevisionLog::forgetDeletion(const QString &uuid)
{
    m_unbury->bindText(1, uuid);
    return m_unbury->run() || fail(*m_unbury);
}

bool RevisionLog::add(const Revision &revision) { return insert(revision); }

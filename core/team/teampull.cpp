// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampull.h"

#include "teamconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QDateTime utc(const QVariant &value)
{
    QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : time;
}

} // namespace

TeamPull::TeamPull(TeamConnection &connection) : m_connection(connection) {}

TeamPull::~TeamPull() { end(); }

bool TeamPull::begin(qint64 since, TeamError *error)
{
    m_since = since;
    m_afterUuid.clear();
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        *error = m_connection.describe(db.lastError());
        return false;
    }
    m_open = true;
    QSqlQuery query(db);
    if (!m_connection.exec(query, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {}, error)
        || !m_connection.exec(query, QStringLiteral("SELECT coalesce(max(seq), 0) FROM team.push"), {}, error))
        return false;
    if (!query.next()) {
        *error = TeamError::of(TeamError::Kind::Server, tr("The server gave no answer to a question it always answers."));
        return false;
    }
    m_seq = query.value(0).toLongLong();
    if (m_seq < since) {
        *error = TeamError::of(TeamError::Kind::Refused,
                               tr("The team catalogue has fewer pushes than this copy has already read: it was restored from an older "
                                  "backup or made again. Nothing was changed here. Ask whoever runs the server; to go on, download the "
                                  "team catalogue into a new file and merge this one into it."));
        return false;
    }
    return true;
}

void TeamPull::end()
{
    if (m_open)
        m_connection.database().rollback(); // read only: nothing to keep
    m_open = false;
}

bool TeamPull::terms(QList<VocabularyTerm> *out, TeamError *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.exec(query,
                           QStringLiteral("SELECT DISTINCT ON (kind, code) kind, code, label_en, label_es, position, removed, other_labels::text "
                                          "FROM team.term_version WHERE kind IN ('domain', 'partner_type') "
                                          "ORDER BY kind, code, push_seq DESC"),
                           {}, error))
        return false;
    while (query.next()) {
        if (query.value(5).toBool())
            continue; // removed by the team
        VocabularyTerm term;
        term.kind = query.value(0).toString() == u"domain" ? VocabularyKind::CulturalDomain : VocabularyKind::PartnerType;
        term.code = query.value(1).toString();
        term.labelEn = query.value(2).toString();
        term.labelEs = query.value(3).toString();
        term.position = query.value(4).toInt();
        // Checked as any incoming term is (IncomingCheck::term): a language code, a plain label.
        const QJsonObject others = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        for (auto it = others.constBegin(); it != others.constEnd(); ++it)
            if (it.value().isString())
                term.otherLabels.insert(it.key(), it.value().toString());
        out->append(term);
    }
    return true;
}

bool TeamPull::revisions(QList<Revision> *out, TeamError *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.exec(query,
                           // Who made it: as the pusher's catalogue named them, else the server's login that pushed it.
                           QStringLiteral("SELECT r.id, r.measure_uuid::text, r.parent, r.merged, encode(r.fields, 'hex'), "
                                          "       coalesce(nullif(btrim(r.author), ''), r.pushed_by::text), "
                                          "       r.changed_at, r.origin "
                                          "FROM team.revision r WHERE r.measure_uuid IN "
                                          "    (SELECT measure_uuid FROM team.measure_head WHERE push_seq > ?) LIMIT ?"),
                           {m_since, kMaxRevisions + 1}, error))
        return false;
    while (query.next()) {
        Revision r;
        r.id = query.value(0).toString();
        r.measureUuid = query.value(1).toString();
        r.parent = query.value(2).toString();
        r.merged = query.value(3).toString();
        r.fields = query.isNull(4) ? QByteArray() : QByteArray::fromHex(query.value(4).toByteArray());
        r.author = query.value(5).toString();
        r.changedAt = utc(query.value(6));
        r.origin = query.value(7).toString();
        out->append(std::move(r));
    }
    return true;
}

bool TeamPull::partnerRevisions(QList<PartnerRevision> *out, TeamError *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.exec(query,
                           QStringLiteral("SELECT r.id, r.name_key, r.parent, r.merged, r.type_code, "
                                          "       coalesce(nullif(btrim(r.author), ''), r.pushed_by::text), r.changed_at, r.origin "
                                          "FROM team.partner_revision r"),
                           {}, error))
        return false;
    while (query.next()) {
        PartnerRevision r;
        r.id = query.value(0).toString();
        r.key = query.value(1).toString();
        r.parent = query.value(2).toString();
        r.merged = query.value(3).toString();
        r.typeCode = query.value(4).toString();
        r.author = query.value(5).toString();
        r.changedAt = utc(query.value(6));
        r.origin = query.value(7).toString();
        out->append(std::move(r));
    }
    return true;
}

bool TeamPull::partnerHeads(QList<TeamPartnerHead> *out, TeamError *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.exec(query,
                           QStringLiteral("SELECT h.name_key, coalesce(r.name, ''), h.revision, coalesce(r.type_code, '') "
                                          "FROM team.partner_head h "
                                          "LEFT JOIN team.partner_revision r ON r.id = h.revision ORDER BY h.name_key"),
                           {}, error))
        return false;
    while (query.next())
        out->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return true;
}

bool TeamPull::countMeasures(qint64 *out, TeamError *error)
{
    QSqlQuery query(m_connection.database());
    if (!m_connection.exec(query, QStringLiteral("SELECT count(*) FROM team.measure_head WHERE push_seq > ?"), {m_since}, error))
        return false;
    if (!query.next()) {
        *error = TeamError::of(TeamError::Kind::Server, tr("The server gave no answer to a question it always answers."));
        return false;
    }
    *out = query.value(0).toLongLong();
    return true;
}

bool TeamPull::nextMeasures(QList<TeamMeasureHead> *out, TeamError *error)
{
    out->clear();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.exec(query,
                           // A page is at most kPage measures and, past its first, kPageBytes of content as
                           // text (the size the client holds: pg_column_size counts it compressed).
                           QStringLiteral("SELECT uuid, revision, deleted, CASE WHEN size <= %2 THEN content END, platform_id, size FROM ("
                                          "  SELECT h.measure_uuid::text AS uuid, h.revision, r.fields IS NULL AS deleted, "
                                          "         r.content::text AS content, coalesce(t.platform_measure_id, '') AS platform_id, "
                                          "         coalesce(octet_length(r.content::text), 0) AS size, "
                                          "         sum(least(coalesce(octet_length(r.content::text), 0), %2 + 1)) "
                                          "             OVER (ORDER BY h.measure_uuid) AS running "
                                          "  FROM team.measure_head h LEFT JOIN team.revision r ON r.id = h.revision "
                                          "  LEFT JOIN team.tombstone t ON t.measure_uuid = h.measure_uuid AND t.revision = h.revision "
                                          "  WHERE h.push_seq > ? AND h.measure_uuid > ?::uuid ORDER BY h.measure_uuid LIMIT %1) page "
                                          "WHERE running - least(size, %2 + 1) < %3 ORDER BY uuid")
                               .arg(kPage)
                               .arg(kMaxContentBytes)
                               .arg(kPageBytes),
                           {m_since, m_afterUuid.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000") : m_afterUuid},
                           error))
        return false;
    while (query.next()) {
        TeamMeasureHead head;
        head.uuid = query.value(0).toString();
        head.revision = query.value(1).toString();
        head.deleted = query.value(2).toBool();
        if (!head.deleted) {
            head.content = query.value(3).toString().toUtf8();
            if (query.isNull(3) && query.value(5).toLongLong() > kMaxContentBytes)
                head.content = QByteArray("\"too large\""); // refused by TeamCopy, unread
        }
        head.platformMeasureId = query.value(4).toString();
        out->append(std::move(head));
    }
    if (!out->isEmpty())
        m_afterUuid = out->last().uuid;
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/measurevalidator.h"
#include "model/timestamps.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace {

const QString kColumns = QStringLiteral("id, measure_uuid, parent, merged, fields, author, changed_at, origin");

Revision readRevision(const SqliteStatement &s)
{
    Revision r;
    r.id = s.text(0);
    r.measureUuid = s.text(1);
    r.parent = s.text(2);
    r.merged = s.text(3);
    r.fields = s.blob(4);
    r.author = s.text(5);
    r.changedAt = parseIsoTimestamp(s.utf8(6));
    r.origin = s.text(7);
    return r;
}

} // namespace

RevisionQuery::RevisionQuery(const Catalogue &catalogue) : m_catalogue(catalogue) {}

RevisionQuery::~RevisionQuery() = default;

SqliteStatement &RevisionQuery::prepared(std::unique_ptr<SqliteStatement> &statement, const QString &sql)
{
    if (!statement)
        statement = std::make_unique<SqliteStatement>(m_catalogue.connection(), sql);
    statement->reset();
    return *statement;
}

bool RevisionQuery::heads(QHash<QString, Head> *out)
{
    m_error.clear();
    m_invalidData = false;
    SqliteStatement measures(m_catalogue.connection(), QStringLiteral("SELECT uuid, revision FROM measure"));
    while (measures.step())
        if (out->contains(measures.text(0))) {
            m_error = QCoreApplication::translate("RevisionQuery", "Two measures have the identifier %1.").arg(MeasureValidator::shown(measures.text(0)));
            m_invalidData = true;
            return false;
        } else {
            out->insert(measures.text(0), Head{measures.text(1), false, {}});
        }
    SqliteStatement tombstones(m_catalogue.connection(), QStringLiteral("SELECT uuid, revision, platform_measure_id FROM tombstone"));
    while (tombstones.step()) {
        if (out->contains(tombstones.text(0))) { // the app removes a tombstone whenever its measure comes back
            m_error = QCoreApplication::translate("RevisionQuery", "The measure %1 is both in the catalogue and deleted.")
                          .arg(MeasureValidator::shown(tombstones.text(0)));
            m_invalidData = true;
            return false;
        }
        out->insert(tombstones.text(0), Head{tombstones.text(1), true, tombstones.text(2)});
    }
    for (const SqliteStatement *s : {&measures, &tombstones})
        if (!s->isValid() || s->hasError())
            m_error = s->errorMessage();
    return m_error.isEmpty();
}

bool RevisionQuery::headsOf(const QList<QString> &uuids, QHash<QString, Head> *out)
{
    m_error.clear();
    m_invalidData = false;
    SqliteStatement measure(m_catalogue.connection(), QStringLiteral("SELECT revision FROM measure WHERE uuid = ?"));
    SqliteStatement tombstone(m_catalogue.connection(), QStringLiteral("SELECT revision, platform_measure_id FROM tombstone WHERE uuid = ?"));
    for (const QString &uuid : uuids) {
        measure.reset();
        measure.bindText(1, uuid);
        tombstone.reset();
        tombstone.bindText(1, uuid);
        const bool here = measure.step(), deleted = tombstone.step();
        if (here && deleted) {
            m_error = QCoreApplication::translate("RevisionQuery", "The measure %1 is both in the catalogue and deleted.")
                          .arg(MeasureValidator::shown(uuid));
            m_invalidData = true;
            return false;
        }
        if (here)
            out->insert(uuid, Head{measure.text(0), false, {}});
        else if (deleted)
            out->insert(uuid, Head{tombstone.text(0), true, tombstone.text(1)});
        for (const SqliteStatement *s : {&measure, &tombstone})
            if (!s->isValid() || s->hasError()) {
                m_error = s->errorMessage();
                return false;
            }
    }
    return true;
}

QString RevisionQuery::tooLong(qsizetype limit)
{
    return QCoreApplication::translate("RevisionQuery", "Its histories hold more than %L1 revisions: more than any catalogue this app makes.")
        .arg(limit);
}

bool RevisionQuery::revisionsOf(const QStringList &uuids, QHash<QString, Revision> *out, qsizetype limit)
{
    m_error.clear();
    m_invalidData = false;
    SqliteStatement query(m_catalogue.connection(), QStringLiteral("SELECT %1 FROM revision WHERE measure_uuid = ?").arg(kColumns));
    for (const QString &uuid : uuids) {
        query.reset();
        query.bindText(1, uuid);
        while (query.step()) {
            Revision r = readRevision(query);
            out->insert(r.id, std::move(r));
            if (limit >= 0 && out->size() > limit) {
                m_error = RevisionQuery::tooLong(limit);
                m_invalidData = true;
                return false;
            }
        }
        if (!query.isValid() || query.hasError()) {
            m_error = query.errorMessage();
            return false;
        }
    }
    return true;
}

QList<Revision> RevisionQuery::historyOf(const QString &uuid, const QString &head)
{
    QHash<QString, Revision> all;
    if (!revisionsOf({uuid}, &all))
        return {};
    // Only what led to the measure as it is: revisions of other lines are not its history.
    QHash<QString, int> children; // within that history
    QStringList pending{head};
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        const auto it = all.constFind(id);
        if (id.isEmpty() || seen.contains(id) || it == all.cend())
            continue;
        seen.insert(id);
        for (const QString &parent : it->parents()) {
            children[parent] += 1;
            pending << parent;
        }
    }
    // Causal order (Kahn's): a revision once every revision made from it is listed; among
    // those ready, the most recent first. Clocks of other machines never put a parent first.
    QList<Revision> history, ready;
    if (all.contains(head) && seen.contains(head))
        ready << all.value(head);
    const auto newest = [](const Revision &a, const Revision &b) {
        return a.changedAt != b.changedAt ? a.changedAt < b.changedAt : a.id < b.id;
    };
    while (!ready.isEmpty()) {
        const auto next = std::max_element(ready.begin(), ready.end(), newest);
        const Revision revision = *next;
        ready.erase(next);
        history << revision;
        for (const QString &parent : revision.parents()) {
            if (--children[parent] == 0 && seen.contains(parent))
                ready << all.value(parent);
        }
    }
    return history;
}

std::optional<Revision> RevisionQuery::deletionOf(const QString &uuid)
{
    m_error.clear();
    SqliteStatement &query = prepared(m_deletion, QStringLiteral("SELECT %1 FROM revision WHERE id = (SELECT revision FROM tombstone WHERE uuid = ?)")
                                                      .arg(kColumns));
    query.bindText(1, uuid);
    if (!query.step()) {
        m_error = query.errorMessage();
        return std::nullopt;
    }
    Revision deletion = readRevision(query);
    query.reset();
    // A merge (or an answer) that kept a deletion made elsewhere: the deletion is the one who deleted it.
    SqliteStatement &parent = prepared(m_deletionParent, QStringLiteral("SELECT %1 FROM revision WHERE id = ? AND fields IS NULL").arg(kColumns));
    for (int hops = 0; (deletion.origin == RevisionOrigin::merge || deletion.origin == RevisionOrigin::answer) && hops < 64; ++hops) {
        std::optional<Revision> earlier;
        for (const QString &id : deletion.parents()) {
            parent.reset();
            parent.bindText(1, id);
            if (parent.step())
                earlier = readRevision(parent);
        }
        if (!earlier)
            break;
        deletion = *earlier;
    }
    parent.reset(); // no statement left open on the file between calls
    return deletion;
}

std::optional<QString> RevisionQuery::deletedWithPlatformId(const QString &platformMeasureId)
{
    m_error.clear();
    SqliteStatement &query = prepared(m_byPlatformId, QStringLiteral("SELECT uuid FROM tombstone WHERE platform_measure_id = ? "
                                                                     "AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.uuid = tombstone.uuid) "
                                                                     "ORDER BY deleted_at DESC LIMIT 1"));
    query.bindText(1, platformMeasureId);
    if (query.step()) {
        const QString uuid = query.text(0);
        query.reset();
        return uuid;
    }
    m_error = query.errorMessage();
    return std::nullopt;
}

bool RevisionQuery::partnerHeads(QHash<QString, PartnerHead> *out)
{
    m_error.clear();
    SqliteStatement partners(m_catalogue.connection(), QStringLiteral("SELECT name_key, name, type_code, revision FROM partner"));
    while (partners.step())
        out->insert(partners.text(0), PartnerHead{partners.text(1), partners.text(2), partners.text(3)});
    if (!partners.isValid() || partners.hasError())
        m_error = partners.errorMessage();
    return m_error.isEmpty();
}

bool RevisionQuery::partnerRevisionsOf(const QStringList &keys, QHash<QString, PartnerRevision> *out, qsizetype limit)
{
    m_error.clear();
    m_invalidData = false;
    SqliteStatement query(m_catalogue.connection(), QStringLiteral("SELECT id, name_key, parent, merged, type_code, author, changed_at, origin "
                                                                   "FROM partner_revision WHERE name_key = ?"));
    for (const QString &key : keys) {
        query.reset();
        query.bindText(1, key);
        while (query.step()) {
            PartnerRevision r{query.text(0), query.text(1), query.text(2), query.text(3), query.text(4),
                              query.text(5), parseIsoTimestamp(query.utf8(6)), query.text(7)};
            out->insert(r.id, std::move(r));
            if (limit >= 0 && out->size() > limit) {
                m_error = RevisionQuery::tooLong(limit);
                m_invalidData = true;
                return false;
            }
        }
        if (!query.isValid() || query.hasError()) {
            m_error = query.errorMessage();
            return false;
        }
    }
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/timestamps.h"

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

bool RevisionQuery::heads(QHash<QString, Head> *out)
{
    m_error.clear();
    SqliteStatement measures(m_catalogue.connection(), QStringLiteral("SELECT uuid, revision FROM measure"));
    while (measures.step())
        out->insert(measures.text(0), Head{measures.text(1), false});
    SqliteStatement tombstones(m_catalogue.connection(), QStringLiteral("SELECT uuid, revision FROM tombstone"));
    while (tombstones.step())
        if (!out->contains(tombstones.text(0)))
            out->insert(tombstones.text(0), Head{tombstones.text(1), true});
    for (const SqliteStatement *s : {&measures, &tombstones})
        if (!s->isValid() || s->hasError())
            m_error = s->errorMessage();
    return m_error.isEmpty();
}

bool RevisionQuery::revisionsOf(const QStringList &uuids, QHash<QString, Revision> *out)
{
    m_error.clear();
    SqliteStatement query(m_catalogue.connection(), QStringLiteral("SELECT %1 FROM revision WHERE measure_uuid = ?").arg(kColumns));
    for (const QString &uuid : uuids) {
        query.reset();
        query.bindText(1, uuid);
        while (query.step()) {
            Revision r = readRevision(query);
            out->insert(r.id, std::move(r));
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
    // Only what led to the measure as it is: steps undone since are not its history.
    QList<Revision> history;
    QStringList pending{head};
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        const auto it = all.constFind(id);
        if (id.isEmpty() || seen.contains(id) || it == all.cend())
            continue;
        seen.insert(id);
        history << *it;
        pending << it->parent << it->merged;
    }
    std::stable_sort(history.begin(), history.end(), [](const Revision &a, const Revision &b) { return a.changedAt > b.changedAt; });
    return history;
}

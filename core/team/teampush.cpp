// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampush.h"

#include "catalogue/catalogue.h"
#include "catalogue/migrations.h"
#include "catalogue/stepprogress.h"
#include "measurejson.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "query/teamlinkquery.h"
#include "query/vocabularyquery.h"
#include "teamconnection.h"
#include "teamviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace TeamPush {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamPush)
};

constexpr int kBatch = 2000;

QString json(const QJsonArray &rows) { return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)); }

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); }

// The revisions that lead to `head` and the server lacks (everything not behind `known`), parents first.
template<typename R>
QList<const R *> missing(const QHash<QString, R> &revisions, const QString &head, const QString &known)
{
    QList<const R *> order;
    QSet<QString> seen{known};
    // Depth first, a revision after its parents (iterative: histories can be long).
    QList<QPair<QString, bool>> stack{{head, false}};
    while (!stack.isEmpty()) {
        const auto [id, expanded] = stack.takeLast();
        const auto it = revisions.constFind(id);
        if (it == revisions.cend())
            continue;
        if (expanded) {
            order << &*it;
            continue;
        }
        if (seen.contains(id))
            continue;
        seen.insert(id);
        stack.append({id, true});
        for (const QString &parent : it->parents())
            if (!seen.contains(parent))
                stack.append({parent, false});
    }
    return order;
}

TeamError local(const QString &why) { return TeamError::of(TeamError::Kind::Local, why); }

} // namespace

Pushed push(const Catalogue &catalogue, TeamConnection &connection, qint64 pulledSeq, const QString &copyId)
{
    Pushed result;
    QString error;
    // What differs from the server's heads as last synchronized, read by one query each (never
    // the whole catalogue's heads into memory).
    QList<TeamLinkQuery::Waiting> waitingMeasures, waitingPartners;
    if (!TeamLinkQuery::waitingMeasures(catalogue, &waitingMeasures, &error)
        || !TeamLinkQuery::waitingPartners(catalogue, &waitingPartners, &error)) {
        result.error = local(error);
        return result;
    }
    RevisionQuery history(catalogue);
    QHash<QString, QString> knownMeasures, knownPartners;
    QHash<QString, TeamLinkQuery::Waiting> heads, partnerHeads;
    QStringList measures, partners;
    for (const TeamLinkQuery::Waiting &w : std::as_const(waitingMeasures)) {
        measures << w.key;
        heads.insert(w.key, w);
        if (!w.known.isEmpty())
            knownMeasures.insert(w.key, w.known);
    }
    for (const TeamLinkQuery::Waiting &w : std::as_const(waitingPartners)) {
        partners << w.key;
        partnerHeads.insert(w.key, w);
        if (!w.known.isEmpty())
            knownPartners.insert(w.key, w.known);
    }

    // The catalogue's own terms, for the ones the team lacks.
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue, &error);
    if (!error.isEmpty()) {
        result.error = local(error);
        return result;
    }
    QList<VocabularyTerm> ownTerms;
    for (VocabularyKind kind : {VocabularyKind::CulturalDomain, VocabularyKind::PartnerType})
        for (const VocabularyTerm &term : vocabulary.terms(kind))
            if (!term.builtin)
                ownTerms << term;
    // Terms the team does not have yet go up. A term the team has keeps the team's labels (a label
    // edited here stays here: pushing it would flip the team's back and forth with every member's
    // push); removals stay here too.
    QJsonArray termRows;
    if (!ownTerms.isEmpty()) {
        QSqlQuery teamTerms(connection.database());
        if (!connection.exec(teamTerms, QStringLiteral("SELECT DISTINCT kind, code FROM team.term_version"), {}, &result.error))
            return result;
        QSet<QString> known;
        while (teamTerms.next())
            known.insert(teamTerms.value(0).toString() + u':' + teamTerms.value(1).toString());
        const auto labelsObject = [](const QMap<QString, QString> &labels) {
            QJsonObject object;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                object.insert(it.key(), it.value());
            return object;
        };
        for (const VocabularyTerm &term : std::as_const(ownTerms)) {
            const QString kind = vocabularyKindCode(term.kind);
            if (known.contains(kind + u':' + term.code))
                continue;
            termRows.append(QJsonObject{{QStringLiteral("kind"), kind},
                                        {QStringLiteral("code"), term.code},
                                        {QStringLiteral("label_en"), term.labelEn},
                                        {QStringLiteral("label_es"), term.labelEs},
                                        {QStringLiteral("other_labels"), labelsObject(term.otherLabels)},
                                        {QStringLiteral("position"), term.position}});
        }
    }
    // Saved views changed here since the last synchronize.
    const QJsonArray viewRows = TeamViews::outgoing(catalogue, &error);
    if (!error.isEmpty()) {
        result.error = local(error);
        return result;
    }
    // Nothing to send: no lock, no push (a reader synchronizes this way too).
    if (measures.isEmpty() && partners.isEmpty() && termRows.isEmpty() && viewRows.isEmpty()) {
        result.heads.seq = pulledSeq;
        return result;
    }

    // A reader's changes stay here: said before the server refuses them, in the reader's terms.
    if (connection.isReader()) {
        result.error = TeamError::of(TeamError::Kind::NotAllowed,
                                     Text::tr("“%1” may read the team catalogue %2 but not change it: what changed here stays in "
                                              "this catalogue only. To send it, ask whoever runs the server to make “%1” an editor "
                                              "(measures-cli server add-user … --role editor).")
                                         .arg(connection.userName(), connection.url().displayName()));
        return result;
    }
    QSqlDatabase db = connection.database();
    if (!db.transaction()) {
        result.error = connection.describe(db.lastError());
        return result;
    }
    struct Rollback {
        QSqlDatabase &db;
        bool done = false;
        ~Rollback()
        {
            if (!done)
                db.rollback();
        }
    } rollback{db};
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) { return connection.exec(query, sql, values, &result.error); };
    const auto noRow = [&result] {
        if (!result.error.isError())
            result.error = TeamError::of(TeamError::Kind::Server, Text::tr("The server gave no answer to a question it always answers."));
        return result;
    };
    // Another member's push holding the lock (a laptop asleep mid-push) is waited for a minute at most.
    if (!run(QStringLiteral("SET LOCAL lock_timeout = '60s'"), {}))
        return result;
    if (!run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kPushLock}) && result.error.message.contains(QStringLiteral("lock timeout")))
        result.error = TeamError::of(TeamError::Kind::Unreachable,
                                     Text::tr("Another member's push has held the team catalogue for a minute: nothing was sent. "
                                              "Synchronize again in a moment."));
    if (result.error.isError()
        || !run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM team.push"), {}) || !query.next())
        return noRow();
    const qint64 before = query.value(0).toLongLong();
    if (before < pulledSeq) {
        result.error = TeamError::of(TeamError::Kind::Refused,
                                     Text::tr("The team catalogue has fewer pushes than this copy has already read: it was restored from "
                                              "an older backup or made again. Nothing was sent. Ask whoever runs the server; to go on, "
                                              "download the team catalogue into a new file and merge this one into it."));
        return result;
    }

    // Someone pushed since this copy read: are the heads it would move still where it saw them?
    if (before != pulledSeq) {
        for (auto [table, key, list, known] :
             {std::tuple{"team.measure_head", "measure_uuid", &measures, &knownMeasures},
              std::tuple{"team.partner_head", "name_key", &partners, &knownPartners}}) {
            for (qsizetype at = 0; at < list->size(); at += kBatch) {
                const QStringList batch = list->mid(at, kBatch);
                const bool uuid = QLatin1String(key) == QLatin1String("measure_uuid");
                if (!run(QStringLiteral("SELECT %1::text, revision FROM %2 WHERE %1 IN (SELECT value%3 FROM jsonb_array_elements_text(?::jsonb))")
                             .arg(QLatin1String(key), QLatin1String(table), uuid ? QStringLiteral("::uuid") : QString()),
                         {json(QJsonArray::fromStringList(batch))}))
                    return result;
                QSet<QString> onServer;
                while (query.next()) {
                    onServer.insert(query.value(0).toString());
                    if (known->value(query.value(0).toString()) != query.value(1).toString()) {
                        result.error = TeamError::of(TeamError::Kind::Moved, Text::tr("Someone pushed changes to the same measures meanwhile."));
                        return result;
                    }
                }
                for (const QString &item : batch)
                    if (known->contains(item) && !onServer.contains(item)) {
                        result.error = TeamError::of(TeamError::Kind::Moved, Text::tr("Someone pushed changes to the same measures meanwhile."));
                        return result;
                    }
            }
        }
    }

    if (!run(QStringLiteral("INSERT INTO team.push (copy_id, app_format) VALUES (?::uuid, ?) RETURNING seq"),
             {copyId, Migrations::latestVersion()})
        || !query.next())
        return noRow();
    const qint64 seq = query.value(0).toLongLong();

    StepProgress *progress = catalogue.stepProgress();
    if (progress)
        progress->setTotal(measures.size());
    MeasureQuery contents(catalogue);
    for (qsizetype at = 0; at < measures.size(); at += kBatch) {
        const QStringList batch = measures.mid(at, kBatch);
        QHash<QString, Revision> revisions;
        if (!history.revisionsOf(batch, &revisions)) {
            result.error = local(history.error());
            return result;
        }
        QJsonArray revisionRows, headRows, tombstoneRows;
        for (const QString &uuid : batch) {
            if (progress) {
                if (progress->isCancelled()) {
                    result.error = TeamError::of(TeamError::Kind::Cancelled, Text::tr("Cancelled: nothing was pushed."));
                    return result;
                }
                progress->advance();
            }
            const TeamLinkQuery::Waiting head = heads.value(uuid);
            QJsonObject content;
            if (!head.deleted) {
                std::optional<Measure> m = contents.loadByUuid(uuid);
                if (!m) {
                    result.error = local(contents.lastError().isEmpty() ? Text::tr("a measure changed while it was being pushed; synchronize again.")
                                                                        : contents.lastError());
                    return result;
                }
                if (m->revision != head.revision) {
                    result.error = local(Text::tr("a measure changed while it was being pushed; synchronize again."));
                    return result;
                }
                content = MeasureJson::object(*m);
            }
            for (const Revision *r : missing(revisions, head.revision, knownMeasures.value(uuid))) {
                QJsonObject row{{QStringLiteral("id"), r->id},
                                {QStringLiteral("measure_uuid"), r->measureUuid},
                                {QStringLiteral("parent"), orNull(r->parent)},
                                {QStringLiteral("merged"), orNull(r->merged)},
                                {QStringLiteral("fields"), r->isDeletion() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(QString::fromLatin1(r->fields.toHex()))},
                                {QStringLiteral("author"), r->author},
                                {QStringLiteral("changed_at"), r->changedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("origin"), r->origin}};
                if (r->id == head.revision && !head.deleted)
                    row.insert(QStringLiteral("content"), content);
                revisionRows.append(row);
            }
            headRows.append(QJsonObject{{QStringLiteral("measure_uuid"), uuid}, {QStringLiteral("revision"), head.revision}});
            if (head.deleted)
                tombstoneRows.append(QJsonObject{{QStringLiteral("measure_uuid"), uuid},
                                                 {QStringLiteral("revision"), head.revision},
                                                 {QStringLiteral("platform_measure_id"), head.platformMeasureId}});
            result.heads.measures.insert(uuid, head.revision);
        }
        if (!run(QStringLiteral("INSERT INTO team.revision (id, measure_uuid, parent, merged, fields, content, author, changed_at, "
                                "                           origin, push_seq) "
                                "SELECT x.id, x.measure_uuid::uuid, x.parent, x.merged, decode(x.fields, 'hex'), x.content, x.author, "
                                "       x.changed_at::timestamptz, x.origin, ? "
                                "FROM jsonb_to_recordset(?::jsonb) AS x(id text, measure_uuid text, parent text, merged text, "
                                "     fields text, content jsonb, author text, changed_at text, origin text) "
                                "ON CONFLICT (id) DO NOTHING"),
                 {seq, json(revisionRows)})
            || !run(QStringLiteral("INSERT INTO team.measure_head (measure_uuid, revision, push_seq) "
                                   "SELECT x.measure_uuid::uuid, x.revision, ? FROM jsonb_to_recordset(?::jsonb) AS x(measure_uuid text, revision text) "
                                   "ON CONFLICT (measure_uuid) DO UPDATE SET revision = EXCLUDED.revision, push_seq = EXCLUDED.push_seq"),
                    {seq, json(headRows)})
            || (!tombstoneRows.isEmpty()
                && !run(QStringLiteral("INSERT INTO team.tombstone (measure_uuid, revision, platform_measure_id, push_seq) "
                                       "SELECT x.measure_uuid::uuid, x.revision, x.platform_measure_id, ? "
                                       "FROM jsonb_to_recordset(?::jsonb) AS x(measure_uuid text, revision text, platform_measure_id text) "
                                       "ON CONFLICT DO NOTHING"),
                        {seq, json(tombstoneRows)})))
            return result;
        result.measures += batch.size();
    }

    if (!partners.isEmpty()) {
        QHash<QString, PartnerRevision> revisions;
        if (!history.partnerRevisionsOf(partners, &revisions)) {
            result.error = local(history.error());
            return result;
        }
        QJsonArray revisionRows, headRows;
        for (const QString &key : std::as_const(partners)) {
            const TeamLinkQuery::Waiting head = partnerHeads.value(key);
            for (const PartnerRevision *r : missing(revisions, head.revision, knownPartners.value(key)))
                revisionRows.append(QJsonObject{{QStringLiteral("id"), r->id},
                                                {QStringLiteral("name_key"), r->key},
                                                // The spelling of the pusher: the head's is this catalogue's.
                                                {QStringLiteral("name"), head.name},
                                                {QStringLiteral("parent"), orNull(r->parent)},
                                                {QStringLiteral("merged"), orNull(r->merged)},
                                                {QStringLiteral("type_code"), r->typeCode},
                                                {QStringLiteral("author"), r->author},
                                                {QStringLiteral("changed_at"), r->changedAt.toUTC().toString(Qt::ISODateWithMs)},
                                                {QStringLiteral("origin"), r->origin}});
            headRows.append(QJsonObject{{QStringLiteral("name_key"), key}, {QStringLiteral("revision"), head.revision}});
            result.heads.partners.insert(key, head.revision);
        }
        if (!run(QStringLiteral("INSERT INTO team.partner_revision (id, name_key, name, parent, merged, type_code, author, changed_at, "
                                "                                   origin, push_seq) "
                                "SELECT x.id, x.name_key, x.name, x.parent, x.merged, x.type_code, x.author, x.changed_at::timestamptz, "
                                "       x.origin, ? "
                                "FROM jsonb_to_recordset(?::jsonb) AS x(id text, name_key text, name text, parent text, merged text, "
                                "     type_code text, author text, changed_at text, origin text) "
                                "ON CONFLICT (id) DO NOTHING"),
                 {seq, json(revisionRows)})
            || !run(QStringLiteral("INSERT INTO team.partner_head (name_key, revision, push_seq) "
                                   "SELECT x.name_key, x.revision, ? FROM jsonb_to_recordset(?::jsonb) AS x(name_key text, revision text) "
                                   "ON CONFLICT (name_key) DO UPDATE SET revision = EXCLUDED.revision, push_seq = EXCLUDED.push_seq"),
                    {seq, json(headRows)}))
            return result;
        result.partners = partners.size();
    }

    if (!termRows.isEmpty()
        && !run(QStringLiteral("INSERT INTO team.term_version (kind, code, push_seq, label_en, label_es, other_labels, position) "
                               "SELECT x.kind, x.code, ?, x.label_en, x.label_es, x.other_labels, x.position "
                               "FROM jsonb_to_recordset(?::jsonb) AS x(kind text, code text, label_en text, label_es text, "
                               "     other_labels jsonb, position integer)"),
                {seq, json(termRows)}))
        return result;
    if (!viewRows.isEmpty()
        && !run(QStringLiteral("INSERT INTO team.saved_view_version (name_key, push_seq, name, definition, position, removed) "
                               "SELECT x.name_key, ?, x.name, x.definition, x.position, x.removed "
                               "FROM jsonb_to_recordset(?::jsonb) AS x(name_key text, name text, definition text, position integer, "
                               "     removed boolean)"),
                {seq, json(viewRows)}))
        return result;
    result.views = viewRows.size();
    // Who listens (open windows of the team's members) learns that there is something to pull.
    if (!run(QStringLiteral("SELECT pg_notify('measures_team', ?)"), {QString::number(seq)}))
        return result;
    if (!db.commit()) {
        result.error = connection.describe(db.lastError());
        return result;
    }
    rollback.done = true;
    result.seq = seq;
    // Nobody pushed between this copy's last read and this push: it has read up to this push.
    result.heads.seq = before == pulledSeq ? seq : pulledSeq;
    return result;
}

} // namespace TeamPush

// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerstore.h"

#include "model/partneridentity.h"
#include "model/revision.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "measurewriter.h"
#include "revisionlog.h"
#include "model/timestamps.h"
#include "query/partnerquery.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QSet>

PartnerStore::PartnerStore(const Catalogue &catalogue) : m_catalogue(catalogue), m_writer(std::make_unique<MeasureWriter>(catalogue)) {}

PartnerStore::~PartnerStore() = default;

PartnerSnapshot PartnerStore::snapshot(const QList<qint64> &partnerIds, Links withLinks) const
{
    PartnerSnapshot s;
    SqliteStatement partner(m_catalogue.connection(), QStringLiteral("SELECT id, name, type_code, revision FROM partner WHERE id = ?"));
    SqliteStatement users(m_catalogue.connection(), QStringLiteral("SELECT DISTINCT measure_id FROM measure_partner WHERE partner_id = ?"));
    QSet<qint64> measures;
    const auto failed = [&s](const SqliteStatement &statement) {
        if (statement.hasError() && s.error.isEmpty())
            s.error = statement.errorMessage();
        return !s.error.isEmpty();
    };
    for (qint64 id : partnerIds) {
        partner.reset();
        partner.bindInt64(1, id);
        if (partner.step())
            s.partners.append({partner.int64(0), partner.text(1), partner.text(2), partner.text(3)});
        if (withLinks == Links::Without) {
            if (failed(partner))
                return s;
            continue;
        }
        users.reset();
        users.bindInt64(1, id);
        while (users.step())
            measures.insert(users.int64(0));
        if (failed(partner) || failed(users))
            return s;
    }
    SqliteStatement links(m_catalogue.connection(),
                          QStringLiteral("SELECT p.name, mp.position FROM measure_partner mp JOIN partner p ON p.id = mp.partner_id "
                                         "WHERE mp.measure_id = ? ORDER BY mp.position"));
    SqliteStatement measure(m_catalogue.connection(), QStringLiteral("SELECT uuid, updated_at FROM measure WHERE id = ?"));
    for (qint64 id : std::as_const(measures)) {
        measure.reset();
        measure.bindInt64(1, id);
        if (!measure.step()) {
            if (failed(measure))
                return s;
            continue;
        }
        const QString uuid = measure.text(0);
        s.updatedAt.insert(uuid, measure.text(1));
        links.reset();
        links.bindInt64(1, id);
        while (links.step())
            s.links.append({uuid, links.text(0), int(links.int64(1))});
        if (failed(links))
            return s;
    }
    return s;
}

qint64 PartnerStore::idOf(const QString &name, QString *error) const
{
    SqliteStatement find(m_catalogue.connection(), QStringLiteral("SELECT id FROM partner WHERE name_key = ?"));
    find.bindText(1, PartnerIdentity::key(name));
    const qint64 id = find.step() ? find.int64(0) : 0;
    if (error && find.hasError())
        *error = StorageError::unreadable(find.errorMessage());
    return id;
}

QString PartnerStore::nameOf(qint64 id) const
{
    SqliteStatement find(m_catalogue.connection(), QStringLiteral("SELECT name FROM partner WHERE id = ?"));
    find.bindInt64(1, id);
    return find.step() ? find.text(0) : QString();
}

PartnerSnapshot PartnerStore::snapshotOfNames(const QStringList &names, Links links) const
{
    QList<qint64> ids;
    QStringList absent;
    SqliteStatement find(m_catalogue.connection(), QStringLiteral("SELECT id FROM partner WHERE name_key = ?"));
    for (const QString &name : names) {
        find.reset();
        find.bindText(1, PartnerIdentity::key(name));
        const qint64 id = find.step() ? find.int64(0) : 0;
        if (find.hasError()) {
            PartnerSnapshot failed;
            failed.error = find.errorMessage();
            return failed;
        }
        if (id) {
            if (!ids.contains(id))
                ids << id;
        } else if (!name.simplified().isEmpty() && !absent.contains(name.simplified(), Qt::CaseInsensitive)) {
            absent << name.simplified();
        }
    }
    PartnerSnapshot s = snapshot(ids, links);
    s.absentNames = absent;
    return s;
}

QString PartnerStore::touchMeasuresOf(qint64 partnerId)
{
    return StorageError::run(m_catalogue,
               QStringLiteral("UPDATE measure SET updated_at = ? WHERE id IN (SELECT measure_id FROM measure_partner WHERE partner_id = ?)"),
               {isoTimestamp(QDateTime::currentDateTimeUtc()), partnerId});
}

QString PartnerStore::rename(qint64 id, const QString &newName, PartnerSnapshot *before)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        return tr("A partner needs a name.");
    SqliteStatement existing(m_catalogue.connection(), QStringLiteral("SELECT id FROM partner WHERE name_key = ? AND id <> ?"));
    existing.bindText(1, PartnerIdentity::key(name));
    existing.bindInt64(2, id);
    if (existing.step())
        return tr("Another partner is already called “%1”. To make them one, select both and choose Merge.").arg(name);
    existing.reset();
    return changeOne(id, QStringLiteral("UPDATE partner SET name = ?, name_key = ? WHERE id = ?"), {name, PartnerIdentity::key(name), id},
                     before, Change::Rename);
}

QString PartnerStore::setType(qint64 id, const QString &typeCode, PartnerSnapshot *before, Touch touch)
{
    return changeOne(id, {}, {}, before, Change::Retype, touch, typeCode);
}

QString PartnerStore::changeOne(qint64 id, const QString &sql, const QVariantList &values, PartnerSnapshot *before, Change change,
                                Touch touch, const QString &typeCode)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const PartnerSnapshot snapshot = this->snapshot({id}); // inside: what undo puts back is what was changed
    if (!snapshot.error.isEmpty())
        return snapshot.error;
    QString error = sql.isEmpty() ? QString() : StorageError::run(m_catalogue, sql, values);
    if (error.isEmpty() && touch == Touch::Measures)
        error = touchMeasuresOf(id);
    // A type is in the facet masks, a name in the search index: only what changed is derived again.
    if (error.isEmpty()) {
        const bool written = change == Change::Retype
            ? m_writer->retypePartner(id, typeCode)
            : m_writer->notePartnerRenamed(id) && m_writer->refreshPartnerDerived(id) && m_writer->refreshPartnerNames(id)
                  && m_writer->reviseMeasuresOf(id, RevisionOrigin::partners);
        if (!written)
            error = StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    }
    if (error.isEmpty() && !transaction.commit())
        error = transaction.errorMessage();
    if (error.isEmpty() && before)
        *before = snapshot;
    return error;
}

QString PartnerStore::mergeType(qint64 id, const QString &typeCode, const QString &theirHead, bool adopt)
{
    m_writer->revisions().setOrigin(RevisionOrigin::merge);
    const bool ok = adopt ? m_writer->retypePartner(id, typeCode, {}, theirHead) : m_writer->retypePartner(id, typeCode, theirHead);
    m_writer->revisions().setOrigin(RevisionOrigin::edit);
    return ok ? QString() : StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
}

QString PartnerStore::addWithHistory(const QString &name, const QString &typeCode, const QString &head)
{
    return StorageError::run(m_catalogue, QStringLiteral("INSERT INTO partner (name, name_key, type_code, revision) VALUES (?, ?, ?, ?)"),
                             {name.simplified(), PartnerIdentity::key(name), typeCode, head});
}

QString PartnerStore::merge(const QList<qint64> &sources, qint64 target, PartnerSnapshot *before)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const PartnerSnapshot snapshot = this->snapshot(QList<qint64>(sources) << target);
    if (!snapshot.error.isEmpty())
        return snapshot.error;
    for (qint64 source : sources) {
        if (source == target)
            continue;
        QString error = touchMeasuresOf(source);
        // A measure that lists both keeps one link: the target's.
        if (error.isEmpty())
            error = StorageError::run(m_catalogue, QStringLiteral("UPDATE OR IGNORE measure_partner SET partner_id = ? WHERE partner_id = ?"),
                        {target, source});
        if (error.isEmpty())
            error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM measure_partner WHERE partner_id = ?"), {source});
        if (error.isEmpty())
            error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM partner WHERE id = ?"), {source});
        if (!error.isEmpty())
            return error;
    }
    if (!m_writer->refreshPartnerDerived(target) || !m_writer->refreshPartnerNames(target)
        || !m_writer->reviseMeasuresOf(target, RevisionOrigin::partners))
        return StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    if (!transaction.commit())
        return transaction.errorMessage();
    if (before)
        *before = snapshot;
    return {};
}

QString PartnerStore::remove(qint64 id, PartnerSnapshot *before)
{
    const int uses = int(PartnerQuery::measuresUsing(m_catalogue, id).size());
    if (uses > 0)
        return tr("This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, "
                  "or merge it into another partner.", nullptr, uses);
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    const PartnerSnapshot snapshot = this->snapshot({id});
    if (!snapshot.error.isEmpty())
        return snapshot.error;
    const QString error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM partner WHERE id = ?"), {id});
    if (!error.isEmpty())
        return error;
    if (!transaction.commit())
        return transaction.errorMessage();
    if (before)
        *before = snapshot;
    return {};
}

QString PartnerStore::restore(const PartnerSnapshot &s)
{
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    QString error;
    SqliteStatement measureId(m_catalogue.connection(), QStringLiteral("SELECT id FROM measure WHERE uuid = ?"));
    // A lookup that fails makes the whole restore fail: a skipped row would leave links out of
    // a step that then reads as undone.
    const auto idOfMeasure = [&](const QString &uuid) {
        measureId.reset();
        measureId.bindText(1, uuid);
        const qint64 id = measureId.step() ? measureId.int64(0) : qint64(0);
        if (measureId.hasError())
            error = StorageError::unreadable(measureId.errorMessage());
        return id;
    };
    SqliteStatement current(m_catalogue.connection(), QStringLiteral("SELECT name_key, type_code FROM partner WHERE id = ?"));
    for (const PartnerSnapshot::Partner &p : s.partners) {
        // A row of the same name made since (a redo re-creates partners) becomes this one again.
        const qint64 other = idOf(p.name, &error);
        if (!error.isEmpty())
            return error;
        if (other && other != p.id) {
            error = StorageError::run(m_catalogue, QStringLiteral("UPDATE OR IGNORE measure_partner SET partner_id = ? WHERE partner_id = ?"), {p.id, other});
            if (error.isEmpty())
                error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM measure_partner WHERE partner_id = ?"), {other});
            if (error.isEmpty())
                error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM partner WHERE id = ?"), {other});
            if (!error.isEmpty())
                return error;
        }
        const QString key = PartnerIdentity::key(p.name);
        current.reset();
        current.bindInt64(1, p.id);
        const bool exists = current.step();
        const QString keyNow = exists ? current.text(0) : QString(), typeNow = exists ? current.text(1) : QString();
        if (current.hasError())
            return StorageError::unreadable(current.errorMessage());
        current.reset();
        if (exists) {
            // Put back as a change after the partner's present history, never by moving its head back.
            error = StorageError::run(m_catalogue, QStringLiteral("UPDATE partner SET name = ?, name_key = ? WHERE id = ?"), {p.name, key, p.id});
            if (error.isEmpty() && ((keyNow != key && !m_writer->notePartnerRenamed(p.id)) || (typeNow != p.typeCode && !m_writer->retypePartner(p.id, p.typeCode))))
                error = StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
        } else {
            // Back as it was: its type's history had ended where the snapshot saw it.
            QString head = p.revision;
            if (head.isEmpty() && (head = m_writer->revisions().recordPartnerType(key, {}, p.typeCode)).isEmpty())
                return StorageError::message(m_writer->revisions().errorCode(), m_writer->revisions().errorDetail());
            error = StorageError::run(m_catalogue, QStringLiteral("INSERT INTO partner (id, name, name_key, type_code, revision) VALUES (?, ?, ?, ?, ?)"),
                                      {p.id, p.name, key, p.typeCode, head});
        }
        if (!error.isEmpty())
            return error;
    }
    QHash<QString, qint64> measures; // uuid -> id, for measures that still exist
    for (auto it = s.updatedAt.cbegin(); it != s.updatedAt.cend(); ++it) {
        const qint64 id = idOfMeasure(it.key());
        if (!error.isEmpty())
            return error;
        if (!id)
            continue; // deleted since: its links went with it
        measures.insert(it.key(), id);
        error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM measure_partner WHERE measure_id = ?"), {id});
        if (error.isEmpty())
            error = StorageError::run(m_catalogue, QStringLiteral("UPDATE measure SET updated_at = ? WHERE id = ?"), {it.value(), id});
        if (!error.isEmpty())
            return error;
    }
    for (const PartnerSnapshot::Link &link : s.links) {
        const qint64 measure = measures.value(link.measureUuid);
        const qint64 partner = idOf(link.partnerName, &error);
        if (!error.isEmpty())
            return error;
        if (!measure || !partner)
            continue;
        error = StorageError::run(m_catalogue, QStringLiteral("INSERT OR IGNORE INTO measure_partner (measure_id, partner_id, position) VALUES (?, ?, ?)"),
                    {measure, partner, link.position});
        if (!error.isEmpty())
            return error;
    }
    for (const QString &name : s.absentNames) { // made by the change undone: gone again once unused
        error = StorageError::run(m_catalogue, QStringLiteral("DELETE FROM partner WHERE name_key = ? AND NOT EXISTS "
                                                "(SELECT 1 FROM measure_partner mp WHERE mp.partner_id = partner.id)"),
                    {PartnerIdentity::key(name)});
        if (!error.isEmpty())
            return error;
    }
    for (const PartnerSnapshot::Partner &p : s.partners)
        if (!m_writer->refreshPartnerDerived(p.id))
            return StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    if (!m_writer->refreshPartnerNamesOf(measures.values()) || !m_writer->reviseMeasures(measures.values(), RevisionOrigin::partners))
        return StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    return transaction.commit() ? QString() : transaction.errorMessage();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurewriter.h"

#include "catalogue/catalogue.h"
#include "catalogue/facetcolumns.h"
#include "catalogue/measurecolumns.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "model/partneridentity.h"
#include "model/textfold.h"
#include "model/timestamps.h"
#include "query/measurequery.h"
#include "revisionlog.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace {

// The measure's own columns, the earlier forms' columns and the partners' names (bound by
// bindMeasure), then one column per facet mask (FacetColumns order).
const char *kOwnColumns[] = {"uuid", "title", "title_key", "country", "report_year", "responsible_agencies",
                             "key_objectives", "main_features", "expected_results", "results_achieved", "funding_text",
                             "funding_usd", "evaluated", "evaluation_conclusions", "website", "status", "created_at",
                             "updated_at"};
constexpr int kOwnCount = int(std::size(kOwnColumns));

// Built once: write() asks for their number on every row.
const QStringList &boundColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (const char *column : kOwnColumns)
            list << QString::fromLatin1(column);
        return list << MeasureColumns::earlierFormNames() << QStringLiteral("partner_names") << QStringLiteral("platform_source")
                    << QStringLiteral("revision");
    }();
    return columns;
}

void bindMeasure(SqliteStatement &s, const Measure &m)
{
    s.bindText(1, m.uuid);
    s.bindText(2, m.title);
    s.bindText(3, sortKey(m.title));
    if (m.country.isEmpty())
        s.bindNull(4);
    else
        s.bindText(4, m.country);
    if (m.reportYear)
        s.bindInt64(5, *m.reportYear);
    else
        s.bindNull(5);
    s.bindText(6, m.responsibleAgencies);
    s.bindText(7, m.keyObjectives);
    s.bindText(8, m.mainFeatures);
    s.bindText(9, m.expectedResults);
    s.bindText(10, m.resultsAchieved);
    s.bindText(11, m.fundingText);
    if (m.fundingUsdCents)
        s.bindInt64(12, *m.fundingUsdCents);
    else
        s.bindNull(12);
    s.bindText(13, m.evaluated);
    s.bindText(14, m.evaluationConclusions);
    s.bindText(15, m.website);
    s.bindText(16, m.status);
    s.bindText(17, isoTimestamp(m.createdAt));
    s.bindText(18, isoTimestamp(m.updatedAt));
    int position = kOwnCount;
    for (MeasureField field : MeasureFields::earlierFormFields())
        s.bindText(++position, MeasureFields::plainValue(m, field));
    s.bindText(++position, MeasureColumns::partnerNames(m));
    s.bindText(++position, m.platformSource);
    s.bindText(++position, m.revision);
}

} // namespace

MeasureWriter::MeasureWriter(const Catalogue &catalogue)
    : m_catalogue(catalogue), m_revisions(std::make_unique<RevisionLog>(catalogue)), m_search(std::make_unique<SearchIndex>(catalogue))
{
    SqliteConnection &db = catalogue.connection();
    const auto prepare = [&db](const QString &sql) { return std::make_unique<SqliteStatement>(db, sql); };
    m_headOf = prepare(QStringLiteral("SELECT uuid, revision, platform_measure_id FROM measure WHERE id = ?"));
    m_setHead = prepare(QStringLiteral("UPDATE measure SET revision = ? WHERE id = ?"));
    QStringList columns = boundColumns(), assignments; // a copy: the facets' columns follow
    for (int i = 0; i < columns.size(); ++i)
        assignments << QStringLiteral("%1=?%2").arg(columns.at(i)).arg(i + 1);
    int position = int(columns.size());
    for (const FacetColumn &facet : FacetColumns::all()) {
        columns << facet.columnName();
        assignments << QStringLiteral("%1=?%2").arg(facet.columnName()).arg(++position);
    }
    m_insert = prepare(QStringLiteral("INSERT INTO measure (%1) VALUES (%2)").arg(columns.join(u','), sqlPlaceholders(columns.size())));
    m_update = prepare(QStringLiteral("UPDATE measure SET %1 WHERE id=?%2").arg(assignments.join(u',')).arg(position + 1));
    m_clearTerms = prepare(QStringLiteral("DELETE FROM measure_term WHERE measure_id = ?"));
    m_addTerm = prepare(QStringLiteral("INSERT INTO measure_term (measure_id, kind, code) VALUES (?, ?, ?)"));
    m_findPartner = prepare(QStringLiteral("SELECT id, type_code FROM partner WHERE name_key = ?"));
    m_addPartner = prepare(QStringLiteral("INSERT INTO partner (name, name_key, type_code, revision) VALUES (?, ?, ?, ?)"));
    m_retypePartner = prepare(QStringLiteral("UPDATE partner SET type_code = ?, revision = ? WHERE id = ?"));
    m_partnerRow = prepare(QStringLiteral("SELECT name_key, revision, type_code FROM partner WHERE id = ?"));
    m_clearPartners = prepare(QStringLiteral("DELETE FROM measure_partner WHERE measure_id = ?"));
    m_linkPartner = prepare(QStringLiteral("INSERT INTO measure_partner (measure_id, partner_id, position) VALUES (?, ?, ?)"));
    m_delete = prepare(QStringLiteral("DELETE FROM measure WHERE id = ?"));
    m_refreshPartnerNames = prepare(QStringLiteral("UPDATE measure SET partner_names = coalesce((SELECT group_concat(name, ' ; ') FROM "
                                                   "(SELECT p.name FROM measure_partner mp JOIN partner p ON p.id = mp.partner_id "
                                                   "WHERE mp.measure_id = ?1 ORDER BY mp.position)), '') WHERE id = ?1"));
    const FacetColumn *partnerTypes = FacetColumns::forField(MeasureField::Partners);
    m_partnerBits = prepare(QStringLiteral("UPDATE measure SET %1 = %2 WHERE id IN (SELECT measure_id FROM measure_partner WHERE partner_id = ?)")
                                .arg(partnerTypes->columnName(), partnerTypes->maskFromLinksSql()));
}

MeasureWriter::~MeasureWriter() = default;

bool MeasureWriter::failWith(const RevisionLog &log)
{
    m_errorCode = log.errorCode() ? log.errorCode() : SQLITE_ERROR;
    m_errorDetail = log.errorDetail();
    return false;
}

bool MeasureWriter::fail(const SqliteStatement &statement)
{
    m_errorCode = statement.errorCode() ? statement.errorCode() : SQLITE_ERROR;
    m_errorDetail = statement.errorMessage();
    return false;
}

bool MeasureWriter::run(SqliteStatement &statement)
{
    if (!statement.isValid())
        return fail(statement);
    if (!statement.run())
        return fail(statement);
    return true;
}

// The external-content index must be given the old text before a row changes or goes.
bool MeasureWriter::unindex(qint64 id) { return m_search->unindex(id) || failWith(*m_search); }

bool MeasureWriter::index(const Measure &m) { return m_search->index(m.id) || failWith(*m_search); }

bool MeasureWriter::failWith(const SearchIndex &index)
{
    m_errorCode = index.errorCode() ? index.errorCode() : SQLITE_ERROR;
    m_errorDetail = index.errorDetail();
    return false;
}

void MeasureWriter::loadBits()
{
    // Read again in every transaction: terms may have been removed and added since, and a
    // term's bit is only stable while the term exists.
    m_bits.clear();
    SqliteStatement terms(m_catalogue.connection(), QStringLiteral("SELECT kind, code, bit FROM term WHERE bit IS NOT NULL"));
    while (terms.step())
        m_bits.insert(terms.text(0) + u':' + terms.text(1), int(terms.int64(2)));
    m_bitsReadAt = m_catalogue.writesBegun();
}

qint64 MeasureWriter::bitsOf(const char *kind, const QStringList &codes)
{
    if (m_bitsReadAt != m_catalogue.writesBegun())
        loadBits();
    qint64 bits = 0;
    for (const QString &code : codes) {
        const auto it = m_bits.constFind(QLatin1String(kind) + u':' + code);
        if (it != m_bits.cend())
            bits |= qint64(1) << it.value();
    }
    return bits;
}

bool MeasureWriter::refreshPartnerDerived(qint64 partnerId)
{
    m_partnerBits->bindInt64(1, partnerId);
    return run(*m_partnerBits);
}

qint64 MeasureWriter::partnerId(const PartnerLink &link)
{
    const QString key = PartnerIdentity::key(link.name);
    m_findPartner->reset();
    m_findPartner->bindText(1, key);
    if (m_findPartner->step()) {
        const qint64 id = m_findPartner->int64(0);
        const QString type = m_findPartner->text(1);
        m_findPartner->reset();
        // A partner's type is shared: the latest statement of it wins.
        if (type != link.typeCode && !retypePartner(id, link.typeCode))
            return 0;
        return id;
    }
    if (m_findPartner->hasError() || !m_findPartner->isValid()) {
        fail(*m_findPartner);
        return 0;
    }
    m_findPartner->reset();
    const QString head = m_revisions->recordPartnerType(key, {}, link.typeCode);
    if (head.isEmpty()) {
        failWith(*m_revisions);
        return 0;
    }
    m_addPartner->bindText(1, link.name.simplified());
    m_addPartner->bindText(2, key);
    m_addPartner->bindText(3, link.typeCode);
    m_addPartner->bindText(4, head);
    return run(*m_addPartner) ? sqlite3_last_insert_rowid(m_catalogue.connection().handle()) : 0;
}

bool MeasureWriter::retypePartner(qint64 id, const QString &typeCode, const QString &merged, const QString &adopt)
{
    m_partnerRow->reset();
    m_partnerRow->bindInt64(1, id);
    if (!m_partnerRow->step())
        return m_partnerRow->hasError() || !m_partnerRow->isValid() ? fail(*m_partnerRow) : true; // gone: nothing to retype
    const QString key = m_partnerRow->text(0), head = m_partnerRow->text(1), typeNow = m_partnerRow->text(2);
    m_partnerRow->reset();
    const QString newHead = adopt.isEmpty() ? m_revisions->recordPartnerType(key, head, typeCode, merged) : adopt;
    if (newHead.isEmpty())
        return failWith(*m_revisions);
    m_retypePartner->bindText(1, typeCode);
    m_retypePartner->bindText(2, newHead);
    m_retypePartner->bindInt64(3, id);
    // What is derived from the type (its measures' facet bits) changes only with the type: a head
    // adopted or joined with the same type rewrites none of its measures.
    return run(*m_retypePartner) && (typeNow == typeCode || refreshPartnerDerived(id));
}

bool MeasureWriter::notePartnerRenamed(qint64 id)
{
    m_partnerRow->reset();
    m_partnerRow->bindInt64(1, id);
    if (!m_partnerRow->step())
        return m_partnerRow->hasError() || !m_partnerRow->isValid() ? fail(*m_partnerRow) : true;
    const QString key = m_partnerRow->text(0), type = m_partnerRow->text(2);
    m_partnerRow->reset();
    // Another name is another partner's identity: its type history starts again, from what two
    // catalogues renaming it alike share.
    const QString head = m_revisions->recordPartnerType(key, {}, type);
    if (head.isEmpty())
        return failWith(*m_revisions);
    m_retypePartner->bindText(1, type);
    m_retypePartner->bindText(2, head);
    m_retypePartner->bindInt64(3, id);
    return run(*m_retypePartner);
}

bool MeasureWriter::write(Measure &m, Timestamps timestamps)
{
    m_errorCode = 0;
    m_errorDetail.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime second = now.addMSecs(-now.time().msec());
    if (m.uuid.isEmpty())
        m.uuid = newUuid();
    if (timestamps == Timestamps::Now || !m.updatedAt.isValid())
        m.updatedAt = second;
    if (!m.createdAt.isValid() || (timestamps == Timestamps::Now && m.id == 0))
        m.createdAt = second;

    // The revision this write follows: the row's head, or for a measure coming back (an undo,
    // an import, a colleague's restore) its tombstone; a merge may adopt the other side's head.
    const QString adopted = m_revisions->takeAdopted();
    std::optional<Tombstone> tombstone;
    if (m.id == 0 && !m_revisions->tombstoneOf(m.uuid, &tombstone))
        return failWith(*m_revisions);
    if (!adopted.isEmpty()) {
        m.revision = adopted;
    } else {
        QString parent;
        if (m.id != 0) {
            m_headOf->reset();
            m_headOf->bindInt64(1, m.id);
            if (m_headOf->step())
                parent = m_headOf->text(1);
            else if (m_headOf->hasError() || !m_headOf->isValid())
                return fail(*m_headOf);
            m_headOf->reset();
        } else if (tombstone) {
            parent = tombstone->revision;
        }
        if (!m_revisions->record(m, parent))
            return failWith(*m_revisions);
    }
    if (tombstone && !m_revisions->forgetDeletion(m.uuid))
        return failWith(*m_revisions);
    SqliteStatement &statement = m.id == 0 ? *m_insert : *m_update;
    if (m.id != 0 && !unindex(m.id))
        return false;
    bindMeasure(statement, m);
    int position = int(boundColumns().size());
    for (const FacetColumn &facet : FacetColumns::all())
        statement.bindInt64(++position, bitsOf(facet.kindCode, facet.codesOf(m)));
    if (m.id != 0)
        statement.bindInt64(position + 1, m.id);
    if (!run(statement))
        return false;
    if (m.id != 0 && m_catalogue.connection().changes() == 0) { // deleted meanwhile: nothing was written
        m_errorCode = SQLITE_NOTFOUND;
        m_errorDetail = QCoreApplication::translate("MeasureWriter", "the measure is no longer in the catalogue");
        return false;
    }
    if (m.id == 0) {
        m.id = sqlite3_last_insert_rowid(m_catalogue.connection().handle());
    } else {
        m_clearTerms->bindInt64(1, m.id);
        m_clearPartners->bindInt64(1, m.id);
        if (!run(*m_clearTerms) || !run(*m_clearPartners))
            return false;
    }
    if (!index(m))
        return false;

    for (const FacetColumn &facet : FacetColumns::all()) {
        if (facet.field == MeasureField::Partners)
            continue;
        for (const QString &code : facet.codesOf(m)) {
            m_addTerm->bindInt64(1, m.id);
            m_addTerm->bindUtf8(2, QByteArrayView(facet.kindCode));
            m_addTerm->bindText(3, code);
            if (!run(*m_addTerm))
                return false;
        }
    }
    int order = 0;
    for (const PartnerLink &link : m.partners) {
        const qint64 partner = partnerId(link);
        if (partner == 0)
            return false;
        m_linkPartner->bindInt64(1, m.id);
        m_linkPartner->bindInt64(2, partner);
        m_linkPartner->bindInt64(3, ++order);
        if (!run(*m_linkPartner))
            return false;
    }
    return true;
}

bool MeasureWriter::measuresOf(qint64 partnerId, QList<qint64> *ids)
{
    SqliteStatement measures(m_catalogue.connection(), QStringLiteral("SELECT measure_id FROM measure_partner WHERE partner_id = ?"));
    measures.bindInt64(1, partnerId);
    while (measures.step())
        *ids << measures.int64(0);
    return !(measures.hasError() || !measures.isValid()) || fail(measures);
}

bool MeasureWriter::refreshPartnerNames(qint64 partnerId)
{
    QList<qint64> ids;
    return measuresOf(partnerId, &ids) && refreshPartnerNamesOf(ids);
}

bool MeasureWriter::refreshPartnerNamesOf(const QList<qint64> &measureIds)
{
    for (qint64 id : measureIds) {
        if (!unindex(id))
            return false;
        m_refreshPartnerNames->bindInt64(1, id);
        if (!run(*m_refreshPartnerNames))
            return false;
        if (!m_search->index(id))
            return failWith(*m_search);
    }
    return true;
}

bool MeasureWriter::reviseMeasuresOf(qint64 partnerId, const QString &origin)
{
    QList<qint64> ids;
    return measuresOf(partnerId, &ids) && reviseMeasures(ids, origin);
}

bool MeasureWriter::reviseMeasures(const QList<qint64> &measureIds, const QString &origin)
{
    MeasureQuery query(m_catalogue);
    const QString before = m_revisions->origin();
    m_revisions->setOrigin(origin);
    bool ok = true;
    for (qint64 id : measureIds) {
        std::optional<Measure> m = query.load(id);
        if (!m) {
            if (query.lastError().isEmpty())
                continue; // gone
            m_errorCode = SQLITE_ERROR;
            m_errorDetail = query.lastError();
            ok = false;
            break;
        }
        const QString head = m->revision;
        if (!m_revisions->record(*m, head)) {
            m_errorCode = m_revisions->errorCode();
            m_errorDetail = m_revisions->errorDetail();
            ok = false;
            break;
        }
        if (m->revision == head)
            continue;
        m_setHead->bindText(1, m->revision);
        m_setHead->bindInt64(2, id);
        if (!run(*m_setHead)) {
            ok = false;
            break;
        }
    }
    m_revisions->setOrigin(before);
    return ok;
}

bool MeasureWriter::setHead(qint64 id, const QString &revision)
{
    m_setHead->bindText(1, revision);
    m_setHead->bindInt64(2, id);
    return run(*m_setHead);
}

bool MeasureWriter::remove(qint64 id)
{
    m_errorCode = 0;
    m_errorDetail.clear();
    const QString adopted = m_revisions->takeAdopted();
    m_headOf->reset();
    m_headOf->bindInt64(1, id);
    if (m_headOf->step()) {
        const QString uuid = m_headOf->text(0), head = m_headOf->text(1), platformId = m_headOf->text(2);
        m_headOf->reset();
        // Every deletion leaves a tombstone, also the undo of an addition: a copy of the file
        // taken before must not bring the measure back unasked.
        const bool recorded = adopted.isEmpty() ? m_revisions->recordDeletion(uuid, head, platformId)
                                                : m_revisions->bury({uuid, adopted, platformId});
        if (!recorded)
            return failWith(*m_revisions);
    } else if (m_headOf->hasError() || !m_headOf->isValid()) {
        return fail(*m_headOf);
    } else {
        return true; // gone already
    }
    if (!unindex(id))
        return false;
    m_delete->bindInt64(1, id);
    return run(*m_delete);
}

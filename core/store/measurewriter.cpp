#include "measurewriter.h"

#include "catalogue/sqlitestatement.h"
#include "facetmasks.h"
#include "model/textfold.h"

#include <QUuid>
#include <sqlite3.h>

namespace {

const char *kColumns = "uuid, title, title_key, country, report_year, responsible_agencies, key_objectives, "
                       "main_features, expected_results, results_achieved, funding_text, funding_usd, evaluated, "
                       "evaluation_conclusions, website, status, created_at, updated_at, goal_bits, area_bits, "
                       "domain_bits, scope_bits, nature_bits, partner_type_bits";


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
}

} // namespace

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString isoTimestamp(const QDateTime &utc) { return utc.toUTC().toString(Qt::ISODate); }

QDateTime parseIsoTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime && !text.contains(u'Z'))
        when.setTimeSpec(Qt::UTC); // our files always mean UTC
    return when.toUTC();
}

MeasureWriter::MeasureWriter(sqlite3 *db) : m_db(db)
{
    const auto prepare = [db](const QString &sql) { return std::make_unique<SqliteStatement>(db, sql); };
    const QString columns = QString::fromLatin1(kColumns);
    m_insert = prepare(QStringLiteral("INSERT INTO measure (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(columns));
    m_update = prepare(QStringLiteral("UPDATE measure SET uuid=?1, title=?2, title_key=?3, country=?4, report_year=?5, "
                                      "responsible_agencies=?6, key_objectives=?7, main_features=?8, expected_results=?9, "
                                      "results_achieved=?10, funding_text=?11, funding_usd=?12, evaluated=?13, "
                                      "evaluation_conclusions=?14, website=?15, status=?16, created_at=?17, "
                                      "updated_at=?18, goal_bits=?19, area_bits=?20, domain_bits=?21, scope_bits=?22, "
                                      "nature_bits=?23, partner_type_bits=?24 WHERE id=?25"));
    m_clearTerms = prepare(QStringLiteral("DELETE FROM measure_term WHERE measure_id = ?"));
    m_addTerm = prepare(QStringLiteral("INSERT INTO measure_term (measure_id, kind, code) VALUES (?, ?, ?)"));
    m_findPartner = prepare(QStringLiteral("SELECT id, type_code FROM partner WHERE name_key = ?"));
    m_addPartner = prepare(QStringLiteral("INSERT INTO partner (name, name_key, type_code) VALUES (?, ?, ?)"));
    m_retypePartner = prepare(QStringLiteral("UPDATE partner SET type_code = ? WHERE id = ?"));
    m_clearPartners = prepare(QStringLiteral("DELETE FROM measure_partner WHERE measure_id = ?"));
    m_linkPartner = prepare(QStringLiteral("INSERT INTO measure_partner (measure_id, partner_id, position) VALUES (?, ?, ?)"));
    m_byUuid = prepare(QStringLiteral("SELECT id FROM measure WHERE uuid = ?"));
    m_delete = prepare(QStringLiteral("DELETE FROM measure WHERE id = ?"));
    // Single-row INSERT ... VALUES, never INSERT ... SELECT: a statement that may write several
    // rows gets a savepoint, and FTS5 flushes a new index segment at every savepoint.
    const QString searched = QStringLiteral("title, responsible_agencies, key_objectives, main_features, expected_results, "
                                            "results_achieved, funding_text, evaluation_conclusions");
    m_indexRow = prepare(QStringLiteral("INSERT INTO measure_search (rowid, %1) VALUES (?,?,?,?,?,?,?,?,?)").arg(searched));
    m_unindexRow = prepare(QStringLiteral("INSERT INTO measure_search (measure_search, rowid, %1) "
                                          "VALUES ('delete',?,?,?,?,?,?,?,?,?)").arg(searched));
    m_indexedText = prepare(QStringLiteral("SELECT %1 FROM measure WHERE id = ?").arg(searched));
}

// The external-content index must be given the old text before a row changes or goes.
bool MeasureWriter::unindex(qint64 id)
{
    m_indexedText->reset();
    m_indexedText->bindInt64(1, id);
    if (!m_indexedText->step()) {
        const bool failed = m_indexedText->hasError();
        if (failed)
            fail(*m_indexedText);
        m_indexedText->reset();
        return !failed; // nothing indexed for a row that does not exist
    }
    m_unindexRow->bindInt64(1, id);
    for (int column = 0; column < 8; ++column)
        m_unindexRow->bindUtf8(column + 2, m_indexedText->utf8(column));
    m_indexedText->reset();
    return run(*m_unindexRow);
}

bool MeasureWriter::index(const Measure &m)
{
    m_indexRow->bindInt64(1, m.id);
    int column = 2;
    for (const QString *text : {&m.title, &m.responsibleAgencies, &m.keyObjectives, &m.mainFeatures, &m.expectedResults,
                                &m.resultsAchieved, &m.fundingText, &m.evaluationConclusions})
        m_indexRow->bindText(column++, *text);
    return run(*m_indexRow);
}

MeasureWriter::~MeasureWriter() = default;

qint64 MeasureWriter::bitsOf(const char *kind, const QStringList &codes)
{
    qint64 bits = 0;
    for (const QString &code : codes) {
        const QString key = QLatin1String(kind) + u':' + code;
        auto it = m_bits.constFind(key);
        if (it == m_bits.cend()) { // a term added since the last look: read them all again
            SqliteStatement terms(m_db, QStringLiteral("SELECT kind, code, bit FROM term WHERE bit IS NOT NULL"));
            m_bits.clear();
            while (terms.step())
                m_bits.insert(terms.text(0) + u':' + terms.text(1), int(terms.int64(2)));
            it = m_bits.constFind(key);
        }
        if (it != m_bits.cend())
            bits |= qint64(1) << it.value();
    }
    return bits;
}

void MeasureWriter::bindBits(SqliteStatement &s, const Measure &m)
{
    QStringList partnerTypes;
    for (const PartnerLink &link : m.partners)
        partnerTypes << link.typeCode;
    s.bindInt64(19, bitsOf("goal", m.goals));
    s.bindInt64(20, bitsOf("area", m.monitoringAreas));
    s.bindInt64(21, bitsOf("domain", m.domains));
    s.bindInt64(22, bitsOf("scope", m.scopes));
    s.bindInt64(23, bitsOf("nature", m.natures));
    s.bindInt64(24, bitsOf("partner_type", partnerTypes));
}

QString MeasureWriter::refreshPartnerTypeBits(sqlite3 *db, qint64 partnerId)
{
    SqliteStatement update(db, QStringLiteral("UPDATE measure SET partner_type_bits = %1 WHERE id IN "
                                              "(SELECT measure_id FROM measure_partner WHERE partner_id = ?)")
                                   .arg(FacetMasks::partnerTypeMaskSql()));
    update.bindInt64(1, partnerId);
    update.step();
    return update.hasError() || !update.isValid() ? update.errorMessage() : QString();
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
    statement.step();
    const bool ok = !statement.hasError();
    if (!ok)
        fail(statement);
    statement.reset();
    return ok;
}

qint64 MeasureWriter::partnerId(const PartnerLink &link)
{
    const QString key = link.name.simplified().toCaseFolded();
    m_findPartner->reset();
    m_findPartner->bindText(1, key);
    if (m_findPartner->step()) {
        const qint64 id = m_findPartner->int64(0);
        const QString type = m_findPartner->text(1);
        m_findPartner->reset();
        if (type != link.typeCode) { // a partner's type is shared: the latest statement of it wins
            m_retypePartner->bindText(1, link.typeCode);
            m_retypePartner->bindInt64(2, id);
            if (!run(*m_retypePartner))
                return 0;
            const QString error = refreshPartnerTypeBits(m_db, id);
            if (!error.isEmpty()) {
                m_errorCode = SQLITE_ERROR;
                m_errorDetail = error;
                return 0;
            }
        }
        return id;
    }
    if (m_findPartner->hasError()) {
        fail(*m_findPartner);
        return 0;
    }
    m_findPartner->reset();
    m_addPartner->bindText(1, link.name.simplified());
    m_addPartner->bindText(2, key);
    m_addPartner->bindText(3, link.typeCode);
    return run(*m_addPartner) ? sqlite3_last_insert_rowid(m_db) : 0;
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

    if (m.id == 0) {
        bindMeasure(*m_insert, m);
        bindBits(*m_insert, m);
        if (!run(*m_insert))
            return false;
        m.id = sqlite3_last_insert_rowid(m_db);
        if (!index(m))
            return false;
    } else {
        if (!unindex(m.id))
            return false;
        bindMeasure(*m_update, m);
        bindBits(*m_update, m);
        m_update->bindInt64(25, m.id);
        if (!run(*m_update) || !index(m))
            return false;
        m_clearTerms->bindInt64(1, m.id);
        m_clearPartners->bindInt64(1, m.id);
        if (!run(*m_clearTerms) || !run(*m_clearPartners))
            return false;
    }

    const struct {
        const char *kind;
        const QStringList &codes;
    } lists[] = {{"scope", m.scopes}, {"nature", m.natures}, {"goal", m.goals}, {"area", m.monitoringAreas}, {"domain", m.domains}};
    for (const auto &list : lists) {
        for (const QString &code : list.codes) {
            m_addTerm->bindInt64(1, m.id);
            m_addTerm->bindUtf8(2, QByteArrayView(list.kind));
            m_addTerm->bindText(3, code);
            if (!run(*m_addTerm))
                return false;
        }
    }
    int position = 0;
    for (const PartnerLink &link : m.partners) {
        const qint64 partner = partnerId(link);
        if (partner == 0)
            return false;
        m_linkPartner->bindInt64(1, m.id);
        m_linkPartner->bindInt64(2, partner);
        m_linkPartner->bindInt64(3, ++position);
        if (!run(*m_linkPartner))
            return false;
    }
    return true;
}

bool MeasureWriter::remove(qint64 id)
{
    if (!unindex(id))
        return false;
    m_delete->bindInt64(1, id);
    return run(*m_delete);
}

qint64 MeasureWriter::idOfUuid(const QString &uuid)
{
    m_byUuid->reset();
    m_byUuid->bindText(1, uuid);
    const qint64 id = m_byUuid->step() ? m_byUuid->int64(0) : 0;
    m_byUuid->reset();
    return id;
}

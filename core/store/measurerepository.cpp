#include "measurerepository.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "measurewriter.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace {

const QString kSelectMeasure = QStringLiteral(
    "SELECT id, uuid, title, country, report_year, responsible_agencies, key_objectives, main_features, "
    "expected_results, results_achieved, funding_text, funding_usd, evaluated, evaluation_conclusions, website, "
    "status, created_at, updated_at FROM measure WHERE id = ?");

} // namespace

MeasureRepository::MeasureRepository(const Catalogue &catalogue)
    : m_catalogue(catalogue),
      m_writer(std::make_unique<MeasureWriter>(catalogue.handle())),
      m_byId(std::make_unique<SqliteStatement>(catalogue.handle(), kSelectMeasure)),
      m_terms(std::make_unique<SqliteStatement>(catalogue.handle(),
                                                QStringLiteral("SELECT t.kind, t.code FROM measure_term t "
                                                               "LEFT JOIN term v ON v.kind = t.kind AND v.code = t.code "
                                                               "WHERE t.measure_id = ? ORDER BY t.kind, v.position, t.code"))),
      m_partners(std::make_unique<SqliteStatement>(catalogue.handle(),
                                                   QStringLiteral("SELECT p.name, p.type_code FROM measure_partner mp "
                                                                  "JOIN partner p ON p.id = mp.partner_id "
                                                                  "WHERE mp.measure_id = ? ORDER BY mp.position"))),
      m_idByUuid(std::make_unique<SqliteStatement>(catalogue.handle(), QStringLiteral("SELECT id FROM measure WHERE uuid = ?")))
{
}

MeasureRepository::~MeasureRepository() = default;

std::optional<Measure> MeasureRepository::load(qint64 id) const
{
    SqliteStatement &q = *m_byId;
    q.reset();
    q.bindInt64(1, id);
    if (!q.step()) {
        q.reset();
        return std::nullopt;
    }
    Measure m;
    m.id = q.int64(0);
    m.uuid = q.text(1);
    m.title = q.text(2);
    m.country = q.text(3);
    if (!q.isNull(4))
        m.reportYear = int(q.int64(4));
    m.responsibleAgencies = q.text(5);
    m.keyObjectives = q.text(6);
    m.mainFeatures = q.text(7);
    m.expectedResults = q.text(8);
    m.resultsAchieved = q.text(9);
    m.fundingText = q.text(10);
    if (!q.isNull(11))
        m.fundingUsdCents = q.int64(11);
    m.evaluated = q.text(12);
    m.evaluationConclusions = q.text(13);
    m.website = q.text(14);
    m.status = q.text(15);
    m.createdAt = parseIsoTimestamp(q.text(16));
    m.updatedAt = parseIsoTimestamp(q.text(17));
    q.reset();

    SqliteStatement &terms = *m_terms;
    terms.reset();
    terms.bindInt64(1, id);
    while (terms.step()) {
        const QByteArrayView kind = terms.utf8(0);
        const QString code = terms.text(1);
        if (kind == "scope")
            m.scopes << code;
        else if (kind == "nature")
            m.natures << code;
        else if (kind == "goal")
            m.goals << code;
        else if (kind == "area")
            m.monitoringAreas << code;
        else if (kind == "domain")
            m.domains << code;
    }
    terms.reset();

    SqliteStatement &partners = *m_partners;
    partners.reset();
    partners.bindInt64(1, id);
    while (partners.step())
        m.partners.append({partners.text(0), partners.text(1)});
    partners.reset();
    return m;
}

std::optional<Measure> MeasureRepository::loadByUuid(const QString &uuid) const
{
    m_idByUuid->reset();
    m_idByUuid->bindText(1, uuid);
    const qint64 id = m_idByUuid->step() ? m_idByUuid->int64(0) : 0;
    m_idByUuid->reset();
    return id ? load(id) : std::nullopt;
}

MeasureRepository::SaveResult MeasureRepository::save(Measure &measure, const Vocabulary &vocabulary)
{
    SaveResult result;
    if (m_catalogue.isReadOnly()) {
        result.error = m_catalogue.readOnlyExplanation();
        return result;
    }
    Measure candidate = MeasureValidator::normalized(measure, vocabulary);
    result.issues = MeasureValidator::validate(candidate, vocabulary);
    if (!result.issues.isEmpty())
        return result;
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive()) {
        result.error = transaction.errorMessage();
        return result;
    }
    if (!m_writer->write(candidate, MeasureWriter::Timestamps::Now)) {
        result.error = StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
        return result;
    }
    if (!transaction.commit()) {
        result.error = transaction.errorMessage();
        return result;
    }
    measure = candidate;
    result.saved = true;
    return result;
}

QString MeasureRepository::restore(const QList<Measure> &measures)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (Measure m : measures) {
        m.id = m_writer->idOfUuid(m.uuid);
        if (!m_writer->write(m, MeasureWriter::Timestamps::Keep))
            return StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    }
    return transaction.commit() ? QString() : transaction.errorMessage();
}

QString MeasureRepository::remove(const QList<qint64> &ids)
{
    if (m_catalogue.isReadOnly())
        return m_catalogue.readOnlyExplanation();
    WriteTransaction transaction(m_catalogue);
    if (!transaction.isActive())
        return transaction.errorMessage();
    for (qint64 id : ids)
        if (!m_writer->remove(id))
            return StorageError::message(m_writer->errorCode(), m_writer->errorDetail());
    return transaction.commit() ? QString() : transaction.errorMessage();
}

int MeasureRepository::count() const
{
    SqliteStatement q(m_catalogue.handle(), QStringLiteral("SELECT count(*) FROM measure"));
    return q.step() ? int(q.int64(0)) : 0;
}

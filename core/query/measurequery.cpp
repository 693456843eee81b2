// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurequery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqliteconnection.h"
#include "catalogue/sqlitestatement.h"
#include "measurerows.h"
#include "model/textfold.h"
#include "model/vocabulary.h"
#include "readsnapshot.h"
#include "searchtokenizer.h"

#include <vector>

namespace {

void bindPage(SqliteStatement &statement, const QVector<qint64> &ids)
{
    statement.reset();
    for (int i = 0; i < MeasureQuery::kPageSize; ++i)
        statement.bindInt64(i + 1, i < ids.size() ? ids.at(i) : 0); // 0 is never an id
}

} // namespace

MeasureQuery::MeasureQuery(const Catalogue &catalogue)
    : m_catalogue(catalogue), m_tokenizer(std::make_unique<SearchTokenizer>(catalogue.connection()))
{
    SqliteConnection &db = catalogue.connection();
    const QString in = sqlPlaceholders(kPageSize);
    m_rows = std::make_unique<SqliteStatement>(
        db, QStringLiteral("SELECT %1, %2 FROM measure m WHERE m.id IN (%3)")
                .arg(MeasureRows::selectList(kTableTextLength), MeasureRows::maskColumns(), in));
    m_partners = std::make_unique<SqliteStatement>(
        db, QStringLiteral("SELECT mp.measure_id, p.name, p.type_code FROM measure_partner mp "
                           "JOIN partner p ON p.id = mp.partner_id WHERE mp.measure_id IN (%1) "
                           "ORDER BY mp.measure_id, mp.position")
                .arg(in));
    m_total = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT count(*) FROM measure"));
    m_matches = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT count(*) FROM measure_search WHERE measure_search MATCH ?"));
    m_matchIds = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT rowid FROM measure_search WHERE measure_search MATCH ?"));
    m_byId = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT %1 FROM measure m WHERE m.id = ?").arg(MeasureRows::selectList()));
    m_terms = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT t.kind, t.code FROM measure_term t "
                                                                   "LEFT JOIN term v ON v.kind = t.kind AND v.code = t.code "
                                                                   "WHERE t.measure_id = ? ORDER BY t.kind, v.position, t.code"));
    m_measurePartners = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT p.name, p.type_code FROM measure_partner mp "
                                                                             "JOIN partner p ON p.id = mp.partner_id "
                                                                             "WHERE mp.measure_id = ? ORDER BY mp.position"));
    m_idByUuid = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT id FROM measure WHERE uuid = ?"));
    // "+country": the title's index, never the country's. Without statistics SQLite picked the
    // country's and read every measure of that country per row: importing 5,000 rows into a
    // catalogue of 100,000 took 31 s instead of 2.
    m_similar = std::make_unique<SqliteStatement>(db, QStringLiteral("SELECT title FROM measure WHERE title_key = ? AND +country IS ? "
                                                                     "AND id <> ? LIMIT 1"));
}

MeasureQuery::~MeasureQuery() = default;

SqlCondition MeasureQuery::where(const MeasureFilter &filter, const MeasureSort &sort)
{
    using MeasureFilterSql::SearchJoin;
    const QString fts = m_tokenizer->ftsQuery(filter.search);
    if (fts.isEmpty() || !MeasureFilterSql::walksCoveringIndex(sort))
        return MeasureFilterSql::where(filter, fts, SearchJoin::DriveFromMatches);
    // Counting matches costs a few milliseconds; walking the index pays off when more than about
    // a quarter of the catalogue matches (measured at 100,000 measures: 43 ms against 100 ms for
    // "m"; 29 ms against 16 ms for "música").
    m_matches->reset();
    m_matches->bindText(1, fts);
    const qint64 matches = m_matches->step() ? m_matches->int64(0) : 0;
    m_matches->reset();
    return MeasureFilterSql::where(filter, fts, matches * 4 > total() ? SearchJoin::WalkSortIndex : SearchJoin::DriveFromMatches);
}

MeasureQuery::Result MeasureQuery::find(const MeasureFilter &filter, const MeasureSort &sort)
{
    Result result;
    ReadSnapshot snapshot(m_catalogue.connection());
    const QString fts = m_tokenizer->ftsQuery(filter.search);
    // A search in a sort that walks a covering index: the matches become a bitmap (FTS5 hands its
    // rowids over in order), then the index is walked once with the other conditions, keeping the
    // matched ids. No temporary b-tree of matches is built, whatever share of the catalogue
    // matches: "m" at 100,000 measures took 75 ms as an IN (subquery), 30 ms this way.
    std::vector<bool> matched;
    const bool bitmap = !fts.isEmpty() && MeasureFilterSql::walksCoveringIndex(sort);
    if (bitmap) {
        SqliteStatement &matches = *m_matchIds;
        matches.reset();
        matches.bindText(1, fts);
        while (matches.step()) {
            const qint64 id = matches.int64(0);
            if (id >= qint64(matched.size()))
                matched.resize(size_t(id) * 2 + 1024);
            matched[size_t(id)] = true;
        }
        const bool failed = matches.hasError();
        result.error = m_lastError = matches.errorMessage();
        matches.reset();
        if (failed)
            return result;
    }
    MeasureFilter rest = filter;
    if (bitmap)
        rest.search.clear();
    const SqlCondition where = bitmap ? MeasureFilterSql::where(rest, {}) : this->where(filter, sort);
    SqliteStatement query(m_catalogue.connection(),
                          QStringLiteral("SELECT m.id FROM measure m %1 %2").arg(where.sql, MeasureFilterSql::orderBy(sort)));
    query.bindAll(where.values);
    while (query.step()) {
        const qint64 id = query.int64(0);
        if (!bitmap || (id < qint64(matched.size()) && matched[size_t(id)]))
            result.ids.append(id);
    }
    result.ok = query.isValid() && !query.hasError();
    result.error = m_lastError = query.errorMessage();
    result.total = total();
    return result;
}

int MeasureQuery::count(const MeasureFilter &filter)
{
    const SqlCondition where = MeasureFilterSql::where(filter, m_tokenizer->ftsQuery(filter.search));
    SqliteStatement query(m_catalogue.connection(), QStringLiteral("SELECT count(*) FROM measure m %1").arg(where.sql));
    query.bindAll(where.values);
    const int n = query.step() ? int(query.int64(0)) : 0;
    m_lastError = query.errorMessage();
    return n;
}

int MeasureQuery::total()
{
    m_total->reset();
    const int n = m_total->step() ? int(m_total->int64(0)) : 0;
    m_total->reset();
    return n;
}

QHash<qint64, Measure> MeasureQuery::rows(const QVector<qint64> &ids, const Vocabulary &vocabulary)
{
    QHash<qint64, Measure> result;
    result.reserve(ids.size());
    ReadSnapshot snapshot(m_catalogue.connection());
    const MeasureRows::MaskDecoder decoder(vocabulary);
    SqliteStatement &q = *m_rows;
    bindPage(q, ids);
    while (q.step()) {
        Measure m;
        MeasureRows::read(q, 0, m);
        for (int facet = 0; facet < MeasureRows::maskColumnCount(); ++facet)
            decoder.decode(facet, q.int64(MeasureRows::kColumnCount + facet), m);
        result.insert(m.id, m);
    }
    m_lastError = q.errorMessage();
    q.reset();

    SqliteStatement &partners = *m_partners;
    bindPage(partners, ids);
    while (partners.step()) {
        auto it = result.find(partners.int64(0));
        if (it != result.end())
            it->partners.append({partners.text(1), partners.text(2)});
    }
    partners.reset();
    return result;
}

std::optional<Measure> MeasureQuery::load(qint64 id)
{
    ReadSnapshot snapshot(m_catalogue.connection());
    SqliteStatement &q = *m_byId;
    q.reset();
    q.bindInt64(1, id);
    if (!q.step()) {
        m_lastError = q.errorMessage();
        q.reset();
        return std::nullopt;
    }
    Measure m;
    MeasureRows::read(q, 0, m);
    q.reset();
    m_lastError.clear();

    // A measure read without its lists would be saved, kept for undo or merged with an import
    // as if it had none: a read that fails half-way gives no measure at all.
    SqliteStatement &terms = *m_terms;
    terms.reset();
    terms.bindInt64(1, id);
    while (terms.step())
        MeasureRows::addTerm(m, terms.utf8(0), m_shared.fromUtf8(terms.utf8(1)));
    const QString termsError = terms.hasError() ? terms.errorMessage() : QString();
    terms.reset();

    SqliteStatement &partners = *m_measurePartners;
    partners.reset();
    partners.bindInt64(1, id);
    while (partners.step())
        m.partners.append({m_shared.fromUtf8(partners.utf8(0)), m_shared.fromUtf8(partners.utf8(1))});
    const QString partnersError = partners.hasError() ? partners.errorMessage() : QString();
    partners.reset();
    if (!termsError.isEmpty() || !partnersError.isEmpty()) {
        m_lastError = termsError.isEmpty() ? partnersError : termsError;
        return std::nullopt;
    }
    return m;
}

qint64 MeasureQuery::idOfUuid(const QString &uuid)
{
    m_idByUuid->reset();
    m_idByUuid->bindText(1, uuid);
    const qint64 id = m_idByUuid->step() ? m_idByUuid->int64(0) : 0;
    m_lastError = m_idByUuid->hasError() ? m_idByUuid->errorMessage() : QString();
    m_idByUuid->reset();
    return id;
}

std::optional<Measure> MeasureQuery::loadByPlatformId(const QString &platformMeasureId)
{
    if (!m_idByPlatformId) // the term "<> ''" lets SQLite use the partial index of migration 7
        m_idByPlatformId = std::make_unique<SqliteStatement>(m_catalogue.connection(),
            QStringLiteral("SELECT id FROM measure WHERE platform_measure_id = ? AND platform_measure_id <> '' ORDER BY id LIMIT 1"));
    m_idByPlatformId->reset();
    m_idByPlatformId->bindText(1, platformMeasureId);
    const qint64 id = m_idByPlatformId->step() ? m_idByPlatformId->int64(0) : 0;
    m_lastError = m_idByPlatformId->hasError() ? m_idByPlatformId->errorMessage() : QString();
    m_idByPlatformId->reset();
    return id ? load(id) : std::nullopt;
}

QString MeasureQuery::similarTitle(const QString &title, const QString &country, qint64 exceptId)
{
    m_similar->reset();
    m_similar->bindText(1, sortKey(title));
    if (country.isEmpty())
        m_similar->bindNull(2);
    else
        m_similar->bindText(2, country);
    m_similar->bindInt64(3, exceptId);
    const QString found = m_similar->step() ? m_similar->text(0) : QString();
    m_similar->reset();
    return found;
}

std::optional<Measure> MeasureQuery::loadByUuid(const QString &uuid)
{
    const qint64 id = idOfUuid(uuid);
    return id ? load(id) : std::nullopt;
}

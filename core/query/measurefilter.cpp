// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurefilter.h"

#include "catalogue/facetcolumns.h"
#include "catalogue/sqlitestatement.h"
#include "model/vocabulary.h"

bool MeasureFilter::isEmpty() const { return *this == MeasureFilter(); }

const QStringList &MeasureFilter::codes(MeasureField field) const
{
    static const QStringList none;
    const QStringList *list = const_cast<MeasureFilter *>(this)->codesOf(field);
    return list ? *list : none;
}

QStringList *MeasureFilter::codesOf(MeasureField field)
{
    switch (field) {
    case MeasureField::Goals: return &goals;
    case MeasureField::MonitoringAreas: return &areas;
    case MeasureField::Domains: return &domains;
    case MeasureField::Scope: return &scopes;
    case MeasureField::Nature: return &natures;
    case MeasureField::Partners: return &partnerTypes;
    case MeasureField::Country: return &countries;
    case MeasureField::Evaluated: return &evaluated;
    case MeasureField::Status: return &statuses;
    default: return nullptr;
    }
}

bool MeasureFilter::operator==(const MeasureFilter &o) const
{
    return search.trimmed() == o.search.trimmed() && goals == o.goals && areas == o.areas && domains == o.domains
        && scopes == o.scopes && natures == o.natures && countries == o.countries && evaluated == o.evaluated
        && partnerTypes == o.partnerTypes && statuses == o.statuses && yearFrom == o.yearFrom && yearTo == o.yearTo
        && needsAttention == o.needsAttention;
}

namespace {

void appendValues(QVariantList &values, const QStringList &codes)
{
    for (const QString &code : codes)
        values << code;
}

} // namespace

namespace MeasureFilterSql {

QStringList readinessGaps()
{
    // Readiness::gapsOf, in SQL (a test keeps them in step), one condition per gap.
    const auto blank = [](const char *column) {
        return QStringLiteral("trim(coalesce(m.%1, ''), char(32, 9, 10, 13)) = ''").arg(QLatin1String(column));
    };
    return {QStringLiteral("m.%1 = 0").arg(FacetColumns::forField(MeasureField::Goals)->columnName()),
            QStringLiteral("m.%1 = 0").arg(FacetColumns::forField(MeasureField::Domains)->columnName()),
            blank("main_features"),
            QStringLiteral("(%1 AND %2)").arg(blank("expected_results"), blank("results_achieved")),
            QStringLiteral("m.evaluated = 'unknown'"),
            QStringLiteral("(%1 AND m.funding_usd IS NULL)").arg(blank("funding_text"))};
}

bool walksCoveringIndex(const MeasureSort &sort)
{
    return sort.field == MeasureField::Title || sort.field == MeasureField::FundingUsd || sort.field == MeasureField::ReportYear;
}

SqlCondition where(const MeasureFilter &f, const QString &fts, SearchJoin join)
{
    QStringList clauses;
    SqlCondition condition;
    QVariantList &values = condition.values;

    if (!fts.isEmpty()) {
        // "+m.id" stops SQLite from driving the query from the matches (a random read of a wide
        // row per match, then a sort) when walking the sort's covering index is cheaper.
        clauses << QStringLiteral("%1 IN (SELECT rowid FROM measure_search WHERE measure_search MATCH ?)")
                       .arg(join == SearchJoin::WalkSortIndex ? QStringLiteral("+m.id") : QStringLiteral("m.id"));
        values << fts;
    }
    // Multi-valued facets test the measure's bitmask against the OR of the chosen terms' bits,
    // computed once per query (core/sql/004_facet_bits.sql).
    for (const FacetColumn &facet : FacetColumns::all()) {
        const QStringList &codes = f.codes(facet.field);
        if (codes.isEmpty())
            continue;
        clauses << QStringLiteral("(m.%1 & (SELECT coalesce(sum(1 << bit), 0) FROM term WHERE kind = ? AND code IN (%2))) <> 0")
                       .arg(facet.columnName(), sqlPlaceholders(codes.size()));
        values << facet.kindName();
        appendValues(values, codes);
    }
    if (!f.countries.isEmpty()) {
        clauses << QStringLiteral("m.country IN (%1)").arg(sqlPlaceholders(f.countries.size()));
        appendValues(values, f.countries);
    }
    if (f.yearFrom) {
        clauses << QStringLiteral("m.report_year >= ?");
        values << *f.yearFrom;
    }
    if (f.yearTo) {
        clauses << QStringLiteral("m.report_year <= ?");
        values << *f.yearTo;
    }
    if (!f.evaluated.isEmpty()) {
        clauses << QStringLiteral("m.evaluated IN (%1)").arg(sqlPlaceholders(f.evaluated.size()));
        appendValues(values, f.evaluated);
    }
    if (!f.statuses.isEmpty()) {
        clauses << QStringLiteral("m.status IN (%1)").arg(sqlPlaceholders(f.statuses.size()));
        appendValues(values, f.statuses);
    }
    if (f.needsAttention)
        clauses << QStringLiteral("(%1)").arg(readinessGaps().join(QStringLiteral(" OR ")));
    if (!clauses.isEmpty())
        condition.sql = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return condition;
}

QString orderBy(const MeasureSort &sort)
{
    // A language's labels: a column of term for English and Spanish, else its term_label row (the
    // code is one of translations/languages.tsv, letters only) or the English label.
    const QString label = sort.language.isEnglish() ? QStringLiteral("label_en")
                        : VocabularyTerm::hasColumn(sort.language)
                            ? QStringLiteral("label_es")
                            : QStringLiteral("coalesce((SELECT l.label FROM term_label l WHERE l.kind = term.kind AND l.code = term.code "
                                             "AND l.language = '%1'), label_en)").arg(sort.language.code());
    const auto termPosition = [](const char *kind) {
        return QStringLiteral("(SELECT min(v.position) FROM measure_term t JOIN term v ON v.kind = t.kind AND v.code = t.code "
                              "WHERE t.measure_id = m.id AND t.kind = '%1')").arg(QLatin1String(kind));
    };
    QString key;
    bool nullable = true;
    switch (sort.field) {
    case MeasureField::Uuid: key = QStringLiteral("m.uuid"); nullable = false; break;
    case MeasureField::Title: key = QStringLiteral("m.title_key"); nullable = false; break;
    case MeasureField::Country:
        key = QStringLiteral("(SELECT %1 FROM term WHERE kind = 'country' AND code = m.country)").arg(label);
        break;
    case MeasureField::ReportYear: key = QStringLiteral("m.report_year"); break;
    case MeasureField::ResponsibleAgencies: key = QStringLiteral("nullif(m.responsible_agencies, '') COLLATE NOCASE"); break;
    case MeasureField::KeyObjectives: key = QStringLiteral("nullif(m.key_objectives, '') COLLATE NOCASE"); break;
    case MeasureField::MainFeatures: key = QStringLiteral("nullif(m.main_features, '') COLLATE NOCASE"); break;
    case MeasureField::ExpectedResults: key = QStringLiteral("nullif(m.expected_results, '') COLLATE NOCASE"); break;
    case MeasureField::ResultsAchieved: key = QStringLiteral("nullif(m.results_achieved, '') COLLATE NOCASE"); break;
    case MeasureField::FundingText: key = QStringLiteral("nullif(m.funding_text, '') COLLATE NOCASE"); break;
    case MeasureField::EvaluationConclusions: key = QStringLiteral("nullif(m.evaluation_conclusions, '') COLLATE NOCASE"); break;
    case MeasureField::Website: key = QStringLiteral("nullif(m.website, '') COLLATE NOCASE"); break;
    case MeasureField::FundingUsd: key = QStringLiteral("m.funding_usd"); break;
    case MeasureField::Evaluated: key = QStringLiteral("m.evaluated"); nullable = false; break;
    case MeasureField::Status: key = QStringLiteral("m.status"); nullable = false; break;
    case MeasureField::CreatedAt: key = QStringLiteral("m.created_at"); nullable = false; break;
    case MeasureField::UpdatedAt: key = QStringLiteral("m.updated_at"); nullable = false; break;
    case MeasureField::Scope: key = termPosition("scope"); break;
    case MeasureField::Nature: key = termPosition("nature"); break;
    case MeasureField::Goals: key = termPosition("goal"); break;
    case MeasureField::MonitoringAreas: key = termPosition("area"); break;
    case MeasureField::Domains: key = termPosition("domain"); break;
    case MeasureField::Readiness: // the number of gaps: the most lacking first when descending
        key.clear();
        for (const QString &gap : readinessGaps()) // each one 0 or 1; parenthesised, as + binds before =
            key += (key.isEmpty() ? QStringLiteral("((") : QStringLiteral(" + (")) + gap + QStringLiteral(")");
        key += QStringLiteral(")");
        nullable = false;
        break;
    case MeasureField::Partners:
        key = QStringLiteral("(SELECT min(p.name_key) FROM measure_partner mp JOIN partner p ON p.id = mp.partner_id "
                             "WHERE mp.measure_id = m.id)");
        break;
    default: // the earlier forms' fields: their columns are named by their keys
        key = MeasureFields::type(sort.field) == MeasureFields::Type::Choice // yes, no, then not known as empty, last
                ? QStringLiteral("CASE m.%1 WHEN 'yes' THEN 0 WHEN 'no' THEN 1 END").arg(MeasureFields::key(sort.field))
                : QStringLiteral("nullif(m.%1, '') COLLATE NOCASE").arg(MeasureFields::key(sort.field));
        break;
    }
    const QString direction = sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Empty values go last in both directions, as in a spreadsheet; ties are in title order, in the
    // sort's direction (so that one index serves both directions, migration 5), and the id makes
    // the order total.
    if (sort.field == MeasureField::Title)
        return QStringLiteral("ORDER BY m.title_key %1, m.id %1").arg(direction);
    return QStringLiteral("ORDER BY %1 %2%3, m.title_key %2, m.id %2").arg(key, direction, nullable ? QStringLiteral(" NULLS LAST") : QString());
}

} // namespace MeasureFilterSql

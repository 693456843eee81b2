// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measurefield.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

// What the analyst is looking for. One value feeds the table, the "N of M" count and the CSV
// export, so "export the filtered view" is the same query by construction. Values inside one
// facet combine with OR; different facets with AND.
struct MeasureFilter {
    QString search; // free text, accent-insensitive, every word must match (as a prefix)
    QStringList goals;
    QStringList areas;
    QStringList domains;
    QStringList scopes;
    QStringList natures;
    QStringList countries;
    QStringList evaluated;
    QStringList partnerTypes;
    QStringList statuses;
    std::optional<int> yearFrom;
    std::optional<int> yearTo;
    bool needsAttention = false; // only measures the report form would still find lacking (Readiness)

    bool isEmpty() const;
    // The chosen codes of a facet, by the field it filters (Partners: partner types).
    const QStringList &codes(MeasureField field) const;
    QStringList *codesOf(MeasureField field); // null for fields that are not facets
    bool operator==(const MeasureFilter &other) const;
    bool operator!=(const MeasureFilter &other) const { return !(*this == other); }
};

struct MeasureSort {
    MeasureField field = MeasureField::Title;
    Qt::SortOrder order = Qt::AscendingOrder;
    Language language = Language::English; // sorting by a vocabulary column follows its labels
    bool operator==(const MeasureSort &o) const { return field == o.field && order == o.order && language == o.language; }
    bool operator!=(const MeasureSort &o) const { return !(*this == o); }
};

// SQL text made only of fixed fragments and `?` placeholders; every user value is in `values`.
struct SqlCondition {
    QString sql; // "" or "WHERE ..." over the alias m (the measure table)
    QVariantList values;
};

namespace MeasureFilterSql {
// How the text search joins the measures. Both give the same rows; which is faster depends on how
// many measures match (MeasureQuery decides): walking the sort's covering index and testing each
// entry against the matches, or starting from the matches and sorting them.
enum class SearchJoin { WalkSortIndex, DriveFromMatches };
// `ftsQuery` is the filter's search as SearchTokenizer::ftsQuery makes it (empty: no search).
SqlCondition where(const MeasureFilter &filter, const QString &ftsQuery, SearchJoin join = SearchJoin::DriveFromMatches);
QString orderBy(const MeasureSort &sort); // "ORDER BY ..." over the alias m; no user text
// What the report form still lacks (Readiness::Gap), one SQL condition per gap over the alias m.
QStringList readinessGaps();
// The sorts that read only a covering index (see core/sql/004_facet_bits.sql).
bool walksCoveringIndex(const MeasureSort &sort);
} // namespace MeasureFilterSql

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/measurefield.h"
#include "model/vocabulary.h"

#include <QList>
#include <QString>

// The vocabularies that filters test as bitmasks, and the measure column holding each mask
// (core/sql/004_facet_bits.sql): each term has a stable bit, each measure the OR of its terms'
// bits. Written down here once for the filter, the writer, the cursor, the check and migration 4.
struct FacetColumn {
    VocabularyKind kind;
    const char *kindCode; // term.kind
    const char *column;   // measure.<column>
    MeasureField field;   // the measure's field the mask is derived from (Partners: their types)

    QString columnName() const { return QString::fromLatin1(column); }
    QString kindName() const { return QString::fromLatin1(kindCode); }
    // The codes of a measure that set bits of this mask (partner types: those of its partners).
    QStringList codesOf(const Measure &measure) const;
    // The mask recomputed from the link tables, as an SQL expression over the alias `measure`.
    QString maskFromLinksSql() const;
};

namespace FacetColumns {
const QList<FacetColumn> &all();
const FacetColumn *forField(MeasureField field);
const FacetColumn *forKind(VocabularyKind kind);
constexpr int kMaxBits = 63;
} // namespace FacetColumns

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/measurefield.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

class SqliteConnection;
class SqliteStatement;
class Vocabulary;

// How a row of the measure table becomes a Measure: written once, for loading one measure, the
// table's pages and the streaming cursor.
namespace MeasureRows {

// The measure's own columns over the alias m, in the order read() expects. With `textLimit`,
// long texts are cut to that many characters (table cells never show more).
QString selectList(int textLimit = 0);
// Own columns, the earlier forms' (MeasureColumns, one per field from Context to KeptAsWritten),
// then the platform's last row and the revision.
constexpr int kColumnCount = 18 + (int(MeasureField::KeptAsWritten) - int(MeasureField::Context) + 1) + 2;
// Fills `m`'s own fields from columns first .. first + kColumnCount - 1 of the current row.
void read(const SqliteStatement &row, int first, Measure &m);

// Appends a multi-valued vocabulary code to the matching list of `m` (kind as in the term table).
void addTerm(Measure &m, QByteArrayView kind, const QString &code);

// Lists of codes decoded from a measure's facet masks, in vocabulary order: the fast way to read
// lists when many rows are read (the link tables stay the source of truth for one measure).
class MaskDecoder
{
public:
    explicit MaskDecoder(const Vocabulary &vocabulary);
    // Adds the codes set in `mask` to the list of `m` that `facetIndex` (in FacetColumns::all()) names.
    void decode(int facetIndex, qint64 mask, Measure &m) const;

private:
    QList<QList<QPair<int, QString>>> m_bits; // per facet: (bit, code) in display order
};

// The facet mask columns over the alias m, in FacetColumns::all() order, without partner types.
QString maskColumns();
int maskColumnCount();

} // namespace MeasureRows

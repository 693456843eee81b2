// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "merge.h"

// Two measures of one catalogue that are the same measure entered twice, made one: the first
// keeps its identity and every field the analyst picks from the second, gains the union of both
// lists (partners, goals, areas, domains, scope, nature, value chain); the second is deleted.
namespace DuplicateMerge {

// The fields where the two differ and a side must be picked (lists are joined instead).
QList<MeasureField> differing(const Measure &first, const Measure &second);
Measure combined(const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond);
// In one transaction; the result can be undone like a merge of catalogues (Merge::Applied).
Merge::Applied apply(const Catalogue &catalogue, const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond,
                     Language language);

} // namespace DuplicateMerge

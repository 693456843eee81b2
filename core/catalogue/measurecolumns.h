// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/measurefield.h"

#include <QString>
#include <QStringList>

// The measure table's columns that are written once here for both the writer and the readers:
// the fields of earlier report forms (one column each, named by the field's key) and the texts
// of the search index (core/sql/007_earlier_forms.sql).
namespace MeasureColumns {

// The earlier forms' columns, in MeasureFields::earlierFormFields() order (values as
// MeasureFields::plainValue writes them).
QStringList earlierFormNames();

// The partners' names as the search index holds them.
QString partnerNames(const Measure &measure);

// The search index's columns, and the texts of one measure in that order.
const QStringList &searchNames();
QStringList searchTexts(const Measure &measure);

} // namespace MeasureColumns

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvformat.h"
#include "query/statistics.h"

#include <QIODevice>
#include <QString>

class Vocabulary;

// The spread of a filter's measures over one dimension as CSV (design §8): one row per value
// with its label in the options' language, the number of measures and the sum of their USD
// funding. Columns: label, measures, funding_usd (the header in the options' language). Multi-valued dimensions count a measure under
// each of its values, so the rows are not meant to be summed.
namespace StatisticsCsv {

// Writes the header and `rows`; false (with a translated error) when the device fails.
bool write(QIODevice &out, const QList<Statistics::Row> &rows, Statistics::Dimension dimension,
           const Vocabulary &vocabulary, const CsvOptions &options, QString *error);
// The label of a row's code in `language` ("(not given)" for measures without a value).
// Shown: a term without a label in `language` says it is the English one (the pane and the report,
// which are read; the CSV writes the plain label, which an import reads back).
enum class LabelStyle { Plain, Shown };
QString label(const QString &code, Statistics::Dimension dimension, const Vocabulary &vocabulary, Language language,
              LabelStyle style = LabelStyle::Plain);

} // namespace StatisticsCsv

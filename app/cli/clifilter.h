// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvformat.h"
#include "query/measurefilter.h"

#include <optional>

struct CliArgs;
class Vocabulary;

// Command-line options -> MeasureFilter, MeasureSort and CsvOptions. Values are checked against
// the catalogue's vocabularies (codes or labels in either language); problems become messages.
namespace CliFilter {

extern const QStringList kFilterOptions;
std::optional<MeasureFilter> filter(const CliArgs &args, const Vocabulary &vocabulary, QString *error, int *exitCode);
std::optional<MeasureSort> sort(const CliArgs &args, Language language, QString *error);
std::optional<CsvOptions> csvOptions(const CliArgs &args, Language language, QString *error);

} // namespace CliFilter

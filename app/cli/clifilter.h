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
// Starts from `base` (a saved view's filter, or nothing): an option given replaces that facet's
// choice, search words are added, --needs-attention switches the check on.
std::optional<MeasureFilter> filter(const CliArgs &args, const Vocabulary &vocabulary, QString *error, int *exitCode,
                                    const MeasureFilter &base = {});
// --sort, else `base` (a saved view's sort).
std::optional<MeasureSort> sort(const CliArgs &args, Language language, QString *error, const MeasureSort &base = {});
std::optional<CsvOptions> csvOptions(const CliArgs &args, Language language, QString *error);

} // namespace CliFilter

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include "merge/mergeplan.h"

#include <QString>
#include <optional>

struct CliArgs;
struct MergePlan;
class Catalogue;

// The commands that change a catalogue: import, merge and delete. Each is one transaction,
// tries first with --dry-run, and leaves the catalogue as it was when it refuses.
namespace CliChanges {

int import(const CliArgs &args, const QString &path, Language language);
int merge(const CliArgs &args, const QString &path, Language language);
int remove(const CliArgs &args, const QString &path, Language language);
// --prefer mine|theirs (Undecided when not given); nullopt for any other value.
std::optional<MergeSide> preferOption(const CliArgs &args);
// What a merge's plan would do, a line per measure, partner and term, then its summary.
void showPlan(const Catalogue &catalogue, const MergePlan &plan, Language language);

} // namespace CliChanges

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/catalogue.h"
#include "model/vocabulary.h"
#include "query/measurefilter.h"
#include "query/savedview.h"

#include <QString>
#include <memory>
#include <optional>

struct CliArgs;

// What every command does alike: usage errors, opening the catalogue (its messages shown, its
// exit code set), and the FILTER options read against it.
namespace CliSupport {

int usageError(const QString &message);
// Who the history names for changes made from the command line: MEASURES_AUTHOR, else the login name.
QString authorName();
std::unique_ptr<Catalogue> openCatalogue(const QString &path, Catalogue::Access access, bool quickCheck, int *exitCode);
// A catalogue that a command changes, unless it only tries (--dry-run): read-write, checked.
std::unique_ptr<Catalogue> openToChange(const QString &path, bool dryRun, int *exitCode);

// A catalogue opened to read, its vocabulary, and the FILTER options read against it: what count,
// export and stats start from. On failure the message is shown and `exitCode` says why.
struct FilteredView {
    std::unique_ptr<Catalogue> catalogue;
    Vocabulary vocabulary;
    MeasureFilter filter;
    std::optional<SavedView> savedView; // --view NAME
};
std::optional<FilteredView> openFiltered(const CliArgs &args, const QString &path, int *exitCode,
                                         Catalogue::Access access = Catalogue::Access::ReadOnly, bool quickCheck = false);

// After a command changed the catalogue: its changes folded into the file itself, so that a
// copy of the file alone holds them. ExitOk, or (with the message shown) ExitCannotOpen.
int foldIn(const Catalogue &catalogue);

} // namespace CliSupport

// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "catalogue/backups.h"

#include "cliargs.h"
#include "clicommands.h"
#include "clifilter.h"
#include "clitr.h"
#include "console.h"
#include "query/savedviewquery.h"
#include "query/vocabularyquery.h"

namespace CliSupport {

int usageError(const QString &message)
{
    Console::error(message);
    Console::error(Cli::tr("Run “measures-cli --help” for the list of commands."));
    return ExitUsage;
}

QString authorName()
{
    const QString named = qEnvironmentVariable("MEASURES_AUTHOR");
    return named.isEmpty() ? Catalogue::loginName() : named;
}

std::unique_ptr<Catalogue> openCatalogue(const QString &path, Catalogue::Access access, bool quickCheck, int *exitCode)
{
    CatalogueError error;
    auto catalogue = Catalogue::open(path, {access, quickCheck}, &error);
    if (!catalogue) {
        Console::error(error.message());
        *exitCode = ExitCannotOpen;
        return nullptr;
    }
    catalogue->setAuthor(authorName());
    return catalogue;
}

std::unique_ptr<Catalogue> openToChange(const QString &path, bool dryRun, int *exitCode)
{
    auto catalogue = openCatalogue(path, dryRun ? Catalogue::Access::ReadOnly : Catalogue::Access::ReadWrite, true, exitCode);
    if (catalogue && !dryRun && catalogue->isReadOnly()) {
        Console::error(catalogue->readOnlyExplanation());
        *exitCode = ExitCannotOpen;
        return nullptr;
    }
    return catalogue;
}

std::optional<FilteredView> openFiltered(const CliArgs &args, const QString &path, int *exitCode, Catalogue::Access access, bool quickCheck)
{
    FilteredView view;
    view.catalogue = access == Catalogue::Access::ReadOnly ? openCatalogue(path, access, quickCheck, exitCode) : openToChange(path, false, exitCode);
    if (!view.catalogue)
        return std::nullopt;
    view.vocabulary = VocabularyQuery::load(*view.catalogue);
    QString error;
    if (args.has(QStringLiteral("view"))) {
        const QString name = args.value(QStringLiteral("view"));
        view.savedView = SavedViewQuery::find(*view.catalogue, name, &error);
        if (!view.savedView) {
            QStringList names;
            for (const SavedView &saved : SavedViewQuery::all(*view.catalogue))
                names << saved.name;
            Console::error(!error.isEmpty() ? error
                           : names.isEmpty()
                               ? Cli::tr("“%1” has no saved views. Save one in the window (View ▸ Saved Views ▸ Save Current View…).").arg(path)
                               : Cli::tr("“%1” is not a saved view of this catalogue. Saved views: %2.").arg(name, names.join(QStringLiteral(", "))));
            *exitCode = error.isEmpty() ? ExitInvalidInput : ExitCannotOpen;
            return std::nullopt;
        }
    }
    const auto filter = CliFilter::filter(args, view.vocabulary, &error, exitCode,
                                          view.savedView ? view.savedView->filter : MeasureFilter());
    if (!filter) {
        Console::error(error);
        return std::nullopt;
    }
    view.filter = *filter;
    return view;
}

int foldIn(const Catalogue &catalogue)
{
    QString error;
    bool blocked = false;
    if (catalogue.checkpoint(&error, &blocked))
        return ExitOk;
    if (blocked) { // a reader folds it in when it closes: nothing is at risk
        Console::error(Cli::tr("The change is saved. Another program is reading the catalogue: until it closes, a copy of “%1” alone "
                               "would not hold the change.")
                           .arg(catalogue.path()));
        return ExitOk;
    }
    Console::error(Cli::tr("The change is saved, but only in “%1” beside the catalogue, not yet in the catalogue's file itself (%2): a "
                           "copy of “%3” alone would not hold it, and would not open. Free some space on the disk, then run "
                           "measures-cli check on the catalogue (opening it folds the change in) before you copy it.")
                       .arg(catalogue.path() + QStringLiteral("-wal"), error, catalogue.path()));
    return ExitCannotOpen;
}

} // namespace CliSupport

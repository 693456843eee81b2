// SPDX-License-Identifier: GPL-3.0-or-later
#include "clichanges.h"

#include "catalogue/backups.h"
#include "cliargs.h"
#include "clicommands.h"
#include "clifilter.h"
#include "clisupport.h"
#include "clitr.h"
#include "console.h"
#include "csv/csvimporter.h"
#include "merge/merge.h"
#include "merge/mergesource.h"
#include "merge/mergetext.h"
#include "query/measurequery.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"
#include "store/measurestore.h"

#include <QFileInfo>
#include <QUuid>

using namespace CliSupport;

namespace CliChanges {

int import(const CliArgs &args, const QString &path, Language language)
{
    if (!args.has(QStringLiteral("in")))
        return usageError(Cli::tr("import needs --in FILE, the CSV file to read."));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    int exitCode = ExitOk;
    auto catalogue = openToChange(path, dryRun, &exitCode);
    if (!catalogue)
        return exitCode;
    const Vocabulary vocabulary = VocabularyQuery::load(*catalogue);
    const CsvImporter::Plan plan = CsvImporter::run(*catalogue, vocabulary, args.value(QStringLiteral("in")), dryRun, language);
    for (const QString &problem : plan.problems)
        Console::error(problem);
    if (plan.ok)
        for (const QString &note : plan.notes())
            Console::error(note);
    Console::error(plan.summary());
    if (plan.ok && dryRun)
        Console::error(Cli::tr("Dry run: the catalogue was not changed."));
    if (plan.ok && !dryRun)
        return foldIn(*catalogue);
    return plan.ok ? ExitOk : plan.storageFailure ? ExitCannotOpen : ExitInvalidInput;
}


std::optional<MergeSide> preferOption(const CliArgs &args)
{
    if (!args.has(QStringLiteral("prefer")))
        return MergeSide::Undecided;
    const QString side = args.value(QStringLiteral("prefer"));
    if (side == u"mine")
        return MergeSide::Mine;
    if (side == u"theirs")
        return MergeSide::Theirs;
    return std::nullopt;
}

void showPlan(const Catalogue &catalogue, const MergePlan &plan, Language language)
{
    Vocabulary vocabulary = VocabularyQuery::load(catalogue);
    QList<VocabularyTerm> terms;
    for (VocabularyKind kind : allVocabularyKinds())
        terms << vocabulary.terms(kind);
    vocabulary = Vocabulary::fromTerms(terms + plan.newTerms); // their new terms by their own labels
    for (const MergeEntry &entry : std::as_const(plan.entries))
        Console::out(MergeText::line(entry, vocabulary, language));
    for (const PartnerConflict &update : std::as_const(plan.partnerUpdates))
        if (update.choice == MergeSide::Theirs && update.myType != update.theirType)
            Console::out(MergeText::partnerUpdateLine(update, vocabulary, language));
    for (const PartnerConflict &conflict : std::as_const(plan.partnerConflicts))
        Console::out(MergeText::partnerLine(conflict, vocabulary, language));
    for (const VocabularyTerm &term : std::as_const(plan.newTerms))
        Console::out(MergeText::newTermLine(term, language));
    for (const QString &note : std::as_const(plan.termNotes))
        Console::error(note);
    Console::error(MergeText::summary(plan));
}

int merge(const CliArgs &args, const QString &path, Language language)
{
    const QString from = args.value(QStringLiteral("from"));
    if (from.isEmpty())
        return usageError(Cli::tr("merge needs --from OTHER, the catalogue to merge into this one."));
    const std::optional<MergeSide> prefer = CliChanges::preferOption(args);
    if (!prefer)
        return usageError(Cli::tr("--prefer takes mine or theirs."));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    int exitCode = ExitOk;
    auto catalogue = openToChange(path, dryRun, &exitCode);
    if (!catalogue)
        return exitCode;
    QString error;
    const auto source = MergeSource::open(*catalogue, from, &error);
    if (!source) {
        Console::error(error);
        return ExitCannotOpen;
    }
    const Merge::Mode mode = args.has(QStringLiteral("ask-again")) ? Merge::Mode::AskAgain : Merge::Mode::ByHistory;
    MergePlan plan = Merge::plan(*catalogue, source->catalogue(), QFileInfo(from).fileName(), language, mode);
    if (!plan.error.isEmpty()) {
        Console::error(plan.error);
        return plan.invalidData ? ExitInvalidInput : ExitCannotOpen; // their values refused, or a file that could not be read
    }
    showPlan(*catalogue, plan, language);
    if (*prefer != MergeSide::Undecided)
        plan.prefer(*prefer);
    if (const int open = plan.unresolved(); open > 0) {
        Console::error(Cli::tr("%n conflict(s): nothing was written. Choose a side for all of them with --prefer mine or --prefer "
                               "theirs, or merge in the window to choose field by field.", nullptr, open));
        return ExitInvalidInput;
    }
    // Compare Again's offer, whether or not anything else comes in.
    const auto offerAskAgain = [&plan, mode] {
        if (plan.undoneHere > 0 && mode == Merge::Mode::ByHistory)
            Console::error(Cli::tr("Undoing a merge here took away “%1”'s version of %n measure(s): --ask-again lists them as "
                                   "conflicts with its versions, to take theirs with --prefer theirs.",
                                   nullptr, plan.undoneHere)
                               .arg(plan.displayName));
    };
    if (dryRun) {
        Console::error(Cli::tr("Dry run: the catalogue was not changed."));
        offerAskAgain();
        return ExitOk;
    }
    if (plan.changesNothing() && !plan.writesHistory()) {
        Console::error(Cli::tr("“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.")
                           .arg(plan.displayName));
        offerAskAgain();
        return ExitOk;
    }
    const Merge::Applied applied = Merge::apply(*catalogue, plan, language);
    if (!applied.ok) {
        Console::error(applied.error);
        return ExitCannotOpen;
    }
    if (plan.changesNothing())
        Console::error(Cli::tr("No measure changed: the histories of %n measure(s) or partner(s) now also record what “%1” holds, so that "
                               "the next merges in either direction ask nothing. The catalogue as it was is in “%2”.",
                               nullptr, applied.histories)
                           .arg(plan.displayName, applied.backup));
    else
        Console::error(Cli::tr("Merged %n measure(s). The catalogue as it was is in “%1”.", nullptr, applied.written).arg(applied.backup));
    offerAskAgain();
    return foldIn(*catalogue);
}

int remove(const CliArgs &args, const QString &path, Language language)
{
    const QStringList uuids = args.values(QStringLiteral("uuid"));
    bool filtered = false;
    for (const QString &option : CliFilter::kFilterOptions)
        filtered = filtered || args.has(option);
    if (!uuids.isEmpty() && filtered)
        return usageError(Cli::tr("delete takes either --uuid or a filter, not both."));
    if (uuids.isEmpty() && !filtered && !args.has(QStringLiteral("all")))
        return usageError(Cli::tr("delete needs --uuid UUID (repeated for several measures) or a filter such as --country or --search; "
                                  "to delete every measure of the catalogue, add --all."));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    int exitCode = ExitOk;
    auto view = openFiltered(args, path, &exitCode, dryRun ? Catalogue::Access::ReadOnly : Catalogue::Access::ReadWrite, true);
    if (!view)
        return exitCode;
    const Catalogue &catalogue = *view->catalogue;
    MeasureQuery query(catalogue);
    QList<qint64> ids;
    if (!uuids.isEmpty()) {
        QStringList problems;
        RevisionQuery history(catalogue);
        for (const QString &given : uuids) {
            const QString uuid = QUuid::fromString(given.trimmed()).toString(QUuid::WithoutBraces);
            const qint64 id = QUuid::fromString(given.trimmed()).isNull() ? 0 : query.idOfUuid(uuid);
            if (id == 0 && !query.lastError().isEmpty()) {
                Console::error(Cli::tr("“%1” could not be read (%2).").arg(path, query.lastError()));
                return ExitCannotOpen;
            }
            if (id != 0) {
                if (!ids.contains(id))
                    ids << id;
            } else if (const auto deletion = history.deletionOf(uuid)) {
                problems << Cli::tr("The measure %1 was already deleted, on %2 by %3.")
                                .arg(uuid, localeFor(language).toString(deletion->changedAt.toLocalTime(), QLocale::ShortFormat),
                                     deletion->author.isEmpty() ? Cli::tr("someone not named") : deletion->author);
            } else {
                problems << Cli::tr("No measure of this catalogue has the identifier “%1”.").arg(given.left(60));
            }
        }
        if (!problems.isEmpty()) {
            for (const QString &problem : std::as_const(problems))
                Console::error(problem);
            Console::error(Cli::tr("Nothing was deleted. Give only identifiers of measures in the catalogue (measures-cli export "
                                   "--columns uuid,title lists them)."));
            return ExitInvalidInput;
        }
    } else {
        ids = query.find(view->filter, {}).ids;
        if (!query.lastError().isEmpty()) {
            Console::error(Cli::tr("“%1” could not be read (%2).").arg(path, query.lastError()));
            return ExitCannotOpen;
        }
    }
    for (qint64 id : std::as_const(ids))
        if (const auto m = query.load(id))
            Console::out(QStringLiteral("%1\t%2").arg(m->uuid, m->title.simplified()));
    if (dryRun) {
        Console::error(Cli::tr("Dry run: %n measure(s) would be deleted; the catalogue was not changed.", nullptr, int(ids.size())));
        return ExitOk;
    }
    if (ids.isEmpty()) {
        Console::error(Cli::tr("No measure matches: nothing was deleted."));
        return ExitOk;
    }
    const Vocabulary vocabulary = VocabularyQuery::load(catalogue);
    MeasureStore store(catalogue, vocabulary);
    if (const QString error = store.remove(ids); !error.isEmpty()) {
        Console::error(error);
        Console::error(Cli::tr("Nothing was deleted."));
        return ExitCannotOpen;
    }
    Console::error(Cli::tr("Deleted %n measure(s). Their deletions travel with the catalogue: merging it into another deletes them "
                           "there too, unless they were changed there meanwhile.", nullptr, int(ids.size())));
    return foldIn(catalogue);
}

} // namespace CliChanges

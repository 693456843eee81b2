// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliteam.h"

#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "cliargs.h"
#include "clichanges.h"
#include "clicommands.h"
#include "cliserver.h"
#include "clisupport.h"
#include "clitr.h"
#include "console.h"
#include "merge/merge.h"
#include "merge/mergetext.h"
#include "team/teamconnection.h"
#include "team/teamsync.h"
#include "team/teamurl.h"

#include <QFileInfo>

using namespace CliSupport;

namespace CliTeam {

namespace {

constexpr int kSyncBackupsKept = 5;

std::optional<TeamUrl> address(const QString &text, int *exitCode)
{
    QString error;
    const TeamUrl url = TeamUrl::parse(text, &error);
    if (!error.isEmpty()) {
        *exitCode = usageError(error);
        return std::nullopt;
    }
    return url;
}

int share(const QString &path, const QString &text)
{
    int exitCode = ExitOk;
    const auto url = address(text, &exitCode);
    if (!url)
        return exitCode;
    auto catalogue = openToChange(path, false, &exitCode);
    if (!catalogue)
        return exitCode;
    const auto connection = CliServer::connect(*url, &exitCode);
    if (!connection)
        return exitCode;
    const TeamSync::Shared shared = TeamSync::share(*catalogue, *connection, TeamUrl::withoutPassword(text));
    if (shared.error.isError())
        return CliServer::fail(shared.error);
    Console::error(Cli::tr("%n measure(s) of “%1” are now the content of %2, and “%1” is linked to it: synchronize it with "
                           "measures-cli sync.",
                           nullptr, int(shared.measures))
                       .arg(QFileInfo(path).fileName(), url->displayName()));
    return foldIn(*catalogue);
}

int join(const QString &text, const QString &path, Language language)
{
    int exitCode = ExitOk;
    const auto url = address(text, &exitCode);
    if (!url)
        return exitCode;
    const auto connection = CliServer::connect(*url, &exitCode);
    if (!connection)
        return exitCode;
    const TeamSync::Joined joined = TeamSync::join(*connection, path, TeamUrl::withoutPassword(text), language);
    if (joined.error.isError())
        return CliServer::fail(joined.error);
    Console::error(Cli::tr("“%1” holds the %n measure(s) of %2 and is linked to it: synchronize it with measures-cli sync.", nullptr,
                           int(joined.measures))
                       .arg(QFileInfo(path).fileName(), url->displayName()));
    return ExitOk;
}

} // namespace

int team(const CliArgs &args, Language language)
{
    const QString sub = args.positional.value(0);
    if (sub != u"share" && sub != u"join")
        return usageError(Cli::tr("team needs share or join."));
    if (args.positional.size() != 3)
        return usageError(sub == u"share" ? Cli::tr("team share needs the catalogue and the team catalogue's address.")
                                          : Cli::tr("team join needs the team catalogue's address and the new catalogue's file name."));
    if (const QString extra = args.unexpected({QStringLiteral("lang")}); !extra.isEmpty())
        return usageError(Cli::tr("team %1 does not take --%2.").arg(sub, extra));
    if (sub == u"share")
        return share(args.positional.at(1), args.positional.at(2));
    return join(args.positional.at(1), args.positional.at(2), language);
}

int sync(const CliArgs &args, Language language)
{
    if (args.positional.size() != 1)
        return usageError(Cli::tr("sync needs exactly one catalogue file."));
    if (const QString extra = args.unexpected({QStringLiteral("lang"), QStringLiteral("dry-run"), QStringLiteral("prefer")});
        !extra.isEmpty())
        return usageError(Cli::tr("sync does not take --%1.").arg(extra));
    const std::optional<MergeSide> prefer = CliChanges::preferOption(args);
    if (!prefer)
        return usageError(Cli::tr("--prefer takes mine or theirs."));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    const QString path = args.positional.first();
    int exitCode = ExitOk;
    auto catalogue = openToChange(path, dryRun, &exitCode);
    if (!catalogue)
        return exitCode;
    // Copies a killed synchronize left half-made weigh as much as the catalogue: a sync run every
    // hour by a script never opens the window that tidies them.
    if (!dryRun)
        Backups::removeAbandonedPartials(catalogue->path());
    const TeamSync::State state = TeamSync::state(*catalogue);
    if (!state.error.isEmpty()) {
        Console::error(state.error);
        return ExitCannotOpen;
    }
    if (!state.linked) {
        Console::error(Cli::tr("“%1” is not linked to a team catalogue: link it with measures-cli team share, or make a linked "
                               "copy with measures-cli team join.")
                           .arg(QFileInfo(path).fileName()));
        return ExitInvalidInput;
    }
    const auto url = address(state.address, &exitCode);
    if (!url)
        return exitCode;
    const auto connection = CliServer::connect(*url, &exitCode);
    if (!connection)
        return exitCode;
    const auto decide = [&](MergePlan &plan) {
        CliChanges::showPlan(*catalogue, plan, language);
        if (*prefer != MergeSide::Undecided)
            plan.prefer(*prefer);
    };
    const TeamSync::Synchronized done = TeamSync::synchronize(*catalogue, *connection, language, decide, dryRun);
    if (done.error.kind == TeamError::Kind::Conflicts) {
        Console::error(Cli::tr("%n conflict(s) with the team: nothing was written. Choose a side for all of them with --prefer "
                               "mine or --prefer theirs, or synchronize in the window to choose field by field.",
                               nullptr, done.conflicts));
        return ExitInvalidInput;
    }
    if (done.error.isError())
        return CliServer::fail(done.error);
    if (dryRun) {
        Console::error(Cli::tr("Dry run: nothing was written here or on the server; %n change(s) here wait to be pushed.", nullptr,
                               int(done.waiting)));
        return ExitOk;
    }
    Console::error(Cli::tr("Synchronized with %1: %n measure(s) from the team, ", nullptr, int(done.pulled)).arg(url->displayName())
                   + Cli::tr("%n measure(s) or partner(s) pushed.", nullptr, int(done.pushed)));
    // A synchronize run every hour (cron) would leave a full copy each time: the copies made
    // before its merges are kept as the window keeps them by default, the newest five.
    if (!done.backup.isEmpty())
        Backups::rotate(catalogue->path(), kSyncBackupsKept);
    return foldIn(*catalogue);
}

} // namespace CliTeam

// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsync.h"

#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "catalogue/catalogueerror.h"
#include "merge/merge.h"
#include "query/teamlinkquery.h"
#include "query/vocabularyquery.h"
#include "store/teamlinkstore.h"
#include "teamconnection.h"
#include "teamcopy.h"
#include "teampull.h"
#include "teampush.h"
#include "teamschema.h"
#include "teamviews.h"

#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace TeamSync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)
};

// The server's team format is the one this app writes: older ones are upgraded by whoever runs the
// server, newer ones need a newer app.
bool formatFits(TeamConnection &connection, TeamError *error)
{
    const int version = TeamSchema::checkFormat(connection, error);
    if (error->isError())
        return false;
    if (version < TeamSchema::latestVersion()) {
        *error = TeamError::of(TeamError::Kind::TooOld,
                               Text::tr("%1 is a team catalogue of an earlier format (%2). Ask whoever runs the server to bring it up to "
                                        "date with measures-cli server init (it keeps everything the team pushed); nothing was changed.")
                                   .arg(connection.url().displayName())
                                   .arg(version));
        return false;
    }
    return true;
}

TeamError local(const QString &why) { return TeamError::of(TeamError::Kind::Local, why); }

} // namespace

QString teamName(const TeamConnection &connection)
{
    const QString database = connection.database().databaseName();
    return database.isEmpty() ? Text::tr("the team") : database;
}

Incoming::~Incoming() { m_catalogue.reset(); }

std::unique_ptr<Incoming> Incoming::pull(const Catalogue &mine, TeamConnection &connection, Language language, TeamError *error)
{
    *error = {};
    if (!formatFits(connection, error))
        return nullptr;
    QString readError;
    const auto link = TeamLinkQuery::link(mine, &readError);
    if (!link) {
        *error = local(readError.isEmpty() ? Text::tr("This catalogue is not linked to a team catalogue: connect it first.") : readError);
        return nullptr;
    }
    std::unique_ptr<Incoming> incoming(new Incoming);
    if (!incoming->m_folder.isValid()) {
        *error = local(Text::tr("No temporary folder for what the team pushed (%1).").arg(incoming->m_folder.errorString()));
        return nullptr;
    }
    CatalogueError failure;
    incoming->m_catalogue = Catalogue::create(incoming->m_folder.filePath(QStringLiteral("team.") + Catalogue::fileSuffix()), &failure);
    if (!incoming->m_catalogue) {
        *error = local(failure.message());
        return nullptr;
    }
    // The team's saved views come in with the push that follows the merge: one this app cannot
    // take refuses the synchronize here, before anything is written.
    if (!TeamViews::check(connection, error))
        return nullptr;
    TeamPull pull(connection);
    if (!pull.begin(link->pulledSeq, error))
        return nullptr;
    // The temporary catalogue has no step of its own: the one this pull runs for is cancelled here.
    TeamCopy::Written written =
        TeamCopy::write(*incoming->m_catalogue, pull, language, connection.url().displayName(), {}, mine.stepProgress());
    pull.end();
    if (written.error.isError()) {
        *error = written.error;
        return nullptr;
    }
    incoming->m_heads = written.heads;
    QHash<QString, QString> knownPartners;
    if (!TeamLinkQuery::serverHeads(mine, nullptr, &knownPartners, &readError)) {
        *error = local(readError);
        return nullptr;
    }
    bool changed = !written.heads.measures.isEmpty();
    for (auto it = written.heads.partners.cbegin(); !changed && it != written.heads.partners.cend(); ++it)
        changed = knownPartners.value(it.key()) != it.value();
    if (!changed) {
        const Vocabulary mineTerms = VocabularyQuery::load(mine, &readError), theirTerms = VocabularyQuery::load(*incoming->m_catalogue, &readError);
        for (VocabularyKind kind : {VocabularyKind::CulturalDomain, VocabularyKind::PartnerType})
            for (const VocabularyTerm &term : theirTerms.terms(kind))
                changed = changed || (!term.builtin && !mineTerms.contains(kind, term.code));
    }
    incoming->m_empty = !changed;
    return incoming;
}

bool backupBeforeMerge(const Catalogue &mine, const MergePlan &plan)
{
    if (plan.changesNothing())
        return false; // histories joined only: no measure's content changes
    if (!plan.keptForUndo() || plan.conflictCount() > 0)
        return true;
    const QDateTime last = Backups::newestStepCopy(mine.path(), Backups::Kind::BeforeMerge, plan.displayName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return !last.isValid() || last > now || last.toLocalTime().date() < now.toLocalTime().date();
}

QString recordPulled(const Catalogue &mine, const TeamHeads &heads) { return TeamLinkStore::record(mine, heads, false); }

State state(const Catalogue &mine)
{
    State result;
    const auto link = TeamLinkQuery::link(mine, &result.error);
    if (!link)
        return result;
    result.linked = true;
    result.address = link->address;
    result.synchronizedAt = link->synchronizedAt;
    result.pulledSeq = link->pulledSeq;
    result.copyId = link->copyId;
    result.waiting = TeamLinkQuery::waitingChanges(mine, &result.error);
    return result;
}

Pushed push(const Catalogue &mine, TeamConnection &connection)
{
    Pushed result;
    if (!formatFits(connection, &result.error))
        return result;
    QString readError;
    const auto link = TeamLinkQuery::link(mine, &readError);
    if (!link) {
        result.error = local(readError.isEmpty() ? Text::tr("This catalogue is not linked to a team catalogue: connect it first.") : readError);
        return result;
    }
    // Saved views are few and versioned whole: what the team changed comes in first, then what
    // changed here goes up with the push.
    result.viewsIn = TeamViews::bringIn(mine, connection, &result.error);
    if (result.error.isError())
        return result;
    const TeamPush::Pushed pushed = TeamPush::push(mine, connection, link->pulledSeq, link->copyId);
    if (pushed.error.isError()) {
        result.error = pushed.error;
        // A reader's copy is level with the team all the same: only its own changes cannot go.
        if (pushed.error.kind == TeamError::Kind::NotAllowed && connection.isReader()) {
            TeamHeads level;
            level.seq = link->pulledSeq;
            TeamLinkStore::record(mine, level, true);
        }
        return result;
    }
    // Recorded after the server's commit: if this fails, the next pull reads the push back as the team's.
    QString failure = TeamLinkStore::record(mine, pushed.heads, true);
    if (failure.isEmpty())
        failure = TeamViews::recordAll(mine);
    if (!failure.isEmpty())
        result.error = local(failure);
    result.viewsOut = pushed.views;
    result.measures = pushed.measures;
    result.partners = pushed.partners;
    result.seq = pushed.seq;
    return result;
}

bool hasContent(TeamConnection &connection, TeamError *error)
{
    QSqlQuery query(connection.database());
    if (!connection.exec(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM team.push)"), {}, error))
        return false;
    if (!query.next()) {
        *error = TeamError::of(TeamError::Kind::Server, Text::tr("The server gave no answer to a question it always answers."));
        return false;
    }
    return query.value(0).toBool();
}

Shared share(const Catalogue &mine, TeamConnection &connection, const QString &address)
{
    Shared result;
    if (!formatFits(connection, &result.error))
        return result;
    const bool content = hasContent(connection, &result.error);
    if (result.error.isError())
        return result;
    if (content) {
        result.error = TeamError::of(TeamError::Kind::NotEmpty,
                                     Text::tr("%1 has content already: sharing is for a team catalogue's first content. Join it instead "
                                              "(a new file), then merge this catalogue into that file. Nothing was changed.")
                                         .arg(connection.url().displayName()));
        return result;
    }
    if (const QString failure = TeamLinkStore::link(mine, address); !failure.isEmpty()) {
        result.error = local(failure);
        return result;
    }
    const Pushed pushed = push(mine, connection);
    result.error = pushed.error;
    result.measures = pushed.measures;
    if (pushed.error.isError() && pushed.seq == 0) {
        // Not shared: not linked either (another catalogue may have been shared meanwhile).
        TeamLinkStore::unlink(mine);
        if (pushed.error.kind == TeamError::Kind::Moved)
            result.error = TeamError::of(TeamError::Kind::NotEmpty,
                                         Text::tr("%1 has content already: sharing is for a team catalogue's first content. Join it instead "
                                                  "(a new file), then merge this catalogue into that file. Nothing was changed.")
                                             .arg(connection.url().displayName()));
    }
    return result;
}

Synchronized synchronize(const Catalogue &mine, TeamConnection &connection, Language language,
                         const std::function<void(MergePlan &)> &decide, bool dryRun, int rounds)
{
    Synchronized result;
    for (int round = 1; round <= rounds; ++round) {
        const auto incoming = Incoming::pull(mine, connection, language, &result.error);
        if (!incoming)
            return result;
        result.pulled += incoming->measures();
        if (!incoming->isEmpty()) {
            MergePlan plan = Merge::plan(mine, incoming->catalogue(), teamName(connection), language);
            if (!plan.error.isEmpty()) {
                result.error = TeamError::of(plan.invalidData ? TeamError::Kind::Refused : TeamError::Kind::Local, plan.error);
                return result;
            }
            if (decide)
                decide(plan);
            if (const int open = plan.unresolved(); open > 0) {
                result.conflicts = open;
                result.error = TeamError::of(TeamError::Kind::Conflicts,
                                             Text::tr("%n conflict(s) with the team: nothing was written here or on the server.", nullptr, open));
                return result;
            }
            if (!dryRun && (!plan.changesNothing() || plan.writesHistory())) {
                const Merge::Applied applied = Merge::apply(mine, plan, language, backupBeforeMerge(mine, plan));
                if (!applied.ok) {
                    result.error = local(applied.error);
                    return result;
                }
                result.backup = applied.backup;
            }
        }
        if (dryRun) {
            QString error;
            result.waiting = TeamLinkQuery::waitingChanges(mine, &error);
            if (!error.isEmpty())
                result.error = local(error);
            return result;
        }
        if (const QString failure = recordPulled(mine, incoming->heads()); !failure.isEmpty()) {
            result.error = local(failure);
            return result;
        }
        const Pushed pushed = push(mine, connection);
        if (pushed.error.kind == TeamError::Kind::Moved && round < rounds) {
            // Others are pushing the same measures: wait a random moment, longer each round, so
            // that those racing do not meet again at once.
            QThread::msleep(QRandomGenerator::global()->bounded(20u, 60u) * quint32(qMin(round, 8)));
            continue;
        }
        result.error = pushed.error;
        result.pushed = pushed.measures + pushed.partners;
        return result;
    }
    return result;
}

Joined join(TeamConnection &connection, const QString &path, const QString &address, Language language, StepProgress *progress)
{
    Joined result;
    if (!formatFits(connection, &result.error))
        return result;
    if (QFileInfo::exists(path)) {
        result.error = TeamError::of(TeamError::Kind::Invalid,
                                     Text::tr("“%1” exists already: joining a team makes a new catalogue. Choose a new file name.")
                                         .arg(QFileInfo(path).fileName()));
        return result;
    }
    // Made in a temporary file renamed into place once whole: no half catalogue under that name.
    TeamCopy::Written written;
    CatalogueError failure;
    std::unique_ptr<Catalogue> made = Catalogue::createWith(
        path,
        [&](Catalogue &catalogue) {
            TeamPull pull(connection);
            if (pull.begin(0, &written.error))
                written = TeamCopy::write(catalogue, pull, language, connection.url().displayName(), address, progress);
            pull.end();
            if (!written.error.isError()) { // the team's saved views too
                TeamViews::bringIn(catalogue, connection, &written.error);
                if (!written.error.isError())
                    if (const QString failure = TeamViews::recordAll(catalogue); !failure.isEmpty())
                        written.error = local(failure);
            }
            return written.error.isError() ? written.error.message : QString();
        },
        &failure);
    if (written.error.isError()) {
        result.error = written.error;
        return result;
    }
    if (!made) {
        result.error = local(failure.message());
        return result;
    }
    result.measures = written.measures;
    return result;
}

} // namespace TeamSync

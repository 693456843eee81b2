// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/teamheads.h"
#include "teamerror.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class Catalogue;
class StepProgress;
class TeamConnection;
struct MergePlan;

// Synchronizing a catalogue with its team catalogue (docs/design-notes.md, "Synchronizing with the
// team"): the server is one more colleague whose copy is always there. Pull what the team pushed
// since this copy last read (Incoming: a temporary catalogue of just that, merged with Merge's
// plan, preview and conflicts as a colleague's file is), record what was read, then push what
// changed here (TeamPush). Sharing uploads a catalogue as the team's first content; joining
// downloads the team catalogue into a new file. Each step is all or nothing on either side, and
// a step interrupted is completed by the next synchronize.
namespace TeamSync {

// The team's changes since this copy last read them, as a catalogue to merge (read only once made).
class Incoming
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)
public:
    static std::unique_ptr<Incoming> pull(const Catalogue &mine, TeamConnection &connection, Language language, TeamError *error);
    ~Incoming();
    Catalogue &catalogue() const { return *m_catalogue; }
    const TeamHeads &heads() const { return m_heads; }
    // Nothing to merge: no measure moved, no partner's head differs from the one recorded here, no
    // term of the team's is missing here (only the recorded heads may still need writing).
    bool isEmpty() const { return m_empty; }
    qint64 measures() const { return m_heads.measures.size(); }

private:
    Incoming() = default;
    QTemporaryDir m_folder;
    std::unique_ptr<Catalogue> m_catalogue;
    TeamHeads m_heads;
    bool m_empty = true;
};

// Whether the merge of what the team pushed makes a safety copy of `mine` first: always when it
// has a conflict (a side chosen may overwrite what was never pushed) or is too large to undo;
// otherwise (the team's newer versions of what this copy had, and new measures) at the first
// synchronize of the calendar day that changes something. A copy of the whole file at every
// synchronize took 1.1 s of 2.2 s on 100,000 measures, many times a day.
bool backupBeforeMerge(const Catalogue &mine, const MergePlan &plan);

// After the merge of `incoming` (or when it brought nothing to merge): the server's heads read are
// recorded here, so that what differs from them is what waits to be pushed.
QString recordPulled(const Catalogue &mine, const TeamHeads &heads);

// What a linked catalogue's status says: its link, when it last synchronized, what waits.
struct State {
    bool linked = false;
    QString address;
    QDateTime synchronizedAt;
    qint64 waiting = 0;
    qint64 pulledSeq = 0;
    QString copyId;
    QString error;
};
State state(const Catalogue &mine);

// Whether anyone pushed to the team catalogue yet (an empty one is for uploading to).
bool hasContent(TeamConnection &connection, TeamError *error);

// Uploads `mine` as the first content of the (empty) team catalogue and links it to `address`.
struct Shared {
    TeamError error;
    qint64 measures = 0;
};
Shared share(const Catalogue &mine, TeamConnection &connection, const QString &address);

// Pushes what waits here; Kind::Moved when the team moved on since the last pull (pull again).
struct Pushed {
    TeamError error;
    qint64 measures = 0;
    qint64 partners = 0;
    qint64 seq = 0;
    int viewsIn = 0;     // saved views the team changed, taken here
    qint64 viewsOut = 0; // saved views changed here, pushed
};
Pushed push(const Catalogue &mine, TeamConnection &connection);

// Pull, merge, push, as often as someone else pushed in between (at most `rounds`): what the CLI's
// sync and the window's Synchronize do once every conflict has a side. `decide` sees each merge's
// plan (to list it, and to choose sides: MergePlan::prefer); a conflict left without a side stops
// everything (Kind::Conflicts, nothing written here or there). `dryRun`: the first plan only.
struct Synchronized {
    TeamError error;
    qint64 pulled = 0;  // measures the team changed, read
    qint64 pushed = 0;  // measures and partners pushed
    qint64 waiting = 0; // dry run: changes here that would be pushed
    int conflicts = 0;  // Kind::Conflicts: how many
    QString backup;     // the copy made before the last merge, if one was
};
Synchronized synchronize(const Catalogue &mine, TeamConnection &connection, Language language,
                         const std::function<void(MergePlan &)> &decide, bool dryRun = false, int rounds = 5);

// Downloads the team catalogue into the new file `path` (which must not exist), linked to `address`.
struct Joined {
    TeamError error;
    qint64 measures = 0;
};
Joined join(TeamConnection &connection, const QString &path, const QString &address, Language language,
            StepProgress *progress = nullptr);

// The team's name in a merge's messages: its database's name.
QString teamName(const TeamConnection &connection);

} // namespace TeamSync

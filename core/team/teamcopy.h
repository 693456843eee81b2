// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/teamheads.h"
#include "teamerror.h"

#include <QCoreApplication>

class Catalogue;
class StepProgress;
class TeamPull;

// What the team pushed, written into a catalogue made for it: the measures with the very
// revisions and heads the server has, the partners' types and histories, the team's own terms.
// Joining a team makes the new local file this way; synchronizing makes a temporary catalogue
// of what changed since, and merges it as a colleague's catalogue (Merge). Everything read is
// checked first as strictly as a colleague's file is (IncomingCheck, MeasureJson, a content that
// must be what its head's digests record): a server is somebody else's data.
namespace TeamCopy {

struct Written {
    TeamError error;      // Invalid: the server's data was refused; Server: it could not be read; Local: not written
    TeamHeads heads;      // what the server held: every measure and partner written, and the push read up to
    qint64 measures = 0;  // measures written (not deleted)
};

// One transaction; `catalogue` should be empty. `linkAddress`: also links it to the team, with
// the heads written (joining), in that same transaction.
// `progress`: the step this runs for (its Cancel stops it, nothing written); by default the
// catalogue's own (a worker connection's).
Written write(const Catalogue &catalogue, TeamPull &pull, Language language, const QString &teamName, const QString &linkAddress = {},
              StepProgress *progress = nullptr);

} // namespace TeamCopy

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/teamheads.h"
#include "teamerror.h"

#include <QCoreApplication>

class Catalogue;
class TeamConnection;

// Sending what changed here since the last synchronize to the team catalogue, in one server
// transaction: every measure and partner whose head here is not the one the server had then
// (TeamLinkQuery), with the revisions the server lacks, each head's content, deletions, the
// catalogue's own terms. Pushes take a lock so that they commit in the order of their numbers.
// When someone else moved one of those heads since this copy last read them, nothing is written
// (Kind::Moved): pull and merge again. The server checks again that every head moves forward.
namespace TeamPush {

struct Pushed {
    TeamError error;
    qint64 seq = 0;        // the push made; 0 when there was nothing to push
    TeamHeads heads;       // what the server holds now of what was pushed (seq: the reads it completes)
    qint64 measures = 0;   // measures (and deletions) pushed
    qint64 partners = 0;
    qint64 views = 0;      // saved views changed (or removed) here, pushed
};

// `pulledSeq`: the last push this copy read (TeamLinkQuery::Link). `copyId` names this copy.
Pushed push(const Catalogue &catalogue, TeamConnection &connection, qint64 pulledSeq, const QString &copyId);

// The lock every push holds while it writes (a transaction-level advisory lock).
constexpr qint64 kPushLock = 7316373;

} // namespace TeamPush

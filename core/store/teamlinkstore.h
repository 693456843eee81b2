// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/teamheads.h"

#include <QString>

class Catalogue;

// Writes the link to a team catalogue (core/sql/010_team_link.sql), in its own transaction or,
// nested, in the caller's: what the server holds is recorded with the step that brought it.
namespace TeamLinkStore {

// Links the catalogue to `address` (never with a password), forgetting any earlier link.
QString link(const Catalogue &catalogue, const QString &address);
// The server held `heads` (measures and partners read, or pushed, as far as push `heads.seq`):
// recorded, and the time of this synchronize. `pulledSeq` moves only forward.
QString record(const Catalogue &catalogue, const TeamHeads &heads, bool completesSynchronize);
// The team has these saved views now (definition by name key), and no others.
QString recordViews(const Catalogue &catalogue, const QHash<QString, QString> &views);
// No longer linked: the next Synchronize needs Connect again.
QString unlink(const Catalogue &catalogue);

} // namespace TeamLinkStore

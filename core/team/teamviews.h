// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamerror.h"

#include <QCoreApplication>
#include <QJsonArray>

class Catalogue;
class TeamConnection;

// Saved views through the team catalogue (team.saved_view_version: each change a new row, the
// newest push wins). Against what the team had of each view at the last synchronize (team_view):
// a view changed only there comes in, changed only here goes up, changed on both sides here's goes
// up (and is then the newest); a view removed on one side and unchanged on the other goes.
namespace TeamViews {

// Whether every saved view the team holds is one this app can take (else `error` says which):
// asked before a synchronize writes anything here.
bool check(TeamConnection &connection, TeamError *error);
// Brings in what the team changed: the catalogue's views added, replaced or removed, and how many
// (all in one transaction, after every view was checked).
int bringIn(const Catalogue &catalogue, TeamConnection &connection, TeamError *error);
// The rows a push sends: name_key, name, definition, position, removed.
QJsonArray outgoing(const Catalogue &catalogue, QString *error);
// After a push (or a join): the team now has what the catalogue has.
QString recordAll(const Catalogue &catalogue);

} // namespace TeamViews

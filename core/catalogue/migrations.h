// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SqliteConnection;

// Numbered schema steps (core/sql/NNN_*.sql). Each step runs in its own transaction and sets
// user_version, so an interrupted upgrade leaves the file at the last completed step.
namespace Migrations {

int latestVersion();
int currentVersion(SqliteConnection &connection); // PRAGMA user_version
// Upgrades the open database to `target` (default: latest). Returns an empty string or the error.
QString migrate(SqliteConnection &connection, int target = -1);
// Built-in country names corrected in countries.tsv since the file was made (Túnez, not "Tunez"):
// labels only, so not a format step; writes only when a name differs.
QString refreshBuiltinCountryNames(SqliteConnection &connection);
// The built-in terms' labels in the further languages (resources/vocabularies/terms-<code>.tsv,
// countries-<code>.tsv): a language added or a label corrected since the file was made reaches it
// as it is opened for writing. Writes only what differs.
QString refreshBuiltinLabels(SqliteConnection &connection);

} // namespace Migrations

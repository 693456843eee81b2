#pragma once

#include <QString>

struct sqlite3;

// Numbered schema steps (core/sql/NNN_*.sql). Each step runs in its own transaction and sets
// user_version, so an interrupted upgrade leaves the file at the last completed step.
namespace Migrations {

int latestVersion();
int currentVersion(sqlite3 *db); // PRAGMA user_version
// Upgrades the open database to `target` (default: latest). Returns an empty string or the error.
QString migrate(sqlite3 *db, int target = -1);

} // namespace Migrations

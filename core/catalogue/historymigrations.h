// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SqliteConnection;

// The C++ parts of the migrations that begin measures' histories. Frozen: they read the columns
// as their format had them and digest as their format did, never today's field lists, so that
// copies upgraded by different versions share their revisions.
namespace HistoryMigrations {

// Format 8: each measure's first revision, derived from its content (LegacyDigest).
QString deriveFirstRevisions(SqliteConnection &connection);
// Format 9: each measure's revision with keyed digests (MeasureDigest), child of its format-8
// head; each partner's first type revision.
QString deriveKeyedRevisions(SqliteConnection &connection);

} // namespace HistoryMigrations

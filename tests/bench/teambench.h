// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The team catalogue's figures (README "Performance"): measures-bench starts a PostgreSQL of its
// own as the tests do, shares `catalogue` (100,000 measures) into it and prints, side by side in
// one run: the first download against importing the same measures from our keys/codes CSV, a
// colleague's 1,000 changes synchronized against merging them from the colleague's file, and the
// load test's 20 clients for `loadSeconds`. Returns 0, or 1 when a step failed (said on stderr).
int teamFigures(const QString &folder, const QString &catalogue, int loadSeconds);

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CliArgs;

// measures-cli server init|add-user|status URL: setting up a team catalogue on a PostgreSQL server.
namespace CliServer {
int run(const CliArgs &args);
} // namespace CliServer

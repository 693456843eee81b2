// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CliArgs;

// measures-cli server init|add-user|status URL: setting up a team catalogue on a PostgreSQL server.
#include "team/teamerror.h"
#include "team/teamurl.h"

#include <memory>

class TeamConnection;

namespace CliServer {
int run(const CliArgs &args);
// Connects; a server that asks for a password not given anywhere gets it typed on the terminal.
std::unique_ptr<TeamConnection> connect(TeamUrl url, int *exitCode);
// Shows the error; the exit code it means.
int fail(const TeamError &error);
} // namespace CliServer

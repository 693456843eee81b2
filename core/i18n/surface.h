// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the analyst reads core's messages: the window speaks of its menus ("File ▸ Save a
// Copy"), the command line of commands and options. Each program says which it is once, at
// start; the window is the default.
namespace Surface {

enum class Kind { Window, CommandLine };
void set(Kind kind);
bool isCommandLine();

} // namespace Surface

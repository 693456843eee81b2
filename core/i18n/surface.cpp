// SPDX-License-Identifier: GPL-3.0-or-later
#include "surface.h"

#include <atomic>

namespace {
std::atomic<Surface::Kind> current{Surface::Kind::Window}; // read by worker threads too
} // namespace

namespace Surface {

void set(Kind kind) { current = kind; }
bool isCommandLine() { return current == Kind::CommandLine; }

} // namespace Surface

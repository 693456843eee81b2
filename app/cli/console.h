// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Messages go to stderr, results (counts, CSV) to stdout, both UTF-8.
namespace Console {
void error(const QString &text);
void out(const QString &text);
} // namespace Console

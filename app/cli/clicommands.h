// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

struct CliArgs;

// Exit codes of design.md §6.
enum ExitCode { ExitOk = 0, ExitInvalidInput = 1, ExitUsage = 2, ExitCannotOpen = 3 };

int runCommand(const CliArgs &args, Language language);
QString usageText();

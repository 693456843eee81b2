// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

struct CliArgs;

// measures-cli team share|join and sync: an analyst's catalogue and its team catalogue.
namespace CliTeam {
int team(const CliArgs &args, Language language);
int sync(const CliArgs &args, Language language);
} // namespace CliTeam

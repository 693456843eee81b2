// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Translation context of the command-line tool's messages ("Cli" in the .ts files).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

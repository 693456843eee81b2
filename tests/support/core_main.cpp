// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for core and CLI tests: a QCoreApplication must exist for Qt Sql and translations.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Translations::install(Language::English);
    return Catch::Session().run(argc, argv);
}

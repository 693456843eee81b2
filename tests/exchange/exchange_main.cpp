// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for the exchange simulator: the sessions it drives need an application object and
// settings of their own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "session/uilanguage.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MeasuresCatalogueTests"));
    QApplication::setApplicationName(QStringLiteral("exchange_tests"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    qputenv("XDG_DATA_HOME", settings.filePath(QStringLiteral("data")).toUtf8());
    UiLanguage::instance().set(Language::English);
    return Catch::Session().run(argc, argv);
}

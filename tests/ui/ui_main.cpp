// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for UI tests: a QApplication on the offscreen platform, settings kept apart from
// the user's, English to start with.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "accessibility/itemviewaccessible.h"
#include "accessibility/lineeditaccessible.h"
#include "widgets/dialogtitlefit.h"
#include "session/uilanguage.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

// Run all in one process (as when debugging), each test still starts from fresh settings in English.
struct FreshSettings : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override
    {
        QSettings().clear();
        UiLanguage::instance().set(Language::English);
    }
};
CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LineEditAccessible::install(); // as the app does
    ItemViewAccessible::install();
    DialogTitleFit::install();
    QApplication::setOrganizationName(QStringLiteral("MeasuresCatalogueTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Each test runs in its own process, maybe in parallel: each gets its own settings folder.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    qputenv("XDG_DATA_HOME", settings.filePath(QStringLiteral("data")).toUtf8());
    UiLanguage::instance().set(Language::English);
    return Catch::Session().run(argc, argv);
}

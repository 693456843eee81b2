// SPDX-License-Identifier: GPL-3.0-or-later
// measures-cli: the catalogue without a window (design.md §6). Only wiring: arguments -> core.
#include "cliargs.h"
#include "clicommands.h"
#include "console.h"
#include "i18n/surface.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Only the report draws (fonts, pages): it alone needs Qt GUI, on no screen at all.
    // Options may come before the command, so any argument naming it counts (at worst a search
    // for "report" starts Qt GUI for nothing).
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || std::strcmp(argv[i], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("measures-cli"));
    Surface::set(Surface::Kind::CommandLine); // core's messages speak of commands, not menus
    QCoreApplication::setOrganizationName(QStringLiteral("MeasuresCatalogue"));

    // The language first, from the arguments as they are: a mistake in the others is said in it too.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    Language language = systemLanguage();
    const qsizetype lang = arguments.indexOf(QRegularExpression(QStringLiteral("^--lang(=.*)?$")));
    if (lang >= 0) {
        const QString &given = arguments.at(lang);
        const auto chosen = given.startsWith(QStringLiteral("--lang=")) ? languageFromCode(given.mid(7))
                          : lang + 1 < arguments.size()                ? languageFromCode(arguments.at(lang + 1))
                                                                       : std::nullopt;
        if (!chosen) {
            Console::error(QStringLiteral("--lang must be one of: %1.").arg(Language::codes().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        language = *chosen;
    }
    Translations::install(language);
    QString error;
    const auto args = CliArgs::parse(arguments, &error);
    if (!args) {
        Console::error(error);
        return ExitUsage;
    }
    return runCommand(*args, language);
}

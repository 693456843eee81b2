// SPDX-License-Identifier: GPL-3.0-or-later
// measures: the catalogue window. Only wiring: settings and language, then the main window.
//   measures [CATALOGUE] [--lang LANG] | --help | --version
#include "help/appicon.h"
#include "i18n/language.h"
#include "i18n/translations.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "session/appsettings.h"
#include "session/terminationsignals.h"
#include "accessibility/itemviewaccessible.h"
#include "accessibility/lineeditaccessible.h"
#include "widgets/dialogtitlefit.h"
#include "session/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <cstdio>
#include <cstring>

namespace {

void name(QCoreApplication &)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeasuresCatalogue"));
    QCoreApplication::setApplicationName(QStringLiteral("measures"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEASURES_VERSION));
}

// The language of this run: --lang, else the one chosen in View ▸ Language, else the system's.
Language runLanguage(const QStringList &arguments)
{
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang")); at > 0 && at + 1 < arguments.size())
        if (const auto chosen = languageFromCode(arguments[at + 1]))
            return *chosen; // this run only; View ▸ Language remembers a choice
    return AppSettings::language().value_or(systemLanguage()); // first run follows the system
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Measures Catalogue: the cultural-policy measures of the UNESCO 2005 Convention, one file per catalogue."));
    // Our own wording of the standard options: Qt's Spanish translation lacks some of them.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("main", "Show this help and exit.")});
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language for this run: %1.")
                          .arg(Language::codes().join(QStringLiteral(", "))),
                      Language::codes().join(u'|')});
    parser.addPositionalArgument(QCoreApplication::translate("main", "catalogue"),
                                 QCoreApplication::translate("main", "The catalogue to open (a .measures file); "
                                                                     "without it, the last one opened."),
                                 QCoreApplication::translate("main", "[catalogue]"));
}

// Whether the command line only asks for text (help, version) or is wrong: answered on the
// terminal without a window, so that it works without a display too.
bool onlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--lang") == 0) {
            if (i + 1 >= argc || !languageFromCode(QString::fromLocal8Bit(argv[i + 1])))
                return true; // a missing or unknown language
            ++i;
        } else if (argument[0] == '-' && argument[1] != '\0') {
            return true; // help, version, or an option the parser will name as unknown
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyText(argc, argv)) { // --help and --version need no display (scripts, package checks)
        QCoreApplication app(argc, argv);
        name(app);
        Translations::install(runLanguage(QCoreApplication::arguments()));
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // --version prints and exits; an unknown option is named, exit 1
        if (parser.isSet(QStringLiteral("lang")) && !languageFromCode(parser.value(QStringLiteral("lang")))) {
            std::fputs(qPrintable(QCoreApplication::translate("main", "--lang must be one of: %1.").arg(Language::codes().join(QStringLiteral(", "))) + u'\n'), stderr);
            return 2;
        }
        parser.showHelp(0);
    }

    QApplication app(argc, argv);
    name(app);
    LineEditAccessible::install(); // what screen readers ask of text fields, answered without hanging
    ItemViewAccessible::install(); // ... and of tables, lists and trees, answered without crashing
    DialogTitleFit::install();     // dialogs as wide as their titles
    QApplication::setDesktopFileName(QStringLiteral("org.measurescatalogue.MeasuresCatalogue")); // its .desktop entry
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita")); // icons outside a desktop session too
    QApplication::setWindowIcon(AppIcon::icon());
    UiLanguage::instance().set(runLanguage(QApplication::arguments()));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // an unknown option is named on the terminal, then the program ends
    if (parser.isSet(QStringLiteral("lang")) && !languageFromCode(parser.value(QStringLiteral("lang")))) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "--lang must be one of: %1.").arg(Language::codes().join(QStringLiteral(", "))) + u'\n'), stderr);
        return 2;
    }
    const QString path = parser.positionalArguments().value(0);

    MainWindow window;
    QObject::connect(&TerminationSignals::install(), &TerminationSignals::terminationRequested, &window, &MainWindow::endSession);
    window.show();
    window.activateWindow(); // keyboard focus even without a window manager (kiosks, Xvfb)
    if (!path.isEmpty())
        window.files()->open(path);
    else if (const QString last = AppSettings::lastCatalogue(); !last.isEmpty() && QFileInfo::exists(last))
        window.files()->open(last);
    return app.exec();
}

// measures: the catalogue window. Only wiring: settings and language, then the main window.
//   measures [CATALOGUE] [--lang en|es]
#include "help/appicon.h"
#include "i18n/language.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "session/appsettings.h"
#include "session/terminationsignals.h"
#include "session/uilanguage.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MeasuresCatalogue"));
    QApplication::setApplicationName(QStringLiteral("measures"));
    QApplication::setApplicationVersion(QStringLiteral(MEASURES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("measures"));
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita")); // icons outside a desktop session too
    QApplication::setWindowIcon(AppIcon::icon());

    QString path;
    std::optional<Language> language = AppSettings::language();
    const QStringList arguments = QApplication::arguments().mid(1);
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            language = languageFromCode(arguments[++i]); // this run only; View ▸ Language remembers a choice
        else if (!arguments[i].startsWith(u'-'))
            path = arguments[i];
    }
    UiLanguage::instance().set(language.value_or(systemLanguage())); // first run follows the system

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

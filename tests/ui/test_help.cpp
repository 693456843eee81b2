// SPDX-License-Identifier: GPL-3.0-or-later
// Help: the bundled guide (F1) in the interface language, the About box, and the app's own icon.
#include "uisupport.h"

#include "help/aboutdialog.h"
#include "help/appicon.h"
#include "help/userguide.h"
#include "mainwindow/mainwindow.h"
#include "session/uilanguage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

namespace {

QString plain(QString text) { return text.remove(u'&').remove(u'…').trimmed(); }

// "Menu ▸ Item" as the menus of the window read now.
void addPaths(QMenu *menu, const QString &prefix, QStringList &paths)
{
    emit menu->aboutToShow(); // menus that fill themselves when opened
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString path = prefix + QStringLiteral(" ▸ ") + plain(action->text());
        paths << path;
        if (action->menu())
            addPaths(action->menu(), path, paths);
    }
}

QStringList menuPaths(const MainWindow &w)
{
    QStringList paths;
    for (int i = 0; w.menu(i); ++i)
        addPaths(w.menu(i), plain(w.menu(i)->title()), paths);
    return paths;
}

QStringList pathsNamedIn(const QString &html)
{
    QStringList paths;
    static const QRegularExpression bold(QStringLiteral("<b>([^<]+ ▸ [^<]+)</b>"));
    for (const auto &match : bold.globalMatch(html))
        paths << match.captured(1);
    return paths;
}

} // namespace

TEST_CASE("F1 opens the user guide in the interface's language, and it follows a language switch")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    QTest::keyClick(&w, Qt::Key_F1);
    auto *guide = w.findChild<UserGuide *>();
    REQUIRE(guide);
    REQUIRE(waitFor([&] { return guide->isVisible(); }));
    const QString english = guide->browser()->toPlainText();
    CHECK(english.contains(QStringLiteral("Find measures")));
    for (const char *task : {"Enter and edit a measure", "Export to a spreadsheet", "Import a spreadsheet", "Back up and restore",
                             "Switch language"}) {
        INFO(task);
        CHECK(english.contains(QLatin1String(task)));
    }
    UiLanguage::instance().set(Language::byCode(u"es"));
    const QString spanish = guide->browser()->toPlainText();
    const QString title = guide->windowTitle();
    UiLanguage::instance().set(Language::English);
    CHECK(spanish.contains(QStringLiteral("Buscar medidas")));
    CHECK(spanish.contains(QStringLiteral("Cambiar de idioma")));
    CHECK_FALSE(spanish.contains(QStringLiteral("Find measures")));
    CHECK(title.startsWith(QStringLiteral("Guía de uso")));

    guide->close();
    w.action(MainWindow::Action::UserGuide)->trigger(); // one guide window, back again
    CHECK(w.findChildren<UserGuide *>().size() == 1);
}

TEST_CASE("every menu path the guide names, in every language, is a real menu item of that language")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    for (const Language language : Language::all()) {
        INFO(language.code().toStdString());
        UiLanguage::instance().set(language);
        QFile file(UserGuide::resourceFor(language).mid(3));
        CHECK(file.fileName().endsWith(QStringLiteral("guide-%1.html").arg(language.code()))); // its own, not English's // "qrc:/…" -> ":/…"
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QStringList named = pathsNamedIn(QString::fromUtf8(file.readAll()));
        const QStringList real = menuPaths(w);
        CHECK(named.size() >= 8);
        for (const QString &path : named) {
            INFO(path.toStdString());
            CHECK(real.contains(path));
        }
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("About names the version, the app's own licence and those of Qt, SQLite and the country names, in the interface's language")
{
    QApplication::setApplicationVersion(QStringLiteral("0.3.0"));
    AboutDialog about;
    const QString english = about.text();
    CHECK(english.contains(QStringLiteral("Measures Catalogue 0.3.0")));
    CHECK(english.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    CHECK(english.contains(QStringLiteral("GNU General Public License, version 3 or later")));
    CHECK(english.contains(QStringLiteral("GNU Lesser General Public License v3")));
    CHECK(english.contains(QStringLiteral("Qt Charts")));
    CHECK(english.contains(QStringLiteral("libxlsxwriter")));
    CHECK(english.contains(QStringLiteral("SQLite 3.")));
    CHECK(english.contains(QStringLiteral("public domain")));
    CHECK(english.contains(QStringLiteral("iso-codes")));
    CHECK(english.contains(QStringLiteral("v2.1 or later")));
    UiLanguage::instance().set(Language::byCode(u"es"));
    const QString spanish = about.text();
    UiLanguage::instance().set(Language::English);
    CHECK(spanish.contains(QStringLiteral("Catálogo de Medidas 0.3.0")));
    CHECK(spanish.contains(QStringLiteral("dominio público")));
    CHECK(spanish.contains(QStringLiteral("Licencia Pública General de GNU, versión 3 o posterior")));
    CHECK_FALSE(spanish.contains(QStringLiteral("public domain")));
}

TEST_CASE("the app has its own icon, drawn at every size, in the window, the About box and the welcome page")
{
    const QIcon icon = AppIcon::icon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : {16, 32, 64, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        INFO(size);
        REQUIRE(image.width() == size);
        // Drawn, not blank: the tile's corner is transparent, its middle is not.
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
    }
    MainWindow w; // no catalogue: the welcome page
    CHECK(w.windowIcon().cacheKey() == icon.cacheKey());
    auto *welcome = w.findChild<QLabel *>(QStringLiteral("welcomeIcon"));
    REQUIRE(welcome);
    CHECK_FALSE(welcome->pixmap().isNull());
    AboutDialog about;
    bool aboutHasIcon = false;
    for (QLabel *label : about.findChildren<QLabel *>())
        aboutHasIcon = aboutHasIcon || !label->pixmap().isNull();
    CHECK(aboutHasIcon);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// English, Spanish and French, switched while the app runs: every visible text follows, data does not.
#include "uisupport.h"
#include "dialogs/exportdialog.h"
#include "dialogs/partnersdialog.h"
#include "dialogs/savedviewsdialog.h"
#include "dialogs/teamconnectdialog.h"
#include "dialogs/vocabularydialog.h"
#include "help/aboutdialog.h"
#include "widgets/measuretableview.h"

#include "editor/measureeditor.h"
#include "editor/measureform.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/dialogtitlefit.h"
#include "widgets/facetbutton.h"
#include "widgets/filedialogs.h"
#include "widgets/filterbar.h"
#include "widgets/readingpane.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QProcess>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

struct Visible {
    QString fileMenu, titleHeader, countryCell, goalTooltip, validation, amount, count, section, domain, facet, saveButton;
};

Visible read(SampleWindow &s, MeasureEditor &editor)
{
    MainWindow &w = *s.window;
    const int row = w.model()->rowOf(w.model()->idAt(0));
    Visible v;
    v.fileMenu = w.menu(0)->title();
    v.titleHeader = w.model()->headerData(MeasureTableModel::columnOf(MeasureField::Title), Qt::Horizontal).toString();
    v.countryCell = w.model()->index(row, MeasureTableModel::columnOf(MeasureField::Country)).data().toString();
    v.goalTooltip = w.model()->index(row, MeasureTableModel::columnOf(MeasureField::Goals)).data(Qt::ToolTipRole).toString();
    for (QLabel *label : editor.findChildren<QLabel *>())
        if (label->isVisibleTo(&editor) && label->styleSheet().contains(QStringLiteral("b00020")) && label->objectName().isEmpty())
            v.validation = label->text();
    v.amount = editor.findChild<QLineEdit *>(QStringLiteral("fundingUsd"))->text();
    v.count = s.countText();
    v.section = editor.sections()->item(0)->text();
    QTreeWidget *domains = w.filterBar()->facet(FilterBar::Facet::Domain)->list();
    for (int i = 0; i < domains->topLevelItemCount(); ++i)
        if (domains->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"publishing")
            v.domain = domains->topLevelItem(i)->text(0);
    v.facet = w.filterBar()->facet(FilterBar::Facet::Country)->text();
    v.saveButton = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
    return v;
}

void checkEnglish(const Visible &v)
{
    CHECK(v.fileMenu == u"&File");
    CHECK(v.titleHeader == u"Title");
    CHECK(v.countryCell == u"Peru");
    CHECK(v.goalTooltip.startsWith(QStringLiteral("1. Support sustainable systems of governance for culture")));
    CHECK(v.validation.contains(QStringLiteral("Every measure needs a title")));
    CHECK(v.amount == u"11,782.50");
    CHECK(v.count == u"5 measures");
    CHECK(v.section.startsWith(QStringLiteral("Identification")));
    CHECK(v.domain == u"Publishing");
    CHECK(v.facet == u"Country");
    CHECK(QString(v.saveButton).remove(u'&') == u"Cancel");
}

void checkSpanish(const Visible &v)
{
    CHECK(v.fileMenu == u"&Archivo");
    CHECK(v.titleHeader == u"Título");
    CHECK(v.countryCell == u"Perú");
    CHECK(v.goalTooltip.startsWith(QStringLiteral("1. Apoyar sistemas sostenibles de gobernanza de la cultura")));
    CHECK(v.validation.contains(QStringLiteral("Toda medida necesita un título")));
    CHECK(v.amount == u"11.782,50");
    CHECK(v.count == u"5 medidas");
    CHECK(v.section.startsWith(QStringLiteral("Identificación")));
    CHECK(v.domain == u"Industria editorial");
    CHECK(v.facet == u"País");
    CHECK(QString(v.saveButton).remove(u'&') == u"Cancelar"); // Qt's own buttons, from qtbase_es
}

void checkFrench(const Visible &v)
{
    CHECK(v.fileMenu == u"&Fichier");
    CHECK(v.titleHeader == u"Titre");
    CHECK(v.countryCell == u"Pérou"); // iso-codes' French (resources/vocabularies/countries-fr.tsv)
    CHECK(v.goalTooltip.startsWith(QStringLiteral("1. Soutenir des systèmes de gouvernance durables pour la culture")));
    CHECK(v.validation.contains(QStringLiteral("Chaque mesure doit avoir un titre")));
    CHECK(v.amount == QStringLiteral("11\u202F782,50")); // French groups digits with a narrow no-break space
    CHECK(v.count == u"5 mesures");
    CHECK(v.section.startsWith(QStringLiteral("Identification")));
    CHECK(v.domain == u"Édition");
    CHECK(v.facet == u"Pays");
    CHECK(QString(v.saveButton).remove(u'&') == u"Annuler"); // Qt's own buttons, from qtbase_fr
}

} // namespace

TEST_CASE("switching the language changes menus, headers, labels, messages and amounts at once, and back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    const Measure before = *w.session()->load(id);
    MeasureEditor editor(w.session(), before, &w);
    editor.show();
    QLineEdit *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK_FALSE(editor.save()); // an invalid form, once Save is tried, shows a message

    checkEnglish(read(s, editor));
    w.languageAction(Language::byCode(u"es"))->trigger();
    CHECK(UiLanguage::instance().current() == Language::byCode(u"es"));
    checkSpanish(read(s, editor));
    CHECK(AppSettings::language() == Language::byCode(u"es")); // remembered for the next start

    w.languageAction(Language::byCode(u"fr"))->trigger();
    CHECK(UiLanguage::instance().current() == Language::byCode(u"fr"));
    checkFrench(read(s, editor));
    CHECK(AppSettings::language() == Language::byCode(u"fr"));
    CHECK(QString(w.languageAction(Language::byCode(u"fr"))->text()).remove(u'&') == u"Français"); // named in itself

    w.languageAction(Language::English)->trigger();
    checkEnglish(read(s, editor));
    CHECK(w.languageAction(Language::English)->isChecked());

    editor.findChild<QLineEdit *>(QStringLiteral("title"))->setText(before.title);
    CHECK_FALSE(editor.isDirty()); // switching languages is not an edit
    editor.close();
    const Measure after = *w.session()->load(id);
    CHECK(after.sameContentAs(before)); // codes stored, labels shown: no data changed
    CHECK(after.updatedAt == before.updatedAt);
}

TEST_CASE("an amount typed in one language is understood and shown again in the other")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), Measure(), &w);
    editor.show();
    QLineEdit *amount = editor.findChild<QLineEdit *>(QStringLiteral("fundingUsd"));
    typeText(amount, QStringLiteral("1,234,567.8"));
    UiLanguage::instance().set(Language::byCode(u"es"));
    CHECK(amount->text() == u"1.234.567,80");
    UiLanguage::instance().set(Language::English);
    CHECK(amount->text() == u"1,234,567.80");
}

TEST_CASE("View ▸ Language lists every language of translations/languages.tsv, each with its translation and guide")
{
    SampleWindow s;
    const QList<Language> &languages = Language::all();
    REQUIRE(languages.size() >= 3);
    CHECK(languages[0].code() == u"en");
    for (const Language language : languages) {
        INFO(language.code().toStdString());
        REQUIRE(s.window->languageAction(language));
        CHECK(QString(s.window->languageAction(language)->text()).remove(u'&') == language.name());
        CHECK(QFile::exists(QStringLiteral(":/i18n/measures_%1.qm").arg(language.code())));
        CHECK(QFile::exists(QStringLiteral(":/guide/guide-%1.html").arg(language.code())));
        CHECK(QFile::exists(QStringLiteral(MEASURES_SOURCE_DIR "/translations/measures_%1.ts").arg(language.code())));
        if (!language.isEnglish())
            CHECK(QFile::exists(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language.code())));
    }
    CHECK(s.window->languageAction(Language::English)->isChecked());
}

TEST_CASE("lupdate over core, ui and app leaves no entry unfinished in any language")
{
  for (const Language language : Language::all()) {
    INFO(language.code().toStdString());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_%1.ts").arg(language.code()));
    REQUIRE(QFile::copy(QStringLiteral(MEASURES_SOURCE_DIR "/translations/measures_%1.ts").arg(language.code()), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MEASURES_SOURCE_DIR));
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("core"),
                             QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy};
    if (language.isEnglish())
        arguments.prepend(QStringLiteral("-pluralonly")); // the source language: its file holds plural forms only
    lupdate.start(QStringLiteral(LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(60000));
    REQUIRE(lupdate.exitCode() == 0);
    const QByteArray ts = readAll(copy);
    CHECK(ts.count("type=\"unfinished\"") == 0);
    CHECK(ts.count("<message") > (language.isEnglish() ? 50 : 300));
  }
}

TEST_CASE("every menu's access keys are unique in every language, so a letter never runs the wrong command")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        QStringList menuKeys;
        for (QAction *top : w.menuBar()->actions()) {
            const auto keyOf = [](const QString &text) {
                const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                return at < 0 ? QString() : text.mid(at + 1, 1).toCaseFolded();
            };
            menuKeys << keyOf(top->text());
            QMenu *menu = top->menu();
            REQUIRE(menu);
            QHash<QString, QString> taken;
            for (QAction *item : menu->actions()) {
                if (item->isSeparator())
                    continue;
                const QString key = keyOf(item->text());
                INFO((top->text() + QStringLiteral(" ▸ ") + item->text()).toStdString());
                CHECK_FALSE(key.isEmpty()); // every item can be reached by a letter
                if (key.isEmpty())
                    continue;
                CHECK(taken.value(key, item->text()) == item->text());
                taken.insert(key, item->text());
                // A submenu (View ▸ Sort By, Columns, Saved Views, Language): its own keys, unique,
                // one for every item while the alphabet lasts.
                if (QMenu *sub = item->menu()) {
                    emit sub->aboutToShow(); // built as it opens
                    QHash<QString, QString> subTaken;
                    QSet<QString> allKeys;
                    for (QAction *subItem : sub->actions())
                        allKeys.insert(keyOf(subItem->text()));
                    for (QAction *subItem : sub->actions()) {
                        if (subItem->isSeparator() || !subItem->isEnabled())
                            continue;
                        const QString subKey = keyOf(subItem->text());
                        INFO((item->text() + QStringLiteral(" ▸ ") + subItem->text()).toStdString());
                        if (subKey.isEmpty()) { // only when every letter of it is some other item's key
                            for (const QChar c : subItem->text())
                                if (c.isLetter() && c.unicode() < 128)
                                    CHECK(allKeys.contains(QString(c).toCaseFolded()));
                        }
                        if (!subKey.isEmpty())
                            CHECK(subTaken.value(subKey, subItem->text()) == subItem->text());
                        subTaken.insert(subKey, subItem->text());
                    }
                }
            }
        }
        INFO(menuKeys.join(u' ').toStdString());
        // The shortcut the guide gives for Save a Copy, on every desktop (QKeySequence::SaveAs has none outside KDE and GNOME).
        CHECK(w.action(MainWindow::Action::SaveCopy)->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        CHECK(QSet<QString>(menuKeys.begin(), menuKeys.end()).size() == menuKeys.size());
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("the team's Connect dialog has one access key per control in every language")
{
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        TeamConnectDialog dialog(true);
        QHash<QString, QString> taken;
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->buddy())
                texts << label->text();
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        for (const QString &text : std::as_const(texts)) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (at < 0)
                continue;
            const QString key = text.mid(at + 1, 1).toCaseFolded();
            INFO(text.toStdString() << " and " << taken.value(key).toStdString());
            CHECK_FALSE(taken.contains(key));
            taken.insert(key, text);
        }
        CHECK(taken.size() >= 10);
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("on a 1366-pixel laptop screen the window never needs more width, in any language, with facets chosen and statistics open")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.resize(1366, 740);
    w.show();
    for (const Language language : Language::all()) {
        INFO(language.code().toStdString());
        UiLanguage::instance().set(language);
        // Long chosen values on several facets, as an analyst narrows the view.
        w.filterBar()->narrowTo(MeasureField::Goals, QStringLiteral("2"));
        w.filterBar()->narrowTo(MeasureField::MonitoringAreas, QStringLiteral("mobility"));
        w.filterBar()->narrowTo(MeasureField::Domains, QStringLiteral("cinema_audiovisual"));
        w.filterBar()->narrowTo(MeasureField::Country, QStringLiteral("CIV"));
        w.filterBar()->narrowTo(MeasureField::Partners, QStringLiteral("public_sector"));
        if (!w.action(MainWindow::Action::Statistics)->isChecked())
            w.action(MainWindow::Action::Statistics)->trigger();
        QCoreApplication::processEvents();
        INFO("minimum " << w.minimumSizeHint().width() << ", window " << w.width());
        CHECK(w.minimumSizeHint().width() <= 1366);
        CHECK(w.width() <= 1366);
        // The reading pane, squeezed beside the statistics, still shows both its tabs whole.
        QTabBar *tabs = w.readingPane()->tabs()->tabBar();
        CHECK(tabs->tabRect(1).right() <= tabs->width());
        CHECK(tabs->elideMode() == Qt::ElideNone);
        w.filterBar()->clear();
        // The statistics' list beside them: each goal's name whole, no blank lines under it.
        auto *figures = w.findChild<QTreeWidget *>(QStringLiteral("statisticsList"));
        REQUIRE(figures);
        QTest::qWait(50); // the rows are fitted to the column once it has its width
        REQUIRE(figures->topLevelItemCount() >= 4);
        checkRowsShowWholeLabels(figures);
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("a window size saved larger than the screen is fitted to the screen at the next start")
{
    {
        SampleWindow s;
        s.window->resize(3000, 2000);
        s.window->close(); // saves its geometry, as quitting does
    }
    SampleWindow again;
    const QRect available = again.window->screen()->availableGeometry();
    INFO(again.window->width() << "x" << again.window->height() << " on " << available.width() << "x" << available.height());
    CHECK(again.window->width() <= available.width());
    CHECK(again.window->height() <= available.height());
}

namespace {

// Every text a dialog shows (title, labels, buttons, tabs, headers, placeholders), by position.
QStringList shownTexts(QWidget *dialog)
{
    QStringList texts = {dialog->windowTitle()};
    for (QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (QTableWidget *table : dialog->findChildren<QTableWidget *>())
        for (int i = 0; i < table->columnCount(); ++i)
            if (table->horizontalHeaderItem(i))
                texts << table->horizontalHeaderItem(i)->text();
    return texts;
}

} // namespace

TEST_CASE("after a switch to Spanish or French, every dialog's texts are in that language, none left in English")
{
    SampleWindow s;
    for (const auto &make : everyDialog(s)) {
        std::unique_ptr<QWidget> dialog(make());
        dialog->show();
        UiLanguage::instance().set(Language::English);
        const QStringList english = shownTexts(dialog.get());
        for (const Language language : Language::all()) {
            if (language.isEnglish())
                continue;
            UiLanguage::instance().set(language); // live, with the dialog open
            const QStringList shown = shownTexts(dialog.get());
            REQUIRE(shown.size() == english.size());
            for (int i = 0; i < shown.size(); ++i) {
                // Two words or more unchanged are English left behind (single words may be the same:
                // “Description”, “Design”; names of languages and products are the same everywhere).
                const QString plain = QString(shown[i]).remove(u'&').simplified();
                const bool phrase = plain.count(u' ') >= 1 && plain.contains(QRegularExpression(QStringLiteral("[a-z]{3,} [a-z]{3,}")));
                INFO(dialog->metaObject()->className() << " in " << language.code().toStdString() << ": “" << plain.toStdString() << "”");
                CHECK_FALSE((phrase && shown[i] == english[i]));
            }
        }
        UiLanguage::instance().set(Language::English);
    }
}

TEST_CASE("the file dialogs write the files' dates in the language of the window, not the system's")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("informe.measures"));
    writeBytes(path, "x");
    const QDateTime modified(QDate(2026, 3, 21), QTime(16, 45));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        INFO(language.code().toStdString());
        QString shown;
        whenModalAppears([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            REQUIRE(files);
            auto *details = files->findChild<QTreeView *>(QStringLiteral("treeView"));
            REQUIRE(details);
            QAbstractItemModel *model = details->model();
            REQUIRE(waitFor([&] {
                const QModelIndex root = details->rootIndex();
                for (int row = 0; row < model->rowCount(root); ++row)
                    if (model->index(row, 0, root).data().toString() == u"informe.measures")
                        shown = model->index(row, 3, root).data().toString();
                return !shown.isEmpty();
            }));
            files->reject();
        });
        FileDialogs::openFile(nullptr, QStringLiteral("Open"), folder.path(), QStringLiteral("*.measures"));
        CHECK(shown == language.locale().toString(modified, QLocale::ShortFormat));
    }
    CHECK(QLocale(QStringLiteral("es_ES")).toString(modified, QLocale::ShortFormat)
          != QLocale(QStringLiteral("en_US")).toString(modified, QLocale::ShortFormat)); // the check can tell them apart
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("a question's window is as wide as its title, which is never cut, in every language")
{
    SampleWindow s;
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        INFO(language.code().toStdString());
        // A short question under a long title: the box would size itself to the question.
        const QString title = QCoreApplication::translate("MainWindow", "Measures Catalogue") + QStringLiteral(" — ")
            + QStringLiteral("Seguimiento de la Convención 2005.measures");
        QMessageBox box(QMessageBox::Question, title, QStringLiteral("?"), QMessageBox::Yes | QMessageBox::No);
        box.show();
        // As wide as the title wants, or as the screen allows.
        const auto wanted = [&](QWidget *window) {
            return qMin(DialogTitleFit::widthFor(title, window), window->screen()->availableGeometry().width() - 40);
        };
        INFO("box " << box.width() << " for " << wanted(&box));
        REQUIRE(waitFor([&] { return box.width() >= wanted(&box); }));
        // and a small dialog asking for a name
        std::unique_ptr<QInputDialog> dialog(new QInputDialog);
        dialog->setLabelText(QStringLiteral("Name:"));
        dialog->setWindowTitle(title);
        dialog->show();
        CHECK(waitFor([&] { return dialog->width() >= wanted(dialog.get()); }));
    }
    UiLanguage::instance().set(Language::English);
}

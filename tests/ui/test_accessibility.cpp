// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader (Orca, over AT-SPI) asks of the window's text fields, answered in process
// as the bridge would ask it: at, before and past the end of the text, never hanging.
#include "uisupport.h"

#include "accessibility/lineeditaccessible.h"
#include "dialogs/exportdialog.h"
#include "dialogs/partnersdialog.h"
#include "dialogs/savedviewsdialog.h"
#include "dialogs/teamconnectdialog.h"
#include "dialogs/vocabularydialog.h"
#include "widgets/measuretableview.h"
#include "editor/measureeditor.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/uilanguage.h"
#include "session/cataloguesession.h"
#include "widgets/filterbar.h"

#include <QAccessible>
#include <QLineEdit>
#include <QTest>

namespace {

const QList<QAccessible::TextBoundaryType> kBoundaries = {QAccessible::CharBoundary,     QAccessible::WordBoundary,
                                                          QAccessible::SentenceBoundary, QAccessible::ParagraphBoundary,
                                                          QAccessible::LineBoundary,     QAccessible::NoBoundary};

// Every question at every offset from before the start to past the end: each answer in bounds.
void askEverywhere(QLineEdit *edit)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(edit);
    REQUIRE(accessible);
    REQUIRE(dynamic_cast<LineEditAccessible *>(accessible)); // ours, not Qt 6.4's looping one
    QAccessibleTextInterface *text = accessible->textInterface();
    REQUIRE(text);
    const int length = int(edit->text().size());
    for (const QAccessible::TextBoundaryType boundary : kBoundaries)
        for (int offset = -2; offset <= length + 2; ++offset) {
            INFO("boundary " << int(boundary) << ", offset " << offset);
            for (int question = 0; question < 3; ++question) {
                int start = -5, end = -5;
                const QString answer = question == 0   ? text->textAtOffset(offset, boundary, &start, &end)
                                       : question == 1 ? text->textBeforeOffset(offset, boundary, &start, &end)
                                                       : text->textAfterOffset(offset, boundary, &start, &end);
                if (answer.isEmpty())
                    continue;
                CHECK(0 <= start);
                CHECK(start < end);
                CHECK(end <= length);
                CHECK(answer == edit->text().mid(start, end - start));
            }
        }
}

} // namespace

TEST_CASE("a screen reader moving word by word to the end of the search box gets an answer, never a hang")
{
    SampleWindow s;
    QLineEdit *search = s.window->filterBar()->searchBox();
    search->setText(QStringLiteral("fondo de fomento"));
    askEverywhere(search);
    QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(search)->textInterface();
    int start = 0, end = 0;
    // At the very end (where Qt 6.4 looped for ever), the last word.
    CHECK(text->textAtOffset(16, QAccessible::WordBoundary, &start, &end) == u"fomento");
    CHECK(start == 9);
    CHECK(end == 16);
    // Word by word, as Ctrl+Right reads them: the whole text, then nothing more.
    QString read;
    int offset = 0;
    for (int step = 0; step < 20; ++step) {
        const QString word = text->textAtOffset(offset, QAccessible::WordBoundary, &start, &end);
        read += word;
        if (end >= 16)
            break;
        offset = end;
    }
    CHECK(read == u"fondo de fomento");
    CHECK(text->textAfterOffset(16, QAccessible::WordBoundary, &start, &end).isEmpty());
    CHECK(text->textBeforeOffset(16, QAccessible::WordBoundary, &start, &end) == u"fomento");
}

TEST_CASE("the form's title answers a screen reader at and past its end, and text it inserts can be undone")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    editor.show();
    QLineEdit *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
    REQUIRE(title);
    askEverywhere(title);
    title->setText(QString());
    askEverywhere(title); // an empty field too

    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(title);
    accessible->editableTextInterface()->insertText(0, QStringLiteral("Encuentro CONECTA"));
    CHECK(title->text() == u"Encuentro CONECTA");
    accessible->editableTextInterface()->replaceText(0, 9, QStringLiteral("Rencontre"));
    CHECK(title->text() == u"Rencontre CONECTA");
    CHECK(accessible->text(QAccessible::Value) == u"Rencontre CONECTA");
    title->undo();
    CHECK(title->text() == u"Encuentro CONECTA");
}

namespace {

// Every focusable, visible control under `root` in the accessibility tree, with the ones a screen
// reader could only call by their role.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || depth > 40)
            return;
        const QAccessible::State state = node->state();
        if (state.focusable && !state.invisible && node->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *object = node->object();
            unnamed << QStringLiteral("%1 “%2” (role %3)")
                           .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
                                object ? object->objectName() : QString())
                           .arg(int(node->role()));
        }
        // Table cells and list items are named by their text; their containers are what is checked.
        if (node->role() == QAccessible::Table || node->role() == QAccessible::List || node->role() == QAccessible::Tree)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return unnamed;
}

} // namespace

TEST_CASE("every focusable control of the main window and the form has a name a screen reader can say")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    showActive(&w);
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        INFO(language.code().toStdString());
        const QStringList window = unnamedControls(&w);
        INFO(window.join(QStringLiteral("; ")).toStdString());
        CHECK(window.isEmpty());
        MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
        editor.show();
        const QStringList form = unnamedControls(&editor);
        INFO(form.join(QStringLiteral("; ")).toStdString());
        CHECK(form.isEmpty());
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("every focusable control of each dialog has a name a screen reader can say")
{
    SampleWindow s;
    CatalogueSession *session = s.window->session();
    const std::vector<std::function<QWidget *()>> makers = {
        [&] { return new ExportDialog(*session->catalogue(), session->vocabulary(), {}, {}, s.window->table()->visibleFields(), 5); },
        [&] { return new VocabularyDialog(session); },
        [&] { return new PartnersDialog(session); },
        [&] { return new SavedViewsDialog(session); },
        [&] { return new TeamConnectDialog(true); },
    };
    for (const auto &make : makers) {
        std::unique_ptr<QWidget> dialog(make());
        dialog->show();
        const QStringList unnamed = unnamedControls(dialog.get());
        INFO(dialog->metaObject()->className() << ": " << unnamed.join(QStringLiteral("; ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

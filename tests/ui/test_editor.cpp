// SPDX-License-Identifier: GPL-3.0-or-later
// The measure form: saving what was typed, inline validation, the unsaved-changes question,
// and entering a whole measure with the keyboard alone.
#include "uisupport.h"

#include "editor/measureeditor.h"
#include "editor/measureform.h"
#include "editor/partnerlisteditor.h"
#include "editor/termchecklist.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/cataloguesession.h"
#include "widgets/measuretableview.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QClipboard>
#include <QMessageBox>
#include <QTest>
#include <QTreeWidget>
#include <QAbstractItemView>
#include <QCompleter>
#include "session/uilanguage.h"

namespace {

template<typename T>
T *field(QWidget *editor, const char *name)
{
    T *widget = editor->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

QLabel *visibleMessageContaining(QWidget *editor, const QString &text)
{
    for (QLabel *label : editor->findChildren<QLabel *>())
        if (label->isVisibleTo(editor) && label->text().contains(text))
            return label;
    return nullptr;
}

} // namespace

TEST_CASE("editing a field and saving writes it to the catalogue")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 conecta = w.model()->idAt(0);
    w.table()->selectId(conecta);
    whenModalAppears([](QWidget *modal) {
        auto *editor = qobject_cast<MeasureEditor *>(modal);
        REQUIRE(editor);
        retype(field<QLineEdit>(editor, "title"), QStringLiteral("CONECTA Meetings for cultural entrepreneurs"));
        field<QComboBox>(editor, "status")->setCurrentIndex(0); // Draft
        REQUIRE(editor->saveButton()->isEnabled());
        editor->saveButton()->click();
    });
    w.action(MainWindow::Action::EditMeasure)->trigger();
    const auto saved = w.session()->load(conecta);
    REQUIRE(saved);
    CHECK(saved->title == u"CONECTA Meetings for cultural entrepreneurs");
    CHECK(saved->status == u"draft");
    CHECK(saved->fundingUsdCents == 1178250); // untouched fields keep their values
    CHECK(saved->partners.size() == 2);
    CHECK(w.model()->index(w.model()->rowOf(conecta), MeasureTableModel::columnOf(MeasureField::Title)).data().toString()
          == u"CONECTA Meetings for cultural entrepreneurs");
    // And the edit can be undone.
    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(w.session()->load(conecta)->title == u"‘CONECTA’ Meeting");
}

TEST_CASE("an amount that cannot be read gets a message once the field is left, and Save keeps the form open")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    showActive(&editor);
    QLineEdit *amount = field<QLineEdit>(&editor, "fundingUsd");
    CHECK(amount->text() == u"11,782.50");
    retype(amount, QStringLiteral("about 12 thousand"));
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("is not an amount"))); // not while typing
    field<QLineEdit>(&editor, "fundingText")->setFocus();                              // the field is left
    CHECK(visibleMessageContaining(&editor, QStringLiteral("is not an amount")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("to fix before saving")));
    CHECK(editor.sections()->item(MeasureForm::Funding)->text().contains(u'⚠'));

    CHECK_FALSE(editor.save()); // refused: the form stays open with what was typed, the cursor on the amount
    CHECK(editor.isVisible());
    CHECK(amount->hasFocus());
    CHECK(amount->text() == u"about 12 thousand");
    CHECK(w.session()->load(id)->fundingUsdCents == 1178250);

    // A screen reader finds the message with the field: it is the field's description.
    CHECK(amount->accessibleDescription() == visibleMessageContaining(&editor, QStringLiteral("is not an amount"))->text());
    CHECK(QAccessible::queryAccessibleInterface(amount)->text(QAccessible::Description).contains(QStringLiteral("is not an amount")));

    retype(amount, QStringLiteral("-5"));
    CHECK(visibleMessageContaining(&editor, QStringLiteral("cannot be negative")));
    CHECK(amount->accessibleDescription().contains(QStringLiteral("cannot be negative")));

    retype(amount, QStringLiteral("12,500.25"));
    CHECK(editor.saveButton()->isEnabled());
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("not an amount")));
    CHECK(amount->accessibleDescription().isEmpty());
    REQUIRE(editor.save());
    CHECK(w.session()->load(id)->fundingUsdCents == 1250025);
}

TEST_CASE("a fresh form opens without errors, leaving the title empty says so, and Save shows every problem")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    showActive(&editor);
    REQUIRE(waitFor([&] { return field<QLineEdit>(&editor, "title")->hasFocus(); }));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("summary"))->text().isEmpty());
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("Every measure needs a title")));
    for (int i = 0; i < MeasureForm::SectionCount; ++i)
        CHECK_FALSE(editor.sections()->item(i)->text().contains(u'⚠'));

    typeText(field<QLineEdit>(&editor, "website"), QStringLiteral("cultura.gob")); // typed, not yet left
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("http://")));
    CHECK(editor.saveButton()->isEnabled()); // Save is there to be tried: it says what is missing
    editor.saveButton()->click();
    CHECK(editor.isVisible());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("Every measure needs a title")));
    CHECK(visibleMessageContaining(&editor, QStringLiteral("http://")));
    CHECK(field<QLineEdit>(&editor, "title")->hasFocus()); // the first problem has the cursor
    CHECK(editor.findChild<QLabel *>(QStringLiteral("summary"))->text().startsWith(u"2 problems"));
    CHECK(s.window->model()->rowCount() == 5);

    typeText(field<QLineEdit>(&editor, "title"), QStringLiteral("Ley de Cine"));
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("Every measure needs a title")));
    retype(field<QLineEdit>(&editor, "website"), QStringLiteral("https://cultura.gob.pe"));
    REQUIRE(editor.save());
    CHECK(s.window->session()->load(editor.savedId())->website == u"https://cultura.gob.pe");
}

TEST_CASE("a report year of 3000 gets a message instead of silently becoming 300")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    showActive(&editor);
    typeText(field<QLineEdit>(&editor, "title"), QStringLiteral("Ley de Cine"));
    QLineEdit *year = field<QLineEdit>(&editor, "reportYear");
    year->setFocus();
    typeText(year, QStringLiteral("3000"));
    CHECK(year->text() == u"3000");
    field<QLineEdit>(&editor, "agencies")->setFocus();
    CHECK(visibleMessageContaining(&editor, QStringLiteral("between 2005 and 2100")));
    CHECK_FALSE(editor.save());
    CHECK(year->hasFocus());

    retype(year, QStringLiteral("2O25")); // a letter O for a zero
    CHECK(visibleMessageContaining(&editor, QStringLiteral("Type the year in digits")));
    CHECK_FALSE(editor.save());

    retype(year, QStringLiteral("2025"));
    REQUIRE(editor.save());
    CHECK(s.window->session()->load(editor.savedId())->reportYear == 2025);
}

TEST_CASE("a long title pasted in is kept whole and said too long, and its line breaks become spaces, saying so")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    showActive(&editor);
    QLineEdit *title = field<QLineEdit>(&editor, "title");
    title->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("Programa nacional\nde lectura"));
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    CHECK(title->text() == u"Programa nacional de lectura");
    CHECK(visibleMessageContaining(&editor, QStringLiteral("line breaks pasted into the title became spaces")));

    const QString longTitle = QStringLiteral("Plan ") + QString(600, u'x');
    title->selectAll();
    QApplication::clipboard()->setText(longTitle);
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    CHECK(title->text() == longTitle); // nothing cut
    CHECK(visibleMessageContaining(&editor, QStringLiteral("The title is too long: at most 500 characters")));
    CHECK_FALSE(editor.save());
    CHECK(title->text() == longTitle); // still all there, to shorten

    retype(title, QStringLiteral("Plan nacional de lectura"));
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("too long")));
    REQUIRE(editor.save());
}

TEST_CASE("Enter in a completion list picks the value and never saves the form")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), Measure(), &w);
    showActive(&editor);
    typeText(field<QLineEdit>(&editor, "title"), QStringLiteral("Ley de Cine"));
    auto *country = field<QComboBox>(&editor, "country");
    country->setFocus();
    typeText(country, QStringLiteral("argent"));
    pressKey(Qt::Key_Return); // the completion list is open: the key goes to it
    CHECK(editor.isVisible());
    CHECK(editor.result() == 0);
    CHECK(country->currentData().toString() == u"ARG");
    CHECK(country->currentText() == u"Argentina");

    editor.sections()->setCurrentRow(MeasureForm::Partners);
    auto *partners = editor.findChild<PartnerListEditor *>();
    QLineEdit *name = partners->addRow();
    name->setFocus();
    typeText(name, QStringLiteral("orrego"));
    REQUIRE(waitFor([&] { return name->completer()->popup()->isVisible(); }));
    QTest::keyClick(name->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(name->completer()->popup(), Qt::Key_Return);
    CHECK(name->text() == u"Antenor Orrego Private University (UPAO)");
    QTest::keyClick(name, Qt::Key_Return); // and again in the field itself
    CHECK(editor.isVisible());
    const int rowsBefore = partners->rowCount();
    QList<QAbstractButton *> pressed;
    for (QAbstractButton *button : editor.findChildren<QAbstractButton *>())
        QObject::connect(button, &QAbstractButton::clicked, [&pressed, button] { pressed << button; });
    QTest::keyClick(field<QLineEdit>(&editor, "title"), Qt::Key_Enter, Qt::KeypadModifier); // the keypad's Enter neither
    CHECK(editor.isVisible());
    CHECK(pressed.isEmpty()); // no button at all: neither Save nor the default Add Partner
    CHECK(partners->rowCount() == rowsBefore);
    CHECK(w.model()->rowCount() == 5); // nothing was saved
    CHECK(partners->partners().value(0).typeCode == u"private_sector");
}

TEST_CASE("a country is found by its name in the interface's language, accents optional")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    showActive(&editor);
    UiLanguage::instance().set(Language::byCode(u"es"));
    auto *country = field<QComboBox>(&editor, "country");
    country->setFocus();
    typeText(country, QStringLiteral("mexico"));
    pressKey(Qt::Key_Tab);
    const QString code = editor.form()->measure().country;
    typeText(field<QLineEdit>(&editor, "title"), QStringLiteral("x"));
    country->setFocus();
    country->lineEdit()->selectAll();
    typeText(country, QStringLiteral("Alemania"));
    const QString germany = editor.form()->measure().country;
    UiLanguage::instance().set(Language::English);
    CHECK(code == u"MEX");
    CHECK(germany == u"DEU");
}

TEST_CASE("on the partners page Tab reaches Add Partner again after each row, and Alt+A adds a partner")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    showActive(&editor);
    pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    for (int i = 0; i < MeasureForm::Partners - 1; ++i)
        pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(editor.sections()->currentRow() == MeasureForm::Partners);
    auto *partners = editor.findChild<PartnerListEditor *>();
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addPartner"));
    REQUIRE(add->hasFocus());

    QTest::keyClick(add, Qt::Key_Space);                 // first row
    CHECK(partners->rowCount() == 1);
    QWidget *focus = QApplication::focusWidget();
    CHECK(focus->objectName() == u"partnerName");
    typeText(focus, QStringLiteral("Red de Museos"));
    pressKey(Qt::Key_Tab); // type of entity
    CHECK(QApplication::focusWidget()->objectName() == u"partnerType");
    pressKey(Qt::Key_Tab); // Remove
    pressKey(Qt::Key_Tab); // Add Partner again
    CHECK(QApplication::focusWidget() == add);

    pressKey(Qt::Key_A, Qt::AltModifier); // the mnemonic (an animated click)
    CHECK(waitFor([&] { return partners->rowCount() == 2; }));
    CHECK(QApplication::focusWidget()->objectName() == u"partnerName");
    typeText(QApplication::focusWidget(), QStringLiteral("UNESCO"));
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == add);
    pressKey(Qt::Key_Tab, Qt::ShiftModifier); // and back through the second row
    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text() == u"UNESCO");
    // From the first row, Tab goes on through the second, to Add Partner and out of the list.
    const QList<QLineEdit *> names = partners->findChildren<QLineEdit *>(QStringLiteral("partnerName"));
    REQUIRE(names.size() == 2);
    names.first()->setFocus();
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        pressKey(Qt::Key_Tab);
        QWidget *at = QApplication::focusWidget();
        visited << (at == names.last() ? QStringLiteral("name2") : at == names.first() ? QStringLiteral("name1") : at == add ? QStringLiteral("add") : at->objectName());
    }
    INFO(visited.join(u' ').toStdString());
    CHECK(visited.indexOf(QStringLiteral("name2")) == 2);
    CHECK(visited.indexOf(QStringLiteral("add")) == 5);
    CHECK_FALSE(visited.mid(1).contains(QStringLiteral("name1"))); // never back into the first row
    CHECK_FALSE(partners->isAncestorOf(QApplication::focusWidget())); // out of the list, on to the form's buttons

    // In Spanish the button reads "Añadir socio": its key is Alt+S (an accented letter is no key of its own).
    UiLanguage::instance().set(Language::byCode(u"es"));
    CHECK(add->text() == u"Añadir &socio");
    add->setFocus();
    pressKey(Qt::Key_S, Qt::AltModifier);
    CHECK(waitFor([&] { return partners->rowCount() == 3; }));
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("a partner's missing type is said once its row is left, not while the analyst is on the way to the type")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    showActive(&editor);
    editor.sections()->setCurrentRow(MeasureForm::Partners);
    auto *partners = editor.findChild<PartnerListEditor *>();
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addPartner"));
    const QString missing = QStringLiteral("Choose the type of entity of the partner");
    // The partners' field was left once already: its problems show as they arise from now on.
    add->setFocus();
    field<QLineEdit>(&editor, "title")->setFocus();
    editor.sections()->setCurrentRow(MeasureForm::Partners);
    add->setFocus();

    QTest::keyClick(add, Qt::Key_Space);
    typeText(QApplication::focusWidget(), QStringLiteral("Fundación Nueva"));
    CHECK_FALSE(visibleMessageContaining(&editor, missing)); // typing the name
    pressKey(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget()->objectName() == u"partnerType");
    CHECK_FALSE(visibleMessageContaining(&editor, missing)); // about to choose it
    pressKey(Qt::Key_Tab); // Remove: still the row
    CHECK_FALSE(visibleMessageContaining(&editor, missing));
    pressKey(Qt::Key_Tab); // Add Partner: the row is left without a type
    REQUIRE(QApplication::focusWidget() == add);
    QLabel *said = visibleMessageContaining(&editor, missing);
    REQUIRE(said);
    CHECK(said->text().contains(QStringLiteral("Fundación Nueva")));

    // A second new row waits the same way, while the first one's message stays.
    QTest::keyClick(add, Qt::Key_Space);
    typeText(QApplication::focusWidget(), QStringLiteral("Red Otra"));
    CHECK(visibleMessageContaining(&editor, QStringLiteral("Fundación Nueva")));
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("“Red Otra”")));
    pressKey(Qt::Key_Tab);
    auto *type = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(type);
    type->setCurrentIndex(1); // chosen: nothing to say about it
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("“Red Otra”")));
    CHECK(partners->rowCount() >= 2);
    // Save shows every problem, a row being entered or not.
    partners->addRow()->setFocus();
    typeText(QApplication::focusWidget(), QStringLiteral("Tercera"));
    CHECK_FALSE(editor.save());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("“Tercera”")));
    // and takes the analyst to the first type to choose
    REQUIRE(waitFor([&] { return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == u"partnerType"; }));
    CHECK(QApplication::focusWidget()->parentWidget()->findChild<QLineEdit *>(QStringLiteral("partnerName"))->text() == u"Fundación Nueva");
}

TEST_CASE("closing a form with unsaved changes asks first, and Cancel keeps what was typed")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    showActive(&editor);
    retype(field<QLineEdit>(&editor, "agencies"), QStringLiteral("Ministerio de Cultura del Perú"));
    REQUIRE(editor.isDirty());

    bool asked = false;
    whenModalAppears([&](QWidget *box) {
        asked = box->objectName() == u"unsavedChangesQuestion";
        clickMessageBoxButton(box, QStringLiteral("Cancel"));
    });
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(asked);
    CHECK(editor.isVisible());
    CHECK(field<QLineEdit>(&editor, "agencies")->text() == u"Ministerio de Cultura del Perú");

    // Every answer has its access key, in either language.
    for (const Language language : {Language::byCode(u"es"), Language::English}) {
        UiLanguage::instance().set(language);
        whenModalAppears([&](QWidget *box) {
            auto *question = qobject_cast<QMessageBox *>(box);
            REQUIRE(question);
            for (QMessageBox::StandardButton b : {QMessageBox::Save, QMessageBox::Discard})
                CHECK(question->button(b)->text().contains(u'&'));
            CHECK(question->button(QMessageBox::Save)->text() == (language == Language::byCode(u"es") ? u"&Guardar" : u"&Save"));
            clickMessageBoxButton(box, language == Language::byCode(u"es") ? QStringLiteral("Cancelar") : QStringLiteral("Cancel"));
        });
        editor.reject();
        CHECK(editor.isVisible());
    }
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Discard")); });
    editor.reject();
    CHECK_FALSE(editor.isVisible());
    CHECK(w.session()->load(id)->responsibleAgencies == u"Ministry of Culture");
}

TEST_CASE("closing a form that cannot be saved says so, and Enter goes back to it with what was typed")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    showActive(&editor);
    retype(field<QLineEdit>(&editor, "fundingUsd"), QStringLiteral("about 12 thousand"));
    for (const Language language : Language::all()) {
        UiLanguage::instance().set(language);
        INFO(language.code().toStdString());
        QString text;
        bool backIsDefault = false;
        QString back;
        bool offersSave = true;
        whenModalAppears([&](QWidget *box) {
            auto *question = qobject_cast<QMessageBox *>(box);
            REQUIRE(question);
            text = question->text();
            offersSave = question->button(QMessageBox::Save) != nullptr;
            backIsDefault = question->defaultButton() == question->button(QMessageBox::Cancel);
            back = question->button(QMessageBox::Cancel)->text();
            QTest::keyClick(question, Qt::Key_Return); // Enter: the default
        });
        editor.reject();
        CHECK(backIsDefault);
        CHECK_FALSE(offersSave); // a Save that cannot save is not offered
        CHECK(back.contains(u'&'));
        CHECK(text.contains(QStringLiteral("1 probl"))); // one problem, counted: problem, problema, problème
        CHECK(editor.isVisible());
        CHECK(field<QLineEdit>(&editor, "fundingUsd")->text() == u"about 12 thousand");
        // Back in the form, the problem is shown where it is, as the question said it.
        QLabel *said = nullptr;
        for (QLabel *label : editor.findChildren<QLabel *>())
            if (label->isVisibleTo(&editor) && label->styleSheet().contains(QStringLiteral("#b00020")) && !label->text().isEmpty()
                && text.contains(label->text().split(u'\n').first()))
                said = label;
        CHECK(said);
    }
    UiLanguage::instance().set(Language::English);
    CHECK_FALSE(editor.saveButton()->isDefault()); // Enter never saves: Save is not drawn as if it did
    // A form that can be saved still offers Save first.
    retype(field<QLineEdit>(&editor, "fundingUsd"), QStringLiteral("12,000"));
    bool saveIsDefault = false;
    whenModalAppears([&](QWidget *box) {
        auto *question = qobject_cast<QMessageBox *>(box);
        saveIsDefault = question->defaultButton() == question->button(QMessageBox::Save);
        clickMessageBoxButton(box, QStringLiteral("Cancel"));
    });
    editor.reject();
    CHECK(saveIsDefault);
}

TEST_CASE("answering Save to the unsaved-changes question saves and closes")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    showActive(&editor);
    retype(field<QLineEdit>(&editor, "website"), QStringLiteral("https://www.gob.pe/cultura"));
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Save")); });
    editor.reject();
    CHECK_FALSE(editor.isVisible());
    CHECK(w.session()->load(id)->website == u"https://www.gob.pe/cultura");
}

TEST_CASE("a new measure with partners, goals, areas and domains can be entered with the keyboard alone")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    QString areaLabel;
    QString partnerTypeLabel;
    whenModalAppears([&](QWidget *modal) {
        REQUIRE(qobject_cast<MeasureEditor *>(modal));
        // On a busy machine the form can be found before the window system made it active.
        showActive(modal);
        REQUIRE(waitFor([] { return QApplication::focusWidget() != nullptr; }));
        const auto type = [](const QString &text) { typeText(QApplication::focusWidget(), text); };
        const auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) { pressKey(Qt::Key(k), m); };
        type(QStringLiteral("Festival Internacional de Música de Tacna")); // the title has focus
        key(Qt::Key_Tab);
        type(QStringLiteral("Perú"));                                          // country, completed
        key(Qt::Key_Tab);
        type(QStringLiteral("2025"));                                           // report year
        key(Qt::Key_Tab);
        type(QStringLiteral("Ministerio de Cultura"));
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Description
        type(QStringLiteral("Circulación de músicos del sur del país."));
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Scope and nature: on "Local"
        key(Qt::Key_Tab);                                                       // "Regional"
        key(Qt::Key_Space);
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Results
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Funding: as reported
        key(Qt::Key_Tab);                                                       // amount in USD
        type(QStringLiteral("2500"));
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Partners: on "Add Partner"
        key(Qt::Key_Space);
        type(QStringLiteral("Red Nacional de Bandas"));                          // a new partner
        key(Qt::Key_Tab);
        key(Qt::Key_Down);                                                      // its type: the first one
        partnerTypeLabel = qobject_cast<QComboBox *>(QApplication::focusWidget())->currentText();
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Evaluation
        key(Qt::Key_PageDown, Qt::ControlModifier);                             // Goals and domains: the tree
        key(Qt::Key_Down);                                                      // goal 1
        key(Qt::Key_Down);                                                      // its first monitoring area
        key(Qt::Key_Space);
        areaLabel = qobject_cast<QTreeWidget *>(QApplication::focusWidget())->currentItem()->text(0);
        key(Qt::Key_Tab);                                                       // the first cultural domain
        key(Qt::Key_Space);
        key(Qt::Key_S, Qt::ControlModifier);                                    // Save
    });
    w.action(MainWindow::Action::NewMeasure)->trigger();
    REQUIRE(w.model()->rowCount() == 6);
    const QList<qint64> selected = w.table()->selectedIds();
    REQUIRE(selected.size() == 1);
    const Measure m = *w.session()->load(selected.first());
    CHECK(m.title == u"Festival Internacional de Música de Tacna");
    CHECK(m.country == u"PER");
    CHECK(m.reportYear == 2025);
    CHECK(m.responsibleAgencies == u"Ministerio de Cultura");
    CHECK(m.keyObjectives == u"Circulación de músicos del sur del país.");
    CHECK(m.scopes == QStringList{QStringLiteral("regional")});
    CHECK(m.fundingUsdCents == 250000);
    REQUIRE(m.partners.size() == 1);
    CHECK(m.partners.first().name == u"Red Nacional de Bandas");
    const Vocabulary &vocabulary = w.session()->vocabulary();
    CHECK(vocabulary.label(VocabularyKind::PartnerType, m.partners.first().typeCode, Language::English) == partnerTypeLabel);
    CHECK_FALSE(partnerTypeLabel.isEmpty());
    CHECK(m.goals == QStringList{QStringLiteral("1")});
    REQUIRE(m.monitoringAreas.size() == 1);
    CHECK(vocabulary.label(VocabularyKind::MonitoringArea, m.monitoringAreas.first(), Language::English) == areaLabel);
    CHECK(m.domains == QStringList{vocabulary.terms(VocabularyKind::CulturalDomain).first().code});
}

TEST_CASE("the form's goals and monitoring areas show whole, long goals wrapped, in both languages")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    editor.resize(900, 640);
    showActive(&editor);
    editor.sections()->setCurrentRow(MeasureForm::Classification);
    auto *tree = field<QTreeWidget>(&editor, "goalAreaTree");
    for (Language language : {Language::English, Language::byCode(u"es")}) {
        UiLanguage::instance().set(language);
        QTest::qWait(20);
        checkRowsShowWholeLabels(tree);
    }
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("partners typed in the form are completed from the catalogue and bring their type")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), Measure(), &w);
    showActive(&editor);
    auto *partners = editor.findChild<PartnerListEditor *>();
    REQUIRE(partners);
    QLineEdit *name = partners->addRow();
    typeText(name, QStringLiteral("antenor orrego private university (upao)"));
    CHECK(partners->partners().value(0).typeCode == u"private_sector");
}

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

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

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

TEST_CASE("an invalid amount blocks Save with a message next to the field")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), *w.session()->load(w.model()->idAt(0)), &w);
    editor.show();
    QLineEdit *amount = field<QLineEdit>(&editor, "fundingUsd");
    CHECK(amount->text() == u"11,782.50");
    retype(amount, QStringLiteral("about 12 thousand"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("is not an amount")));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("Save is off")));
    CHECK(editor.sections()->item(MeasureForm::Funding)->text().contains(u'⚠'));

    retype(amount, QStringLiteral("-5"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("cannot be negative")));

    retype(amount, QStringLiteral("12,500.25"));
    CHECK(editor.saveButton()->isEnabled());
    CHECK_FALSE(visibleMessageContaining(&editor, QStringLiteral("not an amount")));
    REQUIRE(editor.save());
    CHECK(w.session()->load(w.model()->idAt(0))->fundingUsdCents == 1250025);
}

TEST_CASE("a measure without a title cannot be saved and says why")
{
    SampleWindow s;
    MeasureEditor editor(s.window->session(), Measure(), s.window.get());
    editor.show();
    typeText(field<QLineEdit>(&editor, "agencies"), QStringLiteral("Ministerio de Cultura"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("Every measure needs a title")));
    typeText(field<QLineEdit>(&editor, "title"), QStringLiteral("Ley de Cine"));
    CHECK(editor.saveButton()->isEnabled());
    typeText(field<QLineEdit>(&editor, "website"), QStringLiteral("cultura.gob"));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(visibleMessageContaining(&editor, QStringLiteral("http://")));
}

TEST_CASE("closing a form with unsaved changes asks first, and Cancel keeps what was typed")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    editor.show();
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

    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Discard")); });
    editor.reject();
    CHECK_FALSE(editor.isVisible());
    CHECK(w.session()->load(id)->responsibleAgencies == u"Ministry of Culture");
}

TEST_CASE("answering Save to the unsaved-changes question saves and closes")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    editor.show();
    retype(field<QLineEdit>(&editor, "website"), QStringLiteral("https://www.gob.pe/cultura"));
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Save")); });
    editor.reject();
    CHECK_FALSE(editor.isVisible());
    CHECK(w.session()->load(id)->website == u"https://www.gob.pe/cultura");
}

TEST_CASE("a new measure can be entered end to end with the keyboard alone")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    whenModalAppears([](QWidget *modal) {
        REQUIRE(qobject_cast<MeasureEditor *>(modal));
        const auto type = [](const QString &text) { typeText(QApplication::focusWidget(), text); };
        const auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), m); };
        type(QStringLiteral("Festival Internacional de Música de Tacna")); // the title has focus
        key(Qt::Key_Tab);
        type(QStringLiteral("Perú"));                                          // country, completed
        key(Qt::Key_Tab);
        key(Qt::Key_Up);                                                        // report year: 2005
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
        key(Qt::Key_S, Qt::ControlModifier);                                    // Save
    });
    w.action(MainWindow::Action::NewMeasure)->trigger();
    REQUIRE(w.model()->rowCount() == 6);
    const QList<qint64> selected = w.table()->selectedIds();
    REQUIRE(selected.size() == 1);
    const Measure m = *w.session()->load(selected.first());
    CHECK(m.title == u"Festival Internacional de Música de Tacna");
    CHECK(m.country == u"PER");
    CHECK(m.reportYear == 2005);
    CHECK(m.responsibleAgencies == u"Ministerio de Cultura");
    CHECK(m.keyObjectives == u"Circulación de músicos del sur del país.");
    CHECK(m.scopes == QStringList{QStringLiteral("regional")});
    CHECK(m.fundingUsdCents == 250000);
}

TEST_CASE("partners typed in the form are completed from the catalogue and bring their type")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    MeasureEditor editor(w.session(), Measure(), &w);
    editor.show();
    auto *partners = editor.findChild<PartnerListEditor *>();
    REQUIRE(partners);
    QLineEdit *name = partners->addRow();
    typeText(name, QStringLiteral("antenor orrego private university (upao)"));
    CHECK(partners->partners().value(0).typeCode == u"private_sector");
}

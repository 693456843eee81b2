// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst brings in the last report's measures from the Policy Monitoring Platform's export,
// in the window: the preview first, then the measures, their earlier forms' fields kept whole.
#include "uisupport.h"

#include "dialogs/importpreviewdialog.h"
#include "editor/earlierformpage.h"
#include "editor/measureeditor.h"
#include "editor/measureform.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "query/measurequery.h"
#include "sample/platformexport.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "widgets/readingpane.h"
#include "widgets/measuretableview.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

namespace {

// A small export of the Spanish site: a label no vocabulary knows, accents, the earlier forms' fields.
QByteArray spanishExport()
{
    QByteArray bytes = PlatformExport::generate(12, 3, PlatformColumns::SiteLanguage::Spanish, 9000);
    bytes.replace("Música, ", "Música urbana, "); // at least one unknown label, wherever the generator put music
    return bytes;
}

} // namespace

TEST_CASE("File ▸ Import ▸ From the Policy Monitoring Platform brings in the last report after a preview that lists the values kept as written, and Undo takes it back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("plataforma.csv"));
    writeBytes(path, spanishExport());

    // The item sits in File ▸ Import, beside the CSV import.
    QMenu *file = w.menuBar()->actions().first()->menu();
    QMenu *import = nullptr;
    for (QAction *item : file->actions())
        if (item->menu() && item->menu()->actions().contains(w.action(MainWindow::Action::ImportPlatform)))
            import = item->menu();
    REQUIRE(import);
    CHECK(import->title() == u"&Import");
    CHECK(import->actions().contains(w.action(MainWindow::Action::Import)));

    QString caption, heading, summary, kept, keptLabel;
    whenModalAppears([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files);
        caption = files->windowTitle();
        whenModalAppears([&](QWidget *next) {
            auto *preview = qobject_cast<ImportPreviewDialog *>(next);
            REQUIRE(preview);
            heading = preview->findChildren<QLabel *>().first()->text();
            summary = preview->summaryText();
            auto *keptBox = preview->findChild<QPlainTextEdit *>(QStringLiteral("importKept"));
            REQUIRE(keptBox);
            kept = keptBox->isVisibleTo(preview) ? keptBox->toPlainText() : QString();
            for (QLabel *label : preview->findChildren<QLabel *>())
                if (label->buddy() == keptBox)
                    keptLabel = label->text();
            CHECK(w.model()->totalCount() == 5); // nothing written before Import
            preview->importButton()->click();
        });
        files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
        QMetaObject::invokeMethod(files, "accept");
    });
    w.action(MainWindow::Action::ImportPlatform)->trigger();
    CHECK(caption == u"Import the Policy Monitoring Platform's Export");
    CHECK(heading.startsWith(QStringLiteral("Importing the Policy Monitoring Platform's export “plataforma.csv”")));
    CHECK(summary.startsWith(QStringLiteral("12 rows in the file: 12 to add")));
    CHECK(summary.contains(QStringLiteral("matched to measures by the platform's measure ID")));
    CHECK(kept.contains(QStringLiteral("plataforma.csv:")));
    CHECK(kept.contains(QStringLiteral("“Música urbana” is not a value of Cultural domains")));
    CHECK(keptLabel.startsWith(QStringLiteral("&Kept as written:")));
    REQUIRE(waitFor([&] { return w.model()->totalCount() == 17; }));

    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(waitFor([&] { return w.model()->totalCount() == 5; }));
}

TEST_CASE("a measure from the platform shows its earlier forms in the editor and the reading pane, and saving it keeps every field")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("platform.csv"));
    writeBytes(path, spanishExport());
    whenModalAppears([](QWidget *dialog) { qobject_cast<ImportPreviewDialog *>(dialog)->importButton()->click(); });
    REQUIRE(w.files()->importFile(path));
    MeasureQuery query(*w.session()->catalogue());
    const Measure imported = *query.loadByPlatformId(QStringLiteral("9000"));
    REQUIRE(MeasureFields::hasEarlierForm(imported));
    REQUIRE_FALSE(imported.context.isEmpty());

    {
        MeasureEditor editor(w.session(), imported, &w);
        CHECK_FALSE(editor.sections()->item(MeasureForm::EarlierForms)->isHidden());
        CHECK(editor.sections()->item(MeasureForm::EarlierForms)->text() == u"From earlier report forms");
        auto *context = editor.findChild<QPlainTextEdit *>(QStringLiteral("context"));
        REQUIRE(context);
        CHECK(context->toPlainText() == imported.context);
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
        title->setText(imported.title + QStringLiteral(" (revisada)"));
        REQUIRE(editor.save());
    }
    const Measure saved = *query.loadByPlatformId(QStringLiteral("9000"));
    CHECK(saved.title == imported.title + QStringLiteral(" (revisada)"));
    for (MeasureField field : MeasureFields::earlierFormFields()) {
        INFO(MeasureFields::key(field).toStdString());
        CHECK(MeasureFields::same(saved, imported, field));
    }

    // A measure typed here has no such section to scroll past.
    {
        MeasureEditor editor(w.session(), Measure(), &w);
        CHECK(editor.sections()->item(MeasureForm::EarlierForms)->isHidden());
    }

    // The reading pane lists what is filled, in the interface's language.
    for (int row = 0; row < w.model()->rowCount(); ++row)
        if (w.model()->idAt(row) == saved.id)
            w.table()->selectRow(row);
    ReadingPane *pane = w.readingPane();
    REQUIRE(waitFor([&] { return pane->plainText().contains(u"From earlier report forms"); }));
    CHECK(pane->plainText().contains(saved.context.left(20)));
    CHECK(pane->plainText().contains(QStringLiteral("Platform measure ID")));
    UiLanguage::instance().set(Language::byCode(u"es"));
    CHECK(waitFor([&] { return pane->plainText().contains(u"De formularios de informes anteriores"); }));
    UiLanguage::instance().set(Language::English);
}

TEST_CASE("a platform export dropped on the window is recognised and goes through the same preview")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("dropped.csv"));
    writeBytes(path, spanishExport());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    CHECK(enter.isAccepted());
    QString heading;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        heading = preview->findChildren<QLabel *>().first()->text();
        preview->importButton()->click();
    });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    REQUIRE(waitFor([&] { return w.model()->totalCount() == 17; }));
    CHECK(heading.startsWith(QStringLiteral("Importing the Policy Monitoring Platform's export “dropped.csv”")));
}

TEST_CASE("a file chosen as the platform's export that is not one is said so before anything, and can be imported as a sheet")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("ours.csv"));
    writeBytes(path, "title,country\nFestival de Cine de Lima,PER\n");
    QString question;
    whenModalAppears([&](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box) ? static_cast<QMessageBox *>(box)->text() : QString();
        clickMessageBoxButton(box, QStringLiteral("Cancel"));
    });
    CHECK_FALSE(w.files()->importFile(path, FileController::Expect::PlatformExport));
    CHECK(question.contains(QStringLiteral("is not an export of the Policy Monitoring Platform")));
    CHECK(w.model()->totalCount() == 5);

    int step = 0;
    whenModalAppears([&](QWidget *box) {
        ++step;
        clickMessageBoxButton(box, QStringLiteral("Import as a Spreadsheet"));
        whenModalAppears([&](QWidget *preview) {
            ++step;
            auto *dialog = qobject_cast<ImportPreviewDialog *>(preview);
            REQUIRE(dialog);
            dialog->importButton()->click();
        });
    });
    CHECK(w.files()->importFile(path, FileController::Expect::PlatformExport));
    CHECK(step == 2);
    CHECK(w.model()->totalCount() == 6);
}

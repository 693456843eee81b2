// SPDX-License-Identifier: GPL-3.0-or-later
// The window's File and Edit actions: delete and undo, export of the view, import, read-only
// catalogues, partners and custom vocabularies.
#include "uisupport.h"

#include "catalogue/migrations.h"
#include "catalogue/sqliteconnection.h"
#include "csv/csvformat.h"
#include "query/partnerquery.h"
#include "csv/csvimporter.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importpreviewdialog.h"
#include "models/importplanmodel.h"
#include "dialogs/partnersdialog.h"
#include "dialogs/vocabularydialog.h"
#include "editor/measureeditor.h"
#include "editor/termchecklist.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "widgets/banner.h"
#include "widgets/facetbutton.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"

#include <QAccessible>
#include <QApplication>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QMessageBox>
#include <QTest>
#include <QTreeWidget>

TEST_CASE("deleting asks first, and undo brings the measure back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.table()->selectId(w.model()->idAt(0));
    QString question;
    whenModalAppears([&](QWidget *box) {
        question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        clickMessageBoxButton(box, QStringLiteral("Cancel"));
    });
    w.action(MainWindow::Action::Delete)->trigger();
    CHECK(question.contains(QStringLiteral("‘CONECTA’ Meeting")));
    CHECK(w.model()->rowCount() == 5);

    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Delete")); });
    w.action(MainWindow::Action::Delete)->trigger();
    CHECK(w.model()->rowCount() == 4);
    CHECK(w.action(MainWindow::Action::Undo)->isEnabled());
    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(w.model()->rowCount() == 5);
    w.action(MainWindow::Action::Redo)->trigger();
    CHECK(w.model()->rowCount() == 4);
}

TEST_CASE("Duplicate opens the copy in the form: Cancel leaves the catalogue as it was, Save adds it")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 original = w.model()->idAt(0);
    const Measure before = *w.session()->load(original);
    w.table()->selectId(original);

    QString title;
    bool saveOffered = false;
    whenModalAppears([&](QWidget *modal) {
        auto *editor = qobject_cast<MeasureEditor *>(modal);
        REQUIRE(editor);
        title = editor->findChild<QLineEdit *>(QStringLiteral("title"))->text();
        saveOffered = editor->saveButton()->isEnabled();
        editor->reject(); // untouched: no question, nothing written
    });
    w.action(MainWindow::Action::Duplicate)->trigger();
    CHECK(title == u"‘CONECTA’ Meeting (copy)");
    CHECK(saveOffered);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(w.model()->rowCount() == 5);
    CHECK_FALSE(w.action(MainWindow::Action::Undo)->isEnabled()); // nothing happened to undo

    whenModalAppears([](QWidget *modal) { REQUIRE(static_cast<MeasureEditor *>(modal)->save()); });
    w.action(MainWindow::Action::Duplicate)->trigger();
    REQUIRE(w.model()->rowCount() == 6);
    const QList<qint64> selected = w.table()->selectedIds();
    REQUIRE(selected.size() == 1);
    const Measure copy = *w.session()->load(selected.first());
    CHECK(copy.id != original);
    CHECK(copy.uuid != before.uuid);
    CHECK(copy.title == u"‘CONECTA’ Meeting (copy)");
    CHECK(copy.status == u"draft");
    CHECK(copy.mainFeatures == before.mainFeatures);
    CHECK(copy.partners.size() == before.partners.size());
    CHECK(w.session()->load(original)->sameContentAs(before)); // the original is untouched
}

TEST_CASE("the selection stays on its rows when the filter changes, while they are still shown")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 mexico1 = w.model()->idAt(2); // Ibermuseums… (Mexico)
    const qint64 mexico2 = w.model()->idAt(3); // Interdisciplinary… (Mexico)
    w.table()->selectionModel()->clearSelection();
    w.table()->selectId(mexico2);
    w.table()->selectionModel()->select(w.model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(w.table()->selectedIds().size() == 2);

    MeasureFilter mexico;
    mexico.countries = {QStringLiteral("MEX")};
    w.model()->setFilter(mexico);
    REQUIRE(w.model()->rowCount() == 2);
    QList<qint64> kept = w.table()->selectedIds();
    std::sort(kept.begin(), kept.end());
    QList<qint64> wanted{mexico1, mexico2};
    std::sort(wanted.begin(), wanted.end());
    CHECK(kept == wanted);
    CHECK(w.model()->idAt(w.table()->currentIndex().row()) == mexico2);

    MeasureFilter peru;
    peru.countries = {QStringLiteral("PER")};
    w.model()->setFilter(peru); // the rows are gone: nothing selected rather than something else
    CHECK(w.table()->selectedIds().isEmpty());
    w.model()->setFilter(MeasureFilter());
    CHECK(w.table()->selectedIds().isEmpty());

    w.table()->selectId(mexico1);
    w.table()->sortByColumn(MeasureTableModel::columnOf(MeasureField::Title), Qt::DescendingOrder);
    CHECK(w.table()->selectedIds() == QList<qint64>{mexico1}); // and a new sort keeps it too
}

TEST_CASE("exporting the view writes only the filtered rows and the visible columns, in their order")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.filterBar()->facet(FilterBar::Facet::Country)->list()->findItems(QStringLiteral("Mexico"), Qt::MatchExactly).first()->setCheckState(0, Qt::Checked);
    REQUIRE(w.model()->rowCount() == 2);
    w.table()->setFieldVisible(MeasureField::Goals, false);
    w.table()->setFieldVisible(MeasureField::UpdatedAt, false);
    QHeaderView *header = w.table()->horizontalHeader();
    header->moveSection(header->visualIndex(MeasureTableModel::columnOf(MeasureField::Country)), 0); // Country first
    const QList<MeasureField> columns = w.table()->visibleFields();
    REQUIRE(columns.first() == MeasureField::Country);

    ExportDialog dialog(*w.session()->catalogue(), w.session()->vocabulary(), w.model()->filter(), w.model()->sortOrder(), columns,
                        w.model()->rowCount(), &w);
    dialog.standardPreset()->setChecked(true);
    dialog.identifierBox()->setChecked(false); // exactly the visible columns
    const QString path = s.t.file(QStringLiteral("view.csv"));
    REQUIRE(dialog.exportTo(path).ok);
    const QList<QByteArray> lines = readAll(path).split('\n');
    REQUIRE(lines.size() == 4); // header, two rows, final empty piece
    CHECK(lines[0] == "Country,Title,Report year,Responsible agencies,Cultural domains,Funding (USD),Evaluated,Status\r");
    CHECK(lines[1].startsWith("Mexico,Ibermuseums Training and Capacity Building,,"));
    CHECK(lines[2].startsWith("Mexico,Interdisciplinary technical assistance"));
}

TEST_CASE("a CSV file with problems is not imported and the problems are listed with their place")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("new.csv"));
    writeBytes(path, "title,report_year\nFestival,2021\nOtro,1900\n");
    QString listed;
    bool importOffered = true;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        listed = preview->problems()->toPlainText();
        importOffered = preview->importButton()->isEnabled();
        preview->reject();
    });
    CHECK_FALSE(w.files()->importFile(path));
    CHECK(listed.contains(QStringLiteral("new.csv:3:2: The report year must be between 2005 and 2100")));
    CHECK_FALSE(importOffered);
    CHECK(w.model()->rowCount() == 5);

    writeBytes(path, "title,report_year\nFestival,2021\n");
    whenModalAppears([](QWidget *dialog) { qobject_cast<ImportPreviewDialog *>(dialog)->importButton()->click(); });
    CHECK(w.files()->importFile(path));
    CHECK(w.model()->rowCount() == 6);
}

TEST_CASE("a sheet row bringing back a measure deleted here shows, whole and below the rows, who deleted it and what comes back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const Measure deleted = *w.session()->load(w.model()->idAt(0));
    w.session()->setAuthor(QStringLiteral("Beto Quispe"));
    REQUIRE(w.session()->remove({deleted.id}).isEmpty());
    const QString path = s.t.file(QStringLiteral("revive.csv"));
    writeBytes(path, QStringLiteral("uuid,title,country\n%1,Vuelve,MEX\n").arg(deleted.uuid).toUtf8());
    QString detail;
    bool shown = false;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        auto *label = preview->findChild<QLabel *>(QStringLiteral("importRowDetail"));
        REQUIRE(label);
        detail = label->text();
        shown = label->isVisibleTo(preview);
        preview->reject();
    });
    CHECK_FALSE(w.files()->importFile(path));
    CHECK(shown);
    CHECK(detail.contains(QStringLiteral("“Vuelve” was deleted on ")));
    CHECK(detail.contains(QStringLiteral(" by Beto Quispe; importing brings it back")));
    CHECK(detail.contains(QStringLiteral("It comes back with the file's columns only")));
}

TEST_CASE("the import preview shows rows to add and to update with the fields that change, flags look-alikes, and writes only on Import")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const auto byTitle = [&](const QString &title) {
        for (int row = 0; row < w.model()->rowCount(); ++row)
            if (const auto m = w.session()->load(w.model()->idAt(row)); m && m->title == title)
                return *m;
        FAIL("no measure titled " << title.toStdString());
        return Measure();
    };
    const Measure conecta = byTitle(QStringLiteral("‘CONECTA’ Meeting"));
    const Measure same = byTitle(QStringLiteral("Fortalecimiento de capacidades"));
    const QString path = s.t.file(QStringLiteral("colleague.csv"));
    writeBytes(path, QStringLiteral("uuid,title,country,website\n"
                                    "%1,‘CONECTA’ Meeting,PER,https://www.gob.pe/cultura\n"
                                    "%2,Fortalecimiento de capacidades,%3,%4\n"
                                    ",Festival de Cine de Lima,PER,\n"
                                    ",Ibermuseums Training and Capacity Building,MEX,\n")
                         .arg(conecta.uuid, same.uuid, same.country, same.website)
                         .toUtf8());

    QString summary;
    QStringList actions, details;
    int updatesShown = -1;
    bool writtenBeforeImport = true;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
        summary = preview->summaryText();
        for (int row = 0; row < preview->model()->rowCount(); ++row) {
            actions << preview->model()->index(row, ImportPlanModel::Action).data().toString();
            details << preview->model()->index(row, ImportPlanModel::Details).data().toString();
        }
        preview->showBox()->setCurrentIndex(preview->showBox()->findText(QStringLiteral("To update (1)")));
        updatesShown = preview->model()->rowCount();
        writtenBeforeImport = w.model()->rowCount() != 5 || w.session()->load(conecta.id)->website != conecta.website;
        preview->importButton()->click();
    });
    REQUIRE(w.files()->importFile(path));
    CHECK(summary.startsWith(QStringLiteral("4 rows in the file: 2 to add, 1 to update, 1 already up to date.")));
    CHECK(summary.contains(QStringLiteral("1 of the rows to add looks like")));
    CHECK(actions == QStringList{QStringLiteral("Update"), QStringLiteral("Already up to date"), QStringLiteral("Add"),
                                 QStringLiteral("Add (look alike)")});
    // The update says what each changed field was and becomes, not only its name.
    CHECK(details.value(0) == (QStringLiteral("Changes: Website: ") + (conecta.website.isEmpty() ? QStringLiteral("(empty)") : conecta.website)
                               + QStringLiteral(" → https://www.gob.pe/cultura")));
    CHECK(details.value(3).startsWith(QStringLiteral("Looks like “Ibermuseums Training and Capacity Building”")));
    CHECK(updatesShown == 1);
    CHECK_FALSE(writtenBeforeImport);

    CHECK(w.model()->rowCount() == 7);
    CHECK(w.session()->load(conecta.id)->website == u"https://www.gob.pe/cultura");
    w.action(MainWindow::Action::Undo)->trigger(); // one step takes the whole import back
    CHECK(w.model()->rowCount() == 5);
    CHECK(w.session()->load(conecta.id)->website == conecta.website);

    whenModalAppears([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
    CHECK_FALSE(w.files()->importFile(path)); // Cancel: nothing written
    CHECK(w.model()->rowCount() == 5);
    CHECK(w.session()->load(conecta.id)->website == conecta.website);
}

TEST_CASE("a catalogue open elsewhere can be opened read-only, with a banner and no editing")
{
    SampleWindow editorWindow;
    MainWindow viewer;
    viewer.show();
    QString message;
    whenModalAppears([&](QWidget *box) {
        message = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        clickMessageBoxButton(box, QStringLiteral("Open Read-Only"));
    });
    REQUIRE(viewer.files()->open(editorWindow.t.path));
    CHECK(message.contains(QStringLiteral("already open for editing")));
    CHECK(viewer.session()->isReadOnly());
    CHECK(viewer.banner()->isVisible());
    CHECK(viewer.banner()->text().contains(QStringLiteral("read-only")));
    CHECK(viewer.windowTitle().contains(QStringLiteral("read-only")));
    CHECK_FALSE(viewer.action(MainWindow::Action::NewMeasure)->isEnabled());
    viewer.table()->selectId(viewer.model()->idAt(0));
    CHECK_FALSE(viewer.action(MainWindow::Action::Delete)->isEnabled());
    CHECK(viewer.action(MainWindow::Action::EditMeasure)->isEnabled()); // opens for viewing
    CHECK(QString(viewer.action(MainWindow::Action::EditMeasure)->text()).remove(u'&') == u"View Measure…");
    {
        MeasureEditor form(viewer.session(), *viewer.session()->load(viewer.model()->idAt(0)), &viewer);
        for (QLabel *label : form.findChildren<QLabel *>())
            CHECK_FALSE(label->text().contains(QStringLiteral(" *:"))); // nothing to require where nothing can be typed
        QLineEdit *title = form.findChild<QLineEdit *>(QStringLiteral("title"));
        CHECK(title->isReadOnly());
        // and looks it: grey as the window behind it, not white as a field to type in
        CHECK(title->palette().color(QPalette::Base) == title->palette().color(QPalette::Window));
        for (QPlainTextEdit *text : form.findChildren<QPlainTextEdit *>())
            CHECK(text->palette().color(QPalette::Base) == text->palette().color(QPalette::Window));
        // A screen reader cannot tick a goal of a read-only form either.
        auto *goals = form.findChild<GoalAreaTree *>()->findChild<QTreeWidget *>();
        QAccessibleInterface *goal = QAccessible::queryAccessibleInterface(goals)->tableInterface()->cellAt(0, 0);
        REQUIRE(goal);
        CHECK(goal->state().disabled);
        CHECK(goal->actionInterface()->actionNames().isEmpty());
        const Qt::CheckState before = goals->topLevelItem(0)->checkState(0);
        goal->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        CHECK(goals->topLevelItem(0)->checkState(0) == before);
        CHECK_FALSE(form.isDirty());
        MeasureEditor editable(editorWindow.window->session(), *editorWindow.window->session()->load(editorWindow.window->model()->idAt(0)));
        QLineEdit *typed = editable.findChild<QLineEdit *>(QStringLiteral("title"));
        CHECK(typed->palette().color(QPalette::Base) != typed->palette().color(QPalette::Window));
    }
    CHECK(viewer.model()->rowCount() == 5);
    viewer.close();
}

TEST_CASE("a read-only catalogue's banner offers Save a Copy, and the copy opens for editing with every measure")
{
    SampleWindow editorWindow;
    MainWindow viewer;
    viewer.show();
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Open Read-Only")); });
    REQUIRE(viewer.files()->open(editorWindow.t.path));
    REQUIRE(viewer.session()->isReadOnly());
    QPushButton *saveCopy = viewer.banner()->actionButton();
    REQUIRE(saveCopy->isVisibleTo(&viewer));
    CHECK(saveCopy->text() == u"Save a Copy…");
    CHECK(viewer.action(MainWindow::Action::SaveCopy)->isEnabled());

    QTemporaryDir folder;
    const QString copyPath = folder.filePath(QStringLiteral("mine.measures"));
    QString suggested;
    QString question;
    whenModalAppears([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files);
        suggested = files->selectedFiles().value(0);
        whenModalAppears([&](QWidget *box) {
            question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            clickMessageBoxButton(box, QStringLiteral("Open the Copy"));
        });
        files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(copyPath); // typed, as a user would
        QMetaObject::invokeMethod(files, "accept"); // as the Save button does
    });
    saveCopy->click();
    CHECK(suggested.endsWith(QStringLiteral(" (copy).measures")));
    CHECK(question.contains(QStringLiteral("can be edited")));
    REQUIRE(waitFor([&] { return viewer.session()->isOpen() && viewer.session()->catalogue()->path() == copyPath; }));
    CHECK_FALSE(viewer.session()->isReadOnly());
    CHECK(viewer.action(MainWindow::Action::NewMeasure)->isEnabled());
    CHECK(viewer.model()->rowCount() == 5);
    CHECK_FALSE(viewer.banner()->isVisible());

    // A copy never replaces a file.
    CHECK(viewer.files()->saveCopy(copyPath).contains(QStringLiteral("already exists")));
    viewer.close();
}

TEST_CASE("an older catalogue that cannot be upgraded where it is opens as an upgraded copy, the original untouched")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("2021 report.measures"));
    {
        QString error;
        auto db = SqliteConnection::open(old, SqliteConnection::Access::ReadWriteCreate, 1000, &error);
        REQUIRE(db);
        REQUIRE(db->execute("PRAGMA journal_mode = WAL"));
        REQUIRE(Migrations::migrate(*db, 4).isEmpty()); // as the first release left it
        REQUIRE(db->execute("INSERT INTO measure (uuid, title, title_key, created_at, updated_at) VALUES "
                            "('4d8a0b52-1f6c-4a8e-9f1e-6b2d7c3a9e01', 'Ley del Libro', 'ley del libro', "
                            "'2021-05-01T10:00:00Z', '2021-05-01T10:00:00Z')", &error));
        REQUIRE(db->close(&error));
    }
    const QByteArray before = sha256(old);
    MainWindow w;
    w.show();
    const QString copy = dir.filePath(QStringLiteral("mine.measures"));
    QString why;
    QStringList offered;
    whenModalAppears([&](QWidget *box) {
        why = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        for (QAbstractButton *button : static_cast<QMessageBox *>(box)->buttons())
            offered << button->text();
        whenModalAppears([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            REQUIRE(files);
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(copy);
            QMetaObject::invokeMethod(files, "accept");
        });
        clickMessageBoxButton(box, QStringLiteral("Save an Upgraded Copy…"));
    });
    CHECK(w.files()->openReadOnly(old)); // read-only on purpose: it may not be upgraded in place
    CHECK(why.contains(QStringLiteral("older version")));
    CHECK(offered.contains(QStringLiteral("Upgrade and Open"))); // read-only by choice: it could be upgraded in place
    REQUIRE(w.session()->isOpen());
    CHECK(w.session()->catalogue()->path() == copy);
    CHECK(w.session()->catalogue()->schemaVersion() == Migrations::latestVersion());
    CHECK(w.model()->rowCount() == 1);
    w.close();
    CHECK(sha256(old) == before); // the original as it was
}

TEST_CASE("a file that is not a catalogue is refused with a clear message and nothing else happens")
{
    MainWindow w;
    w.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.measures"));
    writeBytes(path, "just notes");
    QString message;
    whenModalAppears([&](QWidget *box) {
        message = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        box->close();
    });
    CHECK_FALSE(w.files()->open(path));
    CHECK(message.contains(QStringLiteral("not a Measures Catalogue file")));
    CHECK_FALSE(w.session()->isOpen());
    CHECK(readAll(path) == "just notes");
}

TEST_CASE("the partners manager merges duplicates and the table follows")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    Measure m;
    m.title = QStringLiteral("Otra medida");
    m.partners = {{QStringLiteral("UPAO"), QStringLiteral("private_sector")}};
    REQUIRE(w.session()->save(m).saved);
    PartnersDialog dialog(w.session(), &w);
    QTableWidget *table = dialog.table();
    int upao = -1, full = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"UPAO")
            upao = row;
        if (table->item(row, 0)->text() == u"Antenor Orrego Private University (UPAO)")
            full = row;
    }
    REQUIRE(upao >= 0);
    REQUIRE(full >= 0);
    table->selectionModel()->select(table->model()->index(upao, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(full, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog.mergeSelected(full);
    CHECK(w.session()->load(m.id)->partners.value(0).name == u"Antenor Orrego Private University (UPAO)");
    CHECK(table->findItems(QStringLiteral("UPAO"), Qt::MatchExactly).isEmpty());
}

TEST_CASE("Enter on a partner starts renaming it and never merges")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const int partnersBefore = int(PartnerQuery::names(*w.session()->catalogue()).size());
    PartnersDialog dialog(w.session(), &w);
    showActive(&dialog);
    QTableWidget *table = dialog.table();
    table->setFocus();
    table->selectRow(0);
    table->selectRow(1); // two rows selected: what Merge would take
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    bool asked = false;
    whenModalAppears([&](QWidget *box) { asked = true; box->close(); });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // the name's editor is open
    QTest::qWait(100);
    CHECK_FALSE(asked);
    const int partnersAfter = int(PartnerQuery::names(*w.session()->catalogue()).size());
    CHECK(partnersAfter == partnersBefore);
    dialog.close();
}

TEST_CASE("a custom cultural domain with both labels appears in the filter and the form")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    VocabularyDialog dialog(w.session(), &w);
    CHECK(dialog.addTerm(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos")).isEmpty());
    CHECK(dialog.addTerm(VocabularyKind::CulturalDomain, QStringLiteral("video games"), QStringLiteral("x")).contains(QStringLiteral("already")));
    CHECK(dialog.addTerm(VocabularyKind::CulturalDomain, QStringLiteral("Crafts"), QString()).contains(QStringLiteral("Spanish")));
    QTreeWidget *domains = w.filterBar()->facet(FilterBar::Facet::Domain)->list();
    CHECK(domains->findItems(QStringLiteral("Video games"), Qt::MatchExactly).size() == 1);
    CHECK(w.session()->vocabulary().contains(VocabularyKind::CulturalDomain, QStringLiteral("video_games")));
}

TEST_CASE("the export dialog's format and header choices are two separate groups, with a workbook chosen from the start")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    ExportDialog dialog(*w.session()->catalogue(), w.session()->vocabulary(), w.model()->filter(), w.model()->sortOrder(),
                        w.table()->visibleFields(), w.model()->rowCount(), &w);
    CHECK(dialog.workbookFormat()->isChecked()); // an Excel workbook: no CSV questions
    CHECK_FALSE(dialog.keysHeader()->isEnabled());
    const QString workbook = s.t.file(QStringLiteral("view.xlsx"));
    REQUIRE(dialog.exportTo(workbook).ok);
    QFile written(workbook);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == "PK"); // a zip package, as .xlsx files are
    dialog.excelPreset()->click();
    CHECK(dialog.keysHeader()->isEnabled());
    CHECK(dialog.labelsHeader()->isChecked());
    dialog.keysHeader()->click(); // choosing a header style leaves the format as it was
    CHECK(dialog.excelPreset()->isChecked());
    CHECK(dialog.keysHeader()->isChecked());
    dialog.standardPreset()->click(); // and the other way round
    CHECK(dialog.keysHeader()->isChecked());
    CHECK(dialog.options().delimiter == ',');
    CHECK(dialog.options().header == CsvOptions::Header::Keys);
    // The identifier comes along by default, so that an edited sheet imports back as changes.
    CHECK(dialog.identifierBox()->isChecked());
    CHECK(dialog.options().columns.first() == MeasureField::Uuid);
    const QString path = s.t.file(QStringLiteral("back.csv"));
    REQUIRE(dialog.exportTo(path).ok);
    const CsvImporter::Plan plan = w.session()->checkImport(path, QStringLiteral("back.csv"));
    REQUIRE(plan.ok);
    CHECK(plan.added == 0);
    CHECK(plan.unchanged == 5);
}

TEST_CASE("the file dialogs open on the folder last used, or the nearest one still there, never on one that is gone")
{
    QTemporaryDir kept;
    const QString gone = QDir(kept.path()).filePath(QStringLiteral("stick/informes 2027"));
    AppSettings::setLastOpenFolder(gone);
    CHECK(AppSettings::lastOpenFolder() == kept.path());
    AppSettings::setLastExportFolder(gone);
    CHECK(AppSettings::lastExportFolder(QDir::homePath()) == kept.path());
    AppSettings::setLastOpenFolder(QStringLiteral("/nonexistent-measures-folder/sub"));
    CHECK(QFileInfo(AppSettings::lastOpenFolder()).isDir());
    CHECK_FALSE(AppSettings::lastOpenFolder().startsWith(QStringLiteral("/nonexistent")));
    AppSettings::setLastOpenFolder(kept.path());
    CHECK(AppSettings::lastOpenFolder() == kept.path());
}

TEST_CASE("with a bad row in the file, the import preview's “All rows” counts the rows its list shows")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString path = s.t.file(QStringLiteral("mixed.csv"));
    writeBytes(path, "title,country,report_year\n"
                     "Festival de Cine de Lima,PER,2024\n"
                     "Fondo de la Música,CHL,20x4\n"
                     "Encuentro de Editores,MEX,2023\n");
    QString allText;
    int listed = -1;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        allText = preview->showBox()->itemText(0);
        listed = preview->model()->rowCount();
        dialog->close();
    });
    w.files()->importFile(path);
    CHECK(listed == 2); // the bad row is among the problems
    CHECK(allText == QStringLiteral("All rows (%1)").arg(listed));
    CHECK(w.model()->rowCount() == 5); // nothing imported
}

TEST_CASE("the import preview shows a changed year and amount as they were and become, not as empty")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const Measure first = *w.session()->load(w.model()->idAt(0));
    const QString path = s.t.file(QStringLiteral("years.csv"));
    writeBytes(path, QStringLiteral("uuid,title,report_year,funding_usd\n%1,%2,2024,1500.25\n").arg(first.uuid, first.title).toUtf8());
    QString detail;
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<ImportPreviewDialog *>(dialog);
        REQUIRE(preview);
        detail = preview->model()->index(0, ImportPlanModel::Details).data().toString();
        dialog->close();
    });
    w.files()->importFile(path);
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("Report year: ") + (first.reportYear ? QString::number(*first.reportYear) : QStringLiteral("(empty)"))
                          + QStringLiteral(" → 2024")));
    CHECK(detail.contains(QStringLiteral("→ USD 1,500.25")));
}

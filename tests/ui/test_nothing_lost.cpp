// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost in the window: automatic backups, restoring one, and a save that cannot happen.
#include "uisupport.h"

#include "catalogue/backups.h"
#include "catalogue/sqlitestatement.h"
#include "dialogs/restoredialog.h"
#include "editor/measureeditor.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/measuretablemodel.h"
#include "query/measurequery.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/uilanguage.h"
#include "session/measuredraft.h"
#include "session/draftkeeper.h"
#include "widgets/banner.h"

#include <QMessageBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QSettings>
#include <QProcess>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <sqlite3.h>

TEST_CASE("closing a changed catalogue makes an automatic backup copy, and only the newest copies are kept")
{
    AppSettings::setAutomaticBackupsKept(2);
    SampleWindow s;
    MainWindow &w = *s.window;
    w.files()->close(); // nothing changed: no copy
    CHECK(Backups::automaticBackups(s.t.path).isEmpty());
    for (int round = 0; round < 3; ++round) {
        REQUIRE(w.files()->open(s.t.path));
        Measure m = *w.session()->load(w.model()->idAt(0));
        m.fundingText = QStringLiteral("Round %1").arg(round);
        REQUIRE(w.session()->save(m).saved);
        w.files()->close();
        QTest::qWait(1100); // copies are named by the second
    }
    const QStringList copies = Backups::automaticBackups(s.t.path);
    REQUIRE(copies.size() == 2);
    CatalogueError error;
    auto newest = Catalogue::open(copies.first(), {Catalogue::Access::ReadOnly, true}, &error);
    REQUIRE(newest);
    MeasureFilter lastChange;
    lastChange.search = QStringLiteral("Round");
    const QVector<qint64> found = MeasureQuery(*newest).find(lastChange, {}).ids;
    REQUIRE(found.size() == 1);
    CHECK(CatalogueAccess(*newest).load(found.first())->fundingText == u"Round 2"); // the newest copy has the last change
    AppSettings::setAutomaticBackupsKept(5);
}

TEST_CASE("restoring a backup opens it as a new catalogue and leaves the original as it is")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    REQUIRE(w.session()->catalogue()->backupTo(Backups::snapshotPath(s.t.path, false)).isEmpty());
    const qint64 id = w.model()->idAt(0);
    REQUIRE(w.session()->remove({id}).isEmpty()); // the change we regret
    REQUIRE(w.model()->rowCount() == 4);
    w.files()->close();
    const QByteArray original = sha256(s.t.path);
    REQUIRE(w.files()->open(s.t.path));

    RestoreDialog dialog(s.t.path, &w);
    REQUIRE(dialog.list()->count() == 2); // ours, and the automatic one made when the changed catalogue closed
    for (int i = 0; i < dialog.list()->count(); ++i)
        if (dialog.list()->item(i)->text().contains(QStringLiteral("made with Back Up")))
            dialog.list()->setCurrentRow(i);
    REQUIRE(dialog.chosenBackup().contains(QStringLiteral(" copy ")));
    whenModalAppears([](QWidget *box) { box->close(); }); // the "restored" notice
    REQUIRE(w.files()->restore(dialog.chosenBackup()));
    CHECK(w.session()->catalogue()->path().contains(QStringLiteral("restored")));
    CHECK(w.model()->rowCount() == 5);
    w.files()->close();
    CHECK(sha256(s.t.path) == original);
}

TEST_CASE("my own catalogue refused after another program changed it offers its backups right in the message")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    REQUIRE(w.session()->catalogue()->backupTo(Backups::snapshotPath(s.t.path, false)).isEmpty());
    w.files()->close();
    rawSql(s.t.path, "CREATE TABLE notes (x)");
    const QByteArray altered = sha256(s.t.path);

    QString message;
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        message = box->text();
        QAbstractButton *restore = box->defaultButton();
        REQUIRE(restore);
        CHECK(restore->text().contains(QStringLiteral("Restore from Backup")));
        whenModalAppears([&](QWidget *next) {
            auto *restoreDialog = qobject_cast<RestoreDialog *>(next);
            REQUIRE(restoreDialog);
            REQUIRE(restoreDialog->list()->count() >= 1);
            restoreDialog->list()->setCurrentRow(0);
            whenModalAppears([](QWidget *notice) { notice->close(); }); // the "restored" notice
            restoreDialog->accept();
        });
        restore->click();
    });
    CHECK(w.files()->open(s.t.path));
    CHECK(message.contains(QStringLiteral("a table “notes” that this app never makes")));
    CHECK(message.contains(QStringLiteral("If it is your own catalogue, restore one of its backup copies")));
    CHECK(w.session()->catalogue()->path().contains(QStringLiteral("restored")));
    CHECK(w.model()->rowCount() == 5);
    CHECK(sha256(s.t.path) == altered); // the refused file is left as it is
}

TEST_CASE("a save that cannot happen keeps what was typed and says what to do")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    MeasureEditor editor(w.session(), *w.session()->load(id), &w);
    editor.show();
    QLineEdit *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
    title->selectAll();
    typeText(title, QStringLiteral("CONECTA 2025"));

    // Another program holds the catalogue's write lock.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(s.t.path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    QString message;
    whenModalAppears([&](QWidget *box) {
        message = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        box->close();
    });
    CHECK_FALSE(editor.save());
    CHECK(message.contains(QStringLiteral("Another program is writing to the catalogue")));
    CHECK(message.contains(QStringLiteral("What you typed is kept in the form")));
    CHECK(editor.isVisible());
    CHECK(title->text() == u"CONECTA 2025");
    CHECK(editor.isDirty());

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    REQUIRE(editor.save()); // once the other program is done, the same form saves
    CHECK(w.session()->load(id)->title == u"CONECTA 2025");
}

TEST_CASE("text typed into a form survives kill -9: the next start offers it with its time and what it changes, in either language")
{
    const bool spanish = GENERATE(false, true);
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Measure first = *CatalogueAccess(*t.catalogue).load(CatalogueAccess(*t.catalogue).ids().first());
    t.close();
    const QString typed = spanish ? QStringLiteral("Título escrito antes del corte") : QStringLiteral("Title typed before the power cut");
    // The settings folder ui_main.cpp gave this process: the child keeps its draft there.
    QDir settings = QFileInfo(QSettings().fileName()).dir();
    settings.cdUp();
    QProcess child;
    child.start(QStringLiteral(TYPING_CHILD), {settings.absolutePath(), t.path, typed});
    REQUIRE(child.waitForStarted());
    QByteArray said;
    for (int i = 0; i < 100 && !said.contains("kept"); ++i)
        if (child.waitForReadyRead(200))
            said += child.readAllStandardOutput();
    INFO(child.readAllStandardError().toStdString());
    REQUIRE(said.contains("kept"));
    child.kill(); // SIGKILL: no chance to keep anything more
    REQUIRE(child.waitForFinished());
    CHECK(child.exitStatus() == QProcess::CrashExit);
    REQUIRE(MeasureDraft::ids(t.path).size() == 1);

    UiLanguage::instance().set(spanish ? Language::byCode(u"es") : Language::English);
    MainWindow w;
    w.show();
    QString asked, inForm;
    whenModalAppears([&](QWidget *box) {
        asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        whenModalAppears([&](QWidget *editor) {
            inForm = editor->findChild<QLineEdit *>(QStringLiteral("title"))->text();
            REQUIRE(static_cast<MeasureEditor *>(editor)->save());
        });
        clickMessageBoxButton(box, spanish ? QStringLiteral("Abrir en el formulario") : QStringLiteral("Open in the Form"));
    });
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return !inForm.isEmpty(); }, 8000));
    INFO(asked.toStdString());
    CHECK(asked.contains(typed));
    CHECK(asked.contains(spanish ? QStringLiteral("Lo último escrito es del ") : QStringLiteral("It was last kept at ")));
    CHECK(asked.contains(spanish ? QStringLiteral("Difiere de la medida guardada en: Título.") : QStringLiteral("It differs from the saved measure in: Title.")));
    CHECK(inForm == typed);
    REQUIRE(waitFor([&] { return w.session()->load(first.id).value_or(Measure()).title == typed; }));
    DraftKeeper::waitForWrites();
    CHECK(MeasureDraft::ids(t.path).isEmpty()); // saved: the draft has served
}

TEST_CASE("quitting after the catalogue file was moved away says so and saves a copy holding the last edit")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    Measure m = *w.session()->load(id);
    m.title = QStringLiteral("Last edit before the move");
    REQUIRE(w.session()->save(m).saved);
    const QString moved = s.t.file(QStringLiteral("moved.measures"));
    REQUIRE(QFile::rename(s.t.path, moved)); // another program moves it (on another drive: a copy, then a delete)
    REQUIRE(QFile::copy(moved, s.t.file(QStringLiteral("elsewhere.measures"))));
    REQUIRE(QFile::remove(moved));

    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("kept.measures"));
    QString question;
    whenModalAppears([&](QWidget *box) {
        question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        whenModalAppears([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            REQUIRE(files);
            files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(copy);
            QMetaObject::invokeMethod(files, "accept");
        });
        clickMessageBoxButton(box, QStringLiteral("Save a Copy…"));
    });
    CHECK(w.close());
    CHECK(question.contains(QStringLiteral("was moved, renamed or deleted")));
    REQUIRE(QFileInfo::exists(copy));
    CatalogueError error;
    auto kept = Catalogue::open(copy, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(kept);
    CHECK(CatalogueAccess(*kept).loadByUuid(m.uuid)->title == u"Last edit before the move");
}

TEST_CASE("closing after the catalogue file was deleted can be cancelled, and the window keeps the work")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    REQUIRE(QFile::remove(s.t.path));
    whenModalAppears([&](QWidget *box) {
        auto *dialog = qobject_cast<QMessageBox *>(box);
        REQUIRE(dialog);
        dialog->button(QMessageBox::Cancel)->click();
    });
    CHECK_FALSE(w.close());
    CHECK(w.session()->isOpen());
    CHECK(w.model()->rowCount() == 5);
    whenModalAppears([&](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Close Without Saving")); });
    CHECK(w.close());
}

TEST_CASE("typing without a pause is kept at least every few seconds, and a pause keeps it at once")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Measure first = *CatalogueAccess(*t.catalogue).load(CatalogueAccess(*t.catalogue).ids().first());
    int typed = 0;
    DraftKeeper keeper(t.path, QStringLiteral("steady-typist"), [&]() -> std::optional<MeasureDraft::Typed> {
        MeasureDraft::Typed draft;
        draft.measure = first;
        draft.measure.title = QStringLiteral("typed %1").arg(typed);
        return draft;
    });
    QElapsedTimer clock;
    clock.start();
    qint64 firstKeptAt = -1;
    while (clock.elapsed() < DraftKeeper::kLatestMs + 1500 && firstKeptAt < 0) {
        ++typed; // a keystroke every 200 ms: never the pause the first timer waits for
        keeper.changed();
        QTest::qWait(200);
        DraftKeeper::waitForWrites();
        if (!MeasureDraft::ids(t.path).isEmpty())
            firstKeptAt = clock.elapsed();
    }
    CHECK(firstKeptAt >= DraftKeeper::kPauseMs);
    CHECK(firstKeptAt <= DraftKeeper::kLatestMs + 500);
    // A pause: kept within the pause's length.
    ++typed;
    keeper.changed();
    QTest::qWait(DraftKeeper::kPauseMs + 300);
    DraftKeeper::waitForWrites();
    CHECK(MeasureDraft::read(t.path, QStringLiteral("steady-typist"))->measure.title == QStringLiteral("typed %1").arg(typed));
    keeper.discard();
    CHECK(MeasureDraft::ids(t.path).isEmpty());
}

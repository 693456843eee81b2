// SPDX-License-Identifier: GPL-3.0-or-later
// Big steps (merge, import, their undo, Find Duplicates, backup copies) run on a worker thread:
// the window keeps repainting, shows their progress after a moment, and Cancel stops them with
// nothing written and no copy left behind.
#include "uisupport.h"

#include "catalogue/backups.h"
#include "catalogue/stepprogress.h"
#include "csv/csvexporter.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "query/measurequery.h"
#include "query/vocabularyquery.h"
#include "session/cataloguesession.h"
#include "store/measurestore.h"
#include "store/writetransaction.h"
#include "widgets/stepprogressdialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <atomic>
#include <chrono>
#include <thread>

namespace {

// A colleague's copy of the sample catalogue with every measure changed and `added` new ones.
QString busyColleague(SampleWindow &s, int added)
{
    s.window->session()->catalogue()->checkpoint();
    const QString path = s.t.file(QStringLiteral("ana.measures"));
    REQUIRE(s.window->session()->catalogue()->backupTo(path).isEmpty());
    CatalogueError error;
    auto theirs = Catalogue::open(path, {}, &error);
    REQUIRE(theirs);
    theirs->setAuthor(QStringLiteral("Ana Pérez"));
    const Vocabulary vocabulary = VocabularyQuery::load(*theirs);
    MeasureStore store(*theirs, vocabulary);
    MeasureQuery query(*theirs);
    WriteTransaction transaction(*theirs);
    for (qint64 id : query.find({}, {}).ids) {
        Measure m = *query.load(id);
        m.resultsAchieved += QStringLiteral(" Updated by Ana.");
        REQUIRE(store.write(m, MeasureStore::Timestamps::Now, Language::English, nullptr, nullptr));
    }
    for (int i = 0; i < added; ++i) {
        Measure m;
        m.title = QStringLiteral("Medida nueva de Ana %1").arg(i);
        m.country = QStringLiteral("PER");
        m.domains = {QStringLiteral("music")};
        REQUIRE(store.write(m, MeasureStore::Timestamps::Now, Language::English, nullptr, nullptr));
    }
    REQUIRE(transaction.commit());
    return path;
}

// What the catalogue holds, to tell whether a step wrote anything.
QString contents(const Catalogue &catalogue)
{
    return QStringLiteral("%1 measures, %2 revisions, %3 partners, %4 terms, %5 tombstones")
        .arg(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM measure")))
        .arg(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM revision")))
        .arg(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM partner")))
        .arg(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM term")))
        .arg(sqlInt(catalogue, QStringLiteral("SELECT count(*) FROM tombstone")));
}

// Every file beside the catalogue and in its backups folder.
QStringList filesAround(const QString &cataloguePath)
{
    QStringList files = QDir(QFileInfo(cataloguePath).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : QDir(Backups::folderFor(cataloguePath)).entryList(QDir::Files | QDir::Hidden))
        files << QStringLiteral("backups/") + f;
    files.sort();
    return files;
}

// The window's own runner, with the analyst pressing Cancel once the step named `cancelled`
// has done `after` units of its work (-1: before it starts).
struct CancellingRunner {
    QString cancelled;
    qint64 after = 0;
    QStringList labels;
    qint64 doneAtCancel = -1, total = -1;

    void install(MainWindow &w)
    {
        w.session()->setStepRunner([this, &w](const QString &label, StepProgress &progress, const std::function<void()> &work) {
            labels << label;
            if (after < 0 && label.startsWith(cancelled))
                progress.cancel();
            std::atomic<bool> finished{false};
            std::thread analyst([&] {
                while (!finished && after >= 0 && label.startsWith(cancelled)) {
                    if (progress.done() >= after && progress.total() > 0) {
                        doneAtCancel = progress.done();
                        total = progress.total();
                        progress.cancel();
                        return;
                    }
                    std::this_thread::sleep_for(std::chrono::microseconds(100));
                }
            });
            StepProgressDialog::run(&w, label, progress, work);
            finished = true;
            analyst.join();
        });
    }
};

} // namespace

TEST_CASE("a big step shows its progress after a moment, the window keeps running meanwhile, and Escape stops it")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    StepProgress progress;
    int ticks = 0;
    QTimer clock;
    QObject::connect(&clock, &QTimer::timeout, [&] { ++ticks; });
    clock.start(20);
    QString label, cancelling;
    bool modal = false, cancelFocused = false;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        look.stop();
        modal = dialog->windowModality() == Qt::WindowModal && qobject_cast<StepProgressDialog *>(dialog);
        label = dialog->findChild<QLabel *>()->text();
        cancelFocused = qobject_cast<QPushButton *>(dialog->focusWidget()) != nullptr;
        QTest::keyClick(dialog, Qt::Key_Escape);
        cancelling = dialog->findChild<QLabel *>()->text();
    });
    look.start(20);
    QElapsedTimer timer;
    timer.start();
    StepProgressDialog::run(&w, QStringLiteral("Merging “ana”…"), progress, [&] {
        progress.setTotal(100);
        for (int i = 0; i < 1000 && !progress.isCancelled(); ++i) { // at most ten seconds
            progress.setDone(i % 100);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    CHECK(modal);
    CHECK(label == QStringLiteral("Merging “ana”…"));
    CHECK(cancelFocused);
    CHECK(cancelling.startsWith(QStringLiteral("Cancelling")));
    CHECK(progress.isCancelled());
    CHECK(timer.elapsed() < 9000);
    CHECK(ticks >= 10); // the window's timers ran all along: it kept repainting
}

TEST_CASE("a merge cancelled while it writes leaves the catalogue, the undo history and the backups as they were")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Coordinator"));
    const QString colleague = busyColleague(s, 1500);
    const Catalogue &mine = *w.session()->catalogue();
    const QString before = contents(mine);
    const int steps = w.session()->undoStack()->count();
    const qint64 changes = mine.changesSinceOpen(); // rolled back, a step is no change (no backup at close)

    for (const qint64 after : {qint64(-1), qint64(300)}) { // during the backup copy made first; half-way through the writes
        DYNAMIC_SECTION("cancelled after " << after)
        {
            const QStringList filesBefore = filesAround(mine.path());
            CancellingRunner analyst{QStringLiteral("Merging"), after};
            analyst.install(w);
            whenModalAppears([](QWidget *preview) { qobject_cast<QDialog *>(preview)->accept(); });
            CHECK_FALSE(w.files()->mergeFile(colleague));
            INFO(analyst.labels.join(u'|').toStdString());
            CHECK(analyst.labels.size() == 2); // compared, then merged
            CHECK(w.session()->lastStepCancelled());
            if (after >= 0)
                CHECK((analyst.doneAtCancel >= after && analyst.doneAtCancel < analyst.total));
            CHECK(contents(mine) == before);
            CHECK(w.session()->undoStack()->count() == steps);
            CHECK(filesAround(mine.path()) == filesBefore); // no backup copy, no partial file
            CHECK(mine.changesSinceOpen() == changes);
            CHECK(w.statusBar()->currentMessage() == QStringLiteral("The merge was cancelled: nothing was merged."));
        }
    }
    // Not cancelled, the same merge goes through: the step was whole, never half-done.
    w.session()->setStepRunner([&w](const QString &label, StepProgress &progress, const std::function<void()> &work) {
        StepProgressDialog::run(&w, label, progress, work);
    });
    whenModalAppears([](QWidget *preview) { qobject_cast<QDialog *>(preview)->accept(); });
    CHECK(w.files()->mergeFile(colleague));
    CHECK(contents(mine) != before);
}

TEST_CASE("an undo of a merge cancelled half-way changes nothing and can still be done")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Coordinator"));
    const QString colleague = busyColleague(s, 1500);
    whenModalAppears([](QWidget *preview) { qobject_cast<QDialog *>(preview)->accept(); });
    REQUIRE(w.files()->mergeFile(colleague));
    const Catalogue &mine = *w.session()->catalogue();
    const QString merged = contents(mine);
    const int index = w.session()->undoStack()->index();

    CancellingRunner analyst{QStringLiteral("Undo"), 300};
    analyst.install(w);
    w.session()->undo();
    CHECK(analyst.labels == QStringList{QStringLiteral("Undo: Merge “ana.measures”")});
    CHECK((analyst.doneAtCancel >= 300 && analyst.doneAtCancel < analyst.total));
    CHECK(contents(mine) == merged);
    CHECK(w.session()->undoStack()->index() == index); // still there to undo
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("Undo cancelled: nothing was changed."));

    analyst.cancelled = QStringLiteral("nothing");
    w.session()->undo();
    CHECK(w.session()->undoStack()->index() == index - 1);
    CHECK(sqlInt(mine, QStringLiteral("SELECT count(*) FROM measure WHERE title LIKE 'Medida nueva de Ana%'")) == 0);
}

TEST_CASE("an import cancelled while it checks or writes imports nothing and says so")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    // Ana's 1,500 new measures, as a CSV of our own.
    const QString colleague = busyColleague(s, 1500);
    const QString csv = s.t.file(QStringLiteral("ana.csv"));
    {
        CatalogueError error;
        auto theirs = Catalogue::open(colleague, {Catalogue::Access::ReadOnly, false}, &error);
        REQUIRE(theirs);
        REQUIRE(CsvExporter(*theirs, VocabularyQuery::load(*theirs)).writeFile(csv, {}, {}, keysAndCodes()).ok);
    }
    const Catalogue &mine = *w.session()->catalogue();
    const QString before = contents(mine);
    const int steps = w.session()->undoStack()->count();

    SECTION("while it checks")
    {
        CancellingRunner analyst{QStringLiteral("Checking"), 1};
        analyst.install(w);
        CHECK_FALSE(w.files()->importFile(csv)); // no preview: the check was stopped
        CHECK(w.statusBar()->currentMessage() == QStringLiteral("The check of “ana.csv” was cancelled. Nothing was imported."));
    }
    SECTION("while it writes")
    {
        CancellingRunner analyst{QStringLiteral("Importing"), 300};
        analyst.install(w);
        whenModalAppears([](QWidget *preview) { qobject_cast<QDialog *>(preview)->accept(); });
        CHECK_FALSE(w.files()->importFile(csv));
        CHECK((analyst.doneAtCancel >= 300 && analyst.doneAtCancel < analyst.total));
        CHECK(w.session()->lastStepCancelled());
        CHECK(w.statusBar()->currentMessage() == QStringLiteral("The import was cancelled: nothing was imported."));
    }
    CHECK(contents(mine) == before);
    CHECK(w.session()->undoStack()->count() == steps);
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(mine.path())));
}

TEST_CASE("a backup copy cancelled while it is made leaves no file")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString copy = s.t.file(QStringLiteral("copy.measures"));
    CancellingRunner analyst{QStringLiteral("Copying"), -1};
    analyst.install(w);
    const QString error = w.session()->backUpTo(copy);
    CHECK(w.session()->lastStepCancelled());
    CHECK(error == QStringLiteral("The copy was cancelled: no file was made."));
    CHECK(QDir(s.t.dir.path()).entryList({QStringLiteral("copy.measures*")}, QDir::Files | QDir::Hidden).isEmpty());
    analyst.cancelled = QStringLiteral("nothing");
    CHECK(w.session()->backUpTo(copy).isEmpty());
    CHECK(QFileInfo::exists(copy));
}

TEST_CASE("a backup copy a crash interrupted long ago is tidied away when the catalogue opens, one being made now is not")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    const QDir backups(Backups::folderFor(t.path));
    REQUIRE(QDir().mkpath(backups.path()));
    const QString old = backups.filePath(QStringLiteral("test before-merge 20261201-101010 ana.measures.partial"));
    const QString fresh = backups.filePath(QStringLiteral("test before-merge 20261205-101010 ana.measures.partial"));
    const QString kept = backups.filePath(QStringLiteral("test auto 20261201-101010.measures"));
    for (const QString &path : {old, old + QStringLiteral("-journal"), fresh, kept})
        writeBytes(path, QByteArray(4096, 'x'));
    for (const QString &path : {old, old + QStringLiteral("-journal"), kept}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    CatalogueSession session;
    CatalogueError error;
    session.setCatalogue(Catalogue::open(t.path, {}, &error));
    REQUIRE(session.isOpen());
    CHECK_FALSE(QFileInfo::exists(old));
    CHECK_FALSE(QFileInfo::exists(old + QStringLiteral("-journal")));
    CHECK(QFileInfo::exists(fresh)); // perhaps another window's copy under way
    CHECK(QFileInfo::exists(kept));  // a real backup is never touched
}

TEST_CASE("a session that ends during a step stops the step, says nothing to nobody, and closes")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const QString copy = s.t.file(QStringLiteral("copy.measures"));
    w.session()->setStepRunner([&w](const QString &label, StepProgress &progress, const std::function<void()> &work) {
        QTimer::singleShot(50, &w, [&w] { w.endSession(); }); // the desktop logs out, before any dialog shows
        StepProgressDialog::run(&w, label, progress, [&] {
            for (int i = 0; i < 1000 && !progress.isCancelled(); ++i) // a long copy, until it is stopped
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            work();
        });
    });
    QElapsedTimer timer;
    timer.start();
    QString error;
    // Save a Copy, from the main event loop as a menu would run it; nobody answers any question.
    QTimer::singleShot(0, &w, [&] { error = w.files()->saveCopy(copy); });
    CHECK(waitFor([&] { return !w.isVisible(); }, 8000));
    CHECK(timer.elapsed() < 8000);
    CHECK(error == QStringLiteral("The copy was cancelled: no file was made."));
    CHECK_FALSE(QFileInfo::exists(copy));
}

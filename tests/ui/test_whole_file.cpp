// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue file an analyst copies or e-mails holds every saved change once the window has let
// go of it, and the one undo history never changes data behind the analyst's back.
#include "uisupport.h"

#include "catalogue/backups.h"
#include "catalogue/editlock.h"
#include "csv/csvexporter.h"
#include "editor/measureeditor.h"
#include "session/draftkeeper.h"
#include "session/measuredraft.h"
#include "editor/partnerlisteditor.h"
#include "store/partnerstore.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "model/undocost.h"
#include "models/measuretablemodel.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "sample/measuregenerator.h"
#include "session/appsettings.h"
#include "session/cataloguesession.h"
#include "session/terminationsignals.h"
#include "session/uilanguage.h"
#include "widgets/filedialogs.h"
#include "widgets/filterbar.h"
#include "widgets/measuretableview.h"

#include <QBuffer>
#include <QInputDialog>
#include <QStatusBar>
#include <QDir>
#include <QPlainTextEdit>
#include <QFileSystemModel>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <csignal>

namespace {

// What a colleague receives: the .measures file alone, copied somewhere else, opened there.
QStringList titlesInCopyOf(const QString &path)
{
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("received.measures"));
    REQUIRE(QFile::copy(path, copy));
    CatalogueError error;
    auto catalogue = Catalogue::open(copy, {Catalogue::Access::ReadOnly, true}, &error);
    INFO(error.message().toStdString());
    REQUIRE(catalogue);
    CatalogueAccess access(*catalogue);
    QStringList titles;
    for (qint64 id : access.ids())
        titles << access.load(id)->title;
    return titles;
}

QStringList sideFilesOf(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral("-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("after closing, switching, quitting or the session ending, the catalogue file alone holds every saved change")
{
    enum class How { Close, Switch, Quit, SessionEnds };
    for (How how : {How::Close, How::Switch, How::Quit, How::SessionEnds}) {
        INFO("way of letting go: " << int(how));
        std::optional<TempCatalogue> other; // lives as long as the window that switches to it
        SampleWindow s;
        MainWindow &w = *s.window;
        Measure m;
        m.title = QStringLiteral("Guardada antes de cerrar");
        REQUIRE(w.session()->save(m).saved);
        REQUIRE(sideFilesOf(s.t.path).contains(QStringLiteral("test.measures-wal"))); // the change sits in the WAL now
        w.filterBar()->searchBox()->setText(QStringLiteral("guardada")); // the table holds statements on the file

        switch (how) {
        case How::Close:
            w.files()->close();
            break;
        case How::Switch:
            other.emplace(TempCatalogue::Content::Sample, QStringLiteral("other.measures"));
            other->close();
            REQUIRE(w.files()->open(other->path));
            break;
        case How::Quit:
            w.action(MainWindow::Action::Quit)->trigger();
            break;
        case How::SessionEnds:
            QObject::connect(&TerminationSignals::install(), &TerminationSignals::terminationRequested, &w, &MainWindow::endSession);
            ::raise(SIGTERM);
            REQUIRE(waitFor([&] { return !w.isVisible(); }));
            break;
        }
        CHECK(sideFilesOf(s.t.path).isEmpty());
        CHECK_FALSE(QFileInfo::exists(EditLock::lockPathFor(s.t.path)));
        CHECK(titlesInCopyOf(s.t.path).contains(m.title));
    }
}

namespace {
// Every field of every measure (timestamps, partners in order, lists), as the export writes them.
QByteArray wholeCatalogue(CatalogueSession &session)
{
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter(*session.catalogue(), session.vocabulary()).write(csv, {}, {}, keysAndCodes()).ok);
    return csv.data();
}
} // namespace

TEST_CASE("merging partners is one step of the undo history, and undoing an earlier edit afterwards changes nothing else")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    const QList<PartnerInfo> partners = PartnerQuery::all(*session.catalogue());
    REQUIRE(partners.size() >= 2);
    const PartnerInfo kept = partners[0], merged = partners[1];

    const QByteArray untouched = wholeCatalogue(session);
    Measure edited = *session.load(w.model()->idAt(0));
    const Measure original = edited;
    edited.fundingText = QStringLiteral("Edited before the merge");
    REQUIRE(session.save(edited).saved);
    const QByteArray beforeMerge = wholeCatalogue(session);
    REQUIRE(session.mergePartners({merged.id, kept.id}, kept.id).isEmpty());
    CHECK(PartnerQuery::all(*session.catalogue()).size() == partners.size() - 1);
    CHECK(session.undoStack()->undoText().contains(QStringLiteral("Merge partners")));
    CHECK(wholeCatalogue(session) != beforeMerge);

    w.action(MainWindow::Action::Undo)->trigger(); // the merge
    const QList<PartnerInfo> back = PartnerQuery::all(*session.catalogue());
    REQUIRE(back.size() == partners.size());
    for (int i = 0; i < back.size(); ++i) {
        CHECK(back[i].name == partners[i].name);
        CHECK(back[i].typeCode == partners[i].typeCode);
        CHECK(back[i].measureCount == partners[i].measureCount);
    }
    CHECK(wholeCatalogue(session) == beforeMerge); // every field of every measure, timestamps too
    w.action(MainWindow::Action::Undo)->trigger(); // the edit
    CHECK(session.load(original.id)->fundingText == original.fundingText);
    const QList<PartnerInfo> after = PartnerQuery::all(*session.catalogue());
    REQUIRE(after.size() == partners.size()); // no partner re-created...
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after[i].name == partners[i].name);
        CHECK(after[i].typeCode == partners[i].typeCode); // ...or retyped
        CHECK(after[i].measureCount == partners[i].measureCount);
    }
    CHECK(wholeCatalogue(session) == untouched);
    w.action(MainWindow::Action::Redo)->trigger();
    CHECK(wholeCatalogue(session) == beforeMerge);
    w.action(MainWindow::Action::Redo)->trigger();
    CHECK(PartnerQuery::all(*session.catalogue()).size() == partners.size() - 1);
    CHECK(session.load(original.id)->fundingText == u"Edited before the merge");
}

TEST_CASE("renaming and retyping a partner and adding a custom domain are undone step by step")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    const PartnerInfo partner = PartnerQuery::all(*session.catalogue()).first();
    MeasureFilter byType;
    byType.partnerTypes = {partner.typeCode};
    const QVector<qint64> ofThatType = MeasureQuery(*session.catalogue()).find(byType, {}).ids;
    const QString otherType = partner.typeCode == u"civil_society" ? QStringLiteral("private_sector") : QStringLiteral("civil_society");
    REQUIRE(session.renamePartner(partner.id, QStringLiteral("Renamed partner")).isEmpty());
    REQUIRE(session.setPartnerType(partner.id, otherType).isEmpty());
    QString code;
    REQUIRE(session.addTerm(VocabularyKind::CulturalDomain, QStringLiteral("Video games"), QStringLiteral("Videojuegos"), &code).isEmpty());
    CHECK(session.vocabulary().contains(VocabularyKind::CulturalDomain, code));
    // The history speaks the language of the moment, the custom domain's label included.
    UiLanguage::instance().set(Language::byCode(u"es"));
    CHECK(session.undoStack()->undoText() == QStringLiteral("Añadir “Videojuegos”"));
    CHECK(w.action(MainWindow::Action::Undo)->toolTip() == QStringLiteral("Añadir “Videojuegos”"));
    UiLanguage::instance().set(Language::English);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Add “Video games”"));

    session.undo();
    CHECK_FALSE(session.vocabulary().contains(VocabularyKind::CulturalDomain, code));
    const auto current = [&] {
        for (const PartnerInfo &p : PartnerQuery::all(*session.catalogue()))
            if (p.id == partner.id)
                return p;
        return PartnerInfo();
    };
    session.undo();
    CHECK(current().typeCode == partner.typeCode);
    CHECK(MeasureQuery(*session.catalogue()).find(byType, {}).ids == ofThatType); // the facet masks followed the type back
    session.undo();
    const auto names = PartnerQuery::names(*session.catalogue());
    CHECK(names.contains(partner.name));
    CHECK_FALSE(names.contains(QStringLiteral("Renamed partner")));
    session.redo();
    session.redo();
    session.redo();
    CHECK(session.vocabulary().contains(VocabularyKind::CulturalDomain, code));
    CHECK(PartnerQuery::names(*session.catalogue()).contains(QStringLiteral("Renamed partner")));
}

TEST_CASE("an undo that cannot be done says so and leaves the history where it was")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    Measure m = *session.load(w.model()->idAt(0));
    m.fundingText = QStringLiteral("Changed");
    REQUIRE(session.save(m).saved);
    const int index = session.undoStack()->index();

    REQUIRE(QFile::rename(s.t.path, s.t.path + QStringLiteral(".away"))); // the file is moved away meanwhile
    QString message;
    whenModalAppears([&](QWidget *box) { // the window says so
        message = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        box->close();
    });
    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(message.contains(QStringLiteral("moved, renamed or deleted")));
    CHECK(session.undoStack()->index() == index);
    CHECK(session.undoStack()->canUndo());

    REQUIRE(QFile::rename(s.t.path + QStringLiteral(".away"), s.t.path));
    session.undo();
    CHECK(session.undoStack()->index() == index - 1);
    CHECK(session.load(m.id)->fundingText != u"Changed");
}

TEST_CASE("the undo history stays within its memory budget: the oldest steps go first, the newest stay undoable")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    session.undoBudget().setBytes(300 * 1024); // room for two of the steps below, not three
    QList<Measure> originals;
    for (int row = 0; row < 5; ++row)
        originals << *session.load(w.model()->idAt(row));
    int trimmed = 0;
    QObject::connect(&session, &CatalogueSession::undoHistoryTrimmed, [&](int steps) { trimmed += steps; });
    for (int i = 0; i < 5; ++i) {
        Measure m = originals.at(i);
        m.resultsAchieved = QString(50000, QChar(u'a' + i)); // a step of about 100 KB
        REQUIRE(session.save(m).saved);
        CHECK(session.undoBudget().held() <= 300 * 1024);
        CHECK(session.canUndo());
    }
    CHECK(trimmed == 3);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("can no longer be undone")));

    // The two newest come back in order; then Undo has nothing left and says nothing wrong.
    session.undo();
    CHECK(session.load(originals.at(4).id)->resultsAchieved == originals.at(4).resultsAchieved);
    CHECK(session.canUndo());
    session.undo();
    CHECK(session.load(originals.at(3).id)->resultsAchieved == originals.at(3).resultsAchieved);
    CHECK_FALSE(session.canUndo());
    CHECK_FALSE(w.action(MainWindow::Action::Undo)->isEnabled());
    CHECK(w.action(MainWindow::Action::Undo)->text() == u"&Undo");
    session.undo(); // nothing happens
    CHECK(session.load(originals.at(2).id)->resultsAchieved == QString(50000, QChar(u'c')));
    // Redo still has both steps it kept.
    session.redo();
    session.redo();
    CHECK(session.load(originals.at(4).id)->resultsAchieved == QString(50000, QChar(u'e')));
    CHECK(session.canUndo());
}

TEST_CASE("an import is one step of the undo history")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    CatalogueAccess access(*session.catalogue());
    const Measure first = *access.load(access.ids().first());
    const QString file = s.t.file(QStringLiteral("sheet.csv"));
    writeBytes(file, (QStringLiteral("uuid,title\r\n%1,Corrected title\r\n,A new measure\r\n").arg(first.uuid)).toUtf8());
    const CsvImporter::Plan plan = session.checkImport(file, QStringLiteral("sheet.csv"));
    REQUIRE(plan.ok);
    REQUIRE(session.applyImport(plan).isEmpty());
    CHECK(w.model()->rowCount() == 6);
    CHECK(session.load(first.id)->title == u"Corrected title");
    session.undo();
    CHECK(w.model()->rowCount() == 5);
    CHECK(session.load(first.id)->title == first.title);
    CHECK(session.load(first.id)->country == first.country);
    session.redo();
    CHECK(w.model()->rowCount() == 6);
    CHECK(session.load(first.id)->title == u"Corrected title");
}

TEST_CASE("on a large catalogue, Delete removes exactly the rows selected on screen while a new search is still loading")
{
    TempCatalogue t;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, 300, 5).isEmpty());
    t.close();
    UiLanguage::instance().set(Language::English);
    MainWindow w;
    w.model()->setBackgroundFrom(0);
    w.show();
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return !w.model()->isLoading() && w.model()->rowCount() == 300; }));
    QItemSelectionModel *selection = w.table()->selectionModel();
    selection->clearSelection();
    QList<qint64> chosen;
    for (int row : {3, 4, 7}) {
        selection->select(w.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        chosen << w.model()->idAt(row);
    }
    w.filterBar()->searchBox()->setText(QStringLiteral("música")); // a search starts on the worker thread
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Delete")); });
    w.action(MainWindow::Action::Delete)->trigger();
    REQUIRE(waitFor([&] { return !w.model()->isLoading(); }));
    CatalogueAccess access(*w.session()->catalogue());
    CHECK(access.ids().size() == 297);
    for (qint64 id : chosen)
        CHECK_FALSE(access.load(id));
}

TEST_CASE("deleting more measures than undo keeps says so first, makes a backup copy, and leaves undo with nothing to take back")
{
    TempCatalogue t;
    const int count = UndoCost::kMaxMeasures + 5;
    REQUIRE(MeasureGenerator::generate(*t.catalogue, count, 9).isEmpty());
    t.close();
    UiLanguage::instance().set(Language::English);
    MainWindow w;
    w.show();
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return !w.model()->isLoading() && w.model()->rowCount() == count; }, 60000));
    Measure kept = *w.session()->load(w.model()->idAt(0));
    kept.resultsAchieved = QStringLiteral("An earlier edit");
    REQUIRE(w.session()->save(kept).saved);
    REQUIRE(w.session()->canUndo());
    w.table()->selectAll();

    QString warned, told;
    whenModalAppears([&](QWidget *box) {
        warned = static_cast<QMessageBox *>(box)->informativeText();
        whenModalAppears([&](QWidget *after) { // and after: where the way back is, in a box that stays
            auto *box = qobject_cast<QMessageBox *>(after);
            REQUIRE(box);
            told = box->informativeText();
            box->accept();
        }, 60000); // after the copy and the deletion, however long a loaded machine takes
        clickMessageBoxButton(box, QStringLiteral("Delete"));
    });
    w.action(MainWindow::Action::Delete)->trigger();
    REQUIRE(waitFor([&] { return !w.model()->isLoading() && w.model()->rowCount() == 0; }, 60000));
    CHECK(warned.contains(QStringLiteral("too many to undo")));
    CHECK(CatalogueAccess(*w.session()->catalogue()).ids().isEmpty());
    CHECK_FALSE(w.session()->canUndo()); // not the deletion, nor the edit before it
    CHECK(told.contains(QStringLiteral("backup copy")));
    CHECK(told.contains(QStringLiteral("Restore from Backup")));

    // The copy holds every measure as it was, the edit included, and the restore list says why it exists.
    QStringList copies;
    for (const QString &copy : Backups::all(t.path))
        if (Backups::kindOf(t.path, copy) == Backups::Kind::BeforeDelete)
            copies << copy;
    REQUIRE(copies.size() == 1);
    CHECK(Backups::sourceOf(t.path, copies.first()).toInt() == count);
    CatalogueError error;
    auto copy = Catalogue::open(copies.first(), {Catalogue::Access::ReadOnly, true}, &error);
    REQUIRE(copy);
    CatalogueAccess before(*copy);
    CHECK(before.ids().size() == count);
    CHECK(before.loadByUuid(kept.uuid)->resultsAchieved == u"An earlier edit");
}

TEST_CASE("while the window has a catalogue open, nothing it does strips its locks, so other programs never fold its WAL away")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const auto saveTitled = [&](const QString &title) {
        Measure m;
        m.title = title;
        REQUIRE(w.session()->save(m).saved);
    };
    const auto countOutside = [&](const QString &search) { // another program, in another process
        QString out;
        REQUIRE(runCli({QStringLiteral("count"), s.t.path, QStringLiteral("--search"), search}, &out) == 0);
        return out.trimmed().toInt();
    };
    saveTitled(QStringLiteral("Golf guardada"));

    // What used to strip them: probing the file again (opening it once more, the export's worker
    // connection), and a file dialog listing its folder (it reads files to tell their type).
    CHECK(Catalogue::probe(s.t.path, true).kind == CatalogueError::Kind::None);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter(*w.session()->catalogue(), w.session()->vocabulary()).write(csv, {}, {}, keysAndCodes()).ok);
    QFileSystemModel listing;
    listing.setIconProvider(FileDialogs::iconProvider());
    const QModelIndex folder = listing.setRootPath(QFileInfo(s.t.path).absolutePath());
    REQUIRE(waitFor([&] { return listing.rowCount(folder) >= 2; }));
    for (int row = 0; row < listing.rowCount(folder); ++row)
        for (int column = 0; column < listing.columnCount(folder); ++column)
            listing.index(row, column, folder).data(Qt::DisplayRole), listing.fileIcon(listing.index(row, 0, folder));

    CHECK(countOutside(QStringLiteral("golf")) == 1);
    REQUIRE(sideFilesOf(s.t.path).contains(QStringLiteral("test.measures-wal"))); // still the window's
    saveTitled(QStringLiteral("Hotel guardada"));
    CHECK(countOutside(QStringLiteral("hotel")) == 1); // the save is in the WAL every reader uses
}

TEST_CASE("undoing a save also undoes what it did to shared partners: a retype everywhere, a partner it created")
{
    SampleWindow s;
    CatalogueSession &session = *s.window->session();
    const auto partnerNamed = [&](const QString &name) {
        for (const PartnerInfo &p : PartnerQuery::all(*session.catalogue()))
            if (p.name == name)
                return p;
        return PartnerInfo();
    };
    const PartnerInfo shared = PartnerQuery::all(*session.catalogue()).first();
    const QString otherType = shared.typeCode == u"civil_society" ? QStringLiteral("private_sector") : QStringLiteral("civil_society");
    MeasureFilter byType;
    byType.partnerTypes = {shared.typeCode};
    const QVector<qint64> ofTheType = MeasureQuery(*session.catalogue()).find(byType, {}).ids;
    Measure m;
    m.title = QStringLiteral("Names a known partner with another type, and a new one");
    m.partners = {{shared.name, otherType}, {QStringLiteral("Socio nuevo"), QStringLiteral("public_sector")}};
    REQUIRE(session.save(m).saved);
    CHECK(partnerNamed(shared.name).typeCode == otherType); // the latest statement of a type wins
    CHECK(partnerNamed(QStringLiteral("Socio nuevo")).id != 0);

    session.undo();
    CHECK(partnerNamed(shared.name).typeCode == shared.typeCode);
    CHECK(partnerNamed(QStringLiteral("Socio nuevo")).id == 0);
    CHECK(MeasureQuery(*session.catalogue()).find(byType, {}).ids == ofTheType); // the masks followed the type back, exactly
    session.redo();
    CHECK(partnerNamed(shared.name).typeCode == otherType);
    CHECK(partnerNamed(QStringLiteral("Socio nuevo")).id != 0);
}

TEST_CASE("an undo that fails half-way changes nothing: the measure and its shared partners stay together, and it can be undone later")
{
    SampleWindow s;
    CatalogueSession &session = *s.window->session();
    session.setStepRunner({}); // the failure below is injected into the window's own connection: the step runs there
    const PartnerInfo shared = PartnerQuery::all(*session.catalogue()).first();
    const QString otherType = shared.typeCode == u"civil_society" ? QStringLiteral("private_sector") : QStringLiteral("civil_society");
    Measure m;
    m.title = QStringLiteral("Retypes a shared partner");
    m.partners = {{shared.name, otherType}};
    REQUIRE(session.save(m).saved);
    const QString typeOf = QStringLiteral("SELECT type_code = '%1' FROM partner WHERE id = %2").arg(otherType).arg(shared.id);

    // The partners' half of the undo fails (as a full disk would make it fail) after the measure's half ran.
    sqlRun(*session.catalogue(), QStringLiteral("CREATE TEMP TRIGGER no_partner_change BEFORE UPDATE ON main.partner "
                                                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    QString failure;
    QObject::connect(&session, &CatalogueSession::undoFailed, [&](const QString &error) { failure = error; });
    whenModalAppears([](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("OK")); }); // the window says so too
    session.undo();
    CHECK(failure.contains(QStringLiteral("injected failure")));
    CHECK(session.undoStack()->canUndo());                            // the step is still there to undo
    CHECK(session.load(m.id).has_value());                            // the measure was not removed...
    CHECK(sqlInt(*session.catalogue(), typeOf) == 1);                 // ...and its partner kept the type it gave it

    sqlRun(*session.catalogue(), QStringLiteral("DROP TRIGGER temp.no_partner_change"));
    session.undo();
    CHECK_FALSE(session.load(m.id).has_value());
    CHECK(sqlInt(*session.catalogue(), typeOf) == 0);
}

TEST_CASE("an undo whose lookup of the measure cannot be read fails and says so, instead of reading as done")
{
    SampleWindow s;
    CatalogueSession &session = *s.window->session();
    session.setStepRunner({}); // the failure below is injected into the window's own connection: the step runs there
    Measure m;
    m.title = QStringLiteral("Added, then undone");
    REQUIRE(session.save(m).saved);
    // Every read of `measure` by name now fails, as an I/O error would make it fail (a temporary
    // view shadows the table on this connection only).
    sqlRun(*session.catalogue(), QStringLiteral("CREATE TEMP VIEW measure AS SELECT * FROM main.measure "
                                                "WHERE abs(-9223372036854775807 - 1) > 0"));
    QString failure;
    QObject::connect(&session, &CatalogueSession::undoFailed, [&](const QString &error) { failure = error; });
    QStringList shown;
    whenModalAppears([&](QWidget *box) {
        shown << box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        box->close();
        whenModalAppears([&](QWidget *next) { shown << next->objectName(); next->close(); });
    });
    session.undo();
    INFO(shown.join(u'\n').toStdString());
    CHECK(failure.contains(QStringLiteral("could not be read")));
    CHECK(session.undoStack()->canUndo()); // still there to undo
    sqlRun(*session.catalogue(), QStringLiteral("DROP VIEW temp.measure"));
    CHECK(session.load(m.id).has_value()); // nothing was changed
    session.undo();
    CHECK_FALSE(session.load(m.id).has_value());
}

TEST_CASE("Delete of measures that are already gone does nothing and adds no step")
{
    SampleWindow s;
    CatalogueSession &session = *s.window->session();
    Measure m;
    m.title = QStringLiteral("Soon gone");
    REQUIRE(session.save(m).saved);
    session.undo(); // the table may still show it (a stale selection)
    const int steps = session.undoStack()->count();
    CHECK(session.remove({m.id}).isEmpty());
    CHECK(session.undoStack()->count() == steps);
    CHECK(session.undoStack()->index() == steps - 1);
}

TEST_CASE("undo works back through deletions, partner changes and saves in any order")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    const PartnerInfo partner = PartnerQuery::all(*session.catalogue()).first();
    const QList<QPair<qint64, QString>> users = PartnerQuery::measuresUsing(*session.catalogue(), partner.id);
    REQUIRE_FALSE(users.isEmpty());
    // 1. delete a measure naming the partner; 2. rename the partner; 3. undo both.
    REQUIRE(session.remove({users.first().first}).isEmpty());
    REQUIRE(session.renamePartner(partner.id, QStringLiteral("Renamed")).isEmpty());
    QStringList failures;
    QObject::connect(&session, &CatalogueSession::undoFailed, [&](const QString &m) { failures << m; });
    whenModalAppears([](QWidget *box) { box->close(); }); // in case a failure is shown
    session.undo();
    session.undo();
    CHECK(failures.isEmpty());
    REQUIRE(PartnerQuery::names(*session.catalogue()).contains(partner.name));
    qint64 againId = 0;
    for (const PartnerInfo &p : PartnerQuery::all(*session.catalogue()))
        if (p.name == partner.name)
            againId = p.id;
    const auto titlesOf = [](const QList<QPair<qint64, QString>> &measures) {
        QStringList titles;
        for (const auto &m : measures)
            titles << m.second;
        titles.sort();
        return titles;
    };
    CHECK(titlesOf(PartnerQuery::measuresUsing(*session.catalogue(), againId)) == titlesOf(users)); // exactly those that named it

    // 1. delete an unused partner; 2. a new measure names it again (a new row); 3. undo both.
    Measure lone;
    lone.title = QStringLiteral("Only one to name it");
    lone.partners = {{QStringLiteral("Socio solo"), QStringLiteral("civil_society")}};
    REQUIRE(session.save(lone).saved);
    REQUIRE(session.remove({lone.id}).isEmpty());
    const qint64 unused = PartnerStore(*session.catalogue()).idOf(QStringLiteral("Socio solo"));
    REQUIRE(unused != 0);
    REQUIRE(session.removePartner(unused).isEmpty());
    Measure again;
    again.title = QStringLiteral("Names it once more");
    again.partners = {{QStringLiteral("Socio solo"), QStringLiteral("civil_society")}};
    REQUIRE(session.save(again).saved);
    session.undo(); // the new measure (and the partner row it made)
    session.undo(); // the deletion of the partner
    CHECK(failures.isEmpty());
    CHECK(PartnerQuery::names(*session.catalogue()).contains(QStringLiteral("Socio solo")));
}

namespace {
// Opens `path` in a window, edits its first measure with `type`, and ends the session while the
// form is open (as SIGTERM does); returns the id of the measure edited.
qint64 keepDraftOfFirstMeasure(const QString &path, const std::function<void(QWidget *editor)> &type)
{
    qint64 edited = 0;
    MainWindow w;
    w.show();
    REQUIRE(w.files()->open(path));
    edited = w.model()->idAt(0);
    whenModalAppears([&](QWidget *editor) {
        type(editor);
        w.endSession();
    });
    w.editMeasure(edited);
    REQUIRE(waitFor([&] { return !w.isVisible(); }));
    return edited;
}
} // namespace

TEST_CASE("a kept edit of a measure a colleague changed since is not saved over their change without a word")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    UiLanguage::instance().set(Language::English);
    const qint64 edited = keepDraftOfFirstMeasure(t.path, [](QWidget *editor) {
        editor->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("My title"));
    });
    REQUIRE(MeasureDraft::exists(t.path));
    QTest::qWait(1100); // times are kept to the second
    t.reopen(); // a colleague corrects the funding and saves
    {
        CatalogueAccess colleague(*t.catalogue);
        Measure m = *colleague.load(edited);
        m.fundingText = QStringLiteral("Corrected by a colleague");
        REQUIRE(colleague.save(m).saved);
    }
    t.close();

    MainWindow w;
    w.show();
    QString warned;
    whenModalAppears([&](QWidget *box) {
        whenModalAppears([&](QWidget *second) {
            auto *label = second->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
            warned = second->objectName() + u' ' + (label ? label->text() : QString());
            if (auto *dialog = qobject_cast<QDialog *>(second))
                dialog->reject(); // Cancel (or, were it the form, close it)
        });
        clickMessageBoxButton(box, QStringLiteral("Open in the Form"));
    });
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return !warned.isEmpty(); }, 8000));
    CHECK(warned.startsWith(QStringLiteral("draftOutdated")));
    CHECK(warned.contains(QStringLiteral("changed and saved")));
    CHECK(w.session()->load(edited)->fundingText == u"Corrected by a colleague");
    CHECK(MeasureDraft::exists(t.path)); // nothing decided yet: still kept
    // Opened anyway and interrupted again, the edit still knows the version it began from.
    REQUIRE(MeasureDraft::ids(t.path).size() == 1);
    const MeasureDraft::Typed kept = *MeasureDraft::read(t.path, MeasureDraft::ids(t.path).first());
    MeasureEditor reopened(w.session(), *w.session()->load(edited), &w);
    reopened.fillWith(kept);
    CHECK(kept.measure.updatedAt.isValid());
    CHECK(reopened.typed().measure.updatedAt == kept.measure.updatedAt);
    CHECK(reopened.typed().measure.updatedAt != w.session()->load(edited)->updatedAt);
    MeasureDraft::discardAll(t.path);
}

TEST_CASE("when the session ends while a measure is being edited, what was typed is offered when the catalogue opens again")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    UiLanguage::instance().set(Language::English);
    const qint64 edited = keepDraftOfFirstMeasure(t.path, [](QWidget *editor) {
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
        title->selectAll();
        typeText(title, QStringLiteral("Typed before logout"));
        // What the form cannot understand yet is typing too: it comes back as typed.
        editor->findChild<QLineEdit *>(QStringLiteral("reportYear"))->setText(QStringLiteral("2O25"));
        editor->findChild<QLineEdit *>(QStringLiteral("fundingUsd"))->setText(QStringLiteral("12 mil"));
        editor->findChild<PartnerListEditor *>()->addRow()->setText(QStringLiteral("Fundación Teatro del Lago")); // no type yet
        editor->findChild<QPlainTextEdit *>(QStringLiteral("keyObjectives"))->setPlainText(QStringLiteral("'=not a formula"));
    });
    MainWindow w;
    w.show();
    QString asked, inForm, year, amount, objectives;
    QList<PartnerLink> partners;
    whenModalAppears([&](QWidget *box) {
        asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        whenModalAppears([&](QWidget *editor) {
            inForm = editor->findChild<QLineEdit *>(QStringLiteral("title"))->text();
            year = editor->findChild<QLineEdit *>(QStringLiteral("reportYear"))->text();
            amount = editor->findChild<QLineEdit *>(QStringLiteral("fundingUsd"))->text();
            objectives = editor->findChild<QPlainTextEdit *>(QStringLiteral("keyObjectives"))->toPlainText();
            partners = editor->findChild<PartnerListEditor *>()->partners();
            editor->findChild<QLineEdit *>(QStringLiteral("reportYear"))->setText(QStringLiteral("2025"));
            editor->findChild<QLineEdit *>(QStringLiteral("fundingUsd"))->clear();
            editor->findChild<PartnerListEditor *>()->setPartners({});
            REQUIRE(static_cast<MeasureEditor *>(editor)->save());
        });
        clickMessageBoxButton(box, QStringLiteral("Open in the Form"));
    });
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return !inForm.isEmpty(); }, 8000));
    CHECK(asked.contains(QStringLiteral("Typed before logout")));
    CHECK(inForm == u"Typed before logout");
    CHECK(year == u"2O25");
    CHECK(amount == u"12 mil");
    CHECK(objectives == u"'=not a formula");
    CHECK(partners.size() == 3); // the measure's two, and the one without a type yet
    CHECK(partners.value(2).name == u"Fundación Teatro del Lago");
    REQUIRE(waitFor([&] { return w.session()->load(edited)->title == u"Typed before logout"; }));
    CHECK_FALSE(MeasureDraft::exists(t.path)); // saved: the draft has served
}

TEST_CASE("the session ending after the catalogue file was deleted saves a copy beside it, and the typed edit follows the copy")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    t.close();
    UiLanguage::instance().set(Language::English);
    keepDraftOfFirstMeasure(t.path, [&t](QWidget *editor) {
        REQUIRE(QFile::remove(t.path)); // another program deletes it meanwhile
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
        title->selectAll();
        typeText(title, QStringLiteral("Typed while the file was gone"));
    });
    const QString copy = t.file(QStringLiteral("test (kept when closing).measures"));
    REQUIRE(QFileInfo::exists(copy));
    CHECK(AppSettings::lastCatalogue() == QFileInfo(copy).absoluteFilePath());
    CHECK(MeasureDraft::ids(t.path).isEmpty());
    REQUIRE(MeasureDraft::ids(copy).size() == 1);
    CHECK(MeasureDraft::read(copy, MeasureDraft::ids(copy).first())->measure.title == u"Typed while the file was gone");
    MeasureDraft::discardAll(copy);
}

TEST_CASE("a draft kept by the previous version is offered once, and goes with the analyst's answer")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Measure first = *CatalogueAccess(*t.catalogue).load(CatalogueAccess(*t.catalogue).ids().first());
    t.close();
    MeasureDraft::Typed typed;
    typed.measure = first;
    typed.measure.title = QStringLiteral("Kept by the previous version");
    QSettings().setValue(QStringLiteral("drafts/")
                             + QString::fromLatin1(QFileInfo(t.path).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
                         MeasureDraft::encode(typed));
    REQUIRE(MeasureDraft::ids(t.path) == QStringList{QStringLiteral("earlier")});
    MainWindow w;
    w.show();
    int asked = 0;
    whenModalAppears([&](QWidget *box) {
        ++asked;
        clickMessageBoxButton(box, QStringLiteral("Discard It"));
    });
    REQUIRE(w.files()->open(t.path));
    REQUIRE(waitFor([&] { return asked == 1; }, 8000));
    QTest::qWait(200);
    CHECK(asked == 1);
    CHECK(MeasureDraft::ids(t.path).isEmpty());
}

TEST_CASE("a form given up because its catalogue file is gone keeps what was typed, for the copy the window saves")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const qint64 id = w.model()->idAt(0);
    bool refused = false;
    whenModalAppears([&](QWidget *editor) {
        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
        title->selectAll();
        typeText(title, QStringLiteral("Typed after the file went"));
        REQUIRE(QFile::remove(s.t.path));
        whenModalAppears([&](QWidget *box) { // the save is refused: it says why
            refused = true;
            qobject_cast<QDialog *>(box)->accept();
        });
        CHECK_FALSE(static_cast<MeasureEditor *>(editor)->save());
        whenModalAppears([&](QWidget *question) { qobject_cast<QMessageBox *>(question)->button(QMessageBox::Discard)->click(); });
        static_cast<MeasureEditor *>(editor)->reject();
    });
    w.editMeasure(id);
    CHECK(refused);
    DraftKeeper::waitForWrites();
    REQUIRE(MeasureDraft::ids(s.t.path).size() == 1);
    CHECK(MeasureDraft::read(s.t.path, MeasureDraft::ids(s.t.path).first())->measure.title == u"Typed after the file went");
    MeasureDraft::discardAll(s.t.path);
    whenModalAppears([&](QWidget *box) { clickMessageBoxButton(box, QStringLiteral("Close Without Saving")); });
    w.close();
}

TEST_CASE("a draft of a catalogue moved since the crash is offered when the catalogue is opened where it is now")
{
    TempCatalogue t(TempCatalogue::Content::Sample);
    const Measure first = *CatalogueAccess(*t.catalogue).load(CatalogueAccess(*t.catalogue).ids().first());
    t.close();
    MeasureDraft::Typed typed;
    typed.measure = first;
    typed.measure.title = QStringLiteral("Typed before the folder was tidied");
    MeasureDraft::keep(t.path, QStringLiteral("before-move"), typed);
    // One begun from another version of the measure: another copy's, not this file's.
    MeasureDraft::Typed other = typed;
    other.measure.updatedAt = first.updatedAt.addSecs(-3600);
    other.typedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    MeasureDraft::keep(t.path, QStringLiteral("another-copy"), other);
    const QString moved = t.file(QStringLiteral("tidied.measures"));
    REQUIRE(QFile::rename(t.path, moved));
    MainWindow w;
    w.show();
    QString asked;
    whenModalAppears([&](QWidget *box) {
        asked = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
        clickMessageBoxButton(box, QStringLiteral("Decide Later"));
    });
    REQUIRE(w.files()->open(moved));
    REQUIRE(waitFor([&] { return !asked.isEmpty(); }, 8000));
    CHECK(asked.contains(QStringLiteral("Typed before the folder was tidied")));
    CHECK(MeasureDraft::ids(moved) == QStringList{QStringLiteral("before-move")}); // now this file's, still undecided
    CHECK(MeasureDraft::ids(t.path) == QStringList{QStringLiteral("another-copy")}); // left where it was
    MeasureDraft::discardAll(moved);
    MeasureDraft::discardAll(t.path);
}

TEST_CASE("Edit ▸ Backup Copies Kept sets how many copies made without asking stay, and closing keeps that many")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const int before = AppSettings::automaticBackupsKept();
    // Three automatic copies from earlier days.
    REQUIRE(QDir().mkpath(Backups::folderFor(s.t.path)));
    for (const char *stamp : {"20261101-101010", "20261102-101010", "20261103-101010"})
        REQUIRE(w.session()->catalogue()->backupTo(Backups::folderFor(s.t.path) + QStringLiteral("/test auto %1.measures").arg(QLatin1String(stamp))).isEmpty());
    QString label;
    whenModalAppears([&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        label = input->labelText();
        input->setIntValue(2);
        input->accept();
    });
    w.action(MainWindow::Action::BackupsKept)->trigger();
    CHECK(label.contains(QStringLiteral("never removed")));
    CHECK(AppSettings::automaticBackupsKept() == 2);
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("The newest 2 copies of each kind are kept from now on."));

    Measure m;
    m.title = QStringLiteral("A change, so closing makes a copy");
    REQUIRE(w.session()->save(m).saved);
    w.session()->close(); // a copy when closing, then the newest two automatic ones stay
    const QStringList automatic = QDir(Backups::folderFor(s.t.path)).entryList({QStringLiteral("test auto *.measures")}, QDir::Files);
    INFO(automatic.join(u'|').toStdString());
    CHECK(automatic.size() == 2);
    CHECK_FALSE(automatic.contains(QStringLiteral("test auto 20261102-101010.measures")));
    CHECK(automatic.contains(QStringLiteral("test auto 20261103-101010.measures")));
    AppSettings::setAutomaticBackupsKept(before);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator merges a colleague's catalogue in the window: the preview with its conflicts
// side by side, a side picked per field, one undoable step; the History tab; Find Duplicates.
#include "uisupport.h"

#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergedialog.h"
#include "dialogs/restoredialog.h"
#include "mainwindow/filecontroller.h"
#include "mainwindow/mainwindow.h"
#include "merge/merge.h"
#include "models/measuretablemodel.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "query/vocabularyquery.h"
#include "session/cataloguesession.h"
#include "store/measurestore.h"
#include "widgets/comparisontable.h"
#include "widgets/measuretableview.h"
#include "widgets/readingpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

namespace {

// A colleague's copy of the window's sample catalogue with one measure changed there.
QString colleagueCopy(SampleWindow &s, const QString &uuid, const std::function<void(Measure &)> &change)
{
    s.window->session()->catalogue()->checkpoint();
    const QString path = s.t.file(QStringLiteral("ana.measures"));
    REQUIRE(s.window->session()->catalogue()->backupTo(path).isEmpty());
    CatalogueError error;
    auto theirs = Catalogue::open(path, {}, &error);
    REQUIRE(theirs);
    theirs->setAuthor(QStringLiteral("Ana Pérez"));
    Measure m = *MeasureQuery(*theirs).loadByUuid(uuid);
    change(m);
    const Vocabulary vocabulary = VocabularyQuery::load(*theirs);
    REQUIRE(MeasureStore(*theirs, vocabulary).save(m, Language::English).saved);
    return path;
}

Measure sampleMeasure(SampleWindow &s, int index)
{
    MeasureQuery query(*s.window->session()->catalogue());
    return *query.load(query.find({}, {}).ids.at(index));
}

} // namespace

TEST_CASE("File ▸ Merge Catalogue shows a conflict side by side, merges only once a side is picked, and Undo takes the whole merge back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Coordinator")); // else the first merge asks who merges
    const Measure before = sampleMeasure(s, 0);
    const QString path = colleagueCopy(s, before.uuid, [](Measure &m) {
        m.fundingText = QStringLiteral("USD 3 million (Ana)");
        m.website = QStringLiteral("https://ana.example.org");
    });
    Measure mine = before;
    mine.fundingText = QStringLiteral("USD 2 million (mine)");
    REQUIRE(w.session()->save(mine).saved);

    bool mergeEnabledBefore = true, mergeEnabledAfter = false;
    QStringList rows;
    QString state;
    whenModalAppears([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        REQUIRE(files);
        whenModalAppears([&](QWidget *next) {
            auto *preview = qobject_cast<MergeDialog *>(next);
            REQUIRE(preview);
            CHECK(preview->summaryText().contains(QStringLiteral("1 conflict")));
            // The conflict is listed first and shown field by field.
            REQUIRE(preview->entries()->currentItem());
            CHECK(preview->entries()->currentItem()->text().startsWith(QStringLiteral("Conflict: ")));
            QTableWidget *fields = preview->fields();
            for (int r = 0; r < fields->rowCount(); ++r)
                rows << fields->item(r, 0)->text() + u'|' + fields->item(r, 1)->text() + u'|' + fields->item(r, 2)->text();
            mergeEnabledBefore = preview->mergeButton()->isEnabled();
            // Theirs for the funding: picked in the row's own box.
            QComboBox *side = fields->cellWidget(0, 3)->findChild<QComboBox *>();
            REQUIRE(side);
            // From the keyboard: the field's row, then → for theirs (← would be yours).
            fields->setFocus();
            fields->setCurrentCell(0, 0);
            QTest::keyClick(fields, Qt::Key_Left);
            CHECK(side->currentIndex() == 1);
            QTest::keyClick(fields, Qt::Key_Right);
            CHECK(side->currentIndex() == 2);
            // The same keys in the box itself, where focus stays once it was used.
            side->setFocus();
            QTest::keyClick(side, Qt::Key_Left);
            CHECK(side->currentIndex() == 1);
            QTest::keyClick(side, Qt::Key_Right);
            CHECK(side->currentIndex() == 2);
            // Enter does not merge nor close the preview.
            QTest::keyClick(fields, Qt::Key_Return);
            CHECK(preview->isVisible());
            mergeEnabledAfter = preview->mergeButton()->isEnabled();
            state = preview->findChild<QLabel *>(QStringLiteral("mergeState"))->text();
            preview->mergeButton()->click();
        });
        files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
        QMetaObject::invokeMethod(files, "accept");
    });
    w.action(MainWindow::Action::Merge)->trigger();
    CHECK(rows.contains(QStringLiteral("Funding as reported|USD 2 million (mine)|USD 3 million (Ana)")));
    CHECK(rows.contains(QStringLiteral("Website|") + (before.website.isEmpty() ? QStringLiteral("(empty)") : before.website)
                        + QStringLiteral("|https://ana.example.org")));
    CHECK_FALSE(mergeEnabledBefore);
    CHECK(mergeEnabledAfter);
    CHECK(state.contains(QStringLiteral("backup copy")));
    Measure merged = *w.session()->load(before.id);
    CHECK(merged.fundingText == u"USD 3 million (Ana)");
    CHECK(merged.website == u"https://ana.example.org");

    w.action(MainWindow::Action::Undo)->trigger();
    merged = *w.session()->load(before.id);
    CHECK(merged.fundingText == u"USD 2 million (mine)");
    CHECK(merged.website == before.website);
    w.action(MainWindow::Action::Redo)->trigger();
    CHECK(w.session()->load(before.id)->fundingText == u"USD 3 million (Ana)");

    // Merging the same file again: nothing to merge, no conflict asked again.
    QString again;
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        again = box->text();
        box->accept();
    });
    CHECK_FALSE(w.files()->mergeFile(path));
    CHECK(again.contains(QStringLiteral("“ana.measures” brings nothing new")));
}

TEST_CASE("after Undo of a merge, merging the file again offers Compare Again, whose preview takes their version when picked")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Coordinator"));
    const Measure before = sampleMeasure(s, 0);
    const QString path = colleagueCopy(s, before.uuid, [](Measure &m) { m.fundingText = QStringLiteral("USD 3 million (Ana)"); });
    whenModalAppears([&](QWidget *dialog) {
        auto *preview = qobject_cast<MergeDialog *>(dialog);
        REQUIRE(preview);
        preview->mergeButton()->click();
    });
    REQUIRE(w.files()->mergeFile(path));
    w.action(MainWindow::Action::Undo)->trigger();
    REQUIRE(w.session()->load(before.id)->fundingText == before.fundingText);

    QString offer, heading;
    bool againIsDefault = false;
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        offer = box->text();
        QAbstractButton *again = nullptr;
        for (QAbstractButton *button : box->buttons())
            if (button->text().contains(QStringLiteral("Compare Again")))
                again = button;
        REQUIRE(again);
        againIsDefault = box->defaultButton() == again;
        whenModalAppears([&](QWidget *next) {
            auto *preview = qobject_cast<MergeDialog *>(next);
            REQUIRE(preview);
            heading = preview->findChild<QLabel *>(QStringLiteral("entryHeading"))->text();
            QTableWidget *fields = preview->fields();
            REQUIRE(fields->rowCount() == 1);
            CHECK(fields->item(0, 0)->text() == u"Funding as reported");
            fields->setFocus();
            fields->setCurrentCell(0, 0);
            QTest::keyClick(fields, Qt::Key_Right); // theirs
            preview->mergeButton()->click();
        });
        again->click();
    });
    CHECK(w.files()->mergeFile(path));
    CHECK(offer.contains(QStringLiteral("brings nothing new")));
    CHECK(offer.contains(QStringLiteral("Undoing a merge here took away “ana.measures”'s version of 1 measure")));
    CHECK(againIsDefault);
    CHECK(heading.contains(QStringLiteral("Undoing a merge here took their version")));
    CHECK(w.session()->load(before.id)->fundingText == u"USD 3 million (Ana)");

    // Answered: merging once more offers nothing to compare.
    QString last;
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        last = box->text();
        CHECK(box->buttons().size() == 1);
        box->accept();
    });
    CHECK_FALSE(w.files()->mergeFile(path));
    CHECK(last.contains(QStringLiteral("brings nothing new")));
}

TEST_CASE("merging the catalogue into itself, or a file that is not a catalogue, says why and changes nothing")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Coordinator"));
    QString message;
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(w.files()->mergeFile(s.t.path));
    CHECK(message.contains(QStringLiteral("merging it into itself")));
    const QString notes = s.t.file(QStringLiteral("notes.measures"));
    writeBytes(notes, "not a catalogue");
    whenModalAppears([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        message = box->text();
        box->accept();
    });
    CHECK_FALSE(w.files()->mergeFile(notes));
    CHECK(message.contains(QStringLiteral("not a Measures Catalogue")));
    CHECK_FALSE(w.session()->undoStack()->canUndo());
}

TEST_CASE("the History tab says who changed the selected measure, which fields and when")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    w.session()->setAuthor(QStringLiteral("Luis Gómez"));
    Measure m = sampleMeasure(s, 1);
    m.resultsAchieved = QStringLiteral("Forty workshops held.");
    REQUIRE(w.session()->save(m).saved);
    w.table()->selectRow(w.model()->rowOf(m.id));
    auto *pane = w.findChild<ReadingPane *>();
    REQUIRE(pane);
    CHECK(pane->tabs()->tabText(1) == u"History");
    const QString history = pane->historyBrowser()->toPlainText();
    CHECK(history.contains(QStringLiteral("Luis Gómez")));
    CHECK(history.contains(QStringLiteral("Edited: Results achieved")));
    CHECK(history.indexOf(QStringLiteral("Luis Gómez")) < history.indexOf(QStringLiteral("Created")));
    // When: the time of the edit, as the interface language writes times.
    const QList<Revision> revisions = w.session()->history(*w.session()->load(m.id));
    REQUIRE_FALSE(revisions.isEmpty());
    CHECK(qAbs(revisions.first().changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString when = QLocale(QLocale::English).toString(revisions.first().changedAt.toLocalTime(), QLocale::ShortFormat);
    INFO(history.toStdString() << " / " << when.toStdString());
    CHECK(history.trimmed().startsWith(when));
}

TEST_CASE("Find Duplicates shows a pair side by side, and merging it keeps the picked fields and both partner lists, and Undo brings both back")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    const Measure original = sampleMeasure(s, 0);
    Measure twin;
    twin.title = original.title.toUpper();
    twin.country = original.country;
    twin.fundingText = QStringLiteral("USD 12,000 (typed again)");
    twin.responsibleAgencies = original.responsibleAgencies;
    twin.partners = {{QStringLiteral("Red de Teatros del Sur"), QStringLiteral("civil_society")}};
    REQUIRE(w.session()->save(twin).saved);
    REQUIRE(w.model()->totalCount() == 6);

    QString pairText;
    whenModalAppears([&](QWidget *dialog) {
        auto *duplicates = qobject_cast<DuplicatesDialog *>(dialog);
        REQUIRE(duplicates);
        REQUIRE(duplicates->pairs()->count() == 1);
        pairText = duplicates->pairs()->item(0)->text();
        QTableWidget *fields = duplicates->fields();
        // The fields both share are folded away until asked for; the differing ones come first.
        auto *showSame = duplicates->findChild<QCheckBox *>(QStringLiteral("showSameFields"));
        REQUIRE(showSame);
        CHECK_FALSE(showSame->isChecked());
        int hidden = 0, sameShown = 0;
        for (int r = 0; r < fields->rowCount(); ++r) {
            const QTableWidgetItem *choice = fields->item(r, 3);
            const bool same = choice && choice->text() == u"Same";
            hidden += fields->isRowHidden(r) ? 1 : 0;
            sameShown += same && !fields->isRowHidden(r) ? 1 : 0;
        }
        CHECK(hidden == 1); // the responsible agencies, typed the same in both
        CHECK(sameShown == 0);
        CHECK(fields->item(0, 3) == nullptr); // the first row is a choice to make (a box, no text)
        CHECK(showSame->text().contains(QString::number(hidden)));
        showSame->setChecked(true);
        for (int r = 0; r < fields->rowCount(); ++r)
            CHECK_FALSE(fields->isRowHidden(r));
        bool picked = false;
        for (int r = 0; r < fields->rowCount(); ++r)
            if (fields->item(r, 0)->text() == u"Funding as reported") {
                QComboBox *side = fields->cellWidget(r, 3)->findChild<QComboBox *>();
                REQUIRE(side);
                side->setCurrentIndex(1); // the second's funding
                picked = true;
            }
        CHECK(picked);
        duplicates->mergeButton()->click();
        CHECK(duplicates->pairs()->count() == 0);
        // None left: the message alone, no empty panes nor an unlabelled box.
        CHECK_FALSE(duplicates->pairs()->isVisibleTo(duplicates));
        CHECK_FALSE(showSame->isVisibleTo(duplicates));
        CHECK(duplicates->findChild<QLabel *>()->text().startsWith(QStringLiteral("No likely duplicates")));
        duplicates->reject();
    });
    w.action(MainWindow::Action::FindDuplicates)->trigger();
    CHECK(pairText.contains(QStringLiteral("same words in the title")));
    REQUIRE(w.model()->totalCount() == 5);
    const Measure merged = *w.session()->load(original.id);
    CHECK(merged.title == original.title);
    CHECK(merged.fundingText == u"USD 12,000 (typed again)");
    CHECK(merged.partners.size() == original.partners.size() + 1);
    CHECK(merged.partners.last().name == u"Red de Teatros del Sur");
    CHECK(merged.mainFeatures == original.mainFeatures);

    const QString keptHead = merged.revision;
    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(w.model()->totalCount() == 6);
    // Both back whole: every field and both partner lists, the twin without a tombstone.
    const Measure first = *MeasureQuery(*w.session()->catalogue()).loadByUuid(original.uuid);
    const std::optional<Measure> second = MeasureQuery(*w.session()->catalogue()).loadByUuid(twin.uuid);
    REQUIRE(second);
    CHECK(first.sameContentAs(original));
    CHECK(first.partners == original.partners);
    CHECK(second->sameContentAs(twin));
    CHECK(second->partners == twin.partners);
    CHECK(sqlInt(*w.session()->catalogue(), QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(twin.uuid)) == 0);
    // As a change after the merge, not by moving the history back.
    CHECK(first.revision != original.revision);
    CHECK(first.revision != keptHead);
}

TEST_CASE("a merge that took a colleague's partner type and deletion is undone and redone whole, and merging again asks nothing")
{
    SampleWindow s;
    MainWindow &w = *s.window;
    CatalogueSession &session = *w.session();
    session.setAuthor(QStringLiteral("Coordinator"));
    const Measure named = sampleMeasure(s, 0), deleted = sampleMeasure(s, 1);
    REQUIRE_FALSE(named.partners.isEmpty());
    const PartnerLink partner = named.partners.first();
    const QString otherType = partner.typeCode == u"civil_society" ? QStringLiteral("private_sector") : QStringLiteral("civil_society");
    // Ana retyped the partner while editing the measure naming it, and deleted another measure.
    const QString path = colleagueCopy(s, named.uuid, [&](Measure &m) {
        m.website = QStringLiteral("https://ana.example.org");
        m.partners.first().typeCode = otherType;
    });
    {
        CatalogueError error;
        auto theirs = Catalogue::open(path, {}, &error);
        REQUIRE(theirs);
        const Vocabulary storeVocabulary = VocabularyQuery::load(*theirs);
        MeasureStore store(*theirs, storeVocabulary);
        REQUIRE(store.removeByUuid({deleted.uuid}).isEmpty());
    }
    const auto typeHere = [&] {
        for (const PartnerInfo &p : PartnerQuery::all(*session.catalogue()))
            if (p.name == partner.name)
                return p.typeCode;
        return QString();
    };
    QString error;
    std::optional<MergePlan> plan = session.checkMerge(path, &error);
    REQUIRE(plan);
    // Only Ana retyped it: her type comes in without a question.
    CHECK(plan->partnerConflicts.isEmpty());
    CHECK(plan->retypedPartners() == 1);
    CHECK(plan->count(MergeEntry::Kind::Deleted) == 1);
    REQUIRE(session.applyMerge(*plan).isEmpty());
    CHECK(typeHere() == otherType);
    CHECK_FALSE(session.load(deleted.id));

    // Undo is my change, after the merge: the type and the measure come back, and merging the
    // same file again brings nothing (Ana's changes are seen, and undone by me).
    w.action(MainWindow::Action::Undo)->trigger();
    CHECK(typeHere() == partner.typeCode);
    CHECK(MeasureQuery(*session.catalogue()).loadByUuid(deleted.uuid));
    CHECK(session.load(named.id)->website == named.website);
    std::optional<MergePlan> afterUndo = session.checkMerge(path, &error);
    REQUIRE(afterUndo);
    CHECK(afterUndo->changesNothing());
    CHECK_FALSE(afterUndo->writesHistory());

    w.action(MainWindow::Action::Redo)->trigger();
    CHECK(typeHere() == otherType);
    CHECK(MeasureQuery(*session.catalogue()).idOfUuid(deleted.uuid) == 0);
    const std::optional<MergePlan> again = session.checkMerge(path, &error);
    REQUIRE(again);
    CHECK(again->changesNothing());
    CHECK(again->partnerConflicts.isEmpty());
    // Ana's deletion, and the redo's own after my undo brought it back: the history says both.
    CHECK(sqlInt(*session.catalogue(), QStringLiteral("SELECT count(*) FROM revision WHERE fields IS NULL AND measure_uuid = '%1'").arg(deleted.uuid)) == 2);
}

namespace {

// The coordinator's window (its session: what Edit ▸ Undo and Redo use) and a colleague's copy
// of the sample, changed apart.
struct Coordinator {
    Coordinator()
    {
        s.window->session()->catalogue()->checkpoint();
        theirsPath = s.t.file(QStringLiteral("ana.measures"));
        REQUIRE(session().catalogue()->backupTo(theirsPath).isEmpty());
    }
    CatalogueSession &session() { return *s.window->session(); }
    std::unique_ptr<Catalogue> theirs()
    {
        CatalogueError error;
        auto catalogue = Catalogue::open(theirsPath, {}, &error);
        REQUIRE(catalogue);
        catalogue->setAuthor(QStringLiteral("Ana Pérez"));
        return catalogue;
    }
    void theirEdit(const QString &uuid, const std::function<void(Measure &)> &change)
    {
        auto catalogue = theirs();
        CatalogueAccess access(*catalogue);
        Measure m = *access.loadByUuid(uuid);
        change(m);
        REQUIRE(access.save(m).saved);
    }
    MergePlan plan()
    {
        QString error;
        std::optional<MergePlan> plan = session().checkMerge(theirsPath, &error);
        INFO(error.toStdString());
        REQUIRE(plan);
        return *plan;
    }
    void merge(MergePlan plan)
    {
        REQUIRE(session().applyMerge(plan).isEmpty());
    }
    void undo() { s.window->action(MainWindow::Action::Undo)->trigger(); }
    void redo() { s.window->action(MainWindow::Action::Redo)->trigger(); }
    std::optional<Measure> mine(const QString &uuid) { return MeasureQuery(*session().catalogue()).loadByUuid(uuid); }

    SampleWindow s;
    QString theirsPath;
};

} // namespace

TEST_CASE("Edit ▸ Undo of a merge is my change after it: merging the same file again brings nothing back, and Redo takes it again")
{
    Coordinator c;
    const Measure changed = sampleMeasure(c.s, 0), deleted = sampleMeasure(c.s, 1);
    c.theirEdit(changed.uuid, [](Measure &m) { m.website = QStringLiteral("https://a.example.org"); });
    Measure added;
    {
        auto theirs = c.theirs();
        CatalogueAccess access(*theirs);
        REQUIRE(access.remove({access.loadByUuid(deleted.uuid)->id}).isEmpty());
        added.title = QStringLiteral("Nueva medida");
        REQUIRE(access.save(added).saved);
    }
    c.merge(c.plan());
    const QString merged = c.mine(changed.uuid)->revision;
    c.undo();
    const Measure undone = *c.mine(changed.uuid);
    CHECK(undone.sameContentAs(changed));
    CHECK(undone.partners == changed.partners);
    // A new revision after the merge's, never the old head again.
    CHECK(undone.revision != changed.revision);
    CHECK(undone.revision != merged);
    const QList<Revision> history = c.session().history(undone);
    CHECK(std::any_of(history.cbegin(), history.cend(), [&](const Revision &r) { return r.id == merged; }));
    REQUIRE(c.mine(deleted.uuid));
    CHECK(c.mine(deleted.uuid)->sameContentAs(deleted));
    CHECK_FALSE(c.mine(added.uuid));
    CHECK(sqlInt(*c.session().catalogue(), QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(added.uuid)) == 1);
    CHECK(sqlInt(*c.session().catalogue(), QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(deleted.uuid)) == 0);

    const MergePlan again = c.plan();
    CHECK(again.changesNothing());
    CHECK_FALSE(again.writesHistory());

    c.redo();
    CHECK(c.mine(changed.uuid)->website == u"https://a.example.org");
    CHECK_FALSE(c.mine(deleted.uuid));
    CHECK(c.mine(added.uuid)->title == u"Nueva medida");
    CHECK(c.plan().changesNothing());
}

TEST_CASE("a colleague who got my file after a merge receives my Undo of it as my change, without a question")
{
    Coordinator c;
    const Measure changed = sampleMeasure(c.s, 0);
    c.theirEdit(changed.uuid, [](Measure &m) { m.website = QStringLiteral("https://a.example.org"); });
    c.merge(c.plan());
    // The merged file travels to Ana (a copy taken with the window open), then I undo.
    c.session().catalogue()->checkpoint();
    const QString sent = c.s.t.file(QStringLiteral("sent-after-merge.measures"));
    REQUIRE(QFile::copy(c.session().catalogue()->path(), sent));
    c.undo();
    c.session().catalogue()->checkpoint();
    const QString afterUndo = c.s.t.file(QStringLiteral("sent-after-undo.measures"));
    REQUIRE(QFile::copy(c.session().catalogue()->path(), afterUndo));
    auto ana = c.theirs();
    CatalogueError error;
    auto first = Catalogue::open(sent, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(first);
    CHECK(Merge::plan(*ana, *first, QStringLiteral("sent.measures"), Language::English).changesNothing());
    auto second = Catalogue::open(afterUndo, {Catalogue::Access::ReadOnly, false}, &error);
    REQUIRE(second);
    const MergePlan back = Merge::plan(*ana, *second, QStringLiteral("coordinator.measures"), Language::English);
    CHECK(back.conflictCount() == 0);
    REQUIRE(back.entries.size() == 1);
    CHECK(back.entries.first().kind == MergeEntry::Kind::Updated);
    REQUIRE(Merge::apply(*ana, back, Language::English, false).ok);
    CHECK(MeasureQuery(*ana).loadByUuid(changed.uuid)->website == changed.website);
}

TEST_CASE("bringing back a measure I deleted and my colleague changed is remembered both ways, and Undo deletes it again as my change")
{
    Coordinator c;
    const Measure gone = sampleMeasure(c.s, 1);
    REQUIRE(c.session().remove({gone.id}).isEmpty());
    c.theirEdit(gone.uuid, [](Measure &m) { m.fundingText = QStringLiteral("USD 9 million"); });
    MergePlan plan = c.plan();
    REQUIRE(plan.entries.size() == 1);
    REQUIRE(plan.entries.first().isDeletionConflict());
    plan.prefer(MergeSide::Theirs);
    c.merge(plan);
    CHECK(c.mine(gone.uuid)->fundingText == u"USD 9 million");
    CHECK(c.plan().changesNothing()); // the decision is in the history: not asked again

    c.undo();
    CHECK_FALSE(c.mine(gone.uuid));
    CHECK(sqlInt(*c.session().catalogue(), QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(gone.uuid)) == 1);
    CHECK(c.plan().changesNothing());
    c.redo();
    CHECK(c.mine(gone.uuid)->fundingText == u"USD 9 million");
    CHECK(c.plan().changesNothing());
}

TEST_CASE("a colleague's deletion a merge made, undone and redone, is asked of nobody again")
{
    Coordinator c;
    const Measure kept = sampleMeasure(c.s, 0);
    Measure edited = kept;
    edited.website = QStringLiteral("https://mine.example.org");
    REQUIRE(c.session().save(edited).saved);
    {
        auto theirs = c.theirs();
        CatalogueAccess access(*theirs);
        REQUIRE(access.remove({access.loadByUuid(kept.uuid)->id}).isEmpty());
    }
    MergePlan plan = c.plan();
    REQUIRE(plan.entries.size() == 1);
    REQUIRE(plan.entries.first().isDeletionConflict());
    plan.prefer(MergeSide::Theirs); // their deletion stands
    c.merge(plan);
    CHECK_FALSE(c.mine(kept.uuid));
    CHECK(c.plan().changesNothing());
    c.undo();
    CHECK(c.mine(kept.uuid)->website == u"https://mine.example.org");
    CHECK(c.plan().changesNothing());
    c.redo();
    CHECK_FALSE(c.mine(kept.uuid));
    CHECK(c.plan().changesNothing());
}

TEST_CASE("after Edit ▸ Undo of a merge, Compare Again asks about what the undo took away, never my own edits, and only once")
{
    Coordinator c;
    const Measure changed = sampleMeasure(c.s, 0);
    c.theirEdit(changed.uuid, [](Measure &m) {
        m.website = QStringLiteral("https://a.example.org");
        m.country = QStringLiteral("COL");
    });
    c.merge(c.plan());
    c.undo();
    // My own edit after the undo, of a field they never changed: mine, never asked about.
    Measure edited = *c.mine(changed.uuid);
    edited.responsibleAgencies = QStringLiteral("Agency I added");
    REQUIRE(c.session().save(edited).saved);
    const MergePlan byHistory = c.plan();
    CHECK(byHistory.changesNothing());
    CHECK(byHistory.undoneHere == 1);
    QString error;
    std::optional<MergePlan> again = c.session().checkMerge(c.theirsPath, &error, Merge::Mode::AskAgain);
    REQUIRE(again);
    REQUIRE(again->entries.size() == 1);
    MergeEntry &entry = again->entries.first();
    CHECK(entry.askedAgain);
    CHECK(entry.kind == MergeEntry::Kind::Conflict);
    CHECK(entry.conflicts == QList<MeasureField>{MeasureField::Country, MeasureField::Website});
    entry.choices.insert(MeasureField::Website, MergeSide::Theirs);
    entry.choices.insert(MeasureField::Country, MergeSide::Mine);
    c.merge(*again);
    const Measure after = *c.mine(changed.uuid);
    CHECK(after.website == u"https://a.example.org");
    CHECK(after.country == changed.country);
    CHECK(after.responsibleAgencies == u"Agency I added");
    // Answered: by history nothing, and asked again nothing more.
    CHECK(c.plan().changesNothing());
    CHECK(c.plan().undoneHere == 0);
    again = c.session().checkMerge(c.theirsPath, &error, Merge::Mode::AskAgain);
    REQUIRE(again);
    CHECK(again->entries.isEmpty());
    // Undoing the answer takes their website away again: asked about once more, and only that
    // (the country I kept when asked stays answered).
    c.undo();
    CHECK(c.plan().undoneHere == 1);
    again = c.session().checkMerge(c.theirsPath, &error, Merge::Mode::AskAgain);
    REQUIRE(again);
    REQUIRE(again->entries.size() == 1);
    CHECK(again->entries.first().conflicts == QList<MeasureField>{MeasureField::Website});
}

TEST_CASE("keeping mine when asked again is a decision: Redo can no longer take their version back over it")
{
    Coordinator c;
    const Measure changed = sampleMeasure(c.s, 0);
    c.theirEdit(changed.uuid, [](Measure &m) { m.website = QStringLiteral("https://a.example.org"); });
    c.merge(c.plan());
    c.undo();
    REQUIRE(c.session().undoStack()->canRedo());
    QString error;
    std::optional<MergePlan> again = c.session().checkMerge(c.theirsPath, &error, Merge::Mode::AskAgain);
    REQUIRE(again);
    REQUIRE(again->entries.size() == 1);
    again->entries.first().choose(MergeSide::Mine);
    const int steps = c.session().undoStack()->count();
    QSignalSpy dropped(&c.session(), &CatalogueSession::redoDropped); // QUndoStack itself says nothing
    c.merge(*again);
    CHECK(dropped.count() == 1);
    CHECK(c.mine(changed.uuid)->website == changed.website);
    CHECK_FALSE(c.session().undoStack()->canRedo());
    CHECK(c.session().undoStack()->count() == steps - 1); // the merge's step gone, nothing added
    CHECK_FALSE(c.s.window->action(MainWindow::Action::Redo)->isEnabled());
    again = c.session().checkMerge(c.theirsPath, &error, Merge::Mode::AskAgain);
    REQUIRE(again);
    CHECK(again->entries.isEmpty());
}

TEST_CASE("taking theirs for all undecided conflicts leaves a measure I already decided as I decided it")
{
    Coordinator c;
    const Measure a = sampleMeasure(c.s, 0), b = sampleMeasure(c.s, 1);
    for (const Measure &m : {a, b}) {
        c.theirEdit(m.uuid, [](Measure &theirs) { theirs.website = QStringLiteral("https://ana.example.org"); });
        Measure mine = *c.mine(m.uuid);
        mine.website = QStringLiteral("https://mine.example.org");
        REQUIRE(c.session().save(mine).saved);
    }
    MergeDialog dialog(c.plan(), c.session().vocabulary(), QStringLiteral("mine.measures"));
    REQUIRE(dialog.plan().conflictCount() == 2);
    // The first listed conflict: mine, decided; then theirs for the rest.
    for (int row = 0; row < dialog.entries()->count(); ++row)
        if (dialog.entries()->item(row)->flags() & Qt::ItemIsSelectable) {
            dialog.entries()->setCurrentRow(row);
            break;
        }
    dialog.keepMineButton()->click();
    dialog.findChild<QPushButton *>(QStringLiteral("allTheirs"))->click();
    REQUIRE(dialog.plan().unresolved() == 0);
    int mineKept = 0;
    for (const MergeEntry &entry : dialog.plan().entries)
        mineKept += entry.choices.value(MeasureField::Website) == MergeSide::Mine ? 1 : 0;
    CHECK(mineKept == 1);
}

TEST_CASE("the restore dialog says a merge's copy was made before merging that colleague's catalogue")
{
    Coordinator c;
    const Measure changed = sampleMeasure(c.s, 0);
    c.theirEdit(changed.uuid, [](Measure &m) { m.website = QStringLiteral("https://a.example.org"); });
    QString backup;
    REQUIRE(c.session().applyMerge(c.plan(), &backup).isEmpty());
    REQUIRE_FALSE(backup.isEmpty());
    RestoreDialog dialog(c.session().catalogue()->path());
    QStringList rows;
    for (int i = 0; i < dialog.list()->count(); ++i)
        rows << dialog.list()->item(i)->text();
    INFO(rows.join(QStringLiteral("\n")).toStdString());
    CHECK(rows.filter(QStringLiteral("before merging “ana”")).size() == 1);
    CHECK(rows.filter(QStringLiteral("made with Back Up")).isEmpty());
}

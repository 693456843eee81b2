// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/merge.h"
#include "merge/mergeplan.h"
#include "query/duplicatequery.h"

#include "catalogue/catalogue.h"
#include "catalogue/stepprogress.h"
#include "csv/csvimporter.h"
#include "model/measure.h"
#include "model/vocabulary.h"
#include "query/savedview.h"
#include "store/measurestore.h"
#include "store/partnerstore.h"
#include "undobudget.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <optional>

class MeasureQuery;
class SessionCommand;
class VocabularyStore;

// The catalogue open in a window: the file, its vocabularies and the one undo history of every
// change made in the window (measures, partners, vocabularies, imports). Widgets go through it
// (never through SQL) and learn about changes from its signals.
class CatalogueSession : public QObject
{
    Q_OBJECT
public:
    // The history names its steps in the language of the moment, like every other text.
    void retranslateHistory();
    // The message for a read that failed (nothing was changed).
    QString unreadableMessage(const QString &detail) const { return unreadable(detail); }
    explicit CatalogueSession(QObject *parent = nullptr);
    ~CatalogueSession() override;

    // How a big step (merge, import, their undo and redo, Find Duplicates, a backup copy) runs:
    // by default here and now; the window runs `work` on a worker thread, showing `label` and the
    // progress with Cancel while it keeps repainting (StepProgressDialog), and returns when the
    // work has finished. The work then writes through a connection of its own, so the views
    // never read half a step.
    using StepRunner = std::function<void(const QString &label, StepProgress &progress, const std::function<void()> &work)>;
    void setStepRunner(StepRunner runner) { m_runner = std::move(runner); }
    // While a step runs in the background, nothing else may write (the window waits).
    bool isBusy() const { return m_busy; }
    // The session is ending: the step under way stops as if Cancel had been pressed.
    void cancelRunningStep() const;
    // The last big step ended because the analyst cancelled it: it wrote nothing and left no copy.
    bool lastStepCancelled() const { return m_cancelled; }
    // Work on files that needs no catalogue (restoring a backup copy), run the same way.
    void runTask(const QString &label, const std::function<void(StepProgress &)> &work) const;
    // Runs `work` through the runner: on a connection of its own when it runs in the background,
    // else on the window's. Returns why it could not run (a step the session does not know itself,
    // such as synchronizing with the team, runs this way too).
    QString runStep(const QString &label, const std::function<void(Catalogue &, StepProgress &)> &work) const;
    // A backup copy of the catalogue as it is (Back Up, Save a Copy), or why it was not made.
    QString backUpTo(const QString &path) const;

    bool isOpen() const { return m_catalogue != nullptr; }
    Catalogue *catalogue() const { return m_catalogue.get(); }
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    bool isReadOnly() const { return !m_catalogue || m_catalogue->isReadOnly(); }
    QUndoStack *undoStack() { return &m_undo; }
    // What Edit ▸ Undo can take back: not the steps the history's memory budget let go.
    bool canUndo() const { return m_budget.canUndo(); }
    UndoBudget &undoBudget() { return m_budget; }
    // After the last step: that the oldest steps went to keep the history within its budget, or empty.
    QString historyNote() const;

    // Replacing or closing a catalogue that was changed makes an automatic backup copy first
    // (rotated: the newest AppSettings::automaticBackupsKept() are kept). aboutToClose() lets
    // views release what they read before the file is closed.
    void setCatalogue(std::unique_ptr<Catalogue> catalogue);
    void close();

    std::optional<Measure> load(qint64 id) const;
    // What led to the measure as it is: its revisions, newest first (the History tab).
    QList<Revision> history(const Measure &measure) const;
    // Why the last load() gave nothing although the measure exists (a read error), translated;
    // empty when it simply was not there.
    QString lastReadError() const;
    // Partners already in the catalogue: name -> type code (completion in the measure form).
    QHash<QString, QString> knownPartners() const;
    // Saves through core (validation, one transaction) and records the change for undo.
    MeasureStore::SaveResult save(Measure &measure);
    // Too many to keep for undo (UndoCost): a backup copy is made first, its path in *backup.
    QString remove(const QList<qint64> &ids, QString *backup = nullptr);

    // The shared partner list; every change is a step of the undo history.
    QString renamePartner(qint64 id, const QString &name);
    QString setPartnerType(qint64 id, const QString &typeCode);
    QString mergePartners(const QList<qint64> &sources, qint64 target);
    QString removePartner(qint64 id);

    // Analysts' own domains and partner types; every change is a step of the undo history.
    QString addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *code = nullptr,
                    const QMap<QString, QString> &otherLabels = {});
    // Every label at once: an empty one of a further language removes that label.
    QString updateTermLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs,
                             const QMap<QString, QString> &otherLabels);
    QString removeTerm(VocabularyKind kind, const QString &code);

    // Views kept in the catalogue file, so whoever opens the file has them too. Not steps of the
    // undo history (they change no measure); removing one is confirmed by the window instead.
    QList<SavedView> savedViews() const;
    QString saveView(const SavedView &view, bool replace);
    QString renameView(const QString &name, const QString &newName);
    QString removeView(const QString &name);

    // A CSV file: what importing it would do (nothing written), then doing exactly that as one
    // step of the undo history. The summary of what was done goes to *summary.
    CsvImporter::Plan checkImport(const QString &path, const QString &displayName) const;
    // An import too large to keep for undo makes a backup copy first; its path goes to *backup.
    QString applyImport(const CsvImporter::Plan &plan, QString *backup = nullptr);

    // A colleague's catalogue: what merging it would do (nothing written; `error` says why it
    // cannot be merged), then doing that as one step of the undo history, after a backup copy.
    std::optional<MergePlan> checkMerge(const QString &path, QString *error, Merge::Mode mode = Merge::Mode::ByHistory) const;
    // `fromTeam`: the team's changes brought in by Synchronize (the step is named so: undoing it is a
    // change like any other, sent to the team at the next Synchronize).
    QString applyMerge(const MergePlan &plan, QString *backup = nullptr, bool fromTeam = false);
    // Likely duplicates in this catalogue, and two of them made one (one step of the undo history).
    QList<DuplicatePair> duplicates(QString *error) const;
    QString mergeDuplicates(const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond);
    // The analyst's name in the measures' history, kept in the preferences.
    void setAuthor(const QString &name);

    // Undo and redo that leave the history where it was when the step cannot be done, and say why.
    void undo();
    void redo();

    // Used by the undo steps.
    QString restorePartners(const PartnerSnapshot &snapshot);
    QString repeatPartnerChange(const std::function<QString()> &change);
    QString putTerm(const VocabularyTerm &term);
    // Measures put back as given and deleted by uuid, partners restored, terms added first and
    // dropped last (every measure's terms stay in the list): one transaction. Every change is a
    // new revision after the present one (docs/design-notes.md): undo and redo never move a
    // history back, so a copy of the file taken before cannot bring the step back unasked.
    QString putBack(const MeasureCopies &measures, const QStringList &removeUuids, const PartnerSnapshot &partners = {},
                    const QList<VocabularyTerm> &addTerms = {}, const QList<VocabularyTerm> &dropTerms = {},
                    const QString &origin = RevisionOrigin::undo);
    QString dropTerm(const VocabularyTerm &term);

signals:
    void aboutToClose();      // views let go of the catalogue now
    void catalogueChanged();  // opened or closed
    void measuresChanged();   // content changed: tables reload
    void vocabularyChanged(); // terms added, labels edited
    void savedViewsChanged();
    void undoFailed(const QString &message);
    void stepCancelled(const QString &message); // an undo or redo the analyst stopped: nothing changed
    void redoDropped(); // the steps to redo went without a new step (QUndoStack says nothing then)
    void undoHistoryTrimmed(int steps); // the oldest steps went to keep the history within its budget
    void automaticBackupFailed(const QString &message);
    void closeFailed(const QString &message);

private:
    // After a step: when it failed because the analyst cancelled it, `said` (and remembers it for
    // lastStepCancelled()); else empty.
    QString cancelled(bool failed, const QString &said) const;
    QString busyMessage() const; // why a change waits for the step under way
    QString unreadable(const QString &detail) const; // a read failed: nothing was changed
    // A change to the partner list, recorded as an undo step called `text`.
    QString changePartners(const QString &named, const std::function<QString(PartnerSnapshot *)> &change,
                           std::function<QString()> describe);
    void backUpBeforeClosing();
    void rotateBackups(); // the newest AppSettings::automaticBackupsKept() of each kind made without asking
    void reloadVocabulary();
    Language language() const;
    void pushStep(SessionCommand *step); // onto the history, within its budget
    QString removeAfterBackup(const QList<qint64> &ids, QString *backup); // too many to keep for undo
    void clearHistory();

    std::unique_ptr<Catalogue> m_catalogue;
    Vocabulary m_vocabulary;
    std::unique_ptr<MeasureStore> m_measures;
    std::unique_ptr<MeasureQuery> m_query;
    std::unique_ptr<PartnerStore> m_partners;
    std::unique_ptr<VocabularyStore> m_terms;
    QUndoStack m_undo;
    UndoBudget m_budget{m_undo};
    int m_lastLetGo = 0; // steps the last push let go
    QTimer m_checkpoint; // after changes settle: the file alone then holds them (see setCatalogue)
    StepRunner m_runner;
    mutable bool m_busy = false;
    mutable bool m_cancelled = false;
    mutable bool m_cancelRequested = false;
    mutable StepProgress *m_running = nullptr;
    QString m_stepLabel; // what the undo or redo under way is called
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguesession.h"

#include "model/undocost.h"

#include "merge/duplicatemerge.h"
#include "merge/merge.h"
#include "team/teamsync.h"
#include "merge/mergesource.h"

#include <QFileInfo>

#include "query/savedviewquery.h"
#include "store/savedviewstore.h"

#include "appsettings.h"
#include "catalogue/backups.h"
#include "store/writetransaction.h"
#include "measurecommands.h"
#include "store/storageerror.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"
#include "store/vocabularystore.h"
#include "uilanguage.h"

#include <QDir>
#include <QFile>
#include <QUndoCommand>

#include <algorithm>

CatalogueSession::CatalogueSession(QObject *parent) : QObject(parent)
{
    // Analysts copy the file to e-mail it with the window still open: two seconds after the
    // last change, what SQLite kept in the -wal beside it is folded into the file.
    m_checkpoint.setSingleShot(true);
    m_checkpoint.setInterval(2000);
    connect(&m_checkpoint, &QTimer::timeout, this, [this] {
        if (m_catalogue && m_catalogue->isFileStillThere())
            m_catalogue->checkpointPassively();
    });
    connect(this, &CatalogueSession::measuresChanged, &m_checkpoint, qOverload<>(&QTimer::start));
    connect(this, &CatalogueSession::vocabularyChanged, &m_checkpoint, qOverload<>(&QTimer::start));
    connect(this, &CatalogueSession::savedViewsChanged, &m_checkpoint, qOverload<>(&QTimer::start));
}

void CatalogueSession::pushStep(SessionCommand *step)
{
    m_undo.push(step);
    m_lastLetGo = m_budget.trim();
    if (m_lastLetGo > 0)
        emit undoHistoryTrimmed(m_lastLetGo);
}

void CatalogueSession::clearHistory()
{
    m_undo.clear();
    m_budget.reset();
    m_lastLetGo = 0;
}

QString CatalogueSession::historyNote() const
{
    return m_lastLetGo > 0 ? tr("The %n oldest step(s) can no longer be undone: the undo history keeps at most %L1 MB.", nullptr, m_lastLetGo)
                                 .arg(m_budget.bytes() >> 20)
                           : QString();
}

void CatalogueSession::retranslateHistory()
{
    for (int i = 0; i < m_undo.count(); ++i)
        if (auto *step = dynamic_cast<SessionCommand *>(const_cast<QUndoCommand *>(m_undo.command(i))))
            step->retranslate();
}

CatalogueSession::~CatalogueSession()
{
    blockSignals(true); // the window around it is going away
    close();
}

Language CatalogueSession::language() const { return UiLanguage::instance().current(); }

QString CatalogueSession::runStep(const QString &label, const std::function<void(Catalogue &, StepProgress &)> &work) const
{
    m_cancelled = false;
    m_cancelRequested = false;
    if (!m_catalogue)
        return {};
    if (m_busy) // the window waits while a step runs: this is a bug, not a second writer
        return busyMessage();
    StepProgress progress;
    // Here and now without a runner, on a view (nothing is written), and when the file is gone
    // (a new connection would not find it: the window's own still holds the work).
    if (!m_runner || m_catalogue->isReadOnly() || !m_catalogue->isFileStillThere()) {
        work(*m_catalogue, progress);
        return {};
    }
    // Opened here, on the window's thread: the worker never touches the window's catalogue.
    CatalogueError openError;
    std::unique_ptr<Catalogue> worker = m_catalogue->openWorker(&progress, &openError);
    if (!worker)
        return unreadable(openError.message());
    const qint64 versionBefore = m_catalogue->dataVersion();
    qint64 changed = 0;
    m_busy = true;
    m_running = &progress;
    m_runner(label, progress, [&] {
        work(*worker, progress);
        changed = worker->changesSinceOpen();
        worker.reset();
    });
    m_running = nullptr;
    m_busy = false;
    // Rows a step rolled back count too in SQLite's total: only a committed step changed the file.
    if (changed > 0 && m_catalogue->dataVersion() != versionBefore)
        m_catalogue->noteChangedElsewhere(changed);
    m_cancelRequested = progress.isCancelled();
    return {};
}

QString CatalogueSession::busyMessage() const
{
    return tr("Another step is still under way. Wait until it has finished, then try again.");
}

void CatalogueSession::cancelRunningStep() const
{
    if (m_running)
        m_running->cancel();
}

QString CatalogueSession::cancelled(bool failed, const QString &said) const
{
    m_cancelled = failed && m_cancelRequested;
    return m_cancelled ? said : QString();
}

void CatalogueSession::runTask(const QString &label, const std::function<void(StepProgress &)> &work) const
{
    StepProgress progress;
    m_cancelled = false;
    if (!m_runner || m_busy) {
        work(progress);
        return;
    }
    m_busy = true;
    m_running = &progress;
    m_runner(label, progress, [&] { work(progress); });
    m_running = nullptr;
    m_busy = false;
    m_cancelRequested = progress.isCancelled();
    m_cancelled = m_cancelRequested; // what the work made is for the caller to judge (restore: no file)
}

QString CatalogueSession::backUpTo(const QString &path) const
{
    if (!m_catalogue)
        return {};
    QString error;
    const QString stepError = runStep(tr("Copying the catalogue to “%1”…").arg(QFileInfo(path).fileName()),
                                      [&](Catalogue &catalogue, StepProgress &) { error = catalogue.backupTo(path); });
    if (!stepError.isEmpty())
        return stepError;
    if (const QString why = cancelled(!error.isEmpty(), tr("The copy was cancelled: no file was made.")); !why.isEmpty())
        return why;
    return error;
}

void CatalogueSession::rotateBackups()
{
    if (const int keep = AppSettings::automaticBackupsKept(); m_catalogue && keep > 0)
        Backups::rotate(m_catalogue->path(), keep);
}

void CatalogueSession::backUpBeforeClosing()
{
    const int keep = AppSettings::automaticBackupsKept();
    if (!m_catalogue || m_catalogue->isReadOnly() || m_catalogue->changesSinceOpen() == 0 || keep <= 0)
        return;
    if (!m_catalogue->isFileStillThere())
        return; // moved or deleted: the window offered a copy (FileController::keepWorkOfGoneFile)
    const QString error = m_catalogue->backupTo(Backups::snapshotPath(m_catalogue->path(), true));
    if (!error.isEmpty()) {
        emit automaticBackupFailed(error);
        return;
    }
    rotateBackups();
}

void CatalogueSession::setCatalogue(std::unique_ptr<Catalogue> catalogue)
{
    m_checkpoint.stop(); // closing folds the WAL in anyway; the next catalogue has changed nothing yet
    if (m_catalogue) {
        // The table lets go of the file first (its worker could hold the WAL); then saved work
        // reaches the catalogue file itself: the backup after it can take a while on a large
        // catalogue, and a session that ends meanwhile must find the file whole.
        emit aboutToClose();
        m_catalogue->checkpoint();
        backUpBeforeClosing();
        clearHistory();
        m_measures.reset();
        m_query.reset();
        m_partners.reset();
        m_terms.reset();
        QString error;
        if (!m_catalogue->close(&error))
            emit closeFailed(tr("The catalogue “%1” could not be closed cleanly (%2). Its latest changes are in the file “%3” "
                                "beside it: keep that file with the catalogue, and open the catalogue again to fold them in.")
                                 .arg(QDir::toNativeSeparators(m_catalogue->path()), error,
                                      QDir::toNativeSeparators(m_catalogue->path() + QStringLiteral("-wal"))));
        m_catalogue.reset();
    }
    m_catalogue = std::move(catalogue);
    m_vocabulary = Vocabulary();
    if (m_catalogue) {
        if (!m_catalogue->isReadOnly())
            Backups::removeAbandonedPartials(m_catalogue->path());
        m_catalogue->setAuthor(AppSettings::authorName());
        m_vocabulary = VocabularyQuery::load(*m_catalogue);
        m_measures = std::make_unique<MeasureStore>(*m_catalogue, m_vocabulary);
        m_query = std::make_unique<MeasureQuery>(*m_catalogue);
        m_partners = std::make_unique<PartnerStore>(*m_catalogue);
        m_terms = std::make_unique<VocabularyStore>(*m_catalogue);
    }
    emit catalogueChanged();
}

void CatalogueSession::close() { setCatalogue(nullptr); }

std::optional<Measure> CatalogueSession::load(qint64 id) const { return m_query ? m_query->load(id) : std::nullopt; }

QList<Revision> CatalogueSession::history(const Measure &measure) const
{
    return m_catalogue ? RevisionQuery(*m_catalogue).historyOf(measure.uuid, measure.revision) : QList<Revision>();
}

QString CatalogueSession::lastReadError() const
{
    return m_query && !m_query->lastError().isEmpty() ? unreadable(m_query->lastError()) : QString();
}

QHash<QString, QString> CatalogueSession::knownPartners() const
{
    QHash<QString, QString> partners;
    if (m_catalogue)
        for (const PartnerInfo &partner : PartnerQuery::all(*m_catalogue))
            partners.insert(partner.name, partner.typeCode);
    return partners;
}

MeasureStore::SaveResult CatalogueSession::save(Measure &measure)
{
    if (!m_measures)
        return {};
    if (m_busy) { // a step runs in the background: its transaction would make this one wait, then fail
        MeasureStore::SaveResult refused;
        refused.error = busyMessage();
        return refused;
    }
    const std::optional<Measure> before = measure.id ? m_query->load(measure.id) : std::nullopt;
    // Undo needs the measure as it was: a save is refused when it cannot be read whole.
    if (measure.id && !before && !m_query->lastError().isEmpty()) {
        MeasureStore::SaveResult refused;
        refused.error = unreadable(m_query->lastError());
        return refused;
    }
    // A save may retype or create shared partners; undo puts them back too. It changes no other
    // measure's links (a retype only re-derives their facets, which undo derives again): only
    // the partners' rows are kept, whatever the number of measures that share them.
    QStringList names;
    for (const PartnerLink &link : measure.partners)
        names << link.name;
    if (before)
        for (const PartnerLink &link : before->partners)
            names << link.name;
    const PartnerSnapshot partners = m_partners->snapshotOfNames(names, PartnerStore::Links::Without);
    if (!partners.error.isEmpty()) {
        MeasureStore::SaveResult refused;
        refused.error = unreadable(partners.error);
        return refused;
    }
    MeasureStore::SaveResult result = m_measures->save(measure, language());
    if (result.saved) {
        pushStep(new SaveMeasureCommand(this, before, measure, partners));
        emit measuresChanged();
    }
    return result;
}

QString CatalogueSession::remove(const QList<qint64> &ids, QString *backup)
{
    if (!m_measures)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    m_cancelled = false; // an earlier step's Cancel says nothing of this one
    if (ids.size() > UndoCost::kMaxMeasures) // not read into memory at all: the window said so before
        return removeAfterBackup(ids, backup);
    QList<Measure> measures;
    qint64 bytes = 0;
    for (qint64 id : ids) {
        if (const auto m = m_query->load(id)) {
            measures << *m;
            bytes += UndoCost::of(*m);
        } else if (!m_query->lastError().isEmpty()) {
            return unreadable(m_query->lastError()); // nothing deleted that undo could not bring back
        }
    }
    if (measures.isEmpty()) { // all gone already (a stale selection): nothing to do, no step
        m_lastLetGo = 0;
        emit measuresChanged();
        return {};
    }
    if (bytes > UndoCost::kMaxStepBytes) { // very long texts: too much to keep, the backup copy instead
        measures = {};
        return removeAfterBackup(ids, backup);
    }
    const QString error = m_measures->remove(ids);
    if (error.isEmpty()) {
        pushStep(new DeleteMeasuresCommand(this, measures));
        emit measuresChanged();
    }
    return error;
}

QString CatalogueSession::removeAfterBackup(const QList<qint64> &ids, QString *backup)
{
    Backups::StepCopy copy(m_catalogue->path(), Backups::Kind::BeforeDelete, QString::number(ids.size()));
    QString copyError, error;
    const Vocabulary vocabulary = m_vocabulary;
    const QString stepError = runStep(tr("Deleting %Ln measure(s)…", nullptr, int(ids.size())), [&](Catalogue &catalogue, StepProgress &progress) {
        progress.setPart(tr("First, a backup copy of the catalogue as it is…"));
        if (!(copyError = catalogue.backupTo(copy.path())).isEmpty())
            return;
        progress.setPart({});
        error = MeasureStore(catalogue, vocabulary).remove(ids);
    });
    if (!stepError.isEmpty() || !copyError.isEmpty() || !error.isEmpty()) // nothing deleted: nor a copy left for it
        copy.discard();
    if (!stepError.isEmpty())
        return stepError;
    if (const QString why = cancelled(!copyError.isEmpty() || !error.isEmpty(), tr("The deletion was cancelled: nothing was deleted."));
        !why.isEmpty())
        return why;
    if (!copyError.isEmpty())
        return tr("Nothing was deleted: the backup copy made first failed (%1).").arg(copyError);
    if (!error.isEmpty())
        return error;
    if (backup)
        *backup = copy.path();
    rotateBackups();
    clearHistory(); // too large to keep: earlier steps cannot be undone across it either
    emit measuresChanged();
    return {};
}

QString CatalogueSession::unreadable(const QString &detail) const { return StorageError::unreadable(detail); }

QString CatalogueSession::changePartners(const QString &named, const std::function<QString(PartnerSnapshot *)> &change,
                                         std::function<QString()> describe)
{
    if (!m_partners)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    PartnerSnapshot before;
    const QString error = change(&before);
    if (!error.isEmpty())
        return error;
    Q_UNUSED(named)
    pushStep(new PartnerCommand(this, std::move(describe), before, [change] { return change(nullptr); }));
    emit measuresChanged();
    return {};
}

// The changes find their partners by name each time they run: a redo after undos may meet
// partner rows that were deleted and made again, with other ids.
QString CatalogueSession::renamePartner(qint64 id, const QString &name)
{
    if (!m_partners)
        return {};
    const QString old = m_partners->nameOf(id);
    return changePartners(
        old, [this, old, name](PartnerSnapshot *before) {
            QString error;
            const qint64 id = m_partners->idOf(old, &error); // a failed read is no "no such partner"
            return error.isEmpty() ? m_partners->rename(id, name, before) : error;
        },
        [name = name.simplified()] { return tr("Rename partner “%1”").arg(name); });
}

QString CatalogueSession::setPartnerType(qint64 id, const QString &typeCode)
{
    if (!m_partners)
        return {};
    const QString name = m_partners->nameOf(id);
    return changePartners(
        name, [this, name, typeCode](PartnerSnapshot *before) {
            QString error;
            const qint64 id = m_partners->idOf(name, &error);
            return error.isEmpty() ? m_partners->setType(id, typeCode, before) : error;
        },
        [name] { return tr("Change the type of “%1”").arg(name); });
}

QString CatalogueSession::mergePartners(const QList<qint64> &sources, qint64 target)
{
    if (!m_partners)
        return {};
    QStringList sourceNames;
    for (qint64 id : sources)
        sourceNames << m_partners->nameOf(id);
    const QString targetName = m_partners->nameOf(target);
    return changePartners(
        targetName,
        [this, sourceNames, targetName](PartnerSnapshot *before) {
            QList<qint64> ids;
            QString error;
            for (const QString &name : sourceNames) {
                const qint64 id = m_partners->idOf(name, &error);
                if (!error.isEmpty())
                    return error; // never a merge of only the partners that could be read
                if (id)
                    ids << id;
            }
            const qint64 target = m_partners->idOf(targetName, &error);
            return error.isEmpty() ? m_partners->merge(ids, target, before) : error;
        },
        [targetName] { return tr("Merge partners into “%1”").arg(targetName); });
}

QString CatalogueSession::removePartner(qint64 id)
{
    if (!m_partners)
        return {};
    const QString name = m_partners->nameOf(id);
    return changePartners(
        name, [this, name](PartnerSnapshot *before) {
            QString error;
            const qint64 id = m_partners->idOf(name, &error);
            return error.isEmpty() ? m_partners->remove(id, before) : error;
        },
        [name] { return tr("Delete partner “%1”").arg(name); });
}

QString CatalogueSession::restorePartners(const PartnerSnapshot &snapshot)
{
    if (!m_partners)
        return {};
    const QString error = m_partners->restore(snapshot);
    emit measuresChanged();
    return error;
}

QString CatalogueSession::repeatPartnerChange(const std::function<QString()> &change)
{
    if (!m_partners)
        return {};
    const QString error = change();
    emit measuresChanged();
    return error;
}

QString CatalogueSession::addTerm(VocabularyKind kind, const QString &labelEn, const QString &labelEs, QString *codeOut,
                                  const QMap<QString, QString> &otherLabels)
{
    if (!m_terms)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    QString code;
    const QString error = m_terms->add(kind, labelEn, labelEs, &code, otherLabels);
    if (!error.isEmpty())
        return error;
    reloadVocabulary();
    if (const VocabularyTerm *term = m_vocabulary.find(kind, code))
        pushStep(new TermCommand(this, [this, added = *term] { return tr("Add “%1”").arg(added.label(language())); }, std::nullopt, *term));
    if (codeOut)
        *codeOut = code;
    return {};
}

QString CatalogueSession::updateTermLabels(VocabularyKind kind, const QString &code, const QString &labelEn, const QString &labelEs,
                                           const QMap<QString, QString> &otherLabels)
{
    if (!m_terms)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const VocabularyTerm *found = m_vocabulary.find(kind, code);
    if (!found)
        return {};
    const VocabularyTerm before = *found;
    const QString error = m_terms->updateLabels(kind, code, labelEn, labelEs, otherLabels);
    if (!error.isEmpty())
        return error;
    reloadVocabulary();
    if (const VocabularyTerm *after = m_vocabulary.find(kind, code))
        pushStep(new TermCommand(this, [this, before] { return tr("Rename “%1”").arg(before.label(language())); }, before, *after));
    emit measuresChanged(); // labels shown in the table changed
    return {};
}

QString CatalogueSession::removeTerm(VocabularyKind kind, const QString &code)
{
    if (!m_terms)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const VocabularyTerm *found = m_vocabulary.find(kind, code);
    if (!found)
        return {};
    const VocabularyTerm before = *found;
    const QString error = m_terms->remove(kind, code);
    if (!error.isEmpty())
        return error;
    reloadVocabulary();
    pushStep(new TermCommand(this, [this, before] { return tr("Remove “%1”").arg(before.label(language())); }, before, std::nullopt));
    return {};
}

QString CatalogueSession::putTerm(const VocabularyTerm &term)
{
    if (!m_terms)
        return {};
    const QString error = m_terms->restore(term);
    reloadVocabulary();
    emit measuresChanged();
    return error;
}

QString CatalogueSession::dropTerm(const VocabularyTerm &term)
{
    if (!m_terms)
        return {};
    const QString error = m_terms->remove(term.kind, term.code);
    reloadVocabulary();
    return error;
}

CsvImporter::Plan CatalogueSession::checkImport(const QString &path, const QString &displayName) const
{
    if (!m_catalogue)
        return {};
    CsvImporter::Plan plan;
    const Vocabulary vocabulary = m_vocabulary; // the worker reads its own copy
    const Language lang = language();
    const QString error = runStep(tr("Checking “%1”…").arg(displayName), [&](Catalogue &catalogue, StepProgress &) {
        plan = CsvImporter::check(catalogue, vocabulary, path, lang, displayName);
    });
    cancelled(true, {}); // a check writes nothing: cancelled, its plan is simply not shown
    if (!error.isEmpty()) {
        plan.ok = false;
        plan.problems = QStringList{error};
    }
    return plan;
}

QString CatalogueSession::applyImport(const CsvImporter::Plan &plan, QString *backup)
{
    if (!m_catalogue)
        return {};
    // Too large to keep for undo: the catalogue as it was goes to a backup copy instead.
    Backups::StepCopy copy = plan.keptForUndo() ? Backups::StepCopy()
                                                : Backups::StepCopy(m_catalogue->path(), Backups::Kind::BeforeImport, plan.path);
    CsvImporter::Applied applied;
    QString copyError;
    const Vocabulary vocabulary = m_vocabulary;
    const QString stepError = runStep(tr("Importing “%1”…").arg(plan.displayName), [&](Catalogue &catalogue, StepProgress &progress) {
        if (!copy.path().isEmpty()) {
            progress.setPart(tr("First, a backup copy of the catalogue as it is…"));
            if (!(copyError = catalogue.backupTo(copy.path())).isEmpty())
                return;
            progress.setPart({});
        }
        applied = CsvImporter::apply(catalogue, vocabulary, plan);
    });
    if (!stepError.isEmpty() || !copyError.isEmpty() || !applied.ok) // nothing imported: nor a copy left for it
        copy.discard();
    if (!stepError.isEmpty())
        return stepError;
    if (const QString why = cancelled(!copyError.isEmpty() || !applied.ok, tr("The import was cancelled: nothing was imported."));
        !why.isEmpty())
        return why;
    if (!copyError.isEmpty())
        return tr("Nothing was imported: the backup copy made before a large import failed (%1).").arg(copyError);
    if (!applied.ok)
        return applied.error;
    if (backup)
        *backup = copy.path();
    if (!copy.path().isEmpty())
        rotateBackups();
    PartnerSnapshot created;
    created.absentNames = applied.createdPartners;
    if (applied.undoable)
        pushStep(new ReplaceMeasuresCommand(this, [name = plan.displayName] { return tr("Import “%1”").arg(name); }, applied.before, applied.addedUuids,
                                               applied.after, created));
    else
        clearHistory(); // too large to keep: earlier steps cannot be undone across it either
    reloadVocabulary(); // new partners
    emit measuresChanged();
    return {};
}

std::optional<MergePlan> CatalogueSession::checkMerge(const QString &path, QString *error, Merge::Mode mode) const
{
    if (!m_catalogue)
        return std::nullopt;
    std::optional<MergePlan> plan;
    QString why;
    const Language lang = language();
    const QString name = QFileInfo(path).fileName();
    const QString stepError = runStep(tr("Comparing with “%1”…").arg(name), [&](Catalogue &catalogue, StepProgress &) {
        const auto source = MergeSource::open(catalogue, path, &why);
        if (source)
            plan = Merge::plan(catalogue, source->catalogue(), name, lang, mode);
    });
    if (!stepError.isEmpty()) {
        *error = stepError;
        return std::nullopt;
    }
    if (const QString stopped = cancelled(true, tr("The comparison was cancelled: nothing was merged.")); !stopped.isEmpty()) {
        *error = stopped;
        return std::nullopt;
    }
    if (!plan) {
        *error = why;
        return std::nullopt;
    }
    if (!plan->error.isEmpty()) {
        *error = plan->error;
        return std::nullopt;
    }
    return plan;
}

QString CatalogueSession::applyMerge(const MergePlan &plan, QString *backup, bool fromTeam)
{
    if (!m_catalogue)
        return {};
    Merge::Applied applied;
    const Language lang = language();
    const QString stepError = runStep(tr("Merging “%1”…").arg(plan.displayName),
                                      [&](Catalogue &catalogue, StepProgress &) {
                                          applied = Merge::apply(catalogue, plan, lang, !fromTeam || TeamSync::backupBeforeMerge(catalogue, plan));
                                      });
    if (!stepError.isEmpty())
        return stepError;
    if (const QString why = cancelled(!applied.ok, tr("The merge was cancelled: nothing was merged.")); !why.isEmpty())
        return why; // Merge::apply removed the copy it made
    if (!applied.ok)
        return applied.error;
    if (backup)
        *backup = applied.backup;
    if (!applied.backup.isEmpty())
        rotateBackups();
    if (applied.written == 0 && applied.addedTerms.isEmpty() && applied.relabelledAfter.isEmpty() && applied.partners.partners.isEmpty()) {
        // Nothing the analyst sees changed (at most the histories were joined): nothing to undo.
        // Answers to Compare Again are a decision all the same: Redo of the merge they answered
        // would overturn it, so the steps to redo go (an obsolete step is pushed, never kept).
        if (std::any_of(plan.entries.cbegin(), plan.entries.cend(), [](const MergeEntry &e) { return e.askedAgain; })
            && m_undo.canRedo()) {
            auto *decided = new QUndoCommand;
            decided->setObsolete(true);
            m_undo.push(decided);
            emit redoDropped();
        }
        emit measuresChanged();
        return {};
    }
    if (applied.undoable)
        pushStep(new MergeCommand(
            this,
            [name = plan.displayName, fromTeam] {
                return fromTeam ? tr("Synchronize with “%1”").arg(name) : tr("Merge “%1”").arg(name);
            },
            applied, RevisionOrigin::undoMerge));
    else
        clearHistory(); // too large to keep: the backup copy is the way back
    reloadVocabulary();
    emit measuresChanged();
    return {};
}

QList<DuplicatePair> CatalogueSession::duplicates(QString *error) const
{
    if (!m_catalogue)
        return {};
    QList<DuplicatePair> pairs;
    const QString stepError = runStep(tr("Looking for likely duplicates…"),
                                      [&](Catalogue &catalogue, StepProgress &) { pairs = DuplicateQuery::find(catalogue, error); });
    if (!stepError.isEmpty())
        *error = stepError;
    else if (const QString why = cancelled(true, tr("Looking for duplicates was cancelled.")); !why.isEmpty())
        *error = why;
    return m_cancelled || !stepError.isEmpty() ? QList<DuplicatePair>() : pairs;
}

QString CatalogueSession::mergeDuplicates(const Measure &first, const Measure &second, const QList<MeasureField> &fromSecond)
{
    if (!m_catalogue)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const Merge::Applied applied = DuplicateMerge::apply(*m_catalogue, first, second, fromSecond, language());
    if (!applied.ok)
        return applied.error;
    pushStep(new MergeCommand(this, [title = first.title] { return tr("Merge Duplicates of “%1”").arg(title.left(40)); }, applied,
                                 RevisionOrigin::undo));
    emit measuresChanged();
    return {};
}

void CatalogueSession::setAuthor(const QString &name)
{
    AppSettings::setAuthorName(name);
    if (m_catalogue)
        m_catalogue->setAuthor(name);
}

QString CatalogueSession::putBack(const MeasureCopies &measures, const QStringList &removeUuids, const PartnerSnapshot &partners,
                                  const QList<VocabularyTerm> &addTerms, const QList<VocabularyTerm> &dropTerms, const QString &origin)
{
    if (!m_measures)
        return {};
    QString error;
    Vocabulary vocabulary = m_vocabulary;
    const QString stepError = runStep(m_stepLabel.isEmpty() ? tr("Putting measures back…") : m_stepLabel, [&](Catalogue &catalogue,
                                                                                                              StepProgress &progress) {
        // The measures, the shared partners, the terms and tombstones go back together or not at
        // all (the stores' own transactions nest in this one), and are committed or rolled back
        // before the views read again: they never show half a step.
        WriteTransaction transaction(catalogue);
        error = transaction.isActive() ? QString() : transaction.errorMessage();
        VocabularyStore terms(catalogue);
        for (const VocabularyTerm &term : addTerms)
            if (error.isEmpty())
                error = terms.restore(term);
        if (error.isEmpty() && !addTerms.isEmpty())
            vocabulary = VocabularyQuery::load(catalogue); // the measures below name them
        MeasureStore store(catalogue, vocabulary);
        store.setOrigin(origin);
        progress.setTotal(measures.size() + removeUuids.size());
        if (error.isEmpty())
            error = store.revert(measures, removeUuids);
        if (error.isEmpty() && !partners.isEmpty())
            error = PartnerStore(catalogue).restore(partners);
        for (const VocabularyTerm &term : dropTerms)
            if (error.isEmpty())
                error = terms.remove(term.kind, term.code);
        if (error.isEmpty() && !transaction.commit())
            error = transaction.errorMessage();
    });
    if (!stepError.isEmpty())
        error = stepError;
    else if (const QString why = cancelled(!error.isEmpty(), tr("Cancelled: nothing was changed.")); !why.isEmpty())
        error = why;
    if (!addTerms.isEmpty() || !dropTerms.isEmpty())
        reloadVocabulary();
    emit measuresChanged();
    return error;
}

void CatalogueSession::undo()
{
    if (!canUndo())
        return;
    auto *step = static_cast<SessionCommand *>(const_cast<QUndoCommand *>(m_undo.command(m_undo.index() - 1)));
    m_cancelled = m_cancelRequested = false; // only this step's Cancel counts
    m_stepLabel = tr("Undo: %1").arg(step->text());
    m_undo.undo();
    m_stepLabel.clear();
    if (const QString error = step->lastError(); !error.isEmpty()) {
        step->skipNext();
        m_undo.redo(); // back where it was, without doing the step again
        if (m_cancelled)
            emit stepCancelled(tr("Undo cancelled: nothing was changed."));
        else
            emit undoFailed(error);
    }
}

void CatalogueSession::redo()
{
    if (!m_undo.canRedo())
        return;
    auto *step = static_cast<SessionCommand *>(const_cast<QUndoCommand *>(m_undo.command(m_undo.index())));
    m_cancelled = m_cancelRequested = false; // only this step's Cancel counts
    m_stepLabel = tr("Redo: %1").arg(step->text());
    m_undo.redo();
    m_stepLabel.clear();
    if (const QString error = step->lastError(); !error.isEmpty()) {
        step->skipNext();
        m_undo.undo();
        if (m_cancelled)
            emit stepCancelled(tr("Redo cancelled: nothing was changed."));
        else
            emit undoFailed(error);
    }
}

void CatalogueSession::reloadVocabulary()
{
    if (m_catalogue)
        m_vocabulary = VocabularyQuery::load(*m_catalogue);
    emit vocabularyChanged();
}

QList<SavedView> CatalogueSession::savedViews() const
{
    return m_catalogue ? SavedViewQuery::all(*m_catalogue) : QList<SavedView>();
}

QString CatalogueSession::saveView(const SavedView &view, bool replace)
{
    if (!m_catalogue)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const QString error = SavedViewStore(*m_catalogue).save(view, replace);
    if (error.isEmpty())
        emit savedViewsChanged();
    return error;
}

QString CatalogueSession::renameView(const QString &name, const QString &newName)
{
    if (!m_catalogue)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const QString error = SavedViewStore(*m_catalogue).rename(name, newName);
    if (error.isEmpty())
        emit savedViewsChanged();
    return error;
}

QString CatalogueSession::removeView(const QString &name)
{
    if (!m_catalogue)
        return {};
    if (m_busy) // a step runs in the background: its transaction would make this one wait, then fail
        return busyMessage();
    const QString error = SavedViewStore(*m_catalogue).remove(name);
    if (error.isEmpty())
        emit savedViewsChanged();
    return error;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge.h"

#include "catalogue/backups.h"
#include "catalogue/stepprogress.h"
#include "catalogue/catalogue.h"
#include "incomingcheck.h"
#include "mergebase.h"
#include "undone.h"
#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "model/measurevalidator.h"
#include "model/undocost.h"
#include "i18n/surface.h"
#include "model/partneridentity.h"
#include "model/textfold.h"
#include "platform/platformrow.h"
#include "query/measurequery.h"
#include "query/partnerquery.h"
#include "query/revisionquery.h"
#include "query/vocabularyquery.h"
#include "revisiongraph.h"
#include "store/measurestore.h"
#include "store/revisionlog.h"
#include "store/storageerror.h"
#include "store/vocabularystore.h"
#include "store/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace {

using Kind = MergeEntry::Kind;

QString readError(const QString &detail) { return Merge::tr("The catalogues could not be read to compare them (%1). Nothing was merged.").arg(detail); }

// Their own domains and partner types: new codes are added, a code I already have keeps my
// labels, a label I already have under another code is that code. Empty, or why their terms
// cannot come in.
QString planTerms(MergePlan &plan, const Vocabulary &mine, const Vocabulary &theirs, Language language)
{
    for (VocabularyKind kind : {VocabularyKind::CulturalDomain, VocabularyKind::PartnerType}) {
        int position = 0;
        for (const VocabularyTerm &term : mine.terms(kind))
            position = qMax(position, term.position);
        for (const VocabularyTerm &term : theirs.terms(kind)) {
            if (term.builtin)
                continue;
            if (const QString problem = IncomingCheck::term(term); !problem.isEmpty())
                return problem;
            if (const VocabularyTerm *same = mine.find(kind, term.code)) {
                // A language only they have labelled it in comes in (never over one of mine).
                // A label another of my terms goes by would make an import of it ambiguous: left out.
                VocabularyTerm labelled = *same;
                const bool sameMeaning = same->labelEn == term.labelEn && same->labelEs == term.labelEs;
                for (auto it = term.otherLabels.cbegin(); sameMeaning && it != term.otherLabels.cend(); ++it) {
                    const VocabularyTerm *taken = mine.match(kind, it.value());
                    if (!labelled.otherLabels.contains(it.key()) && (!taken || taken->code == same->code))
                        labelled.otherLabels.insert(it.key(), it.value());
                }
                if (!same->builtin && labelled.otherLabels != same->otherLabels)
                    plan.labelledTerms << labelled;
                if (same->labelEn != term.labelEn || same->labelEs != term.labelEs
                    || (same->hasLabel(language) && term.hasLabel(language) && same->labelIn(language) != term.labelIn(language)))
                    plan.termNotes << Merge::tr("“%1” is called “%2” in their catalogue; the name here is kept.")
                                          .arg(same->label(language), term.label(language));
                continue;
            }
            const VocabularyTerm *sameLabel = mine.match(kind, term.labelEn);
            if (!sameLabel)
                sameLabel = mine.match(kind, term.labelEs);
            if (sameLabel) {
                plan.termCodes.insert(vocabularyKindCode(kind) + u':' + term.code, sameLabel->code);
                continue;
            }
            VocabularyTerm added = term;
            added.position = ++position;
            plan.newTerms << added;
        }
    }
    return {};
}

// Their measure in this catalogue's words: their codes for a term I have under another code
// become mine, their partners take the name this catalogue spells them with (PartnerIdentity),
// so that a spelling is not taken for a change; partners' types are the ones the merge decides.
class Spelling
{
public:
    Spelling(const QHash<QString, RevisionQuery::PartnerHead> &mine, const QHash<QString, QString> &termCodes)
        : m_partners(mine), m_termCodes(termCodes)
    {
    }
    QString partnerType(const QString &theirCode) const
    {
        return m_termCodes.value(vocabularyKindCode(VocabularyKind::PartnerType) + u':' + theirCode, theirCode);
    }
    void apply(Measure &m) const
    {
        const QString domain = vocabularyKindCode(VocabularyKind::CulturalDomain) + u':';
        for (QString &code : m.domains)
            code = m_termCodes.value(domain + code, code);
        for (PartnerLink &link : m.partners) {
            link.typeCode = partnerType(link.typeCode);
            const auto known = m_partners.constFind(PartnerIdentity::key(link.name));
            if (known != m_partners.cend())
                link.name = known->name;
        }
    }
    // The type each partner of `m` has once merged: the one decided for it, else this catalogue's.
    void applyTypes(Measure &m, const QHash<QString, QString> &decided) const
    {
        for (PartnerLink &link : m.partners) {
            const QString key = PartnerIdentity::key(link.name);
            const auto known = m_partners.constFind(key);
            if (decided.contains(key))
                link.typeCode = decided.value(key);
            else if (known != m_partners.cend())
                link.typeCode = known->typeCode;
        }
    }

private:
    QHash<QString, RevisionQuery::PartnerHead> m_partners;
    QHash<QString, QString> m_termCodes;
};

// Both sides' revisions of the measures a merge looks at, one graph per measure.
class Histories
{
public:
    void add(const QHash<QString, Revision> &revisions)
    {
        for (const Revision &r : revisions)
            if (!m_all.contains(r.id)) {
                m_all.insert(r.id, r);
                m_byMeasure[r.measureUuid] << r.id;
            }
    }
    RevisionGraph graphOf(const QString &uuid) const
    {
        RevisionGraph graph;
        for (const QString &id : m_byMeasure.value(uuid))
            graph.add(id, m_all.value(id).parents());
        return graph;
    }
    const QHash<QString, Revision> &all() const { return m_all; }

private:
    QHash<QString, Revision> m_all;
    QHash<QString, QStringList> m_byMeasure;
};

// Whether `incoming` holds what `revision` recorded: only then can its head be adopted as it is
// (a measure whose content and head disagree would never converge).
bool holdsRecorded(const Measure &incoming, const Revision *revision)
{
    if (!revision || revision->isDeletion())
        return false;
    return revision->isLegacy() ? LegacyDigest::fields(incoming) == revision->fields : MeasureDigest::fields(incoming) == revision->fields;
}

// Both sides hold the measure and neither descends from the other: which fields each changed
// since the base.
void compareFields(MergeEntry &entry, const MeasureState &base)
{
    for (MeasureField field : MeasureFields::contentFields()) {
        if (MeasureDigest::field(*entry.mine, field) == MeasureDigest::field(*entry.theirs, field))
            continue;
        const bool changedHere = !base.matches(field, *entry.mine), changedThere = !base.matches(field, *entry.theirs);
        if (changedThere && !changedHere)
            entry.theirChanges << field;
        else if (changedHere && !changedThere)
            entry.myChanges << field;
        else
            entry.conflicts << field; // both changed it (or the base cannot tell): a question
    }
}

// What merging does to partners' types, read after the measures: their retypes, both sides'
// retypes, and the histories of partners their measures bring in. Empty, or why not.
QString planPartners(MergePlan &plan, RevisionQuery &myHistory, RevisionQuery &theirHistory,
                     const QHash<QString, RevisionQuery::PartnerHead> &mine, const Spelling &spelling, const Vocabulary &vocabulary,
                     bool *invalid)
{
    *invalid = false;
    QHash<QString, RevisionQuery::PartnerHead> theirs;
    if (!theirHistory.partnerHeads(&theirs))
        return readError(theirHistory.error());
    QSet<QString> incoming;
    for (const MergeEntry &entry : std::as_const(plan.entries))
        if (entry.theirs)
            for (const PartnerLink &link : entry.theirs->partners)
                incoming.insert(PartnerIdentity::key(link.name));
    QStringList keys;
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        if (mine.contains(it.key()) || incoming.contains(it.key()))
            keys << it.key();
    std::sort(keys.begin(), keys.end());
    QHash<QString, PartnerRevision> myRevisions, theirRevisions;
    if (!myHistory.partnerRevisionsOf(keys, &myRevisions))
        return readError(myHistory.error());
    if (!theirHistory.partnerRevisionsOf(keys, &theirRevisions, Merge::kMaxRevisions)) {
        *invalid = theirHistory.invalidData();
        return *invalid ? theirHistory.error() : readError(theirHistory.error());
    }
    *invalid = true; // from here on, a refusal is about their values
    QHash<QString, PartnerRevision> all = myRevisions; // their codes in my words, for comparing
    QHash<QString, qsizetype> perPartner;
    for (PartnerRevision r : std::as_const(theirRevisions)) {
        if (const QString problem = IncomingCheck::partnerRevision(r); !problem.isEmpty())
            return problem;
        if (++perPartner[r.key] > Merge::kMaxRevisionsOfOneMeasure)
            return IncomingCheck::tooManyPartnerRevisions(r.key, Merge::kMaxRevisionsOfOneMeasure);
        r.typeCode = spelling.partnerType(r.typeCode);
        if (!all.contains(r.id))
            all.insert(r.id, r);
    }
    QHash<QString, QStringList> byKey;
    for (const PartnerRevision &r : std::as_const(all))
        byKey[r.key] << r.id;
    for (const QString &key : std::as_const(keys)) {
        const RevisionQuery::PartnerHead their = theirs.value(key);
        const QString theirType = spelling.partnerType(their.typeCode);
        if (!theirRevisions.contains(their.revision) || theirRevisions.value(their.revision).key != key)
            return IncomingCheck::tr("The history of the partner “%1” is damaged or was changed by another program.")
                .arg(MeasureValidator::shown(their.name));
        if (!vocabulary.contains(VocabularyKind::PartnerType, theirType))
            return IncomingCheck::tr("The partner “%1” has the type “%2”, which neither catalogue knows.")
                .arg(MeasureValidator::shown(their.name), MeasureValidator::shown(their.typeCode));
        RevisionGraph graph;
        for (const QString &id : byKey.value(key))
            graph.add(id, all.value(id).parents());
        const auto recordedType = [&all](const QString &id) { return all.contains(id) ? all.value(id).typeCode : QString(); };
        PartnerConflict p;
        p.key = key;
        p.theirType = theirType;
        p.theirHead = their.revision;
        const auto it = mine.constFind(key);
        if (it == mine.cend()) { // made here by their measures, with their type and their history
            p.name = their.name;
            p.myType = theirType;
            p.adopt = recordedType(their.revision) == theirType;
            p.choice = MergeSide::Theirs;
            plan.partnerUpdates << p;
            continue;
        }
        p.name = it->name;
        p.myType = it->typeCode;
        p.myHead = it->revision;
        if (p.myHead == p.theirHead || graph.isAncestor(p.theirHead, p.myHead))
            continue;
        if (graph.isAncestor(p.myHead, p.theirHead)) {
            p.adopt = recordedType(p.theirHead) == theirType;
            p.choice = MergeSide::Theirs;
            plan.partnerUpdates << p;
            continue;
        }
        const QString base = partnerTypeBase(graph, all, p.myHead, p.theirHead);
        if (p.myType == theirType || (!base.isEmpty() && theirType == base) || (base.isEmpty() && theirType == kPartnerTypeNotStated))
            p.choice = MergeSide::Mine;
        else if ((!base.isEmpty() && p.myType == base) || (base.isEmpty() && p.myType == kPartnerTypeNotStated))
            p.choice = MergeSide::Theirs;
        (p.choice == MergeSide::Undecided ? plan.partnerConflicts : plan.partnerUpdates) << p;
    }
    QSet<QString> decided;
    for (const QList<PartnerConflict> *list : {&plan.partnerUpdates, &plan.partnerConflicts})
        for (const PartnerConflict &p : *list)
            decided.insert(p.key);
    for (const PartnerRevision &r : std::as_const(theirRevisions))
        if (decided.contains(r.key))
            plan.theirPartnerRevisions.insert(r.id, r);
    return {};
}

// The type each partner ends with, by identity.
QHash<QString, QString> decidedTypes(const MergePlan &plan)
{
    QHash<QString, QString> types;
    for (const QList<PartnerConflict> *list : {&plan.partnerUpdates, &plan.partnerConflicts})
        for (const PartnerConflict &p : *list)
            types.insert(p.key, p.choice == MergeSide::Theirs ? p.theirType : p.myType);
    return types;
}

QString changedSinceMessage()
{
    return Merge::tr("This catalogue changed since the merge was previewed. Nothing was merged; merge again to see what it would do now.");
}

// Below this many measures, looking each one up costs less than reading every head here
// (measured on 100,000: 1,000 lookups 8 ms, every head 140-170 ms).
constexpr qsizetype kLookedUpOneByOne = 10000;

// Before the backup copy: whether every measure the plan writes is still where the plan saw it.
QString changedSincePlan(const Catalogue &mine, const MergePlan &plan)
{
    QList<QString> uuids;
    for (const QList<MergeEntry> *list : {&plan.entries, &plan.kept})
        for (const MergeEntry &entry : *list)
            uuids << entry.uuid;
    QHash<QString, RevisionQuery::Head> heads;
    RevisionQuery history(mine);
    if (!(uuids.size() <= kLookedUpOneByOne ? history.headsOf(uuids, &heads) : history.heads(&heads)))
        return readError(history.error());
    for (const QList<MergeEntry> *list : {&plan.entries, &plan.kept})
        for (const MergeEntry &entry : *list) {
            const auto it = heads.constFind(entry.uuid);
            const QString head = it == heads.cend() ? QString() : it->revision;
            if (head != entry.myHead || (it != heads.cend() && it->deleted != entry.myDeleted))
                return changedSinceMessage();
        }
    return {};
}

MergePlan refused(MergePlan plan, const QString &why, bool invalidData)
{
    // Their file, not mine, holds what is refused: say so, and what to ask for.
    plan.error = invalidData ? Merge::tr("In “%1”: %2 Nothing was merged: ask for the catalogue again as the app saved it, or for a "
                                         "CSV export of it to import.")
                                   .arg(plan.displayName, why)
                             : why;
    plan.invalidData = invalidData;
    plan.entries.clear();
    plan.kept.clear();
    return plan;
}

} // namespace

MergePlan Merge::plan(const Catalogue &mine, const Catalogue &theirs, const QString &displayName, Language language, Mode mode)
{
    MergePlan plan;
    plan.path = theirs.path();
    plan.displayName = displayName;
    QString myVocabularyError, theirVocabularyError;
    const Vocabulary myVocabulary = VocabularyQuery::load(mine, &myVocabularyError);
    const Vocabulary theirVocabulary = VocabularyQuery::load(theirs, &theirVocabularyError);
    if (!myVocabularyError.isEmpty() || !theirVocabularyError.isEmpty())
        return refused(plan, readError(myVocabularyError.isEmpty() ? theirVocabularyError : myVocabularyError), false);
    if (const QString problem = planTerms(plan, myVocabulary, theirVocabulary, language); !problem.isEmpty())
        return refused(plan, problem, true);
    QList<VocabularyTerm> terms;
    for (VocabularyKind kind : allVocabularyKinds())
        terms << myVocabulary.terms(kind);
    const Vocabulary vocabulary = Vocabulary::fromTerms(terms + plan.newTerms); // what their measures are checked against

    RevisionQuery myHistory(mine), theirHistory(theirs);
    QHash<QString, RevisionQuery::Head> myHeads, theirHeads;
    QHash<QString, RevisionQuery::PartnerHead> myPartners;
    if (!theirHistory.heads(&theirHeads))
        return refused(plan, theirHistory.invalidData() ? theirHistory.error() : readError(theirHistory.error()), theirHistory.invalidData());
    // A few measures coming into many (a synchronize, a small colleague's file) are looked up one
    // by one; every head is read when they are many.
    const bool few = theirHeads.size() <= kLookedUpOneByOne;
    if (!(few ? myHistory.headsOf(theirHeads.keys(), &myHeads) : myHistory.heads(&myHeads)) || !myHistory.partnerHeads(&myPartners))
        return refused(plan,
                       myHistory.invalidData() ? (Surface::isCommandLine()
                                                      ? Merge::tr("This catalogue is damaged: %1 Nothing was merged: a backup copy "
                                                                  "of it, made before, is the way back.")
                                                      : Merge::tr("This catalogue is damaged: %1 Nothing was merged: File ▸ Restore "
                                                                  "from Backup… opens a copy made before."))
                                                     .arg(myHistory.error())
                                               : readError(myHistory.error()),
                       false);
    const Spelling spelling(myPartners, plan.termCodes);

    QStringList differing;
    for (auto it = theirHeads.cbegin(); it != theirHeads.cend(); ++it) {
        const auto my = myHeads.constFind(it.key());
        if (my != myHeads.cend() && my->revision == it->revision && my->deleted == it->deleted)
            plan.identical += it->deleted ? 0 : 1;
        else
            differing << it.key();
    }
    std::sort(differing.begin(), differing.end());
    QHash<QString, Revision> myRevisions, theirRevisions;
    if (!myHistory.revisionsOf(differing, &myRevisions))
        return refused(plan, readError(myHistory.error()), false);
    if (!theirHistory.revisionsOf(differing, &theirRevisions, kMaxRevisions))
        return refused(plan, theirHistory.invalidData() ? theirHistory.error() : readError(theirHistory.error()), theirHistory.invalidData());
    QHash<QString, qsizetype> perMeasure;
    for (const Revision &r : std::as_const(theirRevisions)) {
        if (const QString problem = IncomingCheck::revision(r); !problem.isEmpty())
            return refused(plan, problem, true);
        if (++perMeasure[r.measureUuid] > kMaxRevisionsOfOneMeasure)
            return refused(plan, IncomingCheck::tooManyRevisions(r.measureUuid, kMaxRevisionsOfOneMeasure), true);
    }
    Histories histories;
    histories.add(myRevisions);
    histories.add(theirRevisions);

    MeasureQuery myMeasures(mine), theirMeasures(theirs);
    QString loadError;
    const auto loadMine = [&](const QString &uuid) -> std::shared_ptr<const Measure> {
        std::optional<Measure> m = myMeasures.loadByUuid(uuid);
        if (!m) {
            loadError = myMeasures.lastError().isEmpty() ? tr("a measure listed was not found") : myMeasures.lastError();
            return nullptr;
        }
        return std::make_shared<const Measure>(std::move(*m));
    };
    const auto revisionOf = [&](const QString &id) {
        const auto it = histories.all().constFind(id);
        return it == histories.all().cend() ? nullptr : &*it;
    };
    QString tampered;
    const auto loadTheirs = [&](const QString &uuid) -> std::shared_ptr<const Measure> {
        std::optional<Measure> m = theirMeasures.loadByUuid(uuid);
        if (!m) {
            loadError = theirMeasures.lastError().isEmpty() ? tr("a measure listed was not found") : theirMeasures.lastError();
            return nullptr;
        }
        // What their catalogue holds is what its history records (the app writes both in one
        // transaction): otherwise another program changed the one without the other.
        if (!holdsRecorded(*m, revisionOf(m->revision)) && tampered.isEmpty())
            tampered = IncomingCheck::tr("The measure “%1” (%2) does not hold what its history records: another "
                                         "program changed it.")
                           .arg(MeasureValidator::shown(m->title), uuid);
        spelling.apply(*m);
        return std::make_shared<const Measure>(MeasureValidator::normalized(*m, vocabulary));
    };

    StepProgress *progress = mine.stepProgress();
    if (progress)
        progress->setTotal(differing.size());
    for (const QString &uuid : std::as_const(differing)) {
        if (progress) {
            if (progress->isCancelled())
                return refused(plan, tr("The comparison was cancelled. Nothing was merged."), false);
            progress->advance();
        }
        const RevisionQuery::Head my = myHeads.value(uuid), their = theirHeads.value(uuid);
        const bool known = myHeads.contains(uuid);
        MergeEntry e;
        e.uuid = uuid;
        e.myHead = known ? my.revision : QString();
        e.theirHead = their.revision;
        e.myDeleted = known && my.deleted;
        e.theirDeleted = their.deleted;
        e.theirPlatformId = their.platformMeasureId;
        if (their.deleted)
            if (const QString problem = IncomingCheck::tombstone(uuid, their.platformMeasureId); !problem.isEmpty())
                return refused(plan, problem, true);
        if (uuid.isEmpty() || QUuid::fromString(uuid).toString(QUuid::WithoutBraces) != uuid)
            return refused(plan, IncomingCheck::tr("A measure's identifier “%1” is not a UUID.").arg(MeasureValidator::shown(uuid)),
                           true);
        // Their head is one of their revisions of this measure, a deletion exactly when they deleted it.
        const auto theirHead = theirRevisions.constFind(their.revision);
        if (theirHead == theirRevisions.cend() || theirHead->measureUuid != uuid || theirHead->isDeletion() != their.deleted)
            return refused(plan, IncomingCheck::tr("The history of the measure %1 is damaged or was changed by another "
                                                   "program (its present revision is not among its revisions).")
                                     .arg(MeasureValidator::shown(uuid)),
                           true);
        const RevisionGraph graph = histories.graphOf(uuid);
        const auto place = [&plan](MergeEntry &entry, Kind kind) {
            entry.kind = kind;
            (kind == Kind::Kept ? plan.kept : plan.entries) << entry;
        };
        if (!known || graph.isAncestor(my.revision, their.revision)) {
            // Theirs descends from mine (or is all I could know of it): adopted as it is.
            e.adopt = true;
            if (their.deleted) {
                if (known && !my.deleted && !(e.mine = loadMine(uuid)))
                    break;
                place(e, known && !my.deleted ? Kind::Deleted : Kind::Kept);
                continue;
            }
            if (!(e.theirs = loadTheirs(uuid)))
                break;
            e.adopt = holdsRecorded(*e.theirs, revisionOf(their.revision)); // after this catalogue's spelling and normalization
            if (!known || my.deleted) {
                place(e, Kind::Added);
                continue;
            }
            if (!(e.mine = loadMine(uuid)))
                break;
            e.theirChanges = MeasureDigest::changedFields(MeasureDigest::fields(*e.mine), MeasureDigest::fields(*e.theirs));
            place(e, e.theirChanges.isEmpty() ? Kind::Kept : Kind::Updated);
            continue;
        }
        if (graph.isAncestor(their.revision, my.revision)) {
            // Changed here since they were merged: kept. What an undo here took away of theirs
            // can be asked again (Compare Again), my own changes never.
            const Undone undone = undoneOfTheirs(graph, histories.all(), my.revision, their.revision);
            if (undone.any() && !(my.deleted && their.deleted)) {
                if ((!their.deleted && !(e.theirs = loadTheirs(uuid))) || (!my.deleted && !(e.mine = loadMine(uuid))))
                    break;
                if (e.mine && e.theirs)
                    for (MeasureField field : MeasureDigest::changedFields(MeasureDigest::fields(*e.mine), MeasureDigest::fields(*e.theirs)))
                        if (undone.existence || undone.fields.contains(field))
                            e.conflicts << field;
                if (!e.conflicts.isEmpty() || (undone.existence && bool(e.mine) != bool(e.theirs))) {
                    if (mode == Mode::AskAgain) {
                        e.askedAgain = true;
                        e.undone = e.conflicts;
                        place(e, Kind::Conflict);
                        continue;
                    }
                    ++plan.undoneHere;
                }
            }
            plan.keptMine += my.deleted ? 0 : 1;
            continue;
        }
        // Neither descends from the other: compared with what both descend from.
        const MeasureState base = mergeBase(graph, histories.all(), my.revision, their.revision);
        if (my.deleted && their.deleted) {
            place(e, Kind::Kept);
            continue;
        }
        if (!their.deleted && !(e.theirs = loadTheirs(uuid)))
            break;
        if (!my.deleted && !(e.mine = loadMine(uuid)))
            break;
        // What is kept here only because undoing a merge took theirs away is asked again too
        // (they may have changed other fields since).
        const auto askAgain = [&](MergeEntry &entry, bool undone) {
            if (!undone)
                return false;
            if (mode != Mode::AskAgain) {
                ++plan.undoneHere;
                return false;
            }
            entry.askedAgain = true;
            return true;
        };
        // A deletion against a change, where my side is what undoing a merge left, is that
        // question asked (again): its answer is recorded as one, so that it is asked only once.
        const auto undoneExistence = [&](Kind kind) {
            const bool undone = kind != Kind::Added && kind != Kind::Deleted
                             && undoneOfTheirs(graph, histories.all(), my.revision, their.revision).existence;
            if (kind == Kind::Conflict)
                e.askedAgain = undone;
            return kind == Kind::Kept && askAgain(e, undone) ? Kind::Conflict : kind;
        };
        const auto changedSinceBase = [&base](const Measure &kept) {
            QList<MeasureField> changed;
            if (!base.isDeleted())
                for (MeasureField field : MeasureFields::contentFields())
                    if (!base.matches(field, kept))
                        changed << field;
            return changed;
        };
        if (my.deleted) { // brought back there after the base had it deleted, or changed there: a question unless unchanged
            e.changedAgainstDeletion = changedSinceBase(*e.theirs);
            place(e, undoneExistence(base.isDeleted() ? Kind::Added : base.matchesAll(*e.theirs) ? Kind::Kept : Kind::Conflict));
        } else if (their.deleted) {
            e.changedAgainstDeletion = changedSinceBase(*e.mine);
            place(e, undoneExistence(base.isDeleted() ? Kind::Kept : base.matchesAll(*e.mine) ? Kind::Deleted : Kind::Conflict));
        }
        else {
            compareFields(e, base);
            if (!e.myChanges.isEmpty() || !e.conflicts.isEmpty()) {
                const Undone undone = undoneOfTheirs(graph, histories.all(), my.revision, their.revision);
                QList<MeasureField> asked, inConflict; // kept only by the undo; asked anyway (both changed it)
                for (MeasureField field : MeasureFields::contentFields()) {
                    if (!undone.fields.contains(field))
                        continue;
                    if (e.myChanges.contains(field))
                        asked << field;
                    else if (e.conflicts.contains(field))
                        inConflict << field;
                }
                if (askAgain(e, !asked.isEmpty())) {
                    QList<MeasureField> conflicts; // in the fields' order, as compared
                    for (MeasureField field : MeasureFields::contentFields())
                        if (e.conflicts.contains(field) || asked.contains(field))
                            conflicts << field;
                    e.conflicts = conflicts;
                    for (MeasureField field : std::as_const(asked))
                        e.myChanges.removeOne(field);
                } else if (asked.isEmpty() && !inConflict.isEmpty()) {
                    // An undone field both changed is a question now, in either mode: its answer
                    // is recorded as one, so that Compare Again does not ask it once more. (With
                    // other undone fields left unasked, the merge answers nothing.)
                    e.askedAgain = true;
                }
                if (e.askedAgain)
                    for (MeasureField field : MeasureFields::contentFields())
                        if (asked.contains(field) || inConflict.contains(field))
                            e.undone << field;
            }
            place(e, !e.conflicts.isEmpty() ? Kind::Conflict : !e.theirChanges.isEmpty() ? Kind::Combined : Kind::Kept);
        }
    }
    if (!loadError.isEmpty())
        return refused(plan, readError(loadError), false);
    if (!tampered.isEmpty())
        return refused(plan, tampered, true);

    // Everything of theirs that can come in passes the rules my own import applies.
    for (const MergeEntry &entry : std::as_const(plan.entries))
        if (entry.theirs)
            if (const QString problem = IncomingCheck::measure(*entry.theirs, vocabulary, language); !problem.isEmpty())
                return refused(plan, problem, true);
    bool invalid = false;
    if (const QString problem = planPartners(plan, myHistory, theirHistory, myPartners, spelling, vocabulary, &invalid); !problem.isEmpty())
        return refused(plan, problem, invalid);

    // The histories of what the merge writes travel with it.
    QSet<QString> written;
    for (const QList<MergeEntry> *list : {&plan.entries, &plan.kept})
        for (const MergeEntry &entry : *list)
            written.insert(entry.uuid);
    for (const Revision &r : std::as_const(theirRevisions))
        if (written.contains(r.measureUuid) && !myRevisions.contains(r.id))
            plan.theirRevisions.insert(r.id, r);
    std::sort(plan.entries.begin(), plan.entries.end(), [](const MergeEntry &a, const MergeEntry &b) {
        return foldForMatching(a.title()) < foldForMatching(b.title());
    });
    // Undo keeps both versions of what the merge writes (often the very copies read here).
    MeasureCopies versions;
    for (const MergeEntry &entry : std::as_const(plan.entries))
        versions << entry.mine << entry.theirs;
    plan.undoBytes = UndoCost::of(versions);
    return plan;
}

Merge::Applied Merge::apply(const Catalogue &mine, const MergePlan &plan, Language language, bool backup)
{
    Applied result;
    Backups::StepCopy copy;
    // Nothing was merged: the copy made first is not left behind (the transaction rolls back),
    // nor the backups folder made for it.
    const auto failed = [&result, &copy](const QString &why) {
        result.error = why;
        copy.discard();
        result.backup.clear();
        return result;
    };
    if (!plan.error.isEmpty())
        return failed(plan.error);
    if (const int open = plan.unresolved(); open > 0)
        return failed(tr("%n conflict(s) still need a side. Nothing was merged.", nullptr, open));
    if (plan.changesNothing() && !plan.writesHistory()) {
        result.ok = true;
        return result;
    }
    if (const QString changed = changedSincePlan(mine, plan); !changed.isEmpty())
        return failed(changed);
    if (backup) {
        if (StepProgress *progress = mine.stepProgress())
            progress->setPart(tr("First, a backup copy of the catalogue as it is…"));
        copy = Backups::StepCopy(mine.path(), Backups::Kind::BeforeMerge, plan.displayName);
        if (const QString error = mine.backupTo(copy.path()); !error.isEmpty()) // it removes its own partial copy, never another file
            return failed(tr("Nothing was merged: the backup copy made first failed (%1).").arg(error));
        result.backup = copy.path();
    }
    const int writes = int(plan.entries.size() + plan.kept.size());
    StepProgress *progress = mine.stepProgress();
    if (progress) {
        progress->setPart({});
        progress->setTotal(writes);
    }
    WriteTransaction transaction(mine, writes > 5000 ? WriteTransaction::Size::Bulk : WriteTransaction::Size::Normal, writes);
    if (!transaction.isActive())
        return failed(transaction.errorMessage());

    VocabularyStore terms(mine);
    const Vocabulary termsBefore = plan.labelledTerms.isEmpty() ? Vocabulary() : VocabularyQuery::load(mine);
    for (const VocabularyTerm &term : plan.newTerms) {
        if (const QString error = terms.restore(term); !error.isEmpty())
            return failed(error);
        result.addedTerms << term;
    }
    for (const VocabularyTerm &planned : plan.labelledTerms) {
        // From the term as it is now (an edit since the preview stays): only the missing languages.
        const VocabularyTerm *before = termsBefore.find(planned.kind, planned.code);
        if (!before)
            continue;
        VocabularyTerm after = *before;
        for (auto it = planned.otherLabels.cbegin(); it != planned.otherLabels.cend(); ++it)
            if (!after.otherLabels.contains(it.key()))
                after.otherLabels.insert(it.key(), it.value());
        if (after.otherLabels == before->otherLabels)
            continue;
        result.relabelledBefore << *before;
        if (const QString error = terms.restore(after); !error.isEmpty())
            return failed(error);
        result.relabelledAfter << after;
    }
    QString vocabularyError;
    const Vocabulary vocabulary = VocabularyQuery::load(mine, &vocabularyError);
    if (!vocabularyError.isEmpty())
        return failed(readError(vocabularyError));

    MeasureStore store(mine, vocabulary);
    store.setOrigin(RevisionOrigin::merge);
    RevisionLog &log = store.revisions();
    for (const Revision &revision : plan.theirRevisions)
        if (!log.add(revision))
            return failed(StorageError::message(log.errorCode(), log.errorDetail()));
    for (const PartnerRevision &revision : plan.theirPartnerRevisions)
        if (!log.addPartnerRevision(revision))
            return failed(StorageError::message(log.errorCode(), log.errorDetail()));

    // Partners first: the measures below are written with the types decided here.
    PartnerStore partners(mine);
    RevisionQuery history(mine);
    QHash<QString, RevisionQuery::PartnerHead> myPartners;
    if (!history.partnerHeads(&myPartners))
        return failed(readError(history.error()));
    QStringList retyped, touched;
    for (const QList<PartnerConflict> *list : {&plan.partnerUpdates, &plan.partnerConflicts})
        for (const PartnerConflict &p : *list)
            if (!p.myHead.isEmpty() && p.choice == MergeSide::Theirs && p.myType != p.theirType)
                retyped << p.name;
    // Partners their measures will make here are in it too, as absent: undo removes them again
    // once no measure names them.
    touched = retyped;
    for (const MergeEntry &entry : plan.entries)
        if (entry.theirs)
            for (const PartnerLink &link : entry.theirs->partners)
                if (!myPartners.contains(PartnerIdentity::key(link.name)))
                    touched << link.name;
    result.partners = partners.snapshotOfNames(touched, PartnerStore::Links::Without);
    if (!result.partners.error.isEmpty())
        return failed(result.partners.error);
    for (const QList<PartnerConflict> *list : {&plan.partnerUpdates, &plan.partnerConflicts})
        for (const PartnerConflict &p : *list) {
            const auto here = myPartners.constFind(p.key);
            if (p.myHead.isEmpty() || here == myPartners.cend())
                continue; // made by their measures below
            if (here->revision != p.myHead)
                return failed(changedSinceMessage());
            const qint64 id = partners.idOf(p.name);
            const QString type = p.choice == MergeSide::Theirs ? p.theirType : p.myType;
            if (const QString error = partners.mergeType(id, type, p.theirHead, p.adopt); !error.isEmpty())
                return failed(error);
            ++result.histories;
        }
    const QHash<QString, QString> types = decidedTypes(plan);
    const Spelling spelling(myPartners, plan.termCodes);

    MeasureQuery query(mine);
    // The measures as they were and are, for undo, unless the step is too large to keep (as the
    // preview said): then the backup copy is the way back.
    const bool kept = plan.keptForUndo();
    if (kept) {
        result.after.reserve(plan.entries.size()); // kept entries write no content
        result.before.reserve(plan.entries.size());
    }
    // What was written is kept as the plan's own copy when it is the same (an added measure
    // almost always is), otherwise as a copy sharing the texts the plan holds already.
    const auto keep = [](MeasureCopies &copies, const Measure &m, const std::shared_ptr<const Measure> &planned) {
        if (planned && m.sameWrittenAs(*planned)) {
            copies << planned;
            return;
        }
        Measure copy = m;
        if (planned)
            MeasureFields::shareEqualTexts(copy, *planned);
        copies << std::make_shared<const Measure>(std::move(copy));
    };
    const auto write = [&](Measure m, MeasureStore::Timestamps timestamps, bool added, const std::shared_ptr<const Measure> &planned) {
        spelling.applyTypes(m, types);
        QList<FieldIssue> issues;
        QString error;
        if (!store.write(m, timestamps, language, &issues, &error)) {
            failed(error.isEmpty() && !issues.isEmpty() ? tr("“%1” cannot be merged: %2").arg(MeasureValidator::shown(m.title), issues.first().message)
                                                        : error);
            return false;
        }
        if (kept)
            keep(result.after, m, planned);
        if (added)
            result.addedUuids << m.uuid;
        ++result.written;
        return true;
    };
    // Their head joins mine as a second parent, or is adopted. A measure asked about again
    // already descends from it: joining it once more, as an answer, records that it was asked.
    const auto join = [&log](const MergeEntry &entry) { log.mergeNext(entry.theirHead); };
    const auto follow = [&](const MergeEntry &entry) { entry.adopt ? log.adoptNext(entry.theirHead) : join(entry); };
    for (const QList<MergeEntry> *list : {&plan.entries, &plan.kept})
        for (const MergeEntry &entry : *list) {
            if (progress) {
                if (progress->isCancelled()) // the transaction rolls back; failed() removes the copy
                    return failed(tr("The merge was cancelled. Nothing was merged."));
                progress->advance();
            }
            store.setOrigin(entry.askedAgain ? RevisionOrigin::answer : RevisionOrigin::merge);
            // The plan was read before the analyst chose: a measure changed here since is not written over.
            std::optional<Measure> current = query.loadByUuid(entry.uuid);
            if (!current && !query.lastError().isEmpty())
                return failed(readError(query.lastError()));
            std::optional<Tombstone> tombstone;
            if (!current && !log.tombstoneOf(entry.uuid, &tombstone))
                return failed(StorageError::message(log.errorCode(), log.errorDetail()));
            const QString head = current ? current->revision : tombstone ? tombstone->revision : QString();
            if (head != entry.myHead || bool(current) != bool(entry.mine && !entry.myDeleted))
                return failed(changedSinceMessage());
            if (current && kept)
                keep(result.before, *current, entry.mine);

            const bool deletionConflict = entry.isDeletionConflict();
            const bool takeTheirs = entry.kind == Kind::Added || entry.kind == Kind::Updated
                || (deletionConflict && entry.whole == MergeSide::Theirs && entry.theirs);
            const bool deleteMine = current && (entry.kind == Kind::Deleted || (deletionConflict && entry.whole == MergeSide::Theirs && !entry.theirs));
            QString error;
            if (takeTheirs) {
                Measure m = *entry.theirs;
                m.id = current ? current->id : 0;
                if (!entry.adopt || deletionConflict)
                    join(entry);
                else
                    log.adoptNext(entry.theirHead);
                if (!write(m, MeasureStore::Timestamps::Keep, !current, entry.theirs))
                    return result;
            } else if (deleteMine) {
                follow(entry);
                if (!store.erase(current->id, &error))
                    return failed(error);
                result.deletedUuids << current->uuid;
                ++result.written;
            } else if (!current) {
                // Deleted here and staying deleted: the tombstone follows their history (or joins it).
                const bool recorded = entry.adopt ? log.bury({entry.uuid, entry.theirHead, entry.theirPlatformId})
                                                  : (log.mergeNext(entry.theirHead),
                                                     log.recordDeletion(entry.uuid, entry.myHead, tombstone ? tombstone->platformMeasureId : QString()));
                if (!recorded)
                    return failed(StorageError::message(log.errorCode(), log.errorDetail()));
                ++result.histories;
            } else {
                // Mine, with their changes to fields I left alone and the fields where their side was chosen.
                Measure m = *current;
                QList<MeasureField> taken = entry.theirChanges;
                for (MeasureField field : entry.conflicts)
                    if (entry.choices.value(field) == MergeSide::Theirs)
                        taken << field;
                if (entry.theirs)
                    for (MeasureField field : std::as_const(taken))
                        MeasureFields::assign(m, *entry.theirs, field);
                if (entry.theirs)
                    PlatformRow::carrySnapshot(m, *entry.theirs, taken);
                // As it would be written (their goals taken may come back with my areas' goals):
                // the same content is no write, and no step to undo.
                m = MeasureValidator::normalized(m, vocabulary);
                if (m.sameContentAs(*current) && m.platformSource == current->platformSource) {
                    if (entry.adopt && entry.theirs
                        && (entry.theirs->updatedAt != current->updatedAt || entry.theirs->createdAt != current->createdAt)) {
                        // Their head, adopted as it is, with its times: two copies at one revision
                        // hold the same measure, times included.
                        // Only times: the history's business, not a change anyone sees (no step to undo).
                        if (kept)
                            result.before.removeLast();
                        Measure same = *current;
                        same.createdAt = entry.theirs->createdAt;
                        same.updatedAt = entry.theirs->updatedAt;
                        log.adoptNext(entry.theirHead);
                        QList<FieldIssue> issues;
                        if (!store.write(same, MeasureStore::Timestamps::Keep, language, &issues, &error))
                            return failed(error.isEmpty() && !issues.isEmpty() ? issues.first().message : error);
                        ++result.histories;
                        continue;
                    }
                    if (kept)
                        result.before.removeLast();
                    Measure same = *current;
                    if (!store.followHistory(same, entry.theirHead, entry.adopt, &error))
                        return failed(error);
                    ++result.histories;
                    continue;
                }
                join(entry);
                if (!write(m, m.sameContentAs(*current) ? MeasureStore::Timestamps::Keep : MeasureStore::Timestamps::Now, false,
                           entry.mine))
                    return result;
            }
        }
    // Partners their measures made here take their history too: adopted when their type is the
    // one their head records, else joined to it (their type spelled with a code of mine), so that
    // the head here always descends from theirs.
    for (const PartnerConflict &p : plan.partnerUpdates) {
        if (!p.myHead.isEmpty())
            continue;
        if (const qint64 id = partners.idOf(p.name); id != 0) {
            if (const QString error = partners.mergeType(id, p.theirType, p.theirHead, p.adopt); !error.isEmpty())
                return failed(error);
            ++result.histories;
        }
    }
    result.partnersAfter = partners.snapshotOfNames(retyped, PartnerStore::Links::Without);
    if (!result.partnersAfter.error.isEmpty())
        return failed(result.partnersAfter.error);
    if (!transaction.commit())
        return failed(transaction.errorMessage());
    result.ok = true;
    result.undoable = kept;
    return result;
}

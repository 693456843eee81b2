// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge.h"

#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "model/measuredigest.h"
#include "model/textfold.h"
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

#include <QSet>
#include <algorithm>

namespace {

// Both sides exist and both changed since the revision they last shared: which fields each changed.
void compareFields(MergeEntry &entry, const RevisionGraph &graph)
{
    const QByteArray mine = MeasureDigest::fields(*entry.mine), theirs = MeasureDigest::fields(*entry.theirs);
    const QList<MeasureField> differing = MeasureDigest::changedFields(mine, theirs);
    const Revision *base = graph.find(graph.commonAncestor(entry.myHead, entry.theirHead));
    if (!base || base->isDeletion()) { // nothing shared: every difference is a question
        entry.conflicts = differing;
        return;
    }
    const QList<MeasureField> changedHere = MeasureDigest::changedFields(base->fields, mine);
    const QList<MeasureField> changedThere = MeasureDigest::changedFields(base->fields, theirs);
    for (MeasureField field : differing) {
        if (changedThere.contains(field))
            (changedHere.contains(field) ? entry.conflicts : entry.theirChanges) << field;
        else if (changedHere.contains(field))
            entry.myChanges << field;
    }
}

// Their own domains and partner types: new codes are added, a code I already have keeps my
// labels, a label I already have under another code is that code.
void planTerms(MergePlan &plan, const Vocabulary &mine, const Vocabulary &theirs, Language language)
{
    for (VocabularyKind kind : {VocabularyKind::CulturalDomain, VocabularyKind::PartnerType}) {
        int position = 0;
        for (const VocabularyTerm &term : mine.terms(kind))
            position = qMax(position, term.position);
        for (const VocabularyTerm &term : theirs.terms(kind)) {
            if (term.builtin)
                continue;
            if (const VocabularyTerm *same = mine.find(kind, term.code)) {
                if (same->labelEn != term.labelEn || same->labelEs != term.labelEs)
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
}

// Partners their measures bring in that this catalogue knows with another stated type.
void planPartners(MergePlan &plan, const Catalogue &mine)
{
    QHash<QString, PartnerInfo> known;
    for (const PartnerInfo &partner : PartnerQuery::all(mine))
        known.insert(foldForMatching(partner.name), partner);
    QSet<QString> asked;
    for (const MergeEntry &entry : std::as_const(plan.entries)) {
        const bool partnersComeIn = entry.theirs
            && (entry.kind == MergeEntry::Kind::Added || entry.kind == MergeEntry::Kind::Updated
                || entry.theirChanges.contains(MeasureField::Partners) || entry.conflicts.contains(MeasureField::Partners)
                || entry.isDeletionConflict());
        if (!partnersComeIn)
            continue;
        for (const PartnerLink &link : entry.theirs->partners) {
            const QString key = foldForMatching(link.name);
            const auto it = known.constFind(key);
            if (it == known.cend() || asked.contains(key) || it->typeCode == link.typeCode || it->typeCode == kPartnerTypeNotStated
                || link.typeCode == kPartnerTypeNotStated)
                continue;
            asked.insert(key);
            plan.partnerConflicts << PartnerConflict{it->name, it->typeCode, link.typeCode};
        }
    }
}

// Their measure in this catalogue's words: their codes for a term I have under another code
// become mine, their partners take the name this catalogue knows them by (case and accents
// aside). Done when planning, so that a spelling is not taken for a change.
class Spelling
{
public:
    Spelling(const Catalogue &mine, const QHash<QString, QString> &termCodes) : m_termCodes(termCodes)
    {
        for (const PartnerInfo &partner : PartnerQuery::all(mine))
            m_partners.insert(foldForMatching(partner.name), partner);
    }
    void apply(Measure &m) const
    {
        const QString domain = vocabularyKindCode(VocabularyKind::CulturalDomain) + u':';
        for (QString &code : m.domains)
            code = m_termCodes.value(domain + code, code);
        const QString partnerType = vocabularyKindCode(VocabularyKind::PartnerType) + u':';
        for (PartnerLink &link : m.partners) {
            link.typeCode = m_termCodes.value(partnerType + link.typeCode, link.typeCode);
            const auto known = m_partners.constFind(foldForMatching(link.name));
            if (known != m_partners.cend())
                link.name = known->name;
        }
    }
    // The type a partner of theirs gets here: the side chosen in a conflict, else the type this
    // catalogue states, else theirs.
    void applyTypes(Measure &m, const QList<PartnerConflict> &conflicts) const
    {
        QHash<QString, QString> chosen;
        for (const PartnerConflict &conflict : conflicts)
            chosen.insert(foldForMatching(conflict.name), conflict.choice == MergeSide::Theirs ? conflict.theirType : conflict.myType);
        for (PartnerLink &link : m.partners) {
            const QString key = foldForMatching(link.name);
            const auto known = m_partners.constFind(key);
            if (chosen.contains(key))
                link.typeCode = chosen.value(key);
            else if (known != m_partners.cend() && (known->typeCode != kPartnerTypeNotStated || link.typeCode == kPartnerTypeNotStated))
                link.typeCode = known->typeCode;
        }
    }

    // Whether writing this link (types applied) adds a partner or changes a partner's type here.
    bool changes(const PartnerLink &link) const
    {
        const auto known = m_partners.constFind(foldForMatching(link.name));
        return known == m_partners.cend() || known->typeCode != link.typeCode;
    }

private:
    QHash<QString, QString> m_termCodes;
    QHash<QString, PartnerInfo> m_partners;
};

QString readError(const QString &detail) { return Merge::tr("The catalogues could not be read to compare them (%1). Nothing was merged.").arg(detail); }

} // namespace

MergePlan Merge::plan(const Catalogue &mine, const Catalogue &theirs, const QString &displayName, Language language)
{
    MergePlan plan;
    plan.path = theirs.path();
    plan.displayName = displayName;
    QString vocabularyError;
    const Vocabulary myVocabulary = VocabularyQuery::load(mine, &vocabularyError);
    const Vocabulary theirVocabulary = VocabularyQuery::load(theirs, &vocabularyError);
    if (!vocabularyError.isEmpty()) {
        plan.error = readError(vocabularyError);
        return plan;
    }
    planTerms(plan, myVocabulary, theirVocabulary, language);
    const Spelling spelling(mine, plan.termCodes);
    RevisionQuery myHistory(mine), theirHistory(theirs);
    QHash<QString, RevisionQuery::Head> myHeads, theirHeads;
    if (!myHistory.heads(&myHeads) || !theirHistory.heads(&theirHeads)) {
        plan.error = readError(myHistory.error() + theirHistory.error());
        return plan;
    }
    QStringList differing;
    for (auto it = theirHeads.cbegin(); it != theirHeads.cend(); ++it) {
        const auto my = myHeads.constFind(it.key());
        if (my == myHeads.cend()) {
            if (!it->deleted)
                differing << it.key();
        } else if (my->revision == it->revision) {
            plan.identical += it->deleted ? 0 : 1; // a measure deleted on both sides is not "kept"
        } else {
            differing << it.key();
        }
    }
    RevisionGraph graph;
    QHash<QString, Revision> mineRevisions;
    if (!myHistory.revisionsOf(differing, &mineRevisions) || !theirHistory.revisionsOf(differing, &plan.theirRevisions)) {
        plan.error = readError(myHistory.error() + theirHistory.error());
        return plan;
    }
    graph.add(mineRevisions);
    graph.add(plan.theirRevisions);

    MeasureQuery myMeasures(mine), theirMeasures(theirs);
    for (const QString &uuid : std::as_const(differing)) {
        const RevisionQuery::Head my = myHeads.value(uuid), their = theirHeads.value(uuid);
        const bool known = myHeads.contains(uuid);
        if (known && my.deleted && their.deleted)
            continue; // deleted on both sides
        if (known && graph.isAncestor(their.revision, my.revision)) {
            plan.keptMine += my.deleted ? 0 : 1; // changed (or deleted) only here since they last shared it
            continue;
        }
        MergeEntry entry;
        entry.uuid = uuid;
        entry.myHead = my.revision;
        entry.theirHead = their.revision;
        if (known && !my.deleted)
            entry.mine = myMeasures.loadByUuid(uuid);
        if (!their.deleted)
            entry.theirs = theirMeasures.loadByUuid(uuid);
        if ((known && !my.deleted && !entry.mine) || (!their.deleted && !entry.theirs)) {
            plan.error = readError(myMeasures.lastError() + theirMeasures.lastError());
            return plan;
        }
        if (entry.theirs)
            spelling.apply(*entry.theirs);
        // Theirs descends from mine: taken, whether it was changed, deleted, or brought back
        // after they saw my deletion.
        if (!known || (my.deleted && graph.isAncestor(my.revision, their.revision)))
            entry.kind = MergeEntry::Kind::Added;
        else if (graph.isAncestor(my.revision, their.revision))
            entry.kind = their.deleted ? MergeEntry::Kind::Deleted : MergeEntry::Kind::Updated;
        else if (my.deleted || their.deleted)
            entry.kind = MergeEntry::Kind::Conflict; // deleted on one side, changed on the other
        else {
            compareFields(entry, graph);
            if (!entry.conflicts.isEmpty())
                entry.kind = MergeEntry::Kind::Conflict;
            else if (!entry.theirChanges.isEmpty())
                entry.kind = MergeEntry::Kind::Combined;
            else {
                ++plan.identical; // both made the same changes
                continue;
            }
        }
        if (entry.kind == MergeEntry::Kind::Updated) {
            entry.theirChanges = MeasureDigest::changedFields(MeasureDigest::fields(*entry.mine), MeasureDigest::fields(*entry.theirs));
            if (entry.theirChanges.isEmpty()) { // what differs is only how each catalogue spells it
                ++plan.identical;
                continue;
            }
        }
        plan.entries << entry;
    }
    std::sort(plan.entries.begin(), plan.entries.end(), [](const MergeEntry &a, const MergeEntry &b) {
        return foldForMatching(a.title()) < foldForMatching(b.title());
    });
    // Only the histories of measures listed travel.
    QSet<QString> listed;
    for (const MergeEntry &entry : std::as_const(plan.entries))
        listed.insert(entry.uuid);
    plan.theirRevisions.removeIf([&listed](const auto &it) { return !listed.contains(it.value().measureUuid); });

    planPartners(plan, mine);
    return plan;
}


Merge::Applied Merge::apply(const Catalogue &mine, const MergePlan &plan, Language language, bool backup)
{
    Applied result;
    const auto failed = [&result](const QString &why) {
        result.error = why;
        return result;
    };
    if (!plan.error.isEmpty())
        return failed(plan.error);
    if (const int open = plan.unresolved(); open > 0)
        return failed(tr("%n conflict(s) still need a side. Nothing was merged.", nullptr, open));
    if (plan.changesNothing() && plan.partnerConflicts.isEmpty()) {
        result.ok = true;
        return result;
    }
    if (backup) {
        result.backup = Backups::snapshotPath(mine.path(), false);
        if (const QString error = mine.backupTo(result.backup); !error.isEmpty())
            return failed(tr("Nothing was merged: the backup copy made first failed (%1).").arg(error));
    }
    const int writes = int(plan.entries.size());
    WriteTransaction transaction(mine, writes > 5000 ? WriteTransaction::Size::Bulk : WriteTransaction::Size::Normal, writes);
    if (!transaction.isActive())
        return failed(transaction.errorMessage());

    VocabularyStore terms(mine);
    for (const VocabularyTerm &term : plan.newTerms) {
        if (const QString error = terms.restore(term); !error.isEmpty())
            return failed(error);
        result.addedTerms << term;
    }
    QString readError;
    const Vocabulary vocabulary = VocabularyQuery::load(mine, &readError);
    if (!readError.isEmpty())
        return failed(::readError(readError));

    // Partners as they were, for undo: every name the written measures carry.
    const Spelling spelling(mine, plan.termCodes);
    // Only partners the merge adds or retypes: restoring a partner re-derives every measure
    // naming it, which for 50 common partners of 100,000 measures took undo 16 s.
    QStringList partnerNames;
    for (const PartnerConflict &conflict : plan.partnerConflicts)
        if (conflict.choice == MergeSide::Theirs)
            partnerNames << conflict.name;
    for (const MergeEntry &entry : plan.entries)
        if (entry.theirs) {
            Measure typed = *entry.theirs;
            spelling.applyTypes(typed, plan.partnerConflicts);
            for (const PartnerLink &link : typed.partners)
                if (spelling.changes(link))
                    partnerNames << link.name;
        }
    PartnerStore partners(mine);
    result.partners = partners.snapshotOfNames(partnerNames, PartnerStore::Links::Without); // types and new rows only
    if (!result.partners.error.isEmpty())
        return failed(result.partners.error);

    MeasureStore store(mine, vocabulary);
    store.setOrigin(RevisionOrigin::merge);
    MeasureQuery query(mine);
    RevisionLog &log = store.revisions();
    for (const Revision &revision : plan.theirRevisions)
        if (!log.add(revision))
            return failed(StorageError::message(log.errorCode(), log.errorDetail()));

    const auto write = [&](Measure m, MeasureStore::Timestamps timestamps) {
        QList<FieldIssue> issues;
        QString error;
        if (!store.write(m, timestamps, language, &issues, &error)) {
            if (error.isEmpty() && !issues.isEmpty())
                error = tr("“%1” cannot be merged: %2").arg(m.title, issues.first().message);
            result.error = error;
            return false;
        }
        result.after << m;
        ++result.written;
        return true;
    };

    for (const MergeEntry &entry : plan.entries) {
        // The plan was read before the analyst chose: a measure changed here since is not written over.
        std::optional<Measure> current = query.loadByUuid(entry.uuid);
        if (!current && !query.lastError().isEmpty())
            return failed(::readError(query.lastError()));
        if ((current ? current->revision : QString()) != (entry.mine ? entry.myHead : QString()))
            return failed(tr("This catalogue changed since the merge was previewed. Nothing was merged; merge again to see what it would do now."));
        if (current)
            result.before << *current;
        else if (!entry.myHead.isEmpty())
            result.tombstonesBefore << Tombstone{entry.uuid, entry.myHead}; // deleted here: undo buries it again

        const bool deletionConflict = entry.isDeletionConflict();
        const bool takeTheirs = entry.kind == MergeEntry::Kind::Added || entry.kind == MergeEntry::Kind::Updated
            || (deletionConflict && entry.whole == MergeSide::Theirs && entry.theirs);
        if (takeTheirs) {
            Measure m = *entry.theirs;
            spelling.applyTypes(m, plan.partnerConflicts);
            m.id = current ? current->id : 0;
            m.revision = entry.theirHead;
            if (deletionConflict)
                log.mergeNext(entry.myHead); // brought back having seen the deletion here
            if (!write(m, MeasureStore::Timestamps::Keep))
                return result;
            if (!current)
                result.addedUuids << m.uuid;
            continue;
        }
        const bool deleteMine = entry.kind == MergeEntry::Kind::Deleted || (deletionConflict && entry.whole == MergeSide::Theirs);
        if (deleteMine || (deletionConflict && !current)) {
            QString error;
            if (current) {
                log.mergeNext(entry.theirHead);
                if (!store.erase(current->id, &error))
                    return failed(error);
                result.deletedUuids << current->uuid;
            } else if (!log.recordDeletion(entry.uuid, entry.myHead, QDateTime::currentDateTimeUtc(), entry.theirHead)) {
                // deleted here, and it stays deleted, having seen their change
                return failed(StorageError::message(log.errorCode(), log.errorDetail()));
            }
            result.tombstonesAfter << Tombstone{entry.uuid, log.lastDeletion()};
            ++result.written;
            continue;
        }
        // Mine, with their changes to fields I left alone and the fields where their side was chosen.
        Measure m = *current;
        Measure theirs = entry.theirs ? *entry.theirs : m;
        spelling.applyTypes(theirs, plan.partnerConflicts);
        for (MeasureField field : entry.theirChanges)
            MeasureFields::assign(m, theirs, field);
        for (MeasureField field : entry.conflicts)
            if (entry.choices.value(field) == MergeSide::Theirs)
                MeasureFields::assign(m, theirs, field);
        log.mergeNext(entry.theirHead);
        if (!write(m, m.sameContentAs(*current) ? MeasureStore::Timestamps::Keep : MeasureStore::Timestamps::Now))
            return result;
    }
    QStringList retyped;
    for (const PartnerConflict &conflict : plan.partnerConflicts) {
        if (conflict.choice != MergeSide::Theirs)
            continue;
        retyped << conflict.name;
        // A type is the partner list's, not a measure's content: measures keep their change times.
        const qint64 id = partners.idOf(conflict.name);
        if (id != 0)
            if (const QString error = partners.setType(id, conflict.theirType, nullptr, PartnerStore::Touch::No); !error.isEmpty())
                return failed(error);
    }
    result.partnersAfter = partners.snapshotOfNames(retyped, PartnerStore::Links::Without);
    if (!result.partnersAfter.error.isEmpty())
        return failed(result.partnersAfter.error);
    if (!transaction.commit())
        return failed(transaction.errorMessage());
    result.ok = true;
    result.undoable = result.written <= kMaxUndoMeasures;
    return result;
}

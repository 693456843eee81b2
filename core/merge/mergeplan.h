// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurefield.h"
#include "model/revision.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

enum class MergeSide { Undecided, Mine, Theirs };

// What merging a colleague's catalogue does to one measure (matched by uuid), by the rules of
// docs/design-notes.md, "The history model". Entries whose kind is Kept change nothing anyone
// sees (the same content on both sides, only my changes, a deletion both made, a tombstone of a
// measure I never had) but still bring the histories together; the preview does not list them.
struct MergeEntry {
    enum class Kind {
        Added,    // new on their side (or brought back there after they saw my deletion)
        Updated,  // changed only on their side: theirs is taken
        Combined, // changed on both sides, in different fields: their changes join mine
        Deleted,  // deleted on their side, unchanged here since
        Conflict, // the same field changed on both sides, or deleted on one side and changed on the other
        Kept,     // what I see stays: only the history is brought up to date
    };
    Kind kind = Kind::Added;
    QString uuid;
    // Held once however often the plan is copied (the preview, the window and the step kept for
    // undo each keep one): 20,000 added measures cost their texts once, not the whole struct thrice.
    std::shared_ptr<const Measure> mine;   // empty: not here, or deleted here
    std::shared_ptr<const Measure> theirs; // empty: deleted there
    QString myHead, theirHead;     // the revisions each side is at (mine empty: never had it)
    bool myDeleted = false, theirDeleted = false;
    QString theirPlatformId;       // their tombstone's, when they deleted it
    // Their head descends from mine: adopted as it is, nothing new recorded. Otherwise the
    // outcome is a merge revision with both heads as parents.
    bool adopt = false;
    // Merge::Mode::AskAgain: undoing a merge here took their version (of the fields in `undone`,
    // or of the whole measure) away, and nothing here changed it since.
    bool askedAgain = false;
    QList<MeasureField> theirChanges; // changed only there since the base: taken
    QList<MeasureField> conflicts;    // changed on both sides, to different values (and `undone`)
    QList<MeasureField> undone;       // asked again: kept here only because an undo took theirs away
    QList<MeasureField> myChanges;    // changed only here since the base: kept (shown beside theirs)
    // A change against a deletion: the fields the side that kept the measure changed since the
    // base (shown first and marked; the question is about the whole measure).
    QList<MeasureField> changedAgainstDeletion;
    QHash<MeasureField, MergeSide> choices; // per conflicting field
    MergeSide whole = MergeSide::Undecided; // a deletion against a change: which side stands

    bool isDeletionConflict() const { return kind == Kind::Conflict && (!mine || !theirs); }
    bool isResolved() const;
    void choose(MergeSide side); // every field, or the whole measure
    QString title() const { return mine ? mine->title : theirs ? theirs->title : QString(); } // as the analyst knows it
};

// A partner both catalogues know (by identity: PartnerIdentity) whose type the merge changes
// here (taken from theirs, changed there only), or whose type both changed differently (a
// conflict to decide). Partners only their side knows come with their measures.
struct PartnerConflict {
    QString name;  // as this catalogue spells it
    QString key;
    QString myType, theirType; // codes of this catalogue
    QString myHead, theirHead;
    bool adopt = false;        // their head descends from mine
    MergeSide choice = MergeSide::Undecided;
};

// What merging would do, read from both catalogues, nothing written: the preview, the CLI's
// report, and what Merge::apply carries out once every conflict has a side.
struct MergePlan {
    QString path;
    QString displayName;
    QList<MergeEntry> entries; // what the analyst sees change, by title
    QList<MergeEntry> kept;    // Kept: histories brought together, nothing visible changes
    int identical = 0;         // the same revision on both sides
    int keptMine = 0;          // changed (or deleted) only here since they last shared it
    int undoneHere = 0;        // ... by undoing a step that brought their version: Compare Again asks
    QList<PartnerConflict> partnerConflicts; // both changed a partner's type: a side each
    QList<PartnerConflict> partnerUpdates;   // their type is taken (listed), or the histories joined (not listed)
    QList<VocabularyTerm> newTerms; // their own domains and partner types, added here
    QStringList termNotes;          // their labels for a term differ from mine: mine are kept
    QList<VocabularyTerm> labelledTerms; // mine, with the labels in further languages only theirs has
    QHash<QString, QString> termCodes; // "kind:their code" -> my code for the same label
    QHash<QString, Revision> theirRevisions; // the histories of the measures the merge writes
    QHash<QString, PartnerRevision> theirPartnerRevisions;
    qint64 undoBytes = 0; // what keeping the step for undo would hold (UndoCost): both sides' versions
    QString error;        // set when it could not be read or is refused: nothing else is valid
    bool invalidData = false; // ... because their file holds values this catalogue refuses

    int count(MergeEntry::Kind kind) const;
    int unresolved() const; // conflicts (measures and partners) without a side yet
    int conflictCount() const { return count(MergeEntry::Kind::Conflict) + int(partnerConflicts.size()); }
    // Partner types that change here.
    int retypedPartners() const;
    // Nothing anyone would see changes (histories may still be joined: writesHistory()).
    bool changesNothing() const
    {
        return entries.isEmpty() && newTerms.isEmpty() && labelledTerms.isEmpty() && partnerConflicts.isEmpty() && retypedPartners() == 0;
    }
    bool writesHistory() const { return !kept.isEmpty() || !partnerUpdates.isEmpty(); }
    // Kept for undo, or too large (UndoCost): then only the backup copy made first takes it back.
    bool keptForUndo() const;
    // Every undecided conflict goes to `side` (the CLI's --prefer).
    void prefer(MergeSide side);
    // What merging with the sides chosen so far does to the measures here.
    struct Outcome {
        int added = 0, changed = 0, deleted = 0, retyped = 0;
        bool isEmpty() const { return added == 0 && changed == 0 && deleted == 0 && retyped == 0; }
    };
    Outcome outcome() const;
};

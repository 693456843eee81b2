// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurefield.h"
#include "model/revision.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <optional>

enum class MergeSide { Undecided, Mine, Theirs };

// What merging a colleague's catalogue does to one measure (matched by uuid). Measures the same
// on both sides, or changed only here since the two catalogues last shared them, are not listed
// (MergePlan counts them).
struct MergeEntry {
    enum class Kind {
        Added,    // new on their side
        Updated,  // changed only on their side since shared: theirs is taken
        Combined, // changed on both sides, in different fields: their changes join mine
        Deleted,  // deleted on their side, unchanged here since
        Conflict, // the same field changed on both sides, or deleted on one side and changed on the other
    };
    Kind kind = Kind::Added;
    QString uuid;
    std::optional<Measure> mine;   // empty: not here, or deleted here
    std::optional<Measure> theirs; // empty: deleted there
    QString myHead, theirHead;     // the revisions each side is at
    QList<MeasureField> theirChanges; // changed only there since shared: taken
    QList<MeasureField> conflicts;    // changed on both sides, to different values
    QList<MeasureField> myChanges;    // changed only here since shared: kept (shown beside theirs)
    QHash<MeasureField, MergeSide> choices; // per conflicting field
    MergeSide whole = MergeSide::Undecided; // a deletion against a change: which side stands

    bool isDeletionConflict() const { return kind == Kind::Conflict && (!mine || !theirs); }
    bool isResolved() const;
    void choose(MergeSide side); // every field, or the whole measure
    QString title() const { return mine ? mine->title : theirs ? theirs->title : QString(); } // as the analyst knows it
};

// A partner both catalogues know (by name, ignoring case and accents) with different types, named
// by measures the merge brings in. A type not stated on one side is not a conflict: the stated
// one is taken.
struct PartnerConflict {
    QString name;
    QString myType, theirType;
    MergeSide choice = MergeSide::Undecided;
};

// What merging would do, read from both catalogues, nothing written: the preview, the CLI's
// report, and what Merge::apply carries out once every conflict has a side.
struct MergePlan {
    QString path;
    QString displayName;
    QList<MergeEntry> entries; // by title
    int identical = 0;         // the same on both sides
    int keptMine = 0;          // changed (or deleted) only here since shared: kept
    QList<PartnerConflict> partnerConflicts;
    QList<VocabularyTerm> newTerms; // their own domains and partner types, added here
    QStringList termNotes;          // their labels for a term differ from mine: mine are kept
    QHash<QString, QString> termCodes; // "kind:their code" -> my code for the same label
    QHash<QString, Revision> theirRevisions; // the histories of the measures listed
    QString error; // set when it could not be read: nothing else is valid

    int count(MergeEntry::Kind kind) const;
    int unresolved() const; // conflicts (measures and partners) without a side yet
    int conflictCount() const { return count(MergeEntry::Kind::Conflict) + int(partnerConflicts.size()); }
    bool changesNothing() const { return entries.isEmpty() && newTerms.isEmpty(); }
    // Every undecided conflict goes to `side` (the CLI's --prefer).
    void prefer(MergeSide side);
};

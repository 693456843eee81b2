// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeplan.h"

#include "model/undocost.h"

bool MergeEntry::isResolved() const
{
    if (kind != Kind::Conflict)
        return true;
    if (isDeletionConflict())
        return whole != MergeSide::Undecided;
    for (MeasureField field : conflicts)
        if (choices.value(field, MergeSide::Undecided) == MergeSide::Undecided)
            return false;
    return true;
}

void MergeEntry::choose(MergeSide side)
{
    whole = side;
    for (MeasureField field : conflicts)
        choices.insert(field, side);
}

bool MergePlan::keptForUndo() const
{
    return entries.size() <= UndoCost::kMaxMeasures && undoBytes <= UndoCost::kMaxStepBytes;
}

int MergePlan::count(MergeEntry::Kind kind) const
{
    const QList<MergeEntry> &list = kind == MergeEntry::Kind::Kept ? kept : entries;
    return int(std::count_if(list.cbegin(), list.cend(), [kind](const MergeEntry &e) { return e.kind == kind; }));
}

int MergePlan::unresolved() const
{
    int open = int(std::count_if(entries.cbegin(), entries.cend(), [](const MergeEntry &e) { return !e.isResolved(); }));
    for (const PartnerConflict &conflict : partnerConflicts)
        open += conflict.choice == MergeSide::Undecided ? 1 : 0;
    return open;
}

int MergePlan::retypedPartners() const
{
    return int(std::count_if(partnerUpdates.cbegin(), partnerUpdates.cend(), [](const PartnerConflict &p) { return p.myType != p.theirType; }));
}

void MergePlan::prefer(MergeSide side)
{
    for (MergeEntry &entry : entries)
        if (!entry.isResolved())
            entry.choose(side);
    for (PartnerConflict &conflict : partnerConflicts)
        if (conflict.choice == MergeSide::Undecided)
            conflict.choice = side;
}

MergePlan::Outcome MergePlan::outcome() const
{
    Outcome o;
    for (const MergeEntry &e : entries) {
        switch (e.kind) {
        case MergeEntry::Kind::Added: ++o.added; break;
        case MergeEntry::Kind::Updated:
        case MergeEntry::Kind::Combined: ++o.changed; break;
        case MergeEntry::Kind::Deleted: ++o.deleted; break;
        case MergeEntry::Kind::Kept: break;
        case MergeEntry::Kind::Conflict:
            if (e.isDeletionConflict()) {
                if (e.whole == MergeSide::Theirs)
                    ++(e.theirs ? o.added : o.deleted); // brought back, or deleted as they did
            } else if (!e.theirChanges.isEmpty()
                       || std::any_of(e.choices.cbegin(), e.choices.cend(), [](MergeSide s) { return s == MergeSide::Theirs; })) {
                ++o.changed;
            }
            break;
        }
    }
    o.retyped = retypedPartners();
    for (const PartnerConflict &p : partnerConflicts)
        o.retyped += p.choice == MergeSide::Theirs ? 1 : 0;
    return o;
}

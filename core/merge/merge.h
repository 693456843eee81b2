// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "mergeplan.h"
#include "store/partnerstore.h"

#include <QCoreApplication>

class Catalogue;

// Merging a colleague's catalogue into this one, by uuid and each measure's history
// (docs/design-notes.md, "The history model"): what changed on one side only since the versions
// both descend from is taken without a question; what changed on both sides is a conflict for
// the analyst; every outcome is recorded so that the next merge, in either direction, has
// nothing left to ask. Speaks Measures: the SQL is in the stores and queries it calls.
class Merge
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
public:
    // A colleague's file with longer histories than these is refused (bounded work).
    static constexpr qsizetype kMaxRevisions = 5'000'000;
    static constexpr qsizetype kMaxRevisionsOfOneMeasure = 20'000;

    struct Applied {
        bool ok = false;
        QString error;
        QString backup;              // the copy of the catalogue made first
        bool undoable = false;
        MeasureCopies before;        // measures changed or deleted, as they were
        MeasureCopies after;         // measures added or changed, as they are now
        QStringList addedUuids, deletedUuids;
        PartnerSnapshot partners;    // partners as they were, for undo
        PartnerSnapshot partnersAfter; // partners retyped, as the merge left them (redo)
        QList<VocabularyTerm> addedTerms;
        // My own terms given labels in further languages only their catalogue had: as they were
        // (undo) and as the merge left them (redo).
        QList<VocabularyTerm> relabelledBefore, relabelledAfter;
        int written = 0;             // measures whose content changed
        int histories = 0;           // measures and partners whose history alone was brought up to date
    };

    // ByHistory: what the histories say. AskAgain (Compare Again) also asks about what undoing a
    // step here took away of their versions (docs/design-notes.md): the way to take theirs after
    // all once Redo is gone, the analyst deciding field by field; never about my own edits.
    enum class Mode { ByHistory, AskAgain };
    // Notes name terms in `language`. A file whose values this catalogue would refuse gives a
    // plan with `error` and `invalidData` set.
    static MergePlan plan(const Catalogue &mine, const Catalogue &theirs, const QString &displayName, Language language,
                          Mode mode = Mode::ByHistory);
    // In one transaction, after a backup copy (unless `backup` is false: a test of the transaction
    // itself). Refused while a conflict has no side, or when this catalogue changed since the plan.
    static Applied apply(const Catalogue &mine, const MergePlan &plan, Language language, bool backup = true);
};

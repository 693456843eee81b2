// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "mergeplan.h"

#include <QCoreApplication>

// A merge plan in words, translated when called: the CLI's report and the window's preview.
class MergeText
{
    Q_DECLARE_TR_FUNCTIONS(MergeText)
public:
    static QString kind(MergeEntry::Kind kind);
    // "Added: Title", "Conflict: Title — Funding as reported, Goals"; a conflict decided in the
    // preview says what was decided instead: "✔ Theirs: Title — Funding as reported".
    static QString line(const MergeEntry &entry, const Vocabulary &vocabulary, Language language);
    static QString decision(const MergeEntry &entry);
    static QString fields(const QList<MeasureField> &fields, Language language);
    static QString partnerLine(const PartnerConflict &conflict, const Vocabulary &vocabulary, Language language);
    // A partner whose type only they changed: "Partner “X”: Civil society (changed in theirs; Public sector here)"
    static QString partnerUpdateLine(const PartnerConflict &update, const Vocabulary &vocabulary, Language language);
    // One of their own domains or partner types, added here, by its own label.
    static QString newTermLine(const VocabularyTerm &term, Language language);
    // "From “x.measures”: 3 added, 2 updated, … ; 1 conflict"
    static QString summary(const MergePlan &plan);
    // What merging with the sides chosen does here: "2 measures added, 1 changed, 1 deleted"
    static QString outcome(const MergePlan &plan);
};

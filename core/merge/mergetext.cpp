// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergetext.h"

#include "model/vocabulary.h"

#include <QSet>

QString MergeText::kind(MergeEntry::Kind kind)
{
    switch (kind) {
    case MergeEntry::Kind::Added: return tr("Added");
    case MergeEntry::Kind::Updated: return tr("Updated from theirs");
    case MergeEntry::Kind::Combined: return tr("Both changes kept");
    case MergeEntry::Kind::Deleted: return tr("Deleted");
    case MergeEntry::Kind::Conflict: return tr("Conflict");
    case MergeEntry::Kind::Kept: return tr("Kept as it is here");
    }
    return {};
}

QString MergeText::fields(const QList<MeasureField> &fields, Language language)
{
    QStringList labels;
    for (MeasureField field : fields)
        labels << MeasureFields::label(field, language);
    return labels.join(QStringLiteral(", "));
}

QString MergeText::line(const MergeEntry &entry, const Vocabulary &, Language language)
{
    const bool decided = entry.kind == MergeEntry::Kind::Conflict && entry.isResolved();
    const QString text = tr("%1: %2", "kind of change: measure").arg(decided ? decision(entry) : kind(entry.kind), entry.title());
    const auto detail = [&text](const QString &what) { return tr("%1 — %2", "change: what it changes").arg(text, what); };
    if (entry.isDeletionConflict() && entry.askedAgain)
        return detail(entry.mine ? tr("brought back here by undoing a merge, deleted in theirs") : tr("deleted here by undoing a merge, still in theirs"));
    if (entry.isDeletionConflict())
        return detail(entry.mine ? tr("changed here, deleted in theirs") : tr("deleted here, changed in theirs"));
    if (entry.askedAgain) {
        QList<MeasureField> both = entry.conflicts; // changed on both sides, besides what the undo took
        for (MeasureField field : entry.undone)
            both.removeOne(field);
        return both.isEmpty() ? detail(tr("undone here: %1").arg(fields(entry.undone, language)))
                              : detail(tr("%1; undone here: %2").arg(fields(both, language), fields(entry.undone, language)));
    }
    if (entry.kind == MergeEntry::Kind::Added && entry.myDeleted)
        return detail(tr("deleted here, brought back in theirs"));
    if (entry.kind == MergeEntry::Kind::Conflict)
        return detail(fields(entry.conflicts, language));
    if ((entry.kind == MergeEntry::Kind::Updated || entry.kind == MergeEntry::Kind::Combined) && !entry.theirChanges.isEmpty())
        return detail(fields(entry.theirChanges, language));
    return text;
}

QString MergeText::decision(const MergeEntry &entry)
{
    QSet<MergeSide> sides;
    for (MeasureField field : entry.conflicts)
        sides.insert(entry.choices.value(field));
    if (entry.isDeletionConflict())
        return entry.whole == MergeSide::Mine ? tr("✔ Yours") : tr("✔ Theirs");
    if (sides == QSet<MergeSide>{MergeSide::Theirs})
        return tr("✔ Theirs");
    if (sides == QSet<MergeSide>{MergeSide::Mine})
        return entry.theirChanges.isEmpty() ? tr("✔ Yours") : tr("✔ Yours, with their other changes");
    return tr("✔ Some fields each");
}

QString MergeText::partnerLine(const PartnerConflict &conflict, const Vocabulary &vocabulary, Language language)
{
    return tr("Conflict: partner “%1” is “%2” here and “%3” in theirs")
        .arg(conflict.name, vocabulary.label(VocabularyKind::PartnerType, conflict.myType, language),
             vocabulary.label(VocabularyKind::PartnerType, conflict.theirType, language));
}

QString MergeText::partnerUpdateLine(const PartnerConflict &update, const Vocabulary &vocabulary, Language language)
{
    return tr("Partner “%1”: now “%2” (changed in theirs; “%3” here until now)")
        .arg(update.name, vocabulary.label(VocabularyKind::PartnerType, update.theirType, language),
             vocabulary.label(VocabularyKind::PartnerType, update.myType, language));
}

QString MergeText::newTermLine(const VocabularyTerm &term, Language language)
{
    return term.kind == VocabularyKind::PartnerType ? tr("New type of partner: “%1”").arg(term.label(language))
                                                    : tr("New cultural domain: “%1”").arg(term.label(language));
}

QString MergeText::summary(const MergePlan &plan)
{
    using Kind = MergeEntry::Kind;
    QStringList parts{tr("%Ln added", nullptr, plan.count(Kind::Added)), tr("%Ln updated from theirs", nullptr, plan.count(Kind::Updated)),
                      tr("%Ln with both sides' changes", nullptr, plan.count(Kind::Combined)),
                      tr("%Ln deleted", nullptr, plan.count(Kind::Deleted)),
                      tr("%Ln kept as they are here", nullptr, plan.identical + plan.keptMine),
                      tr("%Ln conflict(s)", nullptr, plan.conflictCount())};
    if (const int decided = plan.conflictCount() - plan.unresolved(); decided > 0)
        parts.last() += u' ' + tr("(%Ln decided)", nullptr, decided);
    if (const int retyped = plan.retypedPartners(); retyped > 0)
        parts << tr("%Ln partner type(s) taken from theirs", nullptr, retyped);
    if (!plan.newTerms.isEmpty())
        parts << tr("%Ln new list value(s)", nullptr, int(plan.newTerms.size()));
    if (!plan.labelledTerms.isEmpty())
        parts << tr("%Ln list value(s) named in another language", nullptr, int(plan.labelledTerms.size()));
    return tr("Merging “%1”: %2.").arg(plan.displayName, parts.join(QStringLiteral(", ")));
}

QString MergeText::outcome(const MergePlan &plan)
{
    const MergePlan::Outcome o = plan.outcome();
    QStringList parts;
    if (o.added)
        parts << tr("%n measure(s) added", nullptr, o.added);
    if (o.changed)
        parts << tr("%n measure(s) changed", nullptr, o.changed);
    if (o.deleted)
        parts << tr("%n measure(s) deleted", nullptr, o.deleted);
    if (o.retyped)
        parts << tr("%n partner type(s) changed", nullptr, o.retyped);
    return parts.isEmpty() ? tr("no measure changes here") : parts.join(QStringLiteral(", "));
}

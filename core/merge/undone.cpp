// SPDX-License-Identifier: GPL-3.0-or-later
#include "undone.h"

#include "mergebase.h"
#include "revisiongraph.h"

#include <QStringList>

#include <algorithm>

Undone undoneOfTheirs(const RevisionGraph &graph, const QHash<QString, Revision> &revisions, const QString &mine, const QString &theirs)
{
    Undone undone;
    const auto theirsAt = revisions.constFind(theirs), mineAt = revisions.constFind(mine);
    if (theirsAt == revisions.cend() || mineAt == revisions.cend())
        return undone;
    QSet<QString> since = graph.ancestors({mine});
    since.subtract(graph.ancestors({theirs}));
    QStringList undos, answers;
    for (const QString &id : std::as_const(since)) {
        const QString origin = revisions.value(id).origin;
        if (origin == RevisionOrigin::undoMerge)
            undos << id;
        else if (origin == RevisionOrigin::answer)
            answers << id;
    }
    if (undos.isEmpty())
        return undone;
    // An answer covers the undos beneath it only when it answered this colleague's line: it
    // joined their head or one of its ancestors (an answer to someone else asked other things).
    QStringList theirAnswers;
    for (const QString &id : std::as_const(answers)) {
        const QString joined = revisions.value(id).merged;
        if (joined == theirs || graph.isAncestor(joined, theirs))
            theirAnswers << id;
    }
    const QSet<QString> answered = graph.ancestors(theirAnswers); // one walk: a chain of answers is not quadratic
    const MeasureState their = MeasureState::of(*theirsAt), now = MeasureState::of(*mineAt);
    for (const QString &id : std::as_const(undos)) {
        const auto r = revisions.constFind(id);
        const auto p = revisions.constFind(r->parent);
        if (answered.contains(id) || p == revisions.cend())
            continue;
        const MeasureState was = MeasureState::of(*p), left = MeasureState::of(*r);
        if (was.isDeleted() == their.isDeleted() && left.isDeleted() != their.isDeleted()) {
            // Still as the undo left it: deleted, or brought back and not edited since (my later
            // edits are mine, never a question).
            const auto untouched = [&] {
                const QList<MeasureField> &fields = MeasureFields::contentFields();
                return std::all_of(fields.cbegin(), fields.cend(), [&](MeasureField f) { return now.sameAt(f, left); });
            };
            undone.existence = undone.existence || (now.isDeleted() == left.isDeleted() && (left.isDeleted() || untouched()));
            continue;
        }
        for (MeasureField field : MeasureFields::contentFields())
            if (was.sameAt(field, their) && !left.sameAt(field, their) && now.sameAt(field, left))
                undone.fields.insert(field);
    }
    return undone;
}

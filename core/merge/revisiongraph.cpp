// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiongraph.h"

#include <algorithm>

void RevisionGraph::add(const QString &id, const QStringList &parents)
{
    if (!id.isEmpty())
        m_parents.insert(id, parents);
}

QSet<QString> RevisionGraph::ancestors(const QStringList &heads) const
{
    QSet<QString> seen;
    QStringList pending;
    for (const QString &head : heads)
        if (!head.isEmpty())
            pending << head;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        for (const QString &parent : m_parents.value(id))
            if (!parent.isEmpty() && !seen.contains(parent))
                pending << parent;
    }
    return seen;
}

bool RevisionGraph::isAncestor(const QString &ancestor, const QString &of) const
{
    return !ancestor.isEmpty() && !of.isEmpty() && (ancestor == of || ancestors({of}).contains(ancestor));
}

QStringList RevisionGraph::lowestCommonAncestors(const QStringList &a, const QStringList &b) const
{
    const QSet<QString> ofA = ancestors(a);
    QSet<QString> common = ancestors(b);
    common.intersect(ofA);
    // The common ancestors are closed under "made from": one is not lowest exactly when it is
    // a parent of another.
    QSet<QString> parentsOfCommon;
    for (const QString &id : std::as_const(common))
        for (const QString &parent : m_parents.value(id))
            parentsOfCommon.insert(parent);
    QStringList lowest;
    for (const QString &id : std::as_const(common))
        if (!parentsOfCommon.contains(id))
            lowest << id;
    std::sort(lowest.begin(), lowest.end());
    return lowest;
}

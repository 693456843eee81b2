// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiongraph.h"

#include <QList>
#include <QSet>

namespace {

// Breadth first, nearest first: a revision, its parents, theirs...
QList<QString> lineage(const QHash<QString, Revision> &revisions, const QString &from)
{
    QList<QString> order;
    QSet<QString> seen;
    QList<QString> queue{from};
    for (int i = 0; i < queue.size(); ++i) {
        const QString id = queue.at(i);
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        order << id;
        const auto it = revisions.constFind(id);
        if (it != revisions.cend())
            queue << it->parent << it->merged;
    }
    return order;
}

} // namespace

void RevisionGraph::add(const QHash<QString, Revision> &revisions)
{
    for (const Revision &revision : revisions)
        add(revision);
}

const Revision *RevisionGraph::find(const QString &id) const
{
    const auto it = m_revisions.constFind(id);
    return it == m_revisions.cend() ? nullptr : &*it;
}

bool RevisionGraph::isAncestor(const QString &ancestor, const QString &of) const
{
    return !ancestor.isEmpty() && lineage(m_revisions, of).contains(ancestor);
}

QString RevisionGraph::commonAncestor(const QString &a, const QString &b) const
{
    const QList<QString> ofA = lineage(m_revisions, a);
    const QSet<QString> inA(ofA.cbegin(), ofA.cend());
    for (const QString &id : lineage(m_revisions, b))
        if (inA.contains(id) && m_revisions.contains(id))
            return id;
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Revisions of one measure (or of one partner's type) from both catalogues of a merge, as one
// graph of ids and parents: ids are derived from content and parents, so the same revision has
// the same id on both sides. A parent neither side has is a root here.
class RevisionGraph
{
public:
    void add(const QString &id, const QStringList &parents);
    bool contains(const QString &id) const { return m_parents.contains(id); }
    // Whether `ancestor` is `of` or one of the revisions it was made from.
    bool isAncestor(const QString &ancestor, const QString &of) const;
    // `heads` and every revision they were made from.
    QSet<QString> ancestors(const QStringList &heads) const;
    // The revisions both sides descend from that no other such revision descends from: the
    // bases of a merge. Several after a criss-cross; sorted, so that both sides see one order.
    QStringList lowestCommonAncestors(const QStringList &a, const QStringList &b) const;

private:
    QHash<QString, QStringList> m_parents;
};

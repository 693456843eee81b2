// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/revision.h"

#include <QHash>
#include <QString>

// The revisions of some measures from both catalogues of a merge, as one graph: ids are derived
// from content and parents, so the same revision has the same id on both sides.
class RevisionGraph
{
public:
    void add(const Revision &revision) { m_revisions.insert(revision.id, revision); }
    void add(const QHash<QString, Revision> &revisions);
    const Revision *find(const QString &id) const;
    // Whether `ancestor` is `of` or one of the revisions it was made from.
    bool isAncestor(const QString &ancestor, const QString &of) const;
    // The nearest revision both descend from ("when they last shared it"), or empty.
    QString commonAncestor(const QString &a, const QString &b) const;

private:
    QHash<QString, Revision> m_revisions;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurefield.h"
#include "model/revision.h"

#include <QHash>
#include <QSet>
#include <QString>

class RevisionGraph;

// What undoing a merge here took away of their version (docs/design-notes.md, "Compare Again"):
// the measure itself (deleted or brought back against what they have, and not edited since), or
// fields that held their value before that undo, no longer did after it, and still hold what it
// left. Not what a later step (an edit, a redo, another merge) changed since, nor what was
// answered already: an answer (a revision of origin `answer`) covers the undos beneath it when
// it joined `theirs` or one of its ancestors.
struct Undone {
    bool existence = false;
    QSet<MeasureField> fields;
    bool any() const { return existence || !fields.isEmpty(); }
};

Undone undoneOfTheirs(const RevisionGraph &graph, const QHash<QString, Revision> &revisions, const QString &mine, const QString &theirs);

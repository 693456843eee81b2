// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One version of one measure (docs/design-notes.md, "The history model"): the revisions it was
// made from (parent, and for a merge the other side's revision), digests of the content it holds
// (MeasureDigest; empty when the measure was deleted), who, when and how. Catalogues copied from
// one another share these, which is how a merge knows what each side changed since the versions
// both descend from.
struct Revision {
    QString id;
    QString measureUuid;
    QString parent;
    QString merged;
    QByteArray fields;
    QString author;
    QDateTime changedAt;
    QString origin; // a RevisionOrigin code

    bool isDeletion() const { return fields.isEmpty(); }
    // Made by format 8 (4-byte digests by position: LegacyDigest), kept as it was.
    bool isLegacy() const { return id.size() == 16; }
    QStringList parents() const
    {
        QStringList list;
        for (const QString &p : {parent, merged})
            if (!p.isEmpty())
                list << p;
        return list;
    }
};

// A measure deleted here, at the deletion revision its history ends with. The platform's id of
// the measure, if it had one, lets a re-import recognise it.
struct Tombstone {
    QString uuid;
    QString revision;
    QString platformMeasureId;
};

// One version of a partner's type (the shared partner list's, not a measure's content).
struct PartnerRevision {
    QString id;        // MeasureDigest::partnerRevisionId
    QString key;       // PartnerIdentity::key of its name
    QString parent;
    QString merged;
    QString typeCode;
    QString author;
    QDateTime changedAt;
    QString origin;

    QStringList parents() const
    {
        QStringList list;
        for (const QString &p : {parent, merged})
            if (!p.isEmpty())
                list << p;
        return list;
    }
};

// How a revision came about: stored as these codes, shown as labels.
namespace RevisionOrigin {
inline const QString edit = QStringLiteral("edit");
inline const QString import = QStringLiteral("import");
inline const QString merge = QStringLiteral("merge");
inline const QString upgrade = QStringLiteral("upgrade"); // the content a catalogue had when history began
inline const QString partners = QStringLiteral("partners"); // the shared partner list changed
inline const QString duplicates = QStringLiteral("duplicates"); // two measures made one
inline const QString deletion = QStringLiteral("deletion");
inline const QString undo = QStringLiteral("undo"); // a step undone or redone: a change like any other
inline const QString undoMerge = QStringLiteral("undo-merge"); // a colleague's merge undone: Compare Again may ask
inline const QString answer = QStringLiteral("answer"); // Compare Again answered: those undos are not asked again
inline bool isKnown(const QString &origin)
{
    for (const QString *known : {&edit, &import, &merge, &upgrade, &partners, &duplicates, &deletion, &undo, &undoMerge, &answer})
        if (origin == *known)
            return true;
    return false;
}
} // namespace RevisionOrigin

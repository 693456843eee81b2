// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One step in a measure's history: what it changed from (parent, and for a merge the other
// side's revision), digests of the content it left (MeasureDigest; empty when the measure was
// deleted), who and when. Catalogues copied from one another share these, which is how a merge
// knows what each side changed since they last shared a measure.
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
};

// A measure deleted here, at the deletion revision its history ends with.
struct Tombstone {
    QString uuid;
    QString revision;
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
} // namespace RevisionOrigin

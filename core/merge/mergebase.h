// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"
#include "model/measurefield.h"
#include "model/revision.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <vector>

class RevisionGraph;

// What a measure was at the base of a merge (docs/design-notes.md, "The history model"): a
// revision's digests, or a virtual revision merged from several lowest common ancestors. A
// field's digest may be keyed (format 9), format 8's (compared through LegacyDigest), or
// unknown: two ancestors disagreed on it, or nothing is shared. Unknown is never equal to
// anything, so a difference at such a field is a question, never taken silently.
class MeasureState
{
public:
    struct Field {
        enum class Kind { Unknown, Keyed, Legacy };
        Kind kind = Kind::Unknown;
        QByteArray digest; // Keyed: empty for a field at its default
        bool operator==(const Field &other) const { return kind != Kind::Unknown && kind == other.kind && digest == other.digest; }
        bool operator!=(const Field &other) const { return !(*this == other); }
    };

    // Nothing shared: exists, every field unknown.
    static MeasureState unknown();
    static MeasureState of(const Revision &revision);
    // The virtual revision of two states whose base is `base`: what they agree on, or what one
    // of them changed from the base; unknown where both changed it differently.
    static MeasureState merged(const MeasureState &a, const MeasureState &b, const MeasureState &base);

    bool isDeleted() const { return m_deleted; }
    // Whether `side` holds what this state holds in `field` (false when unknown).
    bool matches(MeasureField field, const Measure &side) const;
    // Whether `side` holds this state in every content field.
    bool matchesAll(const Measure &side) const;
    // Whether both states are known to hold the same in `field` (false when either is unknown).
    bool sameAt(MeasureField field, const MeasureState &other) const;

private:
    bool m_deleted = false;
    std::vector<Field> m_fields; // MeasureFields::contentFields() order
};

// The base of merging `mine` into `theirs`: their lowest common ancestors over `graph`, merged
// into one virtual state when there are several (as git's recursive strategy does), or unknown
// when they share nothing. `revisions` holds every revision of the graph that either side has.
MeasureState mergeBase(const RevisionGraph &graph, const QHash<QString, Revision> &revisions, const QString &mine, const QString &theirs);

// The base of a partner's type: its type there, or empty when unknown (no shared revision, or
// ancestors that disagree).
QString partnerTypeBase(const RevisionGraph &graph, const QHash<QString, PartnerRevision> &revisions, const QString &mine,
                        const QString &theirs);

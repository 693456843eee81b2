// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergebase.h"

#include "model/legacydigest.h"
#include "model/measuredigest.h"
#include "revisiongraph.h"

#include <algorithm>

namespace {

constexpr int kMaxDepth = 24; // virtual bases of virtual bases: beyond this, unknown (bounded work on hostile graphs)
constexpr int kMaxBases = 256; // distinct virtual bases one merge of one measure may compute

const QList<MeasureField> &fields() { return MeasureFields::contentFields(); }

// git's recursive merge of the lowest common ancestors, for any state with a three-way merge.
// Each virtual base is computed once (a crafted history with many ancestors at every level
// would otherwise take exponential time), and past kMaxBases of them the base is unknown.
template <typename State, typename StateOf, typename Merge3>
class VirtualBase
{
public:
    VirtualBase(const RevisionGraph &graph, const StateOf &stateOf, const Merge3 &merge3, const State &unknown)
        : m_graph(graph), m_stateOf(stateOf), m_merge3(merge3), m_unknown(unknown)
    {
    }
    State of(QStringList a, QStringList b, int depth = 0)
    {
        if (depth >= kMaxDepth || spent())
            return m_unknown;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        const QString key = a.join(u',') + u'|' + b.join(u',');
        if (const auto it = m_known.constFind(key); it != m_known.cend())
            return it.value();
        ++m_computed;
        const QStringList lowest = m_graph.lowestCommonAncestors(a, b);
        State state = lowest.isEmpty() ? m_unknown : m_stateOf(lowest.first());
        QStringList heads;
        if (!lowest.isEmpty())
            heads << lowest.first();
        for (qsizetype i = 1; i < lowest.size(); ++i) {
            if (spent())
                return m_unknown; // what was merged so far is not the base: nothing is known
            const State base = of(heads, {lowest.at(i)}, depth + 1);
            state = m_merge3(state, m_stateOf(lowest.at(i)), base);
            heads << lowest.at(i);
        }
        m_known.insert(key, state);
        return state;
    }

private:
    const RevisionGraph &m_graph;
    const StateOf &m_stateOf;
    const Merge3 &m_merge3;
    bool spent() const { return m_computed >= kMaxBases; }

    State m_unknown;
    QHash<QString, State> m_known;
    int m_computed = 0; // bases begun, finished or not: the budget counts work, not results
};

template <typename State, typename StateOf, typename Merge3>
State virtualBase(const RevisionGraph &graph, const QStringList &a, const QStringList &b, const StateOf &stateOf, const Merge3 &merge3,
                  const State &unknown)
{
    return VirtualBase<State, StateOf, Merge3>(graph, stateOf, merge3, unknown).of(a, b);
}

} // namespace

MeasureState MeasureState::unknown()
{
    MeasureState state;
    state.m_fields.resize(fields().size());
    return state;
}

MeasureState MeasureState::of(const Revision &revision)
{
    MeasureState state = unknown();
    if (revision.isDeletion()) {
        state.m_deleted = true;
        return state;
    }
    const bool legacy = revision.isLegacy();
    static const qsizetype legacySize = LegacyDigest::fields(Measure()).size();
    const bool readable = legacy ? revision.fields.size() == legacySize : MeasureDigest::isWellFormed(revision.fields);
    if (!readable)
        return state;
    for (int i = 0; i < fields().size(); ++i) {
        const MeasureField field = fields().at(i);
        Field &f = state.m_fields[size_t(i)];
        if (!legacy) {
            f = {Field::Kind::Keyed, MeasureDigest::entry(revision.fields, field)};
        } else if (LegacyDigest::isDigested(field)) {
            const int at = LegacyDigest::position(field) * LegacyDigest::kBytesPerField;
            f = {Field::Kind::Legacy, revision.fields.mid(at, LegacyDigest::kBytesPerField)};
        }
    }
    return state;
}

MeasureState MeasureState::merged(const MeasureState &a, const MeasureState &b, const MeasureState &base)
{
    const bool aSame = !a.m_deleted && !base.m_deleted && a.m_fields == base.m_fields && a.m_fields.size() == size_t(fields().size());
    const bool bSame = !b.m_deleted && !base.m_deleted && b.m_fields == base.m_fields && b.m_fields.size() == size_t(fields().size());
    if (a.m_deleted && b.m_deleted)
        return a;
    if (a.m_deleted || b.m_deleted) {
        // A deletion stands when the other side left the measure as it was; otherwise unknown.
        if ((a.m_deleted && bSame) || (b.m_deleted && aSame))
            return a.m_deleted ? a : b;
        return unknown();
    }
    MeasureState state = unknown();
    for (size_t i = 0; i < state.m_fields.size(); ++i) {
        const Field &x = a.m_fields[i], &y = b.m_fields[i];
        const Field baseField = base.m_deleted ? Field() : base.m_fields[i];
        if (x == y)
            state.m_fields[i] = x;
        else if (x == baseField)
            state.m_fields[i] = y;
        else if (y == baseField)
            state.m_fields[i] = x;
    }
    return state;
}

bool MeasureState::matches(MeasureField field, const Measure &side) const
{
    if (m_deleted)
        return false;
    const qsizetype i = fields().indexOf(field);
    if (i < 0)
        return false;
    const Field &f = m_fields[size_t(i)];
    switch (f.kind) {
    case Field::Kind::Keyed: return MeasureDigest::field(side, field) == f.digest;
    case Field::Kind::Legacy: return LegacyDigest::field(side, field) == f.digest;
    case Field::Kind::Unknown: return false;
    }
    return false;
}

bool MeasureState::sameAt(MeasureField field, const MeasureState &other) const
{
    const qsizetype i = fields().indexOf(field);
    if (m_deleted || other.m_deleted || i < 0)
        return false;
    return m_fields[size_t(i)] == other.m_fields[size_t(i)];
}

bool MeasureState::matchesAll(const Measure &side) const
{
    for (MeasureField field : fields())
        if (!matches(field, side))
            return false;
    return true;
}

MeasureState mergeBase(const RevisionGraph &graph, const QHash<QString, Revision> &revisions, const QString &mine, const QString &theirs)
{
    const auto stateOf = [&revisions](const QString &id) {
        const auto it = revisions.constFind(id);
        return it == revisions.cend() ? MeasureState::unknown() : MeasureState::of(*it);
    };
    const auto merge3 = [](const MeasureState &a, const MeasureState &b, const MeasureState &base) { return MeasureState::merged(a, b, base); };
    return virtualBase(graph, {mine}, {theirs}, stateOf, merge3, MeasureState::unknown());
}

QString partnerTypeBase(const RevisionGraph &graph, const QHash<QString, PartnerRevision> &revisions, const QString &mine,
                        const QString &theirs)
{
    const auto stateOf = [&revisions](const QString &id) { return revisions.value(id).typeCode; };
    const auto merge3 = [](const QString &a, const QString &b, const QString &base) {
        if (a.isEmpty() || b.isEmpty())
            return QString();
        return a == b ? a : a == base ? b : b == base ? a : QString();
    };
    return virtualBase(graph, {mine}, {theirs}, stateOf, merge3, QString());
}

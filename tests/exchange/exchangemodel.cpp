// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangemodel.h"

#include <algorithm>

namespace ExchangeModel {

int History::version(const QString &subject, QList<int> parents, const State &state, const QString &type)
{
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    QStringList identity{subject, QString::number(parents.size())};
    for (int p : parents)
        identity << QString::number(p);
    identity << (state.deleted ? QStringLiteral("deleted") : QStringLiteral("content")) << type;
    if (!state.deleted)
        for (auto it = state.content.cbegin(); it != state.content.cend(); ++it)
            identity << it.key() << it.value();
    const QString key = identity.join(QChar(0x1f));
    if (const auto it = m_byIdentity.constFind(key); it != m_byIdentity.cend())
        return it.value();
    Version v;
    v.id = int(m_versions.size()) + 1;
    v.subject = subject;
    v.parents = parents;
    v.state = state;
    v.type = type;
    m_versions << v;
    m_byIdentity.insert(key, v.id);
    return v.id;
}

QSet<int> History::ancestors(const QSet<int> &heads) const
{
    QSet<int> seen;
    QList<int> pending(heads.cbegin(), heads.cend());
    while (!pending.isEmpty()) {
        const int id = pending.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        pending << at(id).parents;
    }
    return seen;
}

bool History::isAncestor(int ancestor, int of) const { return ancestors({of}).contains(ancestor); }

QList<int> History::lowestCommonAncestors(const QSet<int> &a, const QSet<int> &b) const
{
    QSet<int> common = ancestors(a);
    common.intersect(ancestors(b));
    // Brute force: a common ancestor is lowest when no other common ancestor descends from it.
    QList<int> lowest;
    for (int c : std::as_const(common)) {
        bool below = false;
        for (int other : std::as_const(common))
            if (other != c && isAncestor(c, other)) {
                below = true;
                break;
            }
        if (!below)
            lowest << c;
    }
    std::sort(lowest.begin(), lowest.end());
    return lowest;
}

namespace {

BaseState known(const State &state, const QStringList &keys)
{
    BaseState base;
    base.known = true;
    base.deleted = state.deleted;
    for (const QString &key : keys)
        base.fields.insert(key, state.deleted ? std::optional<QString>() : std::optional<QString>(state.content.value(key)));
    return base;
}

BaseState unknownState(const QStringList &keys)
{
    BaseState base;
    for (const QString &key : keys)
        base.fields.insert(key, std::nullopt);
    return base;
}

bool sameField(const std::optional<QString> &a, const std::optional<QString> &b) { return a && b && *a == *b; }

bool sameAll(const BaseState &a, const BaseState &b, const QStringList &keys)
{
    if (!a.known || !b.known || a.deleted || b.deleted)
        return false;
    for (const QString &key : keys)
        if (!sameField(a.fields.value(key), b.fields.value(key)))
            return false;
    return true;
}

// Three states, two of them merged over the third, by values.
BaseState merged3(const BaseState &a, const BaseState &b, const BaseState &base, const QStringList &keys)
{
    if (a.known && b.known && a.deleted && b.deleted)
        return a;
    if ((a.known && a.deleted) || (b.known && b.deleted)) {
        const BaseState &deleted = a.known && a.deleted ? a : b;
        const BaseState &other = a.known && a.deleted ? b : a;
        if (sameAll(other, base, keys))
            return deleted;
        return unknownState(keys);
    }
    BaseState out = unknownState(keys);
    out.known = true;
    for (const QString &key : keys) {
        const auto x = a.fields.value(key), y = b.fields.value(key);
        const auto z = base.known && !base.deleted ? base.fields.value(key) : std::optional<QString>();
        if (sameField(x, y))
            out.fields[key] = x;
        else if (sameField(x, z))
            out.fields[key] = y;
        else if (sameField(y, z))
            out.fields[key] = x;
    }
    return out;
}

BaseState virtualBase(const History &history, const QSet<int> &a, const QSet<int> &b, const QStringList &keys, int depth)
{
    const QList<int> lowest = history.lowestCommonAncestors(a, b);
    if (lowest.isEmpty())
        return unknownState(keys);
    BaseState state = known(history.at(lowest.first()).state, keys);
    QSet<int> heads{lowest.first()};
    for (int i = 1; i < lowest.size(); ++i) {
        const BaseState base = depth > 24 ? unknownState(keys) : virtualBase(history, heads, {lowest.at(i)}, keys, depth + 1);
        state = merged3(state, known(history.at(lowest.at(i)).state, keys), base, keys);
        heads.insert(lowest.at(i));
    }
    return state;
}

QString partnerVirtualBase(const History &history, const QSet<int> &a, const QSet<int> &b, int depth)
{
    const QList<int> lowest = history.lowestCommonAncestors(a, b);
    if (lowest.isEmpty())
        return {};
    QString type = history.at(lowest.first()).type;
    QSet<int> heads{lowest.first()};
    for (int i = 1; i < lowest.size(); ++i) {
        const QString base = depth > 24 ? QString() : partnerVirtualBase(history, heads, {lowest.at(i)}, depth + 1);
        const QString other = history.at(lowest.at(i)).type;
        if (type.isEmpty() || other.isEmpty())
            type.clear();
        else if (type == other)
            ;
        else if (type == base)
            type = other;
        else if (other != base)
            type.clear();
        heads.insert(lowest.at(i));
    }
    return type;
}

} // namespace

BaseState baseOf(const History &history, int mine, int theirs, const QStringList &fieldKeys)
{
    return virtualBase(history, {mine}, {theirs}, fieldKeys, 0);
}

QString partnerBaseOf(const History &history, int mine, int theirs) { return partnerVirtualBase(history, {mine}, {theirs}, 0); }

} // namespace ExchangeModel

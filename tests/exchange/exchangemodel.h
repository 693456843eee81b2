// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An independent model of what exchanging catalogue files must do (docs/design-notes.md, "The
// history model"), written without the app's code: versions hold whole values (not digests),
// ancestry is searched by brute force, and a merge is computed from the values of the lowest
// common ancestors (merged recursively when there are several). The exchange simulator checks
// the app against it after every step.

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ExchangeModel {

// A measure's content: every content field's value as canonical text (field key -> value).
using Content = QMap<QString, QString>;

// What a measure is at a version: deleted, or its content.
struct State {
    bool deleted = false;
    Content content;
    bool operator==(const State &o) const { return deleted == o.deleted && (deleted || content == o.content); }
    bool operator!=(const State &o) const { return !(*this == o); }
};

// Versions are identified by what they are made of (the measure, their parents, their state),
// as the same change made twice is the same change.
struct Version {
    int id = 0;
    QString subject; // a measure's uuid, or "partner:" and a partner's key
    QList<int> parents;
    State state;
    QString type; // partners only
};

class History
{
public:
    int version(const QString &subject, QList<int> parents, const State &state, const QString &type = {});
    const Version &at(int id) const { return m_versions.at(id - 1); }
    bool isAncestor(int ancestor, int of) const; // or equal
    QList<int> lowestCommonAncestors(const QSet<int> &a, const QSet<int> &b) const;
    QSet<int> ancestors(const QSet<int> &heads) const;

private:
    QList<Version> m_versions;
    QHash<QString, int> m_byIdentity;
};

// A field's value at a base: known, or unknown (ancestors that disagree, or no ancestor).
struct BaseState {
    bool known = false;  // nothing shared at all: false
    bool deleted = false;
    QMap<QString, std::optional<QString>> fields; // empty optional: unknown
};

// The base of merging two heads of one measure.
BaseState baseOf(const History &history, int mine, int theirs, const QStringList &fieldKeys);
// The base type of a partner (empty: unknown).
QString partnerBaseOf(const History &history, int mine, int theirs);

} // namespace ExchangeModel

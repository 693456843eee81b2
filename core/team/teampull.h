// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/revision.h"
#include "model/vocabulary.h"
#include "teamchanges.h"
#include "teamerror.h"

#include <QCoreApplication>
#include <QList>

class TeamConnection;

// Reading what the team pushed after a given push, as one consistent snapshot of the server (a
// read-only REPEATABLE READ transaction, open from begin() to end()): pushes commit in the order
// of their numbers (TeamPush takes a lock for that), so "after push N" misses nothing. What is
// read is checked by TeamCopy before anything is written with it.
class TeamPull
{
    Q_DECLARE_TR_FUNCTIONS(TeamPull)
public:
    explicit TeamPull(TeamConnection &connection);
    ~TeamPull(); // ends the snapshot
    TeamPull(const TeamPull &) = delete;
    TeamPull &operator=(const TeamPull &) = delete;

    // Starts the snapshot of what came after push `since` (0: everything).
    bool begin(qint64 since, TeamError *error);
    qint64 since() const { return m_since; }
    qint64 seq() const { return m_seq; } // the last push the snapshot holds

    // The team's own cultural domains and partner types, as last pushed.
    bool terms(QList<VocabularyTerm> *out, TeamError *error);
    // Every revision of the measures whose head moved after `since` (at most kMaxRevisions + 1).
    bool revisions(QList<Revision> *out, TeamError *error);
    // Every partner's head and revisions, whatever moved: a team's partners are few, and a
    // partner here meets the team's history of it at every merge, so that its head here always
    // descends from the one recorded as the team's.
    bool partnerRevisions(QList<PartnerRevision> *out, TeamError *error);
    bool partnerHeads(QList<TeamPartnerHead> *out, TeamError *error);
    // The next measures whose head moved after `since`, a page at a time (by uuid): empty at the end.
    bool nextMeasures(QList<TeamMeasureHead> *out, TeamError *error);
    // How many measures' heads moved after `since` (for progress).
    bool countMeasures(qint64 *out, TeamError *error);

    void end();

    static constexpr int kPage = 2000;
    static constexpr qint64 kMaxRevisions = 5'000'000;       // Merge::kMaxRevisions: a longer history is refused
    static constexpr qint64 kMaxContentBytes = 16 * 1024 * 1024; // MeasureJson::kMaxBytes
    static constexpr qint64 kPageBytes = 64 * 1024 * 1024;       // what one page may hold past its first measure

private:
    TeamConnection &m_connection;
    qint64 m_since = 0;
    qint64 m_seq = 0;
    QString m_afterUuid;
    bool m_open = false;
};

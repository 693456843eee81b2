// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/revision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class Catalogue;
class SqliteStatement;

// The read side of the histories (core/sql/008_revisions.sql, 009_converging_history.sql): where
// each measure and each partner's type is now, and their revisions, for the merge, the imports
// and the reading pane's History tab.
class RevisionQuery
{
public:
    struct Head {
        QString revision;
        bool deleted = false;      // a tombstone: the measure was deleted here
        QString platformMeasureId; // a tombstone's
    };
    struct PartnerHead {
        QString name;
        QString typeCode;
        QString revision;
    };

    explicit RevisionQuery(const Catalogue &catalogue);
    ~RevisionQuery();

    // Every measure and every tombstone, by uuid. False (with SQLite's words in error()) on failure.
    bool heads(QHash<QString, Head> *out);
    // The same for these measures only (those not here are left out): what a merge of a few
    // measures into a large catalogue reads, by index rather than every row.
    bool headsOf(const QList<QString> &uuids, QHash<QString, Head> *out);
    // Every revision of these measures, by id; false (error() says why) past `limit` revisions
    // in all, or on failure.
    bool revisionsOf(const QStringList &uuids, QHash<QString, Revision> *out, qsizetype limit = -1);
    // The revisions that led to a measure's `head` (its own line and what merges brought in),
    // in causal order: a revision before the ones it was made from, concurrent ones newest first.
    QList<Revision> historyOf(const QString &uuid, const QString &head);
    // The revision that deleted `uuid` (who and when), if it is a tombstone here: the deletion
    // itself, also when a merge brought it (not the merge that took it).
    std::optional<Revision> deletionOf(const QString &uuid);
    // The tombstone of a measure with this platform measure id, if one was deleted here.
    std::optional<QString> deletedWithPlatformId(const QString &platformMeasureId);

    // Every partner by identity (PartnerIdentity::key).
    bool partnerHeads(QHash<QString, PartnerHead> *out);
    bool partnerRevisionsOf(const QStringList &keys, QHash<QString, PartnerRevision> *out, qsizetype limit = -1);

    QString error() const { return m_error; }
    // The last failure was the file's content (a uuid twice, a measure both present and deleted,
    // a longer history than asked for), not a failure to read it: a file the app would not have
    // written.
    bool invalidData() const { return m_invalidData; }
    // Why a history longer than `limit` (more than this app ever writes) is refused.
    static QString tooLong(qsizetype limit);

private:
    SqliteStatement &prepared(std::unique_ptr<SqliteStatement> &statement, const QString &sql);

    const Catalogue &m_catalogue;
    QString m_error;
    bool m_invalidData = false;
    // Prepared once, asked per row of an import.
    std::unique_ptr<SqliteStatement> m_deletion, m_deletionParent, m_byPlatformId;
};

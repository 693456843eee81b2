// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/revision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Catalogue;

// The read side of measures' histories (core/sql/008_revisions.sql): where each measure is now,
// and the revisions of some measures, for the merge and the reading pane's History tab.
class RevisionQuery
{
public:
    struct Head {
        QString revision;
        bool deleted = false; // a tombstone: the measure was deleted here
    };

    explicit RevisionQuery(const Catalogue &catalogue);

    // Every measure and every tombstone, by uuid. False (with SQLite's words in error()) on failure.
    bool heads(QHash<QString, Head> *out);
    // Every revision of these measures, by id.
    bool revisionsOf(const QStringList &uuids, QHash<QString, Revision> *out);
    // The revisions that led to a measure's `head` (its own line and what merges brought in),
    // newest first.
    QList<Revision> historyOf(const QString &uuid, const QString &head);
    QString error() const { return m_error; }

private:
    const Catalogue &m_catalogue;
    QString m_error;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

class Catalogue;

// Whether this catalogue is linked to a team catalogue on a server, and what the server held when
// it last synchronized (core/sql/010_team_link.sql): what differs from it here waits to be pushed.
namespace TeamLinkQuery {

struct Link {
    QString address;           // TeamUrl, without a password
    QString copyId;            // this copy, as its pushes name it
    qint64 pulledSeq = 0;      // the team's pushes up to this one are here
    QDateTime synchronizedAt;  // invalid: never completed
};

// The link, nullopt when not linked; `error` set when it could not be read.
std::optional<Link> link(const Catalogue &catalogue, QString *error);
// The server's heads as last synchronized: measures by uuid, partners by name key.
bool serverHeads(const Catalogue &catalogue, QHash<QString, QString> *measures, QHash<QString, QString> *partners, QString *error);
// Measures and partners changed here since they were last synchronized (what a push would send).
qint64 waitingChanges(const Catalogue &catalogue, QString *error);

// One measure (or partner) whose head here is not the one the server had: what a push sends.
struct Waiting {
    QString key;       // the measure's uuid, or the partner's name key
    QString revision;  // its head here
    QString known;     // the server's head when last synchronized (empty: the server never had it)
    bool deleted = false;
    QString platformMeasureId; // a deletion's
    QString name;      // a partner's, as spelled here
};
// The team's saved views as last synchronized: definition by name key.
bool recordedViews(const Catalogue &catalogue, QHash<QString, QString> *out, QString *error);
bool waitingMeasures(const Catalogue &catalogue, QList<Waiting> *out, QString *error);
bool waitingPartners(const Catalogue &catalogue, QList<Waiting> *out, QString *error);

} // namespace TeamLinkQuery

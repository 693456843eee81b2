// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A measure as the team catalogue holds it now: its head, and the head's content as the server
// sent it (MeasureJson, read and checked by TeamCopy), none when the head is a deletion.
struct TeamMeasureHead {
    QString uuid;
    QString revision;
    bool deleted = false;
    QString platformMeasureId; // a deletion's
    QByteArray content;
};

// A partner as the team catalogue holds it now (by identity: PartnerIdentity::key).
struct TeamPartnerHead {
    QString key;
    QString name;
    QString revision;
    QString typeCode;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// What a team catalogue's server held, as far as this copy has read it: the heads of the
// measures and partners read (or pushed), and the last of the team's pushes read. What a
// synchronize records once its merge is done (TeamLinkStore).
struct TeamHeads {
    qint64 seq = 0;
    QHash<QString, QString> measures; // uuid -> revision
    QHash<QString, QString> partners; // name key -> revision
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

class Catalogue;

struct PartnerInfo {
    qint64 id = 0;
    QString name;
    QString typeCode;
    int measureCount = 0;
};

// The shared partner list as the partners manager and the form's completion read it.
namespace PartnerQuery {
QList<PartnerInfo> all(const Catalogue &catalogue);
QStringList names(const Catalogue &catalogue);
QList<QPair<qint64, QString>> measuresUsing(const Catalogue &catalogue, qint64 partnerId); // id, title
} // namespace PartnerQuery

// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"

namespace PartnerQuery {

QList<PartnerInfo> all(const Catalogue &catalogue)
{
    SqliteStatement query(catalogue.connection(),
                          QStringLiteral("SELECT p.id, p.name, p.type_code, "
                                         "(SELECT count(*) FROM measure_partner mp WHERE mp.partner_id = p.id) "
                                         "FROM partner p ORDER BY p.name_key"));
    QList<PartnerInfo> partners;
    while (query.step())
        partners.append({query.int64(0), query.text(1), query.text(2), int(query.int64(3))});
    return partners;
}

QStringList names(const Catalogue &catalogue)
{
    SqliteStatement query(catalogue.connection(), QStringLiteral("SELECT name FROM partner ORDER BY name_key"));
    QStringList names;
    while (query.step())
        names << query.text(0);
    return names;
}

QList<QPair<qint64, QString>> measuresUsing(const Catalogue &catalogue, qint64 partnerId)
{
    SqliteStatement query(catalogue.connection(),
                          QStringLiteral("SELECT m.id, m.title FROM measure_partner mp JOIN measure m ON m.id = mp.measure_id "
                                         "WHERE mp.partner_id = ? ORDER BY m.title_key"));
    query.bindInt64(1, partnerId);
    QList<QPair<qint64, QString>> measures;
    while (query.step())
        measures.append({query.int64(0), query.text(1)});
    return measures;
}

} // namespace PartnerQuery

// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlinkquery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/timestamps.h"

namespace TeamLinkQuery {

std::optional<Link> link(const Catalogue &catalogue, QString *error)
{
    error->clear();
    SqliteStatement s(catalogue.connection(), QStringLiteral("SELECT address, pulled_seq, synchronized_at, copy_id FROM team_link WHERE id = 1"));
    if (!s.step()) {
        if (s.hasError() || !s.isValid())
            *error = s.errorMessage();
        return std::nullopt;
    }
    Link link;
    link.address = s.text(0);
    link.pulledSeq = s.int64(1);
    link.copyId = s.text(3);
    if (!s.isNull(2))
        link.synchronizedAt = parseIsoTimestamp(s.text(2));
    return link;
}

bool serverHeads(const Catalogue &catalogue, QHash<QString, QString> *measures, QHash<QString, QString> *partners, QString *error)
{
    error->clear();
    for (auto [sql, out] : {std::pair{"SELECT measure_uuid, revision FROM team_head", measures},
                            std::pair{"SELECT name_key, revision FROM team_partner_head", partners}}) {
        if (!out)
            continue;
        SqliteStatement s(catalogue.connection(), QString::fromLatin1(sql));
        while (s.step())
            out->insert(s.text(0), s.text(1));
        if (s.hasError() || !s.isValid()) {
            *error = s.errorMessage();
            return false;
        }
    }
    return true;
}

qint64 waitingChanges(const Catalogue &catalogue, QString *error)
{
    error->clear();
    SqliteStatement s(catalogue.connection(),
                      QStringLiteral("SELECT (SELECT count(*) FROM (SELECT uuid, revision FROM measure UNION ALL "
                                     "                              SELECT uuid, revision FROM tombstone) h "
                                     "        LEFT JOIN team_head t ON t.measure_uuid = h.uuid WHERE t.revision IS NOT h.revision) "
                                     "     + (SELECT count(*) FROM partner p LEFT JOIN team_partner_head t ON t.name_key = p.name_key "
                                     "        WHERE t.revision IS NOT p.revision)"));
    if (!s.step()) {
        *error = s.errorMessage();
        return 0;
    }
    return s.int64(0);
}

bool recordedViews(const Catalogue &catalogue, QHash<QString, QString> *out, QString *error)
{
    error->clear();
    SqliteStatement s(catalogue.connection(), QStringLiteral("SELECT name_key, definition FROM team_view"));
    while (s.step())
        out->insert(s.text(0), s.text(1));
    if (s.hasError() || !s.isValid()) {
        *error = s.errorMessage();
        return false;
    }
    return true;
}

bool waitingMeasures(const Catalogue &catalogue, QList<Waiting> *out, QString *error)
{
    error->clear();
    SqliteStatement s(catalogue.connection(),
                      QStringLiteral("SELECT h.uuid, h.revision, coalesce(t.revision, ''), h.deleted, h.platform_measure_id "
                                     "FROM (SELECT uuid, revision, 0 AS deleted, '' AS platform_measure_id FROM measure "
                                     "      UNION ALL SELECT uuid, revision, 1, platform_measure_id FROM tombstone) h "
                                     "LEFT JOIN team_head t ON t.measure_uuid = h.uuid "
                                     "WHERE h.revision IS NOT NULL AND t.revision IS NOT h.revision ORDER BY h.uuid"));
    while (s.step())
        out->append({s.text(0), s.text(1), s.text(2), s.int64(3) != 0, s.text(4), {}});
    if (s.hasError() || !s.isValid()) {
        *error = s.errorMessage();
        return false;
    }
    return true;
}

bool waitingPartners(const Catalogue &catalogue, QList<Waiting> *out, QString *error)
{
    error->clear();
    SqliteStatement s(catalogue.connection(),
                      QStringLiteral("SELECT p.name_key, p.revision, coalesce(t.revision, ''), p.name FROM partner p "
                                     "LEFT JOIN team_partner_head t ON t.name_key = p.name_key "
                                     "WHERE p.revision IS NOT NULL AND t.revision IS NOT p.revision ORDER BY p.name_key"));
    while (s.step())
        out->append({s.text(0), s.text(1), s.text(2), false, {}, s.text(3)});
    if (s.hasError() || !s.isValid()) {
        *error = s.errorMessage();
        return false;
    }
    return true;
}

} // namespace TeamLinkQuery

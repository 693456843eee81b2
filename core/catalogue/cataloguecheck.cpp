// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguecheck.h"

#include "catalogue.h"
#include "facetcolumns.h"
#include "schemacheck.h"
#include "sqlitestatement.h"

CatalogueCheck::Result CatalogueCheck::run(const Catalogue &catalogue)
{
    Result result;
    SqliteConnection &db = catalogue.connection();
    result.problems << SchemaCheck::differences(db, catalogue.schemaVersion(), 20);
    SqliteStatement integrity(db, QStringLiteral("PRAGMA integrity_check(20)"));
    while (integrity.step())
        if (integrity.text(0) != u"ok")
            result.problems << integrity.text(0);
    if (integrity.hasError())
        result.problems << integrity.errorMessage();

    SqliteStatement keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.step())
        result.problems << tr("row %1 of table %2 refers to a missing row of %3").arg(keys.int64(1)).arg(keys.text(0), keys.text(2));

    // Filters read the masks; a disagreement with the links would make them miss measures.
    QStringList disagreements;
    for (const FacetColumn &facet : FacetColumns::all())
        disagreements << QStringLiteral("%1 <> %2").arg(facet.columnName(), facet.maskFromLinksSql());
    SqliteStatement masks(db, QStringLiteral("SELECT count(*) FROM measure WHERE ") + disagreements.join(QStringLiteral(" OR ")));
    if (masks.step() && masks.int64(0) > 0)
        result.problems << tr("%n measure(s) would be missed by some filters (their facet masks disagree with their goals, "
                              "domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.",
                              nullptr, int(masks.int64(0)));

    SqliteStatement counts(db, QStringLiteral("SELECT (SELECT count(*) FROM measure), (SELECT count(*) FROM partner)"));
    if (counts.step()) {
        result.measures = int(counts.int64(0));
        result.partners = int(counts.int64(1));
    }
    result.formatVersion = catalogue.schemaVersion();
    return result;
}

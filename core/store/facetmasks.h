#pragma once

#include <QString>

// The facet masks of a measure (core/sql/004_facet_bits.sql) recomputed from the vocabulary links,
// as SQL expressions over the alias `measure`: one definition for refreshing them and checking them.
namespace FacetMasks {

inline QString termMaskSql(const QString &kind)
{
    return QStringLiteral("(SELECT coalesce(sum(1 << t.bit), 0) FROM measure_term mt JOIN term t "
                          "ON t.kind = mt.kind AND t.code = mt.code WHERE mt.measure_id = measure.id AND mt.kind = '%1')")
        .arg(kind);
}

inline QString partnerTypeMaskSql()
{
    return QStringLiteral("(SELECT coalesce(sum(DISTINCT 1 << t.bit), 0) FROM measure_partner mp "
                          "JOIN partner p ON p.id = mp.partner_id "
                          "JOIN term t ON t.kind = 'partner_type' AND t.code = p.type_code "
                          "WHERE mp.measure_id = measure.id)");
}

} // namespace FacetMasks

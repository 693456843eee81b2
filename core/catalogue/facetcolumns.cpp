// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetcolumns.h"

QStringList FacetColumn::codesOf(const Measure &m) const
{
    if (field != MeasureField::Partners) {
        const QStringList *codes = MeasureFields::codes(m, field);
        return codes ? *codes : QStringList();
    }
    QStringList types;
    for (const PartnerLink &link : m.partners)
        if (!types.contains(link.typeCode))
            types << link.typeCode;
    return types;
}

QString FacetColumn::maskFromLinksSql() const
{
    if (field == MeasureField::Partners)
        return QStringLiteral("(SELECT coalesce(sum(DISTINCT 1 << t.bit), 0) FROM measure_partner mp "
                              "JOIN partner p ON p.id = mp.partner_id "
                              "JOIN term t ON t.kind = 'partner_type' AND t.code = p.type_code "
                              "WHERE mp.measure_id = measure.id)");
    return QStringLiteral("(SELECT coalesce(sum(1 << t.bit), 0) FROM measure_term mt JOIN term t "
                          "ON t.kind = mt.kind AND t.code = mt.code WHERE mt.measure_id = measure.id AND mt.kind = '%1')")
        .arg(kindName());
}

namespace FacetColumns {

const QList<FacetColumn> &all()
{
    static const QList<FacetColumn> columns = {
        {VocabularyKind::ConventionGoal, "goal", "goal_bits", MeasureField::Goals},
        {VocabularyKind::MonitoringArea, "area", "area_bits", MeasureField::MonitoringAreas},
        {VocabularyKind::CulturalDomain, "domain", "domain_bits", MeasureField::Domains},
        {VocabularyKind::Scope, "scope", "scope_bits", MeasureField::Scope},
        {VocabularyKind::Nature, "nature", "nature_bits", MeasureField::Nature},
        {VocabularyKind::PartnerType, "partner_type", "partner_type_bits", MeasureField::Partners},
    };
    return columns;
}

const FacetColumn *forField(MeasureField field)
{
    for (const FacetColumn &column : all())
        if (column.field == field)
            return &column;
    return nullptr;
}

const FacetColumn *forKind(VocabularyKind kind)
{
    for (const FacetColumn &column : all())
        if (column.kind == kind)
            return &column;
    return nullptr;
}

} // namespace FacetColumns
